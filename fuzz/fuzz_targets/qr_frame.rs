//! Fuzzes the QR frame decoder (`scan::decode_frame`): the first two bytes give the frame's width
//! and height (1..=256 each, so a frame stays small and quick), the rest is its grayscale pixels.
//! It must never panic and returns at most `MAX_CODES_PER_FRAME` distinct texts.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pillars::core::board::scan::{decode_frame, MAX_CODES_PER_FRAME};

fuzz_target!(|data: &[u8]| {
    let [w, h, luma @ ..] = data else {
        return;
    };
    let width = usize::from(*w) + 1;
    let height = usize::from(*h) + 1;
    // As given (possibly shorter than width × height, which must be refused quietly) ...
    let texts = decode_frame(width, height, luma);
    assert!(texts.len() <= MAX_CODES_PER_FRAME);
    // ... and with the height cut to the rows the bytes fill, so the decoder itself is reached.
    let rows = (luma.len() / width).min(height);
    let texts = decode_frame(width, rows, luma);
    assert!(texts.len() <= MAX_CODES_PER_FRAME);
    for (i, t) in texts.iter().enumerate() {
        assert!(!texts[..i].contains(t), "a text is returned twice");
    }
});
