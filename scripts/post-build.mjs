// Trunk post-build hook: makes the built page CSP-clean and offline-ready.
//  1. Moves Trunk's inline loader <script> into a file (the CSP allows no inline script) and drops
//     Trunk's build-time nonces (a fixed nonce protects nothing).
//  2. Writes sw.js, the service worker, with the exact list of built files to precache, the SHA-256
//     of each (the worker installs only a set that matches) and a version derived from their
//     contents and the worker's code, so every deploy is detected as an update.
import "./split-wasm.mjs"; // first: the file list below must see the split chunks
import { createHash } from "node:crypto";
import { minify as minifyCss } from "csso";
import { minify as minifyJs } from "terser";
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync, statSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}
const sha = (data) => createHash("sha256").update(data).digest("hex");

// English: the part of its catalogue above the "# @later:" line is built into the first wasm
// chunk (build.rs); the rest is fetched with the later screens' code (src/lazy.rs), so the
// downloaded en.ftl is that rest only.
{
  const en = join(dir, "i18n", "en.ftl");
  const text = readFileSync(en, "utf8");
  const at = text.indexOf("\n# @later:");
  // Run again on a built copy (the update journeys deploy one twice): already the later part.
  if (!text.startsWith("# @later:")) {
    if (at < 0) {
      console.error("post-build: assets/i18n/en.ftl has no '# @later:' line");
      process.exit(1);
    }
    writeFileSync(en, text.slice(at + 1));
  }
}

// The level-up hints: the release's built-in questionnaire has none (build.rs), the first visit
// does not need them to answer; they come with the later screens (src/lazy.rs), by item id.
{
  const q = JSON.parse(readFileSync(new URL("../assets/content/questionnaire.json", import.meta.url), "utf8"));
  const items = {};
  for (const p of q.pillars) for (const i of p.items) items[i.id] = { level_up: i.level_up };
  writeFileSync(join(dir, "questionnaire-hints.json"), JSON.stringify({ version: q.version, items }));
}

// The app asks for a message by its key, `k!("id")`: the id's place among en.ftl's messages
// (build.rs, which builds the first part in the same way). The shipped catalogues name each
// message by that number, so no id's name is in the wasm or the files (about 7 KB gzipped).
// A line already numbered (a built copy) or an id English lacks stays as it is.
function numbered(line) {
  if (!/^[A-Za-z]/.test(line)) return line;
  const at = line.indexOf("=");
  if (at < 0) return line;
  const n = englishIds.get(line.slice(0, at).trim());
  return n === undefined ? line : `${n} =${line.slice(at + 1)}`;
}
const englishIds = new Map(
  readFileSync(new URL("../assets/i18n/en.ftl", import.meta.url), "utf8")
    .split("\n")
    .filter((l) => /^[A-Za-z]/.test(l) && l.includes("="))
    .map((l, n) => [l.slice(0, l.indexOf("=")).trim(), n]),
);

// The catalogues' comments are for translators (they stay in assets/i18n/): the shipped files
// drop them. English keeps its first line, the "# @later:" mark that tells a built copy apart.
{
  for (const f of readdirSync(join(dir, "i18n"))) {
    if (!f.endsWith(".ftl")) continue;
    const path = join(dir, "i18n", f);
    const lines = readFileSync(path, "utf8").split("\n");
    const kept = lines.filter((l, i) => !l.startsWith("#") || (i === 0 && l.startsWith("# @later:")));
    writeFileSync(path, kept.map(numbered).join("\n"));
  }
}

// Older questionnaires, for old links: shipped as what changed since (assets/archive/, made and
// checked by `cargo test archive`, see src/core/archive.rs), written over the whole files that
// Trunk copied (assets/i18n/<code>/questionnaire-v<n>.json) or in their place.
{
  const archive = new URL("../assets/archive/", import.meta.url).pathname;
  const copy = (d) => {
    mkdirSync(join(dir, d), { recursive: true });
    for (const f of readdirSync(join(archive, d))) {
      const rel = join(d, f);
      if (statSync(join(archive, rel)).isDirectory()) copy(rel);
      else writeFileSync(join(dir, rel), readFileSync(join(archive, rel)));
    }
  };
  copy("");
}

// Every JSON file written compact (the sources stay indented for people), and a translation's
// `source` fields dropped (the app reads them from the English file: src/core/translation.rs):
// about 2.5 KB gzipped less. Older versions' files are compact already (assets/archive/).
{
  const compact = (d) => {
    for (const f of readdirSync(join(dir, d))) {
      const rel = join(d, f);
      if (statSync(join(dir, rel)).isDirectory()) compact(rel);
      else if (/\.(json|webmanifest)$/.test(f) && !/^questionnaire-v\d+\.json$/.test(f)) {
        const data = JSON.parse(readFileSync(join(dir, rel), "utf8"));
        if (/^i18n\/[^/]+\/questionnaire\.json$/.test(rel)) {
          for (const p of data.pillars ?? []) for (const i of p.items ?? []) delete i.source;
        }
        writeFileSync(join(dir, rel), JSON.stringify(data));
      }
    }
  };
  compact("");
}

