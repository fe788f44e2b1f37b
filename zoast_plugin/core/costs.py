"""Travel costs between units and supply points, as a sparse long table.

A floating catchment only needs the origin–destination pairs closer than a
cut-off, so costs are kept as a "long table" (:class:`CostPairs`): three
parallel arrays (origin index, destination index, minutes). At France scale
(35,000 communes × 100,000 practices, 30 km) that is about 27 M pairs, i.e.
16 bytes a pair (int32 + int32 + float64), about 430 MB, against 28 GB for the
dense matrix.

Three ways to build it:

* :func:`straight_line_pairs` — straight-line distance in a projected CRS,
  turned into minutes with a detour factor and a speed;
* :class:`RoadNetwork` + :func:`network_pairs` — shortest travel time on a line
  layer (bounded Dijkstra), plus an access leg from each point to its nearest
  network node;
* :func:`table_pairs` — the user's own OD table (origin, destination, minutes).

Every cut-off is inclusive: a pair is kept when ``cost <= max_cost_min``.
Indices refer to the rows of the origin (unit) and destination (supply) arrays
given by the caller; ids are attached only by :meth:`CostPairs.to_frame`.
"""

import time
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree
from shapely.geometry.base import BaseGeometry

from .errors import QT_TRANSLATE_NOOP, InputError
from .progress import ProgressCallback, report
from .validation import require_columns, require_non_negative

__all__ = [
    "DEFAULT_SPEED_KMH",
    "DEFAULT_DETOUR",
    "DEFAULT_ACCESS_SPEED_KMH",
    "DEFAULT_SNAP_M",
    "DEFAULT_ORIGIN_BLOCK",
    "DEFAULT_DIJKSTRA_CELLS",
    "CostPairs",
    "straight_line_pairs",
    "iter_straight_line_pairs",
    "RoadNetwork",
    "LineVertices",
    "network_pairs",
    "iter_network_pairs",
    "table_pairs",
    "iter_blocks",
    "IMPLAUSIBLE_SPEED_KMH",
    "implausible_speeds",
    "BLOCK_SECONDS",
]

#: Default mean car speed (km/h) for straight-line costs. No source fixes it:
#: 60 km/h is a plausible door-to-door mean on the mixed rural, peri-urban and
#: town roads of the border area (faster than towns, slower than motorways).
DEFAULT_SPEED_KMH = 60.0

#: Default detour (circuity) factor: road distance / straight-line distance.
#: Circuity factors of about 1.2–1.4 are commonly reported for road networks
#: (e.g. Ballou, Rahardja & Sakai 2002, "Selected country circuity factors for
#: road travel distance estimation", Transportation Research A 36); 1.3 is the
#: middle, not a measured value for the border area. With the default speed,
#: 1 straight-line km costs 1.3 minutes.
DEFAULT_DETOUR = 1.3

#: Default speed (km/h) of the access leg between a point and its nearest road
#: node: slow driving on the streets missing from the layer plus parking and
#: walking at both ends. 1 km of access leg costs 4 minutes.
DEFAULT_ACCESS_SPEED_KMH = 15.0

#: Default snapping tolerance (m): line vertices that round to the same cell of
#: this size become one network node. It absorbs the floating-point noise of
#: reprojection and small digitising gaps, well below the distance between two
#: real junctions. It does not repair a layer whose lines do not meet.
DEFAULT_SNAP_M = 0.5

#: Origins per KD-tree query block in :func:`straight_line_pairs`. At France
#: density (~800 supply points within 30 km) a block makes ~1.6 M pairs, i.e.
#: ~40 MB of temporaries, and a cancel is honoured within a fraction of a second.
DEFAULT_ORIGIN_BLOCK = 2000

#: Cells (origins × network nodes, float64) of one Dijkstra block in
#: :func:`network_pairs`: 8 M cells = 64 MB of distances per block.
DEFAULT_DIJKSTRA_CELLS = 8_000_000

#: Pairs per block of a long table given block by block (:func:`iter_blocks`), and
#: the most a straight-line block aims at: 250,000 pairs ≈ 4 MB of arrays, a
#: fraction of a second to write to a GeoPackage, a few seconds as QGIS features.
DEFAULT_PAIRS_PER_BLOCK = 250_000

#: Wall time (s) one block of work aims at. Blocks are resized as the run goes
#: (by the pairs or the time the last block took) so that progress moves and a
#: cancel is honoured well within a second, whatever the density of the data.
BLOCK_SECONDS = 0.25

#: Road speeds above this (km/h) are implausible for cars (the fastest French and
#: Belgian limits are 130 and 120 km/h) and are reported: one such line widens the
#: search area of every origin (see :func:`_search_areas`). A warning threshold,
#: not a limit: the speeds are used as given.
IMPLAUSIBLE_SPEED_KMH = 150.0


def _next_block(size: int, seconds: float, cap: int) -> int:
    """The size of the next block so that it takes about :data:`BLOCK_SECONDS` (at most doubling)."""
    wanted = size * BLOCK_SECONDS / max(seconds, 1e-3)
    return int(min(max(1, min(wanted, 2 * size)), cap))


