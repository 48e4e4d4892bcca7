// The workshop board: three results pasted with a duplicate, a damaged link and one of another
// questionnaire version in one text; the team's medians, nothing below the threshold, names only
// when shown, one-click removal, the CSV, the team link opened in a fresh browser (read-only, no
// names), the projector view by keyboard, axe in English and French; unreadable stored boards kept;
// a room of 30 links with duplicates and damaged ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { appUnderTest, openApp, axe, appReady, QUESTIONNAIRE } from "./harness.mjs";
import { resultCode, answersOf } from "./result-code.mjs";

const env = appUnderTest();

const PEOPLE = [
  { name: "Ana", level: () => 2 },
  { name: "Ben", level: (pi) => (pi === 0 ? 5 : 3) },
  { name: "Chloé", level: (pi, ii) => ((pi + ii) % 5) + 1 },
];

const mean = (pi, level) => {
  const v = QUESTIONNAIRE.pillars[pi].items.map((_, ii) => level(pi, ii)).filter((x) => x >= 1 && x <= 5);
  return v.reduce((a, b) => a + b, 0) / v.length;
};
/** The median of the three, to tenths (halves up), as the app writes it. */
const median = (pi, people = PEOPLE) => {
  const s = people.map((p) => mean(pi, p.level)).sort((a, b) => a - b);
  const m = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return (Math.floor(m * 10 + 0.5 + 1e-9) / 10).toFixed(1);
};

async function medians(page) {
  const table = page.getByRole("table", { name: "The team's scores by pillar" });
  const out = [];
  for (const p of QUESTIONNAIRE.pillars) {
    out.push(await table.getByRole("row", { name: new RegExp(`^${p.name}`) }).getByRole("cell").nth(1).textContent());
  }
  return out;
}

