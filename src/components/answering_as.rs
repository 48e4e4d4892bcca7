//! Who is answering: said once (a leader, or someone who teaches), remembered, changeable. The
//! items' wording and which items are asked follow it.
use crate::core::questionnaire::Role;
use crate::hooks::use_app::AppHandle;
use crate::i18n::Tr;
use yew::prelude::*;

/// The choice, with what it changes; `leader_items` is how many items a teacher is not asked.
pub fn answering_as(app: &AppHandle, tr: &Tr, leader_items: usize) -> Html {
    let chosen = app.role_chosen().then(|| app.role());
    let option = |role: Role, label: crate::core::i18n::Key| {
        let onchange = {
            let app = app.clone();
            Callback::from(move |_| app.answer_as(role))
        };
        let id = format!("answering-as-{}", role.id());
        html! {
            <label class="choice" for={id.clone()}>
                <input type="radio" {id} name="answering-as" value={role.id()}
                    checked={chosen == Some(role)} {onchange} />
                <span>{ tr.t(label) }</span>
            </label>
        }
    };
    let note = match chosen {
        None => tr.t(k!("answering-as-why")),
        Some(Role::Leader) => tr.t(k!("answering-as-leader-note")),
        Some(Role::Teacher) => tr.tf(
            k!("answering-as-teacher-note"),
            &[("count", leader_items.into())],
        ),
    };
    html! {
        <fieldset class="card answering-as">
            <legend>{ tr.t(k!("answering-as")) }</legend>
            { option(Role::Leader, k!("answering-as-leader")) }
            { option(Role::Teacher, k!("answering-as-teacher")) }
            <p class="muted">{ note }</p>
        </fieldset>
    }
}
