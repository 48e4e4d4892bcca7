//! Tests of the board: intake, boards, aggregates and the threshold, team link, CSV, file.
use super::aggregate::quantile;
use super::*;
use crate::core::answers::{lv, Answer};
use crate::core::date::Date;
use crate::core::pillar::PillarId;
use crate::core::questionnaire::Questionnaire;
use crate::core::share::result_link::{encode, DecodeError, SharedResult};
use crate::core::transfer::CsvStyle;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use proptest::prelude::*;

fn q() -> &'static Questionnaire {
    Questionnaire::builtin()
}

fn day(iso: &str) -> Date {
    Date::parse(iso).expect("a date")
}

fn today() -> Date {
    day("2026-11-23")
}

/// An answer from a small number: 0 unanswered, 1..=5 a level, 6 not applicable.
fn answer(v: u8) -> Option<Answer> {
    match v {
        0 => None,
        6 => Some(Answer::NotApplicable),
        v => Some(lv(v)),
    }
}

/// A result whose answers are `values` repeated over every item.
fn result(name: Option<&str>, values: &[u8]) -> SharedResult {
    SharedResult {
        answered_as: Default::default(),
        questionnaire_version: q().version,
        date: Some(today()),
        name: name.map(str::to_string),
        answers: (0..q().item_count())
            .map(|i| answer(values[i % values.len()]))
            .collect(),
    }
}

/// A different complete result for every `seed` (its digits in base 5 are the first levels).
fn numbered(seed: usize) -> SharedResult {
    let mut r = result(None, &[3]);
    let mut s = seed;
    for a in r.answers.iter_mut() {
        *a = answer((s % 5) as u8 + 1);
        s /= 5;
    }
    r
}

/// Every item of pillar `p` at `level`, the others level 3.
fn pillar_at(levels: &[(usize, u8)]) -> SharedResult {
    let mut r = result(None, &[3]);
    let mut i = 0;
    for (p, pillar) in q().pillars.iter().enumerate() {
        for _ in &pillar.items {
            if let Some(&(_, l)) = levels.iter().find(|(lp, _)| *lp == p) {
                r.answers[i] = answer(l);
            }
            i += 1;
        }
    }
    r
}

fn link(r: &SharedResult) -> String {
    format!("https://example.org/pillars/#/r/{}", encode(r))
}

fn board() -> Board {
    Board::new(BoardId(1), "Lyon workshop", today())
}

fn board_of(results: &[SharedResult]) -> Board {
    let mut b = board();
    for r in results {
        b.add_result(r, q(), today());
    }
    b
}

fn pid(i: usize) -> PillarId {
    PillarId::from_index(i).expect("a pillar")
}

fn t(x: u8) -> Tenths {
    Tenths::new(x).expect("tenths")
}

fn words() -> CsvWords {
    let w = |s: &str| s.to_string();
    CsvWords {
        pillar: w("Pillar"),
        item: w("Item"),
        count: w("Results"),
        scored: w("Scored"),
        minimum: w("Min"),
        lower_quartile: w("Q1"),
        median: w("Median"),
        upper_quartile: w("Q3"),
        maximum: w("Max"),
        not_applicable: w("N/A"),
        mean: w("Mean"),
        disagreement: w("Disagreement"),
        participant: w("Participant"),
        date: w("Date"),
        style: CsvStyle::default(),
    }
}

/// How the board names a participant without a name.
fn person(n: u32) -> String {
    format!("Person {n}")
}

// ---------------------------------------------------------------- intake

#[test]
fn every_link_in_a_chat_export_is_found_and_classified_in_order() {
    let (a, b, c) = (
        result(Some("Ana"), &[1, 2, 3]),
        result(None, &[4, 5, 6]),
        result(None, &[2]),
    );
    let other_version = SharedResult {
        questionnaire_version: q().version + 1,
        ..result(None, &[3])
    };
    let mut damaged = encode(&c);
    damaged.replace_range(8..9, if &damaged[8..9] == "A" { "B" } else { "A" });
    let text = format!(
        "[09:01] Ana: here is mine {}.\n\
         [09:02] Ben: <{}>\n\
         [09:03] Ana again (http://192.168.1.20:8080/#/r/{})\n\
         [09:04] Cy: https://example.org/pillars/#/r/{damaged}, sorry\n\
         [09:05] Dee: <https://example.org/#/r/{}|my result>\n\
         [09:06] Old app: {}?utm=x",
        link(&a),
        link(&b),
        encode(&a),
        encode(&c),
        link(&other_version),
    );
    let mut bd = board();
    let intake = bd.add_text(&text, q(), today());
    assert_eq!(
        intake.outcomes,
        [
            Outcome::Added,
            Outcome::Added,
            Outcome::AlreadyOnBoard,
            Outcome::Damaged(DecodeError::ChecksumMismatch),
            Outcome::Added,
            Outcome::OtherVersion {
                found: q().version + 1,
                current: q().version
            },
        ]
    );
    assert_eq!((intake.skipped_links, intake.text_cut), (0, false));
    let tally = intake.tally();
    assert_eq!((tally.added, tally.already_on_board), (3, 1));
    assert_eq!(
        (tally.damaged, tally.other_version, tally.board_full),
        (1, 1, 0)
    );
    assert!(
        !intake.all_taken(),
        "a damaged link stays in the text, to be fixed"
    );
    // The same text again: the good links are on the board, the two others still are not.
    assert!(!bd.add_text(&text, q(), today()).all_taken());
    let good = format!("{} {}", link(&a), link(&b));
    assert!(
        bd.add_text(&good, q(), today()).all_taken(),
        "all there already"
    );
    assert!(
        !Intake::default().all_taken(),
        "no link found: the text stays"
    );
    assert_eq!(bd.entries().len(), 3);
    assert_eq!(bd.entries()[0].name(), Some("Ana"));
    assert_eq!(bd.entries()[0].added(), today());
    assert_eq!(bd.entries()[1].result(), &b);
}

#[test]
fn a_link_in_angle_brackets_may_be_wrapped_over_lines() {
    let r = result(Some("Zoë"), &[5, 4, 6]);
    let code = encode(&r);
    let (head, tail) = code.split_at(20);
    let text = format!("Mine:\n<https://example.org/#/r/{head}\n  {tail}>\nThanks");
    let mut bd = board();
    assert_eq!(bd.add_text(&text, q(), today()).outcomes, [Outcome::Added]);
    assert_eq!(bd.entries()[0].result(), &r);
    // Two links, the first left open: both read.
    let two = format!("<{} {}>", link(&numbered(1)), link(&numbered(2)));
    assert_eq!(
        board().add_text(&two, q(), today()).outcomes,
        [Outcome::Added; 2]
    );
    // Without brackets the wrapped tail is lost, and the link is damaged, not misread.
    let plain = format!("https://example.org/#/r/{head}\n{tail}");
    assert!(matches!(
        board().add_text(&plain, q(), today()).outcomes[..],
        [Outcome::Damaged(_)]
    ));
    // An opening bracket never closed: read as a plain link.
    let open = format!("<https://example.org/#/r/{code} thanks");
    assert_eq!(
        board().add_text(&open, q(), today()).outcomes,
        [Outcome::Added]
    );
}

