"""zoast:supplyinventory through processing.run: hand-computed squares and the sample region."""

import math

import processing
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.conftest import SAMPLE_GPKG
from tests.layers import layer_rows, memory_layer
from zoast_plugin.processing.styles import apply_style

CRS = "EPSG:3035"


def square(x0, size=1000):
    return "Polygon(({0} 0, {1} 0, {1} {2}, {0} {2}, {0} 0))".format(x0, x0 + size, size)


def units(rows=None):
    """A (0-1000), B (1000-2000), C (2000-3000): three 1 km squares side by side."""
    rows = rows or [
        (square(0), {"unit_id": "FR:A", "population": 20000, "country": "FR"}),
        (square(1000), {"unit_id": "FR:B", "population": 5000, "country": "FR"}),
        (square(2000), {"unit_id": "BE:C", "population": 0, "country": "BE"}),
    ]
    return memory_layer("Polygon", CRS, {"unit_id": str, "population": int, "country": str}, rows, "units")


GPS = [
    ("Point(500 500)", {"supply_id": "G1", "category": "gp", "fte": 1.0}),  # in A
    ("Point(600 500)", {"supply_id": "G2", "category": "gp", "fte": 0.5}),  # in A
    ("Point(1500 500)", {"supply_id": "G3", "category": "gp", "fte": 1.0}),  # in B
    ("Point(1500 1200)", {"supply_id": "G4", "category": "gp", "fte": 0.8}),  # 200 m above B (538 m from A)
    ("Point(5000 5000)", {"supply_id": "G5", "category": "gp", "fte": 1.0}),  # far from everything
]
HOSPITALS = [
    ("Point(2500 500)", {"supply_id": "H1", "category": "hospital", "beds": 100}),  # in C (population 0)
    ("Point(500 200)", {"supply_id": "H2", "category": "hospital", "beds": 50}),  # in A
]


def gps(rows=GPS):
    return memory_layer("Point", CRS, {"supply_id": str, "category": str, "fte": float}, rows, "gps")


def hospitals():
    return memory_layer("Point", CRS, {"supply_id": str, "category": str, "beds": int}, HOSPITALS, "hospitals")


