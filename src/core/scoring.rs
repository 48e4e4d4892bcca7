//! Scoring: per-pillar means of answered items (not applicable excluded), level bands, summaries and change.
use super::answers::{Answer, Answers};
use super::questionnaire::{Questionnaire, LEVELS};
use std::collections::BTreeMap;

/// The score of one pillar.
#[derive(Clone, Debug, PartialEq)]
pub struct PillarScore {
    pub pillar: usize,
    /// Items given a level.
    pub scored: usize,
    /// Items marked not applicable.
    pub not_applicable: usize,
    pub total: usize,
    /// Mean level of the scored items; `None` when none were scored.
    pub mean: Option<f64>,
}

impl PillarScore {
    /// Every item answered (a level or not applicable).
    pub fn complete(&self) -> bool {
        self.scored + self.not_applicable == self.total
    }
    pub fn band(&self) -> Option<u8> {
        self.mean.map(band)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub pillars: Vec<PillarScore>,
    /// Mean of the pillar means, every scored pillar weighted equally.
    pub overall: Option<f64>,
}

impl Scores {
    pub fn complete(&self) -> bool {
        self.pillars.iter().all(PillarScore::complete)
    }
    pub fn overall_band(&self) -> Option<u8> {
        self.overall.map(band)
    }
    pub fn mean_of(&self, pillar: usize) -> Option<f64> {
        self.pillars.get(pillar).and_then(|p| p.mean)
    }
}

/// The named level a mean falls in: halves round up (2.5 is level 3), clamped to 1..=5.
pub fn band(mean: f64) -> u8 {
    if !mean.is_finite() {
        return 1;
    }
    (mean + 0.5).floor().clamp(1.0, LEVELS as f64) as u8
}

pub fn score(q: &Questionnaire, answers: &Answers) -> Scores {
    let pillars: Vec<PillarScore> = q
        .pillars
        .iter()
        .enumerate()
        .map(|(idx, p)| {
            let mut sum = 0u32;
            let mut scored = 0;
            let mut na = 0;
            for item in &p.items {
                match answers.get(&item.id) {
                    Some(Answer::NotApplicable) => na += 1,
                    Some(a) => {
                        if let Some(v) = a.level() {
                            sum += v as u32;
                            scored += 1;
                        }
                    }
                    None => {}
                }
            }
            PillarScore {
                pillar: idx,
                scored,
                not_applicable: na,
                total: p.items.len(),
                mean: (scored > 0).then(|| sum as f64 / scored as f64),
            }
        })
        .collect();
    let means: Vec<f64> = pillars.iter().filter_map(|p| p.mean).collect();
    let overall = (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64);
    Scores { pillars, overall }
}

/// A pillar picked for the summary, with the reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    pub pillar: usize,
    pub mean: f64,
    /// Target minus mean, where a target is set.
    pub gap: Option<f64>,
}

/// Pillar id to target level (1..=5).
pub type Targets = BTreeMap<String, u8>;

/// The `n` strongest scored pillars, highest mean first (ties keep questionnaire order).
pub fn strongest(scores: &Scores, n: usize) -> Vec<Highlight> {
    let mut v: Vec<Highlight> = scores
        .pillars
        .iter()
        .filter_map(|p| p.mean.map(|m| Highlight { pillar: p.pillar, mean: m, gap: None }))
        .collect();
    v.sort_by(|a, b| b.mean.total_cmp(&a.mean).then(a.pillar.cmp(&b.pillar)));
    v.truncate(n);
    v
}

/// The `n` pillars with most room to grow: the biggest gap to target where targets are set,
/// otherwise the lowest mean. Never the same pillars as `strongest` when there are enough pillars.
pub fn room_to_grow(q: &Questionnaire, scores: &Scores, targets: &Targets, n: usize) -> Vec<Highlight> {
    let mut v: Vec<Highlight> = scores
        .pillars
        .iter()
        .filter_map(|p| {
            let mean = p.mean?;
            let gap = q
                .pillars
                .get(p.pillar)
                .and_then(|pl| targets.get(&pl.id))
                .map(|&t| t as f64 - mean);
            Some(Highlight { pillar: p.pillar, mean, gap })
        })
        .collect();
    // Room to grow: the gap to target if set, otherwise the distance to the top level.
    let room = |h: &Highlight| h.gap.unwrap_or(LEVELS as f64 - h.mean);
    v.sort_by(|a, b| room(b).total_cmp(&room(a)).then(a.pillar.cmp(&b.pillar)));
    let strong: Vec<usize> = strongest(scores, n).iter().map(|h| h.pillar).collect();
    if v.len() >= 2 * n {
        v.retain(|h| !strong.contains(&h.pillar));
    }
    v.truncate(n);
    v
}

/// Change of one pillar between two results.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub pillar: usize,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

impl Change {
    /// After minus before, where both are scored.
    pub fn delta(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }
}

pub fn changes(before: &Scores, after: &Scores) -> Vec<Change> {
    after
        .pillars
        .iter()
        .map(|p| Change { pillar: p.pillar, before: before.mean_of(p.pillar), after: p.mean })
        .collect()
}

/// A score formatted for people: one decimal, or "—" when not scored.
pub fn fmt_score(mean: Option<f64>) -> String {
    match mean {
        Some(m) => format!("{m:.1}"),
        None => "—".to_string(),
    }
}

/// A signed change formatted for people, e.g. "+0.5", "−1.0", "0.0".
pub fn fmt_delta(delta: Option<f64>) -> String {
    match delta {
        Some(d) if d > 0.049 => format!("+{d:.1}"),
        Some(d) if d < -0.049 => format!("−{:.1}", -d),
        Some(_) => "0.0".to_string(),
        None => "—".to_string(),
    }
}
