//! The plan's changes, views and stored form.
use super::fixtures::*;
use super::*;
use crate::core::answers::{lv, Answers};

fn ids(actions: &[&PlanAction]) -> Vec<String> {
    actions.iter().map(|a| a.id.0.clone()).collect()
}

#[test]
fn focuses_are_added_once_per_target_with_unique_ids() {
    let mut p = sample();
    let again = p.add_focus(
        "f9".into(),
        FocusTarget::Pillar(pid("branding")),
        None,
        None,
        day("2027-01-01"),
    );
    assert_eq!(again.0, "f1", "the existing focus");
    assert_eq!(p.focuses.len(), 2);
    let taken = p.add_focus(
        "f1".into(),
        FocusTarget::Pillar(pid("opportunity")),
        None,
        Level::new(5),
        day("2027-01-01"),
    );
    assert_eq!(taken.0, "f1-2");
    let f = p.focus(&taken).unwrap();
    assert_eq!(
        (f.set_on, f.aim, f.from),
        (Some(day("2027-01-01")), Level::new(5), None)
    );
    assert_eq!(
        p.focus_on(&FocusTarget::Pillar(pid("opportunity")))
            .map(|f| &f.id),
        Some(&taken)
    );
    assert!(p.set_aim(&taken, Level::new(3)));
    assert_eq!(p.focus(&taken).unwrap().aim, Level::new(3));
    assert!(!p.set_aim(&FocusId("nope".into()), None));
    assert_eq!(FocusTarget::item(q(), "nope"), None);
}

#[test]
fn removing_a_focus_removes_its_actions() {
    let mut p = sample();
    let f1 = FocusId("f1".into());
    assert_eq!(p.actions_of(&f1).count(), 3);
    p.apply(Change::RemoveFocus(f1.clone()));
    assert!(p.focus(&f1).is_none());
    assert_eq!(p.actions.len(), 1);
    assert_eq!(p.actions[0].id.0, "a4");
    assert!(!p.remove_focus(&f1));
}

#[test]
fn a_removal_is_undone_where_it_was_and_never_doubled() {
    let whole = sample();
    let (f1, a2) = (FocusId("f1".into()), ActionId("a2".into()));
    // An action: back in its place among the others, with everything it held.
    let mut p = whole.clone();
    let removed = p.removal_of_action(&a2).unwrap();
    p.apply(Change::RemoveAction(a2.clone()));
    p.apply(Change::Restore(removed.clone()));
    assert_eq!(p, whole);
    // Undone twice, or when it is back already: nothing doubled.
    p.apply(Change::Restore(removed));
    assert_eq!(p, whole);
    // A focus: back with its actions, in their places, after other changes were made.
    let mut p = whole.clone();
    let removed = p.removal_of_focus(&f1).unwrap();
    assert_eq!(
        (removed.actions.len(), removed.focus.as_ref().map(|f| f.0)),
        (3, Some(0))
    );
    p.apply(Change::RemoveFocus(f1.clone()));
    p.apply(Change::SetNextAssessment(None));
    p.apply(Change::Restore(removed.clone()));
    assert_eq!(
        (p.focuses.clone(), p.actions.clone()),
        (whole.focuses.clone(), whole.actions.clone())
    );
    assert_eq!(p.next_assessment, None, "later changes stay");
    // The same target set as a focus again since: the actions join it, no second focus.
    let mut p = whole.clone();
    p.apply(Change::RemoveFocus(f1.clone()));
    let again = p.add_focus(
        "f7".into(),
        FocusTarget::Pillar(pid("branding")),
        None,
        None,
        day("2027-01-01"),
    );
    p.apply(Change::Restore(removed));
    assert_eq!(p.focuses.len(), 2);
    assert_eq!(p.actions_of(&again).count(), 3);
    assert!(p.focus(&f1).is_none());
    // Nothing to remove, nothing to undo.
    assert_eq!(whole.removal_of_focus(&FocusId("nope".into())), None);
    assert_eq!(whole.removal_of_action(&ActionId("nope".into())), None);
}

