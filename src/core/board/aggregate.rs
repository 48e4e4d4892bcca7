//! The team as aggregates behind the privacy threshold: per pillar median, quartiles, min, max
//! and count; per item the distribution over the levels and "not applicable"; rankings.
//! Definitions (quartile method, disagreement) are in the module above.
use crate::core::answers::{from_order, Answer};
use crate::core::level::LEVELS;
use crate::core::pillar::{PerPillar, PillarId};
use crate::core::questionnaire::Questionnaire;
use crate::core::scoring::score;
use crate::core::share::result_link::SharedResult;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// The privacy threshold k: below k contributing results nothing is shown. At least
/// [`Threshold::MIN`] (3) by construction: asking for less gives 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(from = "u8", into = "u8")]
pub struct Threshold(u8);

impl Threshold {
    pub const MIN: Threshold = Threshold(3);
    pub const MAX: Threshold = Threshold(u8::MAX);

    /// `k`, raised to [`Threshold::MIN`] and capped at [`Threshold::MAX`].
    pub fn new(k: usize) -> Threshold {
        Threshold(k.clamp(Self::MIN.0.into(), Self::MAX.0.into()) as u8)
    }

    pub fn get(self) -> usize {
        self.0.into()
    }

    /// Whether `count` contributing results are enough to show a statistic.
    pub fn allows(self, count: usize) -> bool {
        count >= self.get()
    }
}

impl Default for Threshold {
    fn default() -> Self {
        Self::MIN
    }
}

impl From<u8> for Threshold {
    fn from(k: u8) -> Self {
        Threshold::new(k.into())
    }
}

impl From<Threshold> for u8 {
    fn from(k: Threshold) -> u8 {
        k.0
    }
}

/// A statistic behind the threshold: [`Guarded::Withheld`] (how many results would contribute,
/// nothing else) when they are fewer than k, so no median or distribution can be read below k.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Guarded<T> {
    Withheld { count: usize },
    Shown(T),
}

impl<T> Guarded<T> {
    pub fn shown(&self) -> Option<&T> {
        match self {
            Guarded::Shown(t) => Some(t),
            Guarded::Withheld { .. } => None,
        }
    }

    pub fn is_shown(&self) -> bool {
        matches!(self, Guarded::Shown(_))
    }

    fn new(k: Threshold, count: usize, make: impl FnOnce() -> T) -> Guarded<T> {
        if k.allows(count) {
            Guarded::Shown(make())
        } else {
            Guarded::Withheld { count }
        }
    }
}

impl Guarded<PillarStats> {
    /// Results with a score for the pillar, shown or not.
    pub fn count(&self) -> usize {
        match self {
            Guarded::Shown(s) => s.count,
            Guarded::Withheld { count } => *count,
        }
    }
}

impl Guarded<ItemStats> {
    /// Results that answered the item (a level or not applicable), shown or not.
    pub fn count(&self) -> usize {
        match self {
            Guarded::Shown(s) => s.answered(),
            Guarded::Withheld { count } => *count,
        }
    }
}

/// A score in tenths of a level: 10..=50 is 1.0..=5.0 (so no float formatting is needed: the
/// UI writes `get() / 10` and `get() % 10` with the language's decimal separator).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tenths(u8);

impl Tenths {
    pub const MIN: Tenths = Tenths(10);
    pub const MAX: Tenths = Tenths(LEVELS as u8 * 10);

    /// `t` tenths, if it is a level between 1.0 and 5.0.
    pub fn new(t: u8) -> Option<Tenths> {
        (Self::MIN.0..=Self::MAX.0)
            .contains(&t)
            .then_some(Tenths(t))
    }

    /// A mean level rounded to tenths, halves up (like [`crate::core::scoring::band`]); the
    /// nudge keeps exact halves (2.25 → 2.3) from falling short in binary floating point.
    pub(super) fn round(x: f64) -> Tenths {
        let t = (x * 10.0 + 0.5 + 1e-9).floor();
        Tenths(t.clamp(f64::from(Self::MIN.0), f64::from(Self::MAX.0)) as u8)
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// As a level (for drawing the radar).
    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / 10.0
    }
}

/// One pillar across the team: the spread of the participants' pillar scores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PillarStats {
    pub pillar: PillarId,
    /// Results with a score for this pillar (at least k when shown).
    pub count: usize,
    pub min: Tenths,
    /// Lower quartile.
    pub q1: Tenths,
    pub median: Tenths,
    /// Upper quartile.
    pub q3: Tenths,
    pub max: Tenths,
}

