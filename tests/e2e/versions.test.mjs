// Nothing shared before breaks (#16): answers saved under questionnaire version 1 carry over to
// today's version on load, and a result link made with version 1 still opens as it was shared.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { appUnderTest, openApp, openWithStored, levelName, QUESTIONNAIRE, ROOT, appReady } from "./harness.mjs";

const env = appUnderTest();

const V1 = JSON.parse(await readFile(join(ROOT, "assets/content/questionnaire-v1.json"), "utf8"));
const MIGRATIONS = JSON.parse(await readFile(join(ROOT, "assets/content/questionnaire-migrations.json"), "utf8"));
// Data as the build of questionnaire version 1 stored it (tests/fixtures, also read by src/core/stored.rs).
const STORED_V1 = (await readFile(join(ROOT, "tests/fixtures/answers-questionnaire-v1.json"), "utf8")).trim();
// A link made with version 1 (src/core/share/result_link/tests.rs: V1_LINK): pillar p, item i at
// level (p + i) % 5 + 1, named "Old Ada".
const V1_LINK = "AQFRLAEiKcqcpcpUpVKcKcqcpAdPbGQgQWRhZn42Og";

const itemOf = (id) => {
  for (const [pi, p] of QUESTIONNAIRE.pillars.entries()) {
    const item = p.items.find((i) => i.id === id);
    if (item) return { pi, pillar: p, item };
  }
  throw new Error(`no item ${id}`);
};

const seeded = () => openWithStored(env.browser, env.server.url, STORED_V1);

async function showPillar(page, pillar) {
  await page.getByRole("navigation", { name: "Pillars" }).getByRole("link", { name: new RegExp(`^${pillar.short}`) }).click();
  await page.getByRole("main").getByRole("heading", { level: 2, name: new RegExp(pillar.name) }).waitFor();
}

test("answers saved under questionnaire version 1 show up under version 2 after load", async () => {
  assert.equal(QUESTIONNAIRE.version, 2);
  const stored = JSON.parse(STORED_V1);
  assert.equal(stored.attempt.version, 1);
  const { context, page } = await seeded();
  const main = page.getByRole("main");
  // Kept where the item means the same: the same answer on today's wording.
  for (const [id, answer] of [["engagement-thinking-tasks", 4], ["spaces-co-design", 5], ["branding-hashtag", 0]]) {
    assert.equal(MIGRATIONS.steps[0].items[id], id);
    const { pillar, item } = itemOf(id);
    await showPillar(page, pillar);
    const group = main.getByRole("group", { name: item.prompt });
    const radio = answer === 0 ? group.getByRole("radio", { name: "Not applicable" }) : group.getByRole("radio", { name: levelName(answer) });
    assert.ok(await radio.isChecked(), `${id} carried over`);
  }
  // Dropped where no item means the same (a double-barrelled prompt split): nothing chosen.
  assert.equal(MIGRATIONS.steps[0].items["branding-community-pride"], null);
  const { pillar, item } = itemOf("branding-pride-in-learning");
  await showPillar(page, pillar);
  assert.equal(await main.getByRole("group", { name: item.prompt }).getByRole("radio", { checked: true }).count(), 0);

  // The next change saves the answers as version 2's, under the same ids.
  const next = itemOf("opportunity-safe-to-try");
  await showPillar(page, next.pillar);
  await main.getByRole("group", { name: next.item.prompt }).getByRole("radio", { name: levelName(2) }).check();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("pillars.v1.data") || "{}").attempt?.version === 2);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("pillars.v1.data")));
  const ids = new Set(QUESTIONNAIRE.pillars.flatMap((p) => p.items.map((i) => i.id)));
  assert.deepEqual(saved.attempt.answers, {
    "branding-hashtag": 0,
    "engagement-thinking-tasks": 4,
    "opportunity-safe-to-try": 2,
    "spaces-co-design": 5,
  });
  assert.equal(saved.history[0].version, 2);
  assert.ok(Object.keys(saved.history[0].answers).every((id) => ids.has(id)), "the history speaks version 2");
  // Once carried over, a reload shows the same.
  await page.reload(); await appReady(page);
  await showPillar(page, itemOf("spaces-co-design").pillar);
  assert.ok(await main.getByRole("group", { name: itemOf("spaces-co-design").item.prompt }).getByRole("radio", { name: levelName(5) }).isChecked());
  await context.close();
});

