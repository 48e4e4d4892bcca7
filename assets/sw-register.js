// Registers the service worker and tells the app (a Yew component listens) when a new version is
// waiting; the app's "Reload" button sends "pillars-apply-update" back.
(function () {
  if (!("serviceWorker" in navigator)) return;
  var announce = function (reg) {
    window.__pillarsWaiting = reg.waiting;
    window.dispatchEvent(new CustomEvent("pillars-update-available"));
  };
  var reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (reloading || !window.__pillarsApplying) return;
    reloading = true;
    window.location.reload();
  });
  window.addEventListener("pillars-apply-update", function () {
    var waiting = window.__pillarsWaiting;
    if (!waiting) return;
    window.__pillarsApplying = true;
    waiting.postMessage({ type: "SKIP_WAITING" });
  });
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("./sw.js").then(function (reg) {
      if (reg.waiting && navigator.serviceWorker.controller) announce(reg);
      reg.addEventListener("updatefound", function () {
        var worker = reg.installing;
        if (!worker) return;
        worker.addEventListener("statechange", function () {
          if (worker.state === "installed" && navigator.serviceWorker.controller) announce(reg);
        });
      });
      // A tab left open for days still learns of a new version.
      setInterval(function () { reg.update().catch(function () {}); }, 60 * 60 * 1000);
      window.__pillarsSwReady = true;
      document.documentElement.dataset.sw = "registered";
    }).catch(function () {
      document.documentElement.dataset.sw = "unavailable";
    });
  });
})();
