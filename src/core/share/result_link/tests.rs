//! Tests of the result link.
use super::*;
use crate::core::answers::lv;

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
            k => Some(lv(k as u8)),
        })
        .collect()
}

fn complete(n: usize) -> Vec<Option<Answer>> {
    (0..n)
        .map(|i| {
            if i % 6 == 5 {
                Some(Answer::NotApplicable)
            } else {
                Some(lv(i as u8 % 5 + 1))
            }
        })
        .collect()
}

fn result(name: Option<&str>, n: usize) -> SharedResult {
    SharedResult {
        answered_as: Default::default(),
        questionnaire_version: V,
        date: Date::parse("2026-11-23"),
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
            date: Date::parse(date),
            ..result(None, 35)
        };
        assert_eq!(decode(&encode(&r), V, 35), Ok(r));
    }
}

#[test]
fn every_answer_value_round_trips_in_every_position() {
    let values = [None, Some(Answer::NotApplicable)]
        .into_iter()
        .chain((1..=5).map(|v| Some(lv(v))));
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
        answered_as: Default::default(),
        questionnaire_version: 1,
        date: Date::parse("1970-01-02"),
        name: Some("Al".into()),
        answers: vec![Some(lv(1)), Some(Answer::NotApplicable), None],
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
    // Not-real levels (0, 9) can no longer be made: `Level` is valid by construction.
    assert_eq!(Level::new(0), None);
    assert_eq!(Level::new(9), None);
    // No date (text that is no date, read from stored data), or one outside what the link can
    // carry, gives a code that is refused.
    for date in [
        "",
        "yesterday",
        "2026-02-30",
        "1969-12-31",
        "2149-06-06",
        "9999-01-01",
    ] {
        let r = SharedResult {
            date: Date::parse(date),
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
fn who_answered_travels_in_the_link_and_old_links_were_a_leaders() {
    let mut r = result(Some("Ada"), 35);
    r.answered_as = Role::Teacher;
    let code = encode(&r);
    assert_eq!(
        decode(&code, V, 35).map(|r| r.answered_as),
        Ok(Role::Teacher)
    );
    assert_eq!(
        payload_of(&code)[4],
        0b11,
        "named, and answered as someone who teaches"
    );
    r.answered_as = Role::Leader;
    // A leader's link is byte for byte what every earlier build made.
    assert_eq!(payload_of(&encode(&r))[4], 0b01);
    assert_eq!(
        decode(&encode(&r), V, 35).map(|r| r.answered_as),
        Ok(Role::Leader)
    );
    // Stored results shared with me that predate the field read as a leader's.
    let stored: SharedResult = serde_json::from_str(
        r#"{"questionnaire_version":2,"date":"2026-11-02","name":null,"answers":[]}"#,
    )
    .expect("an older stored result");
    assert_eq!(stored.answered_as, Role::Leader);
    assert!(!serde_json::to_string(&stored)
        .unwrap()
        .contains("answered_as"));
    // Written by id, and a role a later build added reads as a leader's (the data stays readable).
    r.answered_as = Role::Teacher;
    let text = serde_json::to_string(&r).unwrap();
    assert!(text.contains(r#""answered_as":"teacher""#), "{text}");
    assert_eq!(
        serde_json::from_str::<SharedResult>(&text)
            .unwrap()
            .answered_as,
        Role::Teacher
    );
    let later = text.replace(r#""teacher""#, r#""student""#);
    assert_eq!(
        serde_json::from_str::<SharedResult>(&later)
            .unwrap()
            .answered_as,
        Role::Leader
    );
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
    // Reserved flag bits (bit 1 is "answered as someone who teaches").
    for bit in 2..8 {
        let mut p = payload_of(&encode(&result(None, 35)));
        p[4] |= 1 << bit;
        assert_eq!(decode(&seal(&p), V, 35), Err(DecodeError::UnknownFormat));
    }
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
        (1u8..=5).prop_map(|v| Some(lv(v))),
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
        any::<bool>(),
    )
        .prop_map(|(v, days, name, answers, teacher)| SharedResult {
            answered_as: if teacher { Role::Teacher } else { Role::Leader },
            questionnaire_version: v,
            date: Some(Date::from_days(days)),
            name,
            answers,
        })
}

proptest! {
    /// What a name field keeps as it is typed is the longest start a link carries whole: a
    /// facilitator typing "Région de Québec, cohorte 2027" sees where the name stops.
    #[test]
    fn prop_a_fitted_name_is_kept_whole(typed in "\\PC{0,60}") {
        let fitted = fit_name(&typed);
        prop_assert!(typed.starts_with(fitted));
        prop_assert!(fitted.len() <= MAX_NAME_BYTES);
        // Longest: one more character would not fit.
        if let Some(next) = typed[fitted.len()..].chars().next() {
            prop_assert!(fitted.len() + next.len_utf8() > MAX_NAME_BYTES);
        }
        // And nothing of it is cut again on its way into a link.
        let r = result(Some(fitted), 5);
        let kept = decode(&encode(&r), V, 5).unwrap().name;
        prop_assert_eq!(kept, normalize_name(fitted));
    }

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

#[test]
fn names_drop_bidi_overrides_and_zero_width_characters() {
    assert_eq!(
        normalize_name("Ana\u{202E}zaiD").as_deref(),
        Some("AnazaiD")
    );
    assert_eq!(
        normalize_name("\u{200B}Bo\u{2066}b\u{2069}\u{FEFF}").as_deref(),
        Some("Bob")
    );
    assert_eq!(normalize_name("\u{202E}\u{200D}"), None);
    // A link made before, with such a name, still opens, and shows the clean name.
    let mut r = SharedResult {
        answered_as: Default::default(),
        questionnaire_version: 1,
        date: Date::new(2026, 11, 25),
        name: None,
        answers: vec![None; 3],
    };
    let code = encode(&r);
    let plain = decode(&code, 1, 3).expect("a plain link");
    assert_eq!(plain.name, None);
    r.name = Some("Ana\u{202E}x".to_string());
    let legacy = encode_unchecked_name(&r);
    assert_eq!(
        decode(&legacy, 1, 3)
            .expect("an older link")
            .name
            .as_deref(),
        Some("Anax")
    );
}

/// A link made with version 1 of the questionnaire (34 items, pillar `p`, item `i` at level
/// `(p + i) % 5 + 1`, named "Old Ada", 2026-11-23), as the build of that version wrote it.
const V1_LINK: &str = "AQFRLAEiKcqcpcpUpVKcKcqcpAdPbGQgQWRhZn42Og";

#[test]
fn a_link_of_an_older_questionnaire_opens_with_that_version() {
    use crate::core::questionnaire::{Migrations, Questionnaire};
    let q = Questionnaire::builtin();
    let v1 = Questionnaire::archived(
        include_str!("../../../../assets/content/questionnaire-v1.json"),
        1,
    )
    .unwrap();
    // With today's questionnaire: recognised as older, and a chain of migrations leads from it.
    assert_eq!(
        decode(V1_LINK, q.version, q.item_count()),
        Err(DecodeError::OlderVersion {
            found: 1,
            current: q.version
        })
    );
    assert!(Migrations::builtin().reaches(1, q.version));
    // With version 1's: what it showed then.
    let r = decode(V1_LINK, v1.version, v1.item_count()).unwrap();
    assert_eq!(r.name.as_deref(), Some("Old Ada"));
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2026-11-23"));
    let expected: Vec<Option<Answer>> = v1
        .pillars
        .iter()
        .enumerate()
        .flat_map(|(p, pillar)| {
            (0..pillar.items.len()).map(move |i| Some(lv(((p + i) % 5 + 1) as u8)))
        })
        .collect();
    assert_eq!(r.answers, expected);
    assert_eq!(encode(&r), V1_LINK, "the same code");
}
