// The app in the language of the person using it: the picker, the browser's preference on a first
// visit, the choice remembered, <html lang> and the tab title following it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, openApp, appReady, axe } from "./harness.mjs";

const env = appUnderTest();

test("choosing French turns the frame and the home screen French, and the choice is remembered", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url);
  await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
  await page.getByRole("heading", { level: 1, name: "Les sept piliers du leadership numérique" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "fr");
  await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "M'évaluer" }).waitFor();
  assert.match(await page.title(), /autoévaluation du leadership numérique/);
  await page.getByRole("link", { name: "Commencer l'autoévaluation" }).waitFor();
  assert.deepEqual(await axe(page), []);

  await page.reload(); await appReady(page);
  await page.getByRole("heading", { level: 1, name: "Les sept piliers du leadership numérique" }).waitFor();
  assert.equal(await page.getByRole("combobox", { name: "Langue" }).inputValue(), "fr");

  // And back: English again, everywhere.
  await page.getByRole("combobox", { name: "Langue" }).selectOption("en");
  await page.getByRole("heading", { level: 1, name: "The seven pillars of digital leadership" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a first visit follows the browser's preferred language", async () => {
  const context = await env.browser.newContext({ locale: "fr-CA" });
  const page = await context.newPage();
  await page.goto(env.server.url); await appReady(page);
  await page.getByRole("heading", { level: 1, name: "Les sept piliers du leadership numérique" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "fr");
  // On a laptop the French navigation and the language picker share one row, as in English.
  await page.setViewportSize({ width: 1280, height: 800 });
  const top = async (locator) => (await locator.boundingBox()).y;
  const nav = page.getByRole("navigation", { name: "Principal" });
  assert.equal(
    await top(page.getByRole("combobox", { name: "Langue" })) < (await top(nav.getByRole("link", { name: "Vos données" }))) + 20,
    true,
    "the language picker is on the navigation's row",
  );
  await context.close();
});

test("in French the assessment and the results speak French, and axe finds nothing", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url);
  await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
  await page.getByRole("heading", { level: 1, name: "Les sept piliers du leadership numérique" }).waitFor();

  await page.getByRole("link", { name: "Vos résultats" }).or(page.getByRole("link", { name: "Résultats", exact: true })).first().click();
  await page.getByRole("heading", { level: 1, name: "Vos résultats" }).waitFor();
  await page.getByText("Vous n'avez encore répondu à aucun énoncé").waitFor();

  await page.getByRole("link", { name: "M'évaluer" }).click();
  await page.getByRole("heading", { level: 1, name: "Faites votre autoévaluation" }).waitFor();
  await page.getByRole("heading", { level: 2, name: /^Pilier 1 sur 7 :/ }).waitFor();
  await page.getByRole("group", { name: /^1\. / }).getByRole("radio").first().check();
  await page.getByText(/^Progression globale\s: 1 sur \d+ avec réponse$/).waitFor();
  assert.deepEqual(await axe(page), []);

  await page.getByRole("link", { name: "Résultats", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Vos résultats" }).waitFor();
  await page.getByText("Dans l'ensemble :").waitFor();
  await page.getByRole("heading", { level: 2, name: "Cibles" }).waitFor();
  assert.match(await page.locator("main").innerText(), /Cette autoévaluation est incomplète/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a result link made in French opens in English for an English reader, and the other way round", async () => {
  const fr = await env.browser.newContext({ locale: "fr-FR" });
  const page = await fr.newPage();
  await page.goto(env.server.url + "#/assess"); await appReady(page);
  await page.getByRole("heading", { level: 1, name: "Faites votre autoévaluation" }).waitFor();
  await page.getByRole("group", { name: /^1\. / }).getByRole("radio").first().check();
  await page.getByRole("link", { name: "Résultats", exact: true }).click();
  const link = await page.getByRole("textbox", { name: "Lien de partage" }).inputValue();
  assert.match(link, /#\/r\//);

  const en = await env.browser.newContext({ locale: "en-GB" });
  const reader = await en.newPage();
  await reader.goto(link.replace(/^[^#]*/, env.server.url)); await appReady(reader);
  await reader.getByRole("heading", { level: 1, name: "Result shared by someone" }).waitFor();
  await reader.getByText(/Incomplete: 1 of \d+ items answered/).waitFor();

  const other = await fr.newPage();
  await other.goto(link.replace(/^[^#]*/, env.server.url)); await appReady(other);
  await other.getByRole("heading", { level: 1, name: "Résultat partagé par une personne" }).waitFor();
  await fr.close();
  await en.close();
});

test("the library's search and filters speak French", async () => {
  const context = await env.browser.newContext({ locale: "fr-CA" });
  const page = await context.newPage();
  await page.goto(env.server.url + "#/library"); await appReady(page);
  await page.getByRole("heading", { level: 1, name: "Bibliothèque de ressources" }).waitFor();
  await page.getByText(/^\d+ ressources$/).waitFor();
  // Titles stay as published, in English: marked so, a screen reader says them in English.
  const title = page.getByRole("heading", { level: 3, name: "30 Days to Getting Connected in 10 Minutes a Day" });
  assert.equal(await title.getAttribute("lang"), "en");
  await page.getByRole("searchbox", { name: "Chercher dans la bibliothèque" }).fill("zzzzqqqq");
  await page.getByText("Aucune ressource trouvée").waitFor();
  await page.getByText(/Aucun résultat pour «\szzzzqqqq\s»\. Vérifiez l'orthographe/).waitFor();
  assert.deepEqual(await axe(page), []);
  await context.close();
});
