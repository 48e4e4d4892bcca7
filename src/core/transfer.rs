//! Moving data between browsers: one versioned JSON file with everything, a preview of what an
//! import adds or replaces, the merge itself, and a CSV of scores across the history.
use super::questionnaire::Questionnaire;
use super::scoring::{fmt_score, score};
use super::state::{AppData, DATA_SCHEMA};
use serde::{Deserialize, Serialize};

/// Identifies a Pillars export file.
pub const FILE_KIND: &str = "pillars-export";
/// Imports larger than this are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, Serialize, Deserialize)]
struct Envelope {
    kind: String,
    format: u32,
    exported: String,
    data: AppData,
}

/// The export file's contents.
pub fn export_json(data: &AppData, today: &str) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        kind: &'a str,
        format: u32,
        exported: &'a str,
        data: &'a AppData,
    }
    let out = Out {
        kind: FILE_KIND,
        format: DATA_SCHEMA,
        exported: today,
        data,
    };
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

/// Reads an export file, with a plain-English reason when it cannot be used.
pub fn parse_export(text: &str) -> Result<AppData, String> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err("This file is too large to be a Pillars export (over 5 MB).".into());
    }
    let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|_| "This file is not a Pillars export: it is not valid JSON. Choose the .json file that Pillars downloaded.".to_string())?;
    match value.get("kind").and_then(|k| k.as_str()) {
        Some(FILE_KIND) => {}
        Some("pillars-collection") => return Err(
            "This is a resource collection, not a full export. Import it from the Library screen."
                .into(),
        ),
        _ => {
            return Err(
                "This file is not a Pillars export (it does not say it comes from Pillars).".into(),
            )
        }
    }
    match value.get("format").and_then(|f| f.as_u64()) {
        Some(f) if f == DATA_SCHEMA as u64 => {}
        Some(f) if f > DATA_SCHEMA as u64 => {
            return Err("This file was made by a newer version of Pillars. Reload the app to update it, then try again.".into())
        }
        _ => return Err("This export's format is not one this version of Pillars can read.".into()),
    }
    let env: Envelope = serde_json::from_value(value).map_err(|e| {
        format!("This Pillars export is damaged and cannot be read ({e}). Nothing was changed.")
    })?;
    let q = Questionnaire::builtin();
    let mut data = env.data;
    // Answers to items this questionnaire does not have are dropped, never shown as something else.
    let known = |id: &String| q.items().any(|i| &i.id == id);
    data.attempt.answers.retain(|id, _| known(id));
    for s in &mut data.history {
        s.answers.retain(|id, _| known(id));
    }
    data.targets
        .retain(|p, l| q.pillar(p).is_some() && (1..=5).contains(l));
    if data.attempt.pillar >= q.pillars.len() {
        data.attempt.pillar = 0;
    }
    Ok(data)
}

