//! Reading untrusted JSON (imported files, collection links) with typed `serde_json::from_str`,
//! yet able to say exactly what is wrong: each leaf accepts any JSON value and records what it
//! was, so one odd field gives a precise error instead of a parse error. There is no
//! `serde_json::Value` in the app: every JSON text is read once, into types.
use crate::core::library::{wire, Field, Kind, Resource, ResourceError};
use crate::core::pillar::PillarId;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A JSON value where text is expected.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Text {
    #[default]
    Missing,
    Null,
    Str(String),
    Other,
}

/// A JSON value where a list of text is expected.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum TextList {
    #[default]
    Missing,
    List(Vec<String>),
    /// `null`, or anything but a list of text.
    Other,
}

/// A JSON value where a list is expected, each element read as `T` (which must take any value).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Items<T> {
    #[default]
    Missing,
    List(Vec<T>),
    /// `null`, or anything but a list.
    Other,
}

/// A JSON value where a whole number is expected.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Count {
    #[default]
    Missing,
    Num(u64),
    /// `null`, a negative, fractional or huge number, or anything else.
    Other,
}

/// What a visitor makes of values of the kinds it does not read: `$v`, having consumed them whole
/// (lists and maps are skipped to their end). One definition for every reader of outside JSON.
macro_rules! fallback_visits {
    ($v:expr; $($kind:ident),+ $(,)?) => { $( fallback_visits!(@ $kind $v); )+ };
    (@ bool $v:expr) => { fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> { Ok($v) } };
    (@ i64 $v:expr) => { fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> { Ok($v) } };
    (@ u64 $v:expr) => { fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> { Ok($v) } };
    (@ f64 $v:expr) => { fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> { Ok($v) } };
    (@ str $v:expr) => { fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> { Ok($v) } };
    (@ unit $v:expr) => { fn visit_unit<E>(self) -> Result<Self::Value, E> { Ok($v) } };
    (@ seq $v:expr) => {
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
            Ok($v)
        }
    };
    (@ map $v:expr) => {
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            while map.next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?.is_some() {}
            Ok($v)
        }
    };
}
pub(crate) use fallback_visits;

/// The head of a JSON file: what it says it is, read without the rest (which is skipped).
/// Export files name themselves with `"kind": "pillars-export"` and a number `format`;
/// collection files with `"format": "pillars-collection"` and a number `version`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Header {
    /// The text is a JSON object.
    pub object: bool,
    pub kind: Text,
    /// Text in collection files.
    pub format_name: Text,
    /// A number in export files.
    pub format_number: Count,
}

/// What kind of Pillars file a text is, from its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileFormat {
    Export,
    Collection,
}

impl Header {
    /// Reads the header of a JSON text (`Err` when the text is not JSON at all).
    pub fn read(text: &str) -> Result<Header, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// Which Pillars file this is, if it says it is one.
    pub fn format(&self) -> Option<FileFormat> {
        let is = |t: &Text, s: &str| matches!(t, Text::Str(x) if x == s);
        if !self.object {
            None
        } else if is(&self.kind, crate::core::transfer::FILE_KIND) {
            Some(FileFormat::Export)
        } else if is(&self.format_name, crate::core::share::COLLECTION_FORMAT) {
            Some(FileFormat::Collection)
        } else {
            None
        }
    }
}

impl<'de> Deserialize<'de> for Header {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Header;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Header, A::Error> {
                let mut h = Header {
                    object: true,
                    ..Header::default()
                };
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match &*key {
                        "kind" => h.kind = map.next_value()?,
                        "format" => {
                            let f: Scalar = map.next_value()?;
                            (h.format_name, h.format_number) = (f.0, f.1);
                        }
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(h)
            }
            fallback_visits!(Header::default(); seq, str, unit, u64, bool, i64, f64);
        }
        d.deserialize_any(V)
    }
}

