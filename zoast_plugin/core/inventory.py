"""Supply inventory: which unit each care point lies in, and what each unit holds.

Two steps, each a public function:

1. :func:`assign_points_to_units` puts each point (establishment, GP practice…) in the
   territorial unit (commune, municipality) containing it. A point in no unit — on the
   coast, across a generalised border — goes to the nearest unit within a tolerance;
   the rest are returned as unmatched, with their distance to the nearest unit, for
   an output of their own.
2. :func:`inventory` counts the points of each category per unit, sums their capacity
   fields (FTE, beds…) and gives densities per 10,000 inhabitants; optionally the same
   per group of units (health basin, ZOAST, country).

Point in polygon is computed here with numpy rather than with shapely's STRtree, so
that it is vectorised on every shapely the plugin meets (QGIS 3.22 on Debian 12 ships
shapely 1.8, whose STRtree has no vectorised predicate query): a uniform grid over the
unit bounding boxes gives candidate (point, unit) pairs; for each pair, in blocks of
edges, a crossing-number test says inside or not and the distance to the unit's
boundary is computed exactly. Holes and multipolygons need no special case: the
crossing number over every ring is even-odd. A point on a boundary is *within* the unit
(shapely's ``intersects``); on a border shared by several units it goes to the unit
with the lowest index, so the result does not depend on the order of the edges.
"""

import itertools
import struct
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from .categories import check_category_words
from .errors import QT_TRANSLATE_NOOP, InputError
from .progress import ProgressCallback, report, sub_progress
from .validation import require_non_negative, require_unique

# Defaults no source fixes (parameters of the functions):
DEFAULT_TOLERANCE_M = 500.0  # a point this close to a unit goes to it: address geocoding and
# generalised commune outlines (e.g. IGN ADMIN EXPRESS COG CARTO) disagree by up to a few hundred metres.
BORDER_EPS_M = 1e-6  # a point this close to a boundary is on it (far below coordinate precision)
EDGE_BLOCK = 1_000_000  # (point, edge) tests per block: bounds memory (~100 MB) and spaces cancel checks
UNMATCHED_BLOCK = 2_000  # unmatched points searched at once for their nearest unit
PER_INHABITANTS = 10_000  # densities are per 10,000 inhabitants (field prefix d10k_)

# How a point was matched (Assignment.how).
WITHIN, NEAREST, UNMATCHED = 0, 1, -1
HOW_LABELS = {WITHIN: "within", NEAREST: "nearest", UNMATCHED: "unmatched"}
TOTAL = "total"  # pseudo-category of the all-categories columns (n_total…)


@dataclass
class Assignment:
    """Result of :func:`assign_points_to_units`, one entry per point.

    ``unit_index``: index of the unit in the input sequence, -1 when unmatched.
    ``how``: :data:`WITHIN` (inside or on the boundary), :data:`NEAREST` (outside every
    unit, matched to the nearest within the tolerance) or :data:`UNMATCHED`.
    ``distance``: 0 when within; else the distance (in CRS units, metres) to the
    nearest unit — the matched one for NEAREST.
    """

    unit_index: np.ndarray
    how: np.ndarray
    distance: np.ndarray

    @property
    def unmatched(self) -> np.ndarray:
        """Indices of the unmatched points."""
        return np.flatnonzero(self.how == UNMATCHED)

    def unmatched_table(self, point_ids: Optional[Sequence] = None) -> pd.DataFrame:
        """The unmatched points: ``point`` (index, or id when given) and ``distance``."""
        rows = self.unmatched
        ids = rows if point_ids is None else np.asarray(list(point_ids), dtype=object)[rows]
        return pd.DataFrame({"point": ids, "distance": self.distance[rows]})

    def counts(self) -> Dict[str, int]:
        """How many points were matched each way (for the log)."""
        return {label: int(np.count_nonzero(self.how == code)) for code, label in HOW_LABELS.items()}


