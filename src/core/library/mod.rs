//! The resource library: the curated content, loaded and validated, and the built-in copy.
//!
//! Pure Rust: no browser types. The shipped content is `assets/content/library.json`.
mod kind;
mod resource;
mod url;

#[cfg(test)]
pub(crate) mod fixtures;

pub use kind::{Kind, UnknownKind};
pub use resource::{wire, Field, Resource, ResourceError, MAX_TAGS, MAX_TAG_CHARS};
pub use url::{check_typed_url, check_url, web_search_url, UrlError, MAX_URL_LEN};

use crate::core::search::SearchIndex;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Why a library file was refused (for the people who edit it: `cargo test` reports it).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LibraryError {
    #[error("library file: {0}")]
    Json(String),
    #[error("library file: version must be at least 1")]
    Version,
    #[error("library file, resource “{id}”: {error}")]
    Resource { id: String, error: ResourceError },
    #[error("library file: duplicate resource id “{0}”")]
    DuplicateId(String),
    #[error("library file: “{0}” is listed as archived but is not a resource")]
    UnknownArchived(String),
}

/// The curated library.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    pub version: u8,
    /// Ids of resources whose community or site has closed: shown as archived and recommended
    /// last. Kept here rather than on each resource so that collections, links and stored data,
    /// which carry resources, stay as they were and readable by earlier builds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub archived: Vec<String>,
    pub resources: Vec<Resource>,
}

/// The shipped library, embedded where the build does not fetch it (tests, unsplit builds): the
/// split release keeps it out of the wasm and installs it with [`Library::install_builtin`] when
/// the screens that use it are fetched (`crate::lazy`).
#[cfg(not(feature = "split"))]
const BUILTIN_JSON: &str = include_str!("../../../assets/content/library.json");

thread_local! {
    static INSTALLED: std::cell::Cell<Option<&'static Library>> = const { std::cell::Cell::new(None) };
}

impl Library {
    /// Parses and validates a library file: known fields only, unique ids, known pillars,
    /// non-empty title/author/description and safe (or empty) web addresses.
    pub fn from_json(text: &str) -> Result<Library, LibraryError> {
        let lib: Library =
            serde_json::from_str(text).map_err(|e| LibraryError::Json(e.to_string()))?;
        if lib.version == 0 {
            return Err(LibraryError::Version);
        }
        let mut ids = HashSet::new();
        let mut resources = Vec::with_capacity(lib.resources.len());
        for r in lib.resources {
            let id = r.id.clone();
            let r = r.normalized().map_err(|error| LibraryError::Resource {
                id: id.clone(),
                error,
            })?;
            if !ids.insert(id.clone()) {
                return Err(LibraryError::DuplicateId(id));
            }
            resources.push(r);
        }
        if let Some(id) = lib.archived.iter().find(|a| !ids.contains(a.as_str())) {
            return Err(LibraryError::UnknownArchived(id.clone()));
        }
        Ok(Library {
            version: lib.version,
            archived: lib.archived,
            resources,
        })
    }

