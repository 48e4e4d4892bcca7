// Prints how fast the workshop board is in headless Chromium on loopback: the time to add 200
// results in one paste (click to summary drawn, saved included) and the time to draw the board
// with 200 results (click on the nav link to the team's table drawn). A benchmark that prints
// figures, not a test. Needs a release build in dist/. Run: node scripts/bench-board.mjs
import { serve, launch, appReady, QUESTIONNAIRE } from "../tests/e2e/harness.mjs";
import { resultCode, answersOf } from "../tests/e2e/result-code.mjs";

const RUNS = 5;
const PEOPLE = 200;
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(0)} ms, p90 ${q(0.9).toFixed(0)} ms, min ${s[0].toFixed(0)} ms (n=${s.length})`;
};

const server = await serve();
const browser = await launch();
// 200 different results (a level per item from a simple generator; some "not applicable").
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const links = Array.from({ length: PEOPLE }, (_, i) =>
  `${server.url}#/r/${resultCode({ name: `P${i}`, answers: answersOf(() => (rnd() < 0.05 ? 6 : 1 + Math.floor(rnd() * 5))) })}`,
);
const text = links.join("\n");

/** Clicks `selector` in the page and resolves when `done()` is true after a frame. */
const timed = (page, selector, done) =>
  page.evaluate(async ([selector, done]) => {
    const check = new Function(`return (${done})`);
    const t = performance.now();
    document.querySelector(selector).click();
    while (!check()) await new Promise(requestAnimationFrame);
    return performance.now() - t;
  }, [selector, done]);

const add = [];
const draw = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + "#/board");
  await appReady(page);
  await page.getByLabel("Board name").fill("Bench");
  await page.getByRole("button", { name: "Create the board" }).click();
  await page.getByLabel("Paste result links").fill(text);
  add.push(await timed(page, ".board .actions button.primary", `document.body.innerText.includes("Added ${PEOPLE},")`));
  for (let j = 0; j < 2; j++) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
    await page.getByRole("heading", { level: 1, name: "Resource library" }).waitFor();
    draw.push(await timed(page, '.site-header a[href="#/board"]', `document.querySelector(".team-scores") !== null`));
  }
  await context.close();
}

console.log(`The workshop board in headless Chromium, release build on loopback (${PEOPLE} results, ${QUESTIONNAIRE.pillars.length} pillars)`);
console.log(`  add ${PEOPLE} results in one paste (click to summary):  ${stats(add)}`);
console.log(`  draw the board with ${PEOPLE} results (nav click to drawn): ${stats(draw)}`);
await browser.close();
await server.stop();
