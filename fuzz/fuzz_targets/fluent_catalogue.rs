//! Fuzzes the Fluent catalogue parser (`i18n::Bundle::parse`, which reads fetched catalogue text):
//! it must never panic, nor must formatting any message it accepts, with or without arguments.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pillars::core::i18n::{plural_en, plural_fr, Arg, Bundle};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(bundle) = Bundle::parse(text) {
        let ids: Vec<String> = bundle.ids().map(str::to_string).collect();
        for id in ids.iter().take(64) {
            assert!(bundle.has(id));
            let _ = bundle.format(id, &[], &plural_en);
            let vars = bundle.variables(id);
            let args: Vec<(&str, Arg)> = vars
                .iter()
                .enumerate()
                .map(|(i, v)| (v.as_str(), if i % 2 == 0 { Arg::Num(i as i64 - 1) } else { Arg::Str("x") }))
                .collect();
            let _ = bundle.format(id, &args, &plural_fr);
        }
    }
});
