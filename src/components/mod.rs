//! Reusable parts of the screens, one component per file.
pub mod answer_list;
pub mod import_collection;
pub mod item_question;
pub mod language_picker;
pub mod level_legend;
pub mod nav;
pub mod progress;
pub mod radar;
pub mod recommendations;
pub mod resource_card;
pub mod resource_form;
pub mod result_summary;
pub mod result_view;
pub mod share_collection;
pub mod share_panel;
pub mod status;
