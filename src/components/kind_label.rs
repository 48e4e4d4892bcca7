//! The words for a kind of resource, in the language in use.
use crate::core::library::Kind;
use crate::i18n::Tr;

/// "Article", "Course"…, as a label.
pub fn kind_label(tr: &Tr, k: Kind) -> String {
    tr.t(match k {
        Kind::Article => k!("kind-article"),
        Kind::Course => k!("kind-course"),
        Kind::Book => k!("kind-book"),
        Kind::Video => k!("kind-video"),
        Kind::Podcast => k!("kind-podcast"),
        Kind::Community => k!("kind-community"),
        Kind::Standard => k!("kind-standard"),
        Kind::Report => k!("kind-report"),
    })
}

/// "articles", "courses"…, as in "among courses".
pub fn kinds_in_text(tr: &Tr, k: Kind) -> String {
    tr.t(match k {
        Kind::Article => k!("kinds-article"),
        Kind::Course => k!("kinds-course"),
        Kind::Book => k!("kinds-book"),
        Kind::Video => k!("kinds-video"),
        Kind::Podcast => k!("kinds-podcast"),
        Kind::Community => k!("kinds-community"),
        Kind::Standard => k!("kinds-standard"),
        Kind::Report => k!("kinds-report"),
    })
}
