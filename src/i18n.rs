//! The language the app speaks: the catalogue in use (English built in; any other fetched once from
//! `i18n/<code>.ftl`, which the service worker precaches for offline use), the person's choice
//! (remembered; the first visit follows the browser's preferred languages), `<html lang>`, and
//! plurals, numbers and dates through the browser's `Intl`.
use crate::core::i18n::{Arg, Bundle, Key};
use crate::core::library::Library;
use crate::core::questionnaire::Questionnaire;

/// A language's catalogue, questionnaire and library text (unparsed: it is read by the screens
/// that show the library, in the second chunk).
#[derive(Clone)]
struct Language {
    bundle: Rc<Bundle>,
    questionnaire: &'static Questionnaire,
    library_text: Option<Rc<str>>,
}
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The built-in language, and the fallback for any id a catalogue lacks.
pub const DEFAULT: &str = "en";
/// The English catalogue as built in: with code splitting (the release), only its part above the
/// `# @later:` line (build.rs); the rest arrives with the later screens ([`complete_english`]).
#[cfg(feature = "split")]
const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en-first.ftl"));
#[cfg(not(feature = "split"))]
const ENGLISH: &str = include_str!("../assets/i18n/en.ftl");

thread_local! {
    static ENGLISH_BUNDLE: RefCell<Rc<Bundle>> = RefCell::new(Rc::new(Bundle::parse(ENGLISH).unwrap_or_else(|_| empty())));
    /// Catalogues and questionnaire text fetched so far, by code.
    static FETCHED: RefCell<BTreeMap<String, Language>> = const { RefCell::new(BTreeMap::new()) };
    /// The library with its text in each language asked for so far, by code.
    static LIBRARIES: RefCell<BTreeMap<String, &'static Library>> = const { RefCell::new(BTreeMap::new()) };
    /// The questionnaire in the language in use.
    static QUESTIONNAIRE: std::cell::Cell<Option<&'static Questionnaire>> = const { std::cell::Cell::new(None) };
    /// The English questionnaire with its hints, once they arrived (the release only).
    static ENGLISH_QUESTIONNAIRE: std::cell::Cell<Option<&'static Questionnaire>> = const { std::cell::Cell::new(None) };
}

/// The questionnaire in the language in use (ids, order and version are always the English ones).
pub fn questionnaire() -> &'static Questionnaire {
    match QUESTIONNAIRE.get() {
        Some(q) if !std::ptr::eq(q, Questionnaire::builtin()) => q,
        _ => english_questionnaire(),
    }
}

/// Today's English questionnaire, with its hints once they arrived.
pub fn english_questionnaire() -> &'static Questionnaire {
    ENGLISH_QUESTIONNAIRE
        .get()
        .unwrap_or_else(Questionnaire::builtin)
}

/// The English questionnaire complete, once the release's later screens brought its level-up
/// hints (the built-in copy has none, see `core::questionnaire`).
pub fn complete_english_questionnaire(q: &'static Questionnaire) {
    ENGLISH_QUESTIONNAIRE.set(Some(q));
}

/// The English catalogue, as much of it as is here.
fn english() -> Rc<Bundle> {
    ENGLISH_BUNDLE.with(|b| b.borrow().clone())
}

/// Completes the English catalogue with its later part (`i18n/en.ftl` of the build, fetched with
/// the later screens' code); `false` if that text does not read.
pub fn complete_english(later: &str) -> bool {
    match Bundle::parse(&format!("{ENGLISH}\n{later}")) {
        Ok(b) => {
            ENGLISH_BUNDLE.with(|e| *e.borrow_mut() = Rc::new(b));
            true
        }
        Err(_) => false,
    }
}

/// How the catalogues in use name the message `key`: the release's (code splitting) by its number
/// (build.rs and scripts/post-build.mjs number them so), any other build's by its id.
#[cfg(feature = "split")]
fn id_of(key: Key) -> String {
    key.0.to_string()
}

#[cfg(not(feature = "split"))]
fn id_of(key: Key) -> String {
    let name = KEY_NAMES.get(usize::from(key.0)).copied();
    name.unwrap_or_default().to_string()
}

#[cfg(not(feature = "split"))]
include!(concat!(env!("OUT_DIR"), "/key-names.rs"));

fn empty() -> Bundle {
    // An empty text always parses; a broken built-in file is caught by `cargo test`.
    Bundle::parse("").unwrap_or_else(|_| unreachable!())
}

/// The catalogue in use, and a way to change it; what every component asks for its words.
#[derive(Clone)]
pub struct Tr {
    code: Rc<str>,
    bundle: Rc<Bundle>,
    library_text: Option<Rc<str>>,
    /// The decimal separator ('.' in English, ',' in French), from the browser's `Intl`.
    decimal: char,
    plural: Rc<dyn Fn(i64) -> &'static str>,
    choose: Callback<String>,
}

impl PartialEq for Tr {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code && Rc::ptr_eq(&self.bundle, &other.bundle)
    }
}

