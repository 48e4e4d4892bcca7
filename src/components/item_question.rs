//! One questionnaire item: a radio group of five level statements plus "Not applicable", and
//! the hint for the step up from the level chosen.
use crate::core::answers::Answer;
use crate::core::level::Level;
use crate::core::questionnaire::Item;
use crate::i18n::use_tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ItemQuestionProps {
    pub item: Item,
    /// 1-based position within the pillar, for the legend.
    pub number: usize,
    pub answer: Option<Answer>,
    pub onanswer: Callback<(String, Answer)>,
}

#[component]
pub fn ItemQuestion(props: &ItemQuestionProps) -> Html {
    let q = crate::i18n::questionnaire();
    let tr = use_tr();
    let item = &props.item;
    // The step from where the person stands; none before an answer, at the top or n/a.
    let hint = match props.answer {
        Some(Answer::Level(level)) => item.hint(level),
        _ => None,
    };
    let choice = |answer: Answer, title: String, text: Option<String>| {
        let value: u8 = answer.into();
        let id = format!("{}-{}", item.id, value);
        let onchange = {
            let onanswer = props.onanswer.clone();
            let item_id = item.id.clone();
            Callback::from(move |_| onanswer.emit((item_id.clone(), answer)))
        };
        let na = matches!(answer, Answer::NotApplicable);
        html! {
            <label class={classes!("choice", na.then_some("na"))} for={id.clone()}>
                <input type="radio" id={id} name={item.id.clone()} value={value.to_string()}
                    checked={props.answer == Some(answer)} {onchange} />
                <span>
                    <span class="level-name">{ title }</span>
                    if let Some(text) = text { <span class="level-text">{ text }</span> }
                </span>
            </label>
        }
    };
    html! {
        <fieldset class="item" id={format!("item-{}", item.id)}>
            <legend>{ format!("{}. {}", props.number, item.prompt) }</legend>
            <div class="choices">
                { for item.levels.iter().zip(Level::all()).map(|(text, v)| {
                    choice(Answer::Level(v), format!("{} · {}", v, q.level_name(v)), Some(text.clone()))
                }) }
                { choice(Answer::NotApplicable, tr.t(k!("not-applicable")), None) }
            </div>
            if let Some(hint) = hint {
                <p class="level-up"><strong>{ tr.t(k!("to-level-up")) }</strong>{ " " }{ hint }</p>
            }
        </fieldset>
    }
}
