// Pillars service worker: precaches every file of the build and serves them cache-first, so the
// app works with no network after one visit. The build writes VERSION, PRECACHE and SHA256
// (scripts/post-build.mjs): the list of files and the start of each one's SHA-256 as built (its
// first 64 bits: enough to tell this build's file from another build's, at a third of the bytes).
//
// A new version installs only when every file arrives and matches its hash (fetched past the HTTP
// cache); otherwise the install fails, nothing is kept, and the old worker and its cache stay in
// charge (the browser tries again at its next update check). Old caches go only when a complete
// new set activates, and only this deployment's: cache names carry the registration's scope, so
// two deployments on one origin (two folders) never touch each other's.
const VERSION = "__PILLARS_VERSION__";
const PRECACHE = [/* __PILLARS_PRECACHE__ */];
const SHA256 = {/* __PILLARS_SHA256__ */};
const PREFIX = `pillars:${self.registration.scope}:`;
const CACHE = PREFIX + VERSION;
// Before #17 caches were named "pillars-<version>" for every deployment on the origin.
const LEGACY = /^pillars-[0-9a-f]{16}$/;

const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");

/** One file of the build, checked against its hash; throws when it is missing or differs. */
async function fetchChecked(url) {
  const response = await fetch(new Request(url, { cache: "reload", credentials: "same-origin" }));
  if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
  const body = await response.arrayBuffer();
  const digest = hex(await crypto.subtle.digest("SHA-256", body));
  if (digest.slice(0, 16) !== SHA256[url]) throw new Error(`precache: ${url} is not the file of this build`);
  // The checked bytes are what gets cached (and served): a fresh response with the type only, as
  // the body is already decoded and a redirect would not be served to a navigation.
  const headers = new Headers();
  const type = response.headers.get("content-type");
  if (type) headers.set("content-type", type);
  return new Response(body, { status: 200, headers });
}

self.addEventListener("install", (event) => {
  // A fresh install of a new version waits until a page says "reload" (see sw-register.js).
  event.waitUntil(
    (async () => {
      const responses = await Promise.all(PRECACHE.map(fetchChecked));
      try {
        const cache = await caches.open(CACHE);
        await Promise.all(PRECACHE.map((url, i) => cache.put(url, responses[i])));
      } catch (e) {
        await caches.delete(CACHE); // e.g. over quota: leave no half-filled cache behind
        throw e;
      }
    })(),
  );
});

/** A cache of the naming before #17 is this deployment's when it holds this scope's page. */
async function legacyOfThisScope(name) {
  const cache = await caches.open(name);
  return (await cache.keys()).some((req) => req.url === self.registration.scope);
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        const old = (name.startsWith(PREFIX) && name !== CACHE) || (LEGACY.test(name) && (await legacyOfThisScope(name)));
        if (old) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // The page itself: index.html whatever the path (the app routes in the fragment).
      if (req.mode === "navigate") {
        const page = (await cache.match("./")) || (await cache.match("index.html"));
        if (page) return page;
      }
      const hit = await cache.match(req, { ignoreSearch: true });
      if (hit) return hit;
      return fetch(req);
    })(),
  );
});
