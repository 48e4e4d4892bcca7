//! One resource: the card that shows it, with the person's bookmark, done mark and note.
use crate::core::catalogue::Provenance;
use crate::core::i18n::Arg;
use crate::core::library::{check_url, web_search_url, Resource};
use crate::core::text::{time_estimate, Estimate};

use crate::hooks::use_focus_after_render;
use crate::i18n::{use_tr, Tr};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// An element id for a resource shown in `scope`: safe characters only, and distinct for distinct
/// resource ids (a hash keeps ids apart that differ only in replaced characters).
pub fn dom_id(scope: &str, id: &str) -> String {
    let safe: String = id
        .chars()
        .take(40)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut hash: u32 = 0x811c_9dc5; // FNV-1a
    for b in id.bytes() {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("{scope}-{safe}-{hash:08x}")
}

/// The person's marks on one resource.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Curated {
    pub bookmarked: bool,
    pub done: bool,
    pub note: AttrValue,
}

/// What the person did on a card; sent with the resource id.
#[derive(Clone, Debug, PartialEq)]
pub enum CardAction {
    ToggleBookmark,
    ToggleDone,
    Note(String),
    Edit,
    Delete,
}

#[derive(Properties, PartialEq)]
pub struct ResourceCardProps {
    pub resource: Resource,
    /// Keeps element ids unique when a resource appears in several places on one page.
    pub id_scope: AttrValue,
    #[prop_or_default]
    pub provenance: Provenance,
    /// The person's marks; `None` shows the card read-only (no buttons but the link).
    #[prop_or_default]
    pub curated: Option<Curated>,
    /// Offers edit and delete (the person's own resources).
    #[prop_or_default]
    pub editable: bool,
    /// Leaves out the description, tags and note (for short lists).
    #[prop_or_default]
    pub compact: bool,
    #[prop_or(3)]
    pub heading_level: u8,
    #[prop_or_default]
    pub onaction: Callback<(String, CardAction)>,
}

