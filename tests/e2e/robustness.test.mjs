// Bad input loses nothing: damaged storage, a second tab, unknown addresses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, openApp, openWithStored, levelName, QUESTIONNAIRE, appReady } from "./harness.mjs";
import { resultCode, answersOf } from "./result-code.mjs";

const env = appUnderTest();

test("damaged saved data is set aside, reported, downloadable, and the app still works", async () => {
  const { context, page } = await openWithStored(env.browser, env.server.url, '{"attempt": {"answers": [oops', { path: "" });
  await page.getByRole("alert").filter({ hasText: "could not be read" }).waitFor();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    // Each copy set aside is dated (up to five are kept, newest first).
    page.getByRole("button", { name: /^Download copy 1, set aside on / }).click(),
  ]);
  const fs = await import("node:fs/promises");
  assert.equal(await fs.readFile(await download.path(), "utf8"), '{"attempt": {"answers": [oops');
  // Answering still works and is saved.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assess" }).click();
  const item = QUESTIONNAIRE.pillars[0].items[0];
  await page.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(2) }).check();
  await page.reload(); await appReady(page);
  assert.ok(await page.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(2) }).isChecked());
  await context.close();
});

test("saved data damaged in one part: the rest goes on, the copy set aside imports elsewhere less that part", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  const item = QUESTIONNAIRE.pillars[0].items[0];
  await page.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(3) }).check();
  await page.waitForFunction((id) => Object.values(localStorage).some((v) => v.includes(`"${id}":3`)), item.id);
  // One damaged assessment in the history, as a faulty disk or a hand edit might leave it.
  const damaged = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => /^pillars\.v\d+\.data$/.test(k));
    const text = localStorage.getItem(key).replace('"history":[', '"history":[{"answers":7}');
    localStorage.setItem(key, text);
    return text;
  });
  assert.match(damaged, /"history":\[\{"answers":7\}/);
  await page.reload(); await appReady(page);
  await page.getByRole("alert").filter({
    hasText: "Part of your saved data was damaged: one part could not be read and is left out (an assessment, a shared result, a resource…); the rest is here.",
  }).waitFor();
  assert.ok(await page.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(3) }).isChecked());
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /^Download copy 1, set aside on / }).click(),
  ]);
  const fs = await import("node:fs/promises");
  const copy = await fs.readFile(await download.path(), "utf8");
  assert.equal(copy, damaged);
  await context.close();

  // In another browser, the copy imports: what it holds, less the damaged part, which is said.
  const other = await openApp(env.browser, env.server.url, { path: "#/data" });
  await other.page.getByLabel("Pillars export file").setInputFiles({
    name: "pillars-unreadable-data.txt", mimeType: "text/plain", buffer: Buffer.from(copy),
  });
  const card = other.page.getByRole("group", { name: "Import this file?" });
  await card.getByText("Part of this file is damaged: one part (an assessment, a shared result, a resource…) cannot be read and is left out.").waitFor();
  await card.getByRole("button", { name: "Import" }).click();
  await other.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assess" }).click();
  assert.ok(await other.page.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(3) }).isChecked());
  await other.context.close();
});

test("two tabs stay in step: an answer given in one appears in the other, and neither overwrites it", async () => {
  const { context, page: a } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  const b = await context.newPage();
  await b.goto(env.server.url + "#/assess"); await appReady(b);
  await b.getByRole("navigation", { name: "Main" }).waitFor();
  const [first, second] = QUESTIONNAIRE.pillars[0].items;
  await a.getByRole("group", { name: first.prompt }).getByRole("radio", { name: levelName(4) }).check();
  await b.getByText("Updated with changes made in another tab.").waitFor();
  assert.ok(await b.getByRole("group", { name: first.prompt }).getByRole("radio", { name: levelName(4) }).isChecked());
  // The second tab answers another item; the first tab's answer survives.
  await b.getByRole("group", { name: second.prompt }).getByRole("radio", { name: levelName(1) }).check();
  await a.getByText("Updated with changes made in another tab.").waitFor();
  await a.reload(); await appReady(a);
  assert.ok(await a.getByRole("group", { name: first.prompt }).getByRole("radio", { name: levelName(4) }).isChecked());
  assert.ok(await a.getByRole("group", { name: second.prompt }).getByRole("radio", { name: levelName(1) }).isChecked());
  await context.close();
});

