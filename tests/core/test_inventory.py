"""Points → units and the per-unit inventory: exact small cases, a shapely oracle, every bad input."""

import struct

import numpy as np
import pandas as pd
import pytest
from shapely import wkb
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

import zoast_plugin.core.inventory as inv
from zoast_plugin.core.errors import Cancelled, InputError
from zoast_plugin.core.inventory import (
    NEAREST,
    UNMATCHED,
    WITHIN,
    assign_points_to_units,
    inventory,
    summarise,
)

SQUARES = [box(0, 0, 10, 10), box(10, 0, 20, 10)]
POINTS = [
    (5, 5),  # 0: inside A
    (15, 5),  # 1: inside B
    (10, 5),  # 2: on the shared edge → A (lowest index)
    (10, 10),  # 3: on the shared corner → A
    (21, 5),  # 4: 1 m east of B → B, nearest
    (-0.5, 5),  # 5: 0.5 m west of A → A, nearest
    (50, 50),  # 6: far → unmatched, 50 m from B's corner (20, 10)
    (20, 0),  # 7: B's outer corner → B, within
]


# --- assignment: hand-computed cases -----------------------------------------------------------
def test_two_squares_exactly():
    a = assign_points_to_units(POINTS, SQUARES, tolerance_m=2.0)
    assert a.unit_index.tolist() == [0, 1, 0, 0, 1, 0, -1, 1]
    assert a.how.tolist() == [WITHIN, WITHIN, WITHIN, WITHIN, NEAREST, NEAREST, UNMATCHED, WITHIN]
    assert a.distance.tolist() == [0, 0, 0, 0, 1.0, 0.5, 50.0, 0]
    assert a.unmatched.tolist() == [6]
    assert a.counts() == {"within": 5, "nearest": 2, "unmatched": 1}
    table = a.unmatched_table(point_ids=[f"p{i}" for i in range(8)])
    assert table.to_dict("records") == [{"point": "p6", "distance": 50.0}]


def test_shared_border_goes_to_the_lowest_index_whatever_the_order():
    swapped = assign_points_to_units(POINTS, SQUARES[::-1], tolerance_m=2.0)
    # Now B is unit 0: the points on the shared edge and corner go to it.
    assert swapped.unit_index.tolist() == [1, 0, 0, 0, 0, 1, -1, 0]


def test_tolerance_zero_and_a_tie_in_distance():
    a = assign_points_to_units([(21, 5), (10, 11)], SQUARES, tolerance_m=0.0)
    assert a.how.tolist() == [UNMATCHED, UNMATCHED] and a.distance.tolist() == [1.0, 1.0]
    b = assign_points_to_units([(10, 11)], SQUARES, tolerance_m=5.0)  # 1 m from both: lowest index
    assert b.unit_index.tolist() == [0] and b.how.tolist() == [NEAREST]


def test_holes_and_multipolygons():
    donut = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(4, 4), (6, 4), (6, 6), (4, 6)]])
    plug = box(4, 4, 6, 6)
    islands = MultiPolygon([box(20, 0, 22, 2), box(30, 0, 32, 2)])
    points = [(5, 5), (2, 2), (4, 5), (31, 1), (21, 1), (25, 1)]
    a = assign_points_to_units(points, [donut, plug, islands], tolerance_m=1.0)
    # (5, 5) is in the hole, so in the plug; (4, 5) on the hole's edge, shared: donut (index 0).
    assert a.unit_index.tolist() == [1, 0, 0, 2, 2, -1]
    assert a.distance[-1] == 3.0  # (25, 1) is 3 m from each island
    only_donut = assign_points_to_units([(5, 5)], [donut], tolerance_m=0.5)
    assert only_donut.how.tolist() == [UNMATCHED] and only_donut.distance.tolist() == [1.0]


def test_none_and_empty_geometries_receive_nothing():
    a = assign_points_to_units([(5, 5), (15, 5)], [None, Polygon(), *SQUARES], tolerance_m=0)
    assert a.unit_index.tolist() == [2, 3]


