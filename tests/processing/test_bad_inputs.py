"""A corpus of bad inputs through processing.run: each ends in a clear, translated error or a counted warning.

Every case names what it checks in the message (the field, the true count, the first ids or rows,
the file and line) and runs in English and in French (the French translator installed as QGIS
installs it): no traceback, no "None", no 0-based row. The cases are those of issue #16, with the
choice made for each empty input documented in its comment.
"""

import re
import sqlite3

import processing
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.layers import memory_layer
from zoast_plugin.i18n import install_translator, remove_translator

CRS = "EPSG:3035"
X0, Y0 = 3900000, 3000000
UNIT_FIELDS = {"unit_id": str, "name": str, "population": int, "country": str, "access": float, "pop_0_14": int,
               "pop_15_29": int, "pop_30_44": int, "pop_45_59": int, "pop_60_74": int, "pop_75_89": int,
               "pop_90p": int}


def square(x, y, size=10000):
    x, y = X0 + x, Y0 + y
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x, y, x + size, y + size)


def unit(unit_id, wkt, population=1000):
    values = {name: 100 for name in UNIT_FIELDS if name.startswith("pop_")}
    values.update(unit_id=unit_id, name=unit_id, population=population, country=unit_id[:2], access=3.0)
    return (wkt, values)


def units(rows=None, name="units"):
    rows = [unit("FR:1", square(0, 0)), unit("FR:2", square(10000, 0)), unit("BE:1", square(20000, 0))] \
        if rows is None else rows
    return memory_layer("Polygon", CRS, UNIT_FIELDS, rows, name)


def points(rows=None, name="gps"):
    rows = [("Point({} {})".format(X0 + 5000, Y0 + 5000), {"supply_id": "S1", "category": "gp", "fte": 1.0}),
            ("Point({} {})".format(X0 + 15000, Y0 + 5000), {"supply_id": "S2", "category": "gp", "fte": 2.0})] \
        if rows is None else rows
    rows = [(wkt, dict(values, country="FR")) for wkt, values in rows]
    return memory_layer("Point", CRS, {"supply_id": str, "category": str, "fte": float, "country": str}, rows, name)


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.warnings.append(text)
        super().pushWarning(text)


@pytest.fixture(params=["en", "fr"])
def language(request, zoast_provider):
    translator = install_translator(request.param) if request.param == "fr" else None
    yield request.param
    remove_translator(translator)


def fails(algorithm, parameters, *patterns):
    """Run and return the message of the QgsProcessingException, which must match every pattern."""
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(algorithm, parameters)
    message = str(raised.value)
    assert "Traceback" not in message and "None" not in message, message
    for pattern in patterns:
        assert _search(pattern, message), (pattern, message)
    return message


def _search(pattern, message):
    return re.search(pattern, message, re.DOTALL) is not None


def said(language, english, french):
    return english if language == "en" else french


# ---------------------------------------------------------------------------- CRS-less layers


def crs_less_gpkg(tmp_path):
    """The units written by OGR with no CRS, then marked srs_id 0 as ogr2ogr writes them."""
    path = str(tmp_path / "units_nocrs.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    table = dataset.CreateLayer("units", None, ogr.wkbPolygon)
    for name in ("unit_id", "country"):
        table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    table.CreateField(ogr.FieldDefn("population", ogr.OFTInteger))
    for i, (unit_id, country) in enumerate([("FR:1", "FR"), ("BE:1", "BE")]):
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("unit_id", unit_id)
        feature.SetField("country", country)
        feature.SetField("population", 1000)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(square(i * 10000, 0)))
        table.CreateFeature(feature)
    dataset = None
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE gpkg_geometry_columns SET srs_id = 0")
        connection.execute("UPDATE gpkg_contents SET srs_id = 0")
    return path + "|layername=units"


@pytest.mark.parametrize("algorithm", ["zoast:costmatrix", "zoast:agreementperimeters"])
def test_crs_less_geopackage(language, tmp_path, algorithm):
    members = memory_layer("None", "", {"zoast_code": str, "unit_id": str},
                           [(None, {"zoast_code": "Z1", "unit_id": "FR:1"}), (None, {"zoast_code": "Z1",
                                                                                   "unit_id": "BE:1"})])
    parameters = {"UNITS": crs_less_gpkg(tmp_path), "SUPPLY": points(), "AGREEMENT_MEMBERS": members,
                  "OUTPUT": "memory:", "SIDES": "memory:"}
    fails(algorithm, parameters,
          said(language, "has no coordinate reference system", "n'a pas de système de coordonnées"))


