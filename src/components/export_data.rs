//! Your data, export: everything as one JSON file, and the scores across the history as CSV.
use crate::core::transfer::{export_json, history_csv};
use crate::hooks::AppHandle;
use crate::platform;
use yew::prelude::*;

/// The export section; `onproblem` says when the browser refused a download. A plain function: it
/// draws with the page.
pub fn export_data(app: &AppHandle, onproblem: &Callback<Option<String>>) -> Html {
    let data = app.data();
    let export = {
        let (app, onproblem) = (app.clone(), onproblem.clone());
        Callback::from(move |_| {
            let today = platform::today();
            let text = export_json(app.data(), &today);
            let name = format!("pillars-export-{today}.json");
            onproblem.emit(platform::download(&name, "application/json", &text).err());
        })
    };
    let csv = {
        let (app, onproblem) = (app.clone(), onproblem.clone());
        Callback::from(move |_| {
            let text = history_csv(app.questionnaire(), app.data());
            let name = format!("pillars-scores-{}.csv", platform::today());
            onproblem.emit(platform::download(&name, "text/csv", &text).err());
        })
    };
    html! {
        <>
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

        </>
    }
}
