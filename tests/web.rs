//! Browser tests (wasm-bindgen-test in headless Chromium): storage and components.
#![cfg(target_arch = "wasm32")]
use pillars::core::answers::Answer;
use pillars::core::date::Date;
use pillars::core::level::Level;
use pillars::core::library::Library;
use pillars::core::state::{Action, AppData};
use pillars::storage;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn saved_data_round_trips_through_local_storage() {
    storage::delete_all().unwrap();
    // Data of this questionnaire version (data of an older one is carried over on loading).
    let version = pillars::core::questionnaire::Questionnaire::builtin().version;
    let mut data = AppData::new(version, &Date::parse("2026-11-23").unwrap());
    data.apply(
        Action::Answer {
            item: "engagement-x".into(),
            answer: Answer::Level(Level::new(4).unwrap()),
        },
        Library::builtin(),
    );
    data.apply(
        Action::Answer {
            item: "spaces-y".into(),
            answer: Answer::NotApplicable,
        },
        Library::builtin(),
    );
    storage::save(&data).unwrap();
    let loaded = storage::load();
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.data, Some(data));
}

#[wasm_bindgen_test]
fn boards_are_kept_in_their_own_key_and_deleted_with_everything() {
    use pillars::core::board::Boards;
    use pillars::core::questionnaire::Questionnaire;
    storage::delete_all().unwrap();
    assert_eq!(storage::load_boards(), Ok(None));
    let mut boards = Boards::new();
    boards.create("Lyon", Date::parse("2026-11-23").unwrap());
    let text = boards.to_json();
    storage::save_boards(&text).unwrap();
    assert_eq!(
        local().get_item(storage::BOARDS_KEY).unwrap().as_deref(),
        Some(text.as_str())
    );
    let stored = storage::load_boards().unwrap().unwrap();
    assert_eq!(
        Boards::from_json(&stored, Questionnaire::builtin()),
        Ok(boards)
    );
    // Not mistaken for the person's data, nor for a newer build's.
    assert_eq!(
        storage::load(),
        storage::Loaded {
            data: None,
            problem: None,
            damaged: None
        }
    );
    storage::delete_all().unwrap();
    assert_eq!(storage::load_boards(), Ok(None));
}

#[wasm_bindgen_test]
fn damaged_storage_is_set_aside_and_reported_not_lost() {
    storage::delete_all().unwrap();
    local()
        .set_item(&storage::data_key(), "{\"attempt\": [broken")
        .unwrap();
    let loaded = storage::load();
    assert_eq!(loaded.data, None);
    let problem = loaded.problem.expect("a problem is reported");
    assert_eq!(
        problem,
        storage::StorageProblem::Damaged { set_aside: true }
    );
    let words = pillars::messages::storage_problem(&pillars::i18n::Tr::english(), problem);
    assert!(words.contains("could not be read"), "{words}");
    // Kept to be salvaged (by the later screens' code), as it was.
    assert_eq!(loaded.damaged.as_deref(), Some("{\"attempt\": [broken"));
    let rescued = storage::rescued();
    assert_eq!(rescued.len(), 1);
    assert_eq!(&*rescued[0].text, "{\"attempt\": [broken");
    assert!(rescued[0].date.is_some(), "dated");
}

#[wasm_bindgen_test]
fn data_of_a_newer_version_is_kept_untouched_and_never_written_over() {
    use pillars::core::state::DATA_SCHEMA;
    use storage::StorageProblem::Newer;
    storage::forget_read_only_for_tests();
    storage::delete_all().unwrap();
    // A newer schema in the data, and a field this build does not know in a resource.
    let newer = format!("{{\"schema\":{},\"attempt\":{{}}}}", DATA_SCHEMA + 1);
    let unknown_field = r#"{"curation":{"own":[{"id":"a","title":"T","author":"A","kind":"book","pillars":["spaces"],"description":"D","archived":true}]}}"#;
    for text in [newer.as_str(), unknown_field] {
        local().set_item(&storage::data_key(), text).unwrap();
        let loaded = storage::load();
        assert_eq!((loaded.data, loaded.problem), (None, Some(Newer)));
        assert_eq!(storage::save(&AppData::default()), Err(Newer));
        assert_eq!(storage::delete_all(), Err(Newer));
        assert_eq!(
            local().get_item(&storage::data_key()).unwrap().as_deref(),
            Some(text)
        );
        assert!(storage::rescued().is_empty(), "not taken for damaged data");
        storage::forget_read_only_for_tests();
    }
    // A newer schema's key.
    storage::delete_all().unwrap();
    let newer_key = format!("{}v{}.data", storage::PREFIX, DATA_SCHEMA + 1);
    local().set_item(&newer_key, "{}").unwrap();
    assert_eq!(storage::load().problem, Some(Newer));
    assert_eq!(storage::save(&AppData::default()), Err(Newer));
    local().remove_item(&newer_key).unwrap();
    storage::forget_read_only_for_tests();
    // Another tab writes what this build cannot read: this tab stops saving.
    storage::save(&AppData::default()).unwrap();
    assert_eq!(
        storage::observe(&storage::data_key(), Some(&newer)),
        Err(Newer)
    );
    assert_eq!(storage::save(&AppData::default()), Err(Newer));
    storage::forget_read_only_for_tests();
    let words = pillars::messages::storage_problem(&pillars::i18n::Tr::english(), Newer);
    assert!(
        words.contains("newer version") && words.contains("Reload"),
        "{words}"
    );
}

