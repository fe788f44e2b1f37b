"""Scenarios: supply and membership edits, retirements, the chain run twice and the difference.

Each state gets the official classes (France: APL with French supply only; Wallonia: FTE located
in the municipality; Flanders: GPs under 65 located in it) and the analytical ones (``an_``: the
accessibility with the border mode).

The identities the issue asks for: adding then removing the same point gives no difference;
retiring every GP of a unit equals removing its points; extending a ZOAST by members equals
running with the extended members table.
"""

import numpy as np
import pandas as pd
import pytest

from zoast_plugin.core import scenario
from zoast_plugin.core.accessibility import BORDER_NATIONAL, BORDER_OPEN, BORDER_ZOAST, METHOD_2SFCA, weight_function
from zoast_plugin.core.costs import straight_line_pairs
from zoast_plugin.core.errors import InputError

# Four Walloon / French units on a line, 8 km apart (60 km/h, detour 1: a km is a minute), cut-off 10 min.
UNITS = pd.DataFrame({
    "unit_id": ["FR:59001", "FR:59002", "BE:57081", "BE:57093"],
    "country": ["FR", "FR", "BE", "BE"],
    "population": [1000.0, 3000.0, 2000.0, 4000.0],
})
UNIT_XY = np.array([[0.0, 0.0], [8000.0, 0.0], [16000.0, 0.0], [24000.0, 0.0]])
SUPPLY = pd.DataFrame({
    "supply_id": ["GP1", "GP2", "GP3", "GP4"],
    "x": [0.0, 8000.0, 16000.0, 24000.0], "y": [0.0, 0.0, 0.0, 0.0],
    "capacity": [1.0, 1.0, 2.0, 1.0],
    "country": ["FR", "FR", "BE", "BE"],
    "age": [66, 50, 64, 40],
})
MEMBERS = pd.DataFrame({"code": ["Z1", "Z1"], "unit_id": ["FR:59002", "BE:57081"]})


def settings(mode=BORDER_ZOAST, weight=1.0):
    return scenario.ChainSettings(weight_function(METHOD_2SFCA, 10.0), mode, cross_border_weight=weight)


def chain(points, column, members, mode=BORDER_ZOAST, weight=1.0):
    pairs = straight_line_pairs(UNIT_XY, points[["x", "y"]].to_numpy(), 10.0, 60.0, 1.0)
    hosts = np.argmin(np.abs(points["x"].to_numpy()[:, None] - UNIT_XY[None, :, 0]), axis=1)
    points = points.assign(host=hosts)
    return scenario.run_chain(UNITS, pairs, points, column, members, settings(mode, weight))


def run(edits=None, members_after=None, mode=BORDER_ZOAST, members_before=MEMBERS, weight=1.0):
    points, counts = scenario.edit_supply(SUPPLY, edits or scenario.SupplyEdits())
    before = chain(points, "capacity_before", members_before, mode, weight)
    after = chain(points, "capacity_after", MEMBERS if members_after is None else members_after, mode, weight)
    return scenario.compare_units(before, after), counts


def test_no_edit_no_difference():
    diff, counts = run()
    assert (diff["an_access_change"] == 0).all() and not diff["class_changed"].any()
    assert (diff["indicator_change"] == 0).all() and not diff["an_class_changed"].any()
    assert counts == {"added": 0, "removed": 0, "changed": 0, "retiring": 0}


def test_adding_then_removing_the_same_point_gives_zero_difference():
    added = pd.DataFrame({"supply_id": ["NEW"], "x": [4000.0], "y": [0.0], "capacity": [3.0], "country": ["FR"]})
    diff, counts = run(scenario.SupplyEdits(added=added, removed_ids=["NEW"]))
    assert counts["added"] == 1 and counts["removed"] == 1
    assert (diff["an_access_change"] == 0).all() and (diff["shortfall_change"] == 0).all()
    assert (diff["indicator_change"] == 0).all() and (diff["an_shortfall_change"] == 0).all()
    assert not diff["class_changed"].any() and not diff["an_class_changed"].any()
    # Added alone, it changes the French units' access, official (French supply) and analytical.
    diff, _ = run(scenario.SupplyEdits(added=added))
    assert (diff["an_access_change"][:2] > 0).all() and (diff["an_access_change"][2:] == 0).all()
    assert (diff["indicator_change"][:2] > 0).all() and (diff["indicator_change"][2:] == 0).all()


