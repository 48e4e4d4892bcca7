//! The first paint (index.html and assets/first-paint.js) says what the catalogues say: every
//! element marked with a catalogue id shows that id's English text, and first-paint.js's words for
//! each language are that language's catalogue text, so a returning visitor who chose French sees
//! French from the first frame and the app takes over with the same words.
use pillars::core::i18n::{plural_en, Bundle};
use std::collections::BTreeMap;
use std::fs;

fn catalogue(code: &str) -> Bundle {
    let text = fs::read_to_string(format!("assets/i18n/{code}.ftl")).expect("a catalogue");
    Bundle::parse(&text).expect("a well-formed catalogue")
}

fn say(b: &Bundle, id: &str) -> String {
    b.format(id, &[], &plural_en)
        .unwrap_or_else(|| panic!("{id} is not in the catalogue"))
}

/// Undoes the HTML escapes index.html may use in text.
fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
}

/// The words of first-paint.js: language code -> id -> text.
fn first_paint_words() -> BTreeMap<String, BTreeMap<String, String>> {
    let js = fs::read_to_string("assets/first-paint.js").expect("first-paint.js");
    let start = js.find("var WORDS = {").expect("a WORDS table");
    let end = start + js[start..].find("\n  };").expect("the end of WORDS");
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut lang = None;
    for line in js[start..end].lines().map(str::trim) {
        if let Some(code) = line.strip_suffix(": {") {
            lang = Some(code.to_string());
        } else if let (Some(l), Some((id, text))) = (&lang, line.split_once("\": \"")) {
            let id = id.trim_start_matches('"').to_string();
            let text = text.trim_end_matches(',').trim_end_matches('"').to_string();
            out.entry(l.clone()).or_default().insert(id, text);
        }
    }
    out
}

#[test]
fn the_first_paint_speaks_each_language_in_its_catalogue_words() {
    let words = first_paint_words();
    assert!(
        words.contains_key("en") && words.contains_key("fr"),
        "{words:?}"
    );
    for (code, table) in &words {
        let b = catalogue(code);
        for (id, text) in table {
            assert_eq!(&say(&b, id), text, "{code}: {id} in first-paint.js");
        }
    }
}

#[test]
fn every_marked_element_of_the_first_paint_shows_its_english_words_and_has_french() {
    let html = fs::read_to_string("index.html").expect("index.html");
    let en = catalogue("en");
    let fr = &first_paint_words()["fr"];
    let mut seen = 0;
    for part in html.split("data-t=\"").skip(1) {
        let (id, rest) = part.split_once('"').expect("a closed attribute");
        let text = rest.split_once('>').expect("a tag").1;
        let text = unescape(text.split('<').next().unwrap_or_default());
        assert_eq!(text, say(&en, id), "index.html's {id}");
        assert!(fr.contains_key(id), "first-paint.js has no French for {id}");
        seen += 1;
    }
    for part in html.split("data-t-label=\"").skip(1) {
        let id = part.split('"').next().unwrap_or_default();
        assert!(fr.contains_key(id), "first-paint.js has no French for {id}");
    }
    assert!(seen >= 10, "only {seen} marked elements");
}
