//! A facilitator's boards and each board's entries: create, rename, delete, add results (one
//! code at a time: the intake, the board file and the QR scanner all come through
//! [`Board::add_code`]'s rules), remove one participant.
use super::aggregate::{Team, Threshold};
use super::intake::Outcome;
use crate::core::date::Date;
use crate::core::questionnaire::Questionnaire;
use crate::core::share::result_link::{decode, encode, normalize_name, DecodeError, SharedResult};
use serde::{Deserialize, Serialize};

/// Most boards kept at once.
pub const MAX_BOARDS: usize = 100;
/// Most results on one board (entries and set-aside entries together).
pub const MAX_ENTRIES: usize = 500;
/// The largest participant number a board gives or takes from a file (see [`Entry::number`]).
pub const MAX_NUMBER: u32 = 1_000_000;

/// A board's id, unique among the [`Boards`]: given by [`Boards::create`] (one more than the
/// largest in use).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BoardId(pub u32);

/// One participant's result on a board.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    code: String,
    result: SharedResult,
    added: Date,
    number: u32,
}

impl Entry {
    /// The canonical share code (no `/r/`): unique on its board, so it names the entry (for
    /// [`Board::remove`], or as a key in a list).
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The decoded result (of the board's questionnaire version, with a date).
    pub fn result(&self) -> &SharedResult {
        &self.result
    }

    /// The name the participant put in their link, already cleaned of control, bidi-override
    /// and zero-width characters and cut to 40 bytes by the link decoder. Private: show it only
    /// when the facilitator asks.
    pub fn name(&self) -> Option<&str> {
        self.result.name.as_deref()
    }

    /// The day it was added to the board.
    pub fn added(&self) -> Date {
        self.added
    }

    /// Its number on the board, from 1, given when it was added and kept: "Participant 3"
    /// stays 3 when another participant is removed.
    pub fn number(&self) -> u32 {
        self.number
    }
}

/// An entry of a board file this build cannot read (made with another questionnaire version,
/// or damaged): kept as written, saved again, never counted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredEntry {
    pub code: String,
    pub added: Date,
    /// Its number on the board (see [`Entry::number`]).
    pub number: u32,
}

/// A workshop board.
#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    id: BoardId,
    name: String,
    date: Date,
    threshold: Threshold,
    entries: Vec<Entry>,
    set_aside: Vec<StoredEntry>,
    /// The largest participant number given so far, removed participants' too: a number is
    /// never given twice.
    last: u32,
}

impl Board {
    /// An empty board; the name is cleaned as a link's name is ([`normalize_name`]: no control
    /// or disguising characters, at most 40 bytes; empty if nothing is left).
    pub fn new(id: BoardId, name: &str, date: Date) -> Board {
        Board {
            id,
            name: normalize_name(name).unwrap_or_default(),
            date,
            threshold: Threshold::default(),
            entries: Vec::new(),
            set_aside: Vec::new(),
            last: 0,
        }
    }

    pub fn id(&self) -> BoardId {
        self.id
    }

    /// May be empty (the UI gives an untitled board its words).
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn date(&self) -> Date {
        self.date
    }

    pub fn threshold(&self) -> Threshold {
        self.threshold
    }

    /// In the order they were added.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Entries read from storage that this build cannot use (see [`StoredEntry`]).
    pub fn set_aside(&self) -> &[StoredEntry] {
        &self.set_aside
    }

    pub fn rename(&mut self, name: &str) {
        self.name = normalize_name(name).unwrap_or_default();
    }

    pub fn set_date(&mut self, date: Date) {
        self.date = date;
    }

    /// Raises (or lowers, never below 3) the privacy threshold: see [`Threshold::new`].
    pub fn set_threshold(&mut self, k: usize) {
        self.threshold = Threshold::new(k);
    }

    /// No room for another result ([`MAX_ENTRIES`]).
    pub fn is_full(&self) -> bool {
        self.entries.len() + self.set_aside.len() >= MAX_ENTRIES
    }

    /// Adds the result of one share code (no `/r/` prefix; whitespace ignored), decoded by the
    /// result-link decoder for `q`. A result already on the board (same content, see the
    /// module above) is not added again.
    pub fn add_code(&mut self, code: &str, q: &Questionnaire, added: Date) -> Outcome {
        self.add_numbered(code, q, added, None)
    }

    /// One more than the largest number the board has given (see [`Entry::number`]).
    fn next_number(&self) -> u32 {
        let entries = self.entries.iter().map(|e| e.number);
        let aside = self.set_aside.iter().map(|e| e.number);
        let largest = entries.chain(aside).fold(self.last, u32::max);
        largest.saturating_add(1).min(MAX_NUMBER)
    }

    fn number_taken(&self, n: u32) -> bool {
        self.entries.iter().any(|e| e.number == n) || self.set_aside.iter().any(|e| e.number == n)
    }

