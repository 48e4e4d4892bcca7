//! The pure core: content, answers, scoring, codec, library search and plan. No browser types here.
pub mod answers;
pub mod catalogue;
pub mod codec;
pub mod date;
pub mod i18n;
pub mod library;
pub mod number;
pub mod qr;
pub mod questionnaire;
pub mod scoring;
pub mod state;
pub mod transfer;
pub mod translation;
