//! The workshop board: a facilitator gathers a room's result links, sees the team as aggregates
//! and keeps names private, with no server (issue #13). Pure core: no browser types; the UI
//! words every value and error.
//!
//! # The parts and how the UI uses them
//!
//! - **Boards** ([`Boards`], [`Board`], [`Entry`]): a facilitator's boards, kept by the UI in
//!   their own localStorage key as [`Boards::to_json`] / [`Boards::from_json`] (a versioned
//!   JSON file, [`BOARD_KIND`] / [`BOARD_FORMAT`]; one board exported is the same file holding
//!   one board, [`Board::to_file_json`]). [`Boards::create`], [`Boards::rename`],
//!   [`Boards::delete`], [`Board::remove`] (one participant), [`Board::set_threshold`].
//! - **Intake** ([`Board::add_text`]): any pasted text (a chat export, an email, one link per
//!   line, a scanned QR code's text) → one [`Outcome`] per result link found, in input order,
//!   with what was skipped ([`Intake`]). [`Board::add_board`] takes in an imported board file's
//!   results the same way.
//! - **The team** ([`Board::team`] → [`Team`]): per pillar median, quartiles, min, max and count
//!   ([`PillarStats`]); per item the distribution over the five levels and "not applicable"
//!   ([`ItemStats`]); [`Team::most_disagreed`], [`Team::strongest_items`],
//!   [`Team::weakest_items`], [`Team::weakest_pillars`] (feed these to
//!   [`crate::core::recommend::recommend`] for the library's resources).
//! - **Privacy** ([`Threshold`], [`Guarded`]): every statistic is a [`Guarded`] value, which is
//!   [`Guarded::Withheld`] (just a count) whenever fewer than k results contribute to it; there
//!   is no way to read a median or a distribution below k. k is 3 by default and can be raised,
//!   never lowered below 3. Participants' names (already cleaned by the result-link decoder:
//!   [`crate::core::share::result_link::normalize_name`]) are in [`Entry::name`]; whether they
//!   are shown is the UI's choice ([`Names`]), hidden by default.
//! - **Team link** ([`TeamLink`], route [`TEAM_ROUTE`] `#/t/<code>`): only aggregates, refused
//!   below k, read back by [`TeamLink::decode`] (never panics) for a read-only team view.
//! - **CSV** ([`team_csv`], [`board_csv`]): the aggregates, and per-person rows only with
//!   [`Names::Shown`] (and never below k); every cell quoted and neutralised against formulas.
//!
//! # Definitions
//!
//! - *Identity of a result* (what "already on the board" means): the decoded content, i.e.
//!   questionnaire version, date, name and every answer. The share code is canonical, so this is
//!   the same as comparing codes, whatever URL, wrapping or punctuation surrounded them. Two
//!   unnamed, identical results of the same day are indistinguishable and count once.
//! - *A participant's pillar score*: [`crate::core::scoring::score`]'s mean of the pillar's
//!   answered levels (not applicable left out); a participant with none has no score there.
//! - *Quartiles*: linear interpolation between closest ranks, the method of spreadsheets'
//!   `QUARTILE.INC` / `PERCENTILE.INC` and R's default (type 7): for n sorted values and p in
//!   {¼, ½, ¾}, h = (n − 1)·p, value = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋). The median is p = ½.
//!   Statistics are computed exactly, then rounded to tenths (halves up) as [`Tenths`].
//! - *Disagreement of an item*: the mean absolute difference between the levels of two
//!   participants (over all pairs of participants who gave a level; "not applicable" left out),
//!   0 when everyone agrees, up to 4. It reads as "two people in the room are, on average, this
//!   many levels apart". Ranked exactly (rational comparison); ties: more levels given first,
//!   then questionnaire order.
//! - *Strongest / weakest items*: by the mean of the levels given (exact), ties as above.
//! - *Weakest pillars*: by median, then lower quartile, then upper quartile (lowest first),
//!   then questionnaire order.
mod aggregate;
mod boards;
mod csv;
mod file;
mod intake;
pub mod scan;
mod team_link;

pub use aggregate::{Guarded, ItemStats, PillarStats, Team, Tenths, Threshold};
pub use boards::{Board, BoardId, Boards, Entry, StoredEntry, MAX_BOARDS, MAX_ENTRIES};
pub use csv::{board_csv, team_csv, CsvWords, Names};
pub use file::{BoardFileError, BoardsRead, BOARD_FORMAT, BOARD_KIND, MAX_BOARD_FILE_BYTES};
pub use intake::{
    find_codes, Found, Intake, Outcome, Tally, MAX_CODE_CHARS, MAX_LINKS_PER_PASTE,
    MAX_PASTE_BYTES, RESULT_MARKER,
};
pub use team_link::{TeamLink, TeamLinkError, MAX_TEAM_CODE_CHARS, TEAM_FORMAT, TEAM_ROUTE};

#[cfg(test)]
mod tests;
