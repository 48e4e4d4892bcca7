//! One entry of the library (or of a person's own list, or of a shared collection), and its rules.
use super::kind::Kind;
use super::url::{check_url, web_search_url, UrlError};
use crate::core::pillar::{PillarId, PillarSet};
use serde::{Deserialize, Serialize};

// Limits that keep hand-made and shared content sane.
pub const MAX_ID_CHARS: usize = 200;
pub const MAX_TITLE_CHARS: usize = 500;
pub const MAX_AUTHOR_CHARS: usize = 300;
pub const MAX_DESCRIPTION_CHARS: usize = 10_000;
pub const MAX_TAGS: usize = 50;
pub const MAX_TAG_CHARS: usize = 100;
pub const MAX_SOURCE_CHARS: usize = 500;

/// One entry of the library (or of a person's own list, or of a shared collection).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: String,
    pub title: String,
    /// `None` when not given: a person's own resource without one, or a library entry whose
    /// source names none (its field left out of the file, never words standing in for a name).
    #[serde(with = "wire::author", default)]
    pub author: Option<String>,
    pub kind: Kind,
    /// At least one.
    pub pillars: Vec<PillarId>,
    /// `None` when the person did not give one.
    #[serde(with = "wire::description")]
    pub description: Option<String>,
    /// Approximate time to work through it; 0 = unknown.
    #[serde(default)]
    pub minutes: u32,
    /// A safe http(s) address, or empty when there is none (see [`web_search_url`]).
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Reference to the seed material the entry was curated from.
    #[serde(default)]
    pub source: String,
}

/// The fields of a resource, in the order a collection link lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Id,
    Title,
    Author,
    Kind,
    Pillars,
    Description,
    Minutes,
    Url,
    Tags,
    Source,
}

impl Field {
    pub const ALL: [Field; 10] = [
        Field::Id,
        Field::Title,
        Field::Author,
        Field::Kind,
        Field::Pillars,
        Field::Description,
        Field::Minutes,
        Field::Url,
        Field::Tags,
        Field::Source,
    ];

    /// The field's name in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Title => "title",
            Field::Author => "author",
            Field::Kind => "kind",
            Field::Pillars => "pillars",
            Field::Description => "description",
            Field::Minutes => "minutes",
            Field::Url => "url",
            Field::Tags => "tags",
            Field::Source => "source",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// Why a resource was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResourceError {
    #[error("the {} is missing", .0.key())]
    Missing(Field),
    #[error("the id is too long or has control characters")]
    BadId,
    #[error("the {} is longer than {max} characters", .field.key())]
    TooLong { field: Field, max: usize },
    #[error("the {} is not text", .0.key())]
    NotText(Field),
    #[error("the {} is not a list of text", .0.key())]
    NotAList(Field),
    #[error("the minutes are not a whole number")]
    BadMinutes,
    #[error("unknown kind {0:?}")]
    UnknownKind(String),
    #[error("no pillar")]
    NoPillar,
    #[error("unknown pillar {0:?}")]
    UnknownPillar(String),
    #[error("pillar {0} listed twice")]
    DuplicatePillar(PillarId),
    #[error(transparent)]
    Url(#[from] UrlError),
    #[error("more than {MAX_TAGS} tags")]
    TooManyTags,
    #[error("an empty tag")]
    EmptyTag,
    #[error("a tag longer than {MAX_TAG_CHARS} characters")]
    TagTooLong,
    #[error("not an object")]
    NotAnObject,
    #[error("unexpected field {0:?}")]
    UnexpectedField(String),
}

impl Resource {
    /// Checks every field.
    pub fn validate(&self) -> Result<(), ResourceError> {
        self.validate_texts()?;
        self.validate_rest()
    }

    /// The checks of the id, title, author and description (the first of [`Resource::validate`]).
    pub fn validate_texts(&self) -> Result<(), ResourceError> {
        if self.id.trim().is_empty() {
            return Err(ResourceError::Missing(Field::Id));
        }
        if self.id.chars().count() > MAX_ID_CHARS || self.id.chars().any(char::is_control) {
            return Err(ResourceError::BadId);
        }
        text_field(Field::Title, Some(&self.title), MAX_TITLE_CHARS)?;
        text_field(Field::Author, self.author.as_deref(), MAX_AUTHOR_CHARS)?;
        text_field(
            Field::Description,
            self.description.as_deref(),
            MAX_DESCRIPTION_CHARS,
        )
    }

