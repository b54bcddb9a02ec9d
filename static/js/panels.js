/*
 * Collapsible panels that start closed on a phone and open on a wider screen:
 * <details data-open-wide> is rendered closed (so on a phone the content
 * below it, e.g. the region table, comes first) and opened here when the
 * screen is wider than 760 px. No inline script (strict CSP).
 */
(function () {
  'use strict';
  var WIDE = '(min-width: 761px)';
  function start() {
    if (typeof window.matchMedia !== 'function' || !window.matchMedia(WIDE).matches) { return; }
    var panels = document.querySelectorAll('details[data-open-wide]');
    for (var i = 0; i < panels.length; i++) { panels[i].open = true; }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
