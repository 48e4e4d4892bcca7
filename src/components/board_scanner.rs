//! Scanning participants' QR codes with the device's camera, one after another with no touch
//! between them: every few frames the video is drawn into a canvas, turned to grayscale and
//! decoded on the device; each new code goes through the board's intake (the same as a paste)
//! and its outcome is shown and announced. The camera is on only between "Scan QR codes" and
//! "Stop scanning", and is turned off when the board screen closes or the page is hidden.
//!
//! Everything but [`ScannerSlot`] (the button that fetches it) is reached only through
//! [`crate::lazy::scanner`]: in the release build the scanner, the camera functions and the
//! decoder live in their own wasm chunk, fetched when the button is first pressed.
use crate::core::board::scan::{decode_frame, luma_from_rgba, RecentlySeen, FRAME_SIDE};
use crate::core::board::Outcome;
use crate::i18n::Tr;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaDevices, MediaStream,
    MediaStreamConstraints, MediaStreamTrack,
};
use yew::prelude::*;

/// Why the camera could not be used (`crate::messages::camera_problem` words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraProblem {
    /// The person (or the browser's settings) refused the camera.
    Refused,
    /// There is no camera.
    NoCamera,
    /// The browser offers no camera here (an old browser, or a page not on https or localhost).
    Unavailable,
    /// The camera is there but could not start (another program may be using it).
    Failed,
    /// The scanner's code could not be fetched.
    NotLoaded,
}

/// A grayscale frame: width, height and one byte a pixel.
pub type GrayFrame = (usize, usize, Vec<u8>);

/// The camera being turned on.
pub type Starting = Pin<Box<dyn Future<Output = Result<MediaStream, CameraProblem>>>>;

/// How often a frame is read, in milliseconds.
const FRAME_EVERY_MS: i32 = 200;
/// How many read codes are listed.
const LINES_KEPT: usize = 8;

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

/// Asks for the camera (the back one where there are several) and shows it in `video`.
pub fn start_camera(video: HtmlVideoElement) -> Starting {
    Box::pin(async move {
        let navigator = web_sys::window()
            .map(|w| JsValue::from(w.navigator()))
            .ok_or(CameraProblem::Unavailable)?;
        let devices: MediaDevices = get(&navigator, "mediaDevices")
            .ok_or(CameraProblem::Unavailable)?
            .unchecked_into();
        let constraints = MediaStreamConstraints::new();
        constraints.set_audio(&JsValue::FALSE);
        constraints.set_video(&object(&[(
            "facingMode",
            object(&[("ideal", "environment".into())]),
        )]));
        let asked = devices
            .get_user_media_with_constraints(&constraints)
            .map_err(|_| CameraProblem::Unavailable)?;
        let stream: MediaStream = match wasm_bindgen_futures::JsFuture::from(asked).await {
            Ok(s) => s.unchecked_into(),
            Err(e) => {
                let name = get(&e, "name")
                    .and_then(|n| n.as_string())
                    .unwrap_or_default();
                return Err(match name.as_str() {
                    "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => {
                        CameraProblem::Refused
                    }
                    "NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError" => {
                        CameraProblem::NoCamera
                    }
                    _ => CameraProblem::Failed,
                });
            }
        };
        video.set_muted(true);
        video.set_src_object(Some(&stream));
        if let Ok(p) = video.play() {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        }
        Ok(stream)
    })
}

/// The video's current frame, scaled to at most [`FRAME_SIDE`] wide, as grayscale; `None`
/// before the camera shows anything.
pub fn grab_frame(video: &HtmlVideoElement, canvas: &HtmlCanvasElement) -> Option<GrayFrame> {
    let (vw, vh) = (video.video_width(), video.video_height());
    if vw == 0 || vh == 0 {
        return None;
    }
    let w = vw.min(FRAME_SIDE);
    let h = ((u64::from(vh) * u64::from(w)) / u64::from(vw)).max(1) as u32;
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let options = object(&[("willReadFrequently", JsValue::TRUE)]);
    let ctx: CanvasRenderingContext2d = canvas
        .get_context_with_context_options("2d", &options)
        .ok()??
        .dyn_into()
        .ok()?;
    ctx.draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w.into(), h.into())
        .ok()?;
    let data = ctx
        .get_image_data(0.0, 0.0, w.into(), h.into())
        .ok()?
        .data();
    Some((w as usize, h as usize, luma_from_rgba(&data)))
}