/// A value that may be text or a number (a file's `format`).
struct Scalar(Text, Count);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, s: &str) -> Result<Scalar, E> {
                Ok(Scalar(Text::Str(s.to_string()), Count::Other))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Scalar, E> {
                Ok(Scalar(Text::Other, Count::Num(n)))
            }
            fn visit_unit<E>(self) -> Result<Scalar, E> {
                Ok(Scalar(Text::Null, Count::Other))
            }
            fallback_visits!(Scalar(Text::Other, Count::Other); seq, bool, i64, f64, map);
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, s: &str) -> Result<Text, E> {
                Ok(Text::Str(s.to_string()))
            }
            fn visit_string<E>(self, s: String) -> Result<Text, E> {
                Ok(Text::Str(s))
            }
            fn visit_unit<E>(self) -> Result<Text, E> {
                Ok(Text::Null)
            }
            fallback_visits!(Text::Other; u64, seq, bool, i64, f64, map);
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for TextList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TextList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, _: &str) -> Result<TextList, E> {
                Ok(TextList::Other)
            }
            fn visit_unit<E>(self) -> Result<TextList, E> {
                Ok(TextList::Other)
            }
            fn visit_u64<E>(self, _: u64) -> Result<TextList, E> {
                Ok(TextList::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<TextList, A::Error> {
                let mut list = Vec::new();
                let mut all_text = true;
                while let Some(t) = seq.next_element::<Text>()? {
                    match t {
                        Text::Str(s) if all_text => list.push(s),
                        _ => all_text = false,
                    }
                }
                Ok(if all_text {
                    TextList::List(list)
                } else {
                    TextList::Other
                })
            }
            fallback_visits!(TextList::Other; bool, i64, f64, map);
        }
        d.deserialize_any(V)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Items<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Items<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Items<T>, A::Error> {
                let mut list = Vec::new();
                while let Some(t) = seq.next_element::<T>()? {
                    list.push(t);
                }
                Ok(Items::List(list))
            }
            fallback_visits!(Items::Other; str, unit, u64, bool, i64, f64, map);
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_u64<E>(self, n: u64) -> Result<Count, E> {
                Ok(Count::Num(n))
            }
            fn visit_str<E>(self, _: &str) -> Result<Count, E> {
                Ok(Count::Other)
            }
            fn visit_unit<E>(self) -> Result<Count, E> {
                Ok(Count::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Count, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Count::Other)
            }
            fallback_visits!(Count::Other; bool, i64, f64, map);
        }
        d.deserialize_any(V)
    }
}

/// A resource as an untrusted file or link gives it, field by field.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawResource {
    /// Not a JSON object (or, in a link, not a list of fields).
    pub malformed: bool,
    pub id: Text,
    pub title: Text,
    pub author: Text,
    pub kind: Text,
    pub pillars: TextList,
    pub description: Text,
    pub minutes: Count,
    pub url: Text,
    pub tags: TextList,
    pub source: Text,
    /// The first field that is not a resource field.
    pub unexpected: Option<String>,
}

impl RawResource {
    /// Reads the value of `field` from a map.
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        f: Field,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match f {
            Field::Pillars => self.pillars = map.next_value()?,
            Field::Tags => self.tags = map.next_value()?,
            Field::Minutes => self.minutes = map.next_value()?,
            _ => {
                let v: Text = map.next_value()?;
                self.read_text(f, v);
            }
        }
        Ok(())
    }

    /// The title, else the id, for naming the resource in a message.
    pub fn label(&self) -> Option<String> {
        let text = |t: &Text| match t {
            Text::Str(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            _ => None,
        };
        text(&self.title).or_else(|| text(&self.id))
    }

    /// The resource, checked: first its shape, then every rule of [`Resource::validate`].
    pub fn check(self) -> Result<Resource, ResourceError> {
        use ResourceError as E;
        if self.malformed {
            return Err(E::NotAnObject);
        }
        if let Some(k) = self.unexpected {
            return Err(E::UnexpectedField(k));
        }
        let text = |t: Text, f: Field| match t {
            Text::Str(s) => Ok(s),
            Text::Missing | Text::Null => Err(E::Missing(f)),
            Text::Other => Err(E::NotText(f)),
        };
        let id = text(self.id, Field::Id)?;
        let title = text(self.title, Field::Title)?;
        let author = text(self.author, Field::Author)?;
        let description = text(self.description, Field::Description)?;
        let kind = match self.kind {
            Text::Str(s) => Kind::from_id(&s).ok_or(E::UnknownKind(s))?,
            Text::Missing | Text::Null => return Err(E::Missing(Field::Kind)),
            Text::Other => return Err(E::NotText(Field::Kind)),
        };
        let pillars = match self.pillars {
            TextList::List(p) => p,
            TextList::Missing => return Err(E::NoPillar),
            TextList::Other => return Err(E::NotAList(Field::Pillars)),
        };
        let minutes = match self.minutes {
            Count::Missing => 0,
            Count::Num(n) => u32::try_from(n).map_err(|_| E::BadMinutes)?,
            Count::Other => return Err(E::BadMinutes),
        };
        let optional = |t: Text, f: Field| match t {
            Text::Missing => Ok(String::new()),
            Text::Str(s) => Ok(s),
            Text::Null | Text::Other => Err(E::NotText(f)),
        };
        let url = optional(self.url, Field::Url)?;
        let source = optional(self.source, Field::Source)?;
        let tags = match self.tags {
            TextList::Missing => Vec::new(),
            TextList::List(t) => t,
            TextList::Other => return Err(E::NotAList(Field::Tags)),
        };
        let unknown_pillar = pillars
            .iter()
            .find(|p| PillarId::parse(p).is_none())
            .cloned();
        let r = Resource {
            id,
            title,
            author: wire::read(author, wire::NO_AUTHOR),
            kind,
            pillars: pillars.iter().filter_map(|p| PillarId::parse(p)).collect(),
            description: wire::read(description, wire::NO_DESCRIPTION),
            minutes,
            url,
            tags,
            source,
        };
        if let Some(p) = unknown_pillar {
            // The checks that come before the pillars' come first.
            r.validate_texts()?;
            return Err(E::UnknownPillar(p));
        }
        r.normalized()
    }
}

