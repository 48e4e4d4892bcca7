//! Small browser facts the UI needs (today's date, ids, the page address), kept out of the core.
use crate::core::date::Date;

/// Today's local date.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    let (y, m, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
    // The browser's calendar always gives a valid date; the epoch only if it somehow did not.
    Date::new(y as i32, m as u8, day as u8).unwrap_or_else(|| Date::from_days(0))
}

/// A unique, sortable id for a snapshot (milliseconds since 1970).
pub fn timestamp_id() -> String {
    format!("{}", js_sys::Date::now() as u64)
}

/// The app's own address without the fragment, e.g. `https://host/pillars/`.
pub fn app_base_url() -> String {
    let loc = match web_sys::window() {
        Some(w) => w.location(),
        None => return String::new(),
    };
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// Moves keyboard focus to the element with this id (after a render), if it exists.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Shows a new screen from its top with focus on `main` (a screen opened from low on a long page,
/// such as the results after the last question, would otherwise open scrolled to its end).
pub fn focus_new_screen() {
    focus_by_id("main");
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The name typed into `input`, cut in the field itself to what a link can carry
/// (`core::share::result_link::fit_name`): the field never shows more than is kept.
pub fn fit_name_field(input: &web_sys::HtmlInputElement) -> String {
    let typed = input.value();
    let fitted = crate::core::share::result_link::fit_name(&typed);
    if fitted.len() < typed.len() {
        input.set_value(fitted);
    }
    fitted.to_string()
}

/// The browser did not allow a download (`err-download` says so).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DownloadRefused;

/// Offers `text` to the person as a downloaded file.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), DownloadRefused> {
    use wasm_bindgen::JsCast;
    let fail = |_| DownloadRefused;
    // The core writes compact JSON (one serializer in the wasm, shared with storage); files meant
    // for people are indented here, by the browser's own JSON.
    let text = match mime {
        "application/json" => js_sys::JSON::parse(text)
            .and_then(|v| {
                js_sys::JSON::stringify_with_replacer_and_space(
                    &v,
                    &wasm_bindgen::JsValue::NULL,
                    &wasm_bindgen::JsValue::from(2),
                )
            })
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| text.to_string()),
        _ => text.to_string(),
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(DownloadRefused)?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| DownloadRefused)?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads the first file chosen in a file input as text; keep the returned reader alive until `done` runs.
pub fn read_text_file(
    input: &web_sys::HtmlInputElement,
    done: yew::Callback<Result<String, FileProblem>>,
) -> Option<gloo_file::callbacks::FileReader> {
    let file = input.files().and_then(|files| files.get(0))?;
    if file.size() > 5.0 * 1024.0 * 1024.0 {
        done.emit(Err(FileProblem::TooLarge));
        return None;
    }
    let file = gloo_file::File::from(file);
    Some(gloo_file::callbacks::read_as_text(&file, move |res| {
        done.emit(res.map_err(|_| FileProblem::Unreadable))
    }))
}

/// Why a picked file could not be read as text (`crate::messages::problem` words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// Over 5 MB.
    TooLarge,
    /// The browser could not read it as text.
    Unreadable,
}

/// Copies text to the clipboard; the callback learns whether it worked.
pub fn copy_to_clipboard(text: &str, done: yew::Callback<bool>) {
    let Some(window) = web_sys::window() else {
        done.emit(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Starts fetching a file of the app (relative to the page); `finish_fetch` awaits its text.
pub fn start_fetch(url: &str) -> Option<js_sys::Promise> {
    Some(web_sys::window()?.fetch_with_str(url))
}

/// Moves focus to the element with this id once the screen has been drawn again (after a change
/// that removes or moves the focused control).
pub fn focus_after_render(id: impl Into<String>) {
    let id = id.into();
    wasm_bindgen_futures::spawn_local(async move {
        next_task().await;
        focus_by_id(&id);
    });
}

/// Once the screen has been drawn again, moves focus to the element with id `fallback` if the
/// focused control went away with the change (a card a filter no longer shows).
pub fn keep_focus_after_render(fallback: &'static str) {
    wasm_bindgen_futures::spawn_local(async move {
        next_task().await;
        let document = web_sys::window().and_then(|w| w.document());
        let lost = document.as_ref().is_none_or(|d| {
            d.active_element()
                .is_none_or(|e| d.body().is_some_and(|b| *b == e) || !e.is_connected())
        });
        if lost {
            focus_by_id(fallback);
        }
    });
}

/// Lets the browser run what waits (input, painting) before going on: the rest runs in a task of
/// its own, so no single task blocks the page for long.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Tells the page's scripts that something happened (`pillars-<what>` events, see
/// assets/first-paint.js and assets/sw-register.js).
pub fn announce(event: &str) {
    if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::CustomEvent::new(event)) {
        let _ = w.dispatch_event(&e);
    }
}

/// The text of a fetch started by `start_fetch`, or `None` if it failed.
pub async fn finish_fetch(started: Option<js_sys::Promise>) -> Option<String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(started?).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Whether the browser has agreed to keep this site's data even when space runs short (`None`:
/// the browser cannot say).
pub async fn storage_persisted() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let answer = wasm_bindgen_futures::JsFuture::from(manager.persisted().ok()?)
        .await
        .ok()?;
    answer.as_bool()
}

/// Asks the browser to keep this site's data even when space runs short; whether it agreed.
pub async fn request_persistent_storage() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let answer = wasm_bindgen_futures::JsFuture::from(manager.persist().ok()?)
        .await
        .ok()?;
    answer.as_bool()
}
