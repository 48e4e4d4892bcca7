//! A result's summary: overall level, the two strongest pillars and the two with most room to grow
//! (a gap to a target first), each with the level-up hints of its lowest-rated items.
use crate::core::answers::Answers;
use crate::core::scoring::{
    band, fmt_score, level_up_hints, room_to_grow, score, strongest, Highlight, Targets,
};
use yew::prelude::*;

pub struct ResultSummaryProps {
    pub answers: Answers,
    pub targets: Targets,
    /// Whose result: "Your" or a person's name, for the headings.
    pub whose: AttrValue,
}

struct HighlightCardProps {
    highlight: Highlight,
    answers: Answers,
    growth: bool,
}

fn highlight_card(props: &HighlightCardProps) -> Html {
    let q = crate::i18n::questionnaire();
    let Some(pillar) = q.pillars.get(props.highlight.pillar) else {
        return html! {};
    };
    let h = &props.highlight;
    let hints = level_up_hints(pillar, &props.answers, if props.growth { 3 } else { 2 });
    html! {
        <div class="card">
            <h4>{ &pillar.name }</h4>
            <p>
                { format!("{} · {}", fmt_score(Some(h.mean)), q.level_name(band(h.mean))) }
                if let Some(gap) = h.gap.filter(|g| *g > 0.0) { { format!(" — {} below the target", crate::core::number::tenths(gap)) } }
            </p>
            if !hints.is_empty() {
                <p><strong>{ if props.growth { "To level up:" } else { "To lead others here:" } }</strong></p>
                <ul>
                    { for hints.iter().map(|(prompt, hint)| html! { <li><em>{ prompt }</em>{ ": " }{ hint }</li> }) }
                </ul>
            }
        </div>
    }
}

/// A plain function, not a component: it draws with the screen that shows it.
pub fn result_summary(props: &ResultSummaryProps) -> Html {
    let q = crate::i18n::questionnaire();
    let scores = score(q, &props.answers);
    let strong = strongest(&scores, 2);
    let grow = room_to_grow(q, &scores, &props.targets, 2);
    let strong_title = match props.whose.as_str() {
        "Your" | "Their" => format!("{} strongest pillars", props.whose),
        name => format!("{name}'s strongest pillars"),
    };
    html! {
        <>
            <p class="overall">
                { "Overall: " }
                <strong>{ match scores.overall_band() {
                    Some(b) => format!("{} · {}", fmt_score(scores.overall), q.level_name(b)),
                    None => "Not scored yet".to_string(),
                } }</strong>
            </p>
            <div class="summary-grid">
                <section aria-labelledby="strong-title">
                    <h3 id="strong-title">{ strong_title }</h3>
                    { for strong.iter().map(|h| highlight_card(&HighlightCardProps { highlight: h.clone(), answers: props.answers.clone(), growth: false })) }
                </section>
                <section aria-labelledby="grow-title">
                    <h3 id="grow-title">{ "Most room to grow" }</h3>
                    { for grow.iter().map(|h| highlight_card(&HighlightCardProps { highlight: h.clone(), answers: props.answers.clone(), growth: true })) }
                </section>
            </div>
        </>
    }
}
