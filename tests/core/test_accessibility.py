"""Floating catchment accessibility: weights, 2SFCA / E2SFCA / Gaussian, border modes."""

import math

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from zoast_plugin.core.accessibility import (
    APL_STEPS,
    BORDER_NATIONAL,
    BORDER_OPEN,
    BORDER_ZOAST,
    E2SFCA_STEPS,
    METHOD_2SFCA,
    METHOD_E2SFCA,
    METHOD_GAUSSIAN,
    BorderRule,
    border_filter,
    edge_exposure,
    floating_catchment,
    gaussian_weights,
    parse_steps,
    step_weights,
    supply_agreements,
    weight_function,
)
from zoast_plugin.core.agreements import unit_agreement_matrix
from zoast_plugin.core.costs import CostPairs
from zoast_plugin.core.errors import Cancelled, InputError

# --- weights --------------------------------------------------------------------


def test_parse_steps_defaults_and_lenient_text():
    assert parse_steps(E2SFCA_STEPS) == [(10.0, 1.0), (20.0, 0.68), (30.0, 0.22)]
    assert parse_steps(APL_STEPS) == [(10.0, 1.0), (15.0, 0.66), (20.0, 0.33)]
    assert parse_steps(" 5 : 1 ; 12,5:0,5 ;") == [(5.0, 1.0), (12.5, 0.5)]


@pytest.mark.parametrize(
    "text, piece, words",
    [
        ("10:1;20-0.5", "20-0.5", "is not minutes:weight"),
        ("10:1;abc:0.5", "abc:0.5", "is not minutes:weight"),
        ("10:1:2", "10:1:2", "is not minutes:weight"),
        ("10:1;20:1.5", "20:1.5", "outside 0–1"),
        ("10:-0.1", "10:-0.1", "outside 0–1"),
        ("0:1;10:0.5", "0:1", "0 or less"),
        ("10:1;20:0.5;15:0.2", "15:0.2", "does not come after 20 minutes"),
        ("10:0.5;20:0.8", "20:0.8", "weighs more"),
    ],
)
def test_parse_steps_errors_name_the_piece(text, piece, words):
    with pytest.raises(InputError) as error:
        parse_steps(text)
    assert error.value.values["field"] == "STEPS"
    assert error.value.offending_ids == [piece]
    assert f"'{piece}'" in str(error.value) and words in str(error.value)


@pytest.mark.parametrize("text", ["", "  ;  ", None])
def test_parse_steps_empty(text):
    with pytest.raises(InputError) as error:
        parse_steps(text, field="MY_STEPS")
    assert "'MY_STEPS' is empty" in str(error.value)


def python_steps(cost, steps):
    for upper, weight in steps:
        if cost <= upper:
            return weight
    return 0.0


def test_step_weights_inclusive_upper_bounds():
    steps = parse_steps(E2SFCA_STEPS)
    cost = np.array([0, 10, 10.000001, 20, 29.9, 30, 30.0001, 100])
    assert step_weights(cost, steps).tolist() == [1, 1, 0.68, 0.68, 0.22, 0.22, 0, 0]


def test_step_weights_many_steps_path_matches():
    steps = [(float(m), 1 - m / 40) for m in range(1, 40, 2)]  # 20 steps: the searchsorted path
    cost = np.random.default_rng(3).uniform(0, 45, 500)
    cost[:20] = [m for m, _ in steps]
    assert step_weights(cost, steps).tolist() == [python_steps(c, steps) for c in cost]


def test_gaussian_weights():
    cost = np.array([0.0, 10.0, 20.0, 20.5])
    got = gaussian_weights(cost, sigma=10, max_cost=20)
    assert got.tolist() == pytest.approx([1.0, math.exp(-0.5), math.exp(-2.0), 0.0], rel=1e-15)
    with pytest.raises(InputError) as error:
        gaussian_weights(cost, sigma=0)
    assert error.value.values["field"] == "SIGMA"


