// Updates that cannot strand a tab (#17): the service worker installs only a complete set of files
// that match the build's hashes (otherwise the old worker and its cache stay in charge), a waiting
// update is announced whenever the app starts, and every open tab gets the new version.
// Each test builds a second deploy as a facilitator would: a copy of dist/ with a change, and the
// post-build step run again on it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { appReady, deployments, ROOT } from "./harness.mjs";

const env = deployments();
const { deploy, serveDeploy } = env;

/** A second build in the same folder: a marker in the page, and post-build run again. */
async function redeploy(dir, marker = "second") {
  const index = join(dir, "index.html");
  await writeFile(index, (await readFile(index, "utf8")).replace("<head>", `<head><meta name="pillars-build" content="${marker}">`));
  execFileSync("node", [join(ROOT, "scripts/post-build.mjs")], { env: { ...process.env, TRUNK_STAGING_DIR: dir } });
}

/** Waits until `page` runs the second deploy. */
const onSecond = (page, options) =>
  page.waitForFunction(() => document.querySelector('meta[name="pillars-build"]')?.content === "second", null, options);

/** A deploy served on its own origin, and two tabs of one browser (not yet opened). */
async function twoTabs() {
  const dir = await deploy();
  const server = await serveDeploy(dir);
  const context = await env.browser.newContext();
  return { dir, server, context, a: await context.newPage(), b: await context.newPage() };
}

const build = (page) => page.evaluate(() => document.querySelector('meta[name="pillars-build"]')?.content ?? "first");

/** Opens the app in a page and waits until the service worker controls it. */
async function open(page, url) {
  await page.goto(url);
  await appReady(page);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null);
}

/**
 * Asks the browser to look for a new worker and waits until that worker has either installed
 * (it is then waiting) or failed (redundant). Returns its final state.
 */
function checkForUpdate(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update();
    const worker = reg.installing || reg.waiting;
    if (!worker) return "none";
    if (worker.state === "installed" || worker.state === "redundant") return worker.state;
    return new Promise((done) =>
      worker.addEventListener("statechange", () => {
        if (worker.state === "installed" || worker.state === "redundant") done(worker.state);
      }),
    );
  });
}

const cacheKeys = (page) => page.evaluate(() => caches.keys());

test("a new deploy with a file that does not match its hash is refused: the old version stays, offline too", async () => {
  const dir = await deploy();
  const server = await serveDeploy(dir);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await open(page, server.url);
  const before = await cacheKeys(page);
  const scriptBefore = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);

  // The new sw.js lists the new files, but the host serves one of them with other content (a CDN
  // serving a stale or broken copy): here the second wasm chunk, which every screen but two needs.
  await redeploy(dir);
  await writeFile(join(dir, "split_screens.wasm"), "not the build's file");

  assert.equal(await checkForUpdate(page), "redundant", "the new worker must fail to install");
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.waiting)), null);
  assert.deepEqual(await cacheKeys(page), before, "the old cache is untouched and no half-filled cache is left");
  await page.getByRole("button", { name: "Reload to update" }).waitFor({ state: "detached" });

  // With the server gone, the old version still opens and every screen (the second chunk) works.
  await server.stop();
  await page.reload();
  await appReady(page);
  assert.equal(await build(page), "first");
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), scriptBefore);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
  await page.getByRole("heading", { level: 1, name: "Resource library" }).waitFor();
  await page.getByLabel("Search the library").fill("twitter");
  await page.getByRole("heading", { level: 3, name: /Twitter/ }).first().waitFor();
  await context.close();
});

test("a new sw.js with the old page (a host half updated) is refused and the old version stays in charge", async () => {
  const dir = await deploy();
  const server = await serveDeploy(dir);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await open(page, server.url);
  const before = await cacheKeys(page);
  await redeploy(dir);
  await writeFile(join(dir, "index.html"), "<!doctype html><title>an old page</title>"); // new sw.js, other page

  assert.equal(await checkForUpdate(page), "redundant");
  assert.deepEqual(await cacheKeys(page), before);
  await page.reload();
  await appReady(page);
  await page.getByRole("heading", { level: 1, name: /seven pillars/i }).waitFor();
  await server.stop();
  await context.close();
});

test("a new deploy with a file missing is refused", async () => {
  const dir = await deploy();
  const server = await serveDeploy(dir);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await open(page, server.url);
  const before = await cacheKeys(page);
  await redeploy(dir);
  await rm(join(dir, "library.json"));
  assert.equal(await checkForUpdate(page), "redundant");
  assert.deepEqual(await cacheKeys(page), before);
  await server.stop();
  await context.close();
});

/** In front of a deploy: a host that lets browsers keep every file for a year (but sw.js). */
async function cachingHost(origin) {
  const host = createServer(async (req, res) => {
    const r = await fetch(new URL(req.url, origin));
    const cache = req.url.endsWith("/sw.js") ? "no-cache" : "max-age=31536000";
    res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "", "cache-control": cache });
    res.end(Buffer.from(await r.arrayBuffer()));
  });
  await new Promise((ok) => host.listen(0, "127.0.0.1", ok));
  host.unref();
  return { url: `http://127.0.0.1:${host.address().port}/`, stop: () => new Promise((ok) => host.close(ok)) };
}

