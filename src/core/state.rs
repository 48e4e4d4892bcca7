//! Everything a person keeps in their browser, and the actions that change it (a pure reducer).
use super::answers::{Answer, Answers};
use super::codec::SharedResult;
use super::library::Resource;
use super::scoring::Targets;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The schema of the stored data; bump when a change cannot be read by `serde(default)`.
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
    /// The date the attempt was started (YYYY-MM-DD).
    pub started: String,
    /// Set when this attempt was completed, to the snapshot id; cleared by any later change.
    pub completed: Option<String>,
}

impl Attempt {
    pub fn new(version: u8, today: &str) -> Self {
        Attempt {
            version,
            started: today.to_string(),
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
    /// The date completed (YYYY-MM-DD).
    pub date: String,
    pub version: u8,
    pub answers: Answers,
}

/// A result someone shared with this person; never part of their own history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedShare {
    /// The share code, which identifies it.
    pub code: String,
    /// When it was saved here (YYYY-MM-DD).
    pub saved: String,
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
    /// Pillar id to target level.
    pub targets: Targets,
    pub shared_with_me: Vec<SavedShare>,
    pub curation: Curation,
    /// The name put on share links, if the person chooses one.
    pub display_name: String,
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
    /// Sets the current attempt aside (recoverable) and starts a blank one.
    StartOver {
        version: u8,
        today: String,
    },
    /// Brings back the attempt set aside by the last "Start over".
    RestorePrevious,
    /// Stores the current answers as a dated snapshot in the history.
    Complete {
        id: String,
        today: String,
    },
    DeleteSnapshot {
        id: String,
    },
    SetTarget {
        pillar: String,
        level: Option<u8>,
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
}

impl AppData {
    /// A fresh start for questionnaire `version`.
    pub fn new(version: u8, today: &str) -> Self {
        AppData {
            attempt: Attempt::new(version, today),
            ..Default::default()
        }
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Answer { item, answer } => {
                self.attempt.answers.insert(item, answer);
                self.attempt.completed = None;
            }
            Action::ClearAnswer { item } => {
                if self.attempt.answers.remove(&item).is_some() {
                    self.attempt.completed = None;
                }
            }
            Action::GoToPillar(i) => self.attempt.pillar = i,
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
                    date: today,
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
            Action::SetTarget { pillar, level } => match level {
                Some(l) if (1..=5).contains(&l) => {
                    self.targets.insert(pillar, l);
                }
                _ => {
                    self.targets.remove(&pillar);
                }
            },
            Action::SaveShare(share) => {
                self.shared_with_me.retain(|s| s.code != share.code);
                self.shared_with_me.push(share);
            }
            Action::RemoveShare { code } => self.shared_with_me.retain(|s| s.code != code),
            Action::SetDisplayName(name) => self.display_name = name.trim().to_string(),
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
                self.forget_curation(&id);
            }
            Action::ImportCollection { source, resources } => {
                for resource in resources {
                    let c = &mut self.curation.imported;
                    c.retain(|i| !(i.source == source && i.resource.id == resource.id));
                    c.push(ImportedResource {
                        source: source.clone(),
                        resource,
                    });
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
                    self.forget_curation(&id);
                }
            }
            Action::Replace(data) | Action::Synced(data) => *self = *data,
            Action::DeleteAll => *self = AppData::new(self.attempt.version, &self.attempt.started),
        }
    }

    /// Drops bookmarks, done marks and notes of a resource that is no longer anywhere
    /// (not in the library, not the person's own, not in another collection).
    fn forget_curation(&mut self, id: &str) {
        let still_there = super::library::Library::builtin().get(id).is_some()
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

fn toggle(set: &mut BTreeSet<String>, id: String) {
    if !set.remove(&id) {
        set.insert(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(n: u8) -> AppData {
        let mut d = AppData::new(1, "2026-01-01");
        for i in 0..n {
            d.apply(Action::Answer {
                item: format!("i{i}"),
                answer: Answer::Level(3),
            });
        }
        d
    }

    #[test]
    fn start_over_keeps_the_previous_attempt_until_a_new_one_is_completed() {
        let mut d = answered(3);
        d.apply(Action::StartOver {
            version: 1,
            today: "2026-02-01".into(),
        });
        assert!(d.attempt.answers.is_empty());
        assert_eq!(
            d.previous_attempt.as_ref().map(|a| a.answers.len()),
            Some(3)
        );
        d.apply(Action::Answer {
            item: "x".into(),
            answer: Answer::Level(1),
        });
        d.apply(Action::RestorePrevious);
        assert_eq!(d.attempt.answers.len(), 3);
        // The blank attempt with one answer is now the one set aside.
        assert_eq!(
            d.previous_attempt.as_ref().map(|a| a.answers.len()),
            Some(1)
        );
        d.apply(Action::Complete {
            id: "s1".into(),
            today: "2026-02-02".into(),
        });
        assert!(d.previous_attempt.is_none());
        assert_eq!(d.history.len(), 1);
    }

    #[test]
    fn changing_an_answer_after_completing_clears_the_completed_mark() {
        let mut d = answered(2);
        d.apply(Action::Complete {
            id: "s1".into(),
            today: "2026-02-02".into(),
        });
        assert_eq!(d.attempt.completed.as_deref(), Some("s1"));
        d.apply(Action::Answer {
            item: "i0".into(),
            answer: Answer::Level(5),
        });
        assert_eq!(d.attempt.completed, None);
        assert_eq!(
            d.history[0].answers["i0"],
            Answer::Level(3),
            "history is not rewritten"
        );
    }

    #[test]
    fn targets_are_set_and_cleared() {
        let mut d = AppData::default();
        d.apply(Action::SetTarget {
            pillar: "branding".into(),
            level: Some(4),
        });
        assert_eq!(d.targets.get("branding"), Some(&4));
        d.apply(Action::SetTarget {
            pillar: "branding".into(),
            level: Some(9),
        });
        assert_eq!(d.targets.get("branding"), None);
    }

    #[test]
    fn removing_a_collection_keeps_marks_on_resources_that_are_still_there() {
        let lib = crate::core::library::Library::builtin();
        let builtin = lib.resources[0].clone();
        let mut extra = builtin.clone();
        extra.id = "only-in-collection".into();
        let mut d = AppData::default();
        d.apply(Action::ImportCollection {
            source: "Set by Ann".into(),
            resources: vec![builtin.clone(), extra],
        });
        for id in [&builtin.id, "only-in-collection"] {
            d.apply(Action::ToggleBookmark { id: id.to_string() });
        }
        d.apply(Action::RemoveCollection {
            source: "Set by Ann".into(),
        });
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
    fn delete_all_leaves_a_blank_start() {
        let mut d = answered(4);
        d.apply(Action::SetTarget {
            pillar: "branding".into(),
            level: Some(4),
        });
        d.apply(Action::DeleteAll);
        assert!(d.attempt.answers.is_empty() && d.targets.is_empty() && d.history.is_empty());
    }
}
