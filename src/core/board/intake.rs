//! Intake: every result link in any pasted text, each classified (added, already on the board,
//! damaged, another questionnaire version), with bounded work.
//!
//! A result link is recognised by [`RESULT_MARKER`] (`#/r/`, the share link's fragment, whatever
//! comes before it: any host or folder). Its code runs to the first whitespace or character that
//! cannot be in a link (`< > " ' ( ) [ ] { } | \` ^`); then
//! [`crate::core::share::result_link::extract_code`] takes off what the shared-result page would
//! (a `?` or `#` tail, punctuation at the ends), so a link that opens on its own is read the same
//! here. A link in angle brackets (`<https://…#/r/CODE>`, how mail programs keep long links
//! whole) may be wrapped over lines: inside the brackets whitespace is skipped.
use super::boards::{Board, MAX_ENTRIES};
use crate::core::date::Date;
use crate::core::questionnaire::Questionnaire;
use crate::core::share::result_link::{extract_code, DecodeError};
use crate::core::text::floor_boundary;

/// What starts a result link's code in a text.
pub const RESULT_MARKER: &str = "#/r/";
/// Text beyond this many bytes is not read ([`Intake::text_cut`]).
pub const MAX_PASTE_BYTES: usize = 256 * 1024;
/// Links beyond this many in one paste are counted, not read ([`Intake::skipped_links`]).
pub const MAX_LINKS_PER_PASTE: usize = MAX_ENTRIES;
/// Longest code read from one link (a named 35-item result is 60 characters).
pub const MAX_CODE_CHARS: usize = 1024;

/// Characters that end a link in running text (besides whitespace).
const TERMINATORS: &[char] = &[
    '<', '>', '"', '\'', '(', ')', '[', ']', '{', '}', '|', '`', '^',
];

/// What one result link did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Added,
    /// The same result is on the board already (it counts once).
    AlreadyOnBoard,
    /// The link does not decode; the decoder's reason.
    Damaged(DecodeError),
    /// Made with another questionnaire version (`found`) than this app's (`current`): never
    /// mixed with the others.
    OtherVersion {
        found: u8,
        current: u8,
    },
    /// The board has [`MAX_ENTRIES`] results.
    BoardFull,
}

/// The result links of a text, before decoding.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found<'a> {
    /// Each link's code, in the order of the text (possibly empty or damaged).
    pub codes: Vec<&'a str>,
    /// Links after the first [`MAX_LINKS_PER_PASTE`], not read.
    pub skipped_links: usize,
    /// The text was longer than [`MAX_PASTE_BYTES`]; the rest was not read.
    pub text_cut: bool,
}

/// What a paste did to the board.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Intake {
    /// One per link read, in the order of the text.
    pub outcomes: Vec<Outcome>,
    /// The start of each link's code, as read (see [`code_start`]), beside its outcome: a
    /// facilitator finds a damaged link in the pasted text by it.
    pub starts: Vec<String>,
    pub skipped_links: usize,
    pub text_cut: bool,
}

/// An intake's outcomes, counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub added: usize,
    pub already_on_board: usize,
    pub damaged: usize,
    pub other_version: usize,
    pub board_full: usize,
}

impl Intake {
    /// Every link of the text is on the board now (added, or there already): nothing in the
    /// text is left to fix, so the pasted text can go.
    pub fn all_taken(&self) -> bool {
        let on_board = |o: &Outcome| matches!(o, Outcome::Added | Outcome::AlreadyOnBoard);
        !self.outcomes.is_empty()
            && self.outcomes.iter().all(on_board)
            && self.skipped_links == 0
            && !self.text_cut
    }

    pub fn tally(&self) -> Tally {
        let mut t = Tally::default();
        for o in &self.outcomes {
            match o {
                Outcome::Added => t.added += 1,
                Outcome::AlreadyOnBoard => t.already_on_board += 1,
                Outcome::Damaged(_) => t.damaged += 1,
                Outcome::OtherVersion { .. } => t.other_version += 1,
                Outcome::BoardFull => t.board_full += 1,
            }
        }
        t
    }
}

impl Board {
    /// Adds every result link in `text` (see the module's doc), each added on `today`.
    /// Never panics; reads at most [`MAX_PASTE_BYTES`] and [`MAX_LINKS_PER_PASTE`] links.
    pub fn add_text(&mut self, text: &str, q: &Questionnaire, today: Date) -> Intake {
        let found = find_codes(text);
        Intake {
            starts: found.codes.iter().map(|c| code_start(c)).collect(),
            outcomes: found
                .codes
                .iter()
                .map(|code| self.add_code(code, q, today))
                .collect(),
            skipped_links: found.skipped_links,
            text_cut: found.text_cut,
        }
    }
}

/// How much of a code [`code_start`] keeps.
const CODE_START_CHARS: usize = 12;

/// The first characters of a link's code, with "…" when there is more: enough to find the link
/// in a chat export, too little to read anyone's answers from.
pub fn code_start(code: &str) -> String {
    let mut chars = code.chars();
    let start: String = chars.by_ref().take(CODE_START_CHARS).collect();
    if chars.next().is_some() {
        start + "…"
    } else {
        start
    }
}

/// The codes of every result link in `text`, in order (see the module's doc).
pub fn find_codes(text: &str) -> Found<'_> {
    let scan = &text[..floor_boundary(text, MAX_PASTE_BYTES)];
    let mut found = Found {
        text_cut: scan.len() < text.len(),
        ..Found::default()
    };
    for (at, _) in scan.match_indices(RESULT_MARKER) {
        if found.codes.len() >= MAX_LINKS_PER_PASTE {
            found.skipped_links += 1;
            continue;
        }
        let tail = &scan[at + RESULT_MARKER.len()..];
        let tail = &tail[..floor_boundary(tail, MAX_CODE_CHARS)];
        let plain_end = tail
            .find(|c: char| c.is_whitespace() || TERMINATORS.contains(&c))
            .unwrap_or(tail.len());
        // In brackets the link runs to the closing one, if there is one (and no other link
        // starts before it).
        let end = match tail.find(TERMINATORS) {
            Some(i)
                if tail[i..].starts_with('>')
                    && !tail[..i].contains(RESULT_MARKER)
                    && in_brackets(&scan[..at]) =>
            {
                i
            }
            _ => plain_end,
        };
        found.codes.push(extract_code(&tail[..end]));
    }
    found
}

/// Whether the link whose start precedes `before`'s end opened with `<` (looking back at most
/// [`MAX_CODE_CHARS`] bytes, to the previous whitespace).
fn in_brackets(before: &str) -> bool {
    let from = before.len().saturating_sub(MAX_CODE_CHARS);
    let mut from_ok = from;
    while !before.is_char_boundary(from_ok) {
        from_ok += 1;
    }
    let window = &before[from_ok..];
    let start = window
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    window[start..].starts_with('<')
}
