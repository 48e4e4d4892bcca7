//! The site navigation bar, with the current screen marked for assistive technology.
use crate::app::Route;
use crate::components::language_picker::LanguagePicker;
use crate::i18n::use_tr;
use crate::router::*;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    pub children: Html,
    /// Whether this link is the current screen.
    #[prop_or_default]
    pub current: bool,
    /// What kind of "current" this is for `aria-current` ("page", or "step" in a sequence).
    #[prop_or("page")]
    pub current_kind: &'static str,
    #[prop_or_default]
    pub class: Classes,
}

/// A link to a route that navigates without reloading and says when it is the current page.
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let to = props.to.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
            return; // let the browser open a new tab or window
        }
        if let Some(nav) = &navigator {
            e.prevent_default();
            nav.push(&to);
        }
    });
    html! {
        <a class={props.class.clone()} href={format!("#{}", props.to.to_path())} {onclick}
           aria-current={props.current.then_some(props.current_kind)}>
            { props.children.clone() }
        </a>
    }
}

#[component]
pub fn Nav() -> Html {
    let tr = use_tr();
    let route = use_route();
    let is = |f: fn(&Route) -> bool| route.as_ref().is_some_and(f);
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        crate::platform::focus_by_id("main");
    });
    html! {
        <header class="site-header no-print">
            <a class="skip-link" href="#main" onclick={skip}>{ tr.t(k!("skip-to-content")) }</a>
            <nav aria-label={tr.t(k!("nav-main"))}>
                <NavLink to={Route::Home} class="brand" current={is(|r| *r == Route::Home)}>{ tr.t(k!("nav-home")) }</NavLink>
                // Beside the app's name, before the screens' links: read, tabbed and seen in one
                // order at every width (on a phone the links take the rows below).
                <LanguagePicker />
                <ul>
                    <li><NavLink to={Route::Assess} current={is(|r| matches!(r, Route::Assess | Route::AssessPillar { .. }))}>{ tr.t(k!("nav-assess")) }</NavLink></li>
                    <li><NavLink to={Route::Results} current={is(|r| *r == Route::Results)}>{ tr.t(k!("nav-results")) }</NavLink></li>
                    <li><NavLink to={Route::Plan} current={is(|r| *r == Route::Plan)}>{ tr.t(k!("nav-plan")) }</NavLink></li>
                    <li><NavLink to={Route::History} current={is(|r| *r == Route::History)}>{ tr.t(k!("nav-history")) }</NavLink></li>
                    <li><NavLink to={Route::Library} current={is(|r| *r == Route::Library)}>{ tr.t(k!("nav-library")) }</NavLink></li>
                    <li><NavLink to={Route::Board} current={is(|r| *r == Route::Board)}>{ tr.t(k!("nav-board")) }</NavLink></li>
                    <li><NavLink to={Route::Data} current={is(|r| *r == Route::Data)}>{ tr.t(k!("nav-data")) }</NavLink></li>
                </ul>
            </nav>
        </header>
    }
}
