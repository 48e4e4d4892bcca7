//! Lists the languages the app ships: one catalogue file per language in assets/i18n/<code>.ftl,
//! named by its `-language-name` term. Adding a language is adding a file (see README).
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
    // Languages with the questionnaire's text (assets/i18n/<code>/questionnaire.json).
    let texts: Vec<String> = langs
        .iter()
        .filter(|(c, _)| {
            Path::new("assets/i18n")
                .join(c)
                .join("questionnaire.json")
                .exists()
        })
        .map(|(c, _)| format!("{c:?}"))
        .collect();
    // Languages with the library's text (assets/i18n/<code>/library.json).
    let library_texts: Vec<String> = langs
        .iter()
        .filter(|(c, _)| {
            Path::new("assets/i18n")
                .join(c)
                .join("library.json")
                .exists()
        })
        .map(|(c, _)| format!("{c:?}"))
        .collect();
    // Languages with the web app manifest's name and description (assets/i18n/<code>/manifest.webmanifest).
    let manifests: Vec<String> = langs
        .iter()
        .filter(|(c, _)| {
            Path::new("assets/i18n")
                .join(c)
                .join("manifest.webmanifest")
                .exists()
        })
        .map(|(c, _)| format!("{c:?}"))
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("languages.rs");
    let code = format!(
        "/// Every language with a catalogue: (code, name in that language).\npub const LANGUAGES: &[(&str, &str)] = &[\n{}\n];\n/// The languages with the questionnaire's own text.\npub const QUESTIONNAIRE_TEXTS: &[&str] = &[{}];\n/// The languages with the library's own text.\npub const LIBRARY_TEXTS: &[&str] = &[{}];\n/// The languages with a web app manifest of their own.\npub const MANIFESTS: &[&str] = &[{}];\n",
        body.join("\n"),
        texts.join(", "),
        library_texts.join(", "),
        manifests.join(", ")
    );
    if let Err(e) = fs::write(&out, code) {
        println!("cargo:warning=could not write {}: {e}", out.display());
    }
}
