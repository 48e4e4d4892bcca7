//! A banner for storage problems and changes made in another tab.
use crate::hooks::use_app;
use yew::prelude::*;

#[component]
pub fn StatusBanner() -> Html {
    let app = use_app();
    html! {
        <div class="status-area no-print">
            if let Some(problem) = &app.problem {
                <div class="banner banner-error" role="alert">{ problem }</div>
            }
            if app.synced_from_other_tab {
                <div class="banner banner-info" role="status">
                    { "Updated with changes made in another tab." }
                </div>
            }
        </div>
    }
}
