//! The projector view: the team picture for a room, in large type and high contrast, the whole
//! radar or one pillar at a time; arrow keys (or the buttons) move between them, Escape leaves.
use crate::components::board_team::{team_radar, tenth, withheld};
use crate::core::board::{Guarded, Team};
use crate::i18n::use_tr;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProjectorProps {
    pub team: Rc<Team>,
    /// The board's name.
    pub title: AttrValue,
    pub onclose: Callback<()>,
}

/// The pillar's spread drawn on the scale from 1 to 5, to be seen from the back of the room: the
/// range as a line, the middle half as a band, the median as a mark (the figures are in the text
/// above it, so it is hidden from screen readers).
fn scale(s: &crate::core::board::PillarStats) -> Html {
    let x = |t: crate::core::board::Tenths| (i32::from(t.get()) - 10) * 10;
    let rect = |class: &'static str, from: i32, to: i32, y: i32, h: i32| {
        html! { <rect {class} x={from.to_string()} width={(to - from).max(2).to_string()} y={y.to_string()} height={h.to_string()} /> }
    };
    html! {
        <svg class="projector-scale" viewBox="-20 0 440 90" aria-hidden="true">
            { rect("range", x(s.min), x(s.max), 28, 8) }
            { rect("half", x(s.q1), x(s.q3), 14, 36) }
            { rect("median", x(s.median) - 3, x(s.median) + 3, 4, 56) }
            for level in 1..=5 {
                <text x={((level - 1) * 100).to_string()} y="86" text-anchor="middle">{ level }</text>
            }
        </svg>
    }
}

#[component]
pub fn Projector(props: &ProjectorProps) -> Html {
    let tr = use_tr();
    let q = crate::i18n::questionnaire();
    // 0: the whole radar; 1..=n: pillar n.
    let view = use_state(|| 0usize);
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let views = q.pillars.len() + 1;
    let go = {
        let view = view.clone();
        move |step: isize| {
            let view = view.clone();
            Callback::from(move |_: MouseEvent| {
                view.set((*view as isize + step).rem_euclid(views as isize) as usize)
            })
        }
    };
    // Tab stays inside the dialog: past the last button it comes back to the first, and back.
    let (first, last) = (use_node_ref(), use_node_ref());
    let onkeydown = {
        let (view, onclose) = (view.clone(), props.onclose.clone());
        let (first, last, root) = (first.clone(), last.clone(), root.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Tab" {
                let active = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element());
                let is =
                    |r: &NodeRef| active.is_some() && r.get() == active.clone().map(Into::into);
                let to = if e.shift_key() && (is(&first) || is(&root)) {
                    Some(&last)
                } else if !e.shift_key() && is(&last) {
                    Some(&first)
                } else {
                    None
                };
                if let Some(el) = to.and_then(|r| r.cast::<web_sys::HtmlElement>()) {
                    e.prevent_default();
                    let _ = el.focus();
                }
                return;
            }
            let step = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" | "PageDown" => 1,
                "ArrowLeft" | "ArrowUp" | "PageUp" => views as isize - 1,
                "Home" => views as isize - *view as isize,
                "Escape" => {
                    e.prevent_default();
                    onclose.emit(());
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            view.set((*view as isize + step).rem_euclid(views as isize) as usize);
        })
    };
    let close = {
        let onclose = props.onclose.clone();
        Callback::from(move |_: MouseEvent| onclose.emit(()))
    };
    let team = &props.team;
    let k = team.threshold.get();
    let body = match view
        .checked_sub(1)
        .and_then(|i| Some((q.pillars.get(i)?, team.pillars.iter().nth(i)?.1)))
    {
        None => html! {
            <>
                <h2 id="projector-title">{ props.title.clone() }</h2>
                if team.is_shown() {
                    { team_radar(&tr, q, team, None) }
                } else {
                    <p class="projector-big">{ withheld(&tr, team.results, k) }</p>
                }
            </>
        },
        Some((pillar, Guarded::Shown(s))) => html! {
            <>
                <h2 id="projector-title">{ &pillar.name }</h2>
                <p class="projector-big">{ tr.t(k!("board-median")) }{ " " }<strong>{ tenth(&tr, s.median) }</strong></p>
                <p>{ tr.tf(k!("board-projector-spread"), &[
                    ("low", tenth(&tr, s.q1).as_str().into()),
                    ("high", tenth(&tr, s.q3).as_str().into()),
                    ("min", tenth(&tr, s.min).as_str().into()),
                    ("max", tenth(&tr, s.max).as_str().into()),
                    ("count", s.count.into()),
                ]) }</p>
                { scale(s) }
            </>
        },
        Some((pillar, Guarded::Withheld { count })) => html! {
            <>
                <h2 id="projector-title">{ &pillar.name }</h2>
                <p class="projector-big">{ withheld(&tr, *count, k) }</p>
            </>
        },
    };
    html! {
        <div class="projector" role="dialog" aria-modal="true" aria-labelledby="projector-title"
            tabindex="-1" ref={root} {onkeydown}>
            <p class="projector-keys">{ tr.t(k!("board-projector-keys")) }</p>
            // Above what changes from view to view, so the buttons never move under the pointer.
            <div class="actions">
                <button type="button" ref={first} onclick={go(-1)}>{ tr.t(k!("board-projector-previous")) }</button>
                <button type="button" onclick={go(1)}>{ tr.t(k!("board-projector-next")) }</button>
                <button type="button" class="primary" ref={last} onclick={close}>{ tr.t(k!("board-projector-leave")) }</button>
                <span role="status">{ tr.tf(k!("board-projector-position"), &[("number", (*view + 1).into()), ("total", views.into())]) }</span>
            </div>
            { body }
        </div>
    }
}
