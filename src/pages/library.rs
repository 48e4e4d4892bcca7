//! The resource library: instant search and filters kept in the URL, the person's bookmarks, done
//! marks, notes and own resources, and collections shared as a file or a link.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::components::resource_card::{
    dom_id, use_focus_after_render, CardAction, Curated, Provenance, ResourceCard, ResourceForm,
};
use crate::core::library::{
    collection_from_link_code, pillar_index, Collection, Filter, Kind, Library, Resource,
    SearchIndex, SearchResults, PILLAR_IDS,
};
use crate::core::state::{Action, Curation, ImportedResource};
use crate::hooks::use_app;
use crate::platform;
use std::collections::{BTreeSet, HashMap};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew_router::prelude::*;

// ---------------------------------------------------------------------------------------------
// Pure helpers (no browser): what the list holds and what a search shows
// ---------------------------------------------------------------------------------------------

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

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn curated(curation: &Curation, id: &str) -> Curated {
    Curated {
        bookmarked: curation.bookmarks.contains(id),
        done: curation.done.contains(id),
        note: curation
            .notes
            .get(id)
            .map(|n| AttrValue::from(n.clone()))
            .unwrap_or_default(),
    }
}

// ---------------------------------------------------------------------------------------------
// The library page
// ---------------------------------------------------------------------------------------------

/// A message for the library page from the screen that sent the person there.
#[derive(Clone, Debug, PartialEq)]
pub struct LibraryNotice(pub String);

