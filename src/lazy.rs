//! The second wasm chunk: every screen a first visit does not need (results, history, library,
//! shared links, your data) is split off the critical path and fetched after the first paint.
//!
//! With the `split` feature (the release build, see scripts/split-wasm.mjs) `load_screens` is a
//! split point: calling it fetches the chunk once (the service worker precaches it for offline
//! use). Without it (native and browser tests, plain `cargo build`) the screens are linked in and
//! render at once.
use crate::app::Route;
use yew::prelude::*;

/// Draws one of the screens that live in the second chunk.
pub type Screens = fn(Route) -> Html;

/// Lays a translation file's text over the questionnaire (in the second chunk: only a person who
/// chooses another language needs it).
fn translated(text: &str) -> Option<&'static crate::core::questionnaire::Questionnaire> {
    use crate::core::translation::{parse, translate};
    let q = translate(
        crate::core::questionnaire::Questionnaire::builtin(),
        &parse(text)?,
    );
    // Once per language and session: the app keeps it for as long as it runs.
    Some(Box::leak(Box::new(q)))
}

/// Lays a teacher's wording file's text over `q` (in the second chunk: only someone who says
/// they teach needs it).
fn reworded(
    q: &'static crate::core::questionnaire::Questionnaire,
    text: &str,
) -> Option<&'static crate::core::questionnaire::Questionnaire> {
    use crate::core::translation::{parse_item_text, reword};
    Some(Box::leak(Box::new(reword(q, &parse_item_text(text)?))))
}

/// What the second chunk offers.
#[cfg(feature = "split")]
#[derive(Clone, Copy)]
struct Chunk {
    render: Screens,
    merge_tabs: TabMerger,
    reworded: Reworder,
    translated: fn(&str) -> Option<&'static crate::core::questionnaire::Questionnaire>,
    salvage: Salvager,
    reminder: fn() -> Html,
}

/// What can be read of damaged stored text, taken into `current` (as an import is), with how
/// many damaged parts were left out; `None` when nothing can be read.
pub type Salvager =
    fn(&str, &crate::core::state::AppData) -> Option<(crate::core::state::AppData, usize)>;

fn salvage_into(
    raw: &str,
    current: &crate::core::state::AppData,
) -> Option<(crate::core::state::AppData, usize)> {
    let s = crate::core::stored::salvage(raw)?;
    Some((crate::core::transfer::merge(current, &s.data), s.left_out))
}

/// The salvager, once the second chunk is here (it is preloaded at start).
pub async fn salvager() -> Option<Salvager> {
    #[cfg(feature = "split")]
    {
        let _ = screens().await.ok()?;
        Some(CHUNK.get()?.salvage)
    }
    #[cfg(not(feature = "split"))]
    {
        Some(salvage_into)
    }
}

/// The questionnaire with a translation file's text, once the second chunk is here.
pub async fn questionnaire_in(
    text: &str,
) -> Option<&'static crate::core::questionnaire::Questionnaire> {
    #[cfg(feature = "split")]
    {
        let _ = screens().await.ok()?;
        (CHUNK.get()?.translated)(text)
    }
    #[cfg(not(feature = "split"))]
    {
        translated(text)
    }
}

/// Merges another tab's stored data with this tab's unsaved data (`core::transfer::merge_tabs`).
pub type TabMerger =
    fn(&crate::core::state::AppData, &crate::core::state::AppData) -> crate::core::state::AppData;

/// The two tabs' merge, once the second chunk is here (it is preloaded at start); `None` before.
pub fn tab_merger() -> Option<TabMerger> {
    #[cfg(feature = "split")]
    {
        CHUNK.get().map(|c| c.merge_tabs)
    }
    #[cfg(not(feature = "split"))]
    {
        Some(crate::core::transfer::merge_tabs)
    }
}

#[cfg(feature = "split")]
type Reworder = fn(
    &'static crate::core::questionnaire::Questionnaire,
    &str,
) -> Option<&'static crate::core::questionnaire::Questionnaire>;

/// The questionnaire in `language` (the one in use) as someone who teaches reads it: the
/// teacher's wording in that language fetched (precached for offline use) and laid over, once
/// the later screens (and so every hint) are here; `None` when it cannot be had.
pub async fn for_teacher(
    language: &str,
) -> Option<&'static crate::core::questionnaire::Questionnaire> {
    let file = crate::core::translation::teacher_file(language);
    let text = crate::platform::finish_fetch(crate::platform::start_fetch(&file)).await?;
    #[cfg(feature = "split")]
    {
        let _ = screens().await.ok()?;
        (CHUNK.get()?.reworded)(crate::i18n::questionnaire(), &text)
    }
    #[cfg(not(feature = "split"))]
    {
        reworded(crate::i18n::questionnaire(), &text)
    }
}