@dataclass
class InventoryResult:
    """Result of :func:`inventory`.

    ``units``: one row per unit (input order): ``unit_id``, ``population``, then
    ``n_<category>`` (points), ``<capacity>_<category>`` (sum of a capacity field),
    ``d10k_<category>`` and ``d10k_<capacity>_<category>`` (per 10,000 inhabitants,
    NaN where the population is 0), each with a ``_total`` column over all categories.
    ``groups``: the same per group (with ``n_units``), densities recomputed from the
    summed population; None without ``group_by``.
    ``n_points``: points given; ``n_counted``: points in a unit; ``n_unassigned``: points
    with unit index -1 (not in any count — list them from the Assignment).
    """

    units: pd.DataFrame
    groups: Optional[pd.DataFrame]
    categories: List[str]
    capacities: List[str]
    n_points: int
    n_counted: int
    n_unassigned: int


def assign_points_to_units(
    points_xy,
    unit_polygons: Sequence,
    tolerance_m: float = DEFAULT_TOLERANCE_M,
    progress: ProgressCallback = None,
    point_ids: Optional[Sequence] = None,
    unit_ids: Optional[Sequence] = None,
    border_eps_m: float = BORDER_EPS_M,
) -> Assignment:
    """The unit containing each point; else the nearest within ``tolerance_m``; else none.

    ``points_xy``: (n, 2) coordinates, in the projected CRS of ``unit_polygons`` (a
    sequence or array of shapely Polygon/MultiPolygon; None or empty geometries never
    receive points). ``point_ids``/``unit_ids`` only name rows in error messages.
    A point inside or on the boundary of several units (a shared border) goes to the
    lowest unit index; a tie in distance to the nearest unit too.
    """
    xy = np.asarray(points_xy, dtype="float64").reshape(-1, 2)
    n = len(xy)
    bad = ~np.isfinite(xy).all(axis=1)
    if bad.any():
        ids = np.flatnonzero(bad) if point_ids is None else np.asarray(list(point_ids), dtype=object)[bad]
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Supply points: {count} point(s) with no or non-numeric coordinates, first: {ids}. "
                "Fix or filter them (they would be counted nowhere)."
            ),
            ids=list(ids),
        )
    if not np.isfinite(tolerance_m) or tolerance_m < 0:
        raise InputError(
            QT_TRANSLATE_NOOP("ZoastErrors", "Tolerance: {value} is not a distance. Give 0 or more metres."),
            value=tolerance_m,
        )
    units = _Rings.from_geometries(unit_polygons, unit_ids)
    unit_index = np.full(n, -1, dtype="int64")
    how = np.full(n, UNMATCHED, dtype="int8")
    distance = np.full(n, np.inf)
    if n == 0:
        return Assignment(unit_index, how, distance)

    # 1. Interiors: crossing-number test against the units whose box holds the point.
    p, g = units.candidates(xy, 0.0)
    report(progress, 0.05)
    inside = units.crossing_tests(xy, p, g, sub_progress(progress, 0.05, 0.5))
    lowest_inside = np.full(n, len(units.edge_count), dtype="int64")
    np.minimum.at(lowest_inside, p[inside], g[inside])
    # 2. Boundaries: a point on the boundary of a lower-index unit goes to that unit.
    check = np.flatnonzero(~inside & (g < lowest_inside[p]))
    on_border = check[
        units.distance_tests(xy, p[check], g[check], sub_progress(progress, 0.5, 0.7)) <= border_eps_m
    ]
    lowest = lowest_inside.copy()
    np.minimum.at(lowest, p[on_border], g[on_border])
    within = lowest < len(units.edge_count)
    unit_index[within] = lowest[within]
    how[within] = WITHIN
    distance[within] = 0.0
    # 3. Outside every unit: the nearest unit within the tolerance (ties: lowest index).
    rest = np.flatnonzero(~within)
    if len(rest) and tolerance_m > 0:
        p, g = units.candidates(xy[rest], tolerance_m)
        dist = units.distance_tests(xy[rest], p, g, sub_progress(progress, 0.7, 0.8))
        near = np.flatnonzero(dist <= tolerance_m)
        order = near[np.lexsort((g[near], dist[near], p[near]))]
        points, first = np.unique(p[order], return_index=True)
        unit_index[rest[points]] = g[order[first]]
        how[rest[points]] = NEAREST
        distance[rest[points]] = dist[order[first]]
    # 4. The rest: unmatched, with their distance to the nearest unit.
    rest = np.flatnonzero(how == UNMATCHED)
    distance[rest] = units.nearest_distance(xy[rest], sub_progress(progress, 0.8, 1.0))
    report(progress, 1.0)
    return Assignment(unit_index, how, distance)


