//! The language catalogues: every sentence the app shows comes from a `.ftl` file per language
//! (`assets/i18n/<lang>.ftl`), in the subset of Project Fluent's syntax that translators need:
//!
//! ```text
//! # a comment
//! -app-name = Pillars                       (a term, used as { -app-name })
//! nav-assess = Assess
//! progress = { $answered } of { $total } answered
//! items = { $count ->
//!     [one] One item
//!    *[other] { $count } items
//! }
//! ```
//!
//! Fluent's own crates cost far more wasm than the app can afford (see README, "Languages"), so
//! this module parses and formats that subset; files stay valid Fluent for translators' tools.
//! Plural categories come from the caller (the browser's `Intl.PluralRules`), so a new language
//! needs no Rust.
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One piece of a message.
#[derive(Clone, Debug, PartialEq)]
enum Part {
    Text(String),
    Var(String),
    Term(String),
    Select {
        var: String,
        variants: Vec<(String, Vec<Part>)>,
        default: usize,
    },
}

/// Why a catalogue file could not be read: the line (1-based) and what was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub kind: ParseErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// A line that is not a comment, a message, a continuation or blank.
    Unexpected,
    /// A message id defined twice.
    Duplicate(String),
    /// A `{` without its `}`, or a malformed placeable.
    Placeable,
    /// A select expression without exactly one default variant (`*[other]`).
    Default,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match &self.kind {
            ParseErrorKind::Unexpected => "unexpected text".to_string(),
            ParseErrorKind::Duplicate(id) => format!("{id} is defined twice"),
            ParseErrorKind::Placeable => "a malformed { … } placeable".to_string(),
            ParseErrorKind::Default => {
                "a selector needs exactly one *[default] variant".to_string()
            }
        };
        write!(f, "line {}: {what}", self.line)
    }
}

/// A catalogue message, by its place among en.ftl's messages: written `k!("nav-assess")`, which
/// does not compile for an id en.ftl lacks. The release ships its catalogues with these numbers
/// in place of the ids (scripts/post-build.mjs), so no id's name is in its code or its files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key(pub u16);

/// A value given to a message's `{ $name }`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}
impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}
impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

/// Picks a number's plural category ("one", "few", "other", …) for the catalogue's language.
pub type PluralRule<'a> = &'a dyn Fn(i64) -> &'static str;

/// English-style plurals (one for 1): the rule tests use, and the fallback without `Intl`.
pub fn plural_en(n: i64) -> &'static str {
    if n == 1 {
        "one"
    } else {
        "other"
    }
}

/// French plurals (one for 0 and 1).
pub fn plural_fr(n: i64) -> &'static str {
    if n == 0 || n == 1 {
        "one"
    } else {
        "other"
    }
}

/// One language's messages.
#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    messages: BTreeMap<String, Vec<Part>>,
    terms: BTreeMap<String, Vec<Part>>,
}

impl Bundle {
    /// Reads a catalogue file.
    pub fn parse(text: &str) -> Result<Bundle, ParseError> {
        let mut bundle = Bundle {
            messages: BTreeMap::new(),
            terms: BTreeMap::new(),
        };
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            let start = i + 1;
            i += 1;
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let err = |kind| ParseError { line: start, kind };
            if line.starts_with(char::is_whitespace) {
                return Err(err(ParseErrorKind::Unexpected));
            }
            let Some((id, first)) = line.split_once('=') else {
                return Err(err(ParseErrorKind::Unexpected));
            };
            let id = id.trim();
            let (is_term, name) = match id.strip_prefix('-') {
                Some(n) => (true, n),
                None => (false, id),
            };
            if !valid_id(name) {
                return Err(err(ParseErrorKind::Unexpected));
            }
            // The value: the rest of the line, then every following indented line.
            let mut value = first.trim().to_string();
            // A select's closing `}` may stand at the start of a line, as in Fluent.
            let open = |v: &str| v.matches('{').count() > v.matches('}').count();
            while i < lines.len()
                && !lines[i].trim().is_empty()
                && (lines[i].starts_with(char::is_whitespace)
                    || (lines[i].starts_with('}') && open(&value)))
            {
                if !value.is_empty() {
                    value.push('\n');
                }
                value.push_str(lines[i].trim());
                i += 1;
            }
            let parts = parse_pattern(&value).map_err(err)?;
            let map = if is_term {
                &mut bundle.terms
            } else {
                &mut bundle.messages
            };
            if map.insert(name.to_string(), parts).is_some() {
                return Err(err(ParseErrorKind::Duplicate(id.to_string())));
            }
        }
        Ok(bundle)
    }

    /// Whether the catalogue has this message.
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// Every message id.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(|k| k.as_str())
    }

    /// The `$variables` a message uses (for checking that translations take the same ones).
    pub fn variables(&self, id: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        if let Some(parts) = self.messages.get(id) {
            collect_vars(parts, &mut out);
        }
        out
    }

    /// The message's text with its arguments; `None` when the catalogue lacks it.
    pub fn format(&self, id: &str, args: &[(&str, Arg)], plural: PluralRule) -> Option<String> {
        let parts = self.messages.get(id)?;
        let mut out = String::new();
        self.write(parts, args, plural, &mut out, 0);
        Some(out)
    }

    fn write(
        &self,
        parts: &[Part],
        args: &[(&str, Arg)],
        plural: PluralRule,
        out: &mut String,
        depth: u8,
    ) {
        for part in parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(v) => match args.iter().find(|(k, _)| k == v) {
                    Some((_, Arg::Str(s))) => out.push_str(s),
                    Some((_, Arg::Num(n))) => out.push_str(&n.to_string()),
                    None => {
                        out.push('{');
                        out.push_str(v);
                        out.push('}');
                    }
                },
                Part::Term(t) => {
                    // Terms may use terms; a cycle stops here rather than looping.
                    if let (Some(term), true) = (self.terms.get(t), depth < 4) {
                        self.write(term, args, plural, out, depth + 1);
                    }
                }
                Part::Select {
                    var,
                    variants,
                    default,
                } => {
                    let key = match args.iter().find(|(k, _)| k == var) {
                        Some((_, Arg::Num(n))) => {
                            let exact = n.to_string();
                            if variants.iter().any(|(k, _)| *k == exact) {
                                exact
                            } else {
                                plural(*n).to_string()
                            }
                        }
                        Some((_, Arg::Str(s))) => s.to_string(),
                        None => String::new(),
                    };
                    let chosen = variants
                        .iter()
                        .find(|(k, _)| *k == key)
                        .or_else(|| variants.get(*default));
                    if let Some((_, body)) = chosen {
                        self.write(body, args, plural, out, depth);
                    }
                }
            }
        }
    }
}

