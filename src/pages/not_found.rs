//! The page for an address the app does not know.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::i18n::use_tr;
use yew::prelude::*;

#[component]
pub fn NotFoundPage() -> Html {
    let tr = use_tr();
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ tr.t(k!("heading-not-found")) }</h1>
            <p>{ tr.t(k!("not-found-text")) }</p>
            <p><NavLink to={Route::Home}>{ tr.t(k!("not-found-home")) }</NavLink></p>
        </section>
    }
}