#[component]
pub fn LibraryPage() -> Html {
    let app = use_app();
    let location = use_location();
    let navigator = use_navigator();
    let q = app.questionnaire();
    let curation = &app.data().curation;
    let cat = use_memo(
        (curation.own.clone(), curation.imported.clone()),
        |(own, imported)| catalogue(own, imported),
    );
    let bookmarked_only = use_state(|| false);
    let adding = use_state(|| false);
    let editing = use_state(|| None::<String>);
    let message = use_state(|| None::<String>);
    let focus_next = use_focus_after_render();
    let pillar_ref = use_node_ref();
    let kind_ref = use_node_ref();

    let filter: Filter = location
        .as_ref()
        .and_then(|l| l.query::<Filter>().ok())
        .unwrap_or_default();
    let notice = location.as_ref().and_then(|l| l.state::<LibraryNotice>());
    let results = search(
        &cat,
        &filter,
        bookmarked_only.then_some(&curation.bookmarks),
    );

    // A select keeps the person's last choice over a changed `selected` attribute: set it.
    {
        let (pillar_ref, kind_ref) = (pillar_ref.clone(), kind_ref.clone());
        let values = (
            filter.pillar_id().unwrap_or("").to_string(),
            filter.kind().map(Kind::id).unwrap_or("").to_string(),
        );
        use_effect_with(values, move |(pillar, kind)| {
            if let Some(s) = pillar_ref.cast::<HtmlSelectElement>() {
                s.set_value(pillar);
            }
            if let Some(s) = kind_ref.cast::<HtmlSelectElement>() {
                s.set_value(kind);
            }
        });
    }

    // The search and filters live in the URL, so a filtered view can be linked and survives reload.
    let set_filter = {
        let navigator = navigator.clone();
        move |f: Filter| {
            if let Some(nav) = &navigator {
                if f.q.is_empty() && f.pillar.is_empty() && f.kind.is_empty() {
                    nav.replace(&Route::Library);
                } else {
                    let _ = nav.replace_with_query(&Route::Library, &f);
                }
            }
        }
    };
    let on_search = {
        let (filter, set_filter) = (filter.clone(), set_filter.clone());
        Callback::from(move |e: InputEvent| {
            let q = e.target_unchecked_into::<HtmlInputElement>().value();
            set_filter(Filter {
                q,
                ..filter.clone()
            });
        })
    };
    let on_pillar = {
        let (filter, set_filter) = (filter.clone(), set_filter.clone());
        Callback::from(move |e: Event| {
            let pillar = e.target_unchecked_into::<HtmlSelectElement>().value();
            set_filter(Filter {
                pillar,
                ..filter.clone()
            });
        })
    };
    let on_kind = {
        let (filter, set_filter) = (filter.clone(), set_filter.clone());
        Callback::from(move |e: Event| {
            let kind = e.target_unchecked_into::<HtmlSelectElement>().value();
            set_filter(Filter {
                kind,
                ..filter.clone()
            });
        })
    };
    let on_bookmarked_only = {
        let bookmarked_only = bookmarked_only.clone();
        Callback::from(move |e: Event| {
            bookmarked_only.set(e.target_unchecked_into::<HtmlInputElement>().checked());
        })
    };
    let clear = {
        let set_filter = set_filter.clone();
        let bookmarked_only = bookmarked_only.clone();
        let focus_next = focus_next.clone();
        Callback::from(move |_: MouseEvent| {
            bookmarked_only.set(false);
            *focus_next.borrow_mut() = Some("library-search".into());
            set_filter(Filter::default());
        })
    };

    let open_form = {
        let adding = adding.clone();
        let focus_next = focus_next.clone();
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some("add-title".into());
            adding.set(true);
        })
    };
    let on_add = {
        let (app, adding, message, focus_next) = (
            app.clone(),
            adding.clone(),
            message.clone(),
            focus_next.clone(),
        );
        Callback::from(move |r: Resource| {
            message.set(Some(format!(
                "Added “{}” to your library. It is marked “Added by you”.",
                r.title
            )));
            app.dispatch(Action::PutOwnResource(r));
            *focus_next.borrow_mut() = Some("library-message".into());
            adding.set(false);
        })
    };
    let on_add_cancel = {
        let (adding, focus_next) = (adding.clone(), focus_next.clone());
        Callback::from(move |_| {
            *focus_next.borrow_mut() = Some("open-add-form".into());
            adding.set(false);
        })
    };
    let card_scope = "lib";
    let after_edit = |id: &str| format!("{}-edit", dom_id(card_scope, id));
    let on_edit_save = {
        let (app, editing, message, focus_next) = (
            app.clone(),
            editing.clone(),
            message.clone(),
            focus_next.clone(),
        );
        Callback::from(move |r: Resource| {
            message.set(Some(format!("Saved your changes to “{}”.", r.title)));
            *focus_next.borrow_mut() = Some(after_edit(&r.id));
            app.dispatch(Action::PutOwnResource(r));
            editing.set(None);
        })
    };
    let on_edit_cancel = {
        let (editing, focus_next) = (editing.clone(), focus_next.clone());
        Callback::from(move |_| {
            if let Some(id) = &*editing {
                *focus_next.borrow_mut() = Some(after_edit(id));
            }
            editing.set(None);
        })
    };
    let onaction = {
        let (app, editing, message, focus_next, cat) = (
            app.clone(),
            editing.clone(),
            message.clone(),
            focus_next.clone(),
            cat.clone(),
        );
        Callback::from(move |(id, action): (String, CardAction)| match action {
            CardAction::ToggleBookmark => app.dispatch(Action::ToggleBookmark { id }),
            CardAction::ToggleDone => app.dispatch(Action::ToggleDone { id }),
            CardAction::Note(note) => app.dispatch(Action::SetNote { id, note }),
            CardAction::Edit => {
                *focus_next.borrow_mut() = Some("edit-title".into());
                editing.set(Some(id));
            }
            CardAction::Delete => {
                let title = cat
                    .resources
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| r.title.clone())
                    .unwrap_or_default();
                message.set(Some(format!("Deleted “{title}”.")));
                *focus_next.borrow_mut() = Some("library-message".into());
                app.dispatch(Action::DeleteOwnResource { id });
            }
        })
    };
    let to_collections = Callback::from(|_: MouseEvent| platform::focus_by_id("share-heading"));

    let pillar_name = |id: &str| q.pillar(id).map(|p| p.short.clone()).unwrap_or_default();
    let n = results.hits.len();
    let count = match n {
        0 => "No resources found".to_string(),
        n => plural(n, "resource", "resources"),
    };
    let filtered = !filter.q.is_empty()
        || filter.pillar_id().is_some()
        || filter.kind().is_some()
        || *bookmarked_only;
    let candidates: Vec<Resource> = cat
        .resources
        .iter()
        .zip(&cat.provenance)
        .filter(|(r, p)| p.own || curation.bookmarks.contains(&r.id))
        .map(|(r, _)| r.clone())
        .collect();

    html! {
        <section aria-labelledby="page-title" class="library">
            <h1 id="page-title">{ "Resource library" }</h1>
            <p>
                { "Articles, courses, books and communities for each pillar, chosen for school leaders. \
                   Bookmark what you want to read, mark what you have done and keep private notes: \
                   everything stays in this browser." }
            </p>
            if let Some(n) = notice {
                <div class="banner banner-info" role="status">{ &n.0 }</div>
            }
            <p id="library-message" class="library-message" role="status" tabindex="-1">
                { message.as_deref().unwrap_or("") }
            </p>
            if *adding {
                <ResourceForm id_scope="add" heading="Add a resource" onsave={on_add} oncancel={on_add_cancel} />
            } else {
                <div class="actions">
                    <button type="button" id="open-add-form" onclick={open_form}>{ "Add a resource" }</button>
                    <button type="button" onclick={to_collections}>{ "Share or import a collection" }</button>
                </div>
            }

            <h2>{ "Find resources" }</h2>
            <div role="search" aria-label="Library" class="filters library-filters">
                <div class="field search-field">
                    <label for="library-search">{ "Search the library" }</label>
                    <input type="search" id="library-search" value={filter.q.clone()} oninput={on_search}
                           autocomplete="off" spellcheck="false" aria-describedby="library-search-hint" />
                    <span class="field-hint" id="library-search-hint">{ "Results update as you type; small typos are fine." }</span>
                </div>
                <div class="field">
                    <label for="library-pillar">{ "Pillar" }</label>
                    <select id="library-pillar" ref={pillar_ref} onchange={on_pillar}>
                        <option value="" selected={filter.pillar_id().is_none()}>{ "All pillars" }</option>
                        for (id, n) in results.by_pillar.iter() {
                            <option value={id.clone()} selected={filter.pillar_id() == Some(id.as_str())}>
                                { format!("{} ({})", pillar_name(id), n) }
                            </option>
                        }
                    </select>
                </div>
                <div class="field">
                    <label for="library-kind">{ "Kind" }</label>
                    <select id="library-kind" ref={kind_ref} onchange={on_kind}>
                        <option value="" selected={filter.kind().is_none()}>{ "All kinds" }</option>
                        for (id, n) in results.by_kind.iter() {
                            <option value={id.clone()} selected={filter.kind().map(Kind::id) == Some(id.as_str())}>
                                { format!("{} ({})", Kind::parse(id).map(Kind::label).unwrap_or(""), n) }
                            </option>
                        }
                    </select>
                </div>
                <label class="checkbox">
                    <input type="checkbox" checked={*bookmarked_only} onchange={on_bookmarked_only} />
                    { "Bookmarked only" }
                </label>
                if filtered {
                    <button type="button" onclick={clear.clone()}>{ "Clear search and filters" }</button>
                }
            </div>
            <p class="result-count" role="status">{ count }</p>

            if n == 0 {
                <div class="card empty">
                    if *bookmarked_only && curation.bookmarks.is_empty() {
                        <p>{ "You have not bookmarked anything yet. Use the Bookmark button on a resource to keep it here." }</p>
                    } else {
                        <p>
                            { "Nothing matches" }
                            if !filter.q.trim().is_empty() { { format!(" “{}”", filter.q.trim()) } }
                            if let Some(p) = filter.pillar_id() { { format!(" in {}", pillar_name(p)) } }
                            if let Some(k) = filter.kind() { { format!(" among {}s", k.label().to_lowercase()) } }
                            if *bookmarked_only { { " in your bookmarks" } }
                            { ". Check the spelling, try fewer or other words, or clear the filters." }
                        </p>
                    }
                    <button type="button" onclick={clear}>{ "Clear search and filters" }</button>
                </div>
            } else {
                <ul class="resource-list" aria-label="Resources">
                    { for results.hits.iter().map(|&i| {
                        let r = &cat.resources[i];
                        let provenance = cat.provenance[i].clone();
                        if editing.as_deref() == Some(r.id.as_str()) && provenance.own {
                            html! {
                                <li key={r.id.clone()}>
                                    <ResourceForm id_scope="edit" heading={format!("Edit “{}”", r.title)} heading_level={3}
                                        editing={Some(r.clone())} onsave={on_edit_save.clone()} oncancel={on_edit_cancel.clone()} />
                                </li>
                            }
                        } else {
                            html! {
                                <li key={r.id.clone()}>
                                    <ResourceCard resource={r.clone()} id_scope={card_scope} editable={provenance.own}
                                        {provenance} curated={Some(curated(curation, &r.id))} onaction={onaction.clone()} />
                                </li>
                            }
                        }
                    }) }
                </ul>
            }

            <ShareCollection {candidates} />
            <ImportCollection />
        </section>
    }
}