# ---------------------------------------------------------------------------- encodings


def test_non_utf8_flows_table_names_file_line_and_encoding(language, tmp_path):
    """A Windows-1252 flows CSV read as UTF-8 (QGIS's default): the file, line 3, the field, the encoding to try."""
    path = tmp_path / "flux.csv"
    path.write_bytes("origin_id;dest_id;care_type;patients;stays;amount_eur\nFR:1;BE:1;ambulatoire;5;5;100\n"
                     "FR:2;BE:1;hôpital;3;3;90\n".encode("cp1252"))
    fails("zoast:patientflows", {"FLOWS": str(path), "UNITS": units(), "OUTPUT": "memory:", "SUMMARY": "memory:"},
          r"flux\.csv", said(language, "line 3, field 'care_type'", "ligne 3, champ 'care_type'"), "windows-1252")


def test_non_utf8_members_table_in_accessibility(language, tmp_path):
    path = tmp_path / "membres.csv"
    path.write_bytes("zoast_code;unit_id\nCÔTE_MRTW_URSA;FR:1\n".encode("cp1252"))
    fails("zoast:accessibility", {"UNITS": units(), "SUPPLY": points(), "AGREEMENT_MEMBERS": str(path),
                                  "OUTPUT": "memory:"},
          r"membres\.csv", said(language, "line 2, field 'zoast_code'", "ligne 2, champ 'zoast_code'"),
          "windows-1252")


# ---------------------------------------------------------------------------- empty and missing inputs


def empty_units():
    return units([], "empty_units")


def test_empty_hubs_layer_in_delineatebasins(language):
    fails("zoast:delineatebasins", {"UNITS": units(), "METHOD": 2, "HUBS": points([], "hubs"), "OUTPUT": "memory:",
                                    "BASINS": "memory:"},
          said(language, "Hubs: the layer has no usable point", "Pôles : la couche n'a aucun point utilisable"))


@pytest.mark.parametrize("algorithm, parameters, label", [
    # Empty inputs are errors (an empty output would look like a result): the layer is named.
    ("zoast:costmatrix", {"SUPPLY": "EMPTY_POINTS", "UNITS": "UNITS"}, "Supply points"),
    ("zoast:costmatrix", {"UNITS": "EMPTY_UNITS", "SUPPLY": "POINTS"}, "Territorial units"),
    ("zoast:needs", {"UNITS": "EMPTY_UNITS"}, "Territorial units"),
    ("zoast:gaps", {"UNITS": "EMPTY_UNITS", "SUMMARY": "memory:", "INDICATOR_TYPE": 1}, "Territorial units"),
])
def test_empty_layers_are_named(language, algorithm, parameters, label):
    layers = {"UNITS": units(), "POINTS": points(), "EMPTY_UNITS": empty_units(), "EMPTY_POINTS": points([], "e")}
    parameters = {key: layers.get(value, value) for key, value in parameters.items()}
    parameters["OUTPUT"] = "memory:"
    fails(algorithm, parameters, said(language, "has no feature", "n'a aucune entité"))


def test_empty_supply_in_supplyinventory(language):
    fails("zoast:supplyinventory", {"SUPPLY": [points([], "empty")], "UNITS": units(), "OUTPUT": "memory:",
                                    "SUMMARY": "memory:", "UNMATCHED": "memory:"},
          said(language, "supply layers have no point", "n'ont aucun point"))


def test_empty_table_in_importpoints(language, tmp_path):
    path = tmp_path / "vide.csv"
    path.write_text("id;x;y\n")
    fails("zoast:importpoints", {"INPUT": str(path), "X_FIELD": "x", "Y_FIELD": "y", "COUNTRY": "BE",
                                 "OUTPUT": "memory:", "REJECTED": "memory:"},
          said(language, "no row to import", "aucune ligne à importer"))


# ---------------------------------------------------------------------------- files and parameters


def test_importfiness_on_a_binary_file(language, tmp_path):
    path = tmp_path / "finess.csv"
    path.write_bytes(bytes(range(256)) * 20)
    fails("zoast:importfiness", {"INPUT": str(path), "OUTPUT": "memory:", "ISSUES": "memory:"},
          r"finess\.csv", said(language, "binary data", "données binaires"))


@pytest.mark.parametrize("name, head", [("finess-structures.json.gz", b"\x1f\x8b\x08\x00"),
                                        ("finess-structures.zip", b"PK\x03\x04\x14\x00")])
