//! The one place that touches localStorage: load, save, recover from corruption, delete everything.
use crate::core::state::{AppData, DATA_SCHEMA};
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

/// Every key this app writes starts with this prefix.
pub const PREFIX: &str = "pillars.";
/// Where the person's data lives (the schema version is part of the key).
pub fn data_key() -> String {
    format!("{PREFIX}v{DATA_SCHEMA}.data")
}
/// Where unreadable data is set aside, so nothing is ever lost.
pub fn rescue_key() -> String {
    format!("{PREFIX}v{DATA_SCHEMA}.unreadable")
}

/// What can go wrong with the browser's storage (`crate::messages::storage_problem` words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser refuses storage (blocked site data, some private windows).
    Unavailable,
    /// The saved data could not be read; `set_aside` says whether a copy was kept.
    Damaged { set_aside: bool },
    /// The storage for this site is full.
    Full,
    /// A write failed for another reason.
    NotSaved,
    /// Storage could not be listed or a key could not be removed.
    NotDeleted,
}

/// The browser's localStorage, if it lets us have it (accessing it can throw).
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What loading found.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    pub data: Option<AppData>,
    /// A message for the person when something was wrong.
    pub problem: Option<StorageProblem>,
}

/// Reads the saved data. Unreadable data is copied aside (never deleted) and reported.
pub fn load() -> Loaded {
    let raw = match read_raw() {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Loaded {
                data: None,
                problem: None,
            }
        }
        Err(problem) => {
            return Loaded {
                data: None,
                problem: Some(problem),
            }
        }
    };
    match parse(&raw) {
        Ok(data) => Loaded {
            data: Some(data),
            problem: None,
        },
        Err(_) => {
            let kept = local().is_some_and(|s| s.set_item(&rescue_key(), &raw).is_ok());
            Loaded {
                data: None,
                problem: Some(StorageProblem::Damaged { set_aside: kept }),
            }
        }
    }
}

fn read_raw() -> Result<Option<String>, StorageProblem> {
    local()
        .ok_or(StorageProblem::Unavailable)?
        .get_item(&data_key())
        .map_err(|_| StorageProblem::Unavailable)
}

/// Parses saved (or another tab's) data.
pub fn parse(raw: &str) -> Result<AppData, serde_json::Error> {
    serde_json::from_str(raw)
}

/// Saves everything; a failure is reported (the data stays in memory).
pub fn save(data: &AppData) -> Result<(), StorageProblem> {
    if local().is_none() {
        return Err(StorageProblem::Unavailable);
    }
    LocalStorage::set(data_key(), data).map_err(|e| match e {
        StorageError::JsError(js) if js.name == "QuotaExceededError" => StorageProblem::Full,
        _ => StorageProblem::NotSaved,
    })
}

/// The text of unreadable data that was set aside, if any.
pub fn rescued() -> Option<String> {
    local()?.get_item(&rescue_key()).ok().flatten()
}

/// Removes every key this app wrote.
pub fn delete_all() -> Result<(), StorageProblem> {
    let storage = local().ok_or(StorageProblem::Unavailable)?;
    let len = storage.length().map_err(|_| StorageProblem::NotDeleted)?;
    let keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for k in keys {
        storage
            .remove_item(&k)
            .map_err(|_| StorageProblem::NotDeleted)?;
    }
    Ok(())
}

/// Where the chosen language is kept (a preference, not part of the person's data or exports).
const LANGUAGE_KEY: &str = "pillars.language";

/// The language the person chose, if any.
pub fn load_language() -> Option<String> {
    local()?.get_item(LANGUAGE_KEY).ok().flatten()
}

/// Remembers the chosen language; where storage is refused the choice lasts for this tab only.
pub fn save_language(code: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(LANGUAGE_KEY, code);
    }
}
