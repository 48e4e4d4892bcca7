//! The calendar file against RFC 5545's rules, and parsed back by an iCalendar parser.
use super::*;
use crate::core::plan::fixtures::*;
use crate::core::plan::{ActionId, PlanAction, Words};
use icalendar::{Calendar, Component, DatePerhapsTime};
use proptest::prelude::*;

/// The inverse of [`fold`] (§3.1): a line break followed by one space or tab is removed.
fn unfold(s: &str) -> String {
    s.replace("\r\n ", "").replace("\r\n\t", "")
}

/// The inverse of [`escape`].
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(c) => out.push(c),
                None => {}
            },
            (c, false) => out.push(c),
        }
    }
    out
}

/// What [`escape`] keeps of a text: line ends as `\n`, no other control characters but tab.
fn normalized(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

fn escaped(s: &str) -> String {
    let mut out = String::new();
    escape(s, &mut out);
    out
}

fn folded(s: &str) -> String {
    let mut out = String::new();
    fold(s, &mut out);
    out
}

/// Every physical line ends with CRLF, holds no other CR or LF, and has at most 75 octets.
fn assert_lines_are_valid(ics: &str) {
    assert!(ics.ends_with("\r\n"));
    for line in ics.split_terminator("\r\n") {
        assert!(line.len() <= MAX_OCTETS, "{} octets: {line:?}", line.len());
        assert!(!line.contains(['\r', '\n']), "{line:?}");
    }
}

fn stamp() -> Stamp {
    Stamp::new(day("2026-11-25"), 10, 15, 0).unwrap()
}

fn sample_ics() -> String {
    let w = words();
    to_ics(&sample(), &context(&w, None), stamp())
}

#[test]
fn text_is_escaped_as_rfc_5545_says() {
    assert_eq!(escaped(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(escaped("one\ntwo\r\nthree\rfour"), r"one\ntwo\nthree\nfour");
    assert_eq!(escaped("tab\there\u{0}\u{1b}\u{7f}"), "tab\there");
    assert_eq!(escaped("colon: \"quotes\" 🙂"), "colon: \"quotes\" 🙂");
}

#[test]
fn long_lines_fold_at_75_octets_between_characters() {
    let ascii = "x".repeat(200);
    let f = folded(&ascii);
    let lines: Vec<&str> = f.split_terminator("\r\n").collect();
    assert_eq!(
        lines.iter().map(|l| l.len()).collect::<Vec<_>>(),
        [75, 75, 52]
    );
    assert!(lines[1].starts_with(' '));
    // 4-octet characters: 18 fit the first line (72 octets), then 18 per continuation line.
    let emoji = "🙂".repeat(40);
    let f = folded(&emoji);
    let lines: Vec<&str> = f.split_terminator("\r\n").collect();
    assert_eq!(
        lines.iter().map(|l| l.len()).collect::<Vec<_>>(),
        [72, 73, 17]
    );
    assert_eq!(unfold(&f), format!("{emoji}\r\n"));
    assert_eq!(folded(""), "\r\n");
    assert_eq!(folded(&"y".repeat(75)), format!("{}\r\n", "y".repeat(75)));
}

#[test]
fn stamps_and_uids() {
    assert_eq!(stamp().to_string(), "20261125T101500Z");
    assert_eq!(Stamp::from_unix_seconds(0).to_string(), "19700101T000000Z");
    assert_eq!(
        Stamp::from_unix_seconds(1_795_512_900).to_string(),
        "20261124T093500Z"
    );
    assert_eq!(Stamp::from_unix_seconds(-1).to_string(), "19691231T235959Z");
    let _ = Stamp::from_unix_seconds(i64::MIN);
    let _ = Stamp::from_unix_seconds(i64::MAX);
    assert_eq!(Stamp::new(day("2026-01-01"), 24, 0, 0), None);
    assert_eq!(uid_part("1763900000000"), "1763900000000");
    assert_eq!(uid_part("a b@c,é"), "a%20b%40c%2C%C3%A9");
    assert_ne!(uid_part("a%20b"), uid_part("a b"));
}

#[test]
fn the_file_has_the_calendar_frame_and_one_event_per_due_date() {
    let ics = sample_ics();
    assert_lines_are_valid(&ics);
    let lines: Vec<&str> = ics.split_terminator("\r\n").collect();
    assert_eq!(
        lines[..5],
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Pillars//Plan to grow//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH"
        ]
    );
    assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
    let count = |l: &str| lines.iter().filter(|x| **x == l).count();
    // a1, a2 and a3 have due dates (a4 has none), plus the next assessment.
    assert_eq!(count("BEGIN:VEVENT"), 4);
    assert_eq!(count("END:VEVENT"), 4);
    assert_eq!(count("DTSTAMP:20261125T101500Z"), 4);
    assert_eq!(count("STATUS:CANCELLED"), 1, "the dropped action");
    assert!(lines.contains(&"UID:action-a1@pillars.invalid"));
    assert!(lines.contains(&"UID:reassessment@pillars.invalid"));
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20261201"));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20261202"));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20270302"));
    assert!(lines.contains(&"SUMMARY:✓ SWOT with the team"));
    assert!(lines.contains(&"TRIGGER:PT9H"));
    // The same plan gives the same file (no randomness).
    assert_eq!(sample_ics(), ics);
    let empty = to_ics(&Plan::default(), &context(&Words::default(), None), stamp());
    assert_eq!(empty, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pillars//Plan to grow//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n");
}

#[test]
fn an_icalendar_parser_reads_it_back() {
    let mut plan = sample();
    let odd = format!(
        "Back\\slash; semi, comma\nnew line\r\nCRLF <script>alert(1)</script> עברית 🙂 {}",
        "é".repeat(2_500)
    );
    let mut a1 = plan.action(&ActionId("a1".into())).unwrap().clone();
    a1.what = odd.clone();
    a1.notes = odd.clone();
    plan.update_action(a1);
    let w = words();
    let ics = to_ics(&plan, &context(&w, None), stamp());
    assert_lines_are_valid(&ics);

    let cal: Calendar = ics.parse().expect("a calendar");
    assert_eq!(cal.get_name(), Some("Plan to grow"));
    let events: Vec<_> = cal.events().collect();
    assert_eq!(events.len(), 4);
    let uids: std::collections::HashSet<&str> = events.iter().filter_map(|e| e.get_uid()).collect();
    assert_eq!(uids.len(), 4, "a UID per event");
    for e in &events {
        assert_eq!(
            e.get_timestamp().map(|t| t.to_rfc3339()).as_deref(),
            Some("2026-11-25T10:15:00+00:00")
        );
        assert!(matches!(e.get_start(), Some(DatePerhapsTime::Date(_))));
        assert!(matches!(e.get_end(), Some(DatePerhapsTime::Date(_))));
    }
    let a1 = events
        .iter()
        .find(|e| e.get_uid() == Some("action-a1@pillars.invalid"))
        .unwrap();
    assert_eq!(a1.get_summary(), Some(normalized(&odd).as_str()));
    let description = a1.get_description().unwrap();
    assert!(description.starts_with("Brand"), "{description}");
    for line in [
        "Status: Under way",
        "Lead: Ana López",
        "Involved: Ben, Chloé",
        "Why: Families should recognise us, online too",
        "Evidence: Three families mention the hashtag",
        "Resources: The Culture of Yes; gone",
    ] {
        assert!(
            description.lines().any(|l| l == line),
            "{line} in {description}"
        );
    }
    assert!(description.contains(&format!("\nNotes: {}\nResources: ", normalized(&odd))));
    match a1.get_start() {
        Some(DatePerhapsTime::Date(d)) => assert_eq!(d.to_string(), "2026-12-01"),
        other => panic!("{other:?}"),
    }
    let again = events
        .iter()
        .find(|e| e.get_uid() == Some("reassessment@pillars.invalid"))
        .unwrap();
    assert_eq!(
        again.get_summary(),
        Some("Take the Pillars assessment again")
    );
    let focuses = again.get_description().unwrap();
    assert!(
        focuses.contains("(Aim: 4)") && focuses.contains("(Aim: 3)"),
        "{focuses}"
    );
    assert_eq!(again.components().len(), 1, "the reminder");
}

proptest! {
    #[test]
    fn any_text_survives_escape_fold_unfold_unescape(text in "\\PC*|[\\\\;,\r\n\t\u{0}-\u{1f}a-zé🙂]{0,300}") {
        let line = format!("DESCRIPTION:{}", escaped(&text));
        let f = folded(&line);
        assert_lines_are_valid(&f);
        let back = unfold(&f);
        prop_assert!(back.ends_with("\r\n"));
        let value = back.trim_end_matches("\r\n").strip_prefix("DESCRIPTION:").unwrap();
        prop_assert!(!value.contains(['\r', '\n']));
        prop_assert_eq!(unescape(value), normalized(&text));
    }

    #[test]
    fn any_action_text_gives_valid_lines_the_parser_reads_back(
        what in "\\PC{0,400}",
        notes in "[\\\\;,\r\na-z 日本🙂\u{5d0}-\u{5ea}]{0,400}",
        id in "\\PC{0,40}",
    ) {
        let mut plan = sample();
        let f1 = crate::core::plan::FocusId("f1".into());
        let a = PlanAction {
            notes: notes.clone(),
            due: Some(day("2027-02-01")),
            ..PlanAction::new(id, f1, what.clone(), day("2026-12-01"))
        };
        let id = plan.add_action(a).unwrap();
        let w = words();
        let ics = to_ics(&plan, &context(&w, None), stamp());
        assert_lines_are_valid(&ics);
        let cal: Calendar = ics.parse().expect("a calendar");
        let uid = format!("action-{}@pillars.invalid", uid_part(&id.0));
        let e = cal.events().find(|e| e.get_uid() == Some(uid.as_str())).unwrap();
        let summary = match what.trim() { "" => "Branding", s => s };
        prop_assert_eq!(e.get_summary().unwrap_or(""), summary);
        let description = e.get_description().unwrap();
        if !notes.trim().is_empty() {
            let expected_notes = format!("Notes: {}", normalized(&notes));
            prop_assert!(description.ends_with(&expected_notes));
        }
    }
}
