"""zoast:importpoints through processing.run."""

import numpy as np
import processing
import pytest
from qgis.core import QgsProcessingException

from tests.layers import layer_rows, memory_layer
from zoast_plugin.core.point_rows import check_rows, parse_numbers

FIELDS = {"ref": str, "lon": str, "lat": str, "kind": str, "vte": str}
ROWS = [
    (None, {"ref": "BE-1", "lon": "4,35", "lat": "50.85", "kind": "HA", "vte": "1,5"}),  # fid 1: decimal commas
    (None, {"ref": "BE-2", "lon": "", "lat": "50.8", "kind": "HA", "vte": "1"}),  # 2: no X
    (None, {"ref": "BE-3", "lon": "abc", "lat": "50.8", "kind": "ZH", "vte": "1"}),  # 3: X not a number
    (None, {"ref": "BE-4", "lon": "4.4", "lat": "50.9", "kind": "ZH", "vte": ""}),  # 4: no FTE
    (None, {"ref": "BE-5", "lon": "4.5", "lat": "51.0", "kind": "XX", "vte": "2"}),  # 5: code not in the table
]
MAPPING = [(None, {"code": "HA", "category": "gp"}), (None, {"code": "ZH", "category": "hospital"})]


def table(rows=ROWS):
    return memory_layer("None", "", FIELDS, rows, "belgian_list")


def mapping():
    return memory_layer("None", "", {"code": str, "category": str}, MAPPING, "mapping")


