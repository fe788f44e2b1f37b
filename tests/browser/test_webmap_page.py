"""The web map of zoast:webmap in a real headless Chromium (Debian's), driven by Playwright.

The sample region is exported once; the page is opened from file:// and used as a patient
would: search, switch language, click the map. Every request the browser makes is recorded
(and any that is not file:// is aborted), and no test may end with one.

Playwright's own browsers are never downloaded: Debian's /usr/bin/chromium is launched with a
fresh profile. `make docs-images` (ZOAST_UPDATE_DOCS=1) copies the screenshot to docs/images.
"""

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import processing
import pytest

from tests.conftest import _LIVE_PROVIDERS, ROOT, SAMPLE_GPKG
from tests.layers import memory_layer

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AS_OF = "2026-01-01"
MAX_BYTES = 5_000_000
MAX_LOAD_MS = 2000
#: MRTW-URSA's member establishments by side (resources/sample/DATA.md).
MRTW_BELGIAN = {"Centre hospitalier de Mouscron", "AZ Delta, campus Menen (CH Menin)", "AZ Groeninge, Kortrijk",
                "Jan Yperman Ziekenhuis, Ieper"}
MRTW_FRENCH = {"CH de Roubaix", "CH de Tourcoing", "CH d'Armentières", "CH de Bailleul", "CH d'Hazebrouck",
               "CHU de Lille"}
OUTPUT = ROOT / "tests" / "output"


def provider():
    from qgis.core import QgsApplication

    from zoast_plugin.processing.provider import register_provider

    if QgsApplication.processingRegistry().providerById("zoast") is None:
        _LIVE_PROVIDERS[:] = [register_provider()]


def sample_layer(path, name):
    return "{}|layername={}".format(path, name)


@pytest.fixture(scope="module")
def sample_map(qgis_processing, tmp_path_factory):
    """The sample region exported as a patient would get it; QGIS's language (English in tests)."""
    provider()
    folder = tmp_path_factory.mktemp("webmap") / "carte"
    gpkg = tmp_path_factory.mktemp("sample") / "sample.gpkg"
    shutil.copy(SAMPLE_GPKG, gpkg)
    result = processing.run("zoast:webmap", {
        "AGREEMENTS": sample_layer(gpkg, "zoast_agreements"), "AGREEMENT_MEMBERS": sample_layer(gpkg, "zoast_members"),
        "AGREEMENT_ESTABLISHMENTS": sample_layer(gpkg, "zoast_establishments"), "UNITS": sample_layer(gpkg, "units"),
        "FACILITIES": sample_layer(gpkg, "hospitals"), "AT_DATE": AS_OF,
        "SOURCES": "Sample region of the ZOAST plugin: approximate territories, hospitals at town points "
                   "(resources/sample/DATA.md). Not for patients.",
        "OUTPUT": str(folder)})
    assert result["ZONE_COUNT"] == 7 and result["EMPTY_AGREEMENT_COUNT"] == 0
    return folder


