//! The one place that touches localStorage: load, save, recover from corruption, delete everything.
//! It never writes over data it cannot read: data from a newer build, or damaged data it could
//! not set aside, leaves it read-only until the page is reloaded.
use crate::core::date::Date;
use crate::core::state::{AppData, DATA_SCHEMA};
use crate::core::stored::{self, Slot, Unreadable};
use std::cell::Cell;

/// Every key this app writes starts with this prefix.
pub use crate::core::stored::PREFIX;
/// Where the person's data lives (the schema version is part of the key).
pub fn data_key() -> String {
    stored::data_key(DATA_SCHEMA)
}

/// What can go wrong with the browser's storage (`crate::messages::storage_problem` words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser refuses storage (blocked site data, some private windows).
    Unavailable,
    /// The saved data could not be read; `set_aside` says whether a copy was kept (when not,
    /// nothing is saved: the only copy stays where it is).
    Damaged { set_aside: bool },
    /// The saved data was damaged in part: a copy of it as it was is set aside, and the
    /// `left_out` damaged parts are not shown (the rest is).
    PartlyRead { left_out: usize },
    /// The saved data was written by a newer version of the app: nothing is saved over it.
    Newer,
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

thread_local! {
    /// The stored text as this tab last read or wrote it: anything else under the key is another
    /// tab's change that this tab has not seen yet.
    static SEEN: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// Set when stored data must not be written over (`Newer`, or `Damaged` not set aside).
    static READ_ONLY: Cell<Option<StorageProblem>> = const { Cell::new(None) };
    /// Set while this tab holds a change its last save could not write (storage full, a failed
    /// write): another tab's data must then be merged with it, not taken instead of it.
    static UNSAVED: Cell<bool> = const { Cell::new(false) };
    /// Set when saving stopped because another tab stored what this build cannot read: saving
    /// resumes once another tab stores readable data again.
    static STOPPED_BY_ELSEWHERE: Cell<bool> = const { Cell::new(false) };
    /// Set when saving resumed so (see [`take_resumed`]).
    static RESUMED: Cell<bool> = const { Cell::new(false) };
}

/// Whether saving resumed since last asked, after another tab's unreadable data was replaced by
/// readable data (the message about it can go).
pub fn take_resumed() -> bool {
    RESUMED.replace(false)
}

/// Whether this tab holds a change that is not in storage (its last save failed).
pub fn has_unsaved_change() -> bool {
    UNSAVED.get()
}

/// From now until the page is reloaded, nothing is written over the stored data.
fn stop_saving(why: StorageProblem) {
    READ_ONLY.set(Some(why));
}

/// Lets saving start again without a reload: only for the browser tests, which share one page.
#[doc(hidden)]
pub fn forget_read_only_for_tests() {
    READ_ONLY.set(None);
    STOPPED_BY_ELSEWHERE.set(false);
    RESUMED.set(false);
}

/// Why saving is stopped, if it is.
fn read_only() -> Option<StorageProblem> {
    READ_ONLY.get()
}

/// What loading found.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    pub data: Option<AppData>,
    /// A message for the person when something was wrong.
    pub problem: Option<StorageProblem>,
    /// Damaged stored text, set aside: what can be salvaged of it is still to be taken in.
    pub damaged: Option<String>,
}

impl Loaded {
    fn problem(p: StorageProblem) -> Loaded {
        Loaded {
            data: None,
            problem: Some(p),
            damaged: None,
        }
    }
}

fn keys(s: &web_sys::Storage) -> Result<Vec<String>, StorageProblem> {
    let len = s.length().map_err(|_| StorageProblem::Unavailable)?;
    Ok((0..len).filter_map(|i| s.key(i).ok().flatten()).collect())
}