/// One item across the team: how many gave each level and "not applicable".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemStats {
    /// Position in questionnaire order (`q.items().nth(item)`, the share link's order).
    pub item: usize,
    pub pillar: PillarId,
    /// `levels[0]` gave level 1, … `levels[4]` level 5.
    pub levels: [usize; LEVELS],
    pub not_applicable: usize,
}

impl ItemStats {
    /// Results that answered (a level or not applicable).
    pub fn answered(&self) -> usize {
        self.rated() + self.not_applicable
    }

    /// Results that gave a level.
    pub fn rated(&self) -> usize {
        self.levels.iter().sum()
    }

    /// Mean level given; `None` when nobody gave one.
    pub fn mean(&self) -> Option<f64> {
        let (sum, n) = self.mean_ratio();
        (n > 0).then(|| sum as f64 / n as f64)
    }

    /// The mean absolute difference between two participants' levels (see the module above);
    /// `None` with fewer than two levels given.
    pub fn disagreement(&self) -> Option<f64> {
        let (d, pairs) = self.disagreement_ratio();
        (pairs > 0).then(|| d as f64 / pairs as f64)
    }

    /// (sum of levels, levels given).
    fn mean_ratio(&self) -> (u128, u128) {
        let sum = (1..).zip(self.levels).map(|(l, c)| l * c as u128).sum();
        (sum, self.rated() as u128)
    }

    /// (sum of |a − b| over unordered pairs of participants, number of pairs).
    fn disagreement_ratio(&self) -> (u128, u128) {
        let c = self.levels.map(|c| c as u128);
        let mut d = 0;
        for a in 0..LEVELS {
            for b in a + 1..LEVELS {
                d += (b - a) as u128 * c[a] * c[b];
            }
        }
        let n = self.rated() as u128;
        (d, n * n.saturating_sub(1) / 2)
    }
}

/// `a/b` against `c/d` (denominators positive).
fn cmp_ratio((a, b): (u128, u128), (c, d): (u128, u128)) -> Ordering {
    (a * d).cmp(&(c * b))
}

/// The team: every statistic behind the threshold. Built from a board's results
/// ([`super::Board::team`], [`Team::of`]) or read from a team link ([`super::TeamLink`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Team {
    /// Results aggregated.
    pub results: usize,
    pub threshold: Threshold,
    /// Shown when at least k results have a score for the pillar.
    pub pillars: PerPillar<Guarded<PillarStats>>,
    /// In questionnaire order; shown when at least k results answered the item.
    pub items: Vec<Guarded<ItemStats>>,
}

