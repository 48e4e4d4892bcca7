// Registers the service worker and tells the app (src/components/status.rs) when a new version is
// waiting. The event "pillars-update-available" may fire before the app listens, so the state is
// also recorded, window.__pillarsWaiting and <html data-update="waiting">, and the app reads it when
// it starts. The app's "Reload to update" sends "pillars-apply-update" back: the waiting worker is
// told to take over, and when the controller changes every open tab reloads once onto the new
// version. With no worker waiting any more (another tab applied it already) the button reloads.
(function () {
  if (!("serviceWorker" in navigator)) return;
  var sw = navigator.serviceWorker;
  var root = document.documentElement;
  // A first visit's worker claims the page (a controller change that is not an update).
  var hadController = !!sw.controller;
  var applying = false;
  var reloading = false;

  var announce = function (state, worker) {
    window.__pillarsWaiting = worker || null;
    root.dataset.update = state;
    window.dispatchEvent(new CustomEvent("pillars-update-available"));
  };
  var reload = function () {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  // Reloads when a new version took over, unless this tab did so moments ago (a loop would need
  // the controller to keep changing): then the banner stays and its button reloads.
  var followNewVersion = function () {
    var key = "pillars.update-reload";
    var last = 0;
    try {
      last = Number(sessionStorage.getItem(key)) || 0;
      sessionStorage.setItem(key, String(Date.now()));
    } catch (e) {}
    if (!applying && Date.now() - last < 10000) announce("activated", null);
    else reload();
  };
  sw.addEventListener("controllerchange", function () {
    if (hadController || applying) followNewVersion();
    hadController = true;
  });

  window.addEventListener("pillars-apply-update", function () {
    applying = true;
    sw.getRegistration().then(function (reg) {
      var waiting = reg && reg.waiting;
      if (!waiting) return reload();
      waiting.addEventListener("statechange", function () {
        if (waiting.state === "activated" || waiting.state === "redundant") reload();
      });
      waiting.postMessage({ type: "SKIP_WAITING" });
    }, reload);
  });

  var track = function (worker) {
    if (!worker) return;
    var check = function () {
      if (worker.state === "installed" && sw.controller) announce("waiting", worker);
    };
    worker.addEventListener("statechange", check);
    check();
  };
  var watch = function (reg) {
    if (!reg || reg.__pillarsWatched) return;
    reg.__pillarsWatched = true;
    if (reg.waiting && reg.active) announce("waiting", reg.waiting);
    track(reg.installing);
    reg.addEventListener("updatefound", function () {
      track(reg.installing);
    });
  };
  // A worker already waiting is known at once, before the page has loaded.
  sw.getRegistration().then(watch, function () {});

  window.addEventListener("load", function () {
    sw.register("./sw.js").then(function (reg) {
      watch(reg);
      // A tab left open for days still learns of a new version.
      setInterval(function () { reg.update().catch(function () {}); }, 60 * 60 * 1000);
      window.__pillarsSwReady = true;
      root.dataset.sw = "registered";
    }).catch(function () {
      root.dataset.sw = "unavailable";
    });
  });
})();
