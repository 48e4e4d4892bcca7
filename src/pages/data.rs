//! Your data: export everything, import it in another browser (after a preview), a CSV of scores,
//! and deleting everything.
use crate::core::state::{Action, AppData};
use crate::core::transfer::{
    export_json, history_csv, merge, parse_export, preview, ImportPreview,
};
use crate::hooks::use_app;
use crate::platform;
use crate::storage;
use gloo_file::callbacks::FileReader;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum ImportState {
    Idle,
    Error(String),
    Ready(Box<AppData>, ImportPreview),
    Done(String),
}

#[component]
pub fn DataPage() -> Html {
    let app = use_app();
    let import = use_state(|| ImportState::Idle);
    let reader = use_mut_ref(|| None::<FileReader>);
    let confirm_delete = use_state(|| false);
    let message = use_state(|| None::<String>);
    let file_input = use_node_ref();
    let data = app.data();

    let export = {
        let app = app.clone();
        let message = message.clone();
        Callback::from(move |_| {
            let text = export_json(app.data(), &platform::today());
            let name = format!("pillars-export-{}.json", platform::today());
            message.set(platform::download(&name, "application/json", &text).err());
        })
    };
    let csv = {
        let app = app.clone();
        let message = message.clone();
        Callback::from(move |_| {
            let text = history_csv(app.questionnaire(), app.data());
            let name = format!("pillars-scores-{}.csv", platform::today());
            message.set(platform::download(&name, "text/csv", &text).err());
        })
    };
    let onfile = {
        let app = app.clone();
        let import = import.clone();
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let app = app.clone();
            let import = import.clone();
            let done = Callback::from(move |res: Result<String, String>| {
                import.set(match res.and_then(|text| parse_export(&text)) {
                    Ok(incoming) => {
                        let p = preview(app.data(), &incoming);
                        ImportState::Ready(Box::new(incoming), p)
                    }
                    Err(e) => ImportState::Error(e),
                });
            });
            *reader.borrow_mut() = platform::read_text_file(&input, done);
        })
    };
    let accept = {
        let app = app.clone();
        let import = import.clone();
        let file_input = file_input.clone();
        Callback::from(move |_| {
            if let ImportState::Ready(incoming, _) = &*import {
                let merged = merge(app.data(), incoming);
                app.dispatch(Action::Replace(Box::new(merged)));
                import.set(ImportState::Done(
                    "Imported. Your results, history and library now include the file's data."
                        .into(),
                ));
                if let Some(input) = file_input.cast::<HtmlInputElement>() {
                    input.set_value("");
                }
            }
        })
    };
    let cancel = {
        let import = import.clone();
        let file_input = file_input.clone();
        Callback::from(move |_| {
            import.set(ImportState::Idle);
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.set_value("");
            }
        })
    };
    let delete_all = {
        let app = app.clone();
        let confirm = confirm_delete.clone();
        let message = message.clone();
        Callback::from(move |_| {
            app.dispatch(Action::DeleteAll);
            confirm.set(false);
            message.set(Some(match storage::delete_all() {
                Ok(()) => "All your Pillars data has been deleted from this browser.".into(),
                Err(e) => e,
            }));
        })
    };
    let rescued = storage::rescued();

    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ "Your data" }</h1>
            <p>{ "Everything Pillars knows about you is kept in this browser only. Move it to another browser with a file, or delete it." }</p>
            if let Some(m) = &*message { <div class="banner banner-info" role="status">{ m }</div> }

            <h2>{ "Export" }</h2>
            <p>{ format!("Your assessment in progress ({} answers), {} completed assessments, {} targets, {} results shared with you, and your library bookmarks, notes and resources ({} of your own), as one file.",
                data.attempt.answers.len(), data.history.len(), data.targets.len(), data.shared_with_me.len(), data.curation.own.len()) }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={export}>{ "Download all my data (JSON)" }</button>
                <button type="button" onclick={csv} disabled={data.history.is_empty()} aria-describedby="csv-hint">{ "Download scores across my history (CSV)" }</button>
            </div>
            <p id="csv-hint" class="field-hint">{ "The CSV has one row per completed assessment and a column per pillar, for a spreadsheet." }
                if data.history.is_empty() { { " It is available once you complete an assessment." } }
            </p>

            <h2>{ "Import" }</h2>
            <div class="field">
                <label for="import-file">{ "Pillars export file" }</label>
                <span class="field-hint" id="import-hint">{ "Nothing changes until you confirm." }</span>
                <input id="import-file" type="file" accept=".json,application/json" ref={file_input}
                    aria-describedby="import-hint" onchange={onfile} />
            </div>
            { match &*import {
                ImportState::Idle => html! {},
                ImportState::Error(e) => html! {
                    <div class="banner banner-error" role="alert">{ format!("{e} Nothing was changed.") }</div>
                },
                ImportState::Done(m) => html! { <div class="banner banner-info" role="status">{ m }</div> },
                ImportState::Ready(_, p) => html! {
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

            if let Some(raw) = rescued {
                <h2>{ "Data that could not be read" }</h2>
                <p>{ "Earlier data in this browser was damaged and set aside. Download it to keep it, or to ask for help recovering it." }</p>
                <button type="button" onclick={Callback::from(move |_| { let _ = platform::download("pillars-unreadable-data.txt", "text/plain", &raw); })}>
                    { "Download the unreadable data" }
                </button>
            }

            <h2>{ "Delete" }</h2>
            if *confirm_delete {
                <div class="card confirm" role="group" aria-labelledby="delete-title">
                    <p id="delete-title"><strong>{ "Delete everything Pillars keeps in this browser?" }</strong>
                        { " Your answers, history, targets, shared results and library notes will be gone. Download your data first if you may want it." }</p>
                    <div class="actions">
                        <button type="button" class="danger" onclick={delete_all}>{ "Yes, delete all my data" }</button>
                        <button type="button" onclick={{ let c = confirm_delete.clone(); move |_| c.set(false) }}>{ "Cancel" }</button>
                    </div>
                </div>
            } else {
                <button type="button" class="danger" onclick={{ let c = confirm_delete.clone(); move |_| c.set(true) }}>{ "Delete all my data" }</button>
            }
        </section>
    }
}
