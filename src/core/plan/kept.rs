//! What a later build wrote into a plan, kept as its JSON text and written back untouched; and
//! the reader of a JSON object that keeps the fields it does not know. No `serde_json::Value`
//! and no `#[serde(flatten)]` on reading (it buffers every object in serde's `Content` first): each
//! object is read once, field by field, straight from the text.
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// A JSON value as it was written.
#[derive(Clone, Debug)]
pub struct Raw(Box<RawValue>);

impl Raw {
    pub fn text(&self) -> &str {
        self.0.get()
    }
}

impl PartialEq for Raw {
    fn eq(&self, other: &Self) -> bool {
        self.text() == other.text()
    }
}

impl Eq for Raw {}

impl Serialize for Raw {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Box::<RawValue>::deserialize(d).map(Raw)
    }
}

/// Fields of a plan, focus or action that a later build wrote, by name, as they were written.
pub type Unknown = BTreeMap<String, Raw>;

/// An object read field by field: [`Fields::field`] takes the fields this build knows, the
/// others go to [`Fields::unknown`]; fields not given keep their default.
pub(super) trait Fields: Default {
    /// Reads the value of `key` from `map` if this build knows it; `false` leaves it unread.
    fn field<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error>;
    fn unknown(&mut self) -> &mut Unknown;
}

/// Reads an object of type `T` (see [`Fields`]).
pub(super) fn read<'de, T: Fields, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    struct Object<T>(std::marker::PhantomData<T>);
    impl<'de, T: Fields> Visitor<'de> for Object<T> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
            let mut out = T::default();
            while let Some(key) = map.next_key::<String>()? {
                if !out.field(&key, &mut map)? {
                    let value: Raw = map.next_value()?;
                    out.unknown().insert(key, value);
                }
            }
            Ok(out)
        }
    }
    d.deserialize_map(Object(std::marker::PhantomData))
}

/// Implements [`Fields`] and `Deserialize` for a struct read field by field: each JSON key and
/// the field it fills (`date` ones are dates as stored), then the field that keeps the rest.
macro_rules! read_fields {
    ($ty:ty { $($key:literal => $field:ident),* ; date $($dkey:literal => $dfield:ident),* ; kept $unknown:ident }) => {
        impl $crate::core::plan::kept::Fields for $ty {
            fn field<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> Result<bool, A::Error> {
                match key {
                    $($key => self.$field = map.next_value()?,)*
                    $($dkey => {
                        self.$dfield = map.next_value::<$crate::core::plan::kept::StoredDate>()?.0
                    })*
                    _ => return Ok(false),
                }
                Ok(true)
            }
            fn unknown(&mut self) -> &mut $crate::core::plan::kept::Unknown {
                &mut self.$unknown
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::core::plan::kept::read(d)
            }
        }
    };
}
pub(super) use read_fields;

/// A date as stored (`""` or `YYYY-MM-DD`; anything else is no date), read as a map's value.
pub(super) struct StoredDate(pub Option<crate::core::date::Date>);

impl<'de> Deserialize<'de> for StoredDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::date::stored::deserialize(d).map(StoredDate)
    }
}
