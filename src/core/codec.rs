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
//! | 1     | flags: bit 0 = has name; other bits must be zero                         |
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
use super::answers::Answer;
use super::date;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The layout version written as the first byte.
pub const FORMAT: u8 = 1;
/// Longest name a link carries, in UTF-8 bytes (longer names are cut on a character boundary).
pub const MAX_NAME_BYTES: usize = 40;

const FLAG_NAME: u8 = 0b0000_0001;
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
    /// `YYYY-MM-DD`.
    pub date: String,
    pub name: Option<String>,
    /// In questionnaire order; `None` = unanswered.
    pub answers: Vec<Option<Answer>>,
}

/// Why a share link could not be opened. `Display` gives a message for the person who pasted it.
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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(
                f,
                "There is no result link here. Paste the whole share link you received \
                 (or the code after \u{201c}/r/\u{201d}) and try again."
            ),
            DecodeError::NotACode => write!(
                f,
                "This is not a result link: it contains characters a Pillars result link never \
                 has. Check that you pasted the right link, or ask the sender to copy it again."
            ),
            DecodeError::Truncated => write!(
                f,
                "This link is incomplete: part of it seems to have been cut off. \
                 Ask the sender to copy the whole link again."
            ),
            DecodeError::ChecksumMismatch => write!(
                f,
                "This link is damaged: part of it was changed or cut off on the way, so the \
                 result cannot be shown. Ask the sender to copy the whole link again."
            ),
            DecodeError::NewerVersion { .. } => write!(
                f,
                "This result was made with a newer version of the questionnaire than this copy \
                 of the app has. Reload the page to update the app, then open the link again."
            ),
            DecodeError::OlderVersion { .. } => write!(
                f,
                "This result was made with an older version of the questionnaire, whose \
                 questions have since changed, so it can no longer be shown. Ask the sender to \
                 take the self-assessment again and share a new link."
            ),
            DecodeError::UnknownFormat => write!(
                f,
                "This does not look like a Pillars result link, or it was made by a newer \
                 version of the app. Check that you pasted the right link; if you did, reload \
                 the page to update the app and try again."
            ),
            DecodeError::WrongItemCount { found, expected } => write!(
                f,
                "This result does not match the questions in this app: it has {found} answers \
                 where this questionnaire has {expected} questions. Reload the page to update \
                 the app; if that does not help, ask the sender to share a new link."
            ),
            DecodeError::InvalidAnswer { item } => write!(
                f,
                "This link contains an answer that is not valid (question {item}), so it \
                 seems to be damaged. Ask the sender to copy the whole link again."
            ),
            DecodeError::InvalidName => write!(
                f,
                "The name in this link cannot be read, so the link seems to be damaged. \
                 Ask the sender to copy the whole link again."
            ),
            DecodeError::InvalidDate => write!(
                f,
                "The date in this link is not a valid date, so the link seems to be damaged. \
                 Ask the sender to share a new link."
            ),
            DecodeError::TrailingBytes => write!(
                f,
                "This link has extra characters at the end that do not belong to it. Check that \
                 you copied only the link, or ask the sender to copy it again."
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// The name as a link carries it: control characters removed, runs of whitespace collapsed to
/// one space, trimmed, cut to at most [`MAX_NAME_BYTES`] bytes on a character boundary;
/// `None` if nothing is left. `decode(encode(r))` returns `r` with its name normalised so.
pub fn normalize_name(name: &str) -> Option<String> {
    let mut out = String::new();
    for word in name.split_whitespace() {
        let word: String = word.chars().filter(|c| !c.is_control()).collect();
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
    if out.len() > MAX_NAME_BYTES {
        let mut end = MAX_NAME_BYTES;
        while !out.is_char_boundary(end) {
            end -= 1;
        }
        out.truncate(end);
    }
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
        Some(Answer::Level(v @ 1..=5)) => v,
        // Not a real answer (levels are 1..=5): shared as unanswered.
        Some(Answer::Level(_)) => UNANSWERED,
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
/// Never fails: a date that is not a valid `YYYY-MM-DD` between 1970-01-01 and 2149-06-05 is
/// written as "no date" (and such a code is refused by [`decode`] with
/// [`DecodeError::InvalidDate`]); a `Level` outside 1..=5 is written as unanswered; the name is
/// written as [`normalize_name`] gives it.
pub fn encode(r: &SharedResult) -> String {
    let name = r.name.as_deref().and_then(normalize_name);
    let mut out =
        Vec::with_capacity(MIN_LEN + 3 + r.answers.len().div_ceil(8) * 3 + MAX_NAME_BYTES);
    out.push(FORMAT);
    out.push(r.questionnaire_version);
    let days = date::parse_iso(&r.date)
        .and_then(|d| u16::try_from(d).ok())
        .filter(|&d| d != NO_DATE)
        .unwrap_or(NO_DATE);
    out.extend_from_slice(&days.to_be_bytes());
    out.push(if name.is_some() { FLAG_NAME } else { 0 });

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
    let bytes = URL_SAFE_NO_PAD.decode(code).map_err(|e| match e {
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
    let (payload, checksum) = bytes.split_at(bytes.len() - CHECKSUM_LEN);
    if crc32(payload).to_be_bytes() != checksum {
        return Err(DecodeError::ChecksumMismatch);
    }

    let mut r = Reader { rest: payload };
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
    if flags & !FLAG_NAME != 0 {
        return Err(DecodeError::UnknownFormat);
    }
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
            1..=5 => Some(Answer::Level(v)),
            NOT_APPLICABLE => Some(Answer::NotApplicable),
            _ => return Err(DecodeError::InvalidAnswer { item }),
        });
    }
    // Unused bits of the last byte are reserved.
    if acc != 0 {
        return Err(DecodeError::UnknownFormat);
    }

    let name = if flags & FLAG_NAME != 0 {
        let len = usize::from(r.byte()?);
        let raw = r.take(len)?;
        let name = std::str::from_utf8(raw).map_err(|_| DecodeError::InvalidName)?;
        if normalize_name(name).as_deref() != Some(name) {
            return Err(DecodeError::InvalidName);
        }
        Some(name.to_string())
    } else {
        None
    };
    if !r.rest.is_empty() {
        return Err(DecodeError::TrailingBytes);
    }
    Ok(SharedResult {
        questionnaire_version: version,
        date: date::format_iso(i32::from(days)),
        name,
        answers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_values() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }
    use proptest::prelude::*;

    const V: u8 = 3;

    fn answers(n: usize) -> Vec<Option<Answer>> {
        (0..n)
            .map(|i| match i % 7 {
                0 => None,
                6 => Some(Answer::NotApplicable),
                k => Some(Answer::Level(k as u8)),
            })
            .collect()
    }

    fn complete(n: usize) -> Vec<Option<Answer>> {
        (0..n)
            .map(|i| {
                if i % 6 == 5 {
                    Some(Answer::NotApplicable)
                } else {
                    Some(Answer::Level(i as u8 % 5 + 1))
                }
            })
            .collect()
    }

    fn result(name: Option<&str>, n: usize) -> SharedResult {
        SharedResult {
            questionnaire_version: V,
            date: "2026-11-23".into(),
            name: name.map(str::to_string),
            answers: answers(n),
        }
    }

    /// A code from a raw payload, with a correct checksum (to reach the checks after it).
    fn seal(payload: &[u8]) -> String {
        let mut bytes = payload.to_vec();
        bytes.extend_from_slice(&crc32(payload).to_be_bytes());
        URL_SAFE_NO_PAD.encode(bytes)
    }

    fn payload_of(code: &str) -> Vec<u8> {
        let mut bytes = URL_SAFE_NO_PAD.decode(code).unwrap();
        bytes.truncate(bytes.len() - CHECKSUM_LEN);
        bytes
    }

    /// What `decode(encode(r))` gives back.
    fn normalized(r: &SharedResult) -> SharedResult {
        SharedResult {
            name: r.name.as_deref().and_then(normalize_name),
            answers: r
                .answers
                .iter()
                .map(|&a| (answer_bits(a) != UNANSWERED).then_some(a).flatten())
                .collect(),
            ..r.clone()
        }
    }

    #[test]
    fn round_trip_without_name() {
        let r = result(None, 35);
        let code = encode(&r);
        assert_eq!(decode(&code, V, 35), Ok(r));
    }

    #[test]
    fn round_trip_with_name() {
        let r = result(Some("Ada Lovelace"), 35);
        assert_eq!(decode(&encode(&r), V, 35), Ok(r));
        let r = result(Some("Zoë Łukasiewicz 李小龍 🙂"), 30);
        assert_eq!(decode(&encode(&r), V, 30), Ok(r));
    }

    #[test]
    fn round_trip_edge_counts_and_dates() {
        for n in [0, 1, 2, 3, 7, 8, 9, 30, 35, 127, 128, 300] {
            let r = result(Some("x"), n);
            assert_eq!(decode(&encode(&r), V, n), Ok(r), "{n} items");
        }
        for date in ["1970-01-01", "2000-02-29", "2149-06-05"] {
            let r = SharedResult {
                date: date.into(),
                ..result(None, 35)
            };
            assert_eq!(decode(&encode(&r), V, 35), Ok(r));
        }
    }

    #[test]
    fn every_answer_value_round_trips_in_every_position() {
        let values = [None, Some(Answer::NotApplicable)]
            .into_iter()
            .chain((1..=5).map(|v| Some(Answer::Level(v))));
        for a in values {
            for pos in 0..35 {
                let mut r = result(None, 35);
                r.answers[pos] = a;
                assert_eq!(decode(&encode(&r), V, 35), Ok(r));
            }
        }
    }

    #[test]
    fn known_encoding() {
        let r = SharedResult {
            questionnaire_version: 1,
            date: "1970-01-02".into(),
            name: Some("Al".into()),
            answers: vec![Some(Answer::Level(1)), Some(Answer::NotApplicable), None],
        };
        // 1, 6, 0 -> 001 110 000 (0000000) -> 0x38 0x00
        assert_eq!(
            payload_of(&encode(&r)),
            [1, 1, 0, 1, 1, 3, 0x38, 0x00, 2, b'A', b'l']
        );
    }

    #[test]
    fn lengths_for_35_items() {
        let plain = encode(&SharedResult {
            answers: complete(35),
            ..result(None, 35)
        });
        let named = encode(&SharedResult {
            answers: complete(35),
            ..result(Some("Alexandra Montgomery"), 35)
        });
        assert_eq!("Alexandra Montgomery".chars().count(), 20);
        assert_eq!(plain.len(), 32, "{plain}");
        assert_eq!(named.len(), 60, "{named}");
        assert!(plain.len() < 60 && named.len() < 90);
        // The longest possible name still keeps the link short.
        let longest = encode(&result(Some(&"W".repeat(100)), 35));
        assert!(longest.len() <= 88, "{}", longest.len());
        // Only URL-safe characters, no padding.
        assert!(named.bytes().all(|c| sextet(c).is_some()));
    }

    #[test]
    fn names_are_normalized() {
        assert_eq!(
            normalize_name("  Ada \t\n Lovelace  "),
            Some("Ada Lovelace".into())
        );
        assert_eq!(normalize_name("A\u{0}d\u{7}a"), Some("Ada".into()));
        assert_eq!(normalize_name("   "), None);
        assert_eq!(normalize_name("\u{1b}"), None);
        assert_eq!(normalize_name(""), None);
        let long = normalize_name(&"é".repeat(30)).unwrap();
        assert_eq!(long.len(), 40);
        let odd = normalize_name(&format!("a{}", "é".repeat(30))).unwrap();
        assert_eq!(odd.len(), 39); // cut on a character boundary
        assert_eq!(
            normalize_name(&format!("{} b", "a".repeat(39))),
            Some("a".repeat(39))
        );

        let r = result(Some("  Grace \n Hopper "), 5);
        let back = decode(&encode(&r), V, 5).unwrap();
        assert_eq!(back.name.as_deref(), Some("Grace Hopper"));
        let r = result(Some(" \t "), 5);
        assert_eq!(decode(&encode(&r), V, 5).unwrap().name, None);
    }

    #[test]
    fn encoder_tolerates_bad_input() {
        // Not-real levels are shared as unanswered.
        let mut r = result(None, 4);
        r.answers = vec![
            Some(Answer::Level(0)),
            Some(Answer::Level(9)),
            Some(Answer::Level(2)),
            None,
        ];
        let back = decode(&encode(&r), V, 4).unwrap();
        assert_eq!(back.answers, vec![None, None, Some(Answer::Level(2)), None]);
        assert_eq!(back, normalized(&r));
        // A date that is not valid, or outside what the link can carry, gives a code that is refused.
        for date in [
            "",
            "yesterday",
            "2026-02-30",
            "1969-12-31",
            "2149-06-06",
            "9999-01-01",
        ] {
            let r = SharedResult {
                date: date.into(),
                ..result(None, 4)
            };
            assert_eq!(
                decode(&encode(&r), V, 4),
                Err(DecodeError::InvalidDate),
                "{date}"
            );
        }
    }

    #[test]
    fn extracts_code_from_pasted_links() {
        let code = encode(&result(Some("Ada"), 35));
        let c = code.as_str();
        for input in [
            code.clone(),
            format!("  {code}\n"),
            format!("https://example.org/pillars/#/r/{code}"),
            format!("https://example.org/#/r/{code}?utm=1"),
            format!("#/r/{code}"),
            format!("/r/{code}"),
            format!("See my result: https://example.org/#/r/{code}."),
            format!("<https://example.org/#/r/{code}>"),
            format!("(https://example.org/r/x/#/r/{code})"),
            format!("https://example.org/#/r/{code}#top"),
        ] {
            assert_eq!(extract_code(&input), c, "{input}");
            assert_eq!(
                decode(extract_code(&input), V, 35).map(|r| r.name),
                Ok(Some("Ada".into()))
            );
        }
        // A link wrapped over two lines by a mail program still opens.
        let wrapped = format!("https://example.org/#/r/{}\n  {}", &code[..20], &code[20..]);
        assert_eq!(
            decode(extract_code(&wrapped), V, 35).map(|r| r.name),
            Ok(Some("Ada".into()))
        );
        assert_eq!(extract_code(""), "");
        assert_eq!(extract_code("   "), "");
        assert_eq!(extract_code("https://example.org/#/r/"), "");
        assert_eq!(extract_code("/r/?x"), "");
        assert_eq!(extract_code("???"), "");
        assert_eq!(
            decode(extract_code("https://example.org/#/r/"), V, 35),
            Err(DecodeError::Empty)
        );
    }

    #[test]
    fn error_empty() {
        assert_eq!(decode("", V, 35), Err(DecodeError::Empty));
        assert_eq!(decode(" \n\t", V, 35), Err(DecodeError::Empty));
    }

    #[test]
    fn error_not_a_code() {
        for input in [
            "hello, world",
            "AQ!!",
            "AQ==",
            "AQID+/",
            "AQ\u{e9}x",
            "https://example.org/",
        ] {
            assert_eq!(decode(input, V, 35), Err(DecodeError::NotACode), "{input}");
        }
    }

    #[test]
    fn error_unknown_format() {
        // Random words and codes of another format are recognised by their first byte.
        for input in ["hello", "garbage", "Zm9v", "Ag", "AgAAAAA", "B"] {
            assert_eq!(
                decode(input, V, 35),
                Err(DecodeError::UnknownFormat),
                "{input}"
            );
        }
        // Reserved flag bits.
        let mut p = payload_of(&encode(&result(None, 35)));
        p[4] |= 0b10;
        assert_eq!(decode(&seal(&p), V, 35), Err(DecodeError::UnknownFormat));
        // Non-zero unused bits after the last answer (35 * 3 = 105 bits, 7 unused).
        let mut p = payload_of(&encode(&result(None, 35)));
        let last = HEADER_LEN + 1 + 13;
        p[last] |= 1;
        assert_eq!(decode(&seal(&p), V, 35), Err(DecodeError::UnknownFormat));
        // Non-canonical or over-long answer counts.
        let p = [FORMAT, V, 0, 1, 0, 0x80, 0x00];
        assert_eq!(decode(&seal(&p), V, 0), Err(DecodeError::UnknownFormat));
        let p = [FORMAT, V, 0, 1, 0, 0x80, 0x80, 0x80, 0x80, 0x01];
        assert_eq!(decode(&seal(&p), V, 0), Err(DecodeError::UnknownFormat));
    }

    #[test]
    fn error_truncated() {
        // Too short to hold anything.
        assert_eq!(decode("A", V, 35), Err(DecodeError::Truncated));
        assert_eq!(decode("AQ", V, 35), Err(DecodeError::Truncated));
        assert_eq!(decode(&seal(&[FORMAT]), V, 35), Err(DecodeError::Truncated));
        // A valid checksum over content that stops early: the name is shorter than its length says.
        let mut p = payload_of(&encode(&result(Some("Ada Lovelace"), 35)));
        p.truncate(p.len() - 3);
        assert_eq!(decode(&seal(&p), V, 35), Err(DecodeError::Truncated));
        // ... stops inside the answers, or inside the answer count.
        let p = payload_of(&encode(&result(None, 35)));
        assert_eq!(
            decode(&seal(&p[..p.len() - 1]), V, 35),
            Err(DecodeError::Truncated)
        );
        let p = [FORMAT, V, 0, 1, 0, 0x80];
        assert_eq!(decode(&seal(&p), V, 35), Err(DecodeError::Truncated));
        // ... named, but no length byte.
        let p = [FORMAT, V, 0, 1, FLAG_NAME, 0];
        assert_eq!(decode(&seal(&p), V, 0), Err(DecodeError::Truncated));
    }

    #[test]
    fn error_checksum_mismatch() {
        let code = encode(&result(Some("Ada"), 35));
        let mut altered = code.clone().into_bytes();
        altered[12] = if altered[12] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(altered).unwrap();
        assert_eq!(decode(&altered, V, 35), Err(DecodeError::ChecksumMismatch));
        // Cut by a few bytes at the end: the checksum is no longer the checksum.
        let bytes = URL_SAFE_NO_PAD.decode(&code).unwrap();
        for cut in 1..=5 {
            let short = URL_SAFE_NO_PAD.encode(&bytes[..bytes.len() - cut]);
            assert_eq!(
                decode(&short, V, 35),
                Err(DecodeError::ChecksumMismatch),
                "cut {cut}"
            );
        }
        // Cut by one character: the last character then holds stray bits.
        assert_eq!(
            decode(&code[..code.len() - 1], V, 35),
            Err(DecodeError::Truncated)
        );
    }

    #[test]
    fn error_versions() {
        let code = encode(&result(None, 35));
        assert_eq!(
            decode(&code, V - 1, 35),
            Err(DecodeError::NewerVersion {
                found: V,
                current: V - 1
            })
        );
        assert_eq!(
            decode(&code, V + 1, 35),
            Err(DecodeError::OlderVersion {
                found: V,
                current: V + 1
            })
        );
        let unknown = encode(&SharedResult {
            questionnaire_version: 0,
            ..result(None, 35)
        });
        assert_eq!(
            decode(&unknown, V, 35),
            Err(DecodeError::OlderVersion {
                found: 0,
                current: V
            })
        );
    }

    #[test]
    fn error_wrong_item_count() {
        let code = encode(&result(None, 34));
        assert_eq!(
            decode(&code, V, 35),
            Err(DecodeError::WrongItemCount {
                found: 34,
                expected: 35
            })
        );
        // Same number of answer bytes (33 and 34 items both take 13), still caught.
        let code = encode(&result(None, 33));
        assert_eq!(
            decode(&code, V, 34),
            Err(DecodeError::WrongItemCount {
                found: 33,
                expected: 34
            })
        );
        assert_eq!(
            decode(&code, V, usize::MAX),
            Err(DecodeError::WrongItemCount {
                found: 33,
                expected: usize::MAX
            })
        );
    }

    #[test]
    fn error_invalid_answer() {
        let mut p = payload_of(&encode(&result(None, 35)));
        // Item 1 occupies the top three bits of the first answer byte.
        p[HEADER_LEN + 1] |= 0b1110_0000;
        assert_eq!(
            decode(&seal(&p), V, 35),
            Err(DecodeError::InvalidAnswer { item: 1 })
        );
        // Item 35 occupies bits 102..105: the top three bits of the 14th byte... (102 = 12*8 + 6)
        let mut p = payload_of(&encode(&result(None, 35)));
        p[HEADER_LEN + 1 + 12] |= 0b11;
        p[HEADER_LEN + 1 + 13] |= 0b1000_0000;
        assert_eq!(
            decode(&seal(&p), V, 35),
            Err(DecodeError::InvalidAnswer { item: 35 })
        );
    }

    #[test]
    fn error_invalid_name() {
        let base = payload_of(&encode(&result(None, 3)));
        let named = |name: &[u8]| {
            let mut p = base.clone();
            p[4] = FLAG_NAME;
            p.push(name.len() as u8);
            p.extend_from_slice(name);
            seal(&p)
        };
        assert_eq!(
            decode(&named(b"Ada"), V, 3).unwrap().name.as_deref(),
            Some("Ada")
        );
        for bad in [
            &b"\xff\xfe"[..],
            b"Ad\xc3",
            b"",
            b" Ada",
            b"Ada ",
            b"A  da",
            b"A\nda",
            b"\x00",
            &[b'a'; 41][..],
        ] {
            assert_eq!(
                decode(&named(bad), V, 3),
                Err(DecodeError::InvalidName),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn error_invalid_date() {
        let mut p = payload_of(&encode(&result(None, 35)));
        p[2] = 0xff;
        p[3] = 0xff;
        assert_eq!(decode(&seal(&p), V, 35), Err(DecodeError::InvalidDate));
    }

    #[test]
    fn error_trailing_bytes() {
        let mut p = payload_of(&encode(&result(None, 35)));
        p.push(0);
        assert_eq!(decode(&seal(&p), V, 35), Err(DecodeError::TrailingBytes));
        let mut p = payload_of(&encode(&result(Some("Ada"), 35)));
        p.extend_from_slice(b"xyz");
        assert_eq!(decode(&seal(&p), V, 35), Err(DecodeError::TrailingBytes));
    }

    #[test]
    fn messages_are_plain_and_helpful() {
        let all = [
            DecodeError::Empty,
            DecodeError::NotACode,
            DecodeError::Truncated,
            DecodeError::ChecksumMismatch,
            DecodeError::NewerVersion {
                found: 2,
                current: 1,
            },
            DecodeError::OlderVersion {
                found: 1,
                current: 2,
            },
            DecodeError::UnknownFormat,
            DecodeError::WrongItemCount {
                found: 30,
                expected: 35,
            },
            DecodeError::InvalidAnswer { item: 7 },
            DecodeError::InvalidName,
            DecodeError::InvalidDate,
            DecodeError::TrailingBytes,
        ];
        let mut seen = std::collections::HashSet::new();
        for e in all {
            let msg = e.to_string();
            assert!(seen.insert(msg.clone()), "duplicate message {msg}");
            assert!(msg.len() > 40 && msg.ends_with('.'), "{msg}");
            assert!(!msg.contains("  "), "{msg}");
            for jargon in [
                "base64", "byte", "checksum", "CRC", "UTF", "decode", "format",
            ] {
                assert!(!msg.contains(jargon), "{jargon} in {msg}");
            }
            // Every message says what to do.
            assert!(
                ["Ask", "Paste", "Check", "Reload"]
                    .iter()
                    .any(|w| msg.contains(w)),
                "{msg}"
            );
            let _: &dyn std::error::Error = &e;
        }
        assert!(DecodeError::Truncated
            .to_string()
            .starts_with("This link is incomplete"));
        assert!(DecodeError::InvalidAnswer { item: 7 }
            .to_string()
            .contains("question 7"));
    }

    #[test]
    fn every_truncation_is_an_error() {
        for r in [
            result(None, 35),
            result(Some("Ada Lovelace"), 35),
            result(Some("李小龍"), 30),
        ] {
            let code = encode(&r);
            for len in 0..code.len() {
                assert!(
                    decode(&code[..len], V, r.answers.len()).is_err(),
                    "cut at {len}"
                );
            }
            // Cut at every byte length too (re-encoded, so always valid base64).
            let bytes = URL_SAFE_NO_PAD.decode(&code).unwrap();
            for len in 0..bytes.len() {
                let cut = URL_SAFE_NO_PAD.encode(&bytes[..len]);
                assert!(
                    decode(&cut, V, r.answers.len()).is_err(),
                    "cut at byte {len}"
                );
            }
        }
    }

    #[test]
    fn every_bit_flip_is_an_error() {
        for r in [
            result(None, 35),
            result(Some("Ada Lovelace"), 35),
            result(Some("Zoë"), 30),
        ] {
            let n = r.answers.len();
            let bytes = URL_SAFE_NO_PAD.decode(encode(&r)).unwrap();
            for i in 0..bytes.len() {
                for bit in 0..8 {
                    let mut b = bytes.clone();
                    b[i] ^= 1 << bit;
                    let got = decode(&URL_SAFE_NO_PAD.encode(&b), V, n);
                    assert!(got.is_err(), "byte {i} bit {bit}: {got:?}");
                }
            }
        }
    }

    #[test]
    fn every_character_substitution_is_an_error() {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let code = encode(&result(Some("Ada"), 35));
        for i in 0..code.len() {
            for &c in ALPHABET {
                let mut altered = code.clone().into_bytes();
                if altered[i] == c {
                    continue;
                }
                altered[i] = c;
                let altered = String::from_utf8(altered).unwrap();
                assert!(decode(&altered, V, 35).is_err(), "{altered}");
            }
        }
    }

    fn any_answer() -> impl Strategy<Value = Option<Answer>> {
        prop_oneof![
            Just(None),
            Just(Some(Answer::NotApplicable)),
            (1u8..=5).prop_map(|v| Some(Answer::Level(v))),
        ]
    }

    fn any_result() -> impl Strategy<Value = SharedResult> {
        (
            any::<u8>(),
            0i32..65_535,
            proptest::option::of(prop_oneof![
                any::<String>(),
                "[a-zA-Z \\-']{0,50}",
                "\\PC{0,60}"
            ]),
            proptest::collection::vec(any_answer(), 0..200),
        )
            .prop_map(|(v, days, name, answers)| SharedResult {
                questionnaire_version: v,
                date: date::format_iso(days),
                name,
                answers,
            })
    }

    proptest! {
        #[test]
        fn prop_round_trip(r in any_result()) {
            let code = encode(&r);
            let back = decode(&code, r.questionnaire_version, r.answers.len());
            prop_assert_eq!(back, Ok(normalized(&r)));
            prop_assert!(code.bytes().all(|c| sextet(c).is_some()));
            if r.name.is_none() {
                prop_assert!(code.len() <= 20 + r.answers.len() / 2);
            }
        }

        #[test]
        fn prop_round_trip_through_link(r in any_result()) {
            let link = format!("https://example.org/#/r/{}\n", encode(&r));
            let back = decode(extract_code(&link), r.questionnaire_version, r.answers.len());
            prop_assert_eq!(back, Ok(normalized(&r)));
        }

        #[test]
        fn prop_decode_never_panics_on_strings(s in any::<String>(), v in any::<u8>(), n in 0usize..100) {
            let _ = decode(&s, v, n);
            let _ = decode(extract_code(&s), v, n);
        }

        #[test]
        fn prop_decode_never_panics_on_code_like_strings(s in "[A-Za-z0-9_\\-]{0,80}", n in 0usize..60) {
            let _ = decode(&s, 1, n);
        }

        #[test]
        fn prop_decode_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..120), v in 0u8..4, n in prop_oneof![Just(35usize), 0usize..300]) {
            // Raw bytes (almost always stopped by the checksum) ...
            let _ = decode(&URL_SAFE_NO_PAD.encode(&bytes), v, n);
            // ... and the same bytes with a valid checksum, which reaches the structural checks.
            let code = seal(&bytes);
            if let Ok(r) = decode(&code, v, n) {
                // Whatever is accepted is canonical: it encodes back to the very same code.
                prop_assert_eq!(encode(&r), code);
            }
        }

        #[test]
        fn prop_structured_payloads_never_panic(
            flags in prop_oneof![Just(0u8), Just(1u8), any::<u8>()],
            days in any::<u16>(),
            count in prop_oneof![Just(35u8), any::<u8>()],
            tail in proptest::collection::vec(any::<u8>(), 0..80),
        ) {
            let mut p = vec![FORMAT, 1];
            p.extend_from_slice(&days.to_be_bytes());
            p.push(flags);
            p.push(count);
            p.extend_from_slice(&tail);
            let code = seal(&p);
            if let Ok(r) = decode(&code, 1, 35) {
                prop_assert_eq!(encode(&r), code);
            }
        }

        #[test]
        fn prop_altered_codes_are_rejected(r in any_result(), pos in any::<prop::sample::Index>(), bit in 0u8..8) {
            let n = r.answers.len();
            let mut bytes = URL_SAFE_NO_PAD.decode(encode(&r)).unwrap();
            let i = pos.index(bytes.len());
            bytes[i] ^= 1 << bit;
            prop_assert!(decode(&URL_SAFE_NO_PAD.encode(&bytes), r.questionnaire_version, n).is_err());
        }
    }
}
