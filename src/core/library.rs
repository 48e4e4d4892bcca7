//! The resource library: loading and validating content, safe web addresses, fast typo-tolerant
//! search, recommendations per pillar and shareable collections.
//!
//! Pure Rust: no browser types. The shipped content is `assets/content/library.json`.
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

/// The seven pillars of digital leadership, in display order.
pub const PILLAR_IDS: [&str; 7] = [
    "engagement",
    "spaces",
    "professional-learning",
    "communications",
    "public-relations",
    "branding",
    "opportunity",
];

/// Position of a pillar id in [`PILLAR_IDS`] (exact match).
pub fn pillar_index(id: &str) -> Option<usize> {
    PILLAR_IDS.iter().position(|p| *p == id)
}

// Limits that keep hand-made and shared content sane.
const MAX_ID_CHARS: usize = 200;
const MAX_TITLE_CHARS: usize = 500;
const MAX_AUTHOR_CHARS: usize = 300;
const MAX_DESCRIPTION_CHARS: usize = 10_000;
const MAX_TAGS: usize = 50;
const MAX_TAG_CHARS: usize = 100;
const MAX_SOURCE_CHARS: usize = 500;
/// Longest web address accepted by [`check_url`], in bytes.
pub const MAX_URL_LEN: usize = 2000;

// ---------------------------------------------------------------------------------------------
// Kind
// ---------------------------------------------------------------------------------------------

/// What sort of thing a resource is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Article,
    Course,
    Book,
    Video,
    Podcast,
    Community,
    Standard,
    Report,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 8] = [
        Kind::Article,
        Kind::Course,
        Kind::Book,
        Kind::Video,
        Kind::Podcast,
        Kind::Community,
        Kind::Standard,
        Kind::Report,
    ];

    /// The id used in JSON and URLs, e.g. `"course"`.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Course => "course",
            Kind::Book => "book",
            Kind::Video => "video",
            Kind::Podcast => "podcast",
            Kind::Community => "community",
            Kind::Standard => "standard",
            Kind::Report => "report",
        }
    }

    /// Display name, e.g. `"Course"`.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Article => "Article",
            Kind::Course => "Course",
            Kind::Book => "Book",
            Kind::Video => "Video",
            Kind::Podcast => "Podcast",
            Kind::Community => "Community",
            Kind::Standard => "Standard",
            Kind::Report => "Report",
        }
    }

    /// Lenient parse for user-facing input: surrounding spaces and letter case are ignored.
    pub fn parse(s: &str) -> Option<Kind> {
        let s = s.trim();
        Kind::ALL
            .into_iter()
            .find(|k| k.id().eq_ignore_ascii_case(s))
    }

    /// Strict parse: exactly the JSON id.
    fn from_id(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == s)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::parse(s).ok_or_else(|| unknown_kind_message(s))
    }
}

fn kind_list() -> String {
    Kind::ALL.map(Kind::id).join(", ")
}

fn unknown_kind_message(s: &str) -> String {
    format!(
        "“{}” isn't a known kind of resource (expected one of: {}).",
        clip(s, 40),
        kind_list()
    )
}

// ---------------------------------------------------------------------------------------------
// Resource and Library
// ---------------------------------------------------------------------------------------------

/// One entry of the library (or of a person's own list, or of a shared collection).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: String,
    pub title: String,
    pub author: String,
    pub kind: Kind,
    /// Pillar ids from [`PILLAR_IDS`]; at least one.
    pub pillars: Vec<String>,
    pub description: String,
    /// Approximate time to work through it; 0 = unknown.
    #[serde(default)]
    pub minutes: u32,
    /// A safe http(s) address, or empty when there is none (see [`web_search_url`]).
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Reference to the seed material the entry was curated from.
    #[serde(default)]
    pub source: String,
}

const RESOURCE_FIELDS: [&str; 10] = [
    "id",
    "title",
    "author",
    "kind",
    "pillars",
    "description",
    "minutes",
    "url",
    "tags",
    "source",
];

impl Resource {
    /// Checks every field; the error is a plain-English sentence suitable for the UI.
    pub fn validate(&self) -> Result<(), String> {
        if self.id.trim().is_empty() {
            return Err("The id is missing.".into());
        }
        if self.id.chars().count() > MAX_ID_CHARS || self.id.chars().any(char::is_control) {
            return Err("The id is too long or contains invisible characters.".into());
        }
        text_field("title", &self.title, MAX_TITLE_CHARS)?;
        text_field("author", &self.author, MAX_AUTHOR_CHARS)?;
        text_field("description", &self.description, MAX_DESCRIPTION_CHARS)?;
        if self.pillars.is_empty() {
            return Err("It isn't linked to any pillar.".into());
        }
        let mut seen = 0u8;
        for p in &self.pillars {
            let Some(i) = pillar_index(p) else {
                return Err(format!(
                    "“{}” is not one of the seven pillars (expected one of: {}).",
                    clip(p, 40),
                    PILLAR_IDS.join(", ")
                ));
            };
            if seen & (1 << i) != 0 {
                return Err(format!("The pillar “{p}” is listed twice."));
            }
            seen |= 1 << i;
        }
        check_url(&self.url).map_err(|e| e.to_string())?;
        if self.tags.len() > MAX_TAGS {
            return Err(format!("It has too many tags (the limit is {MAX_TAGS})."));
        }
        for t in &self.tags {
            if t.trim().is_empty() {
                return Err("One of the tags is empty.".into());
            }
            if t.chars().count() > MAX_TAG_CHARS {
                return Err(format!(
                    "A tag is too long (the limit is {MAX_TAG_CHARS} characters)."
                ));
            }
        }
        if self.source.chars().count() > MAX_SOURCE_CHARS {
            return Err(format!(
                "The source is too long (the limit is {MAX_SOURCE_CHARS} characters)."
            ));
        }
        Ok(())
    }

    /// Validates and returns the resource with its web address normalised (trimmed, lowercase scheme).
    pub fn normalized(mut self) -> Result<Resource, String> {
        self.validate()?;
        self.url = check_url(&self.url).map_err(|e| e.to_string())?;
        Ok(self)
    }

    /// Where to send a reader: the resource's own address, or a web search for it.
    pub fn link(&self) -> String {
        if self.url.is_empty() {
            web_search_url(&self.title, &self.author)
        } else {
            self.url.clone()
        }
    }
}

fn text_field(name: &str, value: &str, max: usize) -> Result<(), String> {
    if value.trim().is_empty() {
        Err(format!("The {name} is missing."))
    } else if value.chars().count() > max {
        Err(format!(
            "The {name} is too long (the limit is {max} characters)."
        ))
    } else {
        Ok(())
    }
}

/// Shortens user-supplied text quoted back in messages.
fn clip(s: &str, max_chars: usize) -> String {
    let mut out: String = s
        .chars()
        .filter(|c| !c.is_control())
        .take(max_chars)
        .collect();
    if s.chars().count() > max_chars {
        out.push('…');
    }
    out
}

/// The curated library.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    pub version: u8,
    pub resources: Vec<Resource>,
}

/// The shipped library, embedded where the build does not fetch it (tests, unsplit builds): the
/// split release keeps it out of the wasm and installs it with [`Library::install_builtin`] when
/// the screens that use it are fetched (`crate::lazy`).
#[cfg(not(feature = "split"))]
const BUILTIN_JSON: &str = include_str!("../../assets/content/library.json");

thread_local! {
    static INSTALLED: std::cell::Cell<Option<&'static Library>> = const { std::cell::Cell::new(None) };
}

impl Library {
    /// Parses and validates a library file: known fields only, unique ids, known pillars,
    /// non-empty title/author/description and safe (or empty) web addresses.
    pub fn from_json(text: &str) -> Result<Library, String> {
        let lib: Library = serde_json::from_str(text).map_err(|e| format!("library file: {e}"))?;
        if lib.version == 0 {
            return Err("library file: version must be at least 1".into());
        }
        let mut ids = HashSet::new();
        let mut resources = Vec::with_capacity(lib.resources.len());
        for r in lib.resources {
            let id = r.id.clone();
            let r = r
                .normalized()
                .map_err(|e| format!("library file, resource “{id}”: {e}"))?;
            if !ids.insert(id.clone()) {
                return Err(format!("library file: duplicate resource id “{id}”"));
            }
            resources.push(r);
        }
        Ok(Library {
            version: lib.version,
            resources,
        })
    }

    /// The library shipped with the app (validated by the test suite). Never panics: a broken
    /// or missing file gives an empty library.
    pub fn builtin() -> &'static Library {
        if let Some(lib) = INSTALLED.get() {
            return lib;
        }
        static FALLBACK: OnceLock<Library> = OnceLock::new();
        FALLBACK.get_or_init(|| {
            let empty = Library {
                version: 1,
                resources: Vec::new(),
            };
            #[cfg(not(feature = "split"))]
            let lib = Library::from_json(BUILTIN_JSON).unwrap_or(empty);
            #[cfg(feature = "split")]
            let lib = empty;
            lib
        })
    }

    /// Makes a library file fetched at run time the built-in library (once; later calls keep the
    /// first). Must run before anything reads [`Library::builtin`] or its index.
    pub fn install_builtin(text: &str) -> Result<(), String> {
        if INSTALLED.get().is_none() {
            let lib: &'static Library = Box::leak(Box::new(Library::from_json(text)?));
            INSTALLED.set(Some(lib));
        }
        Ok(())
    }

    /// A search index over [`Library::builtin`], built on first use.
    pub fn builtin_index() -> &'static SearchIndex {
        static I: OnceLock<SearchIndex> = OnceLock::new();
        I.get_or_init(|| SearchIndex::new(&Library::builtin().resources))
    }

    pub fn get(&self, id: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.id == id)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.resources.iter().position(|r| r.id == id)
    }
}

