//! One action of the plan, edited in place: every field is saved as it is typed (like answers),
//! and the status, the due date and the linked library resources change with one control each.
use crate::core::date::Date;
use crate::core::plan::{Change, PlanAction, Removed, Status};
use crate::core::text::lowercase;
use crate::hooks::use_app;
use crate::i18n::{use_tr, Tr};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The catalogue id of a status's name.
pub fn status_id(s: &Status) -> crate::core::i18n::Key {
    match s {
        Status::NotStarted => k!("plan-status-not-started"),
        Status::UnderWay => k!("plan-status-under-way"),
        Status::Done => k!("plan-status-done"),
        Status::Dropped => k!("plan-status-dropped"),
        _ => k!("plan-status-other"),
    }
}

#[derive(Properties, PartialEq)]
pub struct PlanActionProps {
    pub action: PlanAction,
    /// Titles of the library's resources by id, for the linked resources and the search.
    pub resources: std::rc::Rc<Vec<(String, String)>>,
    /// Told what a removal took out (the plan screen offers to undo it).
    pub onremoved: Callback<Removed>,
}

/// Which text field of an action an input edits.
#[derive(Clone, Copy)]
enum Text {
    What,
    Why,
    Lead,
    Involved,
    Evidence,
    Notes,
}

fn set(a: &mut PlanAction, field: Text, value: String) {
    match field {
        Text::What => a.what = value,
        Text::Why => a.why = value,
        Text::Lead => a.lead = value,
        Text::Involved => a.involved = value,
        Text::Evidence => a.evidence = value,
        Text::Notes => a.notes = value,
    }
}

/// What a control is about (its focus, action or resource), for a screen reader: the plan has
/// the same controls for each, so each carries the name of its own.
pub fn about(tr: &Tr, what: &str) -> Html {
    html! { <span class="visually-hidden">{ format!("{} {what}", tr.t(k!("label-colon"))) }</span> }
}

