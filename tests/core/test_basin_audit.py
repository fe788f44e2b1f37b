"""Basins an officer can audit (issue 15), on hand-built cases whose every value is computed in the docstrings:
why each unit is where it is, the run summary, the minimum size in flows (HSAr), the care-type filter, one
definition of LI / MSI / modularity when the border is closed, Louvain with several seeds, and the pieces of
proximity basins."""

import numpy as np
import pytest
from shapely.geometry import box

from tests.core.basin_cases import flows, grouped, strip
from zoast_plugin.core.adjacency import unit_adjacency
from zoast_plugin.core.basin_indices import basin_indicators, failing_basins, judged_flows, modularity
from zoast_plugin.core.basins import (
    CONTIGUITY,
    HUB,
    ISLAND,
    NO_FLOWS_NEAREST,
    NO_FLOWS_NEIGHBOURS,
    PLURALITY,
    basin_pieces,
    care_type_rows,
    dartmouth_basins,
    flow_matrix,
    parse_care_types,
    plurality,
)
from zoast_plugin.core.errors import InputError
from zoast_plugin.core.louvain import louvain_basins
from zoast_plugin.core.proximity import proximity_basins


def gravity_grid(side, seed):
    geoms = [box(x, y, x + 1, y + 1) for y in range(side) for x in range(side)]
    adjacency = unit_adjacency(geoms, tolerance=0.0)
    rng = np.random.default_rng(seed)
    xy = np.array([[x, y] for y in range(side) for x in range(side)], dtype=float)
    n = len(geoms)
    origin = rng.integers(0, n, 900)
    dest = np.clip(origin + rng.integers(-side - 1, side + 2, 900), 0, n - 1)
    volume = rng.integers(1, 20, 900) / (1 + np.linalg.norm(xy[origin] - xy[dest], axis=1)) ** 2
    return adjacency, flow_matrix(origin, dest, volume, n)


# Units 0..5 in a row, 6 a far island.
# 0 → 1: 5, 0 → 2: 2      plurality 1, share 5/7
# 1 → 4: 4, 1 → 1: 3      plurality 4 (4/7), but 1 is a hub (0 goes there): it stays in its own basin
# 2: no flows             touches 1 (basin of hub 1) and 3 (basin of hub 4): a tie, to the smaller basin, hub 1's
# 3 → 4: 6                plurality 4, share 1
# 4 → 4: 8                hub 4
# 5 → 1: 3, 5 → 4: 1      plurality 1 (3/4), but cut off from hub 1: it touches only basin 4 and moves there
# 6 → 4: 2                an island: kept in hub 4's basin although it touches none of it
AUDIT_FLOWS = [(0, 1, 5), (0, 2, 2), (1, 4, 4), (1, 1, 3), (3, 4, 6), (4, 4, 8), (5, 1, 3), (5, 4, 1), (6, 4, 2)]


def audit_case(**minimums):
    _, adjacency = strip(6, island=True)
    return dartmouth_basins(flows(7, AUDIT_FLOWS), adjacency, np.ones(7), min_li=minimums.pop("min_li", 0.0),
                            ids=list("ABCDEFG"), **minimums)


def test_every_unit_says_how_it_got_its_basin():
    result = audit_case()
    assert grouped(result.labels) == [(0, 1, 2), (3, 4, 5, 6)]
    assert result.plurality_dest.tolist() == [1, 4, -1, 4, 4, 1, 4]
    np.testing.assert_allclose(result.plurality_share, [5 / 7, 4 / 7, np.nan, 1, 1, 3 / 4, 1])
    assert result.assignment.tolist() == [PLURALITY, HUB, NO_FLOWS_NEIGHBOURS, PLURALITY, PLURALITY, CONTIGUITY,
                                          ISLAND]
    assert result.merged_from.tolist() == [-1] * 7
    assert result.summary == {"units_filled_neighbours": 1, "units_filled_nearest": 0, "units_reattached": 1,
                              "island_units": 1, "basins_merged": 0, "units_merged": 0, "basins_in_pieces": 1}
    assert result.n_pieces.tolist() == [1, 2]  # hub 4's basin: {3, 4, 5} and the island


