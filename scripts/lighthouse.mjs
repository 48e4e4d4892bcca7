// Lighthouse figures for the home and assessment screens of the release build (dist/), served on
// loopback with compression the way a static host serves it. Mobile setting (Lighthouse's default:
// simulated slow 4G and a 4x slower CPU), three runs a screen, the median printed. A benchmark: it
// prints figures and never fails on them. Run through scripts/lighthouse.sh.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, extname, normalize } from "node:path";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { createRequire } from "node:module";

const ROOT = new URL("..", import.meta.url).pathname;
const require = createRequire(join(ROOT, "tools/lighthouse/package.json"));
const lighthouse = (await import(require.resolve("lighthouse"))).default;
const chromeLauncher = await import(require.resolve("chrome-launcher"));

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json",
  ".webmanifest": "application/manifest+json", ".ftl": "text/plain; charset=utf-8",
};
const dist = join(ROOT, "dist");
const server = createServer(async (req, res) => {
  try {
    let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (path.endsWith("/")) path += "index.html";
    const file = join(dist, path);
    if (!file.startsWith(dist)) throw new Error("outside");
    await stat(file);
    let body = await readFile(file);
    const headers = { "content-type": TYPES[extname(file)] || "application/octet-stream", "cache-control": "no-cache" };
    const accept = req.headers["accept-encoding"] || "";
    if (/\bbr\b/.test(accept)) { body = brotliCompressSync(body); headers["content-encoding"] = "br"; }
    else if (/\bgzip\b/.test(accept)) { body = gzipSync(body, { level: 9 }); headers["content-encoding"] = "gzip"; }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}/`;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.PILLARS_CHROMIUM || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps"],
});
const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  for (const [name, path] of [["home", ""], ["assessment", "#/assess"]]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(base + path, {
        port: chrome.port, output: "json", logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
      });
      const a = lhr.audits;
      if (process.env.LIGHTHOUSE_TASKS) {
        // The main thread's long tasks (simulated), for finding what blocks.
        const tasks = (a["long-tasks"]?.details?.items ?? []).map((t) => `${Math.round(t.startTime)}+${Math.round(t.duration)} ${String(t.url).split("/").pop()}`);
        console.log(`  ${name} run ${i + 1} long tasks: ${tasks.join(", ")}`);
      }
      runs.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        bestPractices: lhr.categories["best-practices"].score * 100,
        lcp: a["largest-contentful-paint"].numericValue / 1000,
        tbt: a["total-blocking-time"].numericValue,
        fcp: a["first-contentful-paint"].numericValue / 1000,
        si: a["speed-index"].numericValue / 1000,
        cls: a["cumulative-layout-shift"].numericValue,
        bytes: a["total-byte-weight"].numericValue / 1024,
        lcpElement: JSON.stringify(a["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? "?").slice(0, 120),
      });
    }
    const m = (k) => median(runs.map((r) => r[k]));
    console.log(`${name} (${path || "#/"}), median of ${RUNS}: performance ${m("performance")}, accessibility ${m("accessibility")}, best practices ${m("bestPractices")}`);
    console.log(`  LCP ${m("lcp").toFixed(2)} s, TBT ${Math.round(m("tbt"))} ms, FCP ${m("fcp").toFixed(2)} s, Speed Index ${m("si").toFixed(2)} s, CLS ${m("cls").toFixed(3)}, transferred ${Math.round(m("bytes"))} KB`);
    console.log(`  LCP element (each run): ${runs.map((r) => r.lcpElement).join(" | ")}`);
    const ok = m("performance") >= 98 && m("lcp") <= 1.5 && m("tbt") <= 100 && m("accessibility") === 100 && m("bestPractices") === 100;
    console.log(`  targets (performance ≥ 98, LCP ≤ 1.5 s, TBT ≤ 100 ms, accessibility and best practices 100): ${ok ? "met" : "not met"}`);
  }
} finally {
  await chrome.kill();
  server.close();
}
