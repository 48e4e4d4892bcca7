//! Merging an import into the current data.
use crate::core::plan::{FocusId, Plan, StoredPlan};
use crate::core::state::AppData;

/// Merges an import into the current data: the file wins where both have the same thing, except
/// that a file from an earlier time (a backup from last term) does not put its assessment over a
/// later one here, nor its date for the next assessment over the one set since.
pub fn merge(current: &AppData, incoming: &AppData) -> AppData {
    merge_with(
        current,
        incoming,
        takes_attempt(current, incoming),
        takes_next_date(current, incoming),
    )
}

/// Whether an import's assessment replaces the one here: the file has one, another one, and it
/// was started after the one here, or there is none here. Started the same day, it does if the
/// file's data is not older, unless it is a copy still in progress of one completed here.
pub(super) fn takes_attempt(current: &AppData, incoming: &AppData) -> bool {
    let (mine, theirs) = (&current.attempt, &incoming.attempt);
    let same_day = theirs.started == mine.started
        && !file_is_older(current, incoming)
        && (mine.completed.is_none() || theirs.completed.is_some());
    !theirs.answers.is_empty()
        && theirs != mine
        && (mine.answers.is_empty() || theirs.started > mine.started || same_day)
}

/// Whether an import's date for the next assessment is taken: there is none here, or the file's
/// data is not older.
pub(super) fn takes_next_date(current: &AppData, incoming: &AppData) -> bool {
    current.plan.read().next_assessment.is_none() || !file_is_older(current, incoming)
}

/// Whether the file's data ends before this data does: the last day either says something
/// happened (an assessment completed, or one started with answers: a browser opened for the
/// first time has an empty one started that day).
pub(super) fn file_is_older(current: &AppData, incoming: &AppData) -> bool {
    let latest = |d: &AppData| {
        let started = (!d.attempt.answers.is_empty()).then_some(d.attempt.started);
        d.last_completed_on().max(started.flatten())
    };
    latest(incoming) < latest(current)
}

/// [`merge`], with whether `incoming`'s assessment and date for the next one are taken.
fn merge_with(current: &AppData, incoming: &AppData, attempt: bool, next_date: bool) -> AppData {
    let mut out = merge_records(current, incoming, attempt);
    out.plan = merge_plans(&current.plan, &incoming.plan, next_date);
    out
}

/// The plans of two sets of data, together: `incoming`'s wins for a focus or an action with the
/// same id.
fn merge_plans(current: &StoredPlan, incoming: &StoredPlan, next_date: bool) -> StoredPlan {
    if current == incoming {
        return current.clone();
    }
    StoredPlan::of(&merge_plan(&current.read(), &incoming.read(), next_date))
}

