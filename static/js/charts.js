/*
 * Cakupan — draws every chart on a page from json_script data.
 *
 * No inline script anywhere: the page carries the figures as JSON (Django's
 * json_script) and this static file draws them, so a Content-Security-Policy
 * without 'unsafe-inline' / 'unsafe-eval' holds.
 *
 * ---------------------------------------------------------------------------
 * Contract with the templates
 * ---------------------------------------------------------------------------
 *
 * In <head>:
 *
 *   <link rel="stylesheet" id="plotly.js-style-global" class="no-inline-styles"
 *         href="{% static 'vendor/plotly/plotly.css' %}">
 *   <link rel="stylesheet" href="{% static 'css/charts.css' %}">
 *
 * (the id and class stop plotly.js from injecting a <style> element, which a
 * CSP without 'unsafe-inline' in style-src blocks; see
 * static/vendor/plotly/README.md), and at the end of <body>, in this order:
 *
 *   <script src="{% static 'vendor/plotly/plotly-basic.min.js' %}" defer></script>
 *   <script src="{% static 'js/charts.js' %}" defer></script>
 *
 * CSP needed: script-src 'self'; style-src 'self'; img-src 'self' blob:
 * (blob: for "Unduh PNG"). Keep chart text plain: <b>/<i>/<span style> in
 * Plotly text become style attributes, which that style-src blocks.
 *
 * One figure:
 *
 *   <figure class="chart chart--static" data-chart="chart-trend">
 *     <figcaption>
 *       <h3 class="chart-title">What it shows</h3>
 *       <p class="chart-subtitle">The measure: which denominator, which segment</p>
 *     </figcaption>
 *     <div class="chart-plot" role="img" aria-label="Text summary of the chart"></div>
 *     <p class="chart-source">Sumber: …</p>
 *     <details class="chart-table" open>
 *       <summary>Tabel data</summary>
 *       <div class="table-wrap"><table>…the same numbers…</table></div>
 *     </details>
 *     <div class="chart-actions" data-label-csv="Unduh CSV" data-label-png="Unduh PNG"></div>
 *   </figure>
 *   {{ figure_json|json_script:"chart-trend" }}
 *
 * - data-chart names the id of the json_script element. Its JSON is
 *   {"data": [...], "layout": {...}} and may also carry
 *     "config": {...}    merged over the defaults below (e.g. {"displayModeBar": false});
 *     "fit": "map"       for a map (see "Maps" below).
 * - The figure starts with class "chart--static" (the CSS then shows the
 *   table, whose <details> should also be rendered `open` so that it shows
 *   with no JavaScript at all). Once the chart is drawn this script removes
 *   "chart--static" and closes the <details>; if plotly.js is missing or the
 *   JSON is bad it leaves both as they are (and opens the details), so the
 *   numbers stay readable. Nothing here throws; problems go to console.warn,
 *   once per figure (once per page when plotly.js itself is missing).
 * - Two buttons are added to .chart-actions: CSV (built from the <table> in
 *   .chart-table: header rows then body rows, UTF-8 with BOM, CRLF, file
 *   "<data-chart>.csv"; a cell's data-value attribute, when present, is used
 *   instead of its text, e.g. <td data-value="46.44">46,44 %</td>) and PNG
 *   (Plotly.downloadImage; the image carries the title, subtitle and source;
 *   file named after the title). The PNG button only appears once the chart
 *   is drawn. Labels come from data-label-csv / data-label-png on
 *   .chart-actions, else "Unduh CSV" / "Unduh PNG".
 * - The server layout is never modified: each drawing works on copies.
 *   Always: layout.width is dropped (the plot follows its container) and axes
 *   get automargin unless they say otherwise (long labels are not cut off).
 *   Below 480 px of plot width the copy also gets small margins, fonts 2 px
 *   smaller, the legend below the plot, no drag-zoom (so a finger scrolls the
 *   page) and no mode bar. On print, plots are redrawn at the printed width
 *   and tables are opened. The title, subtitle and source belong in the
 *   HTML, not in layout.title.
 *
 * Drawn when seen: a figure is drawn only once it comes near the screen
 * (IntersectionObserver), and plotly.js itself is only fetched then, from the
 * data-plotly attribute of this script's own <script> tag:
 *
 *   <script defer src="{% static 'js/charts.js' %}"
 *           data-plotly="{% static 'vendor/plotly/plotly-basic.min.js' %}"></script>
 *
 * so a phone that opens a page and reads its top pays for no chart at all.
 * (When plotly.js is already on the page, it is used as is.)
 *
 * Dates in the page's language: <html lang="id"> registers an Indonesian
 * Plotly locale (month names "Agu", "Agustus"), and the decimal/thousands
 * marks follow the page's language too.
 *
 * Maps ("fit": "map"): the figure element carries data-geometry, the URL of
 * the GeoJSON (static/maps/, built by `manage.py build_province_map`;
 * feature id = Kemendagri code, properties.label = a point inside), and
 * data-plotly, the geo bundle (choropleth, scattergeo), fetched only for the
 * map. The choropleth trace gets the loaded GeoJSON object in place of its
 * URL; a scattergeo trace whose meta.shape is "legend" gets one invisible
 * point (its legend entry names a band); "label" puts meta.locations' texts
 * at their label points moved by meta.offsets, and "leaders" draws a line
 * from each label point to its moved text; both only where the plot is at
 * least 640 px wide (narrower, hover/tap and the table name the provinces).
 * The height follows the width (spec.aspect = width / height). An empty
 * world topojson is handed to Plotly when layout.geo.visible is false, so
 * the map fetches nothing but its own GeoJSON. A click on a province opens
 * customdata[i][1].
 *
 * Global: window.CakupanCharts = {init(root), tableToCsv(table), drawAll()} —
 * init() for content inserted after load (idempotent), tableToCsv() for
 * tests, drawAll() draws every figure without waiting to be scrolled to.
 */
