//! Hooks that give components intentions, not raw state.
pub mod use_app;
pub use use_app::{use_app, AppHandle, AppProvider};
