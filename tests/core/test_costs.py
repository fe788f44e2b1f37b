"""Travel costs: straight line, road network and OD table, against brute force and hand cases."""

import math

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, MultiLineString

from zoast_plugin.core.costs import (
    DEFAULT_DETOUR,
    DEFAULT_SPEED_KMH,
    IMPLAUSIBLE_SPEED_KMH,
    CostPairs,
    RoadNetwork,
    _line_parts,
    _search_areas,
    implausible_speeds,
    iter_blocks,
    iter_network_pairs,
    iter_straight_line_pairs,
    network_pairs,
    search_radius_m,
    straight_line_pairs,
    table_pairs,
)
from zoast_plugin.core.errors import Cancelled, InputError


def as_dict(pairs: CostPairs) -> dict:
    return {(int(o), int(d)): float(c) for o, d, c in zip(pairs.origin, pairs.dest, pairs.cost)}


def assert_same_pairs(pairs: CostPairs, expected: dict) -> None:
    got = as_dict(pairs)
    assert len(got) == len(pairs), "pairs must be unique"
    assert set(got) == set(expected)
    for key, cost in expected.items():
        assert got[key] == pytest.approx(cost, rel=1e-9, abs=1e-12), key


def cancel_at_second_call():
    calls = []

    def progress(fraction):
        calls.append(fraction)
        if len(calls) == 2:
            raise Cancelled()

    return progress, calls


# --- CostPairs ------------------------------------------------------------------


def test_zero_cost_pair_survives_in_sparse_and_frame():
    pairs = CostPairs([0, 1, 1], [1, 0, 2], [0.0, 5.0, 7.5], 2, 3)
    matrix = pairs.to_sparse()
    assert matrix.shape == (2, 3)
    assert matrix.nnz == 3  # the 0-minute pair is a stored entry, not "no pair"
    row0 = matrix.getrow(0)
    assert list(row0.indices) == [1] and list(row0.data) == [0.0]
    assert matrix[1, 2] == 7.5
    frame = pairs.to_frame(["FR:1", "BE:2"], ["s0", "s1", "s2"])
    assert list(frame.columns) == ["origin_id", "dest_id", "cost"]
    assert frame.values.tolist() == [["FR:1", "s1", 0.0], ["BE:2", "s0", 5.0], ["BE:2", "s2", 7.5]]
    assert pairs.origin.dtype == np.int32 and pairs.cost.dtype == np.float64


def test_pairs_reject_out_of_range_indices():
    with pytest.raises(ValueError):
        CostPairs([0, 2], [0, 0], [1.0, 1.0], 2, 1)


# --- straight line ---------------------------------------------------------------


@pytest.mark.parametrize("block", [1, 7, 2000])
def test_straight_line_matches_brute_force(block):
    rng = np.random.default_rng(4)
    units = rng.uniform(0, 30_000, (40, 2))
    supply = rng.uniform(0, 30_000, (25, 2))
    supply[3] = units[5]  # a practice at the unit's point: cost 0
    speed, detour, cut = 45.0, 1.25, 20.0
    expected = {}
    for i in range(40):
        for j in range(25):
            minutes = math.dist(units[i], supply[j]) * detour / (speed * 1000 / 60)
            if minutes <= cut:
                expected[(i, j)] = minutes
    pairs = straight_line_pairs(units, supply, cut, speed_kmh=speed, detour=detour, origin_block=block)
    assert 0 < len(expected) < 40 * 25  # the cut-off bites
    assert_same_pairs(pairs, expected)
    assert as_dict(pairs)[(5, 3)] == 0.0
    assert pairs.to_sparse().nnz == len(expected)


def test_straight_line_defaults_and_stream():
    units = np.array([[0.0, 0.0], [100_000.0, 0.0]])
    supply = np.array([[10_000.0, 0.0], [0.0, 30_000.0]])
    # 10 km × 1.3 / 60 km/h = 13 min; 30 km → 39 min.
    assert DEFAULT_SPEED_KMH == 60 and DEFAULT_DETOUR == 1.3
    pairs = straight_line_pairs(units, supply, 30)
    assert_same_pairs(pairs, {(0, 0): 13.0})
    blocks = list(iter_straight_line_pairs(units, supply, 39, origin_block=1))
    assert len(blocks) == 2
    assert_same_pairs(CostPairs.concat(blocks, 2, 2), {(0, 0): 13.0, (0, 1): 39.0})


