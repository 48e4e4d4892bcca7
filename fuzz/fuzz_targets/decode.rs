//! Fuzzes the share-link decoder: it must never panic, and whatever it accepts must be
//! canonical (encode it again and you get the same code back).
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use libfuzzer_sys::fuzz_target;
use pillars::core::share::result_link::{decode, encode, extract_code};

/// The version and item count the decoder is asked for (the shipped questionnaire's shape).
const VERSION: u8 = 1;
const ITEMS: usize = 35;

fn check(code: &str) {
    if let Ok(result) = decode(code, VERSION, ITEMS) {
        let again = encode(&result);
        let without_spaces: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(again, without_spaces, "accepted code is not canonical");
        assert_eq!(decode(&again, VERSION, ITEMS), Ok(result));
    }
}

fuzz_target!(|data: &[u8]| {
    // 1. Arbitrary text, as pasted: both raw and through extract_code.
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
        let code = extract_code(text);
        assert!(
            text.contains(code),
            "extract_code returns part of its input"
        );
        check(code);
    }

    // 2. Arbitrary bytes as a code, with and without a valid checksum appended: the checksum
    //    stops almost all random codes, so sealing them is what reaches the parser behind it.
    let _ = decode(&URL_SAFE_NO_PAD.encode(data), VERSION, ITEMS);
    let mut sealed = data.to_vec();
    sealed.extend_from_slice(&pillars::core::share::result_link::crc32(data).to_be_bytes());
    check(&URL_SAFE_NO_PAD.encode(&sealed));
});
