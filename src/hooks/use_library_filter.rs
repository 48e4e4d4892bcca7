//! The library's search and filters, kept in the address (so a filtered view can be linked and
//! survives a reload), and the "bookmarked only" switch kept with the screen.
use crate::app::Route;
use crate::core::search::Filter;
use crate::router::*;
use yew::prelude::*;

/// What the library shows, and how to change it.
#[derive(Clone, PartialEq)]
pub struct LibraryFilter {
    pub filter: Filter,
    pub bookmarked_only: bool,
    set_filter: Callback<Filter>,
    set_bookmarked_only: Callback<bool>,
}

impl LibraryFilter {
    /// Whether anything narrows the list.
    pub fn narrowed(&self) -> bool {
        !self.filter.q.is_empty()
            || self.filter.pillar_id().is_some()
            || self.filter.kind().is_some()
            || self.bookmarked_only
    }
    pub fn set_query(&self, q: String) {
        self.set_filter.emit(Filter {
            q,
            ..self.filter.clone()
        });
    }
    pub fn set_pillar(&self, pillar: String) {
        self.set_filter.emit(Filter {
            pillar,
            ..self.filter.clone()
        });
    }
    pub fn set_kind(&self, kind: String) {
        self.set_filter.emit(Filter {
            kind,
            ..self.filter.clone()
        });
    }
    pub fn set_bookmarked_only(&self, on: bool) {
        self.set_bookmarked_only.emit(on);
    }
    /// Back to the whole library.
    pub fn clear(&self) {
        self.set_bookmarked_only.emit(false);
        self.set_filter.emit(Filter::default());
    }
}

#[hook]
pub fn use_library_filter() -> LibraryFilter {
    let location = use_location();
    let navigator = use_navigator();
    let bookmarked_only = use_state(|| false);
    let filter: Filter = location
        .as_ref()
        .map(|l| Filter::from_query(l.query()))
        .unwrap_or_default();
    let set_filter = Callback::from(move |f: Filter| {
        if let Some(nav) = &navigator {
            if f.q.is_empty() && f.pillar.is_empty() && f.kind.is_empty() {
                nav.replace(&Route::Library);
            } else {
                nav.replace_with_query(&Route::Library, &f.to_query());
            }
        }
    });
    let set_bookmarked_only = {
        let b = bookmarked_only.clone();
        Callback::from(move |on: bool| b.set(on))
    };
    LibraryFilter {
        filter,
        bookmarked_only: *bookmarked_only,
        set_filter,
        set_bookmarked_only,
    }
}
