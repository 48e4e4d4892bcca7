// The library: instant search and filters kept in the URL, bookmarks, done marks and notes, the
// person's own resources, and collections shared as a file or a link. Elements are found by role
// and label, as a screen reader would; nothing waits on a timer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appUnderTest, openApp, axe, appReady, ROOT } from "./harness.mjs";

const env = appUnderTest();

const LIBRARY_SIZE = JSON.parse(await readFile(join(ROOT, "assets/content/library.json"), "utf8")).resources.length;
const BEGINNERS = "Twitter for Absolute Beginners";
const BRANDED = "BrandED: Tell Your Story, Build Relationships, and Empower Learning";
const COUNT = /^(\d+ resources?|No resources found)$/;

async function openLibrary(path = "#/library", options = {}) {
  const app = await openApp(env.browser, env.server.url, { path, ...options });
  await app.page.getByRole("heading", { level: 1, name: "Resource library" }).waitFor();
  return app;
}

/** The live result count ("46 resources"). */
const resultCount = (page) => page.getByRole("status").filter({ hasText: COUNT });

async function countShown(page) {
  const text = (await resultCount(page).textContent()).trim();
  return text.startsWith("No") ? 0 : Number.parseInt(text, 10);
}

async function waitForCount(page, n) {
  const text = n === 0 ? "No resources found" : n === 1 ? "1 resource" : `${n} resources`;
  await page.getByRole("status").filter({ hasText: new RegExp(`^${text}$`) }).waitFor();
  // The list is named by what it holds, in the screen's language.
  if (n > 0) await page.getByRole("list", { name: text, exact: true }).waitFor();
}

const card = (page, title) => page.getByRole("article", { name: title, exact: true });
const searchBox = (page) => page.getByRole("searchbox", { name: "Search the library" });

/** The library's query, from the URL fragment (#/library?q=...). */
async function urlQuery(page) {
  const hash = new URL(page.url()).hash;
  return Object.fromEntries(new URLSearchParams(hash.split("?")[1] || ""));
}

async function waitForQuery(page, key, value) {
  await page.waitForFunction(
    ([k, v]) => new URLSearchParams(location.hash.split("?")[1] || "").get(k) === v,
    [key, value],
  );
}

/**
 * Chooses a pillar in the filter and waits until the list shows as many resources as its
 * option said it would; returns that count.
 */
async function choosePillar(page, name, id) {
  const pillar = page.getByLabel("Pillar", { exact: true });
  const option = pillar.getByRole("option", { name: new RegExp(`^${name} \\((\\d+)\\)$`) });
  const count = Number((await option.textContent()).match(/\((\d+)\)/)[1]);
  await pillar.selectOption(id);
  await waitForQuery(page, "pillar", id);
  await waitForCount(page, count);
  return count;
}

/** Adds a resource of the person's own through the form. */
async function addOwn(page, { title, url = "", kind = "article", pillars, description = "", minutes = "" }) {
  await page.getByRole("button", { name: "Add a resource", exact: true }).click();
  const form = page.getByRole("form", { name: "Add a resource" });
  await form.getByLabel("Title", { exact: true }).fill(title);
  if (url) await form.getByLabel("Web address (optional)").fill(url);
  await form.getByLabel("Kind of resource").selectOption(kind);
  for (const p of pillars) await form.getByRole("checkbox", { name: p, exact: true }).check();
  if (description) await form.getByLabel("Description (optional)").fill(description);
  if (minutes) await form.getByLabel("Time needed in minutes (optional)").fill(minutes);
  await form.getByRole("button", { name: "Save resource" }).click();
}

