//! The form that adds or edits a resource of the person's own.
use crate::core::draft::{Draft, Field};
use crate::core::library::{Kind, Resource};
use crate::core::pillar::PillarId;
use crate::hooks::use_focus_after_render;
use crate::i18n::{use_tr, Tr};
use crate::messages::{draft_errors, DraftMessages};
use crate::platform;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// One change to a [`Draft`].
pub enum DraftEdit {
    Set(Field, String),
    Kind(Kind),
    TogglePillar(PillarId),
}

impl Reducible for Draft {
    type Action = DraftEdit;
    fn reduce(self: Rc<Self>, action: DraftEdit) -> Rc<Self> {
        let mut d = (*self).clone();
        match action {
            DraftEdit::Set(field, v) => d.set(field, v),
            DraftEdit::Kind(k) => d.kind = k,
            DraftEdit::TogglePillar(p) => d.toggle_pillar(p),
        }
        // A new Rc, so the form re-renders (yew 0.23 skips a reducer that returns the same one).
        Rc::new(d)
    }
}

#[derive(Properties, PartialEq)]
pub struct ResourceFormProps {
    /// Prefix of the form's element ids; unique on the page.
    pub id_scope: AttrValue,
    pub heading: AttrValue,
    #[prop_or(2)]
    pub heading_level: u8,
    /// The own resource being edited, or `None` to add a new one.
    #[prop_or_default]
    pub editing: Option<Resource>,
    pub onsave: Callback<Resource>,
    pub oncancel: Callback<()>,
}