def test_merged_units_name_the_hub_of_the_basin_they_came_from():
    """Basin of hub 1 {0, 1, 2}: residents send 7 + 7 = 14, of which 5 + 2 + 3 = 10 stay: LI 10/14 = 0.714.
    Basin of hub 4 {3, 4, 5, 6}: 6 + 8 + 4 + 2 = 20 sent, 6 + 8 + 1 + 2 = 17 stay: LI 0.85.
    MIN_LI 0.75: the first merges into the second (its only neighbour); its units come from hub 1 (B)."""
    result = audit_case(min_li=0.75)
    assert result.labels.tolist() == [0] * 7 and result.hub_unit.tolist() == [4]
    assert result.merged_from.tolist() == [1, 1, 1, -1, -1, -1, -1]
    assert result.summary["basins_merged"] == 1 and result.summary["units_merged"] == 3
    assert result.failing.tolist() == [] and result.failing_reason.tolist() == [""]
    assert result.assignment[0] == PLURALITY  # how it got its first basin; merged_from tells the merge


def test_minimum_size_in_stays():
    """HSAr's rule counts stays: the basin of hub 1 has 14, hub 4's 20. A minimum of 15 merges the first; of 14 it
    passes (14 is not under 14); a minimum of 35 cannot be met: the merged basin (34) fails, with the reason."""
    assert audit_case(min_volume=14.0).n_basins == 2
    merged = audit_case(min_volume=15.0)
    assert merged.n_basins == 1 and merged.merged_from.tolist()[:3] == [1, 1, 1]
    stuck = audit_case(min_volume=35.0)
    assert stuck.n_basins == 1 and stuck.failing.tolist() == [0]
    assert stuck.failing_reason.tolist() == ["volume"]
    assert "flow volume" in stuck.warnings[-1].format()


def test_no_flow_island_joins_the_nearest_basin_and_says_so():
    geoms, adjacency = strip(5, island=True)
    matrix = flows(6, [(0, 0, 5), (1, 0, 5), (4, 4, 5)])
    centroids = np.array([[g.centroid.x, g.centroid.y] for g in geoms])
    result = dartmouth_basins(matrix, adjacency, np.ones(6), min_li=0, centroids=centroids)
    assert result.assignment.tolist() == [PLURALITY, PLURALITY, NO_FLOWS_NEIGHBOURS, NO_FLOWS_NEIGHBOURS,
                                          PLURALITY, NO_FLOWS_NEAREST]
    assert result.summary["units_filled_neighbours"] == 2 and result.summary["units_filled_nearest"] == 1


def test_failing_rules_and_reasons():
    """li NaN (no flows) fails a positive MIN_LI; each rule names itself."""
    failing, reason = failing_basins([0.5, 0.3, np.nan, 0.9], [100, 100, 100, 5], [20, 20, 0, 9],
                                     min_li=0.4, min_population=10, min_volume=10)
    assert failing.tolist() == [False, True, True, True]
    assert reason.tolist() == ["", "li", "li;volume", "population;volume"]
    failing, _ = failing_basins(None, [100, 5], None, min_li=0.4, min_population=10, min_volume=10)
    assert failing.tolist() == [False, True]  # no flows: only the population rule applies


# --- border closed: one definition of LI, MSI and modularity ------------------------------------------
# Strip FR FR BE BE. All flows: 0→0 10, 1→0 6, 1→3 4, 2→3 3, 2→0 2, 3→0 4, 3→3 1.
# Within each country only 0→0 10, 1→0 6, 2→3 3, 3→3 1 remain.
LI_FLOWS = [(0, 0, 10), (1, 0, 6), (1, 3, 4), (2, 3, 3), (2, 0, 2), (3, 0, 4), (3, 3, 1)]
COUNTRY = ["FR", "FR", "BE", "BE"]


