//! Fuzzes the board-file reader (`Boards::from_json`, both the stored value and a downloaded file):
//! it must never panic, and boards it accepts must read back the same from what they write
//! (`Boards::to_json`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pillars::core::board::Boards;
use pillars::core::questionnaire::Questionnaire;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let q = Questionnaire::builtin();
    if let Ok(boards) = Boards::from_json(text, q) {
        let again = boards.to_json();
        assert_eq!(
            Boards::from_json(&again, q),
            Ok(boards),
            "accepted boards do not survive their own file"
        );
    }
});
