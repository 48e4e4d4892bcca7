//! The stored data as text: its schema, the key it lives under, reading older schemas step by
//! step, telling data written by a newer build from damaged data, and the dated rescue slots.
//!
//! Schemas: data is kept under `pillars.v<schema>.data` and says `"schema": <n>` first. Bump
//! [`DATA_SCHEMA`] for any change an older build could not write back unchanged (a new field,
//! kind or status anywhere): the older build then sees a newer key (or schema, or an unknown
//! field or kind) and stays read-only instead of writing over it. A newer build that finds no
//! data under its own key reads the newest older key and brings it up, one step per schema.
use super::date::Date;
use super::state::{AppData, DATA_SCHEMA};
use serde::Deserialize;

/// Every key this app writes starts with this prefix.
pub const PREFIX: &str = "pillars.";
/// How many copies of unreadable data are kept, newest first.
pub const RESCUE_SLOTS: usize = 5;

/// The key of data of `schema`.
pub fn data_key(schema: u32) -> String {
    format!("{PREFIX}v{schema}.data")
}

/// The schema a data key is for, if `key` is one.
pub fn data_key_schema(key: &str) -> Option<u32> {
    let n = key.strip_prefix(PREFIX)?.strip_prefix('v')?;
    n.strip_suffix(".data")?.parse().ok()
}

/// Whether `key` holds data written by a newer build than this one.
pub fn is_newer_key(key: &str) -> bool {
    data_key_schema(key).is_some_and(|n| n > DATA_SCHEMA)
}

/// Why stored text cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Written by a newer build: it must be kept as it is, and not written over.
    Newer,
    /// Not data any build wrote.
    Damaged,
}

/// The head of stored text; data written before the schema was stored is schema 1.
#[derive(Deserialize)]
struct Header {
    schema: Option<u32>,
}

/// Step `i` brings data read from schema `i + 1` to schema `i + 2` (reading uses today's types,
/// with `serde(default)` or `alias` for what older schemas lack or named otherwise). The length
/// is checked by the compiler: a new schema cannot be added without its step.
const STEPS: [fn(&mut AppData); DATA_SCHEMA as usize - 1] = [];

/// Reads stored text of any schema up to this build's, brought up to this build's.
pub fn read(raw: &str) -> Result<AppData, Unreadable> {
    let schema = serde_json::from_str::<Header>(raw)
        .map_err(|_| Unreadable::Damaged)?
        .schema
        .unwrap_or(1);
    if schema > DATA_SCHEMA {
        return Err(Unreadable::Newer);
    }
    if schema == 0 {
        return Err(Unreadable::Damaged);
    }
    let mut data: AppData = serde_json::from_str(raw).map_err(|e| {
        // Strict parts (a resource's fields, its kind) name what a newer build added.
        let why = e.to_string();
        if why.starts_with("unknown field") || why.starts_with("unknown variant") {
            Unreadable::Newer
        } else {
            Unreadable::Damaged
        }
    })?;
    bring_up(&mut data, schema);
    Ok(data)
}

/// Brings data read from `schema` (1 to this build's) up to this build's.
fn bring_up(data: &mut AppData, schema: u32) {
    for step in STEPS.get(schema as usize - 1..).unwrap_or_default() {
        step(data);
    }
    // Answers to an older questionnaire are carried over to today's (once: what is saved next
    // carries today's version).
    use super::questionnaire::{Migrations, Questionnaire};
    data.carry_answers_to(Questionnaire::builtin().version, Migrations::builtin());
}

/// The schema stored text says it has, if it is JSON that says so (a rescued copy does).
pub fn schema_of(raw: &str) -> Option<u32> {
    serde_json::from_str::<Header>(raw).ok()?.schema
}

/// What [`salvage`] could read of damaged stored data.
#[derive(Clone, Debug, PartialEq)]
pub struct Salvaged {
    pub data: AppData,
    /// How many parts were left out: a whole part (the answers in progress, the targets, the
    /// name…) or one element of a list (an assessment of the history, a result shared with the
    /// person, a resource).
    pub left_out: usize,
}