def run(supply, unit_layer=None, **extra):
    parameters = {"SUPPLY": supply, "UNITS": unit_layer or units(), "OUTPUT": "memory:", "SUMMARY": "memory:",
                  "UNMATCHED": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:supplyinventory", parameters)


def by_unit(layer):
    return {row["unit_id"]: row for row in layer_rows(layer)}


def test_counts_capacities_and_densities_on_squares(zoast_provider):
    """A: G1, G2, H2 → n_gp 2, fte_gp 1.5, n_hospital 1, beds 50; population 20,000 → d10k_gp = 2 × 10,000 /
    20,000 = 1.0, d10k_fte_gp = 0.75, d10k_beds_hospital = 25, d10k_total = 1.5.
    B: G3 and G4 (200 m outside, within 500 m; A is √(500² + 200²) = 538.5 m away) → n_gp 2, fte_gp 1.8,
    population 5,000 → d10k_gp 4.0, d10k_fte_gp 3.6.
    C: H1, beds 100, population 0 → densities empty.
    G5 (5000, 5000) is unmatched, √(2000² + 4000²) = 4472.1 m from C's corner (3000, 1000).
    Points 7 = counted 6 + unmatched 1."""
    result = run([gps(), hospitals()], GROUP_FIELD="country")
    rows = by_unit(result["OUTPUT"])
    a, b, c = rows["FR:A"], rows["FR:B"], rows["BE:C"]
    assert (a["n_gp"], a["n_hospital"], a["n_total"]) == (2, 1, 3)
    assert (a["fte_gp"], a["fte_hospital"], a["fte_total"]) == (1.5, 0.0, 1.5)
    assert (a["beds_gp"], a["beds_hospital"], a["beds_total"]) == (0.0, 50.0, 50.0)
    assert (a["d10k_gp"], a["d10k_hospital"], a["d10k_total"]) == (1.0, 0.5, 1.5)
    assert (a["d10k_fte_gp"], a["d10k_beds_hospital"]) == (0.75, 25.0)
    assert (b["n_gp"], b["n_total"], b["d10k_gp"]) == (2, 2, 4.0)
    assert b["fte_gp"] == pytest.approx(1.8) and b["d10k_fte_gp"] == pytest.approx(3.6)
    assert (c["n_hospital"], c["beds_hospital"], c["d10k_total"], c["d10k_beds_hospital"]) == (1, 100.0, None, None)
    assert a["country"] == "FR" and a["population"] == 20000  # the units' own fields are kept
    assert [f.geometry().area() for f in result["OUTPUT"].getFeatures()] == [1e6, 1e6, 1e6]

    unmatched = layer_rows(result["UNMATCHED"])
    assert [(r["layer"], r["supply_id"], r["category"], r["reason"]) for r in unmatched] == [
        ("gps", "G5", "gp", "outside")]
    assert unmatched[0]["distance"] == pytest.approx(math.hypot(2000, 4000))
    assert (result["POINTS"], result["COUNTED"], result["UNMATCHED_COUNT"], result["MATCHED_BY_TOLERANCE"]) == (
        7, 6, 1, 1)
    assert sum(row["n_total"] for row in rows.values()) == result["POINTS"] - result["UNMATCHED_COUNT"]

    summary = {row["country"]: row for row in layer_rows(result["SUMMARY"])}
    # FR: 2 units, 25,000 inhabitants, 4 GPs (d10k 1.6), 5 points (d10k 2.0); BE: population 0.
    fr, be = summary["FR"], summary["BE"]
    assert (fr["n_units"], fr["population"], fr["n_gp"], fr["n_total"]) == (2, 25000, 4, 5)
    assert (fr["d10k_gp"], fr["d10k_total"]) == (pytest.approx(1.6), pytest.approx(2.0))
    assert (be["n_units"], be["n_hospital"], be["d10k_total"]) == (1, 1, None)


def test_tolerance_zero_lists_the_point_outside(zoast_provider):
    """With no tolerance G4 (200 m above B) is unmatched too, at 200 m."""
    result = run([gps()], TOLERANCE=0.0)
    distances = {r["supply_id"]: r["distance"] for r in layer_rows(result["UNMATCHED"])}
    assert distances == {"G4": pytest.approx(200.0), "G5": pytest.approx(math.hypot(2000, 4000))}
    assert (result["COUNTED"], result["UNMATCHED_COUNT"], result["MATCHED_BY_TOLERANCE"]) == (3, 2, 0)
    assert by_unit(result["OUTPUT"])["FR:B"]["n_gp"] == 1


def test_point_without_geometry_is_listed(zoast_provider):
    """A GP with no geometry is counted nowhere and listed (no_geometry): 6 points = 4 counted + 2 listed."""
    layer = gps(GPS + [(None, {"supply_id": "G6", "category": "gp", "fte": 1.0})])
    result = run([layer])
    reasons = sorted((r["fid"], r["reason"]) for r in layer_rows(result["UNMATCHED"]))
    assert reasons == [(5, "outside"), (6, "no_geometry")]
    assert (result["POINTS"], result["COUNTED"], result["UNMATCHED_COUNT"]) == (6, 4, 2)


def test_fixed_categories_and_summary_without_group(zoast_provider):
    """CATEGORIES writes pharmacy columns with no pharmacy; without a group field the summary is one row ALL."""
    result = run([gps()], CATEGORIES="gp,pharmacy")
    names = result["OUTPUT"].fields().names()
    assert {"n_gp", "n_pharmacy", "fte_pharmacy", "d10k_pharmacy", "d10k_fte_pharmacy"} <= set(names)
    assert "beds_gp" not in names  # no layer has beds
    summary = layer_rows(result["SUMMARY"])
    assert [(r["group"], r["n_units"], r["n_gp"], r["n_pharmacy"]) for r in summary] == [("ALL", 3, 4, 0)]


def test_layer_without_category_field(zoast_provider):
    """An error naming the layer, unless DEFAULT_CATEGORY is given."""
    layer = memory_layer("Point", CRS, {"supply_id": str}, [("Point(500 500)", {"supply_id": "P1"})], "pharmacies")
    with pytest.raises(QgsProcessingException, match=r"'pharmacies'.*'category'"):
        run([gps(), layer])
    result = run([gps(), layer], DEFAULT_CATEGORY="pharmacy")
    assert by_unit(result["OUTPUT"])["FR:A"]["n_pharmacy"] == 1


def test_empty_capacity_names_the_field_and_point(zoast_provider):
    layer = gps([("Point(500 500)", {"supply_id": "G1", "category": "gp", "fte": None})])
    with pytest.raises(QgsProcessingException, match=r"'fte'.*gps:G1"):
        run([layer])


def test_category_that_is_not_a_word(zoast_provider):
    layer = gps([("Point(500 500)", {"supply_id": "G1", "category": "General practitioner", "fte": 1.0})])
    with pytest.raises(QgsProcessingException, match=r"'category'.*General practitioner"):
        run([layer])


def test_duplicate_unit_ids(zoast_provider):
    rows = [(square(0), {"unit_id": "FR:A", "population": 1, "country": "FR"}),
            (square(1000), {"unit_id": "FR:A", "population": 1, "country": "FR"})]
    with pytest.raises(QgsProcessingException, match=r"'unit_id'.*FR:A"):
        run([gps()], units(rows))


def test_density_style_is_graduated_on_total_density(zoast_provider):
    result = run([gps()])
    layer = result["OUTPUT"]
    assert apply_style(layer, "supply_density")
    renderer = layer.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "d10k_total"
    assert [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()][:3] == [(0, 0), (0, 5), (5, 10)]


@pytest.mark.skipif(not SAMPLE_GPKG.exists(), reason="sample GeoPackage not built")
def test_sample_region_totals(zoast_provider):
    """Every GP practice and hospital of the sample is counted once or listed: the per-unit sums of points and
    of FTE/beds equal the layers' totals minus the unmatched ones; most points fall in the unit their
    unit_id attribute names (the Belgian outlines are approximate)."""
    def layer(name):
        return QgsVectorLayer("{}|layername={}".format(SAMPLE_GPKG, name), name, "ogr")

    unit_layer, gp_layer, hospital_layer = layer("units"), layer("gp_practices"), layer("hospitals")
    extent = unit_layer.extent()  # EPSG:3035, like the memory layer below
    far = memory_layer("Point", CRS, {"supply_id": str, "category": str, "fte": float},
                       [("Point({} {})".format(extent.xMaximum() + 50000, extent.center().y()),
                         {"supply_id": "FAR", "category": "gp", "fte": 1.0})], "far")
    result = run([gp_layer, hospital_layer, far], unit_layer, GROUP_FIELD="country")
    gp_rows, hospital_rows = layer_rows(gp_layer), layer_rows(hospital_layer)
    unmatched = layer_rows(result["UNMATCHED"])
    unmatched_ids = {r["supply_id"] for r in unmatched}
    units_out = layer_rows(result["OUTPUT"])

    assert result["POINTS"] == len(gp_rows) + len(hospital_rows) + 1 == 7492
    assert [(r["layer"], r["supply_id"]) for r in unmatched if r["distance"] >= 50000] == [("far", "FAR")]
    assert result["COUNTED"] + result["UNMATCHED_COUNT"] == result["POINTS"]
    assert sum(u["n_total"] for u in units_out) == result["COUNTED"]
    assert sum(u["n_gp"] for u in units_out) == len(gp_rows) - sum(r["layer"] == "gp_practices" for r in unmatched)
    expected_fte = sum(r["fte"] for r in gp_rows if r["supply_id"] not in unmatched_ids)
    assert sum(u["fte_gp"] for u in units_out) == pytest.approx(expected_fte)
    expected_beds = sum(r["beds"] for r in hospital_rows if r["supply_id"] not in unmatched_ids)
    assert sum(u["beds_hospital"] for u in units_out) == pytest.approx(expected_beds)
    assert len(units_out) == 3193

    summary = {r["country"]: r for r in layer_rows(result["SUMMARY"])}
    assert summary["FR"]["n_units"] + summary["BE"]["n_units"] == 3193
    assert summary["FR"]["n_total"] + summary["BE"]["n_total"] == result["COUNTED"]

    # Cross-check with the unit_id each sample point carries.
    by_id = {u["unit_id"]: u for u in units_out}
    expected = {}
    for row in gp_rows:
        if row["supply_id"] not in unmatched_ids:
            expected[row["unit_id"]] = expected.get(row["unit_id"], 0) + 1
    agree = sum(min(count, by_id[unit]["n_gp"]) for unit, count in expected.items() if unit in by_id)
    assert agree / sum(expected.values()) > 0.95