def _index_dtype(n: int):
    return np.int32 if n < np.iinfo(np.int32).max else np.int64


@dataclass(frozen=True)
class CostPairs:
    """Origin–destination pairs with their cost in minutes (the long table).

    ``origin`` and ``dest`` are row indices into the origin (unit) and
    destination (supply) arrays; ``cost`` is in minutes, ≥ 0. The long arrays
    are the truth: a cost of exactly 0 (a practice inside the commune) is a
    pair like any other. Pairs are unique; their order is unspecified.
    """

    origin: np.ndarray
    dest: np.ndarray
    cost: np.ndarray
    n_origins: int
    n_destinations: int

    def __post_init__(self):
        n_o, n_d = int(self.n_origins), int(self.n_destinations)
        origin = np.asarray(self.origin, dtype=_index_dtype(n_o)).ravel()
        dest = np.asarray(self.dest, dtype=_index_dtype(n_d)).ravel()
        cost = np.asarray(self.cost, dtype=np.float64).ravel()
        if not len(origin) == len(dest) == len(cost):
            raise ValueError("origin, dest and cost must have the same length")
        if len(origin) and (origin.min() < 0 or origin.max() >= n_o or dest.min() < 0 or dest.max() >= n_d):
            raise ValueError("pair index out of range")
        for name, value in (("origin", origin), ("dest", dest), ("cost", cost)):
            object.__setattr__(self, name, value)
        object.__setattr__(self, "n_origins", n_o)
        object.__setattr__(self, "n_destinations", n_d)

    def __len__(self) -> int:
        return len(self.cost)

    @classmethod
    def empty(cls, n_origins: int, n_destinations: int) -> "CostPairs":
        return cls(np.empty(0), np.empty(0), np.empty(0), n_origins, n_destinations)

    @classmethod
    def concat(cls, blocks: Iterable["CostPairs"], n_origins: int, n_destinations: int) -> "CostPairs":
        """One table from blocks made on the same origins and destinations."""
        blocks = list(blocks)
        if not blocks:
            return cls.empty(n_origins, n_destinations)
        return cls(
            np.concatenate([b.origin for b in blocks]),
            np.concatenate([b.dest for b in blocks]),
            np.concatenate([b.cost for b in blocks]),
            n_origins,
            n_destinations,
        )

    def subset(self, keep: np.ndarray) -> "CostPairs":
        """The pairs where the boolean mask ``keep`` is true."""
        return CostPairs(
            self.origin[keep], self.dest[keep], self.cost[keep], self.n_origins, self.n_destinations
        )

    def to_sparse(self, values: Optional[np.ndarray] = None) -> sp.csr_matrix:
        """CSR matrix n_origins × n_destinations holding ``values`` (default: the costs).

        Built directly from its arrays, so every pair is a stored entry even when
        its value is 0 (``nnz == len(self)``). Do not call ``eliminate_zeros`` on
        it, and use the long arrays when zero must be told from "no pair".
        """
        values = self.cost if values is None else np.asarray(values, dtype=np.float64)
        order = np.argsort(self.origin, kind="stable")
        indptr = np.zeros(self.n_origins + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.origin, minlength=self.n_origins), out=indptr[1:])
        return sp.csr_matrix(
            (values[order], self.dest[order], indptr), shape=(self.n_origins, self.n_destinations)
        )

    def to_frame(self, origin_ids: Sequence, dest_ids: Sequence) -> pd.DataFrame:
        """The long table with ids: columns ``origin_id``, ``dest_id``, ``cost`` (minutes)."""
        return pd.DataFrame(
            {
                "origin_id": np.asarray(origin_ids)[self.origin],
                "dest_id": np.asarray(dest_ids)[self.dest],
                "cost": self.cost,
            }
        )


# --- checks ------------------------------------------------------------------


def _require_positive(value: float, field: str) -> float:
    number = float(value)
    if not np.isfinite(number) or number <= 0:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors", "Parameter '{field}': {value} is not allowed. Give a number greater than 0."
            ),
            field=field,
            value=value,
        )
    return number


def _points(xy, what: str) -> np.ndarray:
    """Coordinates as a float64 (n, 2) array; missing coordinates are an error."""
    points = np.asarray(xy, dtype=np.float64)
    if points.size == 0:
        return points.reshape(0, 2)
    if points.ndim != 2 or points.shape[1] != 2:
        raise ValueError(f"{what}: coordinates must be an (n, 2) array")
    bad = ~np.isfinite(points).all(axis=1)
    if bad.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "{what}: {count} point(s) without valid coordinates, at row(s) {ids}. "
                "Remove null or empty geometries first."
            ),
            ids=list(np.flatnonzero(bad) + 1),  # rows as in the attribute table
            what=what,
        )
    return points


# --- (a) straight line ---------------------------------------------------------