// ---------------------------------------------------------------------------------------------
// Web addresses
// ---------------------------------------------------------------------------------------------

/// Why a web address was refused. `Display` gives a plain-English sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlError {
    /// Not http:// or https:// (javascript:, data:, file:, //host, bare words, …).
    NotWeb,
    /// Nothing after `http://`.
    MissingHost,
    /// The site name (or port) has characters a site name can't have.
    BadHost,
    /// Spaces, line breaks, control or invisible characters.
    Spaces,
    /// Quotes, angle brackets, backslashes and similar.
    BadCharacters,
    /// `user:password@` before the site name.
    Credentials,
    TooLong,
}

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UrlError::NotWeb => "Only web addresses starting with http:// or https:// can be added.",
            UrlError::MissingHost => "That web address has no site name after http:// or https://.",
            UrlError::BadHost => "The site name in that web address isn't valid.",
            UrlError::Spaces => "Web addresses can't contain spaces or invisible characters.",
            UrlError::BadCharacters => "That web address contains characters that aren't allowed, such as quotes, angle brackets or backslashes.",
            UrlError::Credentials => "Web addresses that include a user name or password can't be added.",
            UrlError::TooLong => "That web address is too long (the limit is 2,000 characters).",
        })
    }
}

impl std::error::Error for UrlError {}

/// Characters that render as nothing (or reorder text) and are used to disguise addresses.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
        | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}')
}

/// Checks a web address a person typed (or a file supplied). Trims it; empty input gives
/// `Ok("")` (callers decide whether an address is required). Only `http://` and `https://`
/// (any letter case) with a site name are accepted; the result has a lowercase scheme.
pub fn check_url(input: &str) -> Result<String, UrlError> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    if s.len() > MAX_URL_LEN {
        return Err(UrlError::TooLong);
    }
    if s.chars()
        .any(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
    {
        return Err(UrlError::Spaces);
    }
    let Some(colon) = s.find(':') else {
        return Err(UrlError::NotWeb);
    };
    let scheme = s[..colon].to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(UrlError::NotWeb);
    }
    let rest = &s[colon + 1..];
    let Some(after) = rest.strip_prefix("//") else {
        return Err(UrlError::NotWeb);
    };
    if s.chars()
        .any(|c| matches!(c, '<' | '>' | '"' | '`' | '\\' | '{' | '}' | '|' | '^'))
    {
        return Err(UrlError::BadCharacters);
    }
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let authority = &after[..end];
    if authority.is_empty() {
        return Err(UrlError::MissingHost);
    }
    if authority.contains('@') {
        return Err(UrlError::Credentials);
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let Some(close) = v6.find(']') else {
            return Err(UrlError::BadHost);
        };
        let host = &v6[..close];
        if host.is_empty()
            || !host
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        {
            return Err(UrlError::BadHost);
        }
        match &v6[close + 1..] {
            "" => (host, None),
            p => match p.strip_prefix(':') {
                Some(port) => (host, Some(port)),
                None => return Err(UrlError::BadHost),
            },
        }
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    if host.is_empty() {
        return Err(UrlError::MissingHost);
    }
    if !authority.starts_with('[') {
        if !host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '_'))
        {
            return Err(UrlError::BadHost);
        }
        if !host.chars().any(char::is_alphanumeric) {
            return Err(UrlError::BadHost);
        }
    }
    if let Some(p) = port {
        if p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(UrlError::BadHost);
        }
    }
    Ok(format!("{scheme}:{rest}"))
}

/// A DuckDuckGo search for a resource that has no verified address.
pub fn web_search_url(title: &str, author: &str) -> String {
    let q = title
        .split_whitespace()
        .chain(author.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::from("https://duckduckgo.com/?q=");
    percent_encode(&q, &mut out);
    out
}

/// Percent-encodes every byte except RFC 3986 unreserved characters.
fn percent_encode(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Text normalisation
// ---------------------------------------------------------------------------------------------

/// Characters dropped inside words: apostrophes ("school's" → "schools"), combining accents,
/// soft hyphens and zero-width characters.
fn is_joiner(c: char) -> bool {
    matches!(c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{0300}'..='\u{036F}' | '\u{00AD}'
        | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Pushes a lowercase character with common Latin diacritics removed.
fn fold_into(c: char, out: &mut String) {
    let s: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        '\u{0300}'..='\u{036F}' => "",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(s);
}

/// Splits text into lowercase, accent-free alphanumeric tokens.
fn tokenize(text: &str, out: &mut Vec<String>) {
    let mut cur = String::new();
    for c in text.chars() {
        if is_joiner(c) {
            continue;
        }
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                fold_into(l, &mut cur);
            }
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
}

// ---------------------------------------------------------------------------------------------
// Bounded edit distance (optimal string alignment: insert, delete, substitute, swap neighbours)
// ---------------------------------------------------------------------------------------------

/// `Some(d)` when the distance between `a` and `b` is `d <= 1`. Linear time.
fn within_one(a: &[char], b: &[char]) -> Option<usize> {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return None;
    }
    let i = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if i == la && i == lb {
        return Some(0);
    }
    let one = match la.cmp(&lb) {
        std::cmp::Ordering::Equal => {
            a[i + 1..] == b[i + 1..]
                || (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i + 2..] == b[i + 2..])
        }
        std::cmp::Ordering::Less => a[i..] == b[i + 1..],
        std::cmp::Ordering::Greater => a[i + 1..] == b[i..],
    };
    one.then_some(1)
}

/// `Some(d)` when the distance between `a` and `b` is `d <= k`: a banded dynamic programme that
/// gives up as soon as a whole row exceeds `k`. `buf` is scratch space reused between calls.
fn within_k(a: &[char], b: &[char], k: usize, buf: &mut Vec<usize>) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > k {
        return None;
    }
    let inf = k + 1;
    let w = m + 1;
    buf.clear();
    buf.resize(3 * w, inf);
    // Offsets of rows i-2, i-1 and i inside `buf`.
    let (mut r0, mut r1, mut r2) = (0, w, 2 * w);
    for j in 0..=m {
        buf[r1 + j] = j.min(inf);
    }
    for i in 1..=n {
        buf[r2..r2 + w].fill(inf);
        buf[r2] = i.min(inf);
        let mut row_min = buf[r2];
        let lo = i.saturating_sub(k).max(1);
        let hi = (i + k).min(m);
        for j in lo..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (buf[r1 + j] + 1)
                .min(buf[r2 + j - 1] + 1)
                .min(buf[r1 + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(buf[r0 + j - 2] + 1);
            }
            let v = v.min(inf);
            buf[r2 + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > k {
            return None;
        }
        (r0, r1, r2) = (r1, r2, r0);
    }
    let d = buf[r1 + m];
    (d <= k).then_some(d)
}

/// A 64-bit set of the characters in a word (letters and digits exactly, others hashed).
/// If two words are within `k` edits, each has at most `k` bits the other lacks.
fn char_bag(word: &[char]) -> u64 {
    word.iter().fold(0u64, |bag, &c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + c as u32 - '0' as u32,
            _ => 36 + c as u32 % 28,
        };
        bag | 1 << bit
    })
}

// ---------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------

/// What the person is looking for. Lives in the page's query string, so: flat strings, all
/// optional, empty ones left out when serialized, and invalid values harmless (an unknown
/// pillar or kind means "no filter"; unknown parameters are ignored).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub q: String,
    /// One pillar id or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pillar: String,
    /// One kind id or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
}

impl Filter {
    /// The pillar filter, if it names a known pillar.
    pub fn pillar_id(&self) -> Option<&'static str> {
        let p = self.pillar.trim();
        PILLAR_IDS
            .iter()
            .copied()
            .find(|id| id.eq_ignore_ascii_case(p))
    }

    /// The kind filter, if it names a known kind.
    pub fn kind(&self) -> Option<Kind> {
        Kind::parse(&self.kind)
    }

    /// True when nothing narrows the list.
    pub fn is_empty(&self) -> bool {
        self.q.trim().is_empty() && self.pillar_id().is_none() && self.kind().is_none()
    }

    fn pillar_bit(&self) -> u8 {
        self.pillar_id()
            .and_then(pillar_index)
            .map_or(0, |i| 1 << i)
    }
}

const F_TITLE: u8 = 1;
const F_TAGS: u8 = 2;
const F_AUTHOR: u8 = 4;
const F_DESCRIPTION: u8 = 8;

/// Weight of the best field a term occurs in, plus a little for each further field.
fn field_weight(mask: u8) -> f32 {
    let mut best = 0.0f32;
    let mut count = 0.0f32;
    for (bit, w) in [
        (F_TITLE, 10.0),
        (F_TAGS, 5.0),
        (F_AUTHOR, 3.0),
        (F_DESCRIPTION, 1.0),
    ] {
        if mask & bit != 0 {
            best = best.max(w);
            count += 1.0;
        }
    }
    best + 0.1 * (count - 1.0).max(0.0)
}

const Q_EXACT: f32 = 1.0;
const Q_TYPO1: f32 = 0.5;
const Q_TYPO2: f32 = 0.3;
const BONUS_TITLE_EQUALS: f32 = 50.0;
const BONUS_TITLE_STARTS: f32 = 20.0;
/// Longer queries are cut here; later words are ignored.
const MAX_QUERY_CHARS: usize = 256;
const MAX_QUERY_TOKENS: usize = 16;

/// Quality of a prefix match: better the more of the word has been typed (always below exact).
fn prefix_quality(typed: usize, word: usize) -> f32 {
    0.55 + 0.35 * typed as f32 / word.max(1) as f32
}

