//! The plan to grow: focuses (a pillar or an item, where it stood, the aim), the actions that
//! serve them, and the next assessment date; the changes the plan screens make (a pure reducer,
//! [`Plan::apply`]), what those screens show (groups by pillar, progress, overdue, filters), and
//! the plan taken out of the browser as Markdown ([`to_markdown`]) and as a calendar ([`to_ics`]).
//!
//! Every action belongs to a focus of the plan: removing a focus removes its actions, an action
//! for a focus that is not there is not added, and reading drops any that would be left without one.
mod action;
mod focus;
mod ics;
mod kept;
mod markdown;
mod people;
mod score;
mod status;
mod stored;
mod words;

pub use action::{is_overdue, ActionId, PlanAction};
pub use focus::{default_aim, suggestions, Focus, FocusId, FocusTarget, Suggestion};
pub use ics::{to_ics, Stamp};
pub use kept::{Raw, Unknown};
pub use markdown::to_markdown;
pub use people::{names, people, ActionFilter};
pub use score::{standing, Comparison, Score};
pub use status::Status;
pub use stored::StoredPlan;
pub use words::{labelled, Context, Words};

use crate::core::date::{self, Date};
use crate::core::level::Level;
use crate::core::pillar::PillarId;
use crate::core::questionnaire::Questionnaire;
use focus::FocusIn;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The whole plan, as kept with the person's data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(from = "PlanIn")]
pub struct Plan {
    /// In the order they were set.
    pub focuses: Vec<Focus>,
    /// In the order they were added.
    pub actions: Vec<PlanAction>,
    /// The date the person chose to assess again.
    pub next_assessment: Option<Date>,
    /// What a later build wrote that this one cannot show, written back untouched.
    pub kept: Kept,
}

/// The parts of a stored plan this build does not read: kept so that saving a change made here
/// never wipes what a later build (or another device's newer app) added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Kept {
    /// Fields of the plan itself.
    pub fields: Unknown,
    /// Focuses this build cannot read (on a pillar it does not know, or not a focus at all).
    pub focuses: Vec<Raw>,
    /// The actions of those focuses.
    pub actions: Vec<PlanAction>,
}

impl Kept {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.focuses.is_empty() && self.actions.is_empty()
    }
}

/// The plan as written: the focuses and actions this build reads, then the kept ones.
#[derive(Serialize)]
struct PlanOut<'a> {
    focuses: Both<'a, Focus, Raw>,
    actions: Both<'a, PlanAction, PlanAction>,
    #[serde(serialize_with = "date::stored::serialize")]
    next_assessment: Option<Date>,
    #[serde(flatten)]
    fields: &'a Unknown,
}

/// Two lists written as one.
struct Both<'a, A, B>(&'a [A], &'a [B]);

impl<A: Serialize, B: Serialize> Serialize for Both<'_, A, B> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.0.len() + self.1.len()))?;
        for a in self.0 {
            seq.serialize_element(a)?;
        }
        for b in self.1 {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
}

impl Serialize for Plan {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        PlanOut {
            focuses: Both(&self.focuses, &self.kept.focuses),
            actions: Both(&self.actions, &self.kept.actions),
            next_assessment: self.next_assessment,
            fields: &self.kept.fields,
        }
        .serialize(s)
    }
}

/// A change to the plan, for the app's reducer. Ids of new things come from the caller (the core
/// has no clock); one already taken gets a suffix (`-2`, `-3`, …).
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Adds a focus, unless the plan already has one on `target`.
    AddFocus {
        id: String,
        target: FocusTarget,
        /// Its standing now (see [`standing`]).
        from: Option<Score>,
        /// Usually [`default_aim`].
        aim: Option<Level>,
        today: Date,
    },
    SetAim {
        focus: FocusId,
        aim: Option<Level>,
    },
    /// Removes the focus and its actions.
    RemoveFocus(FocusId),
    /// Adds the action (its `focus` must be in the plan).
    AddAction(PlanAction),
    /// Replaces the action with the same id (its `focus` must be in the plan).
    UpdateAction(PlanAction),
    SetStatus {
        action: ActionId,
        status: Status,
    },
    /// Links a library resource to the action, or unlinks it if it is linked.
    ToggleResource {
        action: ActionId,
        resource: String,
    },
    RemoveAction(ActionId),
    /// Puts back what a removal took out (an undo): see [`Plan::restore`].
    Restore(Removed),
    SetNextAssessment(Option<Date>),
}