test("a result link made with version 1 still opens and shows its scores as it was shared", async () => {
  const { context, page, requests, errors } = await openApp(env.browser, env.server.url, { path: "#/r/" + V1_LINK });
  await page.getByRole("heading", { level: 1, name: "Result shared by Old Ada" }).waitFor();
  await page.getByText("made with version 1 of the questionnaire").waitFor();
  assert.ok(requests.some((u) => u.endsWith("/questionnaire-v1.json")), "version 1's questions were fetched");
  // Every pillar's score is version 1's: the mean over version 1's items.
  const table = page.getByRole("table", { name: /Old Ada's scores/ });
  for (const [pi, pillar] of V1.pillars.entries()) {
    const levels = pillar.items.map((_, ii) => (pi + ii) % 5 + 1);
    const mean = (levels.reduce((a, b) => a + b, 0) / levels.length).toFixed(1);
    const cell = table.getByRole("row", { name: new RegExp(`^${pillar.name}`) }).getByRole("cell").first();
    assert.equal(await cell.textContent(), mean, pillar.id);
  }
  // Every answer reads as it did: an item version 2 no longer has, with its level statement.
  const old = V1.pillars[0].items.find((i) => i.id === "engagement-digital-footprints");
  const ii = V1.pillars[0].items.indexOf(old);
  await page.locator("summary", { hasText: V1.pillars[0].name }).click();
  await page.getByRole("listitem").filter({ hasText: old.prompt }).filter({ hasText: old.levels[(0 + ii) % 5] }).waitFor();
  // And one whose question version 2 kept (the file ships it as a reference to today's text)
  // with a level statement version 2 rewrote (shipped written out).
  const kept = V1.pillars[0].items.find((i) => i.id === "engagement-thinking-tasks");
  const ki = V1.pillars[0].items.indexOf(kept);
  assert.equal(ki % 5, 0, "its answer is level 1, the statement version 2 rewrote");
  await page.getByRole("listitem").filter({ hasText: kept.prompt }).filter({ hasText: kept.levels[0] }).waitFor();
  await page.getByRole("button", { name: "Save to results shared with me" }).click();
  await page.getByText("Saved in Results shared with you").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a French reader opens a version 1 link in French: version 1's questions in French", async () => {
  const FR_V1 = JSON.parse(await readFile(join(ROOT, "assets/i18n/fr/questionnaire-v1.json"), "utf8"));
  const context = await env.browser.newContext({ locale: "fr-CA" });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(env.server.url + "#/r/" + V1_LINK); await appReady(page);
  await page.getByRole("heading", { level: 1, name: /Old Ada/ }).waitFor();
  assert.ok(requests.some((u) => u.endsWith("/i18n/fr/questionnaire-v1.json")), "version 1's French text was fetched");
  // An item version 2 no longer has, in French, with its French level statement.
  const en = V1.pillars[0].items.find((i) => i.id === "engagement-digital-footprints");
  const ii = V1.pillars[0].items.indexOf(en);
  const fr = FR_V1.pillars[0].items.find((i) => i.id === en.id);
  await page.locator("summary", { hasText: FR_V1.pillars[0].name }).click();
  await page.getByRole("listitem").filter({ hasText: fr.prompt }).filter({ hasText: fr.levels[ii % 5] }).waitFor();
  assert.equal(await page.getByText(en.prompt).count(), 0, "no English question left");
  await context.close();
});
