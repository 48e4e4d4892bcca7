//! Fast typo-tolerant search over resources: what is looked for (the filter), the index and the
//! counts shown next to each filter choice.
mod distance;
pub(crate) mod fold;
mod index;

#[cfg(test)]
pub(crate) use index::Query;
pub use index::SearchIndex;

use crate::core::library::Kind;
use crate::core::pillar::{PerPillar, PillarId};
use serde::{Deserialize, Serialize};

/// What the person is looking for. Lives in the page's query string, so: flat strings, all
/// optional, empty ones left out when serialized, and invalid values harmless (an unknown
/// pillar or kind means "no filter"; unknown parameters are ignored).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub q: String,
    /// One pillar id or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pillar: String,
    /// One kind id or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
}

impl Filter {
    /// The pillar filter, if it names a known pillar.
    pub fn pillar_id(&self) -> Option<PillarId> {
        PillarId::parse_loose(&self.pillar)
    }

    /// The kind filter, if it names a known kind.
    pub fn kind(&self) -> Option<Kind> {
        Kind::parse(&self.kind)
    }

    /// The filter as the library's query string (empty parts left out).
    pub fn to_query(&self) -> String {
        crate::core::query::build([
            ("q", self.q.as_str()),
            ("pillar", self.pillar.as_str()),
            ("kind", self.kind.as_str()),
        ])
    }

    /// Reads the library's query string; unknown parameters are ignored.
    pub fn from_query(query: &str) -> Filter {
        let mut f = Filter::default();
        for (k, v) in crate::core::query::pairs(query) {
            match k.as_str() {
                "q" => f.q = v,
                "pillar" => f.pillar = v,
                "kind" => f.kind = v,
                _ => {}
            }
        }
        f
    }

    /// True when nothing narrows the list.
    pub fn is_empty(&self) -> bool {
        self.q.trim().is_empty() && self.pillar_id().is_none() && self.kind().is_none()
    }

    /// Whether `r` is among what this filter lets through (as the library's search finds it).
    pub fn shows(&self, r: &crate::core::library::Resource) -> bool {
        let one = std::slice::from_ref(r);
        self.is_empty() || !SearchIndex::new(one).search(one, self).is_empty()
    }
}

/// The results list and the filter counts for one state of the library page.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchResults {
    /// As [`SearchIndex::search`].
    pub hits: Vec<usize>,
    /// As [`SearchIndex::counts_by_pillar`].
    pub by_pillar: PerPillar<usize>,
    /// As [`SearchIndex::counts_by_kind`].
    pub by_kind: Vec<(String, usize)>,
}