def test_weight_function_methods_and_bad_method():
    cost = np.array([5.0, 15.0, 25.0, 27.0, 35.0])
    assert weight_function(METHOD_2SFCA, 25)(cost).tolist() == [1, 1, 1, 0, 0]
    # The 25-minute catchment closes the last step (up to 30 min) early.
    assert weight_function(METHOD_E2SFCA, 25, E2SFCA_STEPS)(cost).tolist() == [1, 0.68, 0.22, 0, 0]
    gauss = weight_function(METHOD_GAUSSIAN, 30, sigma=15)(cost)
    assert gauss.tolist() == pytest.approx([math.exp(-c * c / 450) if c <= 30 else 0 for c in cost])
    with pytest.raises(InputError) as error:
        weight_function(3, 30)
    assert error.value.values["field"] == "METHOD"
    with pytest.raises(InputError):
        weight_function(METHOD_E2SFCA, 30, "10;1")
    with pytest.raises(InputError):
        weight_function(METHOD_GAUSSIAN, 30, sigma=-1)


# --- floating catchment: hand-computed ----------------------------------------------

# Units A (P = 100), B (P = 300); supply X (S = 2), Y (S = 1).
# Costs: A–X 5, A–Y 25, B–X 15, B–Y 8 minutes.
HAND = CostPairs([0, 0, 1, 1], [0, 1, 0, 1], [5.0, 25.0, 15.0, 8.0], 2, 2)
DEMAND, CAPACITY = np.array([100.0, 300.0]), np.array([2.0, 1.0])


def test_2sfca_by_hand():
    """Catchment 20 min: A–Y (25) is out.
    R_X = 2 / (100 + 300) = 0.005; R_Y = 1 / 300.
    A_A = R_X = 0.005; A_B = R_X + R_Y = 0.008333…
    """
    result = floating_catchment(HAND, DEMAND, CAPACITY, weight_function(METHOD_2SFCA, 20))
    assert result.demand_seen.tolist() == [400.0, 300.0]
    assert result.ratio.tolist() == pytest.approx([2 / 400, 1 / 300], rel=1e-15)
    assert result.access.tolist() == pytest.approx([2 / 400, 2 / 400 + 1 / 300], rel=1e-15)
    assert result.n_supply.tolist() == [1, 2]


def test_e2sfca_by_hand():
    """Steps 10:1;20:0.68;30:0.22: w(A–X 5) = 1, w(A–Y 25) = 0.22, w(B–X 15) = 0.68, w(B–Y 8) = 1.
    D_X = 100·1 + 300·0.68 = 304 → R_X = 2/304 = 0.0065789…
    D_Y = 100·0.22 + 300·1 = 322 → R_Y = 1/322 = 0.0031056…
    A_A = 1·2/304 + 0.22·1/322 = 0.0072622…; A_B = 0.68·2/304 + 1·1/322 = 0.0075793…
    Check: Σ P·A = 100·A_A + 300·A_B = 3 = Σ S (no supply is lost or created).
    """
    result = floating_catchment(HAND, DEMAND, CAPACITY, weight_function(METHOD_E2SFCA, 30, E2SFCA_STEPS))
    assert result.demand_seen.tolist() == pytest.approx([304.0, 322.0], rel=1e-15)
    assert result.access.tolist() == pytest.approx(
        [2 / 304 + 0.22 / 322, 0.68 * 2 / 304 + 1 / 322], rel=1e-14
    )
    assert DEMAND @ result.access == pytest.approx(3.0, rel=1e-14)
    assert result.n_supply.tolist() == [2, 2]


