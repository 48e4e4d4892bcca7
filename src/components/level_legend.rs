//! The named levels and what each means, shown beside the questionnaire and the results.
use crate::i18n::Tr;
use yew::prelude::*;

/// What each level means, folded away unless `open`.
pub fn level_legend(tr: &Tr, open: bool) -> Html {
    let q = crate::i18n::questionnaire();
    html! {
        <details class="card legend" {open}>
            <summary>{ tr.t(k!("levels-meaning")) }</summary>
            <dl class="legend-list">
                { for q.levels.iter().map(|l| html! {
                    <>
                        <dt>{ format!("{} · {}", l.value, l.name) }</dt>
                        <dd>{ &l.legend }</dd>
                    </>
                }) }
                <dt>{ tr.t(k!("not-applicable")) }</dt>
                <dd>{ tr.t(k!("not-applicable-meaning")) }</dd>
            </dl>
        </details>
    }
}
