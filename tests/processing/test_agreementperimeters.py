"""zoast:agreementperimeters through processing.run: dissolve across the border, sides, dates, bad input."""

import processing
import pytest
from qgis.core import QgsGeometry, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.conftest import SAMPLE_GPKG
from tests.layers import layer_rows, memory_layer
from zoast_plugin.processing.styles import style_path


def square(x0, y0, x1, y1):
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x0, y0, x1, y1)


KM2 = 1e6
UNIT_FIELDS = {"unit_id": str, "country": str, "population": int}
#: EPSG:3035, metres: two French 10 km squares and a Belgian one in a row (FR:1 | FR:2 | BE:1),
#: BE:2 apart and FR:3 above FR:1.
UNITS = [
    (square(0, 0, 10000, 10000), {"unit_id": "FR:1", "country": "FR", "population": 1000}),
    (square(10000, 0, 20000, 10000), {"unit_id": "FR:2", "country": "FR", "population": 250}),
    (square(20000, 0, 30000, 10000), {"unit_id": "BE:1", "country": "BE", "population": 4000}),
    (square(50000, 0, 60000, 10000), {"unit_id": "BE:2", "country": "BE", "population": 30}),
    (square(0, 10000, 10000, 20000), {"unit_id": "FR:3", "country": "FR", "population": 70}),
]
AGREEMENTS = [
    (None, {"zoast_code": "Z1", "name_fr": "Zone un", "in_force_from": "2010-01-01", "ends_on": None}),
    (None, {"zoast_code": "Z2", "name_fr": "Zone deux", "in_force_from": "2020-01-01", "ends_on": None}),
]
MEMBERS = [
    (None, {"zoast_code": "Z1", "unit_id": "FR:1", "member_since": "2010-01-01"}),
    (None, {"zoast_code": "Z1", "unit_id": "FR:2", "member_since": "2015-06-01"}),
    (None, {"zoast_code": "Z1", "unit_id": "BE:1", "member_since": None}),
    (None, {"zoast_code": "Z2", "unit_id": "FR:3", "member_since": None}),  # Z2 is one-sided
]
ESTABLISHMENTS = [
    (None, {"zoast_code": "Z1", "supply_id": "H:F1", "country": "FR"}),
    (None, {"zoast_code": "Z1", "supply_id": "H:B1", "country": "BE"}),
    (None, {"zoast_code": "Z1", "supply_id": "H:B2", "country": "BE"}),
]


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.warnings.append(text)
        super().pushWarning(text)


def layers(units=None, members=None, crs="EPSG:3035"):
    return {
        "AGREEMENTS": memory_layer("None", "", {"zoast_code": str, "name_fr": str, "in_force_from": str,
                                                "ends_on": str}, AGREEMENTS, "agreements"),
        "AGREEMENT_MEMBERS": memory_layer("None", "", {"zoast_code": str, "unit_id": str, "member_since": str},
                                          MEMBERS if members is None else members, "members"),
        "AGREEMENT_ESTABLISHMENTS": memory_layer("None", "", {"zoast_code": str, "supply_id": str, "country": str},
                                                 ESTABLISHMENTS, "establishments"),
        "UNITS": memory_layer("Polygon", crs, UNIT_FIELDS, UNITS if units is None else units, "units"),
    }