def test_straight_line_empty_when_cut_off_too_small():
    pairs = straight_line_pairs([[0, 0]], [[5000, 0]], 1.0)
    assert len(pairs) == 0 and pairs.n_origins == 1 and pairs.n_destinations == 1


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"max_cost_min": 0}, "MAX_COST"),
        ({"max_cost_min": float("nan")}, "MAX_COST"),
        ({"max_cost_min": 10, "speed_kmh": -5}, "SPEED_KMH"),
        ({"max_cost_min": 10, "detour": 0.8}, "DETOUR"),
    ],
)
def test_straight_line_bad_parameters(kwargs, field):
    with pytest.raises(InputError) as error:
        straight_line_pairs([[0, 0]], [[1, 1]], **kwargs)
    assert error.value.values["field"] == field
    assert field in str(error.value)


def test_straight_line_missing_coordinates_named():
    with pytest.raises(InputError) as error:
        straight_line_pairs([[0, 0], [np.nan, 1], [2, 2], [3, np.inf]], [[1, 1]], 10)
    assert error.value.values["what"] == "UNITS"
    assert error.value.offending_ids == [2, 4]  # rows counted from 1, as in the attribute table
    assert "2 point(s)" in str(error.value) and "2, 4" in str(error.value)


def test_straight_line_cancel_stops():
    progress, calls = cancel_at_second_call()
    rng = np.random.default_rng(0)
    with pytest.raises(Cancelled):
        straight_line_pairs(
            rng.uniform(0, 1e4, (50, 2)), rng.uniform(0, 1e4, (50, 2)), 30, progress=progress, origin_block=10
        )
    assert len(calls) == 2  # stopped at the first block, not after all five


# --- road network ---------------------------------------------------------------


def small_network():
    """A (0,0) — B (1000,0) — C (2000,0) straight road at 60 km/h (1 min a km), and a
    fast bypass A — D (1000,1000) — C at 120 km/h along 2 × 1414.2 m (1.414 min);
    E (5000,0) hangs off C by a 30 km/h road of 3 km (6 min)."""
    lines = [
        np.array([[0, 0], [1000, 0], [2000, 0]]),
        np.array([[0, 0], [1000, 1000], [2000, 0]]),
        np.array([[2000, 0], [5000, 0]]),
    ]
    return RoadNetwork.from_lines(lines, speed_kmh=[60, 120, 30])


def test_network_known_shortest_times_with_access_legs():
    network = small_network()
    assert network.n_nodes == 5 and network.n_edges == 10
    # The unit is 50 m from A (0.2 min at 15 km/h). Supply: 100 m from C (0.4 min),
    # at B exactly, 25 m from E (0.1 min).
    unit = [[0, 50]]
    supply = [[2000, -100], [1000, 0], [5025, 0]]
    bypass = 2 * math.hypot(1000, 1000) / 2000  # minutes at 120 km/h (2000 m/min)
    expected = {
        (0, 0): 0.2 + bypass + 0.4,  # via D, faster than 2 min via B
        (0, 1): 0.2 + 1.0,
        (0, 2): 0.2 + bypass + 6.0 + 0.1,
    }
    assert_same_pairs(network_pairs(network, unit, supply, 60), expected)
    # A 5-minute cut-off keeps C and B and leaves E (7.7 min) out.
    cut = network_pairs(network, unit, supply, 5)
    assert_same_pairs(cut, {k: v for k, v in expected.items() if k != (0, 2)})
    # An access speed of 30 km/h halves the access legs.
    fast = network_pairs(network, unit, supply, 60, access_speed_kmh=30)
    assert as_dict(fast)[(0, 1)] == pytest.approx(0.1 + 1.0, rel=1e-12)


