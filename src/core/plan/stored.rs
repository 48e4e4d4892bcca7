//! The plan as the person's data keeps it: its JSON text, untouched until a screen that shows or
//! changes the plan reads it. The app's first screens (home, assessment) load and save the data
//! without ever parsing the plan, so the plan's reader and writer live in the second wasm chunk
//! with the plan's screens (about 7 KB off the first visit's critical path).
use super::Plan;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

/// The stored plan: none, or its JSON text exactly as read (written back the same).
#[derive(Clone, Debug, Default)]
pub struct StoredPlan(Option<Box<RawValue>>);

impl StoredPlan {
    /// The plan; text this build cannot read (damaged, or a newer build's) reads as an empty plan.
    pub fn read(&self) -> Plan {
        self.0
            .as_ref()
            .and_then(|raw| serde_json::from_str(raw.get()).ok())
            .unwrap_or_default()
    }

    /// Keeps `plan`; an empty plan is none at all (left out of the stored text).
    pub fn of(plan: &Plan) -> StoredPlan {
        if plan.is_empty() {
            return StoredPlan(None);
        }
        StoredPlan(serde_json::value::to_raw_value(plan).ok())
    }

    /// True when there is no plan (the stored text leaves it out).
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    fn text(&self) -> Option<&str> {
        self.0.as_deref().map(RawValue::get)
    }
}

impl PartialEq for StoredPlan {
    fn eq(&self, other: &Self) -> bool {
        self.text() == other.text()
    }
}

impl Serialize for StoredPlan {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for StoredPlan {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Option::<Box<RawValue>>::deserialize(d)?;
        // `null` and `{}` are no plan.
        Ok(StoredPlan(
            raw.filter(|r| !matches!(r.get().trim(), "null" | "{}")),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::fixtures::sample as a_plan;

    #[test]
    fn a_plan_kept_reads_back_and_an_empty_one_is_none() {
        let p = a_plan();
        assert!(!p.is_empty());
        assert_eq!(StoredPlan::of(&p).read(), p);
        assert!(StoredPlan::of(&Plan::default()).is_empty());
        assert_eq!(StoredPlan::default().read(), Plan::default());
    }

    #[test]
    fn the_stored_text_is_written_back_exactly_as_read() {
        #[derive(Serialize, Deserialize)]
        struct Holder {
            #[serde(default, skip_serializing_if = "StoredPlan::is_empty")]
            plan: StoredPlan,
        }
        let text = r#"{"plan":{"focuses":[],"actions":[],"next_assessment":"2027-03-01","from_a_later_build":1}}"#;
        let h: Holder = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&h).unwrap(), text);
        for none in [r#"{}"#, r#"{"plan":null}"#, r#"{"plan":{}}"#] {
            let h: Holder = serde_json::from_str(none).unwrap();
            assert!(h.plan.is_empty(), "{none}");
            assert_eq!(serde_json::to_string(&h).unwrap(), "{}");
        }
    }

    #[test]
    fn text_this_build_cannot_read_is_an_empty_plan_but_kept() {
        let s: StoredPlan = serde_json::from_str(r#"{"focuses":7}"#).unwrap();
        assert_eq!(s.read(), Plan::default());
        assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"focuses":7}"#);
    }
}