/// Reads a video's frames into a canvas and gives each new QR code's text to the callback.
pub type ReadFrames =
    fn(HtmlVideoElement, HtmlCanvasElement, Box<dyn Fn(String)>) -> Option<Reading>;

/// Frames being read from the video; dropping it stops the reading.
pub struct Reading {
    interval: i32,
    _tick: Closure<dyn FnMut()>,
}

impl Drop for Reading {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_interval_with_handle(self.interval);
        }
    }
}

/// Reads a frame every [`FRAME_EVERY_MS`] and gives `on_text` the text of every QR code not seen
/// in the last moments ([`RecentlySeen`]).
pub fn read_frames(
    video: HtmlVideoElement,
    canvas: HtmlCanvasElement,
    on_text: Box<dyn Fn(String)>,
) -> Option<Reading> {
    let mut seen = RecentlySeen::default();
    let tick = Closure::<dyn FnMut()>::new(move || {
        let Some((w, h, luma)) = grab_frame(&video, &canvas) else {
            return;
        };
        let now = js_sys::Date::now();
        for text in decode_frame(w, h, &luma) {
            if seen.is_new(&text, now) {
                on_text(text);
            }
        }
    });
    let interval = web_sys::window()?
        .set_interval_with_callback_and_timeout_and_arguments_0(
            tick.as_ref().unchecked_ref(),
            FRAME_EVERY_MS,
        )
        .ok()?;
    Some(Reading {
        interval,
        _tick: tick,
    })
}

/// Stops every track of `stream`: the camera's light goes off.
fn stop_tracks(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        track.unchecked_into::<MediaStreamTrack>().stop();
    }
}

/// Where the scanner stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Off,
    Starting,
    On,
    /// Turned off because the page was hidden.
    Paused,
    Problem(CameraProblem),
}

/// What one read code did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Read {
    Outcome(Outcome),
    /// A QR code without a result link.
    NotALink,
}

#[derive(Default)]
struct Session {
    stream: Option<MediaStream>,
    reading: Option<Reading>,
    /// Read codes, latest first: (number, what it did).
    lines: Vec<(usize, Read)>,
    count: usize,
    /// Bumped at every start and stop: a camera that comes on after a stop is turned off.
    generation: u32,
    /// Between a start and a stop.
    active: bool,
}

/// Turns the camera off and stops reading frames.
fn stop(session: &RefCell<Session>, video: &NodeRef) {
    let (stream, reading) = {
        let mut s = session.borrow_mut();
        s.generation = s.generation.wrapping_add(1);
        s.active = false;
        (s.stream.take(), s.reading.take())
    };
    if let Some(stream) = stream {
        stop_tracks(&stream);
    }
    if let Some(v) = video.cast::<HtmlVideoElement>() {
        v.set_src_object(None);
    }
    // Dropped a moment later (before the next frame), never from inside its own call.
    if let Some(reading) = reading {
        wasm_bindgen_futures::spawn_local(async move { drop(reading) });
    }
}

#[derive(Properties, PartialEq)]
pub struct BoardScannerProps {
    /// Adds the result links in a read code's text to the board; what each did.
    pub on_text: Callback<String, Vec<Outcome>>,
}

/// The scanner, turning the camera on at once (in the scanner's chunk: see [`ScannerSlot`]).
pub fn view(on_text: Callback<String, Vec<Outcome>>) -> Html {
    html! { <BoardScanner {on_text} /> }
}

