//! Starting the assessment afresh (after a question), and bringing the earlier answers back.
use crate::components::pillar_tabs::pillar_route;
use crate::hooks::{use_app, AppHandle};
use crate::i18n::{use_tr, Tr};
use crate::router::*;
use yew::prelude::*;

/// The "Start over" button and its question.
#[component]
pub fn StartOver() -> Html {
    let app = use_app();
    let tr = use_tr();
    let navigator = use_navigator();
    let confirming = use_state(|| false);
    let start_over = {
        let (app, confirming) = (app.clone(), confirming.clone());
        Callback::from(move |_| {
            app.start_over();
            confirming.set(false);
            crate::platform::focus_after_render("main");
            if let Some(n) = &navigator {
                n.push(&pillar_route(0));
            }
        })
    };
    let ask = {
        let c = confirming.clone();
        Callback::from(move |_| {
            c.set(true);
            crate::platform::focus_after_render("start-over-cancel");
        })
    };
    let cancel = {
        let c = confirming.clone();
        Callback::from(move |_| {
            c.set(false);
            crate::platform::focus_after_render("start-over");
        })
    };
    html! {
        <div class="actions no-print">
            if *confirming {
                <div class="card confirm" role="group" aria-labelledby="confirm-start-over">
                    <p id="confirm-start-over">{ tr.t(k!("start-over-question")) }</p>
                    <button type="button" class="danger" onclick={start_over}>{ tr.t(k!("start-over-yes")) }</button>
                    { " " }
                    <button type="button" id="start-over-cancel" onclick={cancel}>{ tr.t(k!("cancel")) }</button>
                </div>
            } else if !app.data().attempt.answers.is_empty() {
                <button type="button" id="start-over" onclick={ask}>{ tr.t(k!("start-over")) }</button>
            }
        </div>
    }
}

/// Offers the answers set aside by the last "Start over", until a new assessment is completed.
pub fn restore_previous(app: &AppHandle, tr: &Tr) -> Html {
    let data = app.data();
    let Some(prev) = &data.previous_attempt else {
        return html! {};
    };
    let started = data
        .attempt
        .started
        .map(|d| d.to_string())
        .unwrap_or_default();
    let args = [
        ("date", started.as_str().into()),
        ("count", prev.answers.len().into()),
    ];
    let restore = {
        let app = app.clone();
        Callback::from(move |_| app.restore_previous())
    };
    html! {
        <div class="banner banner-info" role="status">
            { tr.tf(k!("start-over-kept"), &args) }
            <button type="button" onclick={restore}>{ tr.t(k!("start-over-restore")) }</button>
        </div>
    }
}
