"""Indicators that let an officer judge health basins (DOMAIN.md, "Health basin delineation").

Per basin: population, number of units, localization index (LI), market share index
(MSI), cross-border share of flows, compactness of the dissolved basin and flow-weighted
mean travel time; overall: the modularity of the partition. Flows are the ``n × n``
sparse matrix of volumes (origin rows, destination columns); basins are unit labels
``0..k-1`` (−1: in no basin).

One definition of each indicator serves both to judge the basins (:func:`failing_basins`,
used by the merges of :mod:`.basins`) and to report them (:func:`basin_indicators`): the
*judged flows* are all flows when basins may cross the border, the flows between units of
the same country when they may not (:func:`judged_flows`). ``li``, ``msi``, ``volume`` and
the modularity are on the judged flows; ``li_all_flows`` and ``msi_all_flows`` on all flows
(the same values when the border is open).
"""

from typing import Mapping, Optional, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from shapely.ops import unary_union

#: Reasons a basin fails, in :func:`failing_basins`'s ``reason`` strings.
REASON_LI, REASON_POPULATION, REASON_VOLUME = "li", "population", "volume"

#: Compactness = perimeter / (3.54·√area) (Wang & Wang 2022); 3.54 ≈ 2√π, so a disc
#: scores 1 and elongated or ragged basins score more.
COMPACTNESS_FACTOR = 3.54


def modularity(flows: sp.spmatrix, labels: np.ndarray, resolution: float = 1.0) -> float:
    """Modularity of ``labels`` on the undirected graph of symmetrised flows ``F + Fᵀ``.

    Q = Σ_c [ W_c / 2m − γ (K_c / 2m)² ] with W_c the sum of ``F + Fᵀ`` inside c, K_c the
    sum of its rows (degrees) and 2m the sum of all of it; this equals networkx's
    ``modularity`` on the graph whose edge {i, j} weighs F_ij + F_ji and loop {i} weighs
    F_ii. Units labelled −1 count as communities of their own. NaN with no flows.
    """
    labels = np.asarray(labels, dtype=np.int64)
    labels = np.where(labels >= 0, labels, labels.max(initial=-1) + 1 + np.arange(len(labels)))
    coo = sp.coo_matrix(flows)
    two_m = 2.0 * coo.data.sum()
    if two_m == 0:
        return float("nan")
    k = labels.max() + 1
    inside = coo.data[labels[coo.row] == labels[coo.col]].sum() * 2.0
    degree = np.bincount(labels[coo.row], coo.data, minlength=k) + np.bincount(
        labels[coo.col], coo.data, minlength=k
    )
    return float(inside / two_m - resolution * np.sum((degree / two_m) ** 2))


def judged_flows(flows: sp.spmatrix, country: Optional[Sequence] = None, within_country: bool = False):
    """The flows basins are delineated and judged on: ``flows``, or (``within_country``) only
    those between units of the same ``country``."""
    if not within_country:
        return sp.csr_matrix(flows)
    coo = sp.coo_matrix(flows)
    codes = pd.factorize(np.asarray(country, dtype=str))[0]
    same = codes[coo.row] == codes[coo.col]
    return sp.csr_matrix((coo.data[same], (coo.row[same], coo.col[same])), shape=coo.shape)


def failing_basins(li, population, volume, min_li: float = 0.0, min_population: float = 0.0,
                   min_volume: float = 0.0):
    """Which basins fail the size and localization rules, and why.

    A basin fails when ``li < min_li``, ``population < min_population`` or
    ``volume < min_volume`` (HSAr's rule, Haynes et al. 2020: LI ≥ 0.4 and at least 10
    stays). A basin whose residents have no judged flows (LI undefined, NaN) fails the LI
    rule when ``min_li > 0``. ``li`` or ``volume`` may be None (no flows): those rules are
    then not applied. Returns the boolean mask and, per basin, the failed rules joined by
    ``;`` (``"li"``, ``"population"``, ``"volume"``; empty when it passes).
    """
    population = np.asarray(population, dtype=np.float64)
    rules = [(REASON_POPULATION, population < min_population)]
    if li is not None:
        li = np.asarray(li, dtype=np.float64)
        rules.insert(0, (REASON_LI, (np.nan_to_num(li, nan=0.0) < min_li) & (min_li > 0)))
    if volume is not None:
        rules.append((REASON_VOLUME, np.asarray(volume, dtype=np.float64) < min_volume))
    failing = np.zeros(len(population), dtype=bool)
    for _, mask in rules:
        failing |= mask
    reason = np.array([";".join(name for name, mask in rules if mask[b]) for b in range(len(population))],
                      dtype=object) if failing.any() else np.full(len(population), "", dtype=object)
    return failing, reason


