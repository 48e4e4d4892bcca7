//! Everything a person keeps in their browser, and the actions that change it (a pure reducer).
use super::answers::{Answer, Answers};
use super::date::{self, Date};
use super::level::Level;
use super::library::{Library, Resource};
use super::pillar::PillarId;
use super::scoring::Targets;
use super::share::result_link::SharedResult;
use crate::core::plan::StoredPlan;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The schema of the stored data; bump for any change an older build could not write back
/// unchanged, and add its step to `stored::STEPS` (see `crate::core::stored`).
pub const DATA_SCHEMA: u32 = 1;

/// The assessment in progress.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Attempt {
    /// The questionnaire version these answers answer.
    pub version: u8,
    pub answers: Answers,
    /// The pillar the person was on (index), so they resume where they were.
    pub pillar: usize,
    /// The date the attempt was started.
    #[serde(with = "date::stored")]
    pub started: Option<Date>,
    /// Set when this attempt was completed, to the snapshot id; cleared by any later change.
    pub completed: Option<String>,
}

impl Attempt {
    pub fn new(version: u8, today: &Date) -> Self {
        Attempt {
            version,
            started: Some(*today),
            ..Default::default()
        }
    }
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }
}

/// A completed assessment, kept in the history.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Snapshot {
    /// Unique id (a timestamp).
    pub id: String,
    /// The date completed.
    #[serde(with = "date::stored")]
    pub date: Option<Date>,
    pub version: u8,
    pub answers: Answers,
}

/// A result someone shared with this person; never part of their own history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedShare {
    /// The share code, which identifies it.
    pub code: String,
    /// When it was saved here.
    #[serde(with = "date::stored")]
    pub saved: Option<Date>,
    pub result: SharedResult,
}

/// A resource that came from a collection, marked with where it came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportedResource {
    /// The collection's name and curator, as shown to the person.
    pub source: String,
    pub resource: Resource,
}

/// The person's own curation of the library.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Curation {
    pub bookmarks: BTreeSet<String>,
    pub done: BTreeSet<String>,
    pub notes: BTreeMap<String, String>,
    /// Resources the person added.
    pub own: Vec<Resource>,
    pub imported: Vec<ImportedResource>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppData {
    pub attempt: Attempt,
    /// The attempt set aside by "Start over", recoverable until a new attempt is completed.
    pub previous_attempt: Option<Attempt>,
    pub history: Vec<Snapshot>,
    /// Target level per pillar (entries for unknown pillars or levels are dropped on reading).
    #[serde(deserialize_with = "read_targets", serialize_with = "write_targets")]
    pub targets: Targets,
    pub shared_with_me: Vec<SavedShare>,
    pub curation: Curation,
    /// The name put on share links, if the person chooses one.
    pub display_name: String,
    /// The plan to grow, kept as its stored text until a plan screen reads it (left out of the
    /// stored text while empty, so data without one reads and writes as before).
    #[serde(skip_serializing_if = "StoredPlan::is_empty")]
    pub plan: StoredPlan,
}

impl AppData {
    /// The day the latest completed assessment was completed (the plan's reminders compare the
    /// day set for the next one with it).
    pub fn last_completed_on(&self) -> Option<Date> {
        self.history.iter().filter_map(|s| s.date).max()
    }