#[test]
fn the_same_result_counts_once_whatever_surrounds_it() {
    let r = result(Some("Ana"), &[1, 2]);
    let code = encode(&r);
    let mut bd = board();
    let text = format!(
        "{}\nhttp://localhost:8080/#/r/{code}\n#/r/{code}\n<{}>",
        link(&r),
        link(&r)
    );
    let outcomes = bd.add_text(&text, q(), today()).outcomes;
    assert_eq!(outcomes[0], Outcome::Added);
    assert!(outcomes[1..].iter().all(|o| *o == Outcome::AlreadyOnBoard));
    assert_eq!(bd.entries().len(), 1);
    // The same answers with another name, or another day, are another result.
    let other = SharedResult {
        name: Some("Ben".into()),
        ..r.clone()
    };
    assert_eq!(bd.add_result(&other, q(), today()), Outcome::Added);
}

#[test]
fn text_without_links_adds_nothing() {
    let mut bd = board();
    for text in [
        "",
        "hello",
        "https://example.org/#/c/abc",
        "/r/rust on reddit",
    ] {
        assert_eq!(bd.add_text(text, q(), today()), Intake::default());
    }
    assert_eq!(
        bd.add_text("see #/r/ and #/r/.", q(), today()).outcomes,
        [Outcome::Damaged(DecodeError::Empty); 2]
    );
}

#[test]
fn a_paste_is_bounded_and_says_what_it_skipped() {
    let many = "#/r/x ".repeat(MAX_LINKS_PER_PASTE + 7);
    let found = find_codes(&many);
    assert_eq!(found.codes.len(), MAX_LINKS_PER_PASTE);
    assert_eq!((found.skipped_links, found.text_cut), (7, false));
    let long = format!("{}é{}", "a".repeat(MAX_PASTE_BYTES - 1), link(&numbered(1)));
    let found = find_codes(&long);
    assert!(found.text_cut);
    assert!(found.codes.is_empty());
    let huge_code = format!("#/r/{}", "A".repeat(MAX_CODE_CHARS * 3));
    assert_eq!(find_codes(&huge_code).codes[0].len(), MAX_CODE_CHARS);
}

#[test]
fn a_full_board_says_so_and_still_knows_its_results() {
    let mut bd = board();
    for i in 0..MAX_ENTRIES {
        assert_eq!(bd.add_result(&numbered(i), q(), today()), Outcome::Added);
    }
    assert!(bd.is_full());
    assert_eq!(
        bd.add_result(&numbered(MAX_ENTRIES), q(), today()),
        Outcome::BoardFull
    );
    assert_eq!(
        bd.add_result(&numbered(3), q(), today()),
        Outcome::AlreadyOnBoard
    );
}

#[test]
fn a_result_without_a_date_or_with_wrong_answers_is_damaged() {
    let mut bd = board();
    let undated = SharedResult {
        date: None,
        ..numbered(1)
    };
    assert_eq!(
        bd.add_result(&undated, q(), today()),
        Outcome::Damaged(DecodeError::InvalidDate)
    );
    let short = SharedResult {
        answers: vec![None; 3],
        ..numbered(1)
    };
    assert!(matches!(
        bd.add_result(&short, q(), today()),
        Outcome::Damaged(DecodeError::WrongItemCount { found: 3, .. })
    ));
}

// ---------------------------------------------------------------- boards

#[test]
fn boards_are_created_renamed_and_deleted() {
    let mut bs = Boards::new();
    let a = bs.create("Lyon", today()).unwrap();
    let b = bs
        .create("  Paris\u{202E}  2026 \u{200B}", day("2026-12-01"))
        .unwrap();
    assert_eq!((a, b), (BoardId(1), BoardId(2)));
    assert_eq!(
        bs.get(b).unwrap().name(),
        "Paris 2026",
        "cleaned like a link's name"
    );
    assert!(bs.rename(a, &"x".repeat(100)));
    assert_eq!(bs.get(a).unwrap().name().len(), 40);
    assert!(!bs.rename(BoardId(9), "nope"));
    assert!(bs.delete(a));
    assert!(!bs.delete(a));
    assert_eq!(bs.create("Again", today()), Some(BoardId(3)));
    assert_eq!(bs.list().len(), 2);
    let mut full = Boards::new();
    for _ in 0..MAX_BOARDS {
        assert!(full.create("b", today()).is_some());
    }
    assert_eq!(full.create("one more", today()), None);
}

#[test]
fn removing_a_participant_takes_only_them() {
    let mut bd = board_of(&[numbered(1), numbered(2), numbered(3)]);
    let code = bd.entries()[1].code().to_string();
    assert!(bd.remove(&code));
    assert!(!bd.remove(&code));
    assert_eq!(bd.entries().len(), 2);
    assert_eq!(bd.entries()[1].result(), &numbered(3));
    assert_eq!(bd.team(q()).results, 2);
}

#[test]
fn a_removed_participant_is_put_back_in_place_once() {
    let whole = board_of(&[numbered(1), numbered(2), numbered(3)]);
    let mut bd = whole.clone();
    let code = bd.entries()[1].code().to_string();
    let (at, entry) = bd.removal(&code).unwrap();
    assert!(bd.remove(&code));
    assert!(bd.restore(at, entry.clone()));
    assert_eq!(bd, whole);
    assert!(!bd.restore(at, entry), "already back: not twice");
    assert_eq!(bd, whole);
    assert_eq!(bd.removal("nope"), None);
}

