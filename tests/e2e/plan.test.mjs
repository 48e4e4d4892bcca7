// The plan to grow: from the results to a focus with two actions, edited and kept across a
// reload, marked done, filtered by person, taken out as Markdown and a calendar file, printed,
// and closed against a later assessment.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { appUnderTest, openApp, openWithStored, axe, answerAll, appReady, QUESTIONNAIRE } from "./harness.mjs";

const env = appUnderTest();

const low = (pi, ii) => (pi === 0 ? 1 : 3);
const higher = (pi, ii) => (pi === 0 ? 4 : 3);

async function complete(page, level) {
  await page.goto(page.url().split("#")[0] + "#/assess"); await appReady(page);
  await answerAll(page, level);
  await page.getByRole("button", { name: "Complete assessment and see results" }).click();
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
}

async function downloaded(page, button) {
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return { name: d.suggestedFilename(), text: await readFile(await d.path(), "utf8") };
}

test("from results to a plan with two actions, kept, done, filtered, exported and printed", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  const pillar = QUESTIONNAIRE.pillars[0];
  await complete(page, low);

  // The weakest pillar is offered first.
  await page.getByRole("heading", { level: 2, name: "Plan your next steps" }).waitFor();
  await page.getByRole("button", { name: `Add “${pillar.name}” to my plan` }).click();
  await page.getByText(`“${pillar.name}” is in your plan.`).waitFor();
  await page.getByRole("link", { name: "Open your plan" }).click();
  await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
  const main = page.getByRole("main");
  await main.getByRole("heading", { level: 2, name: pillar.name }).waitFor();
  await main.getByText("When set: 1.0 · Now: 1.0 · Aim: none").waitFor();

  // A suggested action (the seed's action items, as level-up hints for the level given: 1, so
  // the step from 1 to 2) and one of the person's own.
  const hint = pillar.items.find((i) => i.source.includes("action item")).level_up[0];
  await main.getByRole("button", { name: `Add: ${hint}` }).click();
  await main.getByRole("textbox", { name: "What will be done" }).first().waitFor();
  const own = "Run a <script>alert(1)</script> session with the staff 🚀 مرحبا";
  // Each focus has the same controls: each carries its focus's name for a screen reader.
  const esc = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await main.getByRole("textbox", { name: new RegExp(`^Or write your own action\\W+${esc(pillar.name)}$`) }).fill(own);
  // The aim is said with its level's name, on screen as in the select.
  await main.getByRole("combobox", { name: new RegExp(`^Level you aim for\\W+${esc(pillar.name)}$`) }).selectOption("4");
  await main.getByText("When set: 1.0 · Now: 1.0 · Aim: 4 · Embedding").waitFor();
  await main.getByRole("button", { name: new RegExp(`^Add action\\W+${esc(pillar.name)}$`) }).click();
  await main.getByText("0 of 2 actions done").waitFor();
  const whats = main.getByRole("textbox", { name: "What will be done" });
  assert.equal(await whats.count(), 2);
  assert.equal(await whats.nth(1).inputValue(), own);

  // Details of the first action, typed and saved as typed.
  await main.getByRole("textbox", { name: "Who leads it" }).first().fill("Ana López");
  await main.getByRole("textbox", { name: "Who is involved" }).first().fill("Sam, the grade 5 team");
  await main.getByRole("textbox", { name: "How you will know it worked" }).first().fill("Half the tasks ask students to apply, not recall");
  await main.getByLabel("Due").first().fill("2020-01-15");
  await main.getByText("Overdue", { exact: true }).waitFor();
  await page.getByText("1 action is overdue.").waitFor();
  await main.getByRole("searchbox", { name: "Find a resource to link" }).first().fill("digital leadership");
  // What it found is said (the list of buttons itself is not announced).
  await main.getByRole("status").filter({ hasText: /^\d+ resources? found$/ }).first().waitFor();
  await main.getByRole("button", { name: /^Link “Digital Leadership/ }).first().click();
  await main.getByRole("button", { name: /^Unlink/ }).first().waitFor();
  // Focus follows the resource: to its Unlink (which says it is linked), then back to the search.
  const focusedName = () => page.evaluate(() => document.activeElement?.textContent.trim() ?? "");
  await page.waitForFunction(() => /^Unlink/.test(document.activeElement?.textContent.trim()), null, { timeout: 5000 });
  assert.match(await focusedName(), /Digital Leadership/);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.getAttribute("type") === "search", null, { timeout: 5000 });
  await main.getByRole("button", { name: /^Link “Digital Leadership/ }).first().click();
  await main.getByRole("button", { name: /^Unlink/ }).first().waitFor();
  await page.getByLabel("Next assessment").fill("2027-03-01");
  await page.getByLabel("Next assessment").dispatchEvent("change");
  assert.deepEqual(await axe(page), []);

  // Kept across a reload.
  await page.reload(); await appReady(page);
  await main.getByText("1 action is overdue.").or(page.getByText("1 action is overdue.")).first().waitFor();
  assert.equal(await main.getByRole("textbox", { name: "Who leads it" }).first().inputValue(), "Ana López");
  assert.equal(await page.getByLabel("Next assessment").inputValue(), "2027-03-01");

  // Done: the progress counts it and it is no longer overdue.
  await main.getByRole("combobox", { name: "Status", exact: true }).first().selectOption("done");
  await main.getByText("1 of 2 actions done").waitFor();
  assert.equal(await page.getByText("1 action is overdue.").count(), 0);

  // Filters: by person (accents and case do not matter) and by status.
  await page.getByRole("combobox", { name: "Person" }).selectOption("Sam");
  assert.equal(await main.getByRole("textbox", { name: "What will be done" }).count(), 1);
  await page.getByRole("combobox", { name: "Person" }).selectOption("");
  await page.locator("#plan-filter-status").selectOption("not_started");
  assert.equal(await main.getByRole("textbox", { name: "What will be done" }).count(), 1);
  await page.locator("#plan-filter-status").selectOption("");

  // Out of the browser: Markdown and a calendar file.
  const md = await downloaded(page, "Download as Markdown");
  assert.match(md.name, /^pillars-plan-\d{4}-\d{2}-\d{2}\.md$/);
  assert.match(md.text, /^# My plan to grow/);
  assert.ok(md.text.includes(pillar.name));
  assert.ok(md.text.includes("Ana López"));
  assert.ok(md.text.includes("Aim: 4 · Embedding"), "the aim with its level's name");
  assert.ok(!md.text.includes("<script>"), "user text is escaped in Markdown");
  const ics = await downloaded(page, "Download calendar file (.ics)");
  assert.match(ics.name, /\.ics$/);
  assert.ok(ics.text.startsWith("BEGIN:VCALENDAR\r\n"));
  assert.ok(ics.text.includes("DTSTART;VALUE=DATE:20200115"));
  assert.ok(ics.text.includes("DTSTART;VALUE=DATE:20270301"));
  for (const line of ics.text.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, line);

  // The print view keeps the plan and leaves out the controls.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("button", { name: "Download as Markdown" }).isVisible(), false);
  assert.equal(await main.getByRole("heading", { level: 2, name: pillar.name }).isVisible(), true);
  // What the fields hold prints as text, whole; empty fields and the library search do not print.
  assert.equal(await main.getByText("Ana López", { exact: true }).filter({ visible: true }).count(), 1);
  assert.equal(await main.getByText(own, { exact: true }).filter({ visible: true }).count(), 1);
  assert.equal(await main.getByRole("textbox", { name: "What will be done" }).first().isVisible(), false);
  assert.equal(await main.getByText("Why", { exact: true }).first().isVisible(), false, "no action has a why");
  assert.equal(await main.getByRole("searchbox", { name: "Find a resource to link" }).first().isVisible(), false);
  await page.emulateMedia({ media: "screen" });

  // The loop closes: a later assessment shows where the focus is now.
  await complete(page, higher);
  await page.getByRole("link", { name: "Plan", exact: true }).click();
  await main.getByText("When set: 1.0 · Now: 4.0 · Aim: 4 · Embedding · Aim reached").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("the plan works by keyboard alone", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  await complete(page, low);
  const add = page.getByRole("button", { name: `Add “${QUESTIONNAIRE.pillars[0].name}” to my plan` });
  await add.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("link", { name: "Open your plan" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
  await page.getByRole("textbox", { name: "Or write your own action" }).focus();
  await page.keyboard.type("Visit two classrooms with a colleague");
  await page.keyboard.press("Enter");
  await page.getByText("0 of 1 action done").waitFor();
  await page.getByRole("combobox", { name: "Status", exact: true }).first().focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.getByText("1 of 1 action done").waitFor();
  // A due date typed digit by digit stays where it is typed, and is kept as typed, even when it
  // is later than another action's.
  await page.getByRole("textbox", { name: "Or write your own action" }).focus();
  await page.keyboard.type("Share what we saw at the staff meeting");
  await page.keyboard.press("Enter");
  await page.getByText("1 of 2 actions done").waitFor();
  const dues = page.getByLabel("Due", { exact: true });
  await dues.first().fill("2026-11-01");
  await dues.nth(1).focus();
  await page.keyboard.type("01152027");
  assert.equal(await dues.nth(1).evaluate((e) => e === document.activeElement), true, "the focus stays in the field");
  assert.equal(await dues.nth(1).inputValue(), "2027-01-15");
  assert.equal(await dues.first().inputValue(), "2026-11-01");
  await page.keyboard.press("Tab");
  await page.reload(); await appReady(page);
  assert.equal(await page.getByLabel("Due", { exact: true }).nth(1).inputValue(), "2027-01-15");

  // A removal can be undone, by keyboard: focus goes to the way back, then to what came back.
  const shared = "Share what we saw at the staff meeting";
  await page.getByRole("button", { name: new RegExp(`^Remove action\\W+${shared}$`) }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: `Removed the action “${shared}”.` }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "plan-undo");
  await page.getByText("1 of 1 action done").waitFor();
  await page.keyboard.press("Enter");
  await page.getByText("1 of 2 actions done").waitFor();
  await page.waitForFunction((t) => document.activeElement?.value === t, shared);
  assert.equal(await page.getByLabel("Due", { exact: true }).nth(1).inputValue(), "2027-01-15", "back with what it held");
  // A whole focus, with its two actions.
  await page.getByRole("button", { name: /^Remove this focus/ }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: `Removed the focus “${QUESTIONNAIRE.pillars[0].name}” and its 2 actions.` }).waitFor();
  await page.getByText(/^Your plan is empty\./).waitFor();
  assert.deepEqual(await axe(page), []);
  await page.waitForFunction(() => document.activeElement?.id === "plan-undo");
  await page.keyboard.press("Enter");
  await page.getByText("1 of 2 actions done").waitFor();
  await page.reload(); await appReady(page);
  await page.getByText("1 of 2 actions done").waitFor();
  await context.close();
});