def test_wkb_input_any_byte_order_and_dimension_gives_the_same_result():
    reference = assign_points_to_units(POINTS, SQUARES, tolerance_m=2.0)
    big_endian = [wkb.dumps(g, big_endian=True) for g in SQUARES]
    with_z = [Polygon([(x, y, 7.0) for x, y in g.exterior.coords]) for g in SQUARES]
    iso_z = [_iso_polygon_z(g) for g in SQUARES]  # what QGIS writes for a PolygonZ
    for units in ([g.wkb for g in SQUARES], big_endian, with_z, iso_z):
        got = assign_points_to_units(POINTS, units, tolerance_m=2.0)
        assert got.unit_index.tolist() == reference.unit_index.tolist()
        assert got.distance.tolist() == reference.distance.tolist()


def _iso_polygon_z(polygon):
    coords = list(polygon.exterior.coords)
    data = struct.pack("<BII", 1, 1003, 1) + struct.pack("<I", len(coords))
    return data + b"".join(struct.pack("<ddd", x, y, 99.0) for x, y in coords)


# --- assignment: brute-force oracle -------------------------------------------------------------
def oracle(points, polygons, tolerance):
    """Shapely, pair by pair: lowest intersecting unit; else nearest within tolerance; else none."""
    index, how, distance = [], [], []
    for x, y in points:
        point = Point(x, y)
        hits = [i for i, g in enumerate(polygons) if g.intersects(point)]
        if hits:
            index.append(min(hits)), how.append(WITHIN), distance.append(0.0)
            continue
        d = np.array([g.distance(point) for g in polygons])
        best = int(np.argmin(d))  # first minimum: lowest index on ties
        if d[best] <= tolerance:
            index.append(best), how.append(NEAREST), distance.append(d[best])
        else:
            index.append(-1), how.append(UNMATCHED), distance.append(d[best])
    return np.array(index), np.array(how), np.array(distance)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_random_overlapping_units_against_shapely(seed):
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 100, (25, 2))
    polygons = [Point(c).buffer(r, 4) for c, r in zip(centres, rng.uniform(3, 15, 25))]
    polygons[3] = polygons[3].difference(Point(centres[3]).buffer(2))  # a hole
    polygons[7] = MultiPolygon([box(0, 0, 3, 3), box(50, 110, 60, 115)])
    points = np.vstack([
        rng.uniform(-20, 120, (600, 2)),
        np.asarray(polygons[0].exterior.coords)[:10],  # vertices: on the boundary
        [[1.5, 3.0], [3.0, 1.5]],  # on the edges of the multipolygon's square
    ])  # fmt: skip
    got = assign_points_to_units(points, polygons, tolerance_m=4.0)
    index, how, distance = oracle(points, polygons, 4.0)
    np.testing.assert_array_equal(got.unit_index, index)
    np.testing.assert_array_equal(got.how, how)
    np.testing.assert_allclose(got.distance, distance, rtol=0, atol=1e-9)


def test_tessellation_with_points_on_grid_lines_against_shapely():
    """Squares sharing edges, points on a lattice: many exactly on shared edges and corners."""
    squares = [box(x, y, x + 4, y + 4) for y in range(0, 20, 4) for x in range(0, 20, 4)]
    rng = np.random.default_rng(5)
    order = rng.permutation(len(squares))
    squares = [squares[i] for i in order]
    points = np.array([(x, y) for x in range(-2, 23, 1) for y in range(-2, 23, 2)], dtype=float)
    got = assign_points_to_units(points, squares, tolerance_m=1.0)
    index, how, distance = oracle(points, squares, 1.0)
    np.testing.assert_array_equal(got.unit_index, index)
    np.testing.assert_array_equal(got.how, how)
    np.testing.assert_allclose(got.distance, distance, atol=1e-12)


def test_tiny_blocks_give_the_same_result(monkeypatch):
    rng = np.random.default_rng(3)
    polygons = [Point(c).buffer(r, 3) for c, r in zip(rng.uniform(0, 50, (15, 2)), rng.uniform(2, 9, 15))]
    points = rng.uniform(-10, 60, (300, 2))
    reference = assign_points_to_units(points, polygons, tolerance_m=3.0)
    monkeypatch.setattr(inv, "EDGE_BLOCK", 7)
    monkeypatch.setattr(inv, "UNMATCHED_BLOCK", 5)
    got = assign_points_to_units(points, polygons, tolerance_m=3.0)
    np.testing.assert_array_equal(got.unit_index, reference.unit_index)
    np.testing.assert_array_equal(got.distance, reference.distance)


