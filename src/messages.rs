//! Every error of the core and of storage, in the words the person sees, in their language. The
//! core's errors are enums that carry no sentences; this is the one place that turns them into
//! text (from the catalogue, `err-*` ids).
use crate::core::draft::{DraftError, DraftErrors};
use crate::core::i18n::{Arg, Key};
use crate::core::library::{
    Field, Kind, ResourceError, UnknownKind, UrlError, MAX_TAGS, MAX_TAG_CHARS,
};
use crate::core::pillar::PillarId;
use crate::core::share::result_link::DecodeError;
use crate::core::share::{CollectionError, Part, MAX_COLLECTION_RESOURCES};
use crate::core::text::clip;
use crate::core::transfer::ImportError;
use crate::i18n::Tr;
use crate::storage::StorageProblem;

/// Why an import (of a file or a link) did not go through.
#[derive(Debug, PartialEq)]
pub enum Problem {
    File(crate::platform::FileProblem),
    Import(ImportError),
    Collection(CollectionError),
    Board(crate::core::board::BoardFileError),
}

/// Any import problem in words.
pub fn problem(tr: &Tr, p: &Problem) -> String {
    use crate::platform::FileProblem;
    match p {
        Problem::File(FileProblem::TooLarge) => tr.t(k!("err-file-too-large")),
        Problem::File(FileProblem::Unreadable) => tr.t(k!("err-file-unreadable")),
        Problem::Import(e) => import_error(tr, e),
        Problem::Collection(e) => collection_error(tr, e),
        Problem::Board(e) => board_file_error(tr, e),
    }
}

/// A line of an import's preview.
pub fn preview_line(tr: &Tr, line: &crate::core::transfer::Line) -> String {
    use crate::core::transfer::Line as L;
    let n = |id: Key, n: usize| tr.tf(id, &[("count", n.into())]);
    match *line {
        L::Snapshots(c) => n(k!("preview-snapshots"), c),
        L::SnapshotsChanged(c) => n(k!("preview-snapshots-changed"), c),
        L::Attempt { answers, completed } => n(
            if completed {
                k!("preview-attempt-completed")
            } else {
                k!("preview-attempt")
            },
            answers,
        ),
        L::AttemptReplaced { mine, theirs } => tr.tf(
            k!("preview-attempt-replaced"),
            &[("mine", mine.into()), ("theirs", theirs.into())],
        ),
        L::AttemptKept => tr.t(k!("preview-attempt-kept")),
        L::NextAssessment => tr.t(k!("preview-next-assessment")),
        L::Role(r) => {
            use crate::core::questionnaire::Role;
            let who = match r {
                Role::Leader => tr.t(k!("answering-as-leader")),
                Role::Teacher => tr.t(k!("answering-as-teacher")),
            };
            tr.tf(k!("preview-role"), &[("who", who.as_str().into())])
        }
        L::Targets(c) => n(k!("preview-targets"), c),
        L::Shares(c) => n(k!("preview-shares"), c),
        L::Own(c) => n(k!("preview-own"), c),
        L::Imported(c) => n(k!("preview-imported"), c),
        L::Marks(c) => n(k!("preview-marks"), c),
        L::Name => tr.t(k!("preview-name")),
        L::PlanFocuses(c) => n(k!("preview-plan-focuses"), c),
        L::PlanActions(c) => n(k!("preview-plan-actions"), c),
        L::Boards(c) => n(k!("preview-boards"), c),
        L::BoardResults(c) => n(k!("preview-board-results"), c),
    }
}

/// A change's message (added, saved…), said truthfully while the browser does not save: the
/// change is then only in this tab. Empty stays empty.
pub fn done(tr: &Tr, problem: Option<StorageProblem>, text: String) -> String {
    use StorageProblem as P;
    match problem {
        Some(
            P::Full | P::NotSaved | P::Unavailable | P::Newer | P::Damaged { set_aside: false },
        ) if !text.is_empty() => {
            format!("{text} {}", tr.t(k!("done-not-saved")))
        }
        _ => text,
    }
}

