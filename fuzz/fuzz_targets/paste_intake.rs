//! Fuzzes the pasted-text intake (`find_codes` and `Board::add_text`): it must never panic, every
//! code it finds is part of the text, and the board stays within its bounds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pillars::core::board::{find_codes, Board, BoardId, MAX_ENTRIES, MAX_LINKS_PER_PASTE};
use pillars::core::date::Date;
use pillars::core::questionnaire::Questionnaire;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let found = find_codes(text);
    assert!(found.codes.len() <= MAX_LINKS_PER_PASTE);
    for code in &found.codes {
        assert!(text.contains(code), "find_codes returns part of its input");
    }
    let q = Questionnaire::builtin();
    let today = Date::new(2026, 12, 1).expect("a valid date");
    let mut board = Board::new(BoardId(1), "fuzz", today);
    let intake = board.add_text(text, q, today);
    assert_eq!(intake.outcomes.len(), found.codes.len());
    let tally = intake.tally();
    assert_eq!(tally.added, board.entries().len());
    assert!(board.entries().len() <= MAX_ENTRIES);
    // Pasting the same text again adds nothing new.
    let again = board.add_text(text, q, today);
    assert_eq!(again.tally().added, 0, "a second paste of the same text adds results");
});