    fn validate_rest(&self) -> Result<(), ResourceError> {
        if self.pillars.is_empty() {
            return Err(ResourceError::NoPillar);
        }
        let mut seen = PillarSet::default();
        for &p in &self.pillars {
            if !seen.insert(p) {
                return Err(ResourceError::DuplicatePillar(p));
            }
        }
        check_url(&self.url)?;
        if self.tags.len() > MAX_TAGS {
            return Err(ResourceError::TooManyTags);
        }
        for t in &self.tags {
            if t.trim().is_empty() {
                return Err(ResourceError::EmptyTag);
            }
            if t.chars().count() > MAX_TAG_CHARS {
                return Err(ResourceError::TagTooLong);
            }
        }
        if self.source.chars().count() > MAX_SOURCE_CHARS {
            return Err(ResourceError::TooLong {
                field: Field::Source,
                max: MAX_SOURCE_CHARS,
            });
        }
        Ok(())
    }

    /// Validates and returns the resource with its web address normalised (trimmed, lowercase scheme).
    pub fn normalized(mut self) -> Result<Resource, ResourceError> {
        self.validate()?;
        self.url = check_url(&self.url)?;
        Ok(self)
    }

    /// Where to send a reader: the resource's own address, or a web search for it.
    pub fn link(&self) -> String {
        if self.url.is_empty() {
            web_search_url(&self.title, self.author.as_deref().unwrap_or(""))
        } else {
            self.url.clone()
        }
    }

    /// The pillars it serves, as a set.
    pub fn pillar_set(&self) -> PillarSet {
        self.pillars.iter().copied().collect()
    }
}

/// A text field that may be left out (`None`) but, when given, must say something and not be
/// too long.
fn text_field(field: Field, value: Option<&str>, max: usize) -> Result<(), ResourceError> {
    match value {
        None => Ok(()),
        Some(v) if v.trim().is_empty() => Err(ResourceError::Missing(field)),
        Some(v) if v.chars().count() > max => Err(ResourceError::TooLong { field, max }),
        Some(_) => Ok(()),
    }
}

/// How an author or description that was not given is written in stored data, files and links.
///
/// Builds before these fields were optional required them, so a resource without one is still
/// written with these words (and read back as `None`): anything written stays readable by them.
/// Nothing else sees the words: in memory the field is `None`, and the UI chooses what to show.
pub mod wire {
    /// The author written for a resource that has none.
    pub const NO_AUTHOR: &str = "Author not given";
    /// The description written for a resource that has none.
    pub const NO_DESCRIPTION: &str = "No description given.";

    macro_rules! optional_text {
        ($name:ident, $placeholder:expr) => {
            pub mod $name {
                use serde::{Deserialize, Deserializer, Serializer};

                pub fn serialize<S: Serializer>(
                    v: &Option<String>,
                    s: S,
                ) -> Result<S::Ok, S::Error> {
                    s.serialize_str(v.as_deref().unwrap_or($placeholder))
                }

                pub fn deserialize<'de, D: Deserializer<'de>>(
                    d: D,
                ) -> Result<Option<String>, D::Error> {
                    Ok(super::read(String::deserialize(d)?, $placeholder))
                }
            }
        };
    }
    optional_text!(author, super::NO_AUTHOR);
    optional_text!(description, super::NO_DESCRIPTION);

    /// The text as read: the placeholder is `None`.
    pub fn read(s: String, placeholder: &str) -> Option<String> {
        (s != placeholder).then_some(s)
    }

    /// The text as written.
    pub fn write<'a>(v: &'a Option<String>, placeholder: &'a str) -> &'a str {
        v.as_deref().unwrap_or(placeholder)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_fields_default() {
        let r: Resource = serde_json::from_str(
            r#"{"id":"a","title":"T","author":"A","kind":"book","pillars":["spaces"],"description":"D"}"#,
        )
        .unwrap();
        assert_eq!(
            (r.minutes, r.url.as_str(), r.tags.len(), r.source.as_str()),
            (0, "", 0, "")
        );
        assert!(r.validate().is_ok());
        assert!(r.link().starts_with("https://duckduckgo.com/?q=T%20A"));
    }

    #[test]
    fn an_author_or_description_not_given_is_none_and_written_as_before() {
        let json = r#"{"id":"a","title":"T","author":"Author not given","kind":"book","pillars":["spaces"],"description":"No description given.","minutes":0,"url":"","tags":[],"source":""}"#;
        let r: Resource = serde_json::from_str(json).unwrap();
        assert_eq!(
            (r.author.as_deref(), r.description.as_deref()),
            (None, None)
        );
        assert!(r.validate().is_ok());
        assert_eq!(serde_json::to_string(&r).unwrap(), json);
        // The web search for it uses the title alone.
        assert_eq!(r.link(), "https://duckduckgo.com/?q=T");
        // Given but blank is still refused.
        let blank = Resource {
            author: Some(" ".into()),
            ..r
        };
        assert_eq!(blank.validate(), Err(ResourceError::Missing(Field::Author)));
    }
}
