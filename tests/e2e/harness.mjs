// Shared test harness: serves the release build (dist/) on loopback, launches the system Chromium
// with Playwright, records every request, and runs axe-core. No network beyond 127.0.0.1.
import { createServer } from "node:http";
import { cp, mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, extname, normalize } from "node:path";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

export const ROOT = new URL("../../", import.meta.url).pathname;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

/** A static server for a folder, like any static host a facilitator would use. */
export async function serve(dir = join(ROOT, "dist")) {
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    try {
      let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
      if (path.endsWith("/")) path += "index.html";
      const file = join(dir, path);
      if (!file.startsWith(dir)) throw new Error("outside");
      await stat(file);
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", "cache-control": "no-cache" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  // A test that fails before stopping its server must not keep the test process alive.
  server.unref();
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** Waits until the app (not index.html's first paint) is on screen, after a load or reload. */
export async function appReady(page) {
  await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
}

/**
 * For one test file: serves dist/ and launches Chromium before its tests, stops both after.
 * Returns `env`, whose `server` and `browser` are set once the tests run; `args` go to Chromium.
 */
export function appUnderTest({ args = [] } = {}) {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch(args);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/** The system Chromium; `extraArgs` for a journey that needs more (the scanner's fake camera). */
export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.PILLARS_CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
  });
}

/** A fresh context (its own storage), a page, and a log of every request it makes. */
export async function openApp(browser, baseUrl, { path = "", viewport } = {}) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(baseUrl + path);
  // The first paint (index.html) shows the frame before the wasm runs: wait for the app itself.
  await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  return { context, page, requests, errors };
}

/**
 * A fresh context whose stored data is `stored` when its first page opens (once: a reload keeps
 * what the app wrote since), and that page opened at `path`.
 */
export async function openWithStored(browser, baseUrl, stored, { path = "#/assess", ...options } = {}) {
  const context = await browser.newContext(options);
  await context.addInitScript((text) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("pillars.v1.data", text);
      sessionStorage.setItem("seeded", "1");
    }
  }, stored);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(baseUrl + path);
  await appReady(page);
  return { context, page, errors };
}

const AXE = await readFile(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** Runs axe-core (WCAG 2.x A and AA) on the page; returns the violations. */
export async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
}

/** The questionnaire the app ships, to know what to expect. */
export const QUESTIONNAIRE = JSON.parse(await readFile(join(ROOT, "assets/content/questionnaire.json"), "utf8"));

/** The accessible name of a level radio starts with "<n> · <level name>". */
export const levelName = (n) => new RegExp(`^${n} · ${QUESTIONNAIRE.levels[n - 1].name}`);

/**
 * Answers every item with the mouse: `level(pillarIndex, itemIndex)` gives 1..5 or 0 for not applicable.
 * Starts from the Assess screen.
 */
export async function answerAll(page, level) {
  const main = page.getByRole("main");
  for (const [pi, pillar] of QUESTIONNAIRE.pillars.entries()) {
    await page.getByRole("navigation", { name: "Pillars" }).getByRole("link", { name: new RegExp(`^${pillar.short}`) }).click();
    await main.getByRole("heading", { level: 2, name: new RegExp(pillar.name) }).waitFor();
    for (const [ii, item] of pillar.items.entries()) {
      const v = level(pi, ii);
      const group = main.getByRole("group", { name: item.prompt });
      const radio = v === 0 ? group.getByRole("radio", { name: "Not applicable" }) : group.getByRole("radio", { name: levelName(v) });
      await radio.check();
    }
  }
}

/** The mean a pillar should score given `level` (not applicable left out), formatted as the app shows it. */
export function expectedMean(pi, level) {
  const m = meanOf(pi, level);
  return m === null ? "—" : m.toFixed(1);
}

/** The exact mean a pillar should score, or null when nothing is scored. */
export function meanOf(pi, level) {
  const vals = QUESTIONNAIRE.pillars[pi].items.map((_, ii) => level(pi, ii)).filter((v) => v > 0);
  return vals.length === 0 ? null : vals.reduce((a, b) => a + b, 0) / vals.length;
}

/** For journeys that deploy copies of the release build: one browser for the file, `deploy()`
 * copies dist/ into its own folder (as a facilitator would put it on a laptop), `serveDeploy()`
 * serves a folder until the file's tests end, even if a test fails. */
export function deployments() {
  const servers = [];
  // `servers` also takes anything else with a `stop()` to end with the file's tests.
  const env = { browser: null, servers };
  before(async () => {
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await Promise.all(servers.map((s) => s.stop().catch(() => {})));
  });
  env.serveDeploy = async (dir) => {
    const server = await serve(dir);
    servers.push(server);
    return server;
  };
  env.deploy = async () => {
    const dir = await mkdtemp(join(tmpdir(), "pillars-dist-"));
    await cp(join(ROOT, "dist"), dir, { recursive: true });
    return dir;
  };
  return env;
}
