//! Your data, delete: everything this app keeps in the browser, after a question.
use crate::hooks::use_app;
use crate::i18n::use_tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeleteDataProps {
    /// Says what happened.
    pub ondone: Callback<Option<String>>,
}

#[component]
pub fn DeleteData(props: &DeleteDataProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    let confirm_delete = use_state(|| false);
    let deleted = tr.t(k!("data-deleted"));
    let delete_all = {
        let (app, confirm, ondone, tr) = (
            app.clone(),
            confirm_delete.clone(),
            props.ondone.clone(),
            tr.clone(),
        );
        Callback::from(move |_| {
            confirm.set(false);
            crate::platform::focus_after_render("data-message");
            ondone.emit(Some(match app.delete_everything() {
                Ok(()) => deleted.clone(),
                Err(e) => crate::messages::storage_problem(&tr, e),
            }));
        })
    };
    html! {
        <>
            <h2>{ tr.t(k!("data-delete")) }</h2>
            if *confirm_delete {
                <div class="card confirm" role="group" aria-labelledby="delete-title">
                    <p id="delete-title"><strong>{ tr.t(k!("data-delete-question")) }</strong>
                        { " " }{ tr.t(k!("data-delete-warning")) }</p>
                    <div class="actions">
                        <button type="button" class="danger" onclick={delete_all}>{ tr.t(k!("data-delete-yes")) }</button>
                        <button type="button" id="delete-cancel" onclick={{ let c = confirm_delete.clone(); move |_| { c.set(false); crate::platform::focus_after_render("delete-all") } }}>{ tr.t(k!("cancel")) }</button>
                    </div>
                </div>
            } else {
                <button type="button" id="delete-all" class="danger" onclick={{ let c = confirm_delete.clone(); move |_| { c.set(true); crate::platform::focus_after_render("delete-cancel") } }}>{ tr.t(k!("data-delete-all")) }</button>
            }
        </>
    }
}
