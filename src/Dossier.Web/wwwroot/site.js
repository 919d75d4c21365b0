// Small progressive enhancement: every page works without this file.
(function () {
  "use strict";

  // Report viewer: clicking a highlight shows the claim it supports beside the text.
  var panel = document.getElementById("claim-panel");
  if (panel) {
    document.querySelectorAll("mark[data-claim]").forEach(function (mark) {
      mark.addEventListener("click", function (event) {
        event.preventDefault();
        document.querySelectorAll("mark.selected").forEach(function (m) { m.classList.remove("selected"); });
        mark.classList.add("selected");
        fetch("/api/claims/" + mark.dataset.claim, { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
          .then(function (c) {
            panel.replaceChildren();
            var h = document.createElement("h3"); h.textContent = c.field + ": " + c.value; panel.append(h);
            var p = document.createElement("p"); p.className = "meta";
            p.textContent = (c.publisher || "") + (c.speaker ? " · said by " + c.speaker : "") + " · " + c.status;
            panel.append(p);
            var a = document.createElement("a"); a.href = "/Incidents/" + c.incidentId + "#claim-" + c.id;
            a.textContent = "Open incident #" + c.incidentId; panel.append(a);
          })
          .catch(function () { window.location = mark.querySelector("a") ? mark.querySelector("a").href : "#"; });
      });
    });
  }

  // Review queue: j/k to move, a/r to accept or reject, e to edit.
  var queue = document.querySelector("ol.review[data-keyboard=on]");
  if (queue) {
    var items = Array.prototype.slice.call(queue.querySelectorAll(".review-item"));
    if (items.length) items[0].focus();
    document.addEventListener("keydown", function (event) {
      if (event.target.matches("input, textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
      var current = document.activeElement.closest ? document.activeElement.closest(".review-item") : null;
      var index = items.indexOf(current);
      if (event.key === "j" || event.key === "k") {
        var next = items[Math.min(items.length - 1, Math.max(0, index + (event.key === "j" ? 1 : -1)))];
        if (next) next.focus();
      } else if (current && "are".indexOf(event.key) >= 0) {
        var target = current.querySelector("[data-key='" + event.key + "']");
        if (target) target.click();
      }
    });
  }
})();
