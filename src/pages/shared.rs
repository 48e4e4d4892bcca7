//! A shared result
use yew::prelude::*;
#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub code: String,
}
#[component]
pub fn SharedPage(_props: &SharedPageProps) -> Html {
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ "A shared result" }</h1>
        </section>
    }
}
