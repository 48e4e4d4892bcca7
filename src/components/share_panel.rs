//! Share a result without a server: a link whose fragment carries the result, and its QR code.
use crate::app::Route;
use crate::core::answers::{in_order, Answers};
use crate::core::qr::qr_path;
use crate::core::share::result_link::{encode, SharedResult};
use crate::hooks::use_app;
use crate::i18n::use_tr;
use crate::platform;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The full share link for a result.
pub fn share_link(result: &SharedResult) -> String {
    let route = Route::Shared {
        code: encode(result),
    };
    format!("{}#{}", platform::app_base_url(), route.to_path())
}

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub answers: Answers,
    /// The date of the result.
    pub date: Option<crate::core::date::Date>,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    let q = app.questionnaire();
    let copied = use_state(|| None::<bool>);
    // What is in the name field while it is typed in (the stored name is trimmed, and the field
    // must keep a space typed between two words); the link follows every keystroke.
    let typed = use_state(|| None::<String>);
    // The name as it was cut to fit a link (a long name pasted), said until the next change.
    let cut = use_state(|| None::<String>);
    let name = (*typed)
        .clone()
        .unwrap_or_else(|| app.data().display_name.clone());
    let result = SharedResult {
        answered_as: app.role(),
        questionnaire_version: q.version,
        date: props.date,
        name: (!name.trim().is_empty()).then(|| name.trim().to_string()),
        answers: in_order(q, &props.answers),
    };
    let link = share_link(&result);
    let qr = qr_path(&link);
    let onname = {
        let (app, copied, typed, cut) = (app.clone(), copied.clone(), typed.clone(), cut.clone());
        Callback::from(move |e: InputEvent| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let before = input.value().len();
            let value = platform::fit_name_field(&input);
            cut.set((value.len() < before).then(|| value.clone()));
            app.set_display_name(value.clone());
            typed.set(Some(value));
            copied.set(None);
        })
    };
    let onleave = {
        let typed = typed.clone();
        Callback::from(move |_: Event| typed.set(None))
    };
    let copy = {
        let link = link.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            platform::copy_to_clipboard(&link, Callback::from(move |ok| copied.set(Some(ok))));
        })
    };
    html! {
        <div class="card share">
            <p>
                { tr.t(k!("share-intro")) }
            </p>
            <div class="field">
                <label for="share-name">{ tr.t(k!("share-name")) }</label>
                <span class="field-hint" id="share-name-hint">{ tr.t(k!("name-fits-hint")) }</span>
                <input id="share-name" type="text" maxlength="40" value={name} oninput={onname} onchange={onleave} autocomplete="name" aria-describedby="share-name-hint" />
                <span class="field-hint" role="status">{ cut.as_ref().map(|n| tr.tf(k!("name-was-cut"), &[("name", n.as_str().into())])) }</span>
            </div>
            <div class="field">
                <label for="share-link">{ tr.t(k!("share-link")) }</label>
                <input id="share-link" type="text" readonly=true value={link.clone()} class="share-link"
                    onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select())} />
            </div>
            <div class="actions">
                <button type="button" class="primary" onclick={copy}>{ tr.t(k!("share-copy")) }</button>
                <span role="status">
                    { match *copied {
                        Some(true) => tr.t(k!("share-copied")),
                        Some(false) => tr.t(k!("share-not-copied")),
                        None => String::new(),
                    } }
                </span>
            </div>
            if let Some(qr) = qr {
                <div class="qr">
                    <p>{ tr.t(k!("share-scan")) }</p>
                    { qr_svg(&qr, tr.t(k!("share-qr"))) }
                </div>
            }
        </div>
    }
}

/// A QR code as an image named `label`, black on white whatever the colour scheme (scanners need
/// the contrast). A plain function: the result's and the team's share panels draw it.
pub fn qr_svg(qr: &crate::core::qr::QrPath, label: String) -> Html {
    html! {
        <svg xmlns="http://www.w3.org/2000/svg" viewBox={format!("0 0 {0} {0}", qr.size)} role="img"
            aria-label={label} shape-rendering="crispEdges">
            <rect width={qr.size.to_string()} height={qr.size.to_string()} fill="#fff" />
            <path d={qr.d.clone()} fill="#000" />
        </svg>
    }
}
