// Task form: offer only the people of the chosen lead department as assignee.
// The server validates the choice anyway; without JavaScript every group stays visible.
(function () {
  "use strict";
  var lead = document.querySelector("[data-assignee-filter]");
  if (!lead) { return; }
  var assignee = document.getElementById(lead.getAttribute("data-assignee-filter"));
  if (!assignee) { return; }
  function update() {
    var chosen = lead.value;
    var groups = assignee.querySelectorAll("optgroup[data-department]");
    groups.forEach(function (group) {
      var match = !chosen || group.getAttribute("data-department") === chosen;
      group.hidden = !match;
      group.disabled = !match;
    });
    var selected = assignee.options[assignee.selectedIndex];
    if (selected && selected.parentNode.disabled) { assignee.value = ""; }
  }
  lead.addEventListener("change", update);
  update();
})();
