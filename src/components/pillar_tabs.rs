//! The assessment's pillars as steps: each with its progress, the current one marked.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::core::answers::pillar_progress;
use crate::hooks::AppHandle;
use crate::i18n::Tr;
use yew::prelude::*;

/// The address of pillar `i`'s questions.
pub fn pillar_route(i: usize) -> Route {
    let q = crate::i18n::questionnaire();
    Route::AssessPillar {
        pillar: q.pillars.get(i).map(|p| p.id.clone()).unwrap_or_default(),
    }
}

/// The pillars as steps, `current` being the one on screen (a plain function: it draws with the page).
pub fn pillar_tabs(app: &AppHandle, tr: &Tr, current: usize) -> Html {
    let q = app.questionnaire();
    let answers = &app.data().attempt.answers;
    html! {
        <nav aria-label={tr.t(k!("assess-pillars"))}>
            <ol class="pillar-tabs">
                { for q.pillars.iter().enumerate().map(|(i, p)| {
                    let pp = pillar_progress(q, answers, i);
                    html! {
                        <li class={classes!(pp.complete().then_some("done"))}>
                            <NavLink to={pillar_route(i)} current={i == current} current_kind="step">
                                <span>{ &p.short }</span>
                                <span class="count">{ format!("{}/{}", pp.answered, pp.total) }
                                    if pp.complete() { <span class="visually-hidden">{ tr.t(k!("assess-pillar-complete")) }</span> }
                                </span>
                            </NavLink>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