def test_importfiness_on_a_compressed_download(language, tmp_path, name, head):
    path = tmp_path / name
    path.write_bytes(head + bytes(range(256)) * 4)
    fails("zoast:importfiness", {"INPUT": str(path), "OUTPUT": "memory:", "ISSUES": "memory:"},
          re.escape(name), said(language, "is compressed", "est compressé"))


def test_importfiness_on_an_empty_file(language, tmp_path):
    """An empty (e.g. interrupted) download: it was 'no structureet record in 0 line(s), choose the CSV extract'."""
    path = tmp_path / "finess-structures.json"
    path.write_bytes(b"")
    fails("zoast:importfiness", {"INPUT": str(path), "OUTPUT": "memory:", "ISSUES": "memory:"},
          r"finess-structures\.json", said(language, "is empty", "est vide"))


def test_importfiness_on_a_feed_without_establishments(language, tmp_path):
    path = tmp_path / "finess-structures.json"
    path.write_text('{"schemaVersion": "v1.0.0", "pmej": []}')
    fails("zoast:importfiness", {"INPUT": str(path), "OUTPUT": "memory:", "ISSUES": "memory:"},
          r"finess-structures\.json", said(language, "no establishment", "sans aucun établissement"))


def test_report_when_the_pdf_cannot_be_written(language, tmp_path):
    """The output path is a folder: QGIS 3.22's exporter fails with no errorMessage(); the error names the path."""
    target = tmp_path / "report.pdf"
    target.mkdir()
    gaps = memory_layer("Polygon", CRS, {"unit_id": str, "population": float, "gap_class": str, "severity": int},
                        [(square(0, 0), {"unit_id": "FR:1", "population": 10.0, "gap_class": "FR_ZIP",
                                         "severity": 2})], "gaps")
    coverage = memory_layer("Polygon", CRS, {"name": str}, [(square(0, 0), {"name": "A"})], "pages")
    fails("zoast:report", {"COVERAGE": coverage, "GAPS": gaps, "DPI": 72, "FIGURES": [0], "OUTPUT": str(target)},
          r"report\.pdf", said(language, "Could not save the output", "Impossible d'enregistrer la sortie"))


