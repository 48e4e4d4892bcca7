//! The home screen's reminder of the plan, for someone coming back: how far its actions are,
//! how many are overdue and whether the day set for the next assessment has come, each with the
//! way to it. Drawn once the later screens are here (the plan's reader is in their chunk); a
//! person without a plan sees nothing.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::core::date::Date;
use crate::core::plan::Plan;
use crate::hooks::use_app;
use crate::i18n::{use_tr, Tr};
use yew::prelude::*;

/// What in the plan wants doing now: how many actions are overdue, and the day set for the next
/// assessment once it has come (`last`: the day the latest one was completed), with the way to
/// it. The plan screen and the home screen's reminder both show them.
pub fn notices(tr: &Tr, plan: &Plan, today: Date, last: Option<Date>) -> Html {
    let overdue = plan.overdue(today).count();
    html! {
        <>
            if overdue > 0 {
                <p class="banner banner-warning" role="status">{ tr.tf(k!("plan-overdue-count"), &[("count", overdue.into())]) }</p>
            }
            if let Some(d) = plan.reassessment_due(today, last) {
                <p class="banner banner-info no-print" role="status">
                    { tr.tf(k!("plan-next-due"), &[("date", tr.date(Some(d)).as_str().into())]) }{ " " }
                    <NavLink to={Route::Assess}>{ tr.t(k!("plan-next-due-link")) }</NavLink>
                </p>
            }
        </>
    }
}

#[component]
pub fn PlanReminder() -> Html {
    let app = use_app();
    let tr = use_tr();
    let data = app.data();
    let plan = data.plan.read();
    if plan.focuses.is_empty() {
        return Html::default();
    }
    let progress = plan.progress_overall();
    html! {
        <section class="card home-plan" aria-labelledby="home-plan-title">
            <h2 id="home-plan-title">{ tr.t(k!("heading-plan")) }</h2>
            if progress.total > 0 {
                <p>{ tr.tf(k!("plan-progress"), &[("done", progress.done.into()), ("total", progress.total.into())]) }</p>
            } else {
                <p>{ tr.t(k!("plan-no-actions")) }</p>
            }
            { notices(&tr, &plan, app.today(), data.last_completed_on()) }
            <p><NavLink to={Route::Plan}>{ tr.t(k!("plan-open")) }</NavLink></p>
        </section>
    }
}
