//! One resource: the card that shows it (with the person's bookmark, done mark and note) and the
//! form that adds or edits a resource of their own.
use crate::core::library::{check_url, web_search_url, Kind, Resource, PILLAR_IDS};
use crate::core::questionnaire::Questionnaire;
use crate::platform;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Stored as the author of an own resource when none was given (the core requires one).
pub const NO_AUTHOR: &str = "Author not given";
/// Stored as the description of an own resource when none was given (the core requires one).
pub const NO_DESCRIPTION: &str = "No description given.";
/// Longest time estimate accepted in the form (about ten weeks of full days).
const MAX_MINUTES: u32 = 100_000;

/// "About 30 min", "About 2 h", "About 1.5 h"; `None` when the time is unknown (0).
pub fn time_estimate(minutes: u32) -> Option<String> {
    match minutes {
        0 => None,
        m if m < 60 => Some(format!("About {m} min")),
        m => {
            let halves = (u64::from(m) + 15) / 30; // nearest half hour
            if halves % 2 == 0 {
                Some(format!("About {} h", halves / 2))
            } else {
                Some(format!("About {}.5 h", halves / 2))
            }
        }
    }
}

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

/// Where a resource in the person's list came from, besides the built-in library.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Provenance {
    /// The person added it.
    pub own: bool,
    /// The collections it came in ("<name> by <curator>").
    pub from: Vec<String>,
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
    let q = Questionnaire::builtin();
    let pillars: Vec<&str> = r
        .pillars
        .iter()
        .filter_map(|p| q.pillar(p).map(|p| p.short.as_str()))
        .collect();
    let author = (r.author != NO_AUTHOR).then_some(r.author.as_str());
    let mut meta = Vec::new();
    if let Some(a) = author {
        meta.push(a.to_string());
    }
    meta.push(r.kind.label().to_string());
    meta.extend(time_estimate(r.minutes));
    // Stored data could have been edited by hand: never link to anything but http(s).
    let url = check_url(&r.url).ok().filter(|u| !u.is_empty());
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
    let marks = props.provenance.own || !props.provenance.from.is_empty() || done;

    html! {
        <article class="resource" aria-labelledby={heading_id.clone()}>
            <@{heading_tag} id={heading_id}>{ &r.title }</@>
            <p class="meta">{ meta.join(" · ") }</p>
            if !pillars.is_empty() {
                <p class="meta">{ format!("Pillars: {}", pillars.join(", ")) }</p>
            }
            if marks {
                <p class="marks">
                    if props.provenance.own { <span class="badge">{ "Added by you" }</span> }
                    for source in props.provenance.from.iter() {
                        <span class="badge">{ format!("From {source}") }</span>
                    }
                    if done { <span class="chip-done">{ "✓ Done" }</span> }
                </p>
            }
            if !props.compact && r.description != NO_DESCRIPTION {
                <p class="description">{ &r.description }</p>
            }
            if !props.compact && !r.tags.is_empty() {
                <p class="tags">
                    <span class="visually-hidden">{ "Tags: " }</span>
                    for tag in r.tags.iter() { <span class="tag">{ tag }</span>{ " " } }
                </p>
            }
            <div class="actions">
                if let Some(url) = url {
                    <a class="button" href={url} target="_blank" rel="noopener noreferrer"
                       aria-label={format!("Open {}", r.title)}>{ "Open" }</a>
                } else {
                    <a class="button" href={web_search_url(&r.title, author.unwrap_or(""))}
                       target="_blank" rel="noopener noreferrer"
                       aria-label={format!("Search the web for {}", r.title)}>{ "Search the web for this title" }</a>
                }
                if let Some(c) = curated {
                    <button type="button" class="toggle" aria-pressed={c.bookmarked.to_string()}
                            aria-label={format!("Bookmark {}", r.title)} onclick={act(CardAction::ToggleBookmark)}>
                        <span aria-hidden="true">{ if c.bookmarked { "★ " } else { "☆ " } }</span>{ "Bookmark" }
                    </button>
                    <button type="button" class="toggle" aria-pressed={c.done.to_string()}
                            aria-label={format!("Mark as done: {}", r.title)} onclick={act(CardAction::ToggleDone)}>
                        <span aria-hidden="true">{ if c.done { "✓ " } else { "" } }</span>{ "Mark as done" }
                    </button>
                    if !props.compact && !show_note {
                        <button type="button" aria-label={format!("Add a note on {}", r.title)} onclick={open_note}>
                            { "Add a note" }
                        </button>
                    }
                }
                if props.editable && !*confirming {
                    <button type="button" id={format!("{base}-edit")} aria-label={format!("Edit {}", r.title)}
                            onclick={act(CardAction::Edit)}>{ "Edit" }</button>
                    <button type="button" class="danger" id={delete_id} aria-label={format!("Delete {}", r.title)}
                            onclick={start_delete}>{ "Delete" }</button>
                }
            </div>
            if props.editable && *confirming {
                <div class="card confirm" role="group" aria-label={format!("Delete {}?", r.title)}>
                    <p>{ format!("Delete “{}”? Your bookmark and note on it go too. This can't be undone.", r.title) }</p>
                    <div class="actions">
                        <button type="button" class="danger" onclick={act(CardAction::Delete)}>
                            { "Yes, delete" }<span class="visually-hidden">{ format!(" {}", r.title) }</span>
                        </button>
                        <button type="button" id={keep_id} onclick={keep}>
                            { "Keep it" }<span class="visually-hidden">{ format!(" ({})", r.title) }</span>
                        </button>
                    </div>
                </div>
            }
            if show_note {
                <div class="field note">
                    <label for={note_id.clone()}>
                        { "Your note" }<span class="visually-hidden">{ format!(" on {}", r.title) }</span>
                    </label>
                    <textarea id={note_id.clone()} value={note_value} oninput={on_note_input} onblur={on_note_blur}
                              aria-describedby={format!("{note_id}-hint")} rows="3" />
                    <p class="field-hint" id={format!("{note_id}-hint")}>
                        { "Private: it stays in this browser. Saved as you type." }
                    </p>
                </div>
            }
        </article>
    }
}

