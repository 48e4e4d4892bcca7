//! Moving data between browsers: one versioned JSON file with everything, a preview of what an
//! import adds or replaces, the merge itself, and a CSV of scores across the history.
pub(crate) mod csv;
mod export;
mod merge;
mod preview;

pub use csv::{history_csv, CsvStyle};
pub use export::{
    export_answered_as, export_json, parse_export, ImportError, ImportFile, FILE_KIND,
    MAX_IMPORT_BYTES,
};
pub use merge::{merge, merge_tabs};
pub use preview::{preview, ImportPreview, Line};

#[cfg(test)]
mod fixtures {
    use crate::core::answers::lv;
    use crate::core::date::Date;
    use crate::core::level::Level;
    use crate::core::library::Library;
    use crate::core::pillar::PillarId;
    use crate::core::questionnaire::Questionnaire;
    use crate::core::state::{Action, AppData};

    pub fn day(iso: &str) -> Date {
        Date::parse(iso).expect("a date")
    }

    pub fn sample() -> AppData {
        let q = Questionnaire::builtin();
        let mut d = AppData::new(q.version, &day("2026-09-01"));
        for (n, item) in q.items().enumerate() {
            d.apply(
                Action::Answer {
                    item: item.id.clone(),
                    answer: lv((n % 5) as u8 + 1),
                },
                Library::builtin(),
            );
        }
        d.apply(
            Action::Complete {
                id: "1".into(),
                today: day("2026-09-01"),
            },
            Library::builtin(),
        );
        d.apply(
            Action::SetTarget {
                pillar: PillarId::parse("branding").expect("a pillar"),
                level: Level::new(4),
            },
            Library::builtin(),
        );
        d.apply(
            Action::ToggleBookmark {
                id: "culture-of-yes".into(),
            },
            Library::builtin(),
        );
        d
    }
}