def test_network_oneway_parallel_edges_and_minutes():
    # A-B twice (5 and 2 minutes: the faster is kept), B-C one way only (3 min).
    lines = [
        np.array([[0, 0], [1000, 0]]),
        np.array([[0, 0], [500, 0.2], [1000, 0]]),  # two segments of equal length
        np.array([[1000, 0], [3000, 0]]),
    ]
    network = RoadNetwork.from_lines(lines, minutes=[5, 2, 3], oneway=[False, False, True])
    a, c = [[0, 0]], [[3000, 0]]
    assert_same_pairs(network_pairs(network, a, c, 60), {(0, 0): 5.0})  # 2 + 3
    assert len(network_pairs(network, c, a, 60)) == 0  # against the one-way road
    # Minutes are spread over segments by length: half of line 1 costs half its 2 minutes.
    mid = network_pairs(network, a, [[500, 0.2]], 60)
    assert as_dict(mid)[(0, 0)] == pytest.approx(1.0, rel=1e-12)


def test_network_snaps_close_vertices_and_reads_shapely():
    lines = [
        LineString([(0, 0), (1000, 0)]),
        MultiLineString([[(1000.2, 0.1), (2000, 0)], [(5000, 5000), (6000, 5000)]]),
        None,
    ]
    network = RoadNetwork.from_lines(lines, speed_kmh=60, line_ids=["r1", "r2", "r3"])
    assert network.n_nodes == 5  # (1000, 0) and (1000.2, 0.1) are one node within 0.5 m
    assert network.skipped_lines == ["r3"]
    pairs = network_pairs(network, [[0, 0]], [[2000, 0], [6000, 5000]], 60)
    segment = math.hypot(999.8, 0.1) / 1000  # minutes of the second segment at 60 km/h
    assert_same_pairs(pairs, {(0, 0): 1.0 + segment})  # the far part is not connected


def test_line_reading_is_the_same_with_and_without_shapely_2():
    """Shapely 2 reads lines in one call; shapely 1.8 (QGIS on Debian 12) line by line."""
    lines = [
        LineString([(0, 0, 5), (1, 1, 5)]),
        None,
        MultiLineString([[(2, 2), (3, 3), (4, 3)], [(9, 9), (8, 8)]]),
        LineString(),
        LineString([(7, 7), (6, 6)]),
    ]
    by_line = _line_parts(lines, vectorised=False)
    assert by_line[0].tolist() == [[0, 0], [1, 1], [2, 2], [3, 3], [4, 3], [9, 9], [8, 8], [7, 7], [6, 6]]
    assert by_line[1].tolist() == [0, 0, 2, 2, 2, 2, 2, 4, 4]
    assert by_line[2].tolist() == [0, 0, 1, 1, 1, 2, 2, 3, 3]
    arrays = _line_parts([np.array(line.coords) if line is not None else [] for line in lines[:1]])
    assert arrays[0].tolist() == [[0, 0], [1, 1]]
    try:
        vectorised = _line_parts(lines, vectorised=True)
    except AttributeError:  # shapely 1.8: no vectorised functions
        return
    assert vectorised[0].tolist() == by_line[0].tolist()
    assert vectorised[1].tolist() == by_line[1].tolist()
    # Part numbers may differ (empty parts count or not); where a part ends may not.
    assert (np.diff(vectorised[2]) != 0).tolist() == (np.diff(by_line[2]) != 0).tolist()


@pytest.mark.parametrize("side, cut, whole", [(6, 9.0, True), (16, 3.0, False)])
def test_network_matches_floyd_warshall_on_random_grid(side, cut, whole):
    """Random grid roads (1 km apart, 80 % present) with random speeds; the oracle is
    Floyd–Warshall in plain numpy. On the 16 × 16 grid a 3-minute cut-off reaches at most
    4.5 km (90 km/h), so each search runs on its area of the grid, not the whole of it."""
    rng = np.random.default_rng(11)
    xy = np.array([(x * 1000.0, y * 1000.0) for y in range(side) for x in range(side)])
    lines, speeds = [], []
    for node in range(side * side):
        for step in (1, side):
            other = node + step
            if other < side * side and not (step == 1 and other % side == 0) and rng.random() < 0.8:
                lines.append(xy[[node, other]])
                speeds.append(rng.uniform(20, 90))
    network = RoadNetwork.from_lines(lines, speed_kmh=speeds)
    n = network.n_nodes
    times = np.full((n, n), np.inf)
    np.fill_diagonal(times, 0.0)
    node = {tuple(p): k for k, p in enumerate(network.node_xy)}
    for line, speed in zip(lines, speeds):
        u, v = node[tuple(line[0])], node[tuple(line[1])]
        times[u, v] = times[v, u] = min(times[u, v], 1000 / (speed * 1000 / 60))
    for k in range(n):
        times = np.minimum(times, times[:, k, None] + times[None, k, :])
    units = rng.uniform(-300, side * 1000 - 700, (40, 2))
    supply = rng.uniform(-300, side * 1000 - 700, (25, 2))
    access = 15 * 1000 / 60
    areas = list(_search_areas(network, np.arange(n), cut))
    assert (len(areas) == 1 and areas[0][1] is None) == whole
    expected = {}
    for i in range(40):
        ni = int(np.argmin(np.hypot(*(network.node_xy - units[i]).T)))
        for j in range(25):
            nj = int(np.argmin(np.hypot(*(network.node_xy - supply[j]).T)))
            cost = (
                math.dist(units[i], network.node_xy[ni]) / access
                + times[ni, nj]
                + math.dist(supply[j], network.node_xy[nj]) / access
            )
            if cost <= cut:
                expected[(i, j)] = cost
    assert 0 < len(expected) < 1000
    assert_same_pairs(network_pairs(network, units, supply, cut), expected)
    # Tiny blocks (one start node per Dijkstra call) give the same answer.
    assert_same_pairs(network_pairs(network, units, supply, cut, block_cells=1), expected)



