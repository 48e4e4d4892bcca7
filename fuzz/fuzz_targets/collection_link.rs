//! Fuzzes the collection-link decoder (`collection_from_link_code`): it must never panic, and a
//! collection it accepts must survive its own link: encode it again (when it fits in a link) and
//! the decoder gives back the same collection.
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use libfuzzer_sys::fuzz_target;
use pillars::core::share::collection_from_link_code;

fn check(code: &str) {
    if let Ok(read) = collection_from_link_code(code) {
        let collection = read.collection;
        if let Some(again) = collection.to_link_code() {
            assert_eq!(
                collection_from_link_code(&again).map(|l| (l.collection, l.unknown)),
                Ok((collection, 0)),
                "accepted collection does not survive its own link"
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    // 1. Arbitrary text as a pasted code.
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
    // 2. Arbitrary bytes behind the base64 layer, so the JSON reader behind it is reached.
    check(&URL_SAFE_NO_PAD.encode(data));
});