@pytest.fixture(scope="module")
def browser():
    """A Chromium with a fresh profile, recording every request and aborting any that is not file://."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make setup` installs it (apt package chromium).")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright missing: `make setup` installs it")
    profile = tempfile.mkdtemp(prefix="zoast-chromium-")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS, viewport={"width": 1280,
                                                                                           "height": 800})
        context.requests = []
        context.allowed = ["file://"]  # a test serving the map over HTTP adds its own origin
        context.on("request", lambda request: context.requests.append(request.url))

        def refuse(route):
            if route.request.url.startswith(tuple(context.allowed)):
                route.continue_()
            else:
                route.abort()

        context.route(re.compile(r"^(?!file:).*"), refuse)
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser):
    start = len(browser.requests)
    page = browser.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda message: page.errors.append(message.text) if message.type == "error" else None)
    yield page
    assert page.errors == []
    page.close()
    outside = [url for url in browser.requests[start:] if not url.startswith("file://")]
    assert outside == [], "requests left file://"


def open_map(page, folder, fragment=""):
    page.goto((folder / "index.html").as_uri() + fragment)
    page.wait_for_function("window.zoastApp && window.zoastApp.readyAt > 0")
    return page


def search(page, text):
    page.fill("#search-input", text)
    page.keyboard.press("Enter")
    page.wait_for_selector("#result-body h3.place")


def listed(page, zone):
    """(name, distance text) of the establishments listed for ``zone``, in page order."""
    return page.eval_on_selector_all(
        "#result-body article[data-zone='{}'] ol.establishments > li".format(zone),
        "items => items.map(i => [i.querySelector('.name').textContent, i.querySelector('.distance').textContent])")


def kilometres(text):
    return float(re.match(r"([0-9]+[.,][0-9])", text).group(1).replace(",", "."))


def test_tourcoing_lists_the_mrtw_ursa_zone_and_its_belgian_establishments(sample_map, page, browser):
    open_map(page, sample_map)
    assert page.evaluate("document.documentElement.lang") == "en"  # QGIS's language by default
    search(page, "tourcoing")
    assert page.inner_text("#result-body h3.place") == "Tourcoing"
    assert "One ZOAST zone covers this place." in page.inner_text("#result-body")
    assert page.eval_on_selector_all("#result-body article", "a => a.map(x => x.dataset.zone)") == ["MRTW_URSA"]
    zone = page.inner_text("#result-body article[data-zone='MRTW_URSA']")
    assert "ZOAST MRTW-URSA" in zone and "on the Belgian side" in zone and "1 April 2008" in zone
    assert "ambulatory care, hospital care" in zone
    establishments = listed(page, "MRTW_URSA")
    assert {name for name, _ in establishments} == MRTW_BELGIAN  # the other side only
    distances = [kilometres(d) for _, d in establishments]
    assert distances == sorted(distances) and 0 < distances[0] < 15  # Mouscron is next door
    assert establishments[0][0] == "Centre hospitalier de Mouscron"
    files = {Path(url).name for url in browser.requests}
    assert {"index.html", "leaflet.js", "leaflet.css", "data.js", "strings.js", "app.js", "app.css"} <= files


def test_ieper_in_the_dutch_interface_lists_the_french_establishments(sample_map, page):
    open_map(page, sample_map)
    page.select_option("#language", "nl")
    assert page.evaluate("document.documentElement.lang") == "nl"
    assert page.inner_text("label[for=search-input]") == "Uw gemeente"
    search(page, "Ieper")
    assert page.inner_text("#result-body h3.place") == "Ieper"
    zone = page.inner_text("#result-body article[data-zone='MRTW_URSA']")
    assert "aan Franse kant" in zone and "Van kracht sinds" in zone and "ziekenhuisopname" in zone
    establishments = listed(page, "MRTW_URSA")
    assert {name for name, _ in establishments} == MRTW_FRENCH
    distances = [kilometres(d) for _, d in establishments]
    assert distances == sorted(distances) and "," in establishments[0][1]  # Dutch decimal comma
    assert establishments[0][0] in {"CH de Bailleul", "CH d'Armentières", "CH d'Hazebrouck"}


def test_search_ignores_accents_case_and_language_and_takes_codes(sample_map, page):
    open_map(page, sample_map)
    for query, expected in (("ARMENTIERES", "Armentières"), ("moeskroen", "Mouscron"), ("59599", "Tourcoing"),
                            ("33011", "Ieper")):
        search(page, query)
        assert page.inner_text("#result-body h3.place") == expected, query
    page.fill("#search-input", "zzzz-nowhere")
    page.keyboard.press("Enter")
    assert "No commune or municipality matches" in page.inner_text("#result-body")


def test_keyboard_combobox(sample_map, page):
    open_map(page, sample_map)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")  # the skip link goes to the search box
    page.focus("#search-input")
    page.keyboard.type("moesk")
    assert page.get_attribute("#search-input", "aria-expanded") == "true"
    page.keyboard.press("ArrowDown")
    assert page.get_attribute("#search-input", "aria-activedescendant") == "suggestion-0"
    assert page.get_attribute("#suggestion-0", "aria-selected") == "true"
    page.keyboard.press("Enter")
    page.wait_for_selector("#result-body h3.place")
    assert page.inner_text("#result-body h3.place") == "Mouscron"
    assert page.get_attribute("#search-input", "aria-expanded") == "false"
    assert "Moeskroen" in page.inner_text("#result-body .place-meta")


def test_switching_language_redraws_everything(sample_map, page):
    open_map(page, sample_map, "#lang=fr")
    assert page.evaluate("document.documentElement.lang") == "fr"
    search(page, "Tourcoing")
    assert "sur le versant belge" in page.inner_text("#result-body")
    assert page.inner_text("#legend-heading") == "Légende et couches"
    page.select_option("#language", "en")
    assert "on the Belgian side" in page.inner_text("#result-body")
    assert page.inner_text("#legend-heading") == "Legend and layers"
    assert page.evaluate("document.title") == "Care across the border: the ZOAST zones"
    assert "As of 1 January 2026." in page.inner_text("#about-body")
    page.select_option("#language", "nl")
    assert "aan Belgische kant" in page.inner_text("#result-body")
    assert page.get_attribute(".leaflet-control-zoom-in", "aria-label") == "Inzoomen"
    assert page.get_attribute("#result-body button.link", "aria-label") == (
        "Toon op de kaart: Centre hospitalier de Mouscron")
    assert page.get_attribute("#map", "aria-label").startswith("Kaart van de ZOAST-zones")


def test_every_page_string_exists_in_the_three_languages(sample_map, page):
    open_map(page, sample_map)
    keys = page.evaluate("() => Object.fromEntries(['fr', 'nl', 'en'].map(l => [l, Object.keys(ZOAST_STRINGS[l])]))")
    assert set(keys["fr"]) == set(keys["nl"]) == set(keys["en"]) and len(keys["en"]) > 80


def click_unit(page, code):
    """Click the map at the town point of unit ``code`` (zoomed in so the click lands inside it)."""
    point = page.evaluate("""code => {
        const unit = window.zoastApp.units.find(u => u.code === code);
        window.zoastApp.map.setView(unit.point, 11, {animate: false});
        const p = window.zoastApp.map.latLngToContainerPoint(unit.point);
        const box = document.getElementById('map').getBoundingClientRect();
        return [box.left + p.x, box.top + p.y, unit.zones.length];
    }""", code)
    page.mouse.click(point[0], point[1])
    page.wait_for_selector("#result-body h3.place")
    return point[2]


def test_clicking_outside_any_zone_says_so(sample_map, page):
    open_map(page, sample_map)
    assert click_unit(page, "54395") == 0  # Nancy: no ZOAST
    assert page.inner_text("#result-body h3.place") == "Place clicked in Nancy"
    assert page.inner_text("[data-result=no-zone]") == "No cross-border zone (ZOAST) covers Nancy."
    assert click_unit(page, "33011") == 1  # Ieper: the same answer as the search
    assert page.eval_on_selector_all("#result-body article", "a => a.map(x => x.dataset.zone)") == ["MRTW_URSA"]
    assert {name for name, _ in listed(page, "MRTW_URSA")} == MRTW_FRENCH


def test_served_by_a_static_web_server(sample_map, browser):
    """The same folder from a plain HTTP server (as on an intranet): every request goes to that server only."""
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(sample_map))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    origin = "http://127.0.0.1:{}/".format(server.server_address[1])
    browser.allowed.append(origin)
    page = browser.new_page()
    try:
        before = len(browser.requests)
        page.goto(origin + "index.html")
        page.wait_for_function("window.zoastApp && window.zoastApp.readyAt > 0")
        search(page, "Ieper")
        assert {name for name, _ in listed(page, "MRTW_URSA")} == MRTW_FRENCH
        served = browser.requests[before:]
        assert served and all(url.startswith(origin) for url in served)
    finally:
        page.close()
        browser.allowed.remove(origin)
        server.shutdown()
        server.server_close()


def test_size_and_load_time(sample_map, browser, record_property):
    """≤ 5 MB and ready (data parsed, every layer drawn) within 2 s of navigation: best of three loads,
    so a busy machine does not fail the test; the figures go to tests/output/webmap_load.json."""
    size = sum(p.stat().st_size for p in sample_map.rglob("*") if p.is_file())
    start = len(browser.requests)
    timings = []
    for _ in range(3):
        page = browser.new_page()
        open_map(page, sample_map)
        timings.append(page.evaluate("""() => {
            const nav = performance.getEntriesByType('navigation')[0];
            return {ready_ms: window.zoastApp.readyAt, load_event_ms: nav.loadEventEnd};
        }"""))
        page.close()
    best = min(t["ready_ms"] for t in timings)
    figures = {"size_bytes": size, "data_js_bytes": (sample_map / "data.js").stat().st_size,
               "ready_ms_best_of_3": round(best), "ready_ms": [round(t["ready_ms"]) for t in timings],
               "load_event_ms": [round(t["load_event_ms"]) for t in timings]}
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "webmap_load.json").write_text(json.dumps(figures, indent=1))
    record_property("webmap", figures)
    print("web map of the sample region:", figures)
    assert size <= MAX_BYTES
    assert best <= MAX_LOAD_MS
    assert [u for u in browser.requests[start:] if not u.startswith("file://")] == []


def test_mobile_and_accessibility(sample_map, page):
    page.set_viewport_size({"width": 390, "height": 844})
    open_map(page, sample_map)
    layout = page.evaluate("""() => ({
        overflow: document.documentElement.scrollWidth,
        map: document.getElementById('map').getBoundingClientRect().height,
        input: document.getElementById('search-input').getBoundingClientRect().width})""")
    assert layout["overflow"] <= 390 and layout["map"] >= 300 and layout["input"] >= 200
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('input, select, button')]
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim()
                     && !e.getAttribute('title'))
        .map(e => e.outerHTML)""")
    assert unlabelled == []
    assert page.get_attribute("#map", "aria-label").startswith("Map of the ZOAST zones")
    search(page, "Tourcoing")
    # WCAG AA contrast (4.5:1) of the text a patient reads, against its own background.
    ratios = page.evaluate("""() => {
        const rgb = c => c.match(/[0-9.]+/g).slice(0, 3).map(Number);
        const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255;
            return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const background = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
            if (!c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
        const out = {};
        for (const s of ['#title', '#subtitle', 'label[for=search-input]', '#search-hint', '#search-button',
                         '#result-body .place-meta', '.zone dt', '.establishments .distance',
                         '#about-body p', '.establishments button.link']) {
            const e = document.querySelector(s);
            const a = lum(getComputedStyle(e).color), b = lum(background(e));
            out[s] = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }
        return out; }""")
    assert {s: r for s, r in ratios.items() if r < 4.5} == {}


