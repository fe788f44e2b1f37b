"""Siting: MCLP (greedy and exact) and shortfall greedy on hand cases, against brute force and a full
floating-catchment recomputation; grid candidates; bad input."""

import itertools

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from zoast_plugin.core import siting
from zoast_plugin.core.accessibility import METHOD_E2SFCA, floating_catchment, weight_function
from zoast_plugin.core.costs import CostPairs, straight_line_pairs
from zoast_plugin.core.errors import InputError


def cover_of(columns, n_units):
    """Units × candidates boolean matrix from the list of units each candidate covers."""
    rows = [u for units in columns for u in units]
    cols = [c for c, units in enumerate(columns) for _ in units]
    return sp.csc_matrix((np.ones(len(rows), bool), (rows, cols)), shape=(n_units, len(columns)))


DEMAND = np.array([10.0, 20.0, 30.0, 40.0, 5.0])
# A covers {0, 1}; B {2}; C {1, 2, 4}; D {3}
COLUMNS = [[0, 1], [2], [1, 2, 4], [3]]


@pytest.mark.parametrize("exact", [False, True])
def test_coverage_hand_case(exact):
    """C (20 + 30 + 5 = 55) then D (40): 95 of 105 covered."""
    solve = siting.exact_coverage if exact else siting.greedy_coverage
    result = solve(cover_of(COLUMNS, 5), DEMAND, 2)
    assert result.rank.tolist() == [0, 0, 1, 2]
    assert result.selected.tolist() == [False, False, True, True]
    assert result.gain[[2, 3]].tolist() == [55.0, 40.0]
    assert result.after == 95.0 and result.before == 0.0 and result.total_demand == 105.0
    # Runners-up: what they would still add to C + D (A: unit 0; B: nothing).
    assert result.gain[[0, 1]].tolist() == [10.0, 0.0]
    assert result.unit_value.tolist() == [0, 2, 2, 2, 2]


@pytest.mark.parametrize("exact", [False, True])
def test_coverage_existing_supply_fixed(exact):
    """Unit 3 is already covered by existing supply: D is worthless, A is second; all 105 covered."""
    solve = siting.exact_coverage if exact else siting.greedy_coverage
    existing = np.array([False, False, False, True, False])
    result = solve(cover_of(COLUMNS, 5), DEMAND, 2, existing)
    assert result.order.tolist() == [2, 0]
    assert result.gain[[2, 0]].tolist() == [55.0, 10.0]
    assert result.before == 40.0 and result.after == 105.0
    assert result.gain[3] == 0.0
    assert result.unit_value.tolist() == [2, 2, 2, 1, 2]


def test_coverage_stops_when_nothing_is_left():
    """Three sites asked, two cover everything: the third is not chosen."""
    result = siting.greedy_coverage(cover_of(COLUMNS, 5), DEMAND, 3, np.array([False, False, False, True, False]))
    assert result.n_selected == 2
    exact = siting.exact_coverage(cover_of(COLUMNS, 5), DEMAND, 3, np.array([False, False, False, True, False]))
    assert exact.n_selected == 2 and exact.after == 105.0


def test_exact_beats_greedy_on_the_classic_trap():
    """M covers the two big units (8); L and R each cover one and a small one (7): greedy M + L = 11, optimum 14."""
    demand = np.array([4.0, 4.0, 3.0, 3.0])
    cover = cover_of([[0, 2], [0, 1], [1, 3]], 4)  # L, M, R
    greedy = siting.greedy_coverage(cover, demand, 2)
    exact = siting.exact_coverage(cover, demand, 2)
    assert greedy.order.tolist() == [1, 0] and greedy.after == 11.0
    assert exact.selected.tolist() == [True, False, True] and exact.after == 14.0 and exact.optimal


@pytest.mark.parametrize("seed", range(6))
def test_exact_equals_brute_force(seed):
    """Exact MCLP = the best of all N-subsets; greedy ≥ (1 − 1/e) of it."""
    rng = np.random.default_rng(seed)
    n_units, n_candidates, n_sites = 40, 11, 3
    cover = sp.csc_matrix(rng.random((n_units, n_candidates)) < 0.15)
    demand = rng.integers(0, 50, n_units).astype(float)
    existing = rng.random(n_units) < 0.2
    open_demand = np.where(existing, 0.0, demand)
    dense = cover.toarray()
    best = max(open_demand[dense[:, list(subset)].any(axis=1)].sum()
               for subset in itertools.combinations(range(n_candidates), n_sites))
    exact = siting.exact_coverage(cover, demand, n_sites, existing)
    greedy = siting.greedy_coverage(cover, demand, n_sites, existing)
    assert exact.after - exact.before == pytest.approx(best)
    assert exact.optimal
    assert greedy.after - greedy.before >= (1 - 1 / np.e) * best - 1e-9
    # The reported gains add up to the covered demand.
    assert exact.gain[exact.selected].sum() == pytest.approx(exact.after - exact.before)
    assert greedy.gain[greedy.selected].sum() == pytest.approx(greedy.after - greedy.before)


