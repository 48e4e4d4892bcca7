// First paint from the HTML: the frame and the home screen show before the wasm has arrived, a
// click made then is not lost, deep links show their heading, and the app takes over in place.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest } from "./harness.mjs";

const env = appUnderTest();

/** Opens a page whose wasm is held back until `release()` is called (`init` runs first in it). */
async function withWasmHeld(path, init, options = {}) {
  const context = await env.browser.newContext(options);
  if (init) await context.addInitScript(init);
  let release;
  const gate = new Promise((ok) => (release = ok));
  await context.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(env.server.url + path);
  return { context, page, release, errors };
}

const started = (page) => page.locator("html[data-app=ready]").waitFor({ state: "attached" });

test("the home screen is readable before the wasm arrives, and the app takes over in place", async () => {
  const { context, page, release, errors } = await withWasmHeld("");
  const heading = page.getByRole("heading", { level: 1, name: "The seven pillars of digital leadership" });
  await heading.waitFor();
  await page.getByRole("link", { name: "Start your assessment" }).waitFor();
  assert.equal(await page.locator("html[data-app]").count(), 0, "the app has not started yet");
  const before = await heading.boundingBox();
  release();
  await started(page);
  const after = await page.getByRole("heading", { level: 1, name: "The seven pillars of digital leadership" }).boundingBox();
  assert.deepEqual(
    [after.x, after.y, after.width].map(Math.round),
    [before.x, before.y, before.width].map(Math.round),
    "no layout jump when the app takes over",
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test("a click on the first paint's start button is not lost", async () => {
  const { context, page, release, errors } = await withWasmHeld("");
  await page.getByRole("link", { name: "Start your assessment" }).click();
  assert.match(page.url(), /#\/assess$/);
  release();
  await started(page);
  await page.getByRole("heading", { level: 1, name: "Assess yourself" }).waitFor();
  await page.getByRole("radio").first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a deep link shows the frame and its screen's heading first, then the screen", async () => {
  for (const [path, name, nav] of [
    ["#/library", "Resource library", "Library"],
    ["#/results", "Your results", "Results"],
    ["#/data", "Your data", "Your data"],
  ]) {
    const { context, page, release } = await withWasmHeld(path);
    await page.getByRole("heading", { level: 1, name }).waitFor();
    assert.equal(await page.getByRole("link", { name: nav, exact: true }).getAttribute("aria-current"), "page");
    assert.equal(await page.getByRole("link", { name: "Start your assessment" }).count(), 0);
    release();
    await started(page);
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await context.close();
  }
});

test("the first paint says what the app says: same heading and start button for a new visitor", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.server.url);
  const staticHeading = await page.getByRole("heading", { level: 1 }).textContent();
  const staticLinks = await page.getByRole("main").getByRole("link").allTextContents();
  await context.close();

  const live = await env.browser.newContext();
  const app = await live.newPage();
  await app.goto(env.server.url);
  await started(app);
  assert.equal(await app.getByRole("heading", { level: 1 }).textContent(), staticHeading);
  const appLinks = await app.getByRole("main").getByRole("link").allTextContents();
  for (const text of staticLinks) assert.ok(appLinks.includes(text), `the app also offers "${text}"`);
  await live.close();
});

test("a first visit in a French browser sees French from the first paint on", async () => {
  const { context, page, release } = await withWasmHeld("", null, { locale: "fr-CA" });
  const heading = page.getByRole("heading", { level: 1, name: "Les sept piliers du leadership numérique" });
  await heading.waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "fr");
  await page.getByRole("link", { name: "Commencer l'autoévaluation" }).waitFor();
  assert.equal(await page.getByRole("combobox", { name: "Langue" }).inputValue(), "fr");
  release();
  await started(page);
  await heading.waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "fr");
  await context.close();
});

test("a returning visitor who chose French sees French from the first paint on, never English", async () => {
  const { context, page, release } = await withWasmHeld("", () => {
    localStorage.setItem("pillars.language", "fr");
    // Every main heading the page shows once first-paint.js has run (the script at the end of
    // the body, before any frame of the parsed page is drawn in practice), up to the app.
    window.__headings = [];
    const note = () => {
      const h = document.querySelector("h1");
      if (h && window.__headings[window.__headings.length - 1] !== h.textContent) window.__headings.push(h.textContent);
    };
    document.addEventListener("DOMContentLoaded", () => {
      note();
      new MutationObserver(note).observe(document, { childList: true, subtree: true, characterData: true });
    });
  });
  const heading = page.getByRole("heading", { level: 1, name: "Les sept piliers du leadership numérique" });
  await heading.waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "fr");
  const nav = page.getByRole("navigation", { name: "Principal" });
  await nav.getByRole("link", { name: "M'évaluer" }).waitFor();
  await page.getByRole("link", { name: "Commencer l'autoévaluation" }).waitFor();
  const staticNav = await nav.getByRole("link").allTextContents();
  release();
  await started(page);
  await heading.waitFor();
  assert.deepEqual(await page.getByRole("navigation", { name: "Principal" }).getByRole("link").allTextContents(), staticNav);
  const seen = await page.evaluate(() => window.__headings);
  assert.ok(!seen.includes("The seven pillars of digital leadership"), `English was shown: ${JSON.stringify(seen)}`);

  // A deep link: the French heading of its screen first, then the screen in French.
  const deep = await context.newPage();
  await deep.goto(env.server.url + "#/library");
  await deep.getByRole("heading", { level: 1, name: "Bibliothèque de ressources" }).waitFor();
  await started(deep);
  await deep.getByRole("searchbox").waitFor();
  assert.ok(!(await deep.evaluate(() => window.__headings)).includes("Resource library"));
  await context.close();
});