def iter_straight_line_pairs(
    origin_xy,
    dest_xy,
    max_cost_min: float,
    speed_kmh: float = DEFAULT_SPEED_KMH,
    detour: float = DEFAULT_DETOUR,
    progress: ProgressCallback = None,
    origin_block: int = DEFAULT_ORIGIN_BLOCK,
) -> Iterator[CostPairs]:
    """Yield :func:`straight_line_pairs` block by block (``origin_block`` origins each).

    For runs too big to hold every pair at once (a 200 m grid of demand
    points): the floating catchment can consume the blocks as a stream.
    """
    max_cost_min = _require_positive(max_cost_min, "MAX_COST")
    metres_per_min = _require_positive(speed_kmh, "SPEED_KMH") * 1000.0 / 60.0
    detour = _require_positive(detour, "DETOUR")
    if detour < 1:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Parameter '{field}': {value} is not allowed. "
                "Roads are never shorter than a straight line: give 1 or more."
            ),
            field="DETOUR",
            value=detour,
        )
    origins, dests = _points(origin_xy, "UNITS"), _points(dest_xy, "SUPPLY")
    n_o, n_d = len(origins), len(dests)
    report(progress, 0.0)
    if n_o == 0 or n_d == 0:
        return
    # Minutes per metre of straight line; the radius is widened by a hair so
    # the exact minute test below decides the boundary, not rounding in the tree.
    min_per_m = detour / metres_per_min
    radius = max_cost_min / min_per_m * (1 + 1e-12)
    tree = cKDTree(dests)
    # The first block is small; the next ones are sized from the pairs per origin and
    # the time seen so far, so a dense run (thousands of pairs per origin) still
    # reports and honours a cancel every fraction of a second.
    start, size = 0, min(int(origin_block), 64)
    while start < n_o:
        began = time.perf_counter()
        block = cKDTree(origins[start : start + size])
        found = block.sparse_distance_matrix(tree, radius, output_type="ndarray")
        cost = found["v"] * min_per_m
        origin = found["i"].astype(_index_dtype(n_o)) + start
        dest = found["j"].astype(_index_dtype(n_d))
        keep = cost <= max_cost_min
        if not keep.all():
            origin, dest, cost = origin[keep], dest[keep], cost[keep]
        done = min(start + size, n_o)
        by_pairs = DEFAULT_PAIRS_PER_BLOCK * size // max(len(found), 1)
        size = min(_next_block(size, time.perf_counter() - began, int(origin_block)), max(1, by_pairs))
        start = done
        yield CostPairs(origin, dest, cost, n_o, n_d)
        report(progress, done / n_o)


def straight_line_pairs(
    origin_xy,
    dest_xy,
    max_cost_min: float,
    speed_kmh: float = DEFAULT_SPEED_KMH,
    detour: float = DEFAULT_DETOUR,
    progress: ProgressCallback = None,
    origin_block: int = DEFAULT_ORIGIN_BLOCK,
) -> CostPairs:
    """Pairs within ``max_cost_min`` minutes, by straight line in a projected CRS.

    ``origin_xy`` (units) and ``dest_xy`` (supply) are (n, 2) arrays in metres.
    minutes = distance × ``detour`` / ``speed_kmh``. The origins are queried
    against a KD-tree of the destinations ``origin_block`` at a time, so the
    temporaries stay small whatever the size of the run.
    """
    n_o, n_d = len(np.asarray(origin_xy)), len(np.asarray(dest_xy))
    blocks = iter_straight_line_pairs(
        origin_xy, dest_xy, max_cost_min, speed_kmh, detour, progress, origin_block
    )
    return CostPairs.concat(blocks, n_o, n_d)


# --- (b) road network ------------------------------------------------------------


def _is_geometry(item) -> bool:
    return isinstance(item, BaseGeometry)  # shapely 1.8 and 2 geometries alike


def _line_parts(lines, vectorised: Optional[bool] = None) -> "tuple[np.ndarray, np.ndarray, np.ndarray]":
    """All vertices of all lines, and for each the index of its line and of its part.

    ``lines`` holds shapely (Multi)LineStrings (None or empty ones give no
    vertex) or (n, 2) coordinate arrays. Returns ``coords`` (m, 2),
    ``line_of_vertex`` (m,) and ``part_of_vertex`` (m,). Shapely 2 reads the
    geometries in one vectorised call; with shapely 1.8 (Debian 12's, which
    QGIS uses there) they are read line by line.
    """
    import shapely

    if isinstance(lines, np.ndarray) and lines.dtype == object and hasattr(shapely, "is_geometry"):
        items = lines  # an array of geometries as read from a layer: checked in one call
        geometries = bool(len(items)) and bool((shapely.is_geometry(items) | shapely.is_missing(items)).all())
    else:
        items = list(lines)
        geometries = bool(items) and all(item is None or _is_geometry(item) for item in items)
    if vectorised is None:
        vectorised = geometries and hasattr(shapely, "get_parts")
    if vectorised:
        array = items if isinstance(items, np.ndarray) else np.asarray(items, dtype=object)
        parts, line_of_part = shapely.get_parts(array, return_index=True)
        coords, part_of_vertex = shapely.get_coordinates(parts, return_index=True)
        return coords, line_of_part[part_of_vertex], part_of_vertex
    arrays, line_of_part = [], []
    for number, item in enumerate(items):
        if geometries:
            parts = [] if item is None or item.is_empty else list(getattr(item, "geoms", [item]))
            found = [np.asarray(part.coords, dtype=np.float64)[:, :2] for part in parts if not part.is_empty]
        elif _is_geometry(item) or item is None:
            raise ValueError("lines must be all shapely geometries or all coordinate arrays")
        else:
            vertices = np.asarray(item, dtype=np.float64)
            found = [vertices.reshape(len(vertices), -1)[:, :2]] if vertices.size else []
        arrays += found
        line_of_part += [number] * len(found)
    counts = np.array([len(a) for a in arrays], dtype=np.int64)
    coords = np.concatenate(arrays) if arrays else np.empty((0, 2))
    part_of_vertex = np.repeat(np.arange(len(arrays)), counts)
    return coords, np.asarray(line_of_part, dtype=np.int64)[part_of_vertex], part_of_vertex