def test_exact_merges_units_with_the_same_coverage():
    """Units reached by the same candidates are one constraint: the result is unchanged."""
    demand = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
    cover = cover_of([[0, 1, 2], [2, 3], [3, 4, 5], [0, 5]], 6)
    group, first = siting._merged_rows(sp.csr_matrix(cover))
    assert len(first) == 6  # all distinct here
    doubled = sp.vstack([cover, cover]).tocsc()
    g2, f2 = siting._merged_rows(sp.csr_matrix(doubled))
    assert len(f2) == 6 and (g2[:6] == g2[6:]).all()
    once = siting.exact_coverage(cover, demand, 2)
    twice = siting.exact_coverage(doubled, np.concatenate([demand, demand]), 2)
    assert twice.after == 2 * once.after


def test_coverage_matrix_and_existing_cut_off_inclusive():
    pairs = CostPairs([0, 0, 1, 2], [0, 1, 1, 0], [30.0, 30.5, 10.0, 0.0], 3, 2)
    cover = siting.coverage_matrix(pairs, 30.0)
    assert cover.toarray().tolist() == [[True, False], [False, True], [True, False]]
    assert siting.covered_by_existing(pairs, 10.0, 4).tolist() == [False, True, True, False]
    assert siting.covered_by_existing(None, 10.0, 2).tolist() == [False, False]


# --- shortfall ---------------------------------------------------------------------


def test_shortfall_hand_case():
    """Gaps 1, 1, 1 × 10 FTE: c2 (+0.6 on units 0, 1 → 12) then c1 (+0.5 on 1, 2 → 4 + 5 = 9)."""
    increments = sp.csc_matrix(np.array([[2.0, 0.0, 0.6], [0.0, 0.5, 0.6], [0.0, 0.5, 0.0]]))
    result = siting.greedy_shortfall(increments, np.zeros(3), np.ones(3), np.full(3, 10.0), 2)
    assert result.order.tolist() == [2, 1]
    assert result.gain[[2, 1]] == pytest.approx([12.0, 9.0])
    assert result.before == 30.0 and result.after == pytest.approx(9.0)
    assert result.gain[0] == pytest.approx(4.0)  # would still close unit 0's last 0.4
    assert result.unit_value == pytest.approx([0.6, 1.1, 0.5])


def test_shortfall_ignores_units_without_rule_and_above_target():
    increments = sp.csc_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0]]))
    result = siting.greedy_shortfall(increments, np.array([0.0, 0.0, 2.0]), np.array([np.nan, 1.0, 1.0]),
                                     np.full(3, 5.0), 2)
    assert result.before == 5.0 and result.order.tolist() == [1] and result.after == 0.0


def _random_case(seed, n_units=60, n_supply=8, n_candidates=25):
    rng = np.random.default_rng(seed)
    units = rng.random((n_units, 2)) * 40_000
    supply = rng.random((n_supply, 2)) * 40_000
    candidates = rng.random((n_candidates, 2)) * 40_000
    demand = rng.integers(50, 5000, n_units).astype(float)
    capacity = rng.integers(1, 4, n_supply).astype(float)
    return units, supply, candidates, demand, capacity


