//! The pillars, as the questionnaire defines them: `assets/content/questionnaire.json` is the only
//! list. A [`PillarId`] is a pillar of the built-in questionnaire, valid by construction; it is
//! written (in stored data, files and links) as the pillar's text id, exactly as before.
use super::questionnaire::{Pillar, Questionnaire};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Most pillars a questionnaire may have ([`PillarSet`] is a 32-bit set).
pub const MAX_PILLARS: usize = 32;

/// A pillar of the built-in questionnaire (its position there).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PillarId(u8);

impl PillarId {
    /// The pillar with exactly this text id.
    pub fn parse(id: &str) -> Option<PillarId> {
        Self::find(|p| p.id == id)
    }

    /// Lenient parse for user-facing input (a query string): spaces and letter case ignored.
    pub fn parse_loose(id: &str) -> Option<PillarId> {
        let id = id.trim();
        Self::find(|p| p.id.eq_ignore_ascii_case(id))
    }

    fn find(pred: impl Fn(&Pillar) -> bool) -> Option<PillarId> {
        let pillars = &Questionnaire::builtin().pillars;
        let i = pillars.iter().position(pred)?;
        u8::try_from(i).ok().map(PillarId)
    }

    /// The pillar at this position of the questionnaire, if there is one.
    pub fn from_index(i: usize) -> Option<PillarId> {
        (i < count()).then_some(PillarId(i as u8))
    }

    /// Every pillar, in questionnaire order.
    pub fn all() -> impl Iterator<Item = PillarId> {
        (0..count() as u8).map(PillarId)
    }

    /// Position in the questionnaire.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The text id, e.g. `"branding"`.
    pub fn as_str(self) -> &'static str {
        self.pillar().map_or("", |p| p.id.as_str())
    }

    /// The pillar's content (name, items, …).
    pub fn pillar(self) -> Option<&'static Pillar> {
        Questionnaire::builtin().pillars.get(self.index())
    }
}

/// How many pillars the built-in questionnaire has (at most [`MAX_PILLARS`]).
pub fn count() -> usize {
    Questionnaire::builtin().pillars.len().min(MAX_PILLARS)
}

impl fmt::Display for PillarId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for PillarId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PillarId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        PillarId::parse(&id).ok_or_else(|| {
            serde::de::Error::custom(format_args!("“{id}” is not one of the pillars"))
        })
    }
}

/// A set of pillars.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PillarSet(u32);

impl PillarSet {
    pub fn insert(&mut self, p: PillarId) -> bool {
        let had = self.contains(p);
        self.0 |= 1 << p.0;
        !had
    }

    pub fn contains(self, p: PillarId) -> bool {
        self.0 & (1 << p.0) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The pillars in the set, in questionnaire order.
    pub fn iter(self) -> impl Iterator<Item = PillarId> {
        PillarId::all().filter(move |&p| self.contains(p))
    }
}

impl FromIterator<PillarId> for PillarSet {
    fn from_iter<I: IntoIterator<Item = PillarId>>(iter: I) -> Self {
        let mut s = PillarSet::default();
        for p in iter {
            s.insert(p);
        }
        s
    }
}

/// One value per pillar of the built-in questionnaire (a count, a score, …), in questionnaire order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PerPillar<T>(Vec<T>);

impl<T: Clone> PerPillar<T> {
    /// `value` for every pillar.
    pub fn new(value: T) -> Self {
        PerPillar(vec![value; count()])
    }
}

impl<T> PerPillar<T> {
    pub fn get(&self, p: PillarId) -> Option<&T> {
        self.0.get(p.index())
    }

    /// Each pillar with its value, in questionnaire order.
    pub fn iter(&self) -> impl Iterator<Item = (PillarId, &T)> {
        PillarId::all().zip(self.0.iter())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T> std::ops::Index<PillarId> for PerPillar<T> {
    type Output = T;
    fn index(&self, p: PillarId) -> &T {
        &self.0[p.index()]
    }
}

impl<T> std::ops::IndexMut<PillarId> for PerPillar<T> {
    fn index_mut(&mut self, p: PillarId) -> &mut T {
        &mut self.0[p.index()]
    }
}

impl PerPillar<usize> {
    /// Adds one to every pillar of `set`.
    pub fn count(&mut self, set: PillarSet) {
        for p in set.iter() {
            self[p] += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pillar_ids_come_from_the_questionnaire() {
        let q = Questionnaire::builtin();
        let ids: Vec<&str> = PillarId::all().map(PillarId::as_str).collect();
        let expected: Vec<&str> = q.pillars.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, expected);
        let b = PillarId::parse("branding").unwrap();
        assert_eq!(b.as_str(), "branding");
        assert_eq!(PillarId::parse_loose(" Branding "), Some(b));
        assert_eq!(PillarId::parse("Branding"), None);
        assert_eq!(PillarId::parse("nope"), None);
        assert_eq!(PillarId::from_index(b.index()), Some(b));
        assert_eq!(PillarId::from_index(99), None);
        assert_eq!(serde_json::to_string(&b).unwrap(), "\"branding\"");
        assert_eq!(serde_json::from_str::<PillarId>("\"branding\"").unwrap(), b);
        assert!(serde_json::from_str::<PillarId>("\"nope\"").is_err());
    }

    #[test]
    fn sets_and_counts() {
        let all: Vec<PillarId> = PillarId::all().collect();
        let mut s = PillarSet::default();
        assert!(s.is_empty());
        assert!(s.insert(all[2]));
        assert!(!s.insert(all[2]));
        s.insert(all[0]);
        assert_eq!(s.iter().collect::<Vec<_>>(), [all[0], all[2]]);
        let mut counts = PerPillar::new(0usize);
        counts.count(s);
        counts.count(s);
        assert_eq!((counts[all[0]], counts[all[1]], counts[all[2]]), (2, 0, 2));
        assert_eq!(counts.len(), all.len());
    }
}
