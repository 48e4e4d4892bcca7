//! Assess: one pillar at a time, answered in any order, saved the moment an answer is given.
use crate::app::Route;
use crate::components::item_question::ItemQuestion;
use crate::components::level_legend::LevelLegend;
use crate::components::nav::NavLink;
use crate::components::progress::ProgressBar;
use crate::core::answers::{next_incomplete_pillar, overall_progress, pillar_progress, Answer};
use crate::hooks::use_app;
use crate::platform;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AssessPageProps {
    /// The pillar id from the address; `None` resumes where the person was.
    pub pillar: Option<String>,
}

#[component]
pub fn AssessPage(props: &AssessPageProps) -> Html {
    let app = use_app();
    let navigator = use_navigator();
    let q = app.questionnaire();
    let data = app.data();
    let confirming = use_state(|| false);

    let requested = props.pillar.as_deref().and_then(|id| q.pillar_index(id));
    let index = requested
        .unwrap_or(data.attempt.pillar)
        .min(q.pillars.len().saturating_sub(1));

    // Remember the pillar, so the person resumes here; move focus to its heading when it changes.
    {
        let app = app.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(index, move |&index| {
            if app.data().attempt.pillar != index {
                app.go_to_pillar(index);
            }
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                platform::focus_by_id("pillar-heading");
            }
        });
    }

    let Some(pillar) = q.pillars.get(index) else {
        return html! { <h1>{ "Assess yourself" }</h1> };
    };
    if props.pillar.is_some() && requested.is_none() {
        return html! { <Redirect<Route> to={Route::Assess} /> };
    }

    let answers = &data.attempt.answers;
    let overall = overall_progress(q, answers);
    let this = pillar_progress(q, answers, index);
    let onanswer = {
        let app = app.clone();
        Callback::from(move |(item, answer): (String, Answer)| app.answer(item, answer))
    };
    let route_of = |i: usize| Route::AssessPillar {
        pillar: q.pillars[i].id.clone(),
    };
    let complete = {
        let app = app.clone();
        let navigator = navigator.clone();
        Callback::from(move |_| {
            app.complete();
            if let Some(n) = &navigator {
                n.push(&Route::Results);
            }
        })
    };
    let start_over = {
        let app = app.clone();
        let confirming = confirming.clone();
        let navigator = navigator.clone();
        let first = route_of(0);
        Callback::from(move |_| {
            app.start_over();
            confirming.set(false);
            if let Some(n) = &navigator {
                n.push(&first);
            }
        })
    };
    let next_gap = next_incomplete_pillar(q, answers, (index + 1) % q.pillars.len());

    html! {
        <section aria-labelledby="page-title" class="assess">
            <h1 id="page-title">{ "Assess yourself" }</h1>
            if let Some(prev) = &data.previous_attempt {
                <div class="banner banner-info" role="status">
                    { format!("You started over on {}. Your earlier answers ({} given) are kept until you complete this assessment.",
                        data.attempt.started, prev.answers.len()) }
                    <button type="button" onclick={{ let app = app.clone(); move |_| app.restore_previous() }}>
                        { "Bring back my earlier answers" }
                    </button>
                </div>
            }
            <ProgressBar progress={overall} label="Overall progress" />
            <nav aria-label="Pillars">
                <ol class="pillar-tabs">
                    { for q.pillars.iter().enumerate().map(|(i, p)| {
                        let pp = pillar_progress(q, answers, i);
                        html! {
                            <li class={classes!(pp.complete().then_some("done"))}>
                                <NavLink to={route_of(i)} current={i == index} current_kind="step">
                                    <span>{ &p.short }</span>
                                    <span class="count">{ format!("{}/{}", pp.answered, pp.total) }
                                        if pp.complete() { <span class="visually-hidden">{ ", complete" }</span> }
                                    </span>
                                </NavLink>
                            </li>
                        }
                    }) }
                </ol>
            </nav>
            <LevelLegend />
            <h2 id="pillar-heading" tabindex="-1">{ format!("Pillar {} of {}: {}", index + 1, q.pillars.len(), pillar.name) }</h2>
            <p>{ &pillar.description }</p>
            <ProgressBar progress={this} label={format!("{} progress", pillar.short)} />
            { for pillar.items.iter().enumerate().map(|(n, item)| html! {
                <ItemQuestion key={item.id.clone()} item={item.clone()} number={n + 1}
                    answer={answers.get(&item.id).copied()} onanswer={onanswer.clone()} />
            }) }
            <div class="pager">
                if index > 0 {
                    <NavLink to={route_of(index - 1)} class="button">{ format!("← {}", q.pillars[index - 1].short) }</NavLink>
                } else { <span></span> }
                if index + 1 < q.pillars.len() {
                    <NavLink to={route_of(index + 1)} class="button primary">{ format!("Next: {} →", q.pillars[index + 1].short) }</NavLink>
                }
            </div>
            <div class="card">
                if overall.complete() {
                    if data.attempt.completed.is_some() {
                        <p>{ "This assessment is complete and saved in your history." }</p>
                        <NavLink to={Route::Results} class="button primary">{ "See your results" }</NavLink>
                    } else {
                        <p>{ "You have answered every item." }</p>
                        <button type="button" class="primary" onclick={complete}>{ "Complete assessment and see results" }</button>
                    }
                } else {
                    <p>{ format!("{} of {} items answered. You can stop at any time: every answer is saved in this browser.", overall.answered, overall.total) }</p>
                    if let Some(gap) = next_gap {
                        <NavLink to={route_of(gap)} class="button">{ format!("Go to the next unanswered pillar: {}", q.pillars[gap].short) }</NavLink>
                    }
                }
            </div>
            <div class="actions no-print">
                if *confirming {
                    <div class="card confirm" role="group" aria-labelledby="confirm-start-over">
                        <p id="confirm-start-over">{ "Start over with a blank assessment? Your current answers are kept and can be brought back until you complete the new one." }</p>
                        <button type="button" class="danger" onclick={start_over}>{ "Yes, start over" }</button>
                        { " " }
                        <button type="button" onclick={{ let c = confirming.clone(); move |_| c.set(false) }}>{ "Cancel" }</button>
                    </div>
                } else if !data.attempt.answers.is_empty() {
                    <button type="button" onclick={{ let c = confirming.clone(); move |_| c.set(true) }}>{ "Start over" }</button>
                }
            </div>
        </section>
    }
}
