//! Moving keyboard focus where the person's attention goes after a change they made.
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// An element id to focus once the next render is on screen (set it in the event handler that
/// changes what is shown).
#[hook]
pub fn use_focus_after_render() -> Rc<RefCell<Option<String>>> {
    let next = use_mut_ref(|| None::<String>);
    {
        let next = next.clone();
        use_effect(move || {
            let id = next.borrow_mut().take();
            if let Some(id) = id {
                crate::platform::focus_by_id(&id);
            }
        });
    }
    next
}

/// Moves focus to the element with this id now (for a click that points somewhere on the page).
pub fn focus(id: &str) {
    crate::platform::focus_by_id(id);
}
