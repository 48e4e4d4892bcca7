//! An action of the plan: what will be done for a focus, by whom, by when, and how they will know.
use super::focus::FocusId;
use super::status::Status;
use crate::core::date::{self, Date};
use serde::{Deserialize, Serialize};

/// An action's id (given by the caller, e.g. a timestamp; made unique within the plan). The
/// calendar file derives each event's UID from it.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActionId(pub String);

/// One action. Every text field takes any text, kept as given (the exports escape it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PlanAction {
    pub id: ActionId,
    /// The focus it serves (every action of a [`super::Plan`] has one).
    pub focus: FocusId,
    pub what: String,
    /// Why, in the person's words (the focus says what it serves).
    pub why: String,
    /// Who leads it (free text; commas or semicolons separate people, see [`super::people`]).
    pub lead: String,
    /// Who is involved (free text, as `lead`).
    pub involved: String,
    #[serde(serialize_with = "date::stored::serialize")]
    pub due: Option<Date>,
    pub status: Status,
    /// How they will know it worked.
    pub evidence: String,
    pub notes: String,
    /// Ids of library resources (the built-in library's, the person's own or imported ones).
    pub resources: Vec<String>,
    #[serde(serialize_with = "date::stored::serialize")]
    pub created: Option<Date>,
    /// Fields a later build wrote, written back as they were.
    #[serde(flatten)]
    pub unknown: super::Unknown,
}

// Read field by field: any field not given stays empty, fields a later build wrote are kept.
super::kept::read_fields!(PlanAction {
    "id" => id, "focus" => focus, "what" => what, "why" => why, "lead" => lead,
    "involved" => involved, "status" => status, "evidence" => evidence, "notes" => notes,
    "resources" => resources;
    date "due" => due, "created" => created;
    kept unknown
});

impl PlanAction {
    /// A new, not started action: `what` for `focus`, made `today`; the other fields empty.
    pub fn new(
        id: impl Into<String>,
        focus: FocusId,
        what: impl Into<String>,
        today: Date,
    ) -> Self {
        PlanAction {
            id: ActionId(id.into()),
            focus,
            what: what.into(),
            created: Some(today),
            ..PlanAction::default()
        }
    }

    /// Due before `today` and neither done nor dropped (due today is not overdue yet).
    pub fn is_overdue(&self, today: Date) -> bool {
        is_overdue(self, today)
    }
}

/// Due before `today` and neither done nor dropped (due today is not overdue yet).
pub fn is_overdue(action: &PlanAction, today: Date) -> bool {
    !action.status.is_closed() && action.due.is_some_and(|d| d < today)
}