def shrink_png(path, max_bytes=300_000):
    """Small enough for a README: 256 colours (the page is flat colours) when the picture is too big."""
    try:
        from PIL import Image  # Debian's python3-pil, a dependency of QGIS's Python packages
    except ImportError:
        return
    if path.stat().st_size > max_bytes:
        with Image.open(path) as image:
            small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                                                  dither=Image.Dither.NONE)
        small.save(path, optimize=True)


def test_screenshot_for_the_readme(sample_map, page):
    open_map(page, sample_map, "#lang=fr")
    search(page, "Tourcoing")
    page.wait_for_timeout(600)  # the zoom animation to Tourcoing ends
    page.evaluate("() => { window.zoastApp.map.setView([50.3, 4.0], 8.25, {animate: false}); }")
    page.wait_for_timeout(400)
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "webmap.png"))
    assert (OUTPUT / "webmap.png").stat().st_size > 20_000
    shrink_png(OUTPUT / "webmap.png")
    if os.environ.get("ZOAST_UPDATE_DOCS"):
        docs = ROOT / "docs" / "images"
        docs.mkdir(parents=True, exist_ok=True)
        shutil.copy(OUTPUT / "webmap.png", docs / "webmap.png")


# ----------------------------------------------------------------------------- hostile names

HOSTILE = "<img src=x onerror=\"window.__pwned=1\">Saint-<b>Jean</b> l'\"Évêque\""


