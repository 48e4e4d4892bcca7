//! Hooks that give components intentions, not raw state.
pub mod use_app;
pub mod use_boards;
pub mod use_current_pillar;
pub mod use_file_import;
pub mod use_focus;
pub mod use_library_filter;
pub mod use_own_resources;
pub use use_app::{use_app, AppHandle, AppProvider};
pub use use_boards::{use_boards, BoardsHandle, BoardsProblem};
pub use use_current_pillar::use_current_pillar;
pub use use_file_import::{use_file_import, FileImport, Import};
pub use use_focus::use_focus_after_render;
pub use use_library_filter::{use_library_filter, LibraryFilter};
