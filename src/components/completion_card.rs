//! Under the questions: how far the assessment has come, and completing it once every item is answered.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::components::pillar_tabs::pillar_route;
use crate::core::answers::{next_incomplete_pillar, overall_progress};
use crate::hooks::AppHandle;
use crate::i18n::Tr;
use crate::router::*;
use yew::prelude::*;

/// How far the assessment has come; `current` is the pillar on screen (the next unanswered one is
/// looked for after it). A plain function: it draws with the page.
pub fn completion_card(
    app: &AppHandle,
    tr: &Tr,
    navigator: Option<Navigator>,
    current: usize,
) -> Html {
    let q = app.questionnaire();
    let data = app.data();
    let overall = overall_progress(q, &data.attempt.answers);
    let complete = {
        let app = app.clone();
        Callback::from(move |_| {
            app.complete();
            if let Some(n) = &navigator {
                n.push(&Route::Results);
            }
        })
    };
    let next_gap = next_incomplete_pillar(
        q,
        &data.attempt.answers,
        (current + 1) % q.pillars.len().max(1),
    );
    html! {
        <div class="card">
            if overall.complete() {
                if data.attempt.completed.is_some() {
                    <p>{ tr.t(k!("assess-complete-saved")) }</p>
                    <NavLink to={Route::Results} class="button primary">{ tr.t(k!("home-see-results")) }</NavLink>
                } else {
                    <p>{ tr.t(k!("assess-all-answered")) }</p>
                    <button type="button" class="primary" onclick={complete}>{ tr.t(k!("assess-complete")) }</button>
                }
            } else {
                <p>{ tr.tf(k!("assess-answered-so-far"), &[("answered", overall.answered.into()), ("total", overall.total.into())]) }</p>
                if let Some(gap) = next_gap {
                    <NavLink to={pillar_route(gap)} class="button">
                        { tr.tf(k!("assess-next-gap"), &[("pillar", q.pillars[gap].short.as_str().into())]) }
                    </NavLink>
                }
            }
        </div>
    }
}
