//! The questionnaire: pillars, items and level ladders, loaded from `assets/content/questionnaire.json`.
use super::level::Level;
pub use super::level::LEVELS;
use super::pillar::MAX_PILLARS;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Bumped whenever items are added, removed, reordered or change meaning: saved and shared
    /// answers carry it. The previous version's file is kept (`questionnaire-v<n>.json`) and a step
    /// of [`Migrations`] says where each of its items' answers go.
    pub version: u8,
    pub levels: Vec<LevelDef>,
    pub pillars: Vec<Pillar>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelDef {
    pub value: u8,
    pub name: String,
    pub legend: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pillar {
    pub id: String,
    pub name: String,
    pub short: String,
    pub description: String,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub prompt: String,
    pub levels: Vec<String>,
    /// What to do next, one hint per step up: `level_up[0]` leads from level 1 to level 2, …,
    /// `level_up[3]` from level 4 to level 5 (see [`Item::hint`]). The copy built into the
    /// release has none until they arrive (see `BUILTIN_JSON`); every file has them.
    #[serde(default)]
    pub level_up: Vec<String>,
    /// The seed passage this item is written from (in the file, checked by `cargo test`; the
    /// copy built into the app keeps only those citing an action item, which the plan reads).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// Set when the item assumes a school or system leader's role and has no wording for a
    /// teacher: someone answering as a teacher is not asked it (it counts as not applicable).
    /// Items with a teacher's wording have it in `questionnaire-teacher.json` (see
    /// [`super::translation::ItemText`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
}

/// Who an item is written for, when not for everyone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Leader,
}

/// Who is answering, as the person said once (a preference, like the language): the items'
/// wording and which items are asked follow it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Role {
    /// A school or system leader: every item, in the questionnaire's own wording.
    #[default]
    Leader,
    /// Someone who teaches: the teacher's wording where an item has one; leader items left out.
    Teacher,
}

impl Role {
    pub const ALL: [Role; 2] = [Role::Leader, Role::Teacher];

    /// The stored id.
    pub fn id(self) -> &'static str {
        match self {
            Role::Leader => "leader",
            Role::Teacher => "teacher",
        }
    }

    pub fn parse(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == id)
    }

    /// For `skip_serializing_if`: a leader is what data without a role means.
    pub fn is_leader(&self) -> bool {
        *self == Role::Leader
    }

    /// Writes the id (`serialize_with`).
    pub fn write<S: serde::Serializer>(role: &Role, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(role.id())
    }

    /// Reads an id (`deserialize_with`); one a later build added reads as a leader's, so the
    /// data around it stays readable.
    pub fn read<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Role, D::Error> {
        Ok(Role::parse(&String::deserialize(d)?).unwrap_or_default())
    }
}

/// Why a questionnaire file was refused (for the people who edit it: `cargo test` reports it).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QuestionnaireError {
    #[error("questionnaire file: {0}")]
    Json(String),
    #[error("version must be at least 1")]
    Version,
    #[error("expected {LEVELS} levels, found {0}")]
    LevelCount(usize),
    #[error("level {0} is malformed")]
    BadLevel(usize),
    #[error("no pillars")]
    NoPillars,
    #[error("more than {MAX_PILLARS} pillars")]
    TooManyPillars,
    #[error("duplicate id {0}")]
    DuplicateId(String),
    #[error("pillar {0} has fewer than 4 items")]
    TooFewItems(String),
    #[error("pillar {0} has an empty field")]
    EmptyPillarField(String),
    #[error("item {0} must have {LEVELS} levels")]
    ItemLevels(String),
    #[error("item {0} must have {HINTS} level-up hints, one per step")]
    ItemHints(String),
    #[error("item {0} has an empty field")]
    EmptyItemField(String),
}

/// Level-up hints per item: one per step between levels.
pub const HINTS: usize = LEVELS - 1;