def test_gaussian_by_hand():
    """σ = 10, catchment 20: w = exp(−c²/200); A–Y (25) is out.
    w(A–X) = e^−0.125 = 0.88250, w(B–X) = e^−1.125 = 0.32465, w(B–Y) = e^−0.32 = 0.72615.
    D_X = 100·0.88250 + 300·0.32465 = 185.645 → R_X = 2/185.645;  D_Y = 300·0.72615 → R_Y = 1/217.845.
    A_A = 0.88250·R_X; A_B = 0.32465·R_X + 0.72615·R_Y = 0.32465·R_X + 1/300.
    """
    wax, wbx, wby = math.exp(-0.125), math.exp(-1.125), math.exp(-0.32)
    rx, ry = 2 / (100 * wax + 300 * wbx), 1 / (300 * wby)
    result = floating_catchment(HAND, DEMAND, CAPACITY, weight_function(METHOD_GAUSSIAN, 20, sigma=10))
    assert result.access.tolist() == pytest.approx([wax * rx, wbx * rx + wby * ry], rel=1e-14)
    assert wby * ry == pytest.approx(1 / 300, rel=1e-15)
    assert result.n_supply.tolist() == [1, 2]


def test_supply_reached_by_no_demand_has_nan_ratio_and_adds_nothing():
    """Unit C (P = 0) alone reaches Z (S = 5): R_Z is undefined (NaN), C's access is 0,
    but Z still counts as reached; unit A (P = 1) alone reaches X (S = 2): A = 2."""
    pairs = CostPairs([0, 1], [0, 1], [3.0, 4.0], 2, 2)
    result = floating_catchment(pairs, [1.0, 0.0], [2.0, 5.0], weight_function(METHOD_2SFCA, 30))
    assert result.ratio[0] == 2.0 and np.isnan(result.ratio[1])
    assert result.access.tolist() == [2.0, 0.0]
    assert result.n_supply.tolist() == [1, 1]
    assert result.unserved_supply.tolist() == [False, True]
    frame = result.unit_frame(["FR:1", "FR:2"])
    assert frame.columns.tolist() == ["unit_id", "access", "n_supply"]


def test_no_pairs_gives_zero_access():
    result = floating_catchment(CostPairs.empty(3, 2), [1, 2, 3], [1, 1], weight_function(METHOD_2SFCA, 30))
    assert result.access.tolist() == [0, 0, 0] and result.n_supply.tolist() == [0, 0, 0]
    assert np.isnan(result.ratio).all()


# --- floating catchment: brute force on random cases ------------------------------


def random_case(seed):
    rng = np.random.default_rng(seed)
    n_units, n_supply = 40, 25
    keep = rng.random((n_units, n_supply)) < 0.6
    origin, dest = np.nonzero(keep)
    cost = rng.uniform(0, 40, len(origin))
    cost[:5] = [0.0, 10.0, 20.0, 30.0, 30.0]  # exactly on the step bounds
    order = rng.permutation(len(origin))  # pairs in no particular order
    pairs = CostPairs(origin[order], dest[order], cost[order], n_units, n_supply)
    demand = rng.uniform(0, 5000, n_units)
    demand[[3, 17]] = 0.0
    capacity = rng.uniform(0, 10, n_supply)
    capacity[4] = 0.0
    return pairs, demand, capacity


def brute_force(pairs, demand, capacity, weight):
    """The textbook double loop over units and supply points."""
    cost = {(int(o), int(d)): float(c) for o, d, c in zip(pairs.origin, pairs.dest, pairs.cost)}
    n_o, n_d = pairs.n_origins, pairs.n_destinations
    seen = []
    for j in range(n_d):
        seen.append(sum(demand[i] * weight(cost[i, j]) for i in range(n_o) if (i, j) in cost))
    ratio = [capacity[j] / seen[j] if seen[j] > 0 else math.nan for j in range(n_d)]
    access, reached = [], []
    for i in range(n_o):
        total, count = 0.0, 0
        for j in range(n_d):
            if (i, j) in cost:
                w = weight(cost[i, j])
                total += (ratio[j] if seen[j] > 0 else 0.0) * w
                count += w > 0
        access.append(total)
        reached.append(count)
    return np.array(access), np.array(reached), np.array(ratio), np.array(seen)