    /// The library shipped with the app (validated by the test suite). Never panics: a broken
    /// or missing file gives an empty library.
    pub fn builtin() -> &'static Library {
        if let Some(lib) = INSTALLED.get() {
            return lib;
        }
        static FALLBACK: OnceLock<Library> = OnceLock::new();
        FALLBACK.get_or_init(|| {
            let empty = Library {
                version: 1,
                archived: Vec::new(),
                resources: Vec::new(),
            };
            #[cfg(not(feature = "split"))]
            let lib = Library::from_json(BUILTIN_JSON).unwrap_or(empty);
            #[cfg(feature = "split")]
            let lib = empty;
            lib
        })
    }

    /// Makes a library file fetched at run time the built-in library (once; later calls keep the
    /// first). Must run before anything reads [`Library::builtin`] or its index.
    pub fn install_builtin(text: &str) -> Result<(), LibraryError> {
        if INSTALLED.get().is_none() {
            let lib: &'static Library = Box::leak(Box::new(Library::from_json(text)?));
            INSTALLED.set(Some(lib));
        }
        Ok(())
    }

    /// A search index over [`Library::builtin`], built on first use.
    pub fn builtin_index() -> &'static SearchIndex {
        static I: OnceLock<SearchIndex> = OnceLock::new();
        I.get_or_init(|| SearchIndex::new(&Library::builtin().resources))
    }

    pub fn get(&self, id: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.id == id)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.resources.iter().position(|r| r.id == id)
    }

    /// Whether the library lists the resource with this id as archived (closed).
    pub fn is_archived(&self, id: &str) -> bool {
        self.archived.iter().any(|a| a == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::search::{Filter, Query};

    const GOOD: &str = r#"{"version":1,"resources":[
        {"id":"thirty-days-connected","title":"30 Days","author":"OSSEMOOC","kind":"course",
         "pillars":["professional-learning"],"description":"d","minutes":300,
         "url":" HTTPS://example.org/x ","tags":["twitter","pln"],"source":"002"}]}"#;

    #[test]
    fn library_from_json_validates() {
        let lib = Library::from_json(GOOD).unwrap();
        assert_eq!(lib.resources[0].url, "https://example.org/x");
        assert_eq!(
            lib.get("thirty-days-connected").map(|r| r.minutes),
            Some(300)
        );
        assert_eq!(lib.position("thirty-days-connected"), Some(0));

        let bad = |from: &str, to: &str| Library::from_json(&GOOD.replace(from, to));
        assert!(bad(r#""course""#, r#""blog""#).is_err());
        assert!(bad("professional-learning", "twitter")
            .unwrap_err()
            .to_string()
            .contains("pillars"));
        assert!(matches!(
            bad(r#""title":"30 Days""#, r#""title":" ""#),
            Err(LibraryError::Resource {
                error: ResourceError::Missing(Field::Title),
                ..
            })
        ));
        assert!(bad(r#""author":"OSSEMOOC""#, r#""author":"""#).is_err());
        assert!(bad(r#""description":"d""#, r#""description":"""#).is_err());
        assert!(matches!(
            bad(" HTTPS://example.org/x ", "javascript:alert(1)"),
            Err(LibraryError::Resource {
                error: ResourceError::Url(UrlError::NotWeb),
                ..
            })
        ));
        assert!(bad(r#""source":"002""#, r#""source":"002","extra":1"#).is_err());
        assert!(bad(r#""version":1"#, r#""version":0"#).is_err());
        let twice = GOOD.replace("}]}", "},") + &GOOD[GOOD.find("{\"id").unwrap()..];
        assert!(matches!(
            Library::from_json(&twice),
            Err(LibraryError::DuplicateId(_))
        ));
        assert!(Library::from_json("not json").is_err());
    }

    #[test]
    fn archived_ids_name_resources_and_are_optional() {
        let lib = Library::from_json(GOOD).unwrap();
        assert!(lib.archived.is_empty() && !lib.is_archived("thirty-days-connected"));
        let with = |ids: &str| {
            Library::from_json(&GOOD.replace(
                r#"{"version":1,"#,
                &format!(r#"{{"version":1,"archived":{ids},"#),
            ))
        };
        let lib = with(r#"["thirty-days-connected"]"#).unwrap();
        assert!(lib.is_archived("thirty-days-connected"));
        assert!(serde_json::to_string(&lib).unwrap().contains("archived"));
        assert_eq!(
            with(r#"["nowhere"]"#),
            Err(LibraryError::UnknownArchived("nowhere".into()))
        );
        // Nothing archived, nothing written.
        let plain = Library::from_json(GOOD).unwrap();
        assert!(!serde_json::to_string(&plain).unwrap().contains("archived"));
    }

    #[test]
    fn builtin_library_is_valid() {
        // The shipped content must pass validation; otherwise the app would show no library.
        let lib = Library::from_json(BUILTIN_JSON);
        assert!(lib.is_ok(), "{:?}", lib.err());
        assert_eq!(
            Library::builtin().resources.len(),
            lib.unwrap().resources.len()
        );
        assert_eq!(
            Library::builtin_index().len(),
            Library::builtin().resources.len()
        );
    }

    #[test]
    fn builtin_resources_are_found_by_their_titles() {
        let lib = Library::builtin();
        let idx = Library::builtin_index();
        for r in &lib.resources {
            let f = Filter {
                q: r.title.clone(),
                ..Filter::default()
            };
            let hits = idx.search(&lib.resources, &f);
            let top = hits.first().map(|&i| &lib.resources[i]);
            let norm = |s: &str| Query::new(s).norm;
            assert_eq!(
                top.map(|t| norm(&t.title)),
                Some(norm(&r.title)),
                "{}",
                r.title
            );
        }
    }
}