(function () {
  'use strict';

  var NARROW_PX = 480;
  var MAP_LABELS_PX = 640;
  var SCRIPT = document.currentScript;
  var PLOTLY_SRC = SCRIPT ? SCRIPT.getAttribute('data-plotly') : null;
  var LANG = (document.documentElement.getAttribute('lang') || 'id').split('-')[0];
  // Plotly's own locale format for Indonesian pages: month and day names.
  var LOCALES = {
    id: {
      moduleType: 'locale',
      name: 'id',
      dictionary: {},
      format: {
        days: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
        shortDays: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
        months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli',
          'Agustus', 'September', 'Oktober', 'November', 'Desember'],
        shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep',
          'Okt', 'Nov', 'Des'],
        date: '%d/%m/%Y',
        decimal: ',',
        thousands: '.'
      }
    }
  };
  var PRINT_WIDTH_PX = 680; // A4 portrait less ~1.5 cm margins, in CSS px
  var EXPORT_WIDTH_PX = 960;
  var DEFAULT_LABELS = { csv: 'Unduh CSV', png: 'Unduh PNG' };
  // No plotly toolbar: its buttons would sit inside the role="img" plot
  // (nested interactive controls, an accessibility failure), and the page
  // offers the downloads (CSV, PNG) as its own buttons.
  var DEFAULT_CONFIG = {
    responsive: true,
    displaylogo: false,
    displayModeBar: false,
    scrollZoom: false,
    modeBarButtonsToRemove: [
      'select2d', 'lasso2d', 'toggleSpikelines', 'hoverClosestCartesian',
      'hoverCompareCartesian', 'toImage', 'sendChartToCloud'
    ]
  };

  var figures = []; // drawn figures: {el, plot, spec, width, narrow}
  var warnedKeys = {};
  var idCounter = 0;

  function warnOnce(key, message, detail) {
    if (warnedKeys[key]) { return; }
    warnedKeys[key] = true;
    try {
      if (window.console && console.warn) {
        if (detail !== undefined) { console.warn('[charts] ' + message, detail); }
        else { console.warn('[charts] ' + message); }
      }
    } catch (e) { /* never throw */ }
  }

  // ---- small helpers -------------------------------------------------------

  function clone(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  }

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function num(value, fallback) {
    return typeof value === 'number' && isFinite(value) ? value : fallback;
  }

  function textOf(el) {
    return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  function isPlotly(value) {
    return typeof value === 'object' && value !== null && typeof value.newPlot === 'function';
  }

  function plotlyReady() {
    return isPlotly(window.Plotly);
  }

  // plotly.js instances by bundle URL. A page may need two bundles: the
  // basic one (bar, pie, scatter) for its charts and the geo one
  // (choropleth, scattergeo) for a map, each fetched only when a figure that
  // needs it comes near the screen. Each bundle sets window.Plotly when it
  // runs; its load handler (same task) takes that instance and puts back
  // what was there before, so one bundle never replaces the other.
  var instances = {};
  var loading = {};
  // A plotly.js already on the page (a <script> tag) serves the default bundle.
  var PAGE_PLOTLY = plotlyReady() ? window.Plotly : null;

  function registerLocale(P) {
    try {
      if (LOCALES[LANG] && typeof P.register === 'function') { P.register(LOCALES[LANG]); }
    } catch (err) { warnOnce('locale', 'Could not register the ' + LANG + ' locale', err); }
  }

  // plotly.js from src (default: the script tag's data-plotly), fetched
  // the first time a chart needing it is about to be seen.
  function loadPlotly(src) {
    src = src || PLOTLY_SRC;
    if (instances[src]) { return Promise.resolve(instances[src]); }
    if (src === PLOTLY_SRC && PAGE_PLOTLY) {
      instances[src] = PAGE_PLOTLY;
      registerLocale(PAGE_PLOTLY);
      return Promise.resolve(PAGE_PLOTLY);
    }
    if (loading[src]) { return loading[src]; }
    loading[src] = new Promise(function (resolve, reject) {
      if (!src) { reject(new Error('no data-plotly on the charts.js script')); return; }
      var before = window.Plotly;
      var script = document.createElement('script');
      script.src = src;
      script.async = true;
      script.onload = function () {
        var P = window.Plotly;
        if (before === undefined) {
          try { delete window.Plotly; } catch (e) { window.Plotly = undefined; }
        } else {
          window.Plotly = before;
        }
        if (isPlotly(P) && P !== before) {
          instances[src] = P;
          registerLocale(P);
          resolve(P);
        } else {
          reject(new Error('plotly.js loaded but defined no Plotly'));
        }
      };
      script.onerror = function () { reject(new Error('plotly.js could not be loaded: ' + src)); };
      document.head.appendChild(script);
    });
    return loading[src];
  }

  // Map files, fetched once per URL.
  var geometries = {};

  function loadGeometry(url) {
    if (!url) { return Promise.reject(new Error('map figure without data-geometry')); }
    if (!geometries[url]) {
      geometries[url] = window.fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) { throw new Error('map file ' + url + ': HTTP ' + response.status); }
        return response.json();
      });
    }
    return geometries[url];
  }

  function escapePlotlyText(text) {
    // Plotly reads a small HTML subset in titles; show user text literally.
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function wrapText(text, maxChars) {
    var words = String(text).split(/\s+/);
    var lines = [];
    var line = '';
    for (var i = 0; i < words.length; i++) {
      var candidate = line ? line + ' ' + words[i] : words[i];
      if (line && candidate.length > maxChars) {
        lines.push(line);
        line = words[i];
      } else {
        line = candidate;
      }
    }
    if (line) { lines.push(line); }
    return lines;
  }

  function slug(text, fallback) {
    var s = String(text || '').toLowerCase();
    try {
      s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    } catch (e) { /* old browser: keep as is */ }
    s = s.replace(/%/g, ' persen ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    s = s.slice(0, 80).replace(/-+$/, '');
    return s || fallback || 'grafik';
  }

  function saveBlob(blob, filename) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.parentNode.removeChild(link);
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 4000);
  }

  // ---- CSV -----------------------------------------------------------------

  var NUMERIC = /^-?\d+([.,]\d+)*$/;

  function csvCell(value) {
    var s = String(value);
    // A cell starting like a formula would run in a spreadsheet: neutralise it
    // (negative numbers stay numbers).
    if (/^[=+\-@\t\r]/.test(s) && !NUMERIC.test(s)) { s = "'" + s; }
    if (/[",\r\n;]/.test(s)) { s = '"' + s.replace(/"/g, '""') + '"'; }
    return s;
  }

  function tableToCsv(table) {
    var lines = [];
    var rows = table.rows; // thead rows, then tbody rows, then tfoot rows
    for (var r = 0; r < rows.length; r++) {
      var cells = rows[r].cells;
      var out = [];
      for (var c = 0; c < cells.length; c++) {
        var cell = cells[c];
        var raw = cell.getAttribute('data-value');
        out.push(csvCell(raw !== null ? raw : textOf(cell)));
        var span = parseInt(cell.getAttribute('colspan'), 10) || 1;
        for (var k = 1; k < span; k++) { out.push(''); }
      }
      lines.push(out.join(','));
    }
    return lines.join('\r\n') + '\r\n';
  }

  function downloadCsv(fig) {
    var table = fig.el.querySelector('.chart-table table');
    if (!table) { return; }
    var csv = '\uFEFF' + tableToCsv(table);
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), slug(fig.id, 'data') + '.csv');
  }

  // ---- layouts -------------------------------------------------------------

  function axisKeys(layout) {
    var keys = ['xaxis', 'yaxis'];
    Object.keys(layout).forEach(function (key) {
      if (/^[xy]axis\d+$/.test(key)) { keys.push(key); }
    });
    return keys;
  }

  function visibleLegendItems(data) {
    var names = [];
    data.forEach(function (trace) {
      if (trace && trace.showlegend !== false && trace.visible !== false) {
        names.push(String(trace.name || ''));
      }
    });
    return names;
  }

  // Rough height of a horizontal legend, for the map's height budget.
  function legendHeight(data, layout, width, fontSize) {
    if (layout.showlegend === false) { return 0; }
    var names = visibleLegendItems(data);
    if (names.length < 2 && layout.showlegend !== true) { return 0; }
    var rowWidth = 0;
    var rows = 1;
    names.forEach(function (name) {
      var w = 40 + name.length * fontSize * 0.6;
      if (rowWidth && rowWidth + w > width) { rows += 1; rowWidth = 0; }
      rowWidth += w;
    });
    return rows * (fontSize + 10) + 10;
  }

  function adaptLayout(base, data, width, fit) {
    var layout = clone(base) || {};
    var narrow = width < NARROW_PX;
    delete layout.width;
    layout.autosize = true;
    // Axis labels grow the margins rather than being cut off (a long
    // province name, a larger font); an explicit automargin: false wins.
    axisKeys(layout).forEach(function (key) {
      var axis = isObject(layout[key]) ? layout[key] : {};
      if (axis.automargin === undefined) { axis.automargin = true; }
      layout[key] = axis;
    });

    if (narrow) {
      var margin = isObject(layout.margin) ? layout.margin : {};
      layout.margin = {
        l: Math.min(num(margin.l, 80), 8),
        r: Math.min(num(margin.r, 80), 8),
        t: Math.min(num(margin.t, 100), 24),
        b: Math.min(num(margin.b, 80), 24),
        pad: 0
      };
      var font = isObject(layout.font) ? layout.font : {};
      font.size = Math.max(10, num(font.size, 12) - 2);
      layout.font = font;
      var legend = isObject(layout.legend) ? layout.legend : {};
      legend.orientation = 'h';
      legend.x = 0;
      legend.xref = 'container';
      legend.xanchor = 'left';
      legend.y = 0;
      legend.yanchor = 'bottom';
      legend.yref = 'container';
      layout.legend = legend;
      layout.dragmode = false;
    }

    return layout;
  }

  function range(axis) {
    if (!isObject(axis) || !Array.isArray(axis.range) || axis.range.length !== 2) { return null; }
    var a = Number(axis.range[0]);
    var b = Number(axis.range[1]);
    return isFinite(a) && isFinite(b) && a !== b ? Math.abs(b - a) : null;
  }

  // Map: the choropleth gets the GeoJSON object (fetched once by this
  // script, so Plotly fetches nothing), the traces whose meta.shape asks for
  // them get positions from the features' label points, and the height
  // follows the width (spec.aspect = width / height of the map itself).
  var EMPTY_TOPOLOGY = { type: 'Topology', objects: {}, arcs: [] };
  var LEADER_REACH = 0.78; // share of a moved label's offset its leader line covers

  function mapPoints(geometry) {
    var points = {};
    var features = (geometry && geometry.features) || [];
    features.forEach(function (feature) {
      var label = feature && feature.properties && feature.properties.label;
      if (feature && feature.id !== undefined && Array.isArray(label)) { points[String(feature.id)] = label; }
    });
    return points;
  }

  function fitMapTrace(trace, points, anyPoint, showLabels) {
    var meta = isObject(trace.meta) ? trace.meta : null;
    if (!meta) { return; }
    var lon = [];
    var lat = [];
    var codes = Array.isArray(meta.locations) ? meta.locations : [];
    var offsets = Array.isArray(meta.offsets) ? meta.offsets : [];
    if (meta.shape === 'legend') {
      // A legend entry only: one point far outside the map's view, so the
      // band is listed (with its colour) even when no province is in it.
      lon = [0];
      lat = [0];
    } else if (meta.shape === 'label' || meta.shape === 'leaders') {
      trace.visible = showLabels;
      codes.forEach(function (code, i) {
        var at = points[code] || anyPoint;
        var off = Array.isArray(offsets[i]) ? offsets[i] : [0, 0];
        if (meta.shape === 'label') {
          lon.push(at[0] + off[0]);
          lat.push(at[1] + off[1]);
        } else {
          // The line stops short of the text's centre, so it does not cross it.
          lon.push(at[0], at[0] + off[0] * LEADER_REACH, null);
          lat.push(at[1], at[1] + off[1] * LEADER_REACH, null);
        }
      });
    }
    trace.lon = lon;
    trace.lat = lat;
    delete trace.meta;
  }

  function fitMap(fig, data, layout, width) {
    var points = mapPoints(fig.geometry);
    var codes = Object.keys(points);
    var anyPoint = codes.length ? points[codes[0]] : [0, 0];
    var showLabels = width >= MAP_LABELS_PX;
    data.forEach(function (trace) {
      if (trace.type === 'choropleth' && typeof trace.geojson === 'string' && fig.geometry) {
        trace.geojson = fig.geometry;
      }
      if (trace.type === 'scattergeo') { fitMapTrace(trace, points, anyPoint, showLabels); }
      if (trace.mode === 'text' && isObject(trace.textfont)) {
        trace.textfont.size = width >= 900 ? 12 : 11;
      }
    });
    var aspect = num(fig.spec.aspect, 0);
    var m = isObject(layout.margin) ? layout.margin : {};
    var legend = legendHeight(data, layout, width, num((layout.font || {}).size, 12));
    if (aspect > 0) {
      var inner = width - num(m.l, 4) - num(m.r, 4);
      layout.height = Math.round(inner / aspect + num(m.t, 4) + legend + 8);
    }
    layout.margin = { l: num(m.l, 4), r: num(m.r, 4), t: num(m.t, 4), b: legend + 8 };
    var lg = isObject(layout.legend) ? layout.legend : {};
    lg.orientation = 'h';
    lg.x = 0; lg.xanchor = 'left'; lg.xref = 'container';
    lg.y = 0; lg.yanchor = 'bottom'; lg.yref = 'container';
    layout.legend = lg;
  }

  // The geo subplot asks for a world outline (a topojson file) even when
  // every base layer is off, and would draw none of it: hand it an empty
  // one, so nothing is fetched (config.topojsonURL still points at our own
  // static folder, so a base layer turned on later fails here, never on a
  // CDN).
  function seedTopology(layout) {
    var geo = layout && layout.geo;
    var assets = window.PlotlyGeoAssets;
    if (!isObject(geo) || geo.visible !== false || !assets || !isObject(assets.topojson)) { return; }
    var name = String(geo.scope || 'world').replace(/ /g, '-') + '_' + String(geo.resolution || 110) + 'm';
    if (assets.topojson[name] === undefined) { assets.topojson[name] = EMPTY_TOPOLOGY; }
  }

  // A click (or tap) on a province opens its page (customdata[i][1]).
  function linkMap(fig) {
    if (fig.linked || typeof fig.plot.on !== 'function') { return; }
    fig.linked = true;
    fig.plot.on('plotly_click', function (event) {
      var point = event && event.points && event.points[0];
      var row = point && point.customdata;
      if (Array.isArray(row) && row[1]) { window.location.assign(row[1]); }
    });
  }

  function plotWidth(fig) {
    var w = fig.plot.clientWidth || fig.el.clientWidth;
    return w > 0 ? w : Math.min(window.innerWidth || 800, 800);
  }

  function buildFigure(fig, width) {
    var data = clone(fig.spec.data);
    var layout = adaptLayout(fig.spec.layout, data, width, fig.spec.fit);
    layout.separators = LANG === 'en' ? '.,' : ',.';
    if (fig.spec.fit === 'map') { fitMap(fig, data, layout, width); }
    return { data: data, layout: layout };
  }

  function config(fig, narrow) {
    var cfg = {};
    Object.keys(DEFAULT_CONFIG).forEach(function (k) { cfg[k] = clone(DEFAULT_CONFIG[k]); });
    // On a phone the zoom/pan bar only gets in the way of the page's own
    // buttons (and drag-zoom is off there); a figure's config may still ask for it.
    if (narrow) { cfg.displayModeBar = false; }
    if (LOCALES[LANG]) { cfg.locale = LANG; }
    var extra = isObject(fig.spec.config) ? fig.spec.config : {};
    Object.keys(extra).forEach(function (k) { cfg[k] = clone(extra[k]); });
    return cfg;
  }

  // Redraw with a layout adapted to the current (or a given) width.
  function redraw(fig, widthOverride) {
    if (!fig.drawn) { return; }
    var width = widthOverride || plotWidth(fig);
    var built = buildFigure(fig, width);
    if (widthOverride) { built.layout.width = widthOverride; built.layout.autosize = false; }
    fig.width = width;
    fig.narrow = width < NARROW_PX;
    try {
      var result = fig.P.react(fig.plot, built.data, built.layout, config(fig, fig.narrow));
      if (result && typeof result.catch === 'function') {
        result.catch(function (err) { warnOnce('redraw:' + fig.id, 'Could not redraw ' + fig.id, err); });
      }
    } catch (err) {
      warnOnce('redraw:' + fig.id, 'Could not redraw ' + fig.id, err);
    }
  }

  function onResize(fig) {
    if (printing) { return; } // print redraws are handled by the print listeners
    var width = plotWidth(fig);
    if (Math.abs(width - (fig.width || 0)) < 1) { return; }
    var narrow = width < NARROW_PX;
    // A new layout when it must change (phone/desktop, the map's height);
    // otherwise a plain resize, which also covers containers that change
    // size without the window doing so (a plot drawn while hidden).
    if (narrow !== fig.narrow || fig.spec.fit === 'map') {
      redraw(fig);
    } else {
      fig.width = width;
      try {
        var p = fig.P.Plots && fig.P.Plots.resize(fig.plot);
        if (p && typeof p.catch === 'function') { p.catch(function () {}); }
      } catch (err) { /* never throw */ }
    }
  }

  // ---- PNG -----------------------------------------------------------------

  function exportFigure(fig) {
    var width = Math.max(EXPORT_WIDTH_PX, Math.min(plotWidth(fig), 1600));
    var built = buildFigure(fig, width);
    var layout = built.layout;
    var title = textOf(fig.el.querySelector('.chart-title'));
    var subtitle = textOf(fig.el.querySelector('.chart-subtitle'));
    var source = textOf(fig.el.querySelector('.chart-source'));
    var titleLines = title ? wrapText(title, Math.floor((width - 40) / 10)) : [];
    var smallLines = [];
    if (subtitle) { smallLines = smallLines.concat(wrapText(subtitle, Math.floor((width - 40) / 7))); }
    if (source) { smallLines = smallLines.concat(wrapText(source, Math.floor((width - 40) / 7))); }
    // Plain text and <br> only: Plotly turns <b> or <span style> into style
    // attributes, which a CSP without 'unsafe-inline' blocks.
    if (titleLines.length || smallLines.length) {
      var blockHeight = titleLines.length * 24 + smallLines.length * 18 + 28;
      var margin = isObject(layout.margin) ? layout.margin : {};
      margin.t = num(margin.t, 100) + blockHeight;
      layout.margin = margin;
      layout.height = (num(layout.height, 0) || 450) + blockHeight;
      layout.title = {
        text: titleLines.map(escapePlotlyText).join('<br>'),
        font: { size: 18, weight: 700, color: '#1b1f24' },
        subtitle: {
          text: smallLines.map(escapePlotlyText).join('<br>'),
          font: { size: 13, color: '#4a5360' }
        },
        x: 0, xref: 'container', xanchor: 'left',
        y: 1, yref: 'container', yanchor: 'top',
        pad: { t: 16, l: 16 }
      };
    }
    layout.width = width;
    layout.autosize = false;
    if (!layout.paper_bgcolor) { layout.paper_bgcolor = '#ffffff'; }
    return { data: built.data, layout: layout, config: { displayModeBar: false } };
  }

  function downloadPng(fig) {
    if (!fig.P || typeof fig.P.downloadImage !== 'function') { return; }
    var title = textOf(fig.el.querySelector('.chart-title'));
    var figure;
    try {
      figure = exportFigure(fig);
    } catch (err) {
      warnOnce('png:' + fig.id, 'Could not prepare the image of ' + fig.id, err);
      return;
    }
    try {
      var p = fig.P.downloadImage(figure, {
        format: 'png',
        filename: slug(title, fig.id),
        width: figure.layout.width,
        height: figure.layout.height,
        scale: 2
      });
      if (p && typeof p.catch === 'function') {
        p.catch(function (err) { warnOnce('png:' + fig.id, 'Could not save the image of ' + fig.id, err); });
      }
    } catch (err) {
      warnOnce('png:' + fig.id, 'Could not save the image of ' + fig.id, err);
    }
  }

  // ---- buttons -------------------------------------------------------------

  function ensureId(el, prefix) {
    if (!el.id) {
      idCounter += 1;
      el.id = prefix + '-' + idCounter;
    }
    return el.id;
  }

  function addButton(fig, kind, onClick) {
    var actions = fig.el.querySelector('.chart-actions');
    if (!actions || actions.querySelector('[data-chart-action="' + kind + '"]')) { return; }
    var label = actions.getAttribute('data-label-' + kind) || DEFAULT_LABELS[kind];
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'chart-button chart-button--' + kind;
    button.setAttribute('data-chart-action', kind);
    button.textContent = label;
    var title = fig.el.querySelector('.chart-title');
    if (title) { button.setAttribute('aria-describedby', ensureId(title, fig.id + '-title')); }
    button.addEventListener('click', function () {
      try { onClick(fig); } catch (err) { warnOnce(kind + ':' + fig.id, 'Download failed for ' + fig.id, err); }
    });
    if (kind === 'csv') { actions.insertBefore(button, actions.firstChild); }
    else { actions.appendChild(button); }
  }

  // ---- set-up --------------------------------------------------------------

  function showStatic(fig) {
    fig.el.classList.add('chart--static');
    var details = fig.el.querySelector('details.chart-table');
    if (details) { details.open = true; }
  }

  function readSpec(id) {
    var node = id ? document.getElementById(id) : null;
    if (!node) {
      warnOnce('missing:' + id, 'No chart data element with id "' + id + '"');
      return null;
    }
    var spec;
    try {
      spec = JSON.parse(node.textContent);
    } catch (err) {
      warnOnce('json:' + id, 'Chart data "' + id + '" is not valid JSON', err && err.message);
      return null;
    }
    if (!isObject(spec) || !Array.isArray(spec.data)) {
      warnOnce('shape:' + id, 'Chart data "' + id + '" has no "data" list');
      return null;
    }
    if (!isObject(spec.layout)) { spec.layout = {}; }
    return spec;
  }

  var pending = []; // figures set up but not drawn yet
  var observer = null;

  function setUp(el) {
    if (el.getAttribute('data-chart-ready')) { return; }
    el.setAttribute('data-chart-ready', 'static');
    var fig = { el: el, id: el.getAttribute('data-chart') || '', plot: el.querySelector('.chart-plot') };

    if (el.querySelector('.chart-table table')) { addButton(fig, 'csv', downloadCsv); }

    if (!fig.plot) { showStatic(fig); return; }
    fig.spec = readSpec(fig.id);
    if (!fig.spec) { showStatic(fig); return; }
    el.setAttribute('data-chart-ready', 'waiting');
    pending.push(fig);
    if (observer) { observer.observe(el); } else { draw(fig); }
  }

  function draw(fig) {
    if (fig.started) { return; }
    fig.started = true;
    if (observer) { observer.unobserve(fig.el); }
    fig.el.setAttribute('data-chart-ready', 'loading');
    // A figure may name its own bundle (data-plotly on the figure: the map's
    // geo bundle); otherwise the one on the charts.js script tag.
    var needs = [loadPlotly(fig.el.getAttribute('data-plotly')).then(function (P) { fig.P = P; })];
    if (fig.spec.fit === 'map') {
      needs.push(loadGeometry(fig.el.getAttribute('data-geometry')).then(function (geometry) {
        fig.geometry = geometry;
      }));
    }
    Promise.all(needs).then(function () { plot(fig); }, function (err) {
      warnOnce('plotly', 'plotly.js or the map could not be loaded; charts are shown as tables', err);
      fig.el.setAttribute('data-chart-ready', 'static');
      showStatic(fig);
    });
  }

  function plot(fig) {
    var el = fig.el;
    var width = plotWidth(fig);
    var built;
    try {
      built = buildFigure(fig, width);
    } catch (err) {
      warnOnce('build:' + fig.id, 'Could not prepare chart ' + fig.id, err);
      el.setAttribute('data-chart-ready', 'static');
      showStatic(fig);
      return;
    }
    fig.width = width;
    fig.narrow = width < NARROW_PX;

    function drawn() {
      fig.drawn = true;
      figures.push(fig);
      var before = el.getBoundingClientRect();
      el.classList.remove('chart--static');
      el.setAttribute('data-chart-ready', 'drawn');
      var details = el.querySelector('details.chart-table');
      if (details) { details.open = false; }
      keepPlace(el, before);
      addButton(fig, 'png', downloadPng);
      if (fig.spec.fit === 'map') { linkMap(fig); }
      if (typeof window.ResizeObserver === 'function') {
        new window.ResizeObserver(function () { onResize(fig); }).observe(fig.plot);
      }
    }
    function failed(err) {
      warnOnce('plot:' + fig.id, 'Could not draw chart ' + fig.id, err);
      el.setAttribute('data-chart-ready', 'static');
      showStatic(fig);
    }
    try {
      seedTopology(built.layout);
      var result = fig.P.newPlot(fig.plot, built.data, built.layout, config(fig, fig.narrow));
      if (result && typeof result.then === 'function') { result.then(drawn, failed); }
      else { drawn(); }
    } catch (err) {
      failed(err);
    }
  }

  // A chart gets shorter when it is drawn (its data table closes). Drawn
  // after the reader scrolled past it: move the page by as much, so what
  // they see stays put (unless the browser's scroll anchoring already did).
  // Drawn while they were inside its long table: the chart that replaces
  // the table comes to the top of the screen instead of the page running
  // on without them.
  function keepPlace(el, before) {
    if (before.top >= 0) { return; }
    var after = el.getBoundingClientRect();
    var shrunk = before.height - after.height;
    if (shrunk === 0) { return; }
    if (before.bottom <= 0) {
      if (Math.abs(after.top - before.top) < 1) { window.scrollBy(0, -shrunk); }
    } else if (after.bottom < 0) {
      window.scrollBy(0, after.top);
    }
  }

  function drawAll() {
    pending.slice().forEach(draw);
  }

  function init(root) {
    var scope = root && root.querySelectorAll ? root : document;
    var nodes = scope.querySelectorAll('[data-chart]');
    for (var i = 0; i < nodes.length; i++) {
      try { setUp(nodes[i]); } catch (err) { warnOnce('setup', 'Chart set-up failed', err); }
    }
  }

  // ---- print ---------------------------------------------------------------

  var openedForPrint = [];
  var printing = false;

  function beforePrint() {
    printing = true;
    var tables = document.querySelectorAll('[data-chart] details.chart-table');
    for (var i = 0; i < tables.length; i++) {
      if (!tables[i].open) { tables[i].open = true; openedForPrint.push(tables[i]); }
    }
    figures.forEach(function (fig) { redraw(fig, Math.min(plotWidth(fig), PRINT_WIDTH_PX)); });
  }

  function afterPrint() {
    printing = false;
    openedForPrint.forEach(function (d) { d.open = false; });
    openedForPrint = [];
    figures.forEach(function (fig) { redraw(fig); });
  }

  function watchPrint() {
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    if (typeof window.matchMedia !== 'function') { return; }
    var query = window.matchMedia('print');
    var onChange = function (event) {
      // Here the print layout is in force: redraw at the printed width.
      if (event.matches) {
        printing = true;
        figures.forEach(function (fig) { redraw(fig, plotWidth(fig)); });
      }
    };
    if (typeof query.addEventListener === 'function') { query.addEventListener('change', onChange); }
    else if (typeof query.addListener === 'function') { query.addListener(onChange); }
  }

  function start() {
    try {
      if (typeof window.IntersectionObserver === 'function') {
        // A chart starts loading when it is within 200 px of the screen.
        observer = new window.IntersectionObserver(function (entries) {
          entries.forEach(function (entry) {
            if (!entry.isIntersecting) { return; }
            for (var i = 0; i < pending.length; i++) {
              if (pending[i].el === entry.target) { draw(pending[i]); }
            }
          });
        }, { rootMargin: '200px 0px' });
      }
      watchPrint();
      init(document);
    } catch (err) {
      warnOnce('start', 'Charts could not start', err);
    }
  }

  window.CakupanCharts = Object.freeze({ init: init, tableToCsv: tableToCsv, drawAll: drawAll });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
