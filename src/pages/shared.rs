//! Someone else's result, opened from a share link: read-only, clearly labelled, comparable with
//! one's own, and savable to "results shared with me" (never into one's own history).
//!
//! A link made with an older questionnaire version opens with that version's questionnaire
//! (`questionnaire-v<n>.json`, kept next to the app as what changed since, and fetched once), so
//! it shows what it showed when it was shared.
use crate::app::Route;
use crate::components::answer_list::{answer_list, AnswerListProps};
use crate::components::nav::NavLink;
use crate::components::result_summary::{result_summary, ResultSummaryProps, Whose};
use crate::components::result_view::{result_view, ResultViewProps};
use crate::core::answers::from_order;
use crate::core::archive::expand;
use crate::core::questionnaire::{Migrations, Questionnaire, Role};
use crate::core::share::result_link::{decode, extract_code, DecodeError, SharedResult};
use crate::hooks::use_app;
use crate::i18n::use_tr;
use std::cell::RefCell;
use std::collections::BTreeMap;
use yew::prelude::*;

thread_local! {
    /// Older questionnaires fetched so far, by version and language (`None`: the file could not
    /// be had).
    static ARCHIVED: RefCell<BTreeMap<(u8, String), Option<&'static Questionnaire>>> = const { RefCell::new(BTreeMap::new()) };
}

fn archived(version: u8, language: &str) -> Option<Option<&'static Questionnaire>> {
    ARCHIVED.with(|a| a.borrow().get(&(version, language.to_string())).copied())
}

/// The questionnaire of an older `version` in `language`: its English file with the language's
/// text for that version laid over (the English alone when that text cannot be had).
async fn fetch_archived(version: u8, language: String) -> Option<Questionnaire> {
    use crate::platform::{finish_fetch, start_fetch};
    let english = start_fetch(&Questionnaire::archived_file(version));
    let text = (language != crate::i18n::DEFAULT)
        .then(|| {
            start_fetch(&Questionnaire::archived_translation_file(
                &language, version,
            ))
        })
        .flatten();
    // Both are shipped as what changed since (see core::archive): today's questionnaire in the
    // same language fills in the rest.
    let english = expand(
        &finish_fetch(english).await?,
        crate::i18n::english_questionnaire(),
    )?;
    let q = Questionnaire::archived(&english, version)?;
    if text.is_none() {
        return Some(q);
    }
    let translation = finish_fetch(text).await;
    Some(
        match translation
            .and_then(|t| expand(&t, crate::i18n::questionnaire()))
            .as_deref()
            .and_then(crate::core::translation::parse)
        {
            Some(t) => crate::core::translation::translate(&q, &t),
            None => q,
        },
    )
}

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub code: String,
}

