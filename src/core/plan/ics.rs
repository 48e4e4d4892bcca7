//! The plan as an iCalendar file (RFC 5545) any calendar app imports: an all-day event on each
//! action's due date and one on the next assessment date. Text is escaped (§3.3.11), lines are
//! folded at 75 octets without splitting a character and end with CRLF (§3.1); every event has
//! a stable UID, so importing the file again updates the events instead of doubling them.
use super::action::PlanAction;
use super::words::Context;
use super::{Plan, Status};
use crate::core::date::Date;
use std::fmt::{self, Write};

/// The right-hand side of every UID: `.invalid` is reserved (RFC 2606), so it is nobody's domain.
const UID_DOMAIN: &str = "pillars.invalid";

/// Lines are at most this many octets, CRLF excluded (§3.1).
const MAX_OCTETS: usize = 75;

/// A moment in UTC, to the second: when the file is made (DTSTAMP). The core has no clock:
/// the UI gives it, e.g. `Stamp::from_unix_seconds((js_sys::Date::now() / 1000.0) as i64)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    date: Date,
    /// 0..86400.
    second: u32,
}

impl Stamp {
    pub fn new(date: Date, hour: u8, minute: u8, second: u8) -> Option<Stamp> {
        (hour < 24 && minute < 60 && second < 60).then(|| Stamp {
            date,
            second: u32::from(hour) * 3600 + u32::from(minute) * 60 + u32::from(second),
        })
    }

    /// The moment `secs` seconds after 1970-01-01T00:00:00Z (clamped to the dates [`Date`] has).
    pub fn from_unix_seconds(secs: i64) -> Stamp {
        let days = secs.div_euclid(86_400);
        let days = i32::try_from(days).unwrap_or(if days < 0 { i32::MIN } else { i32::MAX });
        Stamp {
            date: Date::from_days(days),
            second: secs.rem_euclid(86_400) as u32,
        }
    }
}

impl fmt::Display for Stamp {
    /// `20261125T101500Z` (§3.3.5, UTC).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.second;
        write!(
            f,
            "{}T{:02}{:02}{:02}Z",
            ics_date(self.date),
            s / 3600,
            s / 60 % 60,
            s % 60
        )
    }
}