def test_removing_a_point_by_hand():
    """Analytical, 2SFCA, national: GP3 (2 FTE) serves BE:57081 (2,000) and BE:57093 (4,000, 8 km away) →
    2/6000 each; GP4 (1 FTE) reaches BE:57081 and BE:57093 → 1/6000. Removing GP3: BE access 1/6000 for both.
    In FTE per 100,000 (the Walloon rule's unit): 50 before (shortage: 50 ≤ x < 90), 16.7 after (severe).

    Official (FTE located in the municipality): BE:57081 holds GP3, 2 FTE for 2,000 → 100 (normal), 0 after
    (severe); BE:57093 holds GP4 → 25 (severe) before and after."""
    diff, _ = run(scenario.SupplyEdits(removed_ids=["GP3"]), mode=BORDER_NATIONAL)
    assert diff["an_access_before"][2:].to_numpy() == pytest.approx([50.0, 50.0])
    assert diff["an_access_after"][2:].to_numpy() == pytest.approx([100000 / 6000] * 2)
    assert diff["an_class_before"][2:].tolist() == ["WAL_SHORTAGE"] * 2
    assert diff["an_class_after"][2:].tolist() == ["WAL_SEVERE"] * 2
    assert diff["an_severity_change"][2:].tolist() == [-1, -1]  # more severe
    # Analytical shortfall to the next better class: 90 − 50 = 40 per 100,000 before; 50 − 16.7 after.
    assert diff["an_shortfall_before"][2] == pytest.approx(40 * 2000 / 100000)
    assert diff["an_shortfall_after"][2] == pytest.approx((50 - 100000 / 6000) * 2000 / 100000)
    assert diff["indicator_before"][2:].tolist() == [100.0, 25.0]
    assert diff["indicator_after"][2:].tolist() == [0.0, 25.0]
    assert diff["class_before"][2:].tolist() == ["WAL_NORMAL", "WAL_SEVERE"]
    assert diff["class_after"][2:].tolist() == ["WAL_SEVERE", "WAL_SEVERE"]
    assert diff["severity_change"][2:].tolist() == [-2, 0]
    # Official shortfall: 0 before (normal); 50 per 100,000 × 2,000 / 100,000 = 1 FTE after.
    assert diff["shortfall_before"][2:].tolist() == [0.0, pytest.approx(1.0)]  # BE:57093: 25 × 4,000 / 1e5
    assert diff["shortfall_after"][2] == pytest.approx(1.0)
    assert diff["shortfall_unit"][2:].tolist() == ["FTE", "FTE"]


def test_walloon_municipality_whose_only_gp_retires_goes_from_normal_to_severe():
    """BE:57081's only GP is GP3 (64 in 2026, 2 FTE): 2 FTE per 2,000 inhabitants = 100 per 100,000, normal
    (≥ 90). Retiring by 2029 (67) leaves 0 FTE in the municipality: severe (< 50), officially, whatever the
    supply around it (the analytical class stays a shortage with the open border: GP4 and GP2 in reach)."""
    mask, _ = scenario.retiring(2029, 67, age=SUPPLY["age"], reference_year=2026)
    diff, _ = run(scenario.SupplyEdits(retiring_ids=SUPPLY["supply_id"][mask & (SUPPLY["country"] == "BE")]),
                  mode=BORDER_OPEN)
    row = diff.iloc[2]
    assert (row["class_before"], row["class_after"]) == ("WAL_NORMAL", "WAL_SEVERE")
    assert (row["indicator_before"], row["indicator_after"]) == (100.0, 0.0)
    assert row["severity_change"] == -2
    # Open border, 2SFCA: GP2 (FR:59001, FR:59002, BE:57081: 6,000) and GP4 (BE:57081, BE:57093: 6,000) → 2/6000.
    assert row["an_access_after"] == pytest.approx(2 / 6000 * 100000)
    assert row["an_class_after"] == "WAL_SEVERE" and row["an_class_before"] == "WAL_SHORTAGE"


