// In French, everything is French: every screen (home, assessment, results, history, library, your
// data, a shared result, a collection link, the messages for damaged links) is read in full and no
// English sentence of the catalogue, the questionnaire or the library may be left on it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { appUnderTest, appReady, axe, openWithStored, ROOT } from "./harness.mjs";

const env = appUnderTest();

/** `id = value` messages of one line from a catalogue (terms and multi-line messages left out). */
async function messages(code) {
  const text = await readFile(join(ROOT, `assets/i18n/${code}.ftl`), "utf8");
  const out = new Map();
  for (const line of text.split("\n")) {
    const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
    if (m && !m[2].trim().startsWith("{ $")) out.set(m[1], m[2]);
  }
  return out;
}

/** English fragments long enough to be a sentence of their own, which French must not show. */
async function englishFragments() {
  const [en, fr] = [await messages("en"), await messages("fr")];
  const frags = new Set();
  for (const [id, value] of en) {
    if (fr.get(id) === value) continue; // the same in both (e.g. a name)
    for (const piece of value.split(/\{[^}]*\}/)) {
      const p = piece.trim().replace(/[.:,;]$/, "");
      if (p.split(/\s+/).length >= 3 && p.length >= 15) frags.add(p);
    }
  }
  const q = JSON.parse(await readFile(join(ROOT, "assets/content/questionnaire.json"), "utf8"));
  for (const p of q.pillars) {
    frags.add(p.name);
    frags.add(p.description.slice(0, 40));
    for (const i of p.items) {
      frags.add(i.prompt);
      for (const h of i.level_up) frags.add(h.slice(0, 40));
      for (const l of i.levels) frags.add(l.slice(0, 40));
    }
  }
  const lib = JSON.parse(await readFile(join(ROOT, "assets/content/library.json"), "utf8"));
  for (const r of lib.resources) frags.add(r.description.slice(0, 40));
  // Titles and authors stay as published: what they contain is not a sentence left untranslated.
  const published = lib.resources.map((r) => `${r.title} ${r.author ?? ""}`).join("\n");
  return [...frags].filter((f) => !published.includes(f));
}

const FRAGMENTS = await englishFragments();
const FR = JSON.parse(await readFile(join(ROOT, "assets/i18n/fr/questionnaire.json"), "utf8"));

async function noEnglish(page, where) {
  const text = await page.locator("body").innerText();
  const left = FRAGMENTS.filter((f) => text.includes(f));
  assert.deepEqual(left, [], `${where} still shows English`);
  assert.deepEqual(await axe(page), [], `${where}: axe`);
}

