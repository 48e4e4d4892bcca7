// Results: the chart and the table agree with the answers, history comparison, targets, print.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, openApp, axe, answerAll, expectedMean, meanOf, QUESTIONNAIRE, appReady } from "./harness.mjs";

const env = appUnderTest();

const first = (pi, ii) => ((pi * 2 + ii) % 5) + 1;
const second = (pi, ii) => (ii === 0 ? 0 : Math.min(5, first(pi, ii) + 1));

async function complete(page, level) {
  await page.goto(page.url().split("#")[0] + "#/assess"); await appReady(page);
  await answerAll(page, level);
  await page.getByRole("button", { name: "Complete assessment and see results" }).click();
  await page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
}

/** Distance of each drawn point of a series from the chart's centre, in chart units (0..5). */
async function plotted(page, series) {
  return page.getByRole("img", { name: /Radar chart/ }).evaluate((svg, series) => {
    const dots = [...svg.querySelectorAll(`[data-series="${series}"] circle`)];
    const centre = svg.viewBox.baseVal.width / 2;
    return dots.map((c) => Math.hypot(c.cx.baseVal.value - centre, c.cy.baseVal.value - centre) / 28);
  }, series);
}

test("the summary, chart and table agree with the answers given", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  await complete(page, first);
  // The results open at their top (the button that opened them was at the end of a long page).
  assert.equal(await page.evaluate(() => window.scrollY), 0, "the results open at their top");
  const table = page.getByRole("table", { name: /Your scores by pillar/ });
  const means = [];
  for (const [pi, pillar] of QUESTIONNAIRE.pillars.entries()) {
    const row = table.getByRole("row", { name: new RegExp(`^${pillar.name}`) });
    const shown = await row.getByRole("cell").first().textContent();
    assert.equal(shown, expectedMean(pi, first));
    means.push(Number(shown));
  }
  const dots = await plotted(page, "current");
  assert.equal(dots.length, QUESTIONNAIRE.pillars.length);
  dots.forEach((d, i) => assert.ok(Math.abs(d - means[i]) < 0.06, `pillar ${i}: drawn at ${d}, table says ${means[i]}`));
  // Summary first: overall level, strongest pillars and room to grow, with level-up hints.
  await page.getByText(/^Overall:/).waitFor();
  await page.getByRole("heading", { level: 3, name: "Your strongest pillars" }).waitFor();
  await page.getByRole("heading", { level: 3, name: "Most room to grow" }).waitFor();
  assert.ok((await page.getByText("To level up:").count()) >= 1);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test("a strongest pillar below Practising gets its next step, not advice on leading others", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  await complete(page, (pi) => (pi === 0 ? 2 : 1));
  await page.getByRole("heading", { level: 3, name: "Your strongest pillars" }).waitFor();
  assert.equal(await page.getByText("To lead others here:").count(), 0);
  assert.ok((await page.getByText("To level up:").count()) >= 4, "both strongest and both room-to-grow cards");
  await context.close();
});

