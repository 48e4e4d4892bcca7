//! The collection file: a versioned, human-readable JSON file.
use super::collection::*;
use crate::core::library::Resource;
use crate::core::untrusted::fallback_visits;
use crate::core::untrusted::{Count, RawResource, Text};
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u64,
    name: &'a str,
    curator: &'a str,
    resources: &'a [Resource],
}

/// A collection file as read, before any check.
#[derive(Default)]
struct RawFile {
    object: bool,
    format: Text,
    version: Count,
    name: Text,
    curator: Text,
    /// `None`: missing or not a list.
    resources: Option<Vec<RawResource>>,
    unexpected: Option<String>,
}

/// A list of resources, or `None` for any other value.
struct MaybeList(Option<Vec<RawResource>>);

impl<'de> Deserialize<'de> for MaybeList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = MaybeList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<MaybeList, A::Error> {
                let mut list = Vec::new();
                while let Some(r) = seq.next_element::<RawResource>()? {
                    list.push(r);
                }
                Ok(MaybeList(Some(list)))
            }
            fallback_visits!(MaybeList(None); map, str, bool, i64, u64, f64, unit);
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for RawFile {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawFile;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawFile, A::Error> {
                let mut f = RawFile {
                    object: true,
                    ..RawFile::default()
                };
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "format" => f.format = map.next_value()?,
                        "version" => f.version = map.next_value()?,
                        "name" => f.name = map.next_value()?,
                        "curator" => f.curator = map.next_value()?,
                        "resources" => f.resources = map.next_value::<MaybeList>()?.0,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                            f.unexpected.get_or_insert(key);
                        }
                    }
                }
                Ok(f)
            }
            fallback_visits!(RawFile::default(); seq, str, bool, i64, u64, f64, unit);
        }
        d.deserialize_any(V)
    }
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
        serde_json::to_string(&env).unwrap_or_default()
    }

    /// Reads a collection file, validating everything.
    pub fn from_json(text: &str) -> Result<Collection, CollectionError> {
        if text.len() > MAX_COLLECTION_BYTES {
            return Err(CollectionError::TooLarge);
        }
        let raw: RawFile = serde_json::from_str(text).map_err(|_| CollectionError::NotJson)?;
        if !raw.object || raw.format != Text::Str(COLLECTION_FORMAT.into()) {
            return Err(CollectionError::NotACollection);
        }
        check_version(raw.version)?;
        if let Some(key) = raw.unexpected {
            return Err(CollectionError::UnexpectedField(key));
        }
        let name = optional_text(raw.name, Part::Name)?;
        let curator = optional_text(raw.curator, Part::Curator)?;
        let items = raw.resources.ok_or(CollectionError::NoResources)?;
        check_count(items.len())?;
        let resources = items
            .into_iter()
            .enumerate()
            .map(|(i, r)| check_resource(i, r))
            .collect::<Result<Vec<_>, _>>()?;
        finish_collection(name, curator, resources)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::library::fixtures::res;
    use crate::core::library::Kind;
    use crate::core::share::collection::tests::collection;

    #[test]
    fn a_collection_file_written_by_earlier_builds_reads_and_writes_the_same() {
        // Written by the build before resources had optional authors and typed pillars.
        let file = r#"{
  "format": "pillars-collection",
  "version": 1,
  "name": "Starter set",
  "curator": "Ms. Ng",
  "resources": [
    {
      "id": "own-1",
      "title": "Our guide",
      "author": "Author not given",
      "kind": "article",
      "pillars": [
        "spaces",
        "branding"
      ],
      "description": "No description given.",
      "minutes": 0,
      "url": "",
      "tags": [],
      "source": ""
    }
  ]
}"#;
        let c = Collection::from_json(file).unwrap();
        assert_eq!(c.resources[0].author, None);
        assert_eq!(c.resources[0].description, None);
        // Written back compact (the download indents it), with the same content.
        assert_eq!(Collection::from_json(&c.to_json()).unwrap(), c);
        assert!(c.to_json().contains(r#""author":"Author not given""#));
    }

    #[test]
    fn collection_json_round_trip() {
        let c = collection();
        let json = c.to_json();
        assert!(json.contains("\"format\":\"pillars-collection\""));
        assert!(json.contains("\"version\":1"));
        assert_eq!(Collection::from_json(&json).unwrap(), c);
        let empty = Collection::default();
        assert_eq!(Collection::from_json(&empty.to_json()).unwrap(), empty);
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
        assert_eq!(
            Collection::from_json(&c.to_json()),
            Err(CollectionError::TooMany(2001))
        );
    }
}
