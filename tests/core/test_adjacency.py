"""Unit adjacency from polygons: hand-built grids, the tolerance, islands, a brute-force
oracle on random rectangles, cutting at the border and every bad input."""

import numpy as np
import pytest
from shapely.geometry import Polygon, box

from zoast_plugin.core.adjacency import cut_between_groups, isolated_units, unit_adjacency
from zoast_plugin.core.errors import InputError


def _pairs(matrix):
    coo = matrix.tocoo()
    return sorted((int(i), int(j)) for i, j in zip(coo.row, coo.col))


def test_grid_queen_adjacency():
    """A 2×2 grid of unit squares: every square touches every other (corners count)."""
    geoms = [box(0, 0, 1, 1), box(1, 0, 2, 1), box(0, 1, 1, 2), box(1, 1, 2, 2)]
    matrix = unit_adjacency(geoms, tolerance=0.0)
    assert matrix.dtype == bool
    assert matrix.toarray().tolist() == [
        [False, True, True, True],
        [True, False, True, True],
        [True, True, False, True],
        [True, True, True, False],
    ]


def test_tolerance_bridges_a_small_gap_only():
    """Squares 0.5 apart touch with a tolerance of 1, not with 0.1; a third far away is an island."""
    geoms = [box(0, 0, 1, 1), box(1.5, 0, 2.5, 1), box(10, 10, 11, 11)]
    assert _pairs(unit_adjacency(geoms, tolerance=1.0)) == [(0, 1), (1, 0)]
    assert _pairs(unit_adjacency(geoms, tolerance=0.1)) == []
    assert isolated_units(unit_adjacency(geoms, tolerance=1.0)).tolist() == [2]


def test_random_rectangles_match_brute_force():
    """Oracle: every pair tested with distance ≤ tolerance, on rectangles that overlap,
    touch and nearly touch."""
    rng = np.random.default_rng(7)
    corners = rng.integers(0, 40, size=(80, 2)).astype(float)
    sizes = rng.integers(1, 6, size=(80, 2)).astype(float)
    geoms = [box(x, y, x + w, y + h) for (x, y), (w, h) in zip(corners, sizes)]
    tolerance = 0.5
    expected = [
        (i, j)
        for i in range(len(geoms))
        for j in range(len(geoms))
        if i != j and geoms[i].distance(geoms[j]) <= tolerance
    ]
    matrix = unit_adjacency(geoms, tolerance=tolerance)
    assert _pairs(matrix) == expected
    assert (matrix != matrix.T).nnz == 0


def test_cut_between_groups_drops_cross_border_edges():
    """A strip FR FR BE BE: the edge between units 1 and 2 crosses the border."""
    geoms = [box(i, 0, i + 1, 1) for i in range(4)]
    cut = cut_between_groups(unit_adjacency(geoms, 0.0), ["FR", "FR", "BE", "BE"])
    assert _pairs(cut) == [(0, 1), (1, 0), (2, 3), (3, 2)]


def test_empty_input_gives_empty_matrix():
    assert unit_adjacency([]).shape == (0, 0)


def test_invalid_geometry_is_refused_with_its_id():
    bowtie = Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])
    with pytest.raises(InputError) as error:
        unit_adjacency([box(0, 0, 1, 1), bowtie, Polygon()], ids=["FR:1", "FR:2", "BE:3"], field="geom")
    message = str(error.value)
    assert "'geom'" in message and "2 empty or invalid" in message and "FR:2, BE:3" in message


def test_negative_tolerance_is_refused():
    with pytest.raises(InputError, match="tolerance"):
        unit_adjacency([box(0, 0, 1, 1)], tolerance=-1)


def test_repair_polygons_keeps_the_polygonal_parts_and_counts_the_repairs():
    """A bow tie (0 0, 2 2, 2 0, 0 2) becomes two triangles of area 1 each; valid shapes are left as they are."""
    import numpy as np
    import shapely
    from shapely.geometry import Polygon, box

    from zoast_plugin.core.adjacency import repair_polygons

    shapes = np.array([Polygon([(0, 0), (2, 2), (2, 0), (0, 2)]), box(2, 0, 3, 1)], dtype=object)
    fixed, repaired = repair_polygons(shapes)
    assert repaired.tolist() == [True, False]
    assert shapely.is_valid(fixed).all() and fixed[0].area == 2.0 and fixed[1] is shapes[1]
    assert shapely.get_type_id(fixed[0]) in (3, 6)
