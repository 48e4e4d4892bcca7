//! Your data, rescue: stored data that could not be read was set aside; here each copy can be downloaded.
use crate::hooks::AppHandle;
use crate::i18n::Tr;
use crate::platform;
use yew::prelude::*;

/// The rescue section, shown only when something was set aside: one download per copy, newest
/// first, each with the day it was set aside. A plain function: it draws with the page.
pub fn rescued_data(app: &AppHandle, tr: &Tr) -> Html {
    let rescued = app.rescued();
    if rescued.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h2>{ tr.t("data-rescued") }</h2>
            <p>{ tr.t("data-rescued-text") }</p>
            <ul class="rescued-list">
                for (n, r) in rescued.iter().cloned().enumerate() {
                    <li>
                        <button type="button" onclick={Callback::from(move |_| {
                            let name = match r.date {
                                Some(d) => format!("pillars-unreadable-data-{d}.txt"),
                                None => "pillars-unreadable-data.txt".to_string(),
                            };
                            let _ = platform::download(&name, "text/plain", &r.text);
                        })}>
                            { match r.date {
                                Some(d) => tr.tf("data-rescued-download-dated", &[
                                    ("number", crate::core::i18n::Arg::Num(n as i64 + 1)),
                                    ("date", tr.date(Some(d)).as_str().into()),
                                ]),
                                None => tr.t("data-rescued-download"),
                            } }
                        </button>
                    </li>
                }
            </ul>
        </>
    }
}
