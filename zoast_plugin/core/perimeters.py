"""Dissolved ZOAST perimeters: one polygon per agreement and one per agreement and side.

An agreement's perimeter is the union of its member units' polygons, across the
border; its sides are the unions of its French and of its Belgian members. Each
carries the figures an officer reads first: population covered, member units
(in total and per side) and member establishments.

Communes of two countries come from two sources and rarely share their border
vertex for vertex, so the union may keep slivers along the border;
``gap_tolerance`` (in map units) closes gaps narrower than twice its value.
"""

from typing import List, NamedTuple, Optional, Sequence

import numpy as np
import pandas as pd
import shapely
from shapely.geometry import Polygon

from .agreements import SIDES, check_both_sides, check_member_codes
from .errors import QT_TRANSLATE_NOOP, InputError
from .progress import ProgressCallback, report
from .validation import require_non_negative

try:  # shapely ≥ 2
    _union_all = shapely.union_all
except AttributeError:  # shapely 1.8 (Debian 12, QGIS 3.22 installers)
    from shapely.ops import unary_union as _union_all

#: Default gap tolerance in map units: 0 dissolves the polygons exactly as given.
DEFAULT_GAP_TOLERANCE = 0.0


class Perimeters(NamedTuple):
    """Result of :func:`agreement_perimeters`."""

    zones: pd.DataFrame  # one row per agreement, with a ``geometry`` column
    sides: pd.DataFrame  # one row per agreement and country, with a ``geometry`` column
    warnings: List[InputError]  # problems that do not stop the run (e.g. one-sided agreements)


def dissolve_groups(
    geometries: np.ndarray,
    groups: dict,
    tolerance: float,
    progress: ProgressCallback,
    start: float,
    end: float,
) -> dict:
    """Union of ``geometries[positions]`` for each group key → geometry.

    GEOS does each union in one call; the loop is over agreements (a handful),
    never over pairs of units.
    """
    out = {}
    for n, (key, positions) in enumerate(groups.items()):
        parts = list(geometries[positions])
        if tolerance > 0:
            # Grow, union, shrink back: closes gaps < 2 × tolerance, keeps the outline.
            parts = [g.buffer(tolerance, join_style=2) for g in parts]
            out[key] = _union_all(parts).buffer(-tolerance, join_style=2)
        else:
            out[key] = _union_all(parts)
        report(progress, start + (end - start) * (n + 1) / max(len(groups), 1))
    return out


def _unit_geometries(unit_geometries: pd.Series, unit_ids: pd.Series) -> np.ndarray:
    positions = pd.Index(unit_geometries.index).get_indexer(unit_ids)
    missing = positions < 0
    if missing.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} member unit(s) not found in the "
                "units layer: {ids}. Check the ids or choose the right layer."
            ),
            ids=list(pd.unique(unit_ids.to_numpy()[missing])),
            field="unit_id",
        )
    geometries = np.asarray(unit_geometries.to_numpy(), dtype=object)[positions]
    empty = np.array([g is None or g.is_empty for g in geometries], dtype=bool)
    if empty.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} member unit(s) without a geometry: "
                "{ids}. Fix the units layer."
            ),
            ids=list(pd.unique(unit_ids.to_numpy()[empty])),
            field="unit_id",
        )
    return geometries


def _population(unit_population: Optional[pd.Series], unit_ids: pd.Series) -> np.ndarray:
    if unit_population is None:
        return np.full(len(unit_ids), np.nan)
    values = pd.Series(unit_ids.map(unit_population).to_numpy(), index=unit_ids.index)
    return require_non_negative(values, unit_ids, "population")


def agreement_perimeters(
    unit_members: pd.DataFrame,
    unit_geometries: pd.Series,
    unit_population: Optional[pd.Series] = None,
    establishment_members: Optional[pd.DataFrame] = None,
    agreements: Optional[pd.DataFrame] = None,
    sides: Sequence[str] = SIDES,
    gap_tolerance: float = DEFAULT_GAP_TOLERANCE,
    progress: ProgressCallback = None,
) -> Perimeters:
    """Dissolved perimeters per agreement and per agreement and side, with their figures.

    ``unit_geometries`` and ``unit_population`` are indexed by unit id.
    ``zones`` has ``code``, the agreement's attributes when ``agreements`` is
    given, ``population``, ``n_units``, ``n_units_fr``, ``n_units_be`` (one
    column per side), ``n_establishments`` and ``geometry``; ``sides`` has
    ``code``, ``country``, ``population``, ``n_units``, ``n_establishments``
    and ``geometry``. Every agreement listed in ``agreements`` gets a row (an
    empty polygon when it has no member unit). An agreement whose member units
    do not cover every side is returned in ``warnings``, not an error.
    """
    if establishment_members is None:
        establishment_members = pd.DataFrame(columns=["code", "supply_id", "country"])
    units = (
        unit_members[["code", "unit_id", "country"]]
        .drop_duplicates(["code", "unit_id"])
        .reset_index(drop=True)
    )
    establishments = establishment_members[["code", "supply_id", "country"]].drop_duplicates(
        ["code", "supply_id"]
    )
    geometries = _unit_geometries(unit_geometries, units["unit_id"])
    units["population"] = _population(unit_population, units["unit_id"])
    if agreements is None:
        codes = sorted(set(units["code"]) | set(establishments["code"]))
        agreements = pd.DataFrame({"code": codes})
    for members in (units, establishments):
        unknown_code = check_member_codes(agreements, members)
        if unknown_code is not None:
            raise unknown_code  # members of no listed agreement would vanish from the output
    codes = pd.Index(agreements["code"])

    zone_shapes = dissolve_groups(
        geometries, units.groupby("code", sort=True).indices, gap_tolerance, progress, 0.0, 0.5
    )
    side_shapes = dissolve_groups(
        geometries, units.groupby(["code", "country"], sort=True).indices, gap_tolerance, progress, 0.5, 1.0
    )

    zones = agreements.reset_index(drop=True).copy()
    by_code = units.groupby("code")
    zones["population"] = zones["code"].map(by_code["population"].sum(min_count=1)).to_numpy()
    zones["n_units"] = zones["code"].map(by_code.size()).fillna(0).astype("int64").to_numpy()
    per_side = pd.crosstab(units["code"], units["country"]).reindex(
        index=codes, columns=list(sides), fill_value=0
    )
    for side in sides:
        zones["n_units_" + side.lower()] = per_side[side].to_numpy(dtype="int64")
    zones["n_establishments"] = (
        zones["code"].map(establishments.groupby("code").size()).fillna(0).astype("int64")
    )
    zones["geometry"] = [zone_shapes.get(code, Polygon()) for code in zones["code"]]

    by_side = units.groupby(["code", "country"])
    side_units = pd.DataFrame(
        {"population": by_side["population"].sum(min_count=1), "n_units": by_side.size()}
    )
    side_establishments = establishments.groupby(["code", "country"]).size().rename("n_establishments")
    side_table = side_units.join(side_establishments, how="outer")
    side_table = side_table.loc[side_table.index.get_level_values(0).isin(codes)].reset_index()
    side_table["n_units"] = side_table["n_units"].fillna(0).astype("int64")
    side_table["n_establishments"] = side_table["n_establishments"].fillna(0).astype("int64")
    side_table["geometry"] = [
        side_shapes.get(key, Polygon()) for key in zip(side_table["code"], side_table["country"])
    ]

    warning = check_both_sides(agreements, units, sides)
    return Perimeters(zones, side_table, [warning] if warning is not None else [])