/// Where the scanner goes on the board (in the screens' chunk): the button that fetches the
/// scanner's chunk, then the scanner itself, which turns the camera on at once.
#[component]
pub fn ScannerSlot(props: &BoardScannerProps) -> Html {
    let tr = crate::i18n::use_tr();
    // None: not asked; Some(true): fetching; Some(false): the fetch failed.
    let state = use_state(|| None::<bool>);
    let ready = use_state(|| false);
    if *ready {
        if let Some(s) = crate::lazy::scanner_now() {
            return (s.view)(props.on_text.clone());
        }
    }
    let press = {
        let (state, ready) = (state.clone(), ready.clone());
        Callback::from(move |_: MouseEvent| {
            state.set(Some(true));
            let (state, ready) = (state.clone(), ready.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::lazy::scanner().await {
                    Ok(_) => ready.set(true),
                    Err(_) => state.set(Some(false)),
                }
            });
        })
    };
    html! {
        <div class="card scanner" role="group" aria-labelledby="board-scan-title">
            <h3 id="board-scan-title">{ tr.t(k!("board-scan-title")) }</h3>
            <p class="field-hint" id="board-scan-hint">{ tr.t(k!("board-scan-hint")) }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={press} aria-describedby="board-scan-hint">{ tr.t(k!("board-scan-button")) }</button>
            </div>
            <div role="status" aria-live="polite">
                { match *state {
                    Some(true) => html! { <p class="muted">{ tr.t(k!("board-scan-starting")) }</p> },
                    Some(false) => html! { <p class="banner banner-error">{ crate::messages::camera_problem(&tr, CameraProblem::NotLoaded) }</p> },
                    None => html! {},
                } }
            </div>
        </div>
    }
}

/// What starting the camera needs, handed on from the component to each start.
#[derive(Clone)]
struct Handles {
    session: Rc<RefCell<Session>>,
    video: NodeRef,
    canvas: NodeRef,
    status: UseStateHandle<Status>,
    on_text: Rc<RefCell<Callback<String, Vec<Outcome>>>>,
    update: UseForceUpdateHandle,
}

