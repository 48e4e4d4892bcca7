// Offline at workshops: after one visit the whole app works with the server gone; a new deploy is
// detected and offered as an update; no request ever goes to another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { answerAll, appReady, deployments, ROOT } from "./harness.mjs";

const env = deployments();
const { deploy, serveDeploy } = env;

async function firstVisit(url) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  await page.goto(url); await appReady(page);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  // The service worker has installed, precached everything and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null);
  return { context, page, requests };
}

test("the web app manifest makes it installable", async () => {
  const manifest = JSON.parse(await readFile(join(ROOT, "dist/manifest.webmanifest"), "utf8"));
  assert.equal(manifest.display, "standalone");
  assert.equal(manifest.start_url, "./");
  assert.ok(manifest.name && manifest.short_name && manifest.theme_color);
  for (const icon of manifest.icons) await readFile(join(ROOT, "dist", icon.src));
  const sw = await readFile(join(ROOT, "dist/sw.js"), "utf8");
  const listed = JSON.parse(sw.match(/const PRECACHE ?= ?(\[[\s\S]*?\]);/)[1]);
  for (const f of listed.filter((f) => f !== "./")) await readFile(join(ROOT, "dist", f)); // every listed file exists
  // The worker checks each file against the start of the build's SHA-256 before it installs (#17).
  const hashes = JSON.parse(sw.match(/const SHA256 ?= ?(\{[\s\S]*?\});/)[1]);
  assert.deepEqual(Object.keys(hashes).sort(), [...listed].sort());
  for (const f of listed) {
    const body = await readFile(join(ROOT, "dist", f === "./" ? "index.html" : f));
    assert.equal(hashes[f], createHash("sha256").update(body).digest("hex").slice(0, 16), `${f}'s hash`);
  }
  assert.ok(listed.some((f) => f.endsWith(".wasm")), "the app (and the library inside it) is precached");
});

test("with the server stopped after the first load, the core journey works and nothing is lost", async () => {
  const server = await serveDeploy(await deploy());
  const { context, page } = await firstVisit(server.url);
  await server.stop();
  await page.reload(); await appReady(page);
  await page.getByRole("heading", { level: 1, name: /seven pillars/i }).waitFor();

  await page.goto(server.url + "#/assess"); await appReady(page);
  await answerAll(page, (pi, ii) => ((pi + ii) % 5) + 1);
  await page.getByRole("button", { name: "Complete assessment and see results" }).click();
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
  await page.getByRole("img", { name: /Radar chart/ }).waitFor();
  const link = await page.getByLabel("Share link", { exact: true }).inputValue();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
  await page.getByRole("heading", { level: 1, name: "Resource library" }).waitFor();
  await page.getByLabel("Search the library").fill("twitter");
  await page.getByRole("heading", { level: 3, name: /Twitter/ }).first().waitFor();

  // A share link opened in a new tab, still offline.
  const other = await context.newPage();
  await other.goto(link); await appReady(other);
  await other.getByRole("heading", { level: 1, name: /Result shared by/ }).waitFor();

  await page.reload(); await appReady(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await page.getByRole("table", { name: "1 completed assessment" }).waitFor();
  await context.close();
});

test("a new deploy is detected and offered as an update", async () => {
  const dir = await deploy();
  const server = await serveDeploy(dir);
  const { context, page } = await firstVisit(server.url);
  const before = await page.evaluate(() => caches.keys());

  // A second build with a change: a marker in the page, and the post-build step run again.
  const index = join(dir, "index.html");
  await writeFile(index, (await readFile(index, "utf8")).replace("<head>", '<head><meta name="pillars-build" content="second">'));
  execFileSync("node", [join(ROOT, "scripts/post-build.mjs")], { env: { ...process.env, TRUNK_STAGING_DIR: dir } });

  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const reload = page.getByRole("button", { name: "Reload to update" });
  await reload.waitFor();
  await page.getByText("A new version of Pillars is available").waitFor();
  await Promise.all([page.waitForEvent("load"), reload.click()]);
  await page.waitForFunction(() => document.querySelector('meta[name="pillars-build"]')?.content === "second");
  const after = await page.evaluate(() => caches.keys());
  assert.notDeepEqual(after, before, "the old cache was replaced");
  assert.equal(after.length, 1);
  await server.stop();
  await context.close();
});

test("no request ever goes to a host other than the app's own", async () => {
  const server = await serveDeploy(await deploy());
  const { context, page, requests } = await firstVisit(server.url);
  for (const link of ["Assess", "Results", "History", "Library", "Your data", "Pillars"]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
  }
  await page.reload(); await appReady(page);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  const own = new URL(server.url).host;
  const foreign = requests.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).host !== own);
  assert.deepEqual(foreign, []);
  assert.ok(requests.length > 3);
  await server.stop();
  await context.close();
});
