//! Your data, import: an export file from another browser, merged after a preview.
use crate::core::state::AppData;
use crate::core::transfer::{parse_export, preview};
use crate::hooks::{use_app, use_file_import, Import};
use yew::prelude::*;

/// An export file, or why it can't be imported (in words).
fn read(text: &str) -> Result<AppData, String> {
    parse_export(text).map_err(|e| crate::messages::import_error(&e))
}

#[component]
pub fn ImportData() -> Html {
    let app = use_app();
    let file = use_file_import(read);
    let imported = use_state(|| false);
    let onfile = {
        let (file, imported) = (file.clone(), imported.clone());
        Callback::from(move |e: Event| {
            imported.set(false);
            file.onchange.emit(e);
        })
    };
    let accept = {
        let (app, file, imported) = (app.clone(), file.clone(), imported.clone());
        Callback::from(move |_| {
            if let Import::Ready(incoming) = file.state() {
                app.import(incoming);
                imported.set(true);
                file.reset();
            }
        })
    };
    let cancel = {
        let file = file.clone();
        Callback::from(move |_| file.reset())
    };
    let file_input = file.input.clone();
    let shown = match file.state() {
        Import::Ready(incoming) => Import::Ready(std::rc::Rc::new(preview(app.data(), incoming))),
        Import::Failed(e) => Import::Failed(e.clone()),
        Import::Reading => Import::Reading,
        Import::Idle => Import::Idle,
    };
    html! {
        <>
            <h2>{ "Import" }</h2>
            <div class="field">
                <label for="import-file">{ "Pillars export file" }</label>
                <span class="field-hint" id="import-hint">{ "Nothing changes until you confirm." }</span>
                <input id="import-file" type="file" accept=".json,application/json" ref={file_input}
                    aria-describedby="import-hint" onchange={onfile} />
            </div>
            if *imported {
                // The save happens after the import: if it failed, the banner above says why, and
                // this must not claim the data is kept.
                if app.problem.is_some() {
                    <div class="banner banner-error" role="alert">
                        { "Imported into this tab, but this browser did not save it: keep the tab open and download your data." }
                    </div>
                } else {
                    <div class="banner banner-info" role="status">
                        { "Imported. Your results, history and library now include the file's data." }
                    </div>
                }
            }
            { match shown {
                Import::Idle | Import::Reading => html! {},
                Import::Failed(e) => html! {
                    <div class="banner banner-error" role="alert">{ format!("{e} Nothing was changed.") }</div>
                },
                Import::Ready(p) => html! {
                    <div class="card confirm" role="group" aria-labelledby="import-title">
                        <h3 id="import-title">{ "Import this file?" }</h3>
                        if p.unchanged {
                            <p>{ "This file holds nothing that is not already here." }</p>
                        }
                        if !p.added.is_empty() {
                            <p>{ "It will add:" }</p>
                            <ul>{ for p.added.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                        }
                        if !p.replaced.is_empty() {
                            <p>{ "It will replace:" }</p>
                            <ul>{ for p.replaced.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                        }
                        <div class="actions">
                            <button type="button" class="primary" onclick={accept} disabled={p.unchanged}>{ "Import" }</button>
                            <button type="button" onclick={cancel}>{ "Cancel" }</button>
                        </div>
                    </div>
                },
            } }

        </>
    }
}
