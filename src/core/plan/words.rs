//! What the exports need from outside the plan: the words (from the UI's catalogue, in the
//! person's language), the questionnaire (for pillar and item names), today, the latest result
//! and the library's titles.
use crate::core::answers::Answers;
use crate::core::date::Date;
use crate::core::questionnaire::Questionnaire;

/// Labels and headings of the Markdown and calendar files. The core writes no words of its own:
/// the UI fills this from its catalogue. Each is used as given, a label followed by [`Words::colon`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    /// The Markdown's title (e.g. "My plan to grow").
    pub title: String,
    /// The calendar's name in calendar apps.
    pub calendar_name: String,
    /// "Next assessment".
    pub next_assessment: String,
    /// The summary of the calendar event for the next assessment (e.g. "Take the Pillars
    /// assessment again").
    pub reassessment: String,
    /// The heading of a focus on a whole pillar (e.g. "The pillar as a whole").
    pub whole_pillar: String,
    /// "When set", "Now", "Aim", "Set on": where a focus was, is, and aims to be.
    pub then: String,
    pub now: String,
    pub aim: String,
    pub set_on: String,
    /// "Actions done" (followed by `2/3`).
    pub progress: String,
    /// Written when a focus has no actions yet.
    pub no_actions: String,
    pub status: String,
    /// The names of [`super::Status::ALL`], in that order ("Not started", "Under way", …).
    pub statuses: [String; 4],
    pub due: String,
    /// Marks an overdue action.
    pub overdue: String,
    pub lead: String,
    pub involved: String,
    pub why: String,
    pub evidence: String,
    pub notes: String,
    pub resources: String,
    /// What ends a label before its value: ":" in English, " :" in French; empty is ":".
    pub colon: String,
}

impl Words {
    /// A label and its value, as the language writes them (see [`labelled`]).
    pub fn labelled(&self, label: &str, value: impl std::fmt::Display) -> String {
        labelled(&self.colon, label, value)
    }

    /// The name of a status: from [`Words::statuses`], or a later build's status id as written.
    pub fn status_name<'a>(&'a self, s: &'a super::Status) -> &'a str {
        match s.index() {
            Some(i) => &self.statuses[i],
            None => s.id(),
        }
    }
}

/// A label and its value with the language's `colon` ("Due: 2026-12-01", "Échéance : …"); an
/// empty `colon` is ":".
pub fn labelled(colon: &str, label: &str, value: impl std::fmt::Display) -> String {
    let colon = if colon.is_empty() { ":" } else { colon };
    format!("{label}{colon} {value}")
}

/// Everything [`super::to_markdown`] and [`super::to_ics`] read besides the plan.
pub struct Context<'a> {
    /// The questionnaire in the person's language (pillar names, item prompts).
    pub questionnaire: &'a Questionnaire,
    pub words: &'a Words,
    /// For overdue marks.
    pub today: Date,
    /// The latest completed assessment's answers, for where each focus is now.
    pub latest: Option<&'a Answers>,
    /// A library resource's title by id (built-in, own or imported); `None` shows the id.
    pub resource_title: &'a dyn Fn(&str) -> Option<String>,
    /// A date as the person's language writes it in text ("2 décembre 2026"); the calendar's
    /// own fields stay in iCalendar's form.
    pub date: &'a dyn Fn(Date) -> String,
    /// The language's decimal separator ("3,5" in French).
    pub decimal: char,
}

impl Context<'_> {
    /// A score with the language's decimal separator.
    pub(super) fn score(&self, s: super::Score) -> String {
        let text = s.to_string();
        if self.decimal == '.' {
            text
        } else {
            text.replace('.', &self.decimal.to_string())
        }
    }

    pub(super) fn resource_titles(&self, ids: &[String]) -> Vec<String> {
        ids.iter()
            .map(|id| (self.resource_title)(id).unwrap_or_else(|| id.clone()))
            .collect()
    }
}