STEPS = parse_steps(E2SFCA_STEPS)
METHODS = [
    (weight_function(METHOD_2SFCA, 25), lambda c: 1.0 if c <= 25 else 0.0),
    (weight_function(METHOD_E2SFCA, 30, E2SFCA_STEPS), lambda c: python_steps(c, STEPS)),
    (weight_function(METHOD_GAUSSIAN, 35, sigma=12), lambda c: math.exp(-c * c / 288) if c <= 35 else 0.0),
]


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("vectorised, python_weight", METHODS)
def test_matches_brute_force(seed, vectorised, python_weight):
    pairs, demand, capacity = random_case(seed)
    access, reached, ratio, seen = brute_force(pairs, demand, capacity, python_weight)
    for block in (5_000_000, 7):
        result = floating_catchment(pairs, demand, capacity, vectorised, block_pairs=block)
        np.testing.assert_allclose(result.access, access, rtol=1e-9, atol=1e-15)
        np.testing.assert_allclose(result.ratio, ratio, rtol=1e-9, atol=1e-15)
        np.testing.assert_allclose(result.demand_seen, seen, rtol=1e-9, atol=1e-15)
        assert result.n_supply.tolist() == reached.tolist()
    # Fed as a stream of blocks (called once per step), the result is the same.
    chunks = np.array_split(np.arange(len(pairs)), 3)

    def stream():
        return (pairs.subset(chunk) for chunk in chunks)

    streamed = floating_catchment(stream, demand, capacity, vectorised)
    np.testing.assert_allclose(streamed.access, access, rtol=1e-9, atol=1e-15)
    assert streamed.n_supply.tolist() == reached.tolist()


# --- bad input -------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad, words", [(-1.0, "negative"), (np.nan, "empty or non-numeric"), ("x", "non-numeric")]
)
def test_bad_demand_and_capacity_named(bad, words):
    weights = weight_function(METHOD_2SFCA, 30)
    with pytest.raises(InputError) as error:
        floating_catchment(HAND, [100, bad], CAPACITY, weights, unit_ids=["FR:1", "BE:2"], demand_field="pop")
    assert error.value.values["field"] == "pop" and error.value.offending_ids == ["BE:2"]
    assert words in str(error.value) and "BE:2" in str(error.value)
    with pytest.raises(InputError) as error:
        floating_catchment(HAND, DEMAND, [bad, 1], weights)
    assert error.value.values["field"] == "CAPACITY_FIELD" and error.value.offending_ids == [0]


def test_cancel_stops_floating_catchment():
    pairs, demand, capacity = random_case(0)
    calls = []

    def progress(fraction):
        calls.append(fraction)
        if len(calls) == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        floating_catchment(
            pairs, demand, capacity, weight_function(METHOD_2SFCA, 30), progress, block_pairs=10
        )
    assert len(calls) == 3  # stopped after the second block, not after all of them


# --- border modes ---------------------------------------------------------------

# Units FR:1, FR:2 (France), BE:1 (Belgium). Supply s0 lies in FR:1, s1 in BE:1, s2 in FR:2.
# Agreement MOMAU joins FR:1 and BE:1. Every unit reaches every supply point.
UNIT_IDS = ["FR:1", "FR:2", "BE:1"]
UNIT_COUNTRY = ["FR", "FR", "BE"]
SUPPLY_COUNTRY = ["FR", "BE", "FR"]
HOST = [0, 2, 1]
ALL = CostPairs(np.repeat([0, 1, 2], 3), np.tile([0, 1, 2], 3), np.arange(9.0), 3, 3)
NATIONAL = {(0, 0), (0, 2), (1, 0), (1, 2), (2, 1)}


def kept(pairs):
    return {(int(o), int(d)) for o, d in zip(pairs.origin, pairs.dest)}


def memberships(rows):
    members = pd.DataFrame(rows, columns=["code", "unit_id"])
    units, codes = unit_agreement_matrix(UNIT_IDS, members)
    return units, supply_agreements(units, HOST)


