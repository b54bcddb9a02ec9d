/* The review desk: one article, its claims decided in place, by keyboard
   or pointer. Data comes from json_script blocks (strict CSP: no inline
   script); every write is a POST to a small JSON endpoint. */
(function () {
  "use strict";
  var $ = function (sel, root) { return (root || document).querySelector(sel); };
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var readJSON = function (id) { var n = document.getElementById(id); return n ? JSON.parse(n.textContent) : {}; };

  var claims = readJSON("desk-claim-data");
  var kinds = readJSON("desk-kinds");
  var t = readJSON("desk-strings");
  var editor = $("#desk-editor");
  var list = $("#desk-claims");
  var textBox = $("#desk-text");
  var statusLine = $("#desk-status");
  if (!editor || !list) { return; }
  var csrf = $("input[name=csrfmiddlewaretoken]", editor).value;
  var active = null;       // the active claim's <li>
  var selection = null;    // {start, end, quote} of the text selected in the article
  var sticky = {};         // publisher, issuer, edition: carried from claim to claim
  var STICKY = ["publisher", "publisher_kind", "participant_kind", "denominator_kind", "issuer",
    "issuer_kind", "edition_stage", "edition_province", "award_title", "purpose", "funding_source"];

  function say(message) { statusLine.textContent = message || ""; }
  function url(template, id) { return template.replace(/\/0\//, "/" + id + "/"); }
  function cards() { return $$("li.desk-claim", list); }
  function pending() { return cards().filter(function (li) { return li.dataset.status === "pending" && li.dataset.actionable; }); }

  function post(address, data) {
    return fetch(address, {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "X-CSRFToken": csrf, "X-Requested-With": "fetch" }
    }).then(function (response) {
      return response.json().catch(function () { return { ok: false, errors: { __all__: [response.status + " " + response.statusText] } }; });
    });
  }

  function showErrors(form, errors) {
    $$("[data-errors]", form).forEach(function (node) { node.textContent = ""; });
    $$(".desk-field.invalid", form).forEach(function (node) { node.classList.remove("invalid"); });
    var first = null;
    Object.keys(errors || {}).forEach(function (name) {
      var slot = $('[data-errors="' + name + '"]', form) || $('[data-errors="__all__"]', form);
      slot.textContent = (slot.textContent ? slot.textContent + " " : "") + errors[name].join(" ");
      var field = slot.closest(".desk-field, label");
      if (field) { field.classList.add("invalid"); }
      if (!first) { first = field && $("input:not([type=hidden]), select", field); }
    });
    return first;
  }

  function kindOf(metric) { return kinds[metric] || ""; }
  function showGroups() {
    var kind = kindOf(editor.elements.metric.value);
    $$(".desk-group", editor).forEach(function (group) {
      group.hidden = group.dataset.kind.split(" ").indexOf(kind) < 0;
    });
  }

  function setField(name, value) {
    var field = editor.elements[name];
    if (!field) { return; }
    if (field.type === "checkbox") { field.checked = !!value; } else { field.value = value == null ? "" : value; }
  }

  function fill(data) {
    editor.reset();
    ["metric", "segment", "value", "as_of", "as_of_precision", "region"].forEach(function (name) { setField(name, data[name]); });
    $("#desk_region_search").value = data.region_label || "";
    syncPicks();
    showSegmentPicks(data.groups_named || []);
    STICKY.forEach(function (name) { if (sticky[name]) { setField(name, sticky[name]); } });
    setField("edition_year", data.edition_year || sticky.edition_year || "");
    if (data.metric === "award_rank") {
      setField("edition_stage", data.edition_stage || "");
      setField("edition_province", data.edition_stage === "national" ? "" : data.edition_province);
    }
    setField("for_year", data.for_year || "");
    setField("award_title", sticky.award_title || "Paritrana Award");
    if (data.as_of) {
      var year = data.as_of.slice(0, 4);
      setField("year", year);
      setField("target_date", year + "-12-31");
      setField("target_date_precision", "year");
    }
    setField("note", "");
    showErrors(editor, {});
    showGroups();
    check();
  }

  function activate(li, openEditor, quiet) {
    if (!li) { return; }
    if (active) { active.classList.remove("active"); $(".desk-claim-head", active).setAttribute("aria-expanded", "false"); }
    active = li;
    li.classList.add("active");
    if (!quiet) { li.scrollIntoView({ block: "nearest" }); }
    $$("#desk-text mark.active").forEach(function (m) { m.classList.remove("active"); });
    $$("#desk-text mark").forEach(function (m) {
      if ((" " + m.dataset.claims + " ").indexOf(" " + li.dataset.claim + " ") >= 0) { m.classList.add("active"); }
    });
    var first = $("#desk-text mark.active");
    if (first && !quiet) { first.scrollIntoView({ block: "nearest" }); }
    var decidable = li.dataset.status === "pending" && li.dataset.actionable;
    if (decidable && openEditor !== false) {
      $(".desk-editor-slot", li).appendChild(editor);
      editor.hidden = false;
      $(".desk-claim-head", li).setAttribute("aria-expanded", "true");
      fill(claims[li.dataset.claim] || {});
    } else {
      editor.hidden = true;
    }
    $("#desk-span-button").disabled = !(selection && decidable);
    $(".desk-claim-head", li).focus({ preventScroll: true });
  }

  function move(step) {
    var all = cards();
    if (!all.length) { return; }
    var at = all.indexOf(active);
    var next = all[Math.min(all.length - 1, Math.max(0, at + step))];
    activate(at < 0 ? all[0] : next);
  }

  function counts() {
    var waiting = pending().length;
    $("#desk-count").textContent = "(" + t.pending.replace("%(n)s", waiting) + ")";
    return waiting;
  }

  function replaceCard(payload) {
    claims[payload.claim.id] = payload.claim;
    var holder = document.createElement("ol");
    holder.innerHTML = payload.card;
    var card = holder.firstElementChild;
    var old = document.getElementById("desk-claim-" + payload.claim.id);
    if (old) {
      if (old.contains(editor)) { document.body.appendChild(editor); editor.hidden = true; }
      old.replaceWith(card);
    } else {
      list.appendChild(card);
      var empty = $("#desk-empty");
      if (empty) { empty.remove(); }
    }
    return card;
  }

  function afterDecision() {
    if (counts() > 0) {
      var next = pending()[0];
      activate(next);
      return;
    }
    finish();
  }

  function finish() {
    var done = $("#desk-done");
    post(done.dataset.url, new FormData()).then(function (payload) {
      if (payload.ok) { say(t.done); window.location.assign(payload.next); }
      else { say((payload.errors.__all__ || []).join(" ")); }
    });
  }

  function remember() {
    STICKY.concat(["edition_year"]).forEach(function (name) {
      var field = editor.elements[name];
      if (field && field.value) { sticky[name] = field.value; }
    });
  }

  function accept() {
    if (!active || editor.hidden) { return; }
    say(t.saving);
    remember();
    post(url(editor.dataset.accept, active.dataset.claim), new FormData(editor)).then(function (payload) {
      if (!payload.ok) {
        say(t.failed);
        var field = showErrors(editor, payload.errors);
        if (field) { field.focus(); }
        return;
      }
      say(payload.message);
      activate(replaceCard(payload), false);
      afterDecision();
    });
  }

  function reject() {
    if (!active || editor.hidden) { return; }
    var note = editor.elements.note;
    if (!note.value) {
      note.value = t.reason;
      note.focus();
      note.select();
      return;   // a second r (or Enter in the reason) rejects
    }
    var data = new FormData();
    data.append("note", note.value);
    post(url(editor.dataset.reject, active.dataset.claim), data).then(function (payload) {
      if (!payload.ok) { showErrors(editor, { note: (payload.errors.note || payload.errors.__all__ || []) }); return; }
      say(payload.message);
      activate(replaceCard(payload), false);
      afterDecision();
    });
  }

  /* --- the live "already recorded" check ------------------------------- */
  var checkTimer = null;
  function check() {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(function () {
      var params = new URLSearchParams(new FormData(editor));
      params.delete("csrfmiddlewaretoken");
      fetch(editor.dataset.check + "?" + params.toString(), { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (answer) {
          var box = $("#desk-check");
          box.textContent = "";
          box.className = "desk-check";
          var line = function (text, cls) { var p = document.createElement("p"); p.textContent = text; if (cls) { p.className = cls; } box.appendChild(p); return p; };
          if (answer.existing) {
            var p = line(t.existing + " ", answer.existing.differs ? "differs" : "same");
            var a = document.createElement("a"); a.href = answer.existing.url; a.textContent = answer.existing.label; p.appendChild(a);
            p.appendChild(document.createTextNode(" — " + t.now + " " + answer.existing.current + ", " + t.proposed + " " + answer.existing.proposed));
            box.classList.add(answer.existing.differs ? "warn" : "ok");
          } else if (answer.kind) {
            line(t.new);
          }
          if (answer.publisher_kind && !editor.elements.publisher_kind.value) {
            editor.elements.publisher_kind.value = answer.publisher_kind;
          }
          if (answer.publisher && editor.elements.publisher.value && answer.publisher !== editor.elements.publisher.value) {
            line(t.saved_as + " " + answer.publisher);
          }
          if (answer.same_place && answer.same_place.length) {
            var row = line(t.same_place + " ");
            answer.same_place.forEach(function (f) {
              var use = document.createElement("button");
              use.type = "button";
              use.className = "desk-use";
              use.textContent = f.publisher;
              use.title = f.label;
              use.addEventListener("click", function () {
                editor.elements.publisher.value = f.publisher;
                editor.elements.publisher_kind.value = "";
                check();
              });
              row.appendChild(use);
            });
          }
        }).catch(function () {});
    }, 250);
  }
  editor.addEventListener("input", check);
  editor.addEventListener("change", function (event) {
    if (event.target.name === "metric") { showGroups(); }
    check();
  });
  editor.addEventListener("submit", function (event) { event.preventDefault(); accept(); });
  editor.addEventListener("click", function (event) {
    var action = event.target.dataset && event.target.dataset.action;
    if (action === "reject") { event.preventDefault(); if (!editor.elements.note.value) { editor.elements.note.value = t.reason; } reject(); }
  });
  editor.elements.note.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); event.stopPropagation(); reject(); }
  });

  /* --- regions searchable by name, alias and code ----------------------- */
  var regionTimer = null;
  var regionOptions = $("#desk-region-options");
  var regionFound = {};
  function bindRegionSearch(input) {
    var hidden = document.getElementById(input.dataset.regionSearch);
    input.addEventListener("input", function () {
      if (regionFound[input.value]) { hidden.value = regionFound[input.value]; syncPicks(); check(); return; }
      hidden.value = "";
      syncPicks();
      clearTimeout(regionTimer);
      regionTimer = setTimeout(function () {
        fetch(editor.dataset.regions + "?q=" + encodeURIComponent(input.value), { credentials: "same-origin" })
          .then(function (r) { return r.json(); })
          .then(function (answer) {
            regionOptions.textContent = "";
            answer.results.forEach(function (row) {
              regionFound[row.label] = row.id;
              var option = document.createElement("option");
              option.value = row.label;
              regionOptions.appendChild(option);
            });
            if (answer.results.length === 1 || (answer.results.length && answer.results[0].code === input.value.trim())) {
              hidden.dataset.suggest = answer.results[0].id;
            }
          });
      }, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !hidden.value && hidden.dataset.suggest) {
        hidden.value = hidden.dataset.suggest;
        var label = Object.keys(regionFound).filter(function (k) { return String(regionFound[k]) === hidden.value; })[0];
        if (label) { input.value = label; }
        event.preventDefault();
        check();
      }
    });
  }
  $$("[data-region-search]").forEach(bindRegionSearch);

  /* --- the regions the article names, one click each ---------------------- */
  function syncPicks() {
    $$("[data-picks]").forEach(function (box) {
      var hidden = document.getElementById(box.dataset.picks);
      $$(".desk-pick", box).forEach(function (pick) {
        pick.setAttribute("aria-pressed", String(!!hidden.value && hidden.value === pick.dataset.region));
      });
    });
  }
  document.addEventListener("click", function (event) {
    var pick = event.target.closest ? event.target.closest("[data-picks] .desk-pick") : null;
    if (!pick) { return; }
    var target = pick.closest("[data-picks]").dataset.picks;
    document.getElementById(target).value = pick.dataset.region;
    document.querySelector('[data-region-search="' + target + '"]').value = pick.dataset.label;
    regionFound[pick.dataset.label] = pick.dataset.region;
    syncPicks();
    if (target === "desk_region") { check(); }
  });

  /* --- the groups the claim's sentence names, one click each -------------- */
  var segmentPicks = $("#desk-segment-picks");
  function syncSegmentPicks() {
    $$(".desk-segment-pick", segmentPicks).forEach(function (pick) {
      pick.setAttribute("aria-pressed", String(editor.elements.segment.value === pick.dataset.segment));
    });
  }
  function showSegmentPicks(segments) {
    $$(".desk-segment-pick", segmentPicks).forEach(function (pick) { pick.remove(); });
    var options = editor.elements.segment.options;
    segments.forEach(function (segment) {
      var option = Array.prototype.filter.call(options, function (o) { return o.value === segment; })[0];
      if (!option) { return; }
      var pick = document.createElement("button");
      pick.type = "button";
      pick.className = "desk-pick desk-segment-pick";
      pick.dataset.segment = segment;
      pick.textContent = option.textContent;
      segmentPicks.appendChild(pick);
    });
    segmentPicks.hidden = !segments.length;
    syncSegmentPicks();
  }
  segmentPicks.addEventListener("click", function (event) {
    var pick = event.target.closest ? event.target.closest(".desk-segment-pick") : null;
    if (!pick) { return; }
    editor.elements.segment.value = pick.dataset.segment;
    syncSegmentPicks();
    check();
  });
  editor.elements.segment.addEventListener("change", syncSegmentPicks);

  /* --- selecting text: add a missed claim, or move a quote --------------- */
  function offsetIn(node, offset) {
    var el = node.nodeType === 3 ? node.parentElement : node;
    var piece = el.closest("[data-o]");
    if (!piece || !textBox.contains(piece)) { return null; }
    if (node.nodeType !== 3) {
      return parseInt(piece.dataset.o, 10) + (offset > 0 ? piece.textContent.length : 0);
    }
    return parseInt(piece.dataset.o, 10) + offset;
  }
  document.addEventListener("selectionchange", function () {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) { return; }
    var range = sel.getRangeAt(0);
    if (!textBox.contains(range.commonAncestorContainer)) { return; }
    var start = offsetIn(range.startContainer, range.startOffset);
    var end = offsetIn(range.endContainer, range.endOffset);
    if (start == null || end == null || end <= start) { return; }
    var quote = sel.toString();
    selection = { start: start, end: end, quote: quote };
    var form = $("#desk-add-form");
    form.elements.start.value = start;
    form.elements.end.value = end;
    form.elements.quote.value = quote;
    // "31, 45 persen" is one decimal typed with a space, as the desk marks it
    var number = quote.match(/\d{1,2}, \d{2}(?=\s?(?:persen|%))|\d[\d.,]*/);
    form.elements.value.value = number ? number[0].replace(" ", "").replace(/[.,]$/, "") : "";
    if (/persen|%/.test(quote)) { form.elements.metric.value = /target/i.test(quote) ? "target_pct" : "coverage_pct"; }
    else if (/Rp|miliar|juta rupiah|anggaran/i.test(quote)) { form.elements.metric.value = "budget_idr"; }
    else if (/terbaik|peringkat|juara/i.test(quote)) { form.elements.metric.value = "award_rank"; }
    else { form.elements.metric.value = "participants"; }
    showErrors(form, {});  // a new selection: the last one's messages go
    $("#desk-add-quote").textContent = quote;
    $("#desk-add").hidden = false;
    $("#desk-span-button").disabled = !(active && active.dataset.status === "pending");
  });

  function addClaim() {
    var form = $("#desk-add-form");
    if (!selection) { say(t.select_first); return; }
    var here = active && claims[active.dataset.claim];
    if (here) {  // the claim the reviewer was on lends its region and date
      if (!form.elements.region.value) { form.elements.region.value = here.region || ""; }
      form.elements.as_of.value = here.as_of || "";
      form.elements.as_of_precision.value = here.as_of_precision || "";
    }
    post(form.action, new FormData(form)).then(function (payload) {
      if (!payload.ok) { showErrors(form, payload.errors); say(t.failed); return; }
      say(payload.message);
      var card = replaceCard(payload);
      card.dataset.actionable = card.dataset.actionable || "";
      $("#desk-add").hidden = true;
      selection = null;
      counts();
      activate(card);
    });
  }
  $("#desk-add-form").addEventListener("submit", function (event) { event.preventDefault(); addClaim(); });

  function moveQuote() {
    if (!selection || !active) { say(t.select_first); return; }
    var data = new FormData();
    data.append("start", selection.start);
    data.append("end", selection.end);
    data.append("quote", selection.quote);
    post(url(editor.dataset.span, active.dataset.claim), data).then(function (payload) {
      if (!payload.ok) { say((payload.errors.quote || payload.errors.__all__ || [t.failed]).join(" ")); return; }
      say(payload.message);
      window.location.reload();  // the marks in the text follow the new span
    });
  }
  $("#desk-span-button").addEventListener("click", moveQuote);

  /* --- the whole article ---------------------------------------------- */
  $("#desk-rest").addEventListener("submit", function (event) {
    event.preventDefault();
    acceptRest();
  });
  function acceptRest() {
    var form = $("#desk-rest");
    post(form.action, new FormData(form)).then(function (payload) {
      if (!payload.ok) {
        showErrors(form, payload.errors);
        (payload.refusals || []).forEach(function (r) {
          var li = document.getElementById("desk-claim-" + r.claim);
          if (li) { li.classList.add("refused"); li.title = r.reason; }
        });
        if (payload.refusals && payload.refusals.length) {
          activate(document.getElementById("desk-claim-" + payload.refusals[0].claim));
          showErrors(editor, { __all__: [payload.refusals[0].reason] });
        }
        return;
      }
      say(payload.message);
      Object.keys(payload.cards).forEach(function (id) {
        var holder = document.createElement("ol");
        holder.innerHTML = payload.cards[id];
        var old = document.getElementById("desk-claim-" + id);
        if (old) { if (old.contains(editor)) { document.body.appendChild(editor); editor.hidden = true; } old.replaceWith(holder.firstElementChild); }
      });
      afterDecision();
    });
  }
  $("#desk-done").addEventListener("click", finish);
  $("#desk-delete").addEventListener("click", function () {
    var button = $("#desk-delete");
    if (!window.confirm(button.dataset.confirm)) { return; }
    post(button.dataset.url, new FormData()).then(function (payload) {
      if (payload.ok) { window.location.assign(payload.next); }
      else { say((payload.errors.__all__ || []).join(" ")); }
    });
  });

  list.addEventListener("click", function (event) {
    var head = event.target.closest(".desk-claim-head");
    if (head) { activate(head.closest("li.desk-claim")); }
  });
  textBox.addEventListener("click", function (event) {
    var mark = event.target.closest("mark[data-claims]");
    if (mark && window.getSelection().isCollapsed) {
      activate(document.getElementById("desk-claim-" + mark.dataset.claims.split(" ")[0]));
    }
  });

  /* --- the keyboard ------------------------------------------------------ */
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName);
    if (event.key === "Escape") {
      if (typing) { event.target.blur(); if (active) { $(".desk-claim-head", active).focus(); } }
      return;
    }
    if (typing) { return; }
    var handled = true;
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "a": accept(); break;
      case "A": acceptRest(); break;
      case "r": reject(); break;
      case "e":
        if (active && !editor.hidden) { var first = $("input[type=search], select, input:not([type=hidden])", editor); first.focus(); }
        break;
      case "t": addClaim(); break;
      case "s": moveQuote(); break;
      case "n": window.location.assign($("#desk-next").href); break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  });

  counts();
  activate(pending()[0] || cards()[0], true, true);
})();