def test_one_huge_unit_among_small_ones():
    """The grid cell grows so a unit spanning everything does not blow up the index."""
    small = [box(x, 0, x + 1, 1) for x in range(0, 400)]
    polygons = small + [box(-1000, -1000, 1000, 1000)]
    points = [(0.5, 0.5), (399.5, 0.5), (-900, 900)]
    a = assign_points_to_units(points, polygons, tolerance_m=0)
    assert a.unit_index.tolist() == [0, 399, 400]


# --- assignment: progress and bad input ---------------------------------------------------------
def test_progress_ends_at_one_and_cancel_stops():
    seen = []
    assign_points_to_units(POINTS, SQUARES, tolerance_m=2.0, progress=seen.append)
    assert seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)

    def cancel(fraction):
        raise Cancelled()

    with pytest.raises(Cancelled):
        assign_points_to_units(POINTS, SQUARES, progress=cancel)


def test_no_points_gives_empty_arrays():
    a = assign_points_to_units(np.empty((0, 2)), SQUARES)
    assert len(a.unit_index) == len(a.how) == len(a.distance) == 0


def test_non_numeric_points_are_an_error_naming_them():
    with pytest.raises(InputError) as error:
        assign_points_to_units([(1, 1), (np.nan, 2), (3, np.inf)], SQUARES, point_ids=["a", "b", "c"])
    assert "2 point(s) with no or non-numeric coordinates, first: b, c" in str(error.value)


def test_non_polygons_are_an_error_naming_the_units():
    with pytest.raises(InputError) as error:
        assign_points_to_units([(1, 1)], [SQUARES[0], LineString([(0, 0), (1, 1)]), Point(3, 3)],
                               unit_ids=["FR:1", "FR:2", "FR:3"])  # fmt: skip
    assert "Units: 2 geometr(y/ies) are not polygons, first units: FR:2, FR:3" in str(error.value)


def test_no_polygon_at_all_is_an_error():
    with pytest.raises(InputError, match="none of the 2 unit"):
        assign_points_to_units([(1, 1)], [None, Polygon()])


@pytest.mark.parametrize("tolerance", [-1.0, np.nan, np.inf])
def test_bad_tolerance_is_an_error(tolerance):
    with pytest.raises(InputError, match="Tolerance"):
        assign_points_to_units([(1, 1)], SQUARES, tolerance_m=tolerance)


# --- inventory: hand-computed -------------------------------------------------------------------
UNIT_IDS = ["FR:59350", "BE:57081", "FR:59999"]
POPULATION = [20000, 5000, 0]
UNIT_INDEX = [0, 0, 0, 1, 1, -1]
CATEGORY = ["gp", "gp", "pharmacy", "gp", "hospital", "gp"]
CAPACITY = {"fte": [1.0, 0.5, 0.0, 2.0, 0.0, 3.0], "beds": [0, 0, 0, 0, 300, 0]}


def test_inventory_exactly():
    result = inventory(UNIT_IDS, POPULATION, UNIT_INDEX, CATEGORY, CAPACITY)
    u = result.units
    cats = ["gp", "hospital", "pharmacy", "total"]
    assert list(u.columns) == (
        ["unit_id", "population"] + ["n_" + c for c in cats] + ["fte_" + c for c in cats]
        + ["beds_" + c for c in cats] + ["d10k_" + c for c in cats] + ["d10k_fte_" + c for c in cats]
        + ["d10k_beds_" + c for c in cats]
    )  # fmt: skip
    assert u["unit_id"].tolist() == UNIT_IDS
    assert u["n_gp"].tolist() == [2, 1, 0] and u["n_gp"].dtype == np.int64
    assert u["n_hospital"].tolist() == [0, 1, 0]
    assert u["n_pharmacy"].tolist() == [1, 0, 0]
    assert u["n_total"].tolist() == [3, 2, 0]
    assert u["fte_gp"].tolist() == [1.5, 2.0, 0.0]
    assert u["fte_total"].tolist() == [1.5, 2.0, 0.0]
    assert u["beds_hospital"].tolist() == [0, 300, 0]
    # Per 10,000 inhabitants: 2 GPs for 20,000 → 1.0; 1 for 5,000 → 2.0; population 0 → NaN.
    np.testing.assert_array_equal(u["d10k_gp"], [1.0, 2.0, np.nan])
    np.testing.assert_array_equal(u["d10k_total"], [1.5, 4.0, np.nan])
    np.testing.assert_array_equal(u["d10k_fte_gp"], [0.75, 4.0, np.nan])
    np.testing.assert_array_equal(u["d10k_beds_hospital"], [0.0, 600.0, np.nan])
    assert (result.n_points, result.n_counted, result.n_unassigned) == (6, 5, 1)
    assert result.categories == ["gp", "hospital", "pharmacy"] and result.capacities == ["fte", "beds"]
    assert result.groups is None


