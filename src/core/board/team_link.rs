//! The team link: the team picture shared back as a link (`#/t/<code>`, [`TEAM_ROUTE`]) that
//! carries only aggregates, never an individual answer or a participant's name, and is refused
//! below the threshold. Same conventions as the result link
//! ([`crate::core::share::result_link`]): URL-safe base64 without padding, a format byte first,
//! a CRC-32 last ([`crc32`]), and a canonical encoding (`encode(decode(c)) == c`).
//!
//! Byte layout of format [`TEAM_FORMAT`] (numbers "n" are LEB128, shortest form, at most
//! 65535; others big-endian):
//!
//! | bytes  | content                                                                          |
//! |--------|----------------------------------------------------------------------------------|
//! | 1      | format, [`TEAM_FORMAT`] (0x81: its high bit tells it from a result code's 0x01)   |
//! | 1      | questionnaire version                                                            |
//! | 2      | the board's date, days since 1970-01-01 (`0xFFFF`: none)                          |
//! | 1      | the threshold k (at least 3)                                                     |
//! | n      | results aggregated (at least k)                                                  |
//! | 1 + L  | the board's name: length L (0 = none, at most 40), then UTF-8, as normalised     |
//! | …      | per pillar in questionnaire order: n results with a score; if at least k: five bytes, min, lower quartile, median, upper quartile, max in tenths (10..=50, non-decreasing) |
//! | …      | per item in questionnaire order: n results that answered; if at least k: five n, how many gave levels 1..=5 (the rest answered "not applicable") |
//! | 4      | CRC-32 of everything before it                                                   |
//!
//! The per-item distributions are included: they are counts over at least k results, the same
//! aggregates the board shows, and the team view needs them (the disagreement ranking and the
//! strongest and weakest items are computed from them). A 30-person team with the 34-item
//! questionnaire is about 370 characters.
use super::aggregate::{item_pillars, Guarded, ItemStats, PillarStats, Team, Tenths, Threshold};
use super::boards::Board;
use crate::core::date::Date;
use crate::core::level::LEVELS;
use crate::core::pillar::{PerPillar, PillarId};
use crate::core::questionnaire::Questionnaire;
use crate::core::share::result_link::{crc32, normalize_name, MAX_NAME_BYTES};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

/// The team view's route: the UI's `#/t/<code>` (a result is `#/r/<code>`).
pub const TEAM_ROUTE: &str = "/t/";
/// The layout version written as the first byte.
pub const TEAM_FORMAT: u8 = 0x81;
/// Longest code read (a 500-person team with every item shown is under 1,000 characters).
pub const MAX_TEAM_CODE_CHARS: usize = 4096;

const NO_DATE: u16 = u16::MAX;
const CHECKSUM_LEN: usize = 4;
/// Largest count a link carries.
const MAX_COUNT: usize = u16::MAX as usize;

/// A team picture as a team link carries it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamLink {
    /// The board's name (normalised as a link's name; `None` if empty).
    pub name: Option<String>,
    /// The board's date (`None` outside 1970-01-01..=2149-06-05, which the link cannot hold).
    pub date: Option<Date>,
    pub team: Team,
}

/// Why a team link could not be made or opened (the UI words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TeamLinkError {
    /// Encoding: fewer than k results, so there is nothing to share.
    #[error("{count} results, fewer than {k}")]
    BelowThreshold { count: usize, k: usize },
    #[error("empty")]
    Empty,
    #[error("longer than {MAX_TEAM_CODE_CHARS} characters")]
    TooLong,
    /// Characters that never occur in a code.
    #[error("not a code")]
    NotACode,
    #[error("cut short")]
    Truncated,
    #[error("the checksum does not match")]
    ChecksumMismatch,
    /// A sound code of something else (e.g. a personal result link's code).
    #[error("not a team link")]
    NotATeamLink,
    #[error("made by a newer version")]
    NewerFormat,
    /// Made with another questionnaire version.
    #[error("questionnaire version {found}, not {current}")]
    OtherVersion { found: u8, current: u8 },
    /// The content contradicts itself (counts, order of quartiles, name, trailing bytes…), or,
    /// when encoding, a [`Team`] not made by the core.
    #[error("invalid content")]
    Invalid,
}