/// The parts of the stored data read one by one, and in the lists (and the curation's) each
/// element on its own: what [`read`] found damaged (or an export's data), less what is damaged.
/// `None` when the text is not a JSON object of data of this build's schema or older, or when
/// nothing of it can be read. Never panics.
pub fn salvage(raw: &str) -> Option<Salvaged> {
    use serde_json::value::RawValue;
    use std::collections::BTreeMap;
    let schema = serde_json::from_str::<Header>(raw)
        .ok()?
        .schema
        .unwrap_or(1);
    if schema == 0 || schema > DATA_SCHEMA {
        return None;
    }
    let parts: BTreeMap<String, &RawValue> = serde_json::from_str(raw).ok()?;
    // Each candidate is tried as the only field of the data (every field has a default), inside
    // `outer` when it is a field of the curation (whose fields have defaults too).
    let reads = |text: &str| serde_json::from_str::<AppData>(text).is_ok();
    let field = |k: &str, v: &str| format!("{}:{v}", serde_json::to_string(k).unwrap_or_default());
    let mut left_out = 0;
    // The value of `key` as far as it reads: whole, or its list's readable elements.
    let mut best = |key: &str, v: &RawValue, wrap: &dyn Fn(&str) -> String| -> Option<String> {
        if reads(&wrap(&field(key, v.get()))) {
            return Some(v.get().to_string());
        }
        // Not a list, or not where a list belongs: the part is left out.
        let list = serde_json::from_str::<Vec<&RawValue>>(v.get()).ok();
        let Some(list) = list.filter(|_| reads(&wrap(&field(key, "[]")))) else {
            left_out += 1;
            return None;
        };
        let good: Vec<&str> = (list.iter().map(|e| e.get()))
            .filter(|e| reads(&wrap(&field(key, &format!("[{e}]")))))
            .collect();
        left_out += list.len() - good.len();
        Some(format!("[{}]", good.join(",")))
    };
    let top = |f: &str| format!("{{{f}}}");
    let mut kept = Vec::new();
    for (key, v) in &parts {
        if key == "schema" {
            continue;
        }
        let curation_field = |f: &str| format!("{{\"curation\":{{{f}}}}}");
        let value = match serde_json::from_str::<BTreeMap<String, &RawValue>>(v.get()) {
            // The curation, field by field.
            Ok(fields) if key == "curation" && !reads(&top(&field(key, v.get()))) => {
                let inner: Vec<String> = (fields.iter())
                    .filter_map(|(k, v)| Some(field(k, &best(k, v, &curation_field)?)))
                    .collect();
                Some(format!("{{{}}}", inner.join(",")))
            }
            _ => best(key, v, &top),
        };
        if let Some(value) = value {
            kept.push(field(key, &value));
        }
    }
    let mut data: AppData = serde_json::from_str(&top(&kept.join(","))).ok()?;
    bring_up(&mut data, schema);
    (data != AppData::default()).then_some(Salvaged { data, left_out })
}

/// The text to store: the data with its schema first.
pub fn write(data: &AppData) -> Result<String, serde_json::Error> {
    let json = serde_json::to_string(data)?;
    // The data is always an object with fields (`attempt` is never left out).
    Ok(format!("{{\"schema\":{DATA_SCHEMA},{}", &json[1..]))
}

/// A rescue slot: a copy of unreadable data set aside at `stamp` (milliseconds) on `date`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Slot {
    pub stamp: u64,
    /// `None` for the one slot of builds before there were several.
    pub date: Option<Date>,
}

/// Where the builds with one slot set unreadable data aside.
const LEGACY_RESCUE_KEY: &str = "pillars.v1.unreadable";
const RESCUE: &str = "pillars.unreadable.";

impl Slot {
    pub fn key(&self) -> String {
        match self.date {
            Some(d) => format!("{RESCUE}{}.{d}", self.stamp),
            None => LEGACY_RESCUE_KEY.to_string(),
        }
    }

    /// The slot `key` names, if it is one.
    pub fn from_key(key: &str) -> Option<Slot> {
        if key == LEGACY_RESCUE_KEY {
            return Some(Slot {
                stamp: 0,
                date: None,
            });
        }
        let (stamp, date) = key.strip_prefix(RESCUE)?.split_once('.')?;
        Some(Slot {
            stamp: stamp.parse().ok()?,
            date: Some(Date::parse(date)?),
        })
    }
}

/// The slots among `keys`, newest first.
pub fn slots<'a>(keys: impl IntoIterator<Item = &'a str>) -> Vec<Slot> {
    let mut out: Vec<Slot> = keys.into_iter().filter_map(Slot::from_key).collect();
    out.sort_by(|a, b| b.cmp(a));
    out
}

