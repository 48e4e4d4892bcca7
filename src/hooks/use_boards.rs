//! The facilitator's workshop boards as intentions (create, rename, delete, add links, import a
//! board file, remove a participant, set the threshold). The core does the logic; this hook is
//! the edge: it reads and writes the boards' own key and reports what went wrong.
use crate::core::board::{
    Board, BoardFileError, BoardId, Boards, BoardsRead, Entry, Intake, Outcome,
};
use crate::core::date::Date;
use crate::core::questionnaire::Questionnaire;
use crate::core::share::result_link::DecodeError;
use crate::storage::{self, StorageProblem};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Why the boards are not (or not all) kept (`crate::messages::boards_problem` words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoardsProblem {
    /// Reading or writing the browser's storage failed.
    Storage(StorageProblem),
    /// The stored boards could not be read: they stay stored as they are and nothing is
    /// written over them (the boards here are only in this tab until it is reloaded).
    Unreadable(BoardFileError),
    /// The stored boards were read in part: `left_out` damaged boards or results are not
    /// shown; `kept` says whether a copy of the stored text was kept (if not, nothing is
    /// written over it, as for [`BoardsProblem::Unreadable`]).
    PartlyRead { left_out: usize, kept: bool },
}

/// Reads stored boards' text: the boards, the problem to show, and whether the stored text must
/// not be written over.
fn read_stored(text: &str) -> (Boards, Option<BoardsProblem>, bool) {
    match Boards::read(text, questionnaire()) {
        Ok(BoardsRead {
            boards,
            left_out: 0,
        }) => (boards, None, false),
        Ok(BoardsRead { boards, left_out }) => {
            let kept = storage::keep_damaged_boards(text);
            (
                boards,
                Some(BoardsProblem::PartlyRead { left_out, kept }),
                !kept,
            )
        }
        Err(e) => (Boards::new(), Some(BoardsProblem::Unreadable(e)), true),
    }
}

struct Inner {
    boards: Boards,
    problem: Option<BoardsProblem>,
    /// Set when the stored text could not be read: it is never written over.
    keep_stored: bool,
    /// The stored text as this tab last read or wrote it: anything else is another tab's.
    seen: Option<String>,
    /// Set while this tab holds a change its last save could not write.
    unsaved: bool,
}

impl Inner {
    /// Another tab's boards, stored since this tab last read or wrote them, taken in (merged
    /// with this tab's when this tab holds a change it could not save): two tabs never write
    /// over a change the other has not seen. `true` if anything came in.
    fn take_changes_from_elsewhere(&mut self) -> bool {
        if self.keep_stored {
            return false;
        }
        let Ok(now) = storage::load_boards() else {
            return false;
        };
        if now == self.seen {
            return false;
        }
        let theirs = match now.as_deref().map(read_stored) {
            None => Boards::new(),
            Some((b, None, _)) => b,
            // Unreadable (a newer build's, or damaged): never written over from this tab, which
            // says so (as a tab that opened on them would).
            Some((_, Some(p @ BoardsProblem::Unreadable(_)), _)) => {
                self.keep_stored = true;
                self.problem = Some(p);
                return true;
            }
            // Read in part: the rest is taken in, as a tab that opened on them would.
            Some((b, p, keep)) => {
                self.keep_stored = keep;
                self.problem = p;
                b
            }
        };
        let base = std::mem::replace(&mut self.seen, now);
        if self.unsaved {
            // What both tabs last had in common: what either removed since stays removed.
            let base = (base.as_deref())
                .and_then(|t| Boards::read(t, questionnaire()).ok())
                .map(|r| r.boards)
                .unwrap_or_default();
            self.boards.merge_since(&base, &theirs, questionnaire());
            self.save();
        } else {
            self.boards = theirs;
        }
        true
    }

    fn save(&mut self) {
        if self.keep_stored {
            return;
        }
        let text = self.boards.to_json();
        let saved = storage::save_boards(&text);
        self.unsaved = saved.is_err();
        self.problem = saved.err().map(BoardsProblem::Storage);
        if !self.unsaved {
            self.seen = Some(text);
        }
    }
}

/// The boards and their verbs. Every verb saves at once.
#[derive(Clone)]
pub struct BoardsHandle {
    inner: Rc<RefCell<Inner>>,
    update: UseForceUpdateHandle,
}

/// The same boards (a component given the handle draws again with its owner's changes).
impl PartialEq for BoardsHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

fn questionnaire() -> &'static Questionnaire {
    Questionnaire::builtin()
}

fn load() -> Inner {
    let stored = storage::load_boards();
    let (boards, problem, keep_stored) = match &stored {
        Ok(None) => (Boards::new(), None, false),
        Ok(Some(text)) => read_stored(text),
        Err(p) => (Boards::new(), Some(BoardsProblem::Storage(*p)), false),
    };
    Inner {
        keep_stored,
        boards,
        problem,
        seen: stored.ok().flatten(),
        unsaved: false,
    }
}

impl BoardsHandle {
    pub fn list(&self) -> Vec<Board> {
        self.inner.borrow().boards.list().to_vec()
    }

