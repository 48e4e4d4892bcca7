//! Your data, rescue: stored data that could not be read was set aside; here it can be downloaded.
use crate::hooks::AppHandle;
use crate::platform;
use yew::prelude::*;

/// The rescue section, shown only when something was set aside. A plain function: it draws with the page.
pub fn rescued_data(app: &AppHandle) -> Html {
    let rescued = app.rescued();
    html! {
        <>
            if let Some(raw) = rescued {
                <h2>{ "Data that could not be read" }</h2>
                <p>{ "Earlier data in this browser was damaged and set aside. Download it to keep it, or to ask for help recovering it." }</p>
                <button type="button" onclick={Callback::from(move |_| { let _ = platform::download("pillars-unreadable-data.txt", "text/plain", &raw); })}>
                    { "Download the unreadable data" }
                </button>
            }

        </>
    }
}
