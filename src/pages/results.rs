//! Results: summary first (overall level, strengths, room to grow with hints), then the chart,
//! the table, targets and every answer. Prints as a clean report.
use crate::app::Route;
use crate::components::level_legend::LevelLegend;
use crate::components::nav::NavLink;
use crate::components::recommendations::Recommendations;
use crate::components::result_view::ResultView;
use crate::components::share_panel::SharePanel;
use crate::core::answers::{overall_progress, Answer, Answers};
use crate::core::date;
use crate::core::questionnaire::{Pillar, Questionnaire};
use crate::core::scoring::{fmt_score, room_to_grow, score, strongest, Highlight};
use crate::core::state::Action;
use crate::hooks::use_app;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The level-up hints of a pillar's lowest-rated items (not applicable and unanswered left out).
pub fn hints_for(pillar: &Pillar, answers: &Answers, n: usize) -> Vec<(String, String)> {
    let mut rated: Vec<(u8, &crate::core::questionnaire::Item)> = pillar
        .items
        .iter()
        .filter_map(|i| answers.get(&i.id).and_then(|a| a.level()).map(|l| (l, i)))
        .filter(|(l, _)| *l < 5)
        .collect();
    rated.sort_by_key(|(l, _)| *l);
    rated
        .into_iter()
        .take(n)
        .map(|(_, i)| (i.prompt.clone(), i.level_up.clone()))
        .collect()
}

pub fn pretty_date(iso: &str) -> String {
    date::parse_iso(iso)
        .map(date::format_long)
        .unwrap_or_else(|| iso.to_string())
}

#[derive(Properties, PartialEq)]
struct HighlightCardProps {
    highlight: Highlight,
    answers: Answers,
    growth: bool,
}

