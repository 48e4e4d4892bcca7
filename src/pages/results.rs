//! Results: summary first (overall level, strengths, room to grow with hints), then the chart,
//! the table, targets and every answer. Prints as a clean report.
use crate::app::Route;
use crate::components::answer_list::{answer_list, AnswerListProps};
use crate::components::level_legend::level_legend;
use crate::components::nav::NavLink;
use crate::components::recommendations::Recommendations;
use crate::components::result_summary::{result_summary, ResultSummaryProps, Whose};
use crate::components::result_view::{result_view, ResultViewProps};
use crate::components::share_panel::SharePanel;
use crate::core::answers::overall_progress;
use crate::core::pillar::PillarId;
use crate::core::scoring::{room_to_grow_shown, score};
use crate::hooks::use_app;
use crate::i18n::use_tr;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[component]
pub fn ResultsPage() -> Html {
    let app = use_app();
    let tr = use_tr();
    let q = app.questionnaire();
    let data = app.data();
    let answers = &data.attempt.answers;
    let progress = overall_progress(q, answers);

    if answers.is_empty() {
        return html! {
            <section aria-labelledby="page-title">
                <h1 id="page-title">{ tr.t(k!("heading-results")) }</h1>
                <p>{ tr.t(k!("results-empty")) }</p>
                <NavLink to={Route::Assess} class="button primary">{ tr.t(k!("home-start")) }</NavLink>
            </section>
        };
    }

    let scores = score(q, answers);
    // As the summary shows it: none where every pillar is level and no target is above it.
    let grow = room_to_grow_shown(q, &scores, &data.targets, 2);
    // The assessment before this one: for a completed one, the one before it in the (dated)
    // history, never a later one; for one in progress, the latest completed.
    let completed_at = data
        .history
        .iter()
        .position(|s| Some(&s.id) == data.attempt.completed.as_ref());
    let previous = data.history[..completed_at.unwrap_or(data.history.len())].last();
    let compare = previous.map(|s| {
        (
            AttrValue::from(tr.tf(
                k!("results-previous"),
                &[("date", tr.date(s.date).as_str().into())],
            )),
            s.answers.clone(),
        )
    });
    let completed = data
        .attempt
        .completed
        .as_ref()
        .and_then(|id| data.history.iter().find(|s| &s.id == id));
    let when = match completed {
        Some(s) => tr.tf(
            k!("results-completed-on"),
            &[("date", tr.date(s.date).as_str().into())],
        ),
        None => tr.tf(
            k!("results-in-progress"),
            &[("date", tr.date(data.attempt.started).as_str().into())],
        ),
    };
    let share_date = completed
        .map(|s| s.date)
        .unwrap_or_else(|| Some(app.today()));
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
                app.set_target(&pillar, value.parse().ok());
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
            <h1 id="page-title">{ tr.t(k!("heading-results")) }</h1>
            <p class="muted">{ when }</p>
            if !progress.complete() {
                <div class="banner banner-info" role="status">
                    { tr.tf(k!("results-incomplete"), &[("answered", progress.answered.into()), ("total", progress.total.into())]) }
                    { " " }<NavLink to={Route::Assess}>{ tr.t(k!("results-continue")) }</NavLink>
                </div>
            }
            <h2>{ tr.t(k!("results-summary")) }</h2>
            { result_summary(&tr, &ResultSummaryProps { answers: answers.clone(), targets: data.targets.clone(), whose: Whose::Yours, questionnaire: None }) }

            <h2>{ tr.t(k!("results-by-pillar")) }</h2>
            { result_view(&tr, &ResultViewProps {
                between_people: false,
                answers: answers.clone(),
                label: tr.t(k!("results-you")).into(),
                compare,
                targets: Some(data.targets.clone()),
                caption: tr.t(k!("results-caption")).into(),
                questionnaire: None,
            }) }
            { level_legend(&tr, false) }

            <h2 class="no-print">{ tr.t(k!("results-targets")) }</h2>
            <div class="card no-print">
                <p>{ tr.t(k!("results-targets-intro")) }</p>
                <div class="filters">
                    { for q.pillars.iter().map(|p| {
                        let id = format!("target-{}", p.id);
                        let current = PillarId::parse(&p.id)
                            .and_then(|id| data.targets.get(&id))
                            .map(|l| l.get());
                        html! {
                            <div class="field">
                                <label for={id.clone()}>{ tr.tf(k!("results-target-for"), &[("pillar", p.short.as_str().into())]) }</label>
                                <select id={id} onchange={on_target(p.id.clone())}>
                                    <option value="" selected={current.is_none()}>{ tr.t(k!("results-no-target")) }</option>
                                    { for q.levels.iter().map(|l| html! {
                                        <option value={l.value.to_string()} selected={current == Some(l.value)}>{ format!("{} · {}", l.value, l.name) }</option>
                                    }) }
                                </select>
                            </div>
                        }
                    }) }
                </div>
            </div>

            <h2 class="no-print">{ tr.t(k!("results-every-answer")) }</h2>
            <div class="no-print">{ answer_list(&AnswerListProps { answers: answers.clone(), tr: &tr, questionnaire: None }) }</div>

            <div class="no-print">
                <h2>{ tr.t(k!("plan-next-steps")) }</h2>
                <crate::components::add_to_plan::AddToPlan pillars={grow_ids.clone()} />
            </div>

            if !grow_ids.is_empty() {
                <div class="no-print">
                    <h2>{ tr.t(k!("results-recommended")) }</h2>
                    <p>{ tr.t(k!("results-recommended-intro")) }</p>
                    <Recommendations pillars={grow_ids} answers={answers.clone()} />
                </div>
            }

            <h2 class="no-print">{ tr.t(k!("results-share")) }</h2>
            <div class="no-print"><SharePanel answers={answers.clone()} date={share_date} /></div>

            <div class="actions no-print">
                <button type="button" onclick={print}>{ tr.t(k!("results-print")) }</button>
                <NavLink to={Route::History} class="button">{ tr.t(k!("heading-history")) }</NavLink>
                <NavLink to={Route::Assess} class="button">{ tr.t(k!("results-change")) }</NavLink>
            </div>
        </section>
    }
}
