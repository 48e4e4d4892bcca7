//! `#/c/<code>`: a collection someone shared as a link, shown read-only, with a way to add it; a
//! damaged link changes nothing.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::components::resource_card::ResourceCard;
use crate::core::i18n::Arg;
use crate::core::share::{collection_from_link_code, collection_source, FromLink};
use crate::hooks::use_app;
use crate::i18n::use_tr;
use crate::pages::library::LibraryNotice;
use crate::router::*;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CollectionLinkPageProps {
    pub code: String,
}

/// `#/c/<code>`: shows a shared collection read-only and offers to add it; a damaged link changes
/// nothing.
#[component]
pub fn CollectionLinkPage(props: &CollectionLinkPageProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    let navigator = use_navigator();
    let decoded = use_memo(props.code.clone(), |code| collection_from_link_code(code));

    let body = match &*decoded {
        Err(e) => html! {
            <>
                <div class="banner banner-error" role="alert">
                    { tr.tf(k!("collection-link-refused"), &[("why", crate::messages::collection_error(&tr, e).as_str().into())]) }
                </div>
                <p><NavLink to={Route::Library} class="button">{ tr.t(k!("collection-go-library")) }</NavLink></p>
            </>
        },
        Ok(FromLink {
            collection: c,
            unknown,
        }) => {
            let source = collection_source(&c.name, &c.curator);
            let n = c.resources.len();
            let again = app
                .data()
                .curation
                .imported
                .iter()
                .any(|i| i.source == source);
            let add = {
                let (app, navigator, c, source, tr) = (
                    app.clone(),
                    navigator.clone(),
                    c.clone(),
                    source.clone(),
                    tr.clone(),
                );
                Callback::from(move |_: MouseEvent| {
                    let saved = app.import_collection(source.clone(), c.resources.clone());
                    let notice = LibraryNotice(match saved {
                        Ok(()) => tr.tf(
                            k!("collection-added-below"),
                            &[
                                ("count", Arg::Num(c.resources.len() as i64)),
                                ("source", (&crate::messages::source(&tr, &source)).into()),
                            ],
                        ),
                        Err(_) => tr.t(k!("data-imported-unsaved")),
                    });
                    if let Some(nav) = &navigator {
                        nav.push_with_state(&Route::Library, notice);
                    }
                })
            };
            html! {
                <>
                    <h2>{ if c.name.trim().is_empty() { tr.t(k!("collection-unnamed")) } else { c.name.trim().to_string() } }</h2>
                    <p>
                        if !c.curator.trim().is_empty() { { tr.tf(k!("collection-shared-by"), &[("curator", c.curator.trim().into())]) }{ " · " } }
                        { tr.tf(k!("resource-count"), &[("count", Arg::Num(n as i64))]) }
                    </p>
                    if *unknown > 0 {
                        <p class="banner banner-warning" role="status">{ tr.tf(k!("collection-unknown-entries"), &[("count", (*unknown).into())]) }</p>
                    }
                    <p class="muted">{ tr.t(k!("collection-nothing-yet")) }</p>
                    if again {
                        <p>{ tr.t(k!("collection-again")) }</p>
                    }
                    <div class="actions">
                        if n > 0 {
                            <button type="button" class="primary" onclick={add}>{ tr.t(k!("collection-add-to-library")) }</button>
                        }
                        <NavLink to={Route::Library} class="button">{ tr.t(k!("collection-skip")) }</NavLink>
                    </div>
                    <ul class="resource-list" aria-label={tr.t(k!("collection-resources"))}>
                        // A resource the library has shows as the library does (in the
                        // person's language), as it will once added.
                        for r in c.resources.iter().map(|r| tr.library().get(&r.id).unwrap_or(r)) {
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
            <h1 id="page-title">{ tr.t(k!("heading-collection")) }</h1>
            { body }
        </section>
    }
}
