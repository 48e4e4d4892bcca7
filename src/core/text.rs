//! Small text helpers shared by the core.

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

/// "About 30 min", "About 2 h", "About 1.5 h"; `None` when the time is unknown (0).
pub fn time_estimate(minutes: u32) -> Option<String> {
    match minutes {
        0 => None,
        m if m < 60 => Some(format!("About {m} min")),
        m => {
            let halves = (u64::from(m) + 15) / 30; // nearest half hour
            if halves % 2 == 0 {
                Some(format!("About {} h", halves / 2))
            } else {
                Some(format!("About {}.5 h", halves / 2))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_estimates_read_naturally() {
        assert_eq!(time_estimate(0), None);
        assert_eq!(time_estimate(5).as_deref(), Some("About 5 min"));
        assert_eq!(time_estimate(45).as_deref(), Some("About 45 min"));
        assert_eq!(time_estimate(60).as_deref(), Some("About 1 h"));
        assert_eq!(time_estimate(90).as_deref(), Some("About 1.5 h"));
        assert_eq!(time_estimate(120).as_deref(), Some("About 2 h"));
        assert_eq!(time_estimate(300).as_deref(), Some("About 5 h"));
        assert_eq!(
            time_estimate(u32::MAX).map(|s| s.starts_with("About")),
            Some(true)
        );
    }

    #[test]
    fn plurals_and_clips() {
        assert_eq!(plural(1, "resource", "resources"), "1 resource");
        assert_eq!(plural(3, "resource", "resources"), "3 resources");
        assert_eq!(clip("abc\u{0}def", 4), "abcd…");
    }
}
