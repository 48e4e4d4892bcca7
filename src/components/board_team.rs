//! The team picture, as the board and the read-only team view show it: per pillar the median,
//! the middle half and the range on the radar and in a table; per item how many gave each level;
//! where the room disagrees most, the strongest and weakest items; resources for the weakest
//! pillars. Nothing below the threshold (the core's `Guarded` values say what may be shown).
use crate::components::radar::{radar, Band, RadarProps, Series};
use crate::components::recommendations::Recommendations;
use crate::core::answers::Answers;
use crate::core::board::{Guarded, ItemStats, PillarStats, Team, Tenths};
use crate::core::number::tenths;
use crate::core::questionnaire::Questionnaire;
use crate::core::scoring::score;
use crate::i18n::Tr;
use yew::prelude::*;

/// A score in tenths as this language writes it ("3,5").
pub fn tenth(tr: &Tr, t: Tenths) -> String {
    tr.num(tenths(t.as_f64()))
}

/// "N results; at least k are needed."
pub fn withheld(tr: &Tr, count: usize, k: usize) -> String {
    tr.tf(
        k!("board-withheld"),
        &[("count", count.into()), ("k", k.into())],
    )
}

/// The five level counts and "not applicable" as a bar (a picture of the figures beside it).
fn bar(s: &ItemStats) -> Html {
    let total = s.answered().max(1) as f64;
    let mut x = 0.0;
    let parts = s
        .levels
        .iter()
        .copied()
        .chain([s.not_applicable])
        .enumerate()
        .map(|(i, c)| {
            let w = 100.0 * c as f64 / total;
            let rect = html! { <rect class={format!("l{}", i + 1)} x={tenths(x)} y="0" width={tenths(w)} height="1" /> };
            x += w;
            rect
        })
        .collect::<Html>();
    html! {
        <svg class="dist" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">{ parts }</svg>
    }
}

/// The rows of the items' table, most disagreed first, then the rest in questionnaire order.
fn item_rows(tr: &Tr, q: &Questionnaire, team: &Team) -> Html {
    let first = team.most_disagreed();
    let rest = team
        .items
        .iter()
        .filter_map(Guarded::shown)
        .filter(|s| !first.iter().any(|f| f.item == s.item));
    let prompts: Vec<&str> = q.items().map(|i| i.prompt.as_str()).collect();
    first
        .iter()
        .copied()
        .chain(rest)
        .map(|s| {
            let apart = s
                .disagreement()
                .map(|d| tr.num(tenths(d)))
                .unwrap_or_else(|| "—".into());
            html! {
                <tr>
                    <th scope="row">{ prompts.get(s.item).copied().unwrap_or_default() }</th>
                    <td class="num">{ apart }</td>
                    <td>{ bar(s) }</td>
                    { for s.levels.iter().map(|c| html! { <td class="num">{ c }</td> }) }
                    <td class="num">{ s.not_applicable }</td>
                </tr>
            }
        })
        .collect()
}

/// A list of items with their mean level.
fn item_list(tr: &Tr, q: &Questionnaire, items: &[&ItemStats]) -> Html {
    let prompts: Vec<&str> = q.items().map(|i| i.prompt.as_str()).collect();
    html! {
        <ol>
            { for items.iter().map(|s| html! {
                <li>
                    { prompts.get(s.item).copied().unwrap_or_default() }
                    { " " }
                    <span class="muted">{ tr.tf(k!("board-item-mean"), &[("mean", tr.num(tenths(s.mean().unwrap_or(0.0))).as_str().into()), ("count", s.rated().into())]) }</span>
                </li>
            }) }
        </ol>
    }
}

/// One pillar's row of the table.
fn pillar_row(tr: &Tr, name: &str, g: &Guarded<PillarStats>, k: usize) -> Html {
    match g {
        Guarded::Shown(s) => html! {
            <tr>
                <th scope="row">{ name }</th>
                <td class="num">{ s.count }</td>
                <td class="num">{ tenth(tr, s.median) }</td>
                <td class="num">{ format!("{} – {}", tenth(tr, s.q1), tenth(tr, s.q3)) }</td>
                <td class="num">{ format!("{} – {}", tenth(tr, s.min), tenth(tr, s.max)) }</td>
            </tr>
        },
        Guarded::Withheld { count } => html! {
            <tr>
                <th scope="row">{ name }</th>
                <td class="num">{ count }</td>
                <td colspan="3">{ withheld(tr, *count, k) }</td>
            </tr>
        },
    }
}

