"""Health basins: hand-built cases whose right basins are known (plurality, ties, contiguity,
LI and population merges, Louvain communities and its spatial constraint, Huff), modularity
against networkx, indicators against brute-force oracles, determinism and every bad input."""

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
from shapely.geometry import box

from tests.core.basin_cases import flows, grouped, strip
from zoast_plugin.core.adjacency import unit_adjacency
from zoast_plugin.core.basin_indices import basin_indicators, modularity
from zoast_plugin.core.basins import dartmouth_basins, flow_indices, flow_matrix
from zoast_plugin.core.errors import InputError
from zoast_plugin.core.louvain import louvain_basins
from zoast_plugin.core.proximity import proximity_basins


def assert_contiguous(labels, adjacency):
    for b in np.unique(labels):
        members = np.flatnonzero(labels == b)
        n_pieces, _ = connected_components(adjacency[members][:, members], directed=False)
        assert n_pieces == 1, "basin {} is in {} pieces".format(b, n_pieces)


def gravity_grid(side, seed):
    """A side×side grid with gravity-like random flows between nearby cells."""
    geoms = [box(x, y, x + 1, y + 1) for y in range(side) for x in range(side)]
    adjacency = unit_adjacency(geoms, tolerance=0.0)
    rng = np.random.default_rng(seed)
    xy = np.array([[x, y] for y in range(side) for x in range(side)], dtype=float)
    n = len(geoms)
    origin = rng.integers(0, n, 600)
    dest = np.clip(origin + rng.integers(-side - 1, side + 2, 600), 0, n - 1)
    dist = np.linalg.norm(xy[origin] - xy[dest], axis=1)
    volume = rng.integers(1, 20, 600) / (1 + dist) ** 2
    return geoms, adjacency, flow_matrix(origin, dest, volume, n)


# --- Dartmouth: plurality, ties, hubs ----------------------------------------------------------
def test_plurality_and_tie_to_the_smaller_hub():
    """Units 0..5 in a row. 0→1 (5) beats 0→2 (2); 2 sends 4 to hub 1 and 4 to hub 4: a tie,
    broken to the smaller unit position, 1. Basins {0,1,2} (hub 1) and {3,4,5} (hub 4)."""
    _, adjacency = strip(6)
    matrix = flows(
        6, [(0, 1, 5), (0, 2, 2), (1, 1, 3), (2, 1, 4), (2, 4, 4), (3, 4, 6), (4, 4, 2), (5, 4, 3)]
    )
    result = dartmouth_basins(matrix, adjacency, np.ones(6), min_li=0)
    assert result.labels.tolist() == [0, 0, 0, 1, 1, 1]
    assert result.hub_unit.tolist() == [1, 4]
    assert result.warnings == [] and result.failing.tolist() == []


def test_a_hub_belongs_to_its_own_basin():
    """Unit 1 is the plurality destination of 0, so it is a hub, even though its own residents
    mostly go to 2 (10 against 1): it heads basin {0, 1}; unit 2 heads {2, 3}."""
    _, adjacency = strip(4)
    matrix = flows(4, [(0, 1, 3), (1, 2, 10), (1, 1, 1), (2, 2, 5), (3, 2, 2)])
    result = dartmouth_basins(matrix, adjacency, np.ones(4), min_li=0)
    assert grouped(result.labels) == [(0, 1), (2, 3)]
    assert result.hub_unit[result.labels[1]] == 1


@pytest.mark.parametrize("to_six, to_three, expected", [(4, 1, (5, 6)), (1, 4, (2, 3, 4, 5))])
def test_exclave_is_reattached_to_the_touching_basin_it_sends_most_to(to_six, to_three, expected):
    """Units 0..6, hubs 0, 3 and 6. Unit 5's plurality is hub 0 (volume 5), which it does not
    touch: {5} is a fragment touching basin 3 (via 4) and basin 6. It joins the one it sends
    more to: basin 6 with 5→6 = 4 against 5→3 = 1, basin 3 the other way round."""
    _, adjacency = strip(7)
    matrix = flows(
        7,
        [(0, 0, 9), (1, 0, 3), (2, 3, 3), (3, 3, 9), (4, 3, 3), (6, 6, 9),
         (5, 0, 5), (5, 6, to_six), (5, 3, to_three)],
    )
    result = dartmouth_basins(matrix, adjacency, np.ones(7), min_li=0)
    assert expected in grouped(result.labels)
    assert_contiguous(result.labels, adjacency)


