//! The named levels and what each means, shown beside the questionnaire and the results.
use crate::core::questionnaire::Questionnaire;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LevelLegendProps {
    #[prop_or(false)]
    pub open: bool,
}

#[component]
pub fn LevelLegend(props: &LevelLegendProps) -> Html {
    let q = Questionnaire::builtin();
    html! {
        <details class="card legend" open={props.open}>
            <summary>{ "What the levels mean" }</summary>
            <dl class="legend-list">
                { for q.levels.iter().map(|l| html! {
                    <>
                        <dt>{ format!("{} · {}", l.value, l.name) }</dt>
                        <dd>{ &l.legend }</dd>
                    </>
                }) }
                <dt>{ "Not applicable" }</dt>
                <dd>{ "This does not apply to your role; it is left out of your scores." }</dd>
            </dl>
        </details>
    }
}