fn plan_reminder_parts() -> Html {
    html! { <crate::components::plan_reminder::PlanReminder /> }
}

/// The home screen's reminder of the plan (`components::plan_reminder`), once the second chunk
/// is here; nothing before (the app draws again when it arrives).
pub fn plan_reminder() -> Html {
    #[cfg(feature = "split")]
    {
        CHUNK.get().map(|c| (c.reminder)()).unwrap_or_default()
    }
    #[cfg(not(feature = "split"))]
    {
        plan_reminder_parts()
    }
}

/// Waits for the later screens' code and content (preloaded at start); `false` if they cannot
/// be had. Without code splitting they are always here.
pub async fn ready() -> bool {
    #[cfg(feature = "split")]
    {
        screens().await.is_ok()
    }
    #[cfg(not(feature = "split"))]
    {
        true
    }
}

/// The second chunk could not be fetched (offline before it was ever cached, or a broken deploy).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadFailed;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for LoadFailed {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        LoadFailed
    }
}

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(screens, fallible)]
fn load_chunk() -> Result<Chunk, LoadFailed> {
    Ok(Chunk {
        render: crate::pages::more::render,
        merge_tabs: crate::core::transfer::merge_tabs,
        reworded,
        translated,
        salvage: salvage_into,
        reminder: plan_reminder_parts,
    })
}

#[cfg(feature = "split")]
thread_local! {
    static LOADED: std::cell::Cell<Option<Screens>> = const { std::cell::Cell::new(None) };
    static CHUNK: std::cell::Cell<Option<Chunk>> = const { std::cell::Cell::new(None) };
    /// The load under way, shared by everyone who asks meanwhile (the preload, a screen that
    /// waits for it, the hints): the chunk and its files are fetched and read once.
    static LOADING: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
}

/// Fetches the second chunk once; later calls answer at once, calls meanwhile wait for the same.
#[cfg(feature = "split")]
async fn screens() -> Result<Screens, LoadFailed> {
    if let Some(s) = LOADED.get() {
        return Ok(s);
    }
    let loading = LOADING.with(|l| {
        l.borrow_mut()
            .get_or_insert_with(|| {
                wasm_bindgen_futures::future_to_promise(async {
                    let loaded = load_screens().await;
                    // A failure may be tried again (the "Try again" of a pending screen).
                    LOADING.with(|l| *l.borrow_mut() = None);
                    loaded
                        .map(|_| wasm_bindgen::JsValue::UNDEFINED)
                        .map_err(|_| wasm_bindgen::JsValue::NULL)
                })
            })
            .clone()
    });
    wasm_bindgen_futures::JsFuture::from(loading)
        .await
        .map_err(|_| LoadFailed)?;
    LOADED.get().ok_or(LoadFailed)
}

/// Fetches and reads the second chunk and what travels with it (see [`screens`]).
#[cfg(feature = "split")]
async fn load_screens() -> Result<Screens, LoadFailed> {
    // The library's content travels beside the chunk (dist/library.json), fetched in parallel.
    let library = crate::platform::start_fetch("library.json");
    // So do the later screens' English words (the first chunk has the first screens' only).
    let english = crate::platform::start_fetch("i18n/en.ftl");
    // And the English level-up hints (the built-in questionnaire has none in the release).
    let hints = crate::platform::start_fetch("questionnaire-hints.json");
    // And the styles of those screens (assets/screens.css, 2 KB: loaded long before the chunk);
    // first-paint.js adds the stylesheet, which costs the wasm nothing.
    crate::platform::announce("pillars-load-styles");
    let chunk = load_chunk().await?;
    // Each file is read in a task of its own, after the chunk's (none blocks the page long).
    let text = crate::platform::finish_fetch(library)
        .await
        .ok_or(LoadFailed)?;
    crate::platform::next_task().await;
    crate::core::library::Library::install_builtin(&text).map_err(|_| LoadFailed)?;
    let words = crate::platform::finish_fetch(english)
        .await
        .ok_or(LoadFailed)?;
    crate::platform::next_task().await;
    if !crate::i18n::complete_english(&words) {
        return Err(LoadFailed);
    }
    let hints = crate::platform::finish_fetch(hints)
        .await
        .ok_or(LoadFailed)?;
    crate::platform::next_task().await;
    let builtin = crate::core::questionnaire::Questionnaire::builtin();
    crate::i18n::complete_english_questionnaire(
        (chunk.reworded)(builtin, &hints).ok_or(LoadFailed)?,
    );
    CHUNK.set(Some(chunk));
    LOADED.set(Some(chunk.render));
    Ok(chunk.render)
}

