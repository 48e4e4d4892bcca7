//! Resources for the core's tests.
use super::{Kind, Resource};
use crate::core::pillar::PillarId;

/// The pillar with this id (which must exist).
pub fn pid(id: &str) -> PillarId {
    PillarId::parse(id).expect("a pillar of the questionnaire")
}

#[allow(clippy::too_many_arguments)]
pub fn res(
    id: &str,
    title: &str,
    author: &str,
    kind: Kind,
    pillars: &[&str],
    description: &str,
    tags: &[&str],
    minutes: u32,
) -> Resource {
    Resource {
        id: id.into(),
        title: title.into(),
        author: Some(author.into()),
        kind,
        pillars: pillars.iter().map(|s| pid(s)).collect(),
        description: Some(description.into()),
        minutes,
        url: String::new(),
        tags: tags.iter().map(|s| s.to_string()).collect(),
        source: String::new(),
    }
}

pub fn sample() -> Vec<Resource> {
    vec![
        res(
            "digital-leadership",
            "Digital Leadership",
            "Eric Sheninger",
            Kind::Book,
            &["engagement", "branding"],
            "Changing paradigms for changing times.",
            &["change"],
            400,
        ),
        res(
            "leading-digital-age",
            "Leading in a Digital Age",
            "Ann Author",
            Kind::Article,
            &["communications"],
            "Why digital leadership matters for principals.",
            &["principals"],
            10,
        ),
        res(
            "twitter-chats",
            "Twitter Chats for Educators",
            "Jane Doe",
            Kind::Community,
            &["professional-learning"],
            "Weekly conversations with other educators.",
            &["twitter", "pln"],
            60,
        ),
        res(
            "school-branding",
            "Branding Your School",
            "Tony Sinanis",
            Kind::Book,
            &["branding", "public-relations"],
            "Tell your school's story well.",
            &["story"],
            200,
        ),
        res(
            "thirty-days",
            "30 Days Connected",
            "OSSEMOOC",
            Kind::Course,
            &["professional-learning"],
            "A month of small steps to connect with other leaders on Twitter.",
            &["twitter", "pln"],
            300,
        ),
        res(
            "learning-spaces",
            "Learning Spaces",
            "Zoë Müller",
            Kind::Video,
            &["spaces"],
            "Redesigning classrooms with a café feel.",
            &["makerspace"],
            15,
        ),
        res(
            "parent-newsletter",
            "The Parent Newsletter",
            "Sam Smith",
            Kind::Podcast,
            &["communications"],
            "Communicating with families about leadership.",
            &["families"],
            30,
        ),
    ]
}