struct Query {
    /// Distinct tokens, in order.
    tokens: Vec<(String, Vec<char>)>,
    /// All tokens joined by single spaces (for the title bonus).
    norm: String,
}

impl Query {
    fn new(q: &str) -> Query {
        let q: String = q.chars().take(MAX_QUERY_CHARS).collect();
        let mut toks = Vec::new();
        tokenize(&q, &mut toks);
        let norm = toks.join(" ");
        let mut tokens: Vec<(String, Vec<char>)> = Vec::new();
        for t in toks {
            if tokens.len() == MAX_QUERY_TOKENS {
                break;
            }
            if !tokens.iter().any(|(s, _)| *s == t) {
                let chars = t.chars().collect();
                tokens.push((t, chars));
            }
        }
        Query { tokens, norm }
    }
}

/// An inverted index over a resource list, built once (e.g. when the library page opens).
///
/// Vocabulary terms are sorted, so prefix matches are a binary search plus a short scan; typo
/// candidates are looked up by length; each term has a posting list of (resource, fields).
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    /// Sorted distinct tokens.
    terms: Vec<Box<str>>,
    /// Characters of every term, back to back; `spans[t]` = (start, len).
    chars: Vec<char>,
    spans: Vec<(u32, u32)>,
    /// Which characters each term contains (see [`char_bag`]): a cheap typo pre-filter.
    bags: Vec<u64>,
    /// Term ids by character length.
    by_len: Vec<Vec<u32>>,
    /// Postings of term `t` are `postings[post_start[t]..post_start[t + 1]]`.
    post_start: Vec<u32>,
    postings: Vec<(u32, u8)>,
    /// Normalised title of each resource.
    titles: Vec<Box<str>>,
    pillar_masks: Vec<u8>,
    kinds: Vec<Kind>,
}

impl SearchIndex {
    pub fn new(resources: &[Resource]) -> SearchIndex {
        let mut map: HashMap<String, Vec<(u32, u8)>> = HashMap::new();
        let mut titles = Vec::with_capacity(resources.len());
        let mut pillar_masks = Vec::with_capacity(resources.len());
        let mut kinds = Vec::with_capacity(resources.len());
        let mut toks: Vec<String> = Vec::new();
        let mut local: Vec<(String, u8)> = Vec::new();
        for (ri, r) in resources.iter().enumerate() {
            let ri = ri as u32;
            local.clear();
            tokenize(&r.title, &mut toks);
            titles.push(toks.join(" ").into_boxed_str());
            local.extend(toks.drain(..).map(|t| (t, F_TITLE)));
            for tag in &r.tags {
                tokenize(tag, &mut toks);
            }
            local.extend(toks.drain(..).map(|t| (t, F_TAGS)));
            tokenize(&r.author, &mut toks);
            local.extend(toks.drain(..).map(|t| (t, F_AUTHOR)));
            tokenize(&r.description, &mut toks);
            local.extend(toks.drain(..).map(|t| (t, F_DESCRIPTION)));
            local.sort_unstable();
            let mut i = 0;
            while i < local.len() {
                let mut mask = local[i].1;
                let mut j = i + 1;
                while j < local.len() && local[j].0 == local[i].0 {
                    mask |= local[j].1;
                    j += 1;
                }
                let tok = std::mem::take(&mut local[i].0);
                match map.get_mut(tok.as_str()) {
                    Some(list) => list.push((ri, mask)),
                    None => {
                        map.insert(tok, vec![(ri, mask)]);
                    }
                }
                i = j;
            }
            pillar_masks.push(
                r.pillars
                    .iter()
                    .filter_map(|p| pillar_index(p))
                    .fold(0u8, |m, i| m | 1 << i),
            );
            kinds.push(r.kind);
        }
        let mut entries: Vec<(String, Vec<(u32, u8)>)> = map.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut index = SearchIndex {
            titles,
            pillar_masks,
            kinds,
            ..SearchIndex::default()
        };
        index.post_start.push(0);
        for (t, (term, list)) in entries.into_iter().enumerate() {
            let start = index.chars.len() as u32;
            index.chars.extend(term.chars());
            let len = index.chars.len() as u32 - start;
            index.spans.push((start, len));
            index.bags.push(char_bag(&index.chars[start as usize..]));
            if index.by_len.len() <= len as usize {
                index.by_len.resize(len as usize + 1, Vec::new());
            }
            index.by_len[len as usize].push(t as u32);
            index.postings.extend(list);
            index.post_start.push(index.postings.len() as u32);
            index.terms.push(term.into_boxed_str());
        }
        index
    }

    /// Number of resources indexed.
    pub fn len(&self) -> usize {
        self.titles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.titles.is_empty()
    }

    /// Number of distinct words in the index.
    pub fn vocabulary_len(&self) -> usize {
        self.terms.len()
    }

    fn term_chars(&self, t: u32) -> &[char] {
        let (s, l) = self.spans[t as usize];
        &self.chars[s as usize..(s + l) as usize]
    }

    fn term_postings(&self, t: u32) -> &[(u32, u8)] {
        let t = t as usize;
        &self.postings[self.post_start[t] as usize..self.post_start[t + 1] as usize]
    }

    /// Vocabulary terms matching one query token, with match quality.
    fn term_matches(&self, q: &str, qc: &[char], out: &mut Vec<(u32, f32)>, buf: &mut Vec<usize>) {
        out.clear();
        let mut i = self.terms.partition_point(|t| &**t < q);
        if i < self.terms.len() && &*self.terms[i] == q {
            out.push((i as u32, Q_EXACT));
            i += 1;
        }
        if qc.len() >= 2 {
            while i < self.terms.len() && self.terms[i].starts_with(q) {
                let len = self.spans[i].1 as usize;
                out.push((i as u32, prefix_quality(qc.len(), len)));
                i += 1;
            }
        }
        let k = match qc.len() {
            0..=3 => return,
            4..=7 => 1,
            _ => 2,
        };
        let qbag = char_bag(qc);
        for len in qc.len() - k..=qc.len() + k {
            let Some(ids) = self.by_len.get(len) else {
                continue;
            };
            for &t in ids {
                // Each edit adds or removes at most one distinct character.
                let bag = self.bags[t as usize];
                if (qbag & !bag).count_ones() as usize > k
                    || (bag & !qbag).count_ones() as usize > k
                {
                    continue;
                }
                let tc = self.term_chars(t);
                if tc.starts_with(qc) {
                    continue; // already an exact or prefix match
                }
                let d = if k == 1 {
                    within_one(qc, tc)
                } else {
                    within_k(qc, tc, k, buf)
                };
                match d {
                    Some(1) => out.push((t, Q_TYPO1)),
                    Some(2) => out.push((t, Q_TYPO2)),
                    _ => {}
                }
            }
        }
    }

    /// Resources (in index order) passing the filters and matching every query token, with scores.
    fn matches(
        &self,
        resources_len: usize,
        query: &Query,
        pillar_bit: u8,
        kind: Option<Kind>,
    ) -> Vec<(usize, f32)> {
        let n = self.len().min(resources_len);
        let passes = |r: usize| {
            (pillar_bit == 0 || self.pillar_masks[r] & pillar_bit != 0)
                && kind.is_none_or(|k| self.kinds[r] == k)
        };
        if query.tokens.is_empty() {
            return (0..n).filter(|&r| passes(r)).map(|r| (r, 0.0)).collect();
        }
        let mut total = vec![0f32; n];
        let mut hits = vec![0u8; n];
        let mut best = vec![0f32; n];
        let mut touched: Vec<usize> = Vec::new();
        let mut cands = Vec::new();
        let mut buf = Vec::new();
        for (ti, (tok, chars)) in query.tokens.iter().enumerate() {
            let ti = ti as u8;
            self.term_matches(tok, chars, &mut cands, &mut buf);
            for &(t, quality) in &cands {
                for &(r, mask) in self.term_postings(t) {
                    let r = r as usize;
                    // Only resources that matched every earlier token (and the filters) count.
                    if r >= n || hits[r] != ti || (ti == 0 && !passes(r)) {
                        continue;
                    }
                    let s = field_weight(mask) * quality;
                    if best[r] == 0.0 {
                        touched.push(r);
                    }
                    if s > best[r] {
                        best[r] = s;
                    }
                }
            }
            if touched.is_empty() {
                return Vec::new();
            }
            for r in touched.drain(..) {
                hits[r] += 1;
                total[r] += best[r];
                best[r] = 0.0;
            }
        }
        let need = query.tokens.len() as u8;
        (0..n)
            .filter(|&r| hits[r] == need)
            .map(|r| (r, total[r]))
            .collect()
    }

    /// Indices into `resources` (the slice this index was built from) matching `filter`, best
    /// first. With no query words: every resource passing the filters, in original order.
    ///
    /// Every query word must match a word of the title, tags, author or description, in any
    /// order: exactly, as a prefix (words of 2+ letters) or with a typo (one edit for words of
    /// 4+ letters, two for 8+).
    pub fn search(&self, resources: &[Resource], filter: &Filter) -> Vec<usize> {
        let query = Query::new(&filter.q);
        let found = self.matches(resources.len(), &query, filter.pillar_bit(), filter.kind());
        self.rank(&query, found)
    }