test("a term later, the plan says the day set for the next assessment has come, until one is done", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  const pillar = QUESTIONNAIRE.pillars[0];
  await complete(page, low);
  await page.getByRole("button", { name: `Add “${pillar.name}” to my plan` }).click();
  await page.getByRole("link", { name: "Open your plan" }).click();
  await page.getByLabel("Next assessment").fill("2026-10-01");
  await page.getByLabel("Next assessment").dispatchEvent("change");
  // As if the assessment had been completed in September (the stored data, rewritten).
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes("2026-10-01")));
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => /^pillars\.v\d+\.data$/.test(k));
    const data = JSON.parse(localStorage.getItem(key));
    for (const s of data.history) s.date = "2026-09-01";
    localStorage.setItem(key, JSON.stringify(data));
  });
  await page.reload(); await appReady(page);
  const due = page.getByRole("status").filter({ hasText: "The day you set for your next assessment, 1 October 2026, has come." });
  await due.waitFor();
  await due.getByRole("link", { name: "Assess yourself again to see your progress" }).click();
  await page.getByRole("heading", { level: 1, name: "Assess yourself" }).waitFor();
  // Once another is completed, the plan no longer says so.
  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Yes, start over" }).click();
  await complete(page, higher);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
  assert.equal(await page.getByText(/has come\./).count(), 0);
  // The day set has been met: the plan asks for the next one's.
  await page.getByText("Your latest assessment came on or after 1 October 2026, the day you had set: choose the day of the next one.").waitFor();
  await page.getByLabel("Next assessment").fill("2099-03-01");
  await page.getByLabel("Next assessment").dispatchEvent("change");
  await page.getByText(/^Your latest assessment came on or after/).waitFor({ state: "detached" });
  await context.close();
});

