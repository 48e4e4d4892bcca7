//! A team picture someone shared (`#/t/<code>`): aggregates only, read-only, no names; opens on
//! any device, and stores nothing.
use crate::app::Route;
use crate::components::board_projector::Projector;
use crate::components::board_team::{team_picture, team_resources};
use crate::components::nav::NavLink;
use crate::core::board::TeamLink;
use crate::hooks::use_app;
use crate::i18n::use_tr;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TeamPageProps {
    pub code: String,
}

#[component]
pub fn TeamPage(props: &TeamPageProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    let q = app.questionnaire();
    let mine = use_state(|| false);
    let projector = use_state(|| false);
    let link = match TeamLink::decode(&props.code, q) {
        Ok(l) => l,
        Err(e) => {
            return html! {
                <section aria-labelledby="page-title">
                    <h1 id="page-title">{ tr.t(k!("team-cannot-open")) }</h1>
                    <div class="banner banner-error" role="alert">{ crate::messages::team_link_error(&tr, &e) }</div>
                    <p>{ tr.t(k!("shared-nothing-changed")) }</p>
                    <p><NavLink to={Route::Home}>{ tr.t(k!("not-found-home")) }</NavLink></p>
                </section>
            };
        }
    };
    let name = link
        .name
        .clone()
        .unwrap_or_else(|| tr.t(k!("board-untitled")));
    let team = Rc::new(link.team);
    let latest = app.data().history.last().map(|s| &s.answers);
    let overlay = latest
        .filter(|_| *mine)
        .map(|a| (tr.t(k!("shared-you-latest")), a));
    html! {
        <section aria-labelledby="page-title" class="board">
            <h1 id="page-title">{ tr.t(k!("heading-team")) }</h1>
            <p class="lead">{ tr.tf(k!("team-of"), &[("name", name.as_str().into()), ("date", tr.date(link.date).as_str().into())]) }</p>
            <div class="banner banner-info" role="note">
                { tr.tf(k!("team-read-only"), &[("count", team.results.into())]) }
            </div>
            <div class="actions no-print">
                <button type="button" id="projector-open" onclick={{ let p = projector.clone(); move |_| p.set(true) }}>{ tr.t(k!("board-projector")) }</button>
                if latest.is_some() {
                    <label class="choice-inline">
                        <input type="checkbox" checked={*mine} onchange={{ let m = mine.clone(); move |_| m.set(!*m) }} />
                        { " " }{ tr.t(k!("board-overlay-mine")) }
                    </label>
                }
            </div>
            { team_picture(&tr, q, &team, overlay) }
            { team_resources(&tr, q, &team) }
            if *projector {
                <Projector team={team.clone()} title={AttrValue::from(name)}
                    onclose={{ let p = projector.clone(); Callback::from(move |_| { p.set(false); crate::platform::focus_by_id("projector-open"); }) }} />
            }
        </section>
    }
}
