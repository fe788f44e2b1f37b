"""Health basins by proximity, when no flows exist: the nearest hub, or the Huff model.

Huff (1963): P(i → j) = S_j·f(c_ij) / Σ_k S_k·f(c_ik); each unit joins its most probable
hub. See :mod:`.basins` for the shared model.

Neither method knows about contiguity: a basin is the set of units choosing a hub, which
may be in several pieces (an enclave nearer a far hub, a ragged Huff boundary), and a hub's
own unit may choose another hub. With ``adjacency`` the pieces are counted
(:attr:`.basins.Basins.n_pieces`); ``make_contiguous`` reattaches the pieces not holding
the hub's unit (or, without it, the largest piece) to the touching basin they prefer.
"""

from typing import Optional, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .adjacency import cut_between_groups
from .basins import (
    CONTIGUITY,
    DEFAULT_EXPONENTIAL_BETA,
    DEFAULT_MIN_COST,
    DEFAULT_POWER_BETA,
    HUFF,
    NEAREST_HUB,
    UNREACHABLE,
    Basins,
    CountedWarning,
    _best_per_group,
    _compact,
    _ids_at,
    _reattach_fragments,
    _summary,
    basin_pieces,
)
from .errors import QT_TRANSLATE_NOOP, InputError


def proximity_basins(
    origin: np.ndarray,
    destination: np.ndarray,
    cost: np.ndarray,
    n_units: int,
    n_hubs: int,
    method: str = "nearest",
    supply: Optional[np.ndarray] = None,
    decay: str = "power",
    beta: Optional[float] = None,
    min_cost: float = DEFAULT_MIN_COST,
    hub_units: Optional[np.ndarray] = None,
    unit_country: Optional[Sequence] = None,
    hub_country: Optional[Sequence] = None,
    allow_cross_border: bool = True,
    ids: Optional[Sequence] = None,
    adjacency=None,
    make_contiguous: bool = False,
) -> Basins:
    """Basins from costs alone: each unit joins its nearest hub, or its most probable one.

    ``origin`` (unit positions), ``destination`` (hub positions) and ``cost`` are the long
    arrays of a cost table, e.g. ``CostPairs.origin/.destination/.cost`` with
    ``n_origins``/``n_destinations``; non-finite costs mean unreachable.

    ``method="nearest"``: the hub of least cost. ``method="huff"``: the hub of largest
    P_ij = S_j f(c_ij) / Σ_k S_k f(c_ik), with ``supply`` S (default 1 per hub) and
    ``decay`` ``"power"`` f = max(c, min_cost)^-beta (default beta
    :data:`DEFAULT_POWER_BETA`) or ``"exponential"`` f = exp(-beta·c) (default
    :data:`DEFAULT_EXPONENTIAL_BETA`). Ties go to the smaller hub position. There is one
    basin per hub chosen by some unit; units reaching no hub get −1 (counted warning).

    With ``adjacency`` (units × units) the pieces of each basin are counted; with
    ``make_contiguous`` too, pieces cut off from their hub's unit join the touching basin
    whose hub they prefer (highest Huff probability, or least cost for the nearest hub;
    ties: most shared borders), and a basin whose hub's unit lies in another basin keeps
    its largest piece. A moved unit's :attr:`Basins.probability` becomes the Huff probability
    of its new basin's hub (NaN for the nearest hub: that hub is not its nearest).
    """
    origin = np.asarray(origin, dtype=np.int64)
    destination = np.asarray(destination, dtype=np.int64)
    cost = np.asarray(cost, dtype=np.float64)
    _require_positions(origin, n_units, "origin")
    _require_positions(destination, n_hubs, "destination")
    if (cost < 0).any():
        raise InputError(
            QT_TRANSLATE_NOOP("ZoastErrors", "Field '{field}': {count} negative cost(s), first pairs: {ids}."),
            ids=list(np.flatnonzero(cost < 0)),
            field="cost",
        )
    keep = np.isfinite(cost)
    if not allow_cross_border:
        if unit_country is None or hub_country is None:
            raise InputError(
                QT_TRANSLATE_NOOP("ZoastErrors", "Basins within each country need the units' and hubs' country.")
            )
        both = np.r_[np.asarray(unit_country, dtype=str), np.asarray(hub_country, dtype=str)]
        codes = pd.factorize(both)[0]
        keep &= codes[:n_units][origin] == codes[n_units:][destination]
    origin, destination, cost = origin[keep], destination[keep], cost[keep]
    if method == "nearest":
        units, hub = _best_per_group(origin, destination, -cost)
        probability = np.ones(len(units))
        score = 1.0 / (1.0 + cost)  # any decreasing function of the cost ranks hubs the same way
        code = NEAREST_HUB
    elif method == "huff":
        units, hub, probability, (origin, destination, score) = _huff(
            origin, destination, cost, n_units, n_hubs, supply, decay, beta, min_cost
        )
        code = HUFF
    else:
        raise InputError(QT_TRANSLATE_NOOP("ZoastErrors", "Unknown proximity method '{method}'."), method=method)
    chosen = np.full(n_units, -1, dtype=np.int64)
    chosen[units] = hub
    labels, used = _compact(chosen)
    prob = np.full(n_units, np.nan)
    prob[units] = probability
    warnings = []
    if (labels < 0).any():
        warnings.append(
            CountedWarning(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "{count} unit(s) reach no hub, first: {ids}. They are left out of every basin."
                ),
                _ids_at(ids, np.flatnonzero(labels < 0)),
            )
        )
    hub_unit = np.full(len(used), -1) if hub_units is None else np.asarray(hub_units, dtype=np.int64)[used]
    assignment = np.where(labels >= 0, code, UNREACHABLE).astype(object)
    pieces = None
    if adjacency is not None:
        adjacency = sp.csr_matrix(adjacency, dtype=bool)
        if not allow_cross_border:
            adjacency = cut_between_groups(adjacency, unit_country)
        if make_contiguous:
            basin_of_hub = np.full(n_hubs, -1, dtype=np.int64)
            basin_of_hub[used] = np.arange(len(used))
            chosen_hub = basin_of_hub[destination] >= 0
            preference = sp.csr_matrix(
                (score[chosen_hub], (origin[chosen_hub], basin_of_hub[destination[chosen_hub]])),
                shape=(n_units, len(used)),
            )
            labels = _reattach_fragments(labels, hub_unit, adjacency, None, ids, warnings, assignment,
                                         lambda units, _labels, _k: preference[units])
            moved = np.flatnonzero(assignment == CONTIGUITY)
            # The probability now reported is that of the basin's hub (Huff); a unit moved off its nearest hub has none.
            prob[moved] = np.asarray(preference[moved, labels[moved]]).ravel() if method == "huff" else np.nan
        pieces = basin_pieces(labels, adjacency)
    summary = _summary(assignment, np.zeros(n_units, dtype=bool), 0, pieces if pieces is not None else np.ones(0))
    return Basins(labels=labels, hub_unit=hub_unit, hub=used, warnings=warnings, probability=prob,
                  assignment=assignment, merged_from=np.full(n_units, -1, dtype=np.int64), n_pieces=pieces,
                  summary=summary)


