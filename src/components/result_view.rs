//! A result as a radar chart and an accessible table with the same figures, optionally compared
//! with another result and with targets.
use crate::components::radar::{radar, RadarProps, Series};
use crate::core::answers::Answers;
use crate::core::level::Level;
use crate::core::pillar::PillarId;
use crate::core::scoring::{changes, fmt_delta, fmt_score, score, shown_change, Targets};

/// The target set for the pillar with this id.
fn target_of(t: &Targets, id: &str) -> Option<Level> {
    t.get(&PillarId::parse(id)?).copied()
}
use crate::i18n::Tr;
use yew::prelude::*;

pub struct ResultViewProps {
    pub answers: Answers,
    /// What the main result is called in the legend and table, e.g. "Current (23 November 2026)".
    pub label: AttrValue,
    /// Another result to overlay: its label and answers.
    pub compare: Option<(AttrValue, Answers)>,
    /// The overlaid result is someone else's: its column is the difference from it, not a change.
    pub between_people: bool,
    /// Targets to draw as a third outline, with the gap in the table.
    pub targets: Option<Targets>,
    /// Table caption.
    pub caption: AttrValue,
    /// The questionnaire the answers answer, when not today's (a link made with an older one).
    pub questionnaire: Option<&'static crate::core::questionnaire::Questionnaire>,
}

/// A plain function, not a component: it draws with the screen that shows it.
pub fn result_view(tr: &Tr, props: &ResultViewProps) -> Html {
    let q = props
        .questionnaire
        .unwrap_or_else(crate::i18n::questionnaire);
    let scores = score(q, &props.answers);
    let compare = props
        .compare
        .as_ref()
        .map(|(label, a)| (label.clone(), score(q, a)));
    let targets = props.targets.clone().filter(|t| !t.is_empty());

    let mut series = vec![Series {
        label: props.label.to_string(),
        values: scores.pillars.iter().map(|p| p.mean).collect(),
        kind: "current",
    }];
    if let Some((label, c)) = &compare {
        series.push(Series {
            label: label.to_string(),
            values: c.pillars.iter().map(|p| p.mean).collect(),
            kind: "compare",
        });
    }
    if let Some(t) = &targets {
        series.push(Series {
            label: tr.t(k!("table-targets")),
            values: q
                .pillars
                .iter()
                .map(|p| target_of(t, &p.id).map(|v| f64::from(v.get())))
                .collect(),
            kind: "target",
        });
    }
    let axes: Vec<String> = q.pillars.iter().map(|p| p.short.clone()).collect();
    let deltas = compare.as_ref().map(|(_, c)| changes(c, &scores));
    let title = match &compare {
        Some((other, _)) => tr.tf(
            k!("chart-title-compare"),
            &[
                ("label", props.label.as_str().into()),
                ("other", other.as_str().into()),
            ],
        ),
        None => tr.tf(k!("chart-title"), &[("label", props.label.as_str().into())]),
    };

    html! {
        <div class="chart-and-table">
            { radar(&RadarProps { axes, series, band: None, title: title.into() }) }
            // A wide table scrolls on its own on a narrow phone, instead of the whole page.
            <div class="table-scroll" role="region" aria-label={props.caption.clone()} tabindex="0">
            <table class="scores">
                <caption>{ props.caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ tr.t(k!("table-pillar")) }</th>
                        <th scope="col" class="num">{ props.label.clone() }</th>
                        // Compared, the two scores and the change come first (a phone shows them
                        // without scrolling); the level, which restates the score, after them.
                        if let Some((label, _)) = &compare {
                            <th scope="col" class="num">{ label.clone() }</th>
                            <th scope="col" class="num">{ tr.t(if props.between_people { k!("table-difference") } else { k!("table-change") }) }</th>
                        }
                        <th scope="col">{ tr.t(k!("table-level")) }</th>
                        if targets.is_some() {
                            <th scope="col" class="num">{ tr.t(k!("table-target")) }</th>
                            <th scope="col" class="num">{ tr.t(k!("table-gap")) }</th>
                        }
                    </tr>
                </thead>
                <tbody>
                    { for scores.pillars.iter().map(|p| {
                        let pillar = &q.pillars[p.pillar];
                        let status = if p.mean.is_none() {
                            html! { <span class="incomplete">{ tr.t(k!("table-not-scored")) }</span> }
                        } else if !p.complete() {
                            html! { <>{ q.level_name(p.band().unwrap_or(Level::MIN)) }<span class="incomplete">{ " " }{ tr.tf(k!("table-incomplete"), &[("answered", (p.scored + p.not_applicable).into()), ("total", p.total.into())]) }</span></> }
                        } else {
                            html! { { q.level_name(p.band().unwrap_or(Level::MIN)) } }
                        };
                        let target = targets.as_ref().and_then(|t| target_of(t, &pillar.id));
                        html! {
                            <tr>
                                <th scope="row">{ &pillar.name }</th>
                                <td class="num">{ tr.num(fmt_score(p.mean)) }</td>
                                if let Some((_, c)) = &compare {
                                    <td class="num">{ tr.num(fmt_score(c.mean_of(p.pillar))) }</td>
                                    <td class="num">{ tr.num(fmt_delta(deltas.as_ref().and_then(|d| d.get(p.pillar)).and_then(|c| c.delta()))) }</td>
                                }
                                <td>{ status }</td>
                                if targets.is_some() {
                                    <td class="num">{ target.map(|t| t.to_string()).unwrap_or_else(|| "—".into()) }</td>
                                    <td class="num">{ match (target, p.mean) {
                                        // The gap from the score as shown: 3.96, shown 4.0, has reached 4.
                                        (Some(t), Some(m)) if shown_change(m, f64::from(t.get())) > 0.049 => tr.tf(k!("table-to-go"), &[("gap", tr.num(crate::core::number::tenths(shown_change(m, f64::from(t.get())))).as_str().into())]),
                                        (Some(_), Some(_)) => tr.t(k!("table-reached")),
                                        _ => "—".to_string(),
                                    } }</td>
                                }
                            </tr>
                        }
                    }) }
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{ tr.t(k!("table-overall")) }</th>
                        <td class="num">{ tr.num(fmt_score(scores.overall)) }</td>
                        if let Some((_, c)) = &compare {
                            <td class="num">{ tr.num(fmt_score(c.overall)) }</td>
                            <td class="num">{ tr.num(fmt_delta(c.overall.zip(scores.overall).map(|(b, a)| shown_change(b, a)))) }</td>
                        }
                        <td>{ scores.overall_band().map(|b| q.level_name(b).to_string()).unwrap_or_else(|| tr.t(k!("table-not-scored"))) }</td>
                        if targets.is_some() { <td></td><td></td> }
                    </tr>
                </tfoot>
            </table>
            </div>
        </div>
    }
}
