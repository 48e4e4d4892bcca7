// Prints how fast the release build is in headless Chromium on loopback: time to an interactive
// page, time to answer an item (click to saved), and time to render the results of a full
// assessment. A benchmark that prints figures, not a test. Run: bash scripts/bench-load.sh
import { serve, launch, answerAll, QUESTIONNAIRE } from "../tests/e2e/harness.mjs";

const RUNS = 10;
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(0)} ms, p90 ${q(0.9).toFixed(0)} ms, min ${s[0].toFixed(0)} ms (n=${s.length})`;
};

const server = await serve();
const browser = await launch();

const load = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(server.url + "#/assess");
  await page.getByRole("radio").first().waitFor();
  load.push(Date.now() - t0);
  await context.close();
}

const context = await browser.newContext();
const page = await context.newPage();
await page.goto(server.url + "#/assess");
const answer = [];
const first = QUESTIONNAIRE.pillars[0];
for (let i = 0; i < RUNS * 2; i++) {
  const item = first.items[i % first.items.length];
  const group = page.getByRole("group", { name: item.prompt });
  // Each round picks another level, so every click changes what is saved.
  const radio = group.getByRole("radio").nth(Math.floor(i / first.items.length) % 5);
  await radio.waitFor();
  const ms = await radio.evaluate(async (el) => {
    const before = localStorage.getItem("pillars.v1.data");
    const t = performance.now();
    el.click();
    // Saved means the new answer reached localStorage.
    while (localStorage.getItem("pillars.v1.data") === before) await new Promise((r) => setTimeout(r, 0));
    await new Promise(requestAnimationFrame);
    return performance.now() - t;
  });
  answer.push(ms);
}
await answerAll(page, (pi, ii) => ((pi + ii) % 5) + 1);
const results = [];
for (let i = 0; i < RUNS; i++) {
  await page.goto(server.url + "#/assess");
  await page.getByRole("radio").first().waitFor();
  const t0 = Date.now();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Results" }).click();
  await page.getByRole("img", { name: /Radar chart/ }).waitFor();
  results.push(Date.now() - t0);
}

console.log("Pillars in headless Chromium, release build on loopback");
console.log(`  first load to an answerable question:  ${stats(load)}`);
console.log(`  answer a question (click to saved):     ${stats(answer)}`);
console.log(`  open the results of a full assessment:  ${stats(results)}`);
await browser.close();
await server.stop();