def jittered_grid(side: int, seed: int = 3):
    """A side × side grid of roads 1 km apart, nodes moved by up to 300 m, speeds 50/80/110 km/h."""
    rng = np.random.default_rng(seed)
    xy = np.array([(x * 1000.0, y * 1000.0) for y in range(side) for x in range(side)])
    xy += rng.uniform(-300, 300, xy.shape)
    lines, speeds = [], []
    for node in range(side * side):
        for step in (1, side):
            other = node + step
            if other < side * side and not (step == 1 and other % side == 0):
                lines.append(xy[[node, other]])
                row = node // side if step == 1 else node % side
                speeds.append(110.0 if row % 6 == 0 else 80.0 if row % 3 == 0 else 50.0)
    return RoadNetwork.from_lines(lines, speed_kmh=speeds), rng


@pytest.mark.parametrize("cut", [6.0, 25.0])
def test_streamed_network_pairs_equal_one_block(cut):
    """Block by block (one start node per Dijkstra call, many yielded blocks) and in one
    block (all start nodes in one call) give exactly the same pairs and costs; on the
    6-minute cut-off the searches also run on areas of the grid, not the whole of it."""
    network, rng = jittered_grid(20)
    units, supply = rng.uniform(0, 19000, (150, 2)), rng.uniform(0, 19000, (90, 2))
    one_block = network_pairs(network, units, supply, cut, block_cells=10**9)
    streamed = list(iter_network_pairs(network, units, supply, cut, block_cells=1))
    assert len(streamed) > 10 and all(len(block) for block in streamed)
    assert len(one_block) > 500
    whole = CostPairs.concat(streamed, 150, 90)
    assert as_dict(whole) == as_dict(one_block)  # bit for bit
    assert len(whole) == len(one_block)



def test_routing_from_the_side_with_fewer_nodes_gives_the_same_pairs():
    """Fewer supply nodes than unit nodes: the searches run from the supply on the reversed
    network; with one-way streets the times must still be unit → supply, not back."""
    rng = np.random.default_rng(8)
    side = 12
    xy = np.array([(x * 1000.0, y * 1000.0) for y in range(side) for x in range(side)])
    lines, speeds, oneway = [], [], []
    for node in range(side * side):
        for step in (1, side):
            other = node + step
            if other < side * side and not (step == 1 and other % side == 0):
                lines.append(xy[[node, other]] if rng.random() < 0.5 else xy[[other, node]])
                speeds.append(rng.uniform(20, 90))
                oneway.append(rng.random() < 0.4)
    network = RoadNetwork.from_lines(lines, speed_kmh=speeds, oneway=oneway)
    units, supply = rng.uniform(0, 11000, (80, 2)), rng.uniform(0, 11000, (12, 2))
    forward = network_pairs(network, units, supply, 14.0, block_cells=10**9)
    streamed = list(iter_network_pairs(network, units, supply, 14.0))
    from_units = list(iter_network_pairs(network, units, supply, 14.0, from_fewer_nodes=False))
    assert len(forward) > 100
    # The same pairs; times summed along the path in the other order may differ in the last bit.
    assert_same_pairs(CostPairs.concat(streamed, 80, 12), as_dict(CostPairs.concat(from_units, 80, 12)))
    assert_same_pairs(CostPairs.concat(streamed, 80, 12), as_dict(forward))
    # One-way streets make the trip back differ: routing from the supply uses the reversed network.
    back = network_pairs(network, supply, units, 14.0)
    assert as_dict(CostPairs(back.dest, back.origin, back.cost, 80, 12)) != as_dict(forward)


