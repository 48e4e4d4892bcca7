//! A file input whose visible words are the app's, in the person's language: the browser's own
//! ("Choose File", "No file chosen") follow the browser's language, not the app's. The input
//! itself stays the control (its label, keyboard and screen reader use are the browser's), laid
//! transparently over a button-like face.
use crate::i18n::Tr;
use yew::prelude::*;

/// A picker for one JSON file; `described_by` names a hint, if any.
pub fn file_picker(
    tr: &Tr,
    id: &'static str,
    input: &NodeRef,
    onchange: Callback<Event>,
    described_by: Option<&'static str>,
) -> Html {
    html! {
        <span class="file-picker">
            <input type="file" {id} accept=".json,application/json" ref={input.clone()}
                aria-describedby={described_by} {onchange} />
            <span class="button" aria-hidden="true">{ tr.t(k!("choose-file")) }</span>
        </span>
    }
}
