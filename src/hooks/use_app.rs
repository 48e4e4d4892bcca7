//! The app's state as a context: a reducer over the pure core's `AppData`, saved at the edge.
use crate::core::answers::Answer;
use crate::core::level::Level;
use crate::core::library::Resource;
use crate::core::pillar::PillarId;
use crate::core::questionnaire::{Questionnaire, Role};
use crate::core::share::result_link::SharedResult;
use crate::core::state::{Action, AppData, SavedShare};
use crate::core::transfer::merge;
use crate::platform;
use crate::storage;
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub data: AppData,
    /// Whether `data` changed here (and must be saved) rather than arriving from storage.
    persist: bool,
    /// Increments on every change made here; the save effect keys on it.
    revision: u64,
}

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut data = self.data.clone();
        let persist = match action {
            // Another tab's data while this tab holds a change it could not save (storage full):
            // both, record by record (this tab's change wins where both changed the same
            // record), saved again; taking the other's instead would lose this tab's change.
            // The merge lives in the second chunk (preloaded at start); in the moment before
            // it is here, this tab's data stays as it is.
            Action::Synced(incoming) if storage::has_unsaved_change() => {
                if let Some(merge_tabs) = crate::lazy::tab_merger() {
                    data = merge_tabs(&incoming, &self.data);
                }
                true
            }
            // Data from another tab is already stored; after deleting everything, nothing may
            // be written back.
            action => {
                let persist = !matches!(action, Action::Synced(_) | Action::DeleteAll);
                data.apply(action, crate::core::library::Library::builtin());
                persist
            }
        };
        Rc::new(AppState {
            data,
            persist,
            revision: self.revision + 1,
        })
    }
}

/// What a component gets: the data, any problem to show, and verbs.
#[derive(Clone, PartialEq)]
pub struct AppHandle {
    state: UseReducerHandle<AppState>,
    /// A problem with storage (load or save), shown in a banner.
    pub problem: Option<crate::storage::StorageProblem>,
    /// Set when another tab changed the data.
    pub synced_from_other_tab: bool,
    /// Copies of unreadable data, newest first (read once at start, not on every render).
    rescued: Rc<Vec<crate::storage::Rescued>>,
    /// The language in use: a change re-renders every screen, so content follows it.
    language: Rc<str>,
    /// Who is answering, if the person said (a preference kept apart from the data).
    role: Option<Role>,
    set_role: Callback<Role>,
    /// Asks for a teacher's wording in the language in use (someone else's result to show).
    want_teacher: Callback<()>,
    /// Bumped when a teacher's wording or the English hints arrive, so the screens draw with them.
    wording: u32,
}