@dataclass
class LineVertices:
    """The vertices of ``n_lines`` lines, already taken apart (see :func:`_line_parts`).

    ``coords`` (m, 2); ``line_of_vertex`` and ``part_of_vertex`` (m,), parts numbered
    so that consecutive vertices of one part share a number. A reader that streams a
    large layer batch by batch gives this instead of millions of geometry objects.
    :meth:`RoadNetwork.from_lines` consumes it (:meth:`release`), so that at national
    size the vertex arrays are freed as soon as the graph no longer needs them.
    """

    coords: Optional[np.ndarray]
    line_of_vertex: Optional[np.ndarray]
    part_of_vertex: Optional[np.ndarray]
    n_lines: int

    def __len__(self) -> int:
        return self.n_lines

    def release(self) -> "tuple[np.ndarray, np.ndarray, np.ndarray]":
        """The three arrays, which this object no longer holds."""
        if self.coords is None:
            raise ValueError("these line vertices were already used")
        arrays = (self.coords, self.line_of_vertex, self.part_of_vertex)
        self.coords = self.line_of_vertex = self.part_of_vertex = None
        return arrays


def _snap_nodes(coords: np.ndarray, snap_m: float) -> "tuple[np.ndarray, np.ndarray]":
    """Node index of every vertex, and node coordinates (first vertex of each cell)."""
    cells = np.floor(coords / snap_m + 0.5).astype(np.int64)
    cells -= cells.min(axis=0)
    span = cells.max(axis=0) + 1
    if span[0] * float(span[1]) < 2.0**62:
        keys = cells[:, 0] * span[1] + cells[:, 1]
        del cells  # one key per vertex is enough: at national size every array counts
        _, first, node_of_vertex = np.unique(keys, return_index=True, return_inverse=True)
    else:  # an extent too large for one int64 key at this tolerance
        _, first, node_of_vertex = np.unique(cells, axis=0, return_index=True, return_inverse=True)
    return node_of_vertex.ravel().astype(_index_dtype(len(first))), coords[first]


def _bad_line_values(values: np.ndarray, line_ids, field: str, strictly_positive: bool) -> None:
    bad = ~np.isfinite(values) | ((values <= 0) if strictly_positive else (values < 0))
    if bad.any():
        if strictly_positive:
            template = QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} road line(s) with an empty, zero or negative speed, first: {ids}. "
                "Give every line a speed in km/h greater than 0."
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} road line(s) with an empty or negative time, first: {ids}. "
                "Give every line a time in minutes of 0 or more."
            )
        raise InputError(template, ids=list(np.asarray(line_ids)[bad]), field=field)


def implausible_speeds(speed_kmh, limit_kmh: float = IMPLAUSIBLE_SPEED_KMH) -> np.ndarray:
    """Row indices of the road lines faster than ``limit_kmh`` (see :data:`IMPLAUSIBLE_SPEED_KMH`).

    ``speed_kmh`` is one speed per line (non-numeric values are left to
    :meth:`RoadNetwork.from_lines`, which refuses them).
    """
    values = pd.to_numeric(pd.Series(np.asarray(speed_kmh, dtype=object).ravel()), errors="coerce")
    return np.flatnonzero((values > limit_kmh).to_numpy())