/// What an import would do, in lines a person can read before saying yes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPreview {
    pub added: Vec<String>,
    pub replaced: Vec<String>,
    pub unchanged: bool,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn preview(current: &AppData, incoming: &AppData) -> ImportPreview {
    let mut p = ImportPreview::default();
    let new_snaps = incoming
        .history
        .iter()
        .filter(|s| !current.history.iter().any(|c| c.id == s.id))
        .count();
    let changed_snaps = incoming
        .history
        .iter()
        .filter(|s| current.history.iter().any(|c| c.id == s.id && c != *s))
        .count();
    if new_snaps > 0 {
        p.added.push(plural(
            new_snaps,
            "completed assessment in your history",
            "completed assessments in your history",
        ));
    }
    if changed_snaps > 0 {
        p.replaced.push(plural(
            changed_snaps,
            "completed assessment with the same date and time",
            "completed assessments with the same dates and times",
        ));
    }
    if !incoming.attempt.answers.is_empty() && incoming.attempt != current.attempt {
        let msg = format!(
            "your assessment in progress ({} answers) with the file's ({} answers)",
            current.attempt.answers.len(),
            incoming.attempt.answers.len()
        );
        if current.attempt.answers.is_empty() {
            p.added.push(format!(
                "an assessment in progress ({} answers)",
                incoming.attempt.answers.len()
            ));
        } else {
            p.replaced.push(msg);
        }
    }
    let t = incoming
        .targets
        .iter()
        .filter(|(k, v)| current.targets.get(*k) != Some(v))
        .count();
    if t > 0 {
        p.replaced.push(plural(t, "target", "targets"));
    }
    let shares = incoming
        .shared_with_me
        .iter()
        .filter(|s| !current.shared_with_me.iter().any(|c| c.code == s.code))
        .count();
    if shares > 0 {
        p.added.push(plural(
            shares,
            "result shared with you",
            "results shared with you",
        ));
    }
    let own_new = incoming
        .curation
        .own
        .iter()
        .filter(|r| !current.curation.own.iter().any(|c| c.id == r.id))
        .count();
    let own_changed = incoming
        .curation
        .own
        .iter()
        .filter(|r| current.curation.own.iter().any(|c| c.id == r.id && c != *r))
        .count();
    if own_new > 0 {
        p.added.push(plural(
            own_new,
            "resource of your own",
            "resources of your own",
        ));
    }
    if own_changed > 0 {
        p.replaced.push(plural(
            own_changed,
            "resource of your own",
            "resources of your own",
        ));
    }
    let imported = incoming
        .curation
        .imported
        .iter()
        .filter(|r| !current.curation.imported.contains(r))
        .count();
    if imported > 0 {
        p.added.push(plural(
            imported,
            "resource from collections",
            "resources from collections",
        ));
    }
    let marks = incoming
        .curation
        .bookmarks
        .difference(&current.curation.bookmarks)
        .count()
        + incoming
            .curation
            .done
            .difference(&current.curation.done)
            .count()
        + incoming
            .curation
            .notes
            .iter()
            .filter(|(k, v)| current.curation.notes.get(*k) != Some(v))
            .count();
    if marks > 0 {
        p.added.push(plural(
            marks,
            "bookmark, done mark or note",
            "bookmarks, done marks and notes",
        ));
    }
    if !incoming.display_name.is_empty() && incoming.display_name != current.display_name {
        p.replaced.push("the name on your share links".into());
    }
    p.unchanged = p.added.is_empty() && p.replaced.is_empty();
    p
}

/// Merges an import into the current data: the file wins where both have the same thing.
pub fn merge(current: &AppData, incoming: &AppData) -> AppData {
    let mut out = current.clone();
    for s in &incoming.history {
        match out.history.iter_mut().find(|c| c.id == s.id) {
            Some(c) => *c = s.clone(),
            None => out.history.push(s.clone()),
        }
    }
    out.history
        .sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    if !incoming.attempt.answers.is_empty() && incoming.attempt != current.attempt {
        if !current.attempt.answers.is_empty() && current.attempt.completed.is_none() {
            out.previous_attempt = Some(current.attempt.clone());
        }
        out.attempt = incoming.attempt.clone();
    }
    out.targets.extend(incoming.targets.clone());
    for s in &incoming.shared_with_me {
        if !out.shared_with_me.iter().any(|c| c.code == s.code) {
            out.shared_with_me.push(s.clone());
        }
    }
    for r in &incoming.curation.own {
        match out.curation.own.iter_mut().find(|c| c.id == r.id) {
            Some(c) => *c = r.clone(),
            None => out.curation.own.push(r.clone()),
        }
    }
    for r in &incoming.curation.imported {
        if !out.curation.imported.contains(r) {
            out.curation.imported.push(r.clone());
        }
    }
    out.curation
        .bookmarks
        .extend(incoming.curation.bookmarks.iter().cloned());
    out.curation
        .done
        .extend(incoming.curation.done.iter().cloned());
    out.curation.notes.extend(incoming.curation.notes.clone());
    if !incoming.display_name.is_empty() {
        out.display_name = incoming.display_name.clone();
    }
    out
}

