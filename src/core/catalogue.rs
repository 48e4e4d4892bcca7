//! The catalogue a person searches and adds to: the built-in library with their own and imported
//! resources, the resource form's model, and how collections are named.
use crate::core::library::{
    check_url, pillar_index, Filter, Kind, Library, Resource, SearchIndex, SearchResults,
    PILLAR_IDS,
};
use crate::core::state::ImportedResource;
use std::collections::{BTreeSet, HashMap};

/// Where a resource in the person's list came from, besides the built-in library.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Provenance {
    /// The person added it.
    pub own: bool,
    /// The collections it came in ("<name> by <curator>").
    pub from: Vec<String>,
}

/// The built-in library, the person's own resources and imported ones, as one searchable list.
pub struct Catalogue {
    pub resources: Vec<Resource>,
    /// Parallel to `resources`.
    pub provenance: Vec<Provenance>,
    pub index: SearchIndex,
}

/// Builds the list: library first, then own, then imported. A resource is listed once per id
/// (bookmarks and notes are kept by id); a later copy only adds where it came from.
pub fn catalogue(own: &[Resource], imported: &[ImportedResource]) -> Catalogue {
    let mut resources = Library::builtin().resources.clone();
    let mut provenance = vec![Provenance::default(); resources.len()];
    let mut at: HashMap<String, usize> = resources
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.clone(), i))
        .collect();
    for r in own {
        if !at.contains_key(&r.id) {
            at.insert(r.id.clone(), resources.len());
            resources.push(r.clone());
            provenance.push(Provenance {
                own: true,
                from: Vec::new(),
            });
        }
    }
    for imp in imported {
        let i = *at.entry(imp.resource.id.clone()).or_insert_with(|| {
            resources.push(imp.resource.clone());
            provenance.push(Provenance::default());
            resources.len() - 1
        });
        if !provenance[i].from.contains(&imp.source) {
            provenance[i].from.push(imp.source.clone());
        }
    }
    let index = SearchIndex::new(&resources);
    Catalogue {
        resources,
        provenance,
        index,
    }
}

/// Searches the catalogue; with `only`, keeps just those ids, counts included, so the numbers in
/// the filters always match what choosing them would show.
pub fn search(cat: &Catalogue, filter: &Filter, only: Option<&BTreeSet<String>>) -> SearchResults {
    let Some(only) = only else {
        return cat.index.search_with_counts(&cat.resources, filter);
    };
    let kept = |f: &Filter| -> Vec<usize> {
        cat.index
            .search(&cat.resources, f)
            .into_iter()
            .filter(|&i| only.contains(&cat.resources[i].id))
            .collect()
    };
    let mut by_pillar = [0usize; 7];
    for i in kept(&Filter {
        pillar: String::new(),
        ..filter.clone()
    }) {
        for p in &cat.resources[i].pillars {
            if let Some(k) = pillar_index(p) {
                by_pillar[k] += 1;
            }
        }
    }
    let mut by_kind = [0usize; 8];
    for i in kept(&Filter {
        kind: String::new(),
        ..filter.clone()
    }) {
        if let Some(k) = Kind::ALL.iter().position(|k| *k == cat.resources[i].kind) {
            by_kind[k] += 1;
        }
    }
    SearchResults {
        hits: kept(filter),
        by_pillar: PILLAR_IDS
            .iter()
            .zip(by_pillar)
            .map(|(p, n)| (p.to_string(), n))
            .collect(),
        by_kind: Kind::ALL
            .iter()
            .zip(by_kind)
            .map(|(k, n)| (k.id().to_string(), n))
            .collect(),
    }
}

/// How a collection is named where its resources are shown: "<name> by <curator>".
pub fn collection_source(name: &str, curator: &str) -> String {
    let name = name.trim();
    let name = if name.is_empty() {
        "Unnamed collection"
    } else {
        name
    };
    match curator.trim() {
        "" => name.to_string(),
        c => format!("{name} by {c}"),
    }
}