def test_island_keeps_its_flow_basin_with_a_counted_warning():
    """Unit 3 is an island sending its flows to hub 0: it stays in basin 0 (it cannot be made
    contiguous), with two warnings naming it: an island, cut off from its hub."""
    _, adjacency = strip(3, island=True)
    matrix = flows(4, [(0, 0, 5), (1, 0, 5), (2, 2, 5), (3, 0, 2)])
    result = dartmouth_basins(matrix, adjacency, np.ones(4), min_li=0, ids=["a", "b", "c", "isle"])
    assert grouped(result.labels) == [(0, 1, 3), (2,)]
    assert [w.ids for w in result.warnings] == [["isle"], ["isle"]]
    assert "1 unit(s)" in result.warnings[0].format() and "isle" in result.warnings[0].format()


def test_units_without_flows_join_the_adjacent_basin():
    """Units 2 and 3 send nothing: 2 touches basin 0 (via 1), 3 touches basin 4; the far island 5
    with no flows joins the nearest basin by centroid (basin 4), or is a basin of its own."""
    geoms, adjacency = strip(5, island=True)
    matrix = flows(6, [(0, 0, 5), (1, 0, 5), (4, 4, 5)])
    centroids = np.array([[g.centroid.x, g.centroid.y] for g in geoms])
    result = dartmouth_basins(matrix, adjacency, np.ones(6), min_li=0, centroids=centroids)
    assert grouped(result.labels) == [(0, 1, 2), (3, 4, 5)]
    alone = dartmouth_basins(matrix, adjacency, np.ones(6), min_li=0)
    assert grouped(alone.labels) == [(0, 1, 2), (3, 4), (5,)]
    assert alone.hub_unit[alone.labels[5]] == -1
    assert any(w.ids == [5] for w in alone.warnings)


# --- Dartmouth: merges ----------------------------------------------------------------------
LI_FLOWS = [(0, 0, 10), (1, 0, 6), (1, 3, 4), (2, 3, 3), (2, 0, 2), (3, 0, 4), (3, 3, 1)]


def test_li_merge():
    """Basins A = {0, 1} (hub 0) and B = {2, 3} (hub 3).
    A: residents send 10 + 6 + 4 = 20, of which 10 + 6 = 16 stay: LI = 0.8.
    B: residents send 3 + 2 + 4 + 1 = 10, of which 3 + 1 = 4 stay: LI = 0.4.
    With MIN_LI 0.5, B merges into A (adjacent; B sends 2 + 4 = 6 to A), hub 0, LI 1.
    With MIN_LI 0.4, B passes (0.4 is not below 0.4): two basins."""
    _, adjacency = strip(4)
    matrix = flows(4, LI_FLOWS)
    two = dartmouth_basins(matrix, adjacency, np.ones(4), min_li=0.4)
    assert grouped(two.labels) == [(0, 1), (2, 3)]
    table = basin_indicators(two.labels, np.ones(4), matrix)
    assert table["li"].tolist() == [0.8, 0.4]
    one = dartmouth_basins(matrix, adjacency, np.ones(4), min_li=0.5)
    assert one.labels.tolist() == [0, 0, 0, 0] and one.hub_unit.tolist() == [0]
    assert one.failing.tolist() == []


def test_population_merge_repeats_until_all_pass():
    """Units 0..3 each their own hub (self flows, LI 1), populations 100, 10, 10, 100, minimum 50.
    Round 1, weakest first (equal: smaller id): 1 has no flows out, so it joins the neighbour
    sharing most border, a tie between 0 and 2 → 0. 2 targets 1, which is merging away: it waits.
    Round 2: {0,1} (110), {2} (10) joins the tie {0,1} vs {3} → {0,1}. Result {0,1,2}, {3}.
    If 2 sends a flow to 3, it joins 3 instead."""
    _, adjacency = strip(4)
    population = np.array([100.0, 10.0, 10.0, 100.0])
    base = [(0, 0, 5), (1, 1, 5), (2, 2, 5), (3, 3, 5)]
    result = dartmouth_basins(flows(4, base), adjacency, population, min_li=0, min_population=50)
    assert grouped(result.labels) == [(0, 1, 2), (3,)]
    assert sorted(result.hub_unit.tolist()) == [0, 3]
    towards_three = dartmouth_basins(
        flows(4, base + [(2, 3, 1)]), adjacency, population, min_li=0, min_population=50
    )
    assert grouped(towards_three.labels) == [(0, 1), (2, 3)]