thread_local! {
    /// The questionnaire as a teacher reads it, by language, once fetched.
    static TEACHER: std::cell::RefCell<std::collections::BTreeMap<String, &'static Questionnaire>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// The verbs: everything a screen can do to the person's data. The clock, ids, merging and
/// storage sit here, at the edge; no page needs `Action`, `storage` or `platform` for them.
impl AppHandle {
    pub fn data(&self) -> &AppData {
        &self.state.data
    }
    /// The questionnaire in the language in use, worded for who is answering (its ids, order
    /// and version are the same in all).
    pub fn questionnaire(&self) -> &'static Questionnaire {
        let teacher = (self.role() == Role::Teacher)
            .then(|| TEACHER.with(|t| t.borrow().get(&*self.language).copied()))
            .flatten();
        teacher.unwrap_or_else(crate::i18n::questionnaire)
    }
    /// The questionnaire in the language in use as `role` was asked it (for someone else's
    /// result, which says who answered); `None` while a teacher's wording is on its way (it is
    /// fetched, and the screens draw again when it is here).
    pub fn questionnaire_as(&self, role: Role) -> Option<&'static Questionnaire> {
        match role {
            Role::Leader => Some(crate::i18n::questionnaire()),
            Role::Teacher => TEACHER.with(|t| t.borrow().get(&*self.language).copied()),
        }
    }
    /// Fetches a teacher's wording in the language in use, if it is not here yet.
    pub fn want_teacher_wording(&self) {
        self.want_teacher.emit(());
    }
    /// Who is answering (a leader until the person says otherwise).
    pub fn role(&self) -> Role {
        self.role.unwrap_or_default()
    }
    /// Whether the person has said who is answering.
    pub fn role_chosen(&self) -> bool {
        self.role.is_some()
    }
    /// Says who is answering: remembered; a teacher's leader items become "not applicable"
    /// (where unanswered), a leader's come back to be answered.
    pub fn answer_as(&self, role: Role) {
        self.remember_role(role);
        self.act(leader_items(role));
    }
    /// Remembers who is answering and words the questions for them, answers left as they are
    /// (an import's: they were given as that person).
    pub fn remember_role(&self, role: Role) {
        storage::save_role(role);
        self.set_role.emit(role);
    }
    /// Today's date where the person is.
    pub fn today(&self) -> crate::core::date::Date {
        platform::today()
    }
    fn act(&self, action: Action) {
        self.take_changes_from_elsewhere();
        self.state.dispatch(action);
    }
    /// Another tab's change that has not reached this tab yet (its storage event is still on
    /// the way) goes under the next change made here, never away; returns the data it brought.
    fn take_changes_from_elsewhere(&self) -> Option<AppData> {
        let fresh = storage::changed_elsewhere()?;
        self.state.dispatch(Action::Synced(Box::new(fresh.clone())));
        Some(fresh)
    }
    /// The data as it is now, another tab's newest change included.
    fn current(&self) -> AppData {
        self.take_changes_from_elsewhere()
            .unwrap_or_else(|| self.data().clone())
    }

    // The plan
    /// Applies a change to the plan (saved like every other change).
    pub fn plan(&self, change: crate::core::plan::Change) {
        let mut plan = self.current().plan.read();
        plan.apply(change);
        self.act(Action::Plan(crate::core::plan::StoredPlan::of(&plan)));
    }
    /// Adds a focus on a pillar or an item, standing where the latest completed assessment (or
    /// the one in progress) puts it, aiming at the pillar's target if one is set.
    pub fn add_focus(&self, target: crate::core::plan::FocusTarget) {
        use crate::core::plan::{default_aim, standing, Change};
        let data = self.data();
        let answers = data.latest_answers();
        self.plan(Change::AddFocus {
            id: platform::timestamp_id(),
            from: standing(self.questionnaire(), answers, &target),
            aim: default_aim(&data.targets, &target),
            target,
            today: platform::today(),
        });
    }
    /// Adds a not-started action `what` to the focus.
    /// Adds an action to the plan; the id of its "what" field (`act-<id>-what`, as the action's
    /// card names it), for focus to go to.
    pub fn add_action(&self, focus: crate::core::plan::FocusId, what: String) -> String {
        use crate::core::plan::{Change, PlanAction};
        let id = platform::timestamp_id();
        let field = format!("act-{id}-what");
        let action = PlanAction::new(id, focus, what, platform::today());
        self.plan(Change::AddAction(action));
        field
    }

    // The assessment
    pub fn answer(&self, item: String, answer: Answer) {
        self.act(Action::Answer { item, answer });
    }
    pub fn go_to_pillar(&self, index: usize) {
        self.act(Action::GoToPillar(index));
    }
    /// Stores the answers as today's snapshot in the history. At the first completed assessment
    /// the browser is asked to keep the data (so "come back next term" finds it).
    pub fn complete(&self) {
        let first = self.data().history.is_empty();
        self.act(Action::Complete {
            id: platform::timestamp_id(),
            today: platform::today(),
        });
        if first {
            wasm_bindgen_futures::spawn_local(async {
                let _ = platform::request_persistent_storage().await;
            });
        }
    }
    /// Sets the current answers aside (recoverable) and starts a blank assessment.
    pub fn start_over(&self) {
        self.act(Action::StartOver {
            version: self.questionnaire().version,
            today: platform::today(),
        });
        if self.role() == Role::Teacher {
            self.act(leader_items(Role::Teacher));
        }
    }
    pub fn restore_previous(&self) {
        self.act(Action::RestorePrevious);
    }

    // Results and history
    /// Sets (or, with `None` or a number that is no level, clears) the target of a pillar.
    pub fn set_target(&self, pillar: &str, level: Option<u8>) {
        if let Some(pillar) = PillarId::parse(pillar) {
            let level = level.and_then(Level::new);
            self.act(Action::SetTarget { pillar, level });
        }
    }
    pub fn delete_snapshot(&self, id: String) {
        self.act(Action::DeleteSnapshot { id });
    }
    pub fn set_display_name(&self, name: String) {
        self.act(Action::SetDisplayName(name));
    }
    /// Keeps a result someone shared, apart from the person's own history.
    pub fn save_share(&self, code: String, result: SharedResult) {
        self.act(Action::SaveShare(SavedShare {
            code,
            saved: Some(platform::today()),
            result,
        }));
    }
    pub fn remove_share(&self, code: String) {
        self.act(Action::RemoveShare { code });
    }

    // The library
    pub fn toggle_bookmark(&self, id: String) {
        self.act(Action::ToggleBookmark { id });
    }
    pub fn toggle_done(&self, id: String) {
        self.act(Action::ToggleDone { id });
    }
    pub fn set_note(&self, id: String, note: String) {
        self.act(Action::SetNote { id, note });
    }
    /// Adds the person's own resource, or replaces the one with its id.
    pub fn put_own_resource(&self, resource: Resource) {
        self.act(Action::PutOwnResource(resource));
    }
    pub fn delete_own_resource(&self, id: String) {
        self.act(Action::DeleteOwnResource { id });
    }
    /// Adds (or updates) a collection; `Err` when the browser did not save it.
    pub fn import_collection(
        &self,
        source: String,
        resources: Vec<Resource>,
    ) -> Result<(), crate::storage::StorageProblem> {
        let mut data = self.current();
        data.apply(
            Action::ImportCollection { source, resources },
            crate::core::library::Library::builtin(),
        );
        self.replace_and_save(data)
    }
    pub fn remove_collection(&self, source: String) {
        self.act(Action::RemoveCollection { source });
    }

    // Everything at once
    /// Merges an accepted export file into what is here; `Err` when the browser did not save
    /// it (so no screen says "Imported" about data that is only in this tab).
    pub fn import(&self, incoming: &AppData) -> Result<(), crate::storage::StorageProblem> {
        self.replace_and_save(merge(&self.current(), incoming))
    }
    /// Takes `data` and says at once whether it was saved (the save effect saves it again).
    fn replace_and_save(&self, data: AppData) -> Result<(), crate::storage::StorageProblem> {
        let saved = storage::save(&data);
        self.act(Action::Replace(Box::new(data)));
        saved
    }
    /// Forgets everything in memory and removes every key this app wrote (unless they hold a
    /// newer version's data, which stays, with nothing forgotten).
    pub fn delete_everything(&self) -> Result<(), crate::storage::StorageProblem> {
        storage::delete_all()?;
        self.act(Action::DeleteAll);
        Ok(())
    }
    /// Copies of stored data that could not be read, newest first.
    pub fn rescued(&self) -> Rc<Vec<crate::storage::Rescued>> {
        self.rescued.clone()
    }
}

