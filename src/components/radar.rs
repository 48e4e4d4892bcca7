//! A radar (spider) chart of the pillars as inline SVG, with up to three outlines:
//! the current result, a result to compare with, and the targets. Figures are also in a table.
use crate::core::number::tenths;
use yew::prelude::*;

/// One outline on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    /// One value (1..=5) per axis; `None` where not scored (that vertex is left out, never drawn as zero).
    pub values: Vec<Option<f64>>,
    /// "current", "compare" or "target": picks the style.
    pub kind: &'static str,
}

/// A band between two values per axis (a team's quartiles), drawn under the outlines.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub label: String,
    /// The band's inner and outer edges, per axis; an axis without both is left out.
    pub low: Vec<Option<f64>>,
    pub high: Vec<Option<f64>>,
}

pub struct RadarProps {
    /// Axis labels (the pillars' short names).
    pub axes: Vec<String>,
    pub series: Vec<Series>,
    pub band: Option<Band>,
    /// A short description for assistive technology; the data table carries the figures.
    pub title: AttrValue,
}

const SIZE: f64 = 560.0;
const C: f64 = SIZE / 2.0;
const R: f64 = 140.0;
const MAX: f64 = 5.0;

fn point(axis: usize, n: usize, value: f64) -> (f64, f64) {
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * axis as f64 / n as f64;
    let r = R * value / MAX;
    (
        C + r * js_sys::Math::cos(angle),
        C + r * js_sys::Math::sin(angle),
    )
}

fn points(values: impl Iterator<Item = (usize, f64)>, n: usize) -> String {
    values
        .map(|(i, v)| {
            let (x, y) = point(i, n, v);
            format!("{},{}", tenths(x), tenths(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A plain function, not a component: it draws with the screen that shows it.
pub fn radar(props: &RadarProps) -> Html {
    let n = props.axes.len().max(3);
    let rings = (1..=5).map(|level| {
        let ring = points((0..n).map(|i| (i, level as f64)), n);
        let (lx, ly) = point(0, n, level as f64);
        html! {
            <>
                <polygon class="grid" points={ring} />
                <text class="scale-label" x={tenths(lx + 6.0)} y={tenths(ly - 2.0)}>{ level }</text>
            </>
        }
    });
    let axes = props.axes.iter().enumerate().map(|(i, label)| {
        let (x, y) = point(i, n, MAX);
        let (lx, ly) = point(i, n, MAX + 0.55);
        let anchor = if (lx - C).abs() < 8.0 { "middle" } else if lx > C { "start" } else { "end" };
        // Long names go on two lines so they stay inside the chart.
        let lines: Vec<&str> = match label.split_once(' ') {
            Some((a, b)) if label.len() > 12 => vec![a, b],
            _ => vec![label.as_str()],
        };
        // On a phone the names give way to numbers, and the chart to the width they leave
        // (screens.css): the names are then listed under the chart, numbered.
        // Far enough out that the top axis's number clears the scale's "5" beside it.
        let (nx, ny) = point(i, n, MAX + 0.9);
        html! {
            <>
                <line class="axis" x1={tenths(C)} y1={tenths(C)} x2={tenths(x)} y2={tenths(y)} />
                <text class="axis-number" x={tenths(nx)} y={tenths(ny + 6.0)} text-anchor="middle">{ i + 1 }</text>
                <text class="axis-label" x={tenths(lx)} y={tenths(ly + 5.0 - 10.0 * (lines.len() as f64 - 1.0) - if anchor == "middle" && ly < C { 10.0 } else { 0.0 })} text-anchor={anchor}>
                    { for lines.iter().enumerate().map(|(k, line)| html! {
                        <tspan x={tenths(lx)} dy={if k == 0 { "0" } else { "1.2em" }}>{ *line }</tspan>
                    }) }
                </text>
            </>
        }
    });
    let outlines = props.series.iter().map(|s| {
        // Values outside the scale are drawn at its edge.
        let scored: Vec<(usize, f64)> = s.values.iter().enumerate().filter_map(|(i, v)| v.map(|v| (i, v.clamp(0.0, MAX)))).collect();
        let shape = if scored.len() >= 3 {
            html! { <polygon class={format!("series-{}", s.kind)} points={points(scored.iter().copied(), n)} /> }
        } else if scored.len() == 2 {
            html! { <polyline class={format!("series-{}", s.kind)} points={points(scored.iter().copied(), n)} /> }
        } else {
            html! {}
        };
        let dots = scored.iter().map(|&(i, v)| {
            let (x, y) = point(i, n, v);
            html! { <circle class={format!("dot dot-{}", s.kind)} cx={tenths(x)} cy={tenths(y)} r="3.5" /> }
        });
        html! { <g data-series={s.kind}>{ shape }{ for dots }</g> }
    });
    let band = props.band.as_ref().map(|b| {
        let both: Vec<(usize, f64, f64)> = b
            .low
            .iter()
            .zip(&b.high)
            .enumerate()
            .filter_map(|(i, (l, h))| Some((i, (*l)?.clamp(0.0, MAX), (*h)?.clamp(0.0, MAX))))
            .collect();
        if both.len() < 3 {
            return html! {};
        }
        // The outer edge, then the inner one: even-odd filling leaves the hole inside.
        let outer = points(both.iter().map(|&(i, _, h)| (i, h)), n);
        let inner = points(both.iter().map(|&(i, l, _)| (i, l)), n);
        html! { <path class="band" fill-rule="evenodd" d={format!("M{outer}Z M{inner}Z")} /> }
    });
    html! {
        <figure class="radar-figure">
            <svg class="radar" viewBox={format!("0 {} {} {}", tenths(C - R - 55.0), tenths(SIZE), tenths(2.0 * R + 110.0))} role="img" aria-label={props.title.clone()}>
                { for rings }
                { for axes }
                { for band }
                { for outlines }
            </svg>
            <figcaption>
                <ol class="radar-key">
                    { for props.axes.iter().map(|a| html! { <li>{ a }</li> }) }
                </ol>
                <ul class="legend-key">
                    if let Some(b) = &props.band {
                        <li><span class="swatch swatch-band" aria-hidden="true"></span>{ &b.label }</li>
                    }
                    { for props.series.iter().map(|s| html! {
                        <li><span class={format!("swatch swatch-{}", s.kind)} aria-hidden="true"></span>{ &s.label }</li>
                    }) }
                </ul>
            </figcaption>
        </figure>
    }
}
