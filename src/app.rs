//! The routes, the frame around every screen (skip link, nav, status), and the router switch.
use crate::components::nav::Nav;
use crate::components::status::StatusBanner;
use crate::hooks::AppProvider;
use crate::pages;
use yew::prelude::*;
use yew_router::prelude::*;

/// Every screen, addressed by the URL fragment (hash routing works from any static host and offline).
#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/assess")]
    Assess,
    #[at("/assess/:pillar")]
    AssessPillar { pillar: String },
    #[at("/results")]
    Results,
    #[at("/history")]
    History,
    #[at("/library")]
    Library,
    /// A result someone shared: the code is the encoded result.
    #[at("/r/:code")]
    Shared { code: String },
    /// A collection of resources someone shared.
    #[at("/c/:code")]
    SharedCollection { code: String },
    #[at("/data")]
    Data,
    #[not_found]
    #[at("/404")]
    NotFound,
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Assess => html! { <pages::assess::AssessPage pillar={None::<String>} /> },
        Route::AssessPillar { pillar } => {
            html! { <pages::assess::AssessPage pillar={Some(pillar)} /> }
        }
        Route::NotFound => html! { <pages::not_found::NotFoundPage /> },
        // Every other screen lives in the second wasm chunk, off the first visit's critical path.
        other => crate::lazy::screen(other),
    }
}

impl Route {
    /// The screen's main heading, shown while its code is still arriving.
    pub fn heading(&self) -> &'static str {
        match self {
            Route::Home => "The seven pillars of digital leadership",
            Route::Assess | Route::AssessPillar { .. } => "Assess yourself",
            Route::Results => "Your results",
            Route::History => "Your history",
            Route::Library => "Resource library",
            Route::Shared { .. } => "A shared result",
            Route::SharedCollection { .. } => "Shared collection",
            Route::Data => "Your data",
            Route::NotFound => "Page not found",
        }
    }

    /// The browser tab's title for this screen.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Home => "Pillars: digital leadership self-assessment",
            Route::Assess | Route::AssessPillar { .. } => "Assess yourself · Pillars",
            Route::Results => "Your results · Pillars",
            Route::History => "Your history · Pillars",
            Route::Library => "Resource library · Pillars",
            Route::Shared { .. } => "A shared result · Pillars",
            Route::SharedCollection { .. } => "A shared collection · Pillars",
            Route::Data => "Your data · Pillars",
            Route::NotFound => "Page not found · Pillars",
        }
    }
}

/// On a change of screen: names the tab after it and moves focus to the content, so keyboard and
/// screen-reader users start at the new screen rather than in the navigation.
#[component]
fn ScreenChange() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let first = use_mut_ref(|| true);
    let previous = use_mut_ref(|| None::<Route>);
    use_effect_with(route, move |route| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(route.title());
        }
        let was = previous.borrow_mut().replace(route.clone());
        // Moving between pillars focuses the pillar's own heading (see the Assess page).
        let between_pillars = matches!(
            (&was, route),
            (
                Some(Route::AssessPillar { .. } | Route::Assess),
                Route::AssessPillar { .. }
            )
        );
        if !std::mem::replace(&mut *first.borrow_mut(), false) && !between_pillars {
            crate::platform::focus_by_id("main");
        }
    });
    html! {}
}

#[component]
pub fn App() -> Html {
    // Once the first screen is drawn, fetch the other screens' code so they open at once.
    use_effect_with((), |_| crate::lazy::preload());
    html! {
        <HashRouter>
            <AppProvider>
                <ScreenChange />
                <Nav />
                <StatusBanner />
                <main id="main" tabindex="-1">
                    <Switch<Route> render={switch} />
                </main>
                <footer class="site-footer no-print">
                    <p>{ "Pillars keeps everything in this browser. Nothing leaves your device unless you share it." }</p>
                </footer>
            </AppProvider>
        </HashRouter>
    }
}
