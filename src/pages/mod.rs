//! One routed screen per file.
pub mod assess;
pub mod board;
pub mod collection;
pub mod data;
pub mod history;
pub mod home;
pub mod library;
pub mod more;
pub mod not_found;
pub mod plan;
pub mod results;
pub mod shared;
pub mod team;