#[component]
fn HighlightCard(props: &HighlightCardProps) -> Html {
    let q = Questionnaire::builtin();
    let Some(pillar) = q.pillars.get(props.highlight.pillar) else {
        return html! {};
    };
    let h = &props.highlight;
    let level = q.level_name(crate::core::scoring::band(h.mean));
    let hints = hints_for(pillar, &props.answers, if props.growth { 3 } else { 2 });
    html! {
        <div class="card">
            <h4>{ &pillar.name }</h4>
            <p>
                { format!("{} · {}", fmt_score(Some(h.mean)), level) }
                if let Some(gap) = h.gap.filter(|g| *g > 0.0) { { format!(" — {gap:.1} below your target") } }
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

#[component]
pub fn ResultsPage() -> Html {
    let app = use_app();
    let q = app.questionnaire();
    let data = app.data();
    let answers = &data.attempt.answers;
    let progress = overall_progress(q, answers);

    if answers.is_empty() {
        return html! {
            <section aria-labelledby="page-title">
                <h1 id="page-title">{ "Your results" }</h1>
                <p>{ "You have not answered any items yet. Your results appear here as soon as you start." }</p>
                <NavLink to={Route::Assess} class="button primary">{ "Start your assessment" }</NavLink>
            </section>
        };
    }

    let scores = score(q, answers);
    let strong = strongest(&scores, 2);
    let grow = room_to_grow(q, &scores, &data.targets, 2);
    let previous = data
        .history
        .iter()
        .rev()
        .find(|s| Some(&s.id) != data.attempt.completed.as_ref());
    let compare = previous.map(|s| {
        (
            AttrValue::from(format!("Previous ({})", pretty_date(&s.date))),
            s.answers.clone(),
        )
    });
    let completed = data
        .attempt
        .completed
        .as_ref()
        .and_then(|id| data.history.iter().find(|s| &s.id == id));
    let when = match completed {
        Some(s) => format!("Completed on {}.", pretty_date(&s.date)),
        None => format!(
            "In progress, started {}.",
            pretty_date(&data.attempt.started)
        ),
    };
    let share_date = completed
        .map(|s| s.date.clone())
        .unwrap_or_else(crate::platform::today);
    let grow_ids: Vec<String> = grow
        .iter()
        .filter_map(|h| q.pillars.get(h.pillar))
        .map(|p| p.id.clone())
        .collect();
    let on_target = {
        let app = app.clone();
        move |pillar: String| {
            let app = app.clone();
            Callback::from(move |e: Event| {
                let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                app.dispatch(Action::SetTarget {
                    pillar: pillar.clone(),
                    level: value.parse().ok(),
                });
            })
        }
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    html! {
        <section aria-labelledby="page-title" class="results">
            <h1 id="page-title">{ "Your results" }</h1>
            <p class="muted">{ when }</p>
            if !progress.complete() {
                <div class="banner banner-info" role="status">
                    { format!("This assessment is incomplete: {} of {} items answered. Pillars without answers are shown as not scored, not as zero.", progress.answered, progress.total) }
                    { " " }<NavLink to={Route::Assess}>{ "Continue the assessment" }</NavLink>
                </div>
            }
            <h2>{ "Summary" }</h2>
            <p class="overall">
                { "Overall: " }
                <strong>{ match scores.overall_band() {
                    Some(b) => format!("{} · {}", fmt_score(scores.overall), q.level_name(b)),
                    None => "Not scored yet".to_string(),
                } }</strong>
            </p>
            <div class="summary-grid">
                <section aria-labelledby="strong-title">
                    <h3 id="strong-title">{ "Your strongest pillars" }</h3>
                    { for strong.iter().map(|h| html! { <HighlightCard highlight={h.clone()} answers={answers.clone()} growth={false} /> }) }
                </section>
                <section aria-labelledby="grow-title">
                    <h3 id="grow-title">{ "Most room to grow" }</h3>
                    { for grow.iter().map(|h| html! { <HighlightCard highlight={h.clone()} answers={answers.clone()} growth={true} /> }) }
                </section>
            </div>

            <h2>{ "By pillar" }</h2>
            <ResultView answers={answers.clone()} label="You" compare={compare}
                targets={Some(data.targets.clone())} caption="Your scores by pillar (mean level of answered items; not applicable left out)" />
            <LevelLegend />

            <h2 class="no-print">{ "Targets" }</h2>
            <div class="card no-print">
                <p>{ "Choose the level you aim for in each pillar. Targets appear on the chart and the gap in the table." }</p>
                <div class="filters">
                    { for q.pillars.iter().map(|p| {
                        let id = format!("target-{}", p.id);
                        let current = data.targets.get(&p.id).copied();
                        html! {
                            <div class="field">
                                <label for={id.clone()}>{ format!("Target for {}", p.short) }</label>
                                <select id={id} onchange={on_target(p.id.clone())}>
                                    <option value="" selected={current.is_none()}>{ "No target" }</option>
                                    { for q.levels.iter().map(|l| html! {
                                        <option value={l.value.to_string()} selected={current == Some(l.value)}>{ format!("{} · {}", l.value, l.name) }</option>
                                    }) }
                                </select>
                            </div>
                        }
                    }) }
                </div>
            </div>

            <h2 class="no-print">{ "Every answer" }</h2>
            { for q.pillars.iter().map(|p| html! {
                <details class="pillar-detail no-print">
                    <summary>{ &p.name }</summary>
                    <ul>
                        { for p.items.iter().map(|i| html! {
                            <li>
                                <strong>{ &i.prompt }</strong>{ ": " }
                                { match answers.get(&i.id) {
                                    Some(Answer::Level(v)) => html! { <>{ format!("{} · {}", v, q.level_name(*v)) }<br/><span class="muted">{ i.levels.get(*v as usize - 1).cloned().unwrap_or_default() }</span></> },
                                    Some(Answer::NotApplicable) => html! { { "Not applicable" } },
                                    None => html! { <span class="incomplete">{ "Not answered" }</span> },
                                } }
                            </li>
                        }) }
                    </ul>
                </details>
            }) }

            <div class="no-print">
                <h2>{ "Recommended resources" }</h2>
                <p>{ "From the library, for the pillars with most room to grow." }</p>
                <Recommendations pillars={grow_ids} />
            </div>

            <h2 class="no-print">{ "Share this result" }</h2>
            <div class="no-print"><SharePanel answers={answers.clone()} date={share_date} /></div>

            <div class="actions no-print">
                <button type="button" onclick={print}>{ "Print or save as PDF" }</button>
                <NavLink to={Route::History} class="button">{ "Your history" }</NavLink>
                <NavLink to={Route::Assess} class="button">{ "Change answers" }</NavLink>
            </div>
        </section>
    }
}