    /// Brings the person's own answers (the attempt in progress, the one set aside and the
    /// history) from an older questionnaire version to `version`, by the migrations `m` (see
    /// [`super::answers::carry_over`]). Answers of a newer version, or of one no chain leads
    /// from, are left as they are. Results others shared keep their version: their links are
    /// read with that version's questionnaire.
    pub fn carry_answers_to(&mut self, version: u8, m: &super::questionnaire::Migrations) {
        let carry = |v: &mut u8, answers: &mut Answers| {
            if *v < version {
                if let Some(a) = super::answers::carry_over(answers, *v, version, m) {
                    *answers = a;
                    *v = version;
                }
            }
        };
        carry(&mut self.attempt.version, &mut self.attempt.answers);
        if let Some(p) = &mut self.previous_attempt {
            carry(&mut p.version, &mut p.answers);
        }
        for s in &mut self.history {
            carry(&mut s.version, &mut s.answers);
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Answer {
        item: String,
        answer: Answer,
    },
    ClearAnswer {
        item: String,
    },
    GoToPillar(usize),
    /// The person said who is answering: `items` (those a teacher is not asked) become "not
    /// applicable" where unanswered (`asked: false`), or their "not applicable" is taken back so
    /// they can be answered (`asked: true`). Levels already given stay.
    LeaderItems {
        asked: bool,
        items: Vec<String>,
    },
    /// Sets the current attempt aside (recoverable) and starts a blank one.
    StartOver {
        version: u8,
        today: Date,
    },
    /// Brings back the attempt set aside by the last "Start over".
    RestorePrevious,
    /// Stores the current answers as a dated snapshot in the history.
    Complete {
        id: String,
        today: Date,
    },
    DeleteSnapshot {
        id: String,
    },
    SetTarget {
        pillar: PillarId,
        level: Option<Level>,
    },
    SaveShare(SavedShare),
    RemoveShare {
        code: String,
    },
    SetDisplayName(String),
    ToggleBookmark {
        id: String,
    },
    ToggleDone {
        id: String,
    },
    SetNote {
        id: String,
        note: String,
    },
    /// Adds a resource of the person's own, or replaces the one with the same id.
    PutOwnResource(Resource),
    DeleteOwnResource {
        id: String,
    },
    ImportCollection {
        source: String,
        resources: Vec<Resource>,
    },
    RemoveCollection {
        source: String,
    },
    /// Replaces everything with an accepted import.
    Replace(Box<AppData>),
    /// Takes what another tab saved (the same as `Replace`, but it is already in storage).
    Synced(Box<AppData>),
    DeleteAll,
    /// The plan, changed (by `AppHandle::plan`, which reads and writes it where the plan's
    /// screens are).
    Plan(StoredPlan),
}

impl AppData {
    /// Where the person stands: the latest completed assessment's answers, or, before the first
    /// is completed, the one in progress (the plan says "now" from these, and sets a focus's
    /// starting point from them).
    pub fn latest_answers(&self) -> &Answers {
        self.history
            .last()
            .map_or(&self.attempt.answers, |s| &s.answers)
    }

    /// A fresh start for questionnaire `version`.
    pub fn new(version: u8, today: &Date) -> Self {
        AppData {
            attempt: Attempt::new(version, today),
            ..Default::default()
        }
    }

    /// Applies one action. `library` is the built-in library the person's marks may refer to
    /// (the reducer reads no global: the caller passes it).
    pub fn apply(&mut self, action: Action, library: &Library) {
        match action {
            Action::Answer { .. }
            | Action::ClearAnswer { .. }
            | Action::GoToPillar(_)
            | Action::LeaderItems { .. }
            | Action::StartOver { .. }
            | Action::RestorePrevious
            | Action::Complete { .. }
            | Action::DeleteSnapshot { .. } => self.apply_assessment(action),
            Action::SetTarget { pillar, level } => match level {
                Some(l) => {
                    self.targets.insert(pillar, l);
                }
                None => {
                    self.targets.remove(&pillar);
                }
            },
            Action::SaveShare(share) => {
                self.shared_with_me.retain(|s| s.code != share.code);
                self.shared_with_me.push(share);
            }
            Action::RemoveShare { code } => self.shared_with_me.retain(|s| s.code != code),
            Action::SetDisplayName(name) => self.display_name = name.trim().to_string(),
            Action::ToggleBookmark { .. }
            | Action::ToggleDone { .. }
            | Action::SetNote { .. }
            | Action::PutOwnResource(_)
            | Action::DeleteOwnResource { .. }
            | Action::ImportCollection { .. }
            | Action::RemoveCollection { .. } => self.apply_curation(action, library),
            Action::Replace(data) | Action::Synced(data) => *self = *data,
            Action::DeleteAll => self.delete_all(),
            Action::Plan(plan) => self.plan = plan,
        }
    }

    /// The assessment in progress and the history.
    fn apply_assessment(&mut self, action: Action) {
        match action {
            Action::Answer { item, answer } => {
                self.attempt.answers.insert(item, answer);
                self.attempt.completed = None;
            }
            Action::ClearAnswer { item } if self.attempt.answers.remove(&item).is_some() => {
                self.attempt.completed = None;
            }
            Action::GoToPillar(i) => self.attempt.pillar = i,
            Action::LeaderItems { asked, items } => {
                let before = self.attempt.answers.clone();
                for item in items {
                    if asked {
                        if self.attempt.answers.get(&item) == Some(&Answer::NotApplicable) {
                            self.attempt.answers.remove(&item);
                        }
                    } else {
                        self.attempt
                            .answers
                            .entry(item)
                            .or_insert(Answer::NotApplicable);
                    }
                }
                if self.attempt.answers != before {
                    self.attempt.completed = None;
                }
            }
            Action::StartOver { version, today } => {
                let old = std::mem::replace(&mut self.attempt, Attempt::new(version, &today));
                // Keep the most recent unfinished work recoverable; a completed one is in the history.
                if !old.is_empty() && old.completed.is_none() {
                    self.previous_attempt = Some(old);
                }
            }
            Action::RestorePrevious => {
                if let Some(prev) = self.previous_attempt.take() {
                    let current = std::mem::replace(&mut self.attempt, prev);
                    if !current.is_empty() && current.completed.is_none() {
                        self.previous_attempt = Some(current);
                    }
                }
            }
            Action::Complete { id, today } => {
                self.history.push(Snapshot {
                    id: id.clone(),
                    date: Some(today),
                    version: self.attempt.version,
                    answers: self.attempt.answers.clone(),
                });
                self.attempt.completed = Some(id);
                self.previous_attempt = None;
            }
            Action::DeleteSnapshot { id } => {
                self.history.retain(|s| s.id != id);
                if self.attempt.completed.as_deref() == Some(id.as_str()) {
                    self.attempt.completed = None;
                }
            }
            _ => {}
        }
    }

    /// The person's marks, own resources and imported collections.
    fn apply_curation(&mut self, action: Action, library: &Library) {
        match action {
            Action::ToggleBookmark { id } => toggle(&mut self.curation.bookmarks, id),
            Action::ToggleDone { id } => toggle(&mut self.curation.done, id),
            Action::SetNote { id, note } => {
                if note.trim().is_empty() {
                    self.curation.notes.remove(&id);
                } else {
                    self.curation.notes.insert(id, note);
                }
            }
            Action::PutOwnResource(r) => {
                match self.curation.own.iter_mut().find(|o| o.id == r.id) {
                    Some(existing) => *existing = r,
                    None => self.curation.own.push(r),
                }
            }
            Action::DeleteOwnResource { id } => {
                self.curation.own.retain(|r| r.id != id);
                self.forget_curation(&id, library);
            }
            Action::ImportCollection { source, resources } => {
                // Adding a collection again updates it: what it no longer has goes.
                let c = &mut self.curation.imported;
                let dropped: Vec<String> = c
                    .iter()
                    .filter(|i| {
                        i.source == source && !resources.iter().any(|r| r.id == i.resource.id)
                    })
                    .map(|i| i.resource.id.clone())
                    .collect();
                c.retain(|i| i.source != source);
                c.extend(resources.into_iter().map(|resource| ImportedResource {
                    source: source.clone(),
                    resource,
                }));
                for id in dropped {
                    self.forget_curation(&id, library);
                }
            }
            Action::RemoveCollection { source } => {
                let gone: Vec<String> = self
                    .curation
                    .imported
                    .iter()
                    .filter(|i| i.source == source)
                    .map(|i| i.resource.id.clone())
                    .collect();
                self.curation.imported.retain(|i| i.source != source);
                for id in gone {
                    self.forget_curation(&id, library);
                }
            }
            _ => {}
        }
    }

    /// Everything goes but the questionnaire version and the day the attempt was started.
    fn delete_all(&mut self) {
        let attempt = Attempt {
            version: self.attempt.version,
            started: self.attempt.started,
            ..Attempt::default()
        };
        *self = AppData {
            attempt,
            ..AppData::default()
        }
    }

    /// Drops bookmarks, done marks and notes of a resource that is no longer anywhere
    /// (not in the library, not the person's own, not in another collection).
    fn forget_curation(&mut self, id: &str, library: &Library) {
        let still_there = library.get(id).is_some()
            || self.curation.own.iter().any(|r| r.id == id)
            || self.curation.imported.iter().any(|i| i.resource.id == id);
        if still_there {
            return;
        }
        self.curation.bookmarks.remove(id);
        self.curation.done.remove(id);
        self.curation.notes.remove(id);
    }
}

/// Targets as stored: pillar id to level; entries this build does not know are left out.
fn read_targets<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Targets, D::Error> {
    let raw = BTreeMap::<String, u8>::deserialize(d)?;
    Ok(raw
        .into_iter()
        .filter_map(|(p, l)| Some((PillarId::parse(&p)?, Level::new(l)?)))
        .collect())
}

/// Targets as stored: by pillar id in text order, as written before pillars had a type.
fn write_targets<S: serde::Serializer>(t: &Targets, s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(
        t.iter()
            .map(|(p, l)| (p.as_str(), *l))
            .collect::<BTreeMap<&str, Level>>(),
    )
}

fn toggle(set: &mut BTreeSet<String>, id: String) {
    if !set.remove(&id) {
        set.insert(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::lv;

    fn lib() -> &'static Library {
        Library::builtin()
    }

    fn day(iso: &str) -> Date {
        Date::parse(iso).unwrap()
    }

    fn answered(n: u8) -> AppData {
        let mut d = AppData::new(1, &day("2026-01-01"));
        for i in 0..n {
            d.apply(
                Action::Answer {
                    item: format!("i{i}"),
                    answer: lv(3),
                },
                lib(),
            );
        }
        d
    }

    #[test]
    fn where_the_person_stands_is_the_latest_completed_result_else_the_one_in_progress() {
        let mut d = answered(2);
        assert_eq!(d.latest_answers(), &d.attempt.answers, "none completed yet");
        d.apply(
            Action::Complete {
                id: "1".into(),
                today: day("2026-02-01"),
            },
            lib(),
        );
        let completed = d.attempt.answers.clone();
        d.apply(
            Action::StartOver {
                version: 1,
                today: day("2026-03-01"),
            },
            lib(),
        );
        d.apply(
            Action::Answer {
                item: "i9".into(),
                answer: lv(5),
            },
            lib(),
        );
        assert_eq!(
            d.latest_answers(),
            &completed,
            "the completed one, not the new one"
        );
    }

    #[test]
    fn a_teachers_leader_items_are_not_applicable_and_a_leader_gets_them_back() {
        let mut d = answered(2); // i0 and i1 at level 3
        let items = vec!["i1".to_string(), "i2".to_string()];
        let teacher = Action::LeaderItems {
            asked: false,
            items: items.clone(),
        };
        d.apply(teacher, lib());
        assert_eq!(
            d.attempt.answers.get("i1"),
            Some(&lv(3)),
            "a level given stays"
        );
        assert_eq!(d.attempt.answers.get("i2"), Some(&Answer::NotApplicable));
        d.apply(Action::LeaderItems { asked: true, items }, lib());
        assert_eq!(d.attempt.answers.get("i1"), Some(&lv(3)));
        assert_eq!(d.attempt.answers.get("i2"), None, "to be answered again");
        assert_eq!(d.attempt.answers.len(), 2);
    }

    #[test]
    fn start_over_keeps_the_previous_attempt_until_a_new_one_is_completed() {
        let mut d = answered(3);
        d.apply(
            Action::StartOver {
                version: 1,
                today: day("2026-02-01"),
            },
            lib(),
        );
        assert!(d.attempt.answers.is_empty());
        assert_eq!(
            d.previous_attempt.as_ref().map(|a| a.answers.len()),
            Some(3)
        );
        d.apply(
            Action::Answer {
                item: "x".into(),
                answer: lv(1),
            },
            lib(),
        );
        d.apply(Action::RestorePrevious, lib());
        assert_eq!(d.attempt.answers.len(), 3);
        // The blank attempt with one answer is now the one set aside.
        assert_eq!(
            d.previous_attempt.as_ref().map(|a| a.answers.len()),
            Some(1)
        );
        d.apply(
            Action::Complete {
                id: "s1".into(),
                today: day("2026-02-02"),
            },
            lib(),
        );
        assert!(d.previous_attempt.is_none());
        assert_eq!(d.history.len(), 1);
    }

    #[test]
    fn changing_an_answer_after_completing_clears_the_completed_mark() {
        let mut d = answered(2);
        d.apply(
            Action::Complete {
                id: "s1".into(),
                today: day("2026-02-02"),
            },
            lib(),
        );
        assert_eq!(d.attempt.completed.as_deref(), Some("s1"));
        d.apply(
            Action::Answer {
                item: "i0".into(),
                answer: lv(5),
            },
            lib(),
        );
        assert_eq!(d.attempt.completed, None);
        assert_eq!(
            d.history[0].answers["i0"],
            lv(3),
            "history is not rewritten"
        );
    }

    #[test]
    fn targets_are_set_and_cleared() {
        let mut d = AppData::default();
        d.apply(
            Action::SetTarget {
                pillar: PillarId::parse("branding").unwrap(),
                level: Level::new(4),
            },
            lib(),
        );
        let branding = PillarId::parse("branding").unwrap();
        assert_eq!(d.targets.get(&branding), Level::new(4).as_ref());
        // A level that is no level (9) can no longer be asked for: `None` clears the target.
        d.apply(
            Action::SetTarget {
                pillar: branding,
                level: Level::new(9),
            },
            lib(),
        );
        assert_eq!(d.targets.get(&branding), None);
    }

    #[test]
    fn removing_a_collection_keeps_marks_on_resources_that_are_still_there() {
        let library = Library::builtin();
        let builtin = library.resources[0].clone();
        let mut extra = builtin.clone();
        extra.id = "only-in-collection".into();
        let mut d = AppData::default();
        d.apply(
            Action::ImportCollection {
                source: "Set by Ann".into(),
                resources: vec![builtin.clone(), extra],
            },
            lib(),
        );
        for id in [&builtin.id, "only-in-collection"] {
            d.apply(Action::ToggleBookmark { id: id.to_string() }, lib());
        }
        d.apply(
            Action::RemoveCollection {
                source: "Set by Ann".into(),
            },
            lib(),
        );
        assert!(d.curation.imported.is_empty());
        assert!(
            d.curation.bookmarks.contains(&builtin.id),
            "still in the library"
        );
        assert!(
            !d.curation.bookmarks.contains("only-in-collection"),
            "gone with its collection"
        );
    }

    #[test]
    fn adding_a_collection_again_updates_it_and_drops_what_it_no_longer_has() {
        let mut a = Library::builtin().resources[0].clone();
        a.id = "a".into();
        let b = Resource {
            id: "b".into(),
            ..a.clone()
        };
        let import = |resources| Action::ImportCollection {
            source: "Set by Ann".into(),
            resources,
        };
        let mut d = AppData::default();
        d.apply(import(vec![a.clone(), b]), lib());
        d.apply(Action::ToggleBookmark { id: "b".into() }, lib());
        let newer_a = Resource {
            title: "A, revised".into(),
            ..a
        };
        d.apply(import(vec![newer_a.clone()]), lib());
        let kept: Vec<&Resource> = d.curation.imported.iter().map(|i| &i.resource).collect();
        assert_eq!(kept, [&newer_a]);
        assert!(!d.curation.bookmarks.contains("b"), "gone with the entry");
    }

    #[test]
    fn delete_all_leaves_a_blank_start() {
        let mut d = answered(4);
        d.apply(
            Action::SetTarget {
                pillar: PillarId::parse("branding").unwrap(),
                level: Level::new(4),
            },
            lib(),
        );
        d.apply(Action::DeleteAll, lib());
        assert!(d.attempt.answers.is_empty() && d.targets.is_empty() && d.history.is_empty());
    }

    /// Stored data as the build before typed pillars, levels, dates and optional authors wrote
    /// it: read the same and written back byte for byte.
    const STORED_BEFORE: &str = r#"{"attempt":{"version":1,"answers":{"eng-1":3,"eng-2":0},"pillar":2,"started":"2026-11-20","completed":null},"previous_attempt":{"version":1,"answers":{"eng-1":5},"pillar":0,"started":"2026-10-01","completed":null},"history":[{"id":"1763900000000","date":"2026-11-21","version":1,"answers":{"eng-1":4}}],"targets":{"branding":4,"spaces":2},"shared_with_me":[{"code":"AQEA","saved":"2026-11-22","result":{"questionnaire_version":1,"date":"2026-11-19","name":"Ada","answers":[null,0,3]}}],"curation":{"bookmarks":["culture-of-yes"],"done":[],"notes":{"own-1":"read it"},"own":[{"id":"own-1","title":"Our guide","author":"Author not given","kind":"article","pillars":["spaces","branding"],"description":"No description given.","minutes":0,"url":"","tags":[],"source":""}],"imported":[{"source":"Set by Ng","resource":{"id":"x-1","title":"T","author":"A","kind":"book","pillars":["opportunity"],"description":"D","minutes":30,"url":"https://example.org/","tags":["pln"],"source":""}}]},"display_name":"Ada"}"#;

    #[test]
    fn stored_data_of_earlier_builds_reads_and_writes_the_same() {
        let d: AppData = serde_json::from_str(STORED_BEFORE).unwrap();
        assert_eq!(d.attempt.started, Some(day("2026-11-20")));
        assert_eq!(d.history[0].date, Some(day("2026-11-21")));
        assert_eq!(d.shared_with_me[0].saved, Some(day("2026-11-22")));
        assert_eq!(d.shared_with_me[0].result.date, Some(day("2026-11-19")));
        assert_eq!(d.curation.own[0].author, None);
        assert_eq!(
            d.targets.get(&PillarId::parse("branding").unwrap()),
            Level::new(4).as_ref()
        );
        assert_eq!(serde_json::to_string(&d).unwrap(), STORED_BEFORE);
    }
}