def test_importpoints_invalid_crs(language, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("id;x;y\nA;4,35;50,85\n")
    fails("zoast:importpoints", {"INPUT": str(path), "X_FIELD": "x", "Y_FIELD": "y", "COUNTRY": "BE",
                                 "CRS": "EPSG:999999", "OUTPUT": "memory:", "REJECTED": "memory:"},
          "EPSG:999999", said(language, "not a valid coordinate reference system", "pas un système de coordonnées"))


def test_importpoints_country_name_instead_of_code(language, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("id;x;y\nA;4,35;50,85\n")
    fails("zoast:importpoints", {"INPUT": str(path), "X_FIELD": "x", "Y_FIELD": "y", "COUNTRY": "Belgique",
                                 "OUTPUT": "memory:", "REJECTED": "memory:"},
          "BELGIQUE", said(language, "not a two-letter country code", "pas un code de pays à deux lettres"))


def test_omitted_crs_parameters_take_their_documented_defaults(zoast_provider, tmp_path):
    """qgis_process and scripts leave OUTPUT_CRS / CRS out: the defaults of the help are used."""
    path = tmp_path / "p.csv"
    path.write_text("id;x;y\nA;4,35;50,85\n")
    result = processing.run("zoast:importpoints", {"INPUT": str(path), "X_FIELD": "x", "Y_FIELD": "y",
                                                   "COUNTRY": "BE", "OUTPUT": "memory:", "REJECTED": "memory:"})
    assert result["OUTPUT"].crs().authid() == "EPSG:4326" and result["POINTS"] == 1
    feed = tmp_path / "f.csv"
    feed.write_text("finess;etalab;111;2026-05-12\n")
    with pytest.raises(QgsProcessingException, match="structureet"):  # ran past the parameter check
        processing.run("zoast:importfiness", {"INPUT": str(feed), "OUTPUT": "memory:", "ISSUES": "memory:"})


def test_louvain_resolution_zero(language):
    flows = memory_layer("None", "", {"origin_id": str, "dest_unit_id": str, "patients": int},
                         [(None, {"origin_id": "FR:1", "dest_unit_id": "FR:2", "patients": 10}),
                          (None, {"origin_id": "FR:2", "dest_unit_id": "BE:1", "patients": 5})])
    fails("zoast:delineatebasins", {"UNITS": units(), "METHOD": 1, "FLOWS": flows, "RESOLUTION": 0,
                                    "OUTPUT": "memory:", "BASINS": "memory:"},
          said(language, "Resolution 0", "Résolution 0"), "Louvain")


@pytest.mark.parametrize("rows", [
    [],  # an empty table, selection or filter: it gave 2 basins without hub, a "successful" run
    [(None, {"origin_id": "FR:1", "dest_unit_id": "FR:2", "patients": 0})],
])
def test_basins_on_a_flow_table_without_flows(language, rows):
    flows = memory_layer("None", "", {"origin_id": str, "dest_unit_id": str, "patients": int}, rows)
    fails("zoast:delineatebasins", {"UNITS": units(), "FLOWS": flows, "OUTPUT": "memory:", "BASINS": "memory:"},
          "'patients'", said(language, r"{} row\(s\), 0 in total".format(len(rows)),
                             r"{} ligne\(s\), 0 au total".format(len(rows))),
          said(language, "need flows", "ont besoin de flux"))


# ---------------------------------------------------------------------------- ids, counts, rows


def test_four_rows_sharing_ids_are_counted_as_four(language):
    rows = [unit("FR:1", square(0, 0)), unit("FR:1", square(10000, 0)), unit("FR:2", square(20000, 0)),
            unit("FR:2", square(30000, 0)), unit("FR:3", square(40000, 0))]
    fails("zoast:costmatrix", {"UNITS": units(rows), "SUPPLY": points(), "OUTPUT": "memory:"},
          "'unit_id'", said(language, "4 rows share an id", "4 lignes partagent"), "FR:1, FR:2")


def test_empty_id_is_given_at_its_one_based_row(language):
    rows = [unit("FR:1", square(0, 0)), unit("", square(10000, 0))]
    fails("zoast:costmatrix", {"UNITS": units(rows), "SUPPLY": points(), "OUTPUT": "memory:"},
          said(language, r"1 empty id\(s\), at row\(s\) 2\.", r"1 identifiant\(s\) vide\(s\), ligne\(s\) 2\."))


def test_supplyinventory_same_layer_twice(language):
    layer = points()
    fails("zoast:supplyinventory", {"SUPPLY": [layer, layer], "UNITS": units(), "OUTPUT": "memory:",
                                    "SUMMARY": "memory:", "UNMATCHED": "memory:"},
          "'gps'", said(language, "given twice", "donnée deux fois"))


def test_supplyinventory_duplicate_ids(language):
    rows = [("Point({} {})".format(X0 + 5000 + i, Y0 + 5000), {"supply_id": "S1", "category": "gp", "fte": 1.0})
            for i in range(3)]
    fails("zoast:supplyinventory", {"SUPPLY": [points(rows)], "UNITS": units(), "OUTPUT": "memory:",
                                    "SUMMARY": "memory:", "UNMATCHED": "memory:"},
          "'supply_id'", said(language, "3 rows share an id", "3 lignes partagent"), "S1")


def test_supplyinventory_mistyped_id_field(language):
    fails("zoast:supplyinventory", {"SUPPLY": [points()], "SUPPLY_ID_FIELD": "supplyid", "UNITS": units(),
                                    "OUTPUT": "memory:", "SUMMARY": "memory:", "UNMATCHED": "memory:"},
          "SUPPLY_ID_FIELD", "'supplyid'", "gps")


def test_member_unit_without_geometry_is_not_called_missing(language):
    rows = [unit("FR:1", square(0, 0)), unit("BE:1", None)]
    members = memory_layer("None", "", {"zoast_code": str, "unit_id": str},
                           [(None, {"zoast_code": "Z1", "unit_id": "FR:1"}), (None, {"zoast_code": "Z1",
                                                                                   "unit_id": "BE:1"})])
    fails("zoast:agreementperimeters", {"UNITS": units(rows), "AGREEMENT_MEMBERS": members, "OUTPUT": "memory:",
                                        "SIDES": "memory:"},
          said(language, "1 member unit\\(s\\) have no usable geometry", "1 unité\\(s\\) membre\\(s\\) n'ont pas"),
          "BE:1")


# ---------------------------------------------------------------------------- counted warnings and good ends


def test_costmatrix_units_and_supply_without_geometry_are_counted(zoast_provider):
    rows = [unit("FR:1", square(0, 0)), unit("FR:2", None), unit("BE:1", square(20000, 0))]
    supply = points([("Point({} {})".format(X0 + 5000, Y0 + 5000), {"supply_id": "S1", "fte": 1.0}),
                     (None, {"supply_id": "S2", "fte": 1.0})])
    feedback = Feedback()
    result = processing.run("zoast:costmatrix", {"UNITS": units(rows), "SUPPLY": supply, "OUTPUT": "memory:"},
                            feedback=feedback)
    assert result["PAIRS"] == 2
    assert any("'Territorial units': 1 feature(s) with no geometry" in w and "first ids: 2" in w
               for w in feedback.warnings), feedback.warnings
    assert any("'Supply points': 1 feature(s)" in w and "first ids: 2" in w for w in feedback.warnings)


def test_polygon_valid_in_its_own_crs_is_not_refused_after_reprojection(zoast_provider):
    """Valid in EPSG:4326; in LAEA the edge at 60° N passes north of the vertex at 60.0005° N (a bow-tie)."""
    wkt = "Polygon((0 60, 20 60, 20 61, 10 60.0005, 0 61, 0 60))"
    layer = memory_layer("Polygon", "EPSG:4326", UNIT_FIELDS, [unit("FR:1", wkt)], "north")
    assert ogr.CreateGeometryFromWkt(wkt).IsValid()
    supply = memory_layer("Point", "EPSG:4326", {"supply_id": str, "category": str, "fte": float},
                          [("Point(5 60.5)", {"supply_id": "S1", "category": "gp", "fte": 1.0})], "s")
    result = processing.run("zoast:supplyinventory", {"SUPPLY": [supply], "UNITS": layer, "OUTPUT": "memory:",
                                                      "SUMMARY": "memory:", "UNMATCHED": "memory:"})
    assert (result["POINTS"], result["COUNTED"], result["UNITS_SKIPPED"]) == (1, 1, 0)


@pytest.mark.parametrize("algorithm", ["zoast:accessibility", "zoast:patientflows", "zoast:agreementcandidates",
                                       "zoast:delineatebasins"])
def test_empty_units_are_named_not_blamed_on_member_or_flow_ids(language, algorithm):
    members = memory_layer("None", "", {"zoast_code": str, "unit_id": str},
                           [(None, {"zoast_code": "Z1", "unit_id": "FR:{}".format(i)}) for i in range(335)])
    flows = memory_layer("None", "", {"origin_id": str, "dest_id": str, "dest_unit_id": str, "care_type": str,
                                      "patients": int, "stays": int, "amount_eur": float},
                         [(None, {"origin_id": "FR:1", "dest_id": "S1", "dest_unit_id": "BE:1", "care_type": "a",
                                  "patients": 5, "stays": 5, "amount_eur": 1.0})])
    parameters = {"UNITS": empty_units(), "SUPPLY": points(), "FLOWS": flows, "AGREEMENT_MEMBERS": members,
                  "FLOW_DEST_FIELD": "dest_unit_id" if algorithm == "zoast:delineatebasins" else "dest_id",
                  "OUTPUT": "memory:", "SUMMARY": "memory:", "BASINS": "memory:", "EXTENSIONS": "memory:",
                  "MERGERS": "memory:", "OUTSIDE": "memory:"}
    message = fails(algorithm, parameters, said(language, "has no feature", "n'a aucune entité"))
    assert "335" not in message and "FR:1" not in message


@pytest.mark.parametrize("code, unit_id, expected", [
    ("Z1", None, (r"'unit_id': 1 empty member id\(s\), at row\(s\) 3", r"'unit_id' : 1 identifiant\(s\) de membre")),
    (None, "BE:1", (r"'code': 1 member row\(s\) with no agreement code, at row\(s\) 3", r"'code' : 1 ligne\(s\)")),
])
def test_empty_member_id_or_code_is_named_at_its_row_never_none(language, code, unit_id, expected):
    rows = [{"zoast_code": "Z1", "unit_id": "FR:1"}, {"zoast_code": "Z1", "unit_id": "BE:1"},
            {"zoast_code": code, "unit_id": unit_id}]
    members = memory_layer("None", "", {"zoast_code": str, "unit_id": str}, [(None, row) for row in rows])
    fails("zoast:agreementperimeters", {"UNITS": units(), "AGREEMENT_MEMBERS": members, "OUTPUT": "memory:",
                                        "SIDES": "memory:"}, said(language, *expected))