    /// Every board, as one value (the export's), as stored now: with what another tab or this
    /// one's "Delete all my data" changed since they were read.
    pub fn all(&self) -> Boards {
        let mut inner = self.inner.borrow_mut();
        inner.take_changes_from_elsewhere();
        inner.boards.clone()
    }

    pub fn get(&self, id: BoardId) -> Option<Board> {
        self.inner.borrow().boards.get(id).cloned()
    }

    pub fn problem(&self) -> Option<BoardsProblem> {
        self.inner.borrow().problem
    }

    /// Changes the boards with `f`, saves them and redraws; what `f` returned.
    fn change<T>(&self, f: impl FnOnce(&mut Boards) -> T) -> T {
        let out = {
            let mut inner = self.inner.borrow_mut();
            inner.take_changes_from_elsewhere();
            let out = f(&mut inner.boards);
            inner.save();
            keep_if_unsaved(&self.inner, inner.unsaved);
            out
        };
        self.update.force_update();
        out
    }

    fn on_board<T: Default>(&self, id: BoardId, f: impl FnOnce(&mut Board) -> T) -> T {
        self.change(|b| b.get_mut(id).map(f).unwrap_or_default())
    }

    /// A new board; `None` when there are too many.
    pub fn create(&self, name: &str, date: Date) -> Option<BoardId> {
        self.change(|b| b.create(name, date))
    }

    pub fn rename(&self, id: BoardId, name: &str) {
        self.change(|b| b.rename(id, name));
    }

    pub fn set_date(&self, id: BoardId, date: Date) {
        self.on_board(id, |b| b.set_date(date));
    }

    pub fn delete(&self, id: BoardId) {
        self.change(|b| b.delete(id));
    }

    /// Every result link in `text`, each with its outcome.
    pub fn add_text(&self, id: BoardId, text: &str) -> Intake {
        let today = crate::platform::today();
        self.on_board(id, |b| b.add_text(text, questionnaire(), today))
    }

    /// The results of every board in a board file, taken into this board (what the file had
    /// damaged beyond reading counts as damaged results).
    pub fn import(&self, id: BoardId, file: &BoardsRead) -> Intake {
        let outcomes: Vec<Outcome> = self.on_board(id, |b| {
            let unread = Outcome::Damaged(DecodeError::NotACode);
            (file.boards.list().iter())
                .flat_map(|other| b.add_board(other, questionnaire(), false))
                .chain(std::iter::repeat_n(unread, file.left_out))
                .collect()
        });
        Intake {
            outcomes,
            ..Intake::default()
        }
    }

    /// Takes in an export's boards as another tab's are taken in (a board with the same name and
    /// day gets the results of both); `true` if the boards are saved.
    pub fn take_in(&self, other: &Boards) -> bool {
        self.change(|b| b.merge(other, questionnaire()));
        let inner = self.inner.borrow();
        !inner.unsaved && !inner.keep_stored
    }

    /// Removes the participant; what was removed, with its place, for an undo.
    pub fn remove(&self, id: BoardId, code: &str) -> Option<(usize, Entry)> {
        self.on_board(id, |b| {
            let removed = b.removal(code);
            b.remove(code);
            removed
        })
    }

    /// Puts a removed participant back where it was.
    pub fn restore(&self, id: BoardId, at: usize, entry: Entry) {
        self.on_board(id, |b| b.restore(at, entry));
    }

    pub fn set_threshold(&self, id: BoardId, k: usize) {
        self.on_board(id, |b| b.set_threshold(k));
    }
}

thread_local! {
    /// The boards of this tab while they hold a change that could not be saved (storage full):
    /// kept for as long as the tab is open, so leaving the board screen and coming back loses
    /// nothing; saved again when the screen opens and at each change.
    static UNSAVED: RefCell<Option<Rc<RefCell<Inner>>>> = const { RefCell::new(None) };
}

fn keep_if_unsaved(inner: &Rc<RefCell<Inner>>, unsaved: bool) {
    UNSAVED.with(|u| *u.borrow_mut() = unsaved.then(|| Rc::clone(inner)));
}

/// This tab's unsaved boards if it has some (another tab's changes taken in, and saved again if
/// there is room now), else the boards as stored.
fn open() -> Rc<RefCell<Inner>> {
    let Some(kept) = UNSAVED.with(|u| u.borrow().clone()) else {
        return Rc::new(RefCell::new(load()));
    };
    {
        let mut inner = kept.borrow_mut();
        if !inner.take_changes_from_elsewhere() {
            inner.save();
        }
        keep_if_unsaved(&kept, inner.unsaved);
    }
    kept
}

/// The boards, read from storage when the screen opens and again whenever another tab changes
/// them.
#[hook]
pub fn use_boards() -> BoardsHandle {
    let inner = use_memo((), |_| open());
    let update = use_force_update();
    {
        let (inner, update) = (Rc::clone(&*inner), update.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "storage", move |e| {
                    use wasm_bindgen::JsCast;
                    let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                    if key.as_deref() == Some(storage::BOARDS_KEY)
                        && inner.borrow_mut().take_changes_from_elsewhere()
                    {
                        update.force_update();
                    }
                })
            });
            move || drop(listener)
        });
    }
    BoardsHandle {
        inner: Rc::clone(&*inner),
        update,
    }
}