/// An element id to focus once the next render is on screen (set it in the event handler that
/// changes what is shown).
#[hook]
pub fn use_focus_after_render() -> Rc<std::cell::RefCell<Option<String>>> {
    let next = use_mut_ref(|| None::<String>);
    {
        let next = next.clone();
        use_effect(move || {
            let id = next.borrow_mut().take();
            if let Some(id) = id {
                platform::focus_by_id(&id);
            }
        });
    }
    next
}

// ---------------------------------------------------------------------------------------------
// The form for the person's own resources
// ---------------------------------------------------------------------------------------------

/// What the person typed in the resource form.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub url: String,
    pub author: String,
    pub kind: Kind,
    /// Pillar ids.
    pub pillars: Vec<String>,
    pub description: String,
    pub minutes: String,
    /// Comma-separated.
    pub tags: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            title: String::new(),
            url: String::new(),
            author: String::new(),
            kind: Kind::Article,
            pillars: Vec::new(),
            description: String::new(),
            minutes: String::new(),
            tags: String::new(),
        }
    }
}

/// Why a draft can't be saved, per field; each a sentence for the person.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftErrors {
    pub title: Option<String>,
    pub url: Option<String>,
    pub pillars: Option<String>,
    pub minutes: Option<String>,
    /// Anything else the core refused (e.g. a field far too long).
    pub general: Option<String>,
}

impl DraftErrors {
    pub fn is_empty(&self) -> bool {
        *self == DraftErrors::default()
    }
}

impl Draft {
    /// The form filled in with a resource, for editing.
    pub fn from_resource(r: &Resource) -> Draft {
        Draft {
            title: r.title.clone(),
            url: r.url.clone(),
            author: if r.author == NO_AUTHOR {
                String::new()
            } else {
                r.author.clone()
            },
            kind: r.kind,
            pillars: r.pillars.clone(),
            description: if r.description == NO_DESCRIPTION {
                String::new()
            } else {
                r.description.clone()
            },
            minutes: if r.minutes == 0 {
                String::new()
            } else {
                r.minutes.to_string()
            },
            tags: r.tags.join(", "),
        }
    }

