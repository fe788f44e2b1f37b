"""Scenarios: supply and membership edits, retirements, the chain run twice and the difference.

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


def settings(mode=BORDER_ZOAST):
    return scenario.ChainSettings(weight_function(METHOD_2SFCA, 10.0), mode)


def chain(points, column, members, mode=BORDER_ZOAST):
    pairs = straight_line_pairs(UNIT_XY, points[["x", "y"]].to_numpy(), 10.0, 60.0, 1.0)
    hosts = np.argmin(np.abs(points["x"].to_numpy()[:, None] - UNIT_XY[None, :, 0]), axis=1)
    points = points.assign(host=hosts)
    return scenario.run_chain(UNITS, pairs, points, column, members, settings(mode))


def run(edits=None, members_after=None, mode=BORDER_ZOAST, members_before=MEMBERS):
    points, counts = scenario.edit_supply(SUPPLY, edits or scenario.SupplyEdits())
    before = chain(points, "capacity_before", members_before, mode)
    after = chain(points, "capacity_after", MEMBERS if members_after is None else members_after, mode)
    return scenario.compare_units(before, after), counts


def test_no_edit_no_difference():
    diff, counts = run()
    assert (diff["access_change"] == 0).all() and not diff["class_changed"].any()
    assert counts == {"added": 0, "removed": 0, "changed": 0, "retiring": 0}


def test_adding_then_removing_the_same_point_gives_zero_difference():
    added = pd.DataFrame({"supply_id": ["NEW"], "x": [4000.0], "y": [0.0], "capacity": [3.0], "country": ["FR"]})
    diff, counts = run(scenario.SupplyEdits(added=added, removed_ids=["NEW"]))
    assert counts["added"] == 1 and counts["removed"] == 1
    assert (diff["access_change"] == 0).all() and (diff["shortfall_change"] == 0).all()
    assert not diff["class_changed"].any()
    # Added alone, it changes the French units' access.
    diff, _ = run(scenario.SupplyEdits(added=added))
    assert (diff["access_change"][:2] > 0).all() and (diff["access_change"][2:] == 0).all()


def test_removing_a_point_by_hand():
    """2SFCA, national: GP3 (2 FTE) serves BE:57081 (2,000) and BE:57093 (4,000, 8 km away) → 2/6000 each;
    GP4 (1 FTE) reaches BE:57081 and BE:57093 → 1/6000. Removing GP3: BE access 1/6000 for both. In GPs per
    100,000 (the Walloon rule's unit): 50 before (shortage: 50 ≤ x < 90), 16.7 after (severe: below 50)."""
    diff, _ = run(scenario.SupplyEdits(removed_ids=["GP3"]), mode=BORDER_NATIONAL)
    assert diff["access_before"][2:].to_numpy() == pytest.approx([50.0, 50.0])
    assert diff["access_after"][2:].to_numpy() == pytest.approx([100000 / 6000] * 2)
    assert diff["class_before"][2:].tolist() == ["WAL_SHORTAGE"] * 2
    assert diff["class_after"][2:].tolist() == ["WAL_SEVERE"] * 2
    assert diff["severity_change"][2:].tolist() == [-1, -1]  # more severe
    # Shortfall to the next better class: 90 − 50 = 40 per 100,000 before; 50 − 16.7 = 33.3 after.
    assert diff["shortfall_before"][2] == pytest.approx(40 * 2000 / 100000)
    assert diff["shortfall_after"][2] == pytest.approx((50 - 100000 / 6000) * 2000 / 100000)


def test_retiring_every_gp_of_a_unit_equals_removing_its_points():
    """GP1 (66 in 2026) reaches 67 by 2027; GP3 (64) by 2029: horizon 2029 retires GP1 and GP3."""
    mask, unknown = scenario.retiring(2029, 67, age=SUPPLY["age"], reference_year=2026)
    assert mask.tolist() == [True, False, True, False] and not unknown.any()
    retired, counts = run(scenario.SupplyEdits(retiring_ids=SUPPLY["supply_id"][mask]))
    removed, _ = run(scenario.SupplyEdits(removed_ids=["GP1", "GP3"]))
    assert counts["retiring"] == 2
    pd.testing.assert_frame_equal(retired, removed)


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
    diff, _ = run(members_after=extended, members_before=small)
    points, _ = scenario.edit_supply(SUPPLY, scenario.SupplyEdits())
    direct = chain(points, "capacity_before", extended)
    pd.testing.assert_series_equal(diff["access_after"], direct["access"], check_names=False)
    assert (diff["class_after"].to_numpy() == direct["gap_class"].to_numpy()).all()
    assert (diff["shortfall_after"].to_numpy() == direct["shortfall_fte"].to_numpy()).all()
    assert diff["access_change"][1] != 0 and diff["access_change"][2] != 0  # the extension matters


def test_removing_members_and_bad_removals():
    removed, counts = scenario.edit_members(MEMBERS, removed=pd.DataFrame({"code": ["Z1"], "unit_id": ["BE:57081"]}))
    assert removed.to_dict("list") == {"code": ["Z1"], "unit_id": ["FR:59002"]} and counts["members_removed"] == 1
    diff, _ = run(members_after=removed)
    assert diff["access_change"][1] < 0  # FR:59002 loses GP3
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
    table = scenario.scenario_summary(diff, UNITS["population"], groups)
    total = table[(table["level"] == "ALL") & (table["gap_class"] == "ALL")].iloc[0]
    assert total["shortfall_change"] == pytest.approx(diff["shortfall_change"].sum())
    assert total["inhabitants_before"] == 10000.0
    for level in ("country", "zoast", "ALL"):
        rows = table[(table["level"] == level) & (table["gap_class"] != "ALL")]
        # Everyone who leaves a class enters another one.
        assert rows["inhabitants_leaving"].sum() == pytest.approx(rows["inhabitants_entering"].sum())
        for _group, part in rows.groupby("group"):
            assert part["inhabitants_before"].sum() == pytest.approx(part["inhabitants_after"].sum())
    zoast_units = table[(table["level"] == "zoast") & (table["gap_class"] == "ALL")]
    assert zoast_units["group"].tolist() == ["Z1"] and zoast_units["units_before"].tolist() == [2]
