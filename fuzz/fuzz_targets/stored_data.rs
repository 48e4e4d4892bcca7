//! Fuzzes the stored-data reader (`stored::read`, schema check, migration steps and the carrying
//! of answers to today's questionnaire) and the salvage of damaged data (`stored::salvage`): they
//! must never panic, and data either reads must read back the same from the text it would store
//! (`stored::write`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pillars::core::stored::{read, salvage, write};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(app) = read(text) {
        let again = write(&app).expect("read data can be written");
        assert_eq!(read(&again), Ok(app), "read data does not survive being stored");
    }
    if let Some(s) = salvage(text) {
        let again = write(&s.data).expect("salvaged data can be written");
        assert_eq!(read(&again), Ok(s.data), "salvaged data does not survive being stored");
    }
});