/// `20261201` (§3.3.4).
fn ics_date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A TEXT value (§3.3.11): backslash, semicolon and comma escaped, any line end (CRLF, CR, LF)
/// written `\n`, and the other control characters, which TEXT cannot hold, left out (tab stays).
fn escape(text: &str, out: &mut String) {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

/// One content line, folded (§3.1): at most 75 octets a line, a continuation line starting with
/// one space, never inside a UTF-8 character; each line ends with CRLF.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > MAX_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A UID's local part from an id: letters, digits, `-`, `_` and `.` as they are, any other byte
/// as `%XX` (so distinct ids give distinct UIDs, and a UID needs no escaping).
fn uid_part(id: &str) -> String {
    let mut out = String::new();
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The file being written, line by line.
struct Ics(String);

impl Ics {
    fn line(&mut self, line: &str) {
        fold(line, &mut self.0);
    }

    /// A property with a TEXT value.
    fn text(&mut self, name: &str, value: &str) {
        let mut line = format!("{name}:");
        escape(value, &mut line);
        self.line(&line);
    }

    /// An all-day event on `day` (DTEND is the next day, exclusive, §3.6.1).
    fn event(&mut self, uid: &str, stamp: Stamp, day: Date, summary: &str, description: &str) {
        self.line("BEGIN:VEVENT");
        self.line(&format!("UID:{uid}@{UID_DOMAIN}"));
        self.line(&format!("DTSTAMP:{stamp}"));
        self.line(&format!("DTSTART;VALUE=DATE:{}", ics_date(day)));
        if let Some(next) = day.days().and_then(|n| n.checked_add(1)) {
            self.line(&format!(
                "DTEND;VALUE=DATE:{}",
                ics_date(Date::from_days(next))
            ));
        }
        self.text("SUMMARY", summary);
        if !description.is_empty() {
            self.text("DESCRIPTION", description);
        }
        // A due date is a deadline, not time taken: calendars keep the day free.
        self.line("TRANSP:TRANSPARENT");
    }
}

/// The plan as an iCalendar file: an all-day event on the due date of each action that has one
/// (a dropped action's event is marked cancelled, so importing again cancels it; a done one's
/// summary starts with ✓), and, if a next assessment date is set, an event on it with a reminder
/// at 9:00 that day. `stamp` is now, in UTC.
pub fn to_ics(plan: &Plan, ctx: &Context<'_>, stamp: Stamp) -> String {
    let w = ctx.words;
    let mut ics = Ics(String::new());
    ics.line("BEGIN:VCALENDAR");
    ics.line("VERSION:2.0");
    ics.line("PRODID:-//Pillars//Plan to grow//EN");
    ics.line("CALSCALE:GREGORIAN");
    ics.line("METHOD:PUBLISH");
    if !w.calendar_name.trim().is_empty() {
        ics.text("NAME", &w.calendar_name);
        ics.text("X-WR-CALNAME", &w.calendar_name);
    }
    for a in &plan.actions {
        if let Some(due) = a.due {
            action_event(&mut ics, plan, a, due, ctx, stamp);
        }
    }
    if let Some(day) = plan.next_assessment {
        let focuses: Vec<String> = plan
            .focuses
            .iter()
            .map(|f| {
                let name = f.target.name(ctx.questionnaire);
                match f.aim {
                    Some(aim) => format!("{name} ({})", w.labelled(&w.aim, aim)),
                    None => name,
                }
            })
            .collect();
        ics.event(
            "reassessment",
            stamp,
            day,
            &w.reassessment,
            &focuses.join("\n"),
        );
        ics.line("BEGIN:VALARM");
        ics.line("ACTION:DISPLAY");
        ics.text("DESCRIPTION", &w.reassessment);
        ics.line("TRIGGER:PT9H");
        ics.line("END:VALARM");
        ics.line("END:VEVENT");
    }
    ics.line("END:VCALENDAR");
    ics.0
}

fn action_event(
    ics: &mut Ics,
    plan: &Plan,
    a: &PlanAction,
    due: Date,
    ctx: &Context<'_>,
    stamp: Stamp,
) {
    let w = ctx.words;
    let focus = plan.focus(&a.focus).map(|f| {
        let pillar = f.target.pillar();
        let pillar = ctx
            .questionnaire
            .pillar(pillar.as_str())
            .map_or(pillar.as_str(), |p| p.name.as_str());
        match f.target.item_id() {
            Some(_) => format!("{pillar} — {}", f.target.name(ctx.questionnaire)),
            None => pillar.to_string(),
        }
    });
    let mut lines: Vec<String> = focus.into_iter().collect();
    let mut field = |label: &str, value: &str| {
        if !value.trim().is_empty() {
            lines.push(w.labelled(label, value));
        }
    };
    field(&w.status, w.status_name(&a.status));
    field(&w.lead, &a.lead);
    field(&w.involved, &a.involved);
    field(&w.why, &a.why);
    field(&w.evidence, &a.evidence);
    field(&w.notes, &a.notes);
    field(&w.resources, &ctx.resource_titles(&a.resources).join("; "));
    let what = match a.what.trim() {
        "" => lines.first().cloned().unwrap_or_default(),
        what => what.to_string(),
    };
    let summary = if a.status == Status::Done {
        format!("✓ {what}")
    } else {
        what
    };
    ics.event(
        &format!("action-{}", uid_part(&a.id.0)),
        stamp,
        due,
        &summary,
        &lines.join("\n"),
    );
    if a.status == Status::Dropped {
        ics.line("STATUS:CANCELLED");
    }
    ics.line("END:VEVENT");
}

#[cfg(test)]
mod tests;
