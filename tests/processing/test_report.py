"""zoast:report through processing.run: a PDF with a cover and one page per coverage polygon, PNG pages, bad input.

The region: two 10 km × 10 km pages side by side (A "Lille – Tournai" west, B "Mons" east), three units
with gap classes (FR:1 and FR:2 in A, BE:1 in B), two supply points, two flow lines and one ZOAST
perimeter over both pages. Expected: 1 cover + 2 pages = 3 pages; PNGs cover.png, page_01_…, page_02_….
"""

import re
import shutil
import subprocess

import processing
import pytest
from qgis.core import QgsProcessingException
from qgis.PyQt.QtGui import QImage

from tests.layers import memory_layer
from zoast_plugin.processing.report_layout import BORDER_TOLERANCE

CRS = "EPSG:3035"
X0, Y0 = 3900000, 3000000
DPI = 50


def square(x, y, size=10000):
    x, y = X0 + x, Y0 + y
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x, y, x + size, y + size)


def coverage(rows=None):
    rows = [(square(0, 0), {"name": "Lille – Tournai"}), (square(10000, 0), {"name": "Mons"})] if rows is None \
        else rows
    return memory_layer("Polygon", CRS, {"name": str}, rows, "pages")


GAP_FIELDS = {"unit_id": str, "population": float, "gap_class": str, "severity": int, "severity_national": int,
              "shortfall_fte": float, "shortfall_fte_national": float}


def gaps(fields=None):
    fields = dict(GAP_FIELDS) if fields is None else fields
    rows = [
        (square(0, 0, 5000), {"unit_id": "FR:1", "population": 1000.0, "gap_class": "FR_ZIP", "severity": 2,
                              "severity_national": 2, "shortfall_fte": 1.0, "shortfall_fte_national": 1.5}),
        (square(5000, 0, 5000), {"unit_id": "FR:2", "population": 2000.0, "gap_class": "FR_NONE", "severity": 0,
                                 "severity_national": 1, "shortfall_fte": 0.0, "shortfall_fte_national": 0.5}),
        (square(10000, 0), {"unit_id": "BE:1", "population": 500.0, "gap_class": "WAL_SHORTAGE", "severity": 1,
                            "severity_national": 1, "shortfall_fte": 0.3, "shortfall_fte_national": 0.3}),
    ]
    return memory_layer("Polygon", CRS, fields, [(w, {k: v for k, v in r.items() if k in fields}) for w, r in rows],
                        "gaps")


def supply():
    return memory_layer("Point", CRS, {"supply_id": str, "fte": float}, [
        ("Point({} {})".format(X0 + 2000, Y0 + 2000), {"supply_id": "S1", "fte": 1.0}),
        ("Point({} {})".format(X0 + 15000, Y0 + 5000), {"supply_id": "S2", "fte": 2.0}),
    ], "supply")


def flows():
    a, b = "{} {}".format(X0 + 2000, Y0 + 2000), "{} {}".format(X0 + 15000, Y0 + 5000)
    return memory_layer("LineString", CRS, {"direction": str, "patients": float}, [
        ("LineString({}, {})".format(a, b), {"direction": "FR→BE", "patients": 40.0}),
        ("LineString({}, {})".format(b, a), {"direction": "BE→FR", "patients": 10.0}),
    ], "flows")


def perimeters():
    wkt = "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(X0 + 2000, Y0 + 1000, X0 + 18000,
                                                                          Y0 + 9000)
    return memory_layer("Polygon", CRS, {"zoast_code": str}, [(wkt, {"zoast_code": "TEST"})], "perimeters")


def run(tmp_path, **changes):
    parameters = {"COVERAGE": coverage(), "COVERAGE_NAME_FIELD": "name", "GAPS": gaps(), "SUPPLY": supply(),
                  "SUPPLY_CAPACITY_FIELD": "fte", "FLOWS": flows(), "PERIMETERS": perimeters(), "DPI": DPI,
                  "OUTPUT": str(tmp_path / "report.pdf")}
    parameters.update(changes)
    return processing.run("zoast:report", parameters)


