//! The collection link: a small collection as a compact, URL-safe code (`#/c/<code>`): base64url
//! (no padding) of the JSON list `["pc", version, name, curator, [items]]`, where an item is a
//! library id, or a resource as the list of its fields in [`Field::ALL`] order with trailing
//! default fields left off. Resources unchanged from the built-in library travel as ids only.
use super::collection::*;
use crate::core::library::{wire, Field, Library, Resource};
use crate::core::untrusted::fallback_visits;
use crate::core::untrusted::{Count, LinkItem, Text};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use serde::de::{Deserializer, IgnoredAny, SeqAccess, Visitor};
use serde::ser::{SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One item as written: an id, or the resource's fields.
enum ItemOut<'a> {
    Id(&'a str),
    Fields(&'a Resource),
}

impl Serialize for ItemOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = match self {
            ItemOut::Id(id) => return s.serialize_str(id),
            ItemOut::Fields(r) => r,
        };
        // Trailing fields at their default are left off (at least six are written).
        let defaults = [
            r.source.is_empty(),
            r.tags.is_empty(),
            r.url.is_empty(),
            r.minutes == 0,
        ];
        let dropped = defaults.iter().take_while(|&&d| d).count();
        let len = Field::ALL.len() - dropped;
        let mut seq = s.serialize_seq(Some(len))?;
        for f in &Field::ALL[..len] {
            match f {
                Field::Id => seq.serialize_element(&r.id)?,
                Field::Title => seq.serialize_element(&r.title)?,
                Field::Author => seq.serialize_element(wire::write(&r.author, wire::NO_AUTHOR))?,
                Field::Kind => seq.serialize_element(r.kind.id())?,
                Field::Pillars => seq.serialize_element(&r.pillars)?,
                Field::Description => {
                    seq.serialize_element(wire::write(&r.description, wire::NO_DESCRIPTION))?
                }
                Field::Minutes => seq.serialize_element(&r.minutes)?,
                Field::Url => seq.serialize_element(&r.url)?,
                Field::Tags => seq.serialize_element(&r.tags)?,
                Field::Source => seq.serialize_element(&r.source)?,
            }
        }
        seq.end()
    }
}

impl Collection {
    /// A compact, URL-safe code for sharing a small collection in a link, or `None` if it would
    /// be longer than [`MAX_LINK_CODE_CHARS`]. Resources unchanged from the built-in library
    /// are referred to by id only.
    pub fn to_link_code(&self) -> Option<String> {
        self.to_link_code_with(&Library::builtin().resources)
    }

    pub(crate) fn to_link_code_with(&self, reference: &[Resource]) -> Option<String> {
        // Base64 turns every 3 bytes into 4 characters.
        let max_json = MAX_LINK_CODE_CHARS / 4 * 3 + 2;
        let mut size = 0usize;
        let mut items = Vec::with_capacity(self.resources.len());
        for r in &self.resources {
            let item = if reference.iter().any(|x| x == r) {
                ItemOut::Id(&r.id)
            } else {
                ItemOut::Fields(r)
            };
            // Every item costs at least its id plus quotes and a comma: give up early.
            size += r.id.len() + 3;
            if size > max_json {
                return None;
            }
            items.push(item);
        }
        let link = (
            LINK_MARKER,
            COLLECTION_VERSION,
            self.name.as_str(),
            self.curator.as_str(),
            items,
        );
        let json = serde_json::to_string(&link).ok()?;
        if json.len() > max_json {
            return None;
        }
        let code = URL_SAFE_NO_PAD.encode(json.as_bytes());
        (code.len() <= MAX_LINK_CODE_CHARS).then_some(code)
    }
}

/// A link's list as read, before any check.
#[derive(Default)]
struct RawLink {
    list: bool,
    len: usize,
    marker: Text,
    version: Count,
    name: Text,
    curator: Text,
    /// `None`: missing or not a list.
    items: Option<Vec<LinkItem>>,
}

/// A list of link items, or `None` for any other value.
struct Items(Option<Vec<LinkItem>>);

impl<'de> Deserialize<'de> for Items {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Items;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Items, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<LinkItem>()? {
                    items.push(item);
                }
                Ok(Items(Some(items)))
            }
            fallback_visits!(Items(None); map, str, bool, i64, u64, f64, unit);
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for RawLink {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawLink;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawLink, A::Error> {
                let mut l = RawLink {
                    list: true,
                    ..RawLink::default()
                };
                macro_rules! next {
                    ($field:ident, $t:ty, $map:expr) => {
                        match seq.next_element::<$t>()? {
                            Some(v) => {
                                l.$field = $map(v);
                                l.len += 1;
                            }
                            None => return Ok(l),
                        }
                    };
                }
                next!(marker, Text, |v| v);
                next!(version, Count, |v| v);
                next!(name, Text, |v| v);
                next!(curator, Text, |v| v);
                next!(items, Items, |v: Items| v.0);
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    l.len += 1;
                }
                Ok(l)
            }
            fallback_visits!(RawLink::default(); map, str, bool, i64, u64, f64, unit);
        }
        d.deserialize_any(V)
    }
}