// ---------------------------------------------------------------------------------------------
// Sharing a collection
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum LinkOutcome {
    Link { url: String, copied: Option<bool> },
    TooLong,
}

#[derive(Properties, PartialEq)]
struct ShareCollectionProps {
    /// What can be shared: the person's own resources and their bookmarks.
    candidates: Vec<Resource>,
}

#[component]
fn ShareCollection(props: &ShareCollectionProps) -> Html {
    let app = use_app();
    // Left out by the person; anything new is included by default.
    let excluded = use_state(BTreeSet::<String>::new);
    let name = use_state(String::new);
    let curator = {
        let display_name = app.data().display_name.clone();
        use_state(move || display_name)
    };
    let error = use_state(|| None::<String>);
    let link = use_state(|| None::<LinkOutcome>);

    let chosen: Vec<Resource> = props
        .candidates
        .iter()
        .filter(|r| !excluded.contains(&r.id))
        .cloned()
        .collect();
    let build = {
        let (name, curator) = (name.clone(), curator.clone());
        let chosen = chosen.clone();
        move || -> Result<Collection, String> {
            if name.trim().is_empty() {
                return Err("Give the collection a name first.".into());
            }
            if chosen.is_empty() {
                return Err("Choose at least one resource to share.".into());
            }
            Ok(Collection {
                name: name.trim().to_string(),
                curator: curator.trim().to_string(),
                resources: chosen.clone(),
            })
        }
    };
    let changed = {
        let (link, error) = (link.clone(), error.clone());
        move || {
            link.set(None);
            error.set(None);
        }
    };
    let on_name = {
        let (name, changed) = (name.clone(), changed.clone());
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value());
            changed();
        })
    };
    let on_curator = {
        let (curator, changed) = (curator.clone(), changed.clone());
        Callback::from(move |e: InputEvent| {
            curator.set(e.target_unchecked_into::<HtmlInputElement>().value());
            changed();
        })
    };
    let toggle = |id: String| {
        let (excluded, changed) = (excluded.clone(), changed.clone());
        Callback::from(move |_: Event| {
            let mut set = (*excluded).clone();
            if !set.remove(&id) {
                set.insert(id.clone());
            }
            excluded.set(set);
            changed();
        })
    };
    let download = {
        let (build, error, link) = (build.clone(), error.clone(), link.clone());
        Callback::from(move |_: MouseEvent| match build() {
            Ok(c) => {
                link.set(None);
                let result = platform::download(
                    &collection_filename(&c.name),
                    "application/json",
                    &c.to_json(),
                );
                error.set(result.err());
            }
            Err(e) => error.set(Some(e)),
        })
    };
    let copy_link = {
        let (build, error, link) = (build.clone(), error.clone(), link.clone());
        Callback::from(move |_: MouseEvent| match build() {
            Ok(c) => {
                error.set(None);
                match c.to_link_code() {
                    None => link.set(Some(LinkOutcome::TooLong)),
                    Some(code) => {
                        let url = format!("{}#/c/{}", platform::app_base_url(), code);
                        link.set(Some(LinkOutcome::Link {
                            url: url.clone(),
                            copied: None,
                        }));
                        let link = link.clone();
                        platform::copy_to_clipboard(
                            &url.clone(),
                            Callback::from(move |ok: bool| {
                                link.set(Some(LinkOutcome::Link {
                                    url: url.clone(),
                                    copied: Some(ok),
                                }))
                            }),
                        );
                    }
                }
            }
            Err(e) => {
                link.set(None);
                error.set(Some(e));
            }
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        e.target_unchecked_into::<HtmlInputElement>().select();
    });

    html! {
        <section class="card collection-share" aria-labelledby="share-heading">
            <h2 id="share-heading" tabindex="-1">{ "Share a collection" }</h2>
            <p>
                { "Put together your own resources and your bookmarks for colleagues, and send them as a file \
                   or a link. They can look at it before adding anything." }
            </p>
            if props.candidates.is_empty() {
                <p class="muted">{ "Bookmark resources or add your own, and they can be shared from here." }</p>
            } else {
                <fieldset class="choices-group">
                    <legend>{ format!("Resources to include ({} of {})", chosen.len(), props.candidates.len()) }</legend>
                    <ul class="checkbox-list">
                        for r in props.candidates.iter() {
                            <li key={r.id.clone()}>
                                <label class="checkbox">
                                    <input type="checkbox" checked={!excluded.contains(&r.id)} onchange={toggle(r.id.clone())} />
                                    { &r.title }
                                </label>
                            </li>
                        }
                    </ul>
                </fieldset>
                <div class="field">
                    <label for="collection-name">{ "Collection name" }</label>
                    <input type="text" id="collection-name" value={(*name).clone()} oninput={on_name}
                           aria-describedby="collection-name-hint" />
                    <span class="field-hint" id="collection-name-hint">{ "For example: Getting started with a PLN" }</span>
                </div>
                <div class="field">
                    <label for="collection-curator">{ "Your name or organisation (optional)" }</label>
                    <input type="text" id="collection-curator" value={(*curator).clone()} oninput={on_curator} autocomplete="name" />
                </div>
                if let Some(e) = &*error {
                    <p class="field-error" role="alert">{ e }</p>
                }
                <div class="actions">
                    <button type="button" class="primary" onclick={download}>{ "Download collection file" }</button>
                    <button type="button" onclick={copy_link}>{ "Copy collection link" }</button>
                </div>
                <div aria-live="polite">
                    { match &*link {
                        Some(LinkOutcome::Link { url, copied }) => html! {
                            <div class="field">
                                <label for="collection-link">{ "Collection link" }</label>
                                <input type="text" id="collection-link" class="share-link" readonly=true value={url.clone()}
                                       onfocus={select_all} aria-describedby="collection-link-hint" />
                                <span class="field-hint" id="collection-link-hint">{ match copied {
                                    Some(true) => "Copied to the clipboard. Anyone who opens it sees the collection and can add it.",
                                    Some(false) => "Copy the link above (it could not be copied automatically). Anyone who opens it sees the collection and can add it.",
                                    None => "Anyone who opens this link sees the collection and can add it.",
                                } }</span>
                            </div>
                        },
                        Some(LinkOutcome::TooLong) => html! {
                            <p class="banner banner-info">
                                { "This collection is too big for a link. Use “Download collection file” and send the file instead." }
                            </p>
                        },
                        None => html! {},
                    } }
                </div>
            }
        </section>
    }
}