    /// [`search`](Self::search), [`counts_by_pillar`](Self::counts_by_pillar) and
    /// [`counts_by_kind`](Self::counts_by_kind) together, matching the query only once: what the
    /// library page needs on every keystroke.
    pub fn search_with_counts(&self, resources: &[Resource], filter: &Filter) -> SearchResults {
        let query = Query::new(&filter.q);
        let (pillar_bit, kind) = (filter.pillar_bit(), filter.kind());
        let mut pillar_counts = [0usize; 7];
        let mut kind_counts = [0usize; 8];
        let mut found = self.matches(resources.len(), &query, 0, None);
        found.retain(|&(r, _)| {
            let pillar_ok = pillar_bit == 0 || self.pillar_masks[r] & pillar_bit != 0;
            let kind_ok = kind.is_none_or(|k| self.kinds[r] == k);
            if kind_ok {
                count_pillars(self.pillar_masks[r], &mut pillar_counts);
            }
            if pillar_ok {
                kind_counts[self.kinds[r] as usize] += 1;
            }
            pillar_ok && kind_ok
        });
        SearchResults {
            hits: self.rank(&query, found),
            by_pillar: pillar_count_list(pillar_counts),
            by_kind: kind_count_list(kind_counts),
        }
    }

    /// Adds the title bonus and sorts best first (or keeps index order for an empty query).
    fn rank(&self, query: &Query, mut found: Vec<(usize, f32)>) -> Vec<usize> {
        if query.tokens.is_empty() {
            return found.into_iter().map(|(r, _)| r).collect();
        }
        for (r, score) in &mut found {
            let title = &*self.titles[*r];
            if title == query.norm {
                *score += BONUS_TITLE_EQUALS;
            } else if title.starts_with(&query.norm) {
                *score += BONUS_TITLE_STARTS;
            }
        }
        found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        found.into_iter().map(|(r, _)| r).collect()
    }

    /// For each pillar in [`PILLAR_IDS`] order: how many results there would be if that pillar
    /// were chosen (the filter's own pillar is ignored).
    pub fn counts_by_pillar(
        &self,
        resources: &[Resource],
        filter: &Filter,
    ) -> Vec<(String, usize)> {
        let query = Query::new(&filter.q);
        let mut counts = [0usize; 7];
        for (r, _) in self.matches(resources.len(), &query, 0, filter.kind()) {
            count_pillars(self.pillar_masks[r], &mut counts);
        }
        pillar_count_list(counts)
    }

    /// For each kind in [`Kind::ALL`] order (by id): how many results there would be if that
    /// kind were chosen (the filter's own kind is ignored).
    pub fn counts_by_kind(&self, resources: &[Resource], filter: &Filter) -> Vec<(String, usize)> {
        let query = Query::new(&filter.q);
        let mut counts = [0usize; 8];
        for (r, _) in self.matches(resources.len(), &query, filter.pillar_bit(), None) {
            counts[self.kinds[r] as usize] += 1;
        }
        kind_count_list(counts)
    }
}

/// The results list and the filter counts for one state of the library page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResults {
    /// As [`SearchIndex::search`].
    pub hits: Vec<usize>,
    /// As [`SearchIndex::counts_by_pillar`].
    pub by_pillar: Vec<(String, usize)>,
    /// As [`SearchIndex::counts_by_kind`].
    pub by_kind: Vec<(String, usize)>,
}

fn count_pillars(mask: u8, counts: &mut [usize; 7]) {
    for (i, c) in counts.iter_mut().enumerate() {
        if mask & (1 << i) != 0 {
            *c += 1;
        }
    }
}

fn pillar_count_list(counts: [usize; 7]) -> Vec<(String, usize)> {
    PILLAR_IDS
        .iter()
        .zip(counts)
        .map(|(p, c)| (p.to_string(), c))
        .collect()
}