@pytest.mark.parametrize("seed", range(3))
def test_shortfall_greedy_matches_a_full_recomputation(seed):
    """The increments are the floating catchment: after the choice, a full E2SFCA run with the chosen sites
    added gives the same access and shortfall; each step's gain is the best single addition (brute force)."""
    units, supply, candidates, demand, capacity = _random_case(seed)
    weights = weight_function(METHOD_E2SFCA, 30.0)
    existing = straight_line_pairs(units, supply, 30.0, 60.0, 1.3)
    access = floating_catchment(existing, demand, capacity, weights).access
    target = np.full(len(units), 1.3 * np.median(access))  # some units above it, some far below
    f = demand.copy()
    new_pairs = straight_line_pairs(units, candidates, 30.0, 60.0, 1.3)
    increments = siting.increment_matrix(new_pairs, demand, weights, 1.5)
    result = siting.greedy_shortfall(increments, access, target, f, 4)
    chosen = result.order
    assert len(chosen) == 4

    full = floating_catchment(straight_line_pairs(units, np.vstack([supply, candidates[chosen]]), 30.0, 60.0, 1.3),
                              demand, np.concatenate([capacity, np.full(len(chosen), 1.5)]), weights)
    assert result.unit_value == pytest.approx(full.access, rel=1e-9, abs=1e-15)
    assert result.after == pytest.approx(siting.shortfall_of(full.access, target, f).sum())

    # Brute-force check of the first choice: the candidate whose full recomputation lowers the shortfall most.
    before = siting.shortfall_of(access, target, f).sum()
    drops = []
    for c in range(len(candidates)):
        one = floating_catchment(straight_line_pairs(units, np.vstack([supply, candidates[[c]]]), 30.0, 60.0, 1.3),
                                 demand, np.append(capacity, 1.5), weights)
        drops.append(before - siting.shortfall_of(one.access, target, f).sum())
    assert np.ptp(drops) > 0.1 * max(drops)  # not a case of ties
    assert drops[chosen[0]] == pytest.approx(max(drops))
    assert result.gain[chosen[0]] == pytest.approx(max(drops))
    assert result.gain == pytest.approx(np.where(result.selected, result.gain, result.gain))


def test_rule_terms_match_the_country_rules():
    """Wallonia: 90 per 100,000 → t = 0.0009 FTE per inhabitant, f = population; France: APL 4 with 4,500
    acts per FTE → t = 4 / 4,500, f = need; Brussels: no rule."""
    frame = pd.DataFrame({"unit_id": ["BE:57081", "FR:59350", "BE:21004"], "country": ["BE", "FR", "BE"],
                          "population": [20_000.0, 9_000.0, 1_000.0], "need": [np.nan, 10_000.0, np.nan]})
    target, f = siting.rule_terms(frame, need_field="need")
    assert target[0] == pytest.approx(90 / 100_000) and f[0] == pytest.approx(20_000)
    assert target[1] == pytest.approx(4 / 4500) and f[1] == pytest.approx(10_000)
    assert np.isnan(target[2]) and f[2] == 0
    # At zero access the shortfall is the gaps algorithm's FTE to the adequacy threshold.
    assert siting.shortfall_of(np.zeros(3), target, f) == pytest.approx([18.0, 10_000 * 4 / 4500, 0.0])


# --- candidates ---------------------------------------------------------------------


def test_grid_points_inside_polygons_and_near_points():
    import shapely

    square = shapely.box(0, 0, 1000, 1000)
    far = shapely.box(5000, 0, 5500, 500)
    grid = siting.grid_points(500.0, shapes=[square, far])
    assert sorted(map(tuple, grid.tolist())) == [(250.0, 250.0), (250.0, 750.0), (750.0, 250.0), (750.0, 750.0),
                                                 (5250.0, 250.0)]
    near = siting.grid_points(100.0, xy=np.array([[0.0, 0.0], [1000.0, 0.0]]), max_distance=75.0)
    assert near.tolist() == [[50.0, 50.0], [950.0, 50.0]]  # 70.7 m from a unit; the others are farther
    with pytest.raises(InputError, match="GRID_SPACING"):
        siting.grid_points(0.0, xy=np.zeros((1, 2)))


def test_outside_extent():
    mask = siting.outside_extent([[5, 5], [11, 5], [-1, 0]], [[0, 0], [10, 10]])
    assert mask.tolist() == [False, True, True]
    assert siting.outside_extent([[11, 5]], [[0, 0], [10, 10]], margin=2).tolist() == [False]


# --- bad input ------------------------------------------------------------------------


