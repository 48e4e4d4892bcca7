//! Where a pillar or an item stands, in tenths of a level, and how a focus compares with a later
//! result: where it was when it was set, where it is now, and the aim.
use crate::core::answers::Answers;
use crate::core::level::{Level, LEVELS};
use crate::core::questionnaire::Questionnaire;
use crate::core::scoring;
use serde::{Serialize, Serializer};
use std::fmt;

use super::FocusTarget;

/// A standing on the 1..=5 scale in tenths: a pillar's mean of 2.67 is 27, an item at level 3 is
/// 30. Kept as a whole number so stored data and exports carry no floating point (and the wasm
/// no float formatting). Written as that number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u8);

const MIN_TENTHS: u8 = 10;
const MAX_TENTHS: u8 = LEVELS as u8 * 10;

impl Score {
    /// The score of `tenths` tenths, if it is on the scale (10..=50).
    pub fn from_tenths(tenths: u64) -> Option<Score> {
        u8::try_from(tenths)
            .ok()
            .filter(|t| (MIN_TENTHS..=MAX_TENTHS).contains(t))
            .map(Score)
    }

    /// A pillar's mean (as [`scoring::PillarScore::mean`]), rounded to the nearest tenth.
    pub fn from_mean(mean: f64) -> Option<Score> {
        if !mean.is_finite() {
            return None;
        }
        let t = (mean * 10.0)
            .round()
            .clamp(f64::from(MIN_TENTHS), f64::from(MAX_TENTHS));
        Some(Score(t as u8))
    }

    pub fn tenths(self) -> u8 {
        self.0
    }

    /// As a mean (for code that works with [`scoring`]'s `f64` means).
    pub fn as_mean(self) -> f64 {
        f64::from(self.0) / 10.0
    }
}

impl From<Level> for Score {
    fn from(l: Level) -> Score {
        Score(l.get() * 10)
    }
}

impl fmt::Display for Score {
    /// `2.7`, `3.0`: one decimal, as [`crate::core::number::tenths`] writes means.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.0 / 10, self.0 % 10)
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.0)
    }
}

/// Where `target` stands in `answers` (`q` is the questionnaire they answer): the pillar's mean,
/// or the item's level; `None` when it was not scored (unanswered, not applicable, unknown item).
pub fn standing(q: &Questionnaire, answers: &Answers, target: &FocusTarget) -> Option<Score> {
    match target {
        FocusTarget::Pillar(p) => {
            let i = q.pillar_index(p.as_str())?;
            scoring::score(q, answers)
                .mean_of(i)
                .and_then(Score::from_mean)
        }
        FocusTarget::Item { item, .. } => answers.get(item)?.level().map(Score::from),
    }
}

/// A focus against a later result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// Where it stood when the focus was set.
    pub then: Option<Score>,
    /// Where it stands in the result compared with.
    pub now: Option<Score>,
    pub aim: Option<Level>,
}

impl Comparison {
    /// Now minus then, in tenths (`+5` is half a level up), where both are known.
    pub fn change(&self) -> Option<i16> {
        Some(i16::from(self.now?.tenths()) - i16::from(self.then?.tenths()))
    }

    /// Whether now is at or above the aim, where both are known.
    pub fn reached(&self) -> Option<bool> {
        Some(self.now? >= Score::from(self.aim?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_are_on_the_scale_and_print_with_one_decimal() {
        assert_eq!(Score::from_tenths(9), None);
        assert_eq!(Score::from_tenths(51), None);
        assert_eq!(Score::from_tenths(300), None);
        assert_eq!(
            Score::from_tenths(27).map(|s| s.to_string()).as_deref(),
            Some("2.7")
        );
        assert_eq!(Score::from(Level::MAX).to_string(), "5.0");
        assert_eq!(Score::from_mean(2.666).map(Score::tenths), Some(27));
        assert_eq!(Score::from_mean(1.0).map(Score::tenths), Some(10));
        assert_eq!(Score::from_mean(9.0).map(Score::tenths), Some(50));
        assert_eq!(Score::from_mean(f64::NAN), None);
        assert_eq!(Score::from_tenths(35).map(Score::as_mean), Some(3.5));
        assert_eq!(
            serde_json::to_string(&Score::from(Level::MIN)).unwrap(),
            "10"
        );
    }

    #[test]
    fn comparisons_say_how_far_and_whether_reached() {
        let s = |t| Score::from_tenths(t);
        let c = Comparison {
            then: s(27),
            now: s(34),
            aim: Level::new(3),
        };
        assert_eq!(c.change(), Some(7));
        assert_eq!(c.reached(), Some(true));
        let c = Comparison {
            then: s(34),
            now: s(29),
            aim: Level::new(3),
        };
        assert_eq!(c.change(), Some(-5));
        assert_eq!(c.reached(), Some(false));
        let c = Comparison {
            then: None,
            now: s(30),
            aim: None,
        };
        assert_eq!((c.change(), c.reached()), (None, None));
        let c = Comparison {
            then: None,
            now: s(30),
            aim: Level::new(3),
        };
        assert_eq!(c.reached(), Some(true), "exactly at the aim");
    }
}
