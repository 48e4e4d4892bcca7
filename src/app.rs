//! The routes, the frame around every screen (skip link, nav, status), and the router switch.
use crate::components::nav::Nav;
use crate::components::status::StatusBanner;
use crate::hooks::AppProvider;
use crate::i18n::{use_tr, I18nProvider, Tr};
use crate::pages;
use crate::router::{use_route, HashRouter};
use yew::prelude::*;

/// Every screen, addressed by the URL fragment (hash routing works from any static host and offline).
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Home,
    Assess,
    AssessPillar {
        pillar: String,
    },
    Results,
    History,
    /// The plan to grow.
    Plan,
    Library,
    /// A result someone shared: the code is the encoded result.
    Shared {
        code: String,
    },
    /// A collection of resources someone shared.
    SharedCollection {
        code: String,
    },
    Data,
    /// The facilitator's workshop boards.
    Board,
    /// A team picture someone shared: aggregates only, read-only (`core::board::TEAM_ROUTE`).
    Team {
        code: String,
    },
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
    /// The screen a fragment's path names (`/library`, `/r/<code>`…); anything else is "not found".
    pub fn from_path(path: &str) -> Route {
        use crate::core::query::decode;
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        let mut parts = path.split('/');
        let (first, second, rest) = (parts.next().unwrap_or(""), parts.next(), parts.next());
        if rest.is_some() || second == Some("") {
            return Route::NotFound;
        }
        match (first, second.map(decode)) {
            ("", None) => Route::Home,
            ("assess", None) => Route::Assess,
            ("assess", Some(pillar)) => Route::AssessPillar { pillar },
            ("results", None) => Route::Results,
            ("history", None) => Route::History,
            ("plan", None) => Route::Plan,
            ("library", None) => Route::Library,
            // A link cut right after `#/r/` (or `/c/`, `/t/`) is a damaged link, not a
            // missing page: its screen says what is wrong with it.
            ("r", code) => Route::Shared {
                code: code.unwrap_or_default(),
            },
            ("c", code) => Route::SharedCollection {
                code: code.unwrap_or_default(),
            },
            ("data", None) => Route::Data,
            ("board", None) => Route::Board,
            ("t", code) => Route::Team {
                code: code.unwrap_or_default(),
            },
            _ => Route::NotFound,
        }
    }

    /// The fragment's path of this screen (without the `#`).
    pub fn to_path(&self) -> String {
        use crate::core::query::encode;
        match self {
            Route::Home => "/".into(),
            Route::Assess => "/assess".into(),
            Route::AssessPillar { pillar } => format!("/assess/{}", encode(pillar)),
            Route::Results => "/results".into(),
            Route::History => "/history".into(),
            Route::Plan => "/plan".into(),
            Route::Library => "/library".into(),
            Route::Shared { code } => format!("/r/{}", encode(code)),
            Route::SharedCollection { code } => format!("/c/{}", encode(code)),
            Route::Data => "/data".into(),
            Route::Board => "/board".into(),
            Route::Team { code } => format!("/t/{}", encode(code)),
            Route::NotFound => "/404".into(),
        }
    }

    /// The catalogue id of the screen's main heading (shown too while its code is still arriving).
    pub fn heading_id(&self) -> crate::core::i18n::Key {
        match self {
            Route::Home => k!("heading-home"),
            Route::Assess | Route::AssessPillar { .. } => k!("heading-assess"),
            Route::Results => k!("heading-results"),
            Route::History => k!("heading-history"),
            Route::Plan => k!("heading-plan"),
            Route::Library => k!("heading-library"),
            Route::Shared { .. } => k!("heading-shared"),
            Route::SharedCollection { .. } => k!("heading-collection"),
            Route::Data => k!("heading-data"),
            Route::Board => k!("heading-board"),
            Route::Team { .. } => k!("heading-team"),
            Route::NotFound => k!("heading-not-found"),
        }
    }

    /// The browser tab's title for this screen.
    pub fn title(&self, tr: &Tr) -> String {
        match self {
            Route::Home => tr.t(k!("title-home")),
            other => tr.tf(
                k!("title-screen"),
                &[("screen", tr.t(other.heading_id()).as_str().into())],
            ),
        }
    }
}

/// The frame around every screen (navigation, status, the screen, the footer). On a change of
/// screen it names the tab after it and moves focus to the content, so keyboard and screen-reader
/// users start at the new screen rather than in the navigation. (One component for all of it:
/// each component costs about 2 KB of the first screen's code.)
#[component]
fn Frame() -> Html {
    let route = use_route().unwrap_or(Route::NotFound);
    let tr = use_tr();
    let title = route.title(&tr);
    use_effect_with(title, |title| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(title);
        }
    });
    let first = use_mut_ref(|| true);
    let previous = use_mut_ref(|| None::<Route>);
    use_effect_with(route.clone(), move |route| {
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
            crate::platform::focus_new_screen();
        }
    });
    html! {
        <>
            <Nav />
            <StatusBanner />
            <main id="main" tabindex="-1">
                { switch(route) }
            </main>
            <footer class="site-footer no-print">
                <p>{ tr.t(k!("footer-privacy")) }</p>
            </footer>
        </>
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
                <Frame />
            </AppProvider>
            </I18nProvider>
        </HashRouter>
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn every_screen_has_a_path_that_leads_back_to_it() {
        let all = [
            Route::Home,
            Route::Assess,
            Route::AssessPillar {
                pillar: "spaces".into(),
            },
            Route::Results,
            Route::History,
            Route::Plan,
            Route::Library,
            Route::Shared {
                code: "AQID-_x".into(),
            },
            Route::SharedCollection {
                code: "Zm9v".into(),
            },
            Route::Data,
            Route::Board,
            Route::Team { code: "gQE".into() },
        ];
        for r in all {
            assert_eq!(Route::from_path(&r.to_path()), r, "{}", r.to_path());
        }
        assert_eq!(Route::from_path(""), Route::Home);
        assert_eq!(Route::from_path("/results/"), Route::Results);
        for unknown in ["/nope", "/r/a/b", "/assess//", "/404", "results/x"] {
            assert_eq!(Route::from_path(unknown), Route::NotFound, "{unknown}");
        }
        // A link cut after its marker opens the shared screen, which says the link is damaged.
        let empty = Route::Shared {
            code: String::new(),
        };
        assert_eq!(Route::from_path("/r/"), empty);
        assert_eq!(Route::from_path(&empty.to_path()), empty);
    }
}
