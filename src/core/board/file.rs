//! The board file: the boards as versioned JSON, both the UI's own localStorage value and the
//! file a facilitator downloads (then holding one board). Read with typed `serde_json::from_str`
//! only, sizes bounded, every entry through the result-link decoder; never panics.
//!
//! ```json
//! { "kind": "pillars-board", "format": 1,
//!   "boards": [ { "id": 1, "name": "Lyon workshop", "date": "2026-11-23", "threshold": 3,
//!                 "entries": [ { "code": "AQMDUgEj…", "added": "2026-11-23", "n": 1 } ] } ] }
//! ```
//!
//! An entry is a result's share code (so names and answers are checked exactly as in a link),
//! the day it was added and its participant's number on the board (left out by earlier builds:
//! then numbered in order). Unknown fields are ignored (a later build of the same format may
//! add some); `name` and `threshold` may be left out. Entries that do not decode for this
//! questionnaire are kept aside ([`super::StoredEntry`]) and written back; a repeated entry is
//! read once.
use super::aggregate::Threshold;
use super::boards::{Board, BoardId, Boards, StoredEntry, MAX_BOARDS, MAX_ENTRIES};
use super::intake::{Outcome, MAX_CODE_CHARS};
use crate::core::date::Date;
use crate::core::questionnaire::Questionnaire;
use crate::core::untrusted::{fallback_visits, Count, Header, Items, Text};
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// The `kind` of a board file.
pub const BOARD_KIND: &str = "pillars-board";
/// The newest board file format this build reads and writes.
pub const BOARD_FORMAT: u64 = 1;
/// Larger texts are refused before parsing: 12 MB, more than [`MAX_BOARDS`] full boards take as
/// downloaded files, indented (about 9 MB, tested), so stored boards always read back.
pub const MAX_BOARD_FILE_BYTES: usize = 12 * 1024 * 1024;

/// Why a board file (or the stored boards) could not be read (the UI words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BoardFileError {
    #[error("larger than {MAX_BOARD_FILE_BYTES} bytes")]
    TooLarge,
    #[error("not JSON")]
    NotJson,
    #[error("not a Pillars board file")]
    NotABoardFile,
    /// Another Pillars file (an export or a collection): it belongs in another import.
    #[error("another kind of Pillars file")]
    OtherPillarsFile,
    #[error("made by a newer version")]
    NewerFormat,
    #[error("the format is missing or invalid")]
    UnknownFormat,
    /// It says it is a board file but does not have a board file's shape.
    #[error("damaged")]
    Damaged,
    #[error("more than {MAX_BOARDS} boards")]
    TooManyBoards,
    /// Board `board` (0-based) has more than [`MAX_ENTRIES`] entries.
    #[error("board {} has more than {MAX_ENTRIES} results", .board + 1)]
    TooManyEntries { board: usize },
}

#[derive(Serialize)]
struct FileOut<'a> {
    kind: &'static str,
    format: u64,
    boards: Vec<BoardOut<'a>>,
}

#[derive(Serialize)]
struct BoardOut<'a> {
    id: BoardId,
    name: &'a str,
    date: Date,
    threshold: Threshold,
    /// The largest participant number the board has given (removed participants' too).
    last: u32,
    entries: Vec<EntryOut<'a>>,
}

#[derive(Serialize)]
struct EntryOut<'a> {
    code: &'a str,
    added: Date,
    /// The participant's number on the board ([`super::Entry::number`]).
    n: u32,
}

impl<'a> BoardOut<'a> {
    fn of(b: &'a Board) -> BoardOut<'a> {
        let entries = b.entries().iter().map(|e| EntryOut {
            code: e.code(),
            added: e.added(),
            n: e.number(),
        });
        let aside = b.set_aside().iter().map(|e| EntryOut {
            code: &e.code,
            added: e.added,
            n: e.number,
        });
        BoardOut {
            id: b.id(),
            name: b.name(),
            date: b.date(),
            threshold: b.threshold(),
            last: b.last_number(),
            entries: entries.chain(aside).collect(),
        }
    }
}

fn write(boards: Vec<BoardOut<'_>>) -> String {
    let file = FileOut {
        kind: BOARD_KIND,
        format: BOARD_FORMAT,
        boards,
    };
    // Cannot fail: only strings, numbers and lists.
    serde_json::to_string(&file).unwrap_or_default()
}

#[derive(Deserialize)]
struct FileIn {
    boards: Items<BoardIn>,
}

/// A board as a file gives it: any field may be missing or of the wrong kind.
#[derive(Default)]
struct BoardIn {
    id: Count,
    name: Text,
    date: Text,
    threshold: Count,
    last: Count,
    entries: Items<EntryIn>,
}

/// An entry as a file gives it.
#[derive(Default)]
struct EntryIn {
    code: Text,
    added: Text,
    n: Count,
}

impl<'de> Deserialize<'de> for BoardIn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = BoardIn;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BoardIn, A::Error> {
                let mut b = BoardIn::default();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "id" => b.id = map.next_value()?,
                        "name" => b.name = map.next_value()?,
                        "date" => b.date = map.next_value()?,
                        "threshold" => b.threshold = map.next_value()?,
                        "last" => b.last = map.next_value()?,
                        "entries" => b.entries = map.next_value()?,
                        _ => drop(map.next_value::<IgnoredAny>()?),
                    }
                }
                Ok(b)
            }
            fallback_visits!(BoardIn::default(); seq, str, unit, u64, bool, i64, f64);
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for EntryIn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = EntryIn;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<EntryIn, A::Error> {
                let mut e = EntryIn::default();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "code" => e.code = map.next_value()?,
                        "added" => e.added = map.next_value()?,
                        "n" => e.n = map.next_value()?,
                        _ => drop(map.next_value::<IgnoredAny>()?),
                    }
                }
                Ok(e)
            }
            fallback_visits!(EntryIn::default(); seq, str, unit, u64, bool, i64, f64);
        }
        d.deserialize_any(V)
    }
}

