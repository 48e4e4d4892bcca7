//! The assessment's pillar on screen, remembered so the person resumes there.
use crate::hooks::use_app;
use yew::prelude::*;

/// Remembers the pillar on screen, so the person resumes there, and moves focus to its heading
/// when it changes (not on the first render: the screen's own heading has it then).
#[hook]
pub fn use_current_pillar(index: usize) {
    let app = use_app();
    let first = use_mut_ref(|| true);
    use_effect_with(index, move |&index| {
        if app.data().attempt.pillar != index {
            app.go_to_pillar(index);
        }
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            crate::platform::focus_by_id("pillar-heading");
        }
    });
}
