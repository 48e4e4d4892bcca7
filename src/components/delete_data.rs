//! Your data, delete: everything this app keeps in the browser, after a question.
use crate::hooks::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeleteDataProps {
    /// Says what happened.
    pub ondone: Callback<Option<String>>,
}

#[component]
pub fn DeleteData(props: &DeleteDataProps) -> Html {
    let app = use_app();
    let confirm_delete = use_state(|| false);
    let delete_all = {
        let (app, confirm, ondone) = (app.clone(), confirm_delete.clone(), props.ondone.clone());
        Callback::from(move |_| {
            confirm.set(false);
            ondone.emit(Some(match app.delete_everything() {
                Ok(()) => "All your Pillars data has been deleted from this browser.".into(),
                Err(e) => e,
            }));
        })
    };
    html! {
        <>
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
        </>
    }
}