class RoadNetwork:
    """A road graph built once: node coordinates and a CSR matrix of edge minutes.

    ``graph[u, v]`` is the time in minutes from node u to node v along one edge
    (explicit zeros are kept: scipy's csgraph reads them as zero-time edges).
    ``skipped_lines`` lists the lines that gave no edge (empty, a single vertex,
    or all vertices snapped to one node), so the caller can report them.
    """

    def __init__(self, node_xy: np.ndarray, graph: sp.csr_matrix, skipped_lines: Sequence = ()):
        self.node_xy = np.asarray(node_xy, dtype=np.float64)
        self.graph = graph
        self.skipped_lines = list(skipped_lines)
        self._tree = cKDTree(self.node_xy) if len(self.node_xy) else None
        self._max_speed = None
        self._reversed = None

    def reversed(self) -> "RoadNetwork":
        """The same network with every edge turned round (made once): its times from B to A are ours from A to B."""
        if self._reversed is None:
            other = RoadNetwork.__new__(RoadNetwork)
            other.node_xy, other.graph, other.skipped_lines = self.node_xy, self.graph.T.tocsr(), self.skipped_lines
            other._tree, other._max_speed, other._reversed = self._tree, self._max_speed, self
            self._reversed = other
        return self._reversed

    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)

    @property
    def n_edges(self) -> int:
        return int(self.graph.nnz)

    @property
    def max_speed_m_per_min(self) -> float:
        """Largest straight-line distance covered per minute along one edge.

        It bounds how far a search limited to t minutes can go (t × this speed),
        so each search can run on the part of the graph within that radius.
        Infinite when an edge between two distinct nodes takes 0 minutes.
        """
        if self._max_speed is None:
            edges = self.graph.tocoo()
            moved = np.hypot(*(self.node_xy[edges.row] - self.node_xy[edges.col]).T)
            with np.errstate(divide="ignore", invalid="ignore"):
                speed = np.where(edges.data > 0, moved / edges.data, np.where(moved > 0, np.inf, 0.0))
            self._max_speed = float(speed.max()) if len(speed) else 0.0
        return self._max_speed

    @classmethod
    def from_lines(
        cls,
        lines,
        speed_kmh=None,
        minutes=None,
        oneway=None,
        snap_m: float = DEFAULT_SNAP_M,
        line_ids: Optional[Sequence] = None,
        field: str = "SPEED_FIELD",
        progress: ProgressCallback = None,
    ) -> "RoadNetwork":
        """Build the graph from lines in a projected CRS (metres).

        Give either ``speed_kmh`` (per line, or one number) or ``minutes`` (the
        time to travel the whole line, spread over its segments in proportion
        to their length). ``oneway`` (per line, optional) marks lines travelled
        only in their digitised direction; the others go both ways. Where several
        edges join the same two nodes the fastest is kept. ``line_ids`` and
        ``field`` name the lines and the field in error messages. ``progress``
        hears each step of the build (and may cancel between them).
        """
        if (speed_kmh is None) == (minutes is None):
            raise ValueError("give exactly one of speed_kmh and minutes")
        if not isinstance(lines, LineVertices) and not (isinstance(lines, np.ndarray) and lines.dtype == object):
            lines = list(lines)
        n_lines = len(lines)
        line_ids = np.arange(n_lines) if line_ids is None else np.asarray(line_ids)
        snap_m = _require_positive(snap_m, "SNAP_M")
        given = np.asarray(speed_kmh if minutes is None else minutes)
        if given.dtype.kind not in "fiu":
            given = pd.to_numeric(pd.Series(given.astype(object).ravel()), errors="coerce").to_numpy(np.float64)
        values = given.astype(np.float64).ravel()
        if values.size == 1:  # one speed for every line
            values = np.repeat(values, n_lines)
        if len(values) != n_lines:
            raise ValueError("one speed or time per line is needed")
        _bad_line_values(values, line_ids, field, strictly_positive=minutes is None)

        report(progress, 0.0)
        if isinstance(lines, LineVertices):
            coords, line_of_vertex, part_of_vertex = lines.release()
        else:
            coords, line_of_vertex, part_of_vertex = _line_parts(lines)
        del lines  # at national size every array counts: temporaries are dropped as soon as used
        report(progress, 0.3)
        if len(coords) == 0:
            return cls(np.empty((0, 2)), sp.csr_matrix((0, 0)), skipped_lines=list(line_ids))
        node_of_vertex, node_xy = _snap_nodes(coords, snap_m)
        n_nodes = len(node_xy)
        report(progress, 0.6)

        # A segment joins two consecutive vertices of the same part.
        same_part = part_of_vertex[1:] == part_of_vertex[:-1]
        first = np.flatnonzero(same_part)
        seg_line = line_of_vertex[first]
        seg_len = np.hypot(*(coords[first + 1] - coords[first]).T)
        del coords, line_of_vertex, part_of_vertex, same_part
        if minutes is None:
            seg_min = seg_len / (values[seg_line] * 1000.0 / 60.0)
        else:
            line_len = np.bincount(seg_line, weights=seg_len, minlength=n_lines)
            line_segs = np.bincount(seg_line, minlength=n_lines)
            # Zero-length lines spread their time evenly over their segments.
            share = np.where(
                line_len[seg_line] > 0,
                seg_len / np.where(line_len > 0, line_len, 1)[seg_line],
                1.0 / np.maximum(line_segs, 1)[seg_line],
            )
            seg_min = values[seg_line] * share
        u, v = node_of_vertex[first], node_of_vertex[first + 1]
        del node_of_vertex, first, seg_len
        real = u != v  # segments inside one snapping cell are dropped
        u, v, seg_min, seg_line = u[real], v[real], seg_min[real], seg_line[real]
        del real
        skipped = np.setdiff1d(np.arange(n_lines), seg_line)

        both_ways = np.ones(len(u), bool) if oneway is None else ~np.asarray(oneway, bool).ravel()[seg_line]
        tail = np.concatenate([u, v[both_ways]])
        head = np.concatenate([v, u[both_ways]])
        minutes_of_edge = np.concatenate([seg_min, seg_min[both_ways]])
        del u, v, seg_min, seg_line, both_ways
        report(progress, 0.7)
        # Keep the fastest of parallel edges: sort by (edge, time), take the first.
        key = tail.astype(np.int64) * n_nodes + head
        del tail, head
        order = np.lexsort((minutes_of_edge, key))
        key, minutes_of_edge = key[order], minutes_of_edge[order]
        del order
        first_of_key = np.ones(len(key), bool)
        first_of_key[1:] = key[1:] != key[:-1]
        key, minutes_of_edge = key[first_of_key], minutes_of_edge[first_of_key]
        tail, head = key // n_nodes, key % n_nodes
        indptr = np.zeros(n_nodes + 1, dtype=np.int64)
        np.cumsum(np.bincount(tail, minlength=n_nodes), out=indptr[1:])
        graph = sp.csr_matrix((minutes_of_edge, head.astype(_index_dtype(n_nodes)), indptr), shape=(n_nodes, n_nodes))
        network = cls(node_xy, graph, skipped_lines=list(line_ids[skipped]))
        report(progress, 1.0)
        return network

    def snap(self, xy) -> "tuple[np.ndarray, np.ndarray]":
        """Nearest node of each point, and the straight distance to it (m)."""
        distance, node = self._tree.query(np.asarray(xy, dtype=np.float64).reshape(-1, 2))
        return node.astype(np.int64), distance