test("a board from pasted links: counts, medians, privacy, CSV, team link, projector, French", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: "#/board" });
  const main = page.getByRole("main");
  await page.getByRole("heading", { level: 1, name: "Workshop board" }).waitFor();
  assert.equal(await page.getByRole("link", { name: "Board", exact: true }).getAttribute("aria-current"), "page");
  // A name is cut as it is typed to what a team link carries (40 bytes: "é" takes two).
  await main.getByLabel("Board name").pressSequentially("Région de Québec, cohorte 2027, été, 2e groupe");
  const typed = await main.getByLabel("Board name").inputValue();
  assert.ok(new TextEncoder().encode(typed).length <= 40 && typed.startsWith("Région de Québec, cohorte 2027"), typed);
  await main.getByLabel("Board name").fill("Lyon workshop");
  await main.getByRole("button", { name: "Create the board" }).click();
  await main.getByRole("heading", { level: 2, name: "Lyon workshop" }).waitFor();
  // The form moved below the new board: focus is on the board's name, not lost.
  await page.waitForFunction(() => document.activeElement?.textContent === "Lyon workshop");

  const codes = PEOPLE.map((p) => resultCode({ name: p.name, answers: answersOf(p.level) }));
  const flip = (c, i) => c.slice(0, i) + (c[i] === "A" ? "B" : "A") + c.slice(i + 1);
  const other = resultCode({ version: QUESTIONNAIRE.version + 1, answers: answersOf(() => 4) });
  const link = (c) => `${env.server.url}#/r/${c}`;
  const text = [
    "Morning everyone, here are our results:",
    `Ana: ${link(codes[0])}`,
    `Ben (${link(codes[1])}) and Chloé <${link(codes[2])}>`,
    `Ana again, sorry: ${link(codes[0])}`,
    `broken one: ${link(flip(codes[1], 12))}`,
    `from last year's app: ${link(other)}`,
  ].join("\n");
  await main.getByLabel("Paste result links").fill(text);
  await main.getByRole("button", { name: "Add to the board" }).click();
  await main.getByText("Added: 3. Already on the board: 1. Damaged: 1. From another version: 1.").waitFor();
  const lines = main.locator(".intake-lines li");
  assert.equal(await lines.count(), 6);
  assert.equal(await lines.nth(0).textContent(), "Link 1: added.");
  // A link that was not added shows how its code starts, to be found in the pasted text.
  const start = (c) => c.slice(0, 12).replace(/[-_]/g, "\\$&") + "…";
  assert.match(await lines.nth(3).textContent(), new RegExp(`^Link 4 \\(${start(codes[0])}\\): already on the board`));
  assert.match(await lines.nth(4).textContent(), new RegExp(`^Link 5 \\(${start(flip(codes[1], 12))}\\): damaged\\. `));
  assert.match(await lines.nth(5).textContent(), new RegExp(`^Link 6 \\(${start(other)}\\): made with version ${QUESTIONNAIRE.version + 1} of the questionnaire`));
  // The list scrolls on its own: a keyboard reaches it.
  assert.equal(await main.getByRole("list", { name: "Link by link:" }).getAttribute("tabindex"), "0");

  // The team: medians per pillar; names hidden by default.
  await main.getByRole("heading", { level: 2, name: "Participants (3)" }).waitFor();
  const expected = QUESTIONNAIRE.pillars.map((_, pi) => median(pi));
  assert.deepEqual(await medians(page), expected);
  await page.getByRole("img", { name: /Radar chart of the team/ }).waitFor();
  assert.equal(await page.locator(".radar .band").count(), 1, "the middle half is drawn as a band");
  await main.getByRole("heading", { level: 2, name: "Item by item" }).waitFor();
  // What the items are ranked by comes first, so a tablet shows it without scrolling sideways.
  const itemHeads = await main.getByRole("table", { name: "How many gave each level, per item" }).getByRole("columnheader").allInnerTexts();
  assert.deepEqual(itemHeads.slice(0, 2).map((t) => t.trim()), ["Item", "Levels apart"]);
  await main.getByRole("heading", { level: 3, name: "The team's weakest items" }).waitFor();
  await main.getByRole("heading", { level: 2, name: "Resources for the team's weakest pillars" }).waitFor();
  await main.getByText("Participant 1", { exact: true }).waitFor();
  assert.equal(await main.getByText("Ana", { exact: true }).count(), 0, "names are hidden by default");
  // A participant keeps their number when another is removed, and the way back restores them.
  const labels = () => main.locator(".participants li > span:first-child").allTextContents();
  assert.deepEqual(await labels(), ["Participant 1", "Participant 2", "Participant 3"]);
  await main.getByRole("button", { name: "Remove Participant 2" }).click();
  await main.getByRole("status").filter({ hasText: "Removed Participant 2 from the board." }).waitFor();
  assert.deepEqual(await labels(), ["Participant 1", "Participant 3"]);
  await page.waitForFunction(() => document.activeElement?.id === "board-undo");
  await page.keyboard.press("Enter");
  await main.getByRole("heading", { level: 2, name: "Participants (3)" }).waitFor();
  assert.deepEqual(await labels(), ["Participant 1", "Participant 2", "Participant 3"]);

  // The team link: aggregates only, opened in a fresh browser, read-only, no names.
  const teamLink = await main.getByLabel("Team link", { exact: true }).inputValue();
  assert.match(teamLink, /#\/t\//);
  assert.ok(await main.getByRole("img", { name: "QR code of the team link" }).isVisible());
  const viewer = await openApp(env.browser, env.server.url, { path: "#" + teamLink.split("#")[1] });
  await viewer.page.getByRole("heading", { level: 1, name: "Team picture" }).waitFor();
  await viewer.page.getByText("Lyon workshop", { exact: false }).first().waitFor();
  assert.deepEqual(await medians(viewer.page), expected);
  const seen = await viewer.page.locator("body").innerText();
  for (const p of PEOPLE) assert.ok(!seen.includes(p.name), `no name (${p.name}) in the team view`);
  assert.equal(await viewer.page.getByRole("button", { name: /^Remove/ }).count(), 0, "read-only");
  assert.deepEqual(await viewer.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("pillars."))), [], "viewing stores nothing");
  assert.deepEqual(await axe(viewer.page), []);
  await viewer.page.goto(env.server.url + "#/t/gQEAAAAA"); await appReady(viewer.page);
  await viewer.page.getByRole("heading", { level: 1, name: "This team link cannot be opened" }).waitFor();
  assert.match(await viewer.page.getByRole("alert").textContent(), /incomplete or damaged/);
  await viewer.context.close();

  // Names, when the facilitator shows them; the CSV then has a row per participant.
  await main.getByLabel("Show participants' names").check();
  await main.getByRole("button", { name: "Remove Ana" }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    main.getByRole("button", { name: "Download the team (CSV)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^pillars-board-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = await readFile(await download.path(), "utf8");
  assert.ok(file.startsWith("\uFEFF"), "a byte-order mark, so spreadsheets read UTF-8");
  const csv = file.slice(1).split("\r\n");
  assert.equal(csv[0], '"Pillar","Results with a score","Lowest","Lower quartile","Median","Upper quartile","Highest"');
  QUESTIONNAIRE.pillars.forEach((p, pi) => {
    const head = `"${p.name}",`;
    const row = csv.find((l) => l.startsWith(head)).slice(head.length).split(",");
    assert.equal(row[0], "3");
    assert.equal(row[3], expected[pi], `${p.name}'s median in the CSV`);
  });
  for (const p of PEOPLE) assert.ok(csv.some((l) => l.startsWith(`"${p.name}",`)), `a row for ${p.name}`);

  // The projector view, by keyboard only.
  await main.getByRole("button", { name: "Projector view" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Lyon workshop" });
  await dialog.waitFor();
  // The buttons stay where they are from the whole radar to one pillar (a pointer stays on them).
  const at = async () => JSON.stringify(await page.getByRole("dialog").getByRole("button", { name: "Next" }).boundingBox());
  const radarView = await at();
  await page.keyboard.press("ArrowRight");
  await page.getByRole("dialog", { name: QUESTIONNAIRE.pillars[0].name }).getByText(`Median ${expected[0]}`).waitFor();
  assert.equal(await at(), radarView);
  // The pillar's spread drawn on the scale, its median mark where the median is (1 at 0, 5 at 400).
  const mark = await page.locator(".projector-scale .median").getAttribute("x");
  assert.equal(Number(mark) + 3, Math.round((Number(expected[0]) - 1) * 100));
  await page.keyboard.press("ArrowRight");
  await page.getByRole("dialog", { name: QUESTIONNAIRE.pillars[1].name }).waitFor();
  await page.keyboard.press("ArrowLeft");
  await page.getByRole("dialog", { name: QUESTIONNAIRE.pillars[0].name }).waitFor();
  assert.deepEqual(await axe(page), [], "projector view: axe");
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Projector view", "focus returns");

  assert.deepEqual(await axe(page), [], "board: axe in English");
  // The board's own controls come before the resources' many links (fewer Tab presses).
  const before = await page.getByRole("button", { name: "Projector view" }).evaluate((b) => {
    const resources = [...document.querySelectorAll("h2")].find((h) => /^Resources/.test(h.textContent));
    return Boolean(resources) && Boolean(b.compareDocumentPosition(resources) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(before, "Projector view comes before the resources");

  // In French.
  await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
  await page.getByRole("heading", { level: 1, name: "Tableau d'atelier" }).waitFor();
  await main.getByText(/^Ajoutés\s:\s3\. Déjà au tableau\s:\s1\. Endommagés\s:\s1\. D'une autre version du questionnaire\s:\s1\.$/).waitFor();
  await page.getByRole("table", { name: "Les scores de l'équipe par pilier" }).getByRole("cell", { name: expected[1].replace(".", ",") }).first().waitFor();
  assert.deepEqual(await axe(page), [], "board: axe in French");

  // One click removes a participant: 2 results, and nothing aggregated is shown any more.
  await main.getByRole("button", { name: "Retirer Ana" }).click();
  await main.getByText("2 résultats ; il en faut au moins 3.").waitFor();
  await main.getByRole("status").filter({ hasText: /Résultat retiré du tableau\s:\sAna\./ }).waitFor();
  // The button went with its row: focus is on the way back, and one key puts Ana back in place.
  await page.waitForFunction(() => document.activeElement?.id === "board-undo");
  await page.keyboard.press("Enter");
  await page.getByRole("table", { name: "Les scores de l'équipe par pilier" }).waitFor();
  await page.waitForFunction(() => /\(3\)/.test(document.activeElement?.textContent ?? ""));
  assert.match(await main.locator(".participants li").first().textContent(), /^Ana/);
  await main.getByRole("button", { name: "Retirer Ana" }).click();
  await main.getByText("2 résultats ; il en faut au moins 3.").waitFor();
  assert.equal(await page.getByRole("table", { name: "Les scores de l'équipe par pilier" }).count(), 0);
  assert.equal(await main.getByLabel("Lien de l'équipe").count(), 0, "no team link below the threshold");
  await page.getByRole("combobox", { name: "Langue" }).selectOption("en");
  await main.getByText("2 results; at least 3 are needed.").waitFor();
  // The smallest group shown: raised, it is said; cleared or below 3, the field shows the size in use.
  const smallest = main.getByRole("spinbutton", { name: /^Smallest group shown/ });
  await smallest.fill("5"); await smallest.blur();
  await main.getByText("2 results; at least 5 are needed.").waitFor();
  await smallest.fill(""); await smallest.blur();
  assert.equal(await smallest.inputValue(), "5", "a cleared field keeps the size in use");
  await smallest.fill("1"); await smallest.blur();
  await main.getByText("2 results; at least 3 are needed.").waitFor();
  assert.equal(await smallest.inputValue(), "3", "below the least, the least");

  // Kept across a reload, in the board's own key.
  await page.reload(); await appReady(page);
  await main.getByRole("heading", { level: 2, name: "Participants (2)" }).waitFor();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("pillars.boards.v1")));
  assert.equal(stored.kind, "pillars-board");
  assert.equal(stored.boards[0].entries.length, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test("stored boards that cannot be read are kept, never written over, and the person is told", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/board" });
  await page.evaluate(() => localStorage.setItem("pillars.boards.v1", "{not json"));
  await page.reload(); await appReady(page);
  await page.getByRole("alert").filter({ hasText: "Your saved boards could not be read" }).waitFor();
  await page.getByLabel("Board name").fill("In memory only");
  await page.getByRole("button", { name: "Create the board" }).click();
  await page.getByRole("main").getByRole("heading", { level: 2, name: "In memory only" }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("pillars.boards.v1")), "{not json");
  assert.deepEqual(await axe(page), []);
  // They can be downloaded as they are from Your data.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download your saved workshop boards, which cannot be read" }).click(),
  ]);
  assert.equal(await readFile(await download.path(), "utf8"), "{not json");
  await context.close();
});

test("stored boards with one damaged result show the rest, told, with a copy of them as they were", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: "#/board" });
  const codes = [1, 2, 3].map((n) => resultCode({ days: 20780 + n, answers: answersOf(() => n) }));
  const stored = JSON.stringify({
    kind: "pillars-board", format: 1,
    boards: [{ id: 1, name: "Lyon", date: "2026-11-23",
      entries: [...codes.map((code) => ({ code, added: "2026-11-23" })), { code: 12, added: "2026-11-23" }] }],
  });
  await page.evaluate((s) => localStorage.setItem("pillars.boards.v1", s), stored);
  await page.reload(); await appReady(page);
  await page.getByRole("alert").filter({
    hasText: "Part of your saved boards was damaged: one result or board could not be read and is left out; the rest are here. A copy of the saved boards as they were is kept in this browser: you can download it from Your data.",
  }).waitFor();
  const main = page.getByRole("main");
  await main.getByRole("heading", { level: 2, name: "Participants (3)" }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("pillars.boards.damaged")), stored);
  assert.deepEqual(await axe(page), []);
  // A change saves the readable boards; the copy stays.
  await main.getByRole("button", { name: "Remove Participant 1" }).click();
  await main.getByRole("heading", { level: 2, name: "Participants (2)" }).waitFor();
  const now = await page.evaluate(() => JSON.parse(localStorage.getItem("pillars.boards.v1")));
  assert.equal(now.boards[0].entries.length, 2);
  assert.equal(await page.evaluate(() => localStorage.getItem("pillars.boards.damaged")), stored);
  // The copy can be downloaded from Your data.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    main.getByRole("button", { name: "Download your workshop boards as they were before a damaged part was left out" }).click(),
  ]);
  assert.equal(await readFile(await download.path(), "utf8"), stored);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a room of 30: pasted links with duplicates and damaged ones, counted once, on the radar", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: "#/board" });
  const main = page.getByRole("main");
  await main.getByLabel("Board name").fill("Room of thirty");
  await main.getByRole("button", { name: "Create the board" }).click();
  await main.getByRole("heading", { level: 2, name: "Room of thirty" }).waitFor();
  // 24 different results, 4 of them sent twice, 2 damaged in transit: 30 links in one chat export.
  const level = (n) => (pi, ii) => ((n + pi * 3 + ii) % 5) + 1;
  const codes = Array.from({ length: 24 }, (_, n) => resultCode({ days: 20780 + n, answers: answersOf(level(n)) }));
  const damaged = (c) => c.slice(0, 10) + (c[10] === "A" ? "B" : "A") + c.slice(11);
  const links = [...codes, ...codes.slice(0, 4), damaged(codes[5]), damaged(codes[9])]
    .map((c, i) => `[10:${String(i).padStart(2, "0")}] participant ${i + 1}: ${env.server.url}#/r/${c}`);
  assert.equal(links.length, 30);
  await main.getByLabel("Paste result links").fill(links.join("\n"));
  await main.getByRole("button", { name: "Add to the board" }).click();
  await main.getByText("Added: 24. Already on the board: 4. Damaged: 2. From another version: 0.").waitFor();
  // Said as it changes: the summary, not thirty lines of "Link n".
  const said = await main.getByRole("status").filter({ hasText: "Added: 24." }).textContent();
  assert.doesNotMatch(said, /Link by link|Link 1/);
  assert.equal(await main.locator(".intake-lines li").count(), 30);
  // The summary is right under the button, on screen; the text stays, damaged links to fix.
  const button = await main.getByRole("button", { name: "Add to the board" }).boundingBox();
  const summary = await main.getByText(/^Added: 24\./).boundingBox();
  assert.ok(summary.y > button.y && summary.y - button.y < 120, `summary ${summary.y}, button ${button.y}`);
  assert.equal(await main.getByLabel("Paste result links").inputValue(), links.join("\n"));
  await main.getByRole("heading", { level: 2, name: "Participants (24)" }).waitFor();
  await page.getByRole("img", { name: /Radar chart of the team/ }).waitFor();
  assert.equal(await page.locator(".radar .band").count(), 1);
  // Pasting the same text again adds nothing.
  await main.getByLabel("Paste result links").fill(links.join("\n"));
  await main.getByRole("button", { name: "Add to the board" }).click();
  await main.getByText("Added: 0. Already on the board: 28. Damaged: 2. From another version: 0.").waitFor();
  await main.getByRole("heading", { level: 2, name: "Participants (24)" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("two tabs on the boards stay in step: a board made in one appears in the other, and neither overwrites the other's results", async () => {
  const { context, page: a, errors } = await openApp(env.browser, env.server.url, { path: "#/board" });
  const b = await context.newPage();
  await b.goto(env.server.url + "#/board"); await appReady(b);
  await b.getByRole("heading", { level: 1, name: "Workshop board" }).waitFor();
  await a.getByLabel("Board name").fill("Room");
  await a.getByRole("button", { name: "Create the board" }).click();
  // The other tab shows it without a reload, and adds a result to it.
  await b.getByRole("main").getByRole("heading", { level: 2, name: "Room" }).waitFor();
  const code = resultCode({ name: "Ana", answers: answersOf(() => 3) });
  await b.getByLabel("Paste result links").fill(`${env.server.url}#/r/${code}`);
  await b.getByRole("button", { name: "Add to the board" }).click();
  await b.getByText(/^Added: 1\. /).waitFor();
  // The first tab makes a second board: the other tab's result stays on the first.
  const form = a.getByRole("form", { name: "New board" });
  await form.getByLabel("Board name").fill("Second");
  await form.getByRole("button", { name: "Create the board" }).click();
  await a.getByRole("main").getByRole("heading", { level: 2, name: "Second" }).waitFor();
  await b.getByRole("navigation", { name: "Your boards" }).getByRole("button", { name: "Second" }).waitFor();
  // The other tab stays on its board ("Room"), with what was pasted for it.
  await b.getByLabel("Paste result links").fill(`${env.server.url}#/r/${resultCode({ name: "Bo", answers: answersOf(() => 2) })}`);
  assert.equal(await b.getByRole("main").getByRole("heading", { level: 2, name: "Room" }).count(), 1);
  // A name being typed there is kept while the first tab changes the boards.
  await b.locator("#board-name").click();
  await b.locator("#board-name").pressSequentially(" B");
  await a.getByRole("main").getByLabel("Paste result links").fill(`${env.server.url}#/r/${resultCode({ name: "Cy", answers: answersOf(() => 4) })}`);
  await a.getByRole("button", { name: "Add to the board" }).click();
  const second = b.getByRole("navigation", { name: "Your boards" }).getByRole("listitem").filter({ hasText: "Second" });
  await second.getByText(/· 1 result$/).waitFor();
  assert.equal(await b.locator("#board-name").inputValue(), "Room B");
  await b.getByRole("button", { name: "Add to the board" }).click();
  await b.getByText(/^Added: 1\. /).waitFor();
  await a.reload(); await appReady(a);
  const room = a.getByRole("navigation", { name: "Your boards" }).getByRole("listitem").filter({ hasText: "Room" });
  await room.getByText(/· 2 results$/).waitFor();
  // Deleted in the first tab, the board the other tab shows gives way to another, and it says so.
  await room.getByRole("button").click();
  await a.getByRole("button", { name: "Delete this board" }).click();
  await a.getByRole("button", { name: "Delete the board" }).click();
  await b.getByRole("status").filter({ hasText: "The board you had open was deleted in another tab. This is “Second”" }).waitFor();
  // The tab that deleted it is not told it was deleted elsewhere.
  assert.equal(await a.getByText("The board you had open was deleted in another tab.", { exact: false }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a tab whose boards could not be saved keeps what either tab removed removed when the other's change arrives", async () => {
  const { context, page: a, errors } = await openApp(env.browser, env.server.url, { path: "#/board" });
  await a.getByLabel("Board name").fill("Room");
  await a.getByRole("button", { name: "Create the board" }).click();
  const links = [...PEOPLE, { name: "Dan", level: () => 4 }]
    .map((p) => `${env.server.url}#/r/${resultCode({ name: p.name, answers: answersOf(p.level) })}`);
  await a.getByLabel("Paste result links").fill(links.slice(0, 3).join("\n"));
  await a.getByRole("button", { name: "Add to the board" }).click();
  await a.getByText(/^Added: 3\. /).waitFor();
  assert.equal(await a.getByLabel("Paste result links").inputValue(), "", "every link taken: the text goes");
  const b = await context.newPage();
  await b.goto(env.server.url + "#/board"); await appReady(b);
  const [ma, mb] = [a.getByRole("main"), b.getByRole("main")];
  await mb.getByRole("heading", { level: 2, name: "Participants (3)" }).waitFor();
  // This tab's storage is full: it removes Ana, in this tab only.
  await a.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await ma.getByRole("button", { name: "Remove Participant 1" }).click();
  await a.getByRole("alert").filter({ hasText: "changes to the boards are not saved" }).waitFor();
  await ma.getByRole("heading", { level: 2, name: "Participants (2)" }).waitFor();
  // The other tab removes Ben and saves: Ana does not come back, nor Ben.
  await mb.getByRole("button", { name: "Remove Participant 2" }).click();
  await mb.getByRole("heading", { level: 2, name: "Participants (2)" }).waitFor();
  await ma.getByRole("heading", { level: 2, name: "Participants (1)" }).waitFor();
  // Space again: the next change saves what both tabs did.
  await a.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await a.getByLabel("Paste result links").fill(links[3]);
  await a.getByRole("button", { name: "Add to the board" }).click();
  await a.getByText(/^Added: 1\. /).waitFor();
  await b.reload(); await appReady(b);
  await mb.getByRole("heading", { level: 2, name: "Participants (2)" }).waitFor();
  await mb.getByLabel("Show participants' names").check();
  await mb.getByRole("button", { name: "Remove Chloé" }).waitFor();
  await mb.getByRole("button", { name: "Remove Dan" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("the boards go with 'Download all my data', and come back, once, after 'Delete all my data'", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: "#/board" });
  const main = page.getByRole("main");
  await main.getByLabel("Board name").fill("Lyon workshop");
  await main.getByRole("button", { name: "Create the board" }).click();
  const codes = PEOPLE.map((p) => resultCode({ name: p.name, answers: answersOf(p.level) }));
  await main.getByLabel("Paste result links").fill(codes.map((c) => `${env.server.url}#/r/${c}`).join("\n"));
  await main.getByRole("button", { name: "Add to the board" }).click();
  await main.getByText(/^Added: 3\. /).waitFor();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" }).click();
  // What the file holds, listed: only what there is.
  const holds = main.getByRole("list", { name: "The file holds all that Pillars keeps in this browser:" });
  assert.deepEqual(await holds.getByRole("listitem").allTextContents(), ["1 workshop board", "3 results on your workshop boards"]);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    main.getByRole("button", { name: "Download all my data (JSON)" }).click(),
  ]);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, "utf8"));
  assert.equal(exported.boards.boards[0].name, "Lyon workshop");
  assert.deepEqual(exported.boards.boards[0].entries.map((e) => e.code), codes);

  await main.getByRole("button", { name: "Delete all my data" }).click();
  await main.getByRole("button", { name: "Yes, delete all my data" }).click();
  await main.getByText(/deleted from this browser/).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("pillars.boards.v1")), null);

  await main.getByLabel("Pillars export file").setInputFiles(file);
  await main.getByRole("heading", { name: "Import this file?" }).waitFor();
  await main.getByText("1 workshop board", { exact: true }).waitFor();
  await main.getByText("3 results on your workshop boards", { exact: true }).waitFor();
  assert.deepEqual(await axe(page), []);
  await main.getByRole("button", { name: "Import", exact: true }).click();
  // The message names what came back, the boards included.
  await main.getByRole("status").filter({ hasText: /^Imported\..*your plan.*workshop boards/ }).waitFor();
  // The same file again adds nothing: the board with the same name and day is the same board.
  await main.getByLabel("Pillars export file").setInputFiles(file);
  await main.getByText("This file holds nothing that is not already here.").waitFor();
  assert.equal(await main.getByRole("button", { name: "Import", exact: true }).isDisabled(), true);

  await page.reload(); await appReady(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Board", exact: true }).click();
  await main.getByRole("heading", { level: 2, name: "Lyon workshop" }).waitFor();
  await main.getByRole("heading", { level: 2, name: "Participants (3)" }).waitFor();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("pillars.boards.v1")));
  assert.equal(stored.boards.length, 1, "one board, not two");
  assert.deepEqual(errors, []);
  await context.close();
});
