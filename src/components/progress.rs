//! A labelled progress bar with its figures in words.
use crate::core::answers::Progress;
use crate::i18n::Tr;
use yew::prelude::*;

/// A progress bar for `p`, labelled with what is counted (e.g. "Overall progress"). A plain
/// function: it draws with the screen that shows it.
pub fn progress_bar(tr: &Tr, p: Progress, label: &str) -> Html {
    let args = [
        ("label", label.into()),
        ("answered", p.answered.into()),
        ("total", p.total.into()),
    ];
    html! {
        <div class="progress-line">
            <progress value={p.answered.to_string()} max={p.total.max(1).to_string()} aria-label={label.to_string()}></progress>
            <span>{ tr.tf(k!("progress-answered"), &args) }</span>
        </div>
    }
}
