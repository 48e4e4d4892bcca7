//! Older questionnaires, shipped as what changed: the file of an older version (kept whole and
//! readable in `assets/content/questionnaire-v<n>.json`, and its text in another language in
//! `assets/i18n/<code>/questionnaire-v<n>.json`) mostly repeats today's text. What the app fetches
//! for an old link (`assets/archive/…`, written over those files in `dist/` by
//! `scripts/post-build.mjs`) is the same file with every string that today's questionnaire has
//! at the same place replaced by where it is there: `"\u0000<id>.<field>"`. Today's
//! questionnaire (in the same language) fills them back in, so the file reads as before; the
//! old text that differs stays written out. Version 1 in English and French: 30 KB gzipped
//! whole, about 9 KB so.
//!
//! A reference names an item's prompt (`<item>.p`), level statement (`<item>.l<0–4>`) or hint
//! (`<item>.h<0–3>`), a pillar's name, short name or description (`<pillar>.n`, `.s`, `.d`), or
//! a level's name or legend (`<value>.n`, `.g`). `cargo test` checks that each shipped file is
//! the whole one made small, and reads back to it.
use super::questionnaire::Questionnaire;

/// How a reference starts in the file's text: a JSON string opening with U+0000.
const MARK: &str = "\"\\u0000";

/// The JSON text of what a reference names in `q`; `None` when there is nothing.
fn resolve(q: &Questionnaire, reference: &str) -> Option<String> {
    let json = |text: &str| serde_json::to_string(text).ok();
    let (id, field) = reference.rsplit_once('.')?;
    if let Some(item) = q.items().find(|i| i.id == id) {
        // An item's five levels or four hints unchanged: the whole list.
        match field {
            "L" => return serde_json::to_string(&item.levels).ok(),
            "H" => return serde_json::to_string(&item.level_up).ok(),
            _ => {}
        }
    }
    json(text_of(q, reference)?)
}

/// The string of `q` a reference names; `None` when there is none.
fn text_of<'q>(q: &'q Questionnaire, reference: &str) -> Option<&'q str> {
    let (id, field) = reference.rsplit_once('.')?;
    let mut chars = field.chars();
    let kind = chars.next()?;
    let index: usize = match chars.as_str() {
        "" => 0,
        digits => digits.parse().ok()?,
    };
    if let Ok(value) = id.parse::<u8>() {
        let level = q.levels.iter().find(|l| l.value == value)?;
        return match kind {
            'n' => Some(&level.name),
            'g' => Some(&level.legend),
            _ => None,
        };
    }
    if let Some(p) = q.pillars.iter().find(|p| p.id == id) {
        return match kind {
            'n' => Some(&p.name),
            's' => Some(&p.short),
            'd' => Some(&p.description),
            _ => None,
        };
    }
    let item = q.items().find(|i| i.id == id)?;
    match kind {
        'p' => Some(&item.prompt),
        'l' => item.levels.get(index).map(String::as_str),
        'h' => item.level_up.get(index).map(String::as_str),
        _ => None,
    }
}

