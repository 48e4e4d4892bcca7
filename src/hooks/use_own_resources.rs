//! The library's own-resource editing: the add form, the resource being edited, and what a card's
//! buttons do, each followed by a message and focus where the person's attention goes.
use crate::components::resource_card::{dom_id, CardAction};
use crate::core::catalogue::Catalogue;
use crate::core::library::Resource;
use crate::hooks::use_app;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The element id scope of the library's cards.
pub const CARD_SCOPE: &str = "lib";

/// The state and handlers of adding and editing the person's own resources.
pub struct OwnResources {
    pub adding: bool,
    pub editing: Option<String>,
    pub open_form: Callback<MouseEvent>,
    pub on_add: Callback<Resource>,
    pub on_add_cancel: Callback<()>,
    pub on_edit_save: Callback<Resource>,
    pub on_edit_cancel: Callback<()>,
    pub onaction: Callback<(String, CardAction)>,
}

#[hook]
pub fn use_own_resources(
    message: UseStateHandle<Option<String>>,
    focus_next: Rc<RefCell<Option<String>>>,
    cat: Rc<Catalogue>,
    filter: crate::hooks::use_library_filter::LibraryFilter,
) -> OwnResources {
    let app = use_app();
    let tr = crate::i18n::use_tr();
    let adding = use_state(|| false);
    let editing = use_state(|| None::<String>);
    let open_form = {
        let adding = adding.clone();
        let focus_next = focus_next.clone();
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some("add-title".into());
            adding.set(true);
        })
    };
    let on_add = {
        let (app, adding, message, focus_next, tr) = (
            app.clone(),
            adding.clone(),
            message.clone(),
            focus_next.clone(),
            tr.clone(),
        );
        Callback::from(move |r: Resource| {
            message.set(Some(tr.tf(
                k!("library-own-added"),
                &[("title", r.title.as_str().into())],
            )));
            // The new resource is shown: the search and filters stay unless they would hide it.
            if filter.bookmarked_only || !filter.filter.shows(&r) {
                filter.clear();
            }
            app.put_own_resource(r);
            *focus_next.borrow_mut() = Some("library-message".into());
            adding.set(false);
        })
    };
    let on_add_cancel = {
        let (adding, focus_next) = (adding.clone(), focus_next.clone());
        Callback::from(move |_| {
            *focus_next.borrow_mut() = Some("open-add-form".into());
            adding.set(false);
        })
    };
    let after_edit = |id: &str| format!("{}-edit", dom_id(CARD_SCOPE, id));
    let on_edit_save = {
        let (app, editing, message, focus_next, tr) = (
            app.clone(),
            editing.clone(),
            message.clone(),
            focus_next.clone(),
            tr.clone(),
        );
        Callback::from(move |r: Resource| {
            message.set(Some(tr.tf(
                k!("library-own-saved"),
                &[("title", r.title.as_str().into())],
            )));
            *focus_next.borrow_mut() = Some(after_edit(&r.id));
            app.put_own_resource(r);
            editing.set(None);
        })
    };
    let on_edit_cancel = {
        let (editing, focus_next) = (editing.clone(), focus_next.clone());
        Callback::from(move |_| {
            if let Some(id) = &*editing {
                *focus_next.borrow_mut() = Some(after_edit(id));
            }
            editing.set(None);
        })
    };
    let onaction = {
        let (app, editing, message, focus_next, cat, tr) = (
            app.clone(),
            editing.clone(),
            message.clone(),
            focus_next.clone(),
            cat.clone(),
            tr.clone(),
        );
        Callback::from(move |(id, action): (String, CardAction)| match action {
            // With "bookmarked only" on, the card goes with its bookmark: focus stays on the page.
            CardAction::ToggleBookmark => {
                app.toggle_bookmark(id);
                crate::platform::keep_focus_after_render("library-search");
            }
            CardAction::ToggleDone => app.toggle_done(id),
            CardAction::Note(note) => app.set_note(id, note),
            CardAction::Edit => {
                *focus_next.borrow_mut() = Some("edit-title".into());
                editing.set(Some(id));
            }
            CardAction::Delete => {
                let title = cat
                    .resources
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| r.title.clone())
                    .unwrap_or_default();
                message.set(Some(tr.tf(
                    k!("library-own-deleted"),
                    &[("title", title.as_str().into())],
                )));
                *focus_next.borrow_mut() = Some("library-message".into());
                app.delete_own_resource(id);
            }
        })
    };
    OwnResources {
        adding: *adding,
        editing: (*editing).clone(),
        open_form,
        on_add,
        on_add_cancel,
        on_edit_save,
        on_edit_cancel,
        onaction,
    }
}