def test_border_modes_known_case():
    units, supply = memberships([["MOMAU", "FR:1"], ["MOMAU", "BE:1"]])
    assert kept(border_filter(ALL, UNIT_COUNTRY, SUPPLY_COUNTRY, BORDER_NATIONAL)) == NATIONAL
    zoast = border_filter(ALL, UNIT_COUNTRY, SUPPLY_COUNTRY, BORDER_ZOAST, units, supply)
    # FR:1 may use s1 (in BE:1, same ZOAST), BE:1 may use s0 (in FR:1); FR:2 is in no ZOAST.
    assert kept(zoast) == NATIONAL | {(0, 1), (2, 0)}
    assert kept(border_filter(ALL, UNIT_COUNTRY, SUPPLY_COUNTRY, BORDER_OPEN)) == kept(ALL)
    # Costs travel with their pairs.
    assert {(int(o), int(d)): c for o, d, c in zip(zoast.origin, zoast.dest, zoast.cost)}[(2, 0)] == 6.0


def test_border_unit_in_two_agreements_and_supply_outside_units():
    units, supply = memberships(
        [["MOMAU", "FR:1"], ["MOMAU", "BE:1"], ["TOURVAL", "FR:2"], ["TOURVAL", "BE:1"]]
    )
    zoast = border_filter(ALL, UNIT_COUNTRY, SUPPLY_COUNTRY, BORDER_ZOAST, units, supply)
    assert kept(zoast) == kept(ALL)  # BE:1 shares an agreement with each French unit
    outside = supply_agreements(units, [0, -1, 1])  # s1 lies in no unit: no agreement
    zoast = border_filter(ALL, UNIT_COUNTRY, SUPPLY_COUNTRY, BORDER_ZOAST, units, outside)
    assert kept(zoast) == NATIONAL | {(2, 0), (2, 2)}


def test_border_many_agreements_matches_dense_dot():
    """70 agreements span two 64-bit words; the oracle is the dense membership product."""
    rng = np.random.default_rng(5)
    n_units, n_supply, n_agr = 30, 20, 70
    unit_members = rng.random((n_units, n_agr)) < 0.03
    supply_members = rng.random((n_supply, n_agr)) < 0.03
    units_c = rng.choice(["fr", "BE ", "FR", "be"], n_units)
    supply_c = rng.choice(["FR", "BE"], n_supply)
    pairs = CostPairs(
        *np.nonzero(np.ones((n_units, n_supply))), np.zeros(n_units * n_supply), n_units, n_supply
    )
    got = kept(
        border_filter(pairs, units_c, supply_c, BORDER_ZOAST, sp.csr_matrix(unit_members), supply_members)
    )
    shared = (unit_members.astype(int) @ supply_members.T.astype(int)) > 0
    same = np.char.upper(np.char.strip(units_c.astype(str)))[:, None] == supply_c[None, :]
    assert got == set(zip(*np.nonzero(same | shared)))
    assert not same.all() and (shared & ~same).any()


def test_border_bad_input():
    with pytest.raises(InputError) as error:
        border_filter(ALL, UNIT_COUNTRY, SUPPLY_COUNTRY, BORDER_ZOAST)
    assert error.value.values["field"] == "AGREEMENT_MEMBERS"
    with pytest.raises(InputError) as error:
        border_filter(ALL, UNIT_COUNTRY, SUPPLY_COUNTRY, 5)
    assert error.value.values["field"] == "BORDER_MODE"
    with pytest.raises(InputError) as error:
        border_filter(
            ALL,
            ["FR", None, " "],
            SUPPLY_COUNTRY,
            BORDER_NATIONAL,
            unit_ids=UNIT_IDS,
            unit_country_field="country",
        )
    assert error.value.values["field"] == "country" and error.value.offending_ids == ["FR:2", "BE:1"]
    assert "2 empty country code(s)" in str(error.value)


# --- cross-border weight: between national-only and full weight --------------