test("coming back, the home screen says how the plan stands and leads to what is due", async () => {
  // Someone with no plan sees no reminder.
  {
    const { context, page } = await openApp(env.browser, env.server.url, { path: "#/" });
    await page.getByRole("link", { name: "Browse the library" }).click();
    // The later screens are here: the home screen, drawn again, would show a plan.
    await page.getByRole("heading", { level: 1, name: "Resource library" }).waitFor();
    await page.goBack();
    await page.getByRole("link", { name: "Start your assessment" }).waitFor();
    assert.equal(await page.getByRole("heading", { level: 2, name: "Your plan" }).count(), 0);
    await context.close();
  }
  const q = QUESTIONNAIRE;
  const answers = Object.fromEntries(q.pillars.flatMap((p) => p.items.map((i) => [i.id, 2])));
  // Assessed in January 2020, the next assessment set for June 2020: both long past.
  const stored = JSON.stringify({
    attempt: { version: q.version, answers, pillar: 0, started: "2020-01-01", completed: "1577836800000" },
    history: [{ id: "1577836800000", date: "2020-01-01", version: q.version, answers }],
    plan: {
      focuses: [
        { id: "f1", pillar: q.pillars[0].id, from_tenths: 20, aim: 3, set_on: "2020-01-01" },
        { id: "f2", pillar: q.pillars[1].id, from_tenths: 20, set_on: "2020-01-01" },
      ],
      actions: [
        { id: "a1", focus: "f1", what: "Visit two classrooms", status: "under_way", due: "2020-02-01" },
        { id: "a2", focus: "f2", what: "Start a staff blog", status: "done", due: "2020-02-01" },
        { id: "a3", focus: "f2", what: "A new logo", status: "dropped", due: "2020-02-01" },
      ],
      next_assessment: "2020-06-01",
    },
  });
  const { context, page, errors } = await openWithStored(env.browser, env.server.url, stored, { path: "#/" });
  const reminder = page.getByRole("region", { name: "Your plan" });
  await reminder.waitFor();
  // The dropped action counts for nothing; the done one is not overdue.
  await reminder.getByText("1 of 2 actions done").waitFor();
  await reminder.getByText("1 action is overdue.").waitFor();
  await reminder.getByText("The day you set for your next assessment, 1 June 2020, has come.").waitFor();
  assert.deepEqual(await axe(page), []);
  await reminder.getByRole("link", { name: "Open your plan" }).click();
  await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
  await page.goBack();
  await reminder.getByRole("link", { name: "Assess yourself again to see your progress" }).click();
  await page.getByRole("heading", { level: 1, name: "Assess yourself" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
