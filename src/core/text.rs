//! Small text helpers shared by the core.

/// The largest char boundary of `s` at or below `i` (where a text may be cut to `i` bytes).
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A count with its noun: "1 resource", "3 resources".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Shortens user-supplied text quoted back in messages.
pub fn clip(s: &str, max_chars: usize) -> String {
    let mut out: String = s
        .chars()
        .filter(|c| !c.is_control())
        .take(max_chars)
        .collect();
    if s.chars().count() > max_chars {
        out.push('…');
    }
    out
}

/// "About 30 min", "About 2 h", "About 1 h 30 min"; `None` when the time is unknown (0).
pub fn time_estimate(minutes: u32) -> Option<Estimate> {
    match minutes {
        0 => None,
        m if m < 60 => Some(Estimate::Minutes(m)),
        m => {
            let halves = (u64::from(m) + 15) / 30; // nearest half hour
            let hours = u32::try_from(halves / 2).unwrap_or(u32::MAX);
            Some(if halves % 2 == 0 {
                Estimate::Hours(hours)
            } else {
                Estimate::HoursAndAHalf(hours)
            })
        }
    }
}

/// A rough time: minutes under an hour, else hours to the nearest half hour (the UI words it:
/// "1 h 30 min" in English, "1 h 30" in French).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Estimate {
    Minutes(u32),
    Hours(u32),
    /// That many hours and thirty minutes.
    HoursAndAHalf(u32),
}

/// The lowercase of a letter of the Latin, Greek and Cyrillic alphabets (what this app's words,
/// names and titles are written in); any other character is returned as it is. Standard Rust's
/// `to_lowercase` covers every script with 12 KB of tables in the wasm; search and names need
/// only these.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 0x20
        }
        0x400..=0x40F => u + 0x50,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 0x3F,
        0x1E9E => 0xDF,
        // Pairs in Latin Extended-A and -B and Cyrillic: the capital first, then its small letter.
        0x100..=0x12F
        | 0x132..=0x137
        | 0x14A..=0x177
        | 0x1DE..=0x1EF
        | 0x1F8..=0x21F
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x52F
        | 0x1E00..=0x1E95
        | 0x1EA0..=0x1EFF
            if u & 1 == 0 =>
        {
            u + 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x1CD..=0x1DC | 0x4C1..=0x4CE if u & 1 == 1 => u + 1,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `s` with [`lower`] applied to each character.
pub fn lowercase(s: &str) -> String {
    s.chars().map(lower).collect()
}

/// Whether `c` belongs inside a word: a letter or a digit. ASCII exactly; beyond it, every
/// character but spaces, punctuation, symbols, combining marks and emoji (the blocks that hold
/// them), so the letters of every script count without standard Rust's Unicode tables.
pub fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c as u32,
        0x80..=0xA9 | 0xAB..=0xB1 | 0xB4 | 0xB6..=0xB8 | 0xBB | 0xBF | 0xD7 | 0xF7
        | 0x300..=0x36F | 0x37E | 0x387 | 0x55A..=0x55F | 0x589 | 0x5BE | 0x5C0 | 0x5C3 | 0x5F3 | 0x5F4
        | 0x60C | 0x61B | 0x61F | 0x66A..=0x66D | 0x6D4 | 0x964 | 0x965 | 0xE3F | 0xE4F
        | 0x1680 | 0x2000..=0x206F | 0x20A0..=0x20FF | 0x2190..=0x245F | 0x2500..=0x2775
        | 0x2794..=0x2BFF | 0x2E00..=0x2E7F | 0x3000..=0x3004 | 0x3008..=0x3020 | 0x3030
        | 0xFE00..=0xFE0F | 0xFE10..=0xFE6F | 0xFEFF | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20
        | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0xFFF0..=0xFFFF | 0x1F000..=0x1FBFF
        | 0xE0000..=0xE01EF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_estimates_read_naturally() {
        let h = |n| Some(Estimate::Hours(n));
        assert_eq!(time_estimate(0), None);
        assert_eq!(time_estimate(5), Some(Estimate::Minutes(5)));
        assert_eq!(time_estimate(45), Some(Estimate::Minutes(45)));
        assert_eq!(time_estimate(60), h(1));
        assert_eq!(time_estimate(90), Some(Estimate::HoursAndAHalf(1)));
        assert_eq!(time_estimate(120), h(2));
        assert_eq!(time_estimate(300), h(5));
        assert!(time_estimate(u32::MAX).is_some());
    }

    #[test]
    fn plurals_and_clips() {
        assert_eq!(plural(1, "resource", "resources"), "1 resource");
        assert_eq!(plural(3, "resource", "resources"), "3 resources");
        assert_eq!(clip("abc\u{0}def", 4), "abcd…");
    }
    #[test]
    fn lower_agrees_with_unicode_on_latin_greek_and_cyrillic() {
        let mut wrong = Vec::new();
        let mut missed = Vec::new();
        for c in (0..0x30000).filter_map(char::from_u32) {
            let expected = c.to_lowercase().next().unwrap_or(c);
            if lower(c) == expected {
                continue;
            }
            if lower(c) != c {
                wrong.push(c);
            } else if matches!(c as u32, 0..=0x17F | 0x391..=0x3AB | 0x400..=0x42F) {
                missed.push(c);
            }
        }
        assert_eq!(wrong, [], "lowered to another letter than Unicode's");
        assert_eq!(
            missed,
            [],
            "capitals of Latin-1, Latin Extended-A, Greek or Russian left as they are"
        );
        assert_eq!(
            lowercase("ÉCOLE ÇA ŒUVRE ŸVES ΑΘΗΝΑ МОСКВА ẞ Ș"),
            "école ça œuvre ÿves αθηνα москва ß ș"
        );
    }

    #[test]
    fn words_are_letters_and_digits_of_any_script() {
        let mut split = Vec::new();
        for c in (0..0x30000).filter_map(char::from_u32) {
            // Combining letters (dropped as accents) and letters in boxes (emoji) may split.
            let mark = matches!(c as u32, 0x300..=0x36F | 0x2E2F | 0x1F100..=0x1FBFF);
            if c.is_alphanumeric() && !is_word(c) && !mark {
                split.push(c);
            }
            if c.is_whitespace() || c.is_ascii_punctuation() {
                assert!(!is_word(c), "{c:?} (U+{:04X}) splits words", c as u32);
            }
        }
        assert_eq!(split, [], "letters or digits that would split a word");
        for c in ['é', 'ß', 'œ', 'α', 'ж', 'ع', 'ש', '中', 'あ', '한', '٣'] {
            assert!(is_word(c), "{c}");
        }
        for c in [
            '—', '«', '»', '’', '…', '•', '😀', '✓', '€', '\u{301}', '\u{a0}', '·', '×',
        ] {
            assert!(!is_word(c), "{c:?}");
        }
    }
}