def _border_case(weight, fte_b=1.0):
    """Four units on a line and a GP in each country; every unit reaches both GPs within the catchment.

    FR:a (member), FR:b (not), BE:c (member), BE:d (not); one ZOAST holds FR:a and BE:c. Supply:
    GP:F in FR:a (3 FTE), GP:B in BE:c (``fte_b``). 2SFCA (weight 1 inside 60 minutes).
    """
    pairs = CostPairs(np.repeat(np.arange(4), 2), np.tile([0, 1], 4), np.full(8, 10.0), 4, 2)
    members = pd.DataFrame({"code": ["Z", "Z"], "unit_id": ["FR:a", "BE:c"]})
    membership, _codes = unit_agreement_matrix(["FR:a", "FR:b", "BE:c", "BE:d"], members)
    rule = BorderRule(["FR", "FR", "BE", "BE"], ["FR", "BE"], BORDER_ZOAST, membership,
                      supply_agreements(membership, [0, 2]), cross_border_weight=weight)
    allowed = rule.apply(pairs)
    return floating_catchment(allowed, [1000.0, 2000.0, 1500.0, 500.0], [3.0, fte_b], weight_function(0, 60.0),
                              pair_factors=rule.factors)


def test_cross_border_weight_zero_is_national_and_one_is_full_weight():
    national = _border_case(0.0)
    # National: R_F = 3 / 3000, R_B = 1 / 2000.
    assert national.access == pytest.approx([0.001, 0.001, 0.0005, 0.0005])
    full = _border_case(1.0)
    # Full weight: R_F = 3 / (3000 + 1500), R_B = 1 / (2000 + 1000); members add the other side's ratio.
    r_f, r_b = 3 / 4500, 1 / 3000
    assert full.access == pytest.approx([r_f + r_b, r_f, r_b + r_f, r_b])


def test_results_move_monotonically_with_the_cross_border_weight():
    """GP:B 0.5 FTE: Belgium is short. With β, R_F = 3 / (3000 + 1500β) and R_B = 0.5 / (2000 + 1000β):
    FR:a = (2 + 0.5β) / (1000 (2 + β)) falls (Belgian members now share its GP), FR:b = R_F falls,
    BE:c = (0.5 + 2β) / (1000 (2 + β)) rises, BE:d = R_B falls — each unit moves one way at every step
    from national-only (β = 0) to full weight (β = 1), and the supply is conserved at every β
    (Σ demand × access = Σ capacity = 3.5: the same supply, redistributed)."""
    demand = np.array([1000.0, 2000.0, 1500.0, 500.0])
    betas = np.linspace(0, 1, 11)
    results = np.array([_border_case(beta, fte_b=0.5).access for beta in betas])
    expected = np.array([[(2 + 0.5 * b) / (1000 * (2 + b)), 3 / (3000 + 1500 * b), (0.5 + 2 * b) / (1000 * (2 + b)),
                          0.5 / (2000 + 1000 * b)] for b in betas])
    assert results == pytest.approx(expected, rel=1e-12)
    steps = np.diff(results, axis=0)
    assert (steps[:, 2] > 0).all() and (steps[:, [0, 1, 3]] < 0).all()
    assert (demand * results).sum(axis=1) == pytest.approx(np.full(len(betas), 3.5))


def test_cross_border_weight_must_be_a_share():
    with pytest.raises(InputError, match="CROSS_BORDER_WEIGHT"):
        BorderRule(["FR"], ["BE"], BORDER_ZOAST, sp.csr_matrix((1, 1)), sp.csr_matrix((1, 1)), cross_border_weight=1.5)


def test_edge_exposure_counts_units_near_the_edge_and_supply_beyond_it():
    """A 10 × 10 km grid of unit points 1 km apart; radius 2.5 km: the units within 2.5 km of the
    hull's outline (the rings x or y ∈ {0, 1, 2, 7, 8, 9}) are near the edge: 100 − 4·4 = 84. A
    supply point 0.5 km outside is within the spacing (1 km); one 5 km outside is beyond the layer."""
    xs, ys = np.meshgrid(np.arange(10) * 1000.0, np.arange(10) * 1000.0)
    units = np.column_stack([xs.ravel(), ys.ravel()])
    near, outside = edge_exposure(units, [[4500.0, 4500.0], [-500.0, 0.0], [-5000.0, 0.0]], 2500.0)
    assert near.sum() == 84
    assert outside.tolist() == [False, False, True]
    none_near, _ = edge_exposure(units[:2], [], 2500.0)  # two points have no extent
    assert not none_near.any()
