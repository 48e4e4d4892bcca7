//! History: every completed assessment, and any two of them overlaid with the change per pillar.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::components::result_view::{result_view, ResultViewProps};
use crate::core::scoring::{fmt_score, score};
use crate::hooks::use_app;
use crate::i18n::{use_tr, Tr};
use crate::platform;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[component]
pub fn HistoryPage() -> Html {
    let app = use_app();
    let tr = use_tr();
    let q = app.questionnaire();
    let history = &app.data().history;
    // Indices into the history: (earlier, later). Default: the last two.
    let chosen = use_state(|| None::<(usize, usize)>);
    let confirm_delete = use_state(|| None::<String>);

    let shared = html! { <SharedWithMe /> };
    if history.is_empty() {
        return html! {
            <section aria-labelledby="page-title">
                <h1 id="page-title">{ tr.t(k!("heading-history")) }</h1>
                <p>{ tr.t(k!("history-empty")) }</p>
                <NavLink to={Route::Assess} class="button primary">{ tr.t(k!("history-go-assess")) }</NavLink>
                { shared }
            </section>
        };
    }
    let n = history.len();
    let (a, b) = chosen.unwrap_or((n.saturating_sub(2), n - 1));
    let (a, b) = (a.min(n - 1), b.min(n - 1));
    // An assessment by its date; by its number too where another was completed the same day.
    let label = |i: usize| {
        let date = history[i].date;
        match history.iter().filter(|s| s.date == date).count() {
            1 => tr.date(date),
            _ => format!("{} ({})", tr.date(date), i + 1),
        }
    };
    let select = |id: &'static str, text: String, value: usize, is_first: bool| {
        let chosen = chosen.clone();
        let onchange = Callback::from(move |e: Event| {
            let Ok(v) = e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .parse::<usize>()
            else {
                return;
            };
            let (ca, cb) = chosen.unwrap_or((n.saturating_sub(2), n - 1));
            chosen.set(Some(if is_first { (v, cb) } else { (ca, v) }));
        });
        html! {
            <div class="field">
                <label for={id}>{ text }</label>
                <select id={id} {onchange}>
                    { for (0..n).map(|i| html! { <option value={i.to_string()} selected={i == value}>{ label(i) }</option> }) }
                </select>
            </div>
        }
    };

    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ tr.t(k!("heading-history")) }</h1>
            <div class="table-scroll" id="history-table" role="region" aria-label={tr.tf(k!("history-count"), &[("count", n.into())])} tabindex="0">
            <table class="history-list">
                <caption>{ tr.tf(k!("history-count"), &[("count", n.into())]) }</caption>
                <thead><tr><th scope="col">{ tr.t(k!("history-completed")) }</th><th scope="col" class="num">{ tr.t(k!("table-overall")) }</th><th scope="col">{ tr.t(k!("table-level")) }</th><th scope="col" class="no-print">{ tr.t(k!("history-actions")) }</th></tr></thead>
                <tbody>
                    { for history.iter().enumerate().rev().map(|(i, s)| {
                        let sc = score(q, &s.answers);
                        let id = s.id.clone();
                        html! {
                            <tr>
                                <th scope="row">{ label(i) }</th>
                                <td class="num">{ tr.num(fmt_score(sc.overall)) }</td>
                                <td>{ sc.overall_band().map(|b| q.level_name(b).to_string()).unwrap_or_default() }</td>
                                <td class="no-print">
                                    // Named with its row's date; it shows the verb only, so the row fits a phone.
                                    { ask_first(&tr, &confirm_delete, &id, format!("delete-{i}"),
                                        [tr.tf(k!("history-delete"), &[("label", label(i).as_str().into())]), tr.t(k!("history-delete-short"))],
                                        [tr.tf(k!("history-delete-yes"), &[("label", label(i).as_str().into())]), tr.t(k!("history-delete-yes-short"))],
                                        { let (app, id) = (app.clone(), id.clone()); Callback::from(move |()| {
                                            app.delete_snapshot(id.clone());
                                            platform::focus_after_render(if n > 1 { "history-table" } else { "page-title" });
                                        }) }) }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
            if n >= 2 {
                <h2>{ tr.t(k!("history-compare")) }</h2>
                <div class="filters no-print">
                    { select("compare-earlier", tr.t(k!("history-earlier")), a, true) }
                    { select("compare-later", tr.t(k!("history-later")), b, false) }
                </div>
                // The same one twice shows no change: it is said, and the change waits for another.
                <p role="status">{ (a == b).then(|| tr.t(k!("history-same"))) }</p>
                // The change always runs from the earlier to the later, whichever list holds which.
                { result_view(&tr, &ResultViewProps {
                    between_people: false,
                    answers: history[a.max(b)].answers.clone(),
                    label: AttrValue::from(label(a.max(b))),
                    compare: (a != b).then(|| (AttrValue::from(label(a.min(b))), history[a.min(b)].answers.clone())),
                    targets: None,
                    caption: if a == b {
                        tr.t(k!("history-scores-caption"))
                    } else {
                        tr.tf(k!("history-change-caption"), &[("from", label(a.min(b)).as_str().into()), ("to", label(a.max(b)).as_str().into())])
                    }.into(),
                    questionnaire: None,
                }) }
            } else {
                <h2>{ tr.t(k!("history-one")) }</h2>
                { result_view(&tr, &ResultViewProps {
                    between_people: false,
                    answers: history[0].answers.clone(),
                    label: AttrValue::from(label(0)),
                    compare: None,
                    targets: None,
                    caption: tr.t(k!("history-scores-caption")).into(),
                    questionnaire: None,
                }) }
                <p>{ tr.t(k!("history-complete-another")) }</p>
            }
            { shared }
        </section>
    }
}

/// Results other people shared, kept apart from the person's own history; removing one asks
/// first, as deleting one's own does, and says what it did.
#[component]
fn SharedWithMe() -> Html {
    let app = use_app();
    let tr = use_tr();
    let confirm = use_state(|| None::<String>);
    let removed = use_state(String::new);
    let shared = &app.data().shared_with_me;
    html! {
        <>
            <h2>{ tr.t(k!("history-shared")) }</h2>
            <p id="share-removed" role="status" tabindex="-1">{ (*removed).clone() }</p>
            if shared.is_empty() {
                <p>{ tr.t(k!("history-shared-empty")) }</p>
            } else {
                <ul>
                    { for shared.iter().enumerate().map(|(i, s)| {
                        let name = s.result.name.clone().unwrap_or_else(|| tr.t(k!("history-someone")));
                        let date = tr.date(s.result.date);
                        // In a sentence, "someone" is not capitalised.
                        let inline = s.result.name.clone().unwrap_or_else(|| tr.t(k!("history-someone-inline")));
                        let args = [("name", inline.as_str().into()), ("date", date.as_str().into())];
                        let code = s.code.clone();
                        html! {
                            <li>
                                <NavLink to={Route::Shared { code: s.code.clone() }}>{ format!("{name} ({date})") }</NavLink>
                                { " " }
                                { ask_first(&tr, &confirm, &code, format!("remove-share-{i}"),
                                    [tr.tf(k!("history-remove-label"), &args), tr.t(k!("history-remove"))],
                                    [tr.tf(k!("history-remove-yes"), &args), tr.t(k!("history-remove-yes-short"))],
                                    { let (app, removed, text, code) = (app.clone(), removed.clone(), tr.tf(k!("history-removed"), &args), code.clone()); Callback::from(move |()| {
                                        app.remove_share(code.clone());
                                        removed.set(text.clone());
                                        platform::focus_after_render("share-removed");
                                    }) }) }
                            </li>
                        }
                    }) }
                </ul>
            }
        </>
    }
}

/// A row's button that asks first: its verb, then "Yes, …" and "Keep it" in its place while
/// `open` holds `key`. Asking moves focus to "Keep it", keeping moves it back to the button (`id`);
/// each is named (`[name, shown]`) with what it is about, and shows its verb only.
fn ask_first(
    tr: &Tr,
    open: &UseStateHandle<Option<String>>,
    key: &str,
    id: String,
    ask: [String; 2],
    yes: [String; 2],
    on_yes: Callback<()>,
) -> Html {
    let keep_id = format!("{id}-keep");
    if open.as_deref() != Some(key) {
        let (open, key) = (open.clone(), key.to_string());
        let [name, shown] = ask;
        return html! {
            <button type="button" {id} aria-label={name} onclick={move |_| { open.set(Some(key.clone())); platform::focus_after_render(keep_id.clone()); }}>{ shown }</button>
        };
    }
    let [name, shown] = yes;
    let yes = {
        let open = open.clone();
        move |_| {
            open.set(None);
            on_yes.emit(());
        }
    };
    let keep = {
        let open = open.clone();
        move |_| {
            open.set(None);
            platform::focus_after_render(id.clone());
        }
    };
    html! {
        <>
            <button type="button" class="danger" aria-label={name} onclick={yes}>{ shown }</button>
            <button type="button" id={keep_id} onclick={keep}>{ tr.t(k!("keep-it")) }</button>
        </>
    }
}
