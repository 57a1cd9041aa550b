// Copy buttons on the account pages ("copy this token"). Without
// JavaScript the buttons stay hidden and the text can be selected by hand.
(function () {
  var buttons = document.querySelectorAll("[data-copy]");
  buttons.forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () {
      var field = document.getElementById(b.getAttribute("data-copy"));
      if (!field) return;
      field.select();
      var done = function () { b.textContent = b.getAttribute("data-copied"); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(field.value).then(done, function () {
          if (document.execCommand("copy")) done();
        });
      } else if (document.execCommand("copy")) {
        done();
      }
    });
  });
})();