/// A file name for a collection: `pillars-collection-<slug>.json`.
pub fn collection_filename(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "collection" } else { slug };
    format!("pillars-collection-{slug}.json")
}

/// A count with its noun: "1 resource", "3 resources".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Stored as the author of an own resource when none was given (the core requires one).
pub const NO_AUTHOR: &str = "Author not given";
/// Stored as the description of an own resource when none was given (the core requires one).
pub const NO_DESCRIPTION: &str = "No description given.";
/// Longest time estimate accepted in the form (about ten weeks of full days).
const MAX_MINUTES: u32 = 100_000;

/// "About 30 min", "About 2 h", "About 1.5 h"; `None` when the time is unknown (0).
pub fn time_estimate(minutes: u32) -> Option<String> {
    match minutes {
        0 => None,
        m if m < 60 => Some(format!("About {m} min")),
        m => {
            let halves = (u64::from(m) + 15) / 30; // nearest half hour
            if halves % 2 == 0 {
                Some(format!("About {} h", halves / 2))
            } else {
                Some(format!("About {}.5 h", halves / 2))
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The resource form's model
// ---------------------------------------------------------------------------------------------

/// What the person typed in the resource form, kept as typed (time and tags as text) so the form
/// shows their input unchanged until it is saved.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub url: String,
    pub author: String,
    pub kind: Kind,
    /// Pillar ids.
    pub pillars: Vec<String>,
    pub description: String,
    pub minutes: String,
    /// Comma-separated.
    pub tags: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            title: String::new(),
            url: String::new(),
            author: String::new(),
            kind: Kind::Article,
            pillars: Vec::new(),
            description: String::new(),
            minutes: String::new(),
            tags: String::new(),
        }
    }
}

/// Why a draft can't be saved, per field; each a sentence for the person.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftErrors {
    pub title: Option<String>,
    pub url: Option<String>,
    pub pillars: Option<String>,
    pub minutes: Option<String>,
    /// Anything else the core refused (e.g. a field far too long).
    pub general: Option<String>,
}

impl DraftErrors {
    pub fn is_empty(&self) -> bool {
        *self == DraftErrors::default()
    }
}

impl Draft {
    /// The form filled in with a resource, for editing.
    pub fn from_resource(r: &Resource) -> Draft {
        Draft {
            title: r.title.clone(),
            url: r.url.clone(),
            author: if r.author == NO_AUTHOR {
                String::new()
            } else {
                r.author.clone()
            },
            kind: r.kind,
            pillars: r.pillars.clone(),
            description: if r.description == NO_DESCRIPTION {
                String::new()
            } else {
                r.description.clone()
            },
            minutes: if r.minutes == 0 {
                String::new()
            } else {
                r.minutes.to_string()
            },
            tags: r.tags.join(", "),
        }
    }

