//! A level on an item's ladder (1..=5), valid by construction. Written as the same number.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Number of levels on every item's ladder.
pub const LEVELS: usize = 5;

/// A level, 1 (lowest) to [`LEVELS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Level(u8);

impl Level {
    pub const MIN: Level = Level(1);
    pub const MAX: Level = Level(LEVELS as u8);

    /// The level `n`, if `n` is one (1..=5).
    pub const fn new(n: u8) -> Option<Level> {
        if n >= 1 && n as usize <= LEVELS {
            Some(Level(n))
        } else {
            None
        }
    }

    /// Every level, lowest first.
    pub fn all() -> impl Iterator<Item = Level> {
        (1..=LEVELS as u8).map(Level)
    }

    pub const fn get(self) -> u8 {
        self.0
    }

    /// The next level up, if this is not the top one.
    pub fn up(self) -> Option<Level> {
        Level::new(self.0 + 1)
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l.0
    }
}

impl Serialize for Level {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.0)
    }
}

impl<'de> Deserialize<'de> for Level {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = u8::deserialize(d)?;
        Level::new(n).ok_or_else(|| serde::de::Error::custom("not a level"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_one_to_five() {
        assert_eq!(Level::new(0), None);
        assert_eq!(Level::new(6), None);
        assert_eq!(Level::new(3).map(Level::get), Some(3));
        assert_eq!(Level::all().count(), LEVELS);
        assert_eq!(Level::MAX.up(), None);
        assert_eq!(Level::MIN.up(), Level::new(2));
        assert_eq!(serde_json::to_string(&Level::MAX).unwrap(), "5");
        assert_eq!(serde_json::from_str::<Level>("2").ok(), Level::new(2));
        assert!(serde_json::from_str::<Level>("9").is_err());
    }
}
