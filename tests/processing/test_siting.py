"""zoast:siting through processing.run, on cases computed by hand.

Coverage: five units on a line (60 km/h, detour 1: a kilometre is a minute), cut-off 10 minutes:

    U1 (150) at 0 km, U2 (200) at 10, U3 (300) at 20, U4 (400) at 30, U5 (50) at 40
    A at 5 km reaches U1 + U2 = 350;  B at 25 km reaches U3 + U4 = 700;  C at 40 km reaches U4 + U5 = 450

Two sites, no supply: B (700) then A (350) → 1,050 of 1,100. With a GP at 40 km (U4, U5 already
covered, 450): A (350) then B (U3 only, 300) → all 1,100 covered.
"""

import processing
import pytest
from qgis.core import QgsProcessingException

from tests.layers import layer_rows, memory_layer

UNIT_FIELDS = {"unit_id": str, "country": str, "population": float}


def units_layer(populations=(150, 200, 300, 400, 50)):
    rows = [("Point({} 0)".format(10000 * n), {"unit_id": "FR:{}".format(n + 1), "country": "FR",
                                               "population": float(p)})
            for n, p in enumerate(populations)]
    return memory_layer("Point", "EPSG:3035", UNIT_FIELDS, rows, "units")


def candidates_layer(rows=None):
    rows = rows or [("Point(5000 0)", "A"), ("Point(25000 0)", "B"), ("Point(40000 0)", "C")]
    return memory_layer("Point", "EPSG:3035", {"candidate_id": str},
                        [(wkt, {"candidate_id": cid}) for wkt, cid in rows], "candidates")


def supply_layer():
    return memory_layer("Point", "EPSG:3035", {"supply_id": str, "country": str, "fte": float},
                        [("Point(40000 0)", {"supply_id": "GP1", "country": "FR", "fte": 1.0})], "supply")


