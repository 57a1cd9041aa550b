// Styling pages: the carrier form's kind defaults, and the loadout editor's
// dragging and live preview. Every page works without this file: the
// editor is a plain form with selects, "take off" buttons and a preview
// button, and the server does the rest.
(function () {
  "use strict";

  // The carrier form says what the chosen kind starts with.
  document.querySelectorAll("select[data-carrier-kind]").forEach(function (sel) {
    var hint = sel.form && sel.form.querySelector("[data-kind-defaults]");
    if (!hint) return;
    function show() {
      var o = sel.options[sel.selectedIndex];
      hint.textContent = hint.getAttribute("data-kind-defaults")
        .replace("{size}", o.getAttribute("data-size"))
        .replace("{weight}", o.getAttribute("data-weight"))
        .replace("{points}", o.getAttribute("data-points"));
    }
    sel.addEventListener("change", show);
    show();
  });

  var form = document.querySelector("form[data-loadout-editor]");
  if (!form) return;
  var tray = form.querySelector(".loadout-tray .loadout-chips");
  var status = form.querySelector("[data-loadout-status]");
  var removeLabel = form.getAttribute("data-remove-label");
  var dragged = null;
  var timer = null;
  var asked = 0;

  // place hangs chip on point (a code), or returns it to the tray ("").
  function place(chip, point) {
    var input = chip.querySelector("input[name=place]");
    var button = chip.querySelector(".loadout-remove");
    var id = chip.getAttribute("data-item");
    if (point === "") {
      if (input) input.remove();
      if (button) button.remove();
      chip.classList.add("is-tray");
      if (tray) tray.appendChild(chip);
    } else {
      if (!input) {
        input = document.createElement("input");
        input.type = "hidden";
        input.name = "place";
        chip.insertBefore(input, chip.firstChild);
      }
      input.value = id + ":" + point;
      if (!button) {
        button = document.createElement("button");
        button.type = "submit";
        button.name = "remove";
        button.value = id;
        button.className = "icon-button loadout-remove";
        button.textContent = "×";
        var name = chip.querySelector(".loadout-chip-name");
        button.title = removeLabel;
        button.setAttribute("aria-label", removeLabel + ": " + (name ? name.textContent : id));
        chip.appendChild(button);
      }
      chip.classList.remove("is-tray");
      form.querySelector('.loadout-chips[data-drop="' + CSS.escape(point) + '"]').appendChild(chip);
    }
    changed();
  }

  // changed keeps the add selects to items not placed, then asks for a
  // fresh picture and coach reading after a short pause.
  function changed() {
    var placed = {};
    form.querySelectorAll("input[name=place]").forEach(function (i) { placed[i.value.split(":")[0]] = true; });
    form.querySelectorAll("select.loadout-add option").forEach(function (o) {
      if (o.value) o.disabled = !!placed[o.value.split(":")[0]];
    });
    clearTimeout(timer);
    timer = setTimeout(preview, 350);
  }

  function query() {
    var q = new URLSearchParams();
    form.querySelectorAll("input[name=place]").forEach(function (i) { q.append("place", i.value); });
    return q.toString();
  }

  // preview fetches the draft's picture and coach panel; a slower answer
  // to an older draft is dropped.
  function preview() {
    var n = ++asked, q = query();
    status.textContent = status.getAttribute("data-updating") || "";
    var coach = fetch(form.getAttribute("data-coach") + "?" + q, {
      credentials: "same-origin", headers: { "HX-Request": "true", "HX-Target": "coach-panel" }
    }).then(function (r) { if (!r.ok) throw r.status; return r.text(); });
    var picture = fetch(form.getAttribute("data-preview") + "?" + q, { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw r.status; return r.text(); });
    Promise.all([coach, picture]).then(function (res) {
      if (n !== asked) return;
      var panel = document.getElementById("coach-panel");
      if (panel) panel.outerHTML = res[0];
      var svg = new DOMParser().parseFromString(res[1], "image/svg+xml").documentElement;
      var box = document.querySelector("[data-loadout-picture]");
      if (box && svg.nodeName === "svg") box.replaceChildren(document.importNode(svg, true));
      status.textContent = status.getAttribute("data-unsaved") || "";
    }).catch(function () {
      if (n === asked) status.textContent = status.getAttribute("data-failed") || "";
    });
  }

  function chipOf(el) { return el && el.closest ? el.closest(".loadout-chip") : null; }
  function dropOf(el) {
    var point = el && el.closest ? el.closest(".loadout-point, .loadout-tray") : null;
    if (!point) return null;
    return point.classList.contains("loadout-tray") ? "" : point.getAttribute("data-point");
  }

  form.querySelectorAll(".loadout-chip").forEach(function (c) { c.setAttribute("draggable", "true"); });
  form.addEventListener("dragstart", function (e) {
    dragged = chipOf(e.target);
    if (!dragged) return;
    dragged.classList.add("is-dragging");
    e.dataTransfer.effectAllowed = "move";
    e.dataTransfer.setData("text/plain", dragged.getAttribute("data-item"));
  });
  form.addEventListener("dragover", function (e) {
    var point = dropOf(e.target);
    if (!dragged || point === null) return;
    e.preventDefault();
    form.querySelectorAll(".is-over").forEach(function (el) { el.classList.remove("is-over"); });
    e.target.closest(".loadout-point, .loadout-tray").classList.add("is-over");
  });
  form.addEventListener("drop", function (e) {
    var point = dropOf(e.target);
    if (!dragged || point === null) return;
    e.preventDefault();
    place(dragged, point);
  });
  form.addEventListener("dragend", function () {
    if (dragged) dragged.classList.remove("is-dragging");
    form.querySelectorAll(".is-over").forEach(function (el) { el.classList.remove("is-over"); });
    dragged = null;
  });

  // "Take off" returns the chip to the tray instead of asking the server.
  form.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest(".loadout-remove");
    if (!button) return;
    e.preventDefault();
    place(chipOf(button), "");
  });

  // Choosing in an "add" select moves that item's chip onto the point.
  form.addEventListener("change", function (e) {
    var sel = e.target;
    if (!sel.matches || !sel.matches("select.loadout-add") || !sel.value) return;
    var parts = sel.value.split(":"), id = parts.shift(), point = parts.join(":");
    var chip = tray && tray.querySelector('.loadout-chip[data-item="' + CSS.escape(id) + '"]');
    sel.value = "";
    if (chip) place(chip, point);
  });
})();
