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

/// Said when the browser refuses storage (blocked site data, some private windows).
pub const UNAVAILABLE: &str = "This browser does not let Pillars keep data (site data may be blocked, or this is \
     a private window), so nothing will be saved after you close this tab. Your answers stay while it is open: \
     download them from Your data before you leave.";

/// The browser's localStorage, if it lets us have it (accessing it can throw).
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What loading found.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    pub data: Option<AppData>,
    /// A message for the person when something was wrong.
    pub problem: Option<String>,
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
        Err(msg) => {
            return Loaded {
                data: None,
                problem: Some(msg),
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
            let problem = if kept {
                "Your saved answers could not be read (the stored data is damaged). A copy was set aside \
                 and you can download it from Your data; you are starting afresh."
            } else {
                "Your saved answers could not be read (the stored data is damaged), and there was no room \
                 to set a copy aside. Download it from Your data before changing anything."
            };
            Loaded {
                data: None,
                problem: Some(problem.to_string()),
            }
        }
    }
}

fn read_raw() -> Result<Option<String>, String> {
    local()
        .ok_or_else(|| UNAVAILABLE.to_string())?
        .get_item(&data_key())
        .map_err(|_| UNAVAILABLE.to_string())
}

/// Parses saved (or another tab's) data.
pub fn parse(raw: &str) -> Result<AppData, serde_json::Error> {
    serde_json::from_str(raw)
}

/// Saves everything; a failure is described for the person (the data stays in memory).
pub fn save(data: &AppData) -> Result<(), String> {
    if local().is_none() {
        return Err(UNAVAILABLE.to_string());
    }
    LocalStorage::set(data_key(), data).map_err(|e| match e {
        StorageError::JsError(js) if js.name == "QuotaExceededError" => {
            "Your browser's storage for this site is full, so your latest changes are not saved. \
             Download your data from Your data, then free some space."
                .to_string()
        }
        _ => "Your latest changes could not be saved in this browser. Keep this tab open and download \
              your data from Your data."
            .to_string(),
    })
}

/// The text of unreadable data that was set aside, if any.
pub fn rescued() -> Option<String> {
    local()?.get_item(&rescue_key()).ok().flatten()
}

/// Removes every key this app wrote.
pub fn delete_all() -> Result<(), String> {
    let storage = local().ok_or_else(|| UNAVAILABLE.to_string())?;
    let len = storage
        .length()
        .map_err(|_| "Storage could not be read.".to_string())?;
    let keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for k in keys {
        storage
            .remove_item(&k)
            .map_err(|_| "Some data could not be deleted.".to_string())?;
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
