//! A collection: a set of resources a curator shares with others, as a file or, if small, as a
//! link. What both forms share: the limits, the errors, and the checks every untrusted resource
//! goes through.
use crate::core::library::{Resource, ResourceError};
use crate::core::untrusted::{Count, RawResource, Text};
use std::collections::HashSet;

/// The `format` marker of a collection file.
pub const COLLECTION_FORMAT: &str = "pillars-collection";
/// The newest collection format this build reads and writes.
pub const COLLECTION_VERSION: u64 = 1;
pub const MAX_COLLECTION_RESOURCES: usize = 2000;
/// Largest collection file accepted, in bytes (2 MB).
pub const MAX_COLLECTION_BYTES: usize = 2 * 1024 * 1024;
/// Longest link code [`Collection::to_link_code`] produces.
pub const MAX_LINK_CODE_CHARS: usize = 1800;
/// Longest link code accepted when reading (generous, for codes made by other versions).
pub(crate) const MAX_LINK_INPUT_CHARS: usize = 16_000;
pub(super) const MAX_NAME_CHARS: usize = 200;
/// Marker at the start of a link code's compact JSON.
pub(super) const LINK_MARKER: &str = "pc";

/// A set of resources a curator shares with others (as a file or, if small, as a link).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Collection {
    pub name: String,
    pub curator: String,
    pub resources: Vec<Resource>,
}

/// A text of the collection itself (not of a resource).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Name,
    Curator,
}

impl Part {
    pub fn key(self) -> &'static str {
        match self {
            Part::Name => "name",
            Part::Curator => "curator",
        }
    }
}

/// Why a collection file or link could not be used (`crate::messages` words it for the person).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CollectionError {
    #[error("larger than {MAX_COLLECTION_BYTES} bytes")]
    TooLarge,
    #[error("not JSON")]
    NotJson,
    #[error("not a Pillars collection")]
    NotACollection,
    #[error("made by a newer version")]
    NewerVersion,
    #[error("the version is missing or invalid")]
    BadVersion,
    #[error("unexpected field {0:?}")]
    UnexpectedField(String),
    #[error("the {} is longer than {MAX_NAME_CHARS} characters", .0.key())]
    TooLong(Part),
    #[error("the {} is not text", .0.key())]
    NotText(Part),
    #[error("no list of resources")]
    NoResources,
    #[error("{0} resources, more than {MAX_COLLECTION_RESOURCES}")]
    TooMany(usize),
    /// Resource `index` (0-based), named by its title or id where it has one.
    #[error("resource {}: {error}", .index + 1)]
    Resource {
        index: usize,
        label: Option<String>,
        error: ResourceError,
    },
    #[error("two resources with the id {0:?}")]
    DuplicateId(String),
    #[error("the link has no collection")]
    EmptyLink,
    #[error("the link is too long")]
    LinkTooLong,
    #[error("the link is incomplete or damaged")]
    DamagedLink,
    /// A link names a library entry (by id) that this build's library lacks.
    #[error("resource {}: unknown library entry {id:?}", .index + 1)]
    UnknownLibraryEntry { index: usize, id: String },
}

pub(super) fn check_version(v: Count) -> Result<(), CollectionError> {
    match v {
        Count::Num(COLLECTION_VERSION) => Ok(()),
        Count::Num(n) if n > COLLECTION_VERSION => Err(CollectionError::NewerVersion),
        _ => Err(CollectionError::BadVersion),
    }
}

pub(super) fn check_count(n: usize) -> Result<(), CollectionError> {
    if n > MAX_COLLECTION_RESOURCES {
        Err(CollectionError::TooMany(n))
    } else {
        Ok(())
    }
}

pub(super) fn optional_text(v: Text, part: Part) -> Result<String, CollectionError> {
    match v {
        Text::Missing | Text::Null => Ok(String::new()),
        Text::Str(s) => {
            let s = plain_name(&s);
            if s.chars().count() <= MAX_NAME_CHARS {
                Ok(s)
            } else {
                Err(CollectionError::TooLong(part))
            }
        }
        Text::Other => Err(CollectionError::NotText(part)),
    }
}

