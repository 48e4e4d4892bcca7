//! The workshop board: a facilitator keeps boards (name, date), pastes a room's result links (or
//! imports a board file), sees the team behind the privacy threshold, removes a participant in
//! one click, shows it on a projector and shares it back as a team link, a CSV or a board file.
use crate::app::Route;
use crate::components::board_intake::intake_summary;
use crate::components::board_projector::Projector;
use crate::components::board_scanner::ScannerSlot;
use crate::components::board_team::{team_picture, team_resources};
use crate::core::board::{
    board_csv, Board, BoardId, Boards, BoardsRead, CsvWords, Intake, Names, Threshold,
};
use crate::core::date::Date;
use crate::core::qr::qr_path;
use crate::core::questionnaire::Questionnaire;
use crate::hooks::{use_app, use_boards, use_file_import, BoardsHandle, Import};
use crate::i18n::{use_tr, Tr};
use crate::messages::Problem;
use crate::platform;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A board file, or why it can't be imported.
fn read_board_file(text: &str) -> Result<BoardsRead, Problem> {
    Boards::read(text, Questionnaire::builtin()).map_err(Problem::Board)
}

/// The CSV's headings in this language.
fn csv_words(tr: &Tr) -> CsvWords {
    CsvWords {
        pillar: tr.t(k!("table-pillar")),
        item: tr.t(k!("board-item")),
        count: tr.t(k!("board-results")),
        scored: tr.t(k!("board-csv-scored")),
        minimum: tr.t(k!("board-csv-min")),
        lower_quartile: tr.t(k!("board-csv-q1")),
        median: tr.t(k!("board-median")),
        upper_quartile: tr.t(k!("board-csv-q3")),
        maximum: tr.t(k!("board-csv-max")),
        not_applicable: tr.t(k!("not-applicable")),
        mean: tr.t(k!("board-csv-mean")),
        disagreement: tr.t(k!("board-apart")),
        participant: tr.t(k!("board-csv-participant")),
        date: tr.t(k!("board-csv-date")),
        style: crate::core::transfer::CsvStyle::with_decimal(tr.decimal()),
    }
}

/// A board's name, or its words when it has none.
fn board_name(tr: &Tr, b: &Board) -> String {
    if b.name().is_empty() {
        tr.t(k!("board-untitled"))
    } else {
        b.name().to_string()
    }
}

/// A participant without a name shown, by their number ("Participant 3"), on the board and in
/// its CSV alike.
fn numbered(tr: &Tr, n: u32) -> String {
    tr.tf(k!("board-participant"), &[("number", (n as usize).into())])
}

fn value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// A board's name is cut as it is typed to what a team link carries (40 bytes).
fn fit_name(e: InputEvent) {
    platform::fit_name_field(&e.target_unchecked_into::<HtmlInputElement>());
}

/// The form that creates a board.
fn create_form(
    tr: &Tr,
    boards: &BoardsHandle,
    selected: &UseStateHandle<Option<BoardId>>,
    fields: &(NodeRef, NodeRef),
) -> Html {
    let onsubmit = {
        let (boards, selected, (name, date)) = (boards.clone(), selected.clone(), fields.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(name), Some(date)) = (
                name.cast::<HtmlInputElement>(),
                date.cast::<HtmlInputElement>(),
            ) else {
                return;
            };
            let day = Date::parse(&date.value()).unwrap_or_else(platform::today);
            if let Some(id) = boards.create(&name.value(), day) {
                selected.set(Some(id));
                name.set_value("");
                // The form moves below the new board: focus goes to the board's name.
                platform::focus_after_render("board-title");
            }
        })
    };
    let fit = Callback::from(fit_name);
    html! {
        <form class="card board-create" {onsubmit} aria-labelledby="board-create-title">
            <h2 id="board-create-title">{ tr.t(k!("board-create")) }</h2>
            <div class="filters">
                <div class="field">
                    <label for="board-new-name">{ tr.t(k!("board-name")) }</label>
                    <span class="field-hint" id="board-new-name-hint">{ tr.t(k!("name-fits-hint")) }</span>
                    <input id="board-new-name" type="text" maxlength="40" autocomplete="off" ref={fields.0.clone()} oninput={fit} aria-describedby="board-new-name-hint" />
                </div>
                <div class="field">
                    <label for="board-new-date">{ tr.t(k!("board-date")) }</label>
                    <input id="board-new-date" type="date" value={platform::today().iso()} ref={fields.1.clone()} />
                </div>
            </div>
            <button type="submit" class="primary">{ tr.t(k!("board-create-button")) }</button>
        </form>
    }
}