#[test]
fn actions_need_their_focus_and_get_unique_ids() {
    let mut p = sample();
    let orphan = PlanAction::new("a9", FocusId("nope".into()), "x", day("2026-11-21"));
    assert_eq!(p.add_action(orphan.clone()), None);
    p.apply(Change::AddAction(orphan));
    assert!(p.action(&ActionId("a9".into())).is_none());
    let dup = PlanAction::new("a1", FocusId("f2".into()), "again", day("2026-11-21"));
    assert_eq!(p.add_action(dup).map(|id| id.0).as_deref(), Some("a1-2"));
    let mut p2 = Plan::default();
    let f = p2.add_focus(
        "".into(),
        FocusTarget::Pillar(pid("spaces")),
        None,
        None,
        day("2026-01-01"),
    );
    assert_eq!(f.0, "1");
}

#[test]
fn updating_an_action_keeps_it_in_place_and_keeps_its_creation_date() {
    let mut p = sample();
    let mut a = p.action(&ActionId("a2".into())).unwrap().clone();
    a.what = "SWOT with students too".into();
    a.created = None;
    a.focus = FocusId("f2".into());
    p.apply(Change::UpdateAction(a));
    let a = p.action(&ActionId("a2".into())).unwrap().clone();
    assert_eq!(a.what, "SWOT with students too");
    assert_eq!(a.created, Some(day("2026-11-20")));
    assert_eq!(a.focus.0, "f2", "moved to another focus");
    assert_eq!(p.actions[1].id.0, "a2");
    let mut lost = a.clone();
    lost.focus = FocusId("nope".into());
    assert!(!p.update_action(lost));
    let mut unknown = a.clone();
    unknown.id = ActionId("zz".into());
    assert!(!p.update_action(unknown));
    assert_eq!(p.actions.len(), 4);
}

#[test]
fn status_changes_resources_and_removal() {
    let mut p = sample();
    let a1 = ActionId("a1".into());
    for s in Status::ALL {
        p.apply(Change::SetStatus {
            action: a1.clone(),
            status: s.clone(),
        });
        assert_eq!(p.action(&a1).unwrap().status, s);
    }
    assert!(!p.set_status(&ActionId("nope".into()), Status::Done));
    p.apply(Change::ToggleResource {
        action: a1.clone(),
        resource: "culture-of-yes".into(),
    });
    assert_eq!(p.action(&a1).unwrap().resources, ["gone"]);
    p.apply(Change::ToggleResource {
        action: a1.clone(),
        resource: "new".into(),
    });
    assert_eq!(p.action(&a1).unwrap().resources, ["gone", "new"]);
    p.apply(Change::RemoveAction(a1.clone()));
    assert!(p.action(&a1).is_none());
    assert!(!p.remove_action(&a1));
    p.apply(Change::SetNextAssessment(None));
    assert_eq!(p.next_assessment, None);
    assert!(!p.is_empty());
    assert!(Plan::default().is_empty());
}

#[test]
fn the_next_assessment_is_due_once_its_day_comes_until_one_is_completed() {
    let mut p = Plan::default();
    let today = day("2026-12-04");
    assert_eq!(p.reassessment_due(today, None), None, "no date set");
    p.next_assessment = Some(day("2026-12-05"));
    assert_eq!(
        p.reassessment_due(today, Some(day("2026-09-01"))),
        None,
        "not yet"
    );
    p.next_assessment = Some(day("2026-12-01"));
    let due = Some(day("2026-12-01"));
    assert_eq!(p.reassessment_due(today, Some(day("2026-09-01"))), due);
    assert_eq!(p.reassessment_due(today, None), due, "never assessed");
    // Once one is completed on or after the day, it is done: the next wants a date.
    assert_eq!(p.reassessment_done(None), None);
    assert_eq!(p.reassessment_done(Some(day("2026-09-01"))), None);
    assert_eq!(p.reassessment_done(due), due, "completed on the day");
    assert_eq!(
        p.reassessment_due(today, due),
        None,
        "not due once it is done"
    );
    assert_eq!(
        p.reassessment_due(today, Some(day("2026-12-01"))),
        None,
        "assessed that day"
    );
    assert_eq!(
        p.reassessment_due(today, Some(day("2026-12-03"))),
        None,
        "assessed since"
    );
}

