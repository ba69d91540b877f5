/* Newsroom archive: the little the public pages do with JavaScript (they work without it).
   - "/" anywhere but in a form field puts the cursor in the search box;
   - on a narrow screen the filter panel starts folded, above the results. */
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.getElementById("q");
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
  function foldFilters() {
    var narrow = window.matchMedia && window.matchMedia("(max-width: 55.99rem)").matches;
    var panels = document.querySelectorAll("details.facets-toggle");
    for (var i = 0; i < panels.length; i++) {
      if (narrow && !panels[i].hasAttribute("data-touched")) panels[i].removeAttribute("open");
      if (!narrow) panels[i].setAttribute("open", "");
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    foldFilters();
    var panels = document.querySelectorAll("details.facets-toggle");
    for (var i = 0; i < panels.length; i++) {
      panels[i].querySelector("summary").addEventListener("click", function (event) {
        event.currentTarget.parentNode.setAttribute("data-touched", "");
      });
    }
    if (location.hash === "#filters") {
      for (var j = 0; j < panels.length; j++) panels[j].setAttribute("open", "");
    }
  });
  window.addEventListener("hashchange", function () {
    if (location.hash === "#filters") {
      var panels = document.querySelectorAll("details.facets-toggle");
      for (var i = 0; i < panels.length; i++) panels[i].setAttribute("open", "");
    }
  });
})();
