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
        Route::Results => html! { <pages::results::ResultsPage /> },
        Route::History => html! { <pages::history::HistoryPage /> },
        Route::Library => html! { <pages::library::LibraryPage /> },
        Route::Shared { code } => html! { <pages::shared::SharedPage {code} /> },
        Route::SharedCollection { code } => html! { <pages::library::CollectionLinkPage {code} /> },
        Route::Data => html! { <pages::data::DataPage /> },
        Route::NotFound => html! { <pages::not_found::NotFoundPage /> },
    }
}

#[component]
pub fn App() -> Html {
    html! {
        <HashRouter>
            <AppProvider>
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
