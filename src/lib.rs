//! Pillars: a pure core (`core`) with no browser types, and a thin Yew UI on top.

// `k!("nav-assess")`: a catalogue message's key (generated from assets/i18n/en.ftl by build.rs), before
// the modules so that every one of them can use it.
include!(concat!(env!("OUT_DIR"), "/keys.rs"));
pub mod app;
pub mod components;
pub mod core;
pub mod hooks;
pub mod i18n;
pub mod lazy;
pub mod messages;
pub mod pages;
pub mod platform;
pub mod router;
pub mod storage;

pub use app::App;

/// Reads, ahead of the first render, what it would read first: the questionnaire and the
/// built-in words (each is read once and kept), so that work is a task of its own.
pub fn warm_up() {
    let _ = core::questionnaire::Questionnaire::builtin();
    let _ = i18n::Tr::english().t(k!("skip-to-content"));
}
