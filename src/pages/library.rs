//! The resource library: instant search and filters kept in the URL, the person's bookmarks, done
//! marks, notes and own resources, and collections shared as a file or a link.
use crate::components::import_collection::ImportCollection;
use crate::components::library_filters::LibraryFilters;
use crate::components::resource_card::{dom_id, CardAction, Curated, ResourceCard};
use crate::components::resource_form::ResourceForm;
use crate::components::share_collection::ShareCollection;
use crate::core::catalogue::{catalogue, search};
use crate::core::library::Resource;
use crate::core::state::Curation;
use crate::core::text::plural;
use crate::hooks::{use_app, use_focus_after_render, use_library_filter};
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
    let q = app.questionnaire();
    let curation = &app.data().curation;
    let cat = use_memo(
        (curation.own.clone(), curation.imported.clone()),
        |(own, imported)| catalogue(own, imported),
    );
    let lf = use_library_filter();
    let adding = use_state(|| false);
    let editing = use_state(|| None::<String>);
    let message = use_state(|| None::<String>);
    let focus_next = use_focus_after_render();
    let filter = &lf.filter;
    let notice = location.as_ref().and_then(|l| l.state::<LibraryNotice>());
    let results = search(
        &cat,
        filter,
        lf.bookmarked_only.then_some(&curation.bookmarks),
    );

    let clear = {
        let (lf, focus_next) = (lf.clone(), focus_next.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some("library-search".into());
            lf.clear();
        })
    };
    let on_filters_clear = {
        let focus_next = focus_next.clone();
        Callback::from(move |()| *focus_next.borrow_mut() = Some("library-search".into()))
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
    let to_collections =
        Callback::from(|_: MouseEvent| crate::hooks::use_focus::focus("share-heading"));

    let pillar_name = |id: &str| q.pillar(id).map(|p| p.short.clone()).unwrap_or_default();
    let n = results.hits.len();
    let count = match n {
        0 => "No resources found".to_string(),
        n => plural(n, "resource", "resources"),
    };
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
            <LibraryFilters filter={lf.clone()} by_pillar={results.by_pillar.clone()}
                by_kind={results.by_kind.clone()} onclear={on_filters_clear} />
            <p class="result-count" role="status">{ count }</p>

            if n == 0 {
                <div class="card empty">
                    if lf.bookmarked_only && curation.bookmarks.is_empty() {
                        <p>{ "You have not bookmarked anything yet. Use the Bookmark button on a resource to keep it here." }</p>
                    } else {
                        <p>
                            { "Nothing matches" }
                            if !filter.q.trim().is_empty() { { format!(" “{}”", filter.q.trim()) } }
                            if let Some(p) = filter.pillar_id() { { format!(" in {}", pillar_name(p.as_str())) } }
                            if let Some(k) = filter.kind() { { format!(" among {}s", k.label().to_lowercase()) } }
                            if lf.bookmarked_only { { " in your bookmarks" } }
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