impl Tr {
    /// English, with no way to change it (tests, and the moment before the provider runs).
    pub fn english() -> Tr {
        // English plurals need no `Intl`, so this also works outside a browser (native tests).
        Tr {
            code: DEFAULT.into(),
            bundle: english(),
            library_text: None,
            decimal: '.',
            plural: Rc::new(plural_en_like),
            choose: Callback::noop(),
        }
    }

    fn new(
        code: &str,
        bundle: Rc<Bundle>,
        library_text: Option<Rc<str>>,
        choose: Callback<String>,
    ) -> Tr {
        Tr {
            code: code.into(),
            bundle,
            library_text,
            decimal: decimal_separator(code),
            plural: plural_rule(code),
            choose,
        }
    }

    /// The built-in library with its descriptions and tags in this language, for display and
    /// search (collections and exports use [`Library::builtin`], whose text never depends on the
    /// language). English, or any language without library text, is the library itself.
    pub fn library(&self) -> &'static Library {
        let Some(text) = &self.library_text else {
            return Library::builtin();
        };
        let code = self.code.to_string();
        LIBRARIES.with(|l| {
            *l.borrow_mut().entry(code).or_insert_with(|| {
                use crate::core::translation::{parse_library, translate_library};
                let lib = Library::builtin();
                match parse_library(text) {
                    Some(t) => Box::leak(Box::new(translate_library(lib, &t))),
                    None => lib,
                }
            })
        })
    }

    /// The language's decimal separator.
    pub fn decimal(&self) -> char {
        self.decimal
    }

    /// A number written with '.' ("3.5", "+0.5") as this language writes it ("3,5").
    pub fn num(&self, text: String) -> String {
        if self.decimal == '.' {
            text
        } else {
            text.replace('.', &self.decimal.to_string())
        }
    }

    /// `Some("en")` where the title of resource `id` is in another language than this one: the
    /// built-in library's titles stay as published, in English, so a screen reader reading a French
    /// screen says them in English (a person's own or imported resource: language unknown, none).
    pub fn title_lang(&self, id: &str) -> Option<AttrValue> {
        (&*self.code != DEFAULT && Library::builtin().get(id).is_some())
            .then_some(AttrValue::Static(DEFAULT))
    }

    /// The language's code, e.g. "fr".
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The message `key` (written `k!("nav-assess")`).
    pub fn t(&self, key: Key) -> String {
        self.tf(key, &[])
    }

    /// The message `key` with its `{ $variables }`; empty if no catalogue here has it (every
    /// key is in en.ftl, whose later part may not have arrived yet).
    pub fn tf(&self, key: Key, args: &[(&str, Arg)]) -> String {
        let id = id_of(key);
        self.bundle
            .format(&id, args, &*self.plural)
            .or_else(|| english().format(&id, args, &plural_en_like))
            .unwrap_or_default()
    }

    /// A date as people write it in this language (English: "23 November 2026"; others through
    /// the browser's `Intl`, e.g. "23 novembre 2026"); empty for no date.
    pub fn date(&self, d: Option<crate::core::date::Date>) -> String {
        let Some(d) = d else {
            return String::new();
        };
        if &*self.code == DEFAULT {
            return d.long();
        }
        let js = js_sys::Date::new_with_year_month_day(
            d.year() as u32,
            i32::from(d.month()) - 1,
            i32::from(d.day()),
        );
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
        let written: String = js.to_locale_date_string(&self.code, &options).into();
        // The first of the month as the language writes it ("1er" in French), where the
        // catalogue says so.
        match self
            .bundle
            .format(&id_of(k!("date-first-day")), &[], &*self.plural)
        {
            Some(first) if d.day() == 1 => match written.strip_prefix('1') {
                Some(rest) if !rest.starts_with(|c: char| c.is_ascii_digit()) => first + rest,
                _ => written,
            },
            _ => written,
        }
    }

    /// Switches the app to another language (fetching its catalogue if need be).
    pub fn choose(&self, code: String) {
        self.choose.emit(code);
    }
}

/// The decimal separator of `code`, as the browser writes 1.5 in it ('.' where it cannot say).
fn decimal_separator(code: &str) -> char {
    if code == DEFAULT {
        return '.';
    }
    let written: String = js_sys::Number::from(1.5).to_locale_string(code).into();
    written.chars().find(|c| !c.is_ascii_digit()).unwrap_or('.')
}

fn plural_en_like(n: i64) -> &'static str {
    crate::core::i18n::plural_en(n)
}

/// The browser's plural rules for `code` (English rules where `Intl` is missing).
fn plural_rule(code: &str) -> Rc<dyn Fn(i64) -> &'static str> {
    let locales = js_sys::Array::of1(&code.into());
    let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
    Rc::new(
        move |n: i64| match rules.select(n as f64).as_string().as_deref() {
            Some("zero") => "zero",
            Some("one") => "one",
            Some("two") => "two",
            Some("few") => "few",
            Some("many") => "many",
            _ => "other",
        },
    )
}

