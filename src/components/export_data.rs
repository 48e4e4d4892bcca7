//! Your data, export: everything as one JSON file, and the scores across the history as CSV.
use crate::core::board::Boards;
use crate::core::transfer::{export_answered_as, history_csv, preview, CsvStyle};
use crate::hooks::{AppHandle, BoardsHandle};
use crate::i18n::Tr;
use crate::platform;
use yew::prelude::*;

/// The export section; `onproblem` says when the browser refused a download. A plain function: it
/// draws with the page.
pub fn export_data(
    app: &AppHandle,
    boards: &BoardsHandle,
    tr: &Tr,
    onproblem: &Callback<Option<String>>,
) -> Html {
    let data = app.data();
    // What the file holds: what importing it into an empty browser would add.
    let holds = preview(&Default::default(), data).with_boards(
        &Boards::new(),
        &boards.all(),
        app.questionnaire(),
    );
    let lines = || holds.added.iter().chain(&holds.replaced);
    let export = {
        let (app, boards, onproblem, tr) =
            (app.clone(), boards.clone(), onproblem.clone(), tr.clone());
        Callback::from(move |_| {
            let today = platform::today();
            let role = app.role_chosen().then(|| app.role());
            let text = export_answered_as(app.data(), &boards.all(), role, &today);
            let name = format!("pillars-export-{today}.json");
            let refused = platform::download(&name, "application/json", &text).err();
            onproblem.emit(refused.map(|_| tr.t(k!("err-download"))));
        })
    };
    let csv = {
        let (app, onproblem, tr) = (app.clone(), onproblem.clone(), tr.clone());
        Callback::from(move |_| {
            let headings = [tr.t(k!("csv-completed")), tr.t(k!("csv-overall"))];
            let text = history_csv(
                app.questionnaire(),
                app.data(),
                [&headings[0], &headings[1]],
                CsvStyle::with_decimal(tr.decimal()),
            );
            let name = format!("pillars-scores-{}.csv", platform::today());
            let refused = platform::download(&name, "text/csv", &text).err();
            onproblem.emit(refused.map(|_| tr.t(k!("err-download"))));
        })
    };
    html! {
        <>
        <h2>{ tr.t(k!("data-export")) }</h2>
            if holds.unchanged {
                <p>{ tr.t(k!("data-export-empty")) }</p>
            } else {
                <p id="export-holds">{ tr.t(k!("data-export-holds")) }</p>
                <ul aria-labelledby="export-holds">{ for lines().map(|l| html! { <li>{ crate::messages::preview_line(tr, l) }</li> }) }</ul>
            }
            <div class="actions">
                <button type="button" class="primary" onclick={export}>{ tr.t(k!("data-download-json")) }</button>
                <button type="button" onclick={csv} disabled={data.history.is_empty()} aria-describedby="csv-hint">{ tr.t(k!("data-download-csv")) }</button>
            </div>
            <p id="csv-hint" class="field-hint">{ tr.t(k!("data-csv-hint")) }
                if data.history.is_empty() { { " " }{ tr.t(k!("data-csv-later")) } }
            </p>

        </>
    }
}