def test_flemish_rule_counts_the_gps_under_65_located_in_the_municipality():
    """A Flemish municipality (REFNIS 3xxxx), 2,000 inhabitants on 10 km² (200/km², not low density): one GP
    under 65 → 50 per 100,000, priority (< 90); two → 100, not a priority. A GP aged 65 or more is not counted."""
    units = pd.DataFrame({"unit_id": ["BE:31005"], "country": ["BE"], "population": [2000.0], "area": [10.0]})
    points = pd.DataFrame({"supply_id": ["A", "B"], "x": [0.0, 0.0], "y": [0.0, 0.0], "capacity": [1.0, 0.5],
                           "country": ["BE", "BE"], "host": [0, 0], "old": [False, True]})
    pairs = straight_line_pairs(np.zeros((1, 2)), np.zeros((2, 2)), 10.0, 60.0, 1.0)
    common = dict(area_field="area")
    young = scenario.run_chain(units, pairs, points, "capacity", None, settings(BORDER_NATIONAL), **common)
    assert young["gap_class"].tolist() == ["FL_NORMAL"] and young["indicator"][0] == 100.0
    aged = scenario.run_chain(units, pairs, points, "capacity", None, settings(BORDER_NATIONAL),
                              over_65_column="old", **common)
    assert aged["gap_class"].tolist() == ["FL_PRIORITY"] and aged["indicator"][0] == 50.0
    assert aged["shortfall_unit"][0] == "GP" and aged["shortfall_fte"][0] == pytest.approx(0.8)  # 40 × 2,000 / 1e5


def test_tvs_mean_judges_the_french_communes():
    """The two French communes in one TVS: APL 2.25 each (2SFCA, national, × 4,500): the TVS mean is 2.25.
    Adding 1 FTE at FR:59002 only (reaching both): French supply 3 FTE for 4,000 → 3.375 both, ZAC."""
    units = UNITS.assign(tvs=["T1", "T1", None, None])
    added = pd.DataFrame({"supply_id": ["NEW"], "x": [8000.0], "y": [0.0], "capacity": [1.0], "country": ["FR"]})
    points, _ = scenario.edit_supply(SUPPLY, scenario.SupplyEdits(added=added))
    pairs = straight_line_pairs(UNIT_XY, points[["x", "y"]].to_numpy(), 10.0, 60.0, 1.0)
    points = points.assign(host=[0, 1, 2, 3, 1])
    before = scenario.run_chain(units, pairs, points, "capacity_before", MEMBERS, settings(), tvs_field="tvs")
    after = scenario.run_chain(units, pairs, points, "capacity_after", MEMBERS, settings(), tvs_field="tvs")
    assert before["indicator"][:2].to_numpy() == pytest.approx([2.25, 2.25])
    assert before["gap_class"][:2].tolist() == ["FR_ZIP", "FR_ZIP"]
    assert after["indicator"][:2].to_numpy() == pytest.approx([3.375, 3.375])
    assert after["gap_class"][:2].tolist() == ["FR_ZAC", "FR_ZAC"]


def test_retiring_every_gp_of_a_unit_equals_removing_its_points():
    """GP1 (66 in 2026) reaches 67 by 2027; GP3 (64) by 2029: horizon 2029 retires GP1 and GP3."""
    mask, unknown = scenario.retiring(2029, 67, age=SUPPLY["age"], reference_year=2026)
    assert mask.tolist() == [True, False, True, False] and not unknown.any()
    retired, counts = run(scenario.SupplyEdits(retiring_ids=SUPPLY["supply_id"][mask]))
    removed, _ = run(scenario.SupplyEdits(removed_ids=["GP1", "GP3"]))
    assert counts["retiring"] == 2
    pd.testing.assert_frame_equal(retired, removed)
    assert retired["class_changed"].any() and retired["an_class_changed"].any()  # the identity is not vacuous