/// The radar of the team: the middle half as a band, the median as an outline, and, when
/// given, someone's own result (label, answers) over it.
pub fn team_radar(
    tr: &Tr,
    q: &Questionnaire,
    team: &Team,
    mine: Option<(String, &Answers)>,
) -> Html {
    let stat = |f: fn(&PillarStats) -> Tenths| -> Vec<Option<f64>> {
        team.pillars
            .iter()
            .map(|(_, g)| g.shown().map(|s| f(s).as_f64()))
            .collect()
    };
    let mut series = vec![Series {
        label: tr.t(k!("board-median")),
        values: stat(|s| s.median),
        kind: "current",
    }];
    if let Some((label, answers)) = mine {
        series.push(Series {
            label,
            values: score(q, answers).pillars.iter().map(|p| p.mean).collect(),
            kind: "compare",
        });
    }
    radar(&RadarProps {
        axes: q.pillars.iter().map(|p| p.short.clone()).collect(),
        series,
        band: Some(Band {
            label: tr.t(k!("board-middle-half")),
            low: stat(|s| s.q1),
            high: stat(|s| s.q3),
        }),
        title: tr.t(k!("board-chart-title")).into(),
    })
}

/// The whole team picture; `mine` is the viewer's own latest result to overlay, if they chose it.
pub fn team_picture(
    tr: &Tr,
    q: &Questionnaire,
    team: &Team,
    mine: Option<(String, &Answers)>,
) -> Html {
    let k = team.threshold.get();
    if !team.is_shown() {
        return html! { <p class="banner banner-info" role="status">{ withheld(tr, team.results, k) }</p> };
    }
    let strongest_items = team.strongest_items(3);
    let weakest_items = team.weakest_items(3);
    html! {
        <div class="team">
            <h2>{ tr.t(k!("board-by-pillar")) }</h2>
            <div class="chart-and-table">
                { team_radar(tr, q, team, mine) }
                <div class="table-scroll" role="region" aria-label={tr.t(k!("board-table-caption"))} tabindex="0">
                <table class="scores team-scores">
                    <caption>{ tr.t(k!("board-table-caption")) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tr.t(k!("table-pillar")) }</th>
                            <th scope="col" class="num">{ tr.t(k!("board-results")) }</th>
                            <th scope="col" class="num">{ tr.t(k!("board-median")) }</th>
                            <th scope="col" class="num">{ tr.t(k!("board-middle-half")) }</th>
                            <th scope="col" class="num">{ tr.t(k!("board-range")) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for q.pillars.iter().zip(team.pillars.iter()).map(|(p, (_, g))| pillar_row(tr, &p.name, g, k)) }
                    </tbody>
                </table>
                </div>
            </div>
            <p class="field-hint">{ tr.t(k!("board-spread-hint")) }</p>

            <h2>{ tr.t(k!("board-items")) }</h2>
            <p>{ tr.t(k!("board-items-intro")) }</p>
            <div class="table-scroll" role="region" aria-label={tr.t(k!("board-items-caption"))} tabindex="0">
            <table class="scores team-items">
                <caption>{ tr.t(k!("board-items-caption")) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ tr.t(k!("board-item")) }</th>
                        // What the rows are ranked by, and their picture, first: on a tablet the
                        // counts per level are what scrolls out of sight.
                        <th scope="col" class="num">{ tr.t(k!("board-apart")) }</th>
                        <th scope="col"><span class="visually-hidden">{ tr.t(k!("board-bar")) }</span></th>
                        { for q.levels.iter().map(|l| html! { <th scope="col" class="num">{ format!("{} · {}", l.value, l.name) }</th> }) }
                        <th scope="col" class="num">{ tr.t(k!("not-applicable")) }</th>
                    </tr>
                </thead>
                <tbody>{ item_rows(tr, q, team) }</tbody>
            </table>
            </div>
            if team.items.iter().any(|g| !g.is_shown()) {
                <p class="field-hint">{ tr.tf(k!("board-items-withheld"), &[("k", k.into())]) }</p>
            }
            <div class="team-lists">
                <section aria-labelledby="team-strongest">
                    <h3 id="team-strongest">{ tr.t(k!("board-strongest")) }</h3>
                    { item_list(tr, q, &strongest_items) }
                </section>
                <section aria-labelledby="team-weakest">
                    <h3 id="team-weakest">{ tr.t(k!("board-weakest")) }</h3>
                    { item_list(tr, q, &weakest_items) }
                </section>
            </div>
        </div>
    }
}

/// Resources for the team's weakest pillars (apart from [`team_picture`], so the board's own
/// controls come before their many links); nothing while the picture is withheld.
pub fn team_resources(tr: &Tr, q: &Questionnaire, team: &Team) -> Html {
    if !team.is_shown() {
        return html! {};
    }
    let weakest: Vec<String> = team
        .weakest_pillars(3)
        .into_iter()
        .filter_map(|p| q.pillars.get(p.index()).map(|p| p.id.clone()))
        .collect();
    if weakest.is_empty() {
        return html! {};
    }
    html! {
        <div class="no-print">
            <h2>{ tr.t(k!("board-resources")) }</h2>
            <p>{ tr.t(k!("board-resources-intro")) }</p>
            <Recommendations pillars={weakest} answers={Answers::default()} />
        </div>
    }
}
