// Comment form: type "@" and a few letters to pick someone to mention from a list.
// The candidates come from the server, which offers only people who may see the task; choosing
// one writes "@Name" into the text and selects that person in the "Mention" list, which is what
// the form sends. Without JavaScript, people are picked from that list directly.
(function () {
  "use strict";
  var form = document.getElementById("comment-form");
  if (!form) { return; }
  var input = form.querySelector("[data-mention-input]");
  var select = document.getElementById(input.getAttribute("data-mention-input"));
  var url = form.getAttribute("data-candidates-url");
  if (!input || !select || !url || !window.fetch) { return; }

  var list = document.createElement("ul");
  list.className = "mention-suggestions";
  list.id = "mention-suggestions";
  list.setAttribute("role", "listbox");
  list.hidden = true;
  input.parentNode.insertBefore(list, input.nextSibling);
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-autocomplete", "list");

  var active = -1;
  var items = [];
  var pending = 0;
  var timer = null;

  // The "@word" just before the caret, or null.
  function query() {
    var before = input.value.slice(0, input.selectionStart);
    var match = /(^|\s)@([^\s@]{0,40})$/.exec(before);
    return match ? { text: match[2], start: before.length - match[2].length - 1 } : null;
  }

  function close() {
    list.hidden = true;
    list.textContent = "";
    items = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
  }

  function highlight(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (child, i) {
      child.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (index >= 0) { input.setAttribute("aria-activedescendant", list.children[index].id); }
  }

  function choose(index) {
    var person = items[index];
    var found = query();
    if (!person || !found) { close(); return; }
    var after = input.value.slice(input.selectionStart);
    var inserted = "@" + person.name + " ";
    input.value = input.value.slice(0, found.start) + inserted + after;
    var caret = found.start + inserted.length;
    input.setSelectionRange(caret, caret);
    var option = select.querySelector('option[value="' + person.id + '"]');
    if (!option) {
      option = document.createElement("option");
      option.value = String(person.id);
      option.textContent = person.name + " · " + person.department.name;
      select.appendChild(option);
    }
    option.selected = true;
    close();
    input.focus();
  }

  function show(people) {
    close();
    items = people;
    if (!people.length) { return; }
    people.forEach(function (person, i) {
      var item = document.createElement("li");
      item.id = "mention-option-" + person.id;
      item.setAttribute("role", "option");
      item.setAttribute("data-user-id", String(person.id));
      item.textContent = person.name + " · " + person.department.name;
      item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
      list.appendChild(item);
    });
    list.hidden = false;
    highlight(0);
  }

  function lookup() {
    var found = query();
    if (!found) { close(); return; }
    var ticket = ++pending;
    fetch(url + "?q=" + encodeURIComponent(found.text), {
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    })
      .then(function (response) { return response.ok ? response.json() : { items: [] }; })
      .then(function (data) { if (ticket === pending) { show(data.items || []); } })
      .catch(close);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(lookup, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (list.hidden) { return; }
    if (event.key === "ArrowDown") { event.preventDefault(); highlight((active + 1) % items.length); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight((active - 1 + items.length) % items.length); }
    else if (event.key === "Enter" || event.key === "Tab") { event.preventDefault(); choose(active); }
    else if (event.key === "Escape") { close(); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 100); });
})();
