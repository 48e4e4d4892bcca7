//! The language catalogues (assets/i18n/*.ftl) against each other and against the code: no id
//! missing or unused in any language, the same { $variables } everywhere, every file well formed.
use pillars::core::i18n::Bundle;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

fn catalogues() -> Vec<(String, Bundle)> {
    let mut out = Vec::new();
    for e in fs::read_dir("assets/i18n").expect("assets/i18n exists") {
        let path = e.expect("a directory entry").path();
        if path.extension().and_then(|x| x.to_str()) != Some("ftl") {
            continue;
        }
        let code = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let text = fs::read_to_string(&path).expect("a readable catalogue");
        match Bundle::parse(&text) {
            Ok(b) => out.push((code, b)),
            Err(e) => panic!("{}: {e}", path.display()),
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn sources(dir: &Path, out: &mut String) {
    for e in fs::read_dir(dir).expect("src is readable").flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().and_then(|x| x.to_str()) == Some("rs") {
            out.push_str(&fs::read_to_string(&p).unwrap_or_default());
            out.push('\n');
        }
    }
}

/// Every "quoted-id" in the code, and those written as a key, `k!("…")`.
fn ids_in_code() -> (BTreeSet<String>, BTreeSet<String>) {
    let mut code = String::new();
    sources(Path::new("src"), &mut code);
    ids_in(&code)
}

/// Every "quoted-id" in `code`, and those written as a key, `k!("…")`.
fn ids_in(code: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut literals = BTreeSet::new();
    let mut called = BTreeSet::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == '"' {
            let start = i + 1;
            let mut j = start;
            while j < bytes.len()
                && (bytes[j].is_ascii_lowercase() || bytes[j].is_ascii_digit() || bytes[j] == '-')
            {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == '"' && j > start {
                let id: String = bytes[start..j].iter().collect();
                let before: String = bytes[start.saturating_sub(4)..start - 1].iter().collect();
                if before.ends_with("k!(") {
                    called.insert(id.clone());
                }
                literals.insert(id);
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    (literals, called)
}

/// The source files of the first wasm chunk: the frame, the home screen, the assessment and what
/// they use (the components and hooks they name, followed from file to file). The scanner is
/// left out: it is its own chunk, opened from the board.
fn first_chunk_files() -> Vec<String> {
    let roots = [
        "src/main.rs",
        "src/app.rs",
        "src/lazy.rs",
        "src/i18n.rs",
        "src/router.rs",
        "src/hooks/use_app.rs",
        "src/pages/home.rs",
        "src/pages/assess.rs",
        "src/pages/not_found.rs",
    ];
    let mut seen: Vec<String> = Vec::new();
    let mut todo: Vec<String> = roots.iter().map(|s| s.to_string()).collect();
    while let Some(f) = todo.pop() {
        if seen.contains(&f) {
            continue;
        }
        let Ok(text) = fs::read_to_string(&f) else {
            continue;
        };
        seen.push(f);
        for (dir, marker) in [("components", "components::"), ("hooks", "hooks::")] {
            for (at, _) in text.match_indices(marker) {
                let rest = &text[at + marker.len()..];
                // `components::name::…` or `components::{a::…, b::…}`
                let names: Vec<&str> = match rest.strip_prefix('{') {
                    Some(list) => list[..list.find('}').unwrap_or(0)]
                        .split(',')
                        .filter_map(|p| p.trim().split("::").next())
                        .collect(),
                    None => rest.split("::").next().into_iter().collect(),
                };
                for name in names {
                    let name = name.trim();
                    let is_module = !name.is_empty()
                        && name.chars().all(|c| c.is_ascii_lowercase() || c == '_');
                    // lazy.rs names the later chunks' entry points: they are not first-chunk code.
                    if is_module && !["board_scanner", "plan_reminder"].contains(&name) {
                        todo.push(format!("src/{dir}/{name}.rs"));
                    }
                }
            }
        }
    }
    seen
}

/// The English words built into the first wasm chunk (en.ftl above its `# @later:` line) are
/// every word the first screens show, and the storage banners every screen shows; the rest is
/// fetched with the later screens' code, so a first visit never shows an id in their place.
#[test]
fn the_first_screens_words_are_built_in() {
    let text = fs::read_to_string("assets/i18n/en.ftl").expect("the English catalogue");
    let at = text
        .find("\n# @later:")
        .expect("en.ftl has a '# @later:' line");
    let first = Bundle::parse(&text[..at]).expect("the first part reads on its own");
    let whole = Bundle::parse(&text).expect("the whole reads");
    let in_first: BTreeSet<&str> = first.ids().collect();
    let files = first_chunk_files();
    assert!(
        files.iter().any(|f| f.ends_with("item_question.rs")),
        "{files:?}"
    );
    let mut code = String::new();
    for f in &files {
        code.push_str(&fs::read_to_string(f).expect("readable"));
    }
    let messages = fs::read_to_string("src/messages.rs").expect("messages.rs");
    let banner = messages
        .split("pub fn ")
        .find(|f| f.starts_with("storage_problem("))
        .expect("messages::storage_problem");
    code.push_str(banner);
    let (literals, _) = ids_in(&code);
    let whole_ids: BTreeSet<&str> = whole.ids().collect();
    let missing: Vec<&String> = literals
        .iter()
        .filter(|id| whole_ids.contains(id.as_str()) && !in_first.contains(id.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "used by the first screens but below '# @later:' in en.ftl: {missing:?}"
    );
    // And the split is worth it: most of the catalogue waits for the later screens.
    assert!(
        in_first.len() * 3 < whole_ids.len(),
        "{} of {}",
        in_first.len(),
        whole_ids.len()
    );
}

#[test]
fn english_and_french_ship() {
    let codes: Vec<String> = catalogues().into_iter().map(|(c, _)| c).collect();
    assert!(
        codes.contains(&"en".to_string()) && codes.contains(&"fr".to_string()),
        "{codes:?}"
    );
    assert_eq!(pillars::i18n::LANGUAGES[0].0, "en", "English comes first");
    assert_eq!(pillars::i18n::LANGUAGES.len(), codes.len());
}

#[test]
fn every_language_has_every_id_and_no_other() {
    let cats = catalogues();
    let (_, en) = cats.iter().find(|(c, _)| c == "en").expect("English");
    let en_ids: BTreeSet<&str> = en.ids().collect();
    for (code, b) in &cats {
        let ids: BTreeSet<&str> = b.ids().collect();
        let missing: Vec<_> = en_ids.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&en_ids).collect();
        assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{code}.ftl has ids English lacks: {extra:?}"
        );
    }
}

#[test]
fn every_translation_takes_the_same_variables() {
    let cats = catalogues();
    let (_, en) = cats.iter().find(|(c, _)| c == "en").expect("English");
    for (code, b) in &cats {
        for id in en.ids() {
            assert_eq!(
                b.variables(id),
                en.variables(id),
                "{code}.ftl: {id} takes other variables than English"
            );
        }
    }
}

#[test]
fn every_id_the_code_asks_for_exists_and_every_id_is_used() {
    let cats = catalogues();
    let (_, en) = cats.iter().find(|(c, _)| c == "en").expect("English");
    let (literals, called) = ids_in_code();
    let missing: Vec<_> = called.iter().filter(|id| !en.has(id)).collect();
    assert!(
        missing.is_empty(),
        "the code asks for ids en.ftl lacks: {missing:?}"
    );
    let unused: Vec<_> = en.ids().filter(|id| !literals.contains(*id)).collect();
    assert!(unused.is_empty(), "en.ftl has ids no code uses: {unused:?}");
}

/// Every language's `assets/i18n/<code>/<name>`: (code, path, text).
fn translation_files(name: &str) -> Vec<(String, std::path::PathBuf, String)> {
    let mut out = Vec::new();
    for e in fs::read_dir("assets/i18n")
        .expect("assets/i18n exists")
        .flatten()
    {
        let path = e.path().join(name);
        if e.path().is_dir() && path.exists() {
            let text = fs::read_to_string(&path).expect("readable");
            out.push((e.file_name().to_string_lossy().to_string(), path, text));
        }
    }
    out
}

#[test]
fn every_questionnaire_translation_covers_every_pillar_and_item() {
    use pillars::core::questionnaire::Questionnaire;
    use pillars::core::translation::{gaps, parse};
    let q = Questionnaire::builtin();
    for (code, path, text) in translation_files("questionnaire.json") {
        let t = parse(&text)
            .unwrap_or_else(|| panic!("{} is not a questionnaire file", path.display()));
        assert!(
            catalogues().iter().any(|(c, _)| *c == code),
            "{code} has questionnaire text but no catalogue"
        );
        let missing = gaps(q, &t);
        assert!(missing.is_empty(), "{} lacks {missing:?}", path.display());
        let ids = |q: &Questionnaire| q.items().map(|i| i.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            ids(&t),
            ids(q),
            "{}: the same items in the same order",
            path.display()
        );
        // Every step's hint is there, in that language.
        for (en, tr) in q.items().zip(t.items()) {
            assert_eq!(tr.level_up.len(), en.level_up.len(), "{}", en.id);
            for (step, (e, h)) in en.level_up.iter().zip(&tr.level_up).enumerate() {
                assert!(
                    !h.trim().is_empty() && h != e,
                    "{}: the hint from level {} of {} is missing or still the English one",
                    path.display(),
                    step + 1,
                    en.id
                );
            }
        }
    }
}

/// Someone who teaches reads the items worded for them, in every language: the wording file
/// names real items, each whole (prompt, five levels, four hints), none also a leader-only
/// item, and every language with questionnaire text words the same items, in that language.
#[test]
fn the_teachers_wording_is_whole_and_in_every_language() {
    use pillars::core::questionnaire::{Audience, Questionnaire, LEVELS};
    use pillars::core::translation::{parse_item_text, teacher_file};
    let q = Questionnaire::builtin();
    let read = |code: &str| {
        let path = format!(
            "assets/{}",
            match code {
                "en" => format!("content/{}", teacher_file("en")),
                _ => teacher_file(code),
            }
        );
        let text = fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} is missing"));
        (
            parse_item_text(&text).unwrap_or_else(|| panic!("{path} does not read")),
            path,
        )
    };
    let (english, _) = read("en");
    assert_eq!(english.version, q.version);
    assert!(
        english.items.len() >= 8,
        "the items that assume a leader's role"
    );
    for (id, w) in &english.items {
        let item = q.items().find(|i| &i.id == id);
        let item = item.unwrap_or_else(|| panic!("{id} is no item"));
        assert_ne!(
            item.audience,
            Some(Audience::Leader),
            "{id}: worded for a teacher and not asked of one"
        );
        assert_eq!(w.levels.len(), LEVELS, "{id}");
        assert_eq!(w.level_up.len(), LEVELS - 1, "{id}");
        assert!(
            !w.prompt.trim().is_empty() && w.prompt != item.prompt,
            "{id}"
        );
        assert!(
            w.levels
                .iter()
                .chain(&w.level_up)
                .all(|t| !t.trim().is_empty()),
            "{id}"
        );
    }
    for (code, _, _) in translation_files("questionnaire.json") {
        let (t, path) = read(&code);
        assert_eq!(t.version, q.version, "{path}");
        let ids =
            |t: &pillars::core::translation::ItemText| t.items.keys().cloned().collect::<Vec<_>>();
        assert_eq!(ids(&t), ids(&english), "{path}: the same items");
        for (id, w) in &t.items {
            let en = &english.items[id];
            assert_eq!(
                (w.levels.len(), w.level_up.len()),
                (LEVELS, LEVELS - 1),
                "{path}: {id}"
            );
            for (e, x) in std::iter::once(&en.prompt)
                .chain(&en.levels)
                .chain(&en.level_up)
                .zip(
                    std::iter::once(&w.prompt)
                        .chain(&w.levels)
                        .chain(&w.level_up),
                )
            {
                assert!(
                    !x.trim().is_empty() && x != e,
                    "{path}: {id} has a text missing or in English"
                );
            }
        }
    }
}

/// A link made with an older questionnaire opens in the reader's language too: every language
/// with today's questionnaire text has the text of every older version kept for old links, whole.
#[test]
fn every_kept_older_version_is_translated_whole() {
    use pillars::core::questionnaire::{Migrations, Questionnaire};
    use pillars::core::translation::{gaps, parse};
    for step in &Migrations::builtin().steps {
        let v = step.from;
        let file = format!("assets/content/{}", Questionnaire::archived_file(v));
        let old = Questionnaire::from_json(&fs::read_to_string(&file).expect("kept"))
            .expect("an older version reads");
        for (code, _, _) in translation_files("questionnaire.json") {
            let path = format!(
                "assets/{}",
                Questionnaire::archived_translation_file(&code, v)
            );
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|_| panic!("{path}: old links would open in English"));
            let t = parse(&text).unwrap_or_else(|| panic!("{path} is not a questionnaire file"));
            assert!(
                gaps(&old, &t).is_empty(),
                "{path} lacks {:?}",
                gaps(&old, &t)
            );
            for (en, tr) in old.items().zip(t.items()) {
                assert_eq!(en.id, tr.id, "{path}: the same items in the same order");
                assert!(
                    tr.prompt != en.prompt,
                    "{path}: {} is still in English",
                    en.id
                );
            }
        }
    }
}

/// The items a new questionnaire version adds or rewords are translated whole: prompt, every
/// level and every hint, none left in English, and the French level names are the glossary's.
#[test]
fn every_item_of_the_new_version_is_translated_whole() {
    use pillars::core::questionnaire::Questionnaire;
    use pillars::core::translation::parse;
    let q = Questionnaire::builtin();
    let v1 = Questionnaire::from_json(
        &fs::read_to_string("assets/content/questionnaire-v1.json").expect("version 1 is kept"),
    )
    .expect("version 1 reads");
    for (code, path, text) in translation_files("questionnaire.json") {
        let t = parse(&text).expect("a questionnaire file");
        assert_eq!(t.version, q.version, "{}", path.display());
        for (en, tr) in q.items().zip(t.items()) {
            let changed = v1.items().find(|i| i.id == en.id) != Some(en);
            let texts = std::iter::once((&en.prompt, &tr.prompt))
                .chain(en.levels.iter().zip(&tr.levels))
                .chain(en.level_up.iter().zip(&tr.level_up));
            for (e, f) in texts {
                assert!(
                    !f.trim().is_empty() && (f != e || !changed),
                    "{code}: {} ({}) keeps the English text: {e}",
                    en.id,
                    if changed {
                        "new or changed in this version"
                    } else {
                        "unchanged"
                    }
                );
            }
        }
        if code == "fr" {
            // As in English: level 1 starts alike ("Je ne … pas encore"), level 4 is no synonym.
            for i in t.items() {
                assert!(
                    i.levels[0].starts_with("Je n") && i.levels[0].contains("pas encore"),
                    "{}: {}",
                    i.id,
                    i.levels[0]
                );
                assert!(
                    !i.levels[3].contains("de façon constante"),
                    "{}: {}",
                    i.id,
                    i.levels[3]
                );
            }
            let names: Vec<&str> = t.levels.iter().map(|l| l.name.as_str()).collect();
            assert_eq!(
                names,
                [
                    "Pas encore",
                    "Exploration",
                    "Pratique régulière",
                    "Intégration",
                    "Leadership partagé"
                ]
            );
        }
    }
}

#[test]
fn every_library_translation_covers_every_resource_and_tag() {
    use pillars::core::library::Library;
    use pillars::core::translation::{library_gaps, parse_library};
    let lib = Library::builtin();
    let mut seen = 0;
    for (_, path, text) in translation_files("library.json") {
        let t = parse_library(&text)
            .unwrap_or_else(|| panic!("{} is not a library translation file", path.display()));
        let missing = library_gaps(lib, &t);
        assert!(missing.is_empty(), "{}: {missing:?}", path.display());
        for r in &lib.resources {
            assert_ne!(
                t.descriptions.get(&r.id),
                r.description.as_ref(),
                "{}: the description of {} is still the English one",
                path.display(),
                r.id
            );
        }
        seen += 1;
    }
    assert!(seen >= 1, "French ships the library's text");
}

/// A label and its value read as each language writes them: "Due: …" in English, "Échéance : …"
/// in French (a no-break space before the colon, so the colon never starts a line).
#[test]
fn labels_end_as_the_language_writes_them() {
    let one: pillars::core::i18n::PluralRule = &|_| "other";
    for (code, b) in catalogues() {
        let colon = b.format("label-colon", &[], one).expect("label-colon");
        let expected = if code == "fr" { "\u{a0}:" } else { ":" };
        assert_eq!(colon, expected, "{code}");
    }
}

/// French puts a no-break space before `:`, `;`, `?` and `!`, so none of them is ever left alone
/// at the start of a line: no ordinary space before them in the catalogue or the content, nor
/// inside « ».
#[test]
fn french_punctuation_never_starts_a_line() {
    let root = env!("CARGO_MANIFEST_DIR");
    for file in [
        "assets/i18n/fr.ftl",
        "assets/i18n/fr/questionnaire.json",
        "assets/i18n/fr/questionnaire-teacher.json",
        "assets/i18n/fr/questionnaire-v1.json",
        "assets/i18n/fr/library.json",
    ] {
        let text = std::fs::read_to_string(format!("{root}/{file}")).expect("readable");
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let chars: Vec<char> = line.chars().collect();
            for w in chars.windows(3) {
                let breaks = w[1] == ' ' && matches!(w[2], ':' | ';' | '?' | '!');
                assert!(
                    !(breaks && !w[0].is_whitespace() && w[0] != '"'),
                    "{file}:{}: an ordinary space before {:?}",
                    n + 1,
                    w[2]
                );
                // Nor inside « », so a quote mark never stands alone at a line's end or start.
                assert!(
                    !(w[1] == ' ' && (w[0] == '«' || w[2] == '»')),
                    "{file}:{}: an ordinary space inside « »",
                    n + 1
                );
            }
        }
    }
}

/// The release ships its catalogues with each message's id replaced by its key's number, its
/// place among en.ftl's messages (build.rs, scripts/post-build.mjs: a line that starts with a
/// letter and has a `=`). Numbered so, every catalogue says the same under every key, and the
/// rule finds exactly the messages the parser reads.
#[test]
fn numbered_catalogues_say_the_same() {
    let en_text = fs::read_to_string("assets/i18n/en.ftl").expect("the English catalogue");
    let is_message = |l: &&str| l.starts_with(|c: char| c.is_ascii_alphabetic()) && l.contains('=');
    let id_of = |l: &str| l[..l.find('=').unwrap_or(0)].trim().to_string();
    let ids: Vec<String> = en_text.lines().filter(is_message).map(id_of).collect();
    for (code, named) in catalogues() {
        let parsed: BTreeSet<&str> = named.ids().collect();
        let text = fs::read_to_string(format!("assets/i18n/{code}.ftl")).expect("readable");
        let numbered_text: Vec<String> = text
            .lines()
            .map(
                |l| match ids.iter().position(|i| is_message(&l) && *i == id_of(l)) {
                    Some(n) => format!("{n} ={}", &l[l.find('=').unwrap_or(0) + 1..]),
                    None => l.to_string(),
                },
            )
            .collect();
        let numbered = Bundle::parse(&numbered_text.join("\n")).expect("the numbered form reads");
        assert_eq!(numbered.ids().count(), parsed.len(), "{code}");
        for (n, id) in ids.iter().enumerate() {
            assert!(parsed.contains(id.as_str()), "{code} lacks {id}");
            let say = |b: &Bundle, id: &str| b.format(id, &[], &pillars::core::i18n::plural_en);
            assert_eq!(
                say(&numbered, &n.to_string()),
                say(&named, id),
                "{code}: {id}"
            );
        }
    }
}