def test_border_closed_judges_and_reports_on_the_same_flows():
    """Closed: basins {0, 1} (hub 0) and {2, 3} (hub 3). On the judged (within-country) flows both keep all
    their residents' flows: li 1, volume 16 and 4; msi 1. On all flows li 16/20 = 0.8 and 4/10 = 0.4; msi 16/22
    and 4/8. MIN_LI 0.5 fails nothing: `failing` follows `li` (1), not li_all_flows (0.4).
    Modularity on the judged flows: 2m = 40, all inside, degrees 32 and 8: Q = 1 − 0.8² − 0.2² = 0.32.
    On all flows: 2m = 60, inside 40, degrees 20 + 22 = 42 and 10 + 8 = 18: Q = 2/3 − 0.7² − 0.3² = 0.08667."""
    _, adjacency = strip(4)
    matrix = flows(4, LI_FLOWS)
    closed = dartmouth_basins(matrix, adjacency, np.ones(4), min_li=0.5, country=COUNTRY, allow_cross_border=False)
    assert grouped(closed.labels) == [(0, 1), (2, 3)] and closed.failing.tolist() == []
    table = basin_indicators(closed.labels, np.ones(4), matrix, COUNTRY, within_country=True)
    assert table["volume"].tolist() == [16, 4]
    assert table["li"].tolist() == [1.0, 1.0] and table["msi"].tolist() == [1.0, 1.0]
    assert table["li_all_flows"].tolist() == pytest.approx([0.8, 0.4])
    assert table["msi_all_flows"].tolist() == pytest.approx([16 / 22, 0.5])
    failing, _ = failing_basins(table["li"], table["population"], table["volume"], min_li=0.5)
    assert failing.tolist() == [False, False]
    assert closed.modularity == pytest.approx(0.32)
    assert modularity(judged_flows(matrix, COUNTRY, True), closed.labels) == pytest.approx(0.32)
    assert modularity(matrix, closed.labels) == pytest.approx(2 / 3 - 0.49 - 0.09)


def test_border_open_reports_one_value_and_merges_on_it():
    """Open: the same basins have li 0.8 and 0.4 on all flows, so MIN_LI 0.5 merges {2, 3} into {0, 1}; with
    MIN_LI 0.4 nothing merges and li_all_flows equals li."""
    _, adjacency = strip(4)
    matrix = flows(4, LI_FLOWS)
    two = dartmouth_basins(matrix, adjacency, np.ones(4), min_li=0.4, country=COUNTRY)
    table = basin_indicators(two.labels, np.ones(4), matrix, COUNTRY)
    assert table["li"].tolist() == pytest.approx([0.8, 0.4]) == table["li_all_flows"].tolist()
    assert two.modularity == pytest.approx(modularity(matrix, two.labels))
    one = dartmouth_basins(matrix, adjacency, np.ones(4), min_li=0.5, country=COUNTRY)
    assert one.n_basins == 1 and one.summary["basins_merged"] == 1


def test_failing_always_agrees_with_the_reported_li_on_random_grids():
    """Whatever the border setting, a basin not failing has li ≥ MIN_LI and volume ≥ MIN_VOLUME, where li and
    volume are basin_indicators' (the reported values)."""
    for seed in range(4):
        adjacency, matrix = gravity_grid(8, seed)
        country = np.where(np.arange(64) % 8 < 4, "FR", "BE")
        for open_border in (True, False):
            result = dartmouth_basins(matrix, adjacency, np.ones(64), min_li=0.6, country=country,
                                      allow_cross_border=open_border, min_volume=3.0)
            table = basin_indicators(result.labels, np.ones(64), matrix, country, within_country=not open_border)
            failing, _ = failing_basins(table["li"], table["population"], table["volume"], 0.6, 0, 3.0)
            assert np.flatnonzero(failing).tolist() == result.failing.tolist()
            assert (table["li"][~failing] >= 0.6).all() and (table["volume"][~failing] >= 3.0).all()
            assert result.modularity == pytest.approx(
                modularity(judged_flows(matrix, country, not open_border), result.labels))


# --- care types --------------------------------------------------------------------------------------
def test_care_type_filter():
    values = ["hospital_stay", "ambulatory", "hospital_stay", "day_case"]
    assert parse_care_types(" hospital_stay ; day_case,") == ["hospital_stay", "day_case"]
    assert parse_care_types("") == [] and parse_care_types(None) == []
    assert care_type_rows(values, ["hospital_stay"]).tolist() == [True, False, True, False]
    assert care_type_rows(values, []).tolist() == [True] * 4
    with pytest.raises(InputError) as error:
        care_type_rows(values, ["hospital", "day_case"], field="kind")
    message = str(error.value)
    assert "'kind'" in message and "1 care type" in message and "hospital" in message
    assert "ambulatory, day_case, hospital_stay" in message


def test_plurality_and_its_share():
    dest, share = plurality(flows(3, [(0, 1, 3), (0, 2, 1), (1, 1, 2), (1, 0, 2)]))
    assert dest.tolist() == [1, 0, -1]  # unit 1: a tie 2 / 2 goes to the smaller position
    np.testing.assert_allclose(share, [0.75, 0.5, np.nan])


