//! From the results to the plan: the pillars with most room to grow, one button each, and any
//! pillar or item of the questionnaire through a list; what is already in the plan says so.
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::core::pillar::PillarId;
use crate::core::plan::FocusTarget;
use crate::hooks::use_app;
use crate::i18n::use_tr;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddToPlanProps {
    /// The pillars with most room to grow, offered first.
    pub pillars: Vec<String>,
}

/// The list's value for a target: `p:<pillar>` or `i:<item>`.
fn target_of(q: &crate::core::questionnaire::Questionnaire, value: &str) -> Option<FocusTarget> {
    match value.split_once(':')? {
        ("p", id) => PillarId::parse(id).map(FocusTarget::Pillar),
        ("i", id) => FocusTarget::item(q, id),
        _ => None,
    }
}

#[component]
pub fn AddToPlan(props: &AddToPlanProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    let q = app.questionnaire();
    let plan = &app.data().plan.read();
    let added = use_state(|| false);
    let chosen = use_state(String::new);
    let add = |target: FocusTarget| {
        let (app, added) = (app.clone(), added.clone());
        Callback::from(move |_: MouseEvent| {
            app.add_focus(target.clone());
            added.set(true);
            // The button gives way to "… is in your plan": focus goes to what was done.
            crate::platform::focus_after_render("plan-added");
        })
    };
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            chosen.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let picked = target_of(q, &chosen);
    let in_plan = |t: &FocusTarget| plan.focus_on(t).is_some();
    html! {
        <div class="card add-to-plan">
            <p>{ tr.t(k!("plan-from-results")) }</p>
            if !props.pillars.is_empty() {
            <ul class="plan-ideas">
                for p in props.pillars.iter().filter_map(|p| PillarId::parse(p)) {
                    <li key={p.as_str()}>{{
                        let name = q.pillar(p.as_str()).map(|x| x.name.clone()).unwrap_or_default();
                        let t = FocusTarget::Pillar(p);
                        if in_plan(&t) {
                            html! { <span>{ tr.tf(k!("plan-in-plan"), &[("name", name.as_str().into())]) }</span> }
                        } else {
                            html! { <button type="button" onclick={add(t)}>{ tr.tf(k!("plan-add-focus"), &[("name", name.as_str().into())]) }</button> }
                        }
                    }}</li>
                }
            </ul>
            }
            <div class="field">
                <label for="plan-pick">{ tr.t(k!("plan-pick")) }</label>
                <select id="plan-pick" onchange={on_choose}>
                    <option value="" selected={chosen.is_empty()}>{ tr.t(k!("plan-pick-none")) }</option>
                    for p in q.pillars.iter() {
                        <optgroup label={p.name.clone()}>
                            <option value={format!("p:{}", p.id)} selected={*chosen == format!("p:{}", p.id)}>{ tr.tf(k!("plan-pick-pillar"), &[("name", p.name.as_str().into())]) }</option>
                            for i in p.items.iter() {
                                <option value={format!("i:{}", i.id)} selected={*chosen == format!("i:{}", i.id)}>{ &i.prompt }</option>
                            }
                        </optgroup>
                    }
                </select>
            </div>
            if let Some(t) = picked {
                if in_plan(&t) {
                    <p>{ tr.tf(k!("plan-in-plan"), &[("name", t.name(q).as_str().into())]) }</p>
                } else {
                    <button type="button" class="primary" onclick={add(t)}>{ tr.t(k!("plan-add-chosen")) }</button>
                }
            }
            <p role="status" id="plan-added" tabindex="-1">
                if *added { { crate::messages::done(&tr, app.problem, tr.t(k!("plan-added"))) }{ " " } }
                if !plan.focuses.is_empty() { <NavLink to={Route::Plan}>{ tr.t(k!("plan-open")) }</NavLink> }
            </p>
        </div>
    }
}
