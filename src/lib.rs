//! Pillars: a pure core (`core`) with no browser types, and a thin Yew UI on top.
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
