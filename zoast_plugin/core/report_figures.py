"""Key figures of a report page: the units, supply points and flows inside each page polygon, summed.

A page is a polygon (a health basin, a ZOAST perimeter); a unit belongs to a page when
its point on surface lies inside it, so a unit is counted once per page even where its
polygon overhangs the page's outline (slivers along the border), and pages that overlap
(two ZOAST sharing communes) each count the shared units. A supply point belongs to the
pages that contain it; a flow line counts for the page holding its start (patients living
there treated across the border) and for the page holding its end (patients received from
across the border). The region row sums every unit, point and line, whatever the pages.
"""

from typing import Optional

import numpy as np
import pandas as pd
import shapely

from .errors import QT_TRANSLATE_NOOP, InputError
from .progress import ProgressCallback, report
from .validation import require_columns, require_non_negative

#: Severities of core.zoning (2 severe, 1 shortage, 0 adequate, −1 not judged) → column suffix.
SEVERITY_COLUMNS = {2: "severe", 1: "shortage", 0: "adequate", -1: "not_judged"}

#: Figure groups a report can show, in table order, and the columns each one fills.
FIGURE_GROUPS = {
    "population": ("n_units", "population"),
    "severity": tuple("pop_" + s for s in SEVERITY_COLUMNS.values()),
    "severity_national": tuple("pop_{}_national".format(s) for s in SEVERITY_COLUMNS.values()),
    "shortfall": ("shortfall_fte", "shortfall_fte_national", "border_fte_gain"),
    "border": ("n_improved", "n_worsened", "pop_improved", "pop_worsened"),
    "supply": ("n_supply", "supply_capacity"),
    "flows": ("patients_out", "patients_in"),
}
ALL_COLUMNS = tuple(c for columns in FIGURE_GROUPS.values() for c in columns)
#: Unit columns: required, and optional (a figure is NaN when its column is absent).
UNIT_REQUIRED = ("population", "severity")
UNIT_OPTIONAL = ("shortfall_fte", "severity_national", "shortfall_fte_national", "severity_change")


def units_in_pages(page_shapes, unit_shapes) -> pd.DataFrame:
    """Membership pairs ``page``/``unit`` (positions): the unit's point on surface lies in the page."""
    pages = np.asarray(page_shapes, dtype=object)
    units = np.asarray(unit_shapes, dtype=object)
    if len(pages) == 0 or len(units) == 0:
        return pd.DataFrame({"page": np.empty(0, np.int64), "unit": np.empty(0, np.int64)})
    points = shapely.point_on_surface(units)
    return points_in_pages(pages, points).rename(columns={"item": "unit"})


def points_in_pages(page_shapes, points) -> pd.DataFrame:
    """Pairs ``page``/``item``: point ``item`` lies inside (or on the outline of) page ``page``."""
    pages = np.asarray(page_shapes, dtype=object)
    points = np.asarray(points, dtype=object)
    if len(pages) == 0 or len(points) == 0:
        return pd.DataFrame({"page": np.empty(0, np.int64), "item": np.empty(0, np.int64)})
    tree = shapely.STRtree(pages)
    item, page = tree.query(points, predicate="intersects")
    order = np.lexsort((item, page))
    return pd.DataFrame({"page": page[order].astype(np.int64), "item": item[order].astype(np.int64)})


def _group_sum(pairs: pd.DataFrame, values: np.ndarray, n_pages: int, key: str = "unit") -> np.ndarray:
    """Sum of ``values`` over the members of each page (NaN values count as 0)."""
    totals = np.zeros(n_pages, dtype=np.float64)
    if len(pairs):
        member_values = np.nan_to_num(np.asarray(values, dtype=np.float64)[pairs[key].to_numpy()])
        np.add.at(totals, pairs["page"].to_numpy(), member_values)
    return totals


def _unit_values(units: pd.DataFrame, ids: pd.Series) -> dict:
    """The unit columns as float arrays, checked: population ≥ 0 and known, severity in −1…2."""
    require_columns(units, UNIT_REQUIRED, "units")
    values = {"population": require_non_negative(units["population"], ids, "population")}
    for name in ("severity",) + UNIT_OPTIONAL:
        if name in units.columns:
            values[name] = pd.to_numeric(units[name], errors="coerce").to_numpy(dtype=np.float64)
    for name in ("severity", "severity_national"):
        if name not in values:
            continue
        bad = ~np.isin(values[name], list(SEVERITY_COLUMNS))
        if name == "severity_national":
            bad &= np.isfinite(values[name])  # a unit with no national value is left out of those figures
        if bad.any():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Field '{field}': {count} value(s) that are not a severity (2, 1, 0 or -1), first ids: {ids}. "
                    "Use the output of zoast:gaps."
                ),
                ids=list(ids.to_numpy()[bad]),
                field=name,
            )
    return values