/// A name without control characters, bidirectional overrides or zero-width characters (which
/// could make "From <collection>" or "Shared by <curator>" read as something else).
pub(crate) fn plain_name(s: &str) -> String {
    s.chars()
        .filter(|&c| !(c.is_control() || super::result_link::is_disguise(c)))
        .collect()
}

/// Resource `index` of a file or link, checked.
pub(super) fn check_resource(index: usize, raw: RawResource) -> Result<Resource, CollectionError> {
    let label = raw.label();
    raw.check().map_err(|error| CollectionError::Resource {
        index,
        label,
        error,
    })
}

pub(super) fn finish_collection(
    name: String,
    curator: String,
    resources: Vec<Resource>,
) -> Result<Collection, CollectionError> {
    let mut ids = HashSet::new();
    for r in &resources {
        if !ids.insert(r.id.as_str()) {
            return Err(CollectionError::DuplicateId(r.id.clone()));
        }
    }
    Ok(Collection {
        name,
        curator,
        resources,
    })
}

/// How a collection is named where its resources are shown: "<name> by <curator>".
pub fn collection_source(name: &str, curator: &str) -> String {
    let name = name.trim();
    let name = if name.is_empty() {
        "Unnamed collection"
    } else {
        name
    };
    match curator.trim() {
        "" => name.to_string(),
        c => format!("{name} by {c}"),
    }
}

/// What a stored collection name ([`collection_source`]) was made of: the collection's name
/// (`None` when it had none) and its curator, so that a screen can say it in its own language.
/// The stored form stays the same in every language (it is the collection's key).
pub fn source_parts(source: &str) -> (Option<&str>, Option<&str>) {
    let (name, curator) = match source.rsplit_once(" by ") {
        Some((n, c)) if !n.trim().is_empty() && !c.trim().is_empty() => (n, Some(c)),
        _ => (source, None),
    };
    ((name != "Unnamed collection").then_some(name), curator)
}

