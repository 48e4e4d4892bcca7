// Splits the app's wasm into a first chunk (home and assessment: the first visit's critical path)
// and lazily fetched chunks (every other screen), then optimises each with wasm-opt -Oz.
// Run from post-build.mjs inside Trunk's post_build hook, before the service worker's file list is
// written. The split points are `#[wasm_split(...)]` functions (src/lazy.rs, feature `split`); the
// tool is wasm-split-cli (crate wasm_split_cli_support, installed by scripts/setup.sh).
//
// Trunk has already built the crate (linked with --emit-relocs, see .cargo/config.toml) and run
// wasm-bindgen on the unsplit module; this redoes the bindgen step on the split main module under
// the same file names, so Trunk's index.html and loader keep working.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
const root = new URL("..", import.meta.url).pathname;
const release = process.env.TRUNK_PROFILE !== "debug";

// Already split (post-build.mjs run again on a built folder, as the update journey does): nothing to do.
const alreadySplit = existsSync(join(dir, "__wasm_split.js"));
const html = alreadySplit ? "" : readFileSync(join(dir, "index.html"), "utf8");
const name = /["'.\/]((?:pillars)-[0-9a-f]+)\.js/.exec(html)?.[1];
if (!alreadySplit && !name) throw new Error("split-wasm: no pillars-<hash>.js in index.html");

if (!alreadySplit) split();

// wasm-bindgen's JS glue (about 50 KB) and the first paint's script are on the critical path:
// minify them with terser (an npm package, installed by scripts/setup.sh), keeping the modules'
// exports and the names the split loader imports.
function minifyGlue(files, isModule) {
  const terser = join(root, "node_modules", "terser", "bin", "terser");
  for (const f of files) {
    const p = join(dir, f);
    if (!existsSync(p)) continue;
    const args = [terser, p, ...(isModule ? ["--module"] : []), "--compress", "--mangle", "-o", p];
    execFileSync(process.execPath, args, {
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
}

function split() {
  const targetDir = process.env.CARGO_TARGET_DIR || join(root, "target");
  const input = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", "pillars.wasm");
  if (!existsSync(input)) throw new Error(`split-wasm: ${input} is missing`);

  const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });
  const tmp = mkdtempSync(join(tmpdir(), "pillars-split-"));
  try {
    run("wasm-split-cli", [input, tmp, "--out-name", name, "--target", "web"]);
    run("wasm-bindgen", [
      join(tmp, `${name}.wasm`),
      "--out-dir", dir,
      "--out-name", name,
      "--target", "web",
      "--no-typescript",
      "--keep-lld-exports",
    ]);
    const chunks = [];
    for (const f of readdirSync(tmp)) {
      if (f === `${name}.wasm`) continue;
      copyFileSync(join(tmp, f), join(dir, f));
      if (f.endsWith(".wasm")) chunks.push(f);
    }
    if (release && !process.env.PILLARS_NO_WASM_OPT) {
      for (const f of [`${name}_bg.wasm`, ...chunks]) {
        const p = join(dir, f);
        // The same flags Trunk uses: never change them without the journeys passing on the result.
        run("wasm-opt", ["-Oz", p, "-o", p]);
      }
    }
    if (release) {
      minifyGlue([`${name}.js`, "__wasm_split.js"], true);
      minifyGlue(["first-paint.js"], false);
    }
    const size = (f) => statSync(join(dir, f)).size;
    console.log(`split-wasm: ${name}_bg.wasm ${size(`${name}_bg.wasm`)} bytes; chunks ${chunks.map((c) => `${c} ${size(c)}`).join(", ")}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