test("search as you type tolerates a typo, combines with pillar and kind, and lives in the URL", async () => {
  const { context, page, errors, requests } = await openLibrary();
  await waitForCount(page, LIBRARY_SIZE);
  assert.equal(await page.getByRole("article").count(), LIBRARY_SIZE);

  // One letter missing, typed key by key: the Twitter resources are found, the rest go.
  await searchBox(page).pressSequentially("twiter");
  await card(page, BRANDED).waitFor({ state: "detached" });
  await card(page, BEGINNERS).waitFor();
  await card(page, "Twitter for Education Leaders").waitFor();
  await waitForQuery(page, "q", "twiter");
  const found = await countShown(page);
  assert.ok(found > 0 && found < LIBRARY_SIZE, `typo search found ${found}`);
  assert.equal(await page.getByRole("article").count(), found);
  for (const text of await page.getByRole("article").allInnerTexts()) assert.match(text, /twit/i);

  // Word order doesn't matter: the best match comes first either way.
  for (const words of ["beginners twitter", "twitter absolute beginners"]) {
    await searchBox(page).fill(words);
    await page.getByRole("article").first().getByRole("heading", { name: BEGINNERS, exact: true }).waitFor();
  }
  await searchBox(page).fill("twiter");
  await waitForCount(page, found);

  // The pillar filter narrows the search; its option's count is what it shows.
  const pillar = page.getByLabel("Pillar", { exact: true });
  const expected = await choosePillar(page, "Communications", "communications");

  // And the kind filter combines with both.
  const kind = page.getByLabel("Kind", { exact: true });
  const courses = Number((await kind.getByRole("option", { name: /^Course \(\d+\)$/ }).textContent()).match(/\((\d+)\)/)[1]);
  assert.ok(courses > 0 && courses <= expected);
  await kind.selectOption("course");
  await waitForQuery(page, "kind", "course");
  await waitForCount(page, courses);
  for (const text of await page.getByRole("article").allInnerTexts()) {
    assert.match(text, /Course/);
    assert.match(text, /Communications/);
  }
  assert.deepEqual(await urlQuery(page), { q: "twiter", pillar: "communications", kind: "course" });

  // A reload (or the same link elsewhere) shows the same view.
  const titles = await page.getByRole("article").getByRole("heading").allInnerTexts();
  await page.reload(); await appReady(page);
  await waitForCount(page, courses);
  assert.equal(await searchBox(page).inputValue(), "twiter");
  assert.equal(await pillar.inputValue(), "communications");
  assert.equal(await kind.inputValue(), "course");
  assert.deepEqual(await page.getByRole("article").getByRole("heading").allInnerTexts(), titles);

  // Nothing found: a helpful message and a way back.
  await searchBox(page).fill("zzzzqqqq");
  await waitForCount(page, 0);
  await page.getByText(/Nothing matches “zzzzqqqq” in Communications among courses/).waitFor();
  await page.getByRole("button", { name: "Clear search and filters" }).first().click();
  await waitForCount(page, LIBRARY_SIZE);
  assert.equal(await searchBox(page).inputValue(), "");
  assert.equal(await pillar.inputValue(), "");
  assert.equal(new URL(page.url()).hash, "#/library");

  assert.deepEqual(errors, []);
  assert.ok(requests.every((u) => u.startsWith(env.server.url)), "no request leaves the machine");
  await context.close();
});

