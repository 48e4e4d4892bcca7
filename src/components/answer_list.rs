//! Every item's answer, pillar by pillar, in collapsible sections.
use crate::core::answers::{Answer, Answers};
use yew::prelude::*;

pub struct AnswerListProps<'a> {
    pub answers: Answers,
    pub tr: &'a crate::i18n::Tr,
    /// The questionnaire the answers answer, when not today's (a link made with an older one).
    pub questionnaire: Option<&'static crate::core::questionnaire::Questionnaire>,
}

/// A plain function, not a component: it draws with the screen that shows it.
pub fn answer_list(props: &AnswerListProps<'_>) -> Html {
    let tr = props.tr;
    let q = props
        .questionnaire
        .unwrap_or_else(crate::i18n::questionnaire);
    html! {
        { for q.pillars.iter().map(|p| html! {
            <details class="pillar-detail">
                <summary>{ &p.name }</summary>
                <ul>
                    { for p.items.iter().map(|i| html! {
                        <li>
                            <strong>{ &i.prompt }</strong>{ tr.t(k!("label-colon")) }{ " " }
                            { match props.answers.get(&i.id).copied() {
                                Some(Answer::Level(v)) => html! {
                                    <>
                                        { format!("{} · {}", v, q.level_name(v)) }<br/>
                                        <span class="muted">{ i.levels.get(usize::from(v.get()) - 1).cloned().unwrap_or_default() }</span>
                                    </>
                                },
                                Some(Answer::NotApplicable) => html! { { tr.t(k!("not-applicable")) } },
                                None => html! { <span class="incomplete">{ tr.t(k!("not-answered")) }</span> },
                            } }
                        </li>
                    }) }
                </ul>
            </details>
        }) }
    }
}