test("a second assessment is compared with the first, on the results and in the history", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  await complete(page, first);
  await page.goto(env.server.url + "#/assess"); await appReady(page);
  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Yes, start over" }).click();
  await complete(page, second);
  const table = page.getByRole("table", { name: /Your scores by pillar/ });
  await table.getByRole("columnheader", { name: /^Previous/ }).waitFor();
  assert.equal(await plotted(page, "compare").then((d) => d.length), QUESTIONNAIRE.pillars.length);
  // The chart's name says what it compares.
  await page.getByRole("img", { name: /^Radar chart of .* by pillar, compared with Previous/ }).waitFor();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await page.getByRole("table", { name: "2 completed assessments" }).waitFor();
  const change = page.getByRole("table", { name: /Change per pillar/ });
  // Its caption names the two, the later first as its columns are.
  await page.getByRole("table", { name: /^Change per pillar, .+ \(2\) compared with .+ \(1\)$/ }).waitFor();
  for (const [pi, pillar] of QUESTIONNAIRE.pillars.entries()) {
    const cells = change.getByRole("row", { name: new RegExp(`^${pillar.name}`) }).getByRole("cell");
    // The change read off the two scores as shown (one decimal each).
    const shown = (x) => Math.round(x * 10) / 10;
    const delta = shown(meanOf(pi, second)) - shown(meanOf(pi, first));
    const text = (await cells.nth(2).textContent()).replace("−", "-");
    assert.ok(Math.abs(Number(text) - delta) < 0.051, `${pillar.short}: ${text} vs ${delta}`);
  }
  // On a phone the comparison's scores and change are in view without scrolling sideways, and
  // each row's delete button shows its verb (named with its date for a screen reader).
  await page.setViewportSize({ width: 390, height: 800 });
  const edge = async (name) => { const b = await change.getByRole("columnheader", { name }).boundingBox(); return b.x + b.width; };
  assert.ok((await edge("Change")) <= 390, `the Change column ends at ${await edge("Change")} px`);
  // Scrolled to its end, the table still shows which pillar each row is.
  const region = page.getByRole("region", { name: /Change per pillar/ });
  await region.evaluate((r) => { r.scrollLeft = r.scrollWidth; });
  const pinned = await change.getByRole("rowheader", { name: QUESTIONNAIRE.pillars[0].name }).boundingBox();
  assert.ok(pinned.x >= 0 && pinned.x < 40, `the pillar's name is at ${pinned.x} px once scrolled`);
  const del = page.getByRole("button", { name: /^Delete / }).first();
  assert.equal((await del.textContent()).trim(), "Delete");
  // At 320 px the history's four columns fit: each delete button is whole, in view.
  await page.setViewportSize({ width: 320, height: 800 });
  const box = await del.boundingBox();
  assert.ok(box.x + box.width <= 320, `the delete button ends at ${box.x + box.width} px`);
  // The header leaves the screen to the content: the language beside the app's name.
  const header = await page.locator("header").boundingBox();
  assert.ok(header.height < 130, `the header is ${header.height} px tall`);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Any two can be overlaid, whichever list holds which: the change runs from the earlier to the
  // later. The same one in both lists is said, not shown as no change.
  const firstChange = await change.getByRole("row", { name: new RegExp(`^${QUESTIONNAIRE.pillars[0].name}`) }).getByRole("cell").nth(2).textContent();
  await page.getByLabel("Earlier").selectOption({ index: 1 });
  await page.getByRole("status").filter({ hasText: "Both lists name the same assessment: choose another one in either list to see the change." }).waitFor();
  assert.equal(await change.count(), 0, "no table of changes");
  assert.deepEqual(await axe(page), []);
  await page.getByLabel("Later").selectOption({ index: 0 });
  const cells = change.getByRole("row", { name: new RegExp(`^${QUESTIONNAIRE.pillars[0].name}`) }).getByRole("cell");
  assert.equal(await cells.nth(2).textContent(), firstChange);
  assert.equal(await page.getByText("Both lists name the same assessment", { exact: false }).count(), 0);
  const list = () => page.getByRole("table", { name: /completed assessment/ });
  const laterOverall = await list().getByRole("row", { name: /\(2\)/ }).getByRole("cell").first().textContent();
  // Deleting one asks first; "Keep it" keeps it, "Yes, delete" deletes only that one.
  await page.getByRole("button", { name: /^Delete .*\(1\)$/ }).click();
  await page.waitForFunction(() => document.activeElement?.textContent.trim() === "Keep it", null, { timeout: 5000 });
  await page.getByRole("button", { name: "Keep it" }).click();
  await page.waitForFunction(() => /^Delete .*\(1\)$/.test(document.activeElement?.getAttribute("aria-label")), null, { timeout: 5000 });
  await page.getByRole("button", { name: /^Delete .*\(1\)$/ }).click();
  await page.getByRole("button", { name: /^Yes, delete .*\(1\)$/ }).click();
  await page.getByRole("table", { name: "1 completed assessment" }).waitFor();
  // Focus goes to the list that is left (its name says how many), not to the page's top.
  await page.waitForFunction(() => document.activeElement?.id === "history-table", null, { timeout: 5000 });
  assert.equal(await page.locator("#history-table").getAttribute("aria-label"), "1 completed assessment");
  await page.reload(); await appReady(page);
  await page.getByRole("table", { name: "1 completed assessment" }).waitFor();
  // The one left is the later one, now the only one of its day (so named by its date alone).
  assert.equal(await list().getByRole("row").nth(1).getByRole("cell").first().textContent(), laterOverall);
  await page.getByRole("button", { name: /^Delete \d+ \w+ \d{4}$/ }).waitFor();
  await context.close();
});

