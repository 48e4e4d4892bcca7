//! Recommendations: resources per pillar, ranked on how well they fit the person (the pillar,
//! their weakest items there, the kind that suits their level), never on time estimates, which
//! are guesses. Archived resources (closed communities and sites) come last.
use crate::core::answers::Answers;
use crate::core::level::Level;
use crate::core::library::{Kind, Resource};
use crate::core::pillar::PillarId;
use crate::core::questionnaire::Questionnaire;
use crate::core::scoring::band;

/// How many of a pillar's lowest-rated items a resource is matched against (the ones the
/// summary gives hints for).
pub const WEAKEST_ITEMS: usize = 3;

/// What recommendations are fitted to.
pub struct Fit<'a> {
    /// The questionnaire in the language the resources' tags are in (the built-in one).
    pub questionnaire: &'a Questionnaire,
    pub answers: &'a Answers,
    /// Ids of archived resources.
    pub archived: &'a [String],
}

/// For each given pillar (in the given order): up to `per_pillar` indices of resources serving
/// it, best fit first: not archived; then matching more of the person's weakest items in that
/// pillar (a tag of the resource named in the item's prompt); then most focused (fewest
/// pillars); then a kind that suits the person's level there (see [`kind_fits`]); then library
/// order. Deterministic.
pub fn recommend(
    resources: &[Resource],
    fit: &Fit,
    pillars: &[PillarId],
    per_pillar: usize,
) -> Vec<(PillarId, Vec<usize>)> {
    pillars
        .iter()
        .map(|&p| {
            let weakest = weakest_prompts(fit, p);
            let starting = starting_out(fit, p);
            let mut picks: Vec<usize> = resources
                .iter()
                .enumerate()
                .filter(|(_, r)| r.pillars.contains(&p))
                .map(|(i, _)| i)
                .collect();
            picks.sort_by_key(|&i| {
                let r = &resources[i];
                let archived = fit.archived.contains(&r.id);
                let matched = weakest.iter().filter(|w| names_a_tag(w, r)).count();
                (
                    archived,
                    std::cmp::Reverse(matched),
                    r.pillars.len(),
                    !kind_fits(r.kind, starting),
                    i,
                )
            });
            picks.truncate(per_pillar);
            (p, picks)
        })
        .collect()
}

/// The prompts of the pillar's lowest-rated items below the top level, folded for matching.
fn weakest_prompts(fit: &Fit, p: PillarId) -> Vec<String> {
    let Some(pillar) = fit.questionnaire.pillars.get(p.index()) else {
        return Vec::new();
    };
    let mut rated: Vec<(Level, &str)> = pillar
        .items
        .iter()
        .filter_map(|i| Some((fit.answers.get(&i.id)?.level()?, i.prompt.as_str())))
        .filter(|(l, _)| *l < Level::MAX)
        .collect();
    rated.sort_by_key(|(l, _)| *l);
    rated
        .into_iter()
        .take(WEAKEST_ITEMS)
        .map(|(_, prompt)| words(prompt))
        .collect()
}

/// Whether the person is starting out on the pillar: its mean is in the first two levels, or
/// nothing there is rated yet.
fn starting_out(fit: &Fit, p: PillarId) -> bool {
    let Some(pillar) = fit.questionnaire.pillars.get(p.index()) else {
        return true;
    };
    let levels: Vec<u8> = pillar
        .items
        .iter()
        .filter_map(|i| fit.answers.get(&i.id)?.level())
        .map(Level::get)
        .collect();
    if levels.is_empty() {
        return true;
    }
    let mean = levels.iter().map(|&l| f64::from(l)).sum::<f64>() / levels.len() as f64;
    band(mean) <= Level::new(2).unwrap_or(Level::MIN)
}

/// Someone starting out is best served by a way in (an article, video, podcast or course);
/// someone already practising by what takes it further (a community of peers, a book, a report
/// or a standard to review their practice against).
pub fn kind_fits(kind: Kind, starting_out: bool) -> bool {
    let way_in = matches!(
        kind,
        Kind::Article | Kind::Video | Kind::Podcast | Kind::Course
    );
    way_in == starting_out
}

/// Lowercase words separated by single spaces, with a space at each end, for whole-word search.
fn words(text: &str) -> String {
    let mut out = String::from(" ");
    for w in text
        .split(|c: char| !crate::core::text::is_word(c))
        .filter(|w| !w.is_empty())
    {
        out.push_str(&crate::core::text::lowercase(w));
        out.push(' ');
    }
    out
}

