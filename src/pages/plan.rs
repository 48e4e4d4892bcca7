//! `#/plan`: the plan to grow. Focuses grouped by pillar with where each stood when it was set,
//! where it stands now and the aim; their actions, edited in place; filters by status and person;
//! the next assessment date; and the plan taken out of the browser (Markdown, calendar, print).
use crate::app::Route;
use crate::components::nav::NavLink;
use crate::components::plan_action::{about, status_id, PlanActionCard};
use crate::core::date::Date;
use crate::core::level::Level;
use crate::core::plan::{
    standing, suggestions, to_ics, to_markdown, ActionFilter, Change, Context, FocusView, Removed,
    Score, Stamp, Status, Words,
};
use crate::core::questionnaire::Questionnaire;
use crate::hooks::{use_app, AppHandle};
use crate::i18n::{use_tr, Tr};
use crate::platform;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The exports' words, from the catalogue.
fn words(tr: &Tr) -> Words {
    Words {
        title: tr.t(k!("plan-file-title")),
        calendar_name: tr.t(k!("plan-calendar-name")),
        next_assessment: tr.t(k!("plan-next")),
        reassessment: tr.t(k!("plan-reassess")),
        whole_pillar: tr.t(k!("plan-whole-pillar")),
        then: tr.t(k!("plan-then")),
        now: tr.t(k!("plan-now")),
        aim: tr.t(k!("plan-aim")),
        set_on: tr.t(k!("plan-set-on")),
        progress: tr.t(k!("plan-progress-label")),
        no_actions: tr.t(k!("plan-no-actions")),
        status: tr.t(k!("plan-status")),
        statuses: Status::ALL.map(|s| tr.t(status_id(&s))),
        due: tr.t(k!("plan-due")),
        overdue: tr.t(k!("plan-overdue")),
        lead: tr.t(k!("plan-lead")),
        involved: tr.t(k!("plan-involved")),
        why: tr.t(k!("plan-why")),
        evidence: tr.t(k!("plan-evidence")),
        notes: tr.t(k!("plan-notes")),
        resources: tr.t(k!("plan-resources")),
        colon: tr.t(k!("label-colon")),
    }
}

fn score_text(tr: &Tr, s: Option<Score>) -> String {
    match s {
        Some(s) => tr.num(crate::core::number::tenths(s.as_mean())),
        None => tr.t(k!("table-not-scored")),
    }
}

