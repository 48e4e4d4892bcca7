//! Fuzzes the collection-file reader (`Collection::from_json`): it must never panic, and a
//! collection it accepts must read back the same from the file it writes (`to_json`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pillars::core::share::Collection;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(collection) = Collection::from_json(text) {
        let again = collection.to_json();
        assert_eq!(
            Collection::from_json(&again),
            Ok(collection),
            "accepted collection does not survive its own file"
        );
    }
});