/// Renders a screen of the second chunk, or a placeholder with the screen's heading until it arrives.
/// Always through the same component, so a change of address (a search typed into the library's
/// query string) updates the screen in place instead of mounting it afresh.
#[cfg(feature = "split")]
pub fn screen(route: Route) -> Html {
    html! { <Pending {route} /> }
}

#[cfg(not(feature = "split"))]
pub fn screen(route: Route) -> Html {
    crate::pages::more::render(route)
}

/// Starts fetching the second chunk in the background, so the next screen opens at once.
pub fn preload() {
    #[cfg(feature = "split")]
    wasm_bindgen_futures::spawn_local(async {
        let _ = screens().await;
    });
}

#[cfg(feature = "split")]
#[derive(Properties, PartialEq)]
struct PendingProps {
    route: Route,
}

/// The frame of a screen whose code is still on its way; "Try again" after a failed fetch.
#[cfg(feature = "split")]
#[component]
fn Pending(props: &PendingProps) -> Html {
    let failed = use_state(|| false);
    let attempt = use_state(|| 0u32);
    let update = use_force_update();
    let tr = crate::i18n::use_tr();
    {
        let failed = failed.clone();
        use_effect_with(*attempt, move |_| {
            if LOADED.get().is_some() {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                match screens().await {
                    Ok(_) => update.force_update(),
                    Err(LoadFailed) => failed.set(true),
                }
            });
        });
    }
    if let Some(render) = LOADED.get() {
        return render(props.route.clone());
    }
    let retry = {
        let (failed, attempt) = (failed.clone(), attempt.clone());
        Callback::from(move |_| {
            failed.set(false);
            attempt.set(*attempt + 1);
        })
    };
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ tr.t(props.route.heading_id()) }</h1>
            if *failed {
                <p role="alert">{ tr.t(k!("loading-failed")) }</p>
                <button type="button" onclick={retry}>{ tr.t(k!("try-again")) }</button>
            } else {
                <p role="status" class="muted">{ tr.t(k!("loading")) }</p>
            }
        </section>
    }
}

/// What the scanner's chunk offers (the camera and the QR decoder: src/components/board_scanner.rs
/// and src/core/board/scan.rs), fetched only when the facilitator presses "Scan QR codes".
#[derive(Clone, Copy)]
pub struct Scanner {
    /// The scanner (camera preview, read codes, "Stop scanning"), turning the camera on at once;
    /// the callback adds a read code's text to the board.
    pub view: fn(Callback<String, Vec<crate::core::board::Outcome>>) -> Html,
    /// The texts of the QR codes in a grayscale frame.
    pub decode: fn(usize, usize, &[u8]) -> Vec<String>,
}

fn scanner_parts() -> Scanner {
    Scanner {
        view: crate::components::board_scanner::view,
        decode: crate::core::board::scan::decode_frame,
    }
}

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(scanner, fallible)]
fn load_scanner() -> Result<Scanner, LoadFailed> {
    Ok(scanner_parts())
}

#[cfg(feature = "split")]
thread_local! {
    static SCANNER: std::cell::Cell<Option<Scanner>> = const { std::cell::Cell::new(None) };
}

/// The scanner's chunk, fetched once (precached by the service worker for offline use).
pub async fn scanner() -> Result<Scanner, LoadFailed> {
    #[cfg(feature = "split")]
    {
        if let Some(s) = SCANNER.get() {
            return Ok(s);
        }
        let s = load_scanner().await?;
        SCANNER.set(Some(s));
        Ok(s)
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(scanner_parts())
    }
}

/// The scanner's chunk if it is here already.
pub fn scanner_now() -> Option<Scanner> {
    #[cfg(feature = "split")]
    {
        SCANNER.get()
    }
    #[cfg(not(feature = "split"))]
    {
        Some(scanner_parts())
    }
}