/// How many pieces of text arrived after the start (each draws the screens again).
#[derive(PartialEq)]
struct Arrivals(u32);

impl Reducible for Arrivals {
    type Action = ();
    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        Rc::new(Arrivals(self.0 + 1))
    }
}

/// What saying who is answering does to the attempt (see `Action::LeaderItems`).
fn leader_items(role: Role) -> Action {
    Action::LeaderItems {
        asked: role == Role::Leader,
        items: Questionnaire::builtin().not_asked(Role::Teacher),
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProviderProps {
    pub children: Html,
}

fn initial_state() -> (
    AppState,
    Option<crate::storage::StorageProblem>,
    Option<String>,
) {
    let q = Questionnaire::builtin();
    let loaded = storage::load();
    let mut data = loaded
        .data
        .unwrap_or_else(|| AppData::new(q.version, &platform::today()));
    if data.attempt.version == 0 {
        data.attempt.version = q.version;
    }
    // A teacher's new or carried-over attempt: the leader items are not asked.
    if storage::load_role() == Some(Role::Teacher) {
        data.apply(
            leader_items(Role::Teacher),
            crate::core::library::Library::builtin(),
        );
    }
    (
        AppState {
            data,
            persist: false,
            revision: 0,
        },
        loaded.problem,
        loaded.damaged,
    )
}

#[component]
pub fn AppProvider(props: &AppProviderProps) -> Html {
    let init = use_memo((), |_| initial_state());
    let state = use_reducer(|| init.0.clone());
    let load_problem = use_state(|| init.1);
    // Damaged stored data was set aside: what can still be read of it is taken in once the
    // later screens' code (which reads it) is here; the message then says what was left out.
    let salvager = use_state(|| None::<crate::lazy::Salvager>);
    {
        let (salvager, damaged) = (salvager.clone(), init.2.is_some());
        use_effect_with((), move |_| {
            if damaged {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(f) = crate::lazy::salvager().await {
                        salvager.set(Some(f));
                    }
                });
            }
        });
    }
    {
        let (salvager, state, load_problem, init) = (
            salvager.clone(),
            state.clone(),
            load_problem.clone(),
            init.clone(),
        );
        use_effect_with(salvager.is_some(), move |_| {
            let (Some(f), Some(raw)) = (*salvager, init.2.as_deref()) else {
                return;
            };
            salvager.set(None);
            if let Some((data, left_out)) = f(raw, &state.data) {
                state.dispatch(Action::Replace(Box::new(data)));
                load_problem.set(Some(crate::storage::StorageProblem::PartlyRead {
                    left_out,
                }));
            }
        });
    }
    // The last save's failure, cleared by the next save that works.
    let save_problem = use_state(|| None::<crate::storage::StorageProblem>);
    let synced = use_state(|| false);

    // Save every change made in this tab; report a failed write instead of losing it silently.
    {
        let save_problem = save_problem.clone();
        let synced = synced.clone();
        use_effect_with(state.clone(), move |s| {
            if s.persist {
                // A change made here: the note about another tab's change has served its purpose.
                if *synced {
                    synced.set(false);
                }
                let outcome = storage::save(&s.data).err();
                if *save_problem != outcome {
                    save_problem.set(outcome);
                }
            }
        });
    }

    // Another tab saved: take its data, so two tabs never overwrite each other's answers; data
    // this build cannot read (a newer version's) stops saving here, so it is never written over.
    {
        let dispatcher = state.dispatcher();
        let (synced, save_problem) = (synced.clone(), save_problem.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    let Some(key) = e.key().filter(|k| storage::watches(k)) else {
                        return;
                    };
                    let data = match storage::observe(&key, e.new_value().as_deref()) {
                        Ok(Some(d)) => d,
                        Ok(None) => {
                            AppData::new(Questionnaire::builtin().version, &platform::today())
                        }
                        Err(p) => return save_problem.set(Some(p)),
                    };
                    // Readable again after another tab's unreadable data: saving has resumed.
                    if storage::take_resumed() {
                        save_problem.set(None);
                    }
                    dispatcher.dispatch(Action::Synced(Box::new(data)));
                    synced.set(true);
                })
            });
            move || drop(listener)
        });
    }

    let rescued = use_memo((), |_| storage::rescued());
    let language: Rc<str> = crate::i18n::use_tr().code().into();
    let role = use_state(storage::load_role);
    let wording = use_reducer(|| Arrivals(0));
    // Someone else's result answered as a teacher asks for the wording too.
    let wanted = use_state_eq(|| false);
    // A teacher's wording in the language in use, fetched once per language.
    {
        let wording = wording.clone();
        use_effect_with(
            (*role, *wanted, language.clone()),
            move |(role, wanted, language)| {
                let cached = TEACHER.with(|t| t.borrow().contains_key(&**language));
                if (*role == Some(Role::Teacher) || *wanted) && !cached {
                    let language = language.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Some(t) = crate::lazy::for_teacher(&language).await {
                            TEACHER.with(|c| c.borrow_mut().insert(language.to_string(), t));
                            wording.dispatch(());
                        }
                    });
                }
            },
        );
    }
    // The later screens bring the English hints (the release): draw again with them.
    {
        let wording = wording.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if crate::lazy::ready().await {
                    wording.dispatch(());
                }
            });
        });
    }
    let set_role = {
        let role = role.clone();
        Callback::from(move |r: Role| role.set(Some(r)))
    };
    let want_teacher = Callback::from(move |()| wanted.set(true));
    let handle = AppHandle {
        language,
        role: *role,
        set_role,
        want_teacher,
        wording: wording.0,
        rescued,
        state,
        problem: (*save_problem).or(*load_problem),
        synced_from_other_tab: *synced,
    };
    html! {
        <ContextProvider<AppHandle> context={handle}>
            { props.children.clone() }
        </ContextProvider<AppHandle>>
    }
}

/// The app's state and verbs; must be used under `AppProvider`.
#[hook]
pub fn use_app() -> AppHandle {
    match use_context::<AppHandle>() {
        Some(h) => h,
        None => unreachable!("use_app is only used under AppProvider"),
    }
}
