//! The export file: everything a person keeps, as one versioned JSON file, and reading it back.
use crate::core::board::Boards;
use crate::core::date::Date;
use crate::core::library::{Resource, ResourceError};
use crate::core::questionnaire::{Questionnaire, Role};
use crate::core::share::plain_name;
use crate::core::share::result_link::normalize_name;
use crate::core::state::{AppData, DATA_SCHEMA};
use crate::core::untrusted::{Count, FileFormat, Header};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Identifies a Pillars export file.
pub const FILE_KIND: &str = "pillars-export";
/// Imports larger than this are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Why a file could not be imported (`crate::messages` words it for the person).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("larger than {MAX_IMPORT_BYTES} bytes")]
    TooLarge,
    #[error("not JSON")]
    NotJson,
    #[error("not a Pillars export")]
    NotAnExport,
    /// A collection file: it belongs in the Library's import.
    #[error("a collection, not an export")]
    IsCollection,
    #[error("made by a newer version")]
    NewerVersion,
    #[error("an export format this build cannot read")]
    UnknownFormat,
    /// The file says it is an export but its data cannot be read: where the reader stopped
    /// (serde's reason is in English and a parser's words; the place is what helps).
    #[error("damaged at line {line}, column {column}")]
    Damaged { line: usize, column: usize },
    /// One of its resources breaks a rule of the resource form (named by its title or id).
    #[error("resource {label:?}: {error}")]
    Resource { label: String, error: ResourceError },
}

#[derive(Deserialize)]
struct Envelope<'a> {
    data: AppData,
    #[serde(borrow, default)]
    boards: Option<&'a RawValue>,
    /// Read as it stands: a value this build cannot read there is left out, the rest read.
    #[serde(borrow, default)]
    answered_as: Option<&'a RawValue>,
}

/// The export file's contents: the person's data and, when there are any, the facilitator's
/// workshop boards (as their own stored text; a build without boards in its export ignores them).
pub fn export_json(data: &AppData, boards: &Boards, today: &Date) -> String {
    export_answered_as(data, boards, None, today)
}

/// [`export_json`], with who the person said is answering, when they said (a build without it in
/// its export ignores it).
pub fn export_answered_as(
    data: &AppData,
    boards: &Boards,
    role: Option<Role>,
    today: &Date,
) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        kind: &'a str,
        format: u32,
        exported: &'a Date,
        data: &'a AppData,
        #[serde(skip_serializing_if = "Option::is_none")]
        boards: Option<Box<RawValue>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        answered_as: Option<&'static str>,
    }
    let boards = (!boards.is_empty())
        .then(|| RawValue::from_string(boards.to_json()).ok())
        .flatten();
    let out = Out {
        kind: FILE_KIND,
        format: DATA_SCHEMA,
        exported: today,
        data,
        boards,
        answered_as: role.map(Role::id),
    };
    serde_json::to_string(&out).unwrap_or_default()
}

/// An import file's data and boards, with how many damaged parts of it were left out.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportFile {
    pub data: AppData,
    /// The workshop boards in the file (none in a file without them, or from a build without
    /// boards in its export); merged with the boards here as two tabs' are.
    pub boards: Boards,
    /// See [`crate::core::stored::Salvaged::left_out`]; counts the boards' damaged boards and
    /// results too (the boards as one part when none of them can be read).
    pub left_out: usize,
    /// Who the person had said is answering, where the file says (an export of a newer build).
    pub role: Option<Role>,
}

