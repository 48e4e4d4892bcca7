//! What an import would do, in lines a person can read before saying yes (`crate::messages`
//! words each line in the person's language).
use crate::core::board::Boards;
use crate::core::questionnaire::{Questionnaire, Role};
use crate::core::state::AppData;

/// One line of the preview: what would be added or replaced, and how many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line {
    /// Completed assessments new to the history.
    Snapshots(usize),
    /// Completed assessments with the same date and time but other answers.
    SnapshotsChanged(usize),
    /// An assessment where there is none (its answer count): in progress, or completed (its
    /// results, which the history also holds).
    Attempt {
        answers: usize,
        completed: bool,
    },
    /// The assessment here replaced by the file's.
    AttemptReplaced {
        mine: usize,
        theirs: usize,
    },
    /// The assessment here, started after the file's (which is not taken).
    AttemptKept,
    /// The plan's date for the next assessment.
    NextAssessment,
    /// Who is answering, where this browser was not told (see [`ImportPreview::with_role`]).
    Role(Role),
    Targets(usize),
    Shares(usize),
    Own(usize),
    Imported(usize),
    /// Bookmarks, done marks and notes.
    Marks(usize),
    /// The name on share links.
    Name,
    /// Focuses and actions of the plan.
    PlanFocuses(usize),
    PlanActions(usize),
    /// Workshop boards new here (a board with the same name and day is the same board).
    Boards(usize),
    /// Results new to the boards here, on boards new or already here.
    BoardResults(usize),
}

/// What an import would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPreview {
    pub added: Vec<Line>,
    pub replaced: Vec<Line>,
    /// What stays as it is here, though the file has another one: the file is from earlier.
    pub kept: Vec<Line>,
    pub unchanged: bool,
}

impl ImportPreview {
    /// Adds who is answering, as the file says, where this browser was not told (`role`: the
    /// file's, or none when it has none or this browser was told).
    pub fn with_role(mut self, role: Option<Role>) -> Self {
        if let Some(r) = role {
            self.added.push(Line::Role(r));
            self.unchanged = false;
        }
        self
    }

    /// Adds what taking in `incoming` boards would add to `current` ones (as
    /// [`Boards::merge`] takes them in).
    pub fn with_boards(mut self, current: &Boards, incoming: &Boards, q: &Questionnaire) -> Self {
        let results = |b: &Boards| b.list().iter().map(|b| b.entries().len()).sum::<usize>();
        let mut merged = current.clone();
        merged.merge(incoming, q);
        let boards = merged.list().len().saturating_sub(current.list().len());
        count(&mut self.added, boards, Line::Boards);
        let added = results(&merged).saturating_sub(results(current));
        count(&mut self.added, added, Line::BoardResults);
        self.unchanged = self.added.is_empty() && self.replaced.is_empty();
        self
    }
}

/// How many of `incoming` are new here, and how many would replace a different one with the same key.
fn new_and_changed<T: PartialEq, K: PartialEq>(
    incoming: &[T],
    current: &[T],
    key: impl Fn(&T) -> &K,
) -> (usize, usize) {
    let same = |a: &T| current.iter().find(|c| key(c) == key(a));
    let new = incoming.iter().filter(|a| same(a).is_none()).count();
    let changed = incoming
        .iter()
        .filter(|a| same(a).is_some_and(|c| c != *a))
        .count();
    (new, changed)
}

/// Adds the line when it counts anything.
fn count(lines: &mut Vec<Line>, n: usize, line: fn(usize) -> Line) {
    if n > 0 {
        lines.push(line(n));
    }
}

