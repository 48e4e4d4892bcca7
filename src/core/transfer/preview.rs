//! What an import would do, in lines a person can read before saying yes.
use crate::core::state::AppData;
use crate::core::text::plural;

/// What an import would do, in lines a person can read before saying yes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPreview {
    pub added: Vec<String>,
    pub replaced: Vec<String>,
    pub unchanged: bool,
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

/// Adds "N things" to `lines` when there are any.
fn count(lines: &mut Vec<String>, n: usize, one: &str, many: &str) {
    if n > 0 {
        lines.push(plural(n, one, many));
    }
}

pub fn preview(current: &AppData, incoming: &AppData) -> ImportPreview {
    let mut p = ImportPreview::default();
    let (new_snaps, changed_snaps) =
        new_and_changed(&incoming.history, &current.history, |s| &s.id);
    count(
        &mut p.added,
        new_snaps,
        "completed assessment in your history",
        "completed assessments in your history",
    );
    count(
        &mut p.replaced,
        changed_snaps,
        "completed assessment with the same date and time",
        "completed assessments with the same dates and times",
    );
    if !incoming.attempt.answers.is_empty() && incoming.attempt != current.attempt {
        let msg = format!(
            "your assessment in progress ({} answers) with the file's ({} answers)",
            current.attempt.answers.len(),
            incoming.attempt.answers.len()
        );
        if current.attempt.answers.is_empty() {
            p.added.push(format!(
                "an assessment in progress ({} answers)",
                incoming.attempt.answers.len()
            ));
        } else {
            p.replaced.push(msg);
        }
    }
    let t = incoming
        .targets
        .iter()
        .filter(|(k, v)| current.targets.get(*k) != Some(v))
        .count();
    count(&mut p.replaced, t, "target", "targets");
    let (shares, _) = new_and_changed(&incoming.shared_with_me, &current.shared_with_me, |s| {
        &s.code
    });
    count(
        &mut p.added,
        shares,
        "result shared with you",
        "results shared with you",
    );
    let (own_new, own_changed) =
        new_and_changed(&incoming.curation.own, &current.curation.own, |r| &r.id);
    count(
        &mut p.added,
        own_new,
        "resource of your own",
        "resources of your own",
    );
    count(
        &mut p.replaced,
        own_changed,
        "resource of your own",
        "resources of your own",
    );
    let imported = incoming
        .curation
        .imported
        .iter()
        .filter(|r| !current.curation.imported.contains(r))
        .count();
    count(
        &mut p.added,
        imported,
        "resource from collections",
        "resources from collections",
    );
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
    count(
        &mut p.added,
        marks,
        "bookmark, done mark or note",
        "bookmarks, done marks and notes",
    );
    if !incoming.display_name.is_empty() && incoming.display_name != current.display_name {
        p.replaced.push("the name on your share links".into());
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
        assert!(
            p.added.iter().any(|l| l.contains("1 completed assessment")),
            "{p:?}"
        );
        assert!(p.replaced.iter().any(|l| l.contains("1 target")), "{p:?}");
        assert!(preview(&d, &d).unchanged);
    }
}