/// Reads the saved data: this schema's, else the newest older schema's (brought up to this one).
/// Data from a newer build is left alone and stops saving; unreadable data is copied into a
/// rescue slot (never deleted) and reported, and if it cannot be copied, saving stops.
pub fn load() -> Loaded {
    let Some(s) = local() else {
        return Loaded::problem(StorageProblem::Unavailable);
    };
    let keys = match keys(&s) {
        Ok(k) => k,
        Err(p) => return Loaded::problem(p),
    };
    if keys.iter().any(|k| stored::is_newer_key(k)) {
        stop_saving(StorageProblem::Newer);
        return Loaded::problem(StorageProblem::Newer);
    }
    let mut raw = None;
    for schema in (1..=DATA_SCHEMA).rev() {
        match s.get_item(&stored::data_key(schema)) {
            Ok(Some(r)) => {
                raw = Some(r);
                break;
            }
            Ok(None) => {}
            Err(_) => return Loaded::problem(StorageProblem::Unavailable),
        }
    }
    let Some(raw) = raw else {
        return Loaded {
            data: None,
            problem: None,
            damaged: None,
        };
    };
    let current = s.get_item(&data_key()).ok().flatten();
    SEEN.with(|seen| *seen.borrow_mut() = current);
    match stored::read(&raw) {
        Ok(data) => Loaded {
            data: Some(data),
            problem: None,
            damaged: None,
        },
        Err(Unreadable::Newer) => {
            stop_saving(StorageProblem::Newer);
            Loaded::problem(StorageProblem::Newer)
        }
        Err(Unreadable::Damaged) => {
            let set_aside = set_aside(&s, &keys, &raw);
            let problem = StorageProblem::Damaged { set_aside };
            if !set_aside {
                stop_saving(problem);
                return Loaded::problem(problem);
            }
            // A copy is kept: what can still be read of it is taken in once the later screens'
            // code is here (`crate::lazy::salvager`).
            Loaded {
                damaged: Some(raw),
                ..Loaded::problem(problem)
            }
        }
    }
}

/// Copies `raw` into a new dated rescue slot, then drops the oldest beyond the limit.
fn set_aside(s: &web_sys::Storage, keys: &[String], raw: &str) -> bool {
    let mut all = stored::slots(keys.iter().map(String::as_str));
    // Loaded again before anything was saved: the same text is already kept, and more copies
    // of it would push older, different ones out.
    if all
        .iter()
        .any(|old| s.get_item(&old.key()).ok().flatten().as_deref() == Some(raw))
    {
        return true;
    }
    // Newer than every other slot, even when two copies are set aside in one millisecond.
    let newest = all.first().map_or(0, |s| s.stamp + 1);
    let slot = Slot {
        stamp: (js_sys::Date::now() as u64).max(newest),
        date: Some(crate::platform::today()),
    };
    if s.set_item(&slot.key(), raw).is_err() {
        return false;
    }
    all.insert(0, slot);
    for old in stored::slots_to_drop(&all) {
        let _ = s.remove_item(&old.key());
    }
    true
}

/// Whether a key another tab changed is one this tab must look at.
pub fn watches(key: &str) -> bool {
    key == data_key() || stored::is_newer_key(key)
}

/// What another tab stored, as this tab takes it: `Ok(None)` when it removed the data; `Err`
/// when this build cannot read it (then saving stops, so it is not written over).
pub fn observe(key: &str, new_value: Option<&str>) -> Result<Option<AppData>, StorageProblem> {
    if stored::is_newer_key(key) {
        stop_saving(StorageProblem::Newer);
        return Err(StorageProblem::Newer);
    }
    SEEN.with(|seen| *seen.borrow_mut() = new_value.map(str::to_string));
    let read = new_value.map(stored::read);
    if matches!(read, None | Some(Ok(_))) && STOPPED_BY_ELSEWHERE.replace(false) {
        // What stopped saving here has been replaced by readable data: saving resumes.
        READ_ONLY.set(None);
        RESUMED.set(true);
    }
    match read {
        None => Ok(None),
        Some(Ok(d)) => Ok(Some(d)),
        // Another tab wrote what this build cannot read (a newer build's, or damaged data):
        // nothing is written over it from here while it is there.
        Some(Err(why)) => {
            let problem = match why {
                Unreadable::Newer => StorageProblem::Newer,
                Unreadable::Damaged => StorageProblem::Damaged { set_aside: false },
            };
            if read_only().is_none() {
                STOPPED_BY_ELSEWHERE.set(true);
                stop_saving(problem);
            }
            Err(problem)
        }
    }
}

/// Saves everything; a failure is reported (the data stays in memory).
pub fn save(data: &AppData) -> Result<(), StorageProblem> {
    let saved = write(data);
    UNSAVED.set(saved.is_err());
    saved
}

fn write(data: &AppData) -> Result<(), StorageProblem> {
    if let Some(p) = read_only() {
        return Err(p);
    }
    let s = local().ok_or(StorageProblem::Unavailable)?;
    let text = stored::write(data).map_err(|_| StorageProblem::NotSaved)?;
    s.set_item(&data_key(), &text).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into()).ok();
        if name.and_then(|n| n.as_string()).as_deref() == Some("QuotaExceededError") {
            StorageProblem::Full
        } else {
            StorageProblem::NotSaved
        }
    })?;
    SEEN.with(|seen| *seen.borrow_mut() = Some(text));
    Ok(())
}