// ---------------------------------------------------------------------------------------------
// Importing a collection
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum ImportState {
    Idle,
    Reading,
    Preview(Collection),
    Failed(String),
}

#[component]
fn ImportCollection() -> Html {
    let app = use_app();
    let state = use_state(|| ImportState::Idle);
    let done = use_state(|| None::<String>);
    let confirm_remove = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<gloo_file::callbacks::FileReader>);
    let file_ref = use_node_ref();
    let focus_next = use_focus_after_render();

    let on_file = {
        let (state, done, reader) = (state.clone(), done.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            done.set(None);
            if input.files().map_or(0, |f| f.length()) == 0 {
                state.set(ImportState::Idle); // the person closed the picker without a file
                return;
            }
            let finished = {
                let (state, reader) = (state.clone(), reader.clone());
                Callback::from(move |text: Result<String, String>| {
                    state.set(match text.and_then(|t| Collection::from_json(&t)) {
                        Ok(c) => ImportState::Preview(c),
                        Err(e) => ImportState::Failed(e),
                    });
                    reader.borrow_mut().take();
                })
            };
            state.set(ImportState::Reading);
            *reader.borrow_mut() = platform::read_text_file(&input, finished);
        })
    };
    let reset_input = {
        let file_ref = file_ref.clone();
        move || {
            if let Some(input) = file_ref.cast::<HtmlInputElement>() {
                input.set_value("");
            }
        }
    };
    let add = {
        let (app, state, done, focus_next, reset_input) = (
            app.clone(),
            state.clone(),
            done.clone(),
            focus_next.clone(),
            reset_input.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let ImportState::Preview(c) = &*state {
                let source = collection_source(&c.name, &c.curator);
                done.set(Some(format!(
                    "Added {} from “{source}”. They are in the list above, marked “From {source}”.",
                    plural(c.resources.len(), "resource", "resources")
                )));
                app.dispatch(Action::ImportCollection {
                    source,
                    resources: c.resources.clone(),
                });
                reset_input();
                *focus_next.borrow_mut() = Some("import-message".into());
                state.set(ImportState::Idle);
            }
        })
    };
    let cancel = {
        let (state, reset_input) = (state.clone(), reset_input.clone());
        Callback::from(move |_: MouseEvent| {
            reset_input();
            state.set(ImportState::Idle);
        })
    };

    // The collections added so far, in the order they were added.
    let mut sources: Vec<(String, usize)> = Vec::new();
    for imp in &app.data().curation.imported {
        match sources.iter_mut().find(|(s, _)| *s == imp.source) {
            Some((_, n)) => *n += 1,
            None => sources.push((imp.source.clone(), 1)),
        }
    }

    html! {
        <section class="card collection-import" aria-labelledby="import-heading">
            <h2 id="import-heading">{ "Import a collection" }</h2>
            <p>{ "Add resources someone shared with you as a collection file (.json). You see what is in it before anything is added." }</p>
            <div class="field">
                <label for="collection-file">{ "Collection file" }</label>
                <input type="file" id="collection-file" ref={file_ref} accept=".json,application/json" onchange={on_file} />
            </div>
            <p id="import-message" role="status" tabindex="-1" class="library-message">
                { match (&*state, &*done) {
                    (ImportState::Reading, _) => "Reading the file…".to_string(),
                    (_, Some(msg)) => msg.clone(),
                    _ => String::new(),
                } }
            </p>
            { match &*state {
                ImportState::Failed(e) => html! {
                    <p class="field-error" role="alert">{ format!("This file can't be imported, and nothing was changed. {e}") }</p>
                },
                ImportState::Preview(c) => {
                    let source = collection_source(&c.name, &c.curator);
                    let n = c.resources.len();
                    let again = sources.iter().any(|(s, _)| *s == source);
                    html! {
                        <div class="card preview" role="group" aria-labelledby="import-preview-heading">
                            <h3 id="import-preview-heading">{ if c.name.trim().is_empty() { "Unnamed collection" } else { c.name.trim() } }</h3>
                            <p>
                                if !c.curator.trim().is_empty() { { format!("Shared by {} · ", c.curator.trim()) } }
                                { plural(n, "resource", "resources") }
                            </p>
                            if n > 0 {
                                <ul>
                                    for r in c.resources.iter().take(10) { <li>{ &r.title }</li> }
                                    if n > 10 { <li>{ format!("and {} more", n - 10) }</li> }
                                </ul>
                            }
                            if again {
                                <p>{ "You already added a collection with this name; adding it again updates it." }</p>
                            }
                            <div class="actions">
                                if n > 0 {
                                    <button type="button" class="primary" onclick={add}>
                                        { format!("Add {}", plural(n, "resource", "resources")) }
                                    </button>
                                } else {
                                    <p>{ "This collection is empty: there is nothing to add." }</p>
                                }
                                <button type="button" onclick={cancel}>{ "Cancel" }</button>
                            </div>
                        </div>
                    }
                }
                _ => html! {},
            } }
            if !sources.is_empty() {
                <h3>{ "Collections you added" }</h3>
                <ul class="collection-list">
                    { for sources.iter().map(|(source, n)| {
                        let confirming = confirm_remove.as_deref() == Some(source.as_str());
                        let ask = {
                            let (c, s) = (confirm_remove.clone(), source.clone());
                            Callback::from(move |_: MouseEvent| c.set(Some(s.clone())))
                        };
                        let keep = {
                            let c = confirm_remove.clone();
                            Callback::from(move |_: MouseEvent| c.set(None))
                        };
                        let remove = {
                            let (app, c, done, s) = (app.clone(), confirm_remove.clone(), done.clone(), source.clone());
                            Callback::from(move |_: MouseEvent| {
                                done.set(Some(format!("Removed the collection “{s}”.")));
                                app.dispatch(Action::RemoveCollection { source: s.clone() });
                                c.set(None);
                            })
                        };
                        html! {
                            <li key={source.clone()}>
                                <span>{ format!("{source} ({})", plural(*n, "resource", "resources")) }</span>
                                if confirming {
                                    <div class="card confirm" role="group" aria-label={format!("Remove collection {source}?")}>
                                        <p>{ format!("Remove the {} from “{source}”? Your bookmarks and notes on them go too.", plural(*n, "resource", "resources")) }</p>
                                        <div class="actions">
                                            <button type="button" class="danger" onclick={remove}>
                                                { "Yes, remove" }<span class="visually-hidden">{ format!(" {source}") }</span>
                                            </button>
                                            <button type="button" onclick={keep}>
                                                { "Keep it" }<span class="visually-hidden">{ format!(" ({source})") }</span>
                                            </button>
                                        </div>
                                    </div>
                                } else {
                                    <button type="button" class="danger" onclick={ask}>
                                        { "Remove collection" }<span class="visually-hidden">{ format!(" {source}") }</span>
                                    </button>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

// ---------------------------------------------------------------------------------------------
// A collection someone shared as a link
// ---------------------------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
pub struct CollectionLinkPageProps {
    pub code: String,
}

/// `#/c/<code>`: shows a shared collection read-only and offers to add it; a damaged link changes
/// nothing.
#[component]
pub fn CollectionLinkPage(props: &CollectionLinkPageProps) -> Html {
    let app = use_app();
    let navigator = use_navigator();
    let decoded = use_memo(props.code.clone(), |code| collection_from_link_code(code));

    let body = match &*decoded {
        Err(e) => html! {
            <>
                <div class="banner banner-error" role="alert">
                    { format!("This collection link can't be opened, and nothing was changed. {e}") }
                </div>
                <p><NavLink to={Route::Library} class="button">{ "Go to the resource library" }</NavLink></p>
            </>
        },
        Ok(c) => {
            let source = collection_source(&c.name, &c.curator);
            let n = c.resources.len();
            let again = app
                .data()
                .curation
                .imported
                .iter()
                .any(|i| i.source == source);
            let add = {
                let (app, navigator, c, source) =
                    (app.clone(), navigator.clone(), c.clone(), source.clone());
                Callback::from(move |_: MouseEvent| {
                    let notice = LibraryNotice(format!(
                        "Added {} from “{source}”. They are marked “From {source}” in the list below.",
                        plural(c.resources.len(), "resource", "resources")
                    ));
                    app.dispatch(Action::ImportCollection {
                        source: source.clone(),
                        resources: c.resources.clone(),
                    });
                    if let Some(nav) = &navigator {
                        nav.push_with_state(&Route::Library, notice);
                    }
                })
            };
            html! {
                <>
                    <h2>{ if c.name.trim().is_empty() { "Unnamed collection" } else { c.name.trim() } }</h2>
                    <p>
                        if !c.curator.trim().is_empty() { { format!("Shared by {} · ", c.curator.trim()) } }
                        { plural(n, "resource", "resources") }
                    </p>
                    <p class="muted">{ "Nothing is added to your library until you choose to add it." }</p>
                    if again {
                        <p>{ "You already added a collection with this name; adding it again updates it." }</p>
                    }
                    <div class="actions">
                        if n > 0 {
                            <button type="button" class="primary" onclick={add}>{ "Add to my library" }</button>
                        }
                        <NavLink to={Route::Library} class="button">{ "Go to the library without adding" }</NavLink>
                    </div>
                    <ul class="resource-list" aria-label="Resources in this collection">
                        for r in c.resources.iter() {
                            <li key={r.id.clone()}>
                                <ResourceCard resource={r.clone()} id_scope="shared" />
                            </li>
                        }
                    </ul>
                </>
            }
        }
    };

    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ "Shared collection" }</h1>
            { body }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::library::Kind;

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
}