    /// The resource to save under `id`, or what must be fixed first. Only http(s) addresses pass.
    pub fn to_resource(&self, id: &str) -> Result<Resource, DraftErrors> {
        let mut e = DraftErrors::default();
        let title = self.title.trim();
        if title.is_empty() {
            e.title = Some("Give the resource a title.".into());
        }
        let url = check_url(&self.url).unwrap_or_else(|err| {
            e.url = Some(err.to_string());
            String::new()
        });
        let pillars: Vec<String> = PILLAR_IDS
            .iter()
            .filter(|p| self.pillars.iter().any(|x| x == *p))
            .map(|p| p.to_string())
            .collect();
        if pillars.is_empty() {
            e.pillars = Some("Choose at least one pillar this resource serves.".into());
        }
        let minutes = match self.minutes.trim() {
            "" => 0,
            m => match m.parse::<u32>() {
                Ok(v) if v <= MAX_MINUTES => v,
                _ => {
                    e.minutes = Some(
                        "Enter the time as a whole number of minutes (for example 30), or leave it empty."
                            .into(),
                    );
                    0
                }
            },
        };
        if !e.is_empty() {
            return Err(e);
        }
        let mut tags: Vec<String> = Vec::new();
        for t in self
            .tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            if !tags.iter().any(|x| x.eq_ignore_ascii_case(t)) {
                tags.push(t.to_string());
            }
        }
        let or = |s: &str, default: &str| {
            let s = s.trim();
            if s.is_empty() { default } else { s }.to_string()
        };
        Resource {
            id: id.to_string(),
            title: title.to_string(),
            author: or(&self.author, NO_AUTHOR),
            kind: self.kind,
            pillars,
            description: or(&self.description, NO_DESCRIPTION),
            minutes,
            url,
            tags,
            source: String::new(),
        }
        .normalized()
        .map_err(|msg| DraftErrors {
            general: Some(msg),
            ..DraftErrors::default()
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
/// A text field of the resource form.
pub enum Field {
    Title,
    Url,
    Author,
    Description,
    Minutes,
    Tags,
}

/// One change to a [`Draft`].
pub enum DraftEdit {
    Set(Field, String),
    Kind(Kind),
    TogglePillar(&'static str),
}

impl Reducible for Draft {
    type Action = DraftEdit;
    fn reduce(self: Rc<Self>, action: DraftEdit) -> Rc<Self> {
        let mut d = (*self).clone();
        match action {
            DraftEdit::Set(field, v) => {
                *match field {
                    Field::Title => &mut d.title,
                    Field::Url => &mut d.url,
                    Field::Author => &mut d.author,
                    Field::Description => &mut d.description,
                    Field::Minutes => &mut d.minutes,
                    Field::Tags => &mut d.tags,
                } = v
            }
            DraftEdit::Kind(k) => d.kind = k,
            DraftEdit::TogglePillar(p) => {
                if d.pillars.iter().any(|x| x == p) {
                    d.pillars.retain(|x| x != p);
                } else {
                    d.pillars.push(p.to_string());
                }
            }
        }
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
    let all = draft.to_resource("check").err().unwrap_or_default();
    let errors = if *tried {
        all.clone()
    } else {
        DraftErrors {
            url: all.url.clone().filter(|_| *url_checked),
            ..DraftErrors::default()
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
                    let first = if errs.title.is_some() {
                        "title"
                    } else if errs.url.is_some() {
                        "url"
                    } else if errs.pillars.is_some() {
                        "pillar-0"
                    } else if errs.minutes.is_some() {
                        "minutes"
                    } else {
                        "title"
                    };
                    *focus_next.borrow_mut() = Some(format!("{scope}-{first}"));
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
    let q = Questionnaire::builtin();
    let heading_tag = format!("h{}", props.heading_level.clamp(2, 6));

    html! {
        <form class="card resource-form" aria-labelledby={fid("heading")} {onsubmit} novalidate=true>
            <@{heading_tag} id={fid("heading")}>{ &props.heading }</@>
            <p class="field-hint">{ "Only the title and at least one pillar are needed. Everything stays in this browser." }</p>
            <div class="field">
                <label for={fid("title")}>{ "Title" }</label>
                <input type="text" id={fid("title")} value={draft.title.clone()} oninput={text(Field::Title)}
                       aria-required="true" aria-invalid={invalid(&errors.title)}
                       aria-describedby={described("title", &errors.title, false)} />
                { error("title", &errors.title) }
            </div>
            <div class="field">
                <label for={fid("url")}>{ "Web address (optional)" }</label>
                <input type="url" id={fid("url")} value={draft.url.clone()} oninput={text(Field::Url)}
                       onchange={on_url_change} inputmode="url" autocomplete="url" spellcheck="false"
                       aria-invalid={invalid(&errors.url)} aria-describedby={described("url", &errors.url, true)} />
                <p class="field-hint" id={fid("url-hint")}>{ "Starting with https:// or http://. Leave it empty if there is no link." }</p>
                { error("url", &errors.url) }
            </div>
            <div class="field">
                <label for={fid("author")}>{ "Author or organisation (optional)" }</label>
                <input type="text" id={fid("author")} value={draft.author.clone()} oninput={text(Field::Author)} />
            </div>
            <div class="field">
                <label for={fid("kind")}>{ "Kind of resource" }</label>
                <select id={fid("kind")} onchange={on_kind}>
                    for k in Kind::ALL {
                        <option value={k.id()} selected={draft.kind == k}>{ k.label() }</option>
                    }
                </select>
            </div>
            <fieldset class="choices-group" aria-describedby={described("pillars", &errors.pillars, false)}>
                <legend>{ "Pillars it serves" }</legend>
                { error("pillars", &errors.pillars) }
                for (i, p) in q.pillars.iter().enumerate() {
                    {{
                        let id: &'static str = PILLAR_IDS.iter().copied().find(|x| *x == p.id).unwrap_or("");
                        let draft2 = draft.clone();
                        let onchange = Callback::from(move |_: Event| draft2.dispatch(DraftEdit::TogglePillar(id)));
                        html! {
                            <label class="checkbox">
                                <input type="checkbox" id={fid(&format!("pillar-{i}"))}
                                       checked={draft.pillars.iter().any(|x| x == id)} {onchange} />
                                { &p.name }
                            </label>
                        }
                    }}
                }
            </fieldset>
            <div class="field">
                <label for={fid("description")}>{ "Description (optional)" }</label>
                <textarea id={fid("description")} value={draft.description.clone()} oninput={area(Field::Description)} rows="3" />
            </div>
            <div class="field">
                <label for={fid("minutes")}>{ "Time needed in minutes (optional)" }</label>
                <input type="text" inputmode="numeric" id={fid("minutes")} class="short" value={draft.minutes.clone()}
                       oninput={text(Field::Minutes)} aria-invalid={invalid(&errors.minutes)}
                       aria-describedby={described("minutes", &errors.minutes, false)} />
                { error("minutes", &errors.minutes) }
            </div>
            <div class="field">
                <label for={fid("tags")}>{ "Tags (optional)" }</label>
                <input type="text" id={fid("tags")} value={draft.tags.clone()} oninput={text(Field::Tags)}
                       aria-describedby={fid("tags-hint")} />
                <p class="field-hint" id={fid("tags-hint")}>{ "Separate tags with commas, for example: twitter, pln" }</p>
            </div>
            if let Some(msg) = &errors.general {
                <p class="field-error" role="alert">{ msg }</p>
            }
            <div class="actions">
                <button type="submit" class="primary">{ if props.editing.is_some() { "Save changes" } else { "Save resource" } }</button>
                <button type="button" onclick={cancel}>{ "Cancel" }</button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_estimates_read_naturally() {
        assert_eq!(time_estimate(0), None);
        assert_eq!(time_estimate(5).as_deref(), Some("About 5 min"));
        assert_eq!(time_estimate(45).as_deref(), Some("About 45 min"));
        assert_eq!(time_estimate(60).as_deref(), Some("About 1 h"));
        assert_eq!(time_estimate(90).as_deref(), Some("About 1.5 h"));
        assert_eq!(time_estimate(120).as_deref(), Some("About 2 h"));
        assert_eq!(time_estimate(300).as_deref(), Some("About 5 h"));
        assert_eq!(
            time_estimate(u32::MAX).map(|s| s.starts_with("About")),
            Some(true)
        );
    }

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

    fn filled() -> Draft {
        Draft {
            title: "  Our PLN guide ".into(),
            url: "HTTPS://example.org/guide".into(),
            pillars: vec!["branding".into(), "spaces".into()],
            minutes: " 30 ".into(),
            tags: "pln, PLN, , twitter".into(),
            ..Draft::default()
        }
    }

    #[test]
    fn a_draft_becomes_a_valid_resource() {
        let r = filled().to_resource("own-1").unwrap();
        assert_eq!(r.title, "Our PLN guide");
        assert_eq!(r.url, "https://example.org/guide");
        assert_eq!(r.pillars, ["spaces", "branding"]); // library order
        assert_eq!(r.minutes, 30);
        assert_eq!(r.tags, ["pln", "twitter"]);
        assert_eq!(r.author, NO_AUTHOR);
        assert_eq!(r.description, NO_DESCRIPTION);
        assert!(r.validate().is_ok());
        // Editing shows the person's own text, not the placeholders.
        let back = Draft::from_resource(&r);
        assert_eq!(back.author, "");
        assert_eq!(back.description, "");
        assert_eq!(back.to_resource("own-1").unwrap(), r);
    }

    #[test]
    fn unsafe_or_incomplete_drafts_are_refused_with_reasons() {
        let mut d = filled();
        d.url = "javascript:alert(1)".into();
        let e = d.to_resource("x").unwrap_err();
        assert_eq!(
            e.url.as_deref(),
            Some("Only web addresses starting with http:// or https:// can be added.")
        );
        let e = Draft::default().to_resource("x").unwrap_err();
        assert!(e.title.is_some() && e.pillars.is_some() && e.url.is_none());
        let mut d = filled();
        d.minutes = "half an hour".into();
        assert!(d.to_resource("x").unwrap_err().minutes.is_some());
        let mut d = filled();
        d.title = "x".repeat(600);
        assert!(d
            .to_resource("x")
            .unwrap_err()
            .general
            .unwrap()
            .contains("too long"));
    }
}
