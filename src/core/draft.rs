//! The resource form's model: what the person typed, and the resource it becomes.
use crate::core::library::{check_typed_url, Kind, Resource, ResourceError, UrlError};
use crate::core::pillar::PillarId;
/// Longest time estimate accepted in the form (about ten weeks of full days).
const MAX_MINUTES: u32 = 100_000;

/// What the person typed in the resource form, kept as typed (time and tags as text) so the form
/// shows their input unchanged until it is saved.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub url: String,
    pub author: String,
    pub kind: Kind,
    pub pillars: Vec<PillarId>,
    pub description: String,
    pub minutes: String,
    /// Comma-separated.
    pub tags: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            title: String::new(),
            url: String::new(),
            author: String::new(),
            kind: Kind::Article,
            pillars: Vec::new(),
            description: String::new(),
            minutes: String::new(),
            tags: String::new(),
        }
    }
}

/// What is wrong with one field of a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    #[error("no title")]
    NoTitle,
    #[error("no pillar chosen")]
    NoPillar,
    #[error("the time is not a whole number of minutes")]
    BadMinutes,
}

/// Why a draft can't be saved, per field (`crate::messages` words them for the person).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftErrors {
    pub title: Option<DraftError>,
    pub url: Option<UrlError>,
    pub pillars: Option<DraftError>,
    pub minutes: Option<DraftError>,
    /// Anything else the core refused (e.g. a field far too long).
    pub general: Option<ResourceError>,
}

impl DraftErrors {
    pub fn is_empty(&self) -> bool {
        *self == DraftErrors::default()
    }
    /// The form field to put the person on after a refused save: the first one in the form's
    /// order that is wrong ("title", "url", "pillar-0", "minutes").
    pub fn first_field(&self) -> &'static str {
        if self.title.is_some() {
            "title"
        } else if self.url.is_some() {
            "url"
        } else if self.pillars.is_some() {
            "pillar-0"
        } else if self.minutes.is_some() {
            "minutes"
        } else {
            "title"
        }
    }
}

impl Draft {
    /// The form filled in with a resource, for editing.
    pub fn from_resource(r: &Resource) -> Draft {
        Draft {
            title: r.title.clone(),
            url: r.url.clone(),
            author: r.author.clone().unwrap_or_default(),
            kind: r.kind,
            pillars: r.pillars.clone(),
            description: r.description.clone().unwrap_or_default(),
            minutes: if r.minutes == 0 {
                String::new()
            } else {
                r.minutes.to_string()
            },
            tags: r.tags.join(", "),
        }
    }

    /// The resource to save under `id`, or what must be fixed first. Only http(s) addresses pass.
    pub fn to_resource(&self, id: &str) -> Result<Resource, DraftErrors> {
        let mut e = DraftErrors::default();
        let title = self.title.trim();
        if title.is_empty() {
            e.title = Some(DraftError::NoTitle);
        }
        let url = check_typed_url(&self.url).unwrap_or_else(|err| {
            e.url = Some(err);
            String::new()
        });
        // In questionnaire order, each once.
        let pillars: Vec<PillarId> = PillarId::all()
            .filter(|p| self.pillars.contains(p))
            .collect();
        if pillars.is_empty() {
            e.pillars = Some(DraftError::NoPillar);
        }
        let minutes = match self.minutes.trim() {
            "" => 0,
            m => match m.parse::<u32>() {
                Ok(v) if v <= MAX_MINUTES => v,
                _ => {
                    e.minutes = Some(DraftError::BadMinutes);
                    0
                }
            },
        };
        if !e.is_empty() {
            return Err(e);
        }
        let mut tags: Vec<String> = Vec::new();
        for t in self
            .tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            if !tags.iter().any(|x| x.eq_ignore_ascii_case(t)) {
                tags.push(t.to_string());
            }
        }
        let given = |s: &str| Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_string);
        Resource {
            id: id.to_string(),
            title: title.to_string(),
            author: given(&self.author),
            kind: self.kind,
            pillars,
            description: given(&self.description),
            minutes,
            url,
            tags,
            source: String::new(),
        }
        .normalized()
        .map_err(|err| DraftErrors {
            general: Some(err),
            ..DraftErrors::default()
        })
    }

    pub fn set(&mut self, field: Field, value: String) {
        *match field {
            Field::Title => &mut self.title,
            Field::Url => &mut self.url,
            Field::Author => &mut self.author,
            Field::Description => &mut self.description,
            Field::Minutes => &mut self.minutes,
            Field::Tags => &mut self.tags,
        } = value;
    }

    pub fn toggle_pillar(&mut self, id: PillarId) {
        if self.pillars.contains(&id) {
            self.pillars.retain(|&x| x != id);
        } else {
            self.pillars.push(id);
        }
    }
}