def test_listed_categories_give_stable_columns():
    result = inventory(
        UNIT_IDS, POPULATION, UNIT_INDEX, CATEGORY, categories=["pharmacy", "gp", "hospital", "dentist"]
    )
    assert [c for c in result.units.columns if c.startswith("n_")] == [
        "n_pharmacy", "n_gp", "n_hospital", "n_dentist", "n_total"]  # fmt: skip
    assert result.units["n_dentist"].tolist() == [0, 0, 0]
    with pytest.raises(InputError) as error:
        inventory(UNIT_IDS, POPULATION, UNIT_INDEX, CATEGORY, categories=["gp"], point_ids=list("abcdef"))
    assert "Field 'category': 2 point(s) of a category not in the list, first: c, e" in str(error.value)


def test_grouped_summary_recomputes_densities():
    result = inventory(UNIT_IDS, POPULATION, UNIT_INDEX, CATEGORY, CAPACITY, group_by=["B1", "B1", None],
                       group_field="basin")  # fmt: skip
    g = result.groups
    assert g.columns[:3].tolist() == ["basin", "n_units", "population"]
    b1 = g[g["basin"] == "B1"].iloc[0]
    assert (b1["n_units"], b1["population"], b1["n_gp"], b1["n_total"], b1["fte_gp"]) == (2, 25000, 3, 5, 3.5)
    assert b1["d10k_gp"] == pytest.approx(1.2, abs=1e-15)  # 3 × 10,000 / 25,000, not the mean of 1.0 and 2.0
    assert b1["d10k_fte_gp"] == pytest.approx(1.4, abs=1e-15)
    empty_key = g[g["basin"].isna()].iloc[0]  # units with no key form a group of their own
    assert empty_key["n_units"] == 1 and empty_key["population"] == 0 and np.isnan(empty_key["d10k_gp"])
    # Group totals equal unit totals.
    assert g["n_total"].sum() == result.units["n_total"].sum() == result.n_counted
    assert g["population"].sum() == sum(POPULATION)


def test_summarise_by_another_key_from_the_units_table():
    result = inventory(UNIT_IDS, POPULATION, UNIT_INDEX, CATEGORY)
    by_country = summarise(result.units, ["FR", "BE", "FR"], "country", result.categories)
    assert by_country["country"].tolist() == ["BE", "FR"]
    assert by_country["n_gp"].tolist() == [1, 2] and by_country["population"].tolist() == [5000, 20000]
    np.testing.assert_array_equal(by_country["d10k_total"], [4.0, 1.5])


@pytest.mark.parametrize("seed", [0, 1])
def test_random_inventory_against_pandas(seed):
    rng = np.random.default_rng(seed)
    n_units, n_points = 40, 500
    population = rng.integers(0, 3000, n_units)
    index = rng.integers(-1, n_units, n_points)
    category = rng.choice(["gp", "pharmacy", "hospital"], n_points)
    fte = rng.uniform(0, 2, n_points)
    groups = rng.choice(["A", "B", "C"], n_units)
    result = inventory([f"u{i}" for i in range(n_units)], population, index, category, {"fte": fte}, groups)
    points = pd.DataFrame({"unit": index, "category": category, "fte": fte})
    points = points[points["unit"] >= 0]
    counts = pd.crosstab(points["unit"], points["category"]).reindex(range(n_units), fill_value=0)
    fte_sum = points.pivot_table("fte", "unit", "category", aggfunc="sum").reindex(range(n_units)).fillna(0)
    for c in ["gp", "pharmacy", "hospital"]:
        np.testing.assert_array_equal(result.units["n_" + c], counts[c])
        np.testing.assert_allclose(result.units["fte_" + c], fte_sum[c], atol=1e-12)
        with np.errstate(divide="ignore", invalid="ignore"):
            expected = np.where(population > 0, counts[c] * 10000 / population, np.nan)
        np.testing.assert_allclose(result.units["d10k_" + c], expected, equal_nan=True)
    assert result.units["n_total"].sum() == len(points) == n_points - np.count_nonzero(index == -1)
    by_group = points.assign(group=groups[points["unit"]]).groupby("group").size()
    assert result.groups.set_index("group")["n_total"].to_dict() == by_group.to_dict()


