//! (being written) Resources that serve the pillars with most room to grow.
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecommendationsProps {
    /// Pillar ids, most room to grow first.
    pub pillars: Vec<String>,
}

#[component]
pub fn Recommendations(_props: &RecommendationsProps) -> Html {
    html! {}
}