#[test]
fn overdue_means_due_before_today_and_still_open() {
    let mut a = PlanAction::new("a", FocusId("f".into()), "x", day("2026-01-01"));
    let today = day("2026-12-10");
    assert!(!a.is_overdue(today), "no due date");
    a.due = Some(day("2026-12-10"));
    assert!(!a.is_overdue(today), "due today is not overdue");
    a.due = Some(day("2026-12-09"));
    assert!(a.is_overdue(today));
    a.status = Status::UnderWay;
    assert!(is_overdue(&a, today));
    a.status = Status::Other("blocked".into());
    assert!(a.is_overdue(today), "a later build's status is still open");
    a.status = Status::Done;
    assert!(!a.is_overdue(today));
    a.status = Status::Dropped;
    assert!(!a.is_overdue(today));
    a.status = Status::NotStarted;
    a.due = Some(day("2026-12-11"));
    assert!(!a.is_overdue(today));
    // In the sample: a1 (under way, due 1 December) only; a2 is done, a3 dropped, a4 undated.
    let p = sample();
    let overdue: Vec<&PlanAction> = p.overdue(today).collect();
    assert_eq!(ids(&overdue), ["a1"]);
}

#[test]
fn progress_leaves_dropped_actions_out() {
    let mut p = sample();
    let f1 = FocusId("f1".into());
    assert_eq!(p.progress(&f1), FocusProgress { done: 1, total: 2 });
    assert!(!p.progress(&f1).complete());
    p.set_status(&ActionId("a1".into()), Status::Done);
    assert!(p.progress(&f1).complete());
    p.set_status(&ActionId("a1".into()), Status::Dropped);
    p.set_status(&ActionId("a2".into()), Status::Dropped);
    assert_eq!(p.progress(&f1), FocusProgress { done: 0, total: 0 });
    assert!(
        !p.progress(&f1).complete(),
        "nothing left to do is not done"
    );
    assert_eq!(
        p.progress(&FocusId("nope".into())),
        FocusProgress::default()
    );
}

#[test]
fn the_whole_plans_progress_counts_every_focus_and_leaves_dropped_actions_out() {
    let mut p = sample();
    // f1: a1 under way, a2 done, a3 dropped; f2: a4 not started.
    assert_eq!(p.progress_overall(), FocusProgress { done: 1, total: 3 });
    p.set_status(&ActionId("a4".into()), Status::Done);
    assert_eq!(p.progress_overall(), FocusProgress { done: 2, total: 3 });
    p.remove_focus(&FocusId("f1".into()));
    assert_eq!(p.progress_overall(), FocusProgress { done: 1, total: 1 });
    assert_eq!(Plan::default().progress_overall(), FocusProgress::default());
}

