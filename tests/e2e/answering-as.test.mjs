// Who is answering: said once, remembered, and the items that assume a leader's role are worded
// for someone who teaches (in English and in French); answers stay where they were.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { appUnderTest, openApp, appReady, axe, answerAll, levelName, QUESTIONNAIRE, ROOT } from "./harness.mjs";

const env = appUnderTest();
const json = async (path) => JSON.parse(await readFile(join(ROOT, path), "utf8"));
const TEACHER = await json("assets/content/questionnaire-teacher.json");
const TEACHER_FR = await json("assets/i18n/fr/questionnaire-teacher.json");
const FR = await json("assets/i18n/fr/questionnaire.json");
const ITEM = "engagement-pedagogy-first";
const leaderPrompt = QUESTIONNAIRE.pillars[0].items.find((i) => i.id === ITEM).prompt;

test("a teacher says so once: the leader items are worded for a classroom, the choice and the answers are kept", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  const who = page.getByRole("group", { name: "Who is answering?" });
  await who.waitFor();
  assert.ok(await page.getByRole("group", { name: leaderPrompt }).isVisible(), "a leader's wording until said otherwise");
  await who.getByRole("radio", { name: /^I teach or support learning/ }).check();
  const teacher = page.getByRole("group", { name: TEACHER.items[ITEM].prompt });
  await teacher.waitFor();
  assert.equal(await page.getByRole("group", { name: leaderPrompt }).count(), 0);
  // The teacher's own ladder and hint.
  await teacher.getByRole("radio", { name: levelName(2) }).check();
  await teacher.getByText(TEACHER.items[ITEM].levels[1]).waitFor();
  await teacher.getByText(TEACHER.items[ITEM].level_up[1]).waitFor();
  assert.deepEqual(await axe(page), []);

  await page.reload(); await appReady(page);
  await page.getByRole("group", { name: TEACHER.items[ITEM].prompt }).getByRole("radio", { name: levelName(2), checked: true }).waitFor();
  assert.ok(await page.getByRole("radio", { name: /^I teach or support learning/ }).isChecked(), "the choice is remembered");

  // A leader after all: the leader's wording, the answer given stays.
  await page.getByRole("radio", { name: /^I lead a school or a system/ }).check();
  const leader = page.getByRole("group", { name: leaderPrompt });
  await leader.getByRole("radio", { name: levelName(2), checked: true }).waitFor();
  // With the leader's hint for the step from level 2 (the hints come with the later screens).
  const leaderItem = QUESTIONNAIRE.pillars[0].items.find((i) => i.id === ITEM);
  await leader.getByText(leaderItem.level_up[1]).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("who is answering travels in the export: a teacher's import in a new browser reads as a teacher's", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  await page.getByRole("radio", { name: /^I teach or support learning/ }).check();
  await page.getByRole("group", { name: TEACHER.items[ITEM].prompt }).getByRole("radio", { name: levelName(2) }).check();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download all my data (JSON)" }).click(),
  ]);
  const file = await download.path();
  const fresh = await openApp(env.browser, env.server.url, { path: "#/data" });
  const f = fresh.page;
  await f.getByLabel("Pillars export file").setInputFiles(file);
  await f.getByText(/^who is answering: “I teach or support learning/).waitFor();
  await f.getByRole("button", { name: "Import", exact: true }).click();
  await f.getByText(/^Imported\./).waitFor();
  await f.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assess" }).click();
  await f.getByRole("group", { name: TEACHER.items[ITEM].prompt }).getByRole("radio", { name: levelName(2), checked: true }).waitFor();
  assert.ok(await f.getByRole("radio", { name: /^I teach or support learning/ }).isChecked());
  await fresh.context.close();
  await context.close();
});

