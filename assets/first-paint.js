// First paint of a deep link, before the wasm arrives: the frame from index.html with the heading
// of the screen the address names, and the navigation marking it. The app takes over when it starts.
(function () {
  // A language chosen before the app runs is remembered; the app starts in it.
  var picker = document.getElementById("first-paint-language");
  try {
    var stored = localStorage.getItem("pillars.language");
    if (picker && stored) picker.value = stored;
    if (picker) picker.addEventListener("change", function () {
      try { localStorage.setItem("pillars.language", picker.value); } catch (e) { /* storage refused */ }
    });
  } catch (e) { /* storage refused: the picker still shows */ }
  var path = location.hash.replace(/^#/, "").split("?")[0];
  if (path === "" || path === "/") return;
  var screens = [
    ["/assess", "Assess yourself", "#/assess"],
    ["/results", "Your results", "#/results"],
    ["/plan", "Your plan", "#/plan"],
    ["/history", "Your history", "#/history"],
    ["/library", "Resource library", "#/library"],
    ["/board", "Workshop board", "#/board"],
    ["/data", "Your data", "#/data"],
    ["/t/", "Team picture", null],
    ["/r/", "A shared result", null],
    ["/c/", "Shared collection", null],
  ];
  var heading = "Page not found", nav = null;
  for (var i = 0; i < screens.length; i++) {
    var s = screens[i];
    if (path === s[0] || path.indexOf(s[0].replace(/\/?$/, "/")) === 0) { heading = s[1]; nav = s[2]; break; }
  }
  var section = document.querySelector("[data-first-paint]");
  if (!section) return;
  var h1 = document.createElement("h1");
  h1.id = "page-title";
  h1.textContent = heading;
  var p = document.createElement("p");
  p.className = "muted";
  p.setAttribute("role", "status");
  p.textContent = "Loading…";
  section.replaceChildren(h1, p);
  var links = document.querySelectorAll(".site-header a[aria-current]");
  for (var j = 0; j < links.length; j++) links[j].removeAttribute("aria-current");
  if (nav) {
    var a = document.querySelector('.site-header a[href="' + nav + '"]');
    if (a) a.setAttribute("aria-current", "page");
  }
})();
