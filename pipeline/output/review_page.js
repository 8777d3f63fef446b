// The review page's behaviour: choosing an item (a click, Enter, or a link
// #i=ID) highlights every span and box it was read from and scrolls the
// first into view; choosing highlighted text chooses its item. Without
// script the page still shows and prints the record and the document.
(function () {
  "use strict";
  var chosen = null;

  function marksOf(id) {
    return document.querySelectorAll('.doc [data-i~="' + id + '"]');
  }

  function choose(id, scroll) {
    var old = document.querySelectorAll(".doc .hl, .record .sel");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("hl", "sel");
    chosen = id;
    if (!id) return;
    var marks = marksOf(id);
    for (var j = 0; j < marks.length; j++) marks[j].classList.add("hl");
    var item = document.getElementById("item-" + id);
    if (item) item.classList.add("sel");
    if (item && scroll) item.scrollIntoView({ block: "nearest" });
    if (scroll && marks.length) {
      // The box on the picture when there is one, else the text.
      var first = document.querySelector('.doc .box[data-i~="' + id + '"]') || marks[0];
      first.scrollIntoView({ block: "center" });
    }
  }

  function fromHash() {
    var m = /^#i=([\w-]+)$/.exec(location.hash);
    if (m) choose(m[1], true);
  }

  document.addEventListener("click", function (e) {
    var item = e.target.closest(".item");
    if (item) {
      e.preventDefault();
      history.replaceState(null, "", "#i=" + item.dataset.i);
      choose(item.dataset.i, true);
      return;
    }
    var mark = e.target.closest(".doc [data-i]");
    if (mark) {
      // The innermost item first: the last id is the shortest span.
      var ids = mark.dataset.i.split(" ");
      var next = ids[(ids.indexOf(chosen) + 1) % ids.length];
      choose(next, false);
      var row = document.getElementById("item-" + next);
      if (row) row.scrollIntoView({ block: "nearest" });
    }
  });

  document.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && e.target.classList && e.target.classList.contains("item")) {
      choose(e.target.dataset.i, true);
    }
  });

  var only = document.getElementById("only-check");
  if (only) {
    only.addEventListener("change", function () {
      document.body.classList.toggle("only-check", only.checked);
    });
  }

  window.addEventListener("hashchange", fromHash);
  window.addEventListener("load", function () {
    // For the benchmark (tools/bench_review_page.py): when the page was ready.
    document.documentElement.dataset.loadedMs = String(Math.round(performance.now()));
    fromHash();
  });
})();
