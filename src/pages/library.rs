//! Resource library
use yew::prelude::*;
#[derive(Properties, PartialEq)]
pub struct CollectionLinkPageProps {
    pub code: String,
}
#[component]
pub fn CollectionLinkPage(_props: &CollectionLinkPageProps) -> Html {
    html! { <h1>{ "Shared collection" }</h1> }
}
#[component]
pub fn LibraryPage() -> Html {
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ "Resource library" }</h1>
        </section>
    }
}
