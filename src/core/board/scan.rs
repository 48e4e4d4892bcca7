//! Scanning participants' QR codes: one camera frame (grayscale) to the texts of the QR codes in
//! it, with bounded work and never a panic, and the memory that lets the same code seen again a
//! moment later pass silently. The decoder is `quircs` (pure Rust, a port of quirc); the camera
//! and the frames are the browser's (src/components/board_scanner.rs), in their own wasm chunk.

/// Frames larger than this many pixels are not read (the scanner draws frames at most
/// [`FRAME_SIDE`] wide, far below it).
pub const MAX_FRAME_PIXELS: usize = 1920 * 1920;
/// The width the scanner scales camera frames down to: enough for a phone's QR code held up to
/// a laptop's camera, and quick to decode.
pub const FRAME_SIDE: u32 = 640;
/// At most this many QR codes are decoded from one frame.
pub const MAX_CODES_PER_FRAME: usize = 4;
/// A code seen again within this many milliseconds is ignored.
pub const SEEN_WINDOW_MS: f64 = 5_000.0;
/// How many recently seen codes are remembered.
const MAX_REMEMBERED: usize = 16;

/// The texts of the QR codes found in a grayscale frame (`luma`: one byte a pixel, rows of
/// `width`), in the order found, each once; codes that don't decode are left out. Nothing for a
/// frame that is empty, larger than [`MAX_FRAME_PIXELS`] or shorter than `width × height`.
/// Never panics.
pub fn decode_frame(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    let Some(pixels) = width.checked_mul(height) else {
        return Vec::new();
    };
    if pixels == 0 || pixels > MAX_FRAME_PIXELS || luma.len() < pixels {
        return Vec::new();
    }
    let frame = &luma[..pixels];
    let mut decoder = quircs::Quirc::default();
    let mut out: Vec<String> = Vec::new();
    for code in decoder
        .identify(width, height, frame)
        .take(MAX_CODES_PER_FRAME)
    {
        let Some(data) = code.ok().and_then(|c| c.decode().ok()) else {
            continue;
        };
        if let Ok(text) = String::from_utf8(data.payload) {
            if !out.contains(&text) {
                out.push(text);
            }
        }
    }
    out
}

/// A frame's RGBA bytes (a canvas's `ImageData`) as grayscale, one byte a pixel (ITU-R BT.601
/// weights, in integers). A trailing partial pixel is dropped.
pub fn luma_from_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2])) >> 8) as u8)
        .collect()
}

/// The codes seen in the last [`SEEN_WINDOW_MS`]: the camera sees a participant's code in many
/// frames while it is held up, and only the first sighting counts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RecentlySeen {
    seen: Vec<(String, f64)>,
}

impl RecentlySeen {
    /// Whether `text`, seen at `now_ms`, is new (not seen in the last [`SEEN_WINDOW_MS`]).
    /// Either way it counts as seen now, so a code held up keeps being ignored.
    pub fn is_new(&mut self, text: &str, now_ms: f64) -> bool {
        self.seen
            .retain(|(_, at)| now_ms - *at < SEEN_WINDOW_MS && *at <= now_ms);
        if let Some(entry) = self.seen.iter_mut().find(|(t, _)| t == text) {
            entry.1 = now_ms;
            return false;
        }
        if self.seen.len() >= MAX_REMEMBERED {
            self.seen.remove(0);
        }
        self.seen.push((text.to_string(), now_ms));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::lv;
    use crate::core::board::{Board, BoardId, Outcome};
    use crate::core::date::Date;
    use crate::core::questionnaire::Questionnaire;
    use crate::core::share::result_link::{encode, SharedResult};
    use proptest::prelude::*;
    use qrcode::{Color, EcLevel, QrCode};

    fn link(name: &str, level: u8) -> String {
        let q = Questionnaire::builtin();
        let r = SharedResult {
            answered_as: Default::default(),
            questionnaire_version: q.version,
            date: Date::parse("2026-11-23"),
            name: Some(name.to_string()),
            answers: (0..q.item_count()).map(|_| Some(lv(level))).collect(),
        };
        format!("https://example.org/pillars/#/r/{}", encode(&r))
    }

    /// `text`'s QR code as the app draws it (level M, 4-module quiet zone), `scale` pixels a
    /// module, at (`left`, `top`) in a light frame of `width` × `height`.
    fn draw(frame: &mut [u8], width: usize, text: &str, scale: usize, (left, top): (usize, usize)) {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).unwrap();
        let n = code.width();
        let quiet = crate::core::qr::QUIET_ZONE;
        for (i, c) in code.to_colors().iter().enumerate() {
            if *c != Color::Dark {
                continue;
            }
            let (mx, my) = (i % n + quiet, i / n + quiet);
            for dy in 0..scale {
                for dx in 0..scale {
                    frame[(top + my * scale + dy) * width + left + mx * scale + dx] = 20;
                }
            }
        }
    }

