//! Numbers as people read them, with one decimal: written with integer arithmetic, so the app
//! carries no float formatting code (about 11 KB of wasm).

/// `x` rounded to one decimal, e.g. 3.25 → "3.3", -0.04 → "0.0", 12.0 → "12.0".
pub fn tenths(x: f64) -> String {
    if !x.is_finite() {
        return "0.0".to_string();
    }
    let t = shown_tenths(x);
    let sign = if t < 0 { "-" } else { "" };
    let t = t.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

/// `x` in tenths, rounded as [`tenths`] writes it (3.25 → 33): a level and a tie are read off
/// this, so they agree with the figure shown.
pub fn shown_tenths(x: f64) -> i64 {
    (x * 10.0).round() as i64
}

/// `x` rounded to one decimal, as [`tenths`] writes it: a difference of two shown scores is
/// taken between these, so it is the difference a person reads off the two.
pub fn round_tenths(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::tenths;

    #[test]
    fn one_decimal_like_the_float_formatter() {
        for (x, s) in [
            (0.0, "0.0"),
            (3.25, "3.3"),
            (2.04, "2.0"),
            (12.0, "12.0"),
            (-1.25, "-1.3"),
            (-0.04, "0.0"),
            (4.999, "5.0"),
        ] {
            assert_eq!(tenths(x), s, "{x}");
        }
        assert_eq!(tenths(f64::NAN), "0.0");
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod props {
        use proptest::prelude::*;
        proptest! {
            /// Agrees with `{:.1}` wherever rounding is not a tie (the only place the two may differ).
            #[test]
            fn agrees_with_the_float_formatter(x in -1000.0f64..1000.0) {
                let scaled = (x * 10.0).fract().abs();
                prop_assume!((scaled - 0.5).abs() > 1e-6);
                let expected = format!("{x:.1}");
                let expected = if expected == "-0.0" { "0.0".to_string() } else { expected };
                prop_assert_eq!(super::tenths(x), expected);
            }
        }
    }
}
