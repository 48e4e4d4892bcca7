// Prints the size of every file in dist/ (raw, gzip -9, brotli), the critical-path total and the
// whole total, and with --check fails when either passes its budget in size-budget.json.
// Bytes are deterministic, so CI may enforce them (timings are benchmarks only).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const budget = JSON.parse(readFileSync(join(root, "size-budget.json"), "utf8"));

// Off the critical path: the lazily fetched chunks, their styles and content, the service worker and what the
// browser fetches without blocking (icons, manifest). Everything else a first visit to #/assess
// needs before the first item can be answered.
const offCritical = [/^split_.*\.wasm$/, /^chunk_\d+\.wasm$/, /^screens\.css$/, /^library\.json$/, /^questionnaire-(v\d+|teacher|hints)\.json$/, /^i18n\//, /^sw\.js$/, /^icon/, /\.webmanifest$/];

const files = [];
const walk = (d) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(dist, p));
  }
};
walk(dist);
files.sort();

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
let total = 0, critical = 0, br = 0;
console.log(`${"file".padEnd(44)} ${"bytes".padStart(9)} ${"gzip".padStart(9)} ${"brotli".padStart(9)}  path`);
for (const f of files) {
  const data = readFileSync(join(dist, f));
  const gz = gzipSync(data, { level: 9 }).length;
  const b = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const crit = !offCritical.some((r) => r.test(f));
  total += gz; br += b;
  if (crit) critical += gz;
  console.log(`${f.padEnd(44)} ${String(data.length).padStart(9)} ${String(gz).padStart(9)} ${String(b).padStart(9)}  ${crit ? "critical" : "later"}`);
}
console.log(`Critical path (first visit to #/assess): ${kb(critical)} KB gzipped (budget ${kb(budget.critical_gzip_bytes)} KB)`);
console.log(`Whole app:                               ${kb(total)} KB gzipped (budget ${kb(budget.total_gzip_bytes)} KB), ${kb(br)} KB brotli`);
console.log("For scale: the SurveyJS form library alone is about 414 KB gzipped.");
if (process.argv.includes("--check")) {
  const over = [];
  if (critical > budget.critical_gzip_bytes) over.push(`critical path ${critical} > ${budget.critical_gzip_bytes} bytes`);
  if (total > budget.total_gzip_bytes) over.push(`whole app ${total} > ${budget.total_gzip_bytes} bytes`);
  if (over.length) {
    console.error(`size budget exceeded: ${over.join("; ")} (size-budget.json)`);
    process.exit(1);
  }
  console.log("Size budget: within both limits.");
}
