//! Fuzzes the board-file reader (`Boards::read`, both the stored value and a downloaded file):
//! it must never panic, and boards it accepts (less what it left out) must read back the same,
//! with nothing left out, from what they write (`Boards::to_json`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pillars::core::board::Boards;
use pillars::core::questionnaire::Questionnaire;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let q = Questionnaire::builtin();
    if let Ok(read) = Boards::read(text, q) {
        let again = Boards::read(&read.boards.to_json(), q).expect("written boards read");
        assert_eq!(again.left_out, 0, "written boards leave nothing out");
        assert_eq!(
            again.boards, read.boards,
            "accepted boards do not survive their own file"
        );
    }
});
