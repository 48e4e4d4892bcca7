//! The content in another language: `assets/i18n/<code>/questionnaire.json` is the questionnaire
//! file with its text translated (same shape, same ids), laid over the English one by id. Ids,
//! order and version stay the English ones, so answers, links and exports never depend on the
//! language; anything the translation lacks stays in English. Reading it needs no parsing code of
//! its own: it is a questionnaire file.
//!
//! `assets/i18n/<code>/library.json` holds the library's descriptions (by resource id) and tag
//! labels (by tag) in that language; titles and authors stay as published. It is laid over the
//! library for display and search only: collections and exports carry the library's own text.
use super::library::Library;
use super::questionnaire::Questionnaire;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The library's text in another language.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct LibraryText {
    pub version: u8,
    #[serde(default)]
    pub descriptions: BTreeMap<String, String>,
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
}

/// An item's text laid over by id: for someone who teaches, its prompt, five level statements
/// and four hints; for the release's built-in copy, its hints alone. What is missing stays.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    #[serde(default)]
    pub prompt: String,
    #[serde(default)]
    pub levels: Vec<String>,
    pub level_up: Vec<String>,
}

/// Items' text by id: the teacher's wording (`questionnaire-teacher.json`, and
/// `i18n/<code>/questionnaire-teacher.json` in another language), or the level-up hints the
/// release fetches with its later screens (`questionnaire-hints.json`, see `crate::lazy`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemText {
    /// The questionnaire version it words (another version's is not used).
    pub version: u8,
    pub items: BTreeMap<String, Wording>,
}

/// Where the teacher's wording in `language` is, relative to the page.
pub fn teacher_file(language: &str) -> String {
    if language == "en" {
        "questionnaire-teacher.json".to_string()
    } else {
        format!("i18n/{language}/questionnaire-teacher.json")
    }
}

/// Reads a file of items' text (the teacher's wording, the hints); `None` when it is not one.
pub fn parse_item_text(text: &str) -> Option<ItemText> {
    serde_json::from_str(text).ok()
}

/// The questionnaire with `t`'s text on its items (prompt, ladder and hints, each laid over only
/// whole): as someone who teaches reads it, or the release's built-in copy with its hints; ids,
/// order and version unchanged.
pub fn reword(q: &Questionnaire, t: &ItemText) -> Questionnaire {
    let mut out = q.clone();
    if t.version != q.version {
        return out;
    }
    for p in &mut out.pillars {
        for item in &mut p.items {
            let Some(w) = t.items.get(&item.id) else {
                continue;
            };
            use_if_given(&mut item.prompt, &w.prompt);
            if w.levels.len() == item.levels.len() {
                item.levels.clone_from(&w.levels);
            }
            // Also onto an item without hints yet (the release's built-in copy, see lazy.rs).
            if w.level_up.len() == item.level_up.len() || item.level_up.is_empty() {
                item.level_up.clone_from(&w.level_up);
            }
        }
    }
    out
}

/// Reads a library translation file; `None` when it is not one.
pub fn parse_library(text: &str) -> Option<LibraryText> {
    serde_json::from_str(text).ok()
}

/// The library with `t`'s descriptions and tag labels wherever it has some (ids, titles,
/// authors, pillars and addresses unchanged); another version of the library is not used.
pub fn translate_library(lib: &Library, t: &LibraryText) -> Library {
    let mut out = lib.clone();
    if t.version != lib.version {
        return out;
    }
    for r in &mut out.resources {
        if let Some(d) = t.descriptions.get(&r.id).filter(|d| !d.trim().is_empty()) {
            r.description = Some(d.clone());
        }
        for tag in &mut r.tags {
            if let Some(label) = t.tags.get(tag.as_str()) {
                use_if_given(tag, label);
            }
        }
    }
    out
}

