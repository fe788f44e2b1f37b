"""Imported positions checked against their CRS's area of use and their territory, with QGIS transforms.

Shared by the importers (zoast:importfiness, zoast:importpoints).
"""

from typing import Optional, Sequence, Tuple

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsPointXY

from ..core import coordinates

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
TRANSFORM_FAILED = "transform_failed"


def area_of_use(crs: QgsCoordinateReferenceSystem) -> Optional[coordinates.Box]:
    """The WGS 84 box where ``crs`` is meant to be used, or None when QGIS does not know it."""
    bounds = crs.bounds()
    if bounds.isNull() or bounds.isEmpty() or bounds.width() <= 0:
        return None
    return bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum()


def transform_xy(x: np.ndarray, y: np.ndarray, source: QgsCoordinateReferenceSystem,
                 target: QgsCoordinateReferenceSystem, context) -> Tuple[np.ndarray, np.ndarray]:
    """``x``/``y`` moved from ``source`` to ``target``; NaN where they are not numbers or cannot be moved."""
    x, y = np.asarray(x, dtype="float64"), np.asarray(y, dtype="float64")
    if source == target:
        return x.copy(), y.copy()
    out_x, out_y = np.full(len(x), np.nan), np.full(len(x), np.nan)
    transform = QgsCoordinateTransform(source, target, context.transformContext())
    for i in np.flatnonzero(np.isfinite(x) & np.isfinite(y)):
        try:
            point = transform.transform(QgsPointXY(float(x[i]), float(y[i])))
        except QgsCsException:
            continue
        if np.isfinite(point.x()) and np.isfinite(point.y()):
            out_x[i], out_y[i] = point.x(), point.y()
    return out_x, out_y


def check_xy(x: np.ndarray, y: np.ndarray, crs: QgsCoordinateReferenceSystem, scope: Sequence, context,
             either_order: bool = False) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Check positions declared in ``crs``: (x, y as read or exchanged, lon, lat, reason per row).

    ``scope``: per row, the territory boxes it must fall in (see core.coordinates).
    ``either_order``: x and y may come in either order (the FINESS feed's projected pair):
    a pair that is only right exchanged is taken exchanged, not refused as swapped.
    Rows whose numbers are NaN get the reason '' and NaN positions (the caller lists them).
    """
    x, y = np.asarray(x, dtype="float64").copy(), np.asarray(y, dtype="float64").copy()
    area = area_of_use(crs)
    lon, lat = transform_xy(x, y, crs, WGS84, context)
    reason = coordinates.check_positions(lon, lat, area, scope)
    swapped_lon, swapped_lat = np.full(len(x), np.nan), np.full(len(x), np.nan)
    bad = np.flatnonzero(reason != coordinates.OK)
    if len(bad):  # the exchanged reading, only where the declared one is refused
        swapped_lon[bad], swapped_lat[bad] = transform_xy(y[bad], x[bad], crs, WGS84, context)
        reason[bad] = coordinates.check_positions(lon[bad], lat[bad], area, [scope[i] for i in bad],
                                                  swapped_lon[bad], swapped_lat[bad])
    reason[~(np.isfinite(x) & np.isfinite(y))] = coordinates.OK
    if either_order:
        exchange = reason == coordinates.SWAPPED
        x[exchange], y[exchange] = y[exchange].copy(), x[exchange].copy()
        lon[exchange], lat[exchange] = swapped_lon[exchange], swapped_lat[exchange]
        reason[exchange] = coordinates.OK
    return x, y, lon, lat, reason


def crs_or_none(code) -> Optional[QgsCoordinateReferenceSystem]:
    """The CRS of an EPSG code, None when QGIS does not know it."""
    crs = QgsCoordinateReferenceSystem("EPSG:{}".format(int(code)))
    return crs if crs.isValid() else None
