//! A CSV of scores across the history, for spreadsheets.
use crate::core::questionnaire::Questionnaire;
use crate::core::scoring::{fmt_score, score};
use crate::core::state::AppData;

pub(crate) fn csv_field(s: &str) -> String {
    // Quote always; also neutralise spreadsheet formulas in text cells (a tab or carriage return
    // first can also start one).
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// Per-pillar scores across the history, one row per completed assessment. `headings` names the
/// first two columns in the person's language (the pillars' names come from `q`).
pub fn history_csv(q: &Questionnaire, data: &AppData, headings: [&str; 2]) -> String {
    let mut out = format!("{},{}", csv_field(headings[0]), csv_field(headings[1]));
    for p in &q.pillars {
        out.push(',');
        out.push_str(&csv_field(&p.name));
    }
    out.push_str("\r\n");
    for s in &data.history {
        let sc = score(q, &s.answers);
        out.push_str(&csv_field(
            &s.date.map(|d| d.to_string()).unwrap_or_default(),
        ));
        let cell = |m: Option<f64>| {
            if m.is_some() {
                fmt_score(m)
            } else {
                String::new()
            }
        };
        out.push(',');
        out.push_str(&cell(sc.overall));
        for p in &sc.pillars {
            out.push(',');
            out.push_str(&cell(p.mean));
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_could_start_a_formula_are_neutralised() {
        for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(csv_field(bad).starts_with("\"'"), "{bad:?}");
        }
        assert_eq!(csv_field("a \"b\""), "\"a \"\"b\"\"\"");
    }
    use crate::core::transfer::fixtures::sample;

    #[test]
    fn the_csv_has_a_row_per_assessment_and_a_column_per_pillar() {
        let q = Questionnaire::builtin();
        let csv = history_csv(q, &sample(), ["Completed", "Overall"]);
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("\"Completed\",\"Overall\","));
        assert!(lines[0].contains("\"Student Engagement, Learning and Outcomes\""));
        assert_eq!(lines[1].split(',').count(), 2 + q.pillars.len());
        assert!(lines[1].starts_with("\"2026-09-01\","));
        assert_eq!(csv_field("=SUM(A1)"), "\"'=SUM(A1)\"");
    }
}