# --- Louvain: several seeds ----------------------------------------------------------------------------
def test_louvain_keeps_the_best_of_several_seeds_and_is_deterministic():
    adjacency, matrix = gravity_grid(10, 1)
    result = louvain_basins(matrix, adjacency, seed=7, tries=6)
    assert result.tries["seed"].tolist() == [7, 8, 9, 10, 11, 12]
    best = result.tries["modularity"].max()
    assert result.seed == int(result.tries["seed"][result.tries["modularity"].idxmax()])
    assert result.modularity == pytest.approx(best)  # no merges, no fills: the kept communities as they are
    for seed, q in zip(result.tries["seed"], result.tries["modularity"]):
        assert louvain_basins(matrix, adjacency, seed=int(seed)).modularity == pytest.approx(q)
    assert louvain_basins(matrix, adjacency, seed=result.seed).labels.tolist() == result.labels.tolist()
    again = louvain_basins(matrix, adjacency, seed=7, tries=6)
    assert again.labels.tolist() == result.labels.tolist() and again.seed == result.seed
    assert result.tries["modularity"].min() <= best
    with pytest.raises(InputError, match="tries"):
        louvain_basins(matrix, adjacency, tries=0)


def test_louvain_island_follows_its_flows_with_a_warning():
    """Units 0, 1, 2 exchange 10 each way between neighbours; the island 3 sends 4 to unit 0 and 1 to itself.
    Louvain cannot move it: as in Dartmouth it joins the basin receiving most of its flows."""
    _, adjacency = strip(3, island=True)
    matrix = flows(4, [(0, 1, 10), (1, 0, 10), (1, 2, 10), (2, 1, 10), (3, 0, 4), (3, 3, 1)])
    result = louvain_basins(matrix, adjacency, ids=list("abcI"))
    assert result.labels.tolist() == [0, 0, 0, 0]
    assert result.assignment.tolist()[3] == ISLAND and result.summary["island_units"] == 1
    assert result.warnings[0].ids == ["I"]


def test_louvain_group_of_islands_follows_its_flows():
    """Mainland 0, 1, 2 exchanging 10 each way; islands 3 and 4 touch each other but nothing else and send 4 and 3
    to the mainland, nothing to each other. Louvain leaves them as two one-unit basins of LI 0 that could only
    merge with each other; as in Dartmouth, the group joins the basin receiving its flows: one basin in two
    pieces, nothing failing."""
    geoms = [box(i, 0, i + 1, 1) for i in range(3)] + [box(100, 100, 101, 101), box(101, 100, 102, 101)]
    adjacency = unit_adjacency(geoms, tolerance=0.0)
    matrix = flows(5, [(0, 1, 10), (1, 0, 10), (1, 2, 10), (2, 1, 10), (3, 0, 4), (4, 2, 3)])
    result = louvain_basins(matrix, adjacency, min_li=0.4, population=np.ones(5))
    assert result.labels.tolist() == [0] * 5 and result.failing.tolist() == []
    assert result.assignment.tolist() == ["community"] * 3 + [ISLAND, ISLAND]
    assert result.n_pieces.tolist() == [2] and result.summary["island_units"] == 2


def test_louvain_merges_basins_under_the_minimum_li():
    """0 and 2 exchange 100 but do not touch; 1 between them has no flows: Louvain's communities {0, 1} and {2}
    (or {0}, {1, 2}) have LI 0. With MIN_LI 0.4 they merge into one basin of LI 1."""
    _, adjacency = strip(3)
    matrix = flows(3, [(0, 2, 100), (2, 0, 100)])
    raw = louvain_basins(matrix, adjacency)
    assert raw.n_basins == 2
    merged = louvain_basins(matrix, adjacency, min_li=0.4, population=np.ones(3))
    assert merged.labels.tolist() == [0, 0, 0] and merged.failing.tolist() == []
    assert merged.summary["basins_merged"] == 1 and merged.summary["units_filled_neighbours"] == 1
    assert (merged.merged_from >= 0).sum() == merged.summary["units_merged"] > 0