test("two tabs changing things within moments of each other: neither change is lost", async () => {
  // The other tab's write is made from this page itself, so no storage event ever tells it:
  // the case of two changes closer together than the event takes to arrive.
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  const [first, second, third] = QUESTIONNAIRE.pillars[0].items;
  const radio = (item, n) => page.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(n) });
  await radio(first, 4).check();
  await page.waitForFunction((id) => Object.values(localStorage).some((v) => v.includes(`"${id}":4`)), first.id);
  await page.evaluate((id) => {
    const key = Object.keys(localStorage).find((k) => /^pillars\.v\d+\.data$/.test(k));
    const data = JSON.parse(localStorage.getItem(key));
    data.attempt.answers[id] = 2; // another tab's answer
    localStorage.setItem(key, JSON.stringify(data));
  }, second.id);
  await radio(third, 5).check();
  await page.reload(); await appReady(page);
  assert.ok(await radio(first, 4).isChecked(), "this tab's earlier answer");
  assert.ok(await radio(second, 2).isChecked(), "the other tab's answer, made just before");
  assert.ok(await radio(third, 5).isChecked(), "this tab's newest answer");
  await context.close();
});

test("a tab whose save failed keeps its change when another tab's change arrives, and saves both later", async () => {
  const { context, page: a } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  const b = await context.newPage();
  await b.goto(env.server.url + "#/assess"); await appReady(b);
  const [first, second, third] = QUESTIONNAIRE.pillars[0].items;
  const radio = (page, item, n) => page.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(n) });
  // This tab's storage is full: its answer stays in the tab only.
  await a.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await radio(a, first, 4).check();
  await a.getByRole("alert").filter({ hasText: "storage for this site is full" }).waitFor();
  // The other tab answers another item and saves it.
  await radio(b, second, 1).check();
  await a.getByRole("group", { name: second.prompt }).getByRole("radio", { name: levelName(1), checked: true }).waitFor();
  assert.ok(await radio(a, first, 4).isChecked(), "this tab's unsaved answer is kept");
  assert.ok(await radio(a, second, 1).isChecked(), "the other tab's answer arrived");
  // Space again: the next change saves everything, nothing of either tab lost.
  await a.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await radio(a, third, 5).check();
  await b.reload(); await appReady(b);
  assert.ok(await radio(b, first, 4).isChecked(), "the answer that could not be saved at first");
  assert.ok(await radio(b, second, 1).isChecked(), "the other tab's answer");
  assert.ok(await radio(b, third, 5).isChecked(), "the newest answer");
  await context.close();
});

test("while the browser does not save, a change's message says it is only in this tab", async () => {
  const code = resultCode({ days: 20780, answers: answersOf(() => 3) });
  const { context, page } = await openApp(env.browser, env.server.url, { path: `#/r/${code}` });
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.getByRole("button", { name: "Save to results shared with me" }).click();
  await page.getByRole("alert").filter({ hasText: "storage for this site is full" }).waitFor();
  await page.getByRole("status").filter({
    hasText: "Saved in Results shared with you (on your History screen). It is only in this tab for now: the browser did not save it (see the message at the top).",
  }).waitFor();
  await context.close();
});

test("an unknown pillar in the address goes back to the questionnaire", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess/no-such-pillar" });
  await page.getByRole("heading", { level: 2, name: QUESTIONNAIRE.pillars[0].name }).waitFor();
  await context.close();
});

test("a browser that refuses storage gets a clear message and the app still works in the tab", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The user denied storage", "SecurityError");
      },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(env.server.url + "#/assess"); await appReady(page);
  await page.getByRole("alert").filter({ hasText: "does not let Pillars keep data" }).waitFor();
  const item = QUESTIONNAIRE.pillars[0].items[0];
  await page.getByRole("group", { name: item.prompt }).getByRole("radio", { name: levelName(3) }).check();
  await page.getByText(`Overall progress: 1 of`).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("Your data says whether the browser keeps the data, and can ask it to", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: "#/data" });
  await page.getByRole("heading", { level: 2, name: "Keeping your data" }).waitFor();
  const status = page.getByText(/This browser (has agreed|has not promised|does not say)/);
  await status.waitFor();
  const ask = page.getByRole("button", { name: "Ask this browser to keep my data" });
  if (await ask.count()) {
    await ask.click();
    await page.getByText(/This browser (has agreed|has not promised)/).waitFor();
  }
  assert.deepEqual(errors, []);
  await context.close();
});
