//! A labelled progress bar with its figures in words.
use crate::core::answers::Progress;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    pub progress: Progress,
    /// What is being counted, e.g. "Overall progress".
    pub label: AttrValue,
}

#[component]
pub fn ProgressBar(props: &ProgressBarProps) -> Html {
    let p = props.progress;
    html! {
        <div class="progress-line">
            <progress value={p.answered.to_string()} max={p.total.max(1).to_string()} aria-label={props.label.clone()}></progress>
            <span>{ format!("{}: {} of {} answered", props.label, p.answered, p.total) }</span>
        </div>
    }
}
