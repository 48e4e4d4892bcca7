//! The home screen's reminder of the plan, for someone coming back: how far its actions are,
//! how many are overdue and whether the day set for the next assessment has come, each with the
//! way to it. Drawn once the later screens are here (the plan's reader is in their chunk); a
//! person without a plan sees nothing.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::hooks::use_app;
use crate::i18n::use_tr;
use yew::prelude::*;

#[component]
pub fn PlanReminder() -> Html {
    let app = use_app();
    let tr = use_tr();
    let data = app.data();
    let plan = data.plan.read();
    if plan.focuses.is_empty() {
        return Html::default();
    }
    let today = app.today();
    let progress = plan.progress_overall();
    let overdue = plan.overdue(today).count();
    let last = data.history.iter().filter_map(|s| s.date).max();
    let due = plan.reassessment_due(today, last);
    html! {
        <section class="card home-plan" aria-labelledby="home-plan-title">
            <h2 id="home-plan-title">{ tr.t(k!("heading-plan")) }</h2>
            if progress.total > 0 {
                <p>{ tr.tf(k!("plan-progress"), &[("done", progress.done.into()), ("total", progress.total.into())]) }</p>
            } else {
                <p>{ tr.t(k!("plan-no-actions")) }</p>
            }
            if overdue > 0 {
                <p class="banner banner-warning">{ tr.tf(k!("plan-overdue-count"), &[("count", overdue.into())]) }</p>
            }
            if let Some(d) = due {
                <p class="banner banner-info">
                    { tr.tf(k!("plan-next-due"), &[("date", tr.date(Some(d)).as_str().into())]) }{ " " }
                    <NavLink to={Route::Assess}>{ tr.t(k!("plan-next-due-link")) }</NavLink>
                </p>
            }
            <p><NavLink to={Route::Plan}>{ tr.t(k!("plan-open")) }</NavLink></p>
        </section>
    }
}
