//! Home: what Pillars is, and a way to start or resume.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::core::answers::overall_progress;
use crate::hooks::use_app;
use crate::i18n::use_tr;
use yew::prelude::*;

#[component]
pub fn HomePage() -> Html {
    let app = use_app();
    let tr = use_tr();
    let q = app.questionnaire();
    let data = app.data();
    let progress = overall_progress(q, &data.attempt.answers);
    let (cta, note, target) = if data.attempt.completed.is_some() {
        (
            tr.t(k!("home-see-results")),
            tr.t(k!("home-complete")),
            Route::Results,
        )
    } else if progress.answered > 0 {
        let args = [
            ("answered", progress.answered.into()),
            ("total", progress.total.into()),
        ];
        (
            tr.t(k!("home-resume")),
            tr.tf(k!("home-answered"), &args),
            Route::Assess,
        )
    } else {
        let args = [("total", progress.total.into())];
        (
            tr.t(k!("home-start")),
            tr.tf(k!("home-how-long"), &args),
            Route::Assess,
        )
    };
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ tr.t(k!("heading-home")) }</h1>
            <p class="lead">{ tr.t(k!("home-lead")) }</p>
            <p>{ tr.t(k!("home-more-than-sharing")) }</p>
            <div class="actions">
                <NavLink to={target} class="button primary">{ cta }</NavLink>
                <NavLink to={Route::Library} class="button">{ tr.t(k!("home-browse-library")) }</NavLink>
            </div>
            <p>{ note }</p>
            <h2>{ tr.t(k!("home-pillars")) }</h2>
            <ol>
                { for q.pillars.iter().map(|p| html! { <li><strong>{ &p.name }</strong>{ tr.t(k!("label-colon")) }{ " " }{ &p.description }</li> }) }
            </ol>
            // Drawn when the later screens arrive, after the first paint: below the pillars, so
            // what was painted first does not move.
            { crate::lazy::plan_reminder() }
            <h2>{ tr.t(k!("home-data-stays")) }</h2>
            <p>{ tr.t(k!("home-no-server")) }</p>
        </section>
    }
}