impl Board {
    /// The board's team picture, ready for [`TeamLink::encode`].
    pub fn team_link(&self, q: &Questionnaire) -> TeamLink {
        TeamLink::new(self.name(), Some(self.date()), self.team(q))
    }
}

impl TeamLink {
    pub fn new(name: &str, date: Option<Date>, team: Team) -> TeamLink {
        TeamLink {
            name: normalize_name(name),
            date: date.filter(|d| days(*d).is_some()),
            team,
        }
    }

    /// The code (no `#/t/`): refused below the threshold.
    pub fn encode(&self, q: &Questionnaire) -> Result<String, TeamLinkError> {
        let t = &self.team;
        let k = t.threshold;
        if !t.is_shown() {
            return Err(TeamLinkError::BelowThreshold {
                count: t.results,
                k: k.get(),
            });
        }
        let mut out = vec![TEAM_FORMAT, q.version];
        let date = self.date.and_then(days).unwrap_or(NO_DATE);
        out.extend_from_slice(&date.to_be_bytes());
        out.push(k.get() as u8);
        number(&mut out, t.results)?;
        let name = self
            .name
            .as_deref()
            .and_then(normalize_name)
            .unwrap_or_default();
        out.push(name.len() as u8);
        out.extend_from_slice(name.as_bytes());
        for (_, g) in t.pillars.iter() {
            let count = g.count();
            // Only what the core makes: shown exactly from k on, never more than the results.
            if g.is_shown() != k.allows(count) || count > t.results {
                return Err(TeamLinkError::Invalid);
            }
            number(&mut out, count)?;
            if let Guarded::Shown(s) = g {
                out.extend([s.min, s.q1, s.median, s.q3, s.max].map(Tenths::get));
            }
        }
        for g in &t.items {
            let count = g.count();
            if g.is_shown() != k.allows(count) || count > t.results {
                return Err(TeamLinkError::Invalid);
            }
            number(&mut out, count)?;
            if let Guarded::Shown(s) = g {
                for c in s.levels {
                    number(&mut out, c)?;
                }
            }
        }
        let crc = crc32(&out);
        out.extend_from_slice(&crc.to_be_bytes());
        Ok(URL_SAFE_NO_PAD.encode(out))
    }

    /// Reads a team link's code (whitespace ignored) made for `q`. Never panics.
    pub fn decode(code: &str, q: &Questionnaire) -> Result<TeamLink, TeamLinkError> {
        use TeamLinkError as E;
        let mut chars = code.chars().filter(|c| !c.is_whitespace());
        let code: String = chars.by_ref().take(MAX_TEAM_CODE_CHARS).collect();
        if chars.next().is_some() {
            return Err(E::TooLong);
        }
        if code.is_empty() {
            return Err(E::Empty);
        }
        if !code
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        {
            return Err(E::NotACode);
        }
        let mut bytes = URL_SAFE_NO_PAD.decode(&code).map_err(|e| match e {
            base64::DecodeError::InvalidLength(_) | base64::DecodeError::InvalidLastSymbol(..) => {
                E::Truncated
            }
            _ => E::NotACode,
        })?;
        if bytes.len() <= CHECKSUM_LEN {
            return Err(E::Truncated);
        }
        let checksum = bytes.split_off(bytes.len() - CHECKSUM_LEN);
        if crc32(&bytes).to_be_bytes()[..] != checksum[..] {
            return Err(E::ChecksumMismatch);
        }
        let mut r = Reader { rest: &bytes };
        match r.byte()? {
            TEAM_FORMAT => {}
            f if f < 0x80 => return Err(E::NotATeamLink),
            f if f > TEAM_FORMAT => return Err(E::NewerFormat),
            _ => return Err(E::Invalid),
        }
        let version = r.byte()?;
        if version != q.version {
            return Err(E::OtherVersion {
                found: version,
                current: q.version,
            });
        }
        let date = match u16::from_be_bytes([r.byte()?, r.byte()?]) {
            NO_DATE => None,
            d => Some(Date::from_days(i32::from(d))),
        };
        let k = r.byte()?;
        if usize::from(k) < Threshold::MIN.get() {
            return Err(E::Invalid);
        }
        let k = Threshold::new(k.into());
        let results = r.number()?;
        if !k.allows(results) {
            return Err(E::Invalid);
        }
        let name = read_name(&mut r)?;
        let mut pillars = PerPillar::new(Guarded::Withheld { count: 0 });
        for pillar in PillarId::all().take(q.pillars.len()) {
            let count = r.number()?;
            if count > results {
                return Err(E::Invalid);
            }
            pillars[pillar] = if k.allows(count) {
                Guarded::Shown(read_spread(&mut r, pillar, count)?)
            } else {
                Guarded::Withheld { count }
            };
        }
        let mut items = Vec::with_capacity(q.item_count());
        for (item, pillar) in item_pillars(q).into_iter().enumerate() {
            let answered = r.number()?;
            if answered > results {
                return Err(E::Invalid);
            }
            items.push(if k.allows(answered) {
                let mut levels = [0; LEVELS];
                for c in &mut levels {
                    *c = r.number()?;
                }
                let rated: usize = levels.iter().sum();
                let not_applicable = answered.checked_sub(rated).ok_or(E::Invalid)?;
                Guarded::Shown(ItemStats {
                    item,
                    pillar,
                    levels,
                    not_applicable,
                })
            } else {
                Guarded::Withheld { count: answered }
            });
        }
        if !r.rest.is_empty() {
            return Err(E::Invalid);
        }
        Ok(TeamLink {
            name,
            date,
            team: Team {
                results,
                threshold: k,
                pillars,
                items,
            },
        })
    }
}

