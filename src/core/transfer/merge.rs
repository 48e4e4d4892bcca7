//! Merging an import into the current data.
use crate::core::plan::{FocusId, Plan, StoredPlan};
use crate::core::state::AppData;

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
    out.plan = StoredPlan::of(&merge_plan(&current.plan.read(), &incoming.plan.read()));
    out
}

/// The file wins for a focus or an action with the same id; a focus on a pillar or item the plan
/// already has is not added twice (its actions join the focus that is there).
fn merge_plan(current: &Plan, incoming: &Plan) -> Plan {
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
    if incoming.next_assessment.is_some() {
        out.next_assessment = incoming.next_assessment;
    }
    out
}
