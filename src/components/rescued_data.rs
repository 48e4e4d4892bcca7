//! Your data, rescue: stored data that could not be read was set aside; here it can be downloaded.
use crate::hooks::AppHandle;
use crate::i18n::Tr;
use crate::platform;
use yew::prelude::*;

/// The rescue section, shown only when something was set aside. A plain function: it draws with the page.
pub fn rescued_data(app: &AppHandle, tr: &Tr) -> Html {
    let rescued = app.rescued();
    html! {
        <>
            if let Some(raw) = rescued {
                <h2>{ tr.t("data-rescued") }</h2>
                <p>{ tr.t("data-rescued-text") }</p>
                <button type="button" onclick={Callback::from(move |_| { let _ = platform::download("pillars-unreadable-data.txt", "text/plain", &raw); })}>
                    { tr.t("data-rescued-download") }
                </button>
            }

        </>
    }
}
