//! A result's summary: overall level, the two strongest pillars and the two with most room to grow
//! (a gap to a target first), each with the level-up hints of its lowest-rated items (the hint
//! for the level each was given), and the sources' warning when sharing runs ahead of practice.
use crate::core::answers::Answers;
use crate::core::scoring::{
    all_level, band, fmt_score, level_up_hints, room_to_grow_shown, score, sharing_ahead,
    shown_change, strongest_apart, Highlight, SharingAhead, Targets,
};
use crate::i18n::Tr;
use yew::prelude::*;

/// Whose result a summary is about.
#[derive(Clone, Debug, PartialEq)]
pub enum Whose {
    Yours,
    /// Someone's, who put no name on the link.
    Theirs,
    Named(String),
}

pub struct ResultSummaryProps {
    pub answers: Answers,
    pub targets: Targets,
    /// Whose result, for the headings.
    pub whose: Whose,
    /// The questionnaire the answers answer, when not today's (a link made with an older one).
    pub questionnaire: Option<&'static crate::core::questionnaire::Questionnaire>,
}

struct HighlightCardProps {
    highlight: Highlight,
    answers: Answers,
    growth: bool,
    questionnaire: &'static crate::core::questionnaire::Questionnaire,
}

fn highlight_card(tr: &Tr, props: &HighlightCardProps) -> Html {
    let q = props.questionnaire;
    let Some(pillar) = q.pillars.get(props.highlight.pillar) else {
        return html! {};
    };
    let h = &props.highlight;
    let hints = level_up_hints(pillar, &props.answers, if props.growth { 3 } else { 2 });
    html! {
        <div class="card">
            <h4>{ &pillar.name }</h4>
            <p>
                { format!("{} · {}", tr.num(fmt_score(Some(h.mean))), q.level_name(band(h.mean))) }
                if let Some(gap) = h.gap.map(|g| shown_change(h.mean, h.mean + g)).filter(|g| *g > 0.049) { { " " }{ tr.tf(k!("summary-below-target"), &[("gap", tr.num(crate::core::number::tenths(gap)).as_str().into())]) } }
            </p>
            if !hints.is_empty() {
                // Leading others from a strength starts at "Practising"; below it, a strongest
                // pillar still has its own next step.
                <p><strong>{ tr.t(if props.growth || band(h.mean).get() < 3 { k!("to-level-up") } else { k!("summary-to-lead") }) }</strong></p>
                <ul>
                    { for hints.iter().map(|(prompt, hint)| html! { <li><em>{ prompt }</em>{ tr.t(k!("label-colon")) }{ " " }{ hint }</li> }) }
                </ul>
            }
        </div>
    }
}

/// "Online sharing is not digital leadership": said when the sharing pillars sit a level or
/// more above the practice pillars (see [`sharing_ahead`]).
fn sharing_signal(tr: &Tr, found: &SharingAhead) -> Html {
    let num = |m: f64| tr.num(crate::core::number::tenths(m));
    html! {
        <section class="card signal" aria-labelledby="signal-title">
            <h3 id="signal-title">{ tr.t(k!("signal-sharing-title")) }</h3>
            <p>{ tr.tf(k!("signal-sharing"), &[("sharing", num(found.sharing).as_str().into()), ("practice", num(found.practice).as_str().into())]) }</p>
            <p>{ tr.t(k!("signal-sharing-why")) }</p>
        </section>
    }
}

/// A plain function, not a component: it draws with the screen that shows it.
pub fn result_summary(tr: &Tr, props: &ResultSummaryProps) -> Html {
    let q = props
        .questionnaire
        .unwrap_or_else(crate::i18n::questionnaire);
    let scores = score(q, &props.answers);
    let grow = room_to_grow_shown(q, &scores, &props.targets, 2);
    let strong = strongest_apart(&scores, &grow, 2);
    let signal = sharing_ahead(q, &scores);
    let level = all_level(&scores);
    let by_target = !grow.is_empty();
    let strong_title = match &props.whose {
        Whose::Yours => tr.t(k!("summary-strongest-yours")),
        Whose::Theirs => tr.t(k!("summary-strongest-theirs")),
        Whose::Named(name) => tr.tf(
            k!("summary-strongest-named"),
            &[("name", name.as_str().into())],
        ),
    };
    html! {
        <>
            <p class="overall">
                { tr.t(k!("summary-overall")) }{ " " }
                <strong>{ match scores.overall_band() {
                    Some(b) => format!("{} · {}", tr.num(fmt_score(scores.overall)), q.level_name(b)),
                    None => tr.t(k!("summary-not-scored")),
                } }</strong>
            </p>
            // Every pillar at one score: none is made out to be the strongest or the weakest; a
            // target set above it still says where to grow.
            if let Some(m) = level {
                <p>
                    { tr.tf(k!("summary-all-level"), &[("score", tr.num(fmt_score(Some(m))).as_str().into()), ("level", q.level_name(band(m)).into())]) }
                    if props.whose == Whose::Yours && !by_target && band(m).get() < 5 { { " " }{ tr.t(k!("summary-all-level-target")) } }
                </p>
            }
            <div class="summary-grid">
                if level.is_none() {
                    <section aria-labelledby="strong-title">
                        <h3 id="strong-title">{ strong_title }</h3>
                        { for strong.iter().map(|h| highlight_card(tr, &HighlightCardProps { highlight: h.clone(), answers: props.answers.clone(), growth: false, questionnaire: q })) }
                    </section>
                }
                if level.is_none() || by_target {
                    <section aria-labelledby="grow-title">
                        <h3 id="grow-title">{ tr.t(k!("summary-room-to-grow")) }</h3>
                        { for grow.iter().map(|h| highlight_card(tr, &HighlightCardProps { highlight: h.clone(), answers: props.answers.clone(), growth: true, questionnaire: q })) }
                    </section>
                }
            </div>
            if let Some(found) = signal { { sharing_signal(tr, &found) } }
        </>
    }
}
