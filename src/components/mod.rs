//! Reusable parts of the screens, one component per file.
pub mod item_question;
pub mod level_legend;
pub mod nav;
pub mod progress;
pub mod radar;
pub mod recommendations;
pub mod resource_card;
pub mod result_view;
pub mod share_panel;
pub mod status;