def square(x0, y0, x1, y1):
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x0, y0, x1, y1)


@pytest.fixture(scope="module")
def hostile_map(qgis_processing, tmp_path_factory):
    """Names, addresses and agreement texts holding HTML and quotes, in every field the page shows."""
    provider()
    x, y = 3830000, 3060000
    units = memory_layer("Polygon", "EPSG:3035", {"unit_id": str, "country": str, "name": str, "name_nl": str}, [
        (square(x, y, x + 10000, y + 10000), {"unit_id": "FR:1", "country": "FR", "name": HOSTILE, "name_nl": ""}),
        (square(x + 10000, y, x + 20000, y + 10000), {"unit_id": "BE:1", "country": "BE", "name": "Be",
                                                      "name_nl": HOSTILE + " NL"})], "units")
    agreements = memory_layer("None", "", {"zoast_code": str, "name_fr": str, "insurers": str, "care_covered": str},
                              [(None, {"zoast_code": "Z<1>", "name_fr": HOSTILE + " zone", "insurers": HOSTILE,
                                       "care_covered": "<script>window.__pwned=2</script>"})], "agreements")
    members = memory_layer("None", "", {"zoast_code": str, "unit_id": str},
                           [(None, {"zoast_code": "Z<1>", "unit_id": "FR:1"}),
                            (None, {"zoast_code": "Z<1>", "unit_id": "BE:1"})], "members")
    establishments = memory_layer("None", "", {"zoast_code": str, "supply_id": str},
                                  [(None, {"zoast_code": "Z<1>", "supply_id": "H:\"1\""})], "establishments")
    facilities = memory_layer("Point", "EPSG:3035", {"supply_id": str, "name": str, "country": str, "address": str,
                                                     "phone": str, "category": str},
                              [("Point({} {})".format(x + 15000, y + 5000),
                                {"supply_id": "H:\"1\"", "name": HOSTILE + " hospital", "country": "BE",
                                 "address": HOSTILE, "phone": "javascript:alert(1) <b>", "category": HOSTILE})],
                              "hospitals")
    gaps = memory_layer("Polygon", "EPSG:3035", {"gap_class": str}, [
        (square(x, y, x + 10000, y + 10000), {"gap_class": "FR_ZIP"}),
        (square(x + 10000, y, x + 20000, y + 10000), {"gap_class": "<i>own class</i>"})], "gaps")
    basins = memory_layer("Polygon", "EPSG:3035", {"basin_id": int, "hub_name": str}, [
        (square(x, y, x + 20000, y + 10000), {"basin_id": 1, "hub_name": HOSTILE})], "basins")
    folder = tmp_path_factory.mktemp("hostile") / "map"
    processing.run("zoast:webmap", {
        "AGREEMENTS": agreements, "AGREEMENT_MEMBERS": members, "AGREEMENT_ESTABLISHMENTS": establishments,
        "UNITS": units, "FACILITIES": facilities, "GAPS": gaps, "BASINS": basins, "TITLE": HOSTILE,
        "SOURCES": HOSTILE, "LANGUAGE": 3, "OUTPUT": str(folder)})
    return folder


