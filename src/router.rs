//! Hash routing, small: the screen is named by the URL fragment (`#/library?q=…`), which works
//! from any static host and offline. The router keeps the current [`Location`] in a context,
//! follows the browser's back and forward buttons and plain `href="#/…"` links, and offers a
//! [`Navigator`] to move in code; `crate::app` draws the screen of the route. (A router crate cost about 12 KB of the first screen's code.)
use crate::app::Route;
use std::any::Any;
use std::rc::Rc;
use yew::prelude::*;

/// Where the app is: the screen, the query string (after `?`, still encoded) and, after
/// [`Navigator::push_with_state`], a value handed to the next screen.
#[derive(Clone)]
pub struct Location {
    pub route: Route,
    query: Rc<str>,
    state: Option<Rc<dyn Any>>,
}

impl PartialEq for Location {
    fn eq(&self, other: &Self) -> bool {
        self.route == other.route
            && self.query == other.query
            && match (&self.state, &other.state) {
                (None, None) => true,
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                _ => false,
            }
    }
}

impl Location {
    /// Reads a fragment such as `#/library?q=x` (with or without the `#`).
    pub fn parse(hash: &str) -> Location {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        Location {
            route: Route::from_path(path),
            query: query.into(),
            state: None,
        }
    }

    /// The query string, still encoded (see `core::query`).
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The value the previous screen handed over, if it is a `T`.
    pub fn state<T: 'static>(&self) -> Option<Rc<T>> {
        self.state.clone()?.downcast::<T>().ok()
    }
}

fn current() -> Location {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Location::parse(&hash)
}

/// Moves the app to another screen.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    set: Callback<Location>,
}

impl Navigator {
    pub fn push(&self, route: &Route) {
        self.go(route, "", None, false);
    }
    pub fn replace(&self, route: &Route) {
        self.go(route, "", None, true);
    }
    /// Another screen with a query string (already encoded, see `core::query`).
    pub fn push_with_query(&self, route: &Route, query: &str) {
        self.go(route, query, None, false);
    }
    pub fn replace_with_query(&self, route: &Route, query: &str) {
        self.go(route, query, None, true);
    }
    /// Another screen, handing it a value (read with [`Location::state`]; gone after a reload).
    pub fn push_with_state<T: 'static>(&self, route: &Route, state: T) {
        self.go(route, "", Some(Rc::new(state)), false);
    }

    fn go(&self, route: &Route, query: &str, state: Option<Rc<dyn Any>>, replace: bool) {
        let mut hash = format!("#{}", route.to_path());
        if !query.is_empty() {
            hash.push('?');
            hash.push_str(query);
        }
        // pushState and replaceState fire no event: the context is set here.
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let null = wasm_bindgen::JsValue::NULL;
            let _ = if replace {
                history.replace_state_with_url(&null, "", Some(&hash))
            } else {
                history.push_state_with_url(&null, "", Some(&hash))
            };
        }
        self.set.emit(Location {
            state,
            ..Location::parse(&hash)
        });
    }
}

#[derive(Properties, PartialEq)]
pub struct HashRouterProps {
    pub children: Html,
}

/// Provides the [`Location`] and the [`Navigator`] to everything inside it.
#[component]
pub fn HashRouter(props: &HashRouterProps) -> Html {
    let location = use_state(current);
    let navigator = {
        let location = location.clone();
        use_memo((), move |_| Navigator {
            set: Callback::from(move |l: Location| location.set(l)),
        })
    };
    {
        let location = location.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let listen = |event: &'static str| {
                let location = location.clone();
                window.as_ref().map(|w| {
                    gloo_events::EventListener::new(w, event, move |_| {
                        let now = current();
                        if now.route != location.route || now.query != location.query {
                            location.set(now);
                        }
                    })
                })
            };
            // Back and forward (popstate) and a followed `href="#/…"` link (hashchange).
            let listeners = (listen("popstate"), listen("hashchange"));
            move || drop(listeners)
        });
    }
    html! {
        <ContextProvider<Navigator> context={(*navigator).clone()}>
            <ContextProvider<Location> context={(*location).clone()}>
                { props.children.clone() }
            </ContextProvider<Location>>
        </ContextProvider<Navigator>>
    }
}

#[hook]
pub fn use_location() -> Option<Location> {
    use_context::<Location>()
}

#[hook]
pub fn use_route() -> Option<Route> {
    use_context::<Location>().map(|l| l.route)
}

#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<Navigator>()
}

#[derive(Properties, PartialEq)]
pub struct RedirectProps {
    pub to: Route,
}

/// Sends the app to another screen in place of this address (back does not return to it).
#[component]
pub fn Redirect(props: &RedirectProps) -> Html {
    let navigator = use_navigator();
    use_effect_with(props.to.clone(), move |to| {
        if let Some(n) = navigator {
            n.replace(to);
        }
    });
    Html::default()
}
