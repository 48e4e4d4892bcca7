// The questionnaire: keyboard and mouse answering, autosave and resume, changing answers, start over.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, openApp, axe, answerAll, expectedMean, levelName, QUESTIONNAIRE, appReady } from "./harness.mjs";

const env = appUnderTest();

const TOTAL = QUESTIONNAIRE.pillars.reduce((n, p) => n + p.items.length, 0);
const activeRole = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return { tag: e.tagName, type: e.getAttribute("type"), id: e.id, text: e.textContent.trim().slice(0, 80) };
});

test("a whole assessment can be answered with the keyboard alone", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  // Tab from the top of the page to "Who is answering?", which comes first, and past it to the
  // first answer.
  const onRole = async () => (await activeRole(page)).id.startsWith("answering-as");
  for (let i = 0; i < 40 && !(await onRole()); i++) await page.keyboard.press("Tab");
  assert.ok(await onRole(), "the choice of who is answering is reached by keyboard");
  await page.keyboard.press("Tab");
  for (let i = 0; i < 40 && (await activeRole(page)).type !== "radio"; i++) await page.keyboard.press("Tab");
  const level = (pi, ii) => ((pi + ii) % 5) + 1;
  for (const [pi, pillar] of QUESTIONNAIRE.pillars.entries()) {
    for (const [ii] of pillar.items.entries()) {
      const here = await activeRole(page);
      assert.equal(here.type, "radio", `pillar ${pi} item ${ii}: focus is on an answer`);
      await page.keyboard.press("Space"); // chooses level 1
      for (let k = 1; k < level(pi, ii); k++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Tab"); // on to the next item's group
    }
    if (pi + 1 < QUESTIONNAIRE.pillars.length) {
      // Past the last item: the "previous pillar" link (after the first pillar), then "Next".
      if (pi > 0) await page.keyboard.press("Tab");
      const next = await activeRole(page);
      assert.match(next.text, /^Next:/);
      await page.keyboard.press("Enter");
      // Focus moves to the new pillar's heading, then Tab leads to its first answer.
      await page.getByRole("heading", { level: 2, name: QUESTIONNAIRE.pillars[pi + 1].name }).waitFor();
      // (Focus moves once the new pillar is drawn: wait for it rather than race the render.)
      await page.waitForFunction(() => document.activeElement?.id === "pillar-heading", null, { timeout: 5000 });
      await page.keyboard.press("Tab");
    }
  }
  await page.getByText(`Overall progress: ${TOTAL} of ${TOTAL} answered`).waitFor();
  const complete = page.getByRole("button", { name: "Complete assessment and see results" });
  await complete.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
  const table = page.getByRole("table", { name: /Your scores by pillar/ });
  for (const [pi, pillar] of QUESTIONNAIRE.pillars.entries()) {
    const row = table.getByRole("row", { name: new RegExp(`^${pillar.name}`) });
    assert.equal(await row.getByRole("cell").first().textContent(), expectedMean(pi, level));
  }
  assert.deepEqual(errors.filter((e) => !/integrity/.test(e)), []);
  await context.close();
});

test("answers are saved as given: reload midway finds every answer and the pillar, and answers can change", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  const main = page.getByRole("main");
  const [p0, p1] = QUESTIONNAIRE.pillars;
  // Answer the second pillar first (any order), then part of the first.
  await page.getByRole("navigation", { name: "Pillars" }).getByRole("link", { name: new RegExp(`^${p1.short}`) }).click();
  for (const item of p1.items) await main.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(4) }).check();
  await page.getByRole("navigation", { name: "Pillars" }).getByRole("link", { name: new RegExp(`^${p0.short}`) }).click();
  await main.getByRole("group", { name: p0.items[0].prompt }).getByRole("radio", { name: "Not applicable" }).check();
  await main.getByRole("group", { name: p0.items[1].prompt }).getByRole("radio", { name: levelName(2) }).check();

  await page.reload(); await appReady(page);
  await main.getByRole("heading", { level: 2, name: p0.name }).waitFor();
  assert.ok(await main.getByRole("group", { name: p0.items[0].prompt }).getByRole("radio", { name: "Not applicable" }).isChecked());
  assert.ok(await main.getByRole("group", { name: p0.items[1].prompt }).getByRole("radio", { name: levelName(2) }).isChecked());
  await page.getByText(`Overall progress: ${p1.items.length + 2} of ${TOTAL} answered`).waitFor();
  const tab = page.getByRole("navigation", { name: "Pillars" }).getByRole("link", { name: new RegExp(`^${p1.short}`) });
  assert.match(await tab.textContent(), new RegExp(`${p1.items.length}/${p1.items.length}`));

  // Change an answer; the change survives a reload too.
  await main.getByRole("group", { name: p0.items[1].prompt }).getByRole("radio", { name: levelName(5) }).check();
  await tab.click();
  await page.reload(); await appReady(page);
  // Coming back resumes on the pillar the person was on.
  await page.goto(env.server.url + "#/assess"); await appReady(page);
  await main.getByRole("heading", { level: 2, name: p1.name }).waitFor();
  for (const item of p1.items) {
    assert.ok(await main.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(4) }).isChecked());
  }
  await page.getByRole("navigation", { name: "Pillars" }).getByRole("link", { name: new RegExp(`^${p0.short}`) }).click();
  assert.ok(await main.getByRole("group", { name: p0.items[1].prompt }).getByRole("radio", { name: levelName(5) }).isChecked());
  await context.close();
});

test("start over asks first, and the earlier answers can be brought back", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  const main = page.getByRole("main");
  const item = QUESTIONNAIRE.pillars[0].items[0];
  await main.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(3) }).check();
  await main.getByRole("button", { name: "Start over" }).click();
  await main.getByRole("button", { name: "Cancel" }).click();
  assert.ok(await main.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(3) }).isChecked());
  await main.getByRole("button", { name: "Start over" }).click();
  await main.getByRole("button", { name: "Yes, start over" }).click();
  await page.getByText(`Overall progress: 0 of ${TOTAL} answered`).waitFor();
  await page.reload(); await appReady(page);
  await main.getByRole("button", { name: "Bring back my earlier answers" }).click();
  await page.getByText(`Overall progress: 1 of ${TOTAL} answered`).waitFor();
  assert.ok(await main.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(3) }).isChecked());
  await context.close();
});

test("the questionnaire fits a 360 px phone and a projector, and passes axe", async () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1920, height: 1080 }]) {
    const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess", viewport });
    await page.getByRole("heading", { level: 2 }).first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at ${viewport.width}px (overflow ${overflow})`);
    assert.deepEqual(await axe(page), []);
    await context.close();
  }
});

test("a full assessment by mouse completes and lands in the history", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  await answerAll(page, (pi, ii) => (ii === 0 ? 0 : 3));
  await page.getByRole("button", { name: "Complete assessment and see results" }).click();
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await page.getByRole("table", { name: "1 completed assessment" }).waitFor();
  // Back on the questions, it says what changing an answer would do.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assess", exact: true }).click();
  // Said first, above the questions (and again by the button at the end).
  const said = page.getByText("This assessment is complete and saved in your history. Changing an answer starts a new one from these answers; this one stays in your history as it is.");
  await said.first().waitFor();
  assert.equal(await said.count(), 2);
  const top = await said.first().boundingBox();
  assert.ok(top.y < (await page.locator("#pillar-heading").boundingBox()).y, "above the pillar's questions");
  await context.close();
});
