//! Importing a collection file someone shared, and removing collections added before.
use crate::components::resource_card::use_focus_after_render;
use crate::core::catalogue::{collection_source, plural};
use crate::core::library::Collection;
use crate::core::state::Action;
use crate::hooks::use_app;
use crate::platform;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
enum ImportState {
    Idle,
    Reading,
    Preview(Collection),
    Failed(String),
}

/// Adds a collection file after showing what is in it, and lists and removes the collections added.
#[component]
pub fn ImportCollection() -> Html {
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
