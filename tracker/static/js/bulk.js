// The bulk form of the task lists; it works without this file, which adds two conveniences:
// "select every task on this page", and suggestions in "Assign to" as one types.
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

// "Assign to": after a pause in typing, ask the server for the people the user may assign to that
// match (by name, email or department code) and offer them in the field's datalist, which the
// browser shows as an accessible list of choices. A choice reads "Name (CODE) #123"; the server
// reads the id after "#". Without JavaScript the server reads the name, email or code typed.
(function () {
  "use strict";
  var input = document.getElementById("bulk-assignee");
  var url = input && input.getAttribute("data-people-url");
  var list = input && document.getElementById(input.getAttribute("list"));
  if (!input || !url || !list || !window.fetch) { return; }

  var PICKED = /#\s*[0-9]+\s*$/;
  var timer = null;
  var pending = 0;
  var asked = null;

  function show(people) {
    list.textContent = "";
    people.forEach(function (person) {
      var option = document.createElement("option");
      option.value = person.value;
      option.label = person.email;  // typed part of an email, the browser still offers the person
      list.appendChild(option);
    });
  }

  function lookup() {
    var q = input.value.trim();
    if (q.length < 2 || PICKED.test(q) || q === asked) { return; }
    asked = q;
    var ticket = ++pending;
    fetch(url + "?q=" + encodeURIComponent(q), {
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    })
      .then(function (response) { return response.ok ? response.json() : { items: [] }; })
      .then(function (data) { if (ticket === pending) { show(data.items || []); } })
      .catch(function () { asked = null; });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(lookup, 200);
  });
})();
