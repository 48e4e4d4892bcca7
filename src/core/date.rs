//! A tiny civil (proleptic Gregorian) date module, without a date library.
//!
//! Dates are carried around as a day number: days since 1970-01-01 (negative before it).
//! The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms
//! (<https://howardhinnant.github.io/date_algorithms.html>), done in `i64` so no input overflows.

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A valid calendar date (month 1..=12, day 1..=days in that month). Written as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, if it exists on the calendar (rejects 2026-02-30, month 13, day 0, ...).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// Exactly `YYYY-MM-DD` (see [`parse_iso`]).
    pub fn parse(s: &str) -> Option<Date> {
        parse_iso(s).map(Date::from_days)
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i32) -> Date {
        let (y, m, d) = civil_from_days(i64::from(days));
        // |days| < 2^31 keeps the year well inside i32 (about ±5.9 million).
        Date {
            year: y as i32,
            month: m as u8,
            day: d as u8,
        }
    }

    /// Days since 1970-01-01, or `None` if that does not fit an `i32` (years beyond ±5.8 million).
    pub fn days(self) -> Option<i32> {
        i32::try_from(days_from_civil(
            i64::from(self.year),
            u32::from(self.month),
            u32::from(self.day),
        ))
        .ok()
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// `2026-11-23`.
    pub fn iso(self) -> String {
        self.to_string()
    }

    /// `23 November 2026`.
    pub fn long(self) -> String {
        let month = MONTH_NAMES
            .get(usize::from(self.month).wrapping_sub(1))
            .copied()
            .unwrap_or("");
        format!("{} {} {}", self.day, month, self.year)
    }
}

impl fmt::Display for Date {
    /// `2026-11-23`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom("not a YYYY-MM-DD date"))
    }
}

/// A date kept in stored data, files and links written before dates had a type: `YYYY-MM-DD`,
/// or `""` for none. Reading is lenient (any text that is not a valid date is no date), so old
/// or hand-edited data always loads; use with `#[serde(with = "date::stored")]`.
pub mod stored {
    use super::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(d),
            None => s.serialize_str(""),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(Date::parse(&s))
    }
}

pub fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in `month` (1..=12) of `year`; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of the civil date `y-m-d` (`m` 1..=12, `d` 1..=31; not validated).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let (m, d) = (i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let mp = (m + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + d - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// The civil date `(year, month 1..=12, day 1..=31)` of day `z` since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let d = doy - (153 * mp + 2) / 5 + 1; // [1, 31]
    let m = if mp < 10 { mp + 3 } else { mp - 9 }; // [1, 12]
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m as u32, d as u32)
}

