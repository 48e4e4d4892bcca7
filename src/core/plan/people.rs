//! The people an action names (its lead and who is involved, as free text), and the plan's
//! filters by person and by status. Names match ignoring case and accents.
use super::action::PlanAction;
use super::status::Status;
use crate::core::search::fold::tokenize;

/// Characters that separate people in the lead and involved fields ("Ana, Ben; Chloé").
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | '\n' | '\r' | '&' | '+' | '،' | '؛' | '、' | '，' | '；'
    )
}

/// The names in a lead or involved field, trimmed, empty ones left out.
pub fn names(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_separator)
        .map(str::trim)
        .filter(|n| !n.is_empty())
}

/// The names an action gives: its lead's, then who is involved.
fn action_names(a: &PlanAction) -> impl Iterator<Item = &str> {
    names(&a.lead).chain(names(&a.involved))
}

/// Folded words of a name (lowercase, accents removed); a name with no letters or digits (an
/// emoji) is its own lowercase text.
fn key(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    tokenize(name, &mut words);
    if words.is_empty() && !name.trim().is_empty() {
        words.push(crate::core::text::lowercase(name.trim()));
    }
    words
}

/// Whether the words of `query` are words of `name` in a row, the last one possibly cut short
/// ("lopez" and "ana lop" match "Ana López").
fn name_matches(name: &[String], query: &[String]) -> bool {
    let Some((last, first)) = query.split_last() else {
        return true;
    };
    name.windows(query.len())
        .any(|w| w[..first.len()] == *first && w[first.len()].starts_with(last.as_str()))
}

/// Everyone the actions name, once each (the first spelling met), in folded alphabetical order.
pub fn people<'a>(actions: impl IntoIterator<Item = &'a PlanAction>) -> Vec<String> {
    let mut seen: Vec<(Vec<String>, &str)> = Vec::new();
    for a in actions {
        for n in action_names(a) {
            let k = key(n);
            if !seen.iter().any(|(s, _)| *s == k) {
                seen.push((k, n));
            }
        }
    }
    seen.sort_by(|a, b| a.0.cmp(&b.0));
    seen.into_iter().map(|(_, n)| n.to_string()).collect()
}

/// What the plan screen narrows the actions to. The default lets everything through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActionFilter {
    pub status: Option<Status>,
    /// A person's name or part of it (whole words; the last may be cut short); empty for anyone.
    pub person: String,
}

impl ActionFilter {
    pub fn is_empty(&self) -> bool {
        self.status.is_none() && self.person.trim().is_empty()
    }

    pub fn matches(&self, a: &PlanAction) -> bool {
        if self.status.as_ref().is_some_and(|s| *s != a.status) {
            return false;
        }
        let query = key(&self.person);
        query.is_empty() || action_names(a).any(|n| name_matches(&key(n), &query))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(lead: &str, involved: &str) -> PlanAction {
        PlanAction {
            lead: lead.into(),
            involved: involved.into(),
            ..PlanAction::default()
        }
    }

    fn by(person: &str) -> ActionFilter {
        ActionFilter {
            person: person.into(),
            ..ActionFilter::default()
        }
    }

    #[test]
    fn names_are_split_on_commas_semicolons_and_lines() {
        let n: Vec<&str> = names(" Ana López, Ben ;\nChloé & Dev، زينب ,, ").collect();
        assert_eq!(n, ["Ana López", "Ben", "Chloé", "Dev", "زينب"]);
        assert_eq!(names("").count(), 0);
    }

    #[test]
    fn a_person_matches_lead_or_involved_ignoring_case_and_accents() {
        let a = action("Ana López", "Ben, CHLOÉ Martin");
        for q in [
            "ana lopez",
            "ANA LÓPEZ",
            "López",
            "lop",
            "ana l",
            "chloe",
            "Chloe Martin",
            "ben",
            "",
        ] {
            assert!(by(q).matches(&a), "{q:?}");
        }
        for q in ["an lopez", "lopez ana", "martin chloe", "bend", "zoe"] {
            assert!(!by(q).matches(&a), "{q:?}");
        }
        let emoji = action("🙂", "");
        assert!(by("🙂").matches(&emoji));
        assert!(!by("🙃").matches(&emoji));
    }

    #[test]
    fn status_and_person_filters_combine() {
        let mut a = action("Ana", "");
        a.status = Status::Done;
        let f = ActionFilter {
            status: Some(Status::Done),
            person: "ana".into(),
        };
        assert!(f.matches(&a));
        assert!(!f.is_empty());
        a.status = Status::UnderWay;
        assert!(!f.matches(&a));
        assert!(ActionFilter::default().matches(&a) && ActionFilter::default().is_empty());
        assert!(by("  ").is_empty());
    }

    #[test]
    fn people_are_listed_once_in_folded_order() {
        let actions = [
            action("Émile", "ben; Ana López"),
            action("ana lopez", "Ben, Zoë, emile"),
            action("", "🙂"),
        ];
        assert_eq!(people(&actions), ["Ana López", "ben", "Émile", "Zoë", "🙂"]);
    }
}
