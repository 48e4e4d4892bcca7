//! Fuzzes the team-link decoder (`TeamLink::decode`): it must never panic, and whatever it accepts
//! must be canonical (encode it again and you get the same code back, whitespace aside).
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use libfuzzer_sys::fuzz_target;
use pillars::core::board::{TeamLink, TEAM_FORMAT};
use pillars::core::questionnaire::Questionnaire;
use pillars::core::share::result_link::crc32;

fn check(code: &str, q: &Questionnaire) {
    if let Ok(link) = TeamLink::decode(code, q) {
        let again = link.encode(q).expect("a decoded team link encodes");
        let without_spaces: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(again, without_spaces, "accepted code is not canonical");
        assert_eq!(TeamLink::decode(&again, q), Ok(link));
    }
}

fuzz_target!(|data: &[u8]| {
    let q = Questionnaire::builtin();
    // 1. Arbitrary text, as pasted.
    if let Ok(text) = std::str::from_utf8(data) {
        check(text, q);
    }
    // 2. Arbitrary bytes as a code, sealed with a valid checksum so they reach the parser; once
    //    as they are, once behind this format's byte and the questionnaire's version.
    let mut sealed = data.to_vec();
    sealed.extend_from_slice(&crc32(data).to_be_bytes());
    check(&URL_SAFE_NO_PAD.encode(&sealed), q);
    let mut body = vec![TEAM_FORMAT, q.version];
    body.extend_from_slice(data);
    let crc = crc32(&body);
    body.extend_from_slice(&crc.to_be_bytes());
    check(&URL_SAFE_NO_PAD.encode(&body), q);
});
