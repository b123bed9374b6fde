// Keyboard shortcuts of every signed-in page, listed on /help (tracker/home/shortcuts.py).
// "g" then a letter goes to a page; "/" focuses the page's search box; "n" follows the page's
// "new" link; "?" opens the help. Keys typed into a field are left alone.
(function () {
  "use strict";
  var body = document.body;
  var targets = {
    h: body.getAttribute("data-url-home"),
    d: body.getAttribute("data-url-department"),
    m: body.getAttribute("data-url-meetings"),
    s: body.getAttribute("data-url-settings")
  };
  var pendingG = false;
  var timer = null;
  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var key = event.key;
    if (pendingG) {
      pendingG = false;
      clearTimeout(timer);
      if (targets[key]) { event.preventDefault(); window.location.assign(targets[key]); }
      return;
    }
    if (key === "g") { pendingG = true; timer = setTimeout(function () { pendingG = false; }, 1500); return; }
    if (key === "/") {
      var search = document.querySelector("input[type=search], input[name=q]");
      if (search) { event.preventDefault(); search.focus(); search.select(); }
      return;
    }
    if (key === "n") {
      var create = document.querySelector("[data-shortcut-new]");
      if (create) { event.preventDefault(); create.click(); }
      return;
    }
    if (key === "?") {
      var help = body.getAttribute("data-url-help");
      if (help) { event.preventDefault(); window.location.assign(help); }
    }
  });
})();