# --- proximity: pieces and contiguity ---------------------------------------------------------------------
def test_proximity_pieces_and_the_contiguity_option():
    """Units 0..4 in a row, hub A in unit 0, hub B in unit 4. Costs to A: 0 1 2 3 4; to B: 4 0.5 2 1 0.
    Nearest: 0 → A, 1 → B (0.5), 2 → A (a tie, to the smaller hub), 3 → B, 4 → B: A = {0, 2}, B = {1, 3, 4}, each
    in two pieces. Made contiguous: {2}, cut off from A's unit 0, joins the touching basin whose hub it prefers
    (B, it touches only B's units); {1} joins A: A = {0, 1}, B = {2, 3, 4}."""
    _, adjacency = strip(5)
    origin = np.repeat(np.arange(5), 2)
    destination = np.tile([0, 1], 5)
    cost = np.array([0, 4, 1, 0.5, 2, 2, 3, 1, 4, 0], dtype=float)
    loose = proximity_basins(origin, destination, cost, 5, 2, hub_units=[0, 4], adjacency=adjacency)
    assert loose.labels.tolist() == [0, 1, 0, 1, 1]
    assert loose.n_pieces.tolist() == [2, 2] and loose.summary["basins_in_pieces"] == 2
    tight = proximity_basins(origin, destination, cost, 5, 2, hub_units=[0, 4], adjacency=adjacency,
                             make_contiguous=True)
    assert tight.labels.tolist() == [0, 0, 1, 1, 1] and tight.n_pieces.tolist() == [1, 1]
    assert tight.assignment.tolist() == ["nearest_hub", CONTIGUITY, CONTIGUITY, "nearest_hub", "nearest_hub"]
    assert tight.summary["units_reattached"] == 2
    assert tight.probability[[0, 3, 4]].tolist() == [1.0, 1.0, 1.0] and np.isnan(tight.probability[[1, 2]]).all()


def test_huff_piece_joins_the_basin_of_highest_probability():
    """Three hubs on a row of 5 units: A in 0, B in 2, C in 4. Unit 3 touches 2 (B) and 4 (C); its costs make
    A its Huff choice (a far enclave): made contiguous, it joins the touching basin of higher probability, C."""
    _, adjacency = strip(5)
    origin = np.repeat(np.arange(5), 3)
    destination = np.tile([0, 1, 2], 5)
    cost = np.array([1, 2, 4, 2, 1, 2, 3, 1, 2, 1, 9, 3, 4, 2, 1], dtype=float)
    result = proximity_basins(origin, destination, cost, 5, 3, method="huff", hub_units=[0, 2, 4],
                              adjacency=adjacency, make_contiguous=True)
    # unit 3: f = 1, 1/81, 1/9 for A, B, C → A first; among touching B (1/81) and C (1/9): C.
    assert result.labels.tolist() == [0, 1, 1, 2, 2]
    assert result.assignment[3] == CONTIGUITY
    assert result.probability[3] == pytest.approx((1 / 9) / (1 + 1 / 81 + 1 / 9))  # now that of C, its hub


def test_basin_pieces_counts_connected_parts():
    _, adjacency = strip(5)
    assert basin_pieces(np.array([0, 1, 0, 1, 1]), adjacency).tolist() == [2, 2]
    assert basin_pieces(np.array([0, 0, -1, 1, 1]), adjacency).tolist() == [1, 1]


# --- the reported tables -------------------------------------------------------------------------------
def test_basin_tables_report_on_the_judged_flows_with_the_audit():
    """The closed-border case above, through basin_tables (what the algorithm writes): li and msi 1, li_all_flows
    0.8 and 0.4, failing nothing at MIN_LI 0.5; MODULARITY 0.32 and MODULARITY_ALL_FLOWS 0.08667; per unit the
    within-country plurality: 0 → 0 (10 of 10), 1 → 0 (6 of 6), 2 → 3 (3 of 3), 3 → 3 (1 of 1)."""
    from zoast_plugin.core.basins import basin_tables

    _, adjacency = strip(4)
    matrix = flows(4, LI_FLOWS)
    result = dartmouth_basins(matrix, adjacency, np.ones(4), min_li=0.5, country=COUNTRY, allow_cross_border=False,
                              ids=["FR:a", "FR:b", "BE:c", "BE:d"])
    tables = basin_tables(result, np.ones(4), matrix, COUNTRY, False, adjacency, ["FR:a", "FR:b", "BE:c", "BE:d"],
                          names=["A", "B", "C", "D"], min_li=0.5, min_volume=0)
    basins, units, outputs = tables.basins, tables.units, tables.outputs
    assert basins["hub_unit_id"].tolist() == ["FR:a", "BE:d"] and basins["hub_name"].tolist() == ["A", "D"]
    assert basins["li"].tolist() == [1.0, 1.0] and basins["li_all_flows"].tolist() == pytest.approx([0.8, 0.4])
    assert basins["failing"].tolist() == [False, False] and basins["failing_reason"].tolist() == [None, None]
    assert basins["n_pieces"].tolist() == [1, 1] and basins["hub_in_basin"].tolist() == [True, True]
    assert outputs["MODULARITY"] == pytest.approx(0.32)
    assert outputs["MODULARITY_ALL_FLOWS"] == pytest.approx(2 / 3 - 0.49 - 0.09)
    assert outputs["FAILING_BASINS"] == 0 and outputs["N_BASINS"] == 2 and outputs["LOUVAIN_SEED"] is None
    assert units["plurality_dest_id"].tolist() == ["FR:a", "FR:a", "BE:d", "BE:d"]
    assert units["plurality_share"].tolist() == [1.0, 1.0, 1.0, 1.0]
    assert units["basin_id"].tolist() == [1, 1, 2, 2]
    strict = basin_tables(result, np.ones(4), matrix, COUNTRY, False, adjacency, min_volume=5)
    assert strict.basins["failing"].tolist() == [False, True]  # volume 4 < 5
    assert strict.basins["failing_reason"].tolist() == [None, "volume"] and strict.outputs["FAILING_BASINS"] == 1