fn csv_field(s: &str) -> String {
    // Quote always; also neutralise spreadsheet formulas in text cells.
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// Per-pillar scores across the history, one row per completed assessment.
pub fn history_csv(q: &Questionnaire, data: &AppData) -> String {
    let mut out = String::from("\"Completed\",\"Overall\"");
    for p in &q.pillars {
        out.push(',');
        out.push_str(&csv_field(&p.name));
    }
    out.push_str("\r\n");
    for s in &data.history {
        let sc = score(q, &s.answers);
        out.push_str(&csv_field(&s.date));
        let cell = |m: Option<f64>| {
            if m.is_some() {
                fmt_score(m)
            } else {
                String::new()
            }
        };
        out.push(',');
        out.push_str(&cell(sc.overall));
        for p in &sc.pillars {
            out.push(',');
            out.push_str(&cell(p.mean));
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::Answer;
    use crate::core::state::Action;
    use proptest::prelude::*;

    fn sample() -> AppData {
        let q = Questionnaire::builtin();
        let mut d = AppData::new(q.version, "2026-09-01");
        for (n, item) in q.items().enumerate() {
            d.apply(Action::Answer {
                item: item.id.clone(),
                answer: Answer::Level((n % 5) as u8 + 1),
            });
        }
        d.apply(Action::Complete {
            id: "1".into(),
            today: "2026-09-01".into(),
        });
        d.apply(Action::SetTarget {
            pillar: "branding".into(),
            level: Some(4),
        });
        d.apply(Action::ToggleBookmark {
            id: "culture-of-yes".into(),
        });
        d
    }

    #[test]
    fn an_export_imports_into_an_empty_browser_unchanged() {
        let d = sample();
        let text = export_json(&d, "2026-11-23");
        let back = parse_export(&text).unwrap();
        assert_eq!(back, d);
        let merged = merge(&AppData::default(), &back);
        assert_eq!(merged.history, d.history);
        assert_eq!(merged.attempt, d.attempt);
        assert_eq!(merged.targets, d.targets);
        assert_eq!(merged.curation.bookmarks, d.curation.bookmarks);
    }

    #[test]
    fn the_preview_says_what_is_added_and_replaced() {
        let d = sample();
        let p = preview(&AppData::default(), &d);
        assert!(
            p.added.iter().any(|l| l.contains("1 completed assessment")),
            "{p:?}"
        );
        assert!(p.replaced.iter().any(|l| l.contains("1 target")), "{p:?}");
        assert!(preview(&d, &d).unchanged);
    }

    #[test]
    fn foreign_and_malformed_files_get_clear_errors() {
        assert!(parse_export("hello")
            .unwrap_err()
            .contains("not valid JSON"));
        assert!(parse_export("{\"a\":1}")
            .unwrap_err()
            .contains("not a Pillars export"));
        assert!(parse_export("{\"kind\":\"pillars-collection\"}")
            .unwrap_err()
            .contains("collection"));
        assert!(parse_export("{\"kind\":\"pillars-export\",\"format\":99}")
            .unwrap_err()
            .contains("newer"));
        let broken = "{\"kind\":\"pillars-export\",\"format\":1,\"exported\":\"x\",\"data\":{\"history\":7}}";
        assert!(parse_export(broken).unwrap_err().contains("damaged"));
    }

    #[test]
    fn unknown_items_and_bad_targets_are_dropped_on_import() {
        let mut d = sample();
        d.attempt
            .answers
            .insert("no-such-item".into(), Answer::Level(5));
        d.targets.insert("no-such-pillar".into(), 3);
        let back = parse_export(&export_json(&d, "2026-11-23")).unwrap();
        assert!(!back.attempt.answers.contains_key("no-such-item"));
        assert!(!back.targets.contains_key("no-such-pillar"));
    }

    #[test]
    fn the_csv_has_a_row_per_assessment_and_a_column_per_pillar() {
        let q = Questionnaire::builtin();
        let csv = history_csv(q, &sample());
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].contains("\"Student Engagement, Learning and Outcomes\""));
        assert_eq!(lines[1].split(',').count(), 2 + q.pillars.len());
        assert!(lines[1].starts_with("\"2026-09-01\","));
        assert_eq!(csv_field("=SUM(A1)"), "\"'=SUM(A1)\"");
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
