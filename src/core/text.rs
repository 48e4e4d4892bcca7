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
pub fn time_estimate(minutes: u32) -> Option<Estimate> {
    match minutes {
        0 => None,
        m if m < 60 => Some(Estimate::Minutes(m)),
        m => {
            let halves = (u64::from(m) + 15) / 30; // nearest half hour
            Some(Estimate::Hours(if halves % 2 == 0 {
                format!("{}", halves / 2)
            } else {
                format!("{}.5", halves / 2)
            }))
        }
    }
}

/// A rough time: minutes under an hour, else hours to the nearest half ("1.5", written with '.';
/// the UI writes it the language's way).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Estimate {
    Minutes(u32),
    Hours(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_estimates_read_naturally() {
        let h = |s: &str| Some(Estimate::Hours(s.into()));
        assert_eq!(time_estimate(0), None);
        assert_eq!(time_estimate(5), Some(Estimate::Minutes(5)));
        assert_eq!(time_estimate(45), Some(Estimate::Minutes(45)));
        assert_eq!(time_estimate(60), h("1"));
        assert_eq!(time_estimate(90), h("1.5"));
        assert_eq!(time_estimate(120), h("2"));
        assert_eq!(time_estimate(300), h("5"));
        assert!(matches!(time_estimate(u32::MAX), Some(Estimate::Hours(_))));
    }

    #[test]
    fn plurals_and_clips() {
        assert_eq!(plural(1, "resource", "resources"), "1 resource");
        assert_eq!(plural(3, "resource", "resources"), "3 resources");
        assert_eq!(clip("abc\u{0}def", 4), "abcd…");
    }
}
