//! A focus of the plan: a pillar or an item, where it stood when it was set, and the aim.
use super::score::{Comparison, Score};
use crate::core::answers::{Answer, Answers};
use crate::core::date::{self, Date};
use crate::core::level::Level;
use crate::core::pillar::PillarId;
use crate::core::questionnaire::Questionnaire;
use crate::core::scoring::Targets;
use crate::core::untrusted::Count;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A focus's id (given by the caller, e.g. a timestamp; made unique within the plan).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FocusId(pub String);

/// What a focus is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FocusTarget {
    Pillar(PillarId),
    /// One item; its pillar is kept with it so the focus stays in its group even if a later
    /// questionnaire drops the item.
    Item {
        pillar: PillarId,
        item: String,
    },
}

impl FocusTarget {
    /// The item with this id, with its pillar; `None` if `q` has no such item.
    pub fn item(q: &Questionnaire, item: &str) -> Option<FocusTarget> {
        let p = q
            .pillars
            .iter()
            .find(|p| p.items.iter().any(|i| i.id == item))?;
        Some(FocusTarget::Item {
            pillar: PillarId::parse(&p.id)?,
            item: item.to_string(),
        })
    }

    pub fn pillar(&self) -> PillarId {
        match self {
            FocusTarget::Pillar(p) | FocusTarget::Item { pillar: p, .. } => *p,
        }
    }

    pub fn item_id(&self) -> Option<&str> {
        match self {
            FocusTarget::Pillar(_) => None,
            FocusTarget::Item { item, .. } => Some(item),
        }
    }

    /// The pillar's name, or the item's prompt (its id when `q` no longer has it).
    pub fn name(&self, q: &Questionnaire) -> String {
        let pillar = q.pillar(self.pillar().as_str());
        match self {
            FocusTarget::Pillar(p) => pillar.map_or_else(|| p.to_string(), |p| p.name.clone()),
            FocusTarget::Item { item, .. } => q
                .items()
                .find(|i| &i.id == item)
                .map_or_else(|| item.clone(), |i| i.prompt.clone()),
        }
    }
}

/// A pillar or an item the person chose to grow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Focus {
    pub id: FocusId,
    pub target: FocusTarget,
    /// Where it stood when the focus was set (`None`: not scored then).
    pub from: Option<Score>,
    pub aim: Option<Level>,
    pub set_on: Option<Date>,
    /// Fields a later build wrote, written back as they were.
    pub unknown: super::Unknown,
}

impl Focus {
    /// This focus against `now`, the standing of its pillar or item in a later result (see
    /// [`super::standing`]).
    pub fn compare(&self, now: Option<Score>) -> Comparison {
        Comparison {
            then: self.from,
            now,
            aim: self.aim,
        }
    }
}

/// The aim a new focus starts with: the target already set for its pillar, if any (an item is
/// aimed at its pillar's target).
pub fn default_aim(targets: &Targets, target: &FocusTarget) -> Option<Level> {
    targets.get(&target.pillar()).copied()
}

/// A suggested action: its text and the item it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub item: String,
    pub text: String,
}

/// Actions to start from. For an item: its level-up hint. For a pillar: the level-up hints of
/// its items written from the seed's action items for that pillar (their `source` cites an
/// "action item"), or every item's hint if none of those has one. Each hint is the one for the
/// level `answers` (the latest result) gives the item, the step to the next level; an item
/// not answered there gets the first step's, and one at the top level or not applicable none.
/// In `q`'s language (pass the translated one).
pub fn suggestions(q: &Questionnaire, target: &FocusTarget, answers: &Answers) -> Vec<Suggestion> {
    let Some(pillar) = q.pillar(target.pillar().as_str()) else {
        return Vec::new();
    };
    let hint = |i: &crate::core::questionnaire::Item| {
        let level = match answers.get(&i.id) {
            Some(Answer::Level(level)) => *level,
            Some(Answer::NotApplicable) => return None,
            None => Level::MIN,
        };
        i.hint(level).map(|text| Suggestion {
            item: i.id.clone(),
            text: text.to_string(),
        })
    };
    match target {
        FocusTarget::Item { item, .. } => pillar
            .items
            .iter()
            .filter(|i| &i.id == item)
            .filter_map(hint)
            .collect(),
        FocusTarget::Pillar(_) => {
            let seeded: Vec<Suggestion> = pillar
                .items
                .iter()
                .filter(|i| i.source.contains("action item"))
                .filter_map(hint)
                .collect();
            if seeded.is_empty() {
                pillar.items.iter().filter_map(hint).collect()
            } else {
                seeded
            }
        }
    }
}

/// A focus as stored: `{"id", "pillar", "item"?, "from_tenths"?, "aim"?, "set_on"}`.
#[derive(Serialize)]
struct FocusOut<'a> {
    id: &'a FocusId,
    pillar: PillarId,
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    from_tenths: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    aim: Option<Level>,
    #[serde(serialize_with = "date::stored::serialize")]
    set_on: Option<Date>,
    #[serde(flatten)]
    unknown: &'a super::Unknown,
}

impl Serialize for Focus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        FocusOut {
            id: &self.id,
            pillar: self.target.pillar(),
            item: self.target.item_id(),
            from_tenths: self.from,
            aim: self.aim,
            set_on: self.set_on,
            unknown: &self.unknown,
        }
        .serialize(s)
    }
}

/// A focus as read: leniently, so that an odd score or aim is no score or aim, and a focus on a
/// pillar this build does not know is left out (by [`FocusIn::focus`]) rather than failing the plan.
#[derive(Default)]
pub(super) struct FocusIn {
    id: String,
    pillar: String,
    item: Option<String>,
    from_tenths: Count,
    aim: Count,
    set_on: Option<Date>,
    unknown: super::Unknown,
}

super::kept::read_fields!(FocusIn {
    "id" => id, "pillar" => pillar, "item" => item, "from_tenths" => from_tenths, "aim" => aim;
    date "set_on" => set_on;
    kept unknown
});

impl FocusIn {
    pub(super) fn focus(self) -> Option<Focus> {
        let pillar = PillarId::parse(&self.pillar)?;
        let target = match self.item {
            Some(item) if !item.is_empty() => FocusTarget::Item { pillar, item },
            _ => FocusTarget::Pillar(pillar),
        };
        let number = |c: Count| match c {
            Count::Num(n) => Some(n),
            _ => None,
        };
        Some(Focus {
            id: FocusId(self.id),
            target,
            from: number(self.from_tenths).and_then(Score::from_tenths),
            aim: number(self.aim)
                .and_then(|n| u8::try_from(n).ok())
                .and_then(Level::new),
            set_on: self.set_on,
            unknown: self.unknown,
        })
    }
}

impl<'de> Deserialize<'de> for Focus {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        FocusIn::deserialize(d)?
            .focus()
            .ok_or_else(|| serde::de::Error::custom("not a focus of one of the pillars"))
    }
}
