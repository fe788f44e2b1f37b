"""zoast:scenario through processing.run: the identities of the issue, a hand case, the summary, bad input.

Four units on a line 8 km apart (60 km/h, detour 1, cut-off 10 min, 2SFCA): two French, two Walloon.
GP1 at FR:59001, GP2 at FR:59002, GP3 (2 FTE) at BE:57081, GP4 at BE:57093. ZOAST Z1 = FR:59002 + BE:57093.
Official classes: France on the APL with French supply (2SFCA × 4,500: 2.25, ZIP); Wallonia on the FTE located
in the municipality per 100,000 (BE:57081 2 FTE / 2,000 = 100, normal; BE:57093 1 / 4,000 = 25, severe).
"""

import processing
import pytest
from qgis.core import QgsProcessingException

from tests.layers import layer_rows, memory_layer

UNIT_FIELDS = {"unit_id": str, "country": str, "population": float, "basin": str}
SUPPLY_FIELDS = {"supply_id": str, "country": str, "fte": float, "age": int}


def units_layer():
    rows = [("Point({} 0)".format(8000 * n), {"unit_id": uid, "country": uid[:2], "population": pop, "basin": basin})
            for n, (uid, pop, basin) in enumerate([("FR:59001", 1000.0, "B1"), ("FR:59002", 3000.0, "B1"),
                                                    ("BE:57081", 2000.0, "B2"), ("BE:57093", 4000.0, "B2")])]
    return memory_layer("Point", "EPSG:3035", UNIT_FIELDS, rows, "units")


def supply_layer(rows=None):
    rows = rows or [(0, "GP1", "FR", 1.0, 66), (8000, "GP2", "FR", 1.0, 50), (16000, "GP3", "BE", 2.0, 64),
                    (24000, "GP4", "BE", 1.0, 40)]
    return memory_layer("Point", "EPSG:3035", SUPPLY_FIELDS, [
        ("Point({} 0)".format(x), {"supply_id": sid, "country": c, "fte": fte, "age": age})
        for x, sid, c, fte, age in rows], "supply")


def table(rows, fields):
    return memory_layer("None", "", {name: str for name in fields},
                        [(None, dict(zip(fields, row))) for row in rows], "table")


def members(pairs):
    return table(pairs, ["zoast_code", "unit_id"])


MEMBERS = [("Z1", "FR:59002"), ("Z1", "BE:57093")]