fn date_of(t: &Text) -> Option<Date> {
    match t {
        Text::Str(s) => Date::parse(s),
        _ => None,
    }
}

/// Boards read from a file or from storage, with how much of it could not be read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BoardsRead {
    pub boards: Boards,
    /// Boards (without a readable day, theirs or a result's) and results (without a readable
    /// code) left out:
    /// damage, not a newer build's data. Results this build cannot decode are not counted here:
    /// they are kept aside on their board ([`Board::set_aside`]).
    pub left_out: usize,
}

impl Boards {
    /// Every board, compact (the UI's stored value).
    pub fn to_json(&self) -> String {
        write(self.list().iter().map(BoardOut::of).collect())
    }

    /// [`Boards::read`]'s boards, without the count of what was left out.
    pub fn from_json(text: &str, q: &Questionnaire) -> Result<Boards, BoardFileError> {
        Boards::read(text, q).map(|r| r.boards)
    }

    /// Reads boards written by [`Boards::to_json`] or [`Board::to_file_json`] (a downloaded
    /// file: take its boards in with [`Boards::into_list`] then [`Boards::adopt`] or
    /// [`Board::add_board`]), checking everything (see the module's doc). One damaged board or
    /// result does not hide the others: it is left out and counted; a board whose id is missing
    /// or taken gets a fresh one; a missing or odd name or threshold is the default; a board
    /// without a readable day takes its first result's, a result its board's. Never panics.
    pub fn read(text: &str, q: &Questionnaire) -> Result<BoardsRead, BoardFileError> {
        use BoardFileError as E;
        if text.len() > MAX_BOARD_FILE_BYTES {
            return Err(E::TooLarge);
        }
        let text = text.trim_start_matches('\u{feff}');
        let header = Header::read(text).map_err(|_| E::NotJson)?;
        if header.kind != Text::Str(BOARD_KIND.into()) {
            return Err(if header.format().is_some() {
                E::OtherPillarsFile
            } else {
                E::NotABoardFile
            });
        }
        match header.format_number {
            Count::Num(BOARD_FORMAT) => {}
            Count::Num(f) if f > BOARD_FORMAT => return Err(E::NewerFormat),
            _ => return Err(E::UnknownFormat),
        }
        let file: FileIn = serde_json::from_str(text).map_err(|_| E::Damaged)?;
        let Items::List(list) = file.boards else {
            return Err(E::Damaged);
        };
        if list.len() > MAX_BOARDS {
            return Err(E::TooManyBoards);
        }
        let mut left_out = 0;
        let mut ids = HashSet::new();
        let mut read = Vec::new();
        let mut no_id = Vec::new();
        for (i, b) in list.into_iter().enumerate() {
            let entries = match b.entries {
                Items::List(l) => l,
                Items::Missing => Vec::new(),
                Items::Other => {
                    left_out += 1;
                    Vec::new()
                }
            };
            if entries.len() > MAX_ENTRIES {
                return Err(E::TooManyEntries { board: i });
            }
            // A board without a readable day takes its first result's.
            let date = date_of(&b.date).or_else(|| entries.iter().find_map(|e| date_of(&e.added)));
            let Some(date) = date else {
                left_out += 1 + entries.len();
                continue;
            };
            let name = match &b.name {
                Text::Str(s) => s.as_str(),
                _ => "",
            };
            let threshold = match b.threshold {
                Count::Num(k) => Threshold::new(usize::try_from(k).unwrap_or(usize::MAX)),
                _ => Threshold::default(),
            };
            let id = match b.id {
                Count::Num(n) => u32::try_from(n).ok().map(BoardId),
                _ => None,
            };
            let id = id.filter(|id| ids.insert(*id));
            let last = match b.last {
                Count::Num(n) => u32::try_from(n).unwrap_or(u32::MAX),
                _ => 0,
            };
            let mut board = Board::new(id.unwrap_or(BoardId(0)), name, date)
                .with_threshold(threshold)
                .with_last_number(last);
            for e in entries {
                let code = match e.code {
                    Text::Str(c) if c.len() <= MAX_CODE_CHARS => c,
                    _ => {
                        left_out += 1;
                        continue;
                    }
                };
                let added = date_of(&e.added).unwrap_or(date);
                // A file of an earlier build has no numbers: its entries are numbered in order.
                let number = match e.n {
                    Count::Num(n) => u32::try_from(n).ok(),
                    _ => None,
                };
                match board.add_numbered(&code, q, added, number) {
                    Outcome::Added | Outcome::AlreadyOnBoard => {}
                    Outcome::Damaged(_) | Outcome::OtherVersion { .. } | Outcome::BoardFull => {
                        let number = board.give_number(number);
                        board.keep_aside(StoredEntry {
                            code,
                            added,
                            number,
                        })
                    }
                }
            }
            match id {
                Some(_) => read.push(board),
                None => no_id.push(board),
            }
        }
        let mut boards = Boards::new();
        for b in read {
            boards.push(b);
        }
        for b in no_id {
            // Fewer than MAX_BOARDS in all, so there is room.
            boards.adopt(b);
        }
        Ok(BoardsRead { boards, left_out })
    }
}

impl Board {
    /// This board alone as a board file (the file a facilitator downloads; the download indents it).
    pub fn to_file_json(&self) -> String {
        write(vec![BoardOut::of(self)])
    }
}
