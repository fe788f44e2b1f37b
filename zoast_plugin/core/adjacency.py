"""Which territorial units touch: a sparse, symmetric boolean adjacency matrix.

Basin methods need contiguity ("a unit may only join an adjacent basin"), so this
module turns the units' polygons into a ``scipy.sparse.csr_matrix`` of shape
``(n, n)``, True where two units touch or come within ``tolerance`` of each other
(digitised borders of two countries rarely match exactly, so a small gap must still
count as a shared border). The diagonal is False.

Candidates come from a shapely STRtree; the exact test is ``dwithin`` (shapely 2,
vectorised in GEOS) or, on shapely 1.8 (Debian 12's, used by QGIS there, which has no
bulk query), a prepared intersects test of each unit against its few candidates, then
the distance for those left.

Polygons must be valid and non-empty: the caller repairs them (and reports the
repair) before calling; an invalid one raises :class:`InputError`.
"""

import warnings
from typing import Optional, Sequence

import numpy as np
import scipy.sparse as sp
import shapely
from shapely.geometry import box
from shapely.prepared import prep
from shapely.strtree import STRtree

from .errors import QT_TRANSLATE_NOOP, InputError
from .progress import ProgressCallback, report

#: Default gap (in the CRS unit, metres in the analysis CRS) still counted as a shared
#: border. No source fixes it: 1 m bridges digitising slivers between national layers
#: without joining units separated by a real strip of land.
DEFAULT_TOLERANCE = 1.0

_SHAPELY_2 = int(shapely.__version__.split(".")[0]) >= 2


def unit_adjacency(
    geometries: Sequence,
    tolerance: float = DEFAULT_TOLERANCE,
    ids: Optional[Sequence] = None,
    field: str = "geometry",
    progress: ProgressCallback = None,
) -> sp.csr_matrix:
    """Adjacency of ``geometries`` (shapely polygons, valid, in a projected CRS).

    Returns a symmetric ``csr_matrix`` of booleans with a False diagonal. ``ids``
    (the unit ids, for error messages) default to the row positions.
    """
    geoms = list(geometries)
    n = len(geoms)
    ids = list(range(n)) if ids is None else list(ids)
    if tolerance < 0 or not np.isfinite(tolerance):
        raise InputError(
            QT_TRANSLATE_NOOP("ZoastErrors", "Adjacency tolerance must be a number of 0 or more, got {value}."),
            value=tolerance,
        )
    _require_valid(geoms, ids, field)
    if n == 0:
        return sp.csr_matrix((0, 0), dtype=bool)
    if _SHAPELY_2:
        left, right = _pairs_shapely2(geoms, tolerance)
    else:
        left, right = _pairs_shapely18(geoms, tolerance, progress)
    report(progress, 1.0)
    keep = left != right
    left, right = left[keep], right[keep]
    # Symmetrise: the exact test is symmetric, but the shapely 1.8 path only tests j > i.
    rows = np.concatenate([left, right])
    cols = np.concatenate([right, left])
    matrix = sp.csr_matrix((np.ones(len(rows), dtype=bool), (rows, cols)), shape=(n, n))
    matrix.sum_duplicates()
    matrix.data[:] = True
    return matrix


#: shapely type ids of Polygon and MultiPolygon, and of GeometryCollection.
POLYGONAL_TYPE_IDS = (3, 6)
COLLECTION_TYPE_ID = 7


def repair_polygons(shapes: np.ndarray):
    """Shapes made valid (polygonal parts only) and the mask of those that were invalid.

    ``shapely.make_valid`` may return a collection where a piece collapsed into lines or
    points beside the polygons: only the polygonal parts are kept, so the repaired unit
    keeps its area and touches its neighbours as before. Needs shapely 2 (vectorised).
    """
    invalid = ~shapely.is_valid(shapes)
    if not invalid.any():
        return shapes, invalid
    shapes = shapes.copy()
    fixed = shapely.make_valid(shapes[invalid])
    for i in np.flatnonzero(shapely.get_type_id(fixed) == COLLECTION_TYPE_ID):
        parts = shapely.get_parts(fixed[i])
        fixed[i] = shapely.union_all(parts[np.isin(shapely.get_type_id(parts), POLYGONAL_TYPE_IDS)])
    shapes[invalid] = fixed
    return shapes, invalid


def isolated_units(adjacency: sp.spmatrix) -> np.ndarray:
    """Row positions of units with no neighbour (islands)."""
    degree = np.diff(sp.csr_matrix(adjacency).indptr)
    return np.flatnonzero(degree == 0)


def cut_between_groups(adjacency: sp.spmatrix, groups: Sequence) -> sp.csr_matrix:
    """Drop the edges joining units of different ``groups`` (e.g. countries).

    Used when basins must stay within each country: adjacency across the border is cut.
    """
    coo = sp.coo_matrix(adjacency)
    codes = _codes(groups)
    same = codes[coo.row] == codes[coo.col]
    return sp.csr_matrix((coo.data[same], (coo.row[same], coo.col[same])), shape=coo.shape)


def _codes(groups: Sequence) -> np.ndarray:
    """Integer codes of group labels (any hashable values)."""
    _, codes = np.unique(np.asarray(groups, dtype=object).astype(str), return_inverse=True)
    return codes


def _require_valid(geoms: list, ids: list, field: str) -> None:
    """Every geometry must be present, non-empty and valid (the caller repairs)."""
    bad = [
        ids[i]
        for i, g in enumerate(geoms)
        if g is None or g.is_empty or not g.is_valid
    ]
    if bad:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} empty or invalid geometries, first ids: {ids}. "
                "Repair them (Fix geometries) and run again."
            ),
            ids=bad,
            field=field,
        )


def _pairs_shapely2(geoms: list, tolerance: float):
    """Touching pairs with shapely 2's bulk STRtree query (vectorised in GEOS)."""
    array = np.asarray(geoms, dtype=object)
    tree = STRtree(array)
    if tolerance > 0:
        left, right = tree.query(array, predicate="dwithin", distance=tolerance)
    else:
        left, right = tree.query(array, predicate="intersects")
    return np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)


def _pairs_shapely18(geoms: list, tolerance: float, progress: ProgressCallback):
    """Touching pairs with shapely 1.8: one STRtree query per unit (no bulk query there).

    Each unit is tested against the candidates of larger index whose envelopes come within
    ``tolerance``: a prepared ``intersects`` first (cheap, catches shared borders), the
    distance only for the few candidates left.
    """
    with warnings.catch_warnings():
        # 1.8 warns that ``items`` goes away in 2.0; this path only runs on 1.8.
        warnings.simplefilter("ignore")
        tree = STRtree(geoms, items=range(len(geoms)))
    left, right = [], []
    step = max(1, len(geoms) // 20)
    for i, geom in enumerate(geoms):
        minx, miny, maxx, maxy = geom.bounds
        envelope = box(minx - tolerance, miny - tolerance, maxx + tolerance, maxy + tolerance)
        candidates = [j for j in tree.query_items(envelope) if j > i]
        if candidates:
            test = prep(geom)
            hits = [
                j
                for j in candidates
                if test.intersects(geoms[j]) or (tolerance > 0 and geom.distance(geoms[j]) <= tolerance)
            ]
            left.extend([i] * len(hits))
            right.extend(hits)
        if i % step == 0:
            report(progress, i / len(geoms))
    return np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