def run(**extra):
    parameters = {"UNITS": units_layer(), "SUPPLY": supply_layer(), "METHOD": 0, "MAX_COST": 10.0,
                  "SPEED_KMH": 60.0, "DETOUR": 1.0, "BORDER_MODE": 1, "AGREEMENT_MEMBERS": members(MEMBERS),
                  "CROSS_BORDER_WEIGHT": 1.0, "BASIN_FIELD": "basin", "OUTPUT": "memory:", "SUMMARY": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:scenario", parameters)


def by_unit(result):
    return {row["unit_id"]: row for row in layer_rows(result["OUTPUT"])}


COMPARED = ("indicator_after", "class_after", "shortfall_after", "severity_after", "an_access_after",
            "an_class_after", "an_shortfall_after", "an_severity_after")


def same_after(a, b):
    rows_a, rows_b = by_unit(a), by_unit(b)
    for unit, row in rows_a.items():
        for column in COMPARED:
            assert row[column] == pytest.approx(rows_b[unit][column]), (unit, column)


def test_adding_then_removing_the_same_point(zoast_provider):
    added = memory_layer("Point", "EPSG:3035", SUPPLY_FIELDS,
                         [("Point(4000 0)", {"supply_id": "NEW", "country": "FR", "fte": 3.0, "age": 40})], "added")
    result = run(ADDED_SUPPLY=added, REMOVED_SUPPLY=table([("NEW",)], ["supply_id"]))
    assert result["SUPPLY_ADDED"] == 1 and result["SUPPLY_REMOVED"] == 1
    for row in by_unit(result).values():
        assert row["an_access_change"] == 0 and row["shortfall_change"] == 0 and not row["class_changed"]
        assert row["indicator_change"] == 0 and row["an_shortfall_change"] == 0 and not row["an_class_changed"]
    assert result["SHORTFALL_AFTER"] == result["SHORTFALL_BEFORE"]
    assert result["AN_SHORTFALL_AFTER"] == result["AN_SHORTFALL_BEFORE"]
    only_added = run(ADDED_SUPPLY=added)
    assert by_unit(only_added)["FR:59001"]["an_access_change"] > 0
    assert by_unit(only_added)["FR:59001"]["indicator_change"] > 0


def test_retiring_every_gp_of_a_unit_equals_removing_its_points(zoast_provider):
    """Horizon 2029 with ages of 2026: GP1 (66) and GP3 (64) reach 67; GP3 is BE:57081's only GP."""
    retired = run(HORIZON_YEAR=2029, AGE_FIELD="age", REFERENCE_YEAR=2026, RETIREMENT_AGE=67)
    removed = run(REMOVED_SUPPLY=table([("GP1",), ("GP3",)], ["supply_id"]))
    assert retired["GPS_RETIRING"] == 2 and removed["SUPPLY_REMOVED"] == 2
    same_after(retired, removed)
    assert retired["SHORTFALL_AFTER"] == pytest.approx(removed["SHORTFALL_AFTER"])
    assert retired["SHORTFALL_AFTER"] > retired["SHORTFALL_BEFORE"]
    # BE:57081 loses its only GP: from normal (100 FTE per 100,000) to severe (0), officially.
    row = by_unit(retired)["BE:57081"]
    assert (row["class_before"], row["class_after"]) == ("WAL_NORMAL", "WAL_SEVERE")
    assert (row["indicator_before"], row["indicator_after"]) == (100.0, 0.0)
    assert row["label_after"] == "Severe GP shortage (Wallonia)"
    assert retired["INHABITANTS_CLASS_CHANGED"] == 2000.0  # FR:59001 stays ZIP (1.125 APL)


def test_extending_a_zoast_equals_the_extended_members_table(zoast_provider):
    extension = [("Z1", "BE:57081")]
    extended = run(MEMBERS_ADDED=members(extension))
    direct = run(AGREEMENT_MEMBERS=members(MEMBERS + extension))
    assert extended["MEMBERS_ADDED"] == 1
    rows, baseline = by_unit(extended), by_unit(direct)
    for unit, row in rows.items():
        assert row["an_access_after"] == pytest.approx(baseline[unit]["an_access_before"])
        assert row["an_class_after"] == baseline[unit]["an_class_before"]
        assert row["an_shortfall_after"] == pytest.approx(baseline[unit]["an_shortfall_before"])
        assert row["class_after"] == baseline[unit]["class_before"]
    assert rows["FR:59002"]["an_access_change"] != 0  # GP3 is now open to FR:59002


def test_a_zoast_extension_changes_only_the_analytical_classes(zoast_provider):
    """β = 1: BE:57081 joins Z1; FR:59002 reaches GP3 (2.875 APL: ZIP → ZAC analytically), BE:57093 shares GP3
    with more demand (50 → 38.9 per 100,000: shortage → severe). Official classes do not depend on the ZOAST."""
    result = run(MEMBERS_ADDED=members([("Z1", "BE:57081")]))
    rows = by_unit(result)
    assert (rows["FR:59002"]["an_class_before"], rows["FR:59002"]["an_class_after"]) == ("FR_ZIP", "FR_ZAC")
    assert (rows["BE:57093"]["an_class_before"], rows["BE:57093"]["an_class_after"]) == ("WAL_SHORTAGE",
                                                                                        "WAL_SEVERE")
    assert rows["FR:59002"]["an_label_after"] == "Potential ZAC (complementary action zone)"
    assert all(not row["class_changed"] and row["indicator_change"] == 0 for row in rows.values())
    assert result["INHABITANTS_CLASS_CHANGED"] == 0 and result["AN_INHABITANTS_CLASS_CHANGED"] == 7000.0
    # At the default weight β = 0.013 the gain is small: FR:59002 stays ZIP; BE:57093, exactly at 50 before,
    # still tips to severe (a share of FR:59002's 3,000 inhabitants now competes for GP3).
    light = by_unit(run(MEMBERS_ADDED=members([("Z1", "BE:57081")]), CROSS_BORDER_WEIGHT=0.013))
    assert 0 < light["FR:59002"]["an_access_change"] < rows["FR:59002"]["an_access_change"]
    assert light["FR:59002"]["an_class_after"] == "FR_ZIP" and light["BE:57093"]["an_class_after"] == "WAL_SEVERE"


def test_summary_per_country_basin_zoast(zoast_provider):
    result = run(REMOVED_SUPPLY=table([("GP3",)], ["supply_id"]))
    both = layer_rows(result["SUMMARY"])
    assert {row["variant"] for row in both} == {"official", "analytical"}
    summary = [row for row in both if row["variant"] == "official"]
    levels = {row["level"] for row in summary}
    assert levels == {"country", "basin", "zoast", "ALL"}
    total = [row for row in summary if row["level"] == "ALL" and row["gap_class"] == "ALL"][0]
    assert total["shortfall_before"] == pytest.approx(result["SHORTFALL_BEFORE"])
    assert total["shortfall_change"] == pytest.approx(result["SHORTFALL_AFTER"] - result["SHORTFALL_BEFORE"])
    assert total["label"] == "All classes"
    classes = [row for row in summary if row["level"] == "country" and row["gap_class"] != "ALL"]
    assert sum(row["inhabitants_leaving"] for row in classes) == sum(row["inhabitants_entering"] for row in classes)
    severe = [row for row in summary if row["level"] == "ALL" and row["gap_class"] == "WAL_SEVERE"][0]
    assert severe["label"] == "Severe GP shortage (Wallonia)" and severe["units_after"] == 2
    assert severe["units_before"] == 1 and severe["inhabitants_entering"] == 2000.0
    analytical = [row for row in both if row["variant"] == "analytical" and row["level"] == "ALL"
                  and row["gap_class"] == "ALL"][0]
    assert analytical["shortfall_change"] == pytest.approx(result["AN_SHORTFALL_AFTER"] - result["AN_SHORTFALL_BEFORE"])


def test_bad_input(zoast_provider):
    with pytest.raises(QgsProcessingException, match=r"supply_id.*1 supply id.*GP9"):
        run(REMOVED_SUPPLY=table([("GP9",)], ["supply_id"]))
    with pytest.raises(QgsProcessingException, match="AGE_FIELD"):
        run(HORIZON_YEAR=2030)
    with pytest.raises(QgsProcessingException, match=r"MEMBERS_REMOVED.*Z1 FR:59001"):
        run(MEMBERS_REMOVED=members([("Z1", "FR:59001")]))


def test_flemish_rule_counts_the_gps_under_65_at_the_horizon(zoast_provider):
    """A Flemish municipality (REFNIS 31005; 2,000 inhabitants on 10 km²: not low density) with three GPs aged 60,
    63 and 66 in 2026. Today two are under 65: 100 per 100,000, not a priority zone. By 2028 (retirement at 67)
    the 66-year-old retires — officially nothing changes, he was not counted — and the 63-year-old turns 65:
    one GP under 65 left, 50 per 100,000: priority zone (< 90)."""
    units = memory_layer("Point", "EPSG:3035", {**UNIT_FIELDS, "area_km2": float}, [
        ("Point(0 0)", {"unit_id": "BE:31005", "country": "BE", "population": 2000.0, "basin": "B",
                        "area_km2": 10.0})], "units")
    supply = supply_layer([(0, "A", "BE", 1.0, 60), (0, "B", "BE", 1.0, 63), (0, "C", "BE", 1.0, 66)])
    result = run(UNITS=units, SUPPLY=supply, AREA_FIELD="area_km2", AGREEMENT_MEMBERS=None, BORDER_MODE=0,
                 HORIZON_YEAR=2028, AGE_FIELD="age", REFERENCE_YEAR=2026, RETIREMENT_AGE=67)
    row = by_unit(result)["BE:31005"]
    assert result["GPS_RETIRING"] == 1
    assert (row["indicator_before"], row["indicator_after"]) == (100.0, 50.0)
    assert (row["class_before"], row["class_after"]) == ("FL_NORMAL", "FL_PRIORITY")
    assert row["shortfall_after"] == pytest.approx(0.8) and row["shortfall_unit"] == "GP"  # 40 × 2,000 / 1e5