test("files the browser keeps in its HTTP cache do not block an update: the worker fetches past it", async () => {
  const dir = await deploy();
  const server = await serveDeploy(dir);
  const host = await cachingHost(server.url);
  env.servers.push({ stop: host.stop });
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await open(page, host.url);
  await redeploy(dir); // the page changes under the same URL
  assert.equal(await checkForUpdate(page), "installed");
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reload to update" }).click()]);
  await onSecond(page);
  await context.close();
});

test("caches are named after the deployment's scope: another deployment's on the origin survive an update", async () => {
  const dir = await deploy();
  const server = await serveDeploy(dir);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await open(page, server.url);
  const [ours] = await cacheKeys(page);
  assert.ok(ours.includes(server.url), `cache name ${ours} carries the scope ${server.url}`);
  // Another deployment in another folder of this origin, with the current and the old naming.
  const others = ["pillars:" + server.url + "other/:0123456789abcdef", "pillars-0123456789abcdef"];
  await page.evaluate((names) => Promise.all(names.map((n) => caches.open(n).then((c) => c.put("x", new Response("x"))))), others);
  // A cache of the old naming that holds this deployment's page is this deployment's: it goes.
  const legacy = "pillars-fedcba9876543210";
  await page.evaluate(([name, url]) => caches.open(name).then((c) => c.put(url, new Response("old"))), [legacy, server.url]);

  await redeploy(dir);
  assert.equal(await checkForUpdate(page), "installed");
  const reload = page.getByRole("button", { name: "Reload to update" });
  await Promise.all([page.waitForEvent("load"), reload.click()]);
  await onSecond(page);
  const after = await cacheKeys(page);
  for (const other of others) assert.ok(after.includes(other), `${other} is kept`);
  assert.ok(!after.includes(legacy), "the old-named cache of this scope went");
  const mine = after.filter((k) => !others.includes(k));
  assert.equal(mine.length, 1);
  assert.notEqual(mine[0], ours, "our old cache went once the new set was active");
  await server.stop();
  await context.close();
});

test("a worker already waiting when the app starts is announced", async () => {
  const dir = await deploy();
  const server = await serveDeploy(dir);
  const context = await env.browser.newContext();
  const first = await context.newPage();
  await open(first, server.url);
  await redeploy(dir);
  assert.equal(await checkForUpdate(first), "installed");

  // A tab opened now (or the app reopened) starts with the new worker already waiting.
  const later = await context.newPage();
  await open(later, server.url);
  assert.equal(await build(later), "first", "the waiting version does not take over by itself");
  await later.getByText("A new version of Pillars is available").waitFor({ timeout: 20000 });
  await later.locator("html[data-update=waiting]").waitFor({ state: "attached" });
  // And again after a reload of that tab.
  await later.reload();
  await appReady(later);
  await later.getByRole("button", { name: "Reload to update" }).waitFor({ timeout: 20000 });

  await Promise.all([later.waitForEvent("load"), later.getByRole("button", { name: "Reload to update" }).click()]);
  await onSecond(later);
  await server.stop();
  await context.close();
});

test("two tabs: applying the update in one brings both to the new version", async () => {
  const { dir, server, context, a, b } = await twoTabs();
  await open(a, server.url);
  await open(b, server.url + "#/library");
  await redeploy(dir);
  assert.equal(await checkForUpdate(a), "installed");
  const reloadA = a.getByRole("button", { name: "Reload to update" });
  const reloadB = b.getByRole("button", { name: "Reload to update" });
  await reloadA.waitFor();
  await reloadB.waitFor();

  await Promise.all([a.waitForEvent("load"), reloadA.click()]);
  await onSecond(a);

  // The other tab follows: it reloads once when the new version takes over; should it still show
  // the banner, its button (with no worker waiting any more) reloads onto the new version.
  if (await reloadB.isVisible().catch(() => false)) await reloadB.click({ timeout: 5000 }).catch(() => {});
  await onSecond(b, { timeout: 30000 });
  await appReady(b);
  await b.getByRole("heading", { level: 1, name: "Resource library" }).waitFor();
  assert.equal((await cacheKeys(a)).length, 1, "the old cache went once the complete new set was active");
  await server.stop();
  await context.close();
});

test("a tab that stayed on the old version after another applied the update still gets it from its button", async () => {
  const { dir, server, context, a, b } = await twoTabs();
  await open(a, server.url);
  await open(b, server.url);
  // Tab b reloaded for an update moments ago: it does not reload by itself again (the guard
  // against reload loops), so it keeps the old version with the banner up.
  await b.evaluate(() => sessionStorage.setItem("pillars.update-reload", String(Date.now())));
  await redeploy(dir);
  assert.equal(await checkForUpdate(a), "installed");
  await Promise.all([a.waitForEvent("load"), a.getByRole("button", { name: "Reload to update" }).click()]);
  await onSecond(a);

  // No worker is waiting any more: it is active, and b's button simply reloads onto it.
  await b.locator("html[data-update=activated]").waitFor({ state: "attached" });
  assert.equal(await build(b), "first");
  await Promise.all([b.waitForEvent("load"), b.getByRole("button", { name: "Reload to update" }).click()]);
  await onSecond(b);
  await appReady(b);
  await server.stop();
  await context.close();
});