def test_network_from_an_array_of_geometries():
    """Lines as read from a layer (an object array, None for a missing geometry) build the same graph."""
    shapes = np.array([LineString([(0, 0), (1000, 0)]), None, MultiLineString([[(1000, 0), (2000, 0)]])],
                      dtype=object)
    from_array = RoadNetwork.from_lines(shapes, speed_kmh=60)
    from_list = RoadNetwork.from_lines(list(shapes), speed_kmh=60)
    assert (from_array.graph != from_list.graph).nnz == 0 and from_array.n_edges == 4
    assert from_array.skipped_lines == [1]

def test_streamed_network_progress_moves_and_cancel_stops_within_a_block():
    network, rng = jittered_grid(12)
    units = rng.uniform(0, 11000, (60, 2))
    fractions = []
    list(iter_network_pairs(network, units, units, 10.0, progress=fractions.append, block_cells=1))
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions) and len(set(fractions)) > 5
    progress, calls = cancel_at_second_call()
    with pytest.raises(Cancelled):
        list(iter_network_pairs(network, units, units, 10.0, progress=progress, block_cells=1))
    assert len(calls) == 2


def test_implausible_speeds_and_search_radius():
    assert IMPLAUSIBLE_SPEED_KMH == 150.0
    assert implausible_speeds([50, 151, 150, "x", None, 1000]).tolist() == [1, 5]
    # One 1,000 km/h line among 50 km/h ones: the search radius of a 30-minute cut-off
    # goes from 25 km (50 km/h) to 500 km.
    lines = [[[0, 0], [1000, 0]], [[1000, 0], [2000, 0]]]
    slow = RoadNetwork.from_lines(lines, speed_kmh=[50, 50])
    fast = RoadNetwork.from_lines(lines, speed_kmh=[50, 1000])
    assert search_radius_m(slow, 30) == pytest.approx(25_000)
    assert search_radius_m(fast, 30) == pytest.approx(500_000)


def test_graph_building_reports_progress_and_can_be_cancelled():
    lines = [[[0, 0], [1000, 0]], [[1000, 0], [2000, 0]]]
    fractions = []
    RoadNetwork.from_lines(lines, speed_kmh=50, progress=fractions.append)
    assert fractions[0] == 0.0 and fractions[-1] == 1.0 and len(fractions) >= 4
    progress, calls = cancel_at_second_call()
    with pytest.raises(Cancelled):
        RoadNetwork.from_lines(lines, speed_kmh=50, progress=progress)


def test_iter_blocks_splits_a_table():
    pairs = CostPairs(np.arange(5), np.zeros(5, int), np.arange(5.0), 5, 1)
    blocks = list(iter_blocks(pairs, 2))
    assert [len(b) for b in blocks] == [2, 2, 1]
    assert as_dict(CostPairs.concat(blocks, 5, 1)) == as_dict(pairs)
    assert list(iter_blocks(CostPairs.empty(3, 3))) == []


def test_straight_line_dense_blocks_are_small():
    """Blocks are sized by the pairs they hold: a dense run (every origin reaches every
    destination) gives blocks of about 250,000 pairs, not 2,000 origins × all."""
    rng = np.random.default_rng(5)
    origins, dests = rng.uniform(0, 1000, (3000, 2)), rng.uniform(0, 1000, (2000, 2))
    sizes = [len(b) for b in iter_straight_line_pairs(origins, dests, 60)]
    assert sum(sizes) == 3000 * 2000
    assert max(sizes) <= 500_000

