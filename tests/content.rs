//! The shipped content files are valid: what a facilitator edits is checked here.
use pillars::core::questionnaire::{Questionnaire, LEVELS};
use std::collections::HashSet;

const PILLARS: [&str; 7] = [
    "engagement",
    "spaces",
    "professional-learning",
    "communications",
    "public-relations",
    "branding",
    "opportunity",
];

/// Parses a shipped content file with its own loader, failing with the loader's reason.
fn content<T, E: std::fmt::Display>(name: &str, parse: fn(&str) -> Result<T, E>) -> T {
    let path = format!("{}/assets/content/{name}", env!("CARGO_MANIFEST_DIR"));
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name} is not readable: {e}"));
    parse(&text).unwrap_or_else(|e| panic!("{name} is invalid: {e}"))
}

fn questionnaire() -> Questionnaire {
    content("questionnaire.json", Questionnaire::from_json)
}

#[test]
fn the_questionnaire_has_the_seven_pillars_in_order() {
    let q = questionnaire();
    let ids: Vec<&str> = q.pillars.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, PILLARS);
    // The built-in copy is the file (without the sources the app does not read, see build.rs).
    let same = |a: &Questionnaire, b: &Questionnaire| {
        let text = |q: &Questionnaire| {
            q.items()
                .map(|i| {
                    (
                        i.id.clone(),
                        i.prompt.clone(),
                        i.levels.clone(),
                        i.level_up.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        a.version == b.version && a.levels == b.levels && text(a) == text(b)
    };
    assert!(
        same(Questionnaire::builtin(), &q),
        "the built-in copy is the file"
    );
}

#[test]
fn every_pillar_has_at_least_four_items_and_28_in_all() {
    let q = questionnaire();
    for p in &q.pillars {
        assert!(p.items.len() >= 4, "{} has {} items", p.id, p.items.len());
        assert!(!p.description.trim().is_empty());
    }
    assert!(q.item_count() >= 28, "only {} items", q.item_count());
}

#[test]
fn every_item_is_a_five_level_ladder_with_four_hints_and_a_source() {
    let q = questionnaire();
    assert_eq!(q.levels.len(), LEVELS);
    let names: Vec<&str> = q.levels.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names.first(), Some(&"Not yet"));
    assert_eq!(names.last(), Some(&"Leading others"));
    for item in q.items() {
        assert_eq!(item.levels.len(), LEVELS, "{}", item.id);
        assert!(
            item.levels.iter().all(|l| !l.trim().is_empty()),
            "{}",
            item.id
        );
        // One hint per step (1→2, 2→3, 3→4, 4→5), each a short sentence of its own.
        assert_eq!(
            item.level_up.len(),
            LEVELS - 1,
            "{} needs a hint for each step up",
            item.id
        );
        for hint in &item.level_up {
            let n = hint.chars().count();
            assert!(
                (40..=160).contains(&n),
                "{}: a hint of {n} characters (keep them short): {hint}",
                item.id
            );
        }
        let hints: HashSet<&String> = item.level_up.iter().collect();
        assert_eq!(hints.len(), LEVELS - 1, "{} repeats a hint", item.id);
        assert!(
            item.source.starts_with("00"),
            "{} must name its seed passage: {}",
            item.id,
            item.source
        );
        let distinct: HashSet<&String> = item.levels.iter().collect();
        assert_eq!(
            distinct.len(),
            LEVELS,
            "{} repeats a level statement",
            item.id
        );
    }
}

#[test]
fn ids_are_unique_across_pillars_and_items() {
    let q = questionnaire();
    let mut seen = HashSet::new();
    for id in q
        .pillars
        .iter()
        .map(|p| &p.id)
        .chain(q.items().map(|i| &i.id))
    {
        assert!(seen.insert(id.clone()), "duplicate id {id}");
    }
}

#[test]
fn a_malformed_questionnaire_is_rejected_with_a_reason() {
    let mut q = questionnaire();
    q.pillars[0].items[0].levels.pop();
    let text = serde_json::to_string(&q).unwrap();
    let err = Questionnaire::from_json(&text).unwrap_err();
    assert!(err.to_string().contains("5 levels"), "{err}");
    let mut q = questionnaire();
    q.pillars[1].items[2].level_up.truncate(1);
    let err = Questionnaire::from_json(&serde_json::to_string(&q).unwrap()).unwrap_err();
    assert!(err.to_string().contains("4 level-up hints"), "{err}");
    assert!(Questionnaire::from_json("{not json").is_err());
}

/// Every level 1 starts the same way and says what is (not yet) done; every level 4 is a step of
/// its own from level 3 (reviewing the effect), not a synonym of "regularly".
#[test]
fn level_1_starts_alike_and_level_4_is_not_a_synonym_of_level_3() {
    let q = questionnaire();
    for item in q.items() {
        assert!(
            item.levels[0].starts_with("I am not yet "),
            "{}: level 1 starts \"I am not yet …\": {}",
            item.id,
            item.levels[0]
        );
        assert!(
            !item.levels[3].contains("consistently") && !item.levels[3].contains("regularly"),
            "{}: level 4 says how it differs from level 3, not how often: {}",
            item.id,
            item.levels[3]
        );
    }
}

mod versions {
    use super::{content, questionnaire};
    use pillars::core::questionnaire::{Migrations, Questionnaire};
    use std::collections::{BTreeSet, HashSet};

    fn migrations() -> Migrations {
        content("questionnaire-migrations.json", |t| {
            serde_json::from_str::<Migrations>(t)
        })
    }

    fn archived(version: u8) -> Questionnaire {
        let q = content(
            &format!("questionnaire-v{version}.json"),
            Questionnaire::from_json,
        );
        assert_eq!(
            q.version, version,
            "questionnaire-v{version}.json is version {version}"
        );
        q
    }

    /// The built-in copy leaves out the items a step keeps under their own id (build.rs): it
    /// carries every answer exactly as the file says.
    #[test]
    fn the_shipped_migrations_are_the_file() {
        let (built, file) = (Migrations::builtin(), migrations());
        assert_eq!(built.steps.len(), file.steps.len());
        for step in &file.steps {
            for id in step.items.keys() {
                assert_eq!(
                    built.carry(id, step.from, step.to),
                    file.carry(id, step.from, step.to),
                    "{id}"
                );
            }
            let kept = step
                .items
                .iter()
                .filter(|(f, t)| t.as_deref() == Some(f.as_str()));
            assert!(kept.count() > 0, "the file lists the items that stay");
        }
    }

    /// For each version before today's: its file is kept (links made with it open with it), it
    /// is copied into the build, and a step says for every one of its items where its answer goes.
    #[test]
    fn every_older_version_is_kept_and_every_item_of_it_is_mapped() {
        let q = questionnaire();
        let m = migrations();
        let mut v = 1;
        while v < q.version {
            let old = archived(v);
            let step = m
                .step(v)
                .unwrap_or_else(|| panic!("no step from version {v}"));
            assert!(step.to > v, "the step from {v} goes forward");
            let next = if step.to == q.version {
                q.clone()
            } else {
                archived(step.to)
            };
            let old_ids: BTreeSet<&str> = old.items().map(|i| i.id.as_str()).collect();
            let mapped: BTreeSet<&str> = step.items.keys().map(String::as_str).collect();
            assert_eq!(
                mapped, old_ids,
                "step {v}→{}: every item of {v}, no other",
                step.to
            );
            let new_ids: HashSet<&str> = next.items().map(|i| i.id.as_str()).collect();
            let mut targets = HashSet::new();
            for (from, to) in &step.items {
                match to {
                    Some(to) => {
                        assert!(
                            new_ids.contains(to.as_str()),
                            "{from} → {to}: no such item in {}",
                            step.to
                        );
                        assert!(targets.insert(to), "two items of {v} mapped to {to}");
                    }
                    // A removed item is dropped, and its id is not reused for another meaning.
                    None => assert!(
                        !new_ids.contains(from.as_str()),
                        "{from} is dropped but its id is still an item"
                    ),
                }
            }
            // An item that moved pillar is a new item (scores are per pillar).
            for (from, to) in step
                .items
                .iter()
                .filter_map(|(f, t)| Some((f, t.as_ref()?)))
            {
                let pillar_of = |q: &Questionnaire, id: &str| {
                    q.pillars
                        .iter()
                        .find(|p| p.items.iter().any(|i| i.id == id))
                        .map(|p| p.id.clone())
                };
                assert_eq!(
                    pillar_of(&old, from),
                    pillar_of(&next, to),
                    "{from} → {to} changes pillar"
                );
            }
            // Shipped as what changed since (src/core/archive.rs; scripts/post-build.mjs copies it).
            assert!(
                std::path::Path::new(&format!("assets/archive/questionnaire-v{v}.json")).exists(),
                "assets/archive/questionnaire-v{v}.json is shipped for the build"
            );
            v = step.to;
        }
        assert_eq!(v, q.version, "the steps end at today's version");
    }

    /// Today's version 2 in particular: the items the reading of issue #16 changed.
    #[test]
    fn version_2_keeps_what_means_the_same_and_drops_what_was_split() {
        let m = migrations();
        let step = m.step(1).unwrap();
        for dropped in [
            "engagement-digital-footprints",
            "professional-learning-job-embedded",
            "branding-community-pride",
        ] {
            assert_eq!(step.items[dropped], None, "{dropped}");
        }
        for kept in [
            "engagement-classroom-feedback",
            "branding-swot",
            "engagement-pedagogy-first",
        ] {
            assert_eq!(step.items[kept].as_deref(), Some(kept));
        }
        let q = questionnaire();
        for new in [
            "engagement-digital-citizenship",
            "professional-learning-ongoing",
            "professional-learning-digital-literacy",
            "opportunity-safe-to-try",
            "branding-pride-in-learning",
        ] {
            assert!(q.items().any(|i| i.id == new), "{new}");
        }
    }
}

mod library {
    use super::{content, PILLARS};
    use pillars::core::library::Library;
    use std::collections::HashSet;

    fn library() -> Library {
        content("library.json", Library::from_json)
    }

    #[test]
    fn the_library_starts_with_at_least_30_resources_named_in_the_seeds() {
        let lib = library();
        assert!(lib.resources.len() >= 30, "only {}", lib.resources.len());
        let named = lib.resources.iter().filter(|r| r.source.starts_with("00"));
        assert!(named.count() >= 30);
        for r in &lib.resources {
            // An entry no seed names is one the curators added: it says so, and its address
            // was seen on the page itself (never guessed).
            let curators = r.source == "curators"
                && r.tags.iter().any(|t| t == "identified-by-the-curators")
                && !r.url.is_empty();
            assert!(
                r.source.starts_with("00") || curators,
                "{} must say which seed text names it, or that the curators added it",
                r.id
            );
            assert!(
                r.description
                    .as_deref()
                    .is_some_and(|d| !d.trim().is_empty()),
                "{} needs a description",
                r.id
            );
            // An author the seed does not name is left out, never described in its place.
            assert!(
                r.author.as_deref().is_none_or(|a| {
                    let a = a.to_lowercase();
                    !a.trim().is_empty() && !a.contains("not named") && !a.contains("not given")
                }),
                "{}: {:?} is not an author",
                r.id,
                r.author
            );
            assert!(r.minutes > 0, "{} needs a time estimate", r.id);
        }
    }

    #[test]
    fn every_resource_is_tagged_with_pillars_of_the_questionnaire() {
        let q = super::questionnaire();
        for r in &library().resources {
            assert!(!r.pillars.is_empty(), "{} has no pillar", r.id);
            for p in &r.pillars {
                assert!(q.pillar(p.as_str()).is_some(), "{}: {p} is no pillar", r.id);
            }
        }
    }

    #[test]
    fn every_pillar_has_resources() {
        let lib = library();
        for pillar in PILLARS {
            let n = lib
                .resources
                .iter()
                .filter(|r| r.pillars.iter().any(|p| p.as_str() == pillar))
                .count();
            assert!(n >= 3, "{pillar} has only {n} resources");
        }
    }

    #[test]
    fn the_closed_communities_are_archived_and_never_recommended_first() {
        use pillars::core::answers::Answers;
        use pillars::core::pillar::PillarId;
        use pillars::core::questionnaire::Questionnaire;
        use pillars::core::recommend::{recommend, Fit};
        let lib = library();
        for id in [
            "tappedin",
            "connected-educators",
            "ascd-edge",
            "educators-pln",
        ] {
            assert!(lib.is_archived(id), "{id} has closed");
        }
        let answers = Answers::new();
        let fit = Fit {
            questionnaire: Questionnaire::builtin(),
            answers: &answers,
            archived: &lib.archived,
        };
        let all: Vec<PillarId> = PillarId::all().collect();
        for (p, picks) in recommend(&lib.resources, &fit, &all, 3) {
            for i in picks {
                let r = &lib.resources[i];
                assert!(!lib.is_archived(&r.id), "{} recommended for {p}", r.id);
            }
        }
    }

    #[test]
    fn the_book_and_the_pillars_article_cover_every_pillar() {
        let lib = library();
        for id in ["digital-leadership-book", "pillars-action-items"] {
            let r = lib.get(id).unwrap_or_else(|| panic!("{id}"));
            let ids: Vec<&str> = r.pillars.iter().map(|p| p.as_str()).collect();
            assert_eq!(ids, PILLARS, "{id}");
        }
        // Distributed leadership is where the questionnaire puts it.
        for id in [
            "mindshift-distributed-leadership",
            "blogging-distributed-leadership",
        ] {
            let r = lib.get(id).unwrap();
            assert!(
                r.pillars.iter().any(|p| p.as_str() == "opportunity"),
                "{id}"
            );
        }
    }

    #[test]
    fn what_the_curators_identified_says_so() {
        let lib = library();
        for id in [
            "brown-critics-dont-count",
            "ata-principalship-canada",
            "access4ed-community",
            "ontario-leadership-framework",
        ] {
            let r = lib.get(id).unwrap();
            assert!(
                r.tags.iter().any(|t| t == "identified-by-the-curators"),
                "{id}"
            );
            assert!(
                r.description
                    .as_deref()
                    .is_some_and(|d| d.contains("identified by the curators")
                        || d.contains("curators identified")),
                "{id} says what the curators identified"
            );
        }
    }

    #[test]
    fn every_url_is_http_or_https_and_ids_are_unique() {
        let lib = library();
        let mut ids = HashSet::new();
        for r in &lib.resources {
            assert!(ids.insert(&r.id), "duplicate id {}", r.id);
            assert!(
                r.url.is_empty() || r.url.starts_with("https://") || r.url.starts_with("http://"),
                "{}: {}",
                r.id,
                r.url
            );
        }
    }
}