#[component]
pub fn ResourceCard(props: &ResourceCardProps) -> Html {
    let tr = use_tr();
    let note_open = use_state(|| false);
    // What is being typed in the note, so leading spaces survive the save (which trims empties).
    let note_draft = use_state(|| None::<String>);
    let confirming = use_state(|| false);
    let focus_next = use_focus_after_render();

    let r = &props.resource;
    let base = dom_id(&props.id_scope, &r.id);
    let heading_id = format!("{base}-title");
    let note_id = format!("{base}-note");
    let delete_id = format!("{base}-delete");
    let keep_id = format!("{base}-keep");
    let heading_tag = format!("h{}", props.heading_level.clamp(2, 6));

    let act = |action: CardAction| {
        let onaction = props.onaction.clone();
        let id = r.id.clone();
        Callback::from(move |_: MouseEvent| onaction.emit((id.clone(), action.clone())))
    };
    let start_delete = {
        let confirming = confirming.clone();
        let focus_next = focus_next.clone();
        let keep_id = keep_id.clone();
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some(keep_id.clone());
            confirming.set(true);
        })
    };
    let keep = {
        let confirming = confirming.clone();
        let focus_next = focus_next.clone();
        let delete_id = delete_id.clone();
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some(delete_id.clone());
            confirming.set(false);
        })
    };
    let open_note = {
        let note_open = note_open.clone();
        let focus_next = focus_next.clone();
        let note_id = note_id.clone();
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some(note_id.clone());
            note_open.set(true);
        })
    };
    let on_note_input = {
        let note_draft = note_draft.clone();
        let onaction = props.onaction.clone();
        let id = r.id.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            note_draft.set(Some(value.clone()));
            onaction.emit((id.clone(), CardAction::Note(value)));
        })
    };
    let on_note_blur = {
        let note_draft = note_draft.clone();
        let note_open = note_open.clone();
        Callback::from(move |e: FocusEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            note_draft.set(None);
            if value.trim().is_empty() {
                note_open.set(false);
            }
        })
    };

    let curated = props.curated.as_ref();
    let show_note = !props.compact
        && curated.is_some_and(|c| *note_open || note_draft.is_some() || !c.note.is_empty());
    let note_value = match (&*note_draft, curated) {
        (Some(d), _) => d.clone(),
        (None, Some(c)) => c.note.to_string(),
        (None, None) => String::new(),
    };
    let done = curated.is_some_and(|c| c.done);

    html! {
        <article class="resource" aria-labelledby={heading_id.clone()}>
            <@{heading_tag} id={heading_id} lang={tr.title_lang(&r.id)}>{ &r.title }</@>
            { details(&tr, props, done) }
            <div class="actions">
                { open_link(&tr, r) }
                if let Some(c) = curated {
                    <button type="button" class="toggle" aria-pressed={c.bookmarked.to_string()}
                            aria-label={tr.tf(k!("card-bookmark-label"), &[("title", r.title.as_str().into())])} onclick={act(CardAction::ToggleBookmark)}>
                        <span aria-hidden="true">{ if c.bookmarked { "★ " } else { "☆ " } }</span>{ tr.t(k!("card-bookmark")) }
                    </button>
                    <button type="button" class="toggle" aria-pressed={c.done.to_string()}
                            aria-label={tr.tf(k!("card-done-label"), &[("title", r.title.as_str().into())])} onclick={act(CardAction::ToggleDone)}>
                        <span aria-hidden="true">{ if c.done { "✓ " } else { "" } }</span>{ tr.t(k!("card-done")) }
                    </button>
                    if !props.compact && !show_note {
                        <button type="button" aria-label={tr.tf(k!("card-add-note-label"), &[("title", r.title.as_str().into())])} onclick={open_note}>
                            { tr.t(k!("card-add-note")) }
                        </button>
                    }
                }
                if props.editable && !*confirming {
                    <button type="button" id={format!("{base}-edit")} aria-label={tr.tf(k!("card-edit-label"), &[("title", r.title.as_str().into())])}
                            onclick={act(CardAction::Edit)}>{ tr.t(k!("card-edit")) }</button>
                    <button type="button" class="danger" id={delete_id} aria-label={tr.tf(k!("card-delete-label"), &[("title", r.title.as_str().into())])}
                            onclick={start_delete}>{ tr.t(k!("card-delete")) }</button>
                }
            </div>
            if props.editable && *confirming {
                { delete_question(&tr, r, &keep_id, act(CardAction::Delete), keep) }
            }
            if show_note {
                { note_field(&tr, r, &note_id, note_value, on_note_input, on_note_blur) }
            }
        </article>
    }
}

/// What the resource is: author, kind, time, pillars, where it came from (and whether it has
/// closed), description and tags.
fn details(tr: &Tr, props: &ResourceCardProps, done: bool) -> Html {
    let r = &props.resource;
    let q = crate::i18n::questionnaire();
    let pillars: Vec<&str> = r
        .pillars
        .iter()
        .filter_map(|p| q.pillars.get(p.index()).map(|p| p.short.as_str()))
        .collect();
    let mut meta: Vec<String> = r.author.iter().cloned().collect();
    meta.push(crate::components::kind_label::kind_label(tr, r.kind));
    meta.extend(time_estimate(r.minutes).map(|e| match e {
        Estimate::Minutes(m) => tr.tf(k!("time-minutes"), &[("minutes", Arg::Num(i64::from(m)))]),
        Estimate::Hours(h) => tr.tf(k!("time-hours"), &[("hours", Arg::Num(i64::from(h)))]),
        Estimate::HoursAndAHalf(h) => {
            tr.tf(k!("time-hours-half"), &[("hours", Arg::Num(i64::from(h)))])
        }
    }));
    // A library entry whose community or site has closed (never the person's own).
    let archived = !props.provenance.own && tr.library().is_archived(&r.id);
    let marks = props.provenance.own || !props.provenance.from.is_empty() || done || archived;
    html! {
        <>
            <p class="meta">{ meta.join(" · ") }</p>
            if !pillars.is_empty() {
                <p class="meta">{ tr.tf(k!("card-pillars"), &[("pillars", pillars.join(", ").as_str().into())]) }</p>
            }
            if marks {
                <p class="marks">
                    if props.provenance.own { <span class="badge">{ tr.t(k!("card-added-by-you")) }</span> }
                    for source in props.provenance.from.iter() {
                        <span class="badge">{ tr.tf(k!("card-from"), &[("source", (&crate::messages::source(tr, source)).into())]) }</span>
                    }
                    if done { <span class="chip-done">{ "✓ " }{ tr.t(k!("card-is-done")) }</span> }
                    if archived { <span class="badge">{ tr.t(k!("card-archived")) }</span> }
                </p>
            }
            if let (false, Some(description)) = (props.compact, &r.description) {
                <p class="description">{ description }</p>
            }
            if !props.compact && !r.tags.is_empty() {
                <p class="tags">
                    <span class="visually-hidden">{ tr.t(k!("card-tags")) }{ " " }</span>
                    for tag in r.tags.iter() { <span class="tag">{ tag }</span>{ " " } }
                </p>
            }
        </>
    }
}

