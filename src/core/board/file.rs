//! The board file: the boards as versioned JSON, both the UI's own localStorage value and the
//! file a facilitator downloads (then holding one board). Read with typed `serde_json::from_str`
//! only, sizes bounded, every entry through the result-link decoder; never panics.
//!
//! ```json
//! { "kind": "pillars-board", "format": 1,
//!   "boards": [ { "id": 1, "name": "Lyon workshop", "date": "2026-11-23", "threshold": 3,
//!                 "entries": [ { "code": "AQMDUgEj…", "added": "2026-11-23" } ] } ] }
//! ```
//!
//! An entry is a result's share code (so names and answers are checked exactly as in a link)
//! and the day it was added. Unknown fields are ignored (a later build of the same format may
//! add some); `name` and `threshold` may be left out. Entries that do not decode for this
//! questionnaire are kept aside ([`super::StoredEntry`]) and written back; a repeated entry is
//! read once.
use super::aggregate::Threshold;
use super::boards::{Board, BoardId, Boards, StoredEntry, MAX_BOARDS, MAX_ENTRIES};
use super::intake::{Outcome, MAX_CODE_CHARS};
use crate::core::date::Date;
use crate::core::questionnaire::Questionnaire;
use crate::core::untrusted::{Count, Header, Text};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The `kind` of a board file.
pub const BOARD_KIND: &str = "pillars-board";
/// The newest board file format this build reads and writes.
pub const BOARD_FORMAT: u64 = 1;
/// Larger texts are refused before parsing: 8 MB, more than [`Boards::to_json`] writes for
/// [`MAX_BOARDS`] full boards (about 5 MB, tested), so stored boards always read back.
pub const MAX_BOARD_FILE_BYTES: usize = 8 * 1024 * 1024;

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
    #[error("two boards with the same id")]
    DuplicateId,
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
    entries: Vec<EntryOut<'a>>,
}

#[derive(Serialize)]
struct EntryOut<'a> {
    code: &'a str,
    added: Date,
}

impl<'a> BoardOut<'a> {
    fn of(b: &'a Board) -> BoardOut<'a> {
        let entries = b.entries().iter().map(|e| EntryOut {
            code: e.code(),
            added: e.added(),
        });
        let aside = b.set_aside().iter().map(|e| EntryOut {
            code: &e.code,
            added: e.added,
        });
        BoardOut {
            id: b.id(),
            name: b.name(),
            date: b.date(),
            threshold: b.threshold(),
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
    boards: Vec<BoardIn>,
}

#[derive(Deserialize)]
struct BoardIn {
    id: BoardId,
    #[serde(default)]
    name: String,
    date: Date,
    #[serde(default)]
    threshold: Threshold,
    #[serde(default)]
    entries: Vec<StoredEntry>,
}

impl Boards {
    /// Every board, compact (the UI's stored value).
    pub fn to_json(&self) -> String {
        write(self.list().iter().map(BoardOut::of).collect())
    }

    /// Reads boards written by [`Boards::to_json`] or [`Board::to_file_json`] (a downloaded file: take its boards in
    /// with [`Boards::into_list`] then [`Boards::adopt`] or [`Board::add_board`]), checking
    /// everything (see the module's doc). Never panics.
    pub fn from_json(text: &str, q: &Questionnaire) -> Result<Boards, BoardFileError> {
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
        if file.boards.len() > MAX_BOARDS {
            return Err(E::TooManyBoards);
        }
        let mut ids = HashSet::new();
        let mut boards = Boards::new();
        for (i, b) in file.boards.into_iter().enumerate() {
            if b.entries.len() > MAX_ENTRIES {
                return Err(E::TooManyEntries { board: i });
            }
            if !ids.insert(b.id) {
                return Err(E::DuplicateId);
            }
            let mut board = Board::new(b.id, &b.name, b.date).with_threshold(b.threshold);
            for e in b.entries {
                if e.code.len() > MAX_CODE_CHARS {
                    return Err(E::Damaged);
                }
                match board.add_code(&e.code, q, e.added) {
                    Outcome::Added | Outcome::AlreadyOnBoard => {}
                    Outcome::Damaged(_) | Outcome::OtherVersion { .. } | Outcome::BoardFull => {
                        board.keep_aside(e)
                    }
                }
            }
            boards.push(board);
        }
        Ok(boards)
    }
}

impl Board {
    /// This board alone as a board file (the file a facilitator downloads; the download indents it).
    pub fn to_file_json(&self) -> String {
        write(vec![BoardOut::of(self)])
    }
}
