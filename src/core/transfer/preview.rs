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

pub fn preview(current: &AppData, incoming: &AppData) -> ImportPreview {
    let mut p = ImportPreview::default();
    let new_snaps = incoming
        .history
        .iter()
        .filter(|s| !current.history.iter().any(|c| c.id == s.id))
        .count();
    let changed_snaps = incoming
        .history
        .iter()
        .filter(|s| current.history.iter().any(|c| c.id == s.id && c != *s))
        .count();
    if new_snaps > 0 {
        p.added.push(plural(
            new_snaps,
            "completed assessment in your history",
            "completed assessments in your history",
        ));
    }
    if changed_snaps > 0 {
        p.replaced.push(plural(
            changed_snaps,
            "completed assessment with the same date and time",
            "completed assessments with the same dates and times",
        ));
    }
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
    if t > 0 {
        p.replaced.push(plural(t, "target", "targets"));
    }
    let shares = incoming
        .shared_with_me
        .iter()
        .filter(|s| !current.shared_with_me.iter().any(|c| c.code == s.code))
        .count();
    if shares > 0 {
        p.added.push(plural(
            shares,
            "result shared with you",
            "results shared with you",
        ));
    }
    let own_new = incoming
        .curation
        .own
        .iter()
        .filter(|r| !current.curation.own.iter().any(|c| c.id == r.id))
        .count();
    let own_changed = incoming
        .curation
        .own
        .iter()
        .filter(|r| current.curation.own.iter().any(|c| c.id == r.id && c != *r))
        .count();
    if own_new > 0 {
        p.added.push(plural(
            own_new,
            "resource of your own",
            "resources of your own",
        ));
    }
    if own_changed > 0 {
        p.replaced.push(plural(
            own_changed,
            "resource of your own",
            "resources of your own",
        ));
    }
    let imported = incoming
        .curation
        .imported
        .iter()
        .filter(|r| !current.curation.imported.contains(r))
        .count();
    if imported > 0 {
        p.added.push(plural(
            imported,
            "resource from collections",
            "resources from collections",
        ));
    }
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
    if marks > 0 {
        p.added.push(plural(
            marks,
            "bookmark, done mark or note",
            "bookmarks, done marks and notes",
        ));
    }
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
