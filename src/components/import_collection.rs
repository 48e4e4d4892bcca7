//! Importing a collection file someone shared, and removing collections added before.
use crate::core::i18n::Arg;
use crate::core::share::{collection_source, Collection};
use crate::hooks::use_app;
use crate::hooks::{use_file_import, use_focus_after_render, Import};
use crate::i18n::use_tr;
use yew::prelude::*;

/// Adds a collection file after showing what is in it, and lists and removes the collections added.
/// A collection file, or why it can't be added (in words).
fn read(text: &str) -> Result<Collection, crate::messages::Problem> {
    Collection::from_json(text).map_err(crate::messages::Problem::Collection)
}

#[component]
pub fn ImportCollection() -> Html {
    let app = use_app();
    let tr = use_tr();
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
        let (app, file, done, focus_next, tr) = (
            app.clone(),
            file.clone(),
            done.clone(),
            focus_next.clone(),
            tr.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Import::Ready(c) = file.state() {
                let source = collection_source(&c.name, &c.curator);
                let saved = app.import_collection(source.clone(), c.resources.clone());
                done.set(Some(match saved {
                    Ok(()) => tr.tf(
                        k!("collection-added"),
                        &[
                            ("count", Arg::Num(c.resources.len() as i64)),
                            ("source", (&crate::messages::source(&tr, &source)).into()),
                        ],
                    ),
                    Err(_) => tr.t(k!("data-imported-unsaved")),
                }));
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
            <h2 id="import-heading">{ tr.t(k!("collection-import")) }</h2>
            <p>{ tr.t(k!("collection-import-intro")) }</p>
            <div class="field">
                <label for="collection-file">{ tr.t(k!("collection-file")) }</label>
                { crate::components::file_picker::file_picker(&tr, "collection-file", &file.input, onchange, None) }
            </div>
            <p id="import-message" role="status" tabindex="-1" class="library-message">
                { match (file.state(), &*done) {
                    (Import::Reading, _) => tr.t(k!("reading-file")),
                    (_, Some(msg)) => crate::messages::done(&tr, app.problem, msg.clone()),
                    _ => String::new(),
                } }
            </p>
            { match file.state() {
                Import::Failed(e) => html! {
                    <p class="field-error" role="alert">{ tr.tf(k!("collection-file-refused"), &[("why", crate::messages::problem(&tr, e).as_str().into())]) }</p>
                },
                Import::Ready(c) => {
                    let source = collection_source(&c.name, &c.curator);
                    let n = c.resources.len();
                    let again = app.data().curation.imported.iter().any(|i| i.source == source);
                    html! {
                        <div class="card preview" role="group" aria-labelledby="import-preview-heading">
                            <h3 id="import-preview-heading">{ if c.name.trim().is_empty() { tr.t(k!("collection-unnamed")) } else { c.name.trim().to_string() } }</h3>
                            <p>
                                if !c.curator.trim().is_empty() { { tr.tf(k!("collection-shared-by"), &[("curator", c.curator.trim().into())]) }{ " · " } }
                                { tr.tf(k!("resource-count"), &[("count", Arg::Num(n as i64))]) }
                            </p>
                            if n > 0 {
                                <ul>
                                    for r in c.resources.iter().take(10) { <li lang={tr.title_lang(&r.id)}>{ &r.title }</li> }
                                    if n > 10 { <li>{ tr.tf(k!("and-more"), &[("count", Arg::Num(n as i64 - 10))]) }</li> }
                                </ul>
                            }
                            if again {
                                <p>{ tr.t(k!("collection-again")) }</p>
                            }
                            <div class="actions">
                                if n > 0 {
                                    <button type="button" class="primary" onclick={add}>
                                        { tr.tf(k!("collection-add"), &[("count", Arg::Num(n as i64))]) }
                                    </button>
                                } else {
                                    <p>{ tr.t(k!("collection-empty")) }</p>
                                }
                                <button type="button" onclick={cancel}>{ tr.t(k!("cancel")) }</button>
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
    let tr = use_tr();
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
                <h3>{ tr.t(k!("collections-added")) }</h3>
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
                        // The stored key says "by" in every language: shown, it is said in the reader's.
                        let said = crate::messages::source(&tr, source);
                        let remove = {
                            let (app, c, done, s, tr, said) = (app.clone(), confirm_remove.clone(), props.onremoved.clone(), source.clone(), tr.clone(), said.clone());
                            Callback::from(move |_: MouseEvent| {
                                done.emit(tr.tf(k!("collection-removed"), &[("source", (&said).into())]));
                                app.remove_collection(s.clone());
                                c.set(None);
                            })
                        };
                        html! {
                            <li key={source.clone()}>
                                <span>{ format!("{said} ({})", tr.tf(k!("resource-count"), &[("count", Arg::Num(*n as i64))])) }</span>
                                if confirming {
                                    <div class="card confirm" role="group" aria-label={tr.tf(k!("collection-remove-label"), &[("source", (&said).into())])}>
                                        <p>{ tr.tf(k!("collection-remove-question"), &[("count", Arg::Num(*n as i64)), ("source", (&said).into())]) }</p>
                                        <div class="actions">
                                            <button type="button" class="danger" onclick={remove}>
                                                { tr.t(k!("collection-remove-yes")) }<span class="visually-hidden">{ format!(" {said}") }</span>
                                            </button>
                                            <button type="button" onclick={keep}>
                                                { tr.t(k!("collection-keep")) }<span class="visually-hidden">{ format!(" ({said})") }</span>
                                            </button>
                                        </div>
                                    </div>
                                } else {
                                    <button type="button" class="danger" onclick={ask}>
                                        { tr.t(k!("collection-remove")) }<span class="visually-hidden">{ format!(" {said}") }</span>
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
