//! The share-link codec: a result travels in the URL fragment (`#/r/<code>`) as a compact
//! binary encoding in URL-safe base64 without padding.
//!
//! Byte layout of format 1 (all multi-byte numbers big-endian):
//!
//! | bytes | content                                                                  |
//! |-------|--------------------------------------------------------------------------|
//! | 1     | format, [`FORMAT`] (always first, so any future layout can be recognised) |
//! | 1     | questionnaire version                                                    |
//! | 2     | date, days since 1970-01-01 (`0xFFFF`: no valid date, refused on decode)  |
//! | 1     | flags: bit 0 = has name; bit 1 = answered as someone who teaches (the items in a teacher's wording); other bits must be zero |
//! | 1+    | number of answers, LEB128 (one byte up to 127), at most 4 bytes          |
//! | ⌈3n/8⌉| answers, 3 bits each, most significant bit first: 0 unanswered, 1..=5 level, 6 not applicable (7 is invalid); unused bits of the last byte are zero |
//! | 1 + k | if named: name length `k` (1..=[`MAX_NAME_BYTES`]) then the UTF-8 name     |
//! | 4     | CRC-32 of everything before it                                           |
//!
//! A complete 35-item result encodes to 32 characters, 60 with a 20-character name.
//!
//! Every encoding is canonical: [`decode`] accepts exactly what [`encode`] produces (for the same
//! version and item count), so `encode(&decode(code)?) == code` for any accepted code. The
//! decoder never panics, whatever it is given.
use crate::core::answers::Answer;
use crate::core::date::{self, Date};
use crate::core::level::Level;
use crate::core::questionnaire::Role;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The layout version written as the first byte.
pub const FORMAT: u8 = 1;
/// Longest name a link carries, in UTF-8 bytes (longer names are cut on a character boundary).
pub const MAX_NAME_BYTES: usize = 40;

const FLAG_NAME: u8 = 0b0000_0001;
/// Answered as someone who teaches: the reader sees the items as they were asked.
const FLAG_TEACHER: u8 = 0b0000_0010;
/// Date field value meaning "the result had no valid date".
const NO_DATE: u16 = u16::MAX;
const CHECKSUM_LEN: usize = 4;
/// Format, version, date (2), flags.
const HEADER_LEN: usize = 5;
/// The shortest possible code: header, a one-byte answer count, checksum.
const MIN_LEN: usize = HEADER_LEN + 1 + CHECKSUM_LEN;
/// The answer count takes at most this many LEB128 bytes (counts below 2^28).
const MAX_COUNT_BYTES: usize = 4;

const UNANSWERED: u8 = 0;
const NOT_APPLICABLE: u8 = 6;

/// One shared result, as carried by a share link.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedResult {
    pub questionnaire_version: u8,
    /// The day of the result (`None` only for a result made without a valid date, which no
    /// link can carry: [`decode`] refuses it).
    #[serde(with = "date::stored")]
    pub date: Option<Date>,
    pub name: Option<String>,
    /// In questionnaire order; `None` = unanswered.
    pub answers: Vec<Option<Answer>>,
    /// Who answered: the items are shown in that role's wording (a leader's when not said).
    #[serde(
        default,
        skip_serializing_if = "Role::is_leader",
        serialize_with = "Role::write",
        deserialize_with = "Role::read"
    )]
    pub answered_as: Role,
}

/// Why a share link could not be opened (`crate::messages` words it for the person who pasted it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Nothing was given.
    Empty,
    /// Characters that never occur in a code (not URL-safe base64).
    NotACode,
    /// Shorter than its own content says it should be.
    Truncated,
    /// The checksum does not match: the code was altered or cut.
    ChecksumMismatch,
    /// Made with a newer questionnaire than this app has.
    NewerVersion { found: u8, current: u8 },
    /// Made with an older (or unknown) questionnaire whose answers this app cannot place.
    OlderVersion { found: u8, current: u8 },
    /// Not a format this app knows (first byte, reserved flag bits or structure).
    UnknownFormat,
    /// Same questionnaire version but a different number of answers than it has items.
    WrongItemCount { found: usize, expected: usize },
    /// An answer slot holds a value that is no answer; `item` is 1-based.
    InvalidAnswer { item: usize },
    /// The name is not valid UTF-8, empty, too long or not in its normal form.
    InvalidName,
    /// The date field does not hold a valid date.
    InvalidDate,
    /// Bytes after the end of the content.
    TrailingBytes,
}