#[wasm_bindgen_test]
fn another_tabs_damaged_data_is_not_called_newer_and_saving_resumes_once_it_is_readable() {
    use storage::StorageProblem::Damaged;
    storage::forget_read_only_for_tests();
    storage::delete_all().unwrap();
    storage::save(&AppData::default()).unwrap();
    // Another tab (or a person in the developer tools) writes garbage: not a newer version.
    let damaged = Damaged { set_aside: false };
    let key = storage::data_key();
    assert_eq!(storage::observe(&key, Some("{garbage")), Err(damaged));
    assert_eq!(storage::save(&AppData::default()), Err(damaged));
    assert!(!storage::take_resumed());
    // Then it stores readable data again: this tab saves again, and says so once.
    let readable = pillars::core::stored::write(&AppData::default()).unwrap();
    assert!(storage::observe(&key, Some(&readable)).is_ok());
    assert!(storage::take_resumed());
    assert!(!storage::take_resumed());
    assert_eq!(storage::save(&AppData::default()), Ok(()));
    storage::forget_read_only_for_tests();
}

#[wasm_bindgen_test]
fn every_damaged_copy_gets_a_dated_slot_and_only_the_oldest_beyond_five_go() {
    storage::forget_read_only_for_tests();
    storage::delete_all().unwrap();
    for i in 0..7 {
        local()
            .set_item(&storage::data_key(), &format!("broken {i}"))
            .unwrap();
        let problem = storage::load().problem;
        assert_eq!(
            problem,
            Some(storage::StorageProblem::Damaged { set_aside: true })
        );
        // Loading the same damaged data again keeps no second copy of it.
        storage::load();
    }
    let texts: Vec<String> = storage::rescued()
        .iter()
        .map(|r| r.text.to_string())
        .collect();
    assert_eq!(
        texts,
        ["broken 6", "broken 5", "broken 4", "broken 3", "broken 2"]
    );
    storage::delete_all().unwrap();
    assert!(storage::rescued().is_empty());
}

#[wasm_bindgen_test]
fn delete_all_leaves_no_key_of_ours_and_spares_others() {
    storage::save(&AppData::default()).unwrap();
    local().set_item("someone-else", "keep").unwrap();
    storage::delete_all().unwrap();
    let s = local();
    let keys: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .collect();
    assert!(
        keys.iter().all(|k| !k.starts_with(storage::PREFIX)),
        "{keys:?}"
    );
    assert_eq!(s.get_item("someone-else").unwrap().as_deref(), Some("keep"));
    s.remove_item("someone-else").unwrap();
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_in_plain_words_not_a_panic() {
    storage::delete_all().unwrap();
    // Fill this origin's storage until the browser refuses, then try to save.
    let s = local();
    let chunk = "x".repeat(512 * 1024);
    let mut n = 0;
    while s.set_item(&format!("filler-{n}"), &chunk).is_ok() && n < 64 {
        n += 1;
    }
    // Data of this questionnaire version (data of an older one is carried over on loading).
    let version = pillars::core::questionnaire::Questionnaire::builtin().version;
    let mut data = AppData::new(version, &Date::parse("2026-11-23").unwrap());
    for i in 0..2000 {
        data.apply(
            Action::SetNote {
                id: format!("r{i}"),
                note: "a long note ".repeat(40),
            },
            Library::builtin(),
        );
    }
    let result = storage::save(&data);
    for i in 0..=n {
        s.remove_item(&format!("filler-{i}")).unwrap();
    }
    let problem = result.expect_err("the save cannot fit");
    assert_eq!(problem, storage::StorageProblem::Full);
    let words = pillars::messages::storage_problem(&pillars::i18n::Tr::english(), problem);
    assert!(words.contains("full"), "{words}");
}

mod components {
    use pillars::components::radar::{radar, RadarProps, Series};
    use wasm_bindgen_test::*;
    use yew::prelude::*;

    fn mount() -> web_sys::Element {
        let document = web_sys::window().unwrap().document().unwrap();
        let div = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&div).unwrap();
        div
    }

    #[component]
    fn TwoSeries() -> Html {
        let axes: Vec<String> = ["A", "B", "C", "D"].iter().map(|s| s.to_string()).collect();
        let series = vec![
            Series {
                label: "You".into(),
                values: vec![Some(1.0), Some(2.0), None, Some(5.0)],
                kind: "current",
            },
            Series {
                label: "Targets".into(),
                values: vec![Some(4.0), None, None, None],
                kind: "target",
            },
        ];
        radar(&RadarProps {
            axes,
            series,
            band: None,
            title: "Test chart".into(),
        })
    }

    #[wasm_bindgen_test]
    async fn the_radar_leaves_out_unscored_points_and_labels_every_axis() {
        let root = mount();
        yew::Renderer::<TwoSeries>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        let svg = root
            .query_selector("svg[role=img]")
            .unwrap()
            .expect("an svg image");
        assert_eq!(
            svg.get_attribute("aria-label").as_deref(),
            Some("Test chart")
        );
        let current = root
            .query_selector_all("[data-series=current] circle")
            .unwrap();
        assert_eq!(
            current.length(),
            3,
            "the unscored axis has no point, not a zero"
        );
        assert_eq!(
            root.query_selector_all("[data-series=target] circle")
                .unwrap()
                .length(),
            1
        );
        assert_eq!(
            root.query_selector_all("text.axis-label").unwrap().length(),
            4
        );
        let legend = root
            .query_selector("figcaption")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert!(
            legend.contains("You") && legend.contains("Targets"),
            "{legend}"
        );
        root.remove();
    }
}