/// A collection read from a link, less the library entries this build does not have.
#[derive(Clone, Debug, PartialEq)]
pub struct FromLink {
    pub collection: Collection,
    /// Library entries the link names (by id) that this build's library lacks (a link made with
    /// a newer build): left out of `collection`, so the rest can still be seen and added.
    pub unknown: usize,
}

/// Reads a link code made by [`Collection::to_link_code`], validating everything. Library
/// entries this build lacks are left out and counted; a link with nothing else is refused
/// ([`CollectionError::UnknownLibraryEntry`]).
pub fn collection_from_link_code(code: &str) -> Result<FromLink, CollectionError> {
    decode_link_code(code, &Library::builtin().resources)
}

pub(crate) fn decode_link_code(
    code: &str,
    reference: &[Resource],
) -> Result<FromLink, CollectionError> {
    let code = code.trim().trim_end_matches('=');
    if code.is_empty() {
        return Err(CollectionError::EmptyLink);
    }
    if code.len() > MAX_LINK_INPUT_CHARS {
        return Err(CollectionError::LinkTooLong);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(code)
        .map_err(|_| CollectionError::DamagedLink)?;
    // Read as text, like every other JSON (one reader in the wasm, not a second for bytes).
    let text = std::str::from_utf8(&bytes).map_err(|_| CollectionError::DamagedLink)?;
    let link: RawLink = serde_json::from_str(text).map_err(|_| CollectionError::DamagedLink)?;
    if !link.list || link.marker != Text::Str(LINK_MARKER.into()) {
        return Err(CollectionError::NotACollection);
    }
    check_version(link.version)?;
    if link.len != 5 {
        return Err(CollectionError::DamagedLink);
    }
    let name = optional_text(link.name, Part::Name)?;
    let curator = optional_text(link.curator, Part::Curator)?;
    let items = link.items.ok_or(CollectionError::DamagedLink)?;
    check_count(items.len())?;
    let mut resources = Vec::with_capacity(items.len());
    let mut unknown = None;
    let mut unknown_count = 0;
    for (index, item) in items.into_iter().enumerate() {
        let r = match item {
            LinkItem::Id(id) => match reference.iter().find(|r| r.id == id) {
                Some(r) => r.clone(),
                None => {
                    unknown_count += 1;
                    unknown.get_or_insert(CollectionError::UnknownLibraryEntry { index, id });
                    continue;
                }
            },
            LinkItem::Fields(raw) => check_resource(index, *raw)?,
            LinkItem::Damaged => return Err(CollectionError::DamagedLink),
        };
        resources.push(r);
    }
    match unknown {
        Some(e) if resources.is_empty() => Err(e),
        _ => Ok(FromLink {
            collection: finish_collection(name, curator, resources)?,
            unknown: unknown_count,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::library::fixtures::sample;
    use crate::core::share::collection::tests::collection;

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
        assert_eq!(decode_link_code(&code, &[]).unwrap().collection, small);
        // The exact bytes of the format: positional fields, trailing defaults left off.
        let json = String::from_utf8(URL_SAFE_NO_PAD.decode(&code).unwrap()).unwrap();
        assert_eq!(
            json,
            r#"["pc",1,"Twitter starters","Ms. Ng",[["twitter-chats","Twitter Chats for Educators","Jane Doe","community",["professional-learning"],"Weekly conversations with other educators.",60,"",["twitter","pln"]],["thirty-days","30 Days Connected","OSSEMOOC","course",["professional-learning"],"A month of small steps to connect with other leaders on Twitter.",300,"",["twitter","pln"]]]]"#
        );
        assert_eq!(
            decode_link_code(&format!(" {code}= "), &[])
                .unwrap()
                .collection,
            small
        );
        // The public pair works against the built-in library, whatever it holds.
        let code = small.to_link_code().unwrap();
        assert_eq!(collection_from_link_code(&code).unwrap().collection, small);
        // Library entries travel as ids only.
        let library = sample();
        let by_id = small.to_link_code_with(&library).unwrap();
        assert!(by_id.len() < code.len() / 3);
        assert_eq!(
            decode_link_code(&by_id, &library).unwrap().collection,
            small
        );
        // Made with a library this build lacks: nothing left, refused, naming the first.
        assert!(matches!(
            decode_link_code(&by_id, &[]),
            Err(CollectionError::UnknownLibraryEntry { index: 0, .. })
        ));
        // One entry of two unknown (a newer build's): the other is read, the unknown counted.
        let read = decode_link_code(&by_id, &library[4..]).unwrap();
        assert_eq!(read.unknown, 1);
        assert_eq!(read.collection.resources, vec![sample()[4].clone()]);
        // Too big for a link (the cap is on the code, not on the number of resources).
        let mut big = collection();
        big.resources[1].description = Some("Why digital leadership matters. ".repeat(60));
        assert_eq!(big.to_link_code_with(&[]), None);
        assert!(big.to_link_code_with(&sample()).is_none());
        big.resources[1] = sample()[1].clone();
        assert!(big.to_link_code_with(&sample()).is_some());
    }
}