const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
html = html.replace(/\snonce="[^"]*"/g, "");
// Both stylesheets shipped minified by csso (an npm package, installed by scripts/setup.sh) with
// its restructuring off: comments and spaces go, every rule stays where it was written, so the
// cascade is the one in assets/ (about 1.8 KB gzipped less, 0.7 of it on the critical path). The
// page's link to the first screen's styles carries their SHA-384 (Trunk's integrity attribute):
// it is written again for the minified file.
for (const name of readdirSync(dir).filter((f) => f.endsWith(".css"))) {
  const path = join(dir, name);
  const css = minifyCss(readFileSync(path, "utf8"), { restructure: false }).css;
  writeFileSync(path, css);
  const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
  const link = new RegExp(`(href="\\./${name.replace(/[.]/g, "\\.")}" integrity=")[^"]*"`);
  if (link.test(html)) html = html.replace(link, (_, head) => `${head}${integrity}"`);
  // A stylesheet the page links with an integrity we could not write again would be refused.
  else if (new RegExp(`<link[^>]*${name.replace(/[.]/g, "\\.")}[^>]*integrity=`).test(html)) {
    throw new Error(`post-build: the integrity of ${name} was not rewritten`);
  }
}
let n = 0;
html = html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (/\ssrc=/.test(attrs) || /data-inline/.test(attrs) || body.trim() === "") return whole;
  const name = `boot-${sha(body).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body);
  n += 1;
  const type = /type="module"/.test(attrs) ? ' type="module"' : "";
  return `<script${type} src="./${name}"></script>`;
});
// The first paint's script runs inline, where index.html named it: the parser never waits for
// a fetch there, so a deep link never paints the home screen (nor a French visitor English)
// before it has run. The page's Content-Security-Policy allows exactly that script by its hash.
{
  const file = join(dir, "first-paint.js");
  const tag = '<script src="first-paint.js"></script>';
  if (existsSync(file) && html.includes(tag)) {
    const body = readFileSync(file, "utf8").replace(/<\/script/gi, "<\\/script");
    const hash = `'sha256-${createHash("sha256").update(body).digest("base64")}'`;
    html = html.replace(tag, () => `<script data-inline="first-paint">${body}</script>`);
    html = html.replace("script-src 'self'", () => `script-src 'self' ${hash}`);
    rmSync(file);
  }
}
writeFileSync(indexPath, html);

// The worker's register script is on the critical path: minified (terser, as the wasm glue), its
// comments stay in assets/sw-register.js.
const register = join(dir, "sw-register.js");
if (process.env.TRUNK_PROFILE !== "debug" && existsSync(register)) {
  const terser = new URL("../node_modules/terser/bin/terser", import.meta.url).pathname;
  execFileSync(process.execPath, [terser, register, "--compress", "--mangle", "-o", register], { stdio: ["ignore", "ignore", "inherit"] });
}

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
// The worker checks every file it precaches against these hashes ("./" is the page, index.html).
const hashes = { "./": sha(readFileSync(indexPath)) };
for (const f of precache) hashes[f] = sha(readFileSync(join(dir, f)));
const template = readFileSync(new URL("../assets/sw-template.js", import.meta.url), "utf8");
// The version covers the worker's own code too: a different sw.js is always a different cache.
const version = sha([sha(template), ...precache.map((f) => f + ":" + hashes[f])].join("\n")).slice(0, 16);
const urls = ["./", ...precache];
// Shipped without its comment lines and with compact lists (its comments stay in the template;
// every user fetches the worker, which is about a KB less so).
const sw = template
  .replace(/^[ \t]*\/\/.*\n/gm, "")
  .replace('"__PILLARS_VERSION__"', JSON.stringify(version))
  .replace("[/* __PILLARS_PRECACHE__ */]", JSON.stringify(urls))
  .replace("{/* __PILLARS_SHA256__ */}", JSON.stringify(Object.fromEntries(urls.map((u) => [u, hashes[u].slice(0, 16)]))));
if (sw.includes("__PILLARS_")) throw new Error("post-build: a placeholder of sw-template.js was not filled");
// A development build (trunk serve) must never be served stale from a cache: its worker caches
// nothing and clears what a release build may have left in this scope (another deployment on the
// origin keeps its own).
const devWorker = `// Development build: no offline cache.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (e) => e.waitUntil(caches.keys()
  .then((ks) => Promise.all(ks.filter((k) => k.startsWith("pillars:" + self.registration.scope + ":")).map((k) => caches.delete(k))))
  .then(() => self.clients.claim())));
`;
const release = process.env.TRUNK_PROFILE !== "debug";
// Minified by terser without its compressor (names shortened, spaces gone, every statement kept
// as written: the offline test reads the lists back), about 0.3 KB gzipped less.
const swMin = release ? (await minifyJs(sw, { compress: false, mangle: true })).code : devWorker;
writeFileSync(join(dir, "sw.js"), swMin);
console.log(release
  ? `post-build: ${n} inline script(s) moved to files; sw.js precaches ${precache.length + 1} URLs (version ${version})`
  : `post-build: ${n} inline script(s) moved to files; development sw.js (no offline cache)`);
