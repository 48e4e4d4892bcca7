//! The resource library: instant search and filters kept in the URL, the person's bookmarks, done
//! marks, notes and own resources, and collections shared as a file or a link.
use crate::components::import_collection::ImportCollection;
use crate::components::kind_label::kinds_in_text;
use crate::components::library_filters::LibraryFilters;
use crate::components::resource_card::{Curated, ResourceCard};
use crate::components::resource_form::ResourceForm;
use crate::components::share_collection::ShareCollection;
use crate::core::catalogue::{catalogue, search};
use crate::core::library::Resource;
use crate::core::state::Curation;
use crate::hooks::use_own_resources::{use_own_resources, CARD_SCOPE};
use crate::hooks::{use_app, use_focus_after_render, use_library_filter, LibraryFilter};
use crate::i18n::{use_tr, Tr};
use crate::router::*;
use yew::prelude::*;

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
    let tr = use_tr();
    let location = use_location();
    let q = app.questionnaire();
    let curation = &app.data().curation;
    let library = tr.library();
    let cat = use_memo(
        (
            library as *const _ as usize,
            curation.own.clone(),
            curation.imported.clone(),
        ),
        move |(_, own, imported)| catalogue(library, own, imported),
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

    let own = use_own_resources(message.clone(), focus_next.clone(), cat.clone(), lf.clone());
    let to_collections =
        Callback::from(|_: MouseEvent| crate::hooks::use_focus::focus("share-heading"));

    let pillar_name = |id: &str| q.pillar(id).map(|p| p.short.clone()).unwrap_or_default();
    let n = results.hits.len();
    let count = tr.tf(k!("library-count"), &[("count", n.into())]);
    // A collection carries the library's own text, whatever the language on screen.
    let english = &crate::core::library::Library::builtin().resources;
    let candidates: Vec<Resource> = cat
        .resources
        .iter()
        .zip(&cat.provenance)
        .filter(|(r, p)| p.own || curation.bookmarks.contains(&r.id))
        .map(
            |(r, p)| match english.iter().find(|e| !p.own && e.id == r.id) {
                Some(e) => e.clone(),
                None => r.clone(),
            },
        )
        .collect();

    html! {
        <section aria-labelledby="page-title" class="library">
            <h1 id="page-title">{ tr.t(k!("heading-library")) }</h1>
            <p>{ tr.t(k!("library-intro")) }</p>
            if let Some(n) = notice {
                <div class="banner banner-info" role="status">{ &n.0 }</div>
            }
            <p id="library-message" class="library-message" role="status" tabindex="-1">
                { crate::messages::done(&tr, app.problem, message.as_deref().unwrap_or("").to_string()) }
            </p>
            if own.adding {
                <ResourceForm id_scope="add" heading={tr.t(k!("library-add"))} onsave={own.on_add.clone()} oncancel={own.on_add_cancel.clone()} />
            } else {
                <div class="actions">
                    <button type="button" id="open-add-form" onclick={own.open_form.clone()}>{ tr.t(k!("library-add")) }</button>
                    <button type="button" onclick={to_collections}>{ tr.t(k!("library-to-collections")) }</button>
                </div>
            }

            <h2>{ tr.t(k!("library-find")) }</h2>
            <LibraryFilters filter={lf.clone()} by_pillar={results.by_pillar.clone()}
                by_kind={results.by_kind.clone()} onclear={on_filters_clear} />
            <p class="result-count" role="status">{ count.clone() }</p>

            if n == 0 {
                { nothing_found(&tr, &lf, curation.bookmarks.is_empty(), &pillar_name, clear) }
            } else {
                <ul class="resource-list" aria-label={count}>
                    { for results.hits.iter().map(|&i| {
                        let r = &cat.resources[i];
                        let provenance = cat.provenance[i].clone();
                        if own.editing.as_deref() == Some(r.id.as_str()) && provenance.own {
                            html! {
                                <li key={r.id.clone()}>
                                    <ResourceForm id_scope="edit" heading={tr.tf(k!("library-edit"), &[("title", r.title.as_str().into())])} heading_level={3}
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
    tr: &Tr,
    lf: &LibraryFilter,
    no_bookmarks: bool,
    pillar_name: &dyn Fn(&str) -> String,
    clear: Callback<MouseEvent>,
) -> Html {
    let filter = &lf.filter;
    html! {
                <div class="card empty">
                    if lf.bookmarked_only && no_bookmarks {
                        <p>{ tr.t(k!("library-no-bookmarks")) }</p>
                    } else {
                        <p>
                            { tr.t(k!("matches-none")) }
                            if !filter.q.trim().is_empty() { { " " }{ tr.tf(k!("matches-query"), &[("query", filter.q.trim().into())]) } }
                            if let Some(p) = filter.pillar_id() { { " " }{ tr.tf(k!("matches-pillar"), &[("pillar", pillar_name(p.as_str()).as_str().into())]) } }
                            if let Some(k) = filter.kind() { { " " }{ tr.tf(k!("matches-kind"), &[("kinds", kinds_in_text(tr, k).as_str().into())]) } }
                            if lf.bookmarked_only { { " " }{ tr.t(k!("matches-bookmarks")) } }
                            { ". " }{ tr.t(k!("matches-advice")) }
                        </p>
                    }
                    <button type="button" onclick={clear}>{ tr.t(k!("library-clear")) }</button>
                </div>
    }
}
