//! Someone else's result, opened from a share link: read-only, clearly labelled, comparable with
//! one's own, and savable to "results shared with me" (never into one's own history).
use crate::app::Route;
use crate::components::answer_list::{answer_list, AnswerListProps};
use crate::components::nav::NavLink;
use crate::components::result_summary::{result_summary, ResultSummaryProps, Whose};
use crate::components::result_view::{result_view, ResultViewProps};
use crate::core::answers::from_order;
use crate::core::share::result_link::{decode, extract_code};
use crate::hooks::use_app;
use crate::i18n::use_tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub code: String,
}

#[component]
pub fn SharedPage(props: &SharedPageProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    let q = app.questionnaire();
    let compare = use_state(|| false);
    let code = extract_code(&props.code).to_string();
    let result = match decode(&code, q.version, q.item_count()) {
        Ok(r) => r,
        Err(e) => {
            return html! {
                <section aria-labelledby="page-title">
                    <h1 id="page-title">{ tr.t("shared-cannot-open") }</h1>
                    <div class="banner banner-error" role="alert">{ crate::messages::decode_error(&tr, &e) }</div>
                    <p>{ tr.t("shared-nothing-changed") }</p>
                    <p><NavLink to={Route::Home}>{ tr.t("not-found-home") }</NavLink></p>
                </section>
            };
        }
    };
    let answers = from_order(q, &result.answers);
    let who = result
        .name
        .clone()
        .unwrap_or_else(|| tr.t("shared-someone"));
    let label = format!(
        "{} ({})",
        result.name.clone().unwrap_or_else(|| tr.t("shared-result")),
        tr.date(result.date)
    );
    let data = app.data();
    let saved = data.shared_with_me.iter().any(|s| s.code == code);
    let mine = if !data.attempt.answers.is_empty() {
        Some(data.attempt.answers.clone())
    } else {
        data.history.last().map(|s| s.answers.clone())
    };
    let save = {
        let app = app.clone();
        let code = code.clone();
        let result = result.clone();
        Callback::from(move |_| app.save_share(code.clone(), result.clone()))
    };
    let answered = result.answers.iter().filter(|a| a.is_some()).count();

    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ tr.tf("shared-heading", &[("name", who.as_str().into())]) }</h1>
            <div class="banner banner-info" role="note">
                { tr.tf("shared-read-only", &[("name", who.as_str().into()), ("date", tr.date(result.date).as_str().into())]) }
            </div>
            if answered < result.answers.len() {
                <p class="incomplete">{ tr.tf("shared-incomplete", &[("answered", answered.into()), ("total", result.answers.len().into())]) }</p>
            }
            <div class="actions no-print">
                if saved {
                    <p role="status">{ tr.t("shared-saved") }</p>
                } else {
                    <button type="button" class="primary" onclick={save}>{ tr.t("shared-save") }</button>
                }
                if mine.is_some() {
                    <label class="choice-inline">
                        <input type="checkbox" checked={*compare}
                            onchange={{ let c = compare.clone(); move |_| c.set(!*c) }} />
                        { " " }{ tr.t("shared-compare") }
                    </label>
                }
            </div>
            <h2>{ tr.t("results-summary") }</h2>
            { result_summary(&tr, &ResultSummaryProps {
                answers: answers.clone(),
                targets: Default::default(),
                whose: result.name.clone().map_or(Whose::Theirs, Whose::Named),
            }) }
            <h2>{ tr.t("results-by-pillar") }</h2>
            { result_view(&tr, &ResultViewProps {
                answers: answers.clone(),
                label: AttrValue::from(label),
                compare: (*compare).then_some(()).and(mine).map(|m| (AttrValue::from(tr.t("shared-you-latest")), m)),
                targets: None,
                caption: AttrValue::from(tr.tf("shared-caption", &[("name", who.as_str().into())])),
            }) }
            <h2>{ tr.t("results-every-answer") }</h2>
            { answer_list(&AnswerListProps { answers, tr: &tr }) }
        </section>
    }
}