fn kind_count_list(counts: [usize; 8]) -> Vec<(String, usize)> {
    Kind::ALL
        .iter()
        .zip(counts)
        .map(|(k, c)| (k.id().to_string(), c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::library::fixtures::sample;
    use proptest::prelude::*;
    use std::collections::HashSet;

    #[test]
    fn the_filter_lives_in_the_query_string_and_comes_back() {
        let f = Filter {
            q: "twitter & chats".into(),
            pillar: "spaces".into(),
            kind: String::new(),
        };
        assert_eq!(f.to_query(), "q=twitter+%26+chats&pillar=spaces");
        assert_eq!(Filter::from_query(&f.to_query()), f);
        assert_eq!(
            Filter::from_query("kind=book&utm=x"),
            Filter {
                kind: "book".into(),
                ..Filter::default()
            }
        );
        assert_eq!(Filter::default().to_query(), "");
    }

    #[test]
    fn a_filter_says_whether_it_shows_a_resource() {
        let rs = sample();
        let twitter = &rs[2];
        let by = |q: &str, pillar: &str| Filter {
            q: q.into(),
            pillar: pillar.into(),
            kind: String::new(),
        };
        assert!(Filter::default().shows(twitter));
        assert!(
            by("twiter", "").shows(twitter),
            "as the search finds it, typo included"
        );
        assert!(!by("branding", "").shows(twitter));
        let pillar = twitter.pillars[0].as_str();
        assert!(by("", pillar).shows(twitter));
        let other = ["engagement", "spaces", "branding"]
            .into_iter()
            .find(|p| !twitter.pillars.iter().any(|t| t.as_str() == *p));
        assert!(!by("", other.unwrap()).shows(twitter));
    }

    fn find(q: &str) -> Vec<usize> {
        let rs = sample();
        SearchIndex::new(&rs).search(
            &rs,
            &Filter {
                q: q.into(),
                ..Filter::default()
            },
        )
    }

    #[test]
    fn exact_title_beats_partial_and_description_matches() {
        let hits = find("digital leadership");
        assert_eq!(hits, [0, 1]); // title "Digital Leadership", then "…Digital Age" (description)
        assert_eq!(find("Digital Leadership!")[0], 0);
        assert_eq!(find("twitter")[0..2], [2, 4]); // title match before tag+description match
    }

    #[test]
    fn one_typo_still_finds() {
        assert!(find("twiter").contains(&2));
        assert!(find("twiter").contains(&4));
        assert_eq!(find("leadreship")[0], 0);
        assert_eq!(find("brandng"), [3]);
        assert_eq!(find("brandng school")[0], 3);
        assert!(find("twiter chast").contains(&2));
        assert!(find("xyzzy").is_empty());
        // Short words are not typo-matched: "cat" does not match "chats".
        assert!(find("cat").is_empty());
    }

    #[test]
    fn word_order_does_not_matter() {
        assert_eq!(find("leadership digital")[0], 0);
        assert_eq!(find("educators twitter chats")[0], 2);
    }

    #[test]
    fn prefix_accent_and_apostrophe_matching() {
        assert_eq!(find("bran")[0], 3);
        assert_eq!(find("tw"), [2, 4]);
        assert!(find("t").is_empty()); // one letter: whole words only
        assert_eq!(find("digital lead")[0], 0);
        assert_eq!(find("cafe muller"), [5]);
        assert_eq!(find("MÜLLER"), [5]);
        assert_eq!(find("schools"), [3]);
        assert_eq!(find("30 days"), [4]);
    }

    #[test]
    fn empty_query_lists_everything_in_order() {
        assert_eq!(find(""), (0..7).collect::<Vec<_>>());
        assert_eq!(find("  ?! "), (0..7).collect::<Vec<_>>());
    }

    #[test]
    fn filters_combine_with_search() {
        let rs = sample();
        let idx = SearchIndex::new(&rs);
        let f = |q: &str, pillar: &str, kind: &str| {
            idx.search(
                &rs,
                &Filter {
                    q: q.into(),
                    pillar: pillar.into(),
                    kind: kind.into(),
                },
            )
        };
        assert_eq!(f("", "professional-learning", ""), [2, 4]);
        assert_eq!(f("twitter", "professional-learning", "course"), [4]);
        assert_eq!(f("twitter", "", "video"), Vec::<usize>::new());
        assert_eq!(f("digital", "communications", ""), [1]);
        assert_eq!(f("", "branding", "book"), [0, 3]);
        // Unknown or oddly written values are ignored rather than matching nothing.
        assert_eq!(f("twitter", "nonsense", "blog"), f("twitter", "", ""));
        assert_eq!(f("", " Spaces ", "VIDEO"), [5]);
    }

    #[test]
    fn filter_helpers() {
        let f = Filter {
            q: " ".into(),
            pillar: "Branding".into(),
            kind: "x".into(),
        };
        assert_eq!(f.pillar_id(), PillarId::parse("branding"));
        assert_eq!(f.kind(), None);
        assert!(!f.is_empty());
        assert!(Filter::default().is_empty());
        let json = serde_json::to_string(&Filter::default()).unwrap();
        assert_eq!(
            serde_json::from_str::<Filter>("{}").unwrap(),
            Filter::default()
        );
        assert_eq!(json, "{}"); // empty parts stay out of the page URL
        let f = Filter {
            q: "twiter chats".into(),
            pillar: "spaces".into(),
            kind: String::new(),
        };
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(json, r#"{"q":"twiter chats","pillar":"spaces"}"#);
        assert_eq!(serde_json::from_str::<Filter>(&json).unwrap(), f);
        let odd: Filter = serde_json::from_str(r#"{"pillar":"x","utm_source":"y"}"#).unwrap();
        assert_eq!(odd.pillar_id(), None);
    }

    #[test]
    fn counts_by_pillar_and_kind() {
        let rs = sample();
        let idx = SearchIndex::new(&rs);
        let filter = Filter {
            q: "twitter".into(),
            pillar: "spaces".into(),
            kind: String::new(),
        };
        let by_pillar = idx.counts_by_pillar(&rs, &filter);
        assert_eq!(by_pillar.len(), 7);
        assert_eq!(
            by_pillar[PillarId::parse("professional-learning").unwrap()],
            2
        );
        assert_eq!(by_pillar.iter().map(|(_, c)| c).sum::<usize>(), 2);
        // Kind counts respect the pillar filter.
        let filter = Filter {
            q: "".into(),
            pillar: "branding".into(),
            kind: "book".into(),
        };
        let by_kind = idx.counts_by_kind(&rs, &filter);
        assert_eq!(by_kind.len(), 8);
        assert_eq!(by_kind[2], ("book".to_string(), 2));
        assert_eq!(by_kind.iter().map(|(_, c)| c).sum::<usize>(), 2);
        // Each count equals the size of the search with that choice made.
        for q in ["", "twiter", "leadership", "spaces"] {
            let f = Filter {
                q: q.into(),
                pillar: "branding".into(),
                kind: "book".into(),
            };
            let together = idx.search_with_counts(&rs, &f);
            assert_eq!(together.hits, idx.search(&rs, &f));
            assert_eq!(together.by_pillar, idx.counts_by_pillar(&rs, &f));
            assert_eq!(together.by_kind, idx.counts_by_kind(&rs, &f));
            for (p, &c) in idx
                .counts_by_pillar(
                    &rs,
                    &Filter {
                        q: q.into(),
                        ..Filter::default()
                    },
                )
                .iter()
            {
                let f = Filter {
                    q: q.into(),
                    pillar: p.to_string(),
                    kind: String::new(),
                };
                assert_eq!(idx.search(&rs, &f).len(), c);
            }
            for (k, c) in idx.counts_by_kind(
                &rs,
                &Filter {
                    q: q.into(),
                    ..Filter::default()
                },
            ) {
                let f = Filter {
                    q: q.into(),
                    pillar: String::new(),
                    kind: k,
                };
                assert_eq!(idx.search(&rs, &f).len(), c);
            }
        }
    }

    #[test]
    fn mismatched_or_empty_inputs_are_harmless() {
        let rs = sample();
        let idx = SearchIndex::new(&rs);
        let f = Filter {
            q: "twitter".into(),
            ..Filter::default()
        };
        assert_eq!(idx.search(&rs[..3], &f), [2]); // never an index past the slice
        let empty = SearchIndex::new(&[]);
        assert!(empty.is_empty());
        assert!(empty.search(&rs, &f).is_empty());
        assert!(empty.search(&[], &Filter::default()).is_empty());
        assert_eq!(empty.counts_by_kind(&[], &f).len(), 8);
    }

    proptest! {
        #[test]
        fn search_never_panics(q in any::<String>(), q2 in "[a-zé ']{0,24}",
                               pillar in prop::sample::select(vec!["", "spaces", "branding", "x\u{0}"]),
                               kind in any::<String>()) {
            let rs = sample();
            let idx = SearchIndex::new(&rs);
            for q in [&q, &q2] {
                let f = Filter { q: q.clone(), pillar: pillar.to_string(), kind: kind.clone() };
                let hits = idx.search(&rs, &f);
                let mut seen = HashSet::new();
                for &i in &hits {
                    prop_assert!(i < rs.len());
                    prop_assert!(seen.insert(i));
                }
                let by_pillar = idx.counts_by_pillar(&rs, &f);
                prop_assert_eq!(by_pillar.len(), 7);
                let together = idx.search_with_counts(&rs, &f);
                prop_assert_eq!(&together.hits, &hits);
                prop_assert_eq!(&together.by_pillar, &by_pillar);
                prop_assert_eq!(together.by_kind, idx.counts_by_kind(&rs, &f));
                if f.pillar_id().is_none() {
                    prop_assert!(by_pillar.iter().all(|(_, c)| *c <= hits.len()));
                }
            }
        }
    }
}
