// The skeleton: every screen is reachable from the nav by its link name and shows its heading.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openApp, axe } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const SCREENS = [
  ["Assess", /Assess/],
  ["Results", /results/i],
  ["History", /history/i],
  ["Library", /library/i],
  ["Your data", /Your data/],
  ["Pillars", /pillars of digital leadership/i],
];

test("the nav reaches every screen, each with its heading, and nothing breaks", async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  for (const [link, heading] of SCREENS) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    const current = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true });
    assert.equal(await current.getAttribute("aria-current"), "page");
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("an unknown address shows a not-found page with a way home", async () => {
  const { context, page } = await openApp(browser, server.url, { path: "#/no/such/screen" });
  await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
  await page.getByRole("main").getByRole("link", { name: /home/i }).click();
  await page.getByRole("heading", { level: 1, name: /pillars of digital leadership/i }).waitFor();
  await context.close();
});

test("the page has a language, a strict content security policy and no accessibility violations", async () => {
  const { context, page } = await openApp(browser, server.url);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script");
  assert.deepEqual(await axe(page), []);
  await context.close();
});
