//! The board as CSV, for spreadsheets: the pillars' spread, the items' distributions and, only
//! when the facilitator shows names (and never below the threshold), one row per participant.
//! Sections are separated by an empty line. Text cells are quoted and neutralised against
//! formulas; numbers are written with one decimal, in the person's spreadsheet's style
//! ([`CsvStyle`]: ',' and '.', or ';' and ','); a withheld statistic is an empty cell
//! (its count is kept).
use super::aggregate::{item_pillars, Guarded, Team, Tenths};
use super::boards::Board;
use crate::core::answers::from_order;
use crate::core::level::Level;
use crate::core::number::tenths;
use crate::core::pillar::PillarId;
use crate::core::questionnaire::Questionnaire;
use crate::core::scoring::score;
pub(super) use crate::core::transfer::csv::csv_field as cell;
use crate::core::transfer::CsvStyle;

/// Whether participants' names may be shown (hidden unless the facilitator asks).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Names {
    #[default]
    Hidden,
    Shown,
}

/// The column headings, from the UI's catalogue (the core writes no words of its own; pillar
/// names, item prompts and level names come from the questionnaire given).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CsvWords {
    pub pillar: String,
    pub item: String,
    /// "Results" (how many answered an item, "not applicable" included).
    pub count: String,
    /// "Results with a score" (how many have a score in a pillar: not every item not
    /// applicable).
    pub scored: String,
    pub minimum: String,
    pub lower_quartile: String,
    pub median: String,
    pub upper_quartile: String,
    pub maximum: String,
    pub not_applicable: String,
    pub mean: String,
    pub disagreement: String,
    pub participant: String,
    /// The result's date.
    pub date: String,
    /// Separators and decimal mark of the person's spreadsheet.
    pub style: CsvStyle,
}

/// The team's aggregates: a row per pillar, then a row per item.
pub fn team_csv(q: &Questionnaire, team: &Team, words: &CsvWords) -> String {
    let w = words;
    let mut out = w.style.start();
    let row = |out: &mut String, cells: Vec<String>| w.style.row(out, cells);
    let tenth = |t: Tenths| w.style.number(tenths(t.as_f64()));
    row(
        &mut out,
        [
            &w.pillar,
            &w.scored,
            &w.minimum,
            &w.lower_quartile,
            &w.median,
            &w.upper_quartile,
            &w.maximum,
        ]
        .map(|s| cell(s))
        .to_vec(),
    );
    for (pillar, g) in team.pillars.iter() {
        let mut cells = vec![cell(pillar_name(q, pillar)), g.count().to_string()];
        if let Guarded::Shown(s) = g {
            cells.extend([s.min, s.q1, s.median, s.q3, s.max].map(tenth));
        } else {
            cells.extend((0..5).map(|_| String::new()));
        }
        row(&mut out, cells);
    }
    out.push_str("\r\n");
    let mut head = vec![cell(&w.pillar), cell(&w.item), cell(&w.count)];
    head.extend(Level::all().map(|l| cell(q.level_name(l))));
    head.extend([&w.not_applicable, &w.mean, &w.disagreement].map(|s| cell(s)));
    row(&mut out, head);
    for ((item, pillar), g) in q.items().zip(item_pillars(q)).zip(&team.items) {
        let mut cells = vec![
            cell(pillar_name(q, pillar)),
            cell(&item.prompt),
            g.count().to_string(),
        ];
        match g {
            Guarded::Shown(s) => {
                cells.extend(s.levels.iter().map(usize::to_string));
                cells.push(s.not_applicable.to_string());
                let number = |v: Option<f64>| v.map(|v| w.style.number(tenths(v)));
                cells.push(number(s.mean()).unwrap_or_default());
                cells.push(number(s.disagreement()).unwrap_or_default());
            }
            Guarded::Withheld { .. } => cells.extend((0..8).map(|_| String::new())),
        }
        row(&mut out, cells);
    }
    out
}

/// The board's CSV: [`team_csv`], then, with [`Names::Shown`] and at least k results, a row
/// per participant (name, result date, pillar scores); `unnamed(n)` names participant number n
/// ([`super::Entry::number`]) where they put no name in their link, as the board does.
pub fn board_csv(
    q: &Questionnaire,
    board: &Board,
    words: &CsvWords,
    names: Names,
    unnamed: &dyn Fn(u32) -> String,
) -> String {
    let team = board.team(q);
    let mut out = team_csv(q, &team, words);
    if names == Names::Hidden || !team.is_shown() {
        return out;
    }
    out.push_str("\r\n");
    let mut head = vec![cell(&words.participant), cell(&words.date)];
    head.extend(q.pillars.iter().map(|p| cell(&p.name)));
    let style = words.style;
    style.row(&mut out, head);
    for e in board.entries() {
        let r = e.result();
        let mut cells = vec![
            cell(&e.name().map_or_else(|| unnamed(e.number()), str::to_string)),
            cell(&r.date.map(|d| d.iso()).unwrap_or_default()),
        ];
        let s = score(q, &from_order(q, &r.answers));
        cells.extend(
            s.pillars
                .iter()
                .map(|p| p.mean.map(|m| style.number(tenths(m))).unwrap_or_default()),
        );
        style.row(&mut out, cells);
    }
    out
}

fn pillar_name(q: &Questionnaire, p: PillarId) -> &str {
    q.pillars.get(p.index()).map_or("", |p| p.name.as_str())
}