/// What the library translation `t` lacks or has in excess (for the content tests).
pub fn library_gaps(lib: &Library, t: &LibraryText) -> Vec<String> {
    let mut out = Vec::new();
    if t.version != lib.version {
        out.push(format!(
            "version {} (the library is {})",
            t.version, lib.version
        ));
    }
    for r in &lib.resources {
        if t.descriptions
            .get(&r.id)
            .is_none_or(|d| d.trim().is_empty())
        {
            out.push(format!("description of {}", r.id));
        }
        for tag in &r.tags {
            if t.tags.get(tag).is_none_or(|l| l.trim().is_empty()) {
                out.push(format!("tag {tag}"));
            }
        }
    }
    for id in t.descriptions.keys() {
        if !lib.resources.iter().any(|r| &r.id == id) {
            out.push(format!("unknown resource {id}"));
        }
    }
    for tag in t.tags.keys() {
        if !lib.resources.iter().any(|r| r.tags.contains(tag)) {
            out.push(format!("unused tag {tag}"));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Reads a translation file; `None` when it is not a questionnaire file.
pub fn parse(text: &str) -> Option<Questionnaire> {
    serde_json::from_str(text).ok()
}

/// Which ids of `q` the translation `t` lacks or gets wrong (for the content tests).
pub fn gaps(q: &Questionnaire, t: &Questionnaire) -> Vec<String> {
    let mut out = Vec::new();
    if t.version != q.version {
        out.push(format!(
            "version {} (the questionnaire is {})",
            t.version, q.version
        ));
    }
    if t.levels.len() != q.levels.len() {
        out.push("levels".into());
    }
    for p in &q.pillars {
        if t.pillar(&p.id).is_none() {
            out.push(p.id.clone());
        }
        for item in &p.items {
            match t.items().find(|i| i.id == item.id) {
                Some(i)
                    if i.levels.len() == item.levels.len()
                        && i.level_up.len() == item.level_up.len()
                        && i.level_up.iter().all(|h| !h.trim().is_empty()) => {}
                _ => out.push(item.id.clone()),
            }
        }
    }
    out
}

fn use_if_given(target: &mut String, text: &str) {
    if !text.trim().is_empty() {
        *target = text.to_string();
    }
}

/// The questionnaire with `t`'s text wherever it has some (ids, order and version unchanged).
pub fn translate(q: &Questionnaire, t: &Questionnaire) -> Questionnaire {
    let mut out = q.clone();
    if t.version != q.version {
        return out;
    }
    for (level, text) in out.levels.iter_mut().zip(&t.levels) {
        use_if_given(&mut level.name, &text.name);
        use_if_given(&mut level.legend, &text.legend);
    }
    for p in &mut out.pillars {
        if let Some(text) = t.pillar(&p.id) {
            use_if_given(&mut p.name, &text.name);
            use_if_given(&mut p.short, &text.short);
            use_if_given(&mut p.description, &text.description);
        }
        for item in &mut p.items {
            let Some(text) = t.items().find(|i| i.id == item.id) else {
                continue;
            };
            use_if_given(&mut item.prompt, &text.prompt);
            // A ladder or a set of hints is laid over only whole, so steps never mix languages
            // out of order.
            if text.levels.len() == item.levels.len() {
                for (level, given) in item.levels.iter_mut().zip(&text.levels) {
                    use_if_given(level, given);
                }
            }
            if text.level_up.len() == item.level_up.len() {
                for (hint, given) in item.level_up.iter_mut().zip(&text.level_up) {
                    use_if_given(hint, given);
                }
            } else if item.level_up.is_empty() {
                // The release's built-in copy has its hints apart (see lazy.rs).
                item.level_up.clone_from(&text.level_up);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn hints_arriving_apart_complete_a_questionnaire_without_them_in_any_language() {
        // The release's built-in copy has no hints; they arrive as {"items": {id: {"level_up"}}}.
        let full = Questionnaire::builtin();
        let mut bare = full.clone();
        for p in &mut bare.pillars {
            for i in &mut p.items {
                i.level_up.clear();
            }
        }
        let items: Vec<String> = full
            .items()
            .map(|i| format!("{:?}:{{\"level_up\":{:?}}}", i.id, i.level_up))
            .collect();
        let text = format!(
            "{{\"version\":{},\"items\":{{{}}}}}",
            full.version,
            items.join(",")
        );
        let hints = parse_item_text(&text).expect("the hints file reads");
        assert_eq!(&reword(&bare, &hints), full);
        // A translation brings its own hints onto the bare copy too.
        let mut french = full.clone();
        french.pillars[0].items[0].level_up = (1..=4).map(|n| format!("Étape {n}")).collect();
        let t = translate(&bare, &french);
        assert_eq!(t.pillars[0].items[0].level_up[3], "Étape 4");
        assert_eq!(
            t.pillars[1].items[0].level_up,
            full.pillars[1].items[0].level_up
        );
    }

    #[test]
    fn a_teachers_wording_is_laid_over_whole_and_only_for_its_version() {
        let q = Questionnaire::builtin();
        let id = q.pillars[1].items[1].id.clone();
        let w = Wording {
            prompt: "In my classroom".into(),
            levels: (1..=5).map(|n| format!("L{n}")).collect(),
            level_up: (1..=4).map(|n| format!("H{n}")).collect(),
        };
        let t = ItemText {
            version: q.version,
            items: [(id.clone(), w)].into_iter().collect(),
        };
        let r = reword(q, &t);
        let item = r.items().find(|i| i.id == id).unwrap();
        assert_eq!(item.prompt, "In my classroom");
        assert_eq!(item.levels[4], "L5");
        assert_eq!(item.level_up[0], "H1");
        assert_eq!(r.item_count(), q.item_count());
        let other = r.items().zip(q.items()).filter(|(a, b)| a != b).count();
        assert_eq!(other, 1, "only the reworded item changes");
        let old = ItemText {
            version: q.version + 1,
            ..t
        };
        assert_eq!(&reword(q, &old), q);
    }

    use super::*;

    fn sample() -> Questionnaire {
        let mut t = Questionnaire::builtin().clone();
        t.pillars[0].name = "Nom".into();
        t.pillars[0].items[0].prompt = "Énoncé".into();
        t.pillars[0].items[0].levels[4] = "5".into();
        t.pillars[0].items[0].level_up[3] = "Vers 5".into();
        t.pillars[1].items.clear();
        t
    }

    #[test]
    fn text_is_laid_over_and_everything_else_stays() {
        let q = Questionnaire::builtin();
        let t = translate(q, &sample());
        assert_eq!(t.pillars[0].name, "Nom");
        assert_eq!(t.pillars[0].items[0].prompt, "Énoncé");
        assert_eq!(t.pillars[0].items[0].levels[4], "5");
        assert_eq!(t.pillars[0].items[0].level_up[3], "Vers 5");
        assert_eq!(
            t.pillars[0].items[0].level_up[0],
            q.pillars[0].items[0].level_up[0]
        );
        // Ids, order, version and untranslated text are the English ones.
        assert_eq!(t.version, q.version);
        let ids = |q: &Questionnaire| q.items().map(|i| i.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&t), ids(q));
        assert_eq!(t.pillars[1], q.pillars[1]);
    }

    #[test]
    fn library_text_is_laid_over_descriptions_and_tags_only() {
        let lib = Library::builtin();
        let first = &lib.resources[0];
        let mut t = LibraryText {
            version: lib.version,
            ..LibraryText::default()
        };
        t.descriptions.insert(first.id.clone(), "Décrit.".into());
        t.tags.insert(first.tags[0].clone(), "étiquette".into());
        let fr = translate_library(lib, &t);
        assert_eq!(fr.resources[0].description.as_deref(), Some("Décrit."));
        assert_eq!(fr.resources[0].tags[0], "étiquette");
        assert_eq!(fr.resources[0].title, first.title);
        assert_eq!(fr.resources[0].id, first.id);
        assert_eq!(fr.resources[1].description, lib.resources[1].description);
        assert!(library_gaps(lib, &t).contains(&format!("description of {}", lib.resources[1].id)));
        t.descriptions.insert("nowhere".into(), "x".into());
        assert!(library_gaps(lib, &t).contains(&"unknown resource nowhere".to_string()));
        t.version += 1;
        assert_eq!(&translate_library(lib, &t), lib);
        assert!(parse_library("[]").is_none());
    }

    #[test]
    fn another_version_is_not_used_and_gaps_are_named() {
        let q = Questionnaire::builtin();
        let mut s = sample();
        assert!(gaps(q, &s).contains(&q.pillars[1].items[0].id));
        // An item with a hint missing is a gap too.
        let mut short = q.clone();
        short.pillars[2].items[1].level_up.pop();
        assert_eq!(gaps(q, &short), vec![q.pillars[2].items[1].id.clone()]);
        s.version = q.version + 1;
        assert_eq!(&translate(q, &s), q);
        assert!(gaps(q, &s).iter().any(|g| g.starts_with("version")));
        assert!(parse("not json").is_none());
    }
}
