// Trunk post-build hook: makes the built page CSP-clean and offline-ready.
//  1. Moves Trunk's inline loader <script> into a file (the CSP allows no inline script) and drops
//     Trunk's build-time nonces (a fixed nonce protects nothing).
//  2. Writes sw.js, the service worker, with the exact list of built files to precache and a
//     version derived from their contents, so every deploy is detected as an update.
import "./split-wasm.mjs"; // first: the file list below must see the split chunks
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}
const sha = (data) => createHash("sha256").update(data).digest("hex");

// English is built into the wasm: its catalogue file is for translators, not for download.
rmSync(join(dir, "i18n", "en.ftl"), { force: true });

const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
html = html.replace(/\snonce="[^"]*"/g, "");
let n = 0;
html = html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (/\ssrc=/.test(attrs) || body.trim() === "") return whole;
  const name = `boot-${sha(body).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body);
  n += 1;
  const type = /type="module"/.test(attrs) ? ' type="module"' : "";
  return `<script${type} src="./${name}"></script>`;
});
writeFileSync(indexPath, html);

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(dir, p).split("\\").join("/"));
  }
};
walk(dir);
const precache = files.filter((f) => f !== "sw.js").sort();
const version = sha(precache.map((f) => f + ":" + sha(readFileSync(join(dir, f)))).join("\n")).slice(0, 16);
const template = readFileSync(new URL("../assets/sw-template.js", import.meta.url), "utf8");
const sw = template
  .replace('"__PILLARS_VERSION__"', JSON.stringify(version))
  .replace("[/* __PILLARS_PRECACHE__ */]", JSON.stringify(["./", ...precache], null, 2));
// A development build (trunk serve) must never be served stale from a cache: its worker caches
// nothing and clears what a release build may have left on this origin.
const devWorker = `// Development build: no offline cache.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (e) => e.waitUntil(caches.keys()
  .then((ks) => Promise.all(ks.filter((k) => k.startsWith("pillars-")).map((k) => caches.delete(k))))
  .then(() => self.clients.claim())));
`;
const release = process.env.TRUNK_PROFILE !== "debug";
writeFileSync(join(dir, "sw.js"), release ? sw : devWorker);
console.log(release
  ? `post-build: ${n} inline script(s) moved to files; sw.js precaches ${precache.length + 1} URLs (version ${version})`
  : `post-build: ${n} inline script(s) moved to files; development sw.js (no offline cache)`);
