//! Fuzzes the export-file reader (`parse_export`, exports and rescued copies, damaged parts left
//! out): it must never panic, and data it accepts must read back the same, with nothing left out,
//! from the export file it would write (`export_json`), its workshop boards too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pillars::core::date::Date;
use pillars::core::transfer::{export_json, parse_export};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(file) = parse_export(text) {
        let today = Date::new(2026, 12, 1).expect("a valid date");
        let again = export_json(&file.data, &file.boards, &today);
        let back = parse_export(&again).ok();
        assert_eq!(
            back.map(|f| (f.data, f.boards, f.left_out)),
            Some((file.data, file.boards, 0)),
            "accepted export (less what it left out) does not survive its own file"
        );
    }
});
