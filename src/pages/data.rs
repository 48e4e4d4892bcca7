//! Your data: export everything, import it in another browser (after a preview), a CSV of scores,
//! data that could not be read, and deleting everything.
use crate::components::delete_data::DeleteData;
use crate::components::export_data::export_data;
use crate::components::import_data::ImportData;
use crate::components::keep_data::KeepData;
use crate::components::rescued_data::rescued_data;
use crate::hooks::{use_app, use_boards};
use crate::i18n::use_tr;
use yew::prelude::*;

#[component]
pub fn DataPage() -> Html {
    let app = use_app();
    let tr = use_tr();
    let boards = use_boards();
    let message = use_state(|| None::<String>);
    let onmessage = {
        let message = message.clone();
        Callback::from(move |m: Option<String>| message.set(m))
    };
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ tr.t(k!("heading-data")) }</h1>
            <p>{ tr.t(k!("data-intro")) }</p>
            if let Some(m) = &*message { <div id="data-message" tabindex="-1" class="banner banner-info" role="status">{ m }</div> }
            { export_data(&app, &boards, &tr, &onmessage) }
            <ImportData boards={boards.clone()} />
            <KeepData />
            { rescued_data(&app, &boards, &tr) }
            <DeleteData ondone={onmessage} />
        </section>
    }
}