def test_retiring_by_birth_year_and_unknown_values():
    mask, unknown = scenario.retiring(2030, 67, birth_year=[1960, 1970, None, "x"])
    assert mask.tolist() == [True, False, False, False] and unknown.tolist() == [False, False, True, True]


def test_extending_a_zoast_equals_the_extended_members_table():
    """Z1 holds FR:59002 and BE:57093 (16 km apart: nothing shared within 10 min). Adding BE:57081, the
    neighbour of FR:59002, opens GP2 and GP3 across the border to both."""
    small = pd.DataFrame({"code": ["Z1", "Z1"], "unit_id": ["FR:59002", "BE:57093"]})
    added = pd.DataFrame({"code": ["Z1"], "unit_id": ["BE:57081"]})
    extended, counts = scenario.edit_members(small, added=added)
    assert counts["members_added"] == 1 and len(extended) == 3
    for weight in (1.0, 0.013):
        diff, _ = run(members_after=extended, members_before=small, weight=weight)
        points, _ = scenario.edit_supply(SUPPLY, scenario.SupplyEdits())
        direct = chain(points, "capacity_before", extended, weight=weight)
        pd.testing.assert_series_equal(diff["an_access_after"], direct["an_access"], check_names=False)
        assert (diff["an_class_after"].to_numpy() == direct["an_class"].to_numpy()).all()
        assert (diff["class_after"].to_numpy() == direct["gap_class"].to_numpy()).all()
        assert (diff["an_shortfall_after"].to_numpy() == direct["an_shortfall_fte"].to_numpy()).all()
        assert diff["an_access_change"][1] != 0 and diff["an_access_change"][2] != 0  # the extension matters


def test_a_zoast_extension_moves_analytical_classes_only():
    """β = 1, 2SFCA, Z1 = {FR:59002, BE:57081, BE:57093} after. GP1 sees 4,000 inhabitants, GP2 6,000
    (FR:59001, FR:59002, BE:57081), GP3 9,000 (FR:59002, BE:57081, BE:57093), GP4 6,000. FR:59002:
    (1/4000 + 1/6000 + 2/9000) × 4,500 = 2.875 (ZAC; 2.25 ZIP before); BE:57093: (2/9000 + 1/6000) × 1e5 =
    38.9 (severe; 50 shortage before). Official classes read French supply and the GPs in each municipality:
    unchanged (FR 2.25 ZIP, BE:57081 100 normal, BE:57093 25 severe)."""
    small = pd.DataFrame({"code": ["Z1", "Z1"], "unit_id": ["FR:59002", "BE:57093"]})
    extended, _ = scenario.edit_members(small, added=pd.DataFrame({"code": ["Z1"], "unit_id": ["BE:57081"]}))
    diff, _ = run(members_after=extended, members_before=small)
    assert diff["an_access_after"][1] == pytest.approx((1 / 4000 + 1 / 6000 + 2 / 9000) * 4500)
    assert diff["an_access_after"][3] == pytest.approx((2 / 9000 + 1 / 6000) * 1e5)
    assert diff["an_class_before"].tolist() == ["FR_ZIP", "FR_ZIP", "WAL_SHORTAGE", "WAL_SHORTAGE"]
    assert diff["an_class_after"].tolist() == ["FR_ZIP", "FR_ZAC", "WAL_SHORTAGE", "WAL_SEVERE"]
    assert diff["class_before"].tolist() == ["FR_ZIP", "FR_ZIP", "WAL_NORMAL", "WAL_SEVERE"]
    assert diff["class_after"].tolist() == diff["class_before"].tolist()
    assert diff["indicator_before"].to_numpy() == pytest.approx([2.25, 2.25, 100.0, 25.0])
    assert (diff["indicator_change"] == 0).all() and (diff["shortfall_change"] == 0).all()


def test_cross_border_weight_scales_the_analytical_gain_only():
    """β between 0 and 1 moves the analytical access between the national-only and the full-weight result."""
    small = pd.DataFrame({"code": ["Z1", "Z1"], "unit_id": ["FR:59002", "BE:57093"]})
    extended, _ = scenario.edit_members(small, added=pd.DataFrame({"code": ["Z1"], "unit_id": ["BE:57081"]}))
    gains = [run(members_after=extended, members_before=small, weight=w)[0]["an_access_change"][1]
             for w in (0.0, 0.013, 0.5, 1.0)]
    assert gains[0] == 0 and 0 < gains[1] < gains[2] < gains[3]