def _huff(origin, destination, cost, n_units, n_hubs, supply, decay, beta, min_cost):
    """Per unit: the hub of largest Huff probability, and that probability."""
    supply = np.ones(n_hubs) if supply is None else np.asarray(supply, dtype=np.float64)
    if len(supply) != n_hubs or (~np.isfinite(supply)).any() or (supply < 0).any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} hub(s) with a missing or negative supply, first: {ids}."
            ),
            ids=list(np.flatnonzero(~(np.isfinite(supply) & (supply >= 0)))) if len(supply) == n_hubs else [],
            field="supply",
        )
    if decay == "power":
        beta = DEFAULT_POWER_BETA if beta is None else beta
        attraction = supply[destination] * np.maximum(cost, min_cost) ** -beta
    elif decay == "exponential":
        beta = DEFAULT_EXPONENTIAL_BETA if beta is None else beta
        attraction = supply[destination] * np.exp(-beta * cost)
    else:
        raise InputError(QT_TRANSLATE_NOOP("ZoastErrors", "Unknown distance decay '{decay}'."), decay=decay)
    total = np.bincount(origin, attraction, minlength=n_units)
    positive = attraction > 0
    origin, destination, attraction = origin[positive], destination[positive], attraction[positive]
    probability = attraction / total[origin]
    units, hub = _best_per_group(origin, destination, probability)
    best = pd.Series(probability).groupby(origin).max().to_numpy() if len(units) else np.zeros(0)
    return units, hub, best, (origin, destination, probability)


def _require_positions(values: np.ndarray, n: int, name: str) -> None:
    bad = (values < 0) | (values >= n)
    if bad.any():
        raise InputError(
            QT_TRANSLATE_NOOP("ZoastErrors", "Costs: {count} {field} position(s) out of range, first pairs: {ids}."),
            ids=list(np.flatnonzero(bad)),
            field=name,
        )
