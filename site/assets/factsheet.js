/* factsheet: a citation marker opens its sentence (the footnote tooltip still shows the words on
   hover or focus); tables marked sortable get click-to-sort headers. No network, no globals. */
(function () {
  "use strict";

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var ref = event.target instanceof Element ? event.target.closest("a.footnote-ref") : null;
    if (!ref) return;
    var note = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
    var link = note ? note.querySelector("a.fs-cite-link") : null;
    if (!link) return;
    event.preventDefault();
    window.location.assign(link.href);
  });

  function sortable() {
    if (typeof Tablesort === "undefined") return;
    document.querySelectorAll(".fs-sortable table").forEach(function (table) {
      if (!table.dataset.fsSorted) { table.dataset.fsSorted = "1"; new Tablesort(table); }
    });
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(sortable);
  } else {
    document.addEventListener("DOMContentLoaded", sortable);
  }
})();