def test_a_failing_basin_that_touches_nothing_is_reported():
    """The island 3 is its own hub with 1 inhabitant, under the minimum 5: it cannot merge."""
    _, adjacency = strip(3, island=True)
    matrix = flows(4, [(0, 0, 5), (1, 0, 5), (2, 0, 5), (3, 3, 5)])
    result = dartmouth_basins(matrix, adjacency, np.array([5.0, 5, 5, 1]), min_li=0, min_population=5)
    assert result.labels.tolist() == [0, 0, 0, 1]
    assert result.failing.tolist() == [1]
    assert result.warnings[-1].ids == [3]


def test_within_each_country_the_cross_border_flows_are_ignored():
    """Strip FR FR BE BE; unit 2 (BE) sends 5 to hub 1 (FR) and 3 to hub 3 (BE). Across the
    border it joins hub 1; within countries it joins hub 3."""
    _, adjacency = strip(4)
    matrix = flows(4, [(0, 1, 5), (1, 1, 5), (2, 1, 5), (2, 3, 3), (3, 3, 5)])
    country = ["FR", "FR", "BE", "BE"]
    across = dartmouth_basins(matrix, adjacency, np.ones(4), min_li=0, country=country)
    assert grouped(across.labels) == [(0, 1, 2), (3,)]
    within = dartmouth_basins(
        matrix, adjacency, np.ones(4), min_li=0, country=country, allow_cross_border=False
    )
    assert grouped(within.labels) == [(0, 1), (2, 3)]


def test_dartmouth_on_random_grids_gives_contiguous_passing_basins():
    for seed in range(5):
        _, adjacency, matrix = gravity_grid(8, seed)
        result = dartmouth_basins(matrix, adjacency, np.ones(64), min_li=0.5)
        assert (result.labels >= 0).all()
        assert_contiguous(result.labels, adjacency)
        table = basin_indicators(result.labels, np.ones(64), matrix)
        assert result.failing.tolist() == []  # on a grid every basin has a neighbour
        assert (table["li"] >= 0.5).all()
        hubs = result.hub_unit
        assert (result.labels[hubs] == np.arange(len(hubs))).all()


# --- Louvain -------------------------------------------------------------------------------
def test_louvain_finds_two_obvious_communities():
    """{0,1,2} and {3,4,5} exchange 10 between neighbours inside, 1 across (2↔3)."""
    _, adjacency = strip(6)
    inside = [(a, b, 10) for a, b in [(0, 1), (1, 0), (1, 2), (2, 1), (0, 2), (3, 4), (4, 3), (4, 5), (5, 4)]]
    matrix = flows(6, inside + [(2, 3, 1)])
    result = louvain_basins(matrix, adjacency, seed=3)
    assert grouped(result.labels) == [(0, 1, 2), (3, 4, 5)]
    assert result.modularity == pytest.approx(modularity(matrix, result.labels))
    assert result.modularity > 0.4


def test_louvain_does_not_join_units_that_do_not_touch():
    """Units 0 and 2 exchange 100 but do not touch; unit 1 between them has no flows. Without
    the constraint they would form one community; here they stay apart (1 joins one of them).
    When 1 also exchanges flows with both, the three form one basin through it."""
    _, adjacency = strip(3)
    apart = louvain_basins(flows(3, [(0, 2, 100), (2, 0, 100)]), adjacency)
    assert apart.labels[0] != apart.labels[2]
    assert_contiguous(apart.labels, adjacency)
    through = louvain_basins(flows(3, [(0, 2, 100), (2, 0, 100), (0, 1, 50), (1, 2, 50)]), adjacency)
    assert through.labels.tolist() == [0, 0, 0]