/// What a removal takes out of the plan, each part with its place, so that it can be put back
/// where it was ([`Plan::removal_of_focus`], [`Plan::removal_of_action`], [`Plan::restore`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    /// The focus, when a focus is removed, and its place among the focuses.
    pub focus: Option<(usize, Focus)>,
    /// The actions, each with its place among the actions before the removal.
    pub actions: Vec<(usize, PlanAction)>,
}

/// How many of a focus's actions are done, dropped ones not counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FocusProgress {
    pub done: usize,
    pub total: usize,
}

impl FocusProgress {
    /// Every counted action done (and there is at least one).
    pub fn complete(&self) -> bool {
        self.total > 0 && self.done == self.total
    }
}

/// A focus with its actions, as the plan screen shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct FocusView<'a> {
    pub focus: &'a Focus,
    /// The actions the filter lets through, earliest due first (no due date last), then in
    /// the order they were added.
    pub actions: Vec<&'a PlanAction>,
    /// Over all the focus's actions, whatever the filter.
    pub progress: FocusProgress,
}

/// The focuses of one pillar.
#[derive(Clone, Debug, PartialEq)]
pub struct PillarGroup<'a> {
    pub pillar: PillarId,
    /// The pillar as a whole first, then its items in questionnaire order.
    pub focuses: Vec<FocusView<'a>>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.focuses.is_empty()
            && self.actions.is_empty()
            && self.next_assessment.is_none()
            && self.kept.is_empty()
    }

    pub fn focus(&self, id: &FocusId) -> Option<&Focus> {
        self.focuses.iter().find(|f| f.id == *id)
    }

    /// The focus on `target`, if the plan has one (the results screen marks it "in the plan").
    pub fn focus_on(&self, target: &FocusTarget) -> Option<&Focus> {
        self.focuses.iter().find(|f| f.target == *target)
    }

    pub fn action(&self, id: &ActionId) -> Option<&PlanAction> {
        self.actions.iter().find(|a| a.id == *id)
    }

    /// The focus's actions, in the order they were added.
    pub fn actions_of<'a>(&'a self, focus: &'a FocusId) -> impl Iterator<Item = &'a PlanAction> {
        self.actions.iter().filter(move |a| a.focus == *focus)
    }

    /// Applies one change (see [`Change`]); a change that names nothing in the plan does nothing.
    pub fn apply(&mut self, change: Change) {
        match change {
            Change::AddFocus {
                id,
                target,
                from,
                aim,
                today,
            } => {
                self.add_focus(id, target, from, aim, today);
            }
            Change::SetAim { focus, aim } => {
                self.set_aim(&focus, aim);
            }
            Change::RemoveFocus(id) => {
                self.remove_focus(&id);
            }
            Change::AddAction(a) => {
                self.add_action(a);
            }
            Change::UpdateAction(a) => {
                self.update_action(a);
            }
            Change::SetStatus { action, status } => {
                self.set_status(&action, status);
            }
            Change::ToggleResource { action, resource } => {
                self.toggle_resource(&action, resource);
            }
            Change::RemoveAction(id) => {
                self.remove_action(&id);
            }
            Change::Restore(removed) => self.restore(removed),
            Change::SetNextAssessment(d) => self.next_assessment = d,
        }
    }

    /// Adds a focus on `target` and gives its id; if there is one already, changes nothing and
    /// gives that one's id.
    pub fn add_focus(
        &mut self,
        id: String,
        target: FocusTarget,
        from: Option<Score>,
        aim: Option<Level>,
        today: Date,
    ) -> FocusId {
        if let Some(f) = self.focus_on(&target) {
            return f.id.clone();
        }
        let id = FocusId(unique(id, |c| self.focuses.iter().any(|f| f.id.0 == c)));
        self.focuses.push(Focus {
            id: id.clone(),
            target,
            from,
            aim,
            set_on: Some(today),
            unknown: Unknown::new(),
        });
        id
    }

    pub fn set_aim(&mut self, focus: &FocusId, aim: Option<Level>) -> bool {
        match self.focuses.iter_mut().find(|f| f.id == *focus) {
            Some(f) => {
                f.aim = aim;
                true
            }
            None => false,
        }
    }

    /// Removes the focus and its actions (the screen says how many go with it: `actions_of`).
    pub fn remove_focus(&mut self, id: &FocusId) -> bool {
        let before = self.focuses.len();
        self.focuses.retain(|f| f.id != *id);
        self.actions.retain(|a| a.focus != *id);
        self.focuses.len() != before
    }

    /// What removing the focus takes out: it and its actions (`None`: no such focus).
    pub fn removal_of_focus(&self, id: &FocusId) -> Option<Removed> {
        let at = self.focuses.iter().position(|f| f.id == *id)?;
        Some(Removed {
            focus: Some((at, self.focuses[at].clone())),
            actions: (self.actions.iter().enumerate())
                .filter(|(_, a)| a.focus == *id)
                .map(|(i, a)| (i, a.clone()))
                .collect(),
        })
    }

    /// What removing the action takes out (`None`: no such action).
    pub fn removal_of_action(&self, id: &ActionId) -> Option<Removed> {
        let at = self.actions.iter().position(|a| a.id == *id)?;
        Some(Removed {
            focus: None,
            actions: vec![(at, self.actions[at].clone())],
        })
    }

    /// Puts back what a removal took out, each part where it was (or at the end, if the plan is
    /// shorter now), whatever changed since. Nothing is doubled: a part that is back already
    /// (its id taken again) stays as it is, and a focus set again on the same target since gets
    /// the removed actions instead of a second focus. An action whose focus is gone stays out.
    pub fn restore(&mut self, removed: Removed) {
        let mut focus_id = None;
        if let Some((at, focus)) = removed.focus {
            let again = self.focus_on(&focus.target).map(|f| f.id.clone());
            focus_id = Some((focus.id.clone(), again.clone().unwrap_or(focus.id.clone())));
            if again.is_none() && self.focus(&focus.id).is_none() {
                self.focuses.insert(at.min(self.focuses.len()), focus);
            }
        }
        for (at, mut action) in removed.actions {
            if let Some((old, new)) = &focus_id {
                if action.focus == *old {
                    action.focus = new.clone();
                }
            }
            if self.action(&action.id).is_none() && self.focus(&action.focus).is_some() {
                self.actions.insert(at.min(self.actions.len()), action);
            }
        }
    }

    /// Adds the action and gives its id (made unique); `None` if its focus is not in the plan.
    pub fn add_action(&mut self, mut action: PlanAction) -> Option<ActionId> {
        self.focus(&action.focus)?;
        action.id = ActionId(unique(action.id.0, |c| {
            self.actions.iter().any(|a| a.id.0 == c)
        }));
        let id = action.id.clone();
        self.actions.push(action);
        Some(id)
    }

    /// Replaces the action with the same id, keeping its creation date if the new one has none;
    /// `false` if there is no such action or its new focus is not in the plan.
    pub fn update_action(&mut self, mut action: PlanAction) -> bool {
        if self.focus(&action.focus).is_none() {
            return false;
        }
        match self.actions.iter_mut().find(|a| a.id == action.id) {
            Some(old) => {
                action.created = action.created.or(old.created);
                *old = action;
                true
            }
            None => false,
        }
    }

    pub fn set_status(&mut self, id: &ActionId, status: Status) -> bool {
        self.with_action(id, |a| a.status = status)
    }

    /// Links the resource, or unlinks it if it was linked.
    pub fn toggle_resource(&mut self, id: &ActionId, resource: String) -> bool {
        self.with_action(id, |a| {
            if let Some(i) = a.resources.iter().position(|r| *r == resource) {
                a.resources.remove(i);
            } else {
                a.resources.push(resource);
            }
        })
    }

    pub fn remove_action(&mut self, id: &ActionId) -> bool {
        let before = self.actions.len();
        self.actions.retain(|a| a.id != *id);
        self.actions.len() != before
    }

    fn with_action(&mut self, id: &ActionId, f: impl FnOnce(&mut PlanAction)) -> bool {
        match self.actions.iter_mut().find(|a| a.id == *id) {
            Some(a) => {
                f(a);
                true
            }
            None => false,
        }
    }

    /// A focus's actions done over all, dropped actions left out.
    pub fn progress(&self, focus: &FocusId) -> FocusProgress {
        tally(self.actions_of(focus))
    }

    /// The whole plan's actions done over all, dropped actions left out.
    pub fn progress_overall(&self) -> FocusProgress {
        tally(self.actions.iter())
    }

    /// The actions overdue on `today` (see [`is_overdue`]), in the order they were added.
    pub fn overdue(&self, today: Date) -> impl Iterator<Item = &PlanAction> {
        self.actions.iter().filter(move |a| a.is_overdue(today))
    }

    /// The date set for the next assessment, once it has come and no assessment was completed on
    /// or after it (`last`: the day the latest one was completed).
    pub fn reassessment_due(&self, today: Date, last: Option<Date>) -> Option<Date> {
        self.next_assessment
            .filter(|d| *d <= today && last.is_none_or(|l| l < *d))
    }

    /// The date set for the next assessment, once an assessment was completed on or after it
    /// (`last`: the day the latest one was completed): it is done, and the next wants a date.
    pub fn reassessment_done(&self, last: Option<Date>) -> Option<Date> {
        self.next_assessment
            .filter(|d| last.is_some_and(|l| l >= *d))
    }

    /// Everyone the actions name (see [`people`]).
    pub fn people(&self) -> Vec<String> {
        people(&self.actions)
    }

    /// The focuses by pillar, in questionnaire order, with the actions `filter` lets through in
    /// the order they were added: a list being edited never moves under the person's cursor
    /// (sorting by due date moved an action, and the focus with it, while its date was typed).
    /// With a filter set, focuses none of whose actions pass are left out (and pillars left empty).
    pub fn groups(&self, q: &Questionnaire, filter: &ActionFilter) -> Vec<PillarGroup<'_>> {
        // Within a pillar: the pillar itself, then items in questionnaire order, then any item
        // the questionnaire no longer has.
        let item_rank = |t: &FocusTarget| match t.item_id() {
            None => 0,
            Some(item) => q
                .items()
                .position(|i| i.id == item)
                .map_or(usize::MAX, |i| i + 1),
        };
        PillarId::all()
            .filter_map(|pillar| {
                let mut focuses: Vec<FocusView<'_>> = self
                    .focuses
                    .iter()
                    .filter(|f| f.target.pillar() == pillar)
                    .filter_map(|focus| {
                        let actions: Vec<&PlanAction> = self
                            .actions_of(&focus.id)
                            .filter(|a| filter.matches(a))
                            .collect();
                        if actions.is_empty() && !filter.is_empty() {
                            return None;
                        }
                        Some(FocusView {
                            focus,
                            actions,
                            progress: self.progress(&focus.id),
                        })
                    })
                    .collect();
                focuses.sort_by_key(|v| item_rank(&v.focus.target));
                (!focuses.is_empty()).then_some(PillarGroup { pillar, focuses })
            })
            .collect()
    }
}

