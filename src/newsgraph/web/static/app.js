// Clicking (or pressing Enter on) a quote shows its card beside it: speaker, kind, other outlets.
// The cards are server-rendered under the article, so without JavaScript nothing is lost.
(function () {
  "use strict";
  var popover = document.getElementById("popover");
  if (!popover) { return; }
  var current = null;

  function mark(number, on) {
    document.querySelectorAll('[data-quote="' + number + '"]').forEach(function (el) {
      el.classList.toggle("active", on);
    });
  }

  function hide() {
    if (current !== null) { mark(current, false); }
    current = null;
    popover.hidden = true;
    popover.replaceChildren();
  }

  function show(target) {
    var number = target.getAttribute("data-quote");
    var card = document.getElementById("card-" + number);
    if (!card) { return; }
    hide();
    current = number;
    mark(number, true);
    popover.appendChild(card.cloneNode(true)).removeAttribute("id");
    popover.hidden = false;
    var box = target.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - popover.offsetWidth - 8));
    popover.style.left = left + "px";
    popover.style.top = (box.bottom + window.scrollY + 6) + "px";
  }

  document.addEventListener("click", function (event) {
    var quote = event.target.closest(".body [data-quote]");
    if (quote && !event.target.closest("a")) { show(quote); return; }
    if (!event.target.closest("#popover")) { hide(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(); }
    if (event.key === "Enter" && event.target.matches && event.target.matches(".body .quote")) { show(event.target); }
  });
})();