test("a target shows on the chart as a third outline and in the table as a gap", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  await complete(page, () => 2);
  // Every pillar at 2.0: none is made out to be the strongest or the one with most room to grow.
  const level = page.getByText(/^Every pillar is at 2\.0 \(.+\): none stands out as the strongest/);
  await level.waitFor();
  assert.match(await level.textContent(), /Set a target for a pillar below/);
  assert.equal(await page.getByRole("heading", { level: 3, name: "Your strongest pillars" }).count(), 0);
  assert.equal(await page.getByRole("heading", { level: 3, name: "Most room to grow" }).count(), 0);
  // Nor further down: no pillar offered first for the plan, no resources "for the pillars with most room".
  assert.equal(await page.getByRole("button", { name: /^Add “.+” to my plan$/ }).count(), 0);
  assert.equal(await page.getByRole("heading", { level: 2, name: "Recommended resources" }).count(), 0);
  await page.getByLabel("Target for Branding").selectOption({ label: "5 · Leading others" });
  const table = page.getByRole("table", { name: /Your scores by pillar/ });
  const row = table.getByRole("row", { name: /^Branding/ });
  await row.getByRole("cell", { name: "3.0 to go" }).waitFor();
  assert.equal((await plotted(page, "target")).length, 1);
  assert.ok(Math.abs((await plotted(page, "target"))[0] - 5) < 0.01);
  // The pillar with a gap is now where there is most room to grow.
  await page.getByRole("region", { name: "Most room to grow" }).getByRole("heading", { level: 4, name: "Branding" }).waitFor();
  assert.equal(await page.getByRole("region", { name: "Most room to grow" }).getByRole("heading", { level: 4 }).count(), 1, "only the pillar below its target");
  assert.doesNotMatch(await level.textContent(), /Set a target/);
  await page.getByRole("button", { name: "Add “Branding” to my plan" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Recommended resources" }).waitFor();
  await page.reload(); await appReady(page);
  assert.equal(await page.getByLabel("Target for Branding").inputValue(), "5");
  // On a 360 px phone the page does not scroll sideways (a wide table scrolls on its own).
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `overflow ${overflow}px`);
  await context.close();
});

test("printing the results gives a clean report without navigation or buttons", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/assess" });
  await complete(page, first);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("navigation", { name: "Main" }).isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Print or save as PDF" }).isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Copy link" }).isVisible(), false);
  assert.ok(await page.getByRole("img", { name: /Radar chart/ }).isVisible());
  assert.ok(await page.getByRole("table", { name: /Your scores by pillar/ }).isVisible());
  assert.ok(await page.getByText("To level up:").first().isVisible());
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 2, `a one- or two-page report (${pages} pages)`);
  await context.close();
});

test("on a phone the chart takes the screen's width, its axes numbered and the pillars listed", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: "#/assess", viewport: { width: 320, height: 700 } });
  await complete(page, first);
  const chart = page.getByRole("img", { name: /Radar chart/ }).first();
  const figure = page.locator("figure", { has: chart });
  const width = await figure.evaluate((f) => f.clientWidth);
  const drawn = await chart.evaluate((svg) => svg.querySelector("polygon.grid:last-of-type").getBoundingClientRect().width);
  assert.ok(drawn > width * 0.8, `the chart's outer ring is ${drawn} px of ${width}`);
  // The names the axes' numbers stand for, in order, under the chart.
  const key = figure.getByRole("list").first();
  assert.deepEqual(await key.getByRole("listitem").allTextContents(), QUESTIONNAIRE.pillars.map((p) => p.short));
  // The top axis's number clears the scale's "5" beside it.
  const apart = await chart.evaluate((svg) => {
    const n = svg.querySelector("text.axis-number").getBoundingClientRect();
    const five = [...svg.querySelectorAll("text.scale-label")].find((t) => t.textContent === "5").getBoundingClientRect();
    return n.bottom <= five.top || n.right <= five.left;
  });
  assert.ok(apart, "the axis number and the scale's 5 do not overlap");
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, "no sideways scrolling");
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