def test_basin_tables_without_flows_judge_the_population_only():
    from zoast_plugin.core.basins import basin_tables

    _, adjacency = strip(5)
    origin, destination = np.repeat(np.arange(5), 2), np.tile([0, 1], 5)
    cost = np.abs(origin - np.array([0, 4])[destination]).astype(float)
    result = proximity_basins(origin, destination, cost, 5, 2, hub_units=[0, 4], adjacency=adjacency)
    tables = basin_tables(result, np.array([10.0, 10, 10, 1, 1]), adjacency=adjacency, hub_ids=["H1", "H2"],
                          min_li=0.4, min_population=5, min_volume=10)
    assert tables.basins["population"].tolist() == [30, 2]
    assert tables.basins["failing"].tolist() == [False, True]
    assert tables.basins["failing_reason"].tolist() == [None, "population"]
    assert np.isnan(tables.basins["li"]).all() and np.isnan(tables.outputs["MODULARITY"])
    assert tables.units["hub_id"].tolist() == ["H1", "H1", "H1", "H2", "H2"]
    assert tables.units["assignment"].tolist() == ["nearest_hub"] * 5


def test_a_hub_whose_own_unit_chose_another_hub_is_reported():
    """The pieces case above with hub A placed in unit 1: unit 1 chooses B (cost 0.5 against 1), so A's basin
    {0, 2} does not hold its hub's unit: hub_in_basin is false and HUBS_OUTSIDE_BASIN counts it."""
    from zoast_plugin.core.basins import basin_tables

    _, adjacency = strip(5)
    origin, destination = np.repeat(np.arange(5), 2), np.tile([0, 1], 5)
    cost = np.array([0, 4, 1, 0.5, 2, 2, 3, 1, 4, 0], dtype=float)
    result = proximity_basins(origin, destination, cost, 5, 2, hub_units=[1, 4], adjacency=adjacency)
    tables = basin_tables(result, np.ones(5), adjacency=adjacency)
    assert result.labels.tolist() == [0, 1, 0, 1, 1]
    assert tables.basins["hub_in_basin"].tolist() == [False, True]
    assert tables.outputs["HUBS_OUTSIDE_BASIN"] == 1 and tables.outputs["BASINS_IN_PIECES"] == 2


def test_failing_basin_without_hub_is_counted_and_named():
    """Units 0..2 send everything to 0; island 3 has no flows and no centroid: a basin of its own, without hub,
    li NaN < MIN_LI, touching no basin. The warning said "0 basin(s) … First hubs: ." (hubless basins were left
    out of the count); it counts 1 and names its first unit."""
    _, adjacency = strip(3, island=True)
    result = dartmouth_basins(flows(4, [(0, 0, 5), (1, 0, 5), (2, 0, 5)]), adjacency, np.ones(4), min_li=0.4,
                              ids=list("ABCD"))
    assert result.failing.tolist() == [1]  # the island's basin
    message = [w for w in result.warnings if "stay under the minimum" in w.template]
    assert [(w.count, w.ids) for w in message] == [(1, ["D"])]