def test_louvain_is_deterministic_and_contiguous():
    _, adjacency, matrix = gravity_grid(10, 1)
    first = louvain_basins(matrix, adjacency, seed=42)
    again = louvain_basins(matrix, adjacency, seed=42)
    assert first.labels.tolist() == again.labels.tolist()
    for seed in (0, 1, 2):
        result = louvain_basins(matrix, adjacency, seed=seed, resolution=1.0)
        assert_contiguous(result.labels, adjacency)
        assert result.modularity > 0.3


def test_louvain_resolution_makes_more_basins():
    _, adjacency, matrix = gravity_grid(10, 2)
    coarse = louvain_basins(matrix, adjacency, resolution=0.5)
    fine = louvain_basins(matrix, adjacency, resolution=3.0)
    assert fine.n_basins > coarse.n_basins


def test_louvain_within_each_country():
    _, adjacency, matrix = gravity_grid(6, 3)
    country = np.where(np.arange(36) % 6 < 3, "FR", "BE")
    result = louvain_basins(matrix, adjacency, country=country, allow_cross_border=False)
    for b in np.unique(result.labels):
        assert len(set(country[result.labels == b])) == 1


# --- modularity against networkx -----------------------------------------------------------
def test_modularity_matches_networkx():
    """Edge {i, j} weighs F_ij + F_ji, loop {i} weighs F_ii (a self-flow)."""
    rng = np.random.default_rng(5)
    n = 12
    dense = rng.integers(0, 4, size=(n, n)) * (rng.random((n, n)) < 0.4)
    matrix = sp.csr_matrix(dense.astype(float))
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    for i in range(n):
        for j in range(i, n):
            w = dense[i, j] + dense[j, i] if i != j else dense[i, i]
            if w:
                graph.add_edge(i, j, weight=float(w))
    for resolution in (0.5, 1.0, 2.0):
        labels = rng.integers(0, 3, n)
        communities = [set(np.flatnonzero(labels == c).tolist()) for c in np.unique(labels)]
        expected = nx.community.modularity(graph, communities, weight="weight", resolution=resolution)
        assert modularity(matrix, labels, resolution) == pytest.approx(expected)


# --- proximity -----------------------------------------------------------------------------
def _line_costs(n_units, hub_positions):
    """Cost = distance along a line between unit i and the hub at position p."""
    o, d = np.meshgrid(np.arange(n_units), np.arange(len(hub_positions)), indexing="ij")
    cost = np.abs(o - np.asarray(hub_positions)[d]).astype(float)
    return o.ravel(), d.ravel(), cost.ravel()


def test_nearest_hub_with_a_tie_to_the_smaller_hub():
    """Units 0..4, hubs at 0 and 4: unit 2 is 2 from both and goes to hub 0."""
    o, d, c = _line_costs(5, [0, 4])
    result = proximity_basins(o, d, c, 5, 2, hub_units=[0, 4])
    assert result.labels.tolist() == [0, 0, 0, 1, 1]
    assert result.hub.tolist() == [0, 1] and result.hub_unit.tolist() == [0, 4]


def test_huff_on_two_symmetric_hubs():
    """Equal supply, power decay: P is symmetric; the middle unit has P = 0.5 for both."""
    o, d, c = _line_costs(5, [0, 4])
    result = proximity_basins(o, d, c, 5, 2, method="huff")
    assert result.labels.tolist() == [0, 0, 0, 1, 1]
    # unit 1: f = 1^-2 = 1 and 3^-2 = 1/9 → P = 1 / (1 + 1/9) = 0.9
    assert result.probability.tolist() == pytest.approx([1 / (1 + 1 / 16), 0.9, 0.5, 0.9, 1 / (1 + 1 / 16)])


def test_huff_supply_moves_the_boundary():
    """Supplies 1 and 3, beta 2. Unit 1: 1·1⁻² = 1 vs 3·3⁻² = 1/3 → hub 0, P = 0.75.
    Unit 2: 1/4 vs 3/4 → hub 1, P = 0.75. Unit 0 (cost 0 raised to 1): 1 vs 3/16 → P = 16/19."""
    o, d, c = _line_costs(5, [0, 4])
    result = proximity_basins(o, d, c, 5, 2, method="huff", supply=[1.0, 3.0], beta=2.0)
    assert result.labels.tolist() == [0, 0, 1, 1, 1]
    assert result.probability[:3].tolist() == pytest.approx([16 / 19, 0.75, 0.75])