def run(**extra):
    parameters = {"UNITS": units_layer(), "CANDIDATES": candidates_layer(), "N_SITES": 2, "OBJECTIVE": 0,
                  "MAX_COST": 10.0, "SPEED_KMH": 60.0, "DETOUR": 1.0, "OUTPUT": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:siting", parameters)


def by_id(result, key="candidate_id"):
    return {row[key]: row for row in layer_rows(result["OUTPUT"])}


@pytest.mark.parametrize("exact", [False, True])
def test_coverage_without_supply(zoast_provider, exact):
    result = run(EXACT=exact)
    rows = by_id(result)
    assert [rows[c]["rank"] for c in "ABC"] == [2, 1, None]
    assert [rows[c]["selected"] for c in "ABC"] == [True, True, False]
    assert [rows[c]["gain"] for c in "ABC"] == [350.0, 700.0, 50.0]
    assert result["COVERED_DEMAND"] == 1050.0 and result["COVERED_BEFORE"] == 0.0
    assert result["TOTAL_DEMAND"] == 1100.0 and result["SELECTED_COUNT"] == 2
    assert result["OPTIMAL"] == (1 if exact else -1)


@pytest.mark.parametrize("exact", [False, True])
def test_coverage_with_existing_supply_fixed(zoast_provider, exact):
    result = run(EXACT=exact, SUPPLY=supply_layer(), UNITS_OUTPUT="memory:")
    rows = by_id(result)
    assert [rows[c]["rank"] for c in "ABC"] == [1, 2, None]
    assert [rows[c]["gain"] for c in "ABC"] == [350.0, 300.0, 0.0]
    assert result["COVERED_BEFORE"] == 450.0 and result["COVERED_DEMAND"] == 1100.0
    covered = {row["unit_id"]: row["covered"] for row in layer_rows(result["UNITS_OUTPUT"])}
    assert covered == {"FR:1": 2, "FR:2": 2, "FR:3": 2, "FR:4": 1, "FR:5": 1}


def test_fewer_sites_when_nothing_is_left(zoast_provider):
    result = run(SUPPLY=supply_layer(), N_SITES=3)
    assert result["SELECTED_COUNT"] == 2 and result["COVERED_DEMAND"] == 1100.0


def test_shortfall_walloon_hand_case(zoast_provider):
    """Two Walloon municipalities 100 km apart, no supply, 2SFCA, 10 FTE per new site. Shortfall to 90 FTE per
    100,000: 90 (100,000 inhabitants) + 4.5 (5,000) = 94.5. A site by the first removes 10 FTE, by the second
    4.5 (it only needs 4.5): first P1, then P2 → 80 left."""
    units = memory_layer("Point", "EPSG:3035", {**UNIT_FIELDS, "area_km2": float}, [
        ("Point(0 0)", {"unit_id": "BE:57081", "country": "BE", "population": 100000.0, "area_km2": 50.0}),
        ("Point(100000 0)", {"unit_id": "BE:57093", "country": "BE", "population": 5000.0, "area_km2": 50.0}),
    ], "units")
    candidates = candidates_layer([("Point(0 1000)", "P1"), ("Point(100000 1000)", "P2")])
    result = run(UNITS=units, CANDIDATES=candidates, OBJECTIVE=1, METHOD=0, NEW_CAPACITY=10.0, N_SITES=1,
                 UNITS_OUTPUT="memory:")
    assert result["SHORTFALL_BEFORE"] == pytest.approx(94.5)
    assert result["SHORTFALL_AFTER"] == pytest.approx(84.5)
    rows = by_id(result)
    assert rows["P1"]["rank"] == 1 and rows["P2"]["rank"] is None
    assert rows["P1"]["gain"] == pytest.approx(10.0) and rows["P2"]["gain"] == pytest.approx(4.5)
    assert rows["P1"]["objective"] == "official_shortfall"
    units_out = {row["unit_id"]: row for row in layer_rows(result["UNITS_OUTPUT"])}
    # Official: the FTE located in the municipality, 10 for 100,000 → 10 per 100,000.
    assert units_out["BE:57081"]["indicator_after"] == pytest.approx(10.0)
    assert units_out["BE:57081"]["shortfall_after"] == pytest.approx(80.0)
    assert units_out["BE:57081"]["shortfall_unit"] == "FTE" and units_out["BE:57081"]["rule"] == "WAL_IMPULSEO"
    # Analytical (2SFCA, the same here: each site reaches its own municipality only).
    analytical = run(UNITS=units, CANDIDATES=candidates, OBJECTIVE=1, SHORTFALL_RULE=1, METHOD=0,
                     NEW_CAPACITY=10.0, N_SITES=1, UNITS_OUTPUT="memory:")
    assert analytical["SHORTFALL_AFTER"] == pytest.approx(84.5)
    assert by_id(analytical)["P1"]["objective"] == "analytical_shortfall"
    units_out = {row["unit_id"]: row for row in layer_rows(analytical["UNITS_OUTPUT"])}
    assert units_out["BE:57081"]["an_access_after"] == pytest.approx(10.0 / 100000)

    both = run(UNITS=units, CANDIDATES=candidates, OBJECTIVE=1, METHOD=0, NEW_CAPACITY=10.0, N_SITES=2,
               EXACT=True)
    assert both["SHORTFALL_AFTER"] == pytest.approx(80.0)
    assert both["OPTIMAL"] == -1  # the shortfall objective is greedy, with a warning


def test_national_border_mode_keeps_candidates_to_their_country(zoast_provider):
    """A French candidate does not serve Belgian units when the border is closed."""
    units = memory_layer("Point", "EPSG:3035", UNIT_FIELDS, [
        ("Point(0 0)", {"unit_id": "FR:1", "country": "FR", "population": 100.0}),
        ("Point(4000 0)", {"unit_id": "BE:1", "country": "BE", "population": 500.0}),
    ], "units")
    candidates = candidates_layer([("Point(1000 0)", "F"), ("Point(3500 0)", "B")])
    open_border = run(UNITS=units, CANDIDATES=candidates, N_SITES=1, BORDER_MODE=2)
    assert open_border["COVERED_DEMAND"] == 600.0
    closed = run(UNITS=units, CANDIDATES=candidates, N_SITES=2, BORDER_MODE=0)
    assert closed["COVERED_DEMAND"] == 600.0 and closed["SELECTED_COUNT"] == 2
    one = run(UNITS=units, CANDIDATES=candidates, N_SITES=1, BORDER_MODE=0)
    assert by_id(one)["B"]["rank"] == 1 and one["COVERED_DEMAND"] == 500.0


def test_grid_candidates(zoast_provider):
    """No candidates layer: a 10 km grid near the unit points; ids G1…, points in the analysis CRS."""
    result = run(CANDIDATES=None, GRID_SPACING=10000.0, N_SITES=2)
    rows = layer_rows(result["OUTPUT"])
    assert all(row["candidate_id"].startswith("G") for row in rows) and len(rows) >= 2
    assert result["SELECTED_COUNT"] == 2 and result["COVERED_DEMAND"] >= 1000.0


# --- bad input ----------------------------------------------------------------------


def test_more_sites_than_candidates(zoast_provider):
    with pytest.raises(QgsProcessingException, match=r"N_SITES.*4 sites.*3 candidate"):
        run(N_SITES=4)


def test_duplicate_candidate_ids(zoast_provider):
    candidates = candidates_layer([("Point(5000 0)", "A"), ("Point(25000 0)", "A"), ("Point(40000 0)", "C")])
    with pytest.raises(QgsProcessingException, match=r"candidate_id.*share an id.*A"):
        run(CANDIDATES=candidates)


def test_candidates_outside_the_units_are_counted(zoast_provider):
    candidates = candidates_layer([("Point(5000 0)", "A"), ("Point(25000 0)", "B"), ("Point(900000 0)", "FAR")])
    result = run(CANDIDATES=candidates)
    assert result["CANDIDATES_OUTSIDE"] == 1
    assert by_id(result)["FAR"]["selected"] is False


def test_no_demand(zoast_provider):
    with pytest.raises(QgsProcessingException, match=r"population.*all 5 unit"):
        run(UNITS=units_layer((0, 0, 0, 0, 0)))


def test_no_candidates_and_no_grid(zoast_provider):
    with pytest.raises(QgsProcessingException, match="GRID_SPACING"):
        run(CANDIDATES=None, GRID_SPACING=0.0)


def test_zoast_border_mode_opens_candidates_to_members(zoast_provider):
    """Border mode 1: a Belgian candidate serves a French unit only when both units share an agreement."""
    units = memory_layer("Point", "EPSG:3035", UNIT_FIELDS, [
        ("Point(0 0)", {"unit_id": "FR:1", "country": "FR", "population": 100.0}),
        ("Point(4000 0)", {"unit_id": "BE:1", "country": "BE", "population": 500.0}),
    ], "units")
    candidates = candidates_layer([("Point(3500 0)", "B")])

    def members(rows):
        return memory_layer("None", "", {"zoast_code": str, "unit_id": str},
                            [(None, {"zoast_code": c, "unit_id": u}) for c, u in rows], "members")

    shared = run(UNITS=units, CANDIDATES=candidates, N_SITES=1, BORDER_MODE=1,
                 AGREEMENT_MEMBERS=members([("Z", "FR:1"), ("Z", "BE:1")]))
    assert shared["COVERED_DEMAND"] == 600.0
    apart = run(UNITS=units, CANDIDATES=candidates, N_SITES=1, BORDER_MODE=1,
                AGREEMENT_MEMBERS=members([("Z", "FR:1")]))
    assert apart["COVERED_DEMAND"] == 500.0


def test_official_shortfall_tvs_and_municipal_counts(zoast_provider):
    """The case of tests/core/test_siting.py::test_official_shortfall_by_hand through processing.run: T1 = FR:59001
    (100) + FR:59002 (300), 0.1 FTE 9 km from FR:59001 (APL 4.5 alone, 1.125 as T1's mean); a Walloon and a
    low-density Flemish municipality without GPs. Sites of 2 FTE: C3 (Flanders, 2 GPs of 2.4 missing) then C2
    (Wallonia, 1.8 FTE missing); C1 would fill T1 (0.2556 FTE-equivalents). C2 also reaches FR:59002 across the
    open border: officially nothing (the APL counts French supply only)."""
    fields = {**UNIT_FIELDS, "area_km2": float, "tvs": str}
    units = memory_layer("Point", "EPSG:3035", fields, [
        ("Point({} 0)".format(8000 * n), {"unit_id": uid, "country": uid[:2], "population": pop, "area_km2": area,
                                          "tvs": tvs})
        for n, (uid, pop, area, tvs) in enumerate([("FR:59001", 100.0, 10.0, "T1"), ("FR:59002", 300.0, 10.0, "T1"),
                                                   ("BE:57081", 2000.0, 10.0, None),
                                                   ("BE:31005", 2000.0, 100.0, None)])], "units")
    supply = memory_layer("Point", "EPSG:3035", {"supply_id": str, "country": str, "fte": float},
                          [("Point(-9000 0)", {"supply_id": "GP1", "country": "FR", "fte": 0.1})], "supply")
    candidates = candidates_layer([("Point(8000 0)", "C1"), ("Point(16000 0)", "C2"), ("Point(24000 0)", "C3")])
    result = run(UNITS=units, CANDIDATES=candidates, SUPPLY=supply, OBJECTIVE=1, METHOD=0, NEW_CAPACITY=2.0,
                 N_SITES=2, AREA_FIELD="area_km2", UNITS_OUTPUT="memory:")
    french = (4 - 1.125) * 400 / 4500
    assert result["SHORTFALL_BEFORE"] == pytest.approx(french + 1.8 + 2.4)
    assert result["SHORTFALL_AFTER"] == pytest.approx(french + 0.4)
    rows = by_id(result)
    assert [rows[c]["rank"] for c in ("C1", "C2", "C3")] == [None, 2, 1]
    assert rows["C1"]["gain"] == pytest.approx(french)
    units_out = {row["unit_id"]: row for row in layer_rows(result["UNITS_OUTPUT"])}
    assert units_out["FR:59001"]["indicator_before"] == pytest.approx(1.125)  # the TVS mean, not its own 4.5
    assert units_out["FR:59002"]["indicator_after"] == pytest.approx(1.125)  # C2 across the border: nothing
    assert units_out["FR:59001"]["zone"] == "T1" and units_out["BE:31005"]["zone"] == "BE:31005"
    assert units_out["BE:31005"]["indicator_after"] == pytest.approx(100.0)  # 2 GPs under 65 for 2,000
    assert units_out["BE:31005"]["shortfall_unit"] == "GP"
