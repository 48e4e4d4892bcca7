// First paint from the HTML: the frame and the home screen show before the wasm has arrived, a
// click made then is not lost, deep links show their heading, and the app takes over in place.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest } from "./harness.mjs";

const env = appUnderTest();

/** Opens a page whose wasm is held back until `release()` is called. */
async function withWasmHeld(path) {
  const context = await env.browser.newContext();
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
