//! Lists the languages the app ships: one catalogue file per language in assets/i18n/<code>.ftl,
//! named by its `-language-name` term. Adding a language is adding a file (see README). Writes
//! the first part of the English catalogue, the part built into the first wasm chunk.
use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new("assets/i18n");
    println!("cargo:rerun-if-changed=assets/i18n");
    let mut langs: Vec<(String, String)> = Vec::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            let path = e.path();
            if path.extension().and_then(|x| x.to_str()) != Some("ftl") {
                continue;
            }
            let Some(code) = path
                .file_stem()
                .and_then(|s| s.to_str())
                .map(str::to_string)
            else {
                continue;
            };
            let text = fs::read_to_string(&path).unwrap_or_default();
            let name = text
                .lines()
                .find_map(|l| l.strip_prefix("-language-name"))
                .and_then(|rest| rest.split_once('='))
                .map(|(_, n)| n.trim().to_string())
                .unwrap_or_else(|| code.clone());
            langs.push((code, name));
        }
    }
    // English first: it is built in; the others follow by code.
    langs.sort_by(|a, b| (a.0 != "en", &a.0).cmp(&(b.0 != "en", &b.0)));
    let body: Vec<String> = langs
        .iter()
        .map(|(c, n)| format!("    ({c:?}, {n:?}),"))
        .collect();
    // Languages with a file of their own in assets/i18n/<code>/: the questionnaire's text, the
    // library's text, the web app manifest's name and description.
    let with_file = |file: &str| -> Vec<String> {
        langs
            .iter()
            .filter(|(c, _)| dir.join(c).join(file).exists())
            .map(|(c, _)| format!("{c:?}"))
            .collect()
    };
    let texts = with_file("questionnaire.json");
    let library_texts = with_file("library.json");
    let manifests = with_file("manifest.webmanifest");
    let code = format!(
        "/// Every language with a catalogue: (code, name in that language).\npub const LANGUAGES: &[(&str, &str)] = &[\n{}\n];\n/// The languages with the questionnaire's own text.\npub const QUESTIONNAIRE_TEXTS: &[&str] = &[{}];\n/// The languages with the library's own text.\npub const LIBRARY_TEXTS: &[&str] = &[{}];\n/// The languages with a web app manifest of their own.\npub const MANIFESTS: &[&str] = &[{}];\n",
        body.join("\n"),
        texts.join(", "),
        library_texts.join(", "),
        manifests.join(", ")
    );
    write_out("languages.rs", &code);
    catalogue_keys(dir);
    english_first_part(dir);
    compact_questionnaire();
    compact_migrations();
}

/// The migrations as built into the wasm: without whitespace, and without the items a step
/// keeps under the same id (an id a step does not list is kept as it is, see
/// `Migrations::carry`); the file lists every item, for the people who edit it.
fn compact_migrations() {
    let path = "assets/content/questionnaire-migrations.json";
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_default();
    let compact = match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(mut m) => {
            if let Some(steps) = m.get_mut("steps").and_then(|s| s.as_array_mut()) {
                for step in steps {
                    if let Some(items) = step.get_mut("items").and_then(|i| i.as_object_mut()) {
                        items.retain(|from, to| to.as_str() != Some(from.as_str()));
                    }
                }
            }
            m.to_string()
        }
        Err(_) => text,
    };
    write_out("migrations.json", &compact);
}