def test_network_bad_speed_named():
    with pytest.raises(InputError) as error:
        RoadNetwork.from_lines(
            [[[0, 0], [1, 0]]] * 4, speed_kmh=[50, 0, "x", -3], line_ids=["a", "b", "c", "d"], field="speed"
        )
    assert error.value.values["field"] == "speed"
    assert error.value.offending_ids == ["b", "c", "d"]
    assert "3 road line(s)" in str(error.value) and "b, c, d" in str(error.value)
    with pytest.raises(InputError) as error:
        RoadNetwork.from_lines([[[0, 0], [1, 0]]] * 2, minutes=[1, -1], field="minutes")
    assert error.value.offending_ids == [1] and "minutes" in str(error.value)


def test_network_cancel_stops():
    progress, calls = cancel_at_second_call()
    units = np.array([[0, 0], [1000, 0], [2000, 0], [5000, 0]])
    with pytest.raises(Cancelled):
        network_pairs(small_network(), units, units, 60, progress=progress, block_cells=1)
    assert len(calls) == 2


# --- OD table -------------------------------------------------------------------

UNITS = ["FR:59350", "FR:59009", "BE:57081"]
SUPPLY = ["s1", "s2"]


def od_frame(rows):
    return pd.DataFrame(rows, columns=["from", "to", "minutes"])


def test_table_pairs_maps_ids_and_cuts():
    frame = od_frame([["BE:57081", "s2", 12.5], ["FR:59350", "s1", 0], ["FR:59009", "s1", 45]])
    pairs = table_pairs(frame, UNITS, SUPPLY, "from", "to", "minutes", max_cost_min=30)
    assert_same_pairs(pairs, {(2, 1): 12.5, (0, 0): 0.0})
    assert len(table_pairs(frame, UNITS, SUPPLY, "from", "to", "minutes")) == 3


def test_table_pairs_matches_numbers_and_text():
    frame = od_frame([[59350.0, 2, 4.0], [1001, 1, 3.0]])
    pairs = table_pairs(frame, ["59350", "01001", "1001"], [1, 2], "from", "to", "minutes")
    assert_same_pairs(pairs, {(0, 1): 4.0, (2, 0): 3.0})


def test_table_pairs_unknown_ids_named():
    frame = od_frame([["FR:1", "s1", 3], ["FR:59350", "s9", 3], ["FR:2", "s1", 3], ["FR:1", "s2", 4]])
    with pytest.raises(InputError) as error:
        table_pairs(frame, UNITS, SUPPLY, "from", "to", "minutes")
    assert error.value.values["field"] == "from"
    assert error.value.offending_ids == ["FR:1", "FR:2"]
    assert "'from': 2 id(s)" in str(error.value)
    frame = od_frame([["FR:59350", "s9", 3]])
    with pytest.raises(InputError) as error:
        table_pairs(frame, UNITS, SUPPLY, "from", "to", "minutes")
    assert error.value.values["field"] == "to" and error.value.offending_ids == ["s9"]


@pytest.mark.parametrize("bad, message", [(-2, "negative"), ("abc", "non-numeric"), (None, "empty")])
def test_table_pairs_bad_costs_named(bad, message):
    frame = od_frame([["FR:59350", "s1", 3], ["BE:57081", "s2", bad]])
    with pytest.raises(InputError) as error:
        table_pairs(frame, UNITS, SUPPLY, "from", "to", "minutes")
    assert error.value.values["field"] == "minutes"
    assert error.value.offending_ids == ["BE:57081 → s2"]
    assert message in str(error.value)


def test_table_pairs_duplicates_named():
    frame = od_frame([["FR:59350", "s1", 3], ["BE:57081", "s2", 5], ["FR:59350", "s1", 4]])
    with pytest.raises(InputError) as error:
        table_pairs(frame, UNITS, SUPPLY, "from", "to", "minutes")
    assert error.value.offending_ids == ["FR:59350 → s1"]
    assert "more than once" in str(error.value) and "from, to" in str(error.value)


def test_table_pairs_missing_column_and_empty_id():
    with pytest.raises(InputError) as error:
        table_pairs(od_frame([["FR:59350", "s1", 3]]), UNITS, SUPPLY, "from", "to", "time")
    assert "time" in str(error.value)
    with pytest.raises(InputError) as error:
        table_pairs(
            od_frame([["FR:59350", "s1", 3], [None, "s1", 3]]), UNITS, SUPPLY, "from", "to", "minutes"
        )
    assert error.value.values["field"] == "from" and error.value.offending_ids == [2]  # rows from 1
