//! A banner for storage problems, changes made in another tab, and a new version of the app.
use crate::hooks::use_app;
use crate::i18n::use_tr;
use gloo_events::EventListener;
use yew::prelude::*;

/// Whether assets/sw-register.js has recorded a new version (waiting, or already in charge after
/// another tab applied it) on `<html data-update>`.
fn update_recorded() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-update"))
        .is_some_and(|state| !state.is_empty())
}

/// A new version of the app is waiting (see assets/sw-register.js): the recorded state, read when
/// the app starts (the register script may have announced it before the app listened), and the
/// "pillars-update-available" event after that.
#[hook]
fn use_update_available() -> bool {
    let available = use_state(update_recorded);
    {
        let available = available.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                let available = available.clone();
                EventListener::new(&w, "pillars-update-available", move |_| available.set(true))
            });
            // Recorded between the first render and the listener.
            if update_recorded() {
                available.set(true);
            }
            move || drop(listener)
        });
    }
    *available
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

fn apply_update() {
    if let Some(w) = web_sys::window() {
        if let Ok(event) = web_sys::CustomEvent::new("pillars-apply-update") {
            let _ = w.dispatch_event(&event);
        }
    }
}

#[component]
pub fn StatusBanner() -> Html {
    let app = use_app();
    let tr = use_tr();
    let update = use_update_available();
    html! {
        <div class="status-area no-print">
            if let Some(problem) = &app.problem {
                <div class="banner banner-error" role="alert">
                    { crate::messages::storage_problem(&tr, *problem) }
                    // Data of a newer version: reloading brings that version (and the data) here.
                    if *problem == crate::storage::StorageProblem::Newer {
                        { " " }
                        <button type="button" class="primary" onclick={Callback::from(|_| reload())}>
                            { tr.t(k!("storage-newer-reload")) }
                        </button>
                    }
                </div>
            }
            if app.synced_from_other_tab {
                <div class="banner banner-info" role="status">
                    { tr.t(k!("synced-other-tab")) }
                </div>
            }
            if update {
                <div class="banner banner-info" role="status">
                    { tr.t(k!("update-available")) }
                    <button type="button" class="primary" onclick={Callback::from(|_| apply_update())}>
                        { tr.t(k!("update-reload")) }
                    </button>
                </div>
            }
        </div>
    }
}
