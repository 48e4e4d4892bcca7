//! Assess: one pillar at a time, answered in any order, saved the moment an answer is given.
use crate::app::Route;
use crate::components::answering_as::answering_as;
use crate::components::completion_card::completion_card;
use crate::components::item_question::ItemQuestion;
use crate::components::level_legend::level_legend;
use crate::components::nav::NavLink;
use crate::components::pillar_tabs::{pillar_route, pillar_tabs};
use crate::components::progress::progress_bar;
use crate::components::start_over::{restore_previous, StartOver};
use crate::core::answers::{overall_progress, pillar_progress, Answer};
use crate::core::questionnaire::Role;
use crate::hooks::{use_app, use_current_pillar};
use crate::i18n::use_tr;
use crate::router::*;
use yew::prelude::*;

/// How many items the first draw shows (what fills a screen).
const FIRST_DRAWN: usize = 1;

#[derive(Properties, PartialEq)]
pub struct AssessPageProps {
    /// The pillar id from the address; `None` resumes where the person was.
    pub pillar: Option<String>,
}

#[component]
pub fn AssessPage(props: &AssessPageProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    let navigator = use_navigator();
    let q = app.questionnaire();
    let data = app.data();
    let requested = props.pillar.as_deref().and_then(|id| q.pillar_index(id));
    let index = requested
        .unwrap_or(data.attempt.pillar)
        .min(q.pillars.len().saturating_sub(1));
    use_current_pillar(index);
    // The first draw shows the pillar's first items and the rest follow in the next task, so
    // the start is never one long task (Lighthouse's blocking time); later pillars draw whole.
    let drawn_all = use_state(|| false);
    // The pillar where "Who is answering?" was first shown unanswered, this visit.
    let asked_on = use_state_eq(|| (!app.role_chosen()).then_some(index));
    {
        let asked_on = asked_on.clone();
        use_effect_with((index, app.role_chosen()), move |(index, chosen)| {
            if !*chosen {
                asked_on.set(Some(*index));
            }
        });
    }
    {
        let drawn_all = drawn_all.clone();
        use_effect_with((), move |_| {
            if !*drawn_all {
                wasm_bindgen_futures::spawn_local(async move {
                    crate::platform::next_task().await;
                    drawn_all.set(true);
                });
            }
        });
    }

    let Some(pillar) = q.pillars.get(index) else {
        return html! { <h1>{ tr.t(k!("heading-assess")) }</h1> };
    };
    if props.pillar.is_some() && requested.is_none() {
        return html! { <Redirect to={Route::Assess} /> };
    }
    let answers = &data.attempt.answers;
    let onanswer = {
        let app = app.clone();
        Callback::from(move |(item, answer): (String, Answer)| app.answer(item, answer))
    };
    // Asked once, before the first pillar; on the first pillar it stays, to be changed.
    let role = app.role();
    // Chosen on this pillar: the question stays while the person is here (it does not vanish
    // under their pointer), then it is asked on the first pillar only.
    let ask_role = index == 0 || !app.role_chosen() || *asked_on == Some(index);
    let asked: Vec<_> = pillar.items.iter().filter(|i| i.asks(role)).collect();
    let heading = tr.tf(
        k!("assess-pillar-heading"),
        &[
            ("number", (index + 1).into()),
            ("count", q.pillars.len().into()),
            ("name", pillar.name.as_str().into()),
        ],
    );
    html! {
        <section aria-labelledby="page-title" class="assess">
            <h1 id="page-title">{ tr.t(k!("heading-assess")) }</h1>
            // The first paint shows it too (assets/first-paint.js), so it is there from the HTML.
            <p class="lead">{ tr.t(k!("assess-intro")) }</p>
            { restore_previous(&app, &tr) }
            { progress_bar(&tr, overall_progress(q, answers), &tr.t(k!("assess-overall-progress"))) }
            // Back a term later, the answers on screen are a completed assessment's: said first.
            if data.attempt.completed.is_some() {
                <p class="banner banner-info">{ tr.t(k!("assess-complete-saved")) }</p>
            }
            if ask_role {
                { answering_as(&app, &tr, q.not_asked(Role::Teacher).len()) }
            }
            { pillar_tabs(&app, &tr, index) }
            { level_legend(&tr, false) }
            <h2 id="pillar-heading" tabindex="-1">{ heading }</h2>
            <p>{ &pillar.description }</p>
            { progress_bar(&tr, pillar_progress(q, answers, index),
                &tr.tf(k!("assess-pillar-progress"), &[("pillar", pillar.short.as_str().into())])) }
            { for asked.iter().take(if *drawn_all { usize::MAX } else { FIRST_DRAWN }).enumerate().map(|(n, item)| html! {
                <ItemQuestion key={item.id.clone()} item={(*item).clone()} number={n + 1}
                    answer={answers.get(&item.id).copied()} onanswer={onanswer.clone()} />
            }) }
            if asked.len() < pillar.items.len() {
                <p class="muted">{ tr.tf(k!("assess-not-asked"), &[("count", (pillar.items.len() - asked.len()).into())]) }</p>
            }
            <div class="pager">
                if index > 0 {
                    <NavLink to={pillar_route(index - 1)} class="button">{ format!("← {}", q.pillars[index - 1].short) }</NavLink>
                } else { <span></span> }
                if index + 1 < q.pillars.len() {
                    <NavLink to={pillar_route(index + 1)} class="button primary">
                        { tr.tf(k!("assess-next"), &[("pillar", q.pillars[index + 1].short.as_str().into())]) }
                    </NavLink>
                }
            </div>
            { completion_card(&app, &tr, navigator, index) }
            <StartOver />
        </section>
    }
}