def page_figures(
    page_shapes,
    unit_shapes,
    units: pd.DataFrame,
    unit_ids: Optional[pd.Series] = None,
    supply_points=None,
    supply_capacity=None,
    flow_lines=None,
    flow_patients=None,
    flow_cross_border=None,
    progress: ProgressCallback = None,
) -> pd.DataFrame:
    """Key figures of each page, and of the whole region in a last row.

    ``units``: one row per unit with ``population`` and ``severity`` (core.zoning's
    −1…2: the **official** class of zoast:gaps, the headline) and optionally ``shortfall_fte``, ``severity_national``,
    ``shortfall_fte_national`` and ``severity_change`` (the analytical border effect of
    zoast:gaps, a labelled complement: what the ZOAST changes to the accessibility classes).
    ``supply_points`` (shapely points, with optional ``supply_capacity`` such as FTE)
    and ``flow_lines`` (shapely lines from origin to destination, with
    ``flow_patients`` and the boolean ``flow_cross_border``) are optional.

    Returns ``len(page_shapes) + 1`` rows (the last is the region) with the columns of
    :data:`ALL_COLUMNS`: ``n_units``, ``population``, ``pop_<severity>`` with and
    without (``_national``) the ZOAST, ``shortfall_fte``, ``shortfall_fte_national``,
    ``border_fte_gain`` (national − ZOAST shortfall), ``n_improved``/``n_worsened`` and
    ``pop_improved``/``pop_worsened`` (units whose severity the border lowers/raises),
    ``n_supply``, ``supply_capacity``, ``patients_out`` (residents treated across the
    border) and ``patients_in`` (patients from across the border treated in the page).
    A figure whose input is not given is NaN.
    """
    pages = np.asarray(page_shapes, dtype=object)
    n_pages = len(pages)
    unit_shapes = np.asarray(unit_shapes, dtype=object)
    ids = pd.Series(np.arange(len(units))) if unit_ids is None else pd.Series(np.asarray(unit_ids, dtype=object))
    values = _unit_values(units.reset_index(drop=True), ids)
    report(progress, 0.05)
    pairs = units_in_pages(pages, unit_shapes)
    # The region: every unit, as one more "page".
    everything = pd.DataFrame({"page": np.full(len(units), n_pages, np.int64), "unit": np.arange(len(units))})
    pairs = pd.concat([pairs, everything], ignore_index=True)
    n_rows = n_pages + 1
    report(progress, 0.4)

    figures = pd.DataFrame(np.nan, index=np.arange(n_rows), columns=list(ALL_COLUMNS))
    ones = np.ones(len(units))
    figures["n_units"] = _group_sum(pairs, ones, n_rows)
    figures["population"] = _group_sum(pairs, values["population"], n_rows)
    for suffix, national in (("", False), ("_national", True)):
        severity = values.get("severity_national" if national else "severity")
        if severity is None:
            continue
        for level, name in SEVERITY_COLUMNS.items():
            figures["pop_{}{}".format(name, suffix)] = _group_sum(
                pairs, values["population"] * (severity == level), n_rows)
    for name in ("shortfall_fte", "shortfall_fte_national"):
        if name in values:
            figures[name] = _group_sum(pairs, values[name], n_rows)
    if "shortfall_fte" in values and "shortfall_fte_national" in values:
        figures["border_fte_gain"] = figures["shortfall_fte_national"] - figures["shortfall_fte"]
    change = values.get("severity_change")
    if change is None and "severity_national" in values:
        change = values["severity_national"] - values["severity"]
    if change is not None:
        improved, worsened = change > 0, change < 0
        figures["n_improved"] = _group_sum(pairs, improved, n_rows)
        figures["n_worsened"] = _group_sum(pairs, worsened, n_rows)
        figures["pop_improved"] = _group_sum(pairs, values["population"] * improved, n_rows)
        figures["pop_worsened"] = _group_sum(pairs, values["population"] * worsened, n_rows)
    report(progress, 0.6)

    if supply_points is not None:
        points = np.asarray(supply_points, dtype=object)
        supply_pairs = _with_region(points_in_pages(pages, points), len(points), n_pages)
        figures["n_supply"] = _group_sum(supply_pairs, np.ones(len(points)), n_rows, "item")
        if supply_capacity is not None:
            figures["supply_capacity"] = _group_sum(supply_pairs, np.asarray(supply_capacity, dtype=np.float64),
                                                    n_rows, "item")
    report(progress, 0.8)

    if flow_lines is not None:
        lines = np.asarray(flow_lines, dtype=object)
        patients = np.ones(len(lines)) if flow_patients is None else np.asarray(flow_patients, dtype=np.float64)
        cross = np.ones(len(lines), bool) if flow_cross_border is None else np.asarray(flow_cross_border, bool)
        patients = np.where(cross, patients, 0.0)
        starts = shapely.get_point(lines, 0)
        ends = shapely.get_point(lines, -1)
        figures["patients_out"] = _group_sum(_with_region(points_in_pages(pages, starts), len(lines), n_pages),
                                             patients, n_rows, "item")
        figures["patients_in"] = _group_sum(_with_region(points_in_pages(pages, ends), len(lines), n_pages),
                                            patients, n_rows, "item")
    report(progress, 1.0)
    return figures


def _with_region(pairs: pd.DataFrame, n_items: int, region: int) -> pd.DataFrame:
    """``pairs`` plus every item in the region row."""
    everything = pd.DataFrame({"page": np.full(n_items, region, np.int64), "item": np.arange(n_items)})
    return pd.concat([pairs, everything], ignore_index=True)


def shown_columns(figures: pd.DataFrame, groups) -> list:
    """The columns of the chosen figure ``groups`` that hold a value for at least one page."""
    columns = []
    for group in groups:
        for column in FIGURE_GROUPS[group]:
            if column in figures.columns and figures[column].notna().any():
                columns.append(column)
    return columns
