// "Select every task on this page" for the bulk form of the task lists; the form works without it.
(function () {
  "use strict";
  document.querySelectorAll("input.select-page").forEach(function (all) {
    var table = all.closest("table");
    var boxes = table ? table.querySelectorAll("input.select-task") : [];
    all.hidden = false;
    all.addEventListener("change", function () {
      boxes.forEach(function (box) { box.checked = all.checked; });
    });
    boxes.forEach(function (box) {
      box.addEventListener("change", function () {
        var ticked = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
        all.checked = ticked === boxes.length;
        all.indeterminate = ticked > 0 && ticked < boxes.length;
      });
    });
  });
})();
