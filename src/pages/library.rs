//! The resource library: instant search and filters kept in the URL, the person's bookmarks, done
//! marks, notes and own resources, and collections shared as a file or a link.
use crate::app::Route;
use crate::components::import_collection::ImportCollection;
use crate::components::nav::NavLink;
use crate::components::resource_card::{dom_id, CardAction, Curated, ResourceCard};
use crate::components::resource_form::ResourceForm;
use crate::components::share_collection::ShareCollection;
use crate::core::catalogue::{catalogue, search};
use crate::core::library::{Kind, Resource};
use crate::core::pillar::PillarId;
use crate::core::search::Filter;
use crate::core::share::{collection_from_link_code, collection_source};
use crate::core::state::Curation;
use crate::core::text::plural;
use crate::hooks::{use_app, use_focus_after_render};
use crate::platform;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew_router::prelude::*;

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
            filter
                .pillar_id()
                .map(PillarId::as_str)
                .unwrap_or("")
                .to_string(),
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
            app.put_own_resource(r);
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
            app.put_own_resource(r);
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
            CardAction::ToggleBookmark => app.toggle_bookmark(id),
            CardAction::ToggleDone => app.toggle_done(id),
            CardAction::Note(note) => app.set_note(id, note),
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
                app.delete_own_resource(id);
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
                            <option value={id.as_str()} selected={filter.pillar_id() == Some(id)}>
                                { format!("{} ({})", pillar_name(id.as_str()), n) }
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
                            if let Some(p) = filter.pillar_id() { { format!(" in {}", pillar_name(p.as_str())) } }
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
    let decoded = use_memo(props.code.clone(), |code| {
        collection_from_link_code(code).map_err(|e| crate::messages::collection_error(&e))
    });

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
                    app.import_collection(source.clone(), c.resources.clone());
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