/// A text field of the resource form.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Field {
    Title,
    Url,
    Author,
    Description,
    Minutes,
    Tags,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::library::fixtures::pid;
    use crate::core::library::{wire, Field as ResourceField};

    fn filled() -> Draft {
        Draft {
            title: "  Our PLN guide ".into(),
            url: "HTTPS://example.org/guide".into(),
            pillars: vec![pid("branding"), pid("spaces")],
            minutes: " 30 ".into(),
            tags: "pln, PLN, , twitter".into(),
            ..Draft::default()
        }
    }

    #[test]
    fn a_draft_becomes_a_valid_resource() {
        let r = filled().to_resource("own-1").unwrap();
        assert_eq!(r.title, "Our PLN guide");
        assert_eq!(r.url, "https://example.org/guide");
        assert_eq!(r.pillars, [pid("spaces"), pid("branding")]); // questionnaire order
        assert_eq!(r.minutes, 30);
        assert_eq!(r.tags, ["pln", "twitter"]);
        assert_eq!(r.author, None);
        assert_eq!(r.description, None);
        assert!(r.validate().is_ok());
        // Written as before, so builds that required them can read it.
        let json = serde_json::to_string(&r).unwrap();
        assert!(json.contains(wire::NO_AUTHOR) && json.contains(wire::NO_DESCRIPTION));
        // Editing shows the person's own text, not the placeholders.
        let back = Draft::from_resource(&r);
        assert_eq!(back.author, "");
        assert_eq!(back.description, "");
        assert_eq!(back.to_resource("own-1").unwrap(), r);
    }

    #[test]
    fn edits_change_one_field_and_pillars_toggle() {
        let mut d = Draft::default();
        d.set(Field::Minutes, "15".into());
        d.set(Field::Tags, "pln".into());
        assert_eq!(
            (d.minutes.as_str(), d.tags.as_str(), d.title.as_str()),
            ("15", "pln", "")
        );
        d.toggle_pillar(pid("branding"));
        d.toggle_pillar(pid("spaces"));
        d.toggle_pillar(pid("branding"));
        assert_eq!(d.pillars, [pid("spaces")]);
    }

    #[test]
    fn unsafe_or_incomplete_drafts_are_refused_with_reasons() {
        let mut d = filled();
        d.url = "javascript:alert(1)".into();
        let e = d.to_resource("x").unwrap_err();
        assert_eq!(e.url, Some(UrlError::NotWeb));
        let e = Draft::default().to_resource("x").unwrap_err();
        assert!(e.title.is_some() && e.pillars.is_some() && e.url.is_none());
        let mut d = filled();
        d.minutes = "half an hour".into();
        assert!(d.to_resource("x").unwrap_err().minutes.is_some());
        let mut d = filled();
        d.title = "x".repeat(600);
        assert!(matches!(
            d.to_resource("x").unwrap_err().general,
            Some(ResourceError::TooLong {
                field: ResourceField::Title,
                ..
            })
        ));
    }
}
