//! Home: what Pillars is, and a way to start or resume.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::core::answers::overall_progress;
use crate::hooks::use_app;
use yew::prelude::*;

#[component]
pub fn HomePage() -> Html {
    let app = use_app();
    let q = app.questionnaire();
    let data = app.data();
    let progress = overall_progress(q, &data.attempt.answers);
    let (cta, note) = if data.attempt.completed.is_some() {
        (
            "See your results",
            "Your latest assessment is complete.".to_string(),
        )
    } else if progress.answered > 0 {
        (
            "Resume your assessment",
            format!(
                "You have answered {} of {} items.",
                progress.answered, progress.total
            ),
        )
    } else {
        ("Start your assessment", format!("{} short items across seven pillars; about 15–25 minutes. You can stop at any time and come back.", progress.total))
    };
    let target = if data.attempt.completed.is_some() {
        Route::Results
    } else {
        Route::Assess
    };
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ "The seven pillars of digital leadership" }</h1>
            <p class="lead">
                { "Pillars helps school and system leaders, teachers and anyone who leads learning see where they stand \
                   on the seven pillars of digital leadership, find resources that fit, and plan their next steps." }
            </p>
            <p>
                { "Digital leadership is more than sharing online: it is using connections to change what learners and \
                   educators do every day, building things with others, and growing leadership in the people around you." }
            </p>
            <div class="actions">
                <NavLink to={target} class="button primary">{ cta }</NavLink>
                <NavLink to={Route::Library} class="button">{ "Browse the library" }</NavLink>
            </div>
            <p>{ note }</p>
            <h2>{ "The seven pillars" }</h2>
            <ol>
                { for q.pillars.iter().map(|p| html! { <li><strong>{ &p.name }</strong>{ ": " }{ &p.description }</li> }) }
            </ol>
            <h2>{ "Your data stays with you" }</h2>
            <p>
                { "There is no account and no server. Your answers are kept in this browser only, and nothing leaves \
                   your device unless you share a link or download a file. Once loaded, Pillars also works offline." }
            </p>
        </section>
    }
}