/// Downloads the plan as Markdown or as a calendar file.
fn downloads(
    app: &AppHandle,
    tr: &Tr,
    titles: &Rc<Vec<(String, String)>>,
    problem: &UseStateHandle<bool>,
) -> Html {
    let make = |calendar: bool| {
        let (app, tr, titles, problem) = (app.clone(), tr.clone(), titles.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            let w = words(&tr);
            let title = |id: &str| titles.iter().find(|(i, _)| i == id).map(|(_, t)| t.clone());
            let data = app.data();
            let ctx = Context {
                questionnaire: app.questionnaire(),
                words: &w,
                today: app.today(),
                latest: Some(data.latest_answers()),
                resource_title: &title,
                date: &|d| tr.date(Some(d)),
                decimal: tr.decimal(),
            };
            let today = app.today();
            let done = if calendar {
                let stamp = Stamp::from_unix_seconds((js_sys::Date::now() / 1000.0) as i64);
                let text = to_ics(&data.plan.read(), &ctx, stamp);
                crate::platform::download(
                    &format!("pillars-plan-{today}.ics"),
                    "text/calendar",
                    &text,
                )
            } else {
                let text = to_markdown(&data.plan.read(), &ctx);
                crate::platform::download(
                    &format!("pillars-plan-{today}.md"),
                    "text/markdown",
                    &text,
                )
            };
            problem.set(done.is_err());
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="actions no-print">
            <button type="button" onclick={make(false)}>{ tr.t(k!("plan-download-md")) }</button>
            <button type="button" onclick={make(true)}>{ tr.t(k!("plan-download-ics")) }</button>
            <button type="button" onclick={print}>{ tr.t(k!("plan-print")) }</button>
        </div>
    }
}

#[component]
pub fn PlanPage() -> Html {
    let app = use_app();
    let tr = use_tr();
    let status = use_state(|| None::<Status>);
    let person = use_state(String::new);
    let download_failed = use_state(|| false);
    // The last removal, until it is undone or another one is made.
    let undone = use_state(|| None::<Removed>);
    let onremoved = {
        let undone = undone.clone();
        Callback::from(move |r: Removed| {
            undone.set(Some(r));
            // The removed card took the focus with it: it goes to the way back.
            platform::focus_after_render("plan-undo");
        })
    };
    let q = app.questionnaire();
    let data = app.data();
    let plan = &data.plan.read();
    let titles: Rc<Vec<(String, String)>> = {
        let (own, imported) = (&data.curation.own, &data.curation.imported);
        let mut all: Vec<(String, String)> = tr
            .library()
            .resources
            .iter()
            .chain(own.iter())
            .chain(imported.iter().map(|i| &i.resource))
            .map(|r| (r.id.clone(), r.title.clone()))
            .collect();
        all.dedup_by(|a, b| a.0 == b.0);
        Rc::new(all)
    };

    let on_next = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let d = Date::parse(&e.target_unchecked_into::<HtmlInputElement>().value());
            app.plan(Change::SetNextAssessment(d));
        })
    };
    let on_status = {
        let status = status.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            status.set((!v.is_empty()).then(|| Status::parse(&v)));
        })
    };
    let on_person = {
        let person = person.clone();
        Callback::from(move |e: Event| {
            person.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let filter = ActionFilter {
        status: (*status).clone(),
        person: (*person).clone(),
    };
    let groups = plan.groups(q, &filter);
    let people = plan.people();
    // The day the latest assessment was completed.
    let last = app.data().last_completed_on();

    html! {
        <section aria-labelledby="page-title" class="plan">
            <h1 id="page-title">{ tr.t(k!("heading-plan")) }</h1>
            if let Some(r) = &*undone {
                { undo_banner(&app, &tr, q, r, &undone) }
            }
            if plan.focuses.is_empty() {
                <p>{ tr.t(k!("plan-empty")) }</p>
                <p class="no-print"><NavLink to={Route::Results} class="button">{ tr.t(k!("plan-go-results")) }</NavLink></p>
            } else {
                <p class="no-print">{ tr.t(k!("plan-intro")) }</p>
                { crate::components::plan_reminder::notices(&tr, plan, app.today(), last) }
                <div class={classes!("field", "plan-next", plan.next_assessment.is_none().then_some("empty"))}>
                    <label for="plan-next">{ tr.t(k!("plan-next")) }</label>
                    <input type="date" id="plan-next" value={plan.next_assessment.map(|d| d.iso()).unwrap_or_default()}
                           onchange={on_next} aria-describedby="plan-next-hint" />
                    <p class="print-only">{ tr.date(plan.next_assessment) }</p>
                    <span class="field-hint" id="plan-next-hint">{ tr.t(k!("plan-next-hint")) }</span>
                    // The day set has been met by an assessment: the next one wants a date.
                    if let Some(d) = plan.reassessment_done(last) {
                        <p class="field-hint no-print">{ tr.tf(k!("plan-next-done"), &[("date", tr.date(Some(d)).as_str().into())]) }</p>
                    }
                </div>
                { downloads(&app, &tr, &titles, &download_failed) }
                if *download_failed { <p class="field-error" role="alert">{ tr.t(k!("err-download")) }</p> }
                <fieldset class="plan-filters no-print">
                    <legend>{ tr.t(k!("plan-filter")) }</legend>
                    <div class="field">
                        <label for="plan-filter-status">{ tr.t(k!("plan-with-status")) }</label>
                        <select id="plan-filter-status" onchange={on_status}>
                            <option value="" selected={status.is_none()}>{ tr.t(k!("plan-any-status")) }</option>
                            for s in Status::ALL.iter() {
                                <option value={s.id().to_string()} selected={status.as_ref() == Some(s)}>{ tr.t(status_id(s)) }</option>
                            }
                        </select>
                    </div>
                    <div class="field">
                        <label for="plan-filter-person">{ tr.t(k!("plan-person")) }</label>
                        <select id="plan-filter-person" onchange={on_person}>
                            <option value="" selected={person.is_empty()}>{ tr.t(k!("plan-anyone")) }</option>
                            for p in people.iter() {
                                <option value={p.clone()} selected={*person == *p}>{ p }</option>
                            }
                        </select>
                    </div>
                </fieldset>
                if groups.is_empty() {
                    <p role="status">{ tr.t(k!("plan-filter-none")) }</p>
                }
                for g in groups.iter() {
                    <section class="plan-pillar" aria-labelledby={format!("plan-{}", g.pillar.as_str())} key={g.pillar.as_str()}>
                        <h2 id={format!("plan-{}", g.pillar.as_str())}>{ q.pillar(g.pillar.as_str()).map(|p| p.name.clone()).unwrap_or_default() }</h2>
                        for f in g.focuses.iter() {
                            { focus_card(&app, &tr, q, f, &titles, &onremoved) }
                        }
                    </section>
                }
            }
        </section>
    }
}

/// What the last removal took out, and a button that puts it back (focus then goes to what
/// came back: the action's first field, or the focus's aim).
fn undo_banner(
    app: &AppHandle,
    tr: &Tr,
    q: &Questionnaire,
    r: &Removed,
    undone: &UseStateHandle<Option<Removed>>,
) -> Html {
    let (said, back) = match (&r.focus, r.actions.first()) {
        (Some((_, f)), _) => (
            tr.tf(
                k!("plan-removed-focus"),
                &[
                    ("name", f.target.name(q).as_str().into()),
                    ("actions", r.actions.len().into()),
                ],
            ),
            format!("focus-{}-aim", f.id.0),
        ),
        (None, Some((_, a))) => (
            tr.tf(
                k!("plan-removed-action"),
                &[("what", a.what.as_str().into())],
            ),
            format!("act-{}-what", a.id.0),
        ),
        (None, None) => return html! {},
    };
    let undo = {
        let (app, r, undone) = (app.clone(), r.clone(), undone.clone());
        Callback::from(move |_: MouseEvent| {
            app.plan(Change::Restore(r.clone()));
            undone.set(None);
            platform::focus_after_render(back.clone());
        })
    };
    html! {
        <div class="banner banner-info no-print" role="status">
            { said }{ " " }
            <button type="button" id="plan-undo" onclick={undo}>{ tr.t(k!("undo")) }</button>
        </div>
    }
}

/// One focus: where it stood, stands and aims; its progress, actions and a way to add more.
fn focus_card(
    app: &AppHandle,
    tr: &Tr,
    q: &Questionnaire,
    view: &FocusView<'_>,
    titles: &Rc<Vec<(String, String)>>,
    onremoved: &Callback<Removed>,
) -> Html {
    let f = view.focus;
    let fid = format!("focus-{}", f.id.0);
    let data = app.data();
    let now = standing(q, data.latest_answers(), &f.target);
    let cmp = f.compare(now);
    let colon = tr.t(k!("label-colon"));
    let labelled = |label: crate::core::i18n::Key, value: String| {
        crate::core::plan::labelled(&colon, &tr.t(label), value)
    };
    let name = match f.target.item_id() {
        None => tr.t(k!("plan-whole-pillar")),
        Some(_) => f.target.name(q),
    };
    // What the focus's controls carry for a screen reader: its pillar or item.
    let target = f.target.name(q);
    let on_aim = {
        let (app, focus) = (app.clone(), f.id.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let aim = v.parse::<u8>().ok().and_then(Level::new);
            app.plan(Change::SetAim {
                focus: focus.clone(),
                aim,
            });
        })
    };
    let remove = {
        let (app, focus, onremoved) = (app.clone(), f.id.clone(), onremoved.clone());
        Callback::from(move |_: MouseEvent| {
            let removed = app.data().plan.read().removal_of_focus(&focus);
            app.plan(Change::RemoveFocus(focus.clone()));
            if let Some(r) = removed {
                onremoved.emit(r);
            }
        })
    };
    let p = view.progress;
    html! {
        <article class="card plan-focus" aria-labelledby={fid.clone()} key={f.id.0.clone()}>
            <h3 id={fid.clone()}>{ name }</h3>
            <p class="plan-standing">
                { labelled(k!("plan-then"), score_text(tr, cmp.then)) }{ " · " }
                { labelled(k!("plan-now"), score_text(tr, cmp.now)) }{ " · " }
                { labelled(k!("plan-aim"), f.aim.map(|l| q.level_label(l)).unwrap_or_else(|| tr.t(k!("plan-no-aim")))) }
                if cmp.reached() == Some(true) { { " · " }<strong>{ tr.t(k!("plan-reached")) }</strong> }
            </p>
            if p.total > 0 {
                <p>{ tr.tf(k!("plan-progress"), &[("done", p.done.into()), ("total", p.total.into())]) }</p>
            }
            <div class="field no-print">
                <label for={format!("{fid}-aim")}>{ tr.t(k!("plan-aim-label")) }{ about(tr, &target) }</label>
                <select id={format!("{fid}-aim")} onchange={on_aim}>
                    <option value="" selected={f.aim.is_none()}>{ tr.t(k!("results-no-target")) }</option>
                    for l in Level::all() {
                        <option value={l.get().to_string()} selected={f.aim == Some(l)}>{ q.level_label(l) }</option>
                    }
                </select>
            </div>
            if view.actions.is_empty() {
                <p class="muted">{ tr.t(k!("plan-no-actions")) }</p>
            } else {
                <ol class="plan-actions">
                    for a in view.actions.iter() {
                        <PlanActionCard key={a.id.0.clone()} action={(*a).clone()} resources={titles.clone()} onremoved={onremoved.clone()} />
                    }
                </ol>
            }
            <AddAction focus={f.id.clone()} label={fid.clone()} name={target.clone()} />
            <div class="actions no-print">
                <button type="button" class="danger" onclick={remove}>
                    { tr.t(k!("plan-remove-focus")) }{ about(tr, &target) }
                </button>
            </div>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct AddActionProps {
    focus: crate::core::plan::FocusId,
    /// The focus card's heading id, for unique ids here.
    label: String,
    /// The focus's name, which the form's controls carry for a screen reader.
    name: AttrValue,
}

/// Suggested actions for the focus (the seed's action items, the item's level-up hint for the
/// level of the latest result), or one of the person's own words.
#[component]
fn AddAction(props: &AddActionProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    let text = use_state(String::new);
    let q = app.questionnaire();
    let plan = &app.data().plan.read();
    let Some(focus) = plan.focus(&props.focus) else {
        return html! {};
    };
    let taken: Vec<&str> = plan
        .actions_of(&props.focus)
        .map(|a| a.what.as_str())
        .collect();
    // The hints for where the latest result puts each item.
    let data = app.data();
    let latest = data.latest_answers();
    let ideas: Vec<String> = suggestions(q, &focus.target, latest)
        .into_iter()
        .map(|s| s.text)
        .filter(|t| !t.trim().is_empty() && !taken.contains(&t.as_str()))
        .collect();
    let add = |what: String| {
        let (app, focus) = (app.clone(), props.focus.clone());
        // The suggestion becomes an action: focus goes to what it says, to be edited.
        Callback::from(move |_: MouseEvent| {
            platform::focus_after_render(app.add_action(focus.clone(), what.clone()))
        })
    };
    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let onsubmit = {
        let (app, focus, text) = (app.clone(), props.focus.clone(), text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !text.trim().is_empty() {
                let _ = app.add_action(focus.clone(), text.trim().to_string());
                text.set(String::new());
            }
        })
    };
    let input_id = format!("{}-new", props.label);
    html! {
        <div class="plan-add no-print">
            if !ideas.is_empty() {
                <p class="label">{ tr.t(k!("plan-suggested")) }</p>
                <ul class="plan-ideas">
                    for idea in ideas.iter() {
                        <li key={idea.clone()}>
                            <button type="button" onclick={add(idea.clone())}>
                                <span class="visually-hidden">{ tr.t(k!("plan-add-this")) }{ " " }</span>{ idea }
                            </button>
                        </li>
                    }
                </ul>
            }
            <form {onsubmit} class="plan-own">
                <div class="field">
                    <label for={input_id.clone()}>{ tr.t(k!("plan-own-action")) }{ about(&tr, &props.name) }</label>
                    <input type="text" id={input_id} value={(*text).clone()} oninput={on_text} />
                </div>
                <button type="submit">{ tr.t(k!("plan-add-action")) }{ about(&tr, &props.name) }</button>
            </form>
        </div>
    }
}
