//! Importing a collection file someone shared, and removing collections added before.
use crate::core::share::{collection_source, Collection};
use crate::core::text::plural;
use crate::hooks::use_app;
use crate::hooks::{use_file_import, use_focus_after_render, Import};
use yew::prelude::*;

/// Adds a collection file after showing what is in it, and lists and removes the collections added.
/// A collection file, or why it can't be added (in words).
fn read(text: &str) -> Result<Collection, String> {
    Collection::from_json(text).map_err(|e| crate::messages::collection_error(&e))
}

#[component]
pub fn ImportCollection() -> Html {
    let app = use_app();
    let file = use_file_import(read);
    let done = use_state(|| None::<String>);
    let focus_next = use_focus_after_render();

    let onchange = {
        let (file, done) = (file.clone(), done.clone());
        Callback::from(move |e: Event| {
            done.set(None);
            file.onchange.emit(e);
        })
    };
    let add = {
        let (app, file, done, focus_next) =
            (app.clone(), file.clone(), done.clone(), focus_next.clone());
        Callback::from(move |_: MouseEvent| {
            if let Import::Ready(c) = file.state() {
                let source = collection_source(&c.name, &c.curator);
                done.set(Some(format!(
                    "Added {} from “{source}”. They are in the list above, marked “From {source}”.",
                    plural(c.resources.len(), "resource", "resources")
                )));
                app.import_collection(source, c.resources.clone());
                *focus_next.borrow_mut() = Some("import-message".into());
                file.reset();
            }
        })
    };
    let cancel = {
        let file = file.clone();
        Callback::from(move |_: MouseEvent| file.reset())
    };

    html! {
        <section class="card collection-import" aria-labelledby="import-heading">
            <h2 id="import-heading">{ "Import a collection" }</h2>
            <p>{ "Add resources someone shared with you as a collection file (.json). You see what is in it before anything is added." }</p>
            <div class="field">
                <label for="collection-file">{ "Collection file" }</label>
                <input type="file" id="collection-file" ref={file.input.clone()} accept=".json,application/json" {onchange} />
            </div>
            <p id="import-message" role="status" tabindex="-1" class="library-message">
                { match (file.state(), &*done) {
                    (Import::Reading, _) => "Reading the file…".to_string(),
                    (_, Some(msg)) => msg.clone(),
                    _ => String::new(),
                } }
            </p>
            { match file.state() {
                Import::Failed(e) => html! {
                    <p class="field-error" role="alert">{ format!("This file can't be imported, and nothing was changed. {e}") }</p>
                },
                Import::Ready(c) => {
                    let source = collection_source(&c.name, &c.curator);
                    let n = c.resources.len();
                    let again = app.data().curation.imported.iter().any(|i| i.source == source);
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
            <AddedCollections onremoved={Callback::from(move |msg| done.set(Some(msg)))} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AddedCollectionsProps {
    /// Says what was removed.
    onremoved: Callback<String>,
}

/// The collections added so far, in the order they were added, each removable after a question.
#[component]
fn AddedCollections(props: &AddedCollectionsProps) -> Html {
    let app = use_app();
    let confirm_remove = use_state(|| None::<String>);
    let mut sources: Vec<(String, usize)> = Vec::new();
    for imp in &app.data().curation.imported {
        match sources.iter_mut().find(|(s, _)| *s == imp.source) {
            Some((_, n)) => *n += 1,
            None => sources.push((imp.source.clone(), 1)),
        }
    }

    html! {
        <>
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
                            let (app, c, done, s) = (app.clone(), confirm_remove.clone(), props.onremoved.clone(), source.clone());
                            Callback::from(move |_: MouseEvent| {
                                done.emit(format!("Removed the collection “{s}”."));
                                app.remove_collection(s.clone());
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
        </>
    }
}