def run(feedback=None, **extra):
    parameters = {**layers(), "OUTPUT": "memory:", "SIDES": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:agreementperimeters", parameters, feedback=feedback)


def zones(result):
    return {f["zoast_code"]: f for f in result["OUTPUT"].getFeatures()}


def test_dissolves_across_both_countries(zoast_provider):
    """Z1 = FR:1 ∪ FR:2 ∪ BE:1 = the 30 km × 10 km rectangle, one part, 300 km²; population
    1000 + 250 + 4000 = 5250; 3 units (2 FR, 1 BE); 3 establishments. Its French side is 200 km²
    (1250 inhabitants, 1 establishment), its Belgian side 100 km² (4000, 2 establishments)."""
    result = run()
    z1 = zones(result)["Z1"]
    geometry = z1.geometry()
    assert geometry.constGet().numGeometries() == 1
    assert geometry.area() == pytest.approx(300 * KM2)
    assert geometry.equals(QgsGeometry.fromWkt("MultiPolygon(((0 0, 30000 0, 30000 10000, 0 10000, 0 0)))")) or \
        geometry.symDifference(QgsGeometry.fromWkt(square(0, 0, 30000, 10000))).area() == pytest.approx(0)
    assert z1["name_fr"] == "Zone un"  # the agreement's attributes are kept
    assert [z1[n] for n in ("population", "n_units", "n_units_fr", "n_units_be", "n_establishments")] == \
        [5250, 3, 2, 1, 3]
    sides = {(f["zoast_code"], f["country"]): f for f in result["SIDES"].getFeatures()}
    assert sides[("Z1", "FR")].geometry().area() == pytest.approx(200 * KM2)
    assert sides[("Z1", "BE")].geometry().area() == pytest.approx(100 * KM2)
    assert [sides[("Z1", "FR")][n] for n in ("population", "n_units", "n_establishments")] == [1250, 2, 1]
    assert [sides[("Z1", "BE")][n] for n in ("population", "n_units", "n_establishments")] == [4000, 1, 2]
    assert result["AGREEMENT_COUNT"] == 2


def test_one_sided_agreement_is_a_warning_and_a_count(zoast_provider):
    feedback = Feedback()
    result = run(feedback)
    assert result["ONE_SIDED_COUNT"] == 1
    assert any("Z2" in w and "one side" in w for w in feedback.warnings)
    z2 = zones(result)["Z2"]
    assert (z2["n_units_fr"], z2["n_units_be"], z2["population"]) == (1, 0, 70)
    assert z2.geometry().area() == pytest.approx(100 * KM2)


def test_members_at_a_date(zoast_provider):
    """On 2012-01-01 FR:2 (member since 2015) is not yet covered and Z2 (in force 2020) not at all:
    Z1 = FR:1 + BE:1, two parts 200 km², 5000 inhabitants; Z2 has no member and no geometry."""
    feedback = Feedback()
    result = run(feedback, AT_DATE="2012-01-01")
    by_code = zones(result)
    z1 = by_code["Z1"]
    assert z1.geometry().constGet().numGeometries() == 2
    assert z1.geometry().area() == pytest.approx(200 * KM2)
    assert (z1["population"], z1["n_units"]) == (5000, 2)
    assert by_code["Z2"]["n_units"] == 0 and not by_code["Z2"].hasGeometry()
    assert any("2 membership(s) not in force on 2012-01-01" in w for w in feedback.warnings)
    # Z2 is not in force yet: it is said so, not "add member units on both sides"
    assert not any("Z2" in w and "one side" in w for w in feedback.warnings)
    assert result["ONE_SIDED_COUNT"] == 0


def test_a_member_that_left_the_zone_leaves_the_perimeter(zoast_provider):
    """FR:2 left Z1 at the end of 2018 (member_until): in 2017 Z1 has 3 units, in 2019 FR:1 + BE:1."""
    members = [(None, {**values, "member_until": "2018-12-31" if values["unit_id"] == "FR:2" else None})
               for _, values in MEMBERS]
    table = memory_layer("None", "", {"zoast_code": str, "unit_id": str, "member_since": str, "member_until": str},
                         members, "members")
    assert zones(run(AGREEMENT_MEMBERS=table, AT_DATE="2017-01-01"))["Z1"]["n_units"] == 3
    later = zones(run(AGREEMENT_MEMBERS=table, AT_DATE="2019-01-01"))["Z1"]
    assert (later["n_units"], later["population"]) == (2, 5000)


def test_the_warning_names_the_members_unit_field(zoast_provider):
    feedback = Feedback()
    members = memory_layer("None", "", {"zoast_code": str, "commune": str, "member_since": str},
                           [(None, {"zoast_code": v["zoast_code"], "commune": v["unit_id"]}) for _, v in MEMBERS])
    run(feedback, AGREEMENT_MEMBERS=members, MEMBER_UNIT_FIELD="commune", AT_DATE="2021-01-01")
    assert any("'commune'" in w and "Z2" in w for w in feedback.warnings), feedback.warnings


def test_without_agreements_table(zoast_provider):
    result = run(AGREEMENTS=None)
    rows = {r["zoast_code"]: r for r in layer_rows(result["OUTPUT"])}
    assert sorted(rows) == ["Z1", "Z2"]
    assert rows["Z1"]["population"] == 5250


def test_gap_tolerance_closes_a_border_sliver(zoast_provider):
    """BE:1 moved 2 m east leaves a 2 m gap at the border: two parts as given, one with a 5 m tolerance."""
    units = list(UNITS)
    units[2] = (square(20002, 0, 30002, 10000), UNITS[2][1])
    parameters = layers(units=units)
    assert zones(run(**parameters))["Z1"].geometry().constGet().numGeometries() == 2
    closed = zones(run(**layers(units=units), GAP_TOLERANCE=5.0))["Z1"].geometry()
    assert closed.constGet().numGeometries() == 1
    assert closed.area() == pytest.approx(300 * KM2 + 2 * 10000, rel=1e-6)


def test_unknown_member_unit(zoast_provider):
    members = MEMBERS + [(None, {"zoast_code": "Z1", "unit_id": "BE:404", "member_since": None})]
    with pytest.raises(QgsProcessingException, match=r"'unit_id'.*BE:404"):
        run(**layers(members=members))


def test_member_of_an_unknown_agreement(zoast_provider):
    members = MEMBERS + [(None, {"zoast_code": "Z9", "unit_id": "BE:2", "member_since": None})]
    with pytest.raises(QgsProcessingException, match=r"'zoast_code'.*Z9"):
        run(**layers(members=members))


def test_units_without_crs(zoast_provider):
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run(UNITS=layers(crs="")["UNITS"])


def test_bad_member_date(zoast_provider):
    members = MEMBERS + [(None, {"zoast_code": "Z1", "unit_id": "BE:2", "member_since": "soon"})]
    with pytest.raises(QgsProcessingException, match=r"'member_since'.*Z1/BE:2"):
        run(AT_DATE="2020-01-01", **layers(members=members))


def test_perimeter_style_loads(zoast_provider):
    layer = run()["OUTPUT"]
    _message, ok = layer.loadNamedStyle(str(style_path("zoast_perimeters")))
    assert ok and layer.labelsEnabled()


def test_sample_region(zoast_provider):
    """Seven agreements, each a non-empty perimeter on both sides, dates copied from the store."""
    if not SAMPLE_GPKG.exists():
        pytest.skip("sample GeoPackage not built")

    def layer(name):
        return QgsVectorLayer("{}|layername={}".format(SAMPLE_GPKG, name), name, "ogr")

    result = processing.run("zoast:agreementperimeters", {
        "AGREEMENTS": layer("zoast_agreements"), "AGREEMENT_MEMBERS": layer("zoast_members"),
        "AGREEMENT_ESTABLISHMENTS": layer("zoast_establishments"), "UNITS": layer("units"),
        "OUTPUT": "memory:", "SIDES": "memory:"})
    features = list(result["OUTPUT"].getFeatures())
    assert len(features) == layer("zoast_agreements").featureCount() == result["AGREEMENT_COUNT"]
    assert all(f.hasGeometry() and f["n_units_fr"] > 0 and f["n_units_be"] > 0 for f in features)
    assert all(f["in_force_from"] is not None for f in features)
    assert result["ONE_SIDED_COUNT"] == 0