/// Everything but the plan (which stays `current`'s), merged as [`merge`] does.
fn merge_records(current: &AppData, incoming: &AppData, attempt: bool) -> AppData {
    let mut out = current.clone();
    for s in &incoming.history {
        match out.history.iter_mut().find(|c| c.id == s.id) {
            Some(c) => *c = s.clone(),
            None => out.history.push(s.clone()),
        }
    }
    out.history
        .sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    if attempt {
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
    // One entry per collection and id: the file's, if it has one.
    for r in &incoming.curation.imported {
        let same = |c: &&mut crate::core::state::ImportedResource| {
            c.source == r.source && c.resource.id == r.resource.id
        };
        match out.curation.imported.iter_mut().find(same) {
            Some(c) => *c = r.clone(),
            None => out.curation.imported.push(r.clone()),
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

/// Another tab's stored data and this tab's change that could not be saved, together: the
/// records of both, this tab's winning where both changed the same one. Unlike an import (a file
/// from another time), both tabs work on the same assessment, so its answers join item by item.
pub fn merge_tabs(stored: &AppData, here: &AppData) -> AppData {
    let changed = !here.attempt.answers.is_empty() && here.attempt != stored.attempt;
    let mut out = merge_with(stored, here, changed, true);
    let same_attempt = stored.attempt.version == here.attempt.version
        && stored.attempt.started == here.attempt.started;
    if same_attempt {
        out.previous_attempt = here
            .previous_attempt
            .clone()
            .or_else(|| stored.previous_attempt.clone());
        out.attempt = here.attempt.clone();
        for (item, answer) in &stored.attempt.answers {
            out.attempt.answers.entry(item.clone()).or_insert(*answer);
        }
        if out.attempt.answers != here.attempt.answers {
            // The other tab answered more: this is no longer the completed snapshot.
            out.attempt.completed = None;
        }
    }
    out
}

/// The file wins for a focus or an action with the same id; a focus on a pillar or item the plan
/// already has is not added twice (its actions join the focus that is there).
fn merge_plan(current: &Plan, incoming: &Plan, next_date: bool) -> Plan {
    let mut out = current.clone();
    let mut moved: Vec<(FocusId, FocusId)> = Vec::new();
    for f in &incoming.focuses {
        if let Some(c) = out.focuses.iter_mut().find(|c| c.id == f.id) {
            *c = f.clone();
        } else if let Some(c) = out.focuses.iter().find(|c| c.target == f.target) {
            moved.push((f.id.clone(), c.id.clone()));
        } else {
            out.focuses.push(f.clone());
        }
    }
    for a in &incoming.actions {
        let mut a = a.clone();
        if let Some((_, to)) = moved.iter().find(|(from, _)| *from == a.focus) {
            a.focus = to.clone();
        }
        if out.focus(&a.focus).is_none() {
            continue;
        }
        match out.actions.iter_mut().find(|c| c.id == a.id) {
            Some(c) => *c = a,
            None => out.actions.push(a),
        }
    }
    if next_date && incoming.next_assessment.is_some() {
        out.next_assessment = incoming.next_assessment;
    }
    // What a later build wrote stays, from both sides.
    out.kept.fields.extend(incoming.kept.fields.clone());
    for f in &incoming.kept.focuses {
        if !out.kept.focuses.contains(f) {
            out.kept.focuses.push(f.clone());
        }
    }
    for a in &incoming.kept.actions {
        match out.kept.actions.iter_mut().find(|c| c.id == a.id) {
            Some(c) => *c = a.clone(),
            None => out.kept.actions.push(a.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::lv;
    use crate::core::library::Library;
    use crate::core::state::Action;
    use crate::core::transfer::fixtures::{day, sample};
    use crate::core::transfer::Line;

    fn answered(mut d: AppData, item: &str, level: u8) -> AppData {
        let action = Action::Answer {
            item: item.into(),
            answer: lv(level),
        };
        d.apply(action, Library::builtin());
        d
    }

    /// `d` with the plan's next assessment on `next`.
    fn next_on(mut d: AppData, next: &str) -> AppData {
        use crate::core::plan::{Change, StoredPlan};
        let mut plan = d.plan.read();
        plan.apply(Change::SetNextAssessment(Some(day(next))));
        d.plan = StoredPlan::of(&plan);
        d
    }

    /// The sample a term later: a second assessment, started and completed in December.
    fn a_term_later() -> AppData {
        let mut d = sample();
        d.apply(
            Action::StartOver {
                version: d.attempt.version,
                today: day("2026-12-01"),
            },
            Library::builtin(),
        );
        let d = answered(d, "a", 4);
        let mut d = d;
        d.apply(
            Action::Complete {
                id: "2".into(),
                today: day("2026-12-04"),
            },
            Library::builtin(),
        );
        next_on(d, "2027-06-01")
    }

    #[test]
    fn a_backup_from_last_term_does_not_put_its_assessment_or_dates_over_this_terms() {
        let now = a_term_later();
        let backup = next_on(sample(), "2026-12-01");
        let out = merge(&now, &backup);
        assert_eq!(
            out.attempt, now.attempt,
            "the December assessment stays current"
        );
        assert_eq!(out.history, now.history);
        assert_eq!(out.plan.read().next_assessment, Some(day("2027-06-01")));
        let p = crate::core::transfer::preview(&now, &backup);
        assert_eq!(
            p.kept,
            vec![Line::AttemptKept, Line::NextAssessment],
            "{p:?}"
        );
        assert!(!p
            .replaced
            .iter()
            .any(|l| matches!(l, Line::AttemptReplaced { .. })));
        // The other way round, the later file's assessment and date are taken, and said.
        let out = merge(&backup, &now);
        assert_eq!(out.attempt, now.attempt);
        assert_eq!(out.plan.read().next_assessment, Some(day("2027-06-01")));
        let p = crate::core::transfer::preview(&backup, &now);
        assert!(p.kept.is_empty(), "{p:?}");
        assert!(p.replaced.contains(&Line::NextAssessment), "{p:?}");
        assert!(p.added.contains(&Line::Snapshots(1)), "{p:?}");
    }

    #[test]
    fn a_backup_restored_in_a_new_browser_brings_its_dates_and_its_assessment() {
        // A browser opened for the first time today: an empty assessment, started today.
        let fresh = AppData::new(2, &day("2026-12-04"));
        let backup = next_on(sample(), "2027-01-15");
        let out = merge(&fresh, &backup);
        assert_eq!(out.attempt, backup.attempt);
        assert_eq!(out.plan.read().next_assessment, Some(day("2027-01-15")));
        let p = crate::core::transfer::preview(&fresh, &backup);
        assert!(p.kept.is_empty(), "{p:?}");
        assert!(p.added.contains(&Line::NextAssessment), "{p:?}");
        // With no date here, even an older file's date is taken (nothing newer to keep).
        let now = a_term_later();
        let mut undated = now.clone();
        undated.plan = Default::default();
        let out = merge(&undated, &backup);
        assert_eq!(out.plan.read().next_assessment, Some(day("2027-01-15")));
        assert_eq!(out.attempt, now.attempt, "the newer assessment still stays");
    }

    #[test]
    fn a_backup_of_the_same_assessment_half_done_does_not_replace_it_completed() {
        let done = sample();
        let mut half = sample();
        half.attempt.completed = None;
        half.attempt.answers = half.attempt.answers.into_iter().take(3).collect();
        half.history.clear();
        assert_eq!(merge(&done, &half).attempt, done.attempt);
    }

    #[test]
    fn targets_new_here_are_added_not_replaced() {
        let p = crate::core::transfer::preview(&AppData::default(), &sample());
        assert!(p.added.contains(&Line::Targets(1)), "{p:?}");
        assert!(!p.replaced.contains(&Line::Targets(1)), "{p:?}");
    }

    #[test]
    fn two_tabs_answers_join_item_by_item_this_tabs_winning() {
        let start = AppData::new(2, &day("2026-11-30"));
        let stored = answered(answered(start.clone(), "a", 2), "b", 3);
        let here = answered(answered(start, "a", 5), "c", 1);
        let out = merge_tabs(&stored, &here);
        let got: Vec<_> = out
            .attempt
            .answers
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        assert_eq!(got, vec![("a", lv(5)), ("b", lv(3)), ("c", lv(1))]);
        assert_eq!(
            out.previous_attempt, None,
            "nothing is set aside: it is one assessment"
        );
    }

    #[test]
    fn two_tabs_keep_every_record_of_both() {
        let stored = sample();
        let mut here = stored.clone();
        here.display_name = "Ana".into();
        let mut stored = stored;
        stored.apply(
            Action::ToggleBookmark { id: "x".into() },
            Library::builtin(),
        );
        let out = merge_tabs(&stored, &here);
        assert_eq!(out.display_name, "Ana");
        assert!(out.curation.bookmarks.contains("x"));
        assert_eq!(out.history, here.history);
    }

    #[test]
    fn a_new_assessment_in_the_other_tab_keeps_this_tabs_answers_aside() {
        let stored = answered(AppData::new(2, &day("2026-12-01")), "b", 3);
        let here = answered(AppData::new(2, &day("2026-11-30")), "a", 4);
        let out = merge_tabs(&stored, &here);
        assert_eq!(out.attempt, here.attempt);
        assert_eq!(out.previous_attempt.as_ref(), Some(&stored.attempt));
    }

    #[test]
    fn two_tabs_plans_join() {
        use crate::core::pillar::PillarId;
        use crate::core::plan::{Change, FocusTarget, Plan, StoredPlan};
        let with_focus = |id: &str, pillar: &str| {
            let mut p = Plan::default();
            p.apply(Change::AddFocus {
                id: id.into(),
                target: FocusTarget::Pillar(PillarId::parse(pillar).unwrap()),
                from: None,
                aim: None,
                today: day("2026-12-01"),
            });
            StoredPlan::of(&p)
        };
        let mut stored = sample();
        stored.plan = with_focus("f1", "branding");
        let mut here = sample();
        here.plan = with_focus("f2", "opportunity");
        let both = merge_tabs(&stored, &here).plan.read();
        assert_eq!(both.focuses.len(), 2);
    }
}
