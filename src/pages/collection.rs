//! `#/c/<code>`: a collection someone shared as a link, shown read-only, with a way to add it; a
//! damaged link changes nothing.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::components::resource_card::ResourceCard;
use crate::core::share::{collection_from_link_code, collection_source};
use crate::core::text::plural;
use crate::hooks::use_app;
use crate::pages::library::LibraryNotice;
use yew::prelude::*;
use yew_router::prelude::*;

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
