//! History: every completed assessment, and any two of them overlaid with the change per pillar.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::components::result_view::{result_view, ResultViewProps};
use crate::core::date::pretty as pretty_date;
use crate::core::scoring::{fmt_score, score};
use crate::hooks::use_app;
use crate::i18n::use_tr;
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
                <h1 id="page-title">{ "Your history" }</h1>
                <p>{ "When you complete an assessment it is kept here with its date, so you can come back next term and see your progress." }</p>
                <NavLink to={Route::Assess} class="button primary">{ "Go to the assessment" }</NavLink>
                { shared }
            </section>
        };
    }
    let n = history.len();
    let (a, b) = chosen.unwrap_or((n.saturating_sub(2), n - 1));
    let (a, b) = (a.min(n - 1), b.min(n - 1));
    let label = |i: usize| format!("{} ({})", pretty_date(&history[i].date), i + 1);
    let select = |id: &'static str, text: &'static str, value: usize, is_first: bool| {
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
            <h1 id="page-title">{ "Your history" }</h1>
            <table>
                <caption>{ format!("{} completed assessment{}", n, if n == 1 { "" } else { "s" }) }</caption>
                <thead><tr><th scope="col">{ "Completed" }</th><th scope="col" class="num">{ "Overall" }</th><th scope="col">{ "Level" }</th><th scope="col" class="no-print">{ "Actions" }</th></tr></thead>
                <tbody>
                    { for history.iter().enumerate().rev().map(|(i, s)| {
                        let sc = score(q, &s.answers);
                        let id = s.id.clone();
                        html! {
                            <tr>
                                <th scope="row">{ label(i) }</th>
                                <td class="num">{ fmt_score(sc.overall) }</td>
                                <td>{ sc.overall_band().map(|b| q.level_name(b).to_string()).unwrap_or_default() }</td>
                                <td class="no-print">
                                    if confirm_delete.as_deref() == Some(id.as_str()) {
                                        <button type="button" class="danger" onclick={{ let app = app.clone(); let c = confirm_delete.clone(); let id = id.clone(); move |_| { app.delete_snapshot(id.clone()); c.set(None); } }}>
                                            { format!("Yes, delete {}", label(i)) }
                                        </button>
                                        <button type="button" onclick={{ let c = confirm_delete.clone(); move |_| c.set(None) }}>{ "Keep it" }</button>
                                    } else {
                                        <button type="button" onclick={{ let c = confirm_delete.clone(); move |_| c.set(Some(id.clone())) }}>
                                            { format!("Delete {}", label(i)) }
                                        </button>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if n >= 2 {
                <h2>{ "Compare two assessments" }</h2>
                <div class="filters no-print">
                    { select("compare-earlier", "Earlier", a, true) }
                    { select("compare-later", "Later", b, false) }
                </div>
                { result_view(&tr, &ResultViewProps {
                    answers: history[b].answers.clone(),
                    label: AttrValue::from(label(b)),
                    compare: Some((AttrValue::from(label(a)), history[a].answers.clone())),
                    targets: None,
                    caption: "Change per pillar between the two assessments".into(),
                }) }
            } else {
                <h2>{ "Your completed assessment" }</h2>
                { result_view(&tr, &ResultViewProps {
                    answers: history[0].answers.clone(),
                    label: AttrValue::from(label(0)),
                    compare: None,
                    targets: None,
                    caption: "Scores by pillar".into(),
                }) }
                <p>{ "Complete another assessment later (for example next term) to compare the two here." }</p>
            }
            { shared }
        </section>
    }
}

/// Results other people shared, kept apart from the person's own history.
#[component]
fn SharedWithMe() -> Html {
    let app = use_app();
    let shared = &app.data().shared_with_me;
    html! {
        <>
            <h2>{ "Results shared with you" }</h2>
            if shared.is_empty() {
                <p>{ "When someone sends you a result link, you can save it here. It is never mixed into your own history." }</p>
            } else {
                <ul>
                    { for shared.iter().map(|s| {
                        let name = s.result.name.clone().unwrap_or_else(|| "Someone".into());
                        let code = s.code.clone();
                        html! {
                            <li>
                                <NavLink to={Route::Shared { code: s.code.clone() }}>{ format!("{} ({})", name, pretty_date(&s.result.date)) }</NavLink>
                                { " " }
                                <button type="button" aria-label={format!("Remove {}'s result from {}", name, pretty_date(&s.result.date))}
                                    onclick={{ let app = app.clone(); move |_| app.remove_share(code.clone()) }}>
                                    { "Remove" }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </>
    }
}
