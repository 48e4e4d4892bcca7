//! The language picker in the header: every language with a catalogue, each named in itself.
use crate::i18n::{use_tr, LANGUAGES};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[component]
pub fn LanguagePicker() -> Html {
    let tr = use_tr();
    let onchange = {
        let tr = tr.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            tr.choose(select.value());
        })
    };
    html! {
        <label class="language-picker">
            <span class="visually-hidden">{ tr.t(k!("language-label")) }</span>
            <select {onchange}>
                { for LANGUAGES.iter().map(|(code, name)| html! {
                    <option value={*code} lang={*code} selected={*code == tr.code()}>{ *name }</option>
                }) }
            </select>
        </label>
    }
}
