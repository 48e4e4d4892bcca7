// Sharing without a server: links opened in a fresh browser, tampered links, QR, export/import, delete.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { crc32 } from "node:zlib";
import { join } from "node:path";
import { appUnderTest, openApp, axe, answerAll, expectedMean, QUESTIONNAIRE, appReady } from "./harness.mjs";

const env = appUnderTest();

const level = (pi, ii) => ((pi + 2 * ii) % 6); // includes "not applicable" (0)

async function completed(path = "#/assess") {
  const app = await openApp(env.browser, env.server.url, { path });
  await answerAll(app.page, level);
  await app.page.getByRole("button", { name: "Complete assessment and see results" }).click();
  await app.page.getByRole("heading", { level: 1, name: "Your results" }).waitFor();
  return app;
}

const ourKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("pillars.")));

async function scoresIn(table) {
  const out = [];
  for (const pillar of QUESTIONNAIRE.pillars) {
    out.push(await table.getByRole("row", { name: new RegExp(`^${pillar.name}`) }).getByRole("cell").first().textContent());
  }
  return out;
}

test("a share link opened in a fresh browser shows the same result, read-only, and can be saved apart", async () => {
  const { context, page } = await completed();
  // The link follows the name as it is typed (a participant who types a name and shows the QR
  // code at once shares the name), spaces between words kept.
  const unnamed = await page.getByLabel("Share link", { exact: true }).inputValue();
  await page.getByLabel("Name shown with the result (optional)").pressSequentially("Ana Díaz");
  assert.equal(await page.getByLabel("Name shown with the result (optional)").inputValue(), "Ana Díaz");
  assert.notEqual(await page.getByLabel("Share link", { exact: true }).inputValue(), unnamed);
  // A long name pasted is cut to what a link carries, and that is said.
  const nameField = page.getByLabel("Name shown with the result (optional)");
  await nameField.fill("");
  await nameField.focus();
  await page.keyboard.insertText("Hélène Côté-Bérubé, École Saint-Éloi");
  assert.equal(await nameField.inputValue(), "Hélène Côté-Bérubé, École Saint-");
  await page.getByRole("status").filter({ hasText: "Shortened to what a link can carry: “Hélène Côté-Bérubé, École Saint-”. You can change it." }).waitFor();
  await nameField.fill("Ana Díaz");
  assert.equal(await page.getByText(/^Shortened to what a link can carry/).count(), 0, "said until the next change");
  const link = await page.getByLabel("Share link", { exact: true }).inputValue();
  const fragment = link.split("#")[1];
  assert.ok(link.length - env.server.url.length < 120, `short link (${link.length - env.server.url.length} chars after the host)`);
  assert.ok(await page.getByRole("img", { name: "QR code of the share link" }).isVisible());
  const mine = await scoresIn(page.getByRole("table", { name: /Your scores by pillar/ }));

  const viewer = await openApp(env.browser, env.server.url, { path: "#" + fragment });
  const v = viewer.page;
  await v.getByRole("heading", { level: 1, name: "Result shared by Ana Díaz" }).waitFor();
  await v.getByText(/shown read-only. It is not yours/).waitFor();
  assert.deepEqual(await scoresIn(v.getByRole("table", { name: /Ana Díaz's scores/ })), mine);
  QUESTIONNAIRE.pillars.forEach((_, pi) => assert.equal(mine[pi], expectedMean(pi, level)));
  // The coach sees the same summary and every answer, not just the figures.
  await v.getByRole("heading", { level: 3, name: "Ana Díaz's strongest pillars" }).waitFor();
  await v.getByRole("heading", { level: 2, name: "Every answer" }).waitFor();
  const item = QUESTIONNAIRE.pillars[0].items[1];
  await v.locator("summary", { hasText: QUESTIONNAIRE.pillars[0].name }).click();
  const expected = level(0, 1) === 0 ? "Not applicable" : item.levels[level(0, 1) - 1];
  await v.getByRole("listitem").filter({ hasText: item.prompt }).filter({ hasText: expected }).waitFor();
  assert.deepEqual(await ourKeys(v), [], "viewing stores nothing");
  await v.getByRole("button", { name: "Save to results shared with me" }).click();
  await v.getByText("Saved in Results shared with you").waitFor();
  await v.reload(); await appReady(v);
  await v.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await v.getByRole("link", { name: /^Ana Díaz \(/ }).waitFor();
  assert.equal(await v.getByRole("table", { name: /completed assessment/ }).count(), 0, "not in the viewer's own history");
  assert.deepEqual(await axe(v), []);
  // Removing it asks first, as deleting one's own does; focus stays with the question and its
  // answer, and the removal is said.
  const focused = () => v.evaluate(() => document.activeElement?.textContent.trim());
  await v.getByRole("button", { name: /^Remove Ana Díaz's result from / }).click();
  await v.waitForFunction(() => document.activeElement?.textContent.trim() === "Keep it", null, { timeout: 5000 });
  await v.keyboard.press("Enter");
  await v.waitForFunction(() => document.activeElement?.textContent.trim() === "Remove", null, { timeout: 5000 });
  await v.getByRole("link", { name: /^Ana Díaz \(/ }).waitFor();
  await v.getByRole("button", { name: /^Remove Ana Díaz's result from / }).click();
  await v.getByRole("button", { name: /^Yes, remove Ana Díaz's result from / }).click();
  await v.getByRole("status").filter({ hasText: /^Removed Ana Díaz's result from .*\.$/ }).waitFor();
  await v.waitForFunction(() => document.activeElement?.id === "share-removed", null, { timeout: 5000 });
  assert.match(await focused(), /^Removed /);
  assert.equal(await v.getByRole("link", { name: /^Ana Díaz \(/ }).count(), 0);
  await v.reload(); await appReady(v);
  await v.getByText("When someone sends you a result link").waitFor();
  await viewer.context.close();
  await context.close();
});

test("the viewer can compare a shared result with their own on one chart", async () => {
  const sender = await completed();
  const link = await sender.page.getByLabel("Share link", { exact: true }).inputValue();
  const viewer = await openApp(env.browser, env.server.url, { path: "#/assess" });
  await answerAll(viewer.page, () => 3);
  await viewer.page.goto(link.replace(/^[^#]*/, env.server.url)); await appReady(viewer.page);
  await viewer.page.getByLabel("Compare with my latest result").check();
  const table = viewer.page.getByRole("table", { name: /scores by pillar/ });
  await table.getByRole("columnheader", { name: "You (latest)" }).waitFor();
  // Between two people the column is a difference, not a change over time.
  await table.getByRole("columnheader", { name: "Difference from you" }).waitFor();
  assert.equal(await table.getByRole("columnheader", { name: "Change" }).count(), 0);
  await sender.context.close();
  await viewer.context.close();
});

test("broken, altered, newer and garbage links say what is wrong and change nothing", async () => {
  const sender = await completed();
  const code = (await sender.page.getByLabel("Share link", { exact: true }).inputValue()).split("#/r/")[1];
  const keysBefore = await sender.page.evaluate(() => localStorage.getItem("pillars.v1.data"));
  const flip = (c, i) => c.slice(0, i) + (c[i] === "A" ? "B" : "A") + c.slice(i + 1);
  // A well-formed link from a newer questionnaire: version byte raised, checksum made right again.
  const bytes = Buffer.from(code, "base64url");
  bytes[1] += 1;
  bytes.writeUInt32BE(crc32(bytes.subarray(0, bytes.length - 4)) >>> 0, bytes.length - 4);
  const newer = bytes.toString("base64url");
  const cases = [
    [code.slice(0, code.length - 5), /incomplete|damaged/],
    [flip(code, 10), /damaged/],
    ["%%%not-a-code%%%", /not a result link|not look like/],
    [newer, /newer version of the questionnaire/],
    ["AQ", /incomplete|damaged|not look like/],
  ];
  for (const [bad, message] of cases) {
    await sender.page.goto(env.server.url + "#/r/" + bad); await appReady(sender.page);
    await sender.page.getByRole("heading", { level: 1, name: "This result link cannot be opened" }).waitFor();
    assert.match(await sender.page.getByRole("alert").first().textContent(), message);
    await sender.page.getByText("Nothing was saved or changed in this browser.").waitFor();
  }
  assert.equal(await sender.page.evaluate(() => localStorage.getItem("pillars.v1.data")), keysBefore);
  await sender.context.close();
});

test("export everything, import it in a fresh browser after a preview, and see the same screens", async () => {
  const { context, page } = await completed();
  await page.getByLabel("Target for Spaces").selectOption("4");
  const before = await scoresIn(page.getByRole("table", { name: /Your scores by pillar/ }));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download all my data (JSON)" }).click(),
  ]);
  const file = await download.path();
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download scores across my history (CSV)" }).click(),
  ]);
  const csvText = await readFile(await csv.path(), "utf8");
  assert.equal(csvText.trim().split("\r\n").length, 2, "a header and one row per completed assessment");

  const fresh = await openApp(env.browser, env.server.url, { path: "#/data" });
  const f = fresh.page;
  await f.getByLabel("Pillars export file").setInputFiles(file);
  await f.getByRole("heading", { name: "Import this file?" }).waitFor();
  await f.getByText("1 completed assessment in your history").waitFor();
  // The completed assessment is not called one in progress.
  await f.getByText(`your latest results (${QUESTIONNAIRE.pillars.flatMap((p) => p.items).length} answers)`).waitFor();
  assert.equal(await f.getByText(/in progress/).count(), 0);
  assert.deepEqual(await ourKeys(f), [], "nothing changes before confirming");
  assert.deepEqual(await axe(f), []);
  await f.getByRole("button", { name: "Import", exact: true }).click();
  await f.getByText(/^Imported\./).waitFor();
  await f.reload(); await appReady(f);
  await f.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Results" }).click();
  assert.deepEqual(await scoresIn(f.getByRole("table", { name: /Your scores by pillar/ })), before);
  assert.equal(await f.getByLabel("Target for Spaces").inputValue(), "4");
  await fresh.context.close();
  await context.close();
});

test("a backup from last term imported over this term's data keeps this term's assessment, and says so", async () => {
  const { context, page } = await completed();
  const mine = await scoresIn(page.getByRole("table", { name: /Your scores by pillar/ }));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download all my data (JSON)" }).click(),
  ]);
  // The same person's file from September: another assessment, every answer at level 1.
  const file = JSON.parse(await readFile(await download.path(), "utf8"));
  const d = file.data;
  const ones = Object.fromEntries(Object.keys(d.attempt.answers).map((k) => [k, 1]));
  d.history = [{ ...d.history[0], id: "1000", date: "2026-09-01", answers: ones }];
  d.attempt = { ...d.attempt, answers: ones, started: "2026-09-01", completed: "1000" };
  file.exported = "2026-09-01";
  await page.getByLabel("Pillars export file").setInputFiles({
    name: "pillars-september.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)),
  });
  const card = page.getByRole("group", { name: "Import this file?" });
  await card.getByText("1 completed assessment in your history").waitFor();
  await card.getByText("It will keep what is newer here:").waitFor();
  await card.getByText("your current assessment, started after the file's").waitFor();
  assert.equal(await card.getByText(/your current assessment \(/).count(), 0, "not said to be replaced");
  await card.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByText(/^Imported\./).waitFor();
  // Today's assessment is still the current one, and the September one is the previous.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Results" }).click();
  const table = page.getByRole("table", { name: /Your scores by pillar/ });
  assert.deepEqual(await scoresIn(table), mine);
  await table.getByRole("columnheader", { name: /^Previous \(1 September 2026\)/ }).waitFor();
  await context.close();
});

test("a malformed or foreign import file gets a clear error and changes nothing", async () => {
  const dir = await mkdtemp(join(tmpdir(), "pillars-"));
  const { context, page } = await openApp(env.browser, env.server.url, { path: "#/data" });
  const cases = [
    ["broken.json", "{ this is not json", /not valid JSON/],
    ["other.json", JSON.stringify({ hello: "world" }), /not a Pillars export/],
    ["newer.json", JSON.stringify({ kind: "pillars-export", format: 99, exported: "2030-01-01", data: {} }), /newer version/],
  ];
  for (const [name, text, message] of cases) {
    await writeFile(join(dir, name), text);
    await page.getByLabel("Pillars export file").setInputFiles(join(dir, name));
    await page.getByRole("alert").filter({ hasText: message }).waitFor();
    assert.match(await page.getByRole("alert").textContent(), /Nothing was changed/);
  }
  assert.deepEqual(await ourKeys(page), []);
  await context.close();
});

test("delete all my data asks first and leaves nothing behind", async () => {
  const { context, page } = await completed();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" }).click();
  // By keyboard: focus follows each step (the question's safe answer, back to the button, then
  // the message), never falling to the page.
  const focused = () => page.evaluate(() => document.activeElement.textContent);
  const focusedIs = (text) => page.waitForFunction((t) => document.activeElement.textContent === t, text);
  await page.getByRole("button", { name: "Delete all my data" }).focus();
  await page.keyboard.press("Enter");
  await focusedIs("Cancel");
  await page.keyboard.press("Enter");
  await focusedIs("Delete all my data");
  assert.notDeepEqual(await ourKeys(page), []);
  await page.keyboard.press("Enter");
  await focusedIs("Cancel");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await focused(), "Yes, delete all my data");
  await page.keyboard.press("Enter");
  await focusedIs("All your Pillars data has been deleted from this browser.");
  assert.deepEqual(await ourKeys(page), []);
  await page.getByText("Pillars keeps nothing in this browser yet").waitFor();
  await page.reload(); await appReady(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await page.getByText("When you complete an assessment it is kept here").waitFor();
  assert.deepEqual(await ourKeys(page), []);
  await context.close();
});