    /// The resource to save under `id`, or what must be fixed first. Only http(s) addresses pass.
    pub fn to_resource(&self, id: &str) -> Result<Resource, DraftErrors> {
        let mut e = DraftErrors::default();
        let title = self.title.trim();
        if title.is_empty() {
            e.title = Some("Give the resource a title.".into());
        }
        let url = check_url(&self.url).unwrap_or_else(|err| {
            e.url = Some(err.to_string());
            String::new()
        });
        let pillars: Vec<String> = PILLAR_IDS
            .iter()
            .filter(|p| self.pillars.iter().any(|x| x == *p))
            .map(|p| p.to_string())
            .collect();
        if pillars.is_empty() {
            e.pillars = Some("Choose at least one pillar this resource serves.".into());
        }
        let minutes = match self.minutes.trim() {
            "" => 0,
            m => match m.parse::<u32>() {
                Ok(v) if v <= MAX_MINUTES => v,
                _ => {
                    e.minutes = Some(
                        "Enter the time as a whole number of minutes (for example 30), or leave it empty."
                            .into(),
                    );
                    0
                }
            },
        };
        if !e.is_empty() {
            return Err(e);
        }
        let mut tags: Vec<String> = Vec::new();
        for t in self
            .tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            if !tags.iter().any(|x| x.eq_ignore_ascii_case(t)) {
                tags.push(t.to_string());
            }
        }
        let or = |s: &str, default: &str| {
            let s = s.trim();
            if s.is_empty() { default } else { s }.to_string()
        };
        Resource {
            id: id.to_string(),
            title: title.to_string(),
            author: or(&self.author, NO_AUTHOR),
            kind: self.kind,
            pillars,
            description: or(&self.description, NO_DESCRIPTION),
            minutes,
            url,
            tags,
            source: String::new(),
        }
        .normalized()
        .map_err(|msg| DraftErrors {
            general: Some(msg),
            ..DraftErrors::default()
        })
    }

    pub fn set(&mut self, field: Field, value: String) {
        *match field {
            Field::Title => &mut self.title,
            Field::Url => &mut self.url,
            Field::Author => &mut self.author,
            Field::Description => &mut self.description,
            Field::Minutes => &mut self.minutes,
            Field::Tags => &mut self.tags,
        } = value;
    }

    pub fn toggle_pillar(&mut self, id: &str) {
        if self.pillars.iter().any(|x| x == id) {
            self.pillars.retain(|x| x != id);
        } else {
            self.pillars.push(id.to_string());
        }
    }
}