/// An id as translators write it (`nav-assess`), or a key's number as the release ships it.
fn valid_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn collect_vars(parts: &[Part], out: &mut BTreeSet<String>) {
    for p in parts {
        match p {
            Part::Var(v) => {
                out.insert(v.clone());
            }
            Part::Select { var, variants, .. } => {
                out.insert(var.clone());
                for (_, body) in variants {
                    collect_vars(body, out);
                }
            }
            Part::Text(_) | Part::Term(_) => {}
        }
    }
}

/// Parses text with `{ … }` placeables.
fn parse_pattern(s: &str) -> Result<Vec<Part>, ParseErrorKind> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let close = matching_brace(&rest[open..]).ok_or(ParseErrorKind::Placeable)? + open;
        let inner = rest[open + 1..close].trim();
        if !text.is_empty() {
            parts.push(Part::Text(std::mem::take(&mut text)));
        }
        parts.push(parse_placeable(inner)?);
        rest = &rest[close + 1..];
    }
    if rest.contains('}') {
        return Err(ParseErrorKind::Placeable);
    }
    text.push_str(rest);
    if !text.is_empty() {
        parts.push(Part::Text(text));
    }
    Ok(parts)
}

/// The index of the `}` closing the `{` at the start of `s`.
fn matching_brace(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_quote = false;
    for (i, c) in s.char_indices() {
        match c {
            '"' => in_quote = !in_quote,
            '{' if !in_quote => depth += 1,
            '}' if !in_quote => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn parse_placeable(inner: &str) -> Result<Part, ParseErrorKind> {
    if let Some((selector, variants)) = inner.split_once("->") {
        let var = selector
            .trim()
            .strip_prefix('$')
            .ok_or(ParseErrorKind::Placeable)?;
        return parse_select(var.trim(), variants);
    }
    if let Some(v) = inner.strip_prefix('$') {
        return if valid_id(v) {
            Ok(Part::Var(v.to_string()))
        } else {
            Err(ParseErrorKind::Placeable)
        };
    }
    if let Some(t) = inner.strip_prefix('-') {
        return if valid_id(t) {
            Ok(Part::Term(t.to_string()))
        } else {
            Err(ParseErrorKind::Placeable)
        };
    }
    // A string literal, for characters that would otherwise be syntax: { "{" }.
    match inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        Some(lit) => Ok(Part::Text(lit.to_string())),
        None => Err(ParseErrorKind::Placeable),
    }
}

fn parse_select(var: &str, body: &str) -> Result<Part, ParseErrorKind> {
    if !valid_id(var) {
        return Err(ParseErrorKind::Placeable);
    }
    let mut variants = Vec::new();
    let mut default = None;
    let mut rest = body.trim();
    while !rest.is_empty() {
        let is_default = rest.starts_with('*');
        let r = rest.trim_start_matches('*');
        let r = r.strip_prefix('[').ok_or(ParseErrorKind::Placeable)?;
        let end = r.find(']').ok_or(ParseErrorKind::Placeable)?;
        let key = r[..end].trim().to_string();
        let after = &r[end + 1..];
        // The variant's text runs to the next line that starts a variant (`[` or `*[`).
        let mut stop = after.len();
        let mut offset = 0;
        for line in after.split_inclusive('\n') {
            let t = line.trim_start();
            if offset > 0 && (t.starts_with('[') || t.starts_with("*[")) {
                stop = offset;
                break;
            }
            offset += line.len();
        }
        if is_default {
            if default.is_some() {
                return Err(ParseErrorKind::Default);
            }
            default = Some(variants.len());
        }
        variants.push((key, parse_pattern(after[..stop].trim())?));
        rest = after[stop..].trim();
    }
    let default = default.ok_or(ParseErrorKind::Default)?;
    Ok(Part::Select {
        var: var.to_string(),
        variants,
        default,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = r#"
# Comments and blank lines are skipped.
-app = Pillars
title = Welcome to { -app }
progress = { $answered } of { $total } answered
items = { $count ->
    [0] No items
    [one] One item
   *[other] { $count } items
}
long = First line
    second line
brace = A literal { "{" } brace
"#;

    fn bundle() -> Bundle {
        Bundle::parse(FTL).expect("the test catalogue parses")
    }

    #[test]
    fn plain_terms_and_variables() {
        let b = bundle();
        assert_eq!(
            b.format("title", &[], &plural_en).as_deref(),
            Some("Welcome to Pillars")
        );
        let args = [("answered", Arg::Num(3)), ("total", Arg::Num(34))];
        assert_eq!(
            b.format("progress", &args, &plural_en).as_deref(),
            Some("3 of 34 answered")
        );
        assert_eq!(
            b.format("brace", &[], &plural_en).as_deref(),
            Some("A literal { brace")
        );
        assert_eq!(
            b.format("long", &[], &plural_en).as_deref(),
            Some("First line\nsecond line")
        );
        assert_eq!(b.format("missing", &[], &plural_en), None);
    }

    #[test]
    fn plurals_follow_the_language_and_exact_numbers_win() {
        let b = bundle();
        let n = |n| {
            b.format("items", &[("count", Arg::Num(n))], &plural_en)
                .unwrap_or_default()
        };
        assert_eq!(n(0), "No items");
        assert_eq!(n(1), "One item");
        assert_eq!(n(2), "2 items");
        let fr = Bundle::parse(
            "items = { $count ->\n  [one] { $count } élément\n *[other] { $count } éléments\n}",
        )
        .unwrap();
        let f = |n| {
            fr.format("items", &[("count", Arg::Num(n))], &plural_fr)
                .unwrap_or_default()
        };
        assert_eq!(f(0), "0 élément");
        assert_eq!(f(1), "1 élément");
        assert_eq!(f(5), "5 éléments");
    }

    #[test]
    fn variables_are_listed_for_cross_language_checks() {
        let b = bundle();
        let vars: Vec<String> = b.variables("progress").into_iter().collect();
        assert_eq!(vars, ["answered", "total"]);
        assert_eq!(
            b.variables("items").into_iter().collect::<Vec<_>>(),
            ["count"]
        );
        assert!(b.ids().any(|id| id == "title"));
        assert!(!b.ids().any(|id| id == "app"), "terms are not messages");
    }

    #[test]
    fn a_missing_argument_shows_its_name_rather_than_vanishing() {
        let b = bundle();
        assert_eq!(
            b.format("progress", &[], &plural_en).as_deref(),
            Some("{answered} of {total} answered")
        );
    }

    #[test]
    fn malformed_files_say_which_line() {
        let e = |t: &str| Bundle::parse(t).unwrap_err();
        assert_eq!(
            e("a = 1\na = 2").kind,
            ParseErrorKind::Duplicate("a".into())
        );
        assert_eq!(e("a = 1\na = 2").line, 2);
        assert_eq!(e("a = { $x").kind, ParseErrorKind::Placeable);
        assert_eq!(e("a = x }").kind, ParseErrorKind::Placeable);
        assert_eq!(e("just words").kind, ParseErrorKind::Unexpected);
        assert_eq!(
            e("a = { $n ->\n [one] x\n [other] y\n}").kind,
            ParseErrorKind::Default
        );
        assert_eq!(
            e("a = { $n ->\n *[one] x\n *[other] y\n}").kind,
            ParseErrorKind::Default
        );
        assert!(e("x = 1\n  \n   stray").line >= 3);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod props {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            /// Any text never panics the parser, and whatever parses formats without panicking.
            #[test]
            fn never_panics(text in "\\PC{0,200}", n in -5i64..100) {
                if let Ok(b) = Bundle::parse(&text) {
                    let ids: Vec<String> = b.ids().map(str::to_string).collect();
                    for id in ids {
                        let _ = b.format(&id, &[("n", Arg::Num(n)), ("s", Arg::Str("x"))], &plural_fr);
                    }
                }
            }

            /// Plain text without syntax characters comes back as it was written.
            #[test]
            fn plain_text_round_trips(value in "[a-zA-Z0-9 ,.'!?éèàç]{1,80}") {
                let b = Bundle::parse(&format!("k = {value}")).unwrap();
                prop_assert_eq!(b.format("k", &[], &plural_en).unwrap(), value.trim());
            }
        }
    }
}
