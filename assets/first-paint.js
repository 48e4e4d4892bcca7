// First paint, before the wasm arrives: the frame from index.html in the language the person
// chose before (English is in the HTML; others from WORDS below), and for a deep link the heading
// of the screen the address names, with the navigation marking it. The app takes over when it
// starts, in the same language. WORDS holds catalogue ids and their text exactly as in
// assets/i18n/<code>.ftl (tests/i18n.rs checks them); elements name their id in data-t.
(function () {
  var WORDS = {
    en: {
      "heading-assess": "Assess yourself",
      "assess-intro": "For each item, choose the level that best describes what you do today, not what you plan to do. Every answer is saved in this browser as you give it: you can stop at any time and come back later.",
      "heading-results": "Your results",
      "heading-plan": "Your plan",
      "heading-history": "Your history",
      "heading-library": "Resource library",
      "heading-board": "Workshop board",
      "heading-data": "Your data",
      "heading-team": "Team picture",
      "heading-shared": "A shared result",
      "heading-collection": "Shared collection",
      "heading-not-found": "Page not found",
      "loading": "Loading…",
    },
    fr: {
      "skip-to-content": "Aller au contenu",
      "nav-main": "Principal",
      "nav-assess": "M'évaluer",
      "nav-results": "Résultats",
      "nav-plan": "Plan",
      "nav-history": "Historique",
      "nav-library": "Bibliothèque",
      "nav-board": "Atelier",
      "nav-data": "Vos données",
      "language-label": "Langue",
      "heading-home": "Les sept piliers du leadership numérique",
      "home-lead": "Pillars aide les leaders des écoles et des systèmes scolaires, le personnel enseignant et toute personne qui dirige l'apprentissage à situer leur pratique sur les sept piliers du leadership numérique, à trouver des ressources adaptées et à planifier leurs prochaines étapes.",
      "home-more-than-sharing": "Le leadership numérique ne se limite pas à partager en ligne : il s'agit de se servir de ses réseaux pour changer ce que les élèves et le personnel font chaque jour, de bâtir avec d'autres et de faire grandir le leadership des personnes de son entourage.",
      "home-start": "Commencer l'autoévaluation",
      "home-browse-library": "Parcourir la bibliothèque",
      "heading-assess": "Faites votre autoévaluation",
      "assess-intro": "Pour chaque énoncé, choisissez le niveau qui décrit le mieux ce que vous faites aujourd'hui, et non ce que vous prévoyez de faire. Chaque réponse est enregistrée dans ce navigateur dès que vous la donnez : vous pouvez vous arrêter à tout moment et revenir plus tard.",
      "heading-results": "Vos résultats",
      "heading-plan": "Votre plan",
      "heading-history": "Votre historique",
      "heading-library": "Bibliothèque de ressources",
      "heading-board": "Tableau d'atelier",
      "heading-data": "Vos données",
      "heading-team": "Portrait de l'équipe",
      "heading-shared": "Un résultat partagé",
      "heading-collection": "Collection partagée",
      "heading-not-found": "Page introuvable",
      "loading": "Chargement…",
    },
  };
  // The later screens' styles, when the app fetches their code (src/lazy.rs): once.
  window.addEventListener("pillars-load-styles", function () {
    if (document.getElementById("screens-css")) return;
    var link = document.createElement("link");
    link.id = "screens-css";
    link.rel = "stylesheet";
    link.href = "screens.css";
    document.head.appendChild(link);
  });
  // A language chosen before the app runs is remembered; the app starts in it. A first visit
  // follows the browser's preferred languages, as the app does (src/i18n.rs, `preferred`).
  var picker = document.getElementById("first-paint-language");
  var lang = "en", stored = null;
  try {
    stored = localStorage.getItem("pillars.language");
    if (picker) picker.addEventListener("change", function () {
      try { localStorage.setItem("pillars.language", picker.value); } catch (e) { /* storage refused */ }
    });
  } catch (e) { /* storage refused: the picker still shows */ }
  if (stored && WORDS[stored]) lang = stored;
  else {
    var prefs = navigator.languages || [navigator.language];
    for (var n = 0; n < prefs.length; n++) {
      var base = String(prefs[n] || "").split("-")[0].toLowerCase();
      if (WORDS[base]) { lang = base; break; }
    }
  }
  if (picker) picker.value = lang;
  var words = WORDS[lang];
  var word = function (id) { return words[id] || WORDS.en[id]; };
  if (lang !== "en") {
    document.documentElement.lang = lang;
    var marked = document.querySelectorAll("[data-t]");
    for (var k = 0; k < marked.length; k++) {
      var t = words[marked[k].getAttribute("data-t")];
      if (t) marked[k].textContent = t;
    }
    var labelled = document.querySelectorAll("[data-t-label]");
    for (var m = 0; m < labelled.length; m++) {
      var l = words[labelled[m].getAttribute("data-t-label")];
      if (l) labelled[m].setAttribute("aria-label", l);
    }
  }
  var path = location.hash.replace(/^#/, "").split("?")[0];
  if (path === "" || path === "/") return;
  var screens = [
    ["/assess", "heading-assess", "#/assess", "assess-intro"],
    ["/results", "heading-results", "#/results"],
    ["/plan", "heading-plan", "#/plan"],
    ["/history", "heading-history", "#/history"],
    ["/library", "heading-library", "#/library"],
    ["/board", "heading-board", "#/board"],
    ["/data", "heading-data", "#/data"],
    ["/t/", "heading-team", null],
    ["/r/", "heading-shared", null],
    ["/c/", "heading-collection", null],
  ];
  var heading = "heading-not-found", nav = null, intro = null;
  for (var i = 0; i < screens.length; i++) {
    var s = screens[i];
    if (path === s[0] || path.indexOf(s[0].replace(/\/?$/, "/")) === 0) { heading = s[1]; nav = s[2]; intro = s[3]; break; }
  }
  var section = document.querySelector("[data-first-paint]");
  if (!section) return;
  var h1 = document.createElement("h1");
  h1.id = "page-title";
  h1.textContent = word(heading);
  var p = document.createElement("p");
  p.className = "muted";
  p.setAttribute("role", "status");
  p.textContent = word("loading");
  // A screen's opening paragraph, where it has one: the same the app draws under the heading.
  if (intro) {
    var lead = document.createElement("p");
    lead.className = "lead";
    lead.setAttribute("data-t", intro);
    lead.textContent = word(intro);
    section.replaceChildren(h1, lead, p);
  } else {
    section.replaceChildren(h1, p);
  }
  var links = document.querySelectorAll(".site-header a[aria-current]");
  for (var j = 0; j < links.length; j++) links[j].removeAttribute("aria-current");
  if (nav) {
    var a = document.querySelector('.site-header a[href="' + nav + '"]');
    if (a) a.setAttribute("aria-current", "page");
  }
})();