def test_assignment_then_inventory_totals_equal_inputs_minus_unmatched():
    rng = np.random.default_rng(9)
    squares = [box(x, y, x + 10, y + 10) for y in range(0, 50, 10) for x in range(0, 50, 10)]
    points = rng.uniform(-20, 70, (400, 2))
    category = rng.choice(["gp", "pharmacy"], 400)
    a = assign_points_to_units(points, squares, tolerance_m=5.0)
    result = inventory(range(len(squares)), np.full(len(squares), 1000), a.unit_index, category)
    assert result.units["n_total"].sum() == 400 - len(a.unmatched) == result.n_counted
    assert result.n_unassigned == len(a.unmatched) > 0
    for c in ["gp", "pharmacy"]:
        assert result.units["n_" + c].sum() == np.count_nonzero((category == c) & (a.unit_index >= 0))


# --- inventory: bad input -----------------------------------------------------------------------
def test_duplicate_unit_ids_are_an_error():
    with pytest.raises(InputError, match="Field 'unit_id'.*first: FR:1"):
        inventory(["FR:1", "FR:1"], [1, 1], [0], ["gp"])


def test_bad_population_is_an_error_naming_units():
    with pytest.raises(InputError, match="Field 'population': 1 negative value.*BE:2"):
        inventory(["FR:1", "BE:2"], [1, -5], [0], ["gp"])
    with pytest.raises(InputError, match="Field 'population': 1 empty or non-numeric.*FR:1"):
        inventory(["FR:1", "BE:2"], [None, 5], [0], ["gp"])


def test_bad_capacity_is_an_error_naming_points():
    with pytest.raises(InputError) as error:
        inventory(
            ["FR:1"], [1], [0, 0, 0], ["gp"] * 3, {"fte": [1, np.nan, -2]}, point_ids=["p1", "p2", "p3"]
        )
    assert "Field 'fte': 1 empty or non-numeric value(s), first ids: p2" in str(error.value)
    with pytest.raises(InputError, match="Field 'fte': 2 value"):
        inventory(["FR:1"], [1], [0, 0, 0], ["gp"] * 3, {"fte": [1, 2]})
    with pytest.raises(InputError, match="Field 'capacity field'"):
        inventory(["FR:1"], [1], [0], ["gp"], {"FTE": [1]})


def test_bad_unit_indices_are_an_error():
    with pytest.raises(InputError, match="Field 'unit_index': 2 point.*first: b, c"):
        inventory(["FR:1"], [1], [0, 1, -2], ["gp"] * 3, point_ids=["a", "b", "c"])
    with pytest.raises(InputError, match="whole numbers"):
        inventory(["FR:1"], [1], [0.5], ["gp"])


def test_bad_categories_are_an_error():
    with pytest.raises(InputError, match="Field 'category': 1 point.*no category, first: 1"):
        inventory(["FR:1"], [1], [0, 0], ["gp", None])
    with pytest.raises(InputError, match="not lower-case words.*'Pharmacy'"):
        inventory(["FR:1"], [1], [0], ["Pharmacy"])
    with pytest.raises(InputError, match="'total' is reserved"):
        inventory(["FR:1"], [1], [0], ["total"])
    with pytest.raises(InputError, match="Field 'category': 1 value"):
        inventory(["FR:1"], [1], [0, 0], ["gp"])


def test_colliding_field_names_are_an_error():
    # category "fte_gp" counts as d10k_fte_gp, which is also the density of capacity fte for category gp.
    with pytest.raises(InputError, match="produced twice, first: d10k_fte_gp"):
        inventory(["FR:1"], [1], [0, 0], ["gp", "fte_gp"], {"fte": [1, 1]})