#[component]
pub fn PlanActionCard(props: &PlanActionProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    let a = &props.action;
    let id = format!("act-{}", a.id.0);
    let fid = |f: &str| format!("{id}-{f}");
    let today = app.today();
    let overdue = a.is_overdue(today);

    let update = {
        let (app, a) = (app.clone(), a.clone());
        move |field: Text| {
            let (app, a) = (app.clone(), a.clone());
            Callback::from(move |value: String| {
                let mut changed = a.clone();
                set(&mut changed, field, value);
                app.plan(Change::UpdateAction(changed));
            })
        }
    };
    let input = |field: Text| {
        let save = update(field);
        Callback::from(move |e: InputEvent| {
            save.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let area = |field: Text| {
        let save = update(field);
        Callback::from(move |e: InputEvent| {
            save.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_status = {
        let (app, action) = (app.clone(), a.id.clone());
        Callback::from(move |e: Event| {
            let status = Status::parse(&e.target_unchecked_into::<HtmlSelectElement>().value());
            app.plan(Change::SetStatus {
                action: action.clone(),
                status,
            });
        })
    };
    let on_due = {
        let (app, a) = (app.clone(), a.clone());
        Callback::from(move |e: Event| {
            let mut changed = a.clone();
            changed.due = Date::parse(&e.target_unchecked_into::<HtmlInputElement>().value());
            app.plan(Change::UpdateAction(changed));
        })
    };
    let remove = {
        let (app, action, onremoved) = (app.clone(), a.id.clone(), props.onremoved.clone());
        Callback::from(move |_: MouseEvent| {
            let removed = app.data().plan.read().removal_of_action(&action);
            app.plan(Change::RemoveAction(action.clone()));
            if let Some(r) = removed {
                onremoved.emit(r);
            }
        })
    };
    let text_field = |field: Text, name: &str, label: &str, value: &str, hint: Option<String>| {
        let hint_id = hint.as_ref().map(|_| fid(&format!("{name}-hint")));
        html! {
            <div class={field_class(value)}>
                <label for={fid(name)}>{ label }</label>
                <input type="text" id={fid(name)} value={value.to_string()} oninput={input(field)}
                       aria-describedby={hint_id.clone()} />
                { printed(value) }
                if let (Some(h), Some(hid)) = (hint, hint_id) { <span class="field-hint" id={hid}>{ h }</span> }
            </div>
        }
    };
    let area_field = |field: Text, name: &str, label: &str, value: &str| {
        html! {
            <div class={field_class(value)}>
                <label for={fid(name)}>{ label }</label>
                <textarea id={fid(name)} rows="2" value={value.to_string()} oninput={area(field)} />
                { printed(value) }
            </div>
        }
    };
    let status_name = match a.status.index() {
        Some(_) => tr.t(status_id(&a.status)),
        None => tr.t(k!("plan-status-other")),
    };

    html! {
        <li class={classes!("card", "plan-action", overdue.then_some("overdue"))} id={id.clone()}>
            <div class="field">
                <label for={fid("what")}>{ tr.t(k!("plan-what")) }</label>
                // A text area: a long action is read whole, on a phone too.
                <textarea id={fid("what")} rows="2" value={a.what.clone()} oninput={area(Text::What)} />
                { printed(&a.what) }
            </div>
            <div class="plan-action-row">
                <div class="field">
                    <label for={fid("status")}>{ tr.t(k!("plan-status")) }</label>
                    <select id={fid("status")} onchange={on_status}>
                        for s in Status::ALL.iter() {
                            <option value={s.id().to_string()} selected={*s == a.status}>{ tr.t(status_id(s)) }</option>
                        }
                        // A status written by a later build stays as it is until changed here.
                        if a.status.index().is_none() {
                            <option value={a.status.id().to_string()} selected=true>{ tr.t(k!("plan-status-other")) }</option>
                        }
                    </select>
                    { printed(&status_name) }
                </div>
                <div class={field_class(&tr.date(a.due))}>
                    <label for={fid("due")}>{ tr.t(k!("plan-due")) }</label>
                    <input type="date" id={fid("due")} value={a.due.map(|d| d.iso()).unwrap_or_default()} onchange={on_due}
                           aria-describedby={overdue.then(|| fid("overdue"))} />
                    { printed(&tr.date(a.due)) }
                    if overdue {
                        <span class="badge badge-warning" id={fid("overdue")}>{ tr.t(k!("plan-overdue")) }</span>
                    }
                </div>
            </div>
            { text_field(Text::Lead, "lead", &tr.t(k!("plan-lead")), &a.lead, Some(tr.t(k!("plan-people-hint")))) }
            { text_field(Text::Involved, "involved", &tr.t(k!("plan-involved")), &a.involved, None) }
            { area_field(Text::Why, "why", &tr.t(k!("plan-why")), &a.why) }
            { area_field(Text::Evidence, "evidence", &tr.t(k!("plan-evidence")), &a.evidence) }
            { area_field(Text::Notes, "notes", &tr.t(k!("plan-notes")), &a.notes) }
            <LinkedResources action={a.clone()} resources={props.resources.clone()} />
            <div class="actions">
                <button type="button" class="danger" onclick={remove}>
                    { tr.t(k!("plan-remove-action")) }{ about(&tr, &a.what) }
                </button>
            </div>
        </li>
    }
}

/// A field's class: empty fields are left out of the printed plan.
fn field_class(value: &str) -> Classes {
    classes!("field", value.trim().is_empty().then_some("empty"))
}

/// What a control holds, as text for the printed plan (a control prints cut to its box); hidden
/// on screen, where the control shows it.
fn printed(value: &str) -> Html {
    html! { <p class="print-only">{ value.to_string() }</p> }
}

#[derive(Properties, PartialEq)]
struct LinkedProps {
    action: PlanAction,
    resources: std::rc::Rc<Vec<(String, String)>>,
}

/// The library resources linked to an action, and a search of the library to link more.
#[component]
fn LinkedResources(props: &LinkedProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    let query = use_state(String::new);
    let a = &props.action;
    let id = format!("act-{}-resources", a.id.0);
    let title = |rid: &str| {
        props
            .resources
            .iter()
            .find(|(i, _)| i == rid)
            .map_or_else(|| rid.to_string(), |(_, t)| t.clone())
    };
    // Focus follows the resource: from "Link" to its "Unlink" (which says it is linked), from
    // "Unlink" back to the search.
    let toggle = |rid: String| {
        let (app, action, search) = (app.clone(), a.id.clone(), id.clone());
        let next = match a.resources.contains(&rid) {
            true => search,
            false => format!("{search}-u-{rid}"),
        };
        Callback::from(move |_: MouseEvent| {
            app.plan(Change::ToggleResource {
                action: action.clone(),
                resource: rid.clone(),
            });
            crate::platform::focus_after_render(next.clone());
        })
    };
    let matches = matching(&props.resources, &query, &a.resources);
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <div class={classes!("plan-resources", a.resources.is_empty().then_some("empty"))}>
            <p class="label">{ tr.t(k!("plan-resources")) }</p>
            if a.resources.is_empty() {
                <p class="muted">{ tr.t(k!("plan-no-resources")) }</p>
            } else {
                <ul>
                    for rid in a.resources.iter() {
                        <li key={rid.clone()}><span lang={tr.title_lang(rid)}>{ title(rid) }</span>{ " " }
                            <button type="button" class="link-button" id={format!("{id}-u-{rid}")} onclick={toggle(rid.clone())}>
                                { tr.t(k!("plan-unlink")) }{ about(&tr, &title(rid)) }
                            </button>
                        </li>
                    }
                </ul>
            }
            <div class="field">
                <label for={id.clone()}>{ tr.t(k!("plan-find-resource")) }</label>
                <input type="search" id={id.clone()} value={(*query).clone()} oninput={on_query} autocomplete="off" />
            </div>
            // What the search found, said as it changes (the list itself is not a live region).
            <p class="visually-hidden" role="status">{ match (query.trim().is_empty(), matches.len()) {
                (true, _) => String::new(),
                (false, 0) => tr.t(k!("plan-no-match")),
                (false, n) => tr.tf(k!("plan-matches"), &[("count", n.into())]),
            } }</p>
            if !query.trim().is_empty() {
                { found(&tr, &matches, &toggle) }
            }
        </div>
    }
}

/// Up to five resources whose title holds every word of the query, not linked yet.
fn matching(all: &[(String, String)], query: &str, linked: &[String]) -> Vec<(String, String)> {
    let words: Vec<String> = query.split_whitespace().map(lowercase).collect();
    all.iter()
        .filter(|(id, title)| {
            let t = lowercase(title);
            !linked.contains(id) && words.iter().all(|w| t.contains(w.as_str()))
        })
        .take(5)
        .cloned()
        .collect()
}

fn found(
    tr: &Tr,
    matches: &[(String, String)],
    toggle: &dyn Fn(String) -> Callback<MouseEvent>,
) -> Html {
    if matches.is_empty() {
        return html! { <p class="muted">{ tr.t(k!("plan-no-match")) }</p> };
    }
    html! {
        <ul class="plan-matches">
            for (rid, title) in matches.iter() {
                <li key={rid.clone()}>
                    <button type="button" onclick={toggle(rid.clone())}>
                        { tr.tf(k!("plan-link"), &[("title", title.as_str().into())]) }
                    </button>
                </li>
            }
        </ul>
    }
}