/// `id`, or `id-2`, `id-3`, … if it is taken (an empty id is `1`).
fn unique(id: String, taken: impl Fn(&str) -> bool) -> String {
    let id = if id.is_empty() { "1".to_string() } else { id };
    if !taken(&id) {
        return id;
    }
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|c| !taken(c))
        .unwrap_or(id)
}

/// The plan as read: focuses this build cannot read (on pillars it does not know) are kept
/// aside with their actions, as are fields it does not know; actions whose focus is missing and
/// repeated ids (the first one stays) are left out.
#[derive(Default)]
struct PlanIn {
    focuses: Vec<Raw>,
    actions: Vec<PlanAction>,
    next_assessment: Option<Date>,
    fields: Unknown,
}

kept::read_fields!(PlanIn {
    "focuses" => focuses, "actions" => actions;
    date "next_assessment" => next_assessment;
    kept fields
});

/// The id of a focus this build cannot read, to keep its actions with it.
#[derive(Deserialize)]
struct IdOf {
    #[serde(default)]
    id: Option<String>,
}

impl From<PlanIn> for Plan {
    fn from(p: PlanIn) -> Plan {
        let mut ids = HashSet::new();
        let mut kept = Kept {
            fields: p.fields,
            ..Kept::default()
        };
        let mut kept_ids = HashSet::new();
        let mut focuses = Vec::new();
        for value in p.focuses {
            match serde_json::from_str::<FocusIn>(value.text())
                .ok()
                .and_then(FocusIn::focus)
            {
                Some(f) => {
                    if ids.insert(f.id.clone()) {
                        focuses.push(f);
                    }
                }
                None => {
                    if let Some(id) = serde_json::from_str::<IdOf>(value.text())
                        .ok()
                        .and_then(|i| i.id)
                    {
                        kept_ids.insert(FocusId(id));
                    }
                    kept.focuses.push(value);
                }
            }
        }
        let mut action_ids = HashSet::new();
        let mut actions = Vec::new();
        for a in p.actions {
            if !action_ids.insert(a.id.clone()) {
                continue;
            }
            if ids.contains(&a.focus) {
                actions.push(a);
            } else if kept_ids.contains(&a.focus) {
                kept.actions.push(a);
            }
        }
        Plan {
            focuses,
            actions,
            next_assessment: p.next_assessment,
            kept,
        }
    }
}

/// Done over all among `actions`, dropped ones left out.
fn tally<'a>(actions: impl Iterator<Item = &'a PlanAction>) -> FocusProgress {
    let mut p = FocusProgress::default();
    for a in actions {
        match a.status {
            Status::Dropped => {}
            Status::Done => {
                p.done += 1;
                p.total += 1;
            }
            _ => p.total += 1,
        }
    }
    p
}

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod tests;
