//! Every error of the core, in the words the person sees. The core's errors are enums that
//! carry no sentences; this is the one place that turns them into text (and the place where the
//! language catalogue will plug in).
use crate::core::draft::{DraftError, DraftErrors};
use crate::core::library::{Field, Kind, ResourceError, UnknownKind, UrlError, MAX_URL_LEN};
use crate::core::pillar::PillarId;
use crate::core::share::result_link::DecodeError;
use crate::core::share::{CollectionError, MAX_COLLECTION_RESOURCES};
use crate::core::text::clip;
use crate::core::transfer::ImportError;

const NOT_A_COLLECTION: &str = "This isn't a Pillars collection.";
const NEWER_VERSION: &str = "This collection was made with a newer version of Pillars. Reload the app to update it, then try again.";
const DAMAGED_LINK: &str = "This collection link is incomplete or damaged. Check that the whole link was copied, or ask for it again.";

/// Why a web address can't be added.
pub fn url_error(e: &UrlError) -> String {
    match e {
        UrlError::NotWeb => "Only web addresses starting with http:// or https:// can be added.".into(),
        UrlError::MissingHost => "That web address has no site name after http:// or https://.".into(),
        UrlError::BadHost => "The site name in that web address isn't valid.".into(),
        UrlError::Spaces => "Web addresses can't contain spaces or invisible characters.".into(),
        UrlError::BadCharacters => "That web address contains characters that aren't allowed, such as quotes, angle brackets or backslashes.".into(),
        UrlError::Credentials => "Web addresses that include a user name or password can't be added.".into(),
        UrlError::TooLong => {
            debug_assert_eq!(MAX_URL_LEN, 2000);
            "That web address is too long (the limit is 2,000 characters).".into()
        }
    }
}

/// Text that names no kind of resource.
pub fn unknown_kind(e: &UnknownKind) -> String {
    format!(
        "“{}” isn't a known kind of resource (expected one of: {}).",
        clip(&e.0, 40),
        Kind::ALL.map(Kind::id).join(", ")
    )
}

