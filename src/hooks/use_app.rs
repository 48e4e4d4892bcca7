//! The app's state as a context: a reducer over the pure core's `AppData`, saved at the edge.
use crate::core::questionnaire::Questionnaire;
use crate::core::state::{Action, AppData};
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
        // Data from another tab is already stored; after deleting everything, nothing may be written back.
        let persist = !matches!(action, Action::Synced(_) | Action::DeleteAll);
        let mut data = self.data.clone();
        data.apply(action);
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
    pub problem: Option<String>,
    /// Set when another tab changed the data.
    pub synced_from_other_tab: bool,
}

impl AppHandle {
    pub fn data(&self) -> &AppData {
        &self.state.data
    }
    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }
    pub fn questionnaire(&self) -> &'static Questionnaire {
        Questionnaire::builtin()
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProviderProps {
    pub children: Html,
}

fn initial_state() -> (AppState, Option<String>) {
    let q = Questionnaire::builtin();
    let loaded = storage::load();
    let mut data = loaded
        .data
        .unwrap_or_else(|| AppData::new(q.version, &platform::today()));
    if data.attempt.version == 0 {
        data.attempt.version = q.version;
    }
    (
        AppState {
            data,
            persist: false,
            revision: 0,
        },
        loaded.problem,
    )
}

#[component]
pub fn AppProvider(props: &AppProviderProps) -> Html {
    let init = use_memo((), |_| initial_state());
    let state = use_reducer(|| init.0.clone());
    let load_problem = init.1.clone();
    // The last save's failure, cleared by the next save that works.
    let save_problem = use_state(|| None::<String>);
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

    // Another tab saved: take its data, so two tabs never overwrite each other's answers.
    {
        let dispatcher = state.dispatcher();
        let synced = synced.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if e.key().as_deref() != Some(storage::data_key().as_str()) {
                        return;
                    }
                    let data = match e.new_value() {
                        Some(raw) => match storage::parse(&raw) {
                            Ok(d) => d,
                            Err(_) => return,
                        },
                        None => AppData::new(Questionnaire::builtin().version, &platform::today()),
                    };
                    dispatcher.dispatch(Action::Synced(Box::new(data)));
                    synced.set(true);
                })
            });
            move || drop(listener)
        });
    }

    let handle = AppHandle {
        state,
        problem: (*save_problem).clone().or(load_problem),
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