#[test]
fn a_participants_number_is_kept_when_another_is_removed_and_read_back() {
    let mut bd = board_of(&[numbered(1), numbered(2), numbered(3)]);
    let numbers = |b: &Board| b.entries().iter().map(Entry::number).collect::<Vec<_>>();
    assert_eq!(numbers(&bd), [1, 2, 3]);
    let second = bd.entries()[1].code().to_string();
    assert!(bd.remove(&second));
    assert_eq!(numbers(&bd), [1, 3], "the third stays the third");
    // A participant added later gets a number none has had since the largest.
    bd.add_result(&numbered(4), q(), today());
    assert_eq!(numbers(&bd), [1, 3, 4]);
    // Stored and read back, the numbers stay.
    let mut bs = Boards::new();
    bs.adopt(bd.clone());
    let back = Boards::from_json(&bs.to_json(), q()).unwrap();
    assert_eq!(numbers(&back.list()[0]), [1, 3, 4]);
    // A file of an earlier build has none: its entries are numbered in order. A number given
    // twice is given once; the second gets the next.
    let code = |i: usize| bd.entries()[i].code().to_string();
    let old = format!(
        r#"{{"kind":"pillars-board","format":1,"boards":[{{"id":1,"date":"2026-11-23","entries":[{{"code":"{}","added":"2026-11-23"}},{{"code":"{}","added":"2026-11-23","n":7}},{{"code":"{}","added":"2026-11-23","n":7}}]}}]}}"#,
        code(0),
        code(1),
        code(2)
    );
    let read = Boards::from_json(&old, q()).unwrap();
    assert_eq!(numbers(&read.list()[0]), [1, 7, 8]);
    // A number out of range in a file is not taken.
    let huge = old.replace(r#""n":7}"#, r#""n":4294967295}"#);
    assert_eq!(
        numbers(&Boards::from_json(&huge, q()).unwrap().list()[0]),
        [1, 2, 3]
    );
}

#[test]
fn a_removed_participants_number_is_never_given_again_and_an_undo_never_doubles_one() {
    let mut bd = board_of(&[numbered(1), numbered(2), numbered(3)]);
    let numbers = |b: &Board| b.entries().iter().map(Entry::number).collect::<Vec<_>>();
    let third = bd.entries()[2].code().to_string();
    let (at, entry) = bd.removal(&third).unwrap();
    assert!(bd.remove(&third));
    // The next participant is 4, not the 3 just removed, also once stored and read back.
    let mut bs = Boards::new();
    bs.adopt(bd.clone());
    let mut bd = Boards::from_json(&bs.to_json(), q())
        .unwrap()
        .into_list()
        .remove(0);
    bd.add_result(&numbered(4), q(), today());
    assert_eq!(numbers(&bd), [1, 2, 4]);
    assert!(bd.restore(at, entry));
    assert_eq!(numbers(&bd), [1, 2, 3, 4], "back with its number");
    // Where another tab's participant has its number meanwhile, it comes back with a fresh one.
    let mut mine = board_of(&[numbered(1), numbered(2), numbered(3)]);
    let (at, entry) = mine.removal(&third).unwrap();
    assert!(mine.remove(&third));
    let theirs = board_of(&[numbered(1), numbered(2), numbered(5)]);
    mine.add_board(&theirs, q(), true);
    assert_eq!(
        numbers(&mine),
        [1, 2, 3],
        "their third keeps its number, free here"
    );
    assert!(mine.restore(at, entry));
    assert_eq!(numbers(&mine), [1, 2, 4, 3]);
    // A board file taken into a board gets fresh numbers; another tab's board keeps its own.
    let mut mine = board_of(&[numbered(1)]);
    let theirs = board_of(&[numbered(1), numbered(2), numbered(3)]);
    mine.add_board(&theirs, q(), false);
    assert_eq!(numbers(&mine), [1, 2, 3]);
    let mut mine = board_of(&[numbered(1)]);
    let mut theirs = board_of(&[numbered(1), numbered(2), numbered(3)]);
    let second = theirs.entries()[1].code().to_string();
    theirs.remove(&second);
    mine.add_board(&theirs, q(), true);
    assert_eq!(numbers(&mine), [1, 3]);
}

#[test]
fn another_board_is_taken_in_like_a_paste() {
    let mut mine = board_of(&[numbered(1), numbered(2)]);
    let mut theirs = Board::new(BoardId(7), "Other room", today());
    theirs.add_result(&numbered(2), q(), day("2026-11-01"));
    theirs.add_result(&numbered(5), q(), day("2026-11-02"));
    assert_eq!(
        mine.add_board(&theirs, q(), false),
        [Outcome::AlreadyOnBoard, Outcome::Added]
    );
    assert_eq!(mine.entries()[2].added(), day("2026-11-02"));
    let mut bs = Boards::new();
    bs.create("first", today());
    assert_eq!(bs.adopt(theirs), Some(BoardId(2)));
    assert_eq!(bs.get(BoardId(2)).unwrap().name(), "Other room");
}

#[test]
fn two_tabs_boards_merge_with_nothing_lost() {
    let mut start = Boards::new();
    let room = start.create("Room", today()).unwrap();
    start
        .get_mut(room)
        .unwrap()
        .add_result(&numbered(1), q(), today());
    // This tab adds a result and a board of its own; the other tab adds another result and
    // another board that got the same id.
    let mut mine = start.clone();
    mine.get_mut(room)
        .unwrap()
        .add_result(&numbered(2), q(), today());
    mine.create("Mine", today());
    let mut theirs = start;
    theirs
        .get_mut(room)
        .unwrap()
        .add_result(&numbered(3), q(), today());
    theirs.create("Theirs", today());
    mine.merge(&theirs, q());
    let names: Vec<&str> = mine.list().iter().map(|b| b.name()).collect();
    assert_eq!(names, ["Room", "Mine", "Theirs"]);
    let shared = mine.get(room).unwrap();
    let results: Vec<&SharedResult> = shared.entries().iter().map(|e| e.result()).collect();
    assert_eq!(results, [&numbered(1), &numbered(2), &numbered(3)]);
    // Taking the same in again changes nothing.
    let once = mine.clone();
    mine.merge(&theirs, q());
    assert_eq!(mine, once);
}

#[test]
fn two_tabs_boards_merge_keeps_what_either_removed_removed() {
    let mut base = Boards::new();
    let room = base.create("Room", today()).unwrap();
    let gone = base.create("Gone", today()).unwrap();
    let kept = base.create("Kept", today()).unwrap();
    for n in 1..=3 {
        let b = base.get_mut(room).unwrap();
        b.add_result(&numbered(n), q(), today());
    }
    base.get_mut(kept)
        .unwrap()
        .add_result(&numbered(9), q(), today());
    // This tab (whose save failed) removed participant 1 and deleted "Gone"; the other tab
    // removed participant 2, added 4, deleted "Kept" which this tab had changed meanwhile.
    let mut mine = base.clone();
    let code = |bs: &Boards, n: usize| bs.get(room).unwrap().entries()[n].code().to_string();
    let first = code(&base, 0);
    let second = code(&base, 1);
    assert!(mine.get_mut(room).unwrap().remove(&first));
    assert!(mine.delete(gone));
    mine.get_mut(kept)
        .unwrap()
        .add_result(&numbered(10), q(), today());
    let mut theirs = base.clone();
    assert!(theirs.get_mut(room).unwrap().remove(&second));
    theirs
        .get_mut(room)
        .unwrap()
        .add_result(&numbered(4), q(), today());
    assert!(theirs.delete(kept));

    let mut merged = mine.clone();
    merged.merge_since(&base, &theirs, q());
    let names: Vec<&str> = merged.list().iter().map(|b| b.name()).collect();
    assert_eq!(
        names,
        ["Room", "Kept"],
        "a changed board outlives the other tab's delete"
    );
    let results: Vec<&SharedResult> = (merged.get(room).unwrap().entries().iter())
        .map(|e| e.result())
        .collect();
    assert_eq!(results, [&numbered(3), &numbered(4)]);
    assert_eq!(merged.get(kept).unwrap().entries().len(), 2);
    // Again, nothing changes; with no common base it is the plain union (nothing lost).
    let once = merged.clone();
    merged.merge_since(&base, &theirs, q());
    assert_eq!(merged, once);
    let mut union = mine.clone();
    union.merge_since(&Boards::new(), &theirs, q());
    let mut plain = mine;
    plain.merge(&theirs, q());
    assert_eq!(union, plain);
}

#[test]
fn the_threshold_is_three_by_default_and_never_lower() {
    assert_eq!(Threshold::default().get(), 3);
    assert_eq!(Threshold::new(0).get(), 3);
    assert_eq!(Threshold::new(2).get(), 3);
    assert_eq!(Threshold::new(7).get(), 7);
    assert_eq!(Threshold::new(100_000), Threshold::MAX);
    let mut bd = board();
    bd.set_threshold(1);
    assert_eq!(bd.threshold().get(), 3);
    bd.set_threshold(5);
    assert_eq!(bd.threshold().get(), 5);
    assert_eq!(serde_json::from_str::<Threshold>("1").unwrap().get(), 3);
}

// ---------------------------------------------------------------- aggregates

#[test]
fn quartiles_interpolate_between_closest_ranks_like_quartile_inc() {
    // Worked by hand: n = 4, h = 3p: Q1 = 1 + 0.75·1 = 1.75 → 1.8, median 2.5, Q3 = 3.25 → 3.3.
    let v = [1.0, 2.0, 3.0, 4.0];
    let q: Vec<u8> = (0..=4).map(|i| quantile(&v, i).get()).collect();
    assert_eq!(q, [10, 18, 25, 33, 40]);
    // n = 5, h = 4p falls on ranks: 2, 3, 3.5, 4, 5.
    let v = [2.0, 3.0, 3.5, 4.0, 5.0];
    let q: Vec<u8> = (0..=4).map(|i| quantile(&v, i).get()).collect();
    assert_eq!(q, [20, 30, 35, 40, 50]);
    // n = 6: h = 1.25, 2.5, 3.75 over 1.2, 1.4, 2.0, 2.6, 4.4, 5.0 → 1.55, 2.3, 3.95 → 1.6, 2.3, 4.0.
    let v = [1.2, 1.4, 2.0, 2.6, 4.4, 5.0];
    let q: Vec<u8> = (0..=4).map(|i| quantile(&v, i).get()).collect();
    assert_eq!(q, [12, 16, 23, 40, 50]);
    assert_eq!(quantile(&[3.0], 1).get(), 30);
}

#[test]
fn a_pillar_shows_the_spread_of_the_participants_scores() {
    // Pillar 0 (5 items): everyone at one level, except one with 1, 2, 2, 2, 2 (mean 1.8).
    assert_eq!(
        q().pillars[0].items.len(),
        5,
        "the values below are worked for five items"
    );
    let mut odd = pillar_at(&[(0, 2)]);
    odd.answers[0] = answer(1);
    let results = [
        pillar_at(&[(0, 4)]),
        odd,
        pillar_at(&[(0, 3)]),
        pillar_at(&[(0, 1)]),
    ];
    let team = board_of(&results).team(q());
    // Scores 1.0, 1.8, 3.0, 4.0: Q1 = 1.0 + 0.75·0.8 = 1.6, median 2.4, Q3 = 3.0 + 0.25 = 3.25.
    assert_eq!(
        team.pillars[pid(0)],
        Guarded::Shown(PillarStats {
            pillar: pid(0),
            count: 4,
            min: t(10),
            q1: t(16),
            median: t(24),
            q3: t(33),
            max: t(40),
        })
    );
    // The other pillars: everyone at 3.
    let s = team.pillars[pid(1)].shown().unwrap();
    assert_eq!((s.min, s.median, s.max), (t(30), t(30), t(30)));
}

#[test]
fn not_applicable_and_unanswered_are_left_out_of_a_pillars_count() {
    let mut a = numbered(1);
    let n = q().pillars[0].items.len();
    for x in &mut a.answers[..n] {
        *x = Some(Answer::NotApplicable);
    }
    let mut b = numbered(2);
    for x in &mut b.answers[..n] {
        *x = None;
    }
    let team = board_of(&[a, b, numbered(3), numbered(4)]).team(q());
    assert_eq!(team.pillars[pid(0)], Guarded::Withheld { count: 2 });
    assert_eq!(team.pillars[pid(1)].count(), 4);
    // Item 0: one not applicable, one unanswered: 3 answered, shown.
    let item = team.items[0].shown().unwrap();
    assert_eq!(
        (item.answered(), item.rated(), item.not_applicable),
        (3, 2, 1)
    );
}

#[test]
fn items_show_their_distribution_and_the_room_disagrees_most_first() {
    // Items 0, 1, 2, 3 across four people: 1 1 5 5; 3 3 3 3; 2 3 3 4; 5 4 N/A unanswered.
    let columns: [[u8; 4]; 4] = [[1, 3, 2, 5], [1, 3, 3, 4], [5, 3, 3, 6], [5, 3, 4, 0]];
    let results: Vec<SharedResult> = columns
        .iter()
        .map(|c| {
            let mut r = result(None, &[3]);
            for (i, &v) in c.iter().enumerate() {
                r.answers[i] = answer(v);
            }
            r
        })
        .collect();
    let team = board_of(&results).team(q());
    let item = |i: usize| team.items[i].shown().unwrap();
    assert_eq!(item(0).levels, [2, 0, 0, 0, 2]);
    assert_eq!(item(3).levels, [0, 0, 0, 1, 1]);
    assert_eq!((item(3).not_applicable, item(3).answered()), (1, 3));
    // Pairs' differences: item 0: 4 pairs 4 apart of 6 → 2.67; item 2: (1+1+2+0+1+1)/6 = 1;
    // item 3: one pair, 1 apart → 1 (fewer levels given, so after item 2); the rest 0.
    let d = |i: usize| item(i).disagreement().unwrap();
    assert!((d(0) - 16.0 / 6.0).abs() < 1e-9);
    assert_eq!((d(1), d(2), d(3)), (0.0, 1.0, 1.0));
    let order: Vec<usize> = team.most_disagreed().iter().map(|s| s.item).collect();
    assert_eq!(order[..3], [0, 2, 3]);
    assert_eq!(order.len(), q().item_count());
    assert_eq!(item(3).mean(), Some(4.5));
    // Strongest: item 3 (4.5), then the 3.0 items (each from four levels) in questionnaire
    // order; the weakest are the next 3.0 items, never the strongest ones.
    let items = |v: Vec<&ItemStats>| v.iter().map(|s| s.item).collect::<Vec<_>>();
    assert_eq!(items(team.strongest_items(2)), [3, 0]);
    assert_eq!(items(team.weakest_items(2)), [1, 2]);
    assert_eq!(items(team.weakest_items(40)).len(), q().item_count());
}

#[test]
fn the_weakest_pillars_have_the_lowest_medians() {
    let results = [
        pillar_at(&[(2, 1), (5, 2)]),
        pillar_at(&[(2, 2), (5, 2)]),
        pillar_at(&[(2, 2), (5, 1), (6, 2)]),
    ];
    let team = board_of(&results).team(q());
    // Pillar 2: median 2.0, Q1 1.5; pillar 5: median 2.0, Q1 1.5 too, Q3 2.0 both → order;
    // pillar 6: median 3.0, min 2.
    assert_eq!(team.weakest_pillars(3), [pid(2), pid(5), pid(6)]);
    assert_eq!(team.weakest_pillars(1), [pid(2)]);
}

#[test]
fn below_the_threshold_nothing_is_shown() {
    let bd = board_of(&[numbered(1), numbered(2)]);
    let team = bd.team(q());
    assert!(!team.is_shown());
    assert!(team.pillars.iter().all(|(_, g)| !g.is_shown()));
    assert!(team
        .items
        .iter()
        .all(|g| *g == Guarded::Withheld { count: 2 }));
    assert!(team.most_disagreed().is_empty());
    assert!(team.strongest_items(3).is_empty());
    assert!(team.weakest_pillars(3).is_empty());
    assert_eq!(
        bd.team_link(q()).encode(q()),
        Err(TeamLinkError::BelowThreshold { count: 2, k: 3 })
    );
    // A raised threshold withholds again.
    let mut bd = board_of(&[numbered(1), numbered(2), numbered(3)]);
    assert!(bd.team(q()).is_shown());
    bd.set_threshold(4);
    assert!(!bd.team(q()).is_shown());
}

// ---------------------------------------------------------------- CSV

#[test]
fn the_csv_has_the_pillars_then_the_items_then_people_only_when_names_are_shown() {
    let results = [
        result(Some("=HYPERLINK(\"x\")"), &[1, 2]),
        result(Some("Ben"), &[4, 6]),
        result(None, &[3, 5]),
    ];
    let bd = board_of(&results);
    let hidden = board_csv(q(), &bd, &words(), Names::Hidden, &person);
    let hidden = hidden
        .strip_prefix('\u{FEFF}')
        .expect("a byte-order mark first");
    let sections: Vec<&str> = hidden.split("\r\n\r\n").collect();
    assert_eq!(sections.len(), 2);
    let pillars: Vec<&str> = sections[0].lines().collect();
    assert_eq!(
        pillars[0],
        "\"Pillar\",\"Scored\",\"Min\",\"Q1\",\"Median\",\"Q3\",\"Max\""
    );
    assert_eq!(pillars.len(), 1 + q().pillars.len());
    assert!(pillars[1].starts_with(&format!("\"{}\",3,", q().pillars[0].name)));
    let items: Vec<&str> = sections[1].lines().collect();
    assert_eq!(items.len(), 1 + q().item_count());
    assert!(items[0].ends_with(",\"N/A\",\"Mean\",\"Disagreement\""));
    assert!(!hidden.contains("Ben") && !hidden.contains("HYPERLINK"));

    let shown = board_csv(q(), &bd, &words(), Names::Shown, &person);
    let people: Vec<&str> = shown.split("\r\n\r\n").nth(2).unwrap().lines().collect();
    assert_eq!(people.len(), 4);
    assert!(people[1].starts_with("\"'=HYPERLINK(\"\"x\"\")\",\"2026-11-23\","));
    assert!(people[2].starts_with("\"Ben\","));
    // Unnamed, as the board names them.
    assert!(people[3].starts_with("\"Person 3\","));
}

#[test]
fn csv_cells_are_neutralised_and_quoted() {
    for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
        assert!(csv::cell(bad).starts_with("\"'"), "{bad:?}");
    }
    assert_eq!(csv::cell("a \"b\", c"), "\"a \"\"b\"\", c\"");
}