test("in French a teacher reads the French teacher's wording", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
  const who = page.getByRole("group", { name: "Qui répond ?" });
  await who.getByRole("radio", { name: /^J'enseigne ou j'accompagne/ }).check();
  await page.getByRole("group", { name: TEACHER_FR.items[ITEM].prompt }).waitFor();
  const frLeader = FR.pillars[0].items.find((i) => i.id === ITEM).prompt;
  assert.equal(await page.getByRole("group", { name: frLeader }).count(), 0);
  assert.deepEqual(await axe(page), []);
  await page.getByRole("combobox", { name: "Langue" }).selectOption("en");
  await page.getByRole("group", { name: TEACHER.items[ITEM].prompt }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a shared result says who answered: a teacher's link reads in a teacher's wording, a leader's in a leader's, whoever opens it", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  await answerAll(page, (pi, ii) => (pi + ii) % 5 + 1);
  await page.getByRole("button", { name: "Complete assessment and see results" }).click();
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
  const leaderLink = await page.getByLabel("Share link", { exact: true }).inputValue();
  // The same person says they teach (on the first pillar, where it is asked): their link says so.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assess" }).click();
  await page.getByRole("navigation", { name: "Pillars" }).getByRole("link", { name: new RegExp(`^${QUESTIONNAIRE.pillars[0].short}`) }).click();
  await page.getByRole("radio", { name: /^I teach or support learning/ }).check();
  await page.getByRole("group", { name: TEACHER.items[ITEM].prompt }).waitFor();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Results" }).click();
  const teacherLink = await page.getByLabel("Share link", { exact: true }).inputValue();
  assert.notEqual(teacherLink, leaderLink);

  // Every answer of the first pillar, unfolded.
  const every = async (v) => {
    await v.locator("summary", { hasText: QUESTIONNAIRE.pillars[0].name }).click();
    return v.getByRole("main");
  };
  // A coach (a leader by default) opens the teacher's link.
  const coach = await openApp(env.browser, env.server.url, { path: "#" + teacherLink.split("#")[1] });
  await coach.page.getByText("Answered by someone who teaches").waitFor();
  const list = await every(coach.page);
  await list.getByRole("listitem").filter({ hasText: TEACHER.items[ITEM].prompt }).waitFor();
  assert.equal(await list.getByRole("listitem").filter({ hasText: leaderPrompt }).count(), 0, "no leader's wording");
  assert.deepEqual(await axe(coach.page), []);
  await coach.context.close();

  // A colleague who teaches opens the leader's link: the leader's wording, no note.
  const colleague = await env.browser.newContext();
  await colleague.addInitScript(() => localStorage.setItem("pillars.role", "teacher"));
  const c = await colleague.newPage();
  await c.goto(env.server.url + "#" + leaderLink.split("#")[1]); await appReady(c);
  await c.getByRole("heading", { level: 1, name: /Result shared by/ }).waitFor();
  const list2 = await every(c);
  await list2.getByRole("listitem").filter({ hasText: leaderPrompt }).waitFor();
  assert.equal(await c.getByText("Answered by someone who teaches").count(), 0);
  assert.equal(await list2.getByRole("listitem").filter({ hasText: TEACHER.items[ITEM].prompt }).count(), 0);
  await colleague.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test("said on a later pillar, the choice stays in view while the person is there, then is asked on the first pillar only", async () => {
  const later = QUESTIONNAIRE.pillars[3];
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: `#/assess/${later.id}` });
  await page.getByRole("heading", { level: 2, name: new RegExp(later.name) }).waitFor();
  // check() fails if the radio vanishes or is not checked once clicked.
  await page.getByRole("radio", { name: /^I teach or support learning/ }).check();
  assert.ok(await page.getByRole("group", { name: "Who is answering?" }).isVisible());
  const next = QUESTIONNAIRE.pillars[4];
  await page.getByRole("navigation", { name: "Pillars" }).getByRole("link", { name: new RegExp(`^${next.short}`) }).click();
  await page.getByRole("heading", { level: 2, name: new RegExp(next.name) }).waitFor();
  assert.equal(await page.getByRole("group", { name: "Who is answering?" }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