test("every screen in French shows no English sentence, and axe finds nothing", async () => {
  const context = await env.browser.newContext({ locale: "fr-CA" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(env.server.url); await appReady(page);
  await page.getByRole("heading", { level: 1, name: "Les sept piliers du leadership numérique" }).waitFor();
  await noEnglish(page, "home");

  // The whole assessment, in French words (the questionnaire's French text).
  await page.getByRole("link", { name: "M'évaluer" }).click();
  const main = page.getByRole("main");
  // The first pillar at 2 and the others at 3: the summary has strongest pillars and room to grow.
  for (const [pi, pillar] of FR.pillars.entries()) {
    await page.getByRole("navigation", { name: "Piliers" }).getByRole("link", { name: new RegExp(`^${pillar.short}`) }).click();
    await main.getByRole("heading", { level: 2, name: new RegExp(pillar.name) }).waitFor();
    const v = pi === 0 ? 2 : 3;
    for (const item of pillar.items) {
      await main.getByRole("group", { name: item.prompt }).getByRole("radio", { name: new RegExp(`^${v} · ${FR.levels[v - 1].name}`) }).check();
    }
  }
  await noEnglish(page, "assessment");
  await page.getByRole("button", { name: "Terminer l'autoévaluation et voir les résultats" }).click();
  await page.getByRole("heading", { level: 1, name: "Vos résultats" }).waitFor();
  await page.getByText("Ressources recommandées").waitFor();
  // Numbers are written the French way.
  await main.getByRole("cell", { name: "3,0" }).first().waitFor();
  await noEnglish(page, "results");
  const link = await page.getByRole("textbox", { name: "Lien de partage" }).inputValue();

  // The plan, from the results.
  await page.getByRole("button", { name: /^Ajouter «\s.*\s» à mon plan$/ }).first().click();
  await page.getByRole("link", { name: "Ouvrir votre plan" }).click();
  await page.getByRole("heading", { level: 1, name: "Votre plan" }).waitFor();
  await main.getByRole("button", { name: /^Ajouter\s:/ }).first().click();
  await main.getByText("0 action terminée sur 1").waitFor(); // French counts 0 as singular
  await noEnglish(page, "plan");

  await page.getByRole("link", { name: "Historique", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Votre historique" }).waitFor();
  await noEnglish(page, "history");

  await page.getByRole("link", { name: "Bibliothèque", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Bibliothèque de ressources" }).waitFor();
  await page.getByText(/^\d+ ressources$/).waitFor();
  await noEnglish(page, "library");
  // The library's descriptions are searched in French too.
  await page.getByRole("searchbox", { name: "Chercher dans la bibliothèque" }).fill("balado");
  await page.getByText(/^\d+ ressources?$/).waitFor();
  assert.match(await main.innerText(), /balado/i);
  await page.getByRole("button", { name: "Ajouter une ressource", exact: true }).click();
  await page.getByRole("button", { name: "Enregistrer la ressource" }).click();
  await page.getByText("Donnez un titre à la ressource.").waitFor();
  await noEnglish(page, "resource form");
  // An added collection is named in French wherever it is listed (its stored key says "by").
  const importer = page.getByRole("region", { name: "Importer une collection" });
  const resource = { id: "own-1", title: "Notre guide", author: "Mme Roy", kind: "article", description: "Pour commencer.", pillars: ["spaces"], minutes: 0, url: "", tags: [], source: "" };
  await importer.getByLabel("Fichier de collection").setInputFiles({
    name: "collection.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "pillars-collection", version: 1, name: "Départ", curator: "Mme Roy", resources: [resource] })),
  });
  await importer.getByRole("button", { name: "Ajouter 1 ressource" }).click();
  await importer.getByRole("listitem").filter({ hasText: "Départ, par Mme Roy (1 ressource)" }).waitFor();
  await importer.getByRole("button", { name: "Retirer la collection Départ, par Mme Roy" }).click();
  await importer.getByRole("button", { name: "Oui, retirer Départ, par Mme Roy" }).waitFor();
  assert.doesNotMatch(await importer.innerText(), /\bby\b/);
  await importer.getByRole("button", { name: "La garder (Départ, par Mme Roy)" }).click();

  await page.getByRole("link", { name: "Vos données", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Vos données" }).waitFor();
  await noEnglish(page, "your data");
  // The file picker's face is the app's, in French (the browser's own words follow the
  // browser's language), and the input under it keeps its French label.
  await page.getByText("Choisir un fichier…", { exact: true }).waitFor();
  await page.getByLabel((await messages("fr")).get("data-import-file"), { exact: true }).waitFor({ state: "attached" });

  await page.getByRole("link", { name: "Atelier", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Tableau d'atelier" }).waitFor();
  await noEnglish(page, "board, before any");
  await page.getByLabel("Nom du tableau").first().fill("Atelier de Lyon");
  await page.getByRole("button", { name: "Créer le tableau" }).first().click();
  await main.getByRole("heading", { level: 2, name: "Atelier de Lyon" }).waitFor();
  await main.getByLabel("Coller des liens de résultat").fill(`${link}\n${link}\n${env.server.url}#/r/AAAA`);
  await main.getByRole("button", { name: "Ajouter au tableau" }).click();
  await main.getByText(/^Ajoutés\s:\s1\. Déjà au tableau\s:\s1\. Endommagés\s:\s1\. D'une autre version du questionnaire\s:\s0\.$/).waitFor();
  await noEnglish(page, "board");

  await page.goto(env.server.url + "#/t/AAAA");
  await page.getByRole("heading", { level: 1, name: "Ce lien d'équipe ne peut pas être ouvert" }).waitFor();
  await noEnglish(page, "damaged team link");

  await page.goto(link.replace(/^[^#]*/, env.server.url));
  await page.getByRole("heading", { level: 1, name: /^Résultat partagé/ }).waitFor();
  await noEnglish(page, "shared result");

  await page.goto(env.server.url + "#/r/AAAA");
  await page.getByRole("alert").waitFor();
  await noEnglish(page, "damaged result link");

  await page.goto(env.server.url + "#/c/!!!");
  await page.getByRole("heading", { level: 1, name: "Collection partagée" }).waitFor();
  await page.getByText(/Ce lien de collection ne peut pas être ouvert/).waitFor();
  await noEnglish(page, "damaged collection link");
  assert.deepEqual(errors, []);
  await context.close();
});

/** A French browser whose storage holds `stored`. */
const frenchWith = (stored) =>
  openWithStored(env.browser, env.server.url, stored, { locale: "fr-CA", acceptDownloads: true });

test("in French the storage problems, the CSV's headings and the installed app's name are French", async () => {
  const fr = await messages("fr");
  // Damaged storage: the banner and the rescued copy, in French.
  {
    const { context, page, errors } = await frenchWith('{"attempt": {"answers": [oops');
    await page.getByRole("alert").filter({ hasText: fr.get("err-storage-damaged").slice(0, 60) }).waitFor();
    await noEnglish(page, "damaged storage");
    // A full storage: the next answer cannot be saved, and says so in French.
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await page.getByRole("group", { name: FR.pillars[0].items[0].prompt }).getByRole("radio").first().check();
    await page.getByRole("alert").filter({ hasText: fr.get("err-storage-full").slice(0, 60) }).waitFor();
    await noEnglish(page, "full storage");
    assert.deepEqual(errors, []);
    await context.close();
  }
  // A completed assessment: the history's CSV has French headings and pillar names.
  const q = JSON.parse(await readFile(join(ROOT, "assets/content/questionnaire.json"), "utf8"));
  const answers = Object.fromEntries(q.pillars.flatMap((p) => p.items.map((i) => [i.id, 3])));
  const stored = JSON.stringify({
    attempt: { version: q.version, answers, pillar: 0, started: "2026-11-20", completed: "1764000000000" },
    history: [{ id: "1764000000000", date: "2026-11-21", version: q.version, answers }],
  });
  const { context, page, errors } = await frenchWith(stored);
  await page.getByRole("link", { name: "Vos données", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Vos données" }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: fr.get("data-download-csv") }).click(),
  ]);
  const text = await readFile(await download.path(), "utf8");
  assert.ok(text.startsWith("\uFEFF"), "a byte-order mark, so spreadsheets read UTF-8");
  const csv = text.slice(1);
  // As a French spreadsheet reads it: cells apart by ';', numbers with a decimal comma.
  const head = csv.split(/\r?\n/)[0];
  assert.ok(head.startsWith(`"${fr.get("csv-completed")}";"${fr.get("csv-overall")}";`), head);
  for (const p of FR.pillars) assert.ok(head.includes(p.name), `${p.name} in ${head}`);
  const row = csv.split(/\r?\n/)[1].split(";");
  assert.equal(row.length, 2 + FR.pillars.length, row.join(";"));
  assert.match(row[1], /^\d,\d$/);
  // The plan's Markdown writes numbers and dates as the French screens do.
  {
    const withPlan = JSON.stringify({
      ...JSON.parse(stored),
      plan: {
        focuses: [{ id: "f1", pillar: q.pillars[0].id, from_tenths: 27, aim: 4, set_on: "2026-11-20" }],
        actions: [{ id: "a1", focus: "f1", what: "Visiter deux classes", status: "under_way", due: "2027-01-15" }],
        next_assessment: "2027-03-01",
      },
    });
    const { context, page, errors } = await frenchWith(withPlan);
    await page.getByRole("link", { name: fr.get("nav-plan"), exact: true }).click();
    const [md] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: fr.get("plan-download-md") }).click(),
    ]);
    const text = await readFile(await md.path(), "utf8");
    // A no-break space before the colon, so it never starts a line; "1er" for the first day.
    assert.ok(text.includes(`${fr.get("plan-then")}\u00a0: 2,7`), text);
    assert.ok(text.includes(`${fr.get("plan-now")}\u00a0: 3,0`), text);
    assert.ok(text.includes("15 janvier 2027"), text);
    assert.ok(text.includes(`**${fr.get("plan-next")}\u00a0:** 1er mars 2027`), text);
    assert.ok(!/\d\.\d/.test(text) && !/20\d\d-\d\d-\d\d/.test(text), text);
    assert.deepEqual(errors, []);
    await context.close();
  }
  // The installed app's name and description come from the French manifest.
  const href = await page.evaluate(() => document.querySelector("link[rel=manifest]").href);
  assert.match(href, /i18n\/fr\/manifest\.webmanifest$/);
  const manifest = await page.evaluate(async (u) => (await fetch(u)).json(), href);
  const expected = JSON.parse(await readFile(join(ROOT, "assets/i18n/fr/manifest.webmanifest"), "utf8"));
  assert.equal(manifest.name, expected.name);
  assert.match(manifest.description, /piliers du leadership numérique/);
  assert.deepEqual(errors, []);
  await context.close();
});