    #[test]
    fn a_drawn_result_link_decodes_back_and_adds_to_a_board() {
        let text = link("Zoë", 4);
        let (w, h) = (320, 240);
        let mut frame = vec![235u8; w * h];
        draw(&mut frame, w, &text, 3, (40, 10));
        assert_eq!(decode_frame(w, h, &frame), vec![text.clone()]);

        let today = Date::parse("2026-11-23").unwrap();
        let mut board = Board::new(BoardId(1), "Room", today);
        let q = Questionnaire::builtin();
        let first = board.add_text(&decode_frame(w, h, &frame)[0], q, today);
        assert_eq!(first.outcomes, vec![Outcome::Added]);
        let again = board.add_text(&decode_frame(w, h, &frame)[0], q, today);
        assert_eq!(again.outcomes, vec![Outcome::AlreadyOnBoard]);
    }

    #[test]
    fn two_codes_in_one_frame_both_decode() {
        let (a, b) = (link("Ana", 2), link("Ben", 5));
        let (w, h) = (640, 300);
        let mut frame = vec![240u8; w * h];
        draw(&mut frame, w, &a, 3, (0, 0));
        draw(&mut frame, w, &b, 3, (330, 0));
        let mut found = decode_frame(w, h, &frame);
        found.sort();
        let mut want = vec![a, b];
        want.sort();
        assert_eq!(found, want);
    }

    #[test]
    fn through_rgba_as_a_canvas_gives_it() {
        let text = link("Chloé", 1);
        let (w, h) = (300, 300);
        let mut gray = vec![250u8; w * h];
        draw(&mut gray, w, &text, 3, (20, 20));
        // A tinted camera: dark blue on light yellow.
        let rgba: Vec<u8> = gray
            .iter()
            .flat_map(|&v| {
                if v < 128 {
                    [10, 20, 90, 255]
                } else {
                    [250, 240, 200, 255]
                }
            })
            .collect();
        assert_eq!(decode_frame(w, h, &luma_from_rgba(&rgba)), vec![text]);
    }

    #[test]
    fn frames_without_a_code_or_of_wrong_shape_give_nothing() {
        assert!(decode_frame(0, 0, &[]).is_empty());
        assert!(decode_frame(10, 10, &[0; 99]).is_empty());
        assert!(decode_frame(usize::MAX, 2, &[0; 8]).is_empty());
        assert!(decode_frame(2000, 2000, &vec![0; 4_000_000]).is_empty());
        assert!(decode_frame(64, 64, &[255; 64 * 64]).is_empty());
        assert!(decode_frame(64, 64, &[0; 64 * 64]).is_empty());
        assert_eq!(luma_from_rgba(&[255, 255, 255, 255, 0, 0, 0]), vec![255]);
        assert_eq!(luma_from_rgba(&[0, 0, 0, 255]), vec![0]);
    }

    #[test]
    fn the_same_code_is_new_once_until_it_has_been_away() {
        let mut seen = RecentlySeen::default();
        assert!(seen.is_new("a", 0.0));
        assert!(!seen.is_new("a", 100.0));
        assert!(seen.is_new("b", 200.0));
        // Held up for long: still ignored, since every sighting counts.
        assert!(!seen.is_new("a", 4_000.0));
        assert!(!seen.is_new("a", 8_000.0));
        // Away for longer than the window: new again.
        assert!(seen.is_new("a", 8_000.0 + SEEN_WINDOW_MS));
        // A clock that went back forgets.
        assert!(seen.is_new("b", 1.0));
        for i in 0..100 {
            assert!(seen.is_new(&i.to_string(), 20_000.0));
        }
        assert!(seen.seen.len() <= MAX_REMEMBERED);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn random_frames_never_panic(w in 0usize..96, h in 0usize..96, bytes in proptest::collection::vec(any::<u8>(), 0..9216)) {
            let _ = decode_frame(w, h, &bytes);
        }

        #[test]
        fn noise_over_a_code_never_panics(seed in any::<u64>(), flips in 0usize..400) {
            let text = link("Ana", 3);
            let (w, h) = (200, 200);
            let mut frame = vec![240u8; w * h];
            draw(&mut frame, w, &text, 2, (10, 10));
            let mut s = seed | 1;
            for _ in 0..flips {
                s ^= s << 13; s ^= s >> 7; s ^= s << 17;
                let i = (s as usize) % frame.len();
                frame[i] = 255 - frame[i];
            }
            let found = decode_frame(w, h, &frame);
            prop_assert!(found.len() <= 1);
            if let Some(t) = found.first() { prop_assert_eq!(t, &text); }
        }
    }
}