def test_removing_members_and_bad_removals():
    removed, counts = scenario.edit_members(MEMBERS, removed=pd.DataFrame({"code": ["Z1"], "unit_id": ["BE:57081"]}))
    assert removed.to_dict("list") == {"code": ["Z1"], "unit_id": ["FR:59002"]} and counts["members_removed"] == 1
    diff, _ = run(members_after=removed)
    assert diff["an_access_change"][1] < 0  # FR:59002 loses GP3
    assert not diff["class_changed"].any()
    with pytest.raises(InputError, match=r"MEMBERS_REMOVED.*1 membership.*Z9 FR:59001"):
        scenario.edit_members(MEMBERS, removed=pd.DataFrame({"code": ["Z9"], "unit_id": ["FR:59001"]}))
    again, counts = scenario.edit_members(MEMBERS, added=MEMBERS)
    assert len(again) == 2 and counts["members_already"] == 2


def test_capacity_change_and_bad_ids():
    changes = pd.DataFrame({"supply_id": ["GP4"], "capacity": [3.0]})
    points, counts = scenario.edit_supply(SUPPLY, scenario.SupplyEdits(capacity_changes=changes))
    assert points["capacity_after"].tolist() == [1.0, 1.0, 2.0, 3.0] and counts["changed"] == 1
    with pytest.raises(InputError, match=r"REMOVED_ID_FIELD.*1 supply id.*GP9"):
        scenario.edit_supply(SUPPLY, scenario.SupplyEdits(removed_ids=["GP9"]))
    with pytest.raises(InputError, match=r"CHANGE_ID_FIELD.*GP9"):
        scenario.edit_supply(SUPPLY, scenario.SupplyEdits(
            capacity_changes=pd.DataFrame({"supply_id": ["GP9"], "capacity": [1.0]})))
    with pytest.raises(InputError, match=r"ADDED_SUPPLY.*GP1"):
        scenario.edit_supply(SUPPLY, scenario.SupplyEdits(added=SUPPLY.iloc[:1]))


def test_summary_counts_inhabitants_leaving_and_entering():
    diff, _ = run(scenario.SupplyEdits(removed_ids=["GP3"]), mode=BORDER_OPEN)
    groups = {"country": UNITS["country"], "zoast": pd.Series([[], ["Z1"], ["Z1"], []], dtype=object)}
    full = scenario.scenario_summary(diff, UNITS["population"], groups)
    assert set(full["variant"]) == {"official", "analytical"}
    for variant, prefix in (("official", ""), ("analytical", "an_")):
        table = full[full["variant"] == variant]
        total = table[(table["level"] == "ALL") & (table["gap_class"] == "ALL")].iloc[0]
        assert total["shortfall_change"] == pytest.approx(diff[prefix + "shortfall_change"].sum())
        assert total["inhabitants_before"] == 10000.0
        for level in ("country", "zoast", "ALL"):
            rows = table[(table["level"] == level) & (table["gap_class"] != "ALL")]
            # Everyone who leaves a class enters another one.
            assert rows["inhabitants_leaving"].sum() == pytest.approx(rows["inhabitants_entering"].sum())
            for _group, part in rows.groupby("group"):
                assert part["inhabitants_before"].sum() == pytest.approx(part["inhabitants_after"].sum())
        zoast_units = table[(table["level"] == "zoast") & (table["gap_class"] == "ALL")]
        assert zoast_units["group"].tolist() == ["Z1"] and zoast_units["units_before"].tolist() == [2]
    # Officially, BE:57081 (2,000) goes from normal to severe when GP3 closes.
    official = full[(full["variant"] == "official") & (full["level"] == "ALL")].set_index("gap_class")
    assert official.loc["WAL_NORMAL", "inhabitants_leaving"] == 2000.0
    assert official.loc["WAL_SEVERE", "inhabitants_entering"] == 2000.0