/// Whether one of `r`'s tags (words joined by hyphens) is named, as whole words, in `folded`
/// (from [`words`]); a plural "s" is allowed.
fn names_a_tag(folded: &str, r: &Resource) -> bool {
    r.tags.iter().any(|t| {
        let tag = words(t);
        let plural = format!("{}s ", tag.trim_end());
        tag.trim().len() > 1 && (folded.contains(&tag) || folded.contains(&plural))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::lv;
    use crate::core::library::fixtures::{pid, res, sample};
    use crate::core::library::Kind;

    fn q() -> &'static Questionnaire {
        Questionnaire::builtin()
    }

    fn no_fit<'a>(answers: &'a Answers) -> Fit<'a> {
        Fit {
            questionnaire: q(),
            answers,
            archived: &[],
        }
    }

    /// Every item of the pillar at `level`.
    fn at(pillar: &str, level: u8) -> Answers {
        q().pillar(pillar)
            .unwrap()
            .items
            .iter()
            .map(|i| (i.id.clone(), lv(level)))
            .collect()
    }

    fn pl_resources() -> Vec<Resource> {
        let mut rs = sample();
        rs.push(res(
            "quick-pl",
            "Quick PL",
            "A",
            Kind::Video,
            &["professional-learning"],
            "d",
            &[],
            5,
        ));
        rs.push(res(
            "unknown-time",
            "U",
            "A",
            Kind::Community,
            &["professional-learning"],
            "d",
            &[],
            0,
        ));
        rs.push(res(
            "broad",
            "B",
            "A",
            Kind::Video,
            &["professional-learning", "spaces"],
            "d",
            &[],
            1,
        ));
        rs
    }

    #[test]
    fn focused_resources_first_then_the_kind_for_the_level_never_the_minutes() {
        let rs = pl_resources();
        let (pl, none, branding) = (
            pid("professional-learning"),
            pid("opportunity"),
            pid("branding"),
        );
        let nothing = Answers::new();
        let rec = recommend(&rs, &no_fit(&nothing), &[pl, none, branding], 4);
        // Starting out (nothing rated): among the one-pillar resources, ways in (the course,
        // the video) before the communities, in library order whatever their minutes; the
        // two-pillar video after them.
        assert_eq!(rec[0], (pl, vec![4, 7, 2, 8]));
        assert_eq!(rec[1], (none, vec![])); // a pillar nothing serves
        assert_eq!(rec[2], (branding, vec![0, 3]));
        let spaces = pid("spaces");
        assert_eq!(
            recommend(&rs, &no_fit(&nothing), &[spaces], 0)[0].1.len(),
            0
        );

        // Practising: the community (a network of peers) comes first.
        let practising = at("professional-learning", 4);
        let rec = recommend(&rs, &no_fit(&practising), &[pl], 3);
        assert_eq!(rec[0].1, vec![2, 8, 4]);

        // Minutes never matter: the same ranking with every estimate changed.
        let mut timed = rs.clone();
        for (n, r) in timed.iter_mut().enumerate() {
            r.minutes = (n as u32 * 37) % 11;
        }
        assert_eq!(
            recommend(&timed, &no_fit(&nothing), &[pl, branding], 9),
            recommend(&rs, &no_fit(&nothing), &[pl, branding], 9)
        );
    }

    #[test]
    fn resources_for_the_weakest_items_come_first() {
        let mut rs = pl_resources();
        // A broad resource whose tag names the weakest item's subject.
        let item = q()
            .items()
            .find(|i| i.id == "professional-learning-lead-learner")
            .unwrap();
        assert!(item.prompt.contains("ePortfolio"));
        rs.push(res(
            "portfolio",
            "P",
            "A",
            Kind::Book,
            &["professional-learning", "branding", "spaces"],
            "d",
            &["eportfolio"],
            600,
        ));
        let last = rs.len() - 1;
        let pl = pid("professional-learning");
        let mut answers = at("professional-learning", 4);
        let nothing = Answers::new();
        assert_ne!(recommend(&rs, &no_fit(&nothing), &[pl], 1)[0].1, vec![last]);
        answers.insert(item.id.clone(), lv(1));
        assert_eq!(recommend(&rs, &no_fit(&answers), &[pl], 1)[0].1, vec![last]);
        // At the top level the item is no longer among the weakest.
        answers.insert(item.id.clone(), lv(5));
        assert_ne!(recommend(&rs, &no_fit(&answers), &[pl], 1)[0].1, vec![last]);
    }

    #[test]
    fn archived_resources_come_last() {
        let rs = pl_resources();
        let pl = pid("professional-learning");
        let nothing = Answers::new();
        let first = recommend(&rs, &no_fit(&nothing), &[pl], 1)[0].1[0];
        let archived = vec![rs[first].id.clone()];
        let fit = Fit {
            archived: &archived,
            ..no_fit(&nothing)
        };
        let ranked = &recommend(&rs, &fit, &[pl], rs.len())[0].1;
        assert_eq!(ranked.last(), Some(&first));
        assert_ne!(ranked[0], first);
    }

    #[test]
    fn tags_match_whole_words_only() {
        let r = res("x", "X", "A", Kind::Article, &["spaces"], "d", &["pln"], 1);
        assert!(!names_a_tag(&words("A plnx or explain"), &r));
        let r = res(
            "x",
            "X",
            "A",
            Kind::Article,
            &["spaces"],
            "d",
            &["digital-footprint"],
            1,
        );
        assert!(names_a_tag(
            &words("Learners build positive digital footprints"),
            &r
        ));
        assert!(names_a_tag(&words("my digital footprint."), &r));
        assert!(!names_a_tag(&words("digital citizenship"), &r));
    }
}