test("bookmarks, done marks and notes survive a reload", async () => {
  const { context, page, errors } = await openLibrary();
  const c = card(page, BEGINNERS);
  await c.getByRole("button", { name: `Bookmark ${BEGINNERS}` }).click();
  await c.getByRole("button", { name: `Bookmark ${BEGINNERS}`, pressed: true }).waitFor();
  await c.getByRole("button", { name: `Mark as done: ${BEGINNERS}` }).click();
  await c.getByRole("button", { name: `Mark as done: ${BEGINNERS}`, pressed: true }).waitFor();
  await c.getByText("✓ Done").waitFor();
  await c.getByRole("button", { name: `Add a note on ${BEGINNERS}` }).click();
  const note = c.getByLabel(`Your note on ${BEGINNERS}`);
  assert.ok(await note.evaluate((el) => el === document.activeElement), "the note box gets focus");
  await note.fill("Share with the staff PLN in March");
  // No link: the card offers a web search instead, named for the resource.
  const search = c.getByRole("link", { name: `Search the web for ${BEGINNERS}` });
  assert.equal(await search.getAttribute("target"), "_blank");
  assert.equal(await search.getAttribute("rel"), "noopener noreferrer");
  assert.match(await search.getAttribute("href"), /^https:\/\/duckduckgo\.com\/\?q=Twitter%20for%20Absolute%20Beginners/);

  await page.reload(); await appReady(page);
  const again = card(page, BEGINNERS);
  await again.getByRole("button", { name: `Bookmark ${BEGINNERS}`, pressed: true }).waitFor();
  await again.getByRole("button", { name: `Mark as done: ${BEGINNERS}`, pressed: true }).waitFor();
  assert.equal(await again.getByLabel(`Your note on ${BEGINNERS}`).inputValue(), "Share with the staff PLN in March");
  // Others are untouched.
  await card(page, BRANDED).getByRole("button", { name: `Bookmark ${BRANDED}`, pressed: false }).waitFor();

  // Only the bookmarked ones, on request.
  await page.getByRole("checkbox", { name: "Bookmarked only" }).check();
  await waitForCount(page, 1);
  await card(page, BEGINNERS).waitFor();
  // Un-bookmarking it empties the list, with a word on how to bookmark.
  await card(page, BEGINNERS).getByRole("button", { name: `Bookmark ${BEGINNERS}` }).press("Enter");
  await waitForCount(page, 0);
  await page.getByText(/You have not bookmarked anything yet/).waitFor();
  // The card went with the bookmark: focus stays on the page's controls, not on nothing.
  await page.waitForFunction(() => document.activeElement?.id === "library-search");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an own resource can be added, found, edited and deleted, and survives a reload", async () => {
  const { context, page, errors } = await openLibrary();
  const title = "Our district PLN starter guide";
  // Added while a search would hide it: the filters are cleared, so the new resource shows.
  await searchBox(page).fill("zzzzqqqq");
  await waitForCount(page, 0);
  await addOwn(page, {
    title,
    url: "example.org/pln-guide", // typed without https://, as people often do
    kind: "course",
    pillars: ["Professional Learning", "Communications"],
    description: "Step by step, how our principals built their networks.",
    minutes: "45",
  });
  await waitForCount(page, LIBRARY_SIZE + 1);
  await page.getByRole("status").filter({ hasText: `Added “${title}” to your library.` }).waitFor();
  const mine = card(page, title);
  await mine.getByText("Added by you").waitFor();
  await mine.getByText("Course · About 45 min").waitFor();
  await mine.getByText("Pillars: Professional learning, Communications").waitFor();
  const open = mine.getByRole("link", { name: `Open ${title}` });
  assert.equal(await open.getAttribute("href"), "https://example.org/pln-guide");
  assert.equal(await open.getAttribute("rel"), "noopener noreferrer");

  // Searchable (with a typo) and filterable with the library.
  await searchBox(page).fill("distrct starter");
  await waitForCount(page, 1);
  await card(page, title).waitFor();
  await page.getByLabel("Kind", { exact: true }).selectOption("course");
  await card(page, title).waitFor();
  await page.reload(); await appReady(page);
  await waitForCount(page, 1);
  await card(page, title).getByText("Added by you").waitFor();
  await page.getByRole("button", { name: "Clear search and filters" }).click();
  await waitForCount(page, LIBRARY_SIZE + 1);

  // Edit in place.
  await card(page, title).getByRole("button", { name: `Edit ${title}` }).click();
  const form = page.getByRole("form", { name: `Edit “${title}”` });
  const titleField = form.getByLabel("Title", { exact: true });
  assert.equal(await titleField.inputValue(), title);
  assert.equal(await form.getByLabel("Time needed in minutes (optional)").inputValue(), "45");
  const renamed = "Our district PLN guide";
  await titleField.fill(renamed);
  await form.getByRole("checkbox", { name: "Branding", exact: true }).check();
  await form.getByRole("button", { name: "Save changes" }).click();
  await card(page, renamed).getByText("Pillars: Professional learning, Communications, Branding").waitFor();
  await card(page, title).waitFor({ state: "detached" });
  await waitForCount(page, LIBRARY_SIZE + 1);

  // Delete asks first; keeping it changes nothing.
  await card(page, renamed).getByRole("button", { name: `Delete ${renamed}` }).click();
  await card(page, renamed).getByRole("button", { name: `Keep it (${renamed})` }).click();
  await card(page, renamed).getByRole("button", { name: `Delete ${renamed}` }).click();
  await card(page, renamed).getByRole("button", { name: `Yes, delete ${renamed}` }).click();
  await card(page, renamed).waitFor({ state: "detached" });
  await waitForCount(page, LIBRARY_SIZE);
  await page.reload(); await appReady(page);
  await waitForCount(page, LIBRARY_SIZE);
  assert.equal(await card(page, renamed).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a resource added while the filters would show it keeps them; the curator's place in the list stays", async () => {
  const { context, page } = await openLibrary();
  const pillar = page.getByLabel("Pillar", { exact: true });
  const before = await choosePillar(page, "Communications", "communications");
  await addOwn(page, { title: "Our parent newsletter template", pillars: ["Communications"] });
  await page.getByRole("status").filter({ hasText: "Added “Our parent newsletter template” to your library." }).waitFor();
  await waitForCount(page, before + 1);
  await card(page, "Our parent newsletter template").waitFor();
  assert.equal((await urlQuery(page)).pillar, "communications", "the filter stays");
  assert.equal(await pillar.inputValue(), "communications");
  await context.close();
});

test("a javascript: address is refused with a clear message and nothing is added", async () => {
  const { context, page, errors } = await openLibrary();
  await page.getByRole("button", { name: "Add a resource", exact: true }).click();
  const form = page.getByRole("form", { name: "Add a resource" });
  // Saving an empty form says what is missing, next to each field.
  await form.getByRole("button", { name: "Save resource" }).click();
  await form.getByRole("alert").filter({ hasText: "Give the resource a title." }).waitFor();
  await form.getByRole("alert").filter({ hasText: "Choose at least one pillar this resource serves." }).waitFor();

  await form.getByLabel("Title", { exact: true }).fill("Totally safe link");
  const url = form.getByLabel("Web address (optional)");
  await url.fill("javascript:alert(1)");
  await form.getByRole("checkbox", { name: "Branding", exact: true }).check();
  await form.getByRole("button", { name: "Save resource" }).click();
  await form
    .getByRole("alert")
    .filter({ hasText: "Only web addresses starting with http:// or https:// can be added." })
    .waitFor();
  assert.equal(await url.getAttribute("aria-invalid"), "true");
  assert.ok(await url.evaluate((el) => el === document.activeElement), "focus goes to the field to fix");
  await waitForCount(page, LIBRARY_SIZE);
  assert.equal(await card(page, "Totally safe link").count(), 0);
  // Other disguises are refused too.
  for (const bad of ["data:text/html,hi", " JAVASCRIPT:alert(1)", "//evil.example"]) {
    await url.fill(bad);
    await form.getByRole("button", { name: "Save resource" }).click();
    await form.getByRole("alert").filter({ hasText: "Only web addresses starting with http:// or https:// can be added." }).waitFor();
  }
  await form.getByRole("button", { name: "Cancel" }).click();
  await page.reload(); await appReady(page);
  await waitForCount(page, LIBRARY_SIZE);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  assert.doesNotMatch(stored, /javascript:|Totally safe link/i);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a collection exported as a file can be imported elsewhere, marked with its source, and removed", async () => {
  const a = await openLibrary();
  const own = "Welcome video for families";
  await addOwn(a.page, { title: own, kind: "video", pillars: ["Communications"], minutes: "5" });
  await card(a.page, own).waitFor();
  await card(a.page, BEGINNERS).getByRole("button", { name: `Bookmark ${BEGINNERS}` }).click();
  const share = a.page.getByRole("region", { name: "Share a collection" });
  await share.getByRole("checkbox", { name: own }).waitFor();
  assert.ok(await share.getByRole("checkbox", { name: BEGINNERS }).isChecked());
  await share.getByLabel("Collection name").fill("Family comms starters");
  await share.getByLabel("Your name or organisation (optional)").fill("Ms Ng");
  const [download] = await Promise.all([
    a.page.waitForEvent("download"),
    share.getByRole("button", { name: "Download collection file" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "pillars-collection-family-comms-starters.json");
  const file = join(await mkdtemp(join(tmpdir(), "pillars-")), download.suggestedFilename());
  await download.saveAs(file);
  const json = JSON.parse(await readFile(file, "utf8"));
  assert.equal(json.format, "pillars-collection");
  assert.equal(json.name, "Family comms starters");
  assert.equal(json.curator, "Ms Ng");
  assert.deepEqual(json.resources.map((r) => r.title).sort(), [BEGINNERS, own].sort());
  assert.deepEqual(a.errors, []);
  await a.context.close();

  // Someone else, with nothing stored.
  const b = await openLibrary();
  const source = "Family comms starters by Ms Ng";
  const importer = b.page.getByRole("region", { name: "Import a collection" });
  // A file that isn't a collection is refused and changes nothing.
  await importer.getByLabel("Collection file").setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from("these are my notes"),
  });
  await importer.getByRole("alert").filter({ hasText: /nothing was changed.*isn't valid JSON/ }).waitFor();
  await waitForCount(b.page, LIBRARY_SIZE);

  await importer.getByLabel("Collection file").setInputFiles(file);
  const preview = importer.getByRole("group", { name: "Family comms starters" });
  await preview.getByText("Shared by Ms Ng · 2 resources").waitFor();
  await preview.getByRole("listitem").filter({ hasText: own }).waitFor();
  assert.equal(await card(b.page, own).count(), 0, "nothing is added before the person agrees");
  await preview.getByRole("button", { name: "Add 2 resources" }).click();
  await waitForCount(b.page, LIBRARY_SIZE + 1);
  await card(b.page, own).getByText(`From ${source}`).waitFor();
  await card(b.page, BEGINNERS).getByText(`From ${source}`).waitFor();
  assert.equal(await card(b.page, own).getByText("Added by you").count(), 0);
  // Imported resources are searchable like any other.
  await searchBox(b.page).fill("welcome families");
  await waitForCount(b.page, 1);
  await b.page.reload(); await appReady(b.page);
  await card(b.page, own).getByText(`From ${source}`).waitFor();
  await searchBox(b.page).fill("");
  await waitForCount(b.page, LIBRARY_SIZE + 1);

  // Removing the collection asks first, then takes all of it away.
  await importer.getByRole("button", { name: `Remove collection ${source}` }).click();
  await importer.getByRole("button", { name: `Yes, remove ${source}` }).click();
  await waitForCount(b.page, LIBRARY_SIZE);
  assert.equal(await card(b.page, own).count(), 0);
  assert.equal(await card(b.page, BEGINNERS).getByText(`From ${source}`).count(), 0);
  await b.page.reload(); await appReady(b.page);
  await waitForCount(b.page, LIBRARY_SIZE);
  assert.deepEqual(b.errors, []);
  await b.context.close();
});

test("a collection link shows the collection elsewhere and can be added; a tampered link changes nothing", async () => {
  const a = await openLibrary();
  const own = "Our open-house livestream checklist";
  await addOwn(a.page, { title: own, url: "https://example.org/checklist", pillars: ["Public Relations"] });
  await card(a.page, own).waitFor();
  await card(a.page, BRANDED).getByRole("button", { name: `Bookmark ${BRANDED}` }).click();
  const share = a.page.getByRole("region", { name: "Share a collection" });
  // A name is needed first.
  await share.getByRole("button", { name: "Copy collection link" }).click();
  await share.getByRole("alert").filter({ hasText: "Give the collection a name first." }).waitFor();
  // Focus goes to the name that is missing, to type it.
  await a.page.waitForFunction(() => document.activeElement?.id === "collection-name", null, { timeout: 5000 });
  await share.getByLabel("Collection name").fill("Open house");
  await share.getByLabel("Your name or organisation (optional)").fill("Lakeside PS");
  await share.getByRole("button", { name: "Copy collection link" }).click();
  const link = await share.getByLabel("Collection link").inputValue();
  assert.ok(link.startsWith(`${env.server.url}#/c/`), link);
  assert.match(link, /#\/c\/[A-Za-z0-9_-]+$/);
  await a.context.close();

  const b = await openApp(env.browser, env.server.url, { path: link.slice(env.server.url.length) });
  const page = b.page;
  await page.getByRole("heading", { level: 1, name: "Shared collection" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Open house" }).waitFor();
  await page.getByText("Shared by Lakeside PS · 2 resources").waitFor();
  await card(page, own).getByRole("link", { name: `Open ${own}` }).waitFor();
  await card(page, BRANDED).waitFor();
  assert.equal(await page.getByRole("button", { name: /^Bookmark / }).count(), 0, "read-only until added");
  await page.getByRole("button", { name: "Add to my library" }).click();
  await page.getByRole("heading", { level: 1, name: "Resource library" }).waitFor();
  await page.getByRole("status").filter({ hasText: "Added 2 resources from “Open house by Lakeside PS”." }).waitFor();
  await waitForCount(page, LIBRARY_SIZE + 1);
  await card(page, own).getByText("From Open house by Lakeside PS").waitFor();
  assert.deepEqual(b.errors, []);
  await b.context.close();

  // Opened in French: a resource the library has shows in French, as it will once added, and
  // where the added resources came from is said in French.
  {
    const fr = JSON.parse(await readFile(join(ROOT, "assets/i18n/fr/library.json"), "utf8"));
    const context = await env.browser.newContext({ locale: "fr-CA" });
    const page = await context.newPage();
    await page.goto(link); await appReady(page);
    await page.getByRole("heading", { level: 1, name: "Collection partagée" }).waitFor();
    await card(page, BRANDED).getByText(fr.descriptions.branded.slice(0, 40)).waitFor();
    await page.getByRole("button", { name: "Ajouter à ma bibliothèque" }).click();
    await card(page, own).getByText("Provenance\u00a0: Open house, par Lakeside PS").or(card(page, own).getByText("Provenance : Open house, par Lakeside PS")).waitFor();
    await context.close();
  }

  // A link made with a newer library (an entry this build lacks): the rest is shown and can be
  // added, and the person is told what is missing and how to get it.
  {
    const newer = Buffer.from(JSON.stringify(["pc", 1, "Newer", "", ["branded", "from-a-newer-library"]])).toString("base64url");
    const c = await openApp(env.browser, env.server.url, { path: `#/c/${newer}` });
    await c.page.getByRole("heading", { level: 2, name: "Newer" }).waitFor();
    await c.page.getByRole("status").filter({ hasText: "One resource in this link is from a newer version of the Pillars library and is not shown" }).waitFor();
    await card(c.page, BRANDED).waitFor();
    assert.deepEqual(await axe(c.page), []);
    await c.page.getByRole("button", { name: "Add to my library" }).click();
    await c.page.getByRole("status").filter({ hasText: /^Added 1 resource from “Newer/ }).waitFor();
    await c.context.close();
  }

  // Damaged or made-up links: a clear error, a way on, and nothing stored.
  const code = link.split("#/c/")[1];
  // A changed letter in the header, a cut-off link, and a made-up one.
  const swapped = `${code.slice(0, 3)}${code[3] === "x" ? "y" : "x"}${code.slice(4)}`;
  for (const bad of [swapped, code.slice(0, code.length - 9), "not-a-collection"]) {
    const c = await openApp(env.browser, env.server.url, { path: `#/c/${bad}` });
    await c.page.getByRole("heading", { level: 1, name: "Shared collection" }).waitFor();
    await c.page.getByRole("alert").filter({ hasText: "can't be opened, and nothing was changed" }).waitFor();
    assert.equal(await c.page.getByRole("button", { name: "Add to my library" }).count(), 0);
    await c.page.getByRole("main").getByRole("link", { name: "Go to the resource library" }).click();
    await c.page.getByRole("heading", { level: 1, name: "Resource library" }).waitFor();
    await waitForCount(c.page, LIBRARY_SIZE);
    await c.context.close();
  }
});

test("the library has no accessibility violations, with the form open too, and fits a phone", async () => {
  const { context, page, errors } = await openLibrary("#/library", { viewport: { width: 360, height: 740 } });
  await waitForCount(page, LIBRARY_SIZE);
  assert.deepEqual(await axe(page), []);
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  assert.ok(await fits(), "no sideways scrolling at 360 px");

  await page.getByRole("button", { name: "Add a resource", exact: true }).click();
  const form = page.getByRole("form", { name: "Add a resource" });
  await form.getByLabel("Web address (optional)").fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Save resource" }).click();
  await form.getByRole("alert").first().waitFor();
  await card(page, BEGINNERS).getByRole("button", { name: `Add a note on ${BEGINNERS}` }).click();
  await card(page, BEGINNERS).getByRole("button", { name: `Bookmark ${BEGINNERS}` }).click();
  assert.deepEqual(await axe(page), []);
  assert.ok(await fits(), "no sideways scrolling with the form open");

  await page.goto(`${env.server.url}#/c/broken`); await appReady(page);
  await page.getByRole("alert").waitFor();
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the library works with the keyboard alone: search, then bookmark from the results", async () => {
  const { context, page } = await openLibrary();
  await searchBox(page).focus();
  await page.keyboard.type("beginners");
  await card(page, BEGINNERS).waitFor();
  await waitForCount(page, await countShown(page));
  // Tab on from the search box to the first result's bookmark button, and press it.
  const bookmark = card(page, BEGINNERS).getByRole("button", { name: `Bookmark ${BEGINNERS}` });
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await bookmark.evaluate((el) => el === document.activeElement)) break;
  }
  assert.ok(await bookmark.evaluate((el) => el === document.activeElement), "reached by Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction((el) => el.getAttribute("aria-pressed") === "true", await bookmark.elementHandle());
  await page.reload(); await appReady(page);
  assert.equal(await card(page, BEGINNERS).getByRole("button", { name: `Bookmark ${BEGINNERS}` }).getAttribute("aria-pressed"), "true");
  await context.close();
});
