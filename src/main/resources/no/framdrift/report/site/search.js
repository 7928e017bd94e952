/* Client-side search over the indicators' names, codes and sources. The index is in
   search-index.js (a script, not a fetch, so it also works when the site is opened from file://). */
(function () {
  "use strict";
  var box = document.getElementById("search");
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var index = window.FRAMDRIFT_SEARCH || [];
  if (!box || !input || !list || !status) { return; }
  box.hidden = false;
  var english = document.documentElement.lang === "en";
  function fold(s) {
    return (s || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/ø/g, "o").replace(/æ/g, "ae").replace(/å/g, "a");
  }
  function render() {
    var q = fold(input.value.trim());
    list.textContent = "";
    if (!q) { status.textContent = ""; return; }
    var words = q.split(/\s+/);
    var hits = index.filter(function (e) {
      var text = fold(e.code + " " + e.name + " " + e.sources);
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    });
    hits.slice(0, 30).forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = english ? e.en : e.nb;
      a.textContent = e.name + " (" + e.code + ")";
      li.appendChild(a);
      if (e.sources) {
        var s = document.createElement("span");
        s.className = "muted";
        s.textContent = " – " + e.sources;
        li.appendChild(s);
      }
      list.appendChild(li);
    });
    status.textContent = hits.length === 0 ? box.getAttribute("data-none")
      : box.getAttribute("data-count").replace("{0}", String(hits.length));
  }
  input.addEventListener("input", render);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { input.value = ""; render(); }
  });
})();