/// Reads an export file, or a copy of stored data that was set aside as unreadable (its damaged
/// parts left out, as they are from a damaged export's data).
pub fn parse_export(text: &str) -> Result<ImportFile, ImportError> {
    use crate::core::stored;
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = text.trim_start_matches('\u{feff}');
    let header = Header::read(text).map_err(|_| ImportError::NotJson)?;
    match header.format() {
        Some(FileFormat::Export) => {}
        Some(FileFormat::Collection) => return Err(ImportError::IsCollection),
        // A copy from the rescue list of "Your data".
        None => {
            return match stored::schema_of(text) {
                Some(s) if s > DATA_SCHEMA => Err(ImportError::NewerVersion),
                Some(_) => match stored::read(text) {
                    Ok(data) => checked_data(data, 0),
                    Err(_) => match stored::salvage(text) {
                        Some(s) => checked_data(s.data, s.left_out),
                        None => Err(ImportError::NotAnExport),
                    },
                },
                None => Err(ImportError::NotAnExport),
            }
        }
    }
    match header.format_number {
        Count::Num(f) if f == u64::from(DATA_SCHEMA) => {}
        Count::Num(f) if f > u64::from(DATA_SCHEMA) => return Err(ImportError::NewerVersion),
        _ => return Err(ImportError::UnknownFormat),
    }
    match serde_json::from_str::<Envelope>(text) {
        Ok(env) => {
            let role = env
                .answered_as
                .and_then(|r| Role::parse(r.get().strip_prefix('"')?.strip_suffix('"')?));
            with_boards(checked_data(env.data, 0), env.boards).map(|f| ImportFile { role, ..f })
        }
        Err(e) => {
            let damaged = ImportError::Damaged {
                line: e.line(),
                column: e.column(),
            };
            // What can be read of the data, part by part; else where the reader stopped.
            #[derive(Deserialize)]
            struct Raw<'a> {
                #[serde(borrow)]
                data: &'a RawValue,
                #[serde(borrow, default)]
                boards: Option<&'a RawValue>,
            }
            let raw = serde_json::from_str::<Raw>(text).map_err(|_| damaged.clone())?;
            let s = stored::salvage(raw.data.get()).ok_or(damaged)?;
            with_boards(checked_data(s.data, s.left_out), raw.boards)
        }
    }
}

/// The file's boards added to what was read of its data: read as stored boards are (one damaged
/// board or result left out and counted, the rest kept).
fn with_boards(
    file: Result<ImportFile, ImportError>,
    boards: Option<&RawValue>,
) -> Result<ImportFile, ImportError> {
    let mut file = file?;
    if let Some(raw) = boards {
        match Boards::read(raw.get(), Questionnaire::builtin()) {
            Ok(read) => {
                file.boards = read.boards;
                file.left_out += read.left_out;
            }
            Err(_) => file.left_out += 1,
        }
    }
    Ok(file)
}

/// Imported data held to the rules of what the app itself keeps.
fn checked_data(mut data: AppData, left_out: usize) -> Result<ImportFile, ImportError> {
    let q = Questionnaire::builtin();
    // Answers to items this questionnaire does not have are dropped, never shown as something else.
    let known = |id: &String| q.items().any(|i| &i.id == id);
    data.attempt.answers.retain(|id, _| known(id));
    for s in &mut data.history {
        s.answers.retain(|id, _| known(id));
    }
    // Targets for unknown pillars or levels were already left out by reading them.
    if data.attempt.pillar >= q.pillars.len() {
        data.attempt.pillar = 0;
    }
    // Resources meet every rule (and limit) of the resource form, as from a collection.
    let c = &mut data.curation;
    for r in c
        .own
        .iter_mut()
        .chain(c.imported.iter_mut().map(|i| &mut i.resource))
    {
        *r = checked(r)?;
    }
    for i in &mut c.imported {
        i.source = plain_name(&i.source)
            .chars()
            .take(MAX_SOURCE_LABEL)
            .collect();
    }
    for s in &mut data.shared_with_me {
        s.result.name = s.result.name.as_deref().and_then(normalize_name);
    }
    Ok(ImportFile {
        data,
        boards: Boards::new(),
        left_out,
        role: None,
    })
}

/// "<name> by <curator>", each at most 200 characters.
const MAX_SOURCE_LABEL: usize = 404;