#[test]
fn below_the_threshold_the_csv_has_counts_only_even_with_names_shown() {
    let bd = board_of(&[result(Some("Ana"), &[1]), result(Some("Ben"), &[5])]);
    let csv = board_csv(q(), &bd, &words(), Names::Shown, &person);
    assert_withheld_csv(&csv);
    assert!(!csv.contains("Ana"));
}

/// A CSV below k: no per-person section, and every row's cells after its count are empty
/// (5 statistics per pillar, 8 per item).
fn assert_withheld_csv(csv: &str) {
    let sections: Vec<&str> = csv.split("\r\n\r\n").collect();
    assert_eq!(sections.len(), 2, "no per-person section");
    for (section, empty) in sections.iter().zip([5, 8]) {
        for line in section.lines().skip(1) {
            assert!(line.ends_with(&",".repeat(empty)), "{line}");
            let count = line.trim_end_matches(',').rsplit(',').next().unwrap();
            assert!(count.parse::<usize>().is_ok(), "{line}");
        }
    }
}

// ---------------------------------------------------------------- team link

#[test]
fn a_team_link_carries_the_aggregates_and_no_name() {
    let results: Vec<SharedResult> = (0..30)
        .map(|i| SharedResult {
            name: Some(format!("Participant {i}")),
            ..numbered(i * 7919)
        })
        .collect();
    let bd = board_of(&results);
    let link = bd.team_link(q());
    let code = link.encode(q()).unwrap();
    assert!(code.len() < 400, "{} characters", code.len());
    assert!(code.starts_with('g'), "format 0x81");
    let back = TeamLink::decode(&code, q()).unwrap();
    assert_eq!(back, link);
    assert_eq!(back.name.as_deref(), Some("Lyon workshop"));
    assert_eq!(back.date, Some(today()));
    assert_eq!(back.team, bd.team(q()));
    let bytes = URL_SAFE_NO_PAD.decode(&code).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("Participant"));
    // Whitespace (a wrapped link) is ignored.
    let wrapped = format!("{}\n {}", &code[..50], &code[50..]);
    assert_eq!(TeamLink::decode(&wrapped, q()), Ok(link));
}

