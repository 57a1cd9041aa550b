// Collection pages: confirmations, printing and dragging photos into
// order. Every page works without this file: forms confirm on their own
// page, the browser prints, and arrow buttons reorder photos.
(function () {
  "use strict";

  // Forms with data-confirm ask before they submit.
  document.addEventListener("submit", function (e) {
    var msg = e.target.getAttribute && e.target.getAttribute("data-confirm");
    if (msg && !window.confirm(msg)) e.preventDefault();
  });

  // Buttons with data-print open the print dialog.
  document.addEventListener("click", function (e) {
    var el = e.target.closest && e.target.closest("[data-print]");
    if (el) window.print();
  });

  // Photo lists with data-reorder: drag a photo onto another to move it
  // there, then post the new order to the list's address.
  function postOrder(list) {
    var ids = Array.prototype.map.call(list.querySelectorAll(".photo"), function (li) {
      return li.getAttribute("data-id");
    });
    var form = document.createElement("form");
    form.method = "post";
    form.action = list.getAttribute("data-reorder");
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = "order";
    input.value = ids.join(",");
    form.appendChild(input);
    document.body.appendChild(form);
    form.submit();
  }

  function enableDrag(list) {
    var dragged = null;
    Array.prototype.forEach.call(list.querySelectorAll(".photo"), function (li) {
      li.setAttribute("draggable", "true");
    });
    list.addEventListener("dragstart", function (e) {
      dragged = e.target.closest(".photo");
      if (!dragged) return;
      dragged.classList.add("is-dragging");
      e.dataTransfer.effectAllowed = "move";
      e.dataTransfer.setData("text/plain", dragged.getAttribute("data-id"));
    });
    list.addEventListener("dragover", function (e) {
      var over = e.target.closest(".photo");
      if (!dragged || !over || over === dragged) return;
      e.preventDefault();
      list.querySelectorAll(".drop-target").forEach(function (el) { el.classList.remove("drop-target"); });
      over.classList.add("drop-target");
    });
    list.addEventListener("dragleave", function (e) {
      var over = e.target.closest(".photo");
      if (over) over.classList.remove("drop-target");
    });
    list.addEventListener("drop", function (e) {
      var over = e.target.closest(".photo");
      if (!dragged || !over || over === dragged) return;
      e.preventDefault();
      var items = Array.prototype.slice.call(list.children);
      if (items.indexOf(dragged) < items.indexOf(over)) over.after(dragged);
      else over.before(dragged);
      postOrder(list);
    });
    list.addEventListener("dragend", function () {
      if (dragged) dragged.classList.remove("is-dragging");
      list.querySelectorAll(".drop-target").forEach(function (el) { el.classList.remove("drop-target"); });
      dragged = null;
    });
  }

  document.querySelectorAll("ol.photo-list[data-reorder]").forEach(enableDrag);
})();