/// The first of the browser's preferred languages the app has, else English.
fn preferred() -> String {
    if let Some(code) = crate::storage::load_language() {
        if LANGUAGES.iter().any(|(c, _)| *c == code) {
            return code;
        }
    }
    let nav = web_sys::window().map(|w| w.navigator());
    let wanted: Vec<String> = nav
        .map(|n| n.languages().iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    for want in wanted {
        let base = want
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if let Some((c, _)) = LANGUAGES.iter().find(|(c, _)| *c == base) {
            return (*c).to_string();
        }
    }
    DEFAULT.to_string()
}

/// The catalogue and questionnaire for `code`: built in, already fetched, or fetched now. A
/// language without questionnaire text (`i18n/<code>/questionnaire.json`) keeps the English.
async fn language_for(code: &str) -> Option<Language> {
    if code == DEFAULT {
        return Some(Language {
            bundle: english(),
            questionnaire: Questionnaire::builtin(),
            library_text: None,
        });
    }
    if let Some(found) = FETCHED.with(|f| f.borrow().get(code).cloned()) {
        return Some(found);
    }
    use crate::platform::{finish_fetch, start_fetch};
    let catalogue = start_fetch(&format!("i18n/{code}.ftl"));
    let content = QUESTIONNAIRE_TEXTS
        .contains(&code)
        .then(|| start_fetch(&format!("i18n/{code}/questionnaire.json")))
        .flatten();
    let library = LIBRARY_TEXTS
        .contains(&code)
        .then(|| start_fetch(&format!("i18n/{code}/library.json")))
        .flatten();
    let bundle = Rc::new(Bundle::parse(&finish_fetch(catalogue).await?).ok()?);
    let english = Questionnaire::builtin();
    let q = match finish_fetch(content).await {
        Some(text) => crate::lazy::questionnaire_in(&text)
            .await
            .unwrap_or(english),
        None => english,
    };
    let language = Language {
        bundle,
        questionnaire: q,
        library_text: finish_fetch(library).await.map(Rc::from),
    };
    FETCHED.with(|f| f.borrow_mut().insert(code.to_string(), language.clone()));
    Some(language)
}

/// Marks the page with its language, for screen readers, spelling and hyphenation.
fn set_document_language(code: &str) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", code);
    }
    // The installed app's name and description, where the language ships a manifest
    // (assets/i18n/<code>/manifest.webmanifest).
    if let Some(link) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("link[rel=manifest]").ok().flatten())
    {
        let href = if MANIFESTS.contains(&code) {
            format!("i18n/{code}/manifest.webmanifest")
        } else {
            "manifest.webmanifest".to_string()
        };
        let _ = link.set_attribute("href", &href);
    }
}

thread_local! {
    /// The language the app starts in, made ready by [`prepare`] before the first render.
    static STARTING: RefCell<Option<(String, Language)>> = const { RefCell::new(None) };
}

/// Makes the person's language ready before the app first renders, so a returning visitor who
/// chose French sees the first paint in French and then the app in French, never English in
/// between. English needs nothing; another language is fetched (from the service worker's cache
/// after the first visit). If it cannot be had, the app starts in English.
pub async fn prepare() {
    let code = preferred();
    if code == DEFAULT {
        return;
    }
    if let Some(language) = language_for(&code).await {
        set_document_language(&code);
        QUESTIONNAIRE.set(Some(language.questionnaire));
        STARTING.with(|s| *s.borrow_mut() = Some((code, language)));
    }
}

#[derive(Properties, PartialEq)]
pub struct I18nProviderProps {
    pub children: Html,
}

/// Gives every component below it the catalogue in use; re-renders them when it changes.
#[component]
pub fn I18nProvider(props: &I18nProviderProps) -> Html {
    let current = use_state(|| STARTING.with(|s| s.borrow_mut().take()));
    let choose = {
        let current = current.clone();
        Callback::from(move |code: String| {
            let current = current.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(language) = language_for(&code).await {
                    crate::storage::save_language(&code);
                    set_document_language(&code);
                    QUESTIONNAIRE.set(Some(language.questionnaire));
                    current.set(Some((code, language)));
                }
            });
        })
    };
    {
        let choose = choose.clone();
        let started = current.is_some();
        use_effect_with((), move |_| {
            // Not made ready before the start (tests render without `prepare`): switch now.
            let code = preferred();
            if code != DEFAULT && !started {
                choose.emit(code);
            }
        });
    }
    let tr = match &*current {
        Some((code, l)) => Tr::new(code, l.bundle.clone(), l.library_text.clone(), choose),
        None => Tr::new(DEFAULT, english(), None, choose),
    };
    html! {
        <ContextProvider<Tr> context={tr}>{ props.children.clone() }</ContextProvider<Tr>>
    }
}

/// The catalogue in use (English outside an `I18nProvider`).
#[hook]
pub fn use_tr() -> Tr {
    use_context::<Tr>().unwrap_or_else(Tr::english)
}