/// The slots to remove once a new copy is set aside: the oldest beyond [`RESCUE_SLOTS`].
pub fn slots_to_drop(newest_first: &[Slot]) -> &[Slot] {
    newest_first.get(RESCUE_SLOTS..).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Data exactly as the build of `schema` stored it (`tests/fixtures/stored-v<n>.json`): a new
    /// schema adds its fixture, and every earlier one must still read.
    fn fixture(schema: u32) -> String {
        let path = format!(
            "{}/tests/fixtures/stored-v{schema}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("a fixture for schema {schema}"))
    }

    #[test]
    fn stored_data_of_every_earlier_schema_reads_and_comes_up_to_this_one() {
        for schema in 1..=DATA_SCHEMA {
            let raw = fixture(schema);
            let data = read(raw.trim()).unwrap_or_else(|e| panic!("schema {schema}: {e:?}"));
            assert!(!data.history.is_empty() && !data.curation.own.is_empty());
            // What this build writes reads back the same.
            assert_eq!(read(&write(&data).unwrap()), Ok(data));
        }
    }

    #[test]
    fn damaged_parts_are_left_out_and_the_rest_is_read() {
        let whole = read(fixture(1).trim()).unwrap();
        // One bad value in the history, one in a shared result, one in a resource of the
        // curator's own, the name a number: each is left out, nothing else.
        let raw = fixture(1)
            .trim()
            .replace(
                r#""history":[{"#,
                r#""history":[{"id":"x","date":"2026-11-21","version":1,"answers":7},{"#,
            )
            .replace(r#""saved":"2026-11-22""#, r#""saved":12"#)
            .replace(r#""own":[{"#, r#""own":[{"id":"bad","kind":"scroll"},{"#)
            .replace(r#""display_name":"Ada""#, r#""display_name":["Ada"]"#);
        assert_eq!(read(&raw), Err(Unreadable::Damaged));
        let s = salvage(&raw).unwrap();
        assert_eq!(s.left_out, 4);
        assert_eq!(s.data.history, whole.history);
        assert!(s.data.shared_with_me.is_empty());
        assert_eq!(s.data.curation, whole.curation);
        assert_eq!(s.data.display_name, "");
        assert_eq!(
            (&s.data.attempt, &s.data.targets, s.data.plan.read()),
            (&whole.attempt, &whole.targets, whole.plan.read())
        );
        // Undamaged data salvages whole, with nothing left out.
        let same = salvage(fixture(1).trim()).unwrap();
        assert_eq!((same.data, same.left_out), (whole, 0));
    }

    #[test]
    fn what_is_not_data_is_not_salvaged() {
        for raw in [
            "",
            "[]",
            "{}",
            "nope",
            r#"{"schema":99,"display_name":"A"}"#,
            r#"{"history":7}"#,
        ] {
            assert_eq!(salvage(raw), None, "{raw}");
        }
    }

    proptest::proptest! {
        #[test]
        fn salvage_never_panics_and_what_it_reads_is_stored_whole(at in 0usize..2000, cut in "[\\[\\]{}:,\"a-z0-9 ]{0,8}") {
            let raw = fixture(1);
            let raw = raw.trim();
            let at = crate::core::text::floor_boundary(raw, at.min(raw.len()));
            if let Some(s) = salvage(&format!("{}{cut}{}", &raw[..at], &raw[at..])) {
                // What is salvaged is data like any other: stored, it reads back the same.
                let again = write(&s.data).unwrap();
                proptest::prop_assert_eq!(read(&again), Ok(s.data));
            }
        }
    }

    #[test]
    fn answers_to_questionnaire_version_1_are_carried_over_on_reading() {
        use crate::core::answers::Answer;
        use crate::core::questionnaire::{Migrations, Questionnaire};
        let path = format!(
            "{}/tests/fixtures/answers-questionnaire-v1.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let raw = std::fs::read_to_string(path).unwrap();
        let q = Questionnaire::builtin();
        let d = read(raw.trim()).unwrap();
        let ids: Vec<&str> = q.items().map(|i| i.id.as_str()).collect();
        let lv = |n| Answer::Level(crate::core::level::Level::new(n).unwrap());
        // The attempt in progress: kept where the item means the same, dropped where not.
        assert_eq!(d.attempt.version, q.version);
        let kept: Vec<(&str, Answer)> = d
            .attempt
            .answers
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        assert_eq!(
            kept,
            [
                ("branding-hashtag", Answer::NotApplicable),
                ("engagement-thinking-tasks", lv(4)),
                ("spaces-co-design", lv(5))
            ]
        );
        let previous = d.previous_attempt.as_ref().unwrap();
        assert_eq!(previous.version, q.version);
        assert_eq!(previous.answers.len(), 1, "job-embedded was split: dropped");
        // The history: every answer left is to an item of today's questionnaire.
        let s = &d.history[0];
        assert_eq!(s.version, q.version);
        assert!(s.answers.keys().all(|k| ids.contains(&k.as_str())));
        let dropped = Migrations::builtin().steps[0]
            .items
            .values()
            .filter(|v| v.is_none())
            .count();
        assert_eq!(s.answers.len(), 34 - dropped);
        // Results others shared keep their version: their links open with it.
        assert_eq!(d.shared_with_me[0].result.questionnaire_version, 1);
        // Once carried over, reading what is written again changes nothing.
        assert_eq!(read(&write(&d).unwrap()), Ok(d));
    }

    #[test]
    fn stored_text_says_its_schema_and_today_data_without_one_is_schema_1() {
        let text = write(&AppData::default()).unwrap();
        assert!(text.starts_with(&format!("{{\"schema\":{DATA_SCHEMA},\"attempt\":")));
        assert_eq!(read(&text), Ok(AppData::default()));
        let v1 = fixture(1);
        assert!(!v1.contains("\"schema\""));
        assert!(read(&v1).is_ok());
    }

    #[test]
    fn data_from_a_newer_build_is_recognised_not_taken_for_damage() {
        let v1 = fixture(1);
        let v1 = v1.trim();
        // A newer schema, even one that today's types would read.
        let newer = format!("{{\"schema\":{},{}", DATA_SCHEMA + 1, &v1[1..]);
        assert_eq!(read(&newer), Err(Unreadable::Newer));
        // A field a newer build added to a resource (without a new schema).
        let field = v1.replacen("\"source\":\"\"}", "\"source\":\"\",\"archived\":true}", 1);
        assert_ne!(field, v1);
        assert_eq!(read(&field), Err(Unreadable::Newer));
        // A kind a newer build added.
        let kind = v1.replacen("\"kind\":\"article\"", "\"kind\":\"webinar\"", 1);
        assert_ne!(kind, v1);
        assert_eq!(read(&kind), Err(Unreadable::Newer));
        // Damage is damage.
        assert_eq!(read(&v1[..v1.len() / 2]), Err(Unreadable::Damaged));
        assert_eq!(read("{\"history\":7}"), Err(Unreadable::Damaged));
        assert_eq!(read("{\"schema\":0}"), Err(Unreadable::Damaged));
        assert_eq!(read("{\"schema\":\"2\"}"), Err(Unreadable::Damaged));
    }

    #[test]
    fn data_keys_name_their_schema_and_newer_ones_are_told_apart() {
        assert_eq!(data_key(1), "pillars.v1.data");
        assert_eq!(data_key_schema(&data_key(7)), Some(7));
        assert_eq!(data_key_schema("pillars.v1.unreadable"), None);
        assert_eq!(data_key_schema("pillars.language"), None);
        assert!(!is_newer_key(&data_key(DATA_SCHEMA)));
        assert!(is_newer_key(&data_key(DATA_SCHEMA + 1)));
    }

    #[test]
    fn rescue_slots_are_dated_newest_first_and_only_the_oldest_beyond_the_limit_go() {
        let day = |d| Date::parse(d).unwrap();
        let slot = |stamp, d| Slot {
            stamp,
            date: Some(day(d)),
        };
        let a = slot(1_700_000_000_000, "2023-11-14");
        assert_eq!(a.key(), "pillars.unreadable.1700000000000.2023-11-14");
        assert_eq!(Slot::from_key(&a.key()), Some(a));
        assert_eq!(Slot::from_key("pillars.unreadable.x.2023-11-14"), None);
        assert_eq!(Slot::from_key("pillars.v1.data"), None);
        let legacy = Slot::from_key("pillars.v1.unreadable").unwrap();
        let keys: Vec<String> = (0..7u64)
            .map(|i| slot(1_700_000_000_000 + i, "2023-11-14").key())
            .chain([legacy.key(), "pillars.v1.data".into()])
            .collect();
        let all = slots(keys.iter().map(String::as_str));
        assert_eq!(all.len(), 8);
        assert_eq!(all[0].stamp, 1_700_000_000_006, "newest first");
        assert_eq!(all[7], legacy, "the undated slot is the oldest");
        let dropped = slots_to_drop(&all);
        assert_eq!(dropped.len(), 3);
        assert!(dropped.iter().all(|d| d.stamp <= 1_700_000_000_001));
        assert!(slots_to_drop(&all[..RESCUE_SLOTS]).is_empty());
    }
}