fn checked(r: &Resource) -> Result<Resource, ImportError> {
    r.clone()
        .normalized()
        .map_err(|error| ImportError::Resource {
            label: crate::core::text::clip(
                if r.title.trim().is_empty() {
                    &r.id
                } else {
                    &r.title
                },
                60,
            ),
            error,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::lv;
    use crate::core::library::fixtures::sample as resources;
    use crate::core::share::Collection;
    use crate::core::transfer::fixtures::{day, sample};
    use crate::core::transfer::merge;
    use proptest::prelude::*;

    /// One board of `n` different complete results.
    fn boards_of(n: usize) -> Boards {
        use crate::core::share::result_link::SharedResult;
        let (q, when) = (Questionnaire::builtin(), day("2026-11-20"));
        let mut boards = Boards::new();
        let id = boards.create("Lyon workshop", when).unwrap();
        for seed in 0..n {
            let r = SharedResult {
                answered_as: Default::default(),
                questionnaire_version: q.version,
                date: Some(when),
                name: None,
                answers: (0..q.item_count())
                    .map(|i| Some(lv(((i + seed) % 5) as u8 + 1)))
                    .collect(),
            };
            boards.get_mut(id).unwrap().add_result(&r, q, when);
        }
        boards
    }

    #[test]
    fn the_boards_travel_in_the_export_and_are_taken_in_once() {
        use crate::core::transfer::{preview, Line};
        let (d, q, today) = (sample(), Questionnaire::builtin(), day("2026-11-23"));
        let boards = boards_of(3);
        let text = export_json(&d, &boards, &today);
        let back = parse_export(&text).unwrap();
        assert_eq!((back.data.clone(), back.left_out), (d.clone(), 0));
        assert_eq!(back.boards, boards);
        // Into an empty browser: the board and its three results.
        let p =
            preview(&AppData::default(), &back.data).with_boards(&Boards::new(), &back.boards, q);
        assert!(p.added.contains(&Line::Boards(1)), "{p:?}");
        assert!(p.added.contains(&Line::BoardResults(3)), "{p:?}");
        // Where the same board is (same name and day) with one of them: two results, no board.
        let p = preview(&d, &d).with_boards(&boards_of(1), &back.boards, q);
        assert_eq!((p.added, p.unchanged), (vec![Line::BoardResults(2)], false));
        // Where everything is already: nothing to do.
        assert!(
            preview(&d, &d)
                .with_boards(&boards, &back.boards, q)
                .unchanged
        );
        // No boards, no field: the file is as before.
        let none = export_json(&d, &Boards::new(), &today);
        assert!(!none.contains("\"boards\""));
        assert!(parse_export(&none).unwrap().boards.is_empty());
    }

    #[test]
    fn a_damaged_board_result_in_an_export_is_left_out_and_counted() {
        let (d, today) = (sample(), day("2026-11-23"));
        let boards = boards_of(3);
        let code = boards.list()[0].entries()[0].code().to_string();
        let text = export_json(&d, &boards, &today).replace(&format!("\"{code}\""), "5");
        let back = parse_export(&text).unwrap();
        assert_eq!(back.data, d);
        assert_eq!(back.left_out, 1);
        assert_eq!(back.boards.list()[0].entries().len(), 2);
        // Boards that cannot be read at all: one part left out, the data imports.
        let text = export_json(&d, &boards, &today).replace("pillars-board", "something-else");
        let back = parse_export(&text).unwrap();
        assert_eq!(
            (back.data, back.left_out, back.boards.is_empty()),
            (d, 1, true)
        );
    }

    #[test]
    fn an_export_imports_into_an_empty_browser_unchanged() {
        let d = sample();
        let text = export_json(&d, &Boards::new(), &day("2026-11-23"));
        let back = parse_export(&text).unwrap().data;
        assert_eq!(back, d);
        let merged = merge(&AppData::default(), &back);
        assert_eq!(merged.history, d.history);
        assert_eq!(merged.attempt, d.attempt);
        assert_eq!(merged.targets, d.targets);
        assert_eq!(merged.curation.bookmarks, d.curation.bookmarks);
    }

    #[test]
    fn foreign_and_malformed_files_get_clear_errors() {
        // (The words shown for each are tested in `crate::messages`.)
        assert_eq!(parse_export("hello"), Err(ImportError::NotJson));
        assert_eq!(parse_export("{\"a\":1}"), Err(ImportError::NotAnExport));
        assert_eq!(parse_export("[1]"), Err(ImportError::NotAnExport));
        assert_eq!(
            parse_export("{\"kind\":\"pillars-export\",\"format\":99}"),
            Err(ImportError::NewerVersion)
        );
        assert_eq!(
            parse_export("{\"kind\":\"pillars-export\",\"format\":\"1\"}"),
            Err(ImportError::UnknownFormat)
        );
        let broken = "{\"kind\":\"pillars-export\",\"format\":1,\"exported\":\"x\",\"data\":{\"history\":7}}";
        assert!(matches!(
            parse_export(broken),
            Err(ImportError::Damaged { .. })
        ));
    }

    #[test]
    fn who_is_answering_travels_in_the_export() {
        let (d, today) = (sample(), day("2026-11-23"));
        let text = export_answered_as(&d, &Boards::new(), Some(Role::Teacher), &today);
        let back = parse_export(&text).unwrap();
        assert_eq!(back.role, Some(Role::Teacher));
        assert_eq!(back.data, d);
        assert_eq!(
            parse_export(&export_json(&d, &Boards::new(), &today))
                .unwrap()
                .role,
            None
        );
        // A role this build does not know is left out, the rest read.
        let other = text.replace("\"teacher\"", "\"student\"");
        assert_eq!(
            parse_export(&other).map(|f| (f.role, f.data)),
            Ok((None, d.clone()))
        );
        let other = text.replace("\"teacher\"", "{\"role\":[1]}");
        assert_eq!(
            parse_export(&other).map(|f| (f.role, f.data)),
            Ok((None, d))
        );
    }

    #[test]
    fn a_rescued_copy_of_stored_data_imports_less_its_damaged_parts() {
        let d = sample();
        let stored = crate::core::stored::write(&d).unwrap();
        // As it was set aside: readable, or with one damaged assessment in its history.
        assert_eq!(
            parse_export(&stored),
            Ok(ImportFile {
                data: d.clone(),
                boards: Boards::new(),
                left_out: 0,
                role: None,
            })
        );
        let damaged = stored.replacen("\"history\":[", "\"history\":[{\"answers\":7},", 1);
        assert_ne!(damaged, stored);
        let back = parse_export(&damaged).unwrap();
        assert_eq!((back.data.history, back.left_out), (d.history.clone(), 1));
        // A newer build's copy is said to be one.
        let newer = stored.replacen("{\"schema\":1", "{\"schema\":99", 1);
        assert_eq!(parse_export(&newer), Err(ImportError::NewerVersion));
        // An export whose data is damaged in part: the rest, and how much was left out.
        let export = export_json(&d, &Boards::new(), &day("2026-11-23"));
        let damaged = export.replacen("\"history\":[", "\"history\":[{\"answers\":7},", 1);
        let back = parse_export(&damaged).unwrap();
        assert_eq!((back.data.history, back.left_out), (d.history, 1));
    }

    #[test]
    fn a_real_collection_file_gets_the_hint_to_import_it_from_the_library() {
        // Regression: files name their format differently (`kind` in exports, `format` in
        // collections), and a real collection file used to be called "not a Pillars export".
        let c = Collection {
            name: "Starter set".into(),
            curator: "Ms. Ng".into(),
            resources: resources(),
        };
        assert_eq!(parse_export(&c.to_json()), Err(ImportError::IsCollection));
        assert_eq!(
            parse_export(&format!("\u{feff}{}", c.to_json())),
            Err(ImportError::IsCollection)
        );
    }

    #[test]
    fn unknown_items_and_bad_targets_are_dropped_on_import() {
        let mut d = sample();
        d.attempt.answers.insert("no-such-item".into(), lv(5));
        // Targets for a pillar this questionnaire lacks, or a level that is none, can only
        // come from a file: write them into one.
        let text = export_json(&d, &Boards::new(), &day("2026-11-23")).replace(
            "\"branding\":4",
            "\"no-such-pillar\":3, \"spaces\":9, \"branding\":4",
        );
        assert!(text.contains("no-such-pillar"));
        let back = parse_export(&text).unwrap().data;
        assert!(!back.attempt.answers.contains_key("no-such-item"));
        assert_eq!(back.targets, d.targets);
    }

    #[test]
    fn resources_in_a_file_meet_every_rule_and_limit_of_the_resource_form() {
        use crate::core::library::Field;
        // The form's limit (`library::resource::MAX_DESCRIPTION_CHARS`).
        const MAX_DESCRIPTION_CHARS: usize = 10_000;
        use crate::core::state::ImportedResource;
        let file_with = |own: Option<Resource>, imported: Option<Resource>| {
            let mut d = sample();
            d.curation.own.extend(own);
            d.curation
                .imported
                .extend(imported.map(|resource| ImportedResource {
                    source: "Set by Ng".into(),
                    resource,
                }));
            export_json(&d, &Boards::new(), &day("2026-11-23"))
        };
        let long = |n: usize| Resource {
            description: Some("w".repeat(n)),
            ..resources()[0].clone()
        };
        let too_long = |r: Result<ImportFile, ImportError>| {
            matches!(
                r,
                Err(ImportError::Resource {
                    error: ResourceError::TooLong {
                        field: Field::Description,
                        ..
                    },
                    ..
                })
            )
        };
        // One word longer than the form allows (the search index would allocate for all of it),
        // in the person's own resources or in an imported collection's.
        assert!(too_long(parse_export(&file_with(
            Some(long(MAX_DESCRIPTION_CHARS + 1)),
            None
        ))));
        assert!(too_long(parse_export(&file_with(
            None,
            Some(long(1_000_000))
        ))));
        // A 5 MB word: refused too (by its size).
        assert!(parse_export(&file_with(Some(long(5 * 1024 * 1024)), None)).is_err());
        let bad_url = Resource {
            url: "javascript:alert(1)".into(),
            ..resources()[0].clone()
        };
        assert!(matches!(
            parse_export(&file_with(None, Some(bad_url))),
            Err(ImportError::Resource {
                error: ResourceError::Url(_),
                ..
            })
        ));
        // What the form takes, a file gives back (its address normalised as the form does).
        let fine = Resource {
            url: " HTTPS://example.org/a ".into(),
            ..long(MAX_DESCRIPTION_CHARS)
        };
        let back = parse_export(&file_with(Some(fine), None)).unwrap().data;
        assert_eq!(back.curation.own[0].url, "https://example.org/a");
    }

    #[test]
    fn a_collection_entry_imported_again_is_replaced_not_listed_twice() {
        use crate::core::state::ImportedResource;
        let mut here = sample();
        here.curation.imported.push(ImportedResource {
            source: "Set by Ng".into(),
            resource: resources()[0].clone(),
        });
        let mut incoming = here.clone();
        incoming.curation.imported[0].resource.title = "Revised".into();
        let merged = merge(&here, &incoming);
        assert_eq!(merged.curation.imported.len(), 1);
        assert_eq!(merged.curation.imported[0].resource.title, "Revised");
    }

    #[test]
    fn names_in_a_file_drop_bidi_overrides_and_zero_width_characters() {
        use crate::core::state::{ImportedResource, SavedShare};
        let mut d = sample();
        d.shared_with_me.push(SavedShare {
            code: "AQEA".into(),
            saved: None,
            result: crate::core::share::result_link::SharedResult {
                answered_as: Default::default(),
                questionnaire_version: 1,
                date: None,
                name: Some("Ana\u{202E}zaiD\u{200B}".into()),
                answers: vec![],
            },
        });
        d.curation.imported.push(ImportedResource {
            source: "Set\u{2066} by Ng\u{FEFF}".into(),
            resource: resources()[0].clone(),
        });
        let back = parse_export(&export_json(&d, &Boards::new(), &day("2026-11-23")))
            .unwrap()
            .data;
        assert_eq!(
            back.shared_with_me[0].result.name.as_deref(),
            Some("AnazaiD")
        );
        assert_eq!(back.curation.imported[0].source, "Set by Ng");
    }

    proptest! {
        #[test]
        fn parse_export_never_panics(s in ".{0,400}") {
            let _ = parse_export(&s);
        }
        #[test]
        fn parse_export_never_panics_on_near_valid_json(tail in "[\\[\\]{}:,\"a-z0-9 ]{0,200}") {
            let _ = parse_export(&format!("{{\"kind\":\"pillars-export\",\"format\":1,\"exported\":\"d\",\"data\":{tail}"));
        }
    }
}
