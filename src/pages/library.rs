//! The resource library: instant search and filters kept in the URL, the person's bookmarks, done
//! marks, notes and own resources, and collections shared as a file or a link.
use crate::components::import_collection::ImportCollection;
use crate::components::library_filters::LibraryFilters;
use crate::components::resource_card::{Curated, ResourceCard};
use crate::components::resource_form::ResourceForm;
use crate::components::share_collection::ShareCollection;
use crate::core::catalogue::{catalogue, search};
use crate::core::library::Resource;
use crate::core::state::Curation;
use crate::core::text::plural;
use crate::hooks::use_own_resources::{use_own_resources, CARD_SCOPE};
use crate::hooks::{use_app, use_focus_after_render, use_library_filter, LibraryFilter};
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

    let own = use_own_resources(message.clone(), focus_next.clone(), cat.clone());
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
            if own.adding {
                <ResourceForm id_scope="add" heading="Add a resource" onsave={own.on_add.clone()} oncancel={own.on_add_cancel.clone()} />
            } else {
                <div class="actions">
                    <button type="button" id="open-add-form" onclick={own.open_form.clone()}>{ "Add a resource" }</button>
                    <button type="button" onclick={to_collections}>{ "Share or import a collection" }</button>
                </div>
            }

            <h2>{ "Find resources" }</h2>
            <LibraryFilters filter={lf.clone()} by_pillar={results.by_pillar.clone()}
                by_kind={results.by_kind.clone()} onclear={on_filters_clear} />
            <p class="result-count" role="status">{ count }</p>

            if n == 0 {
                { nothing_found(&lf, curation.bookmarks.is_empty(), &pillar_name, clear) }
            } else {
                <ul class="resource-list" aria-label="Resources">
                    { for results.hits.iter().map(|&i| {
                        let r = &cat.resources[i];
                        let provenance = cat.provenance[i].clone();
                        if own.editing.as_deref() == Some(r.id.as_str()) && provenance.own {
                            html! {
                                <li key={r.id.clone()}>
                                    <ResourceForm id_scope="edit" heading={format!("Edit “{}”", r.title)} heading_level={3}
                                        editing={Some(r.clone())} onsave={own.on_edit_save.clone()} oncancel={own.on_edit_cancel.clone()} />
                                </li>
                            }
                        } else {
                            html! {
                                <li key={r.id.clone()}>
                                    <ResourceCard resource={r.clone()} id_scope={CARD_SCOPE} editable={provenance.own}
                                        {provenance} curated={Some(curated(curation, &r.id))} onaction={own.onaction.clone()} />
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

/// What the library says when nothing matches: why, and a way back to everything.
fn nothing_found(
    lf: &LibraryFilter,
    no_bookmarks: bool,
    pillar_name: &dyn Fn(&str) -> String,
    clear: Callback<MouseEvent>,
) -> Html {
    let filter = &lf.filter;
    html! {
                <div class="card empty">
                    if lf.bookmarked_only && no_bookmarks {
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
    }
}
