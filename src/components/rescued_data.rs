//! Your data, rescue: stored data that could not be read was set aside; here each copy can be downloaded.
use crate::hooks::{AppHandle, BoardsHandle, BoardsProblem};
use crate::i18n::Tr;
use crate::platform;
use crate::storage;
use yew::prelude::*;

/// The rescue section, shown only when something was set aside: one download per copy, newest
/// first, each with the day it was set aside; then the workshop boards' copy as they were
/// before a damaged part was left out, or the stored boards that cannot be read at all. A plain
/// function: it draws with the page.
pub fn rescued_data(app: &AppHandle, boards: &BoardsHandle, tr: &Tr) -> Html {
    let rescued = app.rescued();
    let unreadable = matches!(boards.problem(), Some(BoardsProblem::Unreadable(_)));
    let boards_copy = match unreadable {
        true => storage::load_boards().ok().flatten(),
        false => storage::damaged_boards(),
    };
    if rescued.is_empty() && boards_copy.is_none() {
        return html! {};
    }
    let boards_button = boards_copy.map(|text| {
        let (name, label) = match unreadable {
            true => (
                "pillars-boards-unreadable.json",
                k!("data-rescued-boards-unreadable"),
            ),
            false => (
                "pillars-boards-as-they-were.json",
                k!("data-rescued-boards"),
            ),
        };
        let download = Callback::from(move |_: MouseEvent| {
            // As stored, byte for byte (not indented, as a JSON file for people would be).
            let _ = platform::download(name, "text/plain", &text);
        });
        html! { <li><button type="button" onclick={download}>{ tr.t(label) }</button></li> }
    });
    html! {
        <>
            <h2>{ tr.t(k!("data-rescued")) }</h2>
            <p>{ tr.t(k!("data-rescued-text")) }</p>
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
                                Some(d) => tr.tf(k!("data-rescued-download-dated"), &[
                                    ("number", crate::core::i18n::Arg::Num(n as i64 + 1)),
                                    ("date", tr.date(Some(d)).as_str().into()),
                                ]),
                                None => tr.t(k!("data-rescued-download")),
                            } }
                        </button>
                    </li>
                }
                { for boards_button }
            </ul>
        </>
    }
}