/// A storage problem, for the banner.
pub fn storage_problem(tr: &Tr, p: StorageProblem) -> String {
    if let StorageProblem::PartlyRead { left_out } = p {
        return tr.tf(k!("err-storage-partly-read"), &[("count", left_out.into())]);
    }
    tr.t(match p {
        StorageProblem::PartlyRead { .. } => k!("err-storage-partly-read"),
        StorageProblem::Unavailable => k!("err-storage-unavailable"),
        StorageProblem::Damaged { set_aside: true } => k!("err-storage-damaged"),
        StorageProblem::Damaged { set_aside: false } => k!("err-storage-damaged-not-kept"),
        StorageProblem::Full => k!("err-storage-full"),
        StorageProblem::NotSaved => k!("err-storage-not-saved"),
        StorageProblem::NotDeleted => k!("err-storage-not-deleted"),
        StorageProblem::Newer => k!("err-storage-newer"),
    })
}

/// Why a web address can't be added.
pub fn url_error(tr: &Tr, e: &UrlError) -> String {
    tr.t(match e {
        UrlError::NotWeb => k!("err-url-not-web"),
        UrlError::MissingHost => k!("err-url-no-host"),
        UrlError::BadHost => k!("err-url-bad-host"),
        UrlError::Spaces => k!("err-url-spaces"),
        UrlError::BadCharacters => k!("err-url-characters"),
        UrlError::Credentials => k!("err-url-credentials"),
        UrlError::TooLong => k!("err-url-too-long"),
    })
}

/// Text that names no kind of resource.
pub fn unknown_kind(tr: &Tr, e: &UnknownKind) -> String {
    let expected = Kind::ALL.map(Kind::id).join(", ");
    tr.tf(
        k!("err-unknown-kind"),
        &[
            ("kind", clip(&e.0, 40).as_str().into()),
            ("expected", expected.as_str().into()),
        ],
    )
}

/// A field of a resource, named in the person's language.
fn field(tr: &Tr, f: Field) -> String {
    tr.t(match f {
        Field::Id => k!("field-id"),
        Field::Title => k!("field-title"),
        Field::Author => k!("field-author"),
        Field::Kind => k!("field-kind"),
        Field::Pillars => k!("field-pillars"),
        Field::Description => k!("field-description"),
        Field::Minutes => k!("field-minutes"),
        Field::Url => k!("field-url"),
        Field::Tags => k!("field-tags"),
        Field::Source => k!("field-source"),
    })
}

/// Why a resource was refused.
pub fn resource_error(tr: &Tr, e: &ResourceError) -> String {
    use ResourceError as E;
    let with_field = |id: Key, f: Field| tr.tf(id, &[("field", field(tr, f).as_str().into())]);
    match e {
        E::Missing(f) => with_field(k!("err-field-missing"), *f),
        E::BadId => tr.t(k!("err-bad-id")),
        E::TooLong { field: f, max } => tr.tf(
            k!("err-field-too-long"),
            &[
                ("field", field(tr, *f).as_str().into()),
                ("max", Arg::Num(*max as i64)),
            ],
        ),
        E::NotText(f) => with_field(k!("err-field-not-text"), *f),
        E::NotAList(Field::Tags) => tr.t(k!("err-tags-not-list")),
        E::NotAList(_) => tr.t(k!("err-pillars-not-list")),
        E::BadMinutes => tr.t(k!("err-bad-minutes")),
        E::UnknownKind(k) => unknown_kind(tr, &UnknownKind(k.clone())),
        E::NoPillar => tr.t(k!("err-no-pillar")),
        E::UnknownPillar(p) => {
            let expected = PillarId::all()
                .map(PillarId::as_str)
                .collect::<Vec<_>>()
                .join(", ");
            tr.tf(
                k!("err-unknown-pillar"),
                &[
                    ("pillar", clip(p, 40).as_str().into()),
                    ("expected", expected.as_str().into()),
                ],
            )
        }
        E::DuplicatePillar(p) => {
            tr.tf(k!("err-duplicate-pillar"), &[("pillar", p.as_str().into())])
        }
        E::Url(u) => url_error(tr, u),
        E::TooManyTags => tr.tf(
            k!("err-too-many-tags"),
            &[("max", Arg::Num(MAX_TAGS as i64))],
        ),
        E::EmptyTag => tr.t(k!("err-empty-tag")),
        E::TagTooLong => tr.tf(
            k!("err-tag-too-long"),
            &[("max", Arg::Num(MAX_TAG_CHARS as i64))],
        ),
        E::NotAnObject => tr.t(k!("err-not-an-object")),
        E::UnexpectedField(k) => tr.tf(
            k!("err-unexpected-field"),
            &[("field", clip(k, 40).as_str().into())],
        ),
    }
}

