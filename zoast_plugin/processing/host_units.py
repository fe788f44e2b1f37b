"""Which unit each supply point lies in: by an id field, by polygon, or by the nearest unit point."""

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from ..core import inventory


def host_unit_rows(unit_ids: pd.Series, units, supply, supply_unit_field: str, supply_ids: pd.Series) -> np.ndarray:
    """Row of the host unit for each supply point, -1 where there is none.

    With ``supply_unit_field`` the id is looked up (unknown ids give -1); with unit
    polygons (``units.shapes``) the point must lie inside one (no tolerance: a point
    outside every polygon has no host); with unit points, the nearest one.
    """
    if supply_unit_field:
        index = pd.Index(unit_ids.astype(str))
        return index.get_indexer(supply.frame[supply_unit_field].astype(str)).astype(np.int64)
    if units.shapes is not None:
        assignment = inventory.assign_points_to_units(supply.xy, units.shapes, tolerance_m=0.0)
        return np.asarray(assignment.unit_index, dtype=np.int64)
    if len(units.xy) == 0:
        return np.full(len(supply.xy), -1, dtype=np.int64)
    _distance, nearest = cKDTree(units.xy).query(supply.xy)
    return nearest.astype(np.int64)