/// What another tab stored since this tab last read or wrote the data, if anything. Two tabs
/// changing things within moments of each other would otherwise lose one side: this tab's next
/// change is applied on top of the other's (see `AppHandle`), never instead of it. Text this
/// build cannot read is left to the storage event (which stops saving).
pub fn changed_elsewhere() -> Option<AppData> {
    let now = local()?.get_item(&data_key()).ok()?;
    if SEEN.with(|seen| *seen.borrow() == now) {
        return None;
    }
    let data = stored::read(now.as_deref()?).ok()?;
    SEEN.with(|seen| *seen.borrow_mut() = now);
    Some(data)
}

/// A copy of unreadable data, to download.
#[derive(Clone, Debug, PartialEq)]
pub struct Rescued {
    /// The day it was set aside (`None`: by a build with one slot, or not set aside at all).
    pub date: Option<Date>,
    pub text: std::rc::Rc<str>,
}

/// The copies of unreadable data, newest first; while damaged data could not be set aside, it
/// comes first, from where it still is.
pub fn rescued() -> Vec<Rescued> {
    let Some(s) = local() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if read_only() == Some(StorageProblem::Damaged { set_aside: false }) {
        if let Ok(Some(text)) = s.get_item(&data_key()) {
            out.push(Rescued {
                date: None,
                text: text.into(),
            });
        }
    }
    let keys = keys(&s).unwrap_or_default();
    for slot in stored::slots(keys.iter().map(String::as_str)) {
        if let Ok(Some(text)) = s.get_item(&slot.key()) {
            out.push(Rescued {
                date: slot.date,
                text: text.into(),
            });
        }
    }
    out
}

/// Removes every key this app wrote (and lets saving start again), unless they hold data of a
/// newer build, which this one does not even show.
pub fn delete_all() -> Result<(), StorageProblem> {
    if read_only() == Some(StorageProblem::Newer) {
        return Err(StorageProblem::Newer);
    }
    let storage = local().ok_or(StorageProblem::Unavailable)?;
    let keys = keys(&storage).map_err(|_| StorageProblem::NotDeleted)?;
    for k in keys.iter().filter(|k| k.starts_with(PREFIX)) {
        storage
            .remove_item(k)
            .map_err(|_| StorageProblem::NotDeleted)?;
    }
    READ_ONLY.set(None);
    SEEN.with(|seen| *seen.borrow_mut() = None);
    Ok(())
}

/// Where the facilitator's workshop boards live: their own key, apart from the person's data
/// (the board file's `format` is the schema; see `crate::core::board`).
pub const BOARDS_KEY: &str = "pillars.boards.v1";

/// The stored boards as text (`Ok(None)`: none yet).
pub fn load_boards() -> Result<Option<String>, StorageProblem> {
    local()
        .ok_or(StorageProblem::Unavailable)?
        .get_item(BOARDS_KEY)
        .map_err(|_| StorageProblem::Unavailable)
}

/// Stores the boards' text; a failure is reported (the boards stay in memory).
pub fn save_boards(text: &str) -> Result<(), StorageProblem> {
    let s = local().ok_or(StorageProblem::Unavailable)?;
    s.set_item(BOARDS_KEY, text).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into()).ok();
        if name.and_then(|n| n.as_string()).as_deref() == Some("QuotaExceededError") {
            StorageProblem::Full
        } else {
            StorageProblem::NotSaved
        }
    })
}

/// A copy of stored boards that could be read only in part, kept before they are saved over.
const DAMAGED_BOARDS_KEY: &str = "pillars.boards.damaged";

/// Keeps a copy of stored boards' text that could be read only in part; `false` if it could not
/// be kept (then nothing may be saved over them).
pub fn keep_damaged_boards(text: &str) -> bool {
    local().is_some_and(|s| s.set_item(DAMAGED_BOARDS_KEY, text).is_ok())
}

/// The copy kept by [`keep_damaged_boards`], if there is one.
pub fn damaged_boards() -> Option<String> {
    local()?.get_item(DAMAGED_BOARDS_KEY).ok().flatten()
}

/// Where the chosen language is kept (a preference, not part of the person's data or exports).
const LANGUAGE_KEY: &str = "pillars.language";
const ROLE_KEY: &str = "pillars.role";

/// Who the person said is answering, if they said.
pub fn load_role() -> Option<crate::core::questionnaire::Role> {
    let id = local()?.get_item(ROLE_KEY).ok().flatten()?;
    crate::core::questionnaire::Role::parse(&id)
}

/// Remembers who is answering; where storage is refused the choice lasts for this tab only.
pub fn save_role(role: crate::core::questionnaire::Role) {
    if let Some(s) = local() {
        let _ = s.set_item(ROLE_KEY, role.id());
    }
}

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