class _Rings:
    """The edges of every unit's rings, grouped by unit, with the units' bounding boxes."""

    def __init__(self, ax, ay, bx, by, edge_start, edge_count):
        self.ax, self.ay, self.bx, self.by = ax, ay, bx, by
        self.edge_start, self.edge_count = edge_start, edge_count
        has = edge_count > 0
        self.units = np.flatnonzero(has)  # units with a geometry
        self.xmin = np.full(len(edge_count), np.nan)
        self.xmax, self.ymin, self.ymax = self.xmin.copy(), self.xmin.copy(), self.xmin.copy()
        starts = edge_start[has]
        # Every vertex of a ring is the start of one of its edges: the a-ends give the box.
        self.xmin[has] = np.minimum.reduceat(ax, starts)
        self.xmax[has] = np.maximum.reduceat(ax, starts)
        self.ymin[has] = np.minimum.reduceat(ay, starts)
        self.ymax[has] = np.maximum.reduceat(ay, starts)

    @classmethod
    def from_geometries(cls, geometries: Sequence, unit_ids: Optional[Sequence]) -> "_Rings":
        geometries = list(geometries)
        rings: List[np.ndarray] = []
        owner: List[int] = []
        wrong: List[int] = []
        for index, data in enumerate(_as_wkb(geometries)):
            if data is None:
                continue
            found = _wkb_rings(data)
            if found is None:
                wrong.append(index)
                continue
            rings.extend(found)
            owner.extend([index] * len(found))
        names = np.arange(len(geometries)) if unit_ids is None else np.asarray(list(unit_ids), dtype=object)
        if wrong:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Units: {count} geometr(y/ies) are not polygons, first units: {ids}. "
                    "Use a polygon layer of territorial units."
                ),
                ids=list(names[wrong]),
            )
        if not rings:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Units: none of the {units} unit(s) has a polygon. "
                    "Use a polygon layer with geometries."
                ),
                units=len(geometries),
            )
        lengths = np.array([len(r) for r in rings])
        coords = np.concatenate(rings).astype("float64", copy=False)
        # Edge i joins vertex i to vertex i+1 of the same ring: drop each ring's last vertex as a start.
        is_start = np.ones(len(coords), dtype=bool)
        is_start[np.cumsum(lengths) - 1] = False
        starts = np.flatnonzero(is_start)
        edges_per_ring = lengths - 1
        edge_count = np.bincount(np.repeat(owner, edges_per_ring), minlength=len(geometries)).astype("int64")
        edge_start = np.concatenate(([0], np.cumsum(edge_count)[:-1]))
        a, b = coords[starts], coords[starts + 1]
        return cls(a[:, 0].copy(), a[:, 1].copy(), b[:, 0].copy(), b[:, 1].copy(), edge_start, edge_count)

    def candidates(self, xy: np.ndarray, tolerance: float):
        """(point, unit) pairs whose unit box, grown by ``tolerance``, holds the point.

        A uniform grid over the grown boxes: each box is listed in the cells it
        overlaps, each point looks up its own cell. The cell starts at the median box
        size and doubles until boxes are listed in no more than about 4 cells each on
        average, so one huge unit cannot blow up the index. Pairs are sorted by point,
        then unit.
        """
        units = self.units
        x0, x1 = self.xmin[units] - tolerance, self.xmax[units] + tolerance
        y0, y1 = self.ymin[units] - tolerance, self.ymax[units] + tolerance
        ox, oy = x0.min(), y0.min()
        cell = max(float(np.median(np.maximum(x1 - x0, y1 - y0))), 1e-9)
        while True:
            ix0, ix1 = ((x0 - ox) // cell).astype("int64"), ((x1 - ox) // cell).astype("int64")
            iy0, iy1 = ((y0 - oy) // cell).astype("int64"), ((y1 - oy) // cell).astype("int64")
            per_unit = (ix1 - ix0 + 1) * (iy1 - iy0 + 1)
            if per_unit.sum() <= 4 * len(units) + 1000:
                break
            cell *= 2.0
        n_rows = int(iy1.max()) + 1
        n_cols = int(ix1.max()) + 1
        owner, local = _expand(per_unit)
        rows_k = (iy1 - iy0 + 1)[owner]
        keys = (ix0[owner] + local // rows_k) * n_rows + iy0[owner] + local % rows_k
        order = np.argsort(keys, kind="stable")  # stable: units stay in increasing order per cell
        keys, cell_units = keys[order], units[owner[order]]

        px, py = xy[:, 0], xy[:, 1]
        col = np.floor((px - ox) / cell)
        row = np.floor((py - oy) / cell)
        inside_grid = (col >= 0) & (col < n_cols) & (row >= 0) & (row < n_rows)
        point_keys = np.where(inside_grid, col * n_rows + row, -1).astype("int64")
        lo = np.searchsorted(keys, point_keys, side="left")
        hi = np.searchsorted(keys, point_keys, side="right")
        p, local = _expand(hi - lo)
        g = cell_units[lo[p] + local]
        keep = (
            (px[p] >= self.xmin[g] - tolerance)
            & (px[p] <= self.xmax[g] + tolerance)
            & (py[p] >= self.ymin[g] - tolerance)
            & (py[p] <= self.ymax[g] + tolerance)
        )
        return p[keep], g[keep]

    def _edge_blocks(self, p: np.ndarray, g: np.ndarray, progress: ProgressCallback):
        """(pair slice, point of each test, edge of each test, first test of each pair) by block.

        A block holds whole pairs up to :data:`EDGE_BLOCK` (point, edge) tests (at least one
        pair, however many edges its unit has); progress is reported between blocks.
        """
        counts = self.edge_count[g]
        ends = np.cumsum(counts)
        total = int(ends[-1]) if len(ends) else 0
        start = 0
        while start < len(p):
            stop = max(
                int(np.searchsorted(ends, ends[start] - counts[start] + EDGE_BLOCK, side="right")), start + 1
            )
            pair, local = _expand(counts[start:stop])
            edge = self.edge_start[g[start:stop]][pair] + local
            firsts = np.cumsum(counts[start:stop]) - counts[start:stop]
            yield slice(start, stop), p[start:stop][pair], edge, firsts
            report(progress, ends[stop - 1] / total)
            start = stop

    def crossing_tests(self, xy: np.ndarray, p: np.ndarray, g: np.ndarray, progress: ProgressCallback = None):
        """Whether each point p lies inside unit g: even-odd crossing number over all its rings.

        Counts the edges that straddle the horizontal line through the point and cross
        it to the point's right (half-open on y, so a vertex is counted once).
        """
        inside = np.zeros(len(p), dtype=bool)
        for block, point, edge, firsts in self._edge_blocks(p, g, progress):
            y = xy[point, 1]
            ay, by = self.ay[edge], self.by[edge]
            s = np.flatnonzero((ay > y) != (by > y))  # few edges straddle: about two per ring
            e = edge[s]
            x_cross = self.ax[e] + (y[s] - ay[s]) * (self.bx[e] - self.ax[e]) / (by[s] - ay[s])
            crossed = np.zeros(len(edge), dtype="int32")
            crossed[s] = xy[point[s], 0] < x_cross
            inside[block] = np.add.reduceat(crossed, firsts) % 2 == 1
        return inside

    def distance_tests(self, xy: np.ndarray, p: np.ndarray, g: np.ndarray, progress: ProgressCallback = None):
        """Distance from each point p to the boundary (all rings) of unit g."""
        dist = np.full(len(p), np.inf)
        for block, point, edge, firsts in self._edge_blocks(p, g, progress):
            x, y = xy[point, 0], xy[point, 1]
            ax, ay = self.ax[edge], self.ay[edge]
            dx, dy = self.bx[edge] - ax, self.by[edge] - ay
            length2 = dx * dx + dy * dy
            # Project on the segment's line, clamp to the segment, measure.
            with np.errstate(divide="ignore", invalid="ignore"):
                t = np.where(length2 > 0, ((x - ax) * dx + (y - ay) * dy) / length2, 0.0)
            np.clip(t, 0.0, 1.0, out=t)
            ex, ey = ax + t * dx - x, ay + t * dy - y
            dist[block] = np.sqrt(np.minimum.reduceat(ex * ex + ey * ey, firsts))
        return dist

    def nearest_distance(self, xy: np.ndarray, progress: ProgressCallback = None) -> np.ndarray:
        """Exact distance from each point to the nearest unit boundary.

        Edges are cut into pieces of at most ``piece``, each sampled at its middle. The
        nearest sample, at distance R, bounds the distance to the boundary from above;
        every edge within R of the point has a sample within R + piece/2, so a KD-tree
        of the samples finds all the edges that can be nearest; their exact distances
        are then compared.
        """
        out = np.full(len(xy), np.inf)
        if not len(xy):
            return out
        dx, dy = self.bx - self.ax, self.by - self.ay
        length = np.hypot(dx, dy)
        # Pieces of at most 4 median edges: one long straight edge does not widen every search.
        piece = max(4.0 * float(np.median(length)), 1e-9)
        edge, local = _expand(np.maximum(np.ceil(length / piece), 1).astype("int64"))
        share = (local + 0.5) / np.maximum(np.ceil(length / piece), 1)[edge]
        samples = cKDTree(
            np.column_stack((self.ax[edge] + share * dx[edge], self.ay[edge] + share * dy[edge])),
            balanced_tree=False,  # builds twice as fast; queries are few
            compact_nodes=False,
        )
        for start in range(0, len(xy), UNMATCHED_BLOCK):
            chunk = xy[start : start + UNMATCHED_BLOCK]
            bound, _ = samples.query(chunk)
            found = samples.query_ball_point(chunk, bound + piece / 2 + 1e-9)
            p = np.repeat(np.arange(len(chunk)), [len(f) for f in found])
            e = edge[np.fromiter(itertools.chain.from_iterable(found), dtype="int64", count=len(p))]
            t = ((chunk[p, 0] - self.ax[e]) * dx[e] + (chunk[p, 1] - self.ay[e]) * dy[e]) / np.maximum(
                length[e] ** 2, 1e-300
            )
            t = np.clip(t, 0.0, 1.0)
            d = np.hypot(self.ax[e] + t * dx[e] - chunk[p, 0], self.ay[e] + t * dy[e] - chunk[p, 1])
            best = np.full(len(chunk), np.inf)
            np.minimum.at(best, p, d)
            out[start : start + len(chunk)] = best
            report(progress, (start + len(chunk)) / len(xy))
        return out


_WKB_POLYGON, _WKB_MULTIPOLYGON, _WKB_COLLECTION = 3, 6, 7


def _as_wkb(geometries: List) -> List[Optional[bytes]]:
    """WKB of each geometry (WKB given as bytes passes through; None stays None).

    Read back with numpy, WKB is several times faster than shapely's coordinate access.
    Shapely 2 writes it in one vectorised call; shapely 1.8 through one reused writer
    (its ``.wkb`` property builds a writer per geometry, six times slower).
    """
    out: List[Optional[bytes]] = [None] * len(geometries)
    todo = []
    for i, geometry in enumerate(geometries):
        if isinstance(geometry, (bytes, bytearray, memoryview)):
            out[i] = bytes(geometry)
        elif geometry is not None:
            todo.append(i)
    if not todo:
        return out
    try:
        from shapely import to_wkb  # shapely >= 2
    except ImportError:
        from shapely.geos import WKBWriter, lgeos  # shapely 1.x

        write = WKBWriter(lgeos).write
        written = [write(geometries[i]) for i in todo]
    else:
        array = np.empty(len(todo), dtype=object)
        array[:] = [geometries[i] for i in todo]
        written = list(to_wkb(array))
    for i, data in zip(todo, written):
        out[i] = data
    return out


def _wkb_rings(data: bytes) -> Optional[List[np.ndarray]]:
    """The rings ((n, 2) arrays) of a WKB Polygon or MultiPolygon; None for other types.

    Reads ISO WKB (Z, M, ZM as type + 1000/2000/3000, what QGIS writes) and EWKB (flag
    bits, optional SRID, what GEOS/shapely write), either byte order. An empty geometry
    collection (how some writers spell "no geometry") gives no ring.
    """
    rings: List[np.ndarray] = []
    kind, parts, offset = _wkb_header(data, 0)
    if kind == _WKB_COLLECTION and parts[1] == 0:
        return rings
    if kind == _WKB_POLYGON:
        offset = _wkb_polygon(data, offset, parts, rings)
    elif kind == _WKB_MULTIPOLYGON:
        order, count = parts
        for _ in range(count):
            kind, sub, offset = _wkb_header(data, offset)
            if kind != _WKB_POLYGON:
                return None
            offset = _wkb_polygon(data, offset, sub, rings)
    else:
        return None
    return rings


def _wkb_header(data: bytes, offset: int):
    """(base type, (layout, count), offset after the header and count) of a WKB geometry."""
    order = "<" if data[offset] == 1 else ">"
    code = struct.unpack_from(order + "I", data, offset + 1)[0]
    offset += 5
    dims = 2 + bool(code & 0x80000000) + bool(code & 0x40000000)  # EWKB Z and M flags
    if code & 0x20000000:  # EWKB SRID
        offset += 4
    code &= 0x0FFFFFFF
    dims += {0: 0, 1: 1, 2: 1, 3: 2}.get(code // 1000, 0)  # ISO Z, M, ZM
    count = struct.unpack_from(order + "I", data, offset)[0]
    return code % 1000, ((order, dims), count), offset + 4


def _wkb_polygon(data: bytes, offset: int, parts, rings: List[np.ndarray]) -> int:
    (order, dims), n_rings = parts
    dtype = np.dtype(order + "f8")
    for _ in range(n_rings):
        n = struct.unpack_from(order + "I", data, offset)[0]
        ring = np.frombuffer(data, dtype=dtype, count=n * dims, offset=offset + 4).reshape(n, dims)
        if n >= 2:
            rings.append(ring[:, :2])
        offset += 4 + 8 * n * dims
    return offset


def _expand(counts: np.ndarray):
    """For counts c: (owner, local) with owner repeated c times and local = 0..c-1 each."""
    counts = np.asarray(counts, dtype="int64")
    owner = np.repeat(np.arange(len(counts)), counts)
    starts = np.cumsum(counts) - counts
    local = np.arange(len(owner), dtype="int64") - starts[owner]
    return owner, local


def inventory(
    unit_ids: Sequence,
    unit_population: Sequence,
    point_unit_index: Sequence,
    point_category: Sequence,
    point_capacity: Optional[Dict[str, Sequence]] = None,
    group_by: Optional[Sequence] = None,
    group_field: str = "group",
    categories: Optional[Sequence[str]] = None,
    point_ids: Optional[Sequence] = None,
) -> InventoryResult:
    """Per unit and per category: count, capacity sums and densities per 10,000 inhabitants.

    ``point_unit_index``: unit index of each point (from :func:`assign_points_to_units`),
    -1 for points in no unit: they are left out of every count and reported in
    ``n_unassigned``. ``point_category``: category words (see
    :func:`~.categories.check_category_words`). ``point_capacity``: capacity field name →
    one value ≥ 0 per point (``{"fte": …, "beds": …}``). ``categories``: the category
    columns to write, in this order, even when a category has no point (so that field
    names stay stable from run to run); default: the categories present, sorted; a
    point of a category not listed is an error. ``group_by``: one group key per unit
    (basin, ZOAST code, country) for the ``groups`` summary; units with no key form a
    group of their own with an empty key. ``point_ids`` only name rows in errors.
    Field names: see :class:`InventoryResult`; density = value × 10,000 / population,
    NaN where the population is 0 (a density of an empty unit means nothing).
    """
    unit_ids = pd.Series(list(unit_ids), dtype=object)
    require_unique(unit_ids, "unit_id")
    population = require_non_negative(pd.Series(list(unit_population)), unit_ids, "population")
    n_units = len(unit_ids)
    if len(population) != n_units:
        raise _length_error("population", len(population), n_units)
    index = np.asarray(point_unit_index)
    n_points = len(index)
    names = np.arange(n_points) if point_ids is None else np.asarray(list(point_ids), dtype=object)
    if not (np.issubdtype(index.dtype, np.integer) or n_points == 0):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': unit indices must be whole numbers. Use the assignment result."
            ),
            field="unit_index",
        )
    index = index.astype("int64")
    out_of_range = (index < -1) | (index >= n_units)
    if out_of_range.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} point(s) refer to no unit, first: {ids}. "
                "Use -1 for unassigned points."
            ),
            ids=list(names[out_of_range]),
            field="unit_index",
        )
    category = pd.Series(list(point_category), dtype=object)
    if len(category) != n_points:
        raise _length_error("category", len(category), n_points)
    empty = category.isna().to_numpy()
    if empty.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} point(s) with no category, first: {ids}. "
                "Map every point to a category (unknown ones to 'other')."
            ),
            ids=list(names[empty]),
            field="category",
        )
    check_category_words(category, "category")
    if categories is None:
        columns = sorted(pd.unique(category))
    else:
        columns = list(categories)
        check_category_words(columns, "categories")
        unlisted = ~category.isin(columns).to_numpy()
        if unlisted.any():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Field '{field}': {count} point(s) of a category not in the list, first: {ids}. "
                    "Add their categories to the list."
                ),
                ids=list(names[unlisted]),
                field="category",
            )
    if TOTAL in columns:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': '{name}' is reserved for the all-categories columns. "
                "Rename that category."
            ),
            field="category",
            name=TOTAL,
        )
    capacities = dict(point_capacity or {})
    check_category_words(list(capacities), "capacity field")
    values = {}
    for name, column in capacities.items():
        series = pd.Series(list(column))
        if len(series) != n_points:
            raise _length_error(name, len(series), n_points)
        values[name] = require_non_negative(series, pd.Series(names), name)

    _check_unique_columns(_column_names(columns, list(values)))
    counted = index >= 0
    code = pd.Categorical(category, categories=columns).codes.astype("int64")
    cell = index[counted] * len(columns) + code[counted]
    size = n_units * len(columns)
    table = {"unit_id": unit_ids.to_numpy(), "population": population}
    sums = {"n": np.bincount(cell, minlength=size).reshape(n_units, len(columns)).astype("float64")}
    for name, vals in values.items():
        sums[name] = np.bincount(cell, weights=vals[counted], minlength=size).reshape(n_units, len(columns))
    units = pd.DataFrame(table)
    units = pd.concat([units, _measure_frame(sums, columns)], axis=1)
    _add_densities(units, columns, list(values))
    units = units.astype({"n_" + c: "int64" for c in columns + [TOTAL]})
    groups = None if group_by is None else summarise(units, group_by, group_field, columns, list(values))
    n_counted = int(counted.sum())
    return InventoryResult(units, groups, columns, list(values), n_points, n_counted, n_points - n_counted)