#[component]
fn BoardScanner(props: &BoardScannerProps) -> Html {
    let tr = crate::i18n::use_tr();
    let status = use_state(|| Status::Starting);
    let session = use_mut_ref(Session::default);
    let on_text = use_mut_ref(|| props.on_text.clone());
    *on_text.borrow_mut() = props.on_text.clone();
    let update = use_force_update();
    let video = use_node_ref();
    let canvas = use_node_ref();
    let stop_button = use_node_ref();

    let begin: Rc<dyn Fn()> = {
        let handles = Handles {
            session: session.clone(),
            video: video.clone(),
            canvas: canvas.clone(),
            status: status.clone(),
            on_text: on_text.clone(),
            update: update.clone(),
        };
        Rc::new(move || {
            let (session, video) = (&handles.session, &handles.video);
            stop(session, video);
            let generation = {
                let mut s = session.borrow_mut();
                s.generation = s.generation.wrapping_add(1);
                s.active = true;
                s.generation
            };
            handles.status.set(Status::Starting);
            let Handles {
                session,
                video,
                canvas,
                status,
                on_text,
                update,
            } = handles.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(element) = video.cast::<HtmlVideoElement>() else {
                    return;
                };
                let stream = match start_camera(element).await {
                    Ok(s) => s,
                    Err(p) => {
                        if session.borrow().generation == generation {
                            status.set(Status::Problem(p));
                        }
                        return;
                    }
                };
                if session.borrow().generation != generation {
                    // Stopped (or the screen closed) while the camera was coming on.
                    stop_tracks(&stream);
                    return;
                }
                let (Some(v), Some(c)) = (
                    video.cast::<HtmlVideoElement>(),
                    canvas.cast::<HtmlCanvasElement>(),
                ) else {
                    stop_tracks(&stream);
                    return;
                };
                let on_text = {
                    let session = session.clone();
                    move |text: String| {
                        // Not borrowed while the board redraws.
                        let add = on_text.borrow().clone();
                        let outcomes = add.emit(text);
                        let reads: Vec<Read> = if outcomes.is_empty() {
                            vec![Read::NotALink]
                        } else {
                            outcomes.into_iter().map(Read::Outcome).collect()
                        };
                        {
                            let mut s = session.borrow_mut();
                            for r in reads {
                                s.count += 1;
                                let n = s.count;
                                s.lines.insert(0, (n, r));
                            }
                            s.lines.truncate(LINES_KEPT);
                        }
                        update.force_update();
                    }
                };
                let reading = read_frames(v, c, Box::new(on_text));
                {
                    let mut s = session.borrow_mut();
                    s.stream = Some(stream);
                    s.reading = reading;
                }
                status.set(Status::On);
            });
        })
    };
    // On at once (the button that fetched this chunk asked for it); off when the screen
    // closes, and when the page is hidden.
    {
        let (session, video, status) = (session.clone(), video.clone(), status.clone());
        let (begin, stop_button) = (begin.clone(), stop_button.clone());
        use_effect_with((), move |_| {
            begin();
            // The button pressed was replaced: keyboard focus goes to "Stop scanning".
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                if doc.active_element().is_none_or(|e| e.tag_name() == "BODY") {
                    if let Some(b) = stop_button.cast::<web_sys::HtmlElement>() {
                        let _ = b.focus();
                    }
                }
            }
            let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
                let (session, video) = (session.clone(), video.clone());
                gloo_events::EventListener::new(&doc.clone(), "visibilitychange", move |_| {
                    if doc.hidden() && session.borrow().active {
                        stop(&session, &video);
                        status.set(Status::Paused);
                    }
                })
            });
            move || {
                drop(listener);
                stop(&session, &video);
            }
        });
    }

    let stop_now = {
        let (session, video, status) = (session.clone(), video.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            stop(&session, &video);
            status.set(Status::Off);
        })
    };

    let on = matches!(*status, Status::On | Status::Starting);
    let s = session.borrow();
    html! {
        <div class="card scanner" role="group" aria-labelledby="board-scan-title">
            <h3 id="board-scan-title">{ tr.t(k!("board-scan-title")) }</h3>
            <p class="field-hint" id="board-scan-hint">{ tr.t(k!("board-scan-hint")) }</p>
            <div class="actions">
                if on {
                    <button type="button" ref={stop_button} onclick={stop_now}>{ tr.t(k!("board-scan-stop")) }</button>
                } else {
                    <button type="button" class="primary" onclick={move |_| begin()} aria-describedby="board-scan-hint">{ tr.t(k!("board-scan-button")) }</button>
                }
            </div>
            <video ref={video} class="scanner-video" hidden={!on} playsinline=true muted=true
                aria-label={tr.t(k!("board-scan-video"))} />
            <canvas ref={canvas} hidden=true aria-hidden="true" />
            <div role="status" aria-live="polite">
                { status_line(&tr, *status, s.lines.first().copied()) }
            </div>
            if s.lines.len() > 1 {
                <ul class="scanner-lines">
                    for (n, r) in s.lines.iter().skip(1) {
                        <li key={*n}>{ read_line(&tr, *n, r) }</li>
                    }
                </ul>
            }
        </div>
    }
}

fn read_line(tr: &Tr, n: usize, r: &Read) -> String {
    match r {
        Read::Outcome(o) => tr.tf(
            k!("board-scan-line"),
            &[
                ("number", n.into()),
                ("outcome", crate::messages::outcome(tr, o).as_str().into()),
            ],
        ),
        Read::NotALink => tr.tf(k!("board-scan-not-link"), &[("number", n.into())]),
    }
}

/// The latest read code (flashed, and announced), or where the scanner stands.
fn status_line(tr: &Tr, status: Status, latest: Option<(usize, Read)>) -> Html {
    match status {
        Status::Problem(p) => html! {
            <p class="banner banner-error">{ crate::messages::camera_problem(tr, p) }</p>
        },
        Status::Starting => html! { <p class="muted">{ tr.t(k!("board-scan-starting")) }</p> },
        Status::Paused => html! { <p class="muted">{ tr.t(k!("board-scan-paused")) }</p> },
        Status::On | Status::Off => match latest {
            Some((n, r)) => html! {
                <p key={n} class="banner banner-info scanner-read">{ read_line(tr, n, &r) }</p>
            },
            None if status == Status::On => {
                html! { <p class="muted">{ tr.t(k!("board-scan-on")) }</p> }
            }
            None => html! {},
        },
    }
}