/// The board's scanner (its chunk is linked in here): a QR code drawn in a real canvas, read back
/// as the camera's frames are (RGBA image data to grayscale), decodes to the link.
#[wasm_bindgen_test]
async fn the_scanner_reads_a_qr_code_drawn_in_a_canvas() {
    use wasm_bindgen::JsCast;
    let link = "https://example.org/pillars/#/r/AQMDUgEjBAgqUVJMZlNMZlNMZlAbAA0N2Dew";
    let code =
        qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::M).unwrap();
    let (n, scale, quiet) = (code.width(), 4, 4);
    let side = ((n + 2 * quiet) * scale) as u32;
    let canvas: web_sys::HtmlCanvasElement = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("canvas")
        .unwrap()
        .unchecked_into();
    canvas.set_width(side);
    canvas.set_height(side);
    let ctx: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, side.into(), side.into());
    ctx.set_fill_style_str("#000");
    for (i, c) in code.to_colors().iter().enumerate() {
        if *c == qrcode::Color::Dark {
            let (x, y) = ((i % n + quiet) * scale, (i / n + quiet) * scale);
            ctx.fill_rect(x as f64, y as f64, scale as f64, scale as f64);
        }
    }
    let rgba = ctx
        .get_image_data(0.0, 0.0, side.into(), side.into())
        .unwrap()
        .data();
    let luma = pillars::core::board::scan::luma_from_rgba(&rgba);
    let scanner = pillars::lazy::scanner().await.expect("the scanner");
    let w = side as usize;
    assert_eq!((scanner.decode)(w, w, &luma), vec![link.to_string()]);
}

/// Another tab stored a change moments ago and its storage event has not arrived: this tab sees
/// it before it saves again, once (so its next change goes on top of it, never over it).
#[wasm_bindgen_test]
fn a_change_another_tab_stored_is_seen_before_this_tab_saves_over_it() {
    storage::delete_all().unwrap();
    let version = pillars::core::questionnaire::Questionnaire::builtin().version;
    let mine = AppData::new(version, &Date::parse("2026-12-01").unwrap());
    storage::save(&mine).unwrap();
    assert_eq!(
        storage::changed_elsewhere(),
        None,
        "nothing changed elsewhere"
    );
    let mut theirs = mine.clone();
    theirs.apply(
        Action::Answer {
            item: "engagement-x".into(),
            answer: Answer::Level(Level::new(3).unwrap()),
        },
        Library::builtin(),
    );
    let text = pillars::core::stored::write(&theirs).unwrap();
    local().set_item(&storage::data_key(), &text).unwrap();
    assert_eq!(storage::changed_elsewhere(), Some(theirs.clone()));
    assert_eq!(
        storage::changed_elsewhere(),
        None,
        "seen once, then it is what this tab knows"
    );
    storage::save(&theirs).unwrap();
    assert_eq!(
        storage::changed_elsewhere(),
        None,
        "this tab's own save is not someone else's"
    );
    storage::delete_all().unwrap();
}