#[test]
fn groups_follow_pillar_order_and_filters() {
    let mut p = sample();
    // An item of branding, set after the pillar but listed after it anyway; and engagement's
    // pillar, set after its item but listed before it.
    p.add_focus(
        "f3".into(),
        FocusTarget::item(q(), "branding-hashtag").unwrap(),
        None,
        None,
        day("2026-11-21"),
    );
    p.add_focus(
        "f0".into(),
        FocusTarget::Pillar(pid("engagement")),
        None,
        None,
        day("2026-11-21"),
    );
    let all = p.groups(q(), &ActionFilter::default());
    let shape: Vec<(&str, Vec<&str>)> = all
        .iter()
        .map(|g| {
            (
                g.pillar.as_str(),
                g.focuses.iter().map(|v| v.focus.id.0.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("engagement", vec!["f0", "f2"]),
            ("branding", vec!["f1", "f3"])
        ]
    );
    let branding = &all[1].focuses[0];
    assert_eq!(
        ids(&branding.actions),
        ["a1", "a2", "a3"],
        "in the order they were added, whatever their due dates"
    );
    assert_eq!(branding.progress, FocusProgress { done: 1, total: 2 });

    let ben = ActionFilter {
        person: "BEN".into(),
        ..ActionFilter::default()
    };
    let g = p.groups(q(), &ben);
    assert_eq!(g.len(), 1, "only branding has Ben");
    assert_eq!(g[0].focuses.len(), 1);
    assert_eq!(ids(&g[0].focuses[0].actions), ["a1", "a2"]);
    assert_eq!(
        g[0].focuses[0].progress.total, 2,
        "progress is over all the focus's actions"
    );

    let emile = ActionFilter {
        person: "emile".into(),
        status: Some(Status::NotStarted),
    };
    let g = p.groups(q(), &emile);
    assert_eq!(ids(&g[0].focuses[0].actions), ["a4"]);
    let done = ActionFilter {
        status: Some(Status::Done),
        ..ActionFilter::default()
    };
    assert_eq!(ids(&p.groups(q(), &done)[0].focuses[0].actions), ["a2"]);
    let nobody = ActionFilter {
        person: "zoe".into(),
        ..ActionFilter::default()
    };
    assert!(p.groups(q(), &nobody).is_empty());
    assert_eq!(p.people(), ["Ana López", "Ben", "Chloé", "Émile"]);
}

#[test]
fn a_focus_compares_with_a_later_result() {
    let p = sample();
    let mut later = Answers::new();
    for item in &q().pillar("branding").unwrap().items {
        later.insert(item.id.clone(), lv(4));
    }
    later.insert("branding-swot".into(), lv(3));
    later.insert("engagement-real-world-tools".into(), lv(3));
    let f1 = p.focus(&FocusId("f1".into())).unwrap();
    let now = standing(q(), &later, &f1.target);
    let c = f1.compare(now);
    assert_eq!(c.then.map(|s| s.tenths()), Some(27));
    assert_eq!(c.now.map(|s| s.tenths()), Some(38), "mean of 3, 4, 4, 4, 4");
    assert_eq!(c.aim, Level::new(4));
    assert_eq!((c.change(), c.reached()), (Some(11), Some(false)));
    let f2 = p.focus(&FocusId("f2".into())).unwrap();
    let c = f2.compare(standing(q(), &later, &f2.target));
    assert_eq!(
        (c.then.map(|s| s.tenths()), c.now.map(|s| s.tenths())),
        (Some(20), Some(30))
    );
    assert_eq!(c.reached(), Some(true));
    // Not scored: no answer, or not applicable.
    let mut na = Answers::new();
    assert_eq!(standing(q(), &na, &f2.target), None);
    na.insert(
        "engagement-real-world-tools".into(),
        crate::core::answers::Answer::NotApplicable,
    );
    assert_eq!(standing(q(), &na, &f2.target), None);
    assert_eq!(standing(q(), &na, &f1.target), None);
}

#[test]
fn aims_default_to_the_pillar_target_and_suggestions_come_from_the_content() {
    let mut targets = crate::core::scoring::Targets::new();
    targets.insert(pid("branding"), Level::new(4).unwrap());
    let hashtag = FocusTarget::item(q(), "branding-hashtag").unwrap();
    assert_eq!(hashtag.pillar(), pid("branding"));
    assert_eq!(default_aim(&targets, &hashtag), Level::new(4));
    assert_eq!(
        default_aim(&targets, &FocusTarget::Pillar(pid("branding"))),
        Level::new(4)
    );
    assert_eq!(
        default_aim(&targets, &FocusTarget::Pillar(pid("spaces"))),
        None
    );

    let item = q().items().find(|i| i.id == "branding-hashtag").unwrap();
    let none = Answers::new();
    // Not answered: the first step's hint.
    assert_eq!(
        suggestions(q(), &hashtag, &none),
        [Suggestion {
            item: item.id.clone(),
            text: item.level_up[0].clone()
        }]
    );
    // The hint follows the level the latest result gives the item; none at the top or n/a.
    let mut at = Answers::new();
    for (n, text) in item.level_up.iter().enumerate() {
        at.insert(item.id.clone(), lv(n as u8 + 1));
        assert_eq!(suggestions(q(), &hashtag, &at)[0].text, *text);
    }
    at.insert(item.id.clone(), lv(5));
    assert!(suggestions(q(), &hashtag, &at).is_empty());
    at.insert(item.id.clone(), crate::core::answers::Answer::NotApplicable);
    assert!(suggestions(q(), &hashtag, &at).is_empty());

    let branding = |answers: &Answers| -> Vec<String> {
        suggestions(q(), &FocusTarget::Pillar(pid("branding")), answers)
            .into_iter()
            .map(|s| s.item)
            .collect()
    };
    assert_eq!(
        branding(&none),
        [
            "branding-swot",
            "branding-consistent-presence",
            "branding-hashtag"
        ]
    );
    // An action item already at the top level gives no suggestion; when all of them are, the
    // pillar's other items do.
    let mut top = Answers::new();
    top.insert("branding-swot".into(), lv(5));
    assert_eq!(
        branding(&top),
        ["branding-consistent-presence", "branding-hashtag"]
    );
    top.insert("branding-consistent-presence".into(), lv(5));
    top.insert("branding-hashtag".into(), lv(5));
    assert_eq!(
        branding(&top),
        [
            "branding-pride-in-learning",
            "branding-professional-footprint"
        ]
    );
    for p in PillarId::all() {
        assert!(
            !suggestions(q(), &FocusTarget::Pillar(p), &none).is_empty(),
            "{p}"
        );
    }
    let removed = FocusTarget::Item {
        pillar: pid("branding"),
        item: "gone".into(),
    };
    assert!(suggestions(q(), &removed, &none).is_empty());
    assert_eq!(removed.name(q()), "gone");
}

#[test]
fn the_stored_form_round_trips() {
    let p = sample();
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<Plan>(&json).unwrap(), p);
    assert!(
        json.contains(
            r#"{"id":"f1","pillar":"branding","from_tenths":27,"aim":4,"set_on":"2026-11-20"}"#
        ),
        "{json}"
    );
    assert!(json.contains(r#""item":"engagement-real-world-tools""#));
    assert!(json.contains(r#""status":"under_way""#));
    assert!(json.contains(r#""next_assessment":"2027-03-01""#));
    assert_eq!(
        serde_json::to_string(&Plan::default()).unwrap(),
        r#"{"focuses":[],"actions":[],"next_assessment":""}"#
    );
}

#[test]
fn reading_tolerates_what_a_later_build_may_write() {
    let json = r#"{
        "focuses": [
            {"id":"f1","pillar":"branding","from_tenths":27,"aim":4,"set_on":"2026-11-20","colour":"red"},
            {"id":"f2","pillar":"a-new-pillar"},
            {"id":"f3","kind":"overall"},
            {"id":"f4","pillar":"spaces","item":"","from_tenths":3.5,"aim":9,"set_on":"soon"},
            {"id":"f1","pillar":"opportunity"}
        ],
        "actions": [
            {"id":"a1","focus":"f1","what":"x","status":"blocked","due":"2026-12-01","priority":1},
            {"id":"a2","focus":"f2","what":"gone with its focus"},
            {"id":"a3","focus":"f4","status":7},
            {"id":"a1","focus":"f4","what":"repeated id"}
        ],
        "next_assessment": "",
        "shared_with": ["someone"]
    }"#;
    let p: Plan = serde_json::from_str(json).unwrap();
    let f: Vec<&str> = p.focuses.iter().map(|f| f.id.0.as_str()).collect();
    assert_eq!(f, ["f1", "f4"]);
    let f4 = &p.focuses[1];
    assert_eq!(f4.target, FocusTarget::Pillar(pid("spaces")));
    assert_eq!((f4.from, f4.aim, f4.set_on), (None, None, None));
    let a: Vec<&str> = p.actions.iter().map(|a| a.id.0.as_str()).collect();
    assert_eq!(a, ["a1", "a3"]);
    assert_eq!(p.actions[0].status, Status::Other("blocked".into()));
    assert_eq!(p.actions[1].status, Status::NotStarted);
    assert_eq!(p.next_assessment, None);
    // The unknown status is written back as it was.
    assert!(serde_json::to_string(&p)
        .unwrap()
        .contains(r#""status":"blocked""#));
    assert_eq!(serde_json::from_str::<Plan>("{}").unwrap(), Plan::default());
    assert!(serde_json::from_str::<Focus>(r#"{"id":"f","pillar":"nope"}"#).is_err());
}

#[test]
fn any_text_is_kept_as_given() {
    let long: String = "é🙂ש".repeat(1_700);
    let odd =
        format!("<script>alert('x')</script> [x](javascript:alert(1)) \u{202E}RTL עברית {long}");
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
        *field = odd.clone();
    }
    assert!(p.update_action(a.clone()));
    let back: Plan = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(back.action(&a.id), Some(&a));
    assert!(a.what.chars().count() > 5_000);
}

#[test]
fn what_a_later_build_wrote_survives_a_change_made_here() {
    // A plan written by a later build: fields this build does not know on the plan, a focus and
    // an action, and a focus on a pillar it does not know, with an action.
    let text = r#"{
        "focuses": [
            {"id": "f1", "pillar": "branding", "set_on": "2026-11-01", "colour": "teal"},
            {"id": "f2", "pillar": "a-pillar-of-later", "set_on": "2026-11-02"}
        ],
        "actions": [
            {"id": "a1", "focus": "f1", "what": "Hashtag", "budget": {"amount": 30}},
            {"id": "a2", "focus": "f2", "what": "Later work"}
        ],
        "next_assessment": "2027-03-01",
        "shared_with": ["team"]
    }"#;
    let stored: StoredPlan = serde_json::from_str(text).unwrap();
    let mut plan = stored.read();
    assert_eq!(
        plan.focuses.len(),
        1,
        "the screens show what this build knows"
    );
    assert_eq!(plan.actions.len(), 1);
    plan.apply(Change::AddAction(PlanAction::new(
        "a3",
        FocusId("f1".into()),
        "A new action",
        day("2026-12-01"),
    )));
    let text = serde_json::to_string(&StoredPlan::of(&plan)).unwrap();
    let written: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(written["shared_with"], serde_json::json!(["team"]));
    assert_eq!(written["focuses"][0]["colour"], "teal");
    assert_eq!(written["focuses"][1]["pillar"], "a-pillar-of-later");
    let actions = written["actions"].as_array().unwrap();
    let by_id = |id: &str| actions.iter().find(|a| a["id"] == id).cloned();
    assert_eq!(by_id("a1").unwrap()["budget"]["amount"], 30);
    assert_eq!(by_id("a2").unwrap()["what"], "Later work");
    assert!(by_id("a3").is_some());
    // Read again, it is the same plan (what a later build wrote, to the byte).
    let again: Plan = serde_json::from_str(&text).unwrap();
    assert_eq!(again, plan);
    assert!(text.contains(r#"{"amount": 30}"#), "{text}");
}