/// Why a resource was refused.
pub fn resource_error(e: &ResourceError) -> String {
    use ResourceError as E;
    match e {
        E::Missing(Field::Kind) => "The kind of resource is missing.".into(),
        E::Missing(f) => format!("The {} is missing.", f.key()),
        E::BadId => "The id is too long or contains invisible characters.".into(),
        E::TooLong { field, max } => format!(
            "The {} is too long (the limit is {max} characters).",
            field.key()
        ),
        E::NotText(Field::Kind) => "The kind of resource should be text.".into(),
        E::NotText(Field::Url) => "The web address should be text.".into(),
        E::NotText(f) => format!("The {} should be text.", f.key()),
        E::NotAList(Field::Tags) => "The tags should be a list of words.".into(),
        E::NotAList(_) => "The pillars should be a list of pillar ids.".into(),
        E::BadMinutes => "The time in minutes should be a whole number.".into(),
        E::UnknownKind(k) => unknown_kind(&UnknownKind(k.clone())),
        E::NoPillar => "It isn't linked to any pillar.".into(),
        E::UnknownPillar(p) => format!(
            "“{}” is not one of the seven pillars (expected one of: {}).",
            clip(p, 40),
            PillarId::all()
                .map(PillarId::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        E::DuplicatePillar(p) => format!("The pillar “{p}” is listed twice."),
        E::Url(u) => url_error(u),
        E::TooManyTags => format!(
            "It has too many tags (the limit is {}).",
            crate::core::library::MAX_TAGS
        ),
        E::EmptyTag => "One of the tags is empty.".into(),
        E::TagTooLong => format!(
            "A tag is too long (the limit is {} characters).",
            crate::core::library::MAX_TAG_CHARS
        ),
        E::NotAnObject => "It isn't in the expected form.".into(),
        E::UnexpectedField(k) => format!("It has an unexpected field “{}”.", clip(k, 40)),
    }
}

/// Why a collection file or link can't be used.
pub fn collection_error(e: &CollectionError) -> String {
    use CollectionError as E;
    match e {
        E::TooLarge => {
            "This file is too large to be a Pillars collection (the limit is 2 MB).".into()
        }
        E::NotJson => {
            "This file can't be read: it isn't valid JSON, so it isn't a Pillars collection."
                .into()
        }
        E::NotACollection => NOT_A_COLLECTION.into(),
        E::NewerVersion => NEWER_VERSION.into(),
        E::BadVersion => {
            "This collection is damaged: its version number is missing or invalid.".into()
        }
        E::UnexpectedField(k) => format!(
            "This collection file has an unexpected field “{}”.",
            clip(k, 40)
        ),
        E::TooLong(part) => format!(
            "The collection's {} is too long (the limit is 200 characters).",
            part.key()
        ),
        E::NotText(part) => format!(
            "This collection is damaged: its {} isn't text.",
            part.key()
        ),
        E::NoResources => "This collection is damaged: it has no list of resources.".into(),
        E::TooMany(n) => format!(
            "This collection has {n} resources; the limit is {MAX_COLLECTION_RESOURCES}."
        ),
        E::Resource {
            index,
            label,
            error,
        } => match label {
            Some(l) => format!(
                "Resource {} (“{}”): {}",
                index + 1,
                clip(l, 60),
                resource_error(error)
            ),
            None => format!("Resource {}: {}", index + 1, resource_error(error)),
        },
        E::DuplicateId(id) => format!(
            "Two resources in this collection have the same id (“{}”).",
            clip(id, 60)
        ),
        E::EmptyLink => "This link doesn't contain a collection.".into(),
        E::LinkTooLong => "This link is too long to be a Pillars collection link.".into(),
        E::DamagedLink => DAMAGED_LINK.into(),
        E::UnknownLibraryEntry { index, id } => format!(
            "Resource {} refers to a library entry (“{}”) that this version of Pillars doesn't have. Reload the app to update it, then try again.",
            index + 1,
            clip(id, 60)
        ),
    }
}

/// Why an export file can't be imported.
pub fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::TooLarge => "This file is too large to be a Pillars export (over 5 MB).".into(),
        ImportError::NotJson => "This file is not a Pillars export: it is not valid JSON. Choose the .json file that Pillars downloaded.".into(),
        ImportError::NotAnExport => "This file is not a Pillars export (it does not say it comes from Pillars).".into(),
        ImportError::IsCollection => "This is a resource collection, not a full export. Import it from the Library screen.".into(),
        ImportError::NewerVersion => "This file was made by a newer version of Pillars. Reload the app to update it, then try again.".into(),
        ImportError::UnknownFormat => "This export's format is not one this version of Pillars can read.".into(),
        ImportError::Damaged(why) => format!("This Pillars export is damaged and cannot be read ({why}). Nothing was changed."),
    }
}

/// Why a result link can't be opened, for the person who pasted it.
pub fn decode_error(e: &DecodeError) -> String {
    use DecodeError as E;
    match *e {
        E::Empty => String::from(
            "There is no result link here. Paste the whole share link you received \
             (or the code after \u{201c}/r/\u{201d}) and try again.",
        ),
        E::NotACode => String::from(
            "This is not a result link: it contains characters a Pillars result link never \
             has. Check that you pasted the right link, or ask the sender to copy it again.",
        ),
        E::Truncated => String::from(
            "This link is incomplete: part of it seems to have been cut off. \
             Ask the sender to copy the whole link again.",
        ),
        E::ChecksumMismatch => String::from(
            "This link is damaged: part of it was changed or cut off on the way, so the \
             result cannot be shown. Ask the sender to copy the whole link again.",
        ),
        E::NewerVersion { .. } => String::from(
            "This result was made with a newer version of the questionnaire than this copy \
             of the app has. Reload the page to update the app, then open the link again.",
        ),
        E::OlderVersion { .. } => String::from(
            "This result was made with an older version of the questionnaire, whose \
             questions have since changed, so it can no longer be shown. Ask the sender to \
             take the self-assessment again and share a new link.",
        ),
        E::UnknownFormat => String::from(
            "This does not look like a Pillars result link, or it was made by a newer \
             version of the app. Check that you pasted the right link; if you did, reload \
             the page to update the app and try again.",
        ),
        E::WrongItemCount { found, expected } => format!(
            "This result does not match the questions in this app: it has {found} answers \
             where this questionnaire has {expected} questions. Reload the page to update \
             the app; if that does not help, ask the sender to share a new link."
        ),
        E::InvalidAnswer { item } => format!(
            "This link contains an answer that is not valid (question {item}), so it \
             seems to be damaged. Ask the sender to copy the whole link again."
        ),
        E::InvalidName => String::from(
            "The name in this link cannot be read, so the link seems to be damaged. \
             Ask the sender to copy the whole link again.",
        ),
        E::InvalidDate => String::from(
            "The date in this link is not a valid date, so the link seems to be damaged. \
             Ask the sender to share a new link.",
        ),
        E::TrailingBytes => String::from(
            "This link has extra characters at the end that do not belong to it. Check that \
             you copied only the link, or ask the sender to copy it again.",
        ),
    }
}

