//! The language the app speaks: the catalogue in use (English built in; any other fetched once from
//! `i18n/<code>.ftl`, which the service worker precaches for offline use), the person's choice
//! (remembered; the first visit follows the browser's preferred languages), `<html lang>`, and
//! plurals, numbers and dates through the browser's `Intl`.
use crate::core::i18n::{Arg, Bundle};
use crate::core::questionnaire::Questionnaire;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The built-in language, and the fallback for any id a catalogue lacks.
pub const DEFAULT: &str = "en";
const ENGLISH: &str = include_str!("../assets/i18n/en.ftl");

thread_local! {
    static ENGLISH_BUNDLE: Rc<Bundle> = Rc::new(Bundle::parse(ENGLISH).unwrap_or_else(|_| empty()));
    /// Catalogues and questionnaire text fetched so far, by code.
    static FETCHED: RefCell<BTreeMap<String, (Rc<Bundle>, &'static Questionnaire)>> = const { RefCell::new(BTreeMap::new()) };
    /// The questionnaire in the language in use.
    static QUESTIONNAIRE: std::cell::Cell<Option<&'static Questionnaire>> = const { std::cell::Cell::new(None) };
}

/// The questionnaire in the language in use (ids, order and version are always the English ones).
pub fn questionnaire() -> &'static Questionnaire {
    QUESTIONNAIRE.get().unwrap_or_else(Questionnaire::builtin)
}

fn empty() -> Bundle {
    // An empty text always parses; a broken built-in file is caught by `cargo test`.
    Bundle::parse("").unwrap_or_else(|_| unreachable!())
}

/// The catalogue in use, and a way to change it; what every component asks for its words.
#[derive(Clone)]
pub struct Tr {
    code: Rc<str>,
    bundle: Rc<Bundle>,
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
        Tr::new(DEFAULT, ENGLISH_BUNDLE.with(Rc::clone), Callback::noop())
    }

    fn new(code: &str, bundle: Rc<Bundle>, choose: Callback<String>) -> Tr {
        Tr {
            code: code.into(),
            bundle,
            plural: plural_rule(code),
            choose,
        }
    }

    /// The language's code, e.g. "fr".
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.tf(id, &[])
    }

    /// The message `id` with its `{ $variables }`.
    pub fn tf(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.bundle
            .format(id, args, &*self.plural)
            .or_else(|| ENGLISH_BUNDLE.with(|en| en.format(id, args, &plural_en_like)))
            .unwrap_or_else(|| id.to_string())
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
        js.to_locale_date_string(&self.code, &options).into()
    }

    /// Switches the app to another language (fetching its catalogue if need be).
    pub fn choose(&self, code: String) {
        self.choose.emit(code);
    }
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
async fn language_for(code: &str) -> Option<(Rc<Bundle>, &'static Questionnaire)> {
    if code == DEFAULT {
        return Some((ENGLISH_BUNDLE.with(Rc::clone), Questionnaire::builtin()));
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
    let bundle = Rc::new(Bundle::parse(&finish_fetch(catalogue).await?).ok()?);
    let english = Questionnaire::builtin();
    let q = match finish_fetch(content).await {
        Some(text) => crate::lazy::questionnaire_in(&text)
            .await
            .unwrap_or(english),
        None => english,
    };
    FETCHED.with(|f| f.borrow_mut().insert(code.to_string(), (bundle.clone(), q)));
    Some((bundle, q))
}

/// Marks the page with its language, for screen readers, spelling and hyphenation.
fn set_document_language(code: &str) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", code);
    }
}

#[derive(Properties, PartialEq)]
pub struct I18nProviderProps {
    pub children: Html,
}

/// Gives every component below it the catalogue in use; re-renders them when it changes.
#[component]
pub fn I18nProvider(props: &I18nProviderProps) -> Html {
    let current = use_state(|| None::<(String, Rc<Bundle>)>);
    let choose = {
        let current = current.clone();
        Callback::from(move |code: String| {
            let current = current.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some((bundle, q)) = language_for(&code).await {
                    crate::storage::save_language(&code);
                    set_document_language(&code);
                    QUESTIONNAIRE.set(Some(q));
                    current.set(Some((code, bundle)));
                }
            });
        })
    };
    {
        let choose = choose.clone();
        use_effect_with((), move |_| {
            let code = preferred();
            if code != DEFAULT {
                choose.emit(code);
            }
        });
    }
    let tr = match &*current {
        Some((code, bundle)) => Tr::new(code, bundle.clone(), choose),
        None => Tr::new(DEFAULT, ENGLISH_BUNDLE.with(Rc::clone), choose),
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
