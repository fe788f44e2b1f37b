/* zoast:webmap — the page: search, click, zones, establishments nearest first, three languages.
 *
 * Reads window.ZOAST_DATA (data.js, written by the plugin) and window.ZOAST_STRINGS
 * (strings.js). Works from file://: no fetch, no module, no external request.
 * Every text from the data goes into the page through textContent or attribute
 * values, never parsed as HTML, so a name holding "<script>" stays a name.
 */
(function () {
  "use strict";

  var DATA = window.ZOAST_DATA;
  var STRINGS = window.ZOAST_STRINGS;
  var LANGUAGES = ["fr", "nl", "en"];
  var LOCALES = { fr: "fr-FR", nl: "nl-BE", en: "en-GB" };
  var MAX_SUGGESTIONS = 8;
  var EARTH_RADIUS_KM = 6371.0088;

  var state = { lang: "en", place: null, suggestions: [], active: -1 };
  var layers = {};
  var map = null;

  // ------------------------------------------------------------------ text

  function t(key, values) {
    var table = STRINGS[state.lang] || STRINGS.en;
    var text = table[key] !== undefined ? table[key] : (STRINGS.en[key] !== undefined ? STRINGS.en[key] : key);
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return values && values[name] !== undefined ? String(values[name]) : match;
    });
  }

  /* ``key.one`` or ``key.other`` by ``count`` (French, Dutch and English: one for 1 only). */
  function tn(key, count) {
    return t(key + (count === 1 ? ".one" : ".other"), { count: count });
  }

  /* An element with text (textContent) and attributes; children appended in order. */
  function el(tag, options, children) {
    var node = document.createElement(tag);
    options = options || {};
    if (options.text !== undefined) { node.textContent = options.text; }
    if (options.className) { node.className = options.className; }
    if (options.attrs) {
      Object.keys(options.attrs).forEach(function (name) { node.setAttribute(name, options.attrs[name]); });
    }
    (children || []).forEach(function (child) {
      if (child) { node.appendChild(typeof child === "string" ? document.createTextNode(child) : child); }
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/\u0153/g, "oe").replace(/\u00e6/g, "ae").replace(/\u00df/g, "ss")
      .replace(/[^a-z0-9]+/g, " ").trim();
  }

  /* "Téléphone : " / "Telefoon: " — French puts a space before the colon. */
  function labelled(key) {
    return t(key) + (state.lang === "fr" ? "\u00a0: " : ": ");
  }

  function formatDate(iso) {
    if (!iso) { return ""; }
    var date = new Date(iso + "T00:00:00Z");
    if (isNaN(date.getTime())) { return iso; }
    return new Intl.DateTimeFormat(LOCALES[state.lang], { year: "numeric", month: "long", day: "numeric",
                                                          timeZone: "UTC" }).format(date);
  }

  function formatKm(km) {
    return new Intl.NumberFormat(LOCALES[state.lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 })
      .format(km);
  }

  // ------------------------------------------------------------------ geometry

  var FACTOR = Math.pow(10, (DATA && DATA.meta && DATA.meta.precision) || 5);

  /* A polyline string → [[lat, lon], …] (Google's algorithm, as written by core/webmap.py). */
  function decodeRing(text) {
    var index = 0, lat = 0, lon = 0, points = [];
    function next() {
      var byte, shift = 0, result = 0;
      do {
        byte = text.charCodeAt(index++) - 63;
        result |= (byte & 31) << shift;
        shift += 5;
      } while (byte >= 32);
      return (result & 1) ? ~(result >>> 1) : (result >>> 1);
    }
    while (index < text.length) {
      lat += next();
      lon += next();
      points.push([lat / FACTOR, lon / FACTOR]);
    }
    return points;
  }

  /* [[ring strings of a polygon], …] → {latlngs: [[[lat, lon]…]…]…], bbox: [south, west, north, east]} */
  function decodeGeometry(polygons) {
    var bbox = [Infinity, Infinity, -Infinity, -Infinity];
    var latlngs = (polygons || []).map(function (rings) {
      return rings.map(function (text, n) {
        var ring = decodeRing(text);
        if (n === 0) {
          ring.forEach(function (p) {
            if (p[0] < bbox[0]) { bbox[0] = p[0]; }
            if (p[1] < bbox[1]) { bbox[1] = p[1]; }
            if (p[0] > bbox[2]) { bbox[2] = p[0]; }
            if (p[1] > bbox[3]) { bbox[3] = p[1]; }
          });
        }
        return ring;
      });
    });
    return { latlngs: latlngs, bbox: bbox };
  }

  function inRing(lat, lon, ring) {
    var inside = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var yi = ring[i][0], xi = ring[i][1], yj = ring[j][0], xj = ring[j][1];
      if ((yi > lat) !== (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) { inside = !inside; }
    }
    return inside;
  }

  function inGeometry(lat, lon, shape) {
    var b = shape.bbox;
    if (lat < b[0] || lat > b[2] || lon < b[1] || lon > b[3]) { return false; }
    return shape.latlngs.some(function (rings) {
      if (!rings.length || !inRing(lat, lon, rings[0])) { return false; }
      return !rings.slice(1).some(function (hole) { return inRing(lat, lon, hole); });
    });
  }

  function distanceKm(a, b) {
    var rad = Math.PI / 180;
    var dLat = (b[0] - a[0]) * rad, dLon = (b[1] - a[1]) * rad;
    var h = Math.pow(Math.sin(dLat / 2), 2) +
      Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  // ------------------------------------------------------------------ data

  var units = [];
  var zones = [];
  var establishments = [];

  function prepare() {
    var u = DATA.units;
    for (var i = 0; i < u.id.length; i++) {
      var names = [u.name[i], u.name_nl[i], u.name_fr[i]].filter(function (n) { return n; });
      units.push({
        index: i, id: u.id[i], code: u.code[i], country: u.country[i], name: u.name[i], nameNl: u.name_nl[i],
        nameFr: u.name_fr[i], postcodes: u.postcodes[i] || [], zones: u.zones[i] || [], since: u.since[i] || [],
        point: u.lat[i] === null ? null : [u.lat[i], u.lon[i]], shape: decodeGeometry(u.geometry[i]),
        keys: names.map(fold).filter(function (k, n, all) { return k && all.indexOf(k) === n; }),
        codes: [u.code[i]].concat(u.postcodes[i] || []).map(function (c) { return fold(c).replace(/ /g, ""); })
      });
    }
    zones = DATA.zones.map(function (zone, n) {
      return Object.assign({ index: n, shape: decodeGeometry(zone.geometry) }, zone);
    });
    establishments = DATA.establishments;
  }

  function unitName(unit) {
    if (state.lang === "nl" && unit.nameNl) { return unit.nameNl; }
    if (state.lang === "fr" && unit.nameFr) { return unit.nameFr; }
    return unit.name || unit.nameFr || unit.nameNl || unit.id;
  }

  function otherNames(unit) {
    var shown = unitName(unit);
    return [unit.name, unit.nameNl, unit.nameFr].filter(function (n, i, all) {
      return n && n !== shown && all.indexOf(n) === i;
    });
  }

  function zoneName(zone) {
    if (state.lang === "nl") { return zone.name_nl || zone.name_fr || zone.code; }
    return zone.name_fr || zone.name_nl || zone.code;
  }

  function countryName(code) {
    return STRINGS.en["country." + code] ? t("country." + code) : code;
  }

  function categoryLabel(code) {
    var key = "cat." + code;
    return STRINGS.en[key] ? t(key) : code;
  }

  function careLabel(code) {
    var key = "care." + code;
    return STRINGS.en[key] ? t(key) : code;
  }

  // ------------------------------------------------------------------ search

  function search(query) {
    var q = fold(query);
    if (!q) { return []; }
    var compact = q.replace(/ /g, "");
    var found = [];
    units.forEach(function (unit) {
      var score = 9;
      unit.codes.forEach(function (code) {
        if (code === compact) { score = Math.min(score, 0); } else if (compact.length >= 2 && code.indexOf(compact) === 0) {
          score = Math.min(score, 2);
        }
      });
      unit.keys.forEach(function (key) {
        if (key === q) { score = Math.min(score, 0); } else if (key.indexOf(q) === 0) { score = Math.min(score, 1); } else if (
          (" " + key).indexOf(" " + q) >= 0) { score = Math.min(score, 2); } else if (key.indexOf(q) >= 0) {
          score = Math.min(score, 3);
        }
      });
      if (score < 9) { found.push({ unit: unit, score: score }); }
    });
    found.sort(function (a, b) {
      return a.score - b.score || unitName(a.unit).length - unitName(b.unit).length ||
        unitName(a.unit).localeCompare(unitName(b.unit), LOCALES[state.lang]);
    });
    return found.slice(0, MAX_SUGGESTIONS).map(function (f) { return f.unit; });
  }

  var input, list, status;

  function suggestionText(unit) {
    var others = otherNames(unit);
    return unitName(unit) + (others.length ? " (" + others.join(", ") + ")" : "");
  }

  function renderSuggestions() {
    clear(list);
    state.suggestions.forEach(function (unit, n) {
      var option = el("li", { attrs: { id: "suggestion-" + n, role: "option",
                                       "aria-selected": n === state.active ? "true" : "false" } },
                      [suggestionText(unit) + " ",
                       el("span", { className: "code", text: "— " + countryName(unit.country) + ", " + unit.code })]);
      option.addEventListener("mousedown", function (event) { event.preventDefault(); });
      option.addEventListener("click", function () { choose(unit); });
      list.appendChild(option);
    });
    var open = state.suggestions.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    if (state.active >= 0) {
      input.setAttribute("aria-activedescendant", "suggestion-" + state.active);
      var active = document.getElementById("suggestion-" + state.active);
      if (active && active.scrollIntoView) { active.scrollIntoView({ block: "nearest" }); }
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function closeSuggestions() {
    state.suggestions = [];
    state.active = -1;
    renderSuggestions();
  }

  function onInput() {
    state.suggestions = search(input.value);
    state.active = -1;
    renderSuggestions();
    status.textContent = input.value.trim() ? (state.suggestions.length ? tn("search.count", state.suggestions.length) : t("search.none", { query: input.value.trim() })) : "";
  }

  function onKey(event) {
    var count = state.suggestions.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!count) { onInput(); count = state.suggestions.length; }
      if (!count) { return; }
      event.preventDefault();
      var step = event.key === "ArrowDown" ? 1 : -1;
      state.active = (state.active + step + count + (state.active < 0 && step < 0 ? 1 : 0)) % count;
      renderSuggestions();
    } else if (event.key === "Escape") {
      closeSuggestions();
    }
  }

  function onSubmit(event) {
    event.preventDefault();
    var unit = state.active >= 0 ? state.suggestions[state.active] : search(input.value)[0];
    if (!input.value.trim()) {
      status.textContent = t("search.empty");
      return;
    }
    if (!unit) {
      closeSuggestions();
      state.place = { none: input.value.trim() };
      renderResult();
      return;
    }
    choose(unit);
  }

  function choose(unit) {
    input.value = unitName(unit);
    closeSuggestions();
    showPlace({ unit: unit, point: unit.point, zones: unit.zones, clicked: false });
    if (unit.shape.latlngs.length) {
      var b = unit.shape.bbox;
      map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { maxZoom: 11, padding: [30, 30] });
    }
  }

  // ------------------------------------------------------------------ click

  function unitAt(lat, lon) {
    for (var i = 0; i < units.length; i++) {
      if (inGeometry(lat, lon, units[i].shape)) { return units[i]; }
    }
    return null;
  }

  function onMapClick(event) {
    var lat = event.latlng.lat, lon = event.latlng.lng;
    var unit = unitAt(lat, lon);
    var covering = unit ? unit.zones : zones.filter(function (z) { return inGeometry(lat, lon, z.shape); })
      .map(function (z) { return z.index; });
    showPlace({ unit: unit, point: [lat, lon], zones: covering, clicked: true });
  }

  // ------------------------------------------------------------------ result

  function showPlace(place) {
    state.place = place;
    renderResult();
    layers.place.clearLayers();
    if (place.unit && place.unit.shape.latlngs.length) {
      L.polygon(place.unit.shape.latlngs, { renderer: layers.renderers.place, color: "#000", weight: 3, fill: false, interactive: false })
        .addTo(layers.place);
    }
    if (place.point) {
      L.circleMarker(place.point, { renderer: layers.renderers.place, radius: 8, color: "#000", weight: 3, fillColor: "#ffbf47", fillOpacity: 1,
                                    interactive: false }).addTo(layers.place);
    }
  }

  function establishmentItem(est, origin) {
    var item = el("li", { attrs: { "data-id": est.id } });
    var head = el("p", {}, [el("span", { className: "name", text: est.name })]);
    var km = origin && est.lat !== null ? distanceKm(origin, [est.lat, est.lon]) : null;
    head.appendChild(document.createTextNode(" — "));
    head.appendChild(el("span", { className: "distance",
                                  text: km === null ? t("distance.unknown") : t("distance", { km: formatKm(km) }) }));
    item.appendChild(head);
    if (est.address) { item.appendChild(el("p", { text: labelled("est.address") + est.address })); }
    if (est.phone) {
      var digits = est.phone.replace(/[^0-9+]/g, "");
      var phone = el("p", { text: labelled("est.phone") });
      phone.appendChild(digits ? el("a", { text: est.phone, attrs: { href: "tel:" + digits } }) :
        document.createTextNode(est.phone));
      item.appendChild(phone);
    }
    if (est.categories && est.categories.length) {
      item.appendChild(el("p", { text: labelled("est.categories") +
        est.categories.map(categoryLabel).join(", ") }));
    }
    if (est.lat !== null) {
      var button = el("button", { className: "link", text: t("est.show"),
                                  attrs: { type: "button", "aria-label": t("est.show") + " : ".slice(
                                    state.lang === "fr" ? 0 : 1) + est.name } });
      button.addEventListener("click", function () { showEstablishment(est); });
      item.appendChild(button);
    }
    return { item: item, km: km };
  }

  function zoneArticle(zone, place, position) {
    var article = el("article", { className: "zone", attrs: { "data-zone": zone.code } });
    article.style.borderLeftColor = zone.colour;
    var swatch = el("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
    swatch.style.background = zone.colour;
    article.appendChild(el("h3", {}, [swatch, el("span", { text: zoneName(zone) })]));
    var facts = el("dl");
    function fact(term, value) {
      if (value) { facts.appendChild(el("dt", { text: term })); facts.appendChild(el("dd", { text: value })); }
    }
    var status = (zone.status || "").toLowerCase();
    if (status && status !== "active" && status !== "in_force") {
      fact(t("zone.status"), STRINGS.en["status." + status] ? t("status." + status) : zone.status);
    }
    fact(t("zone.in_force"), formatDate(zone.in_force_from) || t("zone.unknown"));
    fact(t("zone.ends"), formatDate(zone.ends_on) || t("zone.open_ended"));
    fact(t("zone.signed"), formatDate(zone.signed_on));
    if (place.unit && !place.clicked) {
      var since = place.unit.since[place.unit.zones.indexOf(zone.index)];
      fact(t("zone.covered_since"), formatDate(since));
    }
    fact(t("zone.care"), zone.care_covered.length ? zone.care_covered.map(careLabel).join(", ") : t("zone.unknown"));
    fact(t("zone.insurers"), zone.insurers);
    article.appendChild(facts);

    var country = place.unit ? place.unit.country : null;
    var other = country === "FR" ? "BE" : (country === "BE" ? "FR" : null);
    var listed = zone.establishments.map(function (i) { return establishments[i]; }).filter(function (est) {
      // The other side's; one on no known side is listed for both (the export warned about it).
      return !other || est.country === other || (est.country !== "FR" && est.country !== "BE");
    });
    article.appendChild(el("h4", { text: other ? t("zone.establishments", { side: t("side." + other) }) :
      t("zone.establishments_all") }));
    if (!listed.length) {
      article.appendChild(el("p", { text: t("zone.no_establishment", { side: other ? t("side." + other) : "" }) }));
      return article;
    }
    var items = listed.map(function (est) { return establishmentItem(est, position); });
    items.sort(function (a, b) {
      if (a.km === null) { return b.km === null ? 0 : 1; }
      return b.km === null ? -1 : a.km - b.km;
    });
    article.appendChild(el("ol", { className: "establishments" }, items.map(function (i) { return i.item; })));
    return article;
  }

  function renderResult() {
    var body = document.getElementById("result-body");
    clear(body);
    var place = state.place;
    if (!place) {
      body.appendChild(el("p", { text: t("result.intro") }));
      return;
    }
    if (place.none !== undefined) {
      body.appendChild(el("p", { className: "none", text: t("search.none", { query: place.none }) }));
      return;
    }
    var unit = place.unit;
    var name = unit ? unitName(unit) : "";
    body.appendChild(el("h3", { className: "place", text: place.clicked ?
      t("result.clicked") + (unit ? " " + t("result.in_unit", { name: name }) : "") : name }));
    if (unit) {
      var details = [countryName(unit.country), unit.code];
      var others = otherNames(unit);
      if (others.length) { details.push(t("result.also", { names: others.join(", ") })); }
      body.appendChild(el("p", { className: "place-meta", text: details.join(" · ") }));
    } else {
      body.appendChild(el("p", { className: "place-meta", text: t("result.no_unit") }));
    }
    if (!place.zones.length) {
      body.appendChild(el("p", { className: "none", attrs: { "data-result": "no-zone" },
                                 text: t("result.no_zone", { name: name || t("result.clicked").toLowerCase() }) }));
      body.appendChild(el("p", { text: t("result.no_zone_hint") }));
      return;
    }
    body.appendChild(el("p", { text: tn("result.zones", place.zones.length) }));
    place.zones.forEach(function (z) { body.appendChild(zoneArticle(zones[z], place, place.point)); });
  }

  // ------------------------------------------------------------------ map

  function popupContent(est) {
    return function () {
      var box = el("div");
      box.appendChild(el("p", { className: "popup-title", text: est.name }));
      [est.address, est.phone, countryName(est.country)].forEach(function (line) {
        if (line) { box.appendChild(el("p", { className: "popup-line", text: line })); }
      });
      var names = zones.filter(function (z) { return z.establishments.indexOf(establishments.indexOf(est)) >= 0; })
        .map(zoneName);
      if (names.length) { box.appendChild(el("p", { className: "popup-line", text: names.join(", ") })); }
      return box;
    };
  }

  function showEstablishment(est) {
    var marker = layers.markers[establishments.indexOf(est)];
    if (!marker) { return; }
    if (!map.hasLayer(layers.establishments)) { layers.establishments.addTo(map); }
    map.setView(marker.getLatLng(), Math.max(map.getZoom(), 12));
    marker.openPopup();
  }

  function buildMap() {
    map = L.map("map", { preferCanvas: true, attributionControl: false, zoomSnap: 0.5, minZoom: 5, maxZoom: 17,
                         keyboard: true });
    var bounds = DATA.meta.bounds;
    if (bounds) { map.fitBounds(bounds); } else { map.setView([50.4, 3.6], 8); }
    if (DATA.meta.tiles && DATA.meta.tiles.url) {
      layers.tiles = L.tileLayer(DATA.meta.tiles.url, { maxZoom: 19 }).addTo(map);
      var Credit = L.Control.extend({ onAdd: function () {
        return el("div", { className: "tiles-credit", text: DATA.meta.tiles.attribution || "" });
      } });
      new Credit({ position: "bottomright" }).addTo(map);
    }
    // One pane (and canvas) per kind, so a layer switched back on keeps its place in the stack.
    var renderers = {};
    [["land", 300], ["units", 320], ["overlays", 340], ["zones", 360], ["place", 380], ["markers", 450]]
      .forEach(function (pane) {
        map.createPane("zoast-" + pane[0]).style.zIndex = String(pane[1]);
        renderers[pane[0]] = L.canvas({ pane: "zoast-" + pane[0], padding: 0.2 });
      });
    layers.renderers = renderers;
    layers.countries = L.layerGroup(DATA.countries.map(function (country) {
      return L.polygon(decodeGeometry(country.geometry).latlngs, {
        renderer: renderers.land, color: "#4d4d4d", weight: 1.6, fillColor: "#f7f5ef", fillOpacity: layers.tiles ? 0 : 1,
        interactive: false });
    })).addTo(map);
    layers.units = L.layerGroup(units.filter(function (u) { return u.shape.latlngs.length; }).map(function (u) {
      return L.polygon(u.shape.latlngs, { renderer: renderers.units, color: "#a8a8a8", weight: 0.5, fill: false,
                                          interactive: false });
    })).addTo(map);
    layers.overlays = (DATA.overlays || []).map(function (overlay) {
      var group = L.layerGroup(overlay.features.map(function (feature) {
        var shape = decodeGeometry(feature.geometry).latlngs;
        if (overlay.kind === "gaps") {
          var colour = overlay.classes[feature.class].colour;
          return L.polygon(shape, { renderer: renderers.overlays, stroke: false, fillColor: colour, fillOpacity: 0.65,
                                    interactive: false });
        }
        return L.polygon(shape, { renderer: renderers.overlays, color: "#3b3b3b", weight: 1.5, dashArray: "5 4", fill: false,
                                  interactive: false });
      }));
      return { overlay: overlay, group: group };
    });
    layers.zones = L.layerGroup(zones.filter(function (z) { return z.shape.latlngs.length; }).map(function (z) {
      return L.polygon(z.shape.latlngs, { renderer: renderers.zones, color: z.colour, weight: 2.2, fillColor: z.colour,
                                          fillOpacity: 0.28, interactive: false });
    })).addTo(map);
    layers.markers = establishments.map(function (est, n) {
      if (est.lat === null) { return null; }
      var first = zones.filter(function (z) { return z.establishments.indexOf(n) >= 0; })[0];
      var marker = L.circleMarker([est.lat, est.lon], { renderer: renderers.markers, radius: 6, color: "#ffffff", weight: 2,
                                                        fillColor: first ? first.colour : "#333", fillOpacity: 1 });
      marker.bindTooltip(function () { return el("span", { text: est.name }); });
      marker.bindPopup(popupContent(est));
      marker.on("click", function (event) { L.DomEvent.stopPropagation(event); });
      return marker;
    });
    layers.establishments = L.layerGroup(layers.markers.filter(function (m) { return m; })).addTo(map);
    layers.place = L.layerGroup().addTo(map);
    map.on("click", onMapClick);
  }

  // ------------------------------------------------------------------ legend, about, language

  function toggle(id, text, layer, checked, extra) {
    var box = el("input", { attrs: { type: "checkbox", id: id } });
    box.checked = checked;
    box.addEventListener("change", function () {
      if (box.checked) { layer.addTo(map); } else { map.removeLayer(layer); }
    });
    var row = el("div", { className: "toggle" }, [box, el("label", { text: text, attrs: { for: id } })]);
    return el("div", {}, [row, extra || null]);
  }

  function renderLegend() {
    var body = document.getElementById("legend-body");
    clear(body);
    var zoneList = el("ul", { className: "legend-list" }, zones.map(function (zone) {
      var swatch = el("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
      swatch.style.background = zone.colour;
      return el("li", {}, [swatch, el("span", { text: zoneName(zone) })]);
    }));
    body.appendChild(toggle("layer-zones", t("layer.zones"), layers.zones, map.hasLayer(layers.zones), zoneList));
    var dot = el("span", { className: "dot", attrs: { "aria-hidden": "true" } });
    dot.style.background = "#0072B2";
    body.appendChild(toggle("layer-establishments", t("layer.establishments"), layers.establishments,
                            map.hasLayer(layers.establishments),
                            el("ul", { className: "legend-list" }, [el("li", {}, [dot, el("span", {
                              text: t("legend.establishments") })])])));
    var place = el("span", { className: "dot", attrs: { "aria-hidden": "true" } });
    place.style.background = "#ffbf47";
    body.appendChild(el("ul", { className: "legend-list" }, [el("li", {}, [place, el("span", {
      text: t("legend.place") })])]));
    body.appendChild(toggle("layer-units", t("layer.units"), layers.units, map.hasLayer(layers.units)));
    layers.overlays.forEach(function (entry, n) {
      var overlay = entry.overlay, sub = null;
      if (overlay.kind === "gaps") {
        sub = el("ul", { className: "legend-list sublegend" }, overlay.classes.map(function (cls) {
          var swatch = el("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
          swatch.style.background = cls.colour;
          return el("li", {}, [swatch, el("span", { text: cls.labels[state.lang] || cls.labels.en || cls.code })]);
        }));
      }
      body.appendChild(toggle("layer-overlay-" + n, t(overlay.kind === "gaps" ? "layer.gaps" : "layer.basins"),
                              entry.group, map.hasLayer(entry.group), sub));
    });
    if (layers.tiles) {
      body.appendChild(toggle("layer-tiles", t("layer.tiles"), layers.tiles, map.hasLayer(layers.tiles)));
    }
  }

  function renderAbout() {
    var body = document.getElementById("about-body");
    clear(body);
    var meta = DATA.meta;
    body.appendChild(el("p", { className: "as-of", text: t("about.as_of", { date: formatDate(meta.as_of) }) }));
    if (meta.sources) { body.appendChild(el("p", { className: "sources", text: t("about.sources", { sources: meta.sources }) })); }
    if (meta.layers && meta.layers.length) {
      body.appendChild(el("p", { text: t("about.layers", { layers: meta.layers.join(", ") }) }));
    }
    if (meta.tiles && meta.tiles.url) {
      body.appendChild(el("p", { text: t("about.tiles", { attribution: meta.tiles.attribution || meta.tiles.url }) }));
    } else {
      body.appendChild(el("p", { text: t("about.offline") }));
    }
    body.appendChild(el("p", { text: t("about.generated", { date: formatDate(meta.generated) }) }));
    var library = el("p", { text: t("about.library") + " " });
    library.appendChild(el("a", { text: t("about.licence"), attrs: { href: "vendor/leaflet/LICENSE" } }));
    body.appendChild(library);
    body.appendChild(el("p", { text: t("about.disclaimer") }));
  }

  function setLanguage(lang) {
    state.lang = LANGUAGES.indexOf(lang) >= 0 ? lang : "en";
    document.documentElement.lang = state.lang;
    document.getElementById("language").value = state.lang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
    var title = DATA.meta.title || t("title");
    document.getElementById("title").textContent = title;
    document.title = title;
    map.getContainer().setAttribute("aria-label", t("map.label"));
    [["in", "map.zoom_in"], ["out", "map.zoom_out"]].forEach(function (zoom) {
      var button = map.getContainer().querySelector(".leaflet-control-zoom-" + zoom[0]);
      if (button) {
        button.setAttribute("title", t(zoom[1]));
        button.setAttribute("aria-label", t(zoom[1]));
      }
    });
    if (state.suggestions.length) { renderSuggestions(); }
    renderLegend();
    renderAbout();
    renderResult();
    try { history.replaceState(null, "", "#lang=" + state.lang); } catch (ignored) { /* file:// may refuse */ }
  }

  function initialLanguage() {
    var match = /(?:^|[#&])lang=(fr|nl|en)\b/.exec(window.location.hash || "");
    return match ? match[1] : (DATA.meta.language || "en");
  }

  function start() {
    if (!DATA || !STRINGS || !window.L) {
      document.getElementById("result-body").textContent = "data.js or the map library is missing.";
      return;
    }
    prepare();
    input = document.getElementById("search-input");
    list = document.getElementById("suggestions");
    status = document.getElementById("search-status");
    buildMap();
    input.addEventListener("input", onInput);
    input.addEventListener("keydown", onKey);
    input.addEventListener("blur", function () { window.setTimeout(closeSuggestions, 150); });
    document.getElementById("search-form").addEventListener("submit", onSubmit);
    document.getElementById("language").addEventListener("change", function (event) {
      setLanguage(event.target.value);
    });
    setLanguage(initialLanguage());
    window.zoastApp = {
      map: map, readyAt: performance.now(), units: units, zones: zones, establishments: establishments,
      layers: layers, search: search, unitAt: unitAt
    };
  }

  start();
}());