impl Team {
    /// The team of `results` (those not made for `q`'s version and items are left out).
    pub fn of<'a>(
        q: &Questionnaire,
        results: impl IntoIterator<Item = &'a SharedResult>,
        k: Threshold,
    ) -> Team {
        let n_items = q.item_count();
        let mut scores: Vec<Vec<f64>> = vec![Vec::new(); q.pillars.len()];
        let mut items: Vec<ItemStats> = item_pillars(q)
            .into_iter()
            .enumerate()
            .map(|(item, pillar)| ItemStats {
                item,
                pillar,
                levels: [0; LEVELS],
                not_applicable: 0,
            })
            .collect();
        let mut count = 0;
        for r in results {
            if r.questionnaire_version != q.version || r.answers.len() != n_items {
                continue;
            }
            count += 1;
            let s = score(q, &from_order(q, &r.answers));
            for (list, p) in scores.iter_mut().zip(&s.pillars) {
                list.extend(p.mean);
            }
            for (stats, a) in items.iter_mut().zip(&r.answers) {
                match a {
                    Some(Answer::Level(l)) => stats.levels[usize::from(l.get()) - 1] += 1,
                    Some(Answer::NotApplicable) => stats.not_applicable += 1,
                    None => {}
                }
            }
        }
        let mut pillars = PerPillar::new(Guarded::Withheld { count: 0 });
        for (pillar, mut list) in PillarId::all().zip(scores) {
            list.sort_by(f64::total_cmp);
            pillars[pillar] = Guarded::new(k, list.len(), || spread(pillar, &list));
        }
        Team {
            results: count,
            threshold: k,
            pillars,
            items: items
                .into_iter()
                .map(|s| Guarded::new(k, s.answered(), || s))
                .collect(),
        }
    }

    /// Whether anything at all is shown (at least k results).
    pub fn is_shown(&self) -> bool {
        self.threshold.allows(self.results)
    }

    fn shown_items(&self) -> impl Iterator<Item = &ItemStats> {
        self.items.iter().filter_map(Guarded::shown)
    }

    /// The shown items where the room disagrees most first (at least two levels given), ties:
    /// more levels given first, then questionnaire order.
    pub fn most_disagreed(&self) -> Vec<&ItemStats> {
        let mut v: Vec<&ItemStats> = self.shown_items().filter(|s| s.rated() >= 2).collect();
        v.sort_by(|a, b| cmp_ratio(b.disagreement_ratio(), a.disagreement_ratio()).then(tie(a, b)));
        v
    }

    /// The `n` shown items with the highest mean level, highest first.
    pub fn strongest_items(&self, n: usize) -> Vec<&ItemStats> {
        let mut v = self.by_mean(true);
        v.truncate(n);
        v
    }

    /// The `n` shown items with the lowest mean level, lowest first; never one of
    /// [`Team::strongest_items`]`(n)` when there are at least `2n` items to choose from.
    pub fn weakest_items(&self, n: usize) -> Vec<&ItemStats> {
        let mut v = self.by_mean(false);
        if v.len() >= 2 * n {
            let strong: Vec<usize> = self.strongest_items(n).iter().map(|s| s.item).collect();
            v.retain(|s| !strong.contains(&s.item));
        }
        v.truncate(n);
        v
    }

    /// Shown items with a level given, by mean (ties: more levels given, questionnaire order).
    fn by_mean(&self, highest_first: bool) -> Vec<&ItemStats> {
        let mut v: Vec<&ItemStats> = self.shown_items().filter(|s| s.rated() > 0).collect();
        v.sort_by(|a, b| {
            let (a_mean, b_mean) = (a.mean_ratio(), b.mean_ratio());
            let by_mean = if highest_first {
                cmp_ratio(b_mean, a_mean)
            } else {
                cmp_ratio(a_mean, b_mean)
            };
            by_mean.then(tie(a, b))
        });
        v
    }

    /// The `n` shown pillars with the lowest median (then lower quartile, then upper quartile,
    /// then questionnaire order): where the library's resources help most.
    pub fn weakest_pillars(&self, n: usize) -> Vec<PillarId> {
        let mut v: Vec<&PillarStats> = self.pillars.iter().filter_map(|(_, g)| g.shown()).collect();
        v.sort_by_key(|s| (s.median, s.q1, s.q3, s.pillar));
        v.into_iter().take(n).map(|s| s.pillar).collect()
    }
}

/// The pillar of every item, in questionnaire order.
pub(super) fn item_pillars(q: &Questionnaire) -> Vec<PillarId> {
    PillarId::all()
        .zip(&q.pillars)
        .flat_map(|(pillar, p)| p.items.iter().map(move |_| pillar))
        .collect()
}

/// Ties: more levels given first, then questionnaire order.
fn tie(a: &ItemStats, b: &ItemStats) -> Ordering {
    b.rated().cmp(&a.rated()).then(a.item.cmp(&b.item))
}

/// Min, quartiles and max of sorted, non-empty scores.
fn spread(pillar: PillarId, sorted: &[f64]) -> PillarStats {
    PillarStats {
        pillar,
        count: sorted.len(),
        min: quantile(sorted, 0),
        q1: quantile(sorted, 1),
        median: quantile(sorted, 2),
        q3: quantile(sorted, 3),
        max: quantile(sorted, 4),
    }
}

/// The `quarter`/4 quantile of sorted values by linear interpolation between closest ranks
/// (`QUARTILE.INC`, R type 7), rounded to tenths.
pub(super) fn quantile(sorted: &[f64], quarter: usize) -> Tenths {
    let Some(last) = sorted.len().checked_sub(1) else {
        return Tenths::MIN;
    };
    let h = last * quarter;
    let (i, frac) = (h / 4, (h % 4) as f64 / 4.0);
    let lo = sorted.get(i).copied().unwrap_or(0.0);
    let hi = sorted.get(i + 1).copied().unwrap_or(lo);
    Tenths::round(lo + frac * (hi - lo))
}
