//! The words for a kind of resource, in the language in use.
use crate::core::library::Kind;
use crate::i18n::Tr;

/// "Article", "Course"…, as a label.
pub fn kind_label(tr: &Tr, k: Kind) -> String {
    tr.t(match k {
        Kind::Article => "kind-article",
        Kind::Course => "kind-course",
        Kind::Book => "kind-book",
        Kind::Video => "kind-video",
        Kind::Podcast => "kind-podcast",
        Kind::Community => "kind-community",
        Kind::Standard => "kind-standard",
        Kind::Report => "kind-report",
    })
}

/// "articles", "courses"…, as in "among courses".
pub fn kinds_in_text(tr: &Tr, k: Kind) -> String {
    tr.t(match k {
        Kind::Article => "kinds-article",
        Kind::Course => "kinds-course",
        Kind::Book => "kinds-book",
        Kind::Video => "kinds-video",
        Kind::Podcast => "kinds-podcast",
        Kind::Community => "kinds-community",
        Kind::Standard => "kinds-standard",
        Kind::Report => "kinds-report",
    })
}
