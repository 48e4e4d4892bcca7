//! An action's status. Written as a short id; a status this build does not know (written by a
//! later one) is kept as it was written, so reading never fails on it and saving gives it back.
use crate::core::untrusted::fallback_visits;
use serde::de::{Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Status {
    #[default]
    NotStarted,
    UnderWay,
    Done,
    Dropped,
    /// A status of a later build, kept as written (never empty).
    Other(String),
}

impl Status {
    /// The statuses this build offers, in the order the UI lists them (and [`Status::index`]).
    pub const ALL: [Status; 4] = [
        Status::NotStarted,
        Status::UnderWay,
        Status::Done,
        Status::Dropped,
    ];

    /// The stored id: `not_started`, `under_way`, `done`, `dropped`, or the unknown one as written.
    pub fn id(&self) -> &str {
        match self {
            Status::NotStarted => "not_started",
            Status::UnderWay => "under_way",
            Status::Done => "done",
            Status::Dropped => "dropped",
            Status::Other(s) => s,
        }
    }

    /// The status with this id; no id (empty text) is "not started", any other text is kept.
    pub fn parse(id: &str) -> Status {
        match id {
            "" | "not_started" => Status::NotStarted,
            "under_way" => Status::UnderWay,
            "done" => Status::Done,
            "dropped" => Status::Dropped,
            other => Status::Other(other.to_string()),
        }
    }

    /// Position in [`Status::ALL`] (for a list of names); `None` for a status of a later build.
    pub fn index(&self) -> Option<usize> {
        Status::ALL.iter().position(|s| s == self)
    }

    /// Done or dropped: nothing more is expected of the action, so it is never overdue.
    pub fn is_closed(&self) -> bool {
        matches!(self, Status::Done | Status::Dropped)
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Status {
    /// Any text is a status (see [`Status::parse`]); any other value is "not started".
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Status;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a status")
            }
            fn visit_str<E>(self, s: &str) -> Result<Status, E> {
                Ok(Status::parse(s))
            }
            fallback_visits!(Status::NotStarted; unit, u64, i64, f64, bool, seq, map);
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_unknown_ones_are_kept() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.id()), s);
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), s);
        }
        assert_eq!(
            serde_json::to_string(&Status::UnderWay).unwrap(),
            r#""under_way""#
        );
        let later: Status = serde_json::from_str(r#""blocked""#).unwrap();
        assert_eq!(later, Status::Other("blocked".into()));
        assert_eq!(serde_json::to_string(&later).unwrap(), r#""blocked""#);
        assert_eq!(later.index(), None);
        assert!(!later.is_closed());
        for odd in [
            "null",
            "3",
            "-1",
            "2.5",
            "true",
            "[1,[2]]",
            r#"{"a":{"b":1}}"#,
            r#""""#,
        ] {
            assert_eq!(
                serde_json::from_str::<Status>(odd).unwrap(),
                Status::NotStarted,
                "{odd}"
            );
        }
        assert!(Status::Done.is_closed() && Status::Dropped.is_closed());
        assert!(!Status::NotStarted.is_closed() && !Status::UnderWay.is_closed());
        assert_eq!(Status::Dropped.index(), Some(3));
    }
}
