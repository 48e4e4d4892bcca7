//! What travels between people: a result as a link, a collection as a link or a file.
//!
//! Both links are URL-safe base64 without padding, and both start with what identifies their
//! format and version, so a future layout can be recognised (see each module for its bytes).
mod collection;
mod collection_file;
mod collection_link;
pub mod result_link;

pub(crate) use collection::plain_name;
pub use collection::{
    collection_filename, collection_source, source_parts, Collection, CollectionError, Part,
    COLLECTION_FORMAT, COLLECTION_VERSION, MAX_COLLECTION_BYTES, MAX_COLLECTION_RESOURCES,
    MAX_LINK_CODE_CHARS,
};
pub use collection_link::{collection_from_link_code, FromLink};

/// What the UI's message tests use to build collections and read links.
#[cfg(test)]
pub(crate) mod collection_tests_support {
    pub(crate) use super::collection::tests::collection;
    pub(crate) use super::collection::MAX_LINK_INPUT_CHARS;
    pub(crate) use super::collection_link::decode_link_code;
}