def run(layer, **extra):
    parameters = {"INPUT": layer, "X_FIELD": "lon", "Y_FIELD": "lat", "CRS": "EPSG:4326", "ID_FIELD": "ref",
                  "CATEGORY_FIELD": "kind", "CATEGORY_MAPPING": mapping(), "COUNTRY": "be", "FTE_FIELD": "vte",
                  "OUTPUT": "memory:", "REJECTED": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:importpoints", parameters)


def test_points_and_rejected_rows_exactly(zoast_provider):
    """Rows 1 and 5 are usable (5's code XX is unknown → other); 2, 3 and 4 are rejected with their reason."""
    result = run(table())
    rows = layer_rows(result["OUTPUT"], ["supply_id", "category", "country", "fte", "ref", "kind"])
    assert rows == [
        {"supply_id": "BE-1", "category": "gp", "country": "BE", "fte": 1.5, "ref": "BE-1", "kind": "HA"},
        {"supply_id": "BE-5", "category": "other", "country": "BE", "fte": 2.0, "ref": "BE-5", "kind": "XX"},
    ]
    assert "beds" not in result["OUTPUT"].fields().names()  # no BEDS_FIELD given
    points = [f.geometry().asPoint() for f in result["OUTPUT"].getFeatures()]
    assert [(p.x(), p.y()) for p in points] == [(4.35, 50.85), (4.5, 51.0)]
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"
    rejected = layer_rows(result["REJECTED"])
    assert [(r["row"], r["supply_id"], r["reason"]) for r in rejected] == [
        (2, "BE-2", "no_coordinates"), (3, "BE-3", "bad_coordinates"), (4, "BE-4", "bad_capacity")]
    assert rejected[1]["detail"] == "x 'abc', y '50.8'"
    assert (result["POINTS"], result["REJECTED_COUNT"], result["UNKNOWN_CATEGORIES"]) == (2, 3, 1)


def test_default_category_and_country_field(zoast_provider):
    """No category field: every point gets DEFAULT_CATEGORY; the country field wins over COUNTRY, which fills
    its empty values."""
    layer = memory_layer("None", "", {"x": float, "y": float, "land": str},
                         [(None, {"x": 650000.0, "y": 670000.0, "land": "fr"}),
                          (None, {"x": 651000.0, "y": 671000.0, "land": None})])
    result = processing.run("zoast:importpoints", {
        "INPUT": layer, "X_FIELD": "x", "Y_FIELD": "y", "CRS": "EPSG:3812", "DEFAULT_CATEGORY": "gp",
        "COUNTRY": "BE", "COUNTRY_FIELD": "land", "OUTPUT": "memory:", "REJECTED": "memory:"})
    rows = layer_rows(result["OUTPUT"], ["supply_id", "category", "country"])
    assert rows == [{"supply_id": "1", "category": "gp", "country": "FR"},
                    {"supply_id": "2", "category": "gp", "country": "BE"}]
    assert result["OUTPUT"].crs().authid() == "EPSG:3812"
    assert result["REJECTED_COUNT"] == 0


def test_geocoded_layer_uses_its_geometry(zoast_provider):
    """Without X/Y fields the point geometry is used; a feature without geometry is rejected (no_geometry)."""
    layer = memory_layer("Point", "EPSG:31370", {"ref": str, "beds": int},
                         [("Point(150000 170000)", {"ref": "H1", "beds": 120}), (None, {"ref": "H2", "beds": 80})])
    result = processing.run("zoast:importpoints", {
        "INPUT": layer, "ID_FIELD": "ref", "DEFAULT_CATEGORY": "hospital", "COUNTRY": "BE", "BEDS_FIELD": "beds",
        "OUTPUT": "memory:", "REJECTED": "memory:"})
    assert layer_rows(result["OUTPUT"], ["supply_id", "category", "beds"]) == [
        {"supply_id": "H1", "category": "hospital", "beds": 120.0}]
    assert result["OUTPUT"].crs().authid() == "EPSG:31370"
    assert [f.geometry().asPoint().x() for f in result["OUTPUT"].getFeatures()] == [150000.0]
    assert [(r["row"], r["supply_id"], r["reason"]) for r in layer_rows(result["REJECTED"])] == [
        (2, "H2", "no_geometry")]  # its id, not NULL


def test_duplicate_ids_are_an_error_naming_them(zoast_provider):
    rows = ROWS + [(None, {"ref": "BE-1", "lon": "4.6", "lat": "50.7", "kind": "HA", "vte": "1"})]
    with pytest.raises(QgsProcessingException, match=r"'ref'.*BE-1"):
        run(table(rows))


def test_categories_without_table_must_be_words(zoast_provider):
    with pytest.raises(QgsProcessingException, match=r"'kind'.*'HA'"):
        run(table(), CATEGORY_MAPPING=None)


def test_country_is_required(zoast_provider):
    with pytest.raises(QgsProcessingException, match=r"COUNTRY"):
        run(table(), COUNTRY="")


def test_country_must_be_a_two_letter_code(zoast_provider):
    """A country name (Belgique, België) is refused, not written as the country of every point: the points would
    escape the Belgium/France position check and every algorithm that reads country."""
    with pytest.raises(QgsProcessingException, match=r"COUNTRY: 'BELGIQUE' is not a two-letter country code"):
        run(table(), COUNTRY="Belgique")
    layer = memory_layer("None", "", {"x": float, "y": float, "land": str},
                         [(None, {"x": 650000.0, "y": 670000.0, "land": "BE"}),
                          (None, {"x": 651000.0, "y": 671000.0, "land": "België"}),
                          (None, {"x": 652000.0, "y": 672000.0, "land": "Belgique"}),
                          (None, {"x": 653000.0, "y": 673000.0, "land": "België"})])
    with pytest.raises(QgsProcessingException,
                       match=r"Field 'land': 3 row\(s\) with a country that is not a two-letter code .*first ids: "
                             r"2, 3, 4; values: BELGIË, BELGIQUE\."):
        processing.run("zoast:importpoints", {
            "INPUT": layer, "X_FIELD": "x", "Y_FIELD": "y", "CRS": "EPSG:3812", "COUNTRY_FIELD": "land",
            "OUTPUT": "memory:", "REJECTED": "memory:"})


def test_x_without_y_is_an_error(zoast_provider):
    with pytest.raises(QgsProcessingException, match=r"X_FIELD and Y_FIELD"):
        run(table(), Y_FIELD="")


def test_check_rows_reasons_and_numbers():
    """Coordinates first, then capacities; infinite values are not numbers."""
    x, y, caps, reason, detail = check_rows(["1", " 2,5 ", "inf", None], ["3", "4", "5", "6"],
                                            {"fte": ["1", "-1", "1", "1"]}, 4)
    np.testing.assert_array_equal(x, [1.0, 2.5, np.nan, np.nan])
    assert list(reason) == ["", "bad_capacity", "bad_coordinates", "no_coordinates"]
    assert detail[1] == "fte '-1'"
    assert detail[3] == "x '', y '6'"  # an empty cell read as NULL (delimited text) is shown empty, never None
    assert check_rows(["4.3"], ["50.8"], {"beds": [None]}, 1)[4][0] == "beds ''"
    numbers, empty = parse_numbers([None, "", " 7 ", 8, 9.5, "x"])
    np.testing.assert_array_equal(numbers, [np.nan, np.nan, 7.0, 8.0, 9.5, np.nan])
    assert list(empty) == [True, True, False, False, False, False]
    grouped, _ = parse_numbers(["150.000,25", "150,000.25", "150 000,25", "150\u00a0000", "1.234.567", "50,63",
                                "-61,5331", "1'234.5", "1,2,3.4,5"])
    np.testing.assert_array_equal(grouped, [150000.25, 150000.25, 150000.25, 150000.0, 1234567.0, 50.63,
                                            -61.5331, 1234.5, np.nan])
    # Digits grouped by anything but three are a typo, not a number: "4.35.2" was read as 4352.
    typos, _ = parse_numbers(["4.35.2", "4.35,2", "12.34.567", "-1.234,5", "1,234,567.8"])
    np.testing.assert_array_equal(typos, [np.nan, np.nan, np.nan, -1234.5, 1234567.8])


def test_lambert_metres_under_the_default_wgs84_say_which_crs_to_set(zoast_provider):
    """A Belgian list in Lambert 72 run with the default CRS (EPSG:4326): every row is outside the area of use,
    and the log now says why and what to set (before: only "2 row(s) rejected: outside_area_of_use")."""
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802 - QGIS API
            self.warnings.append(text)

    layer = memory_layer("None", "", {"x": str, "y": str},
                         [(None, {"x": "45522,02", "y": "172220,84"}), (None, {"x": "68501,33", "y": "159908,28"}),
                          (None, {"x": "3,21", "y": "50,74"})])
    log = Log()
    result = processing.run("zoast:importpoints", {"INPUT": layer, "X_FIELD": "x", "Y_FIELD": "y", "COUNTRY": "BE",
                                                   "OUTPUT": "memory:", "REJECTED": "memory:"}, feedback=log)
    assert result["POINTS"] == 1 and result["REJECTED_COUNT"] == 2
    assert [w for w in log.warnings if "metres" in w] == [
        "2 row(s) have X/Y in metres, not degrees, while the CRS of the coordinates is EPSG:4326: set CRS to the "
        "list's system, e.g. Belgian Lambert 72 (EPSG:31370), Lambert 2008 (EPSG:3812) or Lambert-93 (EPSG:2154)."]
    log = Log()
    processing.run("zoast:importpoints", {"INPUT": layer, "X_FIELD": "x", "Y_FIELD": "y", "COUNTRY": "BE",
                                          "CRS": "EPSG:31370", "OUTPUT": "memory:", "REJECTED": "memory:"},
                   feedback=log)
    assert not [w for w in log.warnings if "metres" in w]