/// Parses exactly `YYYY-MM-DD` (four-digit year, surrounding whitespace allowed) into days
/// since 1970-01-01. Anything else, or a date that does not exist, gives `None`.
pub fn parse_iso(s: &str) -> Option<i32> {
    let b = s.trim().as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |part: &[u8]| -> Option<u32> {
        part.iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(num(&b[0..4])?).ok()?;
    let month = u8::try_from(num(&b[5..7])?).ok()?;
    let day = u8::try_from(num(&b[8..10])?).ok()?;
    Date::new(year, month, day)?.days()
}

/// `YYYY-MM-DD` for a day number (the inverse of [`parse_iso`] for years 0000..=9999).
pub fn format_iso(days: i32) -> String {
    Date::from_days(days).iso()
}

/// A stored date for people ("23 November 2026"); no date is shown as nothing.
pub fn pretty(d: &Option<Date>) -> String {
    d.map(Date::long).unwrap_or_default()
}

/// A human date such as `23 November 2026`.
pub fn format_long(days: i32) -> String {
    Date::from_days(days).long()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Day numbers of 0000-01-01 and 9999-12-31, the range `parse_iso` accepts.
    const MIN_ISO: i32 = -719_528;
    const MAX_ISO: i32 = 2_932_896;

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(parse_iso("1970-01-01"), Some(0));
        assert_eq!(parse_iso("1970-01-02"), Some(1));
        assert_eq!(parse_iso("1969-12-31"), Some(-1));
        assert_eq!(parse_iso("2000-03-01"), Some(11_017));
        assert_eq!(parse_iso("2026-11-23"), Some(20_780));
        assert_eq!(parse_iso("2149-06-05"), Some(65_534));
        assert_eq!(parse_iso("0000-01-01"), Some(MIN_ISO));
        assert_eq!(parse_iso("9999-12-31"), Some(MAX_ISO));
        assert_eq!(format_iso(20_780), "2026-11-23");
        assert_eq!(format_iso(0), "1970-01-01");
        assert_eq!(format_iso(-1), "1969-12-31");
        assert_eq!(format_iso(MIN_ISO), "0000-01-01");
        assert_eq!(format_iso(MAX_ISO), "9999-12-31");
    }

    #[test]
    fn long_format() {
        assert_eq!(format_long(20_780), "23 November 2026");
        assert_eq!(format_long(0), "1 January 1970");
        assert_eq!(
            format_long(parse_iso("2024-02-29").unwrap()),
            "29 February 2024"
        );
    }

    #[test]
    fn leap_years() {
        assert!(is_leap_year(2024));
        assert!(is_leap_year(2000));
        assert!(!is_leap_year(1900));
        assert!(!is_leap_year(2026));
        assert!(parse_iso("2024-02-29").is_some());
        assert!(parse_iso("2000-02-29").is_some());
        assert!(parse_iso("1900-02-29").is_none());
        assert!(parse_iso("2026-02-29").is_none());
        assert_eq!(
            parse_iso("2024-03-01").unwrap() - parse_iso("2024-02-28").unwrap(),
            2
        );
        assert_eq!(
            parse_iso("2026-03-01").unwrap() - parse_iso("2026-02-28").unwrap(),
            1
        );
    }

    #[test]
    fn rejects_invalid_dates_and_garbage() {
        for s in [
            "2026-02-30",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "2026-01-32",
            "",
            "garbage",
            "2026-1-1",
            "26-11-23",
            "2026/11/23",
            "2026-11-23T10:00",
            "+026-11-23",
            "-026-11-23",
            "2026-+1-23",
            "２０２６-11-23",
            "2026-11-2x",
            "20261-11-23",
        ] {
            assert_eq!(parse_iso(s), None, "{s:?}");
        }
    }

    #[test]
    fn trims_whitespace() {
        assert_eq!(parse_iso("  2026-11-23\n"), Some(20_780));
    }

    #[test]
    fn date_type() {
        let d = Date::new(2026, 11, 23).unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2026, 11, 23));
        assert_eq!(d.days(), Some(20_780));
        assert_eq!(Date::from_days(20_780), d);
        assert_eq!(d.iso(), "2026-11-23");
        assert_eq!(d.long(), "23 November 2026");
        assert!(Date::new(2026, 2, 29).is_none());
        assert!(Date::new(2026, 0, 1).is_none());
        assert!(Date::new(2026, 12, 0).is_none());
        assert!(Date::new(i32::MAX, 1, 1).unwrap().days().is_none());
        assert!(Date::new(2026, 1, 2) > Date::new(2025, 12, 31));
    }

    #[test]
    fn stored_dates_read_leniently_and_write_as_before() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct S {
            #[serde(with = "stored")]
            d: Option<Date>,
        }
        let read = |json: &str| serde_json::from_str::<S>(json).map(|s| s.d).ok();
        assert_eq!(read(r#"{"d":"2026-11-23"}"#), Some(Date::new(2026, 11, 23)));
        assert_eq!(read(r#"{"d":""}"#), Some(None));
        assert_eq!(read(r#"{"d":"yesterday"}"#), Some(None));
        let d = Date::new(2026, 11, 23);
        assert_eq!(
            serde_json::to_string(&S { d }).unwrap(),
            r#"{"d":"2026-11-23"}"#
        );
        assert_eq!(
            serde_json::to_string(&S { d: None }).unwrap(),
            r#"{"d":""}"#
        );
        assert_eq!(serde_json::to_string(&d).unwrap(), r#""2026-11-23""#);
        assert!(serde_json::from_str::<Date>(r#""2026-02-30""#).is_err());
        assert_eq!(pretty(&d), "23 November 2026");
        assert_eq!(pretty(&None), "");
        assert_eq!(d.map(|d| d.to_string()).as_deref(), Some("2026-11-23"));
    }

    #[test]
    fn extreme_day_numbers_do_not_panic() {
        for days in [i32::MIN, i32::MIN + 1, -1, 0, i32::MAX - 1, i32::MAX] {
            let d = Date::from_days(days);
            assert_eq!(d.days(), Some(days));
            assert!(!format_iso(days).is_empty());
            assert!(!format_long(days).is_empty());
        }
    }

    proptest! {
        #[test]
        fn iso_round_trip(days in MIN_ISO..=MAX_ISO) {
            let s = format_iso(days);
            prop_assert_eq!(s.len(), 10);
            prop_assert_eq!(parse_iso(&s), Some(days));
        }

        #[test]
        fn days_round_trip(days in any::<i32>()) {
            prop_assert_eq!(Date::from_days(days).days(), Some(days));
        }

        #[test]
        fn consecutive_days_are_consecutive_dates(days in MIN_ISO..MAX_ISO) {
            let (a, b) = (Date::from_days(days), Date::from_days(days + 1));
            let next_day = b.year() == a.year() && b.month() == a.month() && b.day() == a.day() + 1;
            let next_month = b.year() == a.year() && b.month() == a.month() + 1 && b.day() == 1
                && a.day() == days_in_month(a.year(), a.month());
            let next_year = b.year() == a.year() + 1 && (a.month(), a.day(), b.month(), b.day()) == (12, 31, 1, 1);
            prop_assert!(next_day || next_month || next_year, "{:?} -> {:?}", a, b);
        }

        #[test]
        fn civil_round_trip(y in 0i32..=9999, m in 1u8..=12, d in 1u8..=31) {
            match Date::new(y, m, d) {
                Some(date) => {
                    let days = parse_iso(&format!("{y:04}-{m:02}-{d:02}"));
                    prop_assert_eq!(days, date.days());
                    prop_assert_eq!(Date::from_days(days.unwrap()), date);
                }
                None => prop_assert!(d > days_in_month(y, m)),
            }
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,16}") {
            let _ = parse_iso(&s);
        }

        #[test]
        fn parse_near_iso_never_panics(s in "[0-9+\\- ]{8,12}") {
            if let Some(days) = parse_iso(&s) {
                prop_assert_eq!(format_iso(days), s.trim());
            }
        }
    }
}
