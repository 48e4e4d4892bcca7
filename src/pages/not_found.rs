//! The page for an address the app does not know.
use crate::app::Route;
use crate::components::nav::NavLink;
use yew::prelude::*;

#[component]
pub fn NotFoundPage() -> Html {
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ "Page not found" }</h1>
            <p>{ "There is nothing at this address. If someone sent you a link, it may be incomplete." }</p>
            <p><NavLink to={Route::Home}>{ "Go to the home page" }</NavLink></p>
        </section>
    }
}
