//! Your data (being written).
use yew::prelude::*;
#[component]
pub fn DataPage() -> Html {
    html! { <section aria-labelledby="page-title"><h1 id="page-title">{ "Your data" }</h1></section> }
}
