//! Test data: English words (as the UI's catalogue would give them) and a sample plan.
use super::*;
use crate::core::answers::Answers;

pub fn day(iso: &str) -> Date {
    Date::parse(iso).expect("a date")
}

pub fn pid(id: &str) -> PillarId {
    PillarId::parse(id).expect("a pillar")
}

pub fn q() -> &'static Questionnaire {
    Questionnaire::builtin()
}

pub fn words() -> Words {
    let s = |t: &str| t.to_string();
    Words {
        title: s("My plan to grow"),
        calendar_name: s("Plan to grow"),
        next_assessment: s("Next assessment"),
        reassessment: s("Take the Pillars assessment again"),
        whole_pillar: s("The pillar as a whole"),
        then: s("When set"),
        now: s("Now"),
        aim: s("Aim"),
        set_on: s("Set on"),
        progress: s("Actions done"),
        no_actions: s("No actions yet."),
        status: s("Status"),
        statuses: [s("Not started"), s("Under way"), s("Done"), s("Dropped")],
        due: s("Due"),
        overdue: s("Overdue"),
        lead: s("Lead"),
        involved: s("Involved"),
        why: s("Why"),
        evidence: s("Evidence"),
        notes: s("Notes"),
        resources: s("Resources"),
        colon: s(":"),
    }
}

pub fn title(id: &str) -> Option<String> {
    (id == "culture-of-yes").then(|| "The Culture of Yes".to_string())
}

pub fn context<'a>(words: &'a Words, latest: Option<&'a Answers>) -> Context<'a> {
    Context {
        questionnaire: q(),
        words,
        today: day("2026-12-10"),
        latest,
        resource_title: &title,
        date: &|d| d.to_string(),
        decimal: '.',
    }
}

/// Branding (pillar, from 2.7, aim 4) with three actions; one item of engagement (level 2, aim
/// 3) with one; the next assessment on 2027-03-01.
pub fn sample() -> Plan {
    let mut p = Plan::default();
    let today = day("2026-11-20");
    p.apply(Change::AddFocus {
        id: "f1".into(),
        target: FocusTarget::Pillar(pid("branding")),
        from: Score::from_tenths(27),
        aim: Level::new(4),
        today,
    });
    p.apply(Change::AddFocus {
        id: "f2".into(),
        target: FocusTarget::item(q(), "engagement-real-world-tools").unwrap(),
        from: Level::new(2).map(Score::from),
        aim: Level::new(3),
        today,
    });
    let f1 = FocusId("f1".into());
    p.apply(Change::AddAction(PlanAction {
        why: "Families should recognise us, online too".into(),
        lead: "Ana López".into(),
        involved: "Ben, Chloé".into(),
        due: Some(day("2026-12-01")),
        status: Status::UnderWay,
        evidence: "Three families mention the hashtag".into(),
        resources: vec!["culture-of-yes".into(), "gone".into()],
        ..PlanAction::new("a1", f1.clone(), "Choose a school hashtag", today)
    }));
    p.apply(Change::AddAction(PlanAction {
        lead: "ben".into(),
        due: Some(day("2026-12-10")),
        status: Status::Done,
        ..PlanAction::new("a2", f1.clone(), "SWOT with the team", today)
    }));
    p.apply(Change::AddAction(PlanAction {
        due: Some(day("2026-11-30")),
        status: Status::Dropped,
        ..PlanAction::new("a3", f1, "New logo", today)
    }));
    p.apply(Change::AddAction(PlanAction {
        involved: "Émile".into(),
        ..PlanAction::new(
            "a4",
            FocusId("f2".into()),
            "One project with a real audience",
            today,
        )
    }));
    p.apply(Change::SetNextAssessment(Some(day("2027-03-01"))));
    p
}