/// A file name for a collection: `pillars-collection-<slug>.json`.
pub fn collection_filename(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().map(crate::core::text::lower) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "collection" } else { slug };
    format!("pillars-collection-{slug}.json")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::library::fixtures::sample;
    use crate::core::library::{check_url, web_search_url, Kind, Library};
    use crate::core::pillar::PillarId;
    use crate::core::share::collection_link::{collection_from_link_code, decode_link_code};
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
    use proptest::prelude::*;

    #[test]
    fn collection_names_and_files() {
        assert_eq!(
            collection_source(" Starters ", " Ms Ng "),
            "Starters by Ms Ng"
        );
        assert_eq!(collection_source("Starters", ""), "Starters");
        assert_eq!(collection_source("", ""), "Unnamed collection");
        // Read back into its parts, for a screen to say in its language.
        for (name, curator, parts) in [
            ("Starters", "Ms Ng", (Some("Starters"), Some("Ms Ng"))),
            ("Starters", "", (Some("Starters"), None)),
            ("", "Ms Ng", (None, Some("Ms Ng"))),
            ("", "", (None, None)),
            ("Stand by me", "Ben", (Some("Stand by me"), Some("Ben"))),
        ] {
            assert_eq!(
                source_parts(&collection_source(name, curator)),
                parts,
                "{name} / {curator}"
            );
        }
        assert_eq!(
            collection_filename("Getting started: a PLN!"),
            "pillars-collection-getting-started-a-pln.json"
        );
        assert_eq!(
            collection_filename("../../"),
            "pillars-collection-collection.json"
        );
        assert!(collection_filename(&"x".repeat(500)).len() < 70);
    }

    #[test]
    fn collection_names_drop_bidi_overrides_and_zero_width_characters() {
        let c = Collection {
            name: "Star\u{202E}ters\u{200B}".into(),
            curator: "\u{2066}Ms Ng\u{2069}\u{FEFF}".into(),
            resources: vec![],
        };
        let read = Collection::from_json(&c.to_json()).unwrap();
        assert_eq!(
            (read.name.as_str(), read.curator.as_str()),
            ("Starters", "Ms Ng")
        );
        let code = c.to_link_code_with(&[]).unwrap();
        let read = decode_link_code(&code, &[]).unwrap().collection;
        assert_eq!(
            (read.name.as_str(), read.curator.as_str()),
            ("Starters", "Ms Ng")
        );
    }

    pub fn collection() -> Collection {
        let mut rs = sample();
        rs[0].url = "https://example.com/dl".into();
        rs[0].source = "002".into();
        Collection {
            name: "Starter set".into(),
            curator: "Ms. Ng".into(),
            resources: rs,
        }
    }

    fn arb_resource() -> impl Strategy<Value = Resource> {
        (
            "[a-z0-9-]{1,12}",
            "[A-Za-zé][A-Za-z0-9 éü'\"]{0,30}",
            "[A-Z][a-z ]{0,12}",
            prop::sample::select(Kind::ALL.to_vec()),
            prop::sample::subsequence(PillarId::all().collect::<Vec<_>>(), 1..3),
            "[a-z][a-z .,]{0,60}",
            any::<u32>(),
            prop::sample::select(vec!["", "https://example.org/a?b=1", "http://x.io"]),
            prop::collection::vec("[a-z]{1,8}", 0..3),
            "[0-9]{0,3}",
        )
            .prop_map(
                |(id, title, author, kind, pillars, description, minutes, url, tags, source)| {
                    Resource {
                        id,
                        title,
                        author: Some(author),
                        kind,
                        pillars,
                        description: Some(description),
                        minutes,
                        url: url.into(),
                        tags,
                        source,
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn collections_round_trip(name in ".{0,20}", curator in "[a-zA-Z .]{0,20}",
                                  rs in prop::collection::vec(arb_resource(), 0..6)) {
            let mut seen = HashSet::new();
            let resources: Vec<Resource> = rs.into_iter().filter(|r| seen.insert(r.id.clone())).collect();
            let c = Collection { name, curator, resources };
            // Names come back without control or disguising characters.
            let read = Collection { name: plain_name(&c.name), ..c.clone() };
            prop_assert_eq!(Collection::from_json(&c.to_json()), Ok(read.clone()));
            if let Some(code) = c.to_link_code_with(&[]) {
                prop_assert!(code.len() <= MAX_LINK_CODE_CHARS);
                prop_assert_eq!(decode_link_code(&code, &[]).map(|l| (l.collection, l.unknown)), Ok((read, 0)));
            }
        }

        #[test]
        fn untrusted_text_never_panics(s in any::<String>(), b in "[A-Za-z0-9_-]{0,200}") {
            let _ = Collection::from_json(&s);
            let _ = collection_from_link_code(&s);
            let _ = collection_from_link_code(&b);
            let _ = decode_link_code(&b, &sample());
            let _ = check_url(&s);
            let _ = Library::from_json(&s);
            let _ = web_search_url(&s, &b);
        }

        #[test]
        fn json_shaped_garbage_never_panics(
            v in prop::collection::vec(prop::sample::select(vec![
                "{", "}", "[", "]", ",", ":", "\"format\"", "\"pillars-collection\"", "\"version\"",
                "1", "2", "-1", "1e99", "null", "\"resources\"", "\"title\"", "\"kind\"", "\"book\"",
                "\"pillars\"", "[\"spaces\"]", "\"x\"", "true", "\"url\"", "\"javascript:x\"",
            ]), 0..40)
        ) {
            let text = v.concat();
            let _ = Collection::from_json(&text);
            let _ = decode_link_code(&URL_SAFE_NO_PAD.encode(&text), &[]);
            let code = URL_SAFE_NO_PAD.encode(format!("[\"pc\",1,\"\",\"\",[{}]]", text));
            let _ = decode_link_code(&code, &[]);
        }
    }
}