/// One field's problem in the resource form.
pub fn draft_error(e: &DraftError) -> String {
    match e {
        DraftError::NoTitle => "Give the resource a title.".into(),
        DraftError::NoPillar => "Choose at least one pillar this resource serves.".into(),
        DraftError::BadMinutes => {
            "Enter the time as a whole number of minutes (for example 30), or leave it empty."
                .into()
        }
    }
}

/// The resource form's problems, field by field, in words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftMessages {
    pub title: Option<String>,
    pub url: Option<String>,
    pub pillars: Option<String>,
    pub minutes: Option<String>,
    pub general: Option<String>,
}

pub fn draft_errors(e: &DraftErrors) -> DraftMessages {
    DraftMessages {
        title: e.title.as_ref().map(draft_error),
        url: e.url.as_ref().map(url_error),
        pillars: e.pillars.as_ref().map(draft_error),
        minutes: e.minutes.as_ref().map(draft_error),
        general: e.general.as_ref().map(resource_error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::share::collection_tests_support::{
        collection, decode_link_code, MAX_LINK_INPUT_CHARS,
    };
    use crate::core::share::{Collection, MAX_COLLECTION_BYTES};
    use crate::core::transfer::parse_export;
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};

    #[test]
    fn url_messages() {
        assert_eq!(
            url_error(&UrlError::NotWeb),
            "Only web addresses starting with http:// or https:// can be added."
        );
    }

    #[test]
    fn kind_messages() {
        assert!(unknown_kind(&"blog".parse::<Kind>().unwrap_err()).contains("article"));
    }

    #[test]
    fn draft_messages() {
        let e = crate::core::draft::Draft::default()
            .to_resource("x")
            .unwrap_err();
        let m = draft_errors(&e);
        assert_eq!(m.title.as_deref(), Some("Give the resource a title."));
        assert_eq!(
            m.pillars.as_deref(),
            Some("Choose at least one pillar this resource serves.")
        );
    }

    #[test]
    fn import_messages() {
        let err = |text: &str| import_error(&parse_export(text).unwrap_err());
        assert!(err("hello").contains("not valid JSON"));
        assert!(err("{\"a\":1}").contains("not a Pillars export"));
        assert!(err(&collection().to_json()).contains("collection"));
        assert!(err("{\"kind\":\"pillars-export\",\"format\":99}").contains("newer"));
        let broken = "{\"kind\":\"pillars-export\",\"format\":1,\"exported\":\"x\",\"data\":{\"history\":7}}";
        assert!(err(broken).contains("damaged"));
    }

    #[test]
    fn collection_errors_are_clear() {
        let json = collection().to_json();
        let err = |text: &str| collection_error(&Collection::from_json(text).unwrap_err());
        assert!(err("hello").contains("isn't valid JSON"));
        assert_eq!(err("[1,2]"), NOT_A_COLLECTION);
        assert_eq!(err(r#"{"version":1,"resources":[]}"#), NOT_A_COLLECTION);
        assert_eq!(
            err(&json.replace("pillars-collection", "other")),
            NOT_A_COLLECTION
        );
        assert!(err(&json.replace("\"version\": 1", "\"version\": 2")).contains("newer version"));
        assert!(err(&json.replace("\"version\": 1", "\"version\": \"1\"")).contains("version"));
        assert!(err(&json.replacen("\"book\"", "\"blog\"", 1))
            .starts_with("Resource 1 (“Digital Leadership”): “blog” isn't a known kind"));
        assert_eq!(
            err(&json.replace("https://example.com/dl", "javascript:alert(1)")),
            "Resource 1 (“Digital Leadership”): Only web addresses starting with http:// or https:// can be added."
        );
        assert_eq!(
            err(&json.replace("\"title\": \"Branding Your School\",", "")),
            "Resource 4 (“school-branding”): The title is missing."
        );
        assert!(
            err(&json.replace("\"spaces\"", "\"space\"")).contains("not one of the seven pillars")
        );
        assert!(err(&json.replace("\"minutes\": 60", "\"minutes\": -1")).contains("whole number"));
        assert!(err(&json.replace("\"minutes\": 60", "\"extra\": 60")).contains("unexpected field"));
        assert!(
            err(&json.replace("\"twitter-chats\"", "\"digital-leadership\"")).contains("same id")
        );
        assert!(err(&json.replacen("\"resources\"", "\"stuff\"", 1)).contains("unexpected field"));
        assert!(err(&json.replace("Ms. Ng", &"x".repeat(300))).contains("curator"));
        assert!(err(&" ".repeat(MAX_COLLECTION_BYTES + 1)).contains("2 MB"));
    }

    #[test]
    fn link_code_errors_are_clear() {
        let enc = |json: &str| URL_SAFE_NO_PAD.encode(json);
        let err = |code: &str| collection_error(&decode_link_code(code, &[]).unwrap_err());
        assert_eq!(err("!!!"), DAMAGED_LINK);
        assert_eq!(err(&enc("{")), DAMAGED_LINK);
        assert!(err("").contains("doesn't contain"));
        assert_eq!(err(&enc("{}")), NOT_A_COLLECTION);
        assert_eq!(err(&enc(r#"["xx",1,"","",[]]"#)), NOT_A_COLLECTION);
        assert!(err(&enc(r#"["pc",9,"","",[]]"#)).contains("newer version"));
        assert_eq!(err(&enc(r#"["pc",1,"","",[1]]"#)), DAMAGED_LINK);
        assert!(err(&enc(
            r#"["pc",1,"","",[["a","T","A","blog",["spaces"],"D"]]]"#
        ))
        .contains("“blog” isn't a known kind"));
        assert!(err(&enc(
            r#"["pc",1,"","",[["a","T","A","book",["spaces"],"D",0,"data:x"]]]"#
        ))
        .contains("http://"));
        assert!(err(&enc(
            r#"["pc",1,"","",[["a","","A","book",["spaces"],"D"]]]"#
        ))
        .contains("title is missing"));
        assert!(err(&"A".repeat(MAX_LINK_INPUT_CHARS + 1)).contains("too long"));
        let ok = enc(r#"["pc",1,"n","",[["a","T","A","book",["spaces"],"D"]]]"#);
        assert_eq!(decode_link_code(&ok, &[]).unwrap().resources[0].title, "T");
    }

    #[test]
    fn messages_are_plain_and_helpful() {
        let all = [
            DecodeError::Empty,
            DecodeError::NotACode,
            DecodeError::Truncated,
            DecodeError::ChecksumMismatch,
            DecodeError::NewerVersion {
                found: 2,
                current: 1,
            },
            DecodeError::OlderVersion {
                found: 1,
                current: 2,
            },
            DecodeError::UnknownFormat,
            DecodeError::WrongItemCount {
                found: 30,
                expected: 35,
            },
            DecodeError::InvalidAnswer { item: 7 },
            DecodeError::InvalidName,
            DecodeError::InvalidDate,
            DecodeError::TrailingBytes,
        ];
        let mut seen = std::collections::HashSet::new();
        for e in all {
            let msg = decode_error(&e);
            assert!(seen.insert(msg.clone()), "duplicate message {msg}");
            assert!(msg.len() > 40 && msg.ends_with('.'), "{msg}");
            assert!(!msg.contains("  "), "{msg}");
            for jargon in [
                "base64", "byte", "checksum", "CRC", "UTF", "decode", "format",
            ] {
                assert!(!msg.contains(jargon), "{jargon} in {msg}");
            }
            // Every message says what to do.
            assert!(
                ["Ask", "Paste", "Check", "Reload"]
                    .iter()
                    .any(|w| msg.contains(w)),
                "{msg}"
            );
            let _: &dyn std::error::Error = &e;
        }
        assert!(decode_error(&DecodeError::Truncated).starts_with("This link is incomplete"));
        assert!(decode_error(&DecodeError::InvalidAnswer { item: 7 }).contains("question 7"));
    }
}
