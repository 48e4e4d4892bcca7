//! Browser tests (wasm-bindgen-test in headless Chromium): storage and components.
#![cfg(target_arch = "wasm32")]
use pillars::core::answers::Answer;
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
    let mut data = AppData::new(1, "2026-11-23");
    data.apply(Action::Answer {
        item: "engagement-x".into(),
        answer: Answer::Level(4),
    });
    data.apply(Action::Answer {
        item: "spaces-y".into(),
        answer: Answer::NotApplicable,
    });
    storage::save(&data).unwrap();
    let loaded = storage::load();
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.data, Some(data));
}

#[wasm_bindgen_test]
fn damaged_storage_is_set_aside_and_reported_not_lost() {
    storage::delete_all().unwrap();
    local()
        .set_item(&storage::data_key(), "{\"attempt\": [broken")
        .unwrap();
    let loaded = storage::load();
    assert_eq!(loaded.data, None);
    assert!(loaded.problem.unwrap().contains("could not be read"));
    assert_eq!(storage::rescued().as_deref(), Some("{\"attempt\": [broken"));
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