impl fmt::Display for DecodeError {
    /// For developers; `crate::messages::decode_error` words it for the person.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl std::error::Error for DecodeError {}

/// The name as a link carries it: control characters removed, runs of whitespace collapsed to
/// one space, trimmed, cut to at most [`MAX_NAME_BYTES`] bytes on a character boundary;
/// `None` if nothing is left. `decode(encode(r))` returns `r` with its name normalised so.
pub fn normalize_name(name: &str) -> Option<String> {
    normalize(name, true)
}

/// The longest start of `typed` that a link can carry whole as a name ([`MAX_NAME_BYTES`] bytes,
/// cut on a character boundary): a name field keeps to it as it is typed, so what the field
/// shows is what the link and the board keep (an accented letter takes two bytes, so a byte
/// limit is not a number of characters a field's `maxlength` could state).
pub fn fit_name(typed: &str) -> &str {
    &typed[..crate::core::text::floor_boundary(typed, MAX_NAME_BYTES)]
}

/// Characters that change how the text around them is shown without being seen: bidirectional
/// overrides and isolates, and zero-width characters. A name could use them to disguise itself
/// (make "Result shared by" read as something else), so names drop them.
pub(crate) fn is_disguise(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}')
}

fn normalize(name: &str, drop_disguises: bool) -> Option<String> {
    let mut out = String::new();
    for word in name.split_whitespace() {
        let word: String = word
            .chars()
            .filter(|&c| !(c.is_control() || (drop_disguises && is_disguise(c))))
            .collect();
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
        if out.len() >= MAX_NAME_BYTES {
            break;
        }
    }
    out.truncate(fit_name(&out).len());
    let trimmed = out.trim_end();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// Takes the code out of whatever a person pasted: a whole link (`https://…/#/r/<code>`), a
/// fragment (`#/r/<code>`) or the bare code. Keeps what follows the last `/r/`, drops anything
/// from a `?` or `#` on, and strips whitespace and punctuation that cannot be part of a code
/// (such as a full stop or closing bracket after a link in a message).
pub fn extract_code(input: &str) -> &str {
    let s = input.trim();
    let s = match s.rfind("/r/") {
        Some(i) => s.get(i + 3..).unwrap_or(""),
        None => s,
    };
    let s = match s.find(['?', '#']) {
        Some(i) => s.get(..i).unwrap_or(""),
        None => s,
    };
    s.trim_matches(|c: char| !is_code_char(c))
}

fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// The 6-bit value of a URL-safe base64 character.
fn sextet(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

fn answer_bits(a: Option<Answer>) -> u8 {
    match a {
        None => UNANSWERED,
        Some(Answer::NotApplicable) => NOT_APPLICABLE,
        Some(Answer::Level(v)) => v.get(),
    }
}

/// CRC-32 (IEEE 802.3, the checksum of zip and PNG), bit by bit: share codes are ~30 bytes, so a
/// 1 KB lookup table (16 KB in crc32fast) would cost more download than it saves time.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// Encodes a result into its share code (no `/r/` prefix).
///
/// Never fails: no date, or one outside 1970-01-01..=2149-06-05, is written as "no date" (and
/// such a code is refused by [`decode`] with [`DecodeError::InvalidDate`]); the name is written
/// as [`normalize_name`] gives it.
pub fn encode(r: &SharedResult) -> String {
    encode_with(r, normalize_name)
}

/// Encodes as the app did before names dropped disguising characters (to test old links).
#[cfg(test)]
fn encode_unchecked_name(r: &SharedResult) -> String {
    encode_with(r, |n| normalize(n, false))
}

fn encode_with(r: &SharedResult, normalize_name: fn(&str) -> Option<String>) -> String {
    let name = r.name.as_deref().and_then(normalize_name);
    let mut out =
        Vec::with_capacity(MIN_LEN + 3 + r.answers.len().div_ceil(8) * 3 + MAX_NAME_BYTES);
    out.push(FORMAT);
    out.push(r.questionnaire_version);
    let days = r
        .date
        .and_then(Date::days)
        .and_then(|d| u16::try_from(d).ok())
        .filter(|&d| d != NO_DATE)
        .unwrap_or(NO_DATE);
    out.extend_from_slice(&days.to_be_bytes());
    let teacher = if r.answered_as == Role::Teacher {
        FLAG_TEACHER
    } else {
        0
    };
    out.push(if name.is_some() { FLAG_NAME } else { 0 } | teacher);

    let mut count = r.answers.len();
    loop {
        let low = (count & 0x7f) as u8;
        count >>= 7;
        if count == 0 {
            out.push(low);
            break;
        }
        out.push(low | 0x80);
    }

    let (mut acc, mut nbits) = (0u32, 0u32);
    for &a in &r.answers {
        acc = (acc << 3) | u32::from(answer_bits(a));
        nbits += 3;
        while nbits >= 8 {
            nbits -= 8;
            out.push((acc >> nbits) as u8);
            acc &= (1 << nbits) - 1;
        }
    }
    if nbits > 0 {
        out.push((acc << (8 - nbits)) as u8);
    }

    if let Some(name) = &name {
        // normalize_name keeps names within MAX_NAME_BYTES (< 256).
        out.push(name.len() as u8);
        out.extend_from_slice(name.as_bytes());
    }
    let crc = crc32(&out);
    out.extend_from_slice(&crc.to_be_bytes());
    URL_SAFE_NO_PAD.encode(out)
}

/// Reads a payload front to back; running out of bytes is [`DecodeError::Truncated`].
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        if n > self.rest.len() {
            return Err(DecodeError::Truncated);
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, DecodeError> {
        match self.rest.split_first() {
            Some((&b, tail)) => {
                self.rest = tail;
                Ok(b)
            }
            None => Err(DecodeError::Truncated),
        }
    }

    /// A canonical (shortest-form) LEB128 number of at most [`MAX_COUNT_BYTES`] bytes.
    fn count(&mut self) -> Result<usize, DecodeError> {
        let mut value = 0usize;
        for i in 0..MAX_COUNT_BYTES {
            let b = self.byte()?;
            value |= usize::from(b & 0x7f) << (7 * i);
            if b & 0x80 == 0 {
                if b == 0 && i > 0 {
                    return Err(DecodeError::UnknownFormat);
                }
                return Ok(value);
            }
        }
        Err(DecodeError::UnknownFormat)
    }
}

/// Decodes a share code (see [`extract_code`] for pasted links) made for questionnaire
/// `current_version` with `item_count` items. Whitespace anywhere in `code` is ignored.
/// Never panics.
pub fn decode(
    code: &str,
    current_version: u8,
    item_count: usize,
) -> Result<SharedResult, DecodeError> {
    let payload = unwrap_code(code)?;
    let mut r = Reader { rest: &payload };
    if r.byte()? != FORMAT {
        return Err(DecodeError::UnknownFormat);
    }
    let version = r.byte()?;
    if version > current_version {
        return Err(DecodeError::NewerVersion {
            found: version,
            current: current_version,
        });
    }
    if version < current_version {
        return Err(DecodeError::OlderVersion {
            found: version,
            current: current_version,
        });
    }
    let days = u16::from_be_bytes([r.byte()?, r.byte()?]);
    if days == NO_DATE {
        return Err(DecodeError::InvalidDate);
    }
    let flags = r.byte()?;
    if flags & !(FLAG_NAME | FLAG_TEACHER) != 0 {
        return Err(DecodeError::UnknownFormat);
    }
    let answers = read_answers(&mut r, item_count)?;
    let name = if flags & FLAG_NAME != 0 {
        Some(read_name(&mut r)?)
    } else {
        None
    };
    if !r.rest.is_empty() {
        return Err(DecodeError::TrailingBytes);
    }
    Ok(SharedResult {
        questionnaire_version: version,
        date: Some(Date::from_days(i32::from(days))),
        name,
        answers,
        answered_as: if flags & FLAG_TEACHER != 0 {
            Role::Teacher
        } else {
            Role::Leader
        },
    })
}

/// The code's bytes with the checksum checked and taken off: what is left is the payload.
fn unwrap_code(code: &str) -> Result<Vec<u8>, DecodeError> {
    // Whitespace never belongs to a code, but a mail program may have wrapped a long link.
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let chars = code.as_bytes();
    if chars.iter().any(|&c| sextet(c).is_none()) {
        return Err(DecodeError::NotACode);
    }
    // The format byte is spread over the first two characters: check it before anything else,
    // so a code of another format (or random text) is not reported as damaged.
    let first = chars.first().and_then(|&c| sextet(c)).unwrap_or(0);
    let second = chars.get(1).and_then(|&c| sextet(c));
    if first != FORMAT >> 2 || second.is_some_and(|s| s >> 4 != FORMAT & 0b11) {
        return Err(DecodeError::UnknownFormat);
    }
    let mut bytes = URL_SAFE_NO_PAD.decode(code).map_err(|e| match e {
        // A length no encoder produces, or a last character with stray bits: a cut-off code.
        base64::DecodeError::InvalidLength(_) | base64::DecodeError::InvalidLastSymbol(..) => {
            DecodeError::Truncated
        }
        base64::DecodeError::InvalidByte(..) | base64::DecodeError::InvalidPadding => {
            DecodeError::NotACode
        }
    })?;
    if bytes.len() < MIN_LEN {
        return Err(DecodeError::Truncated);
    }
    let checksum = bytes.split_off(bytes.len() - CHECKSUM_LEN);
    if crc32(&bytes).to_be_bytes()[..] != checksum[..] {
        return Err(DecodeError::ChecksumMismatch);
    }
    Ok(bytes)
}

/// The item count and the answers packed three bits each.
fn read_answers(r: &mut Reader, item_count: usize) -> Result<Vec<Option<Answer>>, DecodeError> {
    let count = r.count()?;
    if count != item_count {
        return Err(DecodeError::WrongItemCount {
            found: count,
            expected: item_count,
        });
    }
    // count < 2^28 here, so this cannot overflow.
    let packed = r.take((count * 3).div_ceil(8))?;
    let mut answers = Vec::with_capacity(count);
    let (mut acc, mut nbits) = (0u32, 0u32);
    let mut bytes_in = packed.iter();
    for item in 1..=count {
        if nbits < 3 {
            acc = (acc << 8) | u32::from(bytes_in.next().copied().unwrap_or(0));
            nbits += 8;
        }
        nbits -= 3;
        let v = ((acc >> nbits) & 0b111) as u8;
        acc &= (1 << nbits) - 1;
        answers.push(match v {
            UNANSWERED => None,
            1..=5 => Level::new(v).map(Answer::Level),
            NOT_APPLICABLE => Some(Answer::NotApplicable),
            _ => return Err(DecodeError::InvalidAnswer { item }),
        });
    }
    // Unused bits of the last byte are reserved.
    if acc != 0 {
        return Err(DecodeError::UnknownFormat);
    }
    Ok(answers)
}

/// The optional name: its length, then text that must already be in normal form.
fn read_name(r: &mut Reader) -> Result<String, DecodeError> {
    let len = usize::from(r.byte()?);
    let raw = r.take(len)?;
    let name = std::str::from_utf8(raw).map_err(|_| DecodeError::InvalidName)?;
    // Links made before names dropped disguising characters still open; the name shown is clean.
    if normalize(name, false).as_deref() != Some(name) {
        return Err(DecodeError::InvalidName);
    }
    normalize_name(name).ok_or(DecodeError::InvalidName)
}

#[cfg(test)]
mod tests;
