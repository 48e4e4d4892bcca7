//! What sort of thing a resource is: article, course, book, ...
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What sort of thing a resource is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Article,
    Course,
    Book,
    Video,
    Podcast,
    Community,
    Standard,
    Report,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 8] = [
        Kind::Article,
        Kind::Course,
        Kind::Book,
        Kind::Video,
        Kind::Podcast,
        Kind::Community,
        Kind::Standard,
        Kind::Report,
    ];

    /// The id used in JSON and URLs, e.g. `"course"`.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Course => "course",
            Kind::Book => "book",
            Kind::Video => "video",
            Kind::Podcast => "podcast",
            Kind::Community => "community",
            Kind::Standard => "standard",
            Kind::Report => "report",
        }
    }

    /// Display name, e.g. `"Course"`.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Article => "Article",
            Kind::Course => "Course",
            Kind::Book => "Book",
            Kind::Video => "Video",
            Kind::Podcast => "Podcast",
            Kind::Community => "Community",
            Kind::Standard => "Standard",
            Kind::Report => "Report",
        }
    }

    /// Lenient parse for user-facing input: surrounding spaces and letter case are ignored.
    pub fn parse(s: &str) -> Option<Kind> {
        let s = s.trim();
        Kind::ALL
            .into_iter()
            .find(|k| k.id().eq_ignore_ascii_case(s))
    }

    /// Strict parse: exactly the JSON id.
    pub(crate) fn from_id(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == s)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Text that names no kind of resource.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown kind {0:?}")]
pub struct UnknownKind(pub String);

impl FromStr for Kind {
    type Err = UnknownKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::parse(s).ok_or_else(|| UnknownKind(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip() {
        for k in Kind::ALL {
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.id()));
            assert_eq!(serde_json::from_str::<Kind>(&json).unwrap(), k);
            assert_eq!(Kind::parse(k.label()), Some(k));
            assert_eq!(k.id().parse::<Kind>(), Ok(k));
            assert_eq!(k.to_string(), k.label());
        }
        assert_eq!(Kind::Course.label(), "Course");
        assert_eq!(Kind::parse("  PODCAST "), Some(Kind::Podcast));
        assert_eq!(Kind::parse("blog"), None);
        assert_eq!("blog".parse::<Kind>(), Err(UnknownKind("blog".into())));
        assert!(serde_json::from_str::<Kind>("\"Course\"").is_err());
    }
}
