// The skeleton: every screen is reachable from the nav by its link name and shows its heading.
import { test } from "node:test";
import { createHash } from "node:crypto";
import assert from "node:assert/strict";
import { appUnderTest, openApp, axe } from "./harness.mjs";

const env = appUnderTest();

const SCREENS = [
  ["Assess", /Assess/],
  ["Results", /results/i],
  ["History", /history/i],
  ["Library", /library/i],
  ["Your data", /Your data/],
  ["Pillars", /pillars of digital leadership/i],
];

test("the nav reaches every screen, each with its heading, and nothing breaks", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url);
  for (const [link, heading] of SCREENS) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    const current = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true });
    assert.equal(await current.getAttribute("aria-current"), "page");
    // The tab is named after the screen, and keyboard focus starts at the new content.
    assert.match(await page.title(), link === "Pillars" ? /^Pillars/ : new RegExp(link, "i"));
    if (link !== "Pillars") assert.equal(await page.evaluate(() => document.activeElement.id), "main");
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("an unknown address shows a not-found page with a way home", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/no/such/screen" });
  await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
  await page.getByRole("main").getByRole("link", { name: /home/i }).click();
  await page.getByRole("heading", { level: 1, name: /pillars of digital leadership/i }).waitFor();
  await context.close();
});

test("the page has a language, a strict content security policy and no accessibility violations", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  // Scripts from the page's own origin, and one inline script allowed by its hash: the first
  // paint's (scripts/post-build.mjs inlines it, so the parser never waits for it).
  const allowed = /script-src 'self' 'sha256-([A-Za-z0-9+/=]+)' 'wasm-unsafe-eval'/.exec(csp);
  assert.ok(allowed, csp);
  assert.doesNotMatch(csp, /unsafe-inline/);
  const inline = await page.locator("script:not([src])").evaluateAll((s) => s.map((e) => e.textContent));
  assert.equal(inline.length, 1, "one inline script");
  const digest = createHash("sha256").update(inline[0]).digest("base64");
  assert.equal(digest, allowed[1], "the inline script is the one the policy allows");
  assert.deepEqual(await axe(page), []);
  // The dark scheme keeps its contrast too, on every screen.
  await page.emulateMedia({ colorScheme: "dark" });
  for (const link of ["Assess", "Results", "History", "Library", "Your data", "Pillars"]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    assert.deepEqual(await axe(page), [], `dark scheme, ${link}`);
  }
  await context.close();
});