/// Days since 1970-01-01, if the two date bytes can hold them.
fn days(d: Date) -> Option<u16> {
    d.days()
        .and_then(|d| u16::try_from(d).ok())
        .filter(|&d| d != NO_DATE)
}

/// Appends `n` as LEB128 (refusing what no team of a board can have).
fn number(out: &mut Vec<u8>, mut n: usize) -> Result<(), TeamLinkError> {
    if n > MAX_COUNT {
        return Err(TeamLinkError::Invalid);
    }
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return Ok(());
        }
        out.push(low | 0x80);
    }
}

fn read_name(r: &mut Reader) -> Result<Option<String>, TeamLinkError> {
    let len = usize::from(r.byte()?);
    if len > MAX_NAME_BYTES {
        return Err(TeamLinkError::Invalid);
    }
    if len == 0 {
        return Ok(None);
    }
    let name = std::str::from_utf8(r.take(len)?).map_err(|_| TeamLinkError::Invalid)?;
    match normalize_name(name) {
        Some(n) if n == name => Ok(Some(n)),
        _ => Err(TeamLinkError::Invalid),
    }
}

fn read_spread(
    r: &mut Reader,
    pillar: PillarId,
    count: usize,
) -> Result<PillarStats, TeamLinkError> {
    let mut v = [Tenths::MIN; 5];
    for t in &mut v {
        *t = Tenths::new(r.byte()?).ok_or(TeamLinkError::Invalid)?;
    }
    if v.windows(2).any(|w| w[0] > w[1]) {
        return Err(TeamLinkError::Invalid);
    }
    let [min, q1, median, q3, max] = v;
    Ok(PillarStats {
        pillar,
        count,
        min,
        q1,
        median,
        q3,
        max,
    })
}

/// Reads a payload front to back; running out of bytes is [`TeamLinkError::Truncated`].
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], TeamLinkError> {
        if n > self.rest.len() {
            return Err(TeamLinkError::Truncated);
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, TeamLinkError> {
        self.take(1).map(|b| b[0])
    }

    /// A shortest-form LEB128 number up to [`MAX_COUNT`].
    fn number(&mut self) -> Result<usize, TeamLinkError> {
        let mut value = 0usize;
        for i in 0..3 {
            let b = self.byte()?;
            value |= usize::from(b & 0x7f) << (7 * i);
            if b & 0x80 == 0 {
                if (b == 0 && i > 0) || value > MAX_COUNT {
                    return Err(TeamLinkError::Invalid);
                }
                return Ok(value);
            }
        }
        Err(TeamLinkError::Invalid)
    }
}
