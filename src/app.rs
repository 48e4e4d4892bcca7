//! The routes, the frame around every screen (skip link, nav, status), and the router switch.
use crate::components::nav::Nav;
use crate::components::status::StatusBanner;
use crate::hooks::AppProvider;
use crate::i18n::{use_tr, I18nProvider, Tr};
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
    /// The plan to grow.
    #[at("/plan")]
    Plan,
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
    /// The facilitator's workshop boards.
    #[at("/board")]
    Board,
    /// A team picture someone shared: aggregates only, read-only (`core::board::TEAM_ROUTE`).
    #[at("/t/:code")]
    Team { code: String },
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
    /// The catalogue id of the screen's main heading (shown too while its code is still arriving).
    pub fn heading_id(&self) -> &'static str {
        match self {
            Route::Home => "heading-home",
            Route::Assess | Route::AssessPillar { .. } => "heading-assess",
            Route::Results => "heading-results",
            Route::History => "heading-history",
            Route::Plan => "heading-plan",
            Route::Library => "heading-library",
            Route::Shared { .. } => "heading-shared",
            Route::SharedCollection { .. } => "heading-collection",
            Route::Data => "heading-data",
            Route::Board => "heading-board",
            Route::Team { .. } => "heading-team",
            Route::NotFound => "heading-not-found",
        }
    }

    /// The browser tab's title for this screen.
    pub fn title(&self, tr: &Tr) -> String {
        match self {
            Route::Home => tr.t("title-home"),
            other => tr.tf(
                "title-screen",
                &[("screen", tr.t(other.heading_id()).as_str().into())],
            ),
        }
    }
}

/// On a change of screen: names the tab after it and moves focus to the content, so keyboard and
/// screen-reader users start at the new screen rather than in the navigation.
#[component]
fn ScreenChange() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let tr = use_tr();
    let title = route.title(&tr);
    use_effect_with(title, |title| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(title);
        }
    });
    let first = use_mut_ref(|| true);
    let previous = use_mut_ref(|| None::<Route>);
    use_effect_with(route, move |route| {
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
fn Footer() -> Html {
    let tr = use_tr();
    html! {
        <footer class="site-footer no-print">
            <p>{ tr.t("footer-privacy") }</p>
        </footer>
    }
}

#[component]
pub fn App() -> Html {
    // Once the first screen is drawn, fetch the other screens' code so they open at once.
    use_effect_with((), |_| crate::lazy::preload());
    html! {
        <HashRouter>
            <I18nProvider>
            <AppProvider>
                <ScreenChange />
                <Nav />
                <StatusBanner />
                <main id="main" tabindex="-1">
                    <Switch<Route> render={switch} />
                </main>
                <Footer />
            </AppProvider>
            </I18nProvider>
        </HashRouter>
    }
}