#[test]
fn a_team_link_decoder_refuses_what_is_not_one() {
    let r = numbered(1);
    let d = |c: &str| TeamLink::decode(c, q());
    assert_eq!(d(&encode(&r)), Err(TeamLinkError::NotATeamLink));
    assert_eq!(d(""), Err(TeamLinkError::Empty));
    assert_eq!(d("not a code!"), Err(TeamLinkError::NotACode));
    assert_eq!(d("g"), Err(TeamLinkError::Truncated));
    assert_eq!(
        d(&"A".repeat(MAX_TEAM_CODE_CHARS + 1)),
        Err(TeamLinkError::TooLong)
    );
    let bd = board_of(&[numbered(1), numbered(2), numbered(3)]);
    let code = bd.team_link(q()).encode(q()).unwrap();
    let mut bad = code.clone();
    bad.replace_range(10..11, if &code[10..11] == "A" { "B" } else { "A" });
    assert_eq!(d(&bad), Err(TeamLinkError::ChecksumMismatch));
    let mut newer = URL_SAFE_NO_PAD.decode(&code).unwrap();
    newer.truncate(newer.len() - 4);
    let reseal = |mut p: Vec<u8>| {
        let crc = crate::core::share::result_link::crc32(&p);
        p.extend_from_slice(&crc.to_be_bytes());
        URL_SAFE_NO_PAD.encode(p)
    };
    let mut other = newer.clone();
    other[1] = q().version + 1;
    assert_eq!(
        d(&reseal(other)),
        Err(TeamLinkError::OtherVersion {
            found: q().version + 1,
            current: q().version
        })
    );
    let mut low_k = newer.clone();
    low_k[4] = 2;
    assert_eq!(d(&reseal(low_k)), Err(TeamLinkError::Invalid));
    newer[0] = TEAM_FORMAT + 1;
    assert_eq!(d(&reseal(newer)), Err(TeamLinkError::NewerFormat));
    // A team link pasted where results are gathered is not a result.
    let text = format!("https://example.org/#{TEAM_ROUTE}{code}");
    assert_eq!(board().add_text(&text, q(), today()), Intake::default());
}