pub fn preview(current: &AppData, incoming: &AppData) -> ImportPreview {
    let mut p = ImportPreview::default();
    let (new_snaps, changed_snaps) =
        new_and_changed(&incoming.history, &current.history, |s| &s.id);
    count(&mut p.added, new_snaps, Line::Snapshots);
    count(&mut p.replaced, changed_snaps, Line::SnapshotsChanged);
    let (mine, theirs) = (
        current.attempt.answers.len(),
        incoming.attempt.answers.len(),
    );
    if super::merge::takes_attempt(current, incoming) {
        if mine == 0 {
            p.added.push(Line::Attempt {
                answers: theirs,
                completed: incoming.attempt.completed.is_some(),
            });
        } else {
            p.replaced.push(Line::AttemptReplaced { mine, theirs });
        }
    } else if theirs > 0 && incoming.attempt != current.attempt {
        p.kept.push(Line::AttemptKept);
    }
    let target_is = |new: bool| {
        incoming
            .targets
            .iter()
            .filter(|(k, v)| match current.targets.get(*k) {
                None => new,
                Some(c) => !new && c != *v,
            })
            .count()
    };
    count(&mut p.added, target_is(true), Line::Targets);
    count(&mut p.replaced, target_is(false), Line::Targets);
    let (shares, _) = new_and_changed(&incoming.shared_with_me, &current.shared_with_me, |s| {
        &s.code
    });
    count(&mut p.added, shares, Line::Shares);
    let (own_new, own_changed) =
        new_and_changed(&incoming.curation.own, &current.curation.own, |r| &r.id);
    count(&mut p.added, own_new, Line::Own);
    count(&mut p.replaced, own_changed, Line::Own);
    let imported = incoming
        .curation
        .imported
        .iter()
        .filter(|r| !current.curation.imported.contains(r))
        .count();
    count(&mut p.added, imported, Line::Imported);
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
    count(&mut p.added, marks, Line::Marks);
    let (incoming_plan, current_plan) = (incoming.plan.read(), current.plan.read());
    let (focus_new, _) = new_and_changed(&incoming_plan.focuses, &current_plan.focuses, |f| &f.id);
    count(&mut p.added, focus_new, Line::PlanFocuses);
    let (act_new, act_changed) =
        new_and_changed(&incoming_plan.actions, &current_plan.actions, |a| &a.id);
    count(&mut p.added, act_new, Line::PlanActions);
    count(&mut p.replaced, act_changed, Line::PlanActions);
    let next = incoming_plan.next_assessment;
    if next.is_some() && next != current_plan.next_assessment {
        if !super::merge::takes_next_date(current, incoming) {
            p.kept.push(Line::NextAssessment);
        } else if current_plan.next_assessment.is_none() {
            p.added.push(Line::NextAssessment);
        } else {
            p.replaced.push(Line::NextAssessment);
        }
    }
    if !incoming.display_name.is_empty() && incoming.display_name != current.display_name {
        p.replaced.push(Line::Name);
    }
    p.unchanged = p.added.is_empty() && p.replaced.is_empty();
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::transfer::fixtures::sample;

    #[test]
    fn the_preview_says_what_is_added_and_replaced() {
        let d = sample();
        let p = preview(&AppData::default(), &d);
        assert!(p.added.contains(&Line::Snapshots(1)), "{p:?}");
        assert!(p.added.contains(&Line::Targets(1)), "new here: {p:?}");
        assert!(preview(&d, &d).unchanged);
        // An assessment completed is not called one in progress.
        let mut done = d.clone();
        done.attempt.completed = done.history.first().map(|s| s.id.clone());
        let answers = done.attempt.answers.len();
        assert!(answers > 0, "the sample has an assessment under way");
        let line = |completed| Line::Attempt { answers, completed };
        let p = preview(&AppData::default(), &done);
        assert!(p.added.contains(&line(true)), "{p:?}");
        done.attempt.completed = None;
        let p = preview(&AppData::default(), &done);
        assert!(p.added.contains(&line(false)), "{p:?}");
        // A file that only says who is answering, where this browser was not told, has that.
        let p = preview(&d, &d).with_role(Some(Role::Teacher));
        assert_eq!(
            (p.added, p.unchanged),
            (vec![Line::Role(Role::Teacher)], false)
        );
    }
}