/// The older version's file whole again, from its shipped text and today's questionnaire in the
/// same language; `None` when a reference names nothing (a damaged file, or one made against
/// another build's questionnaire).
pub fn expand(text: &str, today: &Questionnaire) -> Option<String> {
    let mut out = String::with_capacity(text.len() * 4);
    let mut rest = text;
    while let Some(at) = rest.find(MARK) {
        out.push_str(&rest[..at]);
        let after = &rest[at + MARK.len()..];
        let end = after.find('"')?;
        out.push_str(&resolve(today, &after[..end])?);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::translation::{parse, translate};
    use serde_json::Value;

    /// The whole file made small: every string `today` has at the same place becomes a reference.
    /// A translation's `source` fields are dropped too (a translation is laid over the English
    /// file by id, which keeps its own).
    fn shrink(whole: &str, today: &Questionnaire, translation: bool) -> String {
        let mut file: Value = serde_json::from_str(whole).expect("a questionnaire file");
        let refer = |v: &mut Value, reference: String| {
            if resolve(today, &reference)
                .is_some_and(|json| serde_json::from_str::<Value>(&json).is_ok_and(|j| j == *v))
            {
                *v = Value::String(format!("\u{0}{reference}"));
            }
        };
        for level in file["levels"].as_array_mut().into_iter().flatten() {
            let value = level["value"].to_string();
            refer(&mut level["name"], format!("{value}.n"));
            refer(&mut level["legend"], format!("{value}.g"));
        }
        for pillar in file["pillars"].as_array_mut().into_iter().flatten() {
            let id = pillar["id"].as_str().unwrap_or_default().to_string();
            for (field, kind) in [("name", "n"), ("short", "s"), ("description", "d")] {
                refer(&mut pillar[field], format!("{id}.{kind}"));
            }
            for item in pillar["items"].as_array_mut().into_iter().flatten() {
                let id = item["id"].as_str().unwrap_or_default().to_string();
                refer(&mut item["prompt"], format!("{id}.p"));
                if translation {
                    item.as_object_mut().map(|o| o.remove("source"));
                }
                for (field, kind) in [("levels", "l"), ("level_up", "h")] {
                    // The whole list when it is today's, else each string that is.
                    refer(&mut item[field], format!("{id}.{}", kind.to_uppercase()));
                    for (k, v) in item[field].as_array_mut().into_iter().flatten().enumerate() {
                        refer(v, format!("{id}.{kind}{k}"));
                    }
                }
            }
        }
        let mut out = serde_json::to_string(&file).expect("JSON");
        out.push('\n');
        out
    }

    fn read(path: &str) -> String {
        std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
            .unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// The languages with a questionnaire text of their own (`assets/i18n/<code>/`).
    fn languages() -> Vec<String> {
        let dir = format!("{}/assets/i18n", env!("CARGO_MANIFEST_DIR"));
        let mut codes: Vec<String> = std::fs::read_dir(dir)
            .expect("assets/i18n")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|c| {
                std::path::Path::new(&format!(
                    "{}/assets/i18n/{c}/questionnaire.json",
                    env!("CARGO_MANIFEST_DIR")
                ))
                .exists()
            })
            .collect();
        codes.sort();
        assert!(codes.contains(&"fr".to_string()));
        codes
    }

    /// Each older version's file, in each language, against today's questionnaire in that
    /// language: (the whole file, the shipped one, today's, whether a translation).
    fn archived() -> Vec<(String, String, Questionnaire, bool)> {
        let english = Questionnaire::builtin();
        let mut out = Vec::new();
        for version in 1..english.version {
            let file = Questionnaire::archived_file(version);
            out.push((
                format!("assets/content/{file}"),
                format!("assets/archive/{file}"),
                english.clone(),
                false,
            ));
            for code in languages() {
                let today = parse(&read(&format!("assets/i18n/{code}/questionnaire.json")))
                    .expect("today's translation");
                let file = Questionnaire::archived_translation_file(&code, version);
                out.push((
                    format!("assets/{file}"),
                    format!("assets/archive/{file}"),
                    translate(english, &today),
                    true,
                ));
            }
        }
        out
    }

    /// The shipped files are the whole ones made small; `PILLARS_WRITE_ARCHIVE=1 cargo test
    /// archive` writes them again after today's questionnaire or an old file changed.
    #[test]
    fn shipped_old_versions_are_the_whole_files_made_small() {
        for (whole, shipped, today, translation) in archived() {
            let small = shrink(&read(&whole), &today, translation);
            if std::env::var_os("PILLARS_WRITE_ARCHIVE").is_some() {
                let path = format!("{}/{shipped}", env!("CARGO_MANIFEST_DIR"));
                std::fs::create_dir_all(std::path::Path::new(&path).parent().expect("a folder"))
                    .expect("the archive folder");
                std::fs::write(&path, &small).expect("written");
            }
            assert!(
                read(&shipped) == small,
                "{shipped} is not {whole} made small: run PILLARS_WRITE_ARCHIVE=1 cargo test archive"
            );
            assert!(
                small.len() * 2 < read(&whole).len(),
                "{shipped} is not much smaller"
            );
        }
    }

    #[test]
    fn shipped_old_versions_read_back_whole() {
        let english_v1 = Questionnaire::from_json(&read("assets/content/questionnaire-v1.json"))
            .expect("version 1 reads");
        for (whole, shipped, today, translation) in archived() {
            let back = expand(&read(&shipped), &today).expect("every reference found");
            let (back, whole) = (
                parse(&back).expect("reads"),
                parse(&read(&whole)).expect("reads"),
            );
            if translation {
                assert_eq!(
                    translate(&english_v1, &back),
                    translate(&english_v1, &whole),
                    "{shipped}"
                );
            } else {
                assert_eq!(back, whole, "{shipped}");
            }
        }
        let v1 = expand(
            &read("assets/archive/questionnaire-v1.json"),
            Questionnaire::builtin(),
        );
        assert!(Questionnaire::archived(&v1.expect("expands"), 1).is_some());
    }

    #[test]
    fn a_reference_to_nothing_or_a_cut_file_reads_as_nothing() {
        let q = Questionnaire::builtin();
        let item = &q.pillars[0].items[0];
        let json = |s: &str| serde_json::to_string(s).unwrap();
        let reads = [
            (
                format!(r#"["\u0000{}.l4","x"]"#, item.id),
                format!(r#"[{},"x"]"#, json(&item.levels[4])),
            ),
            (
                format!(r#"{{"a":"\u0000{}.L"}}"#, item.id),
                format!(
                    r#"{{"a":{}}}"#,
                    serde_json::to_string(&item.levels).unwrap()
                ),
            ),
            (
                r#"["\u0000engagement.n"]"#.into(),
                format!("[{}]", json(&q.pillars[0].name)),
            ),
            (
                r#"["\u00003.g"]"#.into(),
                format!("[{}]", json(&q.levels[2].legend)),
            ),
        ];
        for (small, whole) in reads {
            assert_eq!(expand(&small, q), Some(whole), "{small}");
        }
        for bad in [
            r#"["\u0000no-such-item.p"]"#,
            &format!(r#"["\u0000{}.l9"]"#, item.id),
            &format!(r#"["\u0000{}.q"]"#, item.id),
            r#"["\u0000engagement.p"]"#,
            r#"["\u00009.n"]"#,
            r#"["\u0000nodot"]"#,
            r#"["\u0000engagement.é"]"#,
            r#"["\u0000engagement."]"#,
            r#"["\u0000engagement.n"#,
        ] {
            assert_eq!(expand(bad, q), None, "{bad}");
        }
        assert_eq!(expand("plain", q).as_deref(), Some("plain"));
    }
}