def test_huff_exponential_decay():
    """f = exp(-ln2·c) = 2^-c. Unit 1: 2^-1 vs 2^-3 → P = 0.5 / 0.625 = 0.8."""
    o, d, c = _line_costs(5, [0, 4])
    result = proximity_basins(o, d, c, 5, 2, method="huff", decay="exponential", beta=np.log(2))
    assert result.probability[1] == pytest.approx(0.8)


def test_proximity_within_each_country_and_unreachable_units():
    """Unit 2 (BE) is nearer hub 0 (FR) by a tie; within countries it goes to hub 1 (BE).
    Unit 4 has no finite cost: no basin, a counted warning."""
    o, d, c = _line_costs(5, [0, 4])
    c[(o == 4)] = np.inf
    result = proximity_basins(
        o, d, c, 5, 2, unit_country=["FR", "FR", "BE", "BE", "BE"], hub_country=["FR", "BE"],
        allow_cross_border=False, ids=list("abcde"),
    )
    assert result.labels.tolist() == [0, 0, 1, 1, -1]
    assert result.warnings[0].ids == ["e"]


def test_proximity_bad_input():
    o, d, c = _line_costs(3, [0])
    with pytest.raises(InputError, match="'cost'.*1 negative"):
        proximity_basins(o, d, np.r_[c[:-1], -1.0], 3, 1)
    with pytest.raises(InputError, match="destination"):
        proximity_basins(o, d + 1, c, 3, 1)
    with pytest.raises(InputError, match="'supply'"):
        proximity_basins(o, d, c, 3, 1, method="huff", supply=[-1.0])
    with pytest.raises(InputError, match="method"):
        proximity_basins(o, d, c, 3, 1, method="gravity")
    with pytest.raises(InputError, match="country"):
        proximity_basins(o, d, c, 3, 1, allow_cross_border=False)


# --- indicators ----------------------------------------------------------------------------
def test_indicators_hand_computed():
    """Strip FR FR BE BE, basins {0,1} and {2,3}, flows of LI_FLOWS.
    Basin 0: out 20, inside 16 → LI 0.8; received 10 + 6 + 2 + 4 = 22 → MSI 16/22;
    cross-border (1→3: 4) → 0.2. Basin 1: out 10, inside 4 → LI 0.4, received 4 + 3 + 1 = 8
    → MSI 0.5; cross-border 2 + 4 = 6 → 0.6. Compactness of a 2×1 rectangle: 6 / (3.54·√2).
    Travel cost |i − j| known for pairs from units 0 and 1 only: basin 0's mean time is
    (10·0 + 6·1 + 4·2) / 20 = 0.7; basin 1 has no known cost."""
    geoms, _ = strip(4)
    matrix = flows(4, LI_FLOWS)
    labels = np.array([0, 0, 1, 1])
    o, d = np.repeat([0, 1], 4), np.tile(np.arange(4), 2)
    table = basin_indicators(
        labels, np.array([10.0, 20, 30, 40]), matrix, country=["FR", "FR", "BE", "BE"],
        geometries=geoms, travel_cost=(o, d, np.abs(o - d).astype(float)),
    )
    assert table["population"].tolist() == [30, 70] and table["n_units"].tolist() == [2, 2]
    assert table["li"].tolist() == pytest.approx([0.8, 0.4])
    assert table["msi"].tolist() == pytest.approx([16 / 22, 0.5])
    assert table["cross_border_share"].tolist() == pytest.approx([0.2, 0.6])
    assert table["compactness"].tolist() == pytest.approx([6 / (3.54 * np.sqrt(2))] * 2)
    assert table["mean_travel_time"][0] == pytest.approx(0.7) and np.isnan(table["mean_travel_time"][1])
    assert table["travel_time_coverage"].tolist()[0] == 1.0