#[component]
pub fn SharedPage(props: &SharedPageProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    let current = app.questionnaire();
    let compare = use_state(|| false);
    // Bumped when an older questionnaire has arrived, to draw again.
    let arrived = use_state(|| 0u32);
    let code = extract_code(&props.code).to_string();
    let language = tr.code().to_string();
    let first = decode(&code, current.version, current.item_count());
    // The items as the person who answered was asked them (a teacher's wording, fetched once).
    let answered_as = first.as_ref().map(|r| r.answered_as).unwrap_or_default();
    {
        let app = app.clone();
        use_effect_with(answered_as, move |role| {
            if *role == Role::Teacher {
                app.want_teacher_wording();
            }
        });
    }
    // A link of an older version this app can still read (a chain of migrations leads from it).
    let older = match &first {
        Err(DecodeError::OlderVersion {
            found,
            current: now,
        }) if Migrations::builtin().reaches(*found, *now) => Some(*found),
        _ => None,
    };
    {
        let arrived = arrived.clone();
        use_effect_with((older, language.clone()), move |(older, language)| {
            if let Some(v) = *older {
                if archived(v, language).is_none() {
                    let language = language.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        // Once per version, language and session: kept while the app runs.
                        let q = fetch_archived(v, language.clone())
                            .await
                            .map(|q| &*Box::leak(Box::new(q)));
                        ARCHIVED.with(|a| a.borrow_mut().insert((v, language), q));
                        arrived.set(*arrived + 1);
                    });
                }
            }
        });
    }
    let (q, decoded, old) = match (first, older) {
        // Until a teacher's wording is here, the questionnaire's own (drawn again when it is).
        (Ok(r), _) => (
            app.questionnaire_as(r.answered_as)
                .unwrap_or_else(crate::i18n::questionnaire),
            Ok(r),
            None,
        ),
        (Err(_), Some(v)) => match archived(v, &language) {
            None => {
                return html! {
                    <section aria-labelledby="page-title">
                        <h1 id="page-title">{ tr.t(k!("shared-opening")) }</h1>
                        <p role="status">{ tr.tf(k!("shared-older-loading"), &[("version", i64::from(v).into())]) }</p>
                    </section>
                };
            }
            Some(Some(oq)) => (oq, decode(&code, v, oq.item_count()), Some(v)),
            Some(None) => {
                return html! {
                    <section aria-labelledby="page-title">
                        <h1 id="page-title">{ tr.t(k!("shared-cannot-open")) }</h1>
                        <div class="banner banner-error" role="alert">{ tr.tf(k!("shared-older-unavailable"), &[("version", i64::from(v).into())]) }</div>
                        <p>{ tr.t(k!("shared-nothing-changed")) }</p>
                        <p><NavLink to={Route::Home}>{ tr.t(k!("not-found-home")) }</NavLink></p>
                    </section>
                };
            }
        },
        (Err(e), None) => (current, Err(e), None),
    };
    let result: SharedResult = match decoded {
        Ok(r) => r,
        Err(e) => {
            return html! {
                <section aria-labelledby="page-title">
                    <h1 id="page-title">{ tr.t(k!("shared-cannot-open")) }</h1>
                    <div class="banner banner-error" role="alert">{ crate::messages::decode_error(&tr, &e) }</div>
                    <p>{ tr.t(k!("shared-nothing-changed")) }</p>
                    <p><NavLink to={Route::Home}>{ tr.t(k!("not-found-home")) }</NavLink></p>
                </section>
            };
        }
    };
    // The questionnaire the answers answer, as it was asked (its version, who answered).
    let shown_q = Some(q);
    let answers = from_order(q, &result.answers);
    let who = result
        .name
        .clone()
        .unwrap_or_else(|| tr.t(k!("shared-someone")));
    let label = format!(
        "{} ({})",
        result
            .name
            .clone()
            .unwrap_or_else(|| tr.t(k!("shared-result"))),
        tr.date(result.date)
    );
    let data = app.data();
    let saved = data.shared_with_me.iter().any(|s| s.code == code);
    // One's own answers answer today's questionnaire: compared only with a result of the same.
    // The latest completed assessment; one in progress only where none was ever completed.
    let mine = if old.is_some() {
        None
    } else {
        data.history
            .last()
            .map(|s| s.answers.clone())
            .or_else(|| (!data.attempt.answers.is_empty()).then(|| data.attempt.answers.clone()))
    };
    let save = {
        let app = app.clone();
        let code = code.clone();
        let result = result.clone();
        Callback::from(move |_| {
            app.save_share(code.clone(), result.clone());
            // The button gives way to the message saying it is saved: focus goes there.
            crate::platform::focus_after_render("shared-saved");
        })
    };
    let answered = result.answers.iter().filter(|a| a.is_some()).count();

    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ tr.tf(k!("shared-heading"), &[("name", who.as_str().into())]) }</h1>
            <div class="banner banner-info" role="note">
                { tr.tf(k!("shared-read-only"), &[("name", who.as_str().into()), ("date", tr.date(result.date).as_str().into())]) }
            </div>
            if result.answered_as == Role::Teacher {
                <p class="banner banner-info" role="note">{ tr.t(k!("shared-answered-as-teacher")) }</p>
            }
            if let Some(v) = old {
                <p class="banner banner-info" role="note">{ tr.tf(k!("shared-older-version"), &[("version", i64::from(v).into())]) }</p>
            }
            if answered < result.answers.len() {
                <p class="incomplete">{ tr.tf(k!("shared-incomplete"), &[("answered", answered.into()), ("total", result.answers.len().into())]) }</p>
            }
            <div class="actions no-print">
                if saved {
                    <p id="shared-saved" tabindex="-1" role="status">{ crate::messages::done(&tr, app.problem, tr.t(k!("shared-saved"))) }</p>
                } else {
                    <button type="button" class="primary" onclick={save}>{ tr.t(k!("shared-save")) }</button>
                }
                if mine.is_some() {
                    <label class="choice-inline">
                        <input type="checkbox" checked={*compare}
                            onchange={{ let c = compare.clone(); move |_| c.set(!*c) }} />
                        { " " }{ tr.t(k!("shared-compare")) }
                    </label>
                }
            </div>
            <h2>{ tr.t(k!("results-summary")) }</h2>
            { result_summary(&tr, &ResultSummaryProps {
                answers: answers.clone(),
                targets: Default::default(),
                whose: result.name.clone().map_or(Whose::Theirs, Whose::Named),
                questionnaire: shown_q,
            }) }
            <h2>{ tr.t(k!("results-by-pillar")) }</h2>
            { result_view(&tr, &ResultViewProps {
                between_people: true,
                answers: answers.clone(),
                label: AttrValue::from(label),
                compare: (*compare).then_some(()).and(mine).map(|m| (AttrValue::from(tr.t(k!("shared-you-latest"))), m)),
                targets: None,
                caption: AttrValue::from(tr.tf(k!("shared-caption"), &[("name", who.as_str().into())])),
                questionnaire: shown_q,
            }) }
            <h2>{ tr.t(k!("results-every-answer")) }</h2>
            { answer_list(&AnswerListProps { answers, tr: &tr, questionnaire: shown_q }) }
        </section>
    }
}