/// A text field of the resource form.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Field {
    Title,
    Url,
    Author,
    Description,
    Minutes,
    Tags,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(id: &str, title: &str) -> Resource {
        Resource {
            id: id.into(),
            title: title.into(),
            author: "Me".into(),
            kind: Kind::Article,
            pillars: vec!["branding".into()],
            description: "Our school's guide to tweeting".into(),
            minutes: 10,
            url: String::new(),
            tags: vec![],
            source: String::new(),
        }
    }

    #[test]
    fn the_catalogue_lists_each_id_once_with_where_it_came_from() {
        let library = &Library::builtin().resources;
        let first = library[0].clone();
        let mine = own("own-1", "Our branding guide");
        let imported = vec![
            ImportedResource {
                source: "Set A by Ng".into(),
                resource: first.clone(),
            },
            ImportedResource {
                source: "Set A by Ng".into(),
                resource: own("own-9", "Their guide"),
            },
            ImportedResource {
                source: "Set B".into(),
                resource: own("own-9", "Their guide"),
            },
        ];
        let cat = catalogue(std::slice::from_ref(&mine), &imported);
        assert_eq!(cat.resources.len(), library.len() + 2);
        assert_eq!(cat.provenance[0].from, ["Set A by Ng"]);
        let mine_at = cat.resources.iter().position(|r| r.id == "own-1").unwrap();
        assert!(cat.provenance[mine_at].own);
        let theirs = cat.resources.iter().position(|r| r.id == "own-9").unwrap();
        assert_eq!(cat.provenance[theirs].from, ["Set A by Ng", "Set B"]);
        // Own and imported resources are searchable with the library.
        let f = Filter {
            q: "brandng guide".into(),
            ..Filter::default()
        };
        assert!(search(&cat, &f, None).hits.contains(&mine_at));
    }

    #[test]
    fn bookmarked_only_counts_match_the_list() {
        let cat = catalogue(&[], &[]);
        let library = &cat.resources;
        let only: BTreeSet<String> = library.iter().take(5).map(|r| r.id.clone()).collect();
        let all = Filter::default();
        let res = search(&cat, &all, Some(&only));
        assert_eq!(res.hits.len(), 5);
        for (pillar, n) in &res.by_pillar {
            let f = Filter {
                pillar: pillar.clone(),
                ..Filter::default()
            };
            assert_eq!(search(&cat, &f, Some(&only)).hits.len(), *n);
        }
        for (kind, n) in &res.by_kind {
            let f = Filter {
                kind: kind.clone(),
                ..Filter::default()
            };
            assert_eq!(search(&cat, &f, Some(&only)).hits.len(), *n);
        }
        assert_eq!(
            search(&cat, &all, None),
            cat.index.search_with_counts(&cat.resources, &all)
        );
    }

    #[test]
    fn collection_names_and_files() {
        assert_eq!(
            collection_source(" Starters ", " Ms Ng "),
            "Starters by Ms Ng"
        );
        assert_eq!(collection_source("Starters", ""), "Starters");
        assert_eq!(collection_source("", ""), "Unnamed collection");
        assert_eq!(
            collection_filename("Getting started: a PLN!"),
            "pillars-collection-getting-started-a-pln.json"
        );
        assert_eq!(
            collection_filename("../../"),
            "pillars-collection-collection.json"
        );
        assert!(collection_filename(&"x".repeat(500)).len() < 70);
    }

    #[test]
    fn time_estimates_read_naturally() {
        assert_eq!(time_estimate(0), None);
        assert_eq!(time_estimate(5).as_deref(), Some("About 5 min"));
        assert_eq!(time_estimate(45).as_deref(), Some("About 45 min"));
        assert_eq!(time_estimate(60).as_deref(), Some("About 1 h"));
        assert_eq!(time_estimate(90).as_deref(), Some("About 1.5 h"));
        assert_eq!(time_estimate(120).as_deref(), Some("About 2 h"));
        assert_eq!(time_estimate(300).as_deref(), Some("About 5 h"));
        assert_eq!(
            time_estimate(u32::MAX).map(|s| s.starts_with("About")),
            Some(true)
        );
    }

    fn filled() -> Draft {
        Draft {
            title: "  Our PLN guide ".into(),
            url: "HTTPS://example.org/guide".into(),
            pillars: vec!["branding".into(), "spaces".into()],
            minutes: " 30 ".into(),
            tags: "pln, PLN, , twitter".into(),
            ..Draft::default()
        }
    }

    #[test]
    fn a_draft_becomes_a_valid_resource() {
        let r = filled().to_resource("own-1").unwrap();
        assert_eq!(r.title, "Our PLN guide");
        assert_eq!(r.url, "https://example.org/guide");
        assert_eq!(r.pillars, ["spaces", "branding"]); // library order
        assert_eq!(r.minutes, 30);
        assert_eq!(r.tags, ["pln", "twitter"]);
        assert_eq!(r.author, NO_AUTHOR);
        assert_eq!(r.description, NO_DESCRIPTION);
        assert!(r.validate().is_ok());
        // Editing shows the person's own text, not the placeholders.
        let back = Draft::from_resource(&r);
        assert_eq!(back.author, "");
        assert_eq!(back.description, "");
        assert_eq!(back.to_resource("own-1").unwrap(), r);
    }

    #[test]
    fn edits_change_one_field_and_pillars_toggle() {
        let mut d = Draft::default();
        d.set(Field::Minutes, "15".into());
        d.set(Field::Tags, "pln".into());
        assert_eq!(
            (d.minutes.as_str(), d.tags.as_str(), d.title.as_str()),
            ("15", "pln", "")
        );
        d.toggle_pillar("branding");
        d.toggle_pillar("spaces");
        d.toggle_pillar("branding");
        assert_eq!(d.pillars, ["spaces"]);
    }

    #[test]
    fn unsafe_or_incomplete_drafts_are_refused_with_reasons() {
        let mut d = filled();
        d.url = "javascript:alert(1)".into();
        let e = d.to_resource("x").unwrap_err();
        assert_eq!(
            e.url.as_deref(),
            Some("Only web addresses starting with http:// or https:// can be added.")
        );
        let e = Draft::default().to_resource("x").unwrap_err();
        assert!(e.title.is_some() && e.pillars.is_some() && e.url.is_none());
        let mut d = filled();
        d.minutes = "half an hour".into();
        assert!(d.to_resource("x").unwrap_err().minutes.is_some());
        let mut d = filled();
        d.title = "x".repeat(600);
        assert!(d
            .to_resource("x")
            .unwrap_err()
            .general
            .unwrap()
            .contains("too long"));
    }
}