def test_names_with_quotes_and_html_are_shown_as_text(hostile_map, page):
    open_map(page, hostile_map)
    page.fill("#search-input", "évêque")
    options = page.eval_on_selector_all("#suggestions li", "items => items.map(i => i.textContent)")
    assert len(options) == 2 and all(HOSTILE in option for option in options)
    page.click("#suggestions li:has-text('France')")
    page.wait_for_selector("#result-body h3.place")
    page.click("#result-body button.link")  # opens the establishment's popup on the map
    page.wait_for_selector(".leaflet-popup-content .popup-title")
    assert page.evaluate("window.__pwned") is None
    assert page.inner_text("#result-body h3.place") == HOSTILE
    body = page.inner_text("#result-body")
    assert HOSTILE + " hospital" in body and HOSTILE + " zone" in body and "<script>window.__pwned=2</script>" in body
    assert page.inner_text(".leaflet-popup-content .popup-title") == HOSTILE + " hospital"
    assert page.inner_text("#title") == HOSTILE and page.evaluate("document.title") == HOSTILE
    assert HOSTILE in page.inner_text("#about-body")
    injected = page.evaluate("""() => document.querySelectorAll('body img[src=x], body b, body script:not([src])')
                                   .length""")
    assert injected == 0
    phone_links = page.eval_on_selector_all("a[href^=tel]", "links => links.map(a => a.getAttribute('href'))")
    assert phone_links == ["tel:1"]  # digits only: no javascript: link can be made from a phone number


def test_optional_layers_switch_on_with_their_legend(hostile_map, page):
    open_map(page, hostile_map)
    on_map = "i => window.zoastApp.map.hasLayer(window.zoastApp.layers.overlays[i].group)"
    assert page.evaluate(on_map, 0) is False and page.evaluate(on_map, 1) is False  # off until asked
    assert page.inner_text("label[for=layer-overlay-0]") == "GP shortages"
    assert page.inner_text("label[for=layer-overlay-1]") == "Health basins"
    page.check("#layer-overlay-0")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # the basins' checkbox, from the keyboard
    assert page.evaluate(on_map, 0) is True and page.evaluate(on_map, 1) is True
    legend = page.inner_text("#legend-body")
    assert "<i>own class</i>" in legend  # an unknown class shows its code, as text
    english = page.eval_on_selector_all("#legend-body .sublegend li", "items => items.map(i => i.textContent)")
    page.select_option("#language", "fr")
    french = page.eval_on_selector_all("#legend-body .sublegend li", "items => items.map(i => i.textContent)")
    assert english[0] != french[0] and "ZIP" in french[0]  # the plugin's reviewed labels, per language
    assert page.is_checked("#layer-overlay-0")  # the choice survives the language switch


def test_the_map_answers_the_keyboard(sample_map, page):
    open_map(page, sample_map)
    page.focus("#map")
    zoom = page.evaluate("() => window.zoastApp.map.getZoom()")
    page.keyboard.press("+")
    page.wait_for_function("z => window.zoastApp.map.getZoom() > z", arg=zoom)
    centre = page.evaluate("() => window.zoastApp.map.getCenter().lng")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("x => window.zoastApp.map.getCenter().lng > x", arg=centre)