def pdf_pages(path) -> int:
    """Pages of the PDF: pdfinfo when installed, else the /Type /Page objects (Qt writes no object streams)."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


def test_pdf_has_a_cover_and_one_page_per_polygon(zoast_provider, tmp_path):
    """2 coverage polygons → 3 pages, A4 landscape."""
    result = run(tmp_path)
    pdf = tmp_path / "report.pdf"
    assert result["OUTPUT"] == str(pdf) and pdf.exists() and pdf.stat().st_size > 10000
    assert pdf.read_bytes().startswith(b"%PDF")
    assert result["PAGES"] == 3 == pdf_pages(pdf)
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "842 x 595" in info  # A4 landscape in points
    assert not result["MAPS_FOLDER"]


def test_png_pages_in_the_maps_folder(zoast_provider, tmp_path):
    """cover.png and one PNG per page, named after the page, A4 landscape at the chosen resolution."""
    folder = tmp_path / "maps"
    result = run(tmp_path, MAPS_FOLDER=str(folder))
    assert result["MAPS_FOLDER"] == str(folder)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["cover.png", "page_01_Lille_Tournai.png", "page_02_Mons.png"]
    for name in names:
        image = QImage(str(folder / name))
        assert (image.width(), image.height()) == (round(297 / 25.4 * DPI), round(210 / 25.4 * DPI))
        assert (folder / name).stat().st_size > 5000
        # Not a blank page: the map draws the gap colours (ZIP dark red #a50026 somewhere on the cover).
    cover = QImage(str(folder / "cover.png"))
    colours = {cover.pixel(x, y) & 0xFFFFFF for x in range(0, cover.width(), 3) for y in range(0, cover.height(), 3)}
    assert 0xA50026 in colours


def test_optional_layers_can_be_left_out(zoast_provider, tmp_path):
    """Only coverage and gaps, names taken from the 'name' field automatically."""
    result = processing.run("zoast:report", {"COVERAGE": coverage(), "GAPS": gaps(), "DPI": DPI,
                                             "OUTPUT": str(tmp_path / "small.pdf")})
    assert result["PAGES"] == 3 == pdf_pages(tmp_path / "small.pdf")


def test_coverage_without_features_is_refused(zoast_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="Atlas pages.*no polygon"):
        run(tmp_path, COVERAGE=coverage(rows=[]))
    assert not (tmp_path / "report.pdf").exists()


def test_missing_gap_field_is_named(zoast_provider, tmp_path):
    fields = {k: v for k, v in GAP_FIELDS.items() if k != "severity"}
    with pytest.raises(QgsProcessingException, match="Units with gap classes.*severity"):
        run(tmp_path, GAPS=gaps(fields))


def test_missing_population_field_is_named(zoast_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="inhabitants"):
        run(tmp_path, POPULATION_FIELD="inhabitants")


def test_bad_severity_names_the_unit(zoast_provider, tmp_path):
    layer = gaps()
    layer.dataProvider().changeAttributeValues({next(layer.getFeatures()).id(): {
        layer.fields().lookupField("severity"): 7}})
    with pytest.raises(QgsProcessingException, match="severity.*FR:1"):
        run(tmp_path, GAPS=layer)


# ------------------------------------------------------------------ layout in English, French and Dutch

#: Populations with thousands, so that the separators show: 1 234 567 (fr), 1.234.567 (nl), 1,234,567 (en).
BIG_POPULATIONS = {"FR:1": 1234567.0, "FR:2": 2000.0, "BE:1": 500.0}
#: Thousands separator and decimal separator the report must use in each language.
#: (French groups digits with a no-break space, narrow (U+202F) in recent Qt, U+00A0 in older ones.)
NUMBER_FORMS = {"en": ("1,234,567", "1.0"), "fr": ("1[\u00a0\u202f]234[\u00a0\u202f]567", "1,0"),
                "nl": ("1.234.567", "1,0")}


def named_gaps():
    """gaps() with a country and a name per unit, and one big population."""
    fields = dict(GAP_FIELDS, country=str, name=str)
    layer = gaps(fields)
    index = {name: layer.fields().lookupField(name) for name in ("population", "country", "name")}
    changes = {f.id(): {index["population"]: BIG_POPULATIONS[f["unit_id"]], index["country"]: f["unit_id"][:2],
                        index["name"]: "Town " + f["unit_id"]} for f in layer.getFeatures()}
    layer.dataProvider().changeAttributeValues(changes)
    return layer


@pytest.fixture
def interface_language():
    """Switch the QGIS interface language (settings and the plugin's translator) for one test."""
    from qgis.core import QgsSettings

    from zoast_plugin import i18n

    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale", "locale/globalLocale")}
    translators = []

    def switch(language):
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", language)
        settings.setValue("locale/globalLocale", "")
        for translator in translators:
            i18n.remove_translator(translator)
        translators[:] = [i18n.install_translator(language)]

    yield switch
    for translator in translators:
        i18n.remove_translator(translator)
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def build_layout(**changes):
    """The report's print layout, built as processing.run would (for checking the items' geometry)."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("zoast:report")
    parameters = {"COVERAGE": coverage(), "COVERAGE_NAME_FIELD": "name", "GAPS": named_gaps(), "SUPPLY": supply(),
                  "SUPPLY_CAPACITY_FIELD": "fte", "FLOWS": flows(), "PERIMETERS": perimeters(), "DPI": DPI,
                  "OUTPUT": "unused.pdf"}
    parameters.update(changes)
    layout, _names, _pages = algorithm.build_layout(parameters, QgsProcessingContext(), QgsProcessingFeedback())
    return algorithm, layout


def table_extents(layout):
    """(page index, frame rectangle, table total width, total height) of every key-figures table (mm)."""
    from qgis.core import QgsLayoutItemTextTable

    result = []
    for table in layout.multiFrames():
        if isinstance(table, QgsLayoutItemTextTable):
            frame = table.frame(0)
            result.append((frame.page(), frame.sceneBoundingRect(), table.totalWidth(), table.totalHeight(),
                           frame.rect()))
    return result


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_every_table_fits_inside_its_page(zoast_provider, interface_language, language):
    """The key-figures tables keep all their columns and rows inside the frame, and the frame inside the
    A4 page, in each language (with auto widths the French third column left the page)."""
    interface_language(language)
    algorithm, layout = build_layout()
    tables = table_extents(layout)
    assert len(tables) == 3  # cover + 2 pages
    pages = layout.pageCollection()
    for page, scene_rect, width, height, frame_rect in tables:
        page_rect = pages.page(page).sceneBoundingRect()
        assert page_rect.contains(scene_rect), (language, page, scene_rect, page_rect)
        assert width <= frame_rect.width() + 1e-6, (language, page, width, frame_rect.width())
        assert height <= frame_rect.height() + 1e-6, (language, page, height, frame_rect.height())
    # Every item (maps, legends, labels, tables) lies on its page.
    for item in layout.items():
        if hasattr(item, "page") and hasattr(item, "sceneBoundingRect") and item.type() != 65638:  # not pages
            rect = item.sceneBoundingRect()
            if rect.width() and item.page() >= 0 and item.isVisible():
                assert pages.page(item.page()).sceneBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5).contains(rect), (
                    language, type(item).__name__, rect)


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_date_and_numbers_follow_the_interface_language(zoast_provider, interface_language, language):
    """Dates and numbers follow the QGIS settings, not QLocale() (which qgis_process leaves in English)."""
    from qgis.core import QgsLayoutItemLabel, QgsLayoutItemTextTable
    from qgis.PyQt.QtCore import QDate, QLocale

    interface_language(language)
    _algorithm, layout = build_layout()
    labels = [item.text() for item in layout.items() if isinstance(item, QgsLayoutItemLabel)]
    month = QLocale(language).monthName(QDate.currentDate().month())
    expected_date = "{} {} {}".format(QDate.currentDate().day(), month, QDate.currentDate().year())
    assert expected_date in labels
    cover = next(t for t in layout.multiFrames() if isinstance(t, QgsLayoutItemTextTable) and t.frame(0).page() == 0)
    cells = [cell for row in cover.contents() for cell in row]
    thousands, decimal = NUMBER_FORMS[language]
    assert any(re.fullmatch(thousands, c) for c in cells)  # the severe-shortage population of the cover
    assert decimal in cells  # the shortfall the border saves: 1.0 FTE


def test_state_border_and_main_towns(zoast_provider, interface_language):
    """The France–Belgium border is the shared edge of the dissolved countries (x = 10 km, 5 km long);
    the towns layer labels the most populous units by name."""
    interface_language("en")
    algorithm, _layout = build_layout()
    layers = {layer.name(): layer for layer in algorithm._project.mapLayers().values()}
    border = layers["State border"]
    geometry = next(border.getFeatures()).geometry()
    # The 5 km edge, plus at most BORDER_TOLERANCE at each end of the two corners it bridges.
    assert 5000 - 1 <= geometry.length() <= 5000 + 4 * BORDER_TOLERANCE
    bounds = geometry.boundingBox()
    assert X0 + 10000 - BORDER_TOLERANCE - 1 <= bounds.xMinimum() <= bounds.xMaximum() <= X0 + 10000 + 1
    assert bounds.height() == pytest.approx(5000, abs=1)
    towns = layers["Main towns"]
    assert [f["name"] for f in towns.getFeatures()] == ["Town FR:1", "Town FR:2", "Town BE:1"]
    assert towns.labelsEnabled()


def test_default_sources_name_the_layers_and_the_synthetic_ones(zoast_provider, interface_language):
    interface_language("en")
    points = supply()
    points.dataProvider().addAttributes([__import__("qgis.core", fromlist=["QgsField"]).QgsField(
        "synthetic", __import__("qgis.PyQt.QtCore", fromlist=["QVariant"]).QVariant.Int)])
    points.updateFields()
    index = points.fields().lookupField("synthetic")
    points.dataProvider().changeAttributeValues({f.id(): {index: 1} for f in points.getFeatures()})
    _algorithm, layout = build_layout(SUPPLY=points)
    from qgis.core import QgsLayoutItemLabel

    footer = next(item.text() for item in layout.items() if isinstance(item, QgsLayoutItemLabel)
                  and item.text().startswith("Data:"))
    assert "gaps" in footer and "supply" in footer
    assert "Partly synthetic data (field 'synthetic'): Supply points." in footer