impl Item {
    /// Whether someone answering as `role` is asked this item.
    pub fn asks(&self, role: Role) -> bool {
        !(role == Role::Teacher && self.audience == Some(Audience::Leader))
    }

    /// The hint for someone at `level` on this item: how to reach the next level. `None` at
    /// the top level, which has no next step.
    pub fn hint(&self, level: Level) -> Option<&str> {
        self.level_up
            .get(usize::from(level.get()) - 1)
            .filter(|_| level < Level::MAX)
            .map(String::as_str)
    }
}

/// `assets/content/questionnaire.json` compacted by build.rs (no whitespace, no `source` but the
/// action items'). With code splitting (the release) also without the level-up hints, which
/// arrive with the later screens (`crate::lazy`, laid over by [`super::translation::reword`]).
#[cfg(not(feature = "split"))]
const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/questionnaire.json"));
#[cfg(feature = "split")]
const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/questionnaire-no-hints.json"));
/// `assets/content/questionnaire-migrations.json` compacted by build.rs (no whitespace, and no
/// item a step keeps under its own id: an id a step does not list is kept as it is).
const MIGRATIONS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/migrations.json"));

/// How answers to one questionnaire version carry over to the next (kept as data in
/// `assets/content/questionnaire-migrations.json`; the older version's file is kept as
/// `assets/content/questionnaire-v<from>.json`, so links made with it still open).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Migration {
    pub from: u8,
    pub to: u8,
    /// Every item of version `from`: the item of version `to` whose answer it becomes, or
    /// `null` when no item of `to` means the same (the answer is dropped).
    pub items: std::collections::BTreeMap<String, Option<String>>,
}

/// The chain of migrations, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Migrations {
    pub steps: Vec<Migration>,
}

impl Migrations {
    /// The migrations shipped with the app (checked by `tests/content.rs`).
    pub fn builtin() -> &'static Migrations {
        use std::sync::OnceLock;
        static M: OnceLock<Migrations> = OnceLock::new();
        M.get_or_init(|| serde_json::from_str(MIGRATIONS_JSON).unwrap_or_default())
    }

    /// The step leaving version `from`.
    pub fn step(&self, from: u8) -> Option<&Migration> {
        self.steps.iter().find(|s| s.from == from)
    }

    /// Where an answer to item `id` of version `from` belongs in version `to`: `Some(None)` when
    /// it is dropped on the way, `None` when there is no chain from `from` to `to`. An id a step
    /// does not list (no item of that version) is kept as it is.
    pub fn carry(&self, id: &str, from: u8, to: u8) -> Option<Option<String>> {
        let mut id = id.to_string();
        let mut v = from;
        while v < to {
            let step = self.step(v)?;
            match step.items.get(&id) {
                Some(Some(next)) => id = next.clone(),
                Some(None) => return Some(None),
                None => {}
            }
            v = step.to;
        }
        (v == to).then_some(Some(id))
    }

    /// Whether links and answers of version `v` can still be read (a chain leads from it to `to`).
    pub fn reaches(&self, v: u8, to: u8) -> bool {
        let mut v = v;
        while v < to {
            match self.step(v) {
                Some(s) if s.to > v => v = s.to,
                _ => return false,
            }
        }
        v == to
    }
}

impl Questionnaire {
    /// Parses and validates a questionnaire file.
    pub fn from_json(text: &str) -> Result<Self, QuestionnaireError> {
        let q: Questionnaire =
            serde_json::from_str(text).map_err(|e| QuestionnaireError::Json(e.to_string()))?;
        q.validate()?;
        Ok(q)
    }

