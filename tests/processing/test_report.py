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
        # Not a blank page: the map draws the gap colours (ZIP red #d7191c somewhere on the cover).
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
