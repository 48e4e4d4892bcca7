// The board's camera path: Chromium's fake capture device plays a video (written here, at run
// time) in which two participants' QR codes follow each other; after one press of "Scan QR codes"
// both are on the board with no other touch, the scanner's chunk is fetched only then, and the
// camera is turned off by "Stop scanning", when the page is hidden and when leaving the board.
// A refused camera says so, and pasting still works. After one visit it all works offline.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, openSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import QRCode from "qrcode";
import { appUnderTest, openApp, axe, serve, appReady } from "./harness.mjs";
import { resultCode, answersOf } from "./result-code.mjs";

const LINKS = [
  { name: "Ana", level: () => 2 },
  { name: "Ben", level: (pi) => (pi === 0 ? 5 : 3) },
].map((p) => `https://example.org/pillars/#/r/${resultCode({ name: p.name, answers: answersOf(p.level) })}`);

/**
 * A Y4M video (4:2:0, 640×480, 5 frames a second): each link's QR code (level M, 4-module quiet
 * zone, as the app draws them) for a second, with a second of empty frames after each. Chromium
 * plays it in a loop.
 */
function writeVideo(path, links) {
  const [w, h, fps] = [640, 480, 5];
  const fd = openSync(path, "w");
  writeSync(fd, `YUV4MPEG2 W${w} H${h} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const frame = (luma) => {
    writeSync(fd, "FRAME\n");
    writeSync(fd, luma);
    writeSync(fd, chroma);
  };
  const blank = Buffer.alloc(w * h, 235);
  for (const link of links) {
    const { size, data } = QRCode.create(link, { errorCorrectionLevel: "M" }).modules;
    const side = size + 8;
    const scale = Math.floor((h - 40) / side);
    const [left, top] = [Math.floor((w - side * scale) / 2), Math.floor((h - side * scale) / 2)];
    const luma = Buffer.from(blank);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        if (!data[y * size + x]) continue;
        for (let dy = 0; dy < scale; dy++) {
          const row = (top + (y + 4) * scale + dy) * w + left + (x + 4) * scale;
          luma.fill(16, row, row + scale);
        }
      }
    }
    for (let i = 0; i < fps; i++) frame(luma);
    for (let i = 0; i < fps; i++) frame(blank);
  }
  closeSync(fd);
}

const dir = mkdtempSync(join(tmpdir(), "pillars-scan-"));
const video = join(dir, "two-codes.y4m");
writeVideo(video, LINKS);
after(() => rmSync(dir, { recursive: true, force: true }));

const env = appUnderTest({
  args: ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
});

/** Whether the camera track the page last remembered is still live. */
/** How many times the page itself (not the service worker's precaching) fetched the scanner's chunk. */
const chunkFetches = (page) =>
  page.evaluate(() => performance.getEntriesByType("resource").filter((e) => /split_scanner/.test(e.name)).length);
const trackState = (page) => page.evaluate(() => window.__track?.readyState);
const remember = (page) =>
  page.waitForFunction(() => {
    const s = document.querySelector("video.scanner-video")?.srcObject;
    if (!s) return false;
    window.__track = s.getVideoTracks()[0];
    return window.__track?.readyState === "live";
  });

async function newBoard(page) {
  const main = page.getByRole("main");
  await page.getByRole("heading", { level: 1, name: "Workshop board" }).waitFor();
  await main.getByLabel("Board name").fill("Camera room");
  await main.getByRole("button", { name: "Create the board" }).click();
  await main.getByRole("heading", { level: 2, name: "Camera room" }).waitFor();
  return main;
}

test("scanning two participants' QR codes one after another, with no touch between them", async () => {
  const { context, page, errors } = await openApp(env.browser, env.server.url, { path: "#/board" });
  const main = await newBoard(page);
  const scanner = main.getByRole("group", { name: "Scan participants' QR codes" });
  assert.equal(await chunkFetches(page), 0, "the scanner's chunk waits for the button");
  assert.equal(await scanner.getByLabel("Camera preview for scanning QR codes").isVisible(), false, "no preview before the button");

  // By keyboard: the button fetches the scanner, which turns the camera on and takes the focus.
  await scanner.getByRole("button", { name: "Scan QR codes" }).focus();
  await page.keyboard.press("Enter");
  await remember(page);
  await page.waitForFunction(() => document.activeElement?.textContent === "Stop scanning");
  assert.equal(await chunkFetches(page), 1, "the scanner's chunk, fetched once");
  assert.ok(await scanner.getByLabel("Camera preview for scanning QR codes").isVisible());

  // Both participants, read from the video with no other click.
  await main.getByRole("heading", { level: 2, name: "Participants (2)" }).waitFor({ timeout: 60_000 });
  const status = scanner.getByRole("status");
  assert.equal(await status.getAttribute("aria-live"), "polite");
  await status.getByText(/^Code 2 read: added\.$/).waitFor();
  assert.equal(await scanner.locator(".scanner-lines li").first().textContent(), "Code 1 read: added.");
  assert.deepEqual(await axe(page), [], "scanning: axe");

  // The video loops: the same codes come back, and nothing changes (seen recently, or already there).
  await page.waitForFunction(() => document.querySelector("video.scanner-video").currentTime > 4.5, null, { timeout: 30_000 });
  await main.getByRole("heading", { level: 2, name: "Participants (2)" }).waitFor();

  // "Stop scanning" turns the camera off; keyboard only.
  await scanner.getByRole("button", { name: "Stop scanning" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.__track.readyState === "ended");
  await scanner.getByRole("button", { name: "Scan QR codes" }).waitFor();
  assert.equal(await scanner.getByLabel("Camera preview for scanning QR codes").isVisible(), false);

  // The page hidden: the camera goes off, and the facilitator is told.
  await scanner.getByRole("button", { name: "Scan QR codes" }).click();
  await remember(page);
  await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { value: true, configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await page.waitForFunction(() => window.__track.readyState === "ended");
  await scanner.getByText("The camera was turned off because the page was hidden.", { exact: false }).waitFor();
  await page.evaluate(() => {
    delete document.hidden;
    document.dispatchEvent(new Event("visibilitychange"));
  });

  // Leaving the board screen turns it off.
  await scanner.getByRole("button", { name: "Scan QR codes" }).click();
  await remember(page);
  assert.equal(await trackState(page), "live");
  await page.evaluate(() => { location.hash = "#/"; });
  await page.getByRole("heading", { level: 1, name: "Workshop board" }).waitFor({ state: "detached" });
  await page.waitForFunction(() => window.__track.readyState === "ended");
  assert.equal(await chunkFetches(page), 1, "fetched once in all");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a refused camera is explained, and pasting still works", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
  });
  const page = await context.newPage();
  await page.goto(env.server.url + "#/board");
  await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
  const main = await newBoard(page);
  await main.getByRole("button", { name: "Scan QR codes" }).click();
  await main.getByRole("status").getByText("The camera was not allowed.", { exact: false }).waitFor();
  assert.deepEqual(await axe(page), [], "refused: axe");
  await main.getByLabel("Paste result links").fill(LINKS.join("\n"));
  await main.getByRole("button", { name: "Add to the board" }).click();
  await main.getByRole("heading", { level: 2, name: "Participants (2)" }).waitFor();

  // In French too.
  await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
  await main.getByRole("status").getByText("La caméra n'a pas été autorisée.", { exact: false }).waitFor();
  const scanner = main.getByRole("group", { name: "Scanner les codes QR des personnes participantes" });
  await scanner.getByRole("button", { name: "Scanner les codes QR" }).waitFor();
  assert.doesNotMatch(await scanner.innerText(), /camera|scan |hold up|paste/i, "no English left in the scanner");
  assert.deepEqual(await axe(page), [], "refused, in French: axe");
  await context.close();
});

test("after one visit the scanner works with the server gone (its chunk is precached)", async () => {
  const server = await serve();
  const { context, page } = await openApp(env.browser, server.url);
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null);
  await server.stop();
  await page.goto(server.url + "#/board"); await appReady(page);
  const main = await newBoard(page);
  await main.getByRole("button", { name: "Scan QR codes" }).click();
  await main.getByRole("heading", { level: 2, name: "Participants (2)" }).waitFor({ timeout: 60_000 });
  await main.getByRole("button", { name: "Stop scanning" }).click();
  await context.close();
});