def _members_by_group(group: np.ndarray, n_groups: int) -> "tuple[np.ndarray, np.ndarray]":
    """CSR-like grouping: members sorted by group, and the start of each group."""
    order = np.argsort(group, kind="stable")
    starts = np.zeros(n_groups + 1, dtype=np.int64)
    np.cumsum(np.bincount(group, minlength=n_groups), out=starts[1:])
    return order, starts


def _expand(
    group_of_row: np.ndarray, order: np.ndarray, starts: np.ndarray
) -> "tuple[np.ndarray, np.ndarray]":
    """For each row, every member of its group: (row index repeated, member)."""
    counts = starts[group_of_row + 1] - starts[group_of_row]
    rows = np.repeat(np.arange(len(group_of_row)), counts)
    # Position of each output inside its group: 0, 1, … counts-1.
    offset = np.arange(len(rows)) - np.repeat(np.cumsum(counts) - counts, counts)
    return rows, order[starts[group_of_row][rows] + offset]


def _search_areas(network: RoadNetwork, start_nodes: np.ndarray, max_limit: float):
    """Group the start nodes by square cells of the search radius; yield (starts, area nodes).

    A search limited to t minutes stays within r = t × the network's fastest
    straight-line speed, so the starts of one cell only need the nodes within r
    of the cell: Dijkstra then works on (and fills rows of) that area, not the
    whole network. ``starts`` index ``start_nodes``; ``area nodes`` is None when
    the area would be the whole network (unbounded speed, or a radius that
    covers it).
    """
    everything = np.arange(len(start_nodes))
    radius = max(max_limit, 0.0) * network.max_speed_m_per_min
    xy = network.node_xy
    extent = float((xy.max(axis=0) - xy.min(axis=0)).max())
    if not np.isfinite(radius) or radius <= 0 or radius >= extent / 2:
        yield everything, None
        return
    cell = np.floor((xy[start_nodes] - xy.min(axis=0)) / radius).astype(np.int64)
    order = np.lexsort((cell[:, 1], cell[:, 0]))
    cell = cell[order]
    breaks = np.flatnonzero((np.diff(cell, axis=0) != 0).any(axis=1)) + 1
    for starts in np.split(order, breaks):
        low = xy[start_nodes[starts]].min(axis=0) - radius
        high = xy[start_nodes[starts]].max(axis=0) + radius
        yield starts, np.flatnonzero(((xy >= low) & (xy <= high)).all(axis=1))


def search_radius_m(network: RoadNetwork, max_cost_min: float) -> float:
    """How far (m, straight line) a search of ``max_cost_min`` minutes can reach on ``network``.

    It is the cut-off × the network's fastest straight-line speed along one edge
    (:attr:`RoadNetwork.max_speed_m_per_min`): one implausibly fast line widens
    every search, so callers log it.
    """
    return max(float(max_cost_min), 0.0) * network.max_speed_m_per_min