impl<'de> Deserialize<'de> for RawResource {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawResource;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawResource, A::Error> {
                let mut r = RawResource::default();
                while let Some(key) = map.next_key::<String>()? {
                    match Field::from_key(&key) {
                        Some(f) => r.read_field(f, &mut map)?,
                        None => {
                            map.next_value::<IgnoredAny>()?;
                            r.unexpected.get_or_insert(key);
                        }
                    }
                }
                Ok(r)
            }
            fallback_visits!(malformed(); seq, str, unit, u64, bool, i64, f64);
        }
        d.deserialize_any(V)
    }
}

fn malformed() -> RawResource {
    RawResource {
        malformed: true,
        ..RawResource::default()
    }
}

/// One item of a collection link: a library id, or a resource as a list of its fields in
/// [`Field::ALL`] order (trailing default fields left off: 6 to 10 of them).
#[derive(Clone, Debug, PartialEq)]
pub enum LinkItem {
    Id(String),
    Fields(Box<RawResource>),
    Damaged,
}

impl<'de> Deserialize<'de> for LinkItem {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LinkItem;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, s: &str) -> Result<LinkItem, E> {
                Ok(LinkItem::Id(s.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<LinkItem, A::Error> {
                let mut r = RawResource::default();
                let mut n = 0;
                for f in Field::ALL {
                    // Each field read as its own leaf; a short list stops early.
                    let got = match f {
                        Field::Pillars | Field::Tags => seq.next_element::<TextList>()?.map(|v| {
                            if f == Field::Pillars {
                                r.pillars = v
                            } else {
                                r.tags = v
                            }
                        }),
                        Field::Minutes => seq.next_element::<Count>()?.map(|v| r.minutes = v),
                        _ => seq.next_element::<Text>()?.map(|v| {
                            r.read_text(f, v);
                        }),
                    };
                    if got.is_none() {
                        break;
                    }
                    n += 1;
                }
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                // Fields a link leaves off are absent, as in a file.
                Ok(if (6..=Field::ALL.len()).contains(&n) {
                    LinkItem::Fields(Box::new(r))
                } else {
                    LinkItem::Damaged
                })
            }
            fallback_visits!(LinkItem::Damaged; bool, i64, f64, map);
            fn visit_u64<E>(self, _: u64) -> Result<LinkItem, E> {
                Ok(LinkItem::Damaged)
            }
            fn visit_unit<E>(self) -> Result<LinkItem, E> {
                Ok(LinkItem::Damaged)
            }
        }
        d.deserialize_any(V)
    }
}

impl RawResource {
    fn read_text(&mut self, f: Field, v: Text) {
        match f {
            Field::Id => self.id = v,
            Field::Title => self.title = v,
            Field::Author => self.author = v,
            Field::Kind => self.kind = v,
            Field::Description => self.description = v,
            Field::Url => self.url = v,
            Field::Source => self.source = v,
            Field::Pillars | Field::Tags | Field::Minutes => {}
        }
    }
}