/// The questionnaire as built into the wasm: the file without its whitespace and without the
/// items' `source` (the seed passage each is written from: checked by `cargo test`, never shown)
/// except where it cites one of the seed's action items, which the plan suggests; about 1.5 KB
/// less on the first visit's critical path.
fn compact_questionnaire() {
    let path = "assets/content/questionnaire.json";
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_default();
    let compact = |hints: bool| match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(mut q) => {
            if let Some(pillars) = q.get_mut("pillars").and_then(|p| p.as_array_mut()) {
                for p in pillars {
                    if let Some(items) = p.get_mut("items").and_then(|i| i.as_array_mut()) {
                        for item in items.iter_mut().filter_map(|i| i.as_object_mut()) {
                            // The plan suggests the seed's action items: those sources stay.
                            let cited = item.get("source").and_then(|s| s.as_str());
                            if !cited.is_some_and(|s| s.contains("action item")) {
                                item.remove("source");
                            }
                            if !hints {
                                item.remove("level_up");
                            }
                        }
                    }
                }
            }
            q.to_string()
        }
        // Left as it is: `cargo test` names what is wrong with it.
        Err(_) => text.clone(),
    };
    // With code splitting (the release), the level-up hints are fetched with the later screens
    // (scripts/post-build.mjs writes questionnaire-hints.json): the first visit does not need
    // them to answer.
    for (name, hints) in [
        ("questionnaire.json", true),
        ("questionnaire-no-hints.json", false),
    ] {
        write_out(name, &compact(hints));
    }
}

/// The message ids of the English catalogue, in the order of the file: a message's key is its
/// place in this list (scripts/post-build.mjs numbers them the same way).
fn message_ids(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim()))
        .collect()
}

/// `k!("id")`, the key of a message, checked when the crate compiles (an id en.ftl lacks does
/// not build), and the ids' names, which only a build without code splitting ships: the release
/// ships its catalogues with numbers in place of the ids (scripts/post-build.mjs), so no id's
/// name is in its wasm or its files.
fn catalogue_keys(dir: &Path) {
    let text = fs::read_to_string(dir.join("en.ftl")).unwrap_or_default();
    let ids = message_ids(&text);
    let mut code = String::from(
        "/// The key of the catalogue message `id` (build.rs: an id en.ftl lacks does not compile).\nmacro_rules! k {\n",
    );
    for (n, id) in ids.iter().enumerate() {
        code.push_str(&format!(
            "    ({id:?}) => {{ $crate::core::i18n::Key({n}) }};\n"
        ));
    }
    code.push_str("}\n");
    write_out("keys.rs", &code);
    let names: Vec<String> = ids.iter().map(|id| format!("{id:?}")).collect();
    write_out(
        "key-names.rs",
        &format!(
            "/// Every message id, by key.\npub const KEY_NAMES: &[&str] = &[{}];\n",
            names.join(", ")
        ),
    );
}

/// The part of the English catalogue built into the first wasm chunk: everything above the
/// `# @later:` line (the frame, the home screen, the assessment, storage problems). The rest is
/// fetched with the later screens' code (scripts/post-build.mjs writes it as dist/i18n/en.ftl).
/// With code splitting (the release) it is built in as the release ships catalogues: without
/// comments, each message under its key's number.
fn english_first_part(dir: &Path) {
    let text = fs::read_to_string(dir.join("en.ftl")).unwrap_or_default();
    let first = match text.find(LATER) {
        Some(at) => &text[..at],
        None => &text[..],
    };
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_none() {
        write_out("en-first.ftl", first);
        return;
    }
    let ids = message_ids(&text);
    let mut out = String::new();
    for line in first.lines().filter(|l| !l.starts_with('#')) {
        let numbered = line
            .starts_with(|c: char| c.is_ascii_alphabetic())
            .then(|| line.split_once('='))
            .flatten()
            .and_then(|(id, rest)| Some((ids.iter().position(|i| *i == id.trim())?, rest)));
        match numbered {
            Some((n, rest)) => out.push_str(&format!("{n} ={rest}")),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    write_out("en-first.ftl", &out);
}

/// Where the English catalogue's later part starts (also in scripts/post-build.mjs).
const LATER: &str = "\n# @later:";

/// Writes `text` as `name` in the build's OUT_DIR (a failure is a warning: the include fails next).
fn write_out(name: &str, text: &str) {
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join(name);
    if let Err(e) = fs::write(&out, text) {
        println!("cargo:warning=could not write {}: {e}", out.display());
    }
}