    /// `wanted` where it is a number no entry here has, else the next; counted as given.
    pub(super) fn give_number(&mut self, wanted: Option<u32>) -> u32 {
        let n = wanted
            .filter(|&n| (1..=MAX_NUMBER).contains(&n) && !self.number_taken(n))
            .unwrap_or_else(|| self.next_number());
        self.last = self.last.max(n);
        n
    }

    /// The largest number given so far (see [`Board::give_number`]).
    pub(super) fn last_number(&self) -> u32 {
        self.last
    }

    /// Used by the board file reader: the largest number given, as stored.
    pub(super) fn with_last_number(mut self, last: u32) -> Board {
        self.last = last.min(MAX_NUMBER);
        self
    }

    /// [`Board::add_code`], keeping the entry's `number` where it has one no other entry has
    /// (a board read back), else the next.
    pub(super) fn add_numbered(
        &mut self,
        code: &str,
        q: &Questionnaire,
        added: Date,
        number: Option<u32>,
    ) -> Outcome {
        let result = match decode(code, q.version, q.item_count()) {
            Ok(r) => r,
            Err(
                DecodeError::NewerVersion { found, current }
                | DecodeError::OlderVersion { found, current },
            ) => return Outcome::OtherVersion { found, current },
            Err(e) => return Outcome::Damaged(e),
        };
        if self.entries.iter().any(|e| e.result == result) {
            Outcome::AlreadyOnBoard
        } else if self.is_full() {
            Outcome::BoardFull
        } else {
            let number = self.give_number(number);
            self.entries.push(Entry {
                code: encode(&result),
                result,
                added,
                number,
            });
            Outcome::Added
        }
    }

    /// Adds a result given as a value (it goes through the link codec, so it is held to the
    /// same rules as a pasted link: a result without a date is [`Outcome::Damaged`]).
    pub fn add_result(&mut self, result: &SharedResult, q: &Questionnaire, added: Date) -> Outcome {
        self.add_code(&encode(result), q, added)
    }

    /// Takes in the results of another board (an imported board file: fresh numbers; the same
    /// board from another tab or an export: `keep_numbers`, each its number there where no entry
    /// here has it), each with the day it was added there; one outcome per entry, in order, then one per entry the other board
    /// kept aside (damaged or of another version: said, not taken).
    pub fn add_board(
        &mut self,
        other: &Board,
        q: &Questionnaire,
        keep_numbers: bool,
    ) -> Vec<Outcome> {
        let outcomes = (other.entries.iter())
            .map(|e| (&e.code, e.added, e.number))
            .chain(other.set_aside.iter().map(|e| (&e.code, e.added, e.number)))
            .map(|(code, added, n)| self.add_numbered(code, q, added, keep_numbers.then_some(n)))
            .collect();
        if keep_numbers {
            self.last = self.last.max(other.last);
        }
        outcomes
    }

    /// Removes the participant whose entry has this code (or the set-aside entry with it);
    /// `false` if there is none.
    pub fn remove(&mut self, code: &str) -> bool {
        let before = self.entries.len() + self.set_aside.len();
        self.entries.retain(|e| e.code != code);
        self.set_aside.retain(|e| e.code != code);
        self.entries.len() + self.set_aside.len() != before
    }

    /// The participant whose entry has this code, with its place: what [`Board::remove`] takes
    /// out and [`Board::restore`] puts back.
    pub fn removal(&self, code: &str) -> Option<(usize, Entry)> {
        let at = self.entries.iter().position(|e| e.code == code)?;
        Some((at, self.entries[at].clone()))
    }

    /// Puts a removed participant back where it was (an undo); nothing if it is back already
    /// or the board is full. `true` if it was put back.
    pub fn restore(&mut self, at: usize, mut entry: Entry) -> bool {
        if self.is_full() || self.entries.iter().any(|e| e.code == entry.code) {
            return false;
        }
        // Its number, unless another participant has it meanwhile (another tab's).
        entry.number = self.give_number(Some(entry.number));
        self.entries.insert(at.min(self.entries.len()), entry);
        true
    }

    /// The team: every statistic behind the board's threshold.
    pub fn team(&self, q: &Questionnaire) -> Team {
        Team::of(q, self.entries.iter().map(|e| &e.result), self.threshold)
    }

    /// Used by the board file reader: keeps an entry that could not be added.
    pub(super) fn keep_aside(&mut self, e: StoredEntry) {
        self.set_aside.push(e);
    }

    pub(super) fn with_threshold(mut self, k: Threshold) -> Board {
        self.threshold = k;
        self
    }
}

/// Every board of the facilitator, in the order they were created.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Boards {
    boards: Vec<Board>,
}

impl Boards {
    pub fn new() -> Boards {
        Boards::default()
    }

    pub fn list(&self) -> &[Board] {
        &self.boards
    }

