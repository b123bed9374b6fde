// Review screen: tie each highlighted passage to its card. Everything works without this file;
// it only helps the eye (hover or focus a card to see its passage, click a passage to reach its card)
// and greys out a card whose "Include" box is cleared.
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

  // After a refused accept, bring the first card that needs a correction into view.
  var wrong = form.querySelector("article.proposal.has-errors");
  if (wrong) { wrong.scrollIntoView({ block: "start" }); }

  form.querySelectorAll("mark.proposal-mark").forEach(function (mark) {
    mark.addEventListener("click", function () {
      var card = document.getElementById("proposal-" + mark.getAttribute("data-proposal"));
      if (!card) { return; }
      card.scrollIntoView({ behavior: "smooth", block: "start" });
      var first = card.querySelector("input:not([type=hidden]), textarea, select");
      if (first) { first.focus({ preventScroll: true }); }
    });
  });
})();