fn kind_count_list(counts: [usize; 8]) -> Vec<(String, usize)> {
    Kind::ALL
        .iter()
        .zip(counts)
        .map(|(k, c)| (k.id().to_string(), c))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Recommendations
// ---------------------------------------------------------------------------------------------

/// For each given pillar id (in the given order): up to `per_pillar` indices of resources
/// serving it, most focused first (fewest pillars), then shortest (unknown time last), then
/// library order. Deterministic.
pub fn recommend(
    resources: &[Resource],
    pillar_ids: &[&str],
    per_pillar: usize,
) -> Vec<(String, Vec<usize>)> {
    pillar_ids
        .iter()
        .map(|&p| {
            let mut picks: Vec<usize> = resources
                .iter()
                .enumerate()
                .filter(|(_, r)| r.pillars.iter().any(|x| x == p))
                .map(|(i, _)| i)
                .collect();
            picks.sort_by_key(|&i| {
                let r = &resources[i];
                let minutes = if r.minutes == 0 { u32::MAX } else { r.minutes };
                (r.pillars.len(), minutes, i)
            });
            picks.truncate(per_pillar);
            (p.to_string(), picks)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Collections
// ---------------------------------------------------------------------------------------------

/// The `format` marker of a collection file.
pub const COLLECTION_FORMAT: &str = "pillars-collection";
/// The newest collection format this build reads and writes.
pub const COLLECTION_VERSION: u64 = 1;
pub const MAX_COLLECTION_RESOURCES: usize = 2000;
/// Largest collection file accepted, in bytes (2 MB).
pub const MAX_COLLECTION_BYTES: usize = 2 * 1024 * 1024;
/// Longest link code [`Collection::to_link_code`] produces.
pub const MAX_LINK_CODE_CHARS: usize = 1800;
/// Longest link code accepted when reading (generous, for codes made by other versions).
const MAX_LINK_INPUT_CHARS: usize = 16_000;
const MAX_NAME_CHARS: usize = 200;
/// Marker at the start of a link code's compact JSON.
const LINK_MARKER: &str = "pc";

const NOT_A_COLLECTION: &str = "This isn't a Pillars collection.";
const NEWER_VERSION: &str = "This collection was made with a newer version of Pillars. Reload the app to update it, then try again.";
const DAMAGED_LINK: &str = "This collection link is incomplete or damaged. Check that the whole link was copied, or ask for it again.";

/// A set of resources a curator shares with others (as a file or, if small, as a link).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Collection {
    pub name: String,
    pub curator: String,
    pub resources: Vec<Resource>,
}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u64,
    name: &'a str,
    curator: &'a str,
    resources: &'a [Resource],
}

impl Collection {
    /// The collection as a versioned, human-readable JSON file.
    pub fn to_json(&self) -> String {
        let env = Envelope {
            format: COLLECTION_FORMAT,
            version: COLLECTION_VERSION,
            name: &self.name,
            curator: &self.curator,
            resources: &self.resources,
        };
        // Cannot fail: only strings, numbers and lists.
        serde_json::to_string_pretty(&env).unwrap_or_default()
    }

    /// Reads a collection file, validating everything. Errors are plain-English sentences.
    pub fn from_json(text: &str) -> Result<Collection, String> {
        if text.len() > MAX_COLLECTION_BYTES {
            return Err(
                "This file is too large to be a Pillars collection (the limit is 2 MB).".into(),
            );
        }
        let value: Value = serde_json::from_str(text).map_err(|_| {
            "This file can't be read: it isn't valid JSON, so it isn't a Pillars collection."
                .to_string()
        })?;
        let Some(obj) = value.as_object() else {
            return Err(NOT_A_COLLECTION.into());
        };
        if obj.get("format").and_then(Value::as_str) != Some(COLLECTION_FORMAT) {
            return Err(NOT_A_COLLECTION.into());
        }
        check_version(obj.get("version"))?;
        if let Some(key) = obj
            .keys()
            .find(|k| !["format", "version", "name", "curator", "resources"].contains(&k.as_str()))
        {
            return Err(format!(
                "This collection file has an unexpected field “{}”.",
                clip(key, 40)
            ));
        }
        let name = optional_text(obj.get("name"), "name")?;
        let curator = optional_text(obj.get("curator"), "curator")?;
        let items = match obj.get("resources") {
            Some(Value::Array(items)) => items,
            _ => return Err("This collection is damaged: it has no list of resources.".into()),
        };
        check_count(items.len())?;
        let resources = items
            .iter()
            .enumerate()
            .map(|(i, v)| resource_from_value(v).map_err(|e| resource_error(i, v, &e)))
            .collect::<Result<Vec<_>, _>>()?;
        finish_collection(name, curator, resources)
    }

    /// A compact, URL-safe code for sharing a small collection in a link, or `None` if it would
    /// be longer than [`MAX_LINK_CODE_CHARS`]. Resources unchanged from the built-in library
    /// are referred to by id only.
    pub fn to_link_code(&self) -> Option<String> {
        self.to_link_code_with(&Library::builtin().resources)
    }

    fn to_link_code_with(&self, reference: &[Resource]) -> Option<String> {
        // Base64 turns every 3 bytes into 4 characters.
        let max_json = MAX_LINK_CODE_CHARS / 4 * 3 + 2;
        let mut size = 0usize;
        let mut items = Vec::with_capacity(self.resources.len());
        for r in &self.resources {
            let item = if reference.iter().any(|x| x == r) {
                Value::String(r.id.clone())
            } else {
                compact_resource(r)
            };
            // Every item costs at least its id plus quotes and a comma: give up early.
            size += r.id.len() + 3;
            if size > max_json {
                return None;
            }
            items.push(item);
        }
        let value = Value::Array(vec![
            LINK_MARKER.into(),
            COLLECTION_VERSION.into(),
            self.name.as_str().into(),
            self.curator.as_str().into(),
            Value::Array(items),
        ]);
        let json = serde_json::to_string(&value).ok()?;
        if json.len() > max_json {
            return None;
        }
        let code = URL_SAFE_NO_PAD.encode(json.as_bytes());
        (code.len() <= MAX_LINK_CODE_CHARS).then_some(code)
    }
}

/// Reads a link code made by [`Collection::to_link_code`], validating everything.
pub fn collection_from_link_code(code: &str) -> Result<Collection, String> {
    decode_link_code(code, &Library::builtin().resources)
}

fn decode_link_code(code: &str, reference: &[Resource]) -> Result<Collection, String> {
    let code = code.trim().trim_end_matches('=');
    if code.is_empty() {
        return Err("This link doesn't contain a collection.".into());
    }
    if code.len() > MAX_LINK_INPUT_CHARS {
        return Err("This link is too long to be a Pillars collection link.".into());
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(code)
        .map_err(|_| DAMAGED_LINK.to_string())?;
    let value: Value = serde_json::from_slice(&bytes).map_err(|_| DAMAGED_LINK.to_string())?;
    let Some(parts) = value.as_array() else {
        return Err(NOT_A_COLLECTION.into());
    };
    if parts.first().and_then(Value::as_str) != Some(LINK_MARKER) {
        return Err(NOT_A_COLLECTION.into());
    }
    check_version(parts.get(1))?;
    if parts.len() != 5 {
        return Err(DAMAGED_LINK.into());
    }
    let name = optional_text(parts.get(2), "name")?;
    let curator = optional_text(parts.get(3), "curator")?;
    let Some(items) = parts[4].as_array() else {
        return Err(DAMAGED_LINK.into());
    };
    check_count(items.len())?;
    let mut resources = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let r = match item {
            Value::String(id) => reference
                .iter()
                .find(|r| r.id == *id)
                .cloned()
                .ok_or_else(|| {
                    format!(
                        "Resource {} refers to a library entry (“{}”) that this version of Pillars doesn't have. Reload the app to update it, then try again.",
                        i + 1,
                        clip(id, 60)
                    )
                })?,
            Value::Array(fields) if (6..=RESOURCE_FIELDS.len()).contains(&fields.len()) => {
                let obj: Map<String, Value> = RESOURCE_FIELDS
                    .iter()
                    .zip(fields)
                    .map(|(k, v)| (k.to_string(), v.clone()))
                    .collect();
                let v = Value::Object(obj);
                resource_from_value(&v).map_err(|e| resource_error(i, &v, &e))?
            }
            _ => return Err(DAMAGED_LINK.into()),
        };
        resources.push(r);
    }
    finish_collection(name, curator, resources)
}

/// A resource as a positional JSON array, trailing default fields left off.
fn compact_resource(r: &Resource) -> Value {
    let mut fields: Vec<Value> = vec![
        r.id.as_str().into(),
        r.title.as_str().into(),
        r.author.as_str().into(),
        r.kind.id().into(),
        r.pillars.iter().map(|p| Value::from(p.as_str())).collect(),
        r.description.as_str().into(),
        r.minutes.into(),
        r.url.as_str().into(),
        r.tags.iter().map(|t| Value::from(t.as_str())).collect(),
        r.source.as_str().into(),
    ];
    while fields.len() > 6 {
        let is_default = match fields.last() {
            Some(Value::String(s)) => s.is_empty(),
            Some(Value::Array(a)) => a.is_empty(),
            Some(Value::Number(n)) => n.as_u64() == Some(0),
            _ => false,
        };
        if !is_default {
            break;
        }
        fields.pop();
    }
    Value::Array(fields)
}

fn check_version(v: Option<&Value>) -> Result<(), String> {
    match v.and_then(Value::as_u64) {
        Some(COLLECTION_VERSION) => Ok(()),
        Some(n) if n > COLLECTION_VERSION => Err(NEWER_VERSION.into()),
        _ => Err("This collection is damaged: its version number is missing or invalid.".into()),
    }
}

fn check_count(n: usize) -> Result<(), String> {
    if n > MAX_COLLECTION_RESOURCES {
        Err(format!(
            "This collection has {n} resources; the limit is {MAX_COLLECTION_RESOURCES}."
        ))
    } else {
        Ok(())
    }
}

fn optional_text(v: Option<&Value>, what: &str) -> Result<String, String> {
    match v {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) if s.chars().count() <= MAX_NAME_CHARS => Ok(s.clone()),
        Some(Value::String(_)) => Err(format!(
            "The collection's {what} is too long (the limit is {MAX_NAME_CHARS} characters)."
        )),
        Some(_) => Err(format!(
            "This collection is damaged: its {what} isn't text."
        )),
    }
}

fn finish_collection(
    name: String,
    curator: String,
    resources: Vec<Resource>,
) -> Result<Collection, String> {
    let mut ids = HashSet::new();
    for r in &resources {
        if !ids.insert(r.id.as_str()) {
            return Err(format!(
                "Two resources in this collection have the same id (“{}”).",
                clip(&r.id, 60)
            ));
        }
    }
    Ok(Collection {
        name,
        curator,
        resources,
    })
}

/// "Resource 3 (“Title”): message"
fn resource_error(i: usize, v: &Value, msg: &str) -> String {
    let text = |k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    match text("title").or_else(|| text("id")) {
        Some(label) => format!("Resource {} (“{}”): {msg}", i + 1, clip(label, 60)),
        None => format!("Resource {}: {msg}", i + 1),
    }
}

/// A resource from untrusted JSON, with a plain-English message for whatever is wrong.
fn resource_from_value(v: &Value) -> Result<Resource, String> {
    if let Some(msg) = diagnose_resource(v) {
        return Err(msg);
    }
    let r: Resource =
        serde_json::from_value(v.clone()).map_err(|e| format!("It couldn't be read ({e})."))?;
    r.normalized()
}

/// Explains structural problems serde would report cryptically.
fn diagnose_resource(v: &Value) -> Option<String> {
    let Some(o) = v.as_object() else {
        return Some("It isn't in the expected form.".into());
    };
    if let Some(k) = o.keys().find(|k| !RESOURCE_FIELDS.contains(&k.as_str())) {
        return Some(format!("It has an unexpected field “{}”.", clip(k, 40)));
    }
    for f in ["id", "title", "author", "description"] {
        match o.get(f) {
            None | Some(Value::Null) => return Some(format!("The {f} is missing.")),
            Some(Value::String(_)) => {}
            Some(_) => return Some(format!("The {f} should be text.")),
        }
    }
    match o.get("kind") {
        None | Some(Value::Null) => return Some("The kind of resource is missing.".into()),
        Some(Value::String(s)) => {
            if Kind::from_id(s).is_none() {
                return Some(unknown_kind_message(s));
            }
        }
        Some(_) => return Some("The kind of resource should be text.".into()),
    }
    let is_text_list = |v: &Value| v.as_array().is_some_and(|a| a.iter().all(Value::is_string));
    match o.get("pillars") {
        None | Some(Value::Null) => return Some("It isn't linked to any pillar.".into()),
        Some(p) if is_text_list(p) => {}
        Some(_) => return Some("The pillars should be a list of pillar ids.".into()),
    }
    if let Some(m) = o.get("minutes") {
        if m.as_u64().is_none_or(|n| n > u64::from(u32::MAX)) {
            return Some("The time in minutes should be a whole number.".into());
        }
    }
    for (f, label) in [("url", "web address"), ("source", "source")] {
        if o.get(f).is_some_and(|x| !x.is_string()) {
            return Some(format!("The {label} should be text."));
        }
    }
    if o.get("tags").is_some_and(|t| !is_text_list(t)) {
        return Some("The tags should be a list of words.".into());
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[allow(clippy::too_many_arguments)]
    fn res(
        id: &str,
        title: &str,
        author: &str,
        kind: Kind,
        pillars: &[&str],
        description: &str,
        tags: &[&str],
        minutes: u32,
    ) -> Resource {
        Resource {
            id: id.into(),
            title: title.into(),
            author: author.into(),
            kind,
            pillars: pillars.iter().map(|s| s.to_string()).collect(),
            description: description.into(),
            minutes,
            url: String::new(),
            tags: tags.iter().map(|s| s.to_string()).collect(),
            source: String::new(),
        }
    }

    fn sample() -> Vec<Resource> {
        vec![
            res(
                "digital-leadership",
                "Digital Leadership",
                "Eric Sheninger",
                Kind::Book,
                &["engagement", "branding"],
                "Changing paradigms for changing times.",
                &["change"],
                400,
            ),
            res(
                "leading-digital-age",
                "Leading in a Digital Age",
                "Ann Author",
                Kind::Article,
                &["communications"],
                "Why digital leadership matters for principals.",
                &["principals"],
                10,
            ),
            res(
                "twitter-chats",
                "Twitter Chats for Educators",
                "Jane Doe",
                Kind::Community,
                &["professional-learning"],
                "Weekly conversations with other educators.",
                &["twitter", "pln"],
                60,
            ),
            res(
                "school-branding",
                "Branding Your School",
                "Tony Sinanis",
                Kind::Book,
                &["branding", "public-relations"],
                "Tell your school's story well.",
                &["story"],
                200,
            ),
            res(
                "thirty-days",
                "30 Days Connected",
                "OSSEMOOC",
                Kind::Course,
                &["professional-learning"],
                "A month of small steps to connect with other leaders on Twitter.",
                &["twitter", "pln"],
                300,
            ),
            res(
                "learning-spaces",
                "Learning Spaces",
                "Zoë Müller",
                Kind::Video,
                &["spaces"],
                "Redesigning classrooms with a café feel.",
                &["makerspace"],
                15,
            ),
            res(
                "parent-newsletter",
                "The Parent Newsletter",
                "Sam Smith",
                Kind::Podcast,
                &["communications"],
                "Communicating with families about leadership.",
                &["families"],
                30,
            ),
        ]
    }

    fn find(q: &str) -> Vec<usize> {
        let rs = sample();
        SearchIndex::new(&rs).search(
            &rs,
            &Filter {
                q: q.into(),
                ..Filter::default()
            },
        )
    }

    // ----- kinds, resources, library -----

    #[test]
    fn kinds_round_trip() {
        for k in Kind::ALL {
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.id()));
            assert_eq!(serde_json::from_str::<Kind>(&json).unwrap(), k);
            assert_eq!(Kind::parse(k.label()), Some(k));
            assert_eq!(k.id().parse::<Kind>(), Ok(k));
            assert_eq!(k.to_string(), k.label());
        }
        assert_eq!(Kind::Course.label(), "Course");
        assert_eq!(Kind::parse("  PODCAST "), Some(Kind::Podcast));
        assert_eq!(Kind::parse("blog"), None);
        assert!("blog".parse::<Kind>().unwrap_err().contains("article"));
        assert!(serde_json::from_str::<Kind>("\"Course\"").is_err());
    }

    #[test]
    fn optional_fields_default() {
        let r: Resource = serde_json::from_str(
            r#"{"id":"a","title":"T","author":"A","kind":"book","pillars":["spaces"],"description":"D"}"#,
        )
        .unwrap();
        assert_eq!(
            (r.minutes, r.url.as_str(), r.tags.len(), r.source.as_str()),
            (0, "", 0, "")
        );
        assert!(r.validate().is_ok());
        assert!(r.link().starts_with("https://duckduckgo.com/?q=T%20A"));
    }

    const GOOD: &str = r#"{"version":1,"resources":[
        {"id":"thirty-days-connected","title":"30 Days","author":"OSSEMOOC","kind":"course",
         "pillars":["professional-learning"],"description":"d","minutes":300,
         "url":" HTTPS://example.org/x ","tags":["twitter","pln"],"source":"002"}]}"#;

    #[test]
    fn library_from_json_validates() {
        let lib = Library::from_json(GOOD).unwrap();
        assert_eq!(lib.resources[0].url, "https://example.org/x");
        assert_eq!(
            lib.get("thirty-days-connected").map(|r| r.minutes),
            Some(300)
        );
        assert_eq!(lib.position("thirty-days-connected"), Some(0));

        let bad = |from: &str, to: &str| Library::from_json(&GOOD.replace(from, to));
        assert!(bad(r#""course""#, r#""blog""#).is_err());
        assert!(bad("professional-learning", "twitter")
            .unwrap_err()
            .contains("pillars"));
        assert!(bad(r#""title":"30 Days""#, r#""title":" ""#)
            .unwrap_err()
            .contains("title"));
        assert!(bad(r#""author":"OSSEMOOC""#, r#""author":"""#).is_err());
        assert!(bad(r#""description":"d""#, r#""description":"""#).is_err());
        assert!(bad(" HTTPS://example.org/x ", "javascript:alert(1)")
            .unwrap_err()
            .contains("http://"));
        assert!(bad(r#""source":"002""#, r#""source":"002","extra":1"#).is_err());
        assert!(bad(r#""version":1"#, r#""version":0"#).is_err());
        let twice = GOOD.replace("}]}", "},") + &GOOD[GOOD.find("{\"id").unwrap()..];
        assert!(Library::from_json(&twice)
            .unwrap_err()
            .contains("duplicate"));
        assert!(Library::from_json("not json").is_err());
    }

    #[test]
    fn builtin_library_is_valid() {
        // The shipped content must pass validation; otherwise the app would show no library.
        let lib = Library::from_json(BUILTIN_JSON);
        assert!(lib.is_ok(), "{:?}", lib.err());
        assert_eq!(
            Library::builtin().resources.len(),
            lib.unwrap().resources.len()
        );
        assert_eq!(
            Library::builtin_index().len(),
            Library::builtin().resources.len()
        );
    }

    #[test]
    fn builtin_resources_are_found_by_their_titles() {
        let lib = Library::builtin();
        let idx = Library::builtin_index();
        for r in &lib.resources {
            let f = Filter {
                q: r.title.clone(),
                ..Filter::default()
            };
            let hits = idx.search(&lib.resources, &f);
            let top = hits.first().map(|&i| &lib.resources[i]);
            let norm = |s: &str| Query::new(s).norm;
            assert_eq!(
                top.map(|t| norm(&t.title)),
                Some(norm(&r.title)),
                "{}",
                r.title
            );
        }
    }

    // ----- web addresses -----

    #[test]
    fn check_url_accepts_web_addresses() {
        assert_eq!(
            check_url("https://example.com").unwrap(),
            "https://example.com"
        );
        assert_eq!(
            check_url("  HTTP://Example.com/a?b=c#d ").unwrap(),
            "http://Example.com/a?b=c#d"
        );
        assert_eq!(
            check_url("hTTpS://x.org:8080/").unwrap(),
            "https://x.org:8080/"
        );
        assert_eq!(
            check_url("https://[::1]:80/p").unwrap(),
            "https://[::1]:80/p"
        );
        assert_eq!(
            check_url("https://münchen.de/%20x").unwrap(),
            "https://münchen.de/%20x"
        );
        assert_eq!(check_url("").unwrap(), "");
        assert_eq!(check_url(" \t\n").unwrap(), "");
    }

    #[test]
    fn check_url_rejects_adversarial_input() {
        use UrlError::*;
        let cases: &[(&str, UrlError)] = &[
            ("JaVaScRiPt:alert(1)", NotWeb),
            (" javascript:alert(document.cookie)", NotWeb),
            ("javascript://example.com/%0Aalert(1)", NotWeb),
            ("data:text/html,<script>alert(1)</script>", NotWeb),
            ("vbscript:msgbox(1)", NotWeb),
            ("file:///etc/passwd", NotWeb),
            ("//evil.example", NotWeb),
            ("example.com", NotWeb),
            ("www.example.com/a:b", NotWeb),
            ("https:example.com", NotWeb),
            ("https:/example.com", NotWeb),
            ("ftp://example.com", NotWeb),
            ("https//example.com", NotWeb),
            (":", NotWeb),
            ("https://", MissingHost),
            ("http:///path", MissingHost),
            ("https://?q", MissingHost),
            ("https://:80", MissingHost),
            ("http://exa mple.com", Spaces),
            ("https://example.com/\u{0}", Spaces),
            ("https://exa\u{200B}mple.com", Spaces),
            ("https://example.com/\u{202E}gpj.exe", Spaces),
            ("https://example.com/\"onmouseover=alert(1)", BadCharacters),
            ("https://example.com/<script>", BadCharacters),
            ("https:\\\\evil.com", NotWeb),
            ("https://good.com\\@evil.com", BadCharacters),
            ("https://user:pass@example.com", Credentials),
            ("https://good.com@evil.com", Credentials),
            ("https://exa%6dple.com", BadHost),
            ("https://example.com:http", BadHost),
            ("https://...", BadHost),
            ("https://[::1", BadHost),
            ("https://[evil]", BadHost),
        ];
        for (input, want) in cases {
            assert_eq!(check_url(input), Err(*want), "{input:?}");
        }
        assert_eq!(
            check_url(&format!("https://e.com/{}", "a".repeat(3000))),
            Err(TooLong)
        );
        assert_eq!(
            NotWeb.to_string(),
            "Only web addresses starting with http:// or https:// can be added."
        );
    }

    #[test]
    fn web_search_url_encodes() {
        assert_eq!(
            web_search_url("Digital Leadership", "Eric Sheninger"),
            "https://duckduckgo.com/?q=Digital%20Leadership%20Eric%20Sheninger"
        );
        assert_eq!(
            web_search_url("  A&B=c?#/ ", "Zoë"),
            "https://duckduckgo.com/?q=A%26B%3Dc%3F%23%2F%20Zo%C3%AB"
        );
        assert_eq!(
            web_search_url("a-b_c.d~e", ""),
            "https://duckduckgo.com/?q=a-b_c.d~e"
        );
    }

    // ----- normalisation and distance -----

    #[test]
    fn tokenize_folds_case_accents_and_apostrophes() {
        let mut t = Vec::new();
        tokenize(
            "Zoë MÜLLER's Café—Straße, e\u{301}cole K-12 İstanbul",
            &mut t,
        );
        assert_eq!(
            t,
            ["zoe", "mullers", "cafe", "strasse", "ecole", "k", "12", "istanbul"]
        );
    }

    fn osa(a: &[char], b: &[char]) -> usize {
        let (n, m) = (a.len(), b.len());
        let mut d = vec![vec![0usize; m + 1]; n + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=n {
            for j in 1..=m {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[n][m]
    }

    #[test]
    fn distance_examples() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        let mut buf = Vec::new();
        assert_eq!(within_one(&c("twiter"), &c("twitter")), Some(1));
        assert_eq!(within_one(&c("brandng"), &c("branding")), Some(1));
        assert_eq!(within_one(&c("leadreship"), &c("leadership")), Some(1));
        assert_eq!(
            within_k(&c("leadreship"), &c("leadership"), 2, &mut buf),
            Some(1)
        );
        assert_eq!(
            within_k(&c("ledaership"), &c("leadership"), 2, &mut buf),
            Some(1)
        );
        assert_eq!(
            within_k(&c("leedrship"), &c("leadership"), 2, &mut buf),
            Some(2)
        );
        assert_eq!(
            within_k(&c("laedresihp"), &c("leadership"), 2, &mut buf),
            None
        );
        assert_eq!(within_one(&c("cat"), &c("dog")), None);
    }

    proptest! {
        #[test]
        fn char_bag_never_rejects_a_close_pair(a in "[a-fé0-2]{0,9}", b in "[a-fé0-2]{0,9}") {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let d = osa(&a, &b);
            let (x, y) = (char_bag(&a), char_bag(&b));
            prop_assert!((x & !y).count_ones() as usize <= d);
            prop_assert!((y & !x).count_ones() as usize <= d);
        }

        #[test]
        fn bounded_distances_agree_with_reference(a in "[abc]{0,9}", b in "[abc]{0,9}") {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let d = osa(&a, &b);
            let mut buf = Vec::new();
            prop_assert_eq!(within_one(&a, &b), (d <= 1).then_some(d));
            for k in 0..=3 {
                prop_assert_eq!(within_k(&a, &b, k, &mut buf), (d <= k).then_some(d));
            }
        }
    }

    // ----- search -----

    #[test]
    fn exact_title_beats_partial_and_description_matches() {
        let hits = find("digital leadership");
        assert_eq!(hits, [0, 1]); // title "Digital Leadership", then "…Digital Age" (description)
        assert_eq!(find("Digital Leadership!")[0], 0);
        assert_eq!(find("twitter")[0..2], [2, 4]); // title match before tag+description match
    }

    #[test]
    fn one_typo_still_finds() {
        assert!(find("twiter").contains(&2));
        assert!(find("twiter").contains(&4));
        assert_eq!(find("leadreship")[0], 0);
        assert_eq!(find("brandng"), [3]);
        assert_eq!(find("brandng school")[0], 3);
        assert!(find("twiter chast").contains(&2));
        assert!(find("xyzzy").is_empty());
        // Short words are not typo-matched: "cat" does not match "chats".
        assert!(find("cat").is_empty());
    }

    #[test]
    fn word_order_does_not_matter() {
        assert_eq!(find("leadership digital")[0], 0);
        assert_eq!(find("educators twitter chats")[0], 2);
    }

    #[test]
    fn prefix_accent_and_apostrophe_matching() {
        assert_eq!(find("bran")[0], 3);
        assert_eq!(find("tw"), [2, 4]);
        assert!(find("t").is_empty()); // one letter: whole words only
        assert_eq!(find("digital lead")[0], 0);
        assert_eq!(find("cafe muller"), [5]);
        assert_eq!(find("MÜLLER"), [5]);
        assert_eq!(find("schools"), [3]);
        assert_eq!(find("30 days"), [4]);
    }

    #[test]
    fn empty_query_lists_everything_in_order() {
        assert_eq!(find(""), (0..7).collect::<Vec<_>>());
        assert_eq!(find("  ?! "), (0..7).collect::<Vec<_>>());
    }

    #[test]
    fn filters_combine_with_search() {
        let rs = sample();
        let idx = SearchIndex::new(&rs);
        let f = |q: &str, pillar: &str, kind: &str| {
            idx.search(
                &rs,
                &Filter {
                    q: q.into(),
                    pillar: pillar.into(),
                    kind: kind.into(),
                },
            )
        };
        assert_eq!(f("", "professional-learning", ""), [2, 4]);
        assert_eq!(f("twitter", "professional-learning", "course"), [4]);
        assert_eq!(f("twitter", "", "video"), Vec::<usize>::new());
        assert_eq!(f("digital", "communications", ""), [1]);
        assert_eq!(f("", "branding", "book"), [0, 3]);
        // Unknown or oddly written values are ignored rather than matching nothing.
        assert_eq!(f("twitter", "nonsense", "blog"), f("twitter", "", ""));
        assert_eq!(f("", " Spaces ", "VIDEO"), [5]);
    }

    #[test]
    fn filter_helpers() {
        let f = Filter {
            q: " ".into(),
            pillar: "Branding".into(),
            kind: "x".into(),
        };
        assert_eq!(f.pillar_id(), Some("branding"));
        assert_eq!(f.kind(), None);
        assert!(!f.is_empty());
        assert!(Filter::default().is_empty());
        let json = serde_json::to_string(&Filter::default()).unwrap();
        assert_eq!(
            serde_json::from_str::<Filter>("{}").unwrap(),
            Filter::default()
        );
        assert_eq!(json, "{}"); // empty parts stay out of the page URL
        let f = Filter {
            q: "twiter chats".into(),
            pillar: "spaces".into(),
            kind: String::new(),
        };
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(json, r#"{"q":"twiter chats","pillar":"spaces"}"#);
        assert_eq!(serde_json::from_str::<Filter>(&json).unwrap(), f);
        let odd: Filter = serde_json::from_str(r#"{"pillar":"x","utm_source":"y"}"#).unwrap();
        assert_eq!(odd.pillar_id(), None);
    }

    #[test]
    fn counts_by_pillar_and_kind() {
        let rs = sample();
        let idx = SearchIndex::new(&rs);
        let filter = Filter {
            q: "twitter".into(),
            pillar: "spaces".into(),
            kind: String::new(),
        };
        let by_pillar = idx.counts_by_pillar(&rs, &filter);
        assert_eq!(by_pillar.len(), 7);
        assert_eq!(by_pillar[2], ("professional-learning".to_string(), 2));
        assert_eq!(by_pillar.iter().map(|(_, c)| c).sum::<usize>(), 2);
        // Kind counts respect the pillar filter.
        let filter = Filter {
            q: "".into(),
            pillar: "branding".into(),
            kind: "book".into(),
        };
        let by_kind = idx.counts_by_kind(&rs, &filter);
        assert_eq!(by_kind.len(), 8);
        assert_eq!(by_kind[2], ("book".to_string(), 2));
        assert_eq!(by_kind.iter().map(|(_, c)| c).sum::<usize>(), 2);
        // Each count equals the size of the search with that choice made.
        for q in ["", "twiter", "leadership", "spaces"] {
            let f = Filter {
                q: q.into(),
                pillar: "branding".into(),
                kind: "book".into(),
            };
            let together = idx.search_with_counts(&rs, &f);
            assert_eq!(together.hits, idx.search(&rs, &f));
            assert_eq!(together.by_pillar, idx.counts_by_pillar(&rs, &f));
            assert_eq!(together.by_kind, idx.counts_by_kind(&rs, &f));
            for (p, c) in idx.counts_by_pillar(
                &rs,
                &Filter {
                    q: q.into(),
                    ..Filter::default()
                },
            ) {
                let f = Filter {
                    q: q.into(),
                    pillar: p,
                    kind: String::new(),
                };
                assert_eq!(idx.search(&rs, &f).len(), c);
            }
            for (k, c) in idx.counts_by_kind(
                &rs,
                &Filter {
                    q: q.into(),
                    ..Filter::default()
                },
            ) {
                let f = Filter {
                    q: q.into(),
                    pillar: String::new(),
                    kind: k,
                };
                assert_eq!(idx.search(&rs, &f).len(), c);
            }
        }
    }

    #[test]
    fn mismatched_or_empty_inputs_are_harmless() {
        let rs = sample();
        let idx = SearchIndex::new(&rs);
        let f = Filter {
            q: "twitter".into(),
            ..Filter::default()
        };
        assert_eq!(idx.search(&rs[..3], &f), [2]); // never an index past the slice
        let empty = SearchIndex::new(&[]);
        assert!(empty.is_empty());
        assert!(empty.search(&rs, &f).is_empty());
        assert!(empty.search(&[], &Filter::default()).is_empty());
        assert_eq!(empty.counts_by_kind(&[], &f).len(), 8);
    }

    proptest! {
        #[test]
        fn search_never_panics(q in any::<String>(), q2 in "[a-zé ']{0,24}",
                               pillar in prop::sample::select(vec!["", "spaces", "branding", "x\u{0}"]),
                               kind in any::<String>()) {
            let rs = sample();
            let idx = SearchIndex::new(&rs);
            for q in [&q, &q2] {
                let f = Filter { q: q.clone(), pillar: pillar.to_string(), kind: kind.clone() };
                let hits = idx.search(&rs, &f);
                let mut seen = HashSet::new();
                for &i in &hits {
                    prop_assert!(i < rs.len());
                    prop_assert!(seen.insert(i));
                }
                let by_pillar = idx.counts_by_pillar(&rs, &f);
                prop_assert_eq!(by_pillar.len(), 7);
                let together = idx.search_with_counts(&rs, &f);
                prop_assert_eq!(&together.hits, &hits);
                prop_assert_eq!(&together.by_pillar, &by_pillar);
                prop_assert_eq!(together.by_kind, idx.counts_by_kind(&rs, &f));
                if f.pillar_id().is_none() {
                    prop_assert!(by_pillar.iter().all(|(_, c)| *c <= hits.len()));
                }
            }
        }
    }

    // ----- recommendations -----

    #[test]
    fn recommend_prefers_focused_then_short() {
        let mut rs = sample();
        rs.push(res(
            "quick-pl",
            "Quick PL",
            "A",
            Kind::Video,
            &["professional-learning"],
            "d",
            &[],
            5,
        ));
        rs.push(res(
            "unknown-time",
            "U",
            "A",
            Kind::Video,
            &["professional-learning"],
            "d",
            &[],
            0,
        ));
        rs.push(res(
            "broad",
            "B",
            "A",
            Kind::Video,
            &["professional-learning", "spaces"],
            "d",
            &[],
            1,
        ));
        let rec = recommend(&rs, &["professional-learning", "nope", "branding"], 4);
        assert_eq!(
            rec[0],
            ("professional-learning".to_string(), vec![7, 2, 4, 8])
        );
        assert_eq!(rec[1], ("nope".to_string(), vec![]));
        assert_eq!(rec[2], ("branding".to_string(), vec![3, 0]));
        assert_eq!(
            recommend(&rs, &["spaces"], 1),
            vec![("spaces".to_string(), vec![5])]
        );
        assert_eq!(recommend(&rs, &["spaces"], 0)[0].1.len(), 0);
    }

    // ----- collections -----

    fn collection() -> Collection {
        let mut rs = sample();
        rs[0].url = "https://example.com/dl".into();
        rs[0].source = "002".into();
        Collection {
            name: "Starter set".into(),
            curator: "Ms. Ng".into(),
            resources: rs,
        }
    }

    #[test]
    fn collection_json_round_trip() {
        let c = collection();
        let json = c.to_json();
        assert!(json.contains("\"format\": \"pillars-collection\""));
        assert!(json.contains("\"version\": 1"));
        assert_eq!(Collection::from_json(&json).unwrap(), c);
        let empty = Collection::default();
        assert_eq!(Collection::from_json(&empty.to_json()).unwrap(), empty);
    }

    #[test]
    fn collection_errors_are_clear() {
        let json = collection().to_json();
        let err = |text: &str| Collection::from_json(text).unwrap_err();
        assert!(err("hello").contains("isn't valid JSON"));
        assert_eq!(err("[1,2]"), NOT_A_COLLECTION);
        assert_eq!(err(r#"{"version":1,"resources":[]}"#), NOT_A_COLLECTION);
        assert_eq!(
            err(&json.replace("pillars-collection", "other")),
            NOT_A_COLLECTION
        );
        assert!(err(&json.replace("\"version\": 1", "\"version\": 2")).contains("newer version"));
        assert!(err(&json.replace("\"version\": 1", "\"version\": \"1\"")).contains("version"));
        assert!(err(&json.replacen("\"book\"", "\"blog\"", 1))
            .starts_with("Resource 1 (“Digital Leadership”): “blog” isn't a known kind"));
        assert_eq!(
            err(&json.replace("https://example.com/dl", "javascript:alert(1)")),
            "Resource 1 (“Digital Leadership”): Only web addresses starting with http:// or https:// can be added."
        );
        assert_eq!(
            err(&json.replace("\"title\": \"Branding Your School\",", "")),
            "Resource 4 (“school-branding”): The title is missing."
        );
        assert!(
            err(&json.replace("\"spaces\"", "\"space\"")).contains("not one of the seven pillars")
        );
        assert!(err(&json.replace("\"minutes\": 60", "\"minutes\": -1")).contains("whole number"));
        assert!(err(&json.replace("\"minutes\": 60", "\"extra\": 60")).contains("unexpected field"));
        assert!(
            err(&json.replace("\"twitter-chats\"", "\"digital-leadership\"")).contains("same id")
        );
        assert!(err(&json.replacen("\"resources\"", "\"stuff\"", 1)).contains("unexpected field"));
        assert!(err(&json.replace("Ms. Ng", &"x".repeat(300))).contains("curator"));
        assert!(err(&" ".repeat(MAX_COLLECTION_BYTES + 1)).contains("2 MB"));
    }

    #[test]
    fn collection_size_cap() {
        let r = res("a", "T", "A", Kind::Book, &["spaces"], "D", &[], 0);
        let mut c = Collection {
            name: "n".into(),
            curator: String::new(),
            resources: vec![],
        };
        for i in 0..MAX_COLLECTION_RESOURCES {
            c.resources.push(Resource {
                id: format!("r{i}"),
                ..r.clone()
            });
        }
        assert_eq!(
            Collection::from_json(&c.to_json()).unwrap().resources.len(),
            2000
        );
        c.resources.push(Resource {
            id: "last".into(),
            ..r
        });
        assert!(Collection::from_json(&c.to_json())
            .unwrap_err()
            .contains("limit is 2000"));
    }

    #[test]
    fn link_code_round_trip() {
        let small = Collection {
            name: "Twitter starters".into(),
            curator: "Ms. Ng".into(),
            resources: vec![sample()[2].clone(), sample()[4].clone()],
        };
        let code = small.to_link_code_with(&[]).unwrap();
        assert!(code.len() <= MAX_LINK_CODE_CHARS);
        assert!(code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(decode_link_code(&code, &[]).unwrap(), small);
        assert_eq!(decode_link_code(&format!(" {code}= "), &[]).unwrap(), small);
        // The public pair works against the built-in library, whatever it holds.
        let code = small.to_link_code().unwrap();
        assert_eq!(collection_from_link_code(&code).unwrap(), small);
        // Library entries travel as ids only.
        let library = sample();
        let by_id = small.to_link_code_with(&library).unwrap();
        assert!(by_id.len() < code.len() / 3);
        assert_eq!(decode_link_code(&by_id, &library).unwrap(), small);
        assert!(decode_link_code(&by_id, &[])
            .unwrap_err()
            .contains("doesn't have"));
        // Too big for a link (the cap is on the code, not on the number of resources).
        let mut big = collection();
        big.resources[1].description = "Why digital leadership matters. ".repeat(60);
        assert_eq!(big.to_link_code_with(&[]), None);
        assert!(big.to_link_code_with(&sample()).is_none());
        big.resources[1] = sample()[1].clone();
        assert!(big.to_link_code_with(&sample()).is_some());
    }

    #[test]
    fn link_code_errors_are_clear() {
        let enc = |json: &str| URL_SAFE_NO_PAD.encode(json);
        let err = |code: &str| decode_link_code(code, &[]).unwrap_err();
        assert_eq!(err("!!!"), DAMAGED_LINK);
        assert_eq!(err(&enc("{")), DAMAGED_LINK);
        assert!(err("").contains("doesn't contain"));
        assert_eq!(err(&enc("{}")), NOT_A_COLLECTION);
        assert_eq!(err(&enc(r#"["xx",1,"","",[]]"#)), NOT_A_COLLECTION);
        assert!(err(&enc(r#"["pc",9,"","",[]]"#)).contains("newer version"));
        assert_eq!(err(&enc(r#"["pc",1,"","",[1]]"#)), DAMAGED_LINK);
        assert!(err(&enc(
            r#"["pc",1,"","",[["a","T","A","blog",["spaces"],"D"]]]"#
        ))
        .contains("“blog” isn't a known kind"));
        assert!(err(&enc(
            r#"["pc",1,"","",[["a","T","A","book",["spaces"],"D",0,"data:x"]]]"#
        ))
        .contains("http://"));
        assert!(err(&enc(
            r#"["pc",1,"","",[["a","","A","book",["spaces"],"D"]]]"#
        ))
        .contains("title is missing"));
        assert!(err(&"A".repeat(MAX_LINK_INPUT_CHARS + 1)).contains("too long"));
        let ok = enc(r#"["pc",1,"n","",[["a","T","A","book",["spaces"],"D"]]]"#);
        assert_eq!(decode_link_code(&ok, &[]).unwrap().resources[0].title, "T");
    }

    fn arb_resource() -> impl Strategy<Value = Resource> {
        (
            "[a-z0-9-]{1,12}",
            "[A-Za-zé][A-Za-z0-9 éü'\"]{0,30}",
            "[A-Z][a-z ]{0,12}",
            prop::sample::select(Kind::ALL.to_vec()),
            prop::sample::subsequence(PILLAR_IDS.to_vec(), 1..3),
            "[a-z][a-z .,]{0,60}",
            any::<u32>(),
            prop::sample::select(vec!["", "https://example.org/a?b=1", "http://x.io"]),
            prop::collection::vec("[a-z]{1,8}", 0..3),
            "[0-9]{0,3}",
        )
            .prop_map(
                |(id, title, author, kind, pillars, description, minutes, url, tags, source)| {
                    Resource {
                        id,
                        title,
                        author,
                        kind,
                        pillars: pillars.into_iter().map(String::from).collect(),
                        description,
                        minutes,
                        url: url.into(),
                        tags,
                        source,
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn collections_round_trip(name in ".{0,20}", curator in "[a-zA-Z .]{0,20}",
                                  rs in prop::collection::vec(arb_resource(), 0..6)) {
            let mut seen = HashSet::new();
            let resources: Vec<Resource> = rs.into_iter().filter(|r| seen.insert(r.id.clone())).collect();
            let c = Collection { name, curator, resources };
            prop_assert_eq!(Collection::from_json(&c.to_json()), Ok(c.clone()));
            if let Some(code) = c.to_link_code_with(&[]) {
                prop_assert!(code.len() <= MAX_LINK_CODE_CHARS);
                prop_assert_eq!(decode_link_code(&code, &[]), Ok(c.clone()));
            }
        }

        #[test]
        fn untrusted_text_never_panics(s in any::<String>(), b in "[A-Za-z0-9_-]{0,200}") {
            let _ = Collection::from_json(&s);
            let _ = collection_from_link_code(&s);
            let _ = collection_from_link_code(&b);
            let _ = decode_link_code(&b, &sample());
            let _ = check_url(&s);
            let _ = Library::from_json(&s);
            let _ = web_search_url(&s, &b);
        }

        #[test]
        fn json_shaped_garbage_never_panics(
            v in prop::collection::vec(prop::sample::select(vec![
                "{", "}", "[", "]", ",", ":", "\"format\"", "\"pillars-collection\"", "\"version\"",
                "1", "2", "-1", "1e99", "null", "\"resources\"", "\"title\"", "\"kind\"", "\"book\"",
                "\"pillars\"", "[\"spaces\"]", "\"x\"", "true", "\"url\"", "\"javascript:x\"",
            ]), 0..40)
        ) {
            let text = v.concat();
            let _ = Collection::from_json(&text);
            let _ = decode_link_code(&URL_SAFE_NO_PAD.encode(&text), &[]);
            let code = URL_SAFE_NO_PAD.encode(format!("[\"pc\",1,\"\",\"\",[{}]]", text));
            let _ = decode_link_code(&code, &[]);
        }
    }
}