// ---------------------------------------------------------------- board file

#[test]
fn boards_round_trip_through_their_file() {
    let mut bs = Boards::new();
    let a = bs.create("Lyon", today()).unwrap();
    bs.create("", day("2027-01-05")).unwrap();
    let b = bs.get_mut(a).unwrap();
    b.add_result(&result(Some("Ana \"A\""), &[1, 6]), q(), today());
    b.add_result(&numbered(9), q(), day("2026-11-24"));
    b.set_threshold(4);
    let json = bs.to_json();
    assert!(json.starts_with("{\"kind\":\"pillars-board\",\"format\":1,"));
    assert_eq!(Boards::from_json(&json, q()), Ok(bs.clone()));
    let file = bs.get(a).unwrap().to_file_json();
    let read = Boards::from_json(&file, q()).unwrap().into_list();
    assert_eq!(read, [bs.get(a).unwrap().clone()]);
}

#[test]
fn the_most_boards_can_hold_is_within_the_file_limit() {
    let mut bd = Board::new(BoardId(u32::MAX), &"é".repeat(40), today());
    for i in 0..MAX_ENTRIES {
        let r = SharedResult {
            name: Some(format!("{i:0>40}")),
            ..numbered(i)
        };
        assert_eq!(bd.add_result(&r, q(), today()), Outcome::Added);
    }
    // The downloaded file, as the browser indents it (two spaces, like serde_json's pretty form).
    let compact = bd.to_file_json();
    let value: serde_json::Value = serde_json::from_str(&compact).unwrap();
    let one = serde_json::to_string_pretty(&value).unwrap().len();
    let mut bs = Boards::new();
    bs.push(bd);
    assert!(bs.to_json().len() < one);
    assert!(
        one * MAX_BOARDS < MAX_BOARD_FILE_BYTES,
        "{one} bytes a board"
    );
}

#[test]
fn entries_this_build_cannot_read_are_kept_aside_not_lost() {
    let other = encode(&SharedResult {
        questionnaire_version: q().version + 1,
        ..numbered(1)
    });
    let good = encode(&numbered(2));
    let json = format!(
        r#"{{"kind":"pillars-board","format":1,"future":true,"boards":[{{"id":4,"date":"2026-11-23",
        "entries":[{{"code":"{other}","added":"2026-11-20"}},{{"code":"{good}","added":"2026-11-21"}},
        {{"code":"{good}","added":"2026-11-22"}},{{"code":"garbage","added":"2026-11-22"}}]}}]}}"#
    );
    let bs = Boards::from_json(&json, q()).unwrap();
    let b = bs.get(BoardId(4)).unwrap();
    assert_eq!((b.name(), b.threshold().get()), ("", 3));
    assert_eq!(b.entries().len(), 1, "the repeated entry once");
    assert_eq!(b.entries()[0].added(), day("2026-11-21"));
    let aside: Vec<&str> = b.set_aside().iter().map(|e| e.code.as_str()).collect();
    assert_eq!(aside, [other.as_str(), "garbage"]);
    let again = Boards::from_json(&bs.to_json(), q()).unwrap();
    assert_eq!(again, bs);
    let mut b = b.clone();
    assert!(b.remove("garbage"));
    assert_eq!(b.set_aside().len(), 1);
}

#[test]
fn one_damaged_board_or_result_leaves_the_others_readable() {
    let good = encode(&numbered(2));
    let also = encode(&numbered(3));
    let json = format!(
        r#"{{"kind":"pillars-board","format":1,"boards":[
        {{"id":1,"date":"2026-02-30","entries":[{{"code":"{good}","added":"2026-11-20x"}}]}},
        {{"id":5,"name":"Dated by its result","entries":[{{"code":"{good}","added":"2026-11-19"}}]}},
        {{"id":2,"name":7,"date":"2026-11-23","threshold":"x","entries":[
            {{"code":"{good}","added":"yesterday"}}, {{"code":12}}, "{also}", null,
            {{"code":"{also}","added":"2026-11-21"}}, {{"code":"{}"}}]}},
        {{"id":2,"name":"Same id","date":"2026-11-24","entries":{{}}}},
        {{"name":"No id","date":"2026-11-25"}},
        42]}}"#,
        "A".repeat(MAX_CODE_CHARS + 1)
    );
    let read = Boards::read(&json, q()).unwrap();
    // The board without a date (and its one result), the result whose code is a number, the
    // list element that is a bare code, null, the overlong code, the entries that are not a
    // list, the board that is a number.
    assert_eq!(read.left_out, 2 + 1 + 1 + 1 + 1 + 1 + 1);
    let boards = read.boards.list();
    let names: Vec<&str> = boards.iter().map(|b| b.name()).collect();
    assert_eq!(names, ["Dated by its result", "", "Same id", "No id"]);
    let two = &boards[1];
    assert_eq!(
        (two.id(), two.date(), two.threshold()),
        (BoardId(2), day("2026-11-23"), Threshold::default())
    );
    let added: Vec<Date> = two.entries().iter().map(|e| e.added()).collect();
    assert_eq!(
        added,
        [day("2026-11-23"), day("2026-11-21")],
        "a day that does not read is the board's"
    );
    let ids: Vec<u32> = boards.iter().map(|b| b.id().0).collect();
    assert_eq!(ids, [5, 2, 6, 7], "a taken or missing id is a fresh one");
    assert_eq!(boards[0].date(), day("2026-11-19"));
    // Written back, what was read reads again whole.
    let again = Boards::read(&read.boards.to_json(), q()).unwrap();
    assert_eq!((again.boards, again.left_out), (read.boards.clone(), 0));
}

