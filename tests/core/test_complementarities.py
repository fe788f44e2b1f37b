"""Complementarities on a hand case: four units on a line 8 km apart, cut-off 10 min, 2SFCA.

    FR:59001 (1,000)  FR:59002 (3,000)  BE:57081 (2,000)  BE:57093 (4,000)
    GP1 (1 FTE)       GP2 (1 FTE)       GP3 (2 FTE)       GP4 (1 FTE)

Z1 = FR:59001 + BE:57081 (not neighbours). Today FR:59002's access is GP1 + GP2 = 1/4000 + 1/4000 FTE per
inhabitant = 2.25 APL (× 4,500): ZIP. BE:57081's is GP3 + GP4 = 1/3000 + 1/6000 = 50 per 100,000: shortage.
FR:59002 reaches GP3 (8 min) across the border, in BE:57081, a member of Z1: "FR:59002 joins Z1". BE:57081
reaches GP2 in FR:59002, in no agreement: a new agreement.

Everything is analytical (``an_``): an agreement changes the accessibility, never the official indicators
(BE:57081 holds 2 FTE for 2,000 inhabitants: officially normal, whatever the agreements).
"""

import numpy as np
import pandas as pd
import pytest

from zoast_plugin.core import complementarities, scenario
from zoast_plugin.core.accessibility import BORDER_ZOAST, METHOD_2SFCA, weight_function
from zoast_plugin.core.costs import straight_line_pairs

UNITS = pd.DataFrame({
    "unit_id": ["FR:59001", "FR:59002", "BE:57081", "BE:57093"],
    "country": ["FR", "FR", "BE", "BE"],
    "population": [1000.0, 3000.0, 2000.0, 4000.0],
})
XY = np.array([[0.0, 0.0], [8000.0, 0.0], [16000.0, 0.0], [24000.0, 0.0]])
POINTS = pd.DataFrame({"supply_id": ["GP1", "GP2", "GP3", "GP4"], "country": ["FR", "FR", "BE", "BE"],
                       "capacity": [1.0, 1.0, 2.0, 1.0], "host": [0, 1, 2, 3]})
MEMBERS = pd.DataFrame({"code": ["Z1", "Z1"], "unit_id": ["FR:59001", "BE:57081"]})
PAIRS = straight_line_pairs(XY, XY, 10.0, 60.0, 1.0)
SETTINGS = scenario.ChainSettings(weight_function(METHOD_2SFCA, 10.0), BORDER_ZOAST, cross_border_weight=1.0)


def test_unusable_supply():
    table = complementarities.unusable_supply(PAIRS, UNITS["unit_id"], UNITS["country"], POINTS, MEMBERS,
                                              SETTINGS.weights)
    found = sorted(zip(UNITS["unit_id"][table["unit"]], POINTS["supply_id"][table["supply"]]))
    assert found == [("BE:57081", "GP2"), ("FR:59002", "GP3")]
    # With both neighbours in Z1, nothing is left.
    both = pd.concat([MEMBERS, pd.DataFrame({"code": ["Z1"], "unit_id": ["FR:59002"]})])
    assert len(complementarities.unusable_supply(PAIRS, UNITS["unit_id"], UNITS["country"], POINTS, both,
                                                 SETTINGS.weights)) == 0


def test_proposals_by_hand():
    table, baseline = complementarities.proposals(UNITS, PAIRS, POINTS, "capacity", MEMBERS, SETTINGS)
    assert baseline["an_class"].tolist()[1:3] == ["FR_ZIP", "WAL_SHORTAGE"]
    assert baseline["an_access"][1] == pytest.approx(2.25)
    assert baseline["gap_class"].tolist()[1:3] == ["FR_ZIP", "WAL_NORMAL"]
    assert table[["code", "unit_id"]].values.tolist() == [["NEW:BE:57081", "BE:57081"], ["Z1", "FR:59002"]]
    joins = table[table["code"] == "Z1"].iloc[0]
    # After: GP2 seen by 1,000 + 3,000 + 2,000; GP3 by 3,000 + 2,000 + 4,000:
    # FR:59002 = 1/4000 + 1/6000 + 2/9000 FTE per inhabitant = 2.875 APL → ZAC.
    assert joins["an_access_after"] == pytest.approx((1 / 4000 + 1 / 6000 + 2 / 9000) * 4500)
    assert joins["an_access_gain"] == pytest.approx(0.625)
    assert joins["an_class_before"] == "FR_ZIP" and joins["an_class_after"] == "FR_ZAC"
    assert joins["class_official"] == "FR_ZIP"  # French supply only: no agreement changes it
    assert joins["supply_points"] == 1 and joins["capacity"] == 2.0 and joins["nearest_minutes"] == 8.0
    assert joins["rank"] == 1
    # The evaluation is the chain run with the extended membership (oracle).
    extended = pd.concat([MEMBERS, pd.DataFrame({"code": ["Z1"], "unit_id": ["FR:59002"]})], ignore_index=True)
    direct = scenario.run_chain(UNITS, PAIRS, POINTS, "capacity", extended, SETTINGS)
    assert joins["an_shortfall_total_change"] == pytest.approx(direct["an_shortfall_fte"].sum()
                                                               - baseline["an_shortfall_fte"].sum())
    assert (direct["gap_class"] == baseline["gap_class"]).all()
    new = table[table["code"] == "NEW:BE:57081"].iloc[0]
    # BE:57081 loses part of GP3 to FR:59002 and gains part of GP2: 2/9000 + 1/6000 + 1/6000 per inhabitant.
    assert new["an_access_after"] == pytest.approx((2 / 9000 + 1 / 6000 + 1 / 6000) * 100000)
    assert new["class_official"] == "WAL_NORMAL"


def test_cross_border_weight_scales_the_gain():
    """β = 0.013 (the default): a share of FR:59002's demand crosses, so the gain is a small part of β = 1's."""
    light = scenario.ChainSettings(SETTINGS.weights, BORDER_ZOAST)
    assert light.cross_border_weight == 0.013
    table, _ = complementarities.proposals(UNITS, PAIRS, POINTS, "capacity", MEMBERS, light)
    gain = table.set_index("code").loc["Z1", "an_access_gain"]
    assert 0 < gain < 0.625 * 0.05


def test_no_deficiency_no_proposal():
    rich = POINTS.assign(capacity=[50.0, 50.0, 50.0, 50.0])
    table, _baseline = complementarities.proposals(UNITS, PAIRS, rich, "capacity", MEMBERS, SETTINGS)
    assert len(table) == 0 and "code" in table.columns