/// Adds or edits a resource of the person's own. Only a title and a pillar are required; a web
/// address must be http(s), and the reason for any refusal is shown next to the field.
#[component]
pub fn ResourceForm(props: &ResourceFormProps) -> Html {
    let tr = use_tr();
    let draft = {
        let editing = props.editing.clone();
        use_reducer(move || {
            editing
                .as_ref()
                .map(Draft::from_resource)
                .unwrap_or_default()
        })
    };
    // Errors show after a first attempt to save; the address is also checked when left.
    let tried = use_state(|| false);
    let url_checked = use_state(|| false);
    let focus_next = use_focus_after_render();

    let s = props.id_scope.as_str();
    let fid = |name: &str| format!("{s}-{name}");
    let all = draft_errors(&tr, &draft.to_resource("check").err().unwrap_or_default());
    let errors = if *tried {
        all.clone()
    } else {
        DraftMessages {
            url: all.url.clone().filter(|_| *url_checked),
            ..DraftMessages::default()
        }
    };

    let text = |field: Field| {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            draft.dispatch(DraftEdit::Set(field, v));
        })
    };
    let area = |field: Field| {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            draft.dispatch(DraftEdit::Set(field, v));
        })
    };
    let on_kind = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(k) = Kind::parse(&v) {
                draft.dispatch(DraftEdit::Kind(k));
            }
        })
    };
    let on_url_change = {
        let url_checked = url_checked.clone();
        Callback::from(move |_: Event| url_checked.set(true))
    };
    let onsubmit = {
        let draft = draft.clone();
        let tried = tried.clone();
        let onsave = props.onsave.clone();
        let editing_id = props.editing.as_ref().map(|r| r.id.clone());
        let focus_next = focus_next.clone();
        let scope = s.to_string();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let id = editing_id
                .clone()
                .unwrap_or_else(|| format!("own-{}", platform::timestamp_id()));
            match draft.to_resource(&id) {
                Ok(r) => onsave.emit(r),
                Err(errs) => {
                    *focus_next.borrow_mut() = Some(format!("{scope}-{}", errs.first_field()));
                    tried.set(true);
                }
            }
        })
    };
    let cancel = {
        let oncancel = props.oncancel.clone();
        Callback::from(move |_: MouseEvent| oncancel.emit(()))
    };

    let error = |name: &str, msg: &Option<String>| match msg {
        Some(m) => {
            html! { <p class="field-error" id={fid(&format!("{name}-error"))} role="alert">{ m }</p> }
        }
        None => html! {},
    };
    let described = |name: &str, msg: &Option<String>, hint: bool| {
        let mut ids = Vec::new();
        if hint {
            ids.push(fid(&format!("{name}-hint")));
        }
        if msg.is_some() {
            ids.push(fid(&format!("{name}-error")));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let invalid = |msg: &Option<String>| msg.is_some().then_some("true");
    let heading_tag = format!("h{}", props.heading_level.clamp(2, 6));

    html! {
        <form class="card resource-form" aria-labelledby={fid("heading")} {onsubmit} novalidate=true>
            <@{heading_tag} id={fid("heading")}>{ &props.heading }</@>
            <p class="field-hint">{ tr.t(k!("form-intro")) }</p>
            <div class="field">
                <label for={fid("title")}>{ tr.t(k!("form-title")) }</label>
                <input type="text" id={fid("title")} value={draft.title.clone()} oninput={text(Field::Title)}
                       aria-required="true" aria-invalid={invalid(&errors.title)}
                       aria-describedby={described("title", &errors.title, false)} />
                { error("title", &errors.title) }
            </div>
            <div class="field">
                <label for={fid("url")}>{ tr.t(k!("form-url")) }</label>
                <input type="url" id={fid("url")} value={draft.url.clone()} oninput={text(Field::Url)}
                       onchange={on_url_change} inputmode="url" autocomplete="url" spellcheck="false"
                       aria-invalid={invalid(&errors.url)} aria-describedby={described("url", &errors.url, true)} />
                <p class="field-hint" id={fid("url-hint")}>{ tr.t(k!("form-url-hint")) }</p>
                { error("url", &errors.url) }
            </div>
            <div class="field">
                <label for={fid("author")}>{ tr.t(k!("form-author")) }</label>
                <input type="text" id={fid("author")} value={draft.author.clone()} oninput={text(Field::Author)} />
            </div>
            <div class="field">
                <label for={fid("kind")}>{ tr.t(k!("form-kind")) }</label>
                <select id={fid("kind")} onchange={on_kind}>
                    for k in Kind::ALL {
                        <option value={k.id()} selected={draft.kind == k}>{ crate::components::kind_label::kind_label(&tr, k) }</option>
                    }
                </select>
            </div>
            { pillar_choices(&tr, &draft, &fid, described("pillars", &errors.pillars, false), error("pillars", &errors.pillars)) }
            <div class="field">
                <label for={fid("description")}>{ tr.t(k!("form-description")) }</label>
                <textarea id={fid("description")} value={draft.description.clone()} oninput={area(Field::Description)} rows="3" />
            </div>
            <div class="field">
                <label for={fid("minutes")}>{ tr.t(k!("form-minutes")) }</label>
                <input type="text" inputmode="numeric" id={fid("minutes")} class="short" value={draft.minutes.clone()}
                       oninput={text(Field::Minutes)} aria-invalid={invalid(&errors.minutes)}
                       aria-describedby={described("minutes", &errors.minutes, false)} />
                { error("minutes", &errors.minutes) }
            </div>
            <div class="field">
                <label for={fid("tags")}>{ tr.t(k!("form-tags")) }</label>
                <input type="text" id={fid("tags")} value={draft.tags.clone()} oninput={text(Field::Tags)}
                       aria-describedby={fid("tags-hint")} />
                <p class="field-hint" id={fid("tags-hint")}>{ tr.t(k!("form-tags-hint")) }</p>
            </div>
            if let Some(msg) = &errors.general {
                <p class="field-error" role="alert">{ msg }</p>
            }
            <div class="actions">
                <button type="submit" class="primary">{ tr.t(if props.editing.is_some() { k!("form-save-changes") } else { k!("form-save") }) }</button>
                <button type="button" onclick={cancel}>{ tr.t(k!("cancel")) }</button>
            </div>
        </form>
    }
}

/// The pillars the resource serves, as checkboxes (at least one is needed).
fn pillar_choices(
    tr: &Tr,
    draft: &UseReducerHandle<Draft>,
    fid: &dyn Fn(&str) -> String,
    described_by: Option<String>,
    error: Html,
) -> Html {
    let q = crate::i18n::questionnaire();
    html! {
        <fieldset class="choices-group" aria-describedby={described_by}>
            <legend>{ tr.t(k!("form-pillars")) }</legend>
            { error }
            for (i, p) in q.pillars.iter().enumerate() {
                {{
                    match PillarId::from_index(i) {
                        None => html! {},
                        Some(id) => {
                            let draft2 = draft.clone();
                            let onchange = Callback::from(move |_: Event| draft2.dispatch(DraftEdit::TogglePillar(id)));
                            html! {
                                <label class="checkbox">
                                    <input type="checkbox" id={fid(&format!("pillar-{i}"))}
                                           checked={draft.pillars.contains(&id)} {onchange} />
                                    { &p.name }
                                </label>
                            }
                        }
                    }
                }}
            }
        </fieldset>
    }
}