def summarise(
    units: pd.DataFrame,
    group_by: Sequence,
    group_field: str,
    categories: Sequence[str],
    capacities: Sequence[str] = (),
) -> pd.DataFrame:
    """Sum a per-unit inventory by group; densities recomputed from the summed population.

    ``group_by``: one key per row of ``units``. The result has ``group_field``,
    ``n_units``, ``population``, the same count and capacity columns, and densities
    (a density is not averaged: it is the group's total over its population).
    """
    keys = pd.Series(list(group_by), dtype=object)
    if len(keys) != len(units):
        raise _length_error(group_field, len(keys), len(units))
    measured = ["n_" + c for c in list(categories) + [TOTAL]]
    measured += [k + "_" + c for k in capacities for c in list(categories) + [TOTAL]]
    frame = units[["population"] + measured].copy()
    frame.insert(0, group_field, keys.to_numpy())
    grouped = frame.groupby(group_field, dropna=False, sort=True)
    summary = grouped[["population"] + measured].sum()
    summary.insert(0, "n_units", grouped.size())
    summary = summary.reset_index()
    _add_densities(summary, list(categories), list(capacities))
    return summary


def _measure_frame(sums: Dict[str, np.ndarray], columns: List[str]) -> pd.DataFrame:
    data = {}
    for name, matrix in sums.items():
        for j, category in enumerate(columns):
            data[name + "_" + category] = matrix[:, j]
        data[name + "_" + TOTAL] = matrix.sum(axis=1)
    return pd.DataFrame(data)


