//! Your data, keeping it: whether the browser has agreed to keep Pillars' data, a way to ask, and
//! the advice to keep a copy where it has not (Safari clears script-written storage of sites not
//! on the home screen after seven days without a visit).
use crate::i18n::use_tr;
use yew::prelude::*;

#[component]
pub fn KeepData() -> Html {
    let tr = use_tr();
    // None: not known yet, or the browser cannot say.
    let kept = use_state(|| None::<bool>);
    {
        let kept = kept.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                kept.set(crate::platform::storage_persisted().await);
            });
        });
    }
    let ask = {
        let kept = kept.clone();
        Callback::from(move |_| {
            let kept = kept.clone();
            wasm_bindgen_futures::spawn_local(async move {
                kept.set(
                    crate::platform::request_persistent_storage()
                        .await
                        .or(Some(false)),
                );
            });
        })
    };
    html! {
        <>
            <h2>{ tr.t(k!("keep-heading")) }</h2>
            <p role="status">
                { match *kept {
                    Some(true) => tr.t(k!("keep-granted")),
                    Some(false) => tr.t(k!("keep-not-granted")),
                    None => tr.t(k!("keep-unknown")),
                } }
            </p>
            if *kept != Some(true) {
                <button type="button" onclick={ask}>{ tr.t(k!("keep-ask")) }</button>
            }
        </>
    }
}