def iter_network_pairs(
    network: RoadNetwork,
    origin_xy,
    dest_xy,
    max_cost_min: float,
    access_speed_kmh: float = DEFAULT_ACCESS_SPEED_KMH,
    progress: ProgressCallback = None,
    block_cells: int = DEFAULT_DIJKSTRA_CELLS,
    from_fewer_nodes: bool = True,
) -> Iterator[CostPairs]:
    """Yield :func:`network_pairs` block by block: memory is bounded by a block, not the matrix.

    Each block holds the pairs of the points snapped to a few start nodes. The
    number of start nodes per Dijkstra call is capped by ``block_cells`` (the dense
    distance rows scipy returns) and adapted to the time the last call took
    (:data:`BLOCK_SECONDS`), so progress moves and a cancel stops the run within a
    fraction of a second. With ``from_fewer_nodes``, the searches start from the
    side (origins or destinations) snapped to fewer distinct nodes, on the reversed
    network when that is the destinations: one search per distinct node, the same
    pairs and times.
    """
    max_cost_min = _require_positive(max_cost_min, "MAX_COST")
    access_m_per_min = _require_positive(access_speed_kmh, "ACCESS_SPEED_KMH") * 1000.0 / 60.0
    origins, dests = _points(origin_xy, "UNITS"), _points(dest_xy, "SUPPLY")
    n_o, n_d = len(origins), len(dests)
    report(progress, 0.0)
    if n_o == 0 or n_d == 0 or network.n_nodes == 0:
        return

    o_node, o_dist = network.snap(origins)
    d_node, d_dist = network.snap(dests)
    if from_fewer_nodes and len(np.unique(d_node)) < len(np.unique(o_node)):
        for block in iter_network_pairs(network.reversed(), dests, origins, max_cost_min, access_speed_kmh,
                                        progress, block_cells, from_fewer_nodes=False):
            yield CostPairs(block.dest, block.origin, block.cost, n_o, n_d)
        return
    o_access, d_access = o_dist / access_m_per_min, d_dist / access_m_per_min
    # Origins too far from the network to reach anything are never routed.
    routed = o_access + d_access.min() <= max_cost_min
    if not routed.any():
        return
    start_nodes, o_group = np.unique(o_node[routed], return_inverse=True)
    o_order, o_starts = _members_by_group(o_group, len(start_nodes))
    routed_origins = np.flatnonzero(routed)
    # Cheapest origin access leg at each start node bounds its search.
    start_access = np.full(len(start_nodes), np.inf)
    np.minimum.at(start_access, o_group, o_access[routed])
    end_nodes, d_group = np.unique(d_node, return_inverse=True)
    d_order, d_starts = _members_by_group(d_group, len(end_nodes))
    report(progress, 0.0)

    done = 0
    per_block = 1
    for sources, nodes in _search_areas(
        network, start_nodes, max_cost_min - start_access.min() - d_access.min()
    ):
        graph = network.graph if nodes is None else network.graph[nodes][:, nodes]
        n_area = network.n_nodes if nodes is None else len(nodes)
        if nodes is None:
            local, columns = start_nodes, np.arange(len(end_nodes))
            end_local = end_nodes
        else:  # renumber the area's nodes 0…n_area-1; ends outside it are out of reach
            position = np.full(network.n_nodes, -1, dtype=np.int64)
            position[nodes] = np.arange(n_area)
            local = position[start_nodes]
            columns = np.flatnonzero(position[end_nodes] >= 0)
            end_local = position[end_nodes[columns]]
        cap = max(1, int(block_cells) // max(n_area, len(columns), 1))
        per_block = min(per_block, cap)
        first = 0
        while first < len(sources):
            block = sources[first : first + per_block]
            first += len(block)
            began = time.perf_counter()
            limit = max_cost_min - start_access[block].min() - d_access.min()
            if limit >= 0 and len(columns):
                # The limit is padded by a hair: the exact minute test below decides the boundary.
                times = dijkstra(graph, directed=True, indices=local[block], limit=limit * (1 + 1e-9) + 1e-9)
                times = times[:, end_local]
                # Node pairs worth expanding: the cheapest access legs could still fit.
                row, col = np.nonzero(times <= (max_cost_min - start_access[block])[:, None])
                node_time = times[row, col]
                del times
                # Every origin at the start node × every destination at the end node.
                k, origin = _expand(block[row], o_order, o_starts)
                k2, dest = _expand(columns[col[k]], d_order, d_starts)
                origin = routed_origins[origin[k2]]
                cost = o_access[origin] + node_time[k[k2]] + d_access[dest]
                keep = cost <= max_cost_min
                pairs = CostPairs(origin[keep], dest[keep], cost[keep], n_o, n_d)
            else:
                pairs = CostPairs.empty(n_o, n_d)
            # The next block aims at BLOCK_SECONDS of routing and about DEFAULT_PAIRS_PER_BLOCK pairs,
            # so what the consumer builds from a block (frames, rows to write) stays small too.
            by_pairs = max(1, DEFAULT_PAIRS_PER_BLOCK * len(block) // max(len(pairs), 1))
            per_block = min(_next_block(len(block), time.perf_counter() - began, cap), by_pairs)
            done += len(block)
            yield from iter_blocks(pairs)
            report(progress, done / len(start_nodes))


def network_pairs(
    network: RoadNetwork,
    origin_xy,
    dest_xy,
    max_cost_min: float,
    access_speed_kmh: float = DEFAULT_ACCESS_SPEED_KMH,
    progress: ProgressCallback = None,
    block_cells: int = DEFAULT_DIJKSTRA_CELLS,
) -> CostPairs:
    """Pairs within ``max_cost_min`` minutes over the road network.

    cost = access leg of the origin + shortest network time between the two
    nearest nodes + access leg of the destination, where an access leg is the
    straight distance to the nearest node at ``access_speed_kmh``. Dijkstra
    runs once per distinct origin node, bounded by the cut-off (``limit``), on
    the part of the network the cut-off can reach (see :func:`_search_areas`),
    in blocks of at most ``block_cells // nodes in that part`` start nodes so
    memory stays bounded. :func:`iter_network_pairs` gives the same pairs block
    by block.
    """
    n_o, n_d = len(np.asarray(origin_xy)), len(np.asarray(dest_xy))
    blocks = iter_network_pairs(network, origin_xy, dest_xy, max_cost_min, access_speed_kmh, progress, block_cells)
    return CostPairs.concat(blocks, n_o, n_d)


def iter_blocks(pairs: CostPairs, pairs_per_block: int = DEFAULT_PAIRS_PER_BLOCK) -> Iterator[CostPairs]:
    """``pairs`` as consecutive blocks of at most ``pairs_per_block`` pairs (none when empty)."""
    for start in range(0, len(pairs), max(1, int(pairs_per_block))):
        stop = start + pairs_per_block
        yield CostPairs(pairs.origin[start:stop], pairs.dest[start:stop], pairs.cost[start:stop],
                        pairs.n_origins, pairs.n_destinations)


# --- (c) the user's OD table -----------------------------------------------------


def _as_text(ids: pd.Series) -> pd.Series:
    """Ids as text; whole floats lose their ".0" (a code read as 59350.0 is "59350")."""
    if ids.dtype.kind == "f" and np.array_equal(ids, np.round(ids)):
        ids = ids.astype("int64")
    return ids.astype(str).reset_index(drop=True)


def _index_of(ids: pd.Series, known: Sequence, field: str) -> np.ndarray:
    """Row index in ``known`` of every id (compared as text); unknown ids are an error."""
    null = ids.isna().to_numpy()
    if null.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} empty id(s), at row(s) {ids}. Every row needs an id."
            ),
            ids=list(np.flatnonzero(null) + 1),  # rows as in the attribute table
            field=field,
        )
    lookup = pd.Index(_as_text(pd.Series(list(known))))
    if lookup.has_duplicates:
        raise ValueError("the layer ids must be unique")
    text = _as_text(ids)
    index = lookup.get_indexer(text)
    unknown = index < 0
    if unknown.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} id(s) of the cost table are not in the layers, first: {ids}. "
                "Use the same ids as the layers or filter the table."
            ),
            ids=list(pd.unique(text[unknown])),
            field=field,
        )
    return index