def _add_densities(frame: pd.DataFrame, categories: List[str], capacities: List[str]) -> None:
    """d10k_<category> and d10k_<capacity>_<category> columns, NaN where the population is 0."""
    population = frame["population"].to_numpy(dtype="float64")
    scale = np.divide(PER_INHABITANTS, population, out=np.full(len(population), np.nan), where=population > 0)
    names = list(categories) + [TOTAL]
    for category in names:
        frame["d10k_" + category] = frame["n_" + category].to_numpy(dtype="float64") * scale
    for capacity in capacities:
        for category in names:
            frame["d10k_" + capacity + "_" + category] = frame[capacity + "_" + category].to_numpy() * scale


def _column_names(categories: List[str], capacities: List[str]) -> List[str]:
    """Every measure field the inventory writes, in order."""
    names = list(categories) + [TOTAL]
    measures = ["n"] + list(capacities)
    sums = [m + "_" + c for m in measures for c in names]
    densities = ["d10k_" + c for c in names] + ["d10k_" + m + "_" + c for m in measures[1:] for c in names]
    return sums + densities


def _check_unique_columns(columns: List[str]) -> None:
    """Category and capacity words can combine into the same field name (fte_gp…): refuse it."""
    taken = ["unit_id", "population"] + columns
    duplicated = pd.Index(taken)[pd.Index(taken).duplicated()]
    if len(duplicated):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Inventory: {count} field name(s) produced twice, first: {ids}. "
                "Rename the category or capacity field that collides."
            ),
            ids=list(pd.unique(duplicated)),
        )


def _length_error(field: str, got: int, expected: int) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "ZoastErrors", "Field '{field}': {got} value(s) for {expected} row(s). Give one value per row."
        ),
        field=field,
        got=got,
        expected=expected,
    )
