//! Your data, import: an export file from another browser, merged after a preview.
use crate::core::questionnaire::Questionnaire;
use crate::core::transfer::{parse_export, preview, ImportFile};
use crate::hooks::{use_app, use_file_import, BoardsHandle, Import};
use crate::i18n::use_tr;
use yew::prelude::*;

/// An export file, or why it can't be imported.
fn read(text: &str) -> Result<ImportFile, crate::messages::Problem> {
    parse_export(text).map_err(crate::messages::Problem::Import)
}

#[derive(Properties, PartialEq)]
pub struct ImportDataProps {
    /// Where the file's workshop boards go.
    pub boards: BoardsHandle,
}

#[component]
pub fn ImportData(props: &ImportDataProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    let file = use_file_import(read);
    // Set by an accepted import: whether the browser saved it.
    let imported = use_state(|| None::<bool>);
    let onfile = {
        let (file, imported) = (file.clone(), imported.clone());
        Callback::from(move |e: Event| {
            imported.set(None);
            file.onchange.emit(e);
        })
    };
    let accept = {
        let (app, boards, file, imported) = (
            app.clone(),
            props.boards.clone(),
            file.clone(),
            imported.clone(),
        );
        Callback::from(move |_| {
            if let Import::Ready(incoming) = file.state() {
                let saved = app.import(&incoming.data).is_ok();
                // Who is answering, as the file says, where this browser was not told yet.
                if let Some(role) = incoming.role.filter(|_| saved && !app.role_chosen()) {
                    app.remember_role(role);
                }
                let boards_saved = incoming.boards.is_empty() || boards.take_in(&incoming.boards);
                imported.set(Some(saved && boards_saved));
                file.reset();
                // The card with the button goes: focus goes to what was done.
                crate::platform::focus_after_render("import-done");
            }
        })
    };
    let cancel = {
        let file = file.clone();
        Callback::from(move |_| file.reset())
    };
    let file_input = file.input.clone();
    let shown = match file.state() {
        Import::Ready(incoming) => Import::Ready(std::rc::Rc::new((
            preview(app.data(), &incoming.data)
                .with_boards(
                    &props.boards.all(),
                    &incoming.boards,
                    Questionnaire::builtin(),
                )
                .with_role(incoming.role.filter(|_| !app.role_chosen())),
            incoming.left_out,
        ))),
        Import::Failed(e) => Import::Failed(e.clone()),
        Import::Reading => Import::Reading,
        Import::Idle => Import::Idle,
    };
    html! {
        <>
            <h2>{ tr.t(k!("data-import")) }</h2>
            <div class="field">
                <label for="import-file">{ tr.t(k!("data-import-file")) }</label>
                <span class="field-hint" id="import-hint">{ tr.t(k!("data-import-hint")) }</span>
                { crate::components::file_picker::file_picker(&tr, "import-file", &file_input, onfile, Some("import-hint")) }
            </div>
            if let Some(saved) = *imported {
                // The import is saved as it is taken: if that failed, the banner above says why,
                // and this must not claim the data is kept.
                if !saved {
                    <div id="import-done" tabindex="-1" class="banner banner-error" role="alert">
                        { tr.t(k!("data-imported-unsaved")) }
                    </div>
                } else {
                    <div id="import-done" tabindex="-1" class="banner banner-info" role="status">
                        { tr.t(k!("data-imported")) }
                    </div>
                }
            }
            { match shown {
                Import::Idle | Import::Reading => html! {},
                Import::Failed(e) => html! {
                    <div class="banner banner-error" role="alert">{ crate::messages::problem(&tr, &e) }{ " " }{ tr.t(k!("data-import-unchanged")) }</div>
                },
                Import::Ready(p) => { let (p, left_out) = (&p.0, p.1); html! {
                    <div class="card confirm" role="group" aria-labelledby="import-title">
                        <h3 id="import-title">{ tr.t(k!("data-import-question")) }</h3>
                        if left_out > 0 {
                            <p>{ tr.tf(k!("data-import-left-out"), &[("count", left_out.into())]) }</p>
                        }
                        if p.unchanged {
                            <p>{ tr.t(k!("data-import-nothing")) }</p>
                        }
                        if !p.added.is_empty() {
                            <p>{ tr.t(k!("data-import-adds")) }</p>
                            <ul>{ for p.added.iter().map(|l| html! { <li>{ crate::messages::preview_line(&tr, l) }</li> }) }</ul>
                        }
                        if !p.replaced.is_empty() {
                            <p>{ tr.t(k!("data-import-replaces")) }</p>
                            <ul>{ for p.replaced.iter().map(|l| html! { <li>{ crate::messages::preview_line(&tr, l) }</li> }) }</ul>
                        }
                        if !p.kept.is_empty() {
                            <p>{ tr.t(k!("data-import-keeps")) }</p>
                            <ul>{ for p.kept.iter().map(|l| html! { <li>{ crate::messages::preview_line(&tr, l) }</li> }) }</ul>
                        }
                        <div class="actions">
                            <button type="button" class="primary" onclick={accept} disabled={p.unchanged}>{ tr.t(k!("data-import-button")) }</button>
                            <button type="button" onclick={cancel}>{ tr.t(k!("cancel")) }</button>
                        </div>
                    </div>
                } }
            } }

        </>
    }
}