    /// The questionnaire shipped with the app (validated by the test suite).
    pub fn builtin() -> &'static Questionnaire {
        use std::sync::OnceLock;
        static Q: OnceLock<Questionnaire> = OnceLock::new();
        // Parsed without `from_json`'s message (formatting a JSON error would pull float
        // formatting into the first wasm chunk) and without `validate` (its code stays with
        // the older versions' reader, in the second chunk): `cargo test` checks this file.
        Q.get_or_init(|| {
            serde_json::from_str::<Questionnaire>(BUILTIN_JSON)
                .ok()
                // An empty questionnaire keeps the app alive.
                .unwrap_or(Questionnaire {
                    version: 0,
                    levels: vec![],
                    pillars: vec![],
                })
        })
    }

    /// The file of an older version, `questionnaire-v<version>.json` (fetched to open a link made
    /// with it): `None` unless it is a valid questionnaire of that version.
    pub fn archived(text: &str, version: u8) -> Option<Questionnaire> {
        serde_json::from_str::<Questionnaire>(text)
            .ok()
            .filter(|q| q.version == version && q.validate().is_ok())
    }

    /// Where the file of an older version is, relative to the page.
    pub fn archived_file(version: u8) -> String {
        format!("questionnaire-v{version}.json")
    }

    /// Where the text of an older version in another language is (a translation file, as
    /// `i18n/<language>/questionnaire.json` is for today's version).
    pub fn archived_translation_file(language: &str, version: u8) -> String {
        format!("i18n/{language}/questionnaire-v{version}.json")
    }

    pub fn validate(&self) -> Result<(), QuestionnaireError> {
        use QuestionnaireError as E;
        if self.version == 0 {
            return Err(E::Version);
        }
        if self.levels.len() != LEVELS {
            return Err(E::LevelCount(self.levels.len()));
        }
        for (i, l) in self.levels.iter().enumerate() {
            if l.value as usize != i + 1 || l.name.trim().is_empty() || l.legend.trim().is_empty() {
                return Err(E::BadLevel(i + 1));
            }
        }
        if self.pillars.is_empty() {
            return Err(E::NoPillars);
        }
        if self.pillars.len() > MAX_PILLARS {
            return Err(E::TooManyPillars);
        }
        let mut ids = HashSet::new();
        for p in &self.pillars {
            if !ids.insert(p.id.as_str()) {
                return Err(E::DuplicateId(p.id.clone()));
            }
            if p.items.len() < 4 {
                return Err(E::TooFewItems(p.id.clone()));
            }
            for text in [&p.name, &p.short, &p.description] {
                if text.trim().is_empty() {
                    return Err(E::EmptyPillarField(p.id.clone()));
                }
            }
            for item in &p.items {
                if !ids.insert(item.id.as_str()) {
                    return Err(E::DuplicateId(item.id.clone()));
                }
                if item.levels.len() != LEVELS {
                    return Err(E::ItemLevels(item.id.clone()));
                }
                if item.level_up.len() != HINTS {
                    return Err(E::ItemHints(item.id.clone()));
                }
                let mut all = item
                    .levels
                    .iter()
                    .chain(&item.level_up)
                    .chain([&item.prompt]);
                if all.any(|t| t.trim().is_empty()) {
                    return Err(E::EmptyItemField(item.id.clone()));
                }
            }
        }
        Ok(())
    }

    pub fn item_count(&self) -> usize {
        self.pillars.iter().map(|p| p.items.len()).sum()
    }

    /// Every item in questionnaire order (the order share links encode).
    /// The ids of the items someone answering as `role` is not asked.
    pub fn not_asked(&self, role: Role) -> Vec<String> {
        self.items()
            .filter(|i| !i.asks(role))
            .map(|i| i.id.clone())
            .collect()
    }

    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.pillars.iter().flat_map(|p| p.items.iter())
    }

    pub fn pillar(&self, id: &str) -> Option<&Pillar> {
        self.pillars.iter().find(|p| p.id == id)
    }

    pub fn pillar_index(&self, id: &str) -> Option<usize> {
        self.pillars.iter().position(|p| p.id == id)
    }

    pub fn level_name(&self, level: Level) -> &str {
        self.levels
            .get(usize::from(level.get()) - 1)
            .map(|l| l.name.as_str())
            .unwrap_or("")
    }

    /// A level as the screens and the plan's Markdown say it: "4 · Embedding".
    pub fn level_label(&self, level: Level) -> String {
        format!("{} · {}", level.get(), self.level_name(level))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_copy_is_the_file_without_the_sources_the_app_does_not_read() {
        let file = include_str!("../../assets/content/questionnaire.json");
        let mut q = Questionnaire::from_json(file).unwrap();
        assert!(q.items().all(|i| !i.source.is_empty()));
        for p in &mut q.pillars {
            for i in &mut p.items {
                if !i.source.contains("action item") {
                    i.source.clear();
                }
            }
        }
        assert_eq!(Questionnaire::builtin(), &q);
        assert_eq!(Questionnaire::builtin().validate(), Ok(()));
        assert!(BUILTIN_JSON.len() < file.len() * 9 / 10);
    }

    #[test]
    fn each_level_below_the_top_has_its_own_hint() {
        let item = Questionnaire::builtin().items().next().unwrap();
        for (n, level) in Level::all().take(HINTS).enumerate() {
            assert_eq!(item.hint(level), Some(item.level_up[n].as_str()));
        }
        assert_eq!(item.hint(Level::MAX), None, "no step above the top level");
    }

    fn step(items: &[(&str, Option<&str>)]) -> Migration {
        Migration {
            from: 1,
            to: 2,
            items: items
                .iter()
                .map(|(a, b)| (a.to_string(), b.map(str::to_string)))
                .collect(),
        }
    }

    #[test]
    fn answers_follow_the_chain_of_migrations_renamed_kept_or_dropped() {
        let mut second = step(&[("b", Some("c")), ("d", None)]);
        (second.from, second.to) = (2, 3);
        let m = Migrations {
            steps: vec![
                step(&[("a", Some("b")), ("x", None), ("k", Some("k"))]),
                second,
            ],
        };
        assert_eq!(m.carry("a", 1, 3), Some(Some("c".into())), "renamed twice");
        assert_eq!(m.carry("a", 1, 2), Some(Some("b".into())));
        assert_eq!(m.carry("x", 1, 3), Some(None), "dropped in the first step");
        assert_eq!(m.carry("k", 1, 3), Some(Some("k".into())));
        assert_eq!(
            m.carry("other", 1, 3),
            Some(Some("other".into())),
            "not an item: kept"
        );
        assert_eq!(m.carry("a", 1, 4), None, "no step from 3");
        assert!(m.reaches(1, 3) && m.reaches(2, 3) && m.reaches(3, 3));
        assert!(!m.reaches(0, 3) && !m.reaches(1, 4));
    }

    #[test]
    fn the_shipped_migrations_lead_from_every_older_version_to_today() {
        let q = Questionnaire::builtin();
        let m = Migrations::builtin();
        assert!(!m.steps.is_empty(), "the migrations file reads");
        for v in 1..q.version {
            assert!(m.reaches(v, q.version), "version {v}");
        }
    }

    #[test]
    fn an_older_version_is_read_from_its_own_file_only() {
        let v1 = include_str!("../../assets/content/questionnaire-v1.json");
        let q = Questionnaire::archived(v1, 1).expect("version 1");
        assert_eq!((q.version, q.item_count()), (1, 34));
        assert_eq!(
            Questionnaire::archived(v1, 2),
            None,
            "not the version asked for"
        );
        assert_eq!(Questionnaire::archived("{", 1), None);
        assert_eq!(Questionnaire::archived_file(1), "questionnaire-v1.json");
    }

    #[test]
    fn an_item_without_four_hints_is_refused() {
        let mut q = Questionnaire::builtin().clone();
        q.pillars[0].items[0].level_up.pop();
        let id = q.pillars[0].items[0].id.clone();
        assert_eq!(q.validate(), Err(QuestionnaireError::ItemHints(id.clone())));
        q.pillars[0].items[0].level_up.push(" ".into());
        assert_eq!(q.validate(), Err(QuestionnaireError::EmptyItemField(id)));
    }
}
