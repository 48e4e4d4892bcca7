//! Starts the app in `#app`, replacing the first paint that index.html showed while the wasm loaded.
fn main() {
    // The person's language first (at once for English), then the app replaces the first paint.
    // The questionnaire and the words are read in one task and the screen drawn in the next, so
    // the start never blocks the page in one long task (the first paint stays meanwhile).
    wasm_bindgen_futures::spawn_local(async {
        pillars::i18n::prepare().await;
        pillars::platform::next_task().await;
        pillars::warm_up();
        pillars::platform::next_task().await;
        start();
    });
}

fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            // Cleared and rendered in one task: the browser never paints the gap between them.
            root.set_inner_html("");
            yew::Renderer::<pillars::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<pillars::App>::new().render();
        }
    }
    // Tells tests and scripts that the app, not the first paint, is on screen.
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("data-app", "ready");
    }
}