#[component]
pub fn BoardPage() -> Html {
    let app = use_app();
    let tr = use_tr();
    let q = app.questionnaire();
    let boards = use_boards();
    let selected = use_state(|| None::<BoardId>);
    // What the last paste (`false`) or board file (`true`) did, shown beside its button.
    let intake = use_state(|| None::<Rc<(Intake, bool)>>);
    let names = use_state(|| false);
    let mine = use_state(|| false);
    let confirm_delete = use_state(|| false);
    let projector = use_state(|| false);
    let download_refused = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    // The last participant removed, until put back or another is removed.
    let removed = use_state(|| None::<Rc<RemovedParticipant>>);
    // The board's name as it is being typed: kept while another tab changes the board.
    let name_draft = use_state(|| None::<String>);
    // Whether the board this tab had open was deleted in another tab.
    let gone = use_state(|| false);
    let paste = use_node_ref();
    let fields = (use_node_ref(), use_node_ref());
    let file = use_file_import(read_board_file);

    let list = boards.list();
    let current = (*selected)
        .and_then(|id| boards.get(id))
        .or_else(|| list.last().cloned());
    // The tab stays on the board it shows: another tab's new board does not take its place (nor
    // what was pasted for this one); if it is deleted there, this tab says so.
    {
        let (selected, gone) = (selected.clone(), gone.clone());
        let missing = selected.is_some_and(|id| boards.get(id).is_none());
        use_effect_with(current.as_ref().map(Board::id), move |shown| {
            gone.set(missing && shown.is_some());
            if *selected != *shown {
                selected.set(*shown);
            }
        });
    }
    let banner = boards.problem().map(|p| {
        html! { <div class="banner banner-error" role="alert">{ crate::messages::boards_problem(&tr, p) }</div> }
    });
    let board_list = (list.len() > 1).then(|| {
        html! {
            <nav aria-labelledby="board-list-title" class="board-list">
                <h2 id="board-list-title">{ tr.t(k!("board-list")) }</h2>
                <ul>
                    for b in list.iter() {
                        <li key={b.id().0}>
                            <button type="button"
                                aria-pressed={(current.as_ref().map(Board::id) == Some(b.id())).to_string()}
                                onclick={{
                                    let (selected, intake, confirm) = (selected.clone(), intake.clone(), confirm_delete.clone());
                                    let id = b.id();
                                    move |_| { selected.set(Some(id)); intake.set(None); confirm.set(false); }
                                }}>
                                { board_name(&tr, b) }
                            </button>
                            { " " }<span class="muted">{ tr.tf(k!("board-list-line"), &[("date", tr.date(Some(b.date())).as_str().into()), ("count", b.entries().len().into())]) }</span>
                        </li>
                    }
                </ul>
            </nav>
        }
    });

    let Some(board) = current else {
        return html! {
            <section aria-labelledby="page-title" class="board">
                <h1 id="page-title" tabindex="-1">{ tr.t(k!("heading-board")) }</h1>
                <p>{ tr.t(k!("board-intro")) }</p>
                { for banner }
                { create_form(&tr, &boards, &selected, &fields) }
            </section>
        };
    };
    let id = board.id();
    let name = board_name(&tr, &board);
    let team = Rc::new(board.team(q));
    let k = board.threshold().get();
    let shown = *names;

    let add = {
        let (boards, intake, paste) = (boards.clone(), intake.clone(), paste.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = paste.cast::<HtmlTextAreaElement>() {
                let done = boards.add_text(id, &area.value());
                // A link that was not taken stays in the text, to be fixed there.
                if done.all_taken() {
                    area.set_value("");
                }
                intake.set(Some(Rc::new((done, false))));
            }
        })
    };
    let scanned = {
        let boards = boards.clone();
        Callback::from(move |text: String| boards.add_text(id, &text).outcomes)
    };
    let accept_file = {
        let (boards, intake, file) = (boards.clone(), intake.clone(), file.clone());
        Callback::from(move |_: MouseEvent| {
            if let Import::Ready(incoming) = file.state() {
                intake.set(Some(Rc::new((boards.import(id, incoming), true))));
                file.reset();
            }
        })
    };
    let cancel_file = {
        let file = file.clone();
        Callback::from(move |_: MouseEvent| file.reset())
    };
    let onfile = {
        let (file, intake) = (file.clone(), intake.clone());
        Callback::from(move |e: Event| {
            intake.set(None);
            file.onchange.emit(e);
        })
    };
    let download = |csv: bool| {
        let (tr, board, refused) = (tr.clone(), board.clone(), download_refused.clone());
        Callback::from(move |_: MouseEvent| {
            let q = crate::i18n::questionnaire();
            let names = if shown { Names::Shown } else { Names::Hidden };
            let done = if csv {
                let text = board_csv(q, &board, &csv_words(&tr), names, &|n| numbered(&tr, n));
                platform::download(
                    &format!("pillars-board-{}.csv", board.date()),
                    "text/csv",
                    &text,
                )
            } else {
                platform::download(
                    &format!("pillars-board-{}.json", board.date()),
                    "application/json",
                    &board.to_file_json(),
                )
            };
            refused.set(done.is_err());
        })
    };
    let team_link = board.team_link(q).encode(q).map(|code| {
        format!(
            "{}#{}",
            platform::app_base_url(),
            Route::Team { code }.to_path()
        )
    });
    let copy = {
        let (link, copied) = (team_link.clone().unwrap_or_default(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            platform::copy_to_clipboard(&link, Callback::from(move |ok| copied.set(Some(ok))));
        })
    };
    let latest = app.data().history.last().map(|s| &s.answers);
    let overlay = latest
        .filter(|_| *mine)
        .map(|a| (tr.t(k!("shared-you-latest")), a));
    let file_input = file.input.clone();

    html! {
        <section aria-labelledby="page-title" class="board">
            <h1 id="page-title" tabindex="-1">{ tr.t(k!("heading-board")) }</h1>
            { for banner }
            { for board_list }

            <div class="card" role="group" aria-labelledby="board-title">
                <h2 id="board-title" tabindex="-1">{ name.clone() }</h2>
                if *gone {
                    <p class="banner banner-info" role="status">{ tr.tf(k!("board-gone"), &[("name", name.as_str().into())]) }</p>
                }
                <div class="filters">
                    <div class="field">
                        <label for="board-name">{ tr.t(k!("board-name")) }</label>
                        <span class="field-hint" id="board-name-hint">{ tr.t(k!("name-fits-hint")) }</span>
                        <input id="board-name" type="text" maxlength="40" value={(*name_draft).clone().unwrap_or_else(|| board.name().to_string())} aria-describedby="board-name-hint"
                            oninput={{ let d = name_draft.clone(); move |e: InputEvent| { let field = e.target_unchecked_into::<HtmlInputElement>(); platform::fit_name_field(&field); d.set(Some(field.value())); } }}
                            onchange={{ let (b, d) = (boards.clone(), name_draft.clone()); move |e: Event| { b.rename(id, &value(&e)); d.set(None); } }} />
                    </div>
                    <div class="field">
                        <label for="board-date">{ tr.t(k!("board-date")) }</label>
                        <input id="board-date" type="date" value={board.date().iso()}
                            onchange={{ let b = boards.clone(); move |e: Event| if let Some(d) = Date::parse(&value(&e)) { b.set_date(id, d) } }} />
                    </div>
                </div>
                if *confirm_delete {
                    <div class="card confirm" role="group" aria-labelledby="board-delete-title">
                        <h3 id="board-delete-title">{ tr.tf(k!("board-delete-question"), &[("name", name.as_str().into()), ("count", board.entries().len().into())]) }</h3>
                        <div class="actions">
                            <button type="button" class="danger" onclick={{
                                let (b, c, s, i) = (boards.clone(), confirm_delete.clone(), selected.clone(), intake.clone());
                                move |_| { b.delete(id); c.set(false); s.set(None); i.set(None); platform::focus_after_render("page-title"); }
                            }}>{ tr.t(k!("board-delete-confirm")) }</button>
                            <button type="button" id="board-delete-cancel" onclick={{ let c = confirm_delete.clone(); move |_| { c.set(false); platform::focus_after_render("board-delete") } }}>{ tr.t(k!("cancel")) }</button>
                        </div>
                    </div>
                } else {
                    <button type="button" id="board-delete" class="danger" onclick={{ let c = confirm_delete.clone(); move |_| { c.set(true); platform::focus_after_render("board-delete-cancel") } }}>{ tr.t(k!("board-delete")) }</button>
                }
            </div>

            <h2>{ tr.t(k!("board-add")) }</h2>
            <div class="field">
                <label for="board-paste">{ tr.t(k!("board-paste")) }</label>
                <span class="field-hint" id="board-paste-hint">{ tr.t(k!("board-paste-hint")) }</span>
                <textarea id="board-paste" rows="5" ref={paste} aria-describedby="board-paste-hint" />
            </div>
            <div class="actions">
                <button type="button" class="primary" onclick={add}>{ tr.t(k!("board-add-button")) }</button>
            </div>
            if let Some(i) = intake.as_ref().filter(|i| !i.1) {
                { intake_summary(&tr, &i.0) }
            }
            <ScannerSlot on_text={scanned} />
            <div class="field">
                <label for="board-file">{ tr.t(k!("board-file")) }</label>
                { crate::components::file_picker::file_picker(&tr, "board-file", &file_input, onfile, None) }
            </div>
            { match file.state() {
                Import::Idle | Import::Reading => html! {},
                Import::Failed(e) => html! {
                    <div class="banner banner-error" role="alert">{ crate::messages::problem(&tr, e) }</div>
                },
                Import::Ready(incoming) => html! {
                    <div class="card confirm" role="group" aria-labelledby="board-import-title">
                        <h3 id="board-import-title">{ tr.tf(k!("board-import-question"), &[("count", incoming.boards.list().iter().map(|b| b.entries().len()).sum::<usize>().into())]) }</h3>
                        <div class="actions">
                            <button type="button" class="primary" onclick={accept_file}>{ tr.t(k!("board-import-button")) }</button>
                            <button type="button" onclick={cancel_file}>{ tr.t(k!("cancel")) }</button>
                        </div>
                    </div>
                },
            } }
            if let Some(i) = intake.as_ref().filter(|i| i.1) {
                { intake_summary(&tr, &i.0) }
            }

            <h2 id="board-participants" tabindex="-1">{ tr.tf(k!("board-participants"), &[("count", board.entries().len().into())]) }</h2>
            if let Some(r) = removed.as_ref().filter(|r| r.board == id) {
                { undo_removal(&tr, &boards, r, &removed) }
            }
            <p>{ tr.t(k!("board-privacy")) }</p>
            <div class="filters">
                <div class="field">
                    <label for="board-threshold">{ tr.t(k!("board-threshold")) }</label>
                    <span class="field-hint" id="board-threshold-hint">{ tr.t(k!("board-threshold-hint")) }</span>
                    <input id="board-threshold" type="number" min="3" max="255" value={k.to_string()} aria-describedby="board-threshold-hint"
                        onchange={{ let b = boards.clone(); move |e: Event| {
                            // The field shows what is in use: a cleared field keeps the size it had,
                            // one out of range is brought within it.
                            let input = e.target_unchecked_into::<HtmlInputElement>();
                            let k = input.value().trim().parse().map_or(k, |v| Threshold::new(v).get());
                            input.set_value(&k.to_string());
                            b.set_threshold(id, k);
                        } }} />
                </div>
            </div>
            <label class="choice-inline">
                <input type="checkbox" checked={shown} onchange={{ let n = names.clone(); move |_| n.set(!*n) }} />
                { " " }{ tr.t(k!("board-show-names")) }
            </label>
            if !board.entries().is_empty() {
                <ul class="participants">
                    for e in board.entries() {
                        <li key={e.code().to_string()}>
                            { participant(&tr, &boards, id, e, shown, &removed) }
                        </li>
                    }
                </ul>
            }
            if !board.set_aside().is_empty() {
                <p class="field-hint">{ tr.tf(k!("board-set-aside"), &[("count", board.set_aside().len().into())]) }</p>
            }

            if latest.is_some() && team.is_shown() {
                <label class="choice-inline no-print">
                    <input type="checkbox" checked={*mine} onchange={{ let m = mine.clone(); move |_| m.set(!*m) }} />
                    { " " }{ tr.t(k!("board-overlay-mine")) }
                </label>
            }
            { team_picture(&tr, q, &team, overlay) }

            <h2 class="no-print">{ tr.t(k!("board-share")) }</h2>
            <div class="actions no-print">
                <button type="button" id="projector-open" onclick={{ let p = projector.clone(); move |_| p.set(true) }}>{ tr.t(k!("board-projector")) }</button>
                <button type="button" onclick={download(true)}>{ tr.t(k!("board-download-csv")) }</button>
                <button type="button" onclick={download(false)}>{ tr.t(k!("board-download-file")) }</button>
            </div>
            <p class="field-hint no-print">{ if shown { tr.t(k!("board-csv-names")) } else { tr.t(k!("board-csv-no-names")) } }</p>
            if *download_refused {
                <div class="banner banner-error" role="alert">{ tr.t(k!("err-download")) }</div>
            }
            if team.is_shown() {
            <div class="card share no-print">
                { match &team_link {
                    Ok(link) => html! {
                        <>
                            <p>{ tr.t(k!("board-team-link-intro")) }</p>
                            <div class="field">
                                <label for="team-link">{ tr.t(k!("board-team-link")) }</label>
                                <input id="team-link" type="text" readonly=true value={link.clone()} class="share-link"
                                    onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select())} />
                            </div>
                            <div class="actions">
                                <button type="button" onclick={copy}>{ tr.t(k!("share-copy")) }</button>
                                <span role="status">{ match *copied { Some(true) => tr.t(k!("share-copied")), Some(false) => tr.t(k!("share-not-copied")), None => String::new() } }</span>
                            </div>
                            if let Some(qr) = qr_path(link) {
                                <div class="qr">
                                    { crate::components::share_panel::qr_svg(&qr, tr.t(k!("board-team-qr"))) }
                                </div>
                            }
                        </>
                    },
                    Err(e) => html! { <p>{ crate::messages::team_link_error(&tr, e) }</p> },
                } }
            </div>
            }
            <p class="field-hint no-print">{ tr.t(k!("board-no-camera")) }</p>
            { team_resources(&tr, q, &team) }

            { create_form(&tr, &boards, &selected, &fields) }

            if *projector {
                <Projector team={team.clone()} title={AttrValue::from(name)}
                    onclose={{ let p = projector.clone(); Callback::from(move |_| { p.set(false); platform::focus_by_id("projector-open"); }) }} />
            }
        </section>
    }
}