    pub fn into_list(self) -> Vec<Board> {
        self.boards
    }

    pub fn is_empty(&self) -> bool {
        self.boards.is_empty()
    }

    pub fn get(&self, id: BoardId) -> Option<&Board> {
        self.boards.iter().find(|b| b.id == id)
    }

    pub fn get_mut(&mut self, id: BoardId) -> Option<&mut Board> {
        self.boards.iter_mut().find(|b| b.id == id)
    }

    /// Creates an empty board and gives its id; `None` when there are [`MAX_BOARDS`] already.
    pub fn create(&mut self, name: &str, date: Date) -> Option<BoardId> {
        let id = self.next_id()?;
        self.boards.push(Board::new(id, name, date));
        Some(id)
    }

    /// Keeps a board read from a file as a new board (with a fresh id); `None` when full.
    pub fn adopt(&mut self, board: Board) -> Option<BoardId> {
        let id = self.next_id()?;
        self.boards.push(Board { id, ..board });
        Some(id)
    }

    pub fn rename(&mut self, id: BoardId, name: &str) -> bool {
        self.get_mut(id).map(|b| b.rename(name)).is_some()
    }

    pub fn delete(&mut self, id: BoardId) -> bool {
        let before = self.boards.len();
        self.boards.retain(|b| b.id != id);
        self.boards.len() != before
    }

    fn next_id(&self) -> Option<BoardId> {
        if self.boards.len() >= MAX_BOARDS {
            return None;
        }
        let max = self.boards.iter().map(|b| b.id.0).max().unwrap_or(0);
        max.checked_add(1).map(BoardId)
    }

    /// Takes in another tab's boards while this tab holds a change it could not save: a board
    /// both have (the same name and date, preferably the same id) gets the results of both; a
    /// board only `other` has is kept (under a fresh id if this tab gave its id to another
    /// board). Nothing of either side is lost, up to [`MAX_BOARDS`]; taking the same in twice
    /// changes nothing.
    pub fn merge(&mut self, other: &Boards, q: &Questionnaire) {
        for theirs in &other.boards {
            let same = |b: &Board| b.name == theirs.name && b.date == theirs.date;
            // The same board: the same id, or one taken in earlier under a fresh id.
            let at = (self.boards.iter())
                .position(|b| b.id == theirs.id && same(b))
                .or_else(|| self.boards.iter().position(same));
            if let Some(mine) = at.and_then(|i| self.boards.get_mut(i)) {
                let outcomes = mine.add_board(theirs, q, true);
                // What the other tab kept aside (and this build still cannot read) stays kept,
                // once.
                let aside = outcomes.get(theirs.entries.len()..).unwrap_or_default();
                for (e, o) in theirs.set_aside.iter().zip(aside) {
                    let unread = matches!(o, Outcome::Damaged(_) | Outcome::OtherVersion { .. });
                    let kept = mine.set_aside.iter().any(|s| s.code == e.code);
                    if unread && !kept && !mine.is_full() {
                        let number = mine.give_number(Some(e.number));
                        mine.set_aside.push(StoredEntry {
                            number,
                            ..e.clone()
                        });
                    }
                }
            } else if self.get(theirs.id).is_none() && self.boards.len() < MAX_BOARDS {
                self.boards.push(theirs.clone());
            } else {
                self.adopt(theirs.clone());
            }
        }
    }

    /// Takes in another tab's boards as [`Boards::merge`] does, `base` being the boards both
    /// tabs last had in common (as stored when this tab last read or wrote them): a participant
    /// either side removed since then stays removed, and so does a board either side deleted,
    /// unless the other side changed that board since (a change is never lost to a deletion).
    pub fn merge_since(&mut self, base: &Boards, other: &Boards, q: &Questionnaire) {
        let mut theirs = other.clone();
        theirs.drop_removed(base, self);
        self.drop_removed(base, other);
        self.merge(&theirs, q);
    }

    /// Drops what `base` had and `by` no longer has: the boards `by` deleted (unless changed
    /// here since `base`) and the participants it removed.
    fn drop_removed(&mut self, base: &Boards, by: &Boards) {
        let same = |a: &Board, b: &Board| a.name == b.name && a.date == b.date;
        let had = |b: &Board, code: &str| b.entries.iter().any(|e| e.code == code);
        self.boards
            .retain(|b| match (base.get(b.id), by.get(b.id)) {
                (Some(was), None) => was != b,
                _ => true,
            });
        for b in &mut self.boards {
            if let (Some(was), Some(there)) = (base.get(b.id), by.get(b.id)) {
                if same(was, b) && same(there, b) {
                    b.entries
                        .retain(|e| !had(was, &e.code) || had(there, &e.code));
                }
            }
        }
    }

    /// Used by the board file reader (ids already checked to be unique).
    pub(super) fn push(&mut self, board: Board) {
        self.boards.push(board);
    }
}
