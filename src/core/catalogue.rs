//! The catalogue a person searches: the built-in library with their own and imported resources.
use crate::core::library::{Kind, Library, Resource};
use crate::core::pillar::PerPillar;
use crate::core::search::{Filter, SearchIndex, SearchResults};
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

/// Builds the list: the library (`library`: the built-in one, or its text in the person's
/// language) first, then own, then imported. A resource is listed once per id (bookmarks and
/// notes are kept by id); a later copy only adds where it came from.
pub fn catalogue(library: &Library, own: &[Resource], imported: &[ImportedResource]) -> Catalogue {
    let mut resources = library.resources.clone();
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
    let mut by_pillar = PerPillar::new(0);
    for i in kept(&Filter {
        pillar: String::new(),
        ..filter.clone()
    }) {
        by_pillar.count(cat.resources[i].pillar_set());
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
        by_pillar,
        by_kind: Kind::ALL
            .iter()
            .zip(by_kind)
            .map(|(k, n)| (k.id().to_string(), n))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::library::fixtures::pid;

    fn own(id: &str, title: &str) -> Resource {
        Resource {
            id: id.into(),
            title: title.into(),
            author: Some("Me".into()),
            kind: Kind::Article,
            pillars: vec![pid("branding")],
            description: Some("Our school's guide to tweeting".into()),
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
        let cat = catalogue(Library::builtin(), std::slice::from_ref(&mine), &imported);
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
        let cat = catalogue(Library::builtin(), &[], &[]);
        let library = &cat.resources;
        let only: BTreeSet<String> = library.iter().take(5).map(|r| r.id.clone()).collect();
        let all = Filter::default();
        let res = search(&cat, &all, Some(&only));
        assert_eq!(res.hits.len(), 5);
        for (pillar, n) in res.by_pillar.iter() {
            let f = Filter {
                pillar: pillar.to_string(),
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
}
