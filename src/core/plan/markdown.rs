//! The plan as a Markdown document (CommonMark with GitHub's task lists), to keep or send.
//! Everything that is not the document's own markup is escaped: a person's `<script>` or
//! `[x](javascript:…)` shows as that text in any Markdown viewer.
use super::action::PlanAction;
use super::score::standing;
use super::words::Context;
use super::{ActionFilter, FocusView, Plan, Score};
use std::fmt::Write;

/// Characters escaped wherever they are: the ones that open emphasis, code, links, HTML,
/// entities, headings, tables, block quotes, strikethrough, and the extensions some viewers
/// add (math `$`, superscript `^`).
const ACTIVE: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '$', '^',
];

/// One line of text (no line breaks in it), escaped; a character that would start a list, a
/// thematic break, a heading underline or a definition at the start of a line is escaped there.
fn escape_line(line: &str, out: &mut String) {
    let line = line.trim();
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    for (i, c) in line.char_indices() {
        if c.is_control() {
            continue;
        }
        let starts_block = (i == 0 && matches!(c, '-' | '+' | '=' | ':'))
            || (digits > 0 && i == digits && matches!(c, '.' | ')'));
        if ACTIVE.contains(&c) || starts_block {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Any text as one Markdown paragraph showing exactly that text: its lines joined by hard line
/// breaks, continuation lines indented by `indent` (to stay inside a list item), blank lines left out.
fn text(s: &str, indent: &str) -> String {
    let mut out = String::new();
    for line in s.split(['\n', '\r']).filter(|l| !l.trim().is_empty()) {
        if !out.is_empty() {
            out.push_str("\\\n");
            out.push_str(indent);
        }
        escape_line(line, &mut out);
    }
    out
}

/// Any text on one line (a heading): its lines joined by spaces.
fn one_line(s: &str) -> String {
    let mut out = String::new();
    for line in s.split(['\n', '\r']).filter(|l| !l.trim().is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        escape_line(line, &mut out);
    }
    out
}

fn score(s: Option<Score>, ctx: &Context<'_>) -> String {
    s.map_or_else(|| "—".to_string(), |s| ctx.score(s))
}

/// The plan as Markdown: the next assessment date, then per pillar (questionnaire order) each
/// focus with where it was, is now and aims to be, its progress, and its actions with their
/// status, due date (overdue marked), people, why, evidence, notes and resources.
pub fn to_markdown(plan: &Plan, ctx: &Context<'_>) -> String {
    let w = ctx.words;
    let q = ctx.questionnaire;
    let mut md = String::new();
    let _ = writeln!(md, "# {}", one_line(&w.title));
    if let Some(d) = plan.next_assessment {
        let label = w.labelled(&one_line(&w.next_assessment), "");
        let _ = writeln!(
            md,
            "\n**{}** {}",
            label.trim_end(),
            one_line(&(ctx.date)(d))
        );
    }
    for group in plan.groups(q, &ActionFilter::default()) {
        let name = q
            .pillar(group.pillar.as_str())
            .map_or(group.pillar.as_str(), |p| p.name.as_str());
        let _ = writeln!(md, "\n## {}", one_line(name));
        for view in &group.focuses {
            focus(&mut md, view, ctx);
        }
    }
    md
}

fn focus(md: &mut String, view: &FocusView<'_>, ctx: &Context<'_>) {
    let (w, f) = (ctx.words, view.focus);
    let heading = match f.target.item_id() {
        Some(_) => f.target.name(ctx.questionnaire),
        None if w.whole_pillar.trim().is_empty() => f.target.name(ctx.questionnaire),
        None => w.whole_pillar.clone(),
    };
    let _ = writeln!(md, "\n### {}\n", one_line(&heading));
    let now = ctx
        .latest
        .and_then(|answers| standing(ctx.questionnaire, answers, &f.target));
    let c = f.compare(now);
    let aim = c
        .aim
        .map_or_else(|| "—".to_string(), |l| ctx.questionnaire.level_label(l));
    let _ = write!(
        md,
        "{} → {} → {}",
        w.labelled(&one_line(&w.then), score(c.then, ctx)),
        w.labelled(&one_line(&w.now), score(c.now, ctx)),
        w.labelled(&one_line(&w.aim), aim)
    );
    md.push_str("\\\n");
    if let Some(d) = f.set_on {
        let _ = write!(
            md,
            "{} · ",
            w.labelled(&one_line(&w.set_on), one_line(&(ctx.date)(d)))
        );
    }
    let p = view.progress;
    let _ = writeln!(
        md,
        "{}/{}",
        w.labelled(&one_line(&w.progress), p.done),
        p.total
    );
    if view.actions.is_empty() {
        let _ = writeln!(md, "\n{}", text(&w.no_actions, ""));
        return;
    }
    md.push('\n');
    for a in &view.actions {
        action(md, a, ctx);
    }
}

fn action(md: &mut String, a: &PlanAction, ctx: &Context<'_>) {
    let w = ctx.words;
    let check = if a.status == super::Status::Done {
        'x'
    } else {
        ' '
    };
    let what = text(&a.what, "  ");
    let what = if what.is_empty() {
        "—".to_string()
    } else {
        format!("**{what}**")
    };
    let _ = writeln!(md, "- [{check}] {what}");
    let mut field = |label: &str, value: String| {
        if !value.is_empty() {
            let _ = writeln!(md, "  - {}", w.labelled(&one_line(label), value));
        }
    };
    field(&w.status, text(w.status_name(&a.status), "    "));
    if let Some(d) = a.due {
        let overdue = if a.is_overdue(ctx.today) {
            format!(" — **{}**", one_line(&w.overdue))
        } else {
            String::new()
        };
        field(&w.due, format!("{}{overdue}", one_line(&(ctx.date)(d))));
    }
    field(&w.lead, text(&a.lead, "    "));
    field(&w.involved, text(&a.involved, "    "));
    field(&w.why, text(&a.why, "    "));
    field(&w.evidence, text(&a.evidence, "    "));
    field(&w.notes, text(&a.notes, "    "));
    let titles: Vec<String> = ctx
        .resource_titles(&a.resources)
        .iter()
        .map(|t| one_line(t))
        .collect();
    field(&w.resources, titles.join("; "));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::{lv, Answers};
    use crate::core::plan::fixtures::*;
    use crate::core::plan::{ActionId, PlanAction};
    use proptest::prelude::*;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    /// Every extension a Markdown viewer may switch on (smart quotes aside, which only restyle).
    fn options() -> Options {
        Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TASKLISTS
            | Options::ENABLE_MATH
            | Options::ENABLE_GFM
            | Options::ENABLE_DEFINITION_LIST
            | Options::ENABLE_SUPERSCRIPT
            | Options::ENABLE_SUBSCRIPT
            | Options::ENABLE_WIKILINKS
    }

    /// What a viewer makes of the document: an outline of its blocks and the text of each list
    /// item (hard breaks as `\n`); panics on anything the document does not write itself.
    fn render(md: &str) -> (Vec<String>, Vec<String>) {
        let mut outline = Vec::new();
        let mut items: Vec<String> = Vec::new();
        let mut current: Option<String> = None;
        let mut heading: Option<String> = None;
        for e in Parser::new_ext(md, options()) {
            match e {
                Event::Start(Tag::Heading { level, .. }) => heading = Some(format!("{level:?} ")),
                Event::End(TagEnd::Heading(_)) => outline.extend(heading.take()),
                Event::Start(Tag::Item) => current = Some(String::new()),
                Event::End(TagEnd::Item) | Event::Start(Tag::List(_)) => {
                    items.extend(current.take())
                }
                Event::Text(t) => {
                    if let Some(h) = heading.as_mut() {
                        h.push_str(&t);
                    } else if let Some(c) = current.as_mut() {
                        c.push_str(&t);
                    }
                }
                Event::HardBreak => {
                    if let Some(c) = current.as_mut() {
                        c.push('\n');
                    }
                }
                Event::TaskListMarker(done) => outline.push(format!("task {done}")),
                Event::Start(Tag::Paragraph | Tag::Strong)
                | Event::End(TagEnd::Paragraph | TagEnd::List(_) | TagEnd::Strong) => {}
                other => panic!("{other:?} in\n{md}"),
            }
        }
        (outline, items)
    }

    /// The text of the list item that starts with `label`, without it.
    fn item<'a>(items: &'a [String], label: &str) -> &'a str {
        items
            .iter()
            .find_map(|i| i.strip_prefix(label))
            .unwrap_or_else(|| panic!("no {label:?} in {items:?}"))
    }

    /// What of a text shows: its non-blank lines, trimmed, without control characters.
    fn shown(s: &str) -> String {
        s.split(['\n', '\r'])
            .map(|l| {
                l.trim()
                    .chars()
                    .filter(|c| !c.is_control())
                    .collect::<String>()
            })
            .filter(|l| !l.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn user_text_is_escaped() {
        assert_eq!(
            text("<script>alert(1)</script>", ""),
            r"\<script\>alert(1)\</script\>"
        );
        assert_eq!(
            text("[x](javascript:alert(1))", ""),
            r"\[x\](javascript:alert(1))"
        );
        assert_eq!(
            text("**bold** _it_ `code` ~~s~~ a|b &amp; #1 $x$ ^y^", ""),
            r"\*\*bold\*\* \_it\_ \`code\` \~\~s\~\~ a\|b \&amp; \#1 \$x\$ \^y\^"
        );
        assert_eq!(text(r"C:\path\", ""), r"C:\\path\\");
        // Block starts at the start of any line, not elsewhere.
        assert_eq!(
            text("- a\n+ b\n1. c\n12) d\n===\n> e\n# f\n: g", "  "),
            "\\- a\\\n  \\+ b\\\n  1\\. c\\\n  12\\) d\\\n  \\===\\\n  \\> e\\\n  \\# f\\\n  \\: g"
        );
        assert_eq!(text("a-b 1.5 x+y: z", ""), "a-b 1.5 x+y: z");
        // Line ends of any kind, blank lines and surrounding space; control characters dropped.
        assert_eq!(
            text("  one \r\n\r\n\ttwo\rthree\u{7}  ", "    "),
            "one\\\n    two\\\n    three"
        );
        assert_eq!(one_line("a\nb"), "a b");
        assert_eq!(
            text("مرحبا 👋🏽 日本 \u{202E}x", ""),
            "مرحبا 👋🏽 日本 \u{202E}x"
        );
    }

    #[test]
    fn numbers_and_dates_are_written_as_the_language_writes_them() {
        let mut w = words();
        w.colon = " :".into();
        w.next_assessment = "Prochaine autoévaluation".into();
        let mut latest = Answers::new();
        latest.insert("engagement-real-world-tools".into(), lv(3));
        let long = |d: crate::core::date::Date| format!("le {}", d.day());
        let ctx = Context {
            date: &long,
            decimal: ',',
            ..context(&w, Some(&latest))
        };
        let md = to_markdown(&sample(), &ctx);
        assert!(md.contains("**Prochaine autoévaluation :** le 1\n"), "{md}");
        assert!(md.contains("When set : 2,7 → Now : — → Aim : 4"), "{md}");
        assert!(md.contains("Set on : le 20"), "{md}");
        assert!(md.contains("Due : le 1 — **Overdue**"), "{md}");
        assert!(!md.contains("2.7") && !md.contains("2026-"), "{md}");
    }

    #[test]
    fn the_plan_reads_by_pillar_with_where_each_focus_is_now() {
        let w = words();
        let mut latest = Answers::new();
        latest.insert("engagement-real-world-tools".into(), lv(3));
        let md = to_markdown(&sample(), &context(&w, Some(&latest)));
        assert!(
            md.starts_with("# My plan to grow\n\n**Next assessment:** 2027-03-01\n"),
            "{md}"
        );
        let (outline, items) = render(&md);
        assert_eq!(
            outline,
            [
                "H1 My plan to grow",
                "H2 Student Engagement, Learning and Outcomes",
                "H3 Learners use real-world tools to do real-world work",
                "task false",
                "H2 Branding",
                "H3 The pillar as a whole",
                "task false",
                "task true",
                "task false",
            ]
        );
        assert!(
            md.contains(
                "When set: 2.0 → Now: 3.0 → Aim: 3 · Practising\\\nSet on: 2026-11-20 · Actions done: 0/1\n"
            ),
            "{md}"
        );
        assert!(
            md.contains("When set: 2.7 → Now: — → Aim: 4 · Embedding\\\n"),
            "branding was not answered later"
        );
        assert!(
            md.contains("Actions done: 1/2"),
            "the dropped action is not counted"
        );
        assert!(
            items.contains(&"Due: 2026-11-30".to_string()),
            "dropped: not overdue"
        );
        assert!(md.contains("  - Due: 2026-12-01 — **Overdue**\n"));
        assert!(
            md.contains("  - Due: 2026-12-10\n"),
            "due today is not overdue"
        );
        assert_eq!(item(&items, "Lead: "), "Ana López");
        assert_eq!(item(&items, "Involved: "), "Émile");
        assert_eq!(item(&items, "Resources: "), "The Culture of Yes; gone");
        assert_eq!(
            item(&items, "Evidence: "),
            "Three families mention the hashtag"
        );
        assert!(items.iter().any(|i| i == "SWOT with the team"));

        let mut empty = Plan::default();
        empty.add_focus(
            "f".into(),
            crate::core::plan::FocusTarget::Pillar(pid("spaces")),
            None,
            None,
            day("2026-01-01"),
        );
        let md = to_markdown(&empty, &context(&w, None));
        assert!(md.ends_with("When set: — → Now: — → Aim: —\\\nSet on: 2026-01-01 · Actions done: 0/0\n\nNo actions yet.\n"), "{md}");
    }

    #[test]
    fn hostile_text_stays_text() {
        let hostile = "<script>alert('x')</script>\n[x](javascript:alert(1)) ![i](x.png) <https://a.b>\n\
            # heading\n---\n1. list\n> quote\n```\ncode\n| a | b |\n**b** _i_ ~~s~~ $m$ &lt; [^1] [[w]]\n\
            \u{202E}עברית 🙂 \\ end\\";
        let mut p = sample();
        let mut a = p.action(&ActionId("a1".into())).unwrap().clone();
        for field in [
            &mut a.what,
            &mut a.why,
            &mut a.lead,
            &mut a.involved,
            &mut a.evidence,
            &mut a.notes,
        ] {
            *field = hostile.to_string();
        }
        a.resources = vec!["x".into()];
        p.update_action(a);
        let w = words();
        let title = |_: &str| Some(hostile.to_string());
        let ctx = Context {
            resource_title: &title,
            ..context(&w, None)
        };
        let (_, items) = render(&to_markdown(&p, &ctx));
        let expected = shown(hostile);
        assert!(items.contains(&expected), "{items:#?}");
        for label in ["Why: ", "Lead: ", "Involved: ", "Evidence: ", "Notes: "] {
            assert!(items.contains(&format!("{label}{expected}")), "{label}");
        }
        assert_eq!(item(&items, "Resources: "), expected.replace('\n', " "));
    }

    proptest! {
        #[test]
        fn any_text_shows_as_itself(
            text in "[-+=:.)0-9 \\\\`*_\\[\\]<>#|~&$^!(\n\r\ta-zé🙂\u{5d0}]{0,120}|\\PC{0,80}",
            what in "[-+=.0-9 \\\\`*_\\[\\]<>#|~&a-z]{1,40}",
        ) {
            let mut p = sample();
            let a = PlanAction {
                notes: text.clone(),
                lead: text.clone(),
                ..PlanAction::new("p", crate::core::plan::FocusId("f1".into()), what.clone(), day("2026-12-01"))
            };
            p.add_action(a);
            let w = words();
            let (_, items) = render(&to_markdown(&p, &context(&w, None)));
            if !shown(&text).is_empty() {
                prop_assert_eq!(item(&items, "Notes: "), shown(&text));
                let lead = format!("Lead: {}", shown(&text));
                prop_assert!(items.contains(&lead), "{:?} in {:?}", lead, items);
            }
            if !shown(&what).is_empty() {
                prop_assert!(items.iter().any(|i| *i == shown(&what)), "{:?} in {:?}", what, items);
            }
        }
    }
}