def basin_indicators(
    labels: np.ndarray,
    population: np.ndarray,
    flows: Optional[sp.spmatrix] = None,
    country: Optional[Sequence] = None,
    geometries: Optional[Sequence] = None,
    travel_cost=None,
    dissolved: Optional[Mapping] = None,
    within_country: bool = False,
) -> pd.DataFrame:
    """One row per basin ``0..k-1``.

    Columns: ``population``, ``n_units``; with ``flows``: ``volume`` (judged flows of the
    basin's residents, see :func:`judged_flows`), ``li`` (share of those flows going to
    destinations inside the basin), ``msi`` (share of the judged flows received by the
    basin's destinations that come from its own residents), ``li_all_flows`` and
    ``msi_all_flows`` (the same on all flows; equal to ``li``/``msi`` unless
    ``within_country``), ``cross_border_share`` (share of the residents' flows, all of
    them, going to a unit of another ``country``; needs ``country``); with ``geometries``: ``compactness`` of the
    union of the basin's polygons, or of ``dissolved`` (basin → its polygons already united,
    which spares a caller that dissolves the basins anyway a second union); with ``flows``
    and ``travel_cost`` = ``(origin, destination, cost)`` long arrays over unit positions:
    ``mean_travel_time`` (flow-weighted, over the flows whose pair has a cost) and
    ``travel_time_coverage`` (share of the residents' flows that had a cost). Ratios with a
    zero denominator are NaN.
    """
    labels = np.asarray(labels, dtype=np.int64)
    population = np.asarray(population, dtype=np.float64)
    k = labels.max(initial=-1) + 1
    member = labels >= 0
    table = pd.DataFrame(
        {
            "population": np.bincount(labels[member], population[member], minlength=k),
            "n_units": np.bincount(labels[member], minlength=k),
        }
    )
    table.index.name = "basin"
    if flows is not None:
        _flow_indicators(table, labels, sp.coo_matrix(flows), country, travel_cost, k)
        table["li_all_flows"], table["msi_all_flows"] = table["li"], table["msi"]
        if within_country:
            inner = sp.coo_matrix(judged_flows(flows, country, True))
            volume, li, msi = _localisation(labels, inner, k)
            table["volume"], table["li"], table["msi"] = volume, li, msi
    if dissolved is not None:
        table["compactness"] = [compactness(dissolved.get(basin)) for basin in range(k)]
    elif geometries is not None:
        table["compactness"] = _compactness(labels, list(geometries), k)
    return table


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    return np.divide(numerator, denominator, out=np.full(len(numerator), np.nan), where=denominator > 0)


def _localisation(labels, coo, k):
    """Per basin: the residents' volume, LI = inside / volume and MSI = inside / received."""
    source, sink, volume = labels[coo.row], labels[coo.col], coo.data
    from_basin = source >= 0
    out = np.bincount(source[from_basin], volume[from_basin], minlength=k)
    into = sink >= 0
    received = np.bincount(sink[into], volume[into], minlength=k)
    same = from_basin & (source == sink)
    inside = np.bincount(source[same], volume[same], minlength=k)
    return out, _ratio(inside, out), _ratio(inside, received)


def _flow_indicators(table, labels, coo, country, travel_cost, k) -> None:
    """Add the flow-based columns to ``table`` in place."""
    source, volume = labels[coo.row], coo.data
    from_basin = source >= 0
    out, table["li"], table["msi"] = _localisation(labels, coo, k)
    table["volume"] = out
    if country is not None:
        codes = pd.factorize(np.asarray(country, dtype=str))[0]
        cross = from_basin & (codes[coo.row] != codes[coo.col])
        table["cross_border_share"] = _ratio(np.bincount(source[cross], volume[cross], minlength=k), out)
    if travel_cost is not None:
        n = len(labels)
        origin, destination, cost = (np.asarray(a) for a in travel_cost)
        known = np.isfinite(cost)
        cost_key = origin[known].astype(np.int64) * n + destination[known]
        order = np.argsort(cost_key, kind="stable")
        cost_key, cost = cost_key[order], cost[known][order]
        flow_key = coo.row.astype(np.int64) * n + coo.col
        at = np.searchsorted(cost_key, flow_key).clip(0, max(len(cost_key) - 1, 0))
        matched = from_basin & (len(cost_key) > 0)
        if len(cost_key):
            matched &= cost_key[at] == flow_key
        weighted = np.bincount(source[matched], volume[matched] * cost[at[matched]], minlength=k)
        covered = np.bincount(source[matched], volume[matched], minlength=k)
        table["mean_travel_time"] = _ratio(weighted, covered)
        table["travel_time_coverage"] = _ratio(covered, out)


def compactness(shape) -> float:
    """perimeter / (3.54·√area) of one basin's polygons (NaN when there is no area)."""
    if shape is None or shape.is_empty or shape.area <= 0:
        return np.nan
    return shape.length / (COMPACTNESS_FACTOR * np.sqrt(shape.area))


def _compactness(labels: np.ndarray, geometries: list, k: int) -> np.ndarray:
    """:func:`compactness` of each basin's dissolved polygons (one union per basin)."""
    result = np.full(k, np.nan)
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(k + 1))
    for basin in range(k):
        members = order[bounds[basin]:bounds[basin + 1]]
        if len(members):
            result[basin] = compactness(unary_union([geometries[i] for i in members]))
    return result