/// Why a collection file or link can't be used.
pub fn collection_error(tr: &Tr, e: &CollectionError) -> String {
    use CollectionError as E;
    let part = |p: &Part| {
        tr.t(match p {
            Part::Name => k!("field-collection-name"),
            Part::Curator => k!("field-curator"),
        })
    };
    match e {
        E::TooLarge => tr.t(k!("err-collection-too-large")),
        E::NotJson => tr.t(k!("err-collection-not-json")),
        E::NotACollection => tr.t(k!("err-not-a-collection")),
        E::NewerVersion => tr.t(k!("err-collection-newer")),
        E::BadVersion => tr.t(k!("err-collection-bad-version")),
        E::UnexpectedField(k) => tr.tf(
            k!("err-collection-unexpected-field"),
            &[("field", clip(k, 40).as_str().into())],
        ),
        E::TooLong(p) => tr.tf(
            k!("err-collection-too-long"),
            &[("field", part(p).as_str().into())],
        ),
        E::NotText(p) => tr.tf(
            k!("err-collection-not-text"),
            &[("field", part(p).as_str().into())],
        ),
        E::NoResources => tr.t(k!("err-collection-no-resources")),
        E::TooMany(n) => tr.tf(
            k!("err-collection-too-many"),
            &[
                ("count", Arg::Num(*n as i64)),
                ("max", Arg::Num(MAX_COLLECTION_RESOURCES as i64)),
            ],
        ),
        E::Resource {
            index,
            label,
            error,
        } => {
            let why = resource_error(tr, error);
            let number = Arg::Num(*index as i64 + 1);
            match label {
                Some(l) => tr.tf(
                    k!("err-collection-resource-named"),
                    &[
                        ("number", number),
                        ("title", clip(l, 60).as_str().into()),
                        ("why", why.as_str().into()),
                    ],
                ),
                None => tr.tf(
                    k!("err-collection-resource"),
                    &[("number", number), ("why", why.as_str().into())],
                ),
            }
        }
        E::DuplicateId(id) => tr.tf(
            k!("err-collection-duplicate-id"),
            &[("id", clip(id, 60).as_str().into())],
        ),
        E::EmptyLink => tr.t(k!("err-collection-empty-link")),
        E::LinkTooLong => tr.t(k!("err-collection-link-too-long")),
        E::DamagedLink => tr.t(k!("err-collection-damaged-link")),
        E::UnknownLibraryEntry { index, id } => tr.tf(
            k!("err-collection-unknown-entry"),
            &[
                ("number", Arg::Num(*index as i64 + 1)),
                ("id", clip(id, 60).as_str().into()),
            ],
        ),
    }
}

/// Why an export file can't be imported.
pub fn import_error(tr: &Tr, e: &ImportError) -> String {
    match e {
        ImportError::TooLarge => tr.t(k!("err-import-too-large")),
        ImportError::NotJson => tr.t(k!("err-import-not-json")),
        ImportError::NotAnExport => tr.t(k!("err-import-not-export")),
        ImportError::IsCollection => tr.t(k!("err-import-is-collection")),
        ImportError::NewerVersion => tr.t(k!("err-import-newer")),
        ImportError::UnknownFormat => tr.t(k!("err-import-unknown-format")),
        ImportError::Damaged { line, column } => tr.tf(
            k!("err-import-damaged"),
            &[("line", (*line).into()), ("column", (*column).into())],
        ),
        ImportError::Resource { label, error } => tr.tf(
            k!("err-import-resource"),
            &[
                ("label", clip(label, 60).as_str().into()),
                ("why", resource_error(tr, error).as_str().into()),
            ],
        ),
    }
}

/// Why a result link can't be opened, for the person who pasted it.
pub fn decode_error(tr: &Tr, e: &DecodeError) -> String {
    use DecodeError as E;
    match *e {
        E::Empty => tr.t(k!("err-link-empty")),
        E::NotACode => tr.t(k!("err-link-not-a-code")),
        E::Truncated => tr.t(k!("err-link-truncated")),
        E::ChecksumMismatch => tr.t(k!("err-link-damaged")),
        E::NewerVersion { .. } => tr.t(k!("err-link-newer")),
        E::OlderVersion { .. } => tr.t(k!("err-link-older")),
        E::UnknownFormat => tr.t(k!("err-link-unknown")),
        E::WrongItemCount { found, expected } => tr.tf(
            k!("err-link-item-count"),
            &[
                ("found", Arg::Num(found as i64)),
                ("expected", Arg::Num(expected as i64)),
            ],
        ),
        E::InvalidAnswer { item } => {
            tr.tf(k!("err-link-answer"), &[("item", Arg::Num(item as i64))])
        }
        E::InvalidName => tr.t(k!("err-link-name")),
        E::InvalidDate => tr.t(k!("err-link-date")),
        E::TrailingBytes => tr.t(k!("err-link-trailing")),
    }
}

