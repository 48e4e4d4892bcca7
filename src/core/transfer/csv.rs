//! A CSV of scores across the history, for spreadsheets; and how every CSV of the app is written
//! for the spreadsheet of the person's language ([`CsvStyle`]).
use crate::core::questionnaire::Questionnaire;
use crate::core::scoring::{fmt_score, score};
use crate::core::state::AppData;

/// How a spreadsheet in the person's language reads a CSV it opens: where ',' is the decimal
/// mark (French), cells are separated by ';' (a French spreadsheet would otherwise put each row
/// in one cell) and numbers are written with ','; elsewhere ',' and '.'. Every CSV starts with
/// a byte-order mark, so a spreadsheet reads "Côté" as UTF-8 rather than as "CÃ´tÃ©".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvStyle {
    decimal: char,
}

impl Default for CsvStyle {
    fn default() -> Self {
        CsvStyle::with_decimal('.')
    }
}

impl CsvStyle {
    /// The style of a language whose decimal mark is `decimal`.
    pub fn with_decimal(decimal: char) -> CsvStyle {
        CsvStyle {
            decimal: if decimal == ',' { ',' } else { '.' },
        }
    }

    /// What separates two cells.
    pub fn separator(self) -> char {
        if self.decimal == ',' {
            ';'
        } else {
            ','
        }
    }

    /// A number written with '.' (as the core writes them) in this style.
    pub fn number(self, text: String) -> String {
        if self.decimal == '.' {
            text
        } else {
            text.replace('.', ",")
        }
    }

    /// A CSV's start: the byte-order mark.
    pub fn start(self) -> String {
        String::from('\u{FEFF}')
    }

    /// Appends a row of `cells` (already quoted or numbers in this style) and its CRLF.
    pub fn row(self, out: &mut String, cells: impl IntoIterator<Item = String>) {
        for (i, c) in cells.into_iter().enumerate() {
            if i > 0 {
                out.push(self.separator());
            }
            out.push_str(&c);
        }
        out.push_str("\r\n");
    }
}

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
pub fn history_csv(
    q: &Questionnaire,
    data: &AppData,
    headings: [&str; 2],
    style: CsvStyle,
) -> String {
    let mut out = style.start();
    let head = headings
        .iter()
        .copied()
        .chain(q.pillars.iter().map(|p| p.name.as_str()));
    style.row(&mut out, head.map(csv_field));
    let cell = |m: Option<f64>| {
        if m.is_some() {
            style.number(fmt_score(m))
        } else {
            String::new()
        }
    };
    for s in &data.history {
        let sc = score(q, &s.answers);
        let date = csv_field(&s.date.map(|d| d.to_string()).unwrap_or_default());
        let scores = std::iter::once(sc.overall).chain(sc.pillars.iter().map(|p| p.mean));
        style.row(&mut out, std::iter::once(date).chain(scores.map(cell)));
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
        let csv = history_csv(q, &sample(), ["Completed", "Overall"], CsvStyle::default());
        let csv = csv
            .strip_prefix('\u{FEFF}')
            .expect("a byte-order mark first");
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("\"Completed\",\"Overall\","));
        assert!(lines[0].contains("\"Student Engagement, Learning and Outcomes\""));
        assert_eq!(lines[1].split(',').count(), 2 + q.pillars.len());
        assert!(lines[1].starts_with("\"2026-09-01\","));
        assert_eq!(csv_field("=SUM(A1)"), "\"'=SUM(A1)\"");
    }

    #[test]
    fn a_french_spreadsheet_gets_semicolons_and_decimal_commas() {
        let q = Questionnaire::builtin();
        let english = history_csv(q, &sample(), ["C", "O"], CsvStyle::with_decimal('.'));
        let french = history_csv(q, &sample(), ["C", "O"], CsvStyle::with_decimal(','));
        let row = |csv: &str| csv.trim_end().split("\r\n").nth(1).unwrap().to_string();
        let (en, fr) = (row(&english), row(&french));
        assert_eq!(fr.split(';').count(), 2 + q.pillars.len());
        assert_eq!(fr, en.replace(',', ";").replace('.', ","));
        assert!(en.contains('.') && !fr.contains('.'), "{en} / {fr}");
    }
}