def test_bad_input_is_refused_with_field_and_ids():
    with pytest.raises(InputError, match=r"N_SITES.*5 sites.*3 candidate") as error:
        siting.check_candidates(["a", "b", "c"], 5, [1.0], ["u"])
    assert "'N_SITES'" in str(error.value)
    with pytest.raises(InputError, match="N_SITES"):
        siting.check_candidates(["a"], 0, [1.0], ["u"])
    with pytest.raises(InputError, match=r"CANDIDATE_ID_FIELD.*share an id.*first: b") as error:
        siting.check_candidates(["a", "b", "b", "c"], 1, [1.0], ["u"])
    with pytest.raises(InputError, match=r"population.*all 2 unit"):
        siting.check_candidates(["a"], 1, [0.0, 0.0], ["u", "v"], demand_field="population")
    with pytest.raises(InputError, match=r"population.*1 negative.*v"):
        siting.check_candidates(["a"], 1, [1.0, -2.0], ["u", "v"], demand_field="population")
    assert siting.check_candidates(["a"], 1, [1, 2], ["u", "v"]).tolist() == [1.0, 2.0]


# --- the official shortfall ---------------------------------------------------------

OFFICIAL_UNITS = pd.DataFrame({
    "unit_id": ["FR:59001", "FR:59002", "BE:57081", "BE:31005"],
    "country": ["FR", "FR", "BE", "BE"],
    "population": [100.0, 300.0, 2000.0, 2000.0],
    "area": [10.0, 10.0, 10.0, 100.0],  # BE:31005: 20 inhabitants/km², low density → 120 per 100,000
    "tvs": ["T1", "T1", None, None],
})


def test_official_zones_by_hand():
    """The two French communes form TVS T1 (weights 100/400 and 300/400; target 4 APL = 4/4,500 FTE per
    inhabitant; FTE factor Σ need × 4,500 / 4,500 = 400); the Walloon unit targets 90 per 100,000, the
    low-density Flemish one 120, each with its population as FTE factor."""
    zones = siting.official_zones(OFFICIAL_UNITS, area_field="area", tvs_field="tvs")
    assert zones.zone.tolist() == [0, 0, 1, 2]
    assert zones.weight.toarray()[0].tolist() == [0.25, 0.75, 0.0, 0.0]
    assert zones.target == pytest.approx([4 / 4500, 90e-5, 120e-5])
    assert zones.fte.tolist() == [400.0, 2000.0, 2000.0]
    # Without the TVS field each commune is its own zone.
    assert siting.official_zones(OFFICIAL_UNITS, area_field="area").zone.tolist() == [0, 1, 2, 3]


def test_official_shortfall_by_hand():
    """Existing: 0.1 FTE at FR:59001 alone (APL 4.5 on its own), so T1's mean APL is 100 × 4.5 / 400 = 1.125:
    shortfall (4 − 1.125) × 400 / 4,500 = 0.2556 FTE-equivalents, although FR:59001 alone is above 4.
    Belgium: no GP located in either municipality: 90 × 2,000 / 1e5 = 1.8 FTE (Wallonia), 120 × 2,000 / 1e5 =
    2.4 GPs (Flanders). Candidates of 2 FTE: C1 in FR:59002 reaching both French communes, C2 in BE:57081
    (also reaching FR:59002 across the border: nothing officially), C3 in BE:31005. Gains: C1 0.2556 (fills
    T1), C2 1.8, C3 2 (a site counts for its own municipality only). Two sites: C3 then C2."""
    zones = siting.official_zones(OFFICIAL_UNITS, area_field="area", tvs_field="tvs")
    french_access = np.array([0.1 / 100, 0.0, 0.0, 0.0])
    before = zones.zone_values(french_access)
    assert zones.unit_indicator(before)[:2] == pytest.approx([1.125, 1.125])
    # National increments of the three candidates (2SFCA): C1 serves FR:59001 + FR:59002 (400): 2/400 each.
    national = sp.csc_matrix(np.array([[2 / 400, 0, 0], [2 / 400, 0, 0], [0, 2 / 4000, 0], [0, 0, 2 / 2000]]))
    increments = siting.official_increments(zones, national, [1, 2, 3], 2.0)
    assert increments.toarray() == pytest.approx(np.array([[2 / 400, 0, 0], [0, 1e-3, 0], [0, 0, 1e-3]]))
    result = siting.greedy_shortfall(increments, before, zones.target, zones.fte, 2)
    assert result.before == pytest.approx((4 - 1.125) * 400 / 4500 + 1.8 + 2.4)
    assert result.rank.tolist() == [0, 2, 1]
    assert result.gain == pytest.approx([(4 - 1.125) * 400 / 4500, 1.8, 2.0])
    assert result.after == pytest.approx((4 - 1.125) * 400 / 4500 + 0.4)
    shares = zones.unit_shortfall(before)
    assert shares[:2] == pytest.approx(np.array([0.25, 0.75]) * (4 - 1.125) * 400 / 4500)
