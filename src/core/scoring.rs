//! Scoring: per-pillar means of answered items (not applicable excluded), level bands, summaries and change.
use super::answers::{Answer, Answers};
use super::level::{Level, LEVELS};
use super::pillar::PillarId;
use super::questionnaire::Questionnaire;
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
    pub fn band(&self) -> Option<Level> {
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
    pub fn overall_band(&self) -> Option<Level> {
        self.overall.map(band)
    }
    pub fn mean_of(&self, pillar: usize) -> Option<f64> {
        self.pillars.get(pillar).and_then(|p| p.mean)
    }
}

/// The named level a mean falls in, read off the mean as shown (one decimal, see
/// [`fmt_score`]): halves round up (2.5 is level 3), clamped to 1..=5. So 3.49, shown as 3.5,
/// is level 4 like every other 3.5.
pub fn band(mean: f64) -> Level {
    if !mean.is_finite() {
        return Level::MIN;
    }
    let shown = super::number::shown_tenths(mean);
    let level = ((shown + 5) / 10).clamp(1, LEVELS as i64);
    Level::new(level as u8).unwrap_or(Level::MIN)
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
                    Some(Answer::Level(v)) => {
                        sum += u32::from(v.get());
                        scored += 1;
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

/// Pillar to target level.
pub type Targets = BTreeMap<PillarId, Level>;

/// The `n` strongest scored pillars, highest mean first (ties keep questionnaire order).
pub fn strongest(scores: &Scores, n: usize) -> Vec<Highlight> {
    let mut v: Vec<Highlight> = scores
        .pillars
        .iter()
        .filter_map(|p| {
            p.mean.map(|m| Highlight {
                pillar: p.pillar,
                mean: m,
                gap: None,
            })
        })
        .collect();
    v.sort_by(|a, b| b.mean.total_cmp(&a.mean).then(a.pillar.cmp(&b.pillar)));
    v.truncate(n);
    v
}

/// The score every pillar has as shown (one decimal), when every pillar is scored and none
/// stands apart: then no pillar is the strongest or has the most room to grow. (An assessment
/// half done, or a pillar not applicable throughout, is not "every pillar".)
pub fn all_level(scores: &Scores) -> Option<f64> {
    if scores.pillars.iter().any(|p| p.mean.is_none()) {
        return None;
    }
    let mut shown = scores
        .pillars
        .iter()
        .filter_map(|p| p.mean)
        .map(|m| (super::number::shown_tenths(m), m));
    let (first, mean) = shown.next()?;
    let mut count = 1;
    for (t, _) in shown {
        if t != first {
            return None;
        }
        count += 1;
    }
    (count >= 2).then_some(mean)
}

/// [`room_to_grow`] as the results show it: where every pillar is level ([`all_level`]), only
/// the pillars below a target the person set (none has more room than another otherwise).
pub fn room_to_grow_shown(
    q: &Questionnaire,
    scores: &Scores,
    targets: &Targets,
    n: usize,
) -> Vec<Highlight> {
    let mut grow = room_to_grow(q, scores, targets, n);
    if all_level(scores).is_some() {
        grow.retain(|h| h.gap.is_some_and(|g| g > 0.0));
    }
    grow
}

/// The `n` strongest pillars that are not in `grow` (see [`room_to_grow`]): a pillar the person
/// aims higher in is shown where they want to grow, not also as one to coach others in. Where
/// too few pillars are scored to keep them apart, the strongest are shown as they are.
pub fn strongest_apart(scores: &Scores, grow: &[Highlight], n: usize) -> Vec<Highlight> {
    let all = strongest(scores, usize::MAX);
    if all.len() < n + grow.len() {
        return all.into_iter().take(n).collect();
    }
    all.into_iter()
        .filter(|h| !grow.iter().any(|g| g.pillar == h.pillar))
        .take(n)
        .collect()
}

/// The `n` pillars with most room to grow: the biggest gap to target where targets are set,
/// otherwise the lowest mean. Never the same pillars as `strongest` when there are enough pillars.
pub fn room_to_grow(
    q: &Questionnaire,
    scores: &Scores,
    targets: &Targets,
    n: usize,
) -> Vec<Highlight> {
    let mut v: Vec<Highlight> = scores
        .pillars
        .iter()
        .filter_map(|p| {
            let mean = p.mean?;
            let gap = q
                .pillars
                .get(p.pillar)
                .and_then(|pl| targets.get(&PillarId::parse(&pl.id)?))
                .map(|&t| f64::from(t.get()) - mean);
            Some(Highlight {
                pillar: p.pillar,
                mean,
                gap,
            })
        })
        .collect();
    // Pillars below a target the person set come first, biggest gap first; then the others by
    // their distance to the top level.
    let below_target = |h: &Highlight| h.gap.is_some_and(|g| g > 0.0);
    let room = |h: &Highlight| h.gap.unwrap_or(LEVELS as f64 - h.mean);
    v.sort_by(|a, b| {
        below_target(b)
            .cmp(&below_target(a))
            .then(room(b).total_cmp(&room(a)))
            .then(a.pillar.cmp(&b.pillar))
    });
    let strong: Vec<usize> = strongest(scores, n).iter().map(|h| h.pillar).collect();
    // A strong pillar is only "room to grow" when the person set a target above it.
    if v.len() >= 2 * n {
        v.retain(|h| !strong.contains(&h.pillar) || h.gap.is_some_and(|g| g > 0.0));
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
        Some(shown_change(self.before?, self.after?))
    }
}

/// The change from `before` to `after` as the two are shown, one decimal each: 3.04 to 3.06 is
/// 3.0 to 3.1, a change of +0.1 (not the +0.0 of the exact figures).
pub fn shown_change(before: f64, after: f64) -> f64 {
    use super::number::round_tenths;
    round_tenths(after) - round_tenths(before)
}

pub fn changes(before: &Scores, after: &Scores) -> Vec<Change> {
    after
        .pillars
        .iter()
        .map(|p| Change {
            pillar: p.pillar,
            before: before.mean_of(p.pillar),
            after: p.mean,
        })
        .collect()
}

/// The level-up hints of a pillar's lowest-rated items, lowest first, as (item prompt, hint):
/// each item's hint for the level the person gave it (the step to the next level); not
/// applicable, unanswered and top-level items are left out.
pub fn level_up_hints(
    pillar: &super::questionnaire::Pillar,
    answers: &Answers,
    n: usize,
) -> Vec<(String, String)> {
    let mut rated: Vec<(Level, &super::questionnaire::Item)> = pillar
        .items
        .iter()
        .filter_map(|i| answers.get(&i.id).and_then(|a| a.level()).map(|l| (l, i)))
        .collect();
    rated.sort_by_key(|(l, _)| *l);
    rated
        .into_iter()
        .filter_map(|(l, i)| i.hint(l).map(|h| (i.prompt.clone(), h.to_string())))
        .take(n)
        .collect()
}

/// The pillars of sharing: telling the school's story to its community.
pub const SHARING_PILLARS: [&str; 3] = ["communications", "public-relations", "branding"];
/// The pillars of practice: what learners and educators do.
pub const PRACTICE_PILLARS: [&str; 3] = ["engagement", "spaces", "professional-learning"];
/// How far (in levels) sharing must sit above practice for the results to say so.
pub const SHARING_AHEAD_GAP: f64 = 1.0;

/// Sharing ahead of practice: the mean of the sharing pillars' means and of the practice
/// pillars' means, each pillar weighted equally.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SharingAhead {
    pub sharing: f64,
    pub practice: f64,
}

impl SharingAhead {
    pub fn gap(&self) -> f64 {
        self.sharing - self.practice
    }
}

/// The signal the sources insist on ("online sharing is not digital leadership"): the sharing
/// pillars' mean sits [`SHARING_AHEAD_GAP`] levels or more above the practice pillars' mean.
/// Only said when each of the six pillars has at least half its items given a level (not
/// applicable and unanswered ones do not count), so a few answers never raise it.
pub fn sharing_ahead(q: &Questionnaire, scores: &Scores) -> Option<SharingAhead> {
    let mean_of = |ids: &[&str]| -> Option<f64> {
        let mut sum = 0.0;
        for id in ids {
            let p = scores.pillars.get(q.pillar_index(id)?)?;
            if p.scored * 2 < p.total {
                return None;
            }
            sum += p.mean?;
        }
        Some(sum / ids.len() as f64)
    };
    let found = SharingAhead {
        sharing: mean_of(&SHARING_PILLARS)?,
        practice: mean_of(&PRACTICE_PILLARS)?,
    };
    // Means are fractions of small integers: allow for rounding when the gap is exactly 1.
    (found.gap() >= SHARING_AHEAD_GAP - 1e-9).then_some(found)
}

/// A score formatted for people: one decimal, or "—" when not scored.
pub fn fmt_score(mean: Option<f64>) -> String {
    match mean {
        Some(m) => super::number::tenths(m),
        None => "—".to_string(),
    }
}

/// A signed change formatted for people, e.g. "+0.5", "−1.0", "0.0".
pub fn fmt_delta(delta: Option<f64>) -> String {
    match delta {
        Some(d) if d > 0.049 => format!("+{}", super::number::tenths(d)),
        Some(d) if d < -0.049 => format!("−{}", super::number::tenths(-d)),
        Some(_) => "0.0".to_string(),
        None => "—".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::{lv, overall_progress, pillar_progress};
    use proptest::prelude::*;

    fn pid(id: &str) -> PillarId {
        PillarId::parse(id).unwrap()
    }

    fn q() -> &'static Questionnaire {
        Questionnaire::builtin()
    }

    fn answer_pillar(answers: &mut Answers, pillar: usize, levels: &[Answer]) {
        for (item, a) in q().pillars[pillar].items.iter().zip(levels) {
            answers.insert(item.id.clone(), *a);
        }
    }

    #[test]
    fn a_pillar_scores_the_mean_of_its_answered_levels() {
        let mut a = Answers::new();
        answer_pillar(&mut a, 0, &[lv(2), lv(4), lv(3), lv(3)]);
        let s = score(q(), &a);
        assert_eq!(s.pillars[0].mean, Some(3.0));
        assert_eq!(s.pillars[0].band(), Level::new(3));
    }

    #[test]
    fn not_applicable_is_left_out_of_the_mean_but_counts_as_answered() {
        let mut a = Answers::new();
        let n = q().pillars[1].items.len();
        let mut levels = vec![Answer::NotApplicable; n];
        levels[0] = lv(5);
        answer_pillar(&mut a, 1, &levels);
        let s = score(q(), &a);
        assert_eq!(s.pillars[1].mean, Some(5.0));
        assert!(s.pillars[1].complete());
        assert_eq!(pillar_progress(q(), &a, 1).answered, n);
    }

    #[test]
    fn unanswered_pillars_are_not_scored_never_zero() {
        let mut a = Answers::new();
        answer_pillar(&mut a, 2, &[lv(1)]);
        let s = score(q(), &a);
        assert_eq!(s.pillars[0].mean, None);
        assert_eq!(s.pillars[2].mean, Some(1.0));
        assert!(
            !s.pillars[2].complete(),
            "one of several items is incomplete"
        );
        assert_eq!(s.overall, Some(1.0), "overall averages only scored pillars");
        assert!(!s.complete());
    }

    #[test]
    fn all_not_applicable_pillar_is_complete_but_not_scored() {
        let mut a = Answers::new();
        answer_pillar(&mut a, 3, &[Answer::NotApplicable; 8]);
        let s = score(q(), &a);
        assert!(s.pillars[3].complete());
        assert_eq!(s.pillars[3].mean, None);
    }

    #[test]
    fn level_up_hints_come_from_the_lowest_rated_items() {
        let p = &q().pillars[0];
        let mut a = Answers::new();
        let levels = [lv(4), lv(2), Answer::NotApplicable, lv(5), lv(3)];
        answer_pillar(&mut a, 0, &levels);
        let hints = level_up_hints(p, &a, 2);
        // Levels 2 (item 2) then 3 (item 5); not applicable and the top level give no hint.
        // Each item's hint is the one for the level it was given: 2→3, then 3→4.
        let expected: Vec<(String, String)> = [(1, 1), (4, 2)]
            .iter()
            .map(|&(i, step)| (p.items[i].prompt.clone(), p.items[i].level_up[step].clone()))
            .collect();
        assert_eq!(hints, expected);
        assert_eq!(
            level_up_hints(p, &a, 5).len(),
            3,
            "levels 2, 3 and 4; never the top level's"
        );
        assert!(
            level_up_hints(p, &Answers::new(), 3).is_empty(),
            "nothing answered, no hints"
        );
    }

    /// Every item of the six pillars at `sharing` (the sharing pillars) or `practice` (the
    /// practice pillars).
    fn sharing_and_practice(sharing: u8, practice: u8) -> Answers {
        let mut a = Answers::new();
        for (i, p) in q().pillars.iter().enumerate() {
            let level = if SHARING_PILLARS.contains(&p.id.as_str()) {
                sharing
            } else if PRACTICE_PILLARS.contains(&p.id.as_str()) {
                practice
            } else {
                continue;
            };
            answer_pillar(&mut a, i, &vec![lv(level); p.items.len()]);
        }
        a
    }

    #[test]
    fn the_six_pillars_are_in_the_questionnaire() {
        for id in SHARING_PILLARS.iter().chain(&PRACTICE_PILLARS) {
            assert!(q().pillar(id).is_some(), "{id}");
        }
    }

    #[test]
    fn sharing_a_level_above_practice_is_said() {
        let s = score(q(), &sharing_and_practice(4, 3));
        assert_eq!(
            sharing_ahead(q(), &s),
            Some(SharingAhead {
                sharing: 4.0,
                practice: 3.0
            })
        );
        let s = score(q(), &sharing_and_practice(5, 2));
        assert_eq!(sharing_ahead(q(), &s).map(|f| f.gap()), Some(3.0));
    }

    #[test]
    fn less_than_a_level_ahead_or_behind_is_not_said() {
        for (sharing, practice) in [(3, 3), (2, 4), (1, 5)] {
            let s = score(q(), &sharing_and_practice(sharing, practice));
            assert_eq!(sharing_ahead(q(), &s), None, "{sharing} over {practice}");
        }
        // Just under a level: three branding items one lower make the gap 1 − 1/n.
        let mut a = sharing_and_practice(4, 3);
        for item in q().pillar("branding").unwrap().items.iter().take(3) {
            a.insert(item.id.clone(), lv(3));
        }
        assert_eq!(sharing_ahead(q(), &score(q(), &a)), None);
    }

    #[test]
    fn too_few_answers_say_nothing() {
        // Half of a practice pillar's items not applicable or unanswered: not enough.
        let mut a = sharing_and_practice(5, 1);
        let spaces = q().pillar("spaces").unwrap();
        let n = spaces.items.len();
        for (k, item) in spaces.items.iter().enumerate().take(n / 2 + 1) {
            if k % 2 == 0 {
                a.insert(item.id.clone(), Answer::NotApplicable);
            } else {
                a.remove(&item.id);
            }
        }
        assert_eq!(sharing_ahead(q(), &score(q(), &a)), None);
        // Exactly half rated is enough.
        let mut a = sharing_and_practice(5, 1);
        for item in spaces.items.iter().take(n - n.div_ceil(2)) {
            a.insert(item.id.clone(), Answer::NotApplicable);
        }
        assert!(sharing_ahead(q(), &score(q(), &a)).is_some());
        // A sharing pillar left out: nothing said.
        let mut a = sharing_and_practice(5, 1);
        for item in &q().pillar("communications").unwrap().items {
            a.remove(&item.id);
        }
        assert_eq!(sharing_ahead(q(), &score(q(), &a)), None);
        assert_eq!(sharing_ahead(q(), &score(q(), &Answers::new())), None);
    }

    #[test]
    fn pillars_all_at_one_shown_score_are_level_and_one_apart_is_not() {
        let all = |levels: &[u8]| {
            let mut a = Answers::new();
            for (i, p) in q().pillars.iter().enumerate() {
                let l = levels.get(i).copied().unwrap_or(levels[0]);
                answer_pillar(&mut a, i, &vec![lv(l); p.items.len()]);
            }
            all_level(&score(q(), &a))
        };
        assert_eq!(all(&[3]), Some(3.0));
        // Level: room to grow only where a target is above it.
        let mut a = Answers::new();
        for (i, p) in q().pillars.iter().enumerate() {
            answer_pillar(&mut a, i, &vec![lv(3); p.items.len()]);
        }
        let s = score(q(), &a);
        assert!(room_to_grow_shown(q(), &s, &Targets::new(), 2).is_empty());
        let mut t = Targets::new();
        t.insert(pid(&q().pillars[4].id), Level::new(4).unwrap());
        let grow = room_to_grow_shown(q(), &s, &t, 2);
        assert_eq!(grow.iter().map(|h| h.pillar).collect::<Vec<_>>(), [4]);
        assert_eq!(all(&[3, 3, 3, 4]), None);
        assert_eq!(
            all_level(&score(q(), &Answers::new())),
            None,
            "nothing scored"
        );
        // Two pillars answered alike, the rest not yet: not every pillar.
        let mut a = Answers::new();
        answer_pillar(&mut a, 0, &vec![lv(2); q().pillars[0].items.len()]);
        answer_pillar(&mut a, 1, &vec![lv(2); q().pillars[1].items.len()]);
        assert_eq!(all_level(&score(q(), &a)), None);
    }

    #[test]
    fn bands_round_halves_up_and_stay_in_range() {
        let b = |m: f64| band(m).get();
        assert_eq!(b(1.0), 1);
        assert_eq!(b(1.44), 1);
        assert_eq!(b(1.5), 2);
        // Read off the score as shown: 3.49 is shown as 3.5, and so named like every 3.5.
        assert_eq!(fmt_score(Some(3.49)), "3.5");
        assert_eq!(b(3.49), 4);
        assert_eq!(b(3.44), 3);
        assert_eq!(b(-2.0), 1);
        assert_eq!(b(9.0), 5);
        assert_eq!(b(2.5), 3);
        assert_eq!(b(4.5), 5);
        assert_eq!(b(5.0), 5);
        assert_eq!(b(f64::NAN), 1);
    }

    /// Pillar `i` answered at level `i % 5 + 1` throughout (pillars 0 and 5 at 1, 4 at 5).
    fn stepped() -> Scores {
        let mut a = Answers::new();
        for (i, p) in q().pillars.iter().enumerate() {
            answer_pillar(&mut a, i, &vec![lv((i % 5) as u8 + 1); p.items.len()]);
        }
        score(q(), &a)
    }

    #[test]
    fn strongest_and_room_to_grow_pick_different_pillars() {
        let s = stepped();
        let strong: Vec<usize> = strongest(&s, 2).iter().map(|h| h.pillar).collect();
        let grow: Vec<usize> = room_to_grow(q(), &s, &Targets::new(), 2)
            .iter()
            .map(|h| h.pillar)
            .collect();
        assert_eq!(strong, vec![4, 3], "levels 5 and 4");
        assert_eq!(
            grow,
            vec![0, 5],
            "level 1 twice; questionnaire order breaks the tie"
        );
    }

    #[test]
    fn a_pillar_below_its_target_is_not_also_among_the_strongest() {
        let s = stepped();
        let mut t = Targets::new();
        // The strongest pillar (level 5 is the top: level 4's pillar aims at 5).
        t.insert(pid(&q().pillars[3].id), Level::MAX);
        let grow = room_to_grow(q(), &s, &t, 2);
        assert_eq!(grow[0].pillar, 3, "below its target: room to grow");
        let strong: Vec<usize> = strongest_apart(&s, &grow, 2)
            .iter()
            .map(|h| h.pillar)
            .collect();
        assert_eq!(strong, vec![4, 2], "the next strongest instead");
        assert!(
            strongest(&s, 2).iter().any(|h| h.pillar == 3),
            "unlike before"
        );
    }

    #[test]
    fn a_target_gap_outranks_a_low_score() {
        let mut a = Answers::new();
        for (i, p) in q().pillars.iter().enumerate() {
            answer_pillar(
                &mut a,
                i,
                &vec![lv(if i == 6 { 4 } else { 2 }); p.items.len()],
            );
        }
        let s = score(q(), &a);
        let mut t = Targets::new();
        t.insert(pid("opportunity"), Level::MAX);
        for p in &q().pillars[..6] {
            t.insert(pid(&p.id), Level::new(2).unwrap());
        }
        let grow = room_to_grow(q(), &s, &t, 1);
        assert_eq!(grow[0].pillar, 6);
        assert_eq!(grow[0].gap, Some(1.0));
    }

    #[test]
    fn a_pillar_below_its_target_comes_before_untargeted_ones() {
        let mut a = Answers::new();
        for (i, p) in q().pillars.iter().enumerate() {
            answer_pillar(&mut a, i, &vec![lv(2); p.items.len()]);
        }
        let s = score(q(), &a);
        let mut t = Targets::new();
        t.insert(pid("branding"), Level::new(4).unwrap());
        let grow = room_to_grow(q(), &s, &t, 2);
        assert_eq!(grow[0].pillar, 5, "branding, 2.0 below target");
        // All tie, so the two "strongest" (0 and 1, by order) are not also listed as room to grow.
        assert_eq!(
            grow[1].pillar, 2,
            "then the first untargeted pillar not already among the strongest"
        );
    }

    #[test]
    fn change_between_snapshots_is_after_minus_before() {
        let mut before = Answers::new();
        let mut after = Answers::new();
        answer_pillar(&mut before, 0, &[lv(2); 8]);
        answer_pillar(&mut after, 0, &[lv(4); 8]);
        answer_pillar(&mut after, 1, &[lv(3); 8]);
        let c = changes(&score(q(), &before), &score(q(), &after));
        assert_eq!(c[0].delta(), Some(2.0));
        assert_eq!(c[1].delta(), None, "no earlier score to compare with");
        assert_eq!(fmt_delta(c[0].delta()), "+2.0");
        // The change is the one read off the two scores as shown: 3.0 to 3.1 is +0.1, 4.0 to
        // 3.3 is -0.7 (from the exact figures, 3.04 to 3.06 would be +0.0, 3.96 to 3.34 -0.6).
        assert_eq!(fmt_delta(Some(shown_change(3.04, 3.06))), "+0.1");
        assert_eq!(fmt_delta(Some(shown_change(3.96, 3.34))), "−0.7");
        assert_eq!(fmt_delta(Some(shown_change(3.96, 4.0))), "0.0");
        assert_eq!(fmt_delta(Some(-0.5)), "−0.5");
        assert_eq!(fmt_delta(None), "—");
    }

    fn arb_answers() -> impl Strategy<Value = Answers> {
        let ids: Vec<String> = q().items().map(|i| i.id.clone()).collect();
        proptest::collection::vec(proptest::option::of(0u8..=5), ids.len()).prop_map(move |v| {
            ids.iter()
                .zip(v)
                .filter_map(|(id, a)| a.map(|a| (id.clone(), Answer::try_from(a).unwrap())))
                .collect()
        })
    }

    proptest! {
        #[test]
        fn scores_stay_within_the_levels_and_progress_adds_up(a in arb_answers()) {
            let s = score(q(), &a);
            for p in &s.pillars {
                if let Some(m) = p.mean { prop_assert!((1.0..=5.0).contains(&m)); }
                prop_assert_eq!(p.mean.is_some(), p.scored > 0);
                prop_assert!(p.scored + p.not_applicable <= p.total);
            }
            if let Some(o) = s.overall { prop_assert!((1.0..=5.0).contains(&o)); }
            let total = overall_progress(q(), &a);
            prop_assert_eq!(total.answered, a.len());
            prop_assert_eq!(total.total, q().item_count());
            prop_assert_eq!(s.complete(), total.complete());
        }

        #[test]
        fn raising_one_answer_never_lowers_its_pillar(a in arb_answers(), which in 0usize..28) {
            let item = q().items().nth(which).unwrap();
            let pillar = q().pillars.iter().position(|p| p.items.iter().any(|i| i.id == item.id)).unwrap();
            let mut raised = a.clone();
            // An unanswered or not-applicable item is raised to the top level.
            let up = match a.get(&item.id) { Some(Answer::Level(v)) => Answer::Level(v.up().unwrap_or(Level::MAX)), _ => lv(5) };
            raised.insert(item.id.clone(), up);
            let before = score(q(), &a).pillars[pillar].mean.unwrap_or(0.0);
            let after = score(q(), &raised).pillars[pillar].mean.unwrap_or(0.0);
            prop_assert!(after >= before);
        }
    }
}