#[test]
fn a_board_files_unreadable_results_are_said_when_taken_in_and_kept_when_merged() {
    let other = encode(&SharedResult {
        questionnaire_version: q().version + 1,
        ..numbered(1)
    });
    let good = encode(&numbered(2));
    let json = format!(
        r#"{{"kind":"pillars-board","format":1,"boards":[{{"id":1,"date":"2026-11-23",
        "entries":[{{"code":"{good}"}},{{"code":"{other}"}},{{"code":"garbage"}}]}}]}}"#
    );
    let file = Boards::read(&json, q()).unwrap().boards;
    let mut mine = Board::new(BoardId(9), "Mine", today());
    let outcomes = mine.add_board(&file.list()[0], q(), false);
    assert_eq!(outcomes.len(), 3);
    assert_eq!(outcomes[0], Outcome::Added);
    assert!(matches!(outcomes[1], Outcome::OtherVersion { .. }));
    assert!(matches!(outcomes[2], Outcome::Damaged(_)));
    assert!(
        mine.set_aside().is_empty(),
        "an import says them and does not take them"
    );
    // Two tabs of the same facilitator: what one kept aside, the merge keeps (once).
    let mut here = file.clone();
    here.get_mut(BoardId(1)).unwrap().remove(&other);
    here.merge(&file, q());
    here.merge(&file, q());
    let aside: Vec<&str> = here.list()[0]
        .set_aside()
        .iter()
        .map(|e| e.code.as_str())
        .collect();
    assert_eq!(aside, ["garbage", other.as_str()]);
}

