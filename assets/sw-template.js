// Pillars service worker: precaches every file of the build and serves them cache-first, so the
// app works with no network after one visit. The build writes VERSION and PRECACHE (post-build.mjs).
const VERSION = "__PILLARS_VERSION__";
const PRECACHE = [/* __PILLARS_PRECACHE__ */];
const CACHE = `pillars-${VERSION}`;

self.addEventListener("install", (event) => {
  // A fresh install of a new version waits until the page says "reload" (see sw-register.js).
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((u) => new Request(u, { cache: "reload" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("pillars-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
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
