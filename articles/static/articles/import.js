/* The article import form: a paste larger than the limit is stopped here,
   before the server refuses the whole request, so the text stays in the box
   and the limit is explained. */
(function () {
  "use strict";
  var form = document.getElementById("article-import");
  if (!form) { return; }
  var box = document.getElementById("article-import-size");
  var limit = parseInt(form.dataset.maxBytes, 10);
  form.addEventListener("submit", function (event) {
    var text = form.elements.text ? form.elements.text.value : "";
    var size = new Blob([text]).size;
    if (size <= limit) { box.hidden = true; return; }
    event.preventDefault();
    var mb = (size / 1048576).toFixed(1).replace(".", ",");
    box.textContent = form.dataset.tooBig.replace("{size}", mb);
    box.hidden = false;
    box.scrollIntoView({ block: "nearest" });
    form.elements.text.focus();
  });
})();