#[test]
fn a_board_file_is_checked_before_it_is_read() {
    let e = |t: &str| Boards::from_json(t, q());
    assert_eq!(e("nope"), Err(BoardFileError::NotJson));
    assert_eq!(e("[1,2]"), Err(BoardFileError::NotABoardFile));
    assert_eq!(
        e(r#"{"kind":"pillars-export","format":2}"#),
        Err(BoardFileError::OtherPillarsFile)
    );
    assert_eq!(
        e(r#"{"format":"pillars-collection","version":1}"#),
        Err(BoardFileError::OtherPillarsFile)
    );
    assert_eq!(
        e(r#"{"kind":"pillars-board","format":2,"boards":[]}"#),
        Err(BoardFileError::NewerFormat)
    );
    assert_eq!(
        e(r#"{"kind":"pillars-board","format":"1","boards":[]}"#),
        Err(BoardFileError::UnknownFormat)
    );
    assert_eq!(
        e(r#"{"kind":"pillars-board","format":1,"boards":{}}"#),
        Err(BoardFileError::Damaged)
    );
    assert_eq!(
        e(r#"{"kind":"pillars-board","format":1}"#),
        Err(BoardFileError::Damaged),
        "no boards"
    );
    let many = vec![r#"{"id":1,"date":"2026-11-23"}"#; MAX_BOARDS + 1].join(",");
    assert_eq!(
        e(&format!(
            r#"{{"kind":"pillars-board","format":1,"boards":[{many}]}}"#
        )),
        Err(BoardFileError::TooManyBoards)
    );
    let entries = vec![r#"{"code":"x","added":"2026-11-23"}"#; MAX_ENTRIES + 1].join(",");
    assert_eq!(
        e(&format!(
            r#"{{"kind":"pillars-board","format":1,"boards":[{{"id":1,"date":"2026-11-23","entries":[{entries}]}}]}}"#
        )),
        Err(BoardFileError::TooManyEntries { board: 0 })
    );
    assert_eq!(
        e(&" ".repeat(MAX_BOARD_FILE_BYTES + 1)),
        Err(BoardFileError::TooLarge)
    );
    assert_eq!(
        e("\u{feff}{\"kind\":\"pillars-board\",\"format\":1,\"boards\":[]}"),
        Ok(Boards::new())
    );
}

// ---------------------------------------------------------------- properties

fn any_result() -> impl Strategy<Value = SharedResult> {
    (
        proptest::collection::vec(0u8..=6, q().item_count()),
        proptest::option::of("[A-Za-z=+@ é]{0,12}"),
        18_000i32..22_000,
    )
        .prop_map(|(values, name, days)| SharedResult {
            answered_as: Default::default(),
            questionnaire_version: q().version,
            date: Some(Date::from_days(days)),
            name,
            answers: values.into_iter().map(answer).collect(),
        })
}

/// Results as a board holds them (as decoded: names normalised).
fn decoded(rs: &[SharedResult]) -> Vec<SharedResult> {
    board_of(rs)
        .entries()
        .iter()
        .map(|e| e.result().clone())
        .collect()
}

/// Pieces of pasted text: links, their parts, brackets and noise.
fn any_paste() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any_result().prop_map(|r| link(&r)),
        any_result().prop_map(|r| encode(&r)),
        Just(RESULT_MARKER.to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("\n".to_string()),
        Just(" ".to_string()),
        ".*",
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

/// One change to a text: delete, insert or replace a character at a position.
fn mutate(s: &str, at: usize, what: u8, c: char) -> String {
    let chars: Vec<char> = s.chars().collect();
    let at = at % (chars.len() + 1);
    let mut out = chars.clone();
    match what % 3 {
        0 if at < out.len() => {
            out.remove(at);
        }
        1 => out.insert(at, c),
        _ if at < out.len() => out[at] = c,
        _ => out.push(c),
    }
    out.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn intake_never_panics_on_any_text(text in any_paste(), noise in ".*") {
        let mut bd = board();
        let markers = text.matches(RESULT_MARKER).count();
        let intake = bd.add_text(&text, q(), today());
        prop_assert_eq!(intake.outcomes.len(), markers);
        prop_assert!(bd.entries().len() <= markers);
        bd.add_text(&noise, q(), today());
    }

    #[test]
    fn intake_never_panics_on_a_mutated_link(
        r in any_result(), at in any::<usize>(), what in any::<u8>(), c in any::<char>(),
    ) {
        let text = format!("Here: {} thanks", link(&r));
        let mutated = mutate(&text, at, what, c);
        let mut bd = board();
        let intake = bd.add_text(&mutated, q(), today());
        prop_assert!(intake.outcomes.len() <= 2);
        // Whatever was added is a sound result of this questionnaire.
        for e in bd.entries() {
            prop_assert_eq!(e.result().answers.len(), q().item_count());
        }
    }

    #[test]
    fn the_order_of_results_does_not_matter(
        rs in proptest::collection::vec(any_result(), 0..10),
        k in 3usize..6,
        seed in any::<u64>(),
    ) {
        let rs = decoded(&rs);
        let mut shuffled = rs.clone();
        // A deterministic shuffle from the seed.
        let mut s = seed;
        for i in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            shuffled.swap(i, (s >> 33) as usize % (i + 1));
        }
        let k = Threshold::new(k);
        let a = Team::of(q(), &rs, k);
        let b = Team::of(q(), &shuffled, k);
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(a.most_disagreed(), b.most_disagreed());
        prop_assert_eq!(a.weakest_items(3), b.weakest_items(3));
        prop_assert_eq!(a.weakest_pillars(2), b.weakest_pillars(2));
        prop_assert_eq!(team_csv(q(), &a, &words()), team_csv(q(), &b, &words()));
    }

    #[test]
    fn adding_a_duplicate_changes_nothing(
        rs in proptest::collection::vec(any_result(), 1..10),
        which in any::<usize>(),
    ) {
        let mut bd = board_of(&rs);
        let before = bd.clone();
        let entries = bd.entries().len();
        let again = bd.entries()[which % entries].code().to_string();
        let text = format!("again: <http://10.0.0.1/x/#/r/{}>.", again);
        prop_assert_eq!(bd.add_text(&text, q(), today()).outcomes, [Outcome::AlreadyOnBoard]);
        prop_assert_eq!(&bd, &before);
        prop_assert_eq!(bd.team(q()), before.team(q()));
    }

    #[test]
    fn below_the_threshold_nothing_leaks(
        rs in proptest::collection::vec(any_result(), 0..6),
        k in 3usize..8,
    ) {
        let mut bd = board_of(&rs);
        bd.set_threshold(k);
        prop_assume!(bd.entries().len() < k);
        let team = bd.team(q());
        prop_assert!(!team.is_shown());
        prop_assert!(team.pillars.iter().all(|(_, g)| !g.is_shown()));
        prop_assert!(team.items.iter().all(|g| !g.is_shown()));
        prop_assert!(team.most_disagreed().is_empty());
        prop_assert!(team.strongest_items(5).is_empty() && team.weakest_items(5).is_empty());
        prop_assert!(team.weakest_pillars(7).is_empty());
        let refused = matches!(
            bd.team_link(q()).encode(q()),
            Err(TeamLinkError::BelowThreshold { .. })
        );
        prop_assert!(refused);
        let csv = board_csv(q(), &bd, &words(), Names::Shown, &person);
        assert_withheld_csv(&csv);
        for e in bd.entries() {
            if let Some(n) = e.name() {
                prop_assert!(!csv.contains(&csv::cell(n)));
            }
        }
    }

    #[test]
    fn team_links_round_trip(
        rs in proptest::collection::vec(any_result(), 3..12),
        k in 3usize..6,
        name in "[A-Za-z é\u{202E}]{0,50}",
        days in 0i32..70_000,
    ) {
        let mut bd = board_of(&rs);
        bd.set_threshold(k);
        bd.rename(&name);
        bd.set_date(Date::from_days(days));
        let link = bd.team_link(q());
        match link.encode(q()) {
            Ok(code) => {
                let back = TeamLink::decode(&code, q());
                prop_assert_eq!(back.as_ref(), Ok(&link));
                prop_assert_eq!(back.unwrap().encode(q()), Ok(code));
            }
            Err(e) => prop_assert!(bd.entries().len() < k, "{e:?}"),
        }
    }

    #[test]
    fn the_team_link_decoder_never_panics(
        text in ".*",
        rs in proptest::collection::vec(any_result(), 3..6),
        at in any::<usize>(), what in any::<u8>(), c in any::<char>(), byte in any::<u8>(),
    ) {
        let _ = TeamLink::decode(&text, q());
        let code = board_of(&rs).team_link(q()).encode(q()).unwrap_or_default();
        let _ = TeamLink::decode(&mutate(&code, at, what, c), q());
        // Mutated payloads with a correct checksum reach every check after it; whatever is
        // accepted encodes back to the same code.
        let mut p = URL_SAFE_NO_PAD.decode(&code).unwrap_or_default();
        p.truncate(p.len().saturating_sub(4));
        if !p.is_empty() {
            let i = at % p.len();
            match what % 3 {
                0 => { p.remove(i); }
                1 => p.insert(i, byte),
                _ => p[i] = byte,
            }
        }
        let crc = crate::core::share::result_link::crc32(&p);
        p.extend_from_slice(&crc.to_be_bytes());
        let sealed = URL_SAFE_NO_PAD.encode(&p);
        if let Ok(link) = TeamLink::decode(&sealed, q()) {
            prop_assert_eq!(link.encode(q()), Ok(sealed));
            prop_assert!(link.team.is_shown());
        }
    }

    #[test]
    fn boards_files_round_trip_and_never_panic(
        rs in proptest::collection::vec(any_result(), 0..8),
        name in ".{0,60}",
        k in 0usize..300,
        at in any::<usize>(), what in any::<u8>(), c in any::<char>(),
        text in ".*",
    ) {
        let mut bs = Boards::new();
        let id = bs.create(&name, today()).unwrap();
        let b = bs.get_mut(id).unwrap();
        for r in &rs {
            b.add_result(r, q(), today());
        }
        b.set_threshold(k);
        bs.create("second", day("2020-02-29"));
        let json = bs.to_json();
        prop_assert_eq!(Boards::from_json(&json, q()), Ok(bs.clone()));
        let _ = Boards::from_json(&mutate(&json, at, what, c), q());
        let _ = Boards::from_json(&text, q());
    }

    #[test]
    fn thresholds_are_never_below_three(k in any::<usize>(), byte in any::<u8>()) {
        prop_assert!(Threshold::new(k).get() >= 3);
        prop_assert!(Threshold::from(byte).get() >= 3);
    }
}
