// Review screen: tie each highlighted passage to its card. Everything works without this file;
// it only helps the eye (hover or focus a card to see its passage, click a passage to reach its card),
// greys out a card whose "Include" box is cleared, and turns a selection in the minutes into the
// passage to add as a directive.
(function () {
  "use strict";
  var form = document.getElementById("review-form");
  if (!form) { return; }

  function marksOf(number) {
    return form.querySelectorAll('mark.proposal-mark[data-proposal="' + number + '"]');
  }

  function setActive(number, active) {
    marksOf(number).forEach(function (mark) { mark.classList.toggle("is-active", active); });
  }

  form.querySelectorAll("article.proposal").forEach(function (card) {
    var number = card.getAttribute("data-proposal");
    card.addEventListener("mouseenter", function () { setActive(number, true); });
    card.addEventListener("mouseleave", function () { setActive(number, false); });
    card.addEventListener("focusin", function () { setActive(number, true); });
    card.addEventListener("focusout", function () { setActive(number, false); });
    var include = card.querySelector("input.proposal-include");
    if (include) {
      include.addEventListener("change", function () {
        card.classList.toggle("is-excluded", !include.checked);
        marksOf(number).forEach(function (mark) { mark.classList.toggle("is-excluded", !include.checked); });
      });
      marksOf(number).forEach(function (mark) { mark.classList.toggle("is-excluded", !include.checked); });
    }
  });

  // A deadline before today (in the province's zone, as the server counted it) is flagged as it is typed.
  var today = form.getAttribute("data-today");
  var pastNote = form.getAttribute("data-past-note");
  form.querySelectorAll("article.proposal").forEach(function (card) {
    var due = card.querySelector('input[name$="-due_on"]');
    var grid = card.querySelector(".grid2");
    if (!due || !grid || !today) { return; }
    due.addEventListener("change", function () {
      var note = card.querySelector(".deadline-past");
      var past = due.value && due.value < today;
      if (past && !note) {
        note = document.createElement("p");
        note.className = "flash flash-warning small deadline-past";
        note.setAttribute("role", "note");
        note.textContent = pastNote;
        grid.insertAdjacentElement("afterend", note);
      } else if (!past && note) {
        note.remove();
      }
    });
  });

  // After a refused accept, bring the first card that needs a correction into view.
  var wrong = form.querySelector("article.proposal.has-errors");
  if (wrong) { wrong.scrollIntoView({ block: "start" }); }

  // "Add as directive": a selection in the minutes fills the passage field and its place in the
  // text (the field alone works without this script).
  var minutes = document.getElementById("review-text");
  var passage = form.querySelector("textarea[name=passage]");
  var passageStart = form.querySelector("input[name=passage_start]");
  var passageEnd = form.querySelector("input[name=passage_end]");
  var addButton = document.getElementById("add-passage-button");
  // Beside the selection, a button that adds it at once (no scrolling down to the field).
  var floating = null;
  if (minutes && addButton) {
    floating = document.createElement("button");
    floating.type = "submit";
    floating.name = "action";
    floating.value = "passage";
    floating.id = "add-selection";
    floating.className = "small selection-add";
    floating.textContent = addButton.textContent;
    floating.hidden = true;
    // Pressing it must not clear the selection it is about.
    floating.addEventListener("mousedown", function (event) { event.preventDefault(); });
    form.appendChild(floating);
  }

  function placeButton(range) {
    if (!floating) { return; }
    var rect = range.getBoundingClientRect();
    floating.style.top = Math.min(rect.bottom + 6, window.innerHeight - 40) + "px";
    floating.style.left = Math.max(rect.left, 8) + "px";
    floating.hidden = false;
  }

  function hideButton() {
    if (floating) { floating.hidden = true; }
  }

  function sourceOffset(node, offset) {
    // Characters of the minutes before (node, offset), leaving out the cards' numbers.
    var range = document.createRange();
    range.setStart(minutes, 0);
    range.setEnd(node, offset);
    var copy = range.cloneContents();
    copy.querySelectorAll("sup.mark-number").forEach(function (sup) { sup.remove(); });
    return copy.textContent.length;
  }

  function takeSelection() {
    var selection = window.getSelection();
    if (!minutes || !passage || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      hideButton();
      return;
    }
    var range = selection.getRangeAt(0);
    if (!minutes.contains(range.startContainer) || !minutes.contains(range.endContainer)) {
      hideButton();
      return;
    }
    var start = sourceOffset(range.startContainer, range.startOffset);
    var end = sourceOffset(range.endContainer, range.endOffset);
    var source = form.querySelector("input[name=source]");
    var text = source ? source.value.slice(start, end) : selection.toString();
    if (!text.trim()) { hideButton(); return; }
    passage.value = text.trim();
    if (passageStart && passageEnd) {
      passageStart.value = String(start);
      passageEnd.value = String(end);
    }
    placeButton(range);
  }

  if (minutes && passage) {
    minutes.addEventListener("mouseup", takeSelection);
    minutes.addEventListener("keyup", takeSelection);
    document.addEventListener("selectionchange", function () {
      var selection = window.getSelection();
      if (selection && selection.rangeCount && minutes.contains(selection.anchorNode)) {
        takeSelection();
      } else if (!selection || selection.isCollapsed) {
        hideButton();
      }
    });
    // The button stays by the passage only while nothing moves under it.
    window.addEventListener("scroll", hideButton, true);
    passage.addEventListener("input", function () {
      // Typed by hand: no longer the selected place.
      if (passageStart && passageEnd) { passageStart.value = ""; passageEnd.value = ""; }
    });
  }

  form.querySelectorAll("mark.proposal-mark").forEach(function (mark) {
    mark.addEventListener("click", function () {
      var selection = window.getSelection();
      if (selection && !selection.isCollapsed) { return; }  // selecting text, not going to the card
      var card = document.getElementById("proposal-" + mark.getAttribute("data-proposal"));
      if (!card) { return; }
      card.scrollIntoView({ behavior: "smooth", block: "start" });
      var first = card.querySelector("input:not([type=hidden]), textarea, select");
      if (first) { first.focus({ preventScroll: true }); }
    });
  });
})();
