// Live progress of a background job (jobs/admin.py progress_view): polls the
// URL in data-progress-url, moves the <progress> bar and its label, and
// reloads the page when the job has ended (the page then shows its result).
(function () {
  "use strict";
  var box = document.querySelector("[data-progress-url]");
  if (!box) { return; }
  var bar = box.querySelector("progress");
  var label = box.querySelector("[data-progress-label]");
  var url = box.getAttribute("data-progress-url");
  var delay = 700;
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { window.setTimeout(poll, 3000); return; }
        if (data.total) {
          bar.max = data.total;
          bar.value = data.done;
        }
        bar.setAttribute("aria-valuetext", data.label);
        label.textContent = data.label;
        if (data.finished) { window.location.reload(); return; }
        window.setTimeout(poll, delay);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 300);
})();
