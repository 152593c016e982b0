(function () {
  "use strict";
  var docs = Array.prototype.map.call(document.querySelectorAll("article.doc"), function (el) {
    return { el: el, text: el.textContent.toLowerCase(), lines: el.querySelectorAll(".l"),
             toc: document.querySelector('#toc li[data-for="' + el.id + '"]') };
  });
  var filter = "all", query = "";
  function matches(line) {
    if (filter === "all") { return true; }
    var removed = line.classList.contains("f-removed");
    if (filter === "kept") { return !removed; }
    if (filter.slice(0, 2) === "r:") { return line.getAttribute("data-r") === filter.slice(2); }
    if (filter.slice(0, 2) === "f:") { return line.classList.contains("f-" + filter.slice(2)); }
    return true;
  }
  function apply() {
    var lines = 0, articles = 0;
    docs.forEach(function (doc) {
      var found = !query || doc.text.indexOf(query) >= 0, shown = 0;
      for (var i = 0; i < doc.lines.length; i++) {
        var visible = found && matches(doc.lines[i]);
        doc.lines[i].hidden = !visible;
        if (visible) { shown++; }
      }
      doc.el.hidden = shown === 0;
      if (doc.toc) { doc.toc.hidden = shown === 0; }
      if (shown) { articles++; lines += shown; }
    });
    document.getElementById("shown").textContent = lines.toLocaleString("en");
    document.getElementById("shown-articles").textContent = articles.toLocaleString("en");
  }
  var chips = document.querySelectorAll(".chip");
  Array.prototype.forEach.call(chips, function (chip) {
    chip.addEventListener("click", function () {
      var key = chip.getAttribute("data-filter");
      filter = filter === key ? "all" : key;
      Array.prototype.forEach.call(chips, function (other) {
        other.setAttribute("aria-pressed", String(other.getAttribute("data-filter") === filter));
      });
      apply();
    });
  });
  var search = document.getElementById("q");
  if (search) {
    search.addEventListener("input", function () { query = search.value.trim().toLowerCase(); apply(); });
  }
})();