def table_pairs(
    frame: pd.DataFrame,
    origin_ids: Sequence,
    dest_ids: Sequence,
    origin_col: str,
    dest_col: str,
    cost_col: str,
    max_cost_min: Optional[float] = None,
) -> CostPairs:
    """Pairs from the user's OD table (origin id, destination id, minutes).

    Ids are matched as text to ``origin_ids`` (units, in row order) and
    ``dest_ids`` (supply), so ``59350`` matches ``"59350"``. Errors, each naming
    the field and the first ids: an empty id; an id not in the layers; an empty,
    non-numeric or negative cost; an origin–destination pair given twice (two
    times for one trip are ambiguous, so the table must be fixed, not guessed).
    Rows above ``max_cost_min`` (if given) are outside the catchment and left out.
    """
    require_columns(frame, [origin_col, dest_col, cost_col], "COSTS")
    origin = _index_of(frame[origin_col], origin_ids, origin_col)
    dest = _index_of(frame[dest_col], dest_ids, dest_col)
    n_o, n_d = len(origin_ids), len(dest_ids)

    def pair_labels(rows: np.ndarray) -> pd.Series:
        return frame[origin_col].iloc[rows].astype(str) + " → " + frame[dest_col].iloc[rows].astype(str)

    cost = pd.to_numeric(frame[cost_col], errors="coerce").to_numpy(np.float64)
    if not (np.isfinite(cost) & (cost >= 0)).all():
        require_non_negative(frame[cost_col], pair_labels(np.arange(len(frame))), cost_col)

    key = origin.astype(np.int64) * n_d + dest
    duplicated = pd.Series(key).duplicated(keep=False).to_numpy()
    if duplicated.any():
        rows = np.flatnonzero(duplicated)
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Fields '{field}': {count} origin → destination pair(s) appear more than once, first: {ids}. "
                "Keep one time per pair."
            ),
            ids=list(pd.unique(pair_labels(rows))),
            field=f"{origin_col}, {dest_col}",
        )
    keep = (
        np.ones(len(cost), bool)
        if max_cost_min is None
        else cost <= _require_positive(max_cost_min, "MAX_COST")
    )
    return CostPairs(origin[keep], dest[keep], cost[keep], n_o, n_d)
