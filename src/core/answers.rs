//! Answers to the questionnaire, the attempt in progress and progress arithmetic.
use super::level::Level;
use super::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// One answer: a level on the item's ladder, or "not applicable".
/// Stored as a number: 1..=5 for levels, 0 for not applicable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Answer {
    Level(Level),
    NotApplicable,
}

/// A stored number that is no answer (neither 0 nor a level).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAnAnswer(pub u8);

impl fmt::Display for NotAnAnswer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "answer {} is not a level", self.0)
    }
}

impl TryFrom<u8> for Answer {
    type Error = NotAnAnswer;
    fn try_from(v: u8) -> Result<Self, NotAnAnswer> {
        match v {
            0 => Ok(Answer::NotApplicable),
            _ => Level::new(v).map(Answer::Level).ok_or(NotAnAnswer(v)),
        }
    }
}

impl From<Answer> for u8 {
    fn from(a: Answer) -> u8 {
        match a {
            Answer::NotApplicable => 0,
            Answer::Level(v) => v.get(),
        }
    }
}

impl Answer {
    pub fn level(self) -> Option<Level> {
        match self {
            Answer::Level(v) => Some(v),
            Answer::NotApplicable => None,
        }
    }
}

/// Item id to answer.
pub type Answers = BTreeMap<String, Answer>;

/// How much of something has been answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    pub fn complete(&self) -> bool {
        self.total > 0 && self.answered == self.total
    }
}

/// Progress of one pillar (by index); answers to unknown items are ignored.
pub fn pillar_progress(q: &Questionnaire, answers: &Answers, pillar: usize) -> Progress {
    match q.pillars.get(pillar) {
        Some(p) => Progress {
            answered: p
                .items
                .iter()
                .filter(|i| answers.contains_key(&i.id))
                .count(),
            total: p.items.len(),
        },
        None => Progress::default(),
    }
}

pub fn overall_progress(q: &Questionnaire, answers: &Answers) -> Progress {
    (0..q.pillars.len()).fold(Progress::default(), |acc, i| {
        let p = pillar_progress(q, answers, i);
        Progress {
            answered: acc.answered + p.answered,
            total: acc.total + p.total,
        }
    })
}

/// The first pillar (from `from`, wrapping) that still has unanswered items.
pub fn next_incomplete_pillar(q: &Questionnaire, answers: &Answers, from: usize) -> Option<usize> {
    let n = q.pillars.len();
    (0..n)
        .map(|k| (from + k) % n)
        .find(|&i| !pillar_progress(q, answers, i).complete())
}

/// Answers in questionnaire order, `None` where unanswered (the share-link codec's input).
pub fn in_order(q: &Questionnaire, answers: &Answers) -> Vec<Option<Answer>> {
    q.items().map(|i| answers.get(&i.id).copied()).collect()
}

/// Rebuilds an answer map from answers in questionnaire order.
pub fn from_order(q: &Questionnaire, ordered: &[Option<Answer>]) -> Answers {
    q.items()
        .zip(ordered)
        .filter_map(|(i, a)| a.map(|a| (i.id.clone(), a)))
        .collect()
}

/// Answers given to version `from` of the questionnaire, carried over to version `to` by the
/// migrations `m`: each answer moves to the item that means the same in `to` (the same id, or
/// the one it was renamed to) or is dropped when no item does. `None` when no chain of
/// migrations leads from `from` to `to` (the answers are then kept as they are).
pub fn carry_over(
    answers: &Answers,
    from: u8,
    to: u8,
    m: &super::questionnaire::Migrations,
) -> Option<Answers> {
    if !m.reaches(from, to) {
        return None;
    }
    Some(
        answers
            .iter()
            .filter_map(|(id, a)| Some((m.carry(id, from, to)??, *a)))
            .collect(),
    )
}

/// The answer "level `n`" (tests only; `n` must be 1..=5).
#[cfg(test)]
pub(crate) fn lv(n: u8) -> Answer {
    Answer::Level(Level::new(n).expect("a level"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_counts_answers_per_pillar_and_overall() {
        let q = Questionnaire::builtin();
        let mut a = Answers::new();
        a.insert(q.pillars[0].items[0].id.clone(), lv(3));
        a.insert(q.pillars[0].items[1].id.clone(), Answer::NotApplicable);
        a.insert("not-an-item".into(), lv(5));
        assert_eq!(
            pillar_progress(q, &a, 0),
            Progress {
                answered: 2,
                total: q.pillars[0].items.len()
            }
        );
        assert_eq!(pillar_progress(q, &a, 1).answered, 0);
        assert_eq!(pillar_progress(q, &a, 99), Progress::default());
        let all = overall_progress(q, &a);
        assert_eq!((all.answered, all.total), (2, q.item_count()));
        assert!(!all.complete());
        assert_eq!(next_incomplete_pillar(q, &a, 3), Some(3));
    }

    #[test]
    fn answers_round_trip_through_questionnaire_order() {
        let q = Questionnaire::builtin();
        let mut a = Answers::new();
        for (n, item) in q.items().enumerate().filter(|(n, _)| n % 3 != 0) {
            a.insert(
                item.id.clone(),
                if n % 7 == 0 {
                    Answer::NotApplicable
                } else {
                    lv((n % 5) as u8 + 1)
                },
            );
        }
        let ordered = in_order(q, &a);
        assert_eq!(ordered.len(), q.item_count());
        assert_eq!(from_order(q, &ordered), a);
    }

    #[test]
    fn answers_carry_over_to_the_items_that_mean_the_same() {
        use crate::core::questionnaire::{Migration, Migrations};
        let m = Migrations {
            steps: vec![Migration {
                from: 1,
                to: 2,
                items: [("same", Some("same")), ("old", Some("new")), ("gone", None)]
                    .into_iter()
                    .map(|(a, b)| (a.to_string(), b.map(str::to_string)))
                    .collect(),
            }],
        };
        let a: Answers = [
            ("same", lv(2)),
            ("old", Answer::NotApplicable),
            ("gone", lv(5)),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let b = carry_over(&a, 1, 2, &m).unwrap();
        let expected: Answers = [("same", lv(2)), ("new", Answer::NotApplicable)]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        assert_eq!(b, expected);
        assert_eq!(carry_over(&a, 2, 2, &m), Some(a.clone()), "already there");
        assert_eq!(carry_over(&a, 2, 3, &m), None, "no chain");
    }

    #[test]
    fn answers_are_stored_as_small_numbers_and_bad_ones_are_refused() {
        assert_eq!(serde_json::to_string(&Answer::NotApplicable).unwrap(), "0");
        assert_eq!(serde_json::from_str::<Answer>("4").unwrap(), lv(4));
        assert!(serde_json::from_str::<Answer>("6").is_err());
    }
}
