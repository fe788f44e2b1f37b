"""Small geometry and integer helpers shared by the layer builders."""
import numpy as np
from osgeo import osr
from shapely import ops
from shapely.geometry import MultiPolygon, Polygon
from shapely.validation import make_valid
from shapely.vectorized import contains

#: The analysis CRS of the whole sample (ETRS89-LAEA, equal-area: areas in km² are exact).
TARGET_EPSG = 3035


def _transformer(source_epsg, target_epsg=TARGET_EPSG):
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(source_epsg)
    target.ImportFromEPSG(target_epsg)
    for ref in (source, target):
        # x = longitude/easting, y = latitude/northing whatever the EPSG axis order says.
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, target)


_WGS84_TO_LAEA = _transformer(4326)


def project_xy(lon, lat):
    """Arrays of WGS84 lon/lat to EPSG:3035 x/y arrays."""
    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    if lon.size == 0:
        return lon.copy(), lat.copy()
    out = np.asarray(_WGS84_TO_LAEA.TransformPoints(np.column_stack([lon, lat])))
    return out[:, 0], out[:, 1]


def project_geometry(geom):
    """A WGS84 shapely geometry in EPSG:3035."""
    return ops.transform(lambda x, y, z=None: project_xy(x, y), geom)


def clean_polygonal(geom):
    """Valid (Multi)Polygon: make_valid, then keep only the polygonal parts.

    Why: make_valid may return a GeometryCollection holding slivers of lines or points, which
    a polygon layer cannot store.
    """
    if not geom.is_valid:
        geom = make_valid(geom)
    if geom.geom_type == "GeometryCollection":
        parts = []
        for part in geom.geoms:
            if isinstance(part, Polygon):
                parts.append(part)
            elif isinstance(part, MultiPolygon):
                parts.extend(part.geoms)
        geom = MultiPolygon(parts)
    if isinstance(geom, Polygon):
        geom = MultiPolygon([geom])
    return geom


def largest_remainder(weights, totals):
    """Integer split of each ``totals[i]`` along ``weights[i, :]`` (Hamilton's method).

    Rows of ``weights`` need not be normalised; the result sums exactly to ``totals`` per row,
    and ties between remainders go to the lower column index (stable, so reproducible).
    """
    weights = np.asarray(weights, dtype=float)
    totals = np.asarray(totals, dtype=np.int64)
    shares = weights / weights.sum(axis=1, keepdims=True)
    exact = shares * totals[:, None]
    base = np.floor(exact).astype(np.int64)
    missing = totals - base.sum(axis=1)
    order = np.argsort(-(exact - base), axis=1, kind="stable")
    ranks = np.empty_like(order)
    rows = np.arange(order.shape[0])[:, None]
    ranks[rows, order] = np.arange(order.shape[1])[None, :]
    return base + (ranks < missing[:, None]).astype(np.int64)


def random_points_in(geom, count, rng, max_rounds=200):
    """``count`` uniform random points (x, y arrays) inside a polygon, by seeded rejection."""
    xs, ys = [], []
    minx, miny, maxx, maxy = geom.bounds
    need = count
    for _ in range(max_rounds):
        if need <= 0:
            break
        batch = max(16, need * 4)
        x = rng.uniform(minx, maxx, batch)
        y = rng.uniform(miny, maxy, batch)
        inside = contains(geom, x, y)
        xs.append(x[inside][:need])
        ys.append(y[inside][:need])
        need -= int(min(inside.sum(), need))
    if need > 0:  # a sliver: fall back to its representative point
        point = geom.representative_point()
        xs.append(np.full(need, point.x))
        ys.append(np.full(need, point.y))
    return np.concatenate(xs), np.concatenate(ys)