/// A participant removed from a board, with its place, for an undo.
#[derive(PartialEq)]
struct RemovedParticipant {
    board: BoardId,
    at: usize,
    entry: crate::core::board::Entry,
    /// As the row named them.
    label: String,
}

/// Says who was removed, with a button that puts them back.
fn undo_removal(
    tr: &Tr,
    boards: &BoardsHandle,
    r: &Rc<RemovedParticipant>,
    removed: &UseStateHandle<Option<Rc<RemovedParticipant>>>,
) -> Html {
    let undo = {
        let (boards, r, removed) = (boards.clone(), r.clone(), removed.clone());
        Callback::from(move |_: MouseEvent| {
            boards.restore(r.board, r.at, r.entry.clone());
            removed.set(None);
            platform::focus_after_render("board-participants");
        })
    };
    html! {
        <div class="banner banner-info no-print" role="status">
            { tr.tf(k!("board-removed"), &[("name", r.label.as_str().into())]) }{ " " }
            <button type="button" id="board-undo" onclick={undo}>{ tr.t(k!("undo")) }</button>
        </div>
    }
}

/// One participant: who (a name only when shown), the result's date, and one-click removal.
fn participant(
    tr: &Tr,
    boards: &BoardsHandle,
    id: BoardId,
    e: &crate::core::board::Entry,
    shown: bool,
    removed: &UseStateHandle<Option<Rc<RemovedParticipant>>>,
) -> Html {
    let label = match e.name() {
        Some(n) if shown => n.to_string(),
        _ => numbered(tr, e.number()),
    };
    let remove = {
        let (boards, code, removed, label) = (
            boards.clone(),
            e.code().to_string(),
            removed.clone(),
            label.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (at, entry) = match boards.remove(id, &code) {
                Some(r) => r,
                None => return,
            };
            removed.set(Some(Rc::new(RemovedParticipant {
                board: id,
                at,
                entry,
                label: label.clone(),
            })));
            // The row and its button are gone: focus goes to the way back.
            platform::focus_after_render("board-undo");
        })
    };
    html! {
        <>
            <span>{ &label }</span>
            { " " }<span class="muted">{ tr.date(e.result().date) }</span>
            { " " }<button type="button" class="danger" onclick={remove}>{ tr.tf(k!("board-remove"), &[("name", label.as_str().into())]) }</button>
        </>
    }
}