def test_indicators_match_brute_force():
    _, _, matrix = gravity_grid(6, 4)
    rng = np.random.default_rng(4)
    labels = rng.integers(0, 5, 36)
    country = np.where(np.arange(36) < 18, "FR", "BE")
    table = basin_indicators(labels, np.ones(36), matrix, country=country)
    dense = matrix.toarray()
    for b in range(5):
        mine = labels == b
        out = dense[mine].sum()
        assert table["li"][b] == pytest.approx(dense[np.ix_(mine, mine)].sum() / out)
        assert table["msi"][b] == pytest.approx(dense[np.ix_(mine, mine)].sum() / dense[:, mine].sum())
        other = country[:, None] != country[None, :]
        assert table["cross_border_share"][b] == pytest.approx((dense * other)[mine].sum() / out)


# --- bad input -----------------------------------------------------------------------------
def test_flows_with_unknown_unit_ids():
    with pytest.raises(InputError) as error:
        flow_indices(["FR:1", "BE:2"], ["FR:1", "FR:9", "FR:9", "BE:7"], ["BE:2"] * 4, origin_field="from")
    assert "'from'" in str(error.value) and "2 flow id(s)" in str(error.value)
    assert error.value.offending_ids == ["FR:9", "BE:7"]
    with pytest.raises(InputError, match="'dest_id'.*X"):
        flow_indices(["FR:1"], ["FR:1"], ["X"])
    origin, dest = flow_indices(["FR:1", "BE:2"], ["BE:2", "FR:1"], ["FR:1", "FR:1"])
    assert origin.tolist() == [1, 0] and dest.tolist() == [0, 0]


def test_negative_or_missing_volumes():
    with pytest.raises(InputError) as error:
        flow_matrix(
            [0, 1, 1], [1, 0, 0], [1.0, -2.0, -1.0], 2, row_ids=["r1", "r2", "r3"], volume_field="stays"
        )
    assert "'stays'" in str(error.value) and "2 negative" in str(error.value) and "r2, r3" in str(error.value)
    with pytest.raises(InputError, match="'patients'.*non-numeric"):
        flow_matrix([0], [1], [np.nan], 2)


def test_flow_positions_outside_the_units():
    with pytest.raises(InputError, match="destination.*7"):
        flow_matrix([0, 1], [1, 5], [1.0, 1.0], 2, row_ids=[6, 7])


def test_duplicate_flow_rows_are_summed():
    matrix = flow_matrix([0, 0, 1], [1, 1, 0], [1.0, 2.5, 0.0], 2)
    assert matrix.toarray().tolist() == [[0.0, 3.5], [0.0, 0.0]]


def test_shapes_and_missing_country():
    _, adjacency = strip(3)
    with pytest.raises(InputError, match="units × units"):
        dartmouth_basins(sp.csr_matrix((4, 4)), adjacency, np.ones(3))
    with pytest.raises(InputError, match="country"):
        louvain_basins(sp.csr_matrix((3, 3)), adjacency, allow_cross_border=False)


def test_no_flows_at_all_does_not_crash():
    _, adjacency = strip(3)
    result = louvain_basins(sp.csr_matrix((3, 3)), adjacency)
    assert len(result.labels) == 3 and np.isnan(result.modularity)
    dart = dartmouth_basins(sp.csr_matrix((3, 3)), adjacency, np.ones(3), min_li=0)
    assert dart.labels.tolist() == [0, 0, 0] and dart.hub_unit.tolist() == [-1]


def test_compactness_from_already_dissolved_basins_equals_the_union_of_the_units():
    """A caller that dissolved the basins gets the same compactness without a second union:
    basin 0 = a 2×1 rectangle → 6 / (3.54·√2); basin 1 = one unit square → 4 / 3.54."""
    from shapely.ops import unary_union

    geometries = [box(0, 0, 1, 1), box(1, 0, 2, 1), box(2, 0, 3, 1)]
    labels = np.array([0, 0, 1])
    population = np.ones(3)
    by_units = basin_indicators(labels, population, geometries=geometries)
    dissolved = {0: unary_union(geometries[:2]), 1: geometries[2]}
    by_basins = basin_indicators(labels, population, dissolved=dissolved)
    expected = [6 / (3.54 * np.sqrt(2)), 4 / 3.54]
    np.testing.assert_allclose(by_units["compactness"], expected)
    np.testing.assert_allclose(by_basins["compactness"], expected)