/// The resource's own page, or a web search for its title where it has no checked address.
fn open_link(tr: &Tr, r: &Resource) -> Html {
    // Stored data could have been edited by hand: never link to anything but http(s).
    match check_url(&r.url).ok().filter(|u| !u.is_empty()) {
        Some(url) => html! {
            <a class="button" href={url} target="_blank" rel="noopener noreferrer"
               aria-label={tr.tf(k!("card-open-label"), &[("title", r.title.as_str().into())])}>{ tr.t(k!("card-open")) }</a>
        },
        None => html! {
            <a class="button" href={web_search_url(&r.title, r.author.as_deref().unwrap_or(""))}
               target="_blank" rel="noopener noreferrer"
               aria-label={tr.tf(k!("card-search-label"), &[("title", r.title.as_str().into())])}>{ tr.t(k!("card-search")) }</a>
        },
    }
}

/// "Delete this resource?", with the answer that keeps it focused first.
fn delete_question(
    tr: &Tr,
    r: &Resource,
    keep_id: &str,
    ondelete: Callback<MouseEvent>,
    onkeep: Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="card confirm" role="group" aria-label={tr.tf(k!("card-delete-question-label"), &[("title", r.title.as_str().into())])}>
            <p>{ tr.tf(k!("card-delete-question"), &[("title", r.title.as_str().into())]) }</p>
            <div class="actions">
                <button type="button" class="danger" onclick={ondelete}>
                    { tr.t(k!("card-delete-yes")) }<span class="visually-hidden">{ format!(" {}", r.title) }</span>
                </button>
                <button type="button" id={keep_id.to_string()} onclick={onkeep}>
                    { tr.t(k!("keep-it")) }<span class="visually-hidden">{ format!(" ({})", r.title) }</span>
                </button>
            </div>
        </div>
    }
}

/// The person's private note on the resource, saved as it is typed.
fn note_field(
    tr: &Tr,
    r: &Resource,
    note_id: &str,
    value: String,
    oninput: Callback<InputEvent>,
    onblur: Callback<FocusEvent>,
) -> Html {
    html! {
        <div class="field note">
            <label for={note_id.to_string()}>
                { tr.t(k!("card-note")) }<span class="visually-hidden">{ " " }{ tr.tf(k!("card-note-on"), &[("title", r.title.as_str().into())]) }</span>
            </label>
            <textarea id={note_id.to_string()} {value} {oninput} {onblur}
                      aria-describedby={format!("{note_id}-hint")} rows="3" />
            <p class="field-hint" id={format!("{note_id}-hint")}>
                { tr.t(k!("card-note-hint")) }
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dom_ids_are_safe_and_distinct() {
        let a = dom_id("lib", "a b");
        let b = dom_id("lib", "a_b");
        assert_ne!(a, b);
        assert!(a
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert!(dom_id("lib", "\"><script>").starts_with("lib-"));
    }
}