/// One field's problem in the resource form.
pub fn draft_error(tr: &Tr, e: &DraftError) -> String {
    tr.t(match e {
        DraftError::NoTitle => k!("err-draft-no-title"),
        DraftError::NoPillar => k!("err-draft-no-pillar"),
        DraftError::BadMinutes => k!("err-draft-minutes"),
    })
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

pub fn draft_errors(tr: &Tr, e: &DraftErrors) -> DraftMessages {
    DraftMessages {
        title: e.title.as_ref().map(|e| draft_error(tr, e)),
        url: e.url.as_ref().map(|e| url_error(tr, e)),
        pillars: e.pillars.as_ref().map(|e| draft_error(tr, e)),
        minutes: e.minutes.as_ref().map(|e| draft_error(tr, e)),
        general: e.general.as_ref().map(|e| resource_error(tr, e)),
    }
}

/// Why a board file (or the stored boards) can't be read.
pub fn board_file_error(tr: &Tr, e: &crate::core::board::BoardFileError) -> String {
    use crate::core::board::BoardFileError as E;
    match e {
        E::TooLarge => tr.t(k!("err-board-too-large")),
        E::NotJson => tr.t(k!("err-board-not-json")),
        E::NotABoardFile => tr.t(k!("err-board-not-board")),
        E::OtherPillarsFile => tr.t(k!("err-board-other-file")),
        E::NewerFormat => tr.t(k!("err-board-newer")),
        E::UnknownFormat | E::Damaged => tr.t(k!("err-board-damaged")),
        E::TooManyBoards => tr.tf(
            k!("err-board-too-many"),
            &[("max", Arg::Num(crate::core::board::MAX_BOARDS as i64))],
        ),
        E::TooManyEntries { board } => tr.tf(
            k!("err-board-too-many-results"),
            &[
                ("number", Arg::Num(*board as i64 + 1)),
                ("max", Arg::Num(crate::core::board::MAX_ENTRIES as i64)),
            ],
        ),
    }
}

/// A problem with the stored boards, for the board screen's banner.
pub fn boards_problem(tr: &Tr, p: crate::hooks::BoardsProblem) -> String {
    use crate::hooks::BoardsProblem as P;
    match p {
        // The boards are not in "Your data"'s download: their own file keeps them.
        P::Storage(crate::storage::StorageProblem::Full) => tr.t(k!("err-boards-full")),
        P::Storage(s) => storage_problem(tr, s),
        // Not the file's words: these are the browser's saved boards, not a file.
        P::Unreadable(e) => {
            let why = match e {
                crate::core::board::BoardFileError::NewerFormat => tr.t(k!("boards-why-newer")),
                _ => tr.t(k!("boards-why-damaged")),
            };
            tr.tf(k!("err-boards-unreadable"), &[("why", why.as_str().into())])
        }
        P::PartlyRead { left_out, kept } => tr.tf(
            if kept {
                k!("err-boards-part-kept")
            } else {
                k!("err-boards-part-not-kept")
            },
            &[("count", left_out.into())],
        ),
    }
}

/// What one pasted or imported result link did to the board.
pub fn outcome(tr: &Tr, o: &crate::core::board::Outcome) -> String {
    use crate::core::board::Outcome as O;
    match o {
        O::Added => tr.t(k!("board-outcome-added")),
        O::AlreadyOnBoard => tr.t(k!("board-outcome-already")),
        O::Damaged(e) => tr.tf(
            k!("board-outcome-damaged"),
            &[("why", decode_error(tr, e).as_str().into())],
        ),
        O::OtherVersion { found, current } => tr.tf(
            k!("board-outcome-other-version"),
            &[
                ("found", Arg::Num(i64::from(*found))),
                ("current", Arg::Num(i64::from(*current))),
            ],
        ),
        O::BoardFull => tr.tf(
            k!("board-outcome-full"),
            &[("max", Arg::Num(crate::core::board::MAX_ENTRIES as i64))],
        ),
    }
}

/// Why the board's scanner can't use the camera (pasting links still works).
pub fn camera_problem(tr: &Tr, p: crate::components::board_scanner::CameraProblem) -> String {
    use crate::components::board_scanner::CameraProblem as P;
    tr.t(match p {
        P::Refused => k!("err-camera-refused"),
        P::NoCamera => k!("err-camera-none"),
        P::Unavailable => k!("err-camera-unavailable"),
        P::Failed => k!("err-camera-failed"),
        P::NotLoaded => k!("err-scanner-not-loaded"),
    })
}

/// Why a team link can't be made or opened.
pub fn team_link_error(tr: &Tr, e: &crate::core::board::TeamLinkError) -> String {
    use crate::core::board::TeamLinkError as E;
    match *e {
        E::BelowThreshold { count, k } => tr.tf(
            k!("board-withheld"),
            &[("count", count.into()), ("k", k.into())],
        ),
        E::NotATeamLink => tr.t(k!("err-team-not-team")),
        E::NewerFormat => tr.t(k!("err-team-newer")),
        E::OtherVersion { found, current } => tr.tf(
            k!("err-team-other-version"),
            &[
                ("found", Arg::Num(i64::from(found))),
                ("current", Arg::Num(i64::from(current))),
            ],
        ),
        E::Empty | E::TooLong | E::NotACode | E::Truncated | E::ChecksumMismatch | E::Invalid => {
            tr.t(k!("err-team-damaged"))
        }
    }
}

/// Where imported resources came from, as the language says it ("Starters by Ms Ng",
/// "Starters, par Ms Ng"), from the form the data keeps (see [`collection_source`]).
///
/// [`collection_source`]: crate::core::share::collection_source
pub fn source(tr: &Tr, stored: &str) -> String {
    let (name, curator) = crate::core::share::source_parts(stored);
    let name = name.map_or_else(|| tr.t(k!("collection-unnamed")), str::to_string);
    match curator {
        Some(c) => tr.tf(
            k!("collection-source"),
            &[("name", name.as_str().into()), ("curator", c.into())],
        ),
        None => name,
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

    fn en() -> Tr {
        Tr::english()
    }
    const NOT_A_COLLECTION: &str = "This isn't a Pillars collection.";
    const DAMAGED_LINK: &str = "This collection link is incomplete or damaged. Check that the whole link was copied, or ask for it again.";

    #[test]
    fn url_messages() {
        assert_eq!(
            url_error(&en(), &UrlError::NotWeb),
            "Only web addresses starting with http:// or https:// can be added."
        );
    }

    #[test]
    fn kind_messages() {
        assert!(unknown_kind(&en(), &"blog".parse::<Kind>().unwrap_err()).contains("article"));
    }

    #[test]
    fn draft_messages() {
        let e = crate::core::draft::Draft::default()
            .to_resource("x")
            .unwrap_err();
        let m = draft_errors(&en(), &e);
        assert_eq!(m.title.as_deref(), Some("Give the resource a title."));
        assert_eq!(
            m.pillars.as_deref(),
            Some("Choose at least one pillar this resource serves.")
        );
    }

    #[test]
    fn preview_lines_count_answers_in_words() {
        use crate::core::transfer::Line;
        let line = |mine, theirs| preview_line(&en(), &Line::AttemptReplaced { mine, theirs });
        assert_eq!(
            line(1, 36),
            "your current assessment (1 answer) with the file's (36 answers)"
        );
        assert_eq!(
            line(2, 1),
            "your current assessment (2 answers) with the file's (1 answer)"
        );
    }

    #[test]
    fn import_messages() {
        let err = |text: &str| import_error(&en(), &parse_export(text).unwrap_err());
        assert!(err("hello").contains("not valid JSON"));
        assert!(err("{\"a\":1}").contains("not a Pillars export"));
        assert!(err(&collection().to_json()).contains("collection"));
        assert!(err("{\"kind\":\"pillars-export\",\"format\":99}").contains("newer"));
        let broken = "{\"kind\":\"pillars-export\",\"format\":1,\"exported\":\"x\",\"data\":{\"history\":7}}";
        assert!(err(broken).contains("damaged"));
        let own = r#"{"id":"a","title":"Long","author":"A","kind":"book","pillars":["spaces"],"description":"WORD"}"#
            .replace("WORD", &"w".repeat(10_001));
        let file = format!("{{\"kind\":\"pillars-export\",\"format\":1,\"data\":{{\"curation\":{{\"own\":[{own}]}}}}}}");
        let words = err(&file);
        assert!(
            words.starts_with("The resource “Long” in this file can't be imported:"),
            "{words}"
        );
        assert!(
            words.contains("10000") || words.contains("10,000"),
            "{words}"
        );
    }

    #[test]
    fn collection_errors_are_clear() {
        let json = collection().to_json();
        let err = |text: &str| collection_error(&en(), &Collection::from_json(text).unwrap_err());
        assert!(err("hello").contains("isn't valid JSON"));
        assert_eq!(err("[1,2]"), NOT_A_COLLECTION);
        assert_eq!(err(r#"{"version":1,"resources":[]}"#), NOT_A_COLLECTION);
        assert_eq!(
            err(&json.replace("pillars-collection", "other")),
            NOT_A_COLLECTION
        );
        assert!(err(&json.replace("\"version\":1", "\"version\":2")).contains("newer version"));
        assert!(err(&json.replace("\"version\":1", "\"version\":\"1\"")).contains("version"));
        assert!(err(&json.replacen("\"book\"", "\"blog\"", 1))
            .starts_with("Resource 1 (“Digital Leadership”): “blog” isn't a known kind"));
        assert_eq!(
            err(&json.replace("https://example.com/dl", "javascript:alert(1)")),
            "Resource 1 (“Digital Leadership”): Only web addresses starting with http:// or https:// can be added."
        );
        assert_eq!(
            err(&json.replace("\"title\":\"Branding Your School\",", "")),
            "Resource 4 (“school-branding”): The title is missing."
        );
        assert!(
            err(&json.replace("\"spaces\"", "\"space\"")).contains("not one of the seven pillars")
        );
        assert!(err(&json.replace("\"minutes\":60", "\"minutes\":-1")).contains("whole number"));
        assert!(err(&json.replace("\"minutes\":60", "\"extra\":60")).contains("unexpected field"));
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
        let err = |code: &str| collection_error(&en(), &decode_link_code(code, &[]).unwrap_err());
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
        assert_eq!(
            decode_link_code(&ok, &[]).unwrap().collection.resources[0].title,
            "T"
        );
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
            let msg = decode_error(&en(), &e);
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
        assert!(decode_error(&en(), &DecodeError::Truncated).starts_with("This link is incomplete"));
        assert!(decode_error(&en(), &DecodeError::InvalidAnswer { item: 7 }).contains("question 7"));
    }

    #[test]
    fn camera_problems_are_worded_and_offer_pasting() {
        use crate::components::board_scanner::CameraProblem as P;
        let tr = en();
        let all = [
            P::Refused,
            P::NoCamera,
            P::Unavailable,
            P::Failed,
            P::NotLoaded,
        ];
        let words: Vec<String> = all.iter().map(|&p| camera_problem(&tr, p)).collect();
        for w in &words {
            assert!(w.to_lowercase().contains("past"), "{w}");
        }
        assert!(words[0].contains("not allowed"));
        let mut distinct = words.clone();
        distinct.dedup();
        assert_eq!(distinct.len(), all.len());
    }

    #[test]
    fn board_outcomes_and_team_link_errors_are_worded() {
        use crate::core::board::{BoardFileError, Outcome, TeamLinkError};
        let tr = en();
        assert_eq!(outcome(&tr, &Outcome::Added), "added.");
        let other = outcome(
            &tr,
            &Outcome::OtherVersion {
                found: 2,
                current: 1,
            },
        );
        assert!(
            other.contains("version 2") && other.contains("version 1"),
            "{other}"
        );
        assert!(outcome(&tr, &Outcome::Damaged(DecodeError::Truncated))
            .starts_with("damaged. This link is incomplete"));
        let withheld = |count| team_link_error(&tr, &TeamLinkError::BelowThreshold { count, k: 3 });
        assert_eq!(withheld(2), "2 results; at least 3 are needed.");
        assert_eq!(withheld(1), "1 result; at least 3 are needed.");
        assert!(team_link_error(&tr, &TeamLinkError::ChecksumMismatch).contains("damaged"));
        assert!(board_file_error(&tr, &BoardFileError::NotJson).contains("not valid JSON"));
        assert!(
            board_file_error(&tr, &BoardFileError::TooManyEntries { board: 0 })
                .starts_with("Board 1 ")
        );
    }
}
