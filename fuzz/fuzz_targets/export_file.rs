//! Fuzzes the export-file reader (`parse_export`): it must never panic, and data it accepts must
//! read back the same from the export file it would write (`export_json`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pillars::core::date::Date;
use pillars::core::transfer::{export_json, parse_export};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(app) = parse_export(text) {
        let today = Date::new(2026, 12, 1).expect("a valid date");
        let again = export_json(&app, &today);
        assert_eq!(
            parse_export(&again).ok(),
            Some(app),
            "accepted export does not survive its own file"
        );
    }
});
