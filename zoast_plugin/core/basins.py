"""Health basins: groups of contiguous territorial units, from patient flows or proximity.

Three methods (DOMAIN.md, "Health basin delineation"):

- :func:`dartmouth_basins` — the Dartmouth Atlas HSA method: every unit joins the
  destination unit (hub) receiving the plurality of its residents' flows, then the basins
  are made contiguous and those under a minimum localization index (LI) or population are
  merged into a neighbour.
- :func:`.louvain.louvain_basins` — modularity maximisation on the flow graph with a Louvain
  algorithm spatially constrained as in Wang & Wang 2022: a unit (or, after aggregation,
  a group of units) may only join a basin it touches.
- :func:`.proximity.proximity_basins` — when no flows exist: the nearest hub by cost, or the hub of
  highest Huff probability.

Units are row positions ``0..n-1``; flows are an ``n × n`` ``scipy.sparse`` matrix of
volumes (origin rows, destination columns) built by :func:`flow_matrix` from long arrays;
adjacency is the boolean matrix of :mod:`.adjacency`. This module holds what the three
share (inputs, the :class:`Basins` result, contiguity repairs) and the Dartmouth method;
Louvain and proximity have modules of their own. Every method returns a :class:`Basins`.
Indicators per basin are in :mod:`.basin_indices`.
"""

from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from .adjacency import cut_between_groups, isolated_units
from .basin_indices import modularity
from .errors import QT_TRANSLATE_NOOP, InputError, first_ids
from .progress import ProgressCallback, report
from .validation import require_non_negative

#: Default minimum localization index of a basin (Haynes et al. 2020, R package HSAr).
DEFAULT_MIN_LI = 0.4
#: Default minimum basin population: 0, i.e. no size rule. No source fixes a population
#: floor for health basins; the user sets one for the care level studied.
DEFAULT_MIN_POPULATION = 0.0
#: Default Louvain resolution (1 = the classic modularity of Newman & Girvan).
DEFAULT_RESOLUTION = 1.0
#: Default random seed of the Louvain node order (any fixed value gives repeatable basins).
DEFAULT_SEED = 0
#: Default Huff distance-decay exponent for f(c) = c^-beta (the classic gravity value 2;
#: no source fixes it for health care, calibrate it on flows when they exist).
DEFAULT_POWER_BETA = 2.0
#: Default Huff decay rate for f(c) = exp(-beta·c), per cost unit (0.1 per minute halves
#: the attraction every ~7 minutes; illustrative, calibrate it when flows exist).
DEFAULT_EXPONENTIAL_BETA = 0.1
#: Default floor of the cost in the power decay (same unit as the cost, e.g. 1 minute):
#: c^-beta is infinite at c = 0, so smaller costs are raised to it.
DEFAULT_MIN_COST = 1.0

#: Safety caps of the Louvain loops (a pass visits every node once; a level aggregates).
#: They are never reached on real data, which converges in a few passes and levels.
_MAX_PASSES = 1000
_MAX_LEVELS = 100


@dataclass
class CountedWarning:
    """Something the user must know, not an error: a translatable template and the ids."""

    template: str
    ids: list

    @property
    def count(self) -> int:
        return len(self.ids)

    def format(self, template: Optional[str] = None) -> str:
        """The message (``template`` may be a translation of :attr:`template`)."""
        return (template or self.template).format(count=self.count, ids=first_ids(self.ids))


@dataclass
class Basins:
    """Result of a delineation.

    ``labels``: basin of each unit, ``0..k-1`` (−1: no basin, counted in ``warnings``).
    ``hub_unit``: per basin, the unit position of its hub (−1 when it has none). For the
    flow methods it is the plurality destination (Dartmouth) or the unit receiving the
    most flows (Louvain); for proximity, ``hub_units[hub]`` when given.
    ``hub``: per basin, the hub's index in the cost table (proximity only, else = hub_unit).
    ``failing``: basins still under ``min_li`` / ``min_population`` that no merge could fix.
    ``modularity``: of the partition on the symmetrised flows (NaN for proximity).
    ``probability``: proximity only, per unit the Huff probability (or 1 for nearest) of
    its basin's hub.
    """

    labels: np.ndarray
    hub_unit: np.ndarray
    hub: np.ndarray
    failing: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    warnings: List[CountedWarning] = field(default_factory=list)
    modularity: float = float("nan")
    probability: Optional[np.ndarray] = None

    @property
    def n_basins(self) -> int:
        return len(self.hub_unit)


# --------------------------------------------------------------------------- inputs


def flow_indices(
    unit_ids: Sequence,
    origin_ids: Sequence,
    dest_ids: Sequence,
    origin_field: str = "origin_id",
    dest_field: str = "dest_id",
):
    """Row positions of the flows' origin and destination ids in ``unit_ids``.

    Raises :class:`InputError` naming the field and the first unknown ids.
    """
    index = pd.Index(pd.Series(unit_ids).astype(str))
    positions = []
    for values, name in ((origin_ids, origin_field), (dest_ids, dest_field)):
        values = pd.Series(values).astype(str).to_numpy()
        found = index.get_indexer(values)
        if (found < 0).any():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Field '{field}': {count} flow id(s) are not units of the units layer, first: {ids}. "
                    "Check the id field and the unit codes (e.g. FR:59350, BE:57081)."
                ),
                ids=list(pd.unique(values[found < 0])),
                field=name,
            )
        positions.append(found.astype(np.int64))
    return positions[0], positions[1]


def flow_matrix(
    origin: np.ndarray,
    destination: np.ndarray,
    volume: np.ndarray,
    n_units: int,
    row_ids: Optional[Sequence] = None,
    volume_field: str = "patients",
) -> sp.csr_matrix:
    """The ``n_units × n_units`` matrix of summed volumes (origin rows, destination columns).

    Long arrays in, duplicates summed, zero volumes dropped. Positions must be in
    ``0..n_units-1`` and volumes finite and ≥ 0 (else :class:`InputError`; ``row_ids``
    name the offending flow rows, default their positions).
    """
    origin = np.asarray(origin)
    destination = np.asarray(destination)
    ids = pd.Series(np.arange(len(origin)) if row_ids is None else list(row_ids))
    for values, name in ((origin, "origin"), (destination, "destination")):
        bad = (values < 0) | (values >= n_units)
        if bad.any():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Flows: {count} {field} position(s) outside the units, first flow rows: {ids}."
                ),
                ids=list(ids.to_numpy()[bad]),
                field=name,
            )
    volume = require_non_negative(pd.Series(volume), ids, volume_field)
    matrix = sp.csr_matrix((volume, (origin, destination)), shape=(n_units, n_units))
    matrix.sum_duplicates()
    matrix.eliminate_zeros()
    return matrix


def _ids_at(ids: Optional[Sequence], positions) -> list:
    positions = list(np.asarray(positions, dtype=np.int64))
    if ids is None:
        return [int(p) for p in positions]
    ids = list(ids)
    return [ids[p] for p in positions]


def _prepare(flows, adjacency, country, allow_cross_border):
    """Flows and adjacency as csr; across-border flows and adjacency cut when required."""
    flows = sp.csr_matrix(flows, dtype=np.float64)
    adjacency = sp.csr_matrix(adjacency, dtype=bool)
    n = flows.shape[0]
    if flows.shape != (n, n) or adjacency.shape != (n, n):
        raise InputError(
            QT_TRANSLATE_NOOP("ZoastErrors", "Flows ({flows}) and adjacency ({adjacency}) must both be units × units."),
            flows="×".join(map(str, flows.shape)),
            adjacency="×".join(map(str, adjacency.shape)),
        )
    adjacency = _without_diagonal(adjacency)
    if not allow_cross_border:
        if country is None:
            raise InputError(
                QT_TRANSLATE_NOOP("ZoastErrors", "Basins within each country need the units' country field.")
            )
        flows = cut_between_groups(flows, country)
        adjacency = cut_between_groups(adjacency, country)
    return flows, adjacency


def _without_diagonal(matrix) -> sp.csr_matrix:
    """``matrix`` as csr with its diagonal and explicit zeros removed."""
    coo = sp.coo_matrix(matrix)
    keep = (coo.row != coo.col) & (coo.data != 0)
    return sp.csr_matrix((coo.data[keep], (coo.row[keep], coo.col[keep])), shape=coo.shape)


def _island_warning(adjacency, ids) -> List[CountedWarning]:
    islands = isolated_units(adjacency)
    if len(islands) == 0:
        return []
    return [
        CountedWarning(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "{count} unit(s) touch no other unit (islands), first: {ids}. "
                "They keep the basin their flows give, without contiguity."
            ),
            _ids_at(ids, islands),
        )
    ]


# --------------------------------------------------------------------------- helpers


def _best_per_group(group: np.ndarray, candidate: np.ndarray, *scores: np.ndarray):
    """For each group, the candidate with the largest scores (compared in order).

    Ties on every score go to the smallest candidate, so results are deterministic.
    Returns ``(groups, chosen)`` for the groups present.
    """
    if len(group) == 0:
        return group[:0], candidate[:0]
    keys = [candidate] + [-np.asarray(s, dtype=np.float64) for s in reversed(scores)] + [group]
    order = np.lexsort(keys)
    g = group[order]
    first = np.r_[True, g[1:] != g[:-1]]
    return g[first], candidate[order][first]


def _membership(labels: np.ndarray, k: int) -> sp.csr_matrix:
    """``n × k`` 0/1 matrix of units in basins (units labelled −1 belong to none)."""
    rows = np.flatnonzero(labels >= 0)
    return sp.csr_matrix(
        (np.ones(len(rows)), (rows, labels[rows])), shape=(len(labels), k)
    )


def _compact(labels: np.ndarray):
    """Relabel basins ``0..k-1`` in order of their current labels; −1 stays −1."""
    used = np.unique(labels[labels >= 0])
    out = np.full(len(labels), -1, dtype=np.int64)
    out[labels >= 0] = np.searchsorted(used, labels[labels >= 0])
    return out, used


def _fill_by_adjacency(labels, adjacency, centroids, ids, warnings):
    """Give units labelled −1 a basin: the adjacent basin with most neighbouring units.

    Repeated so a block of unassigned units fills from its edge inwards. Units that no
    labelled unit can be reached from (islands, or blocks with no flows at all) join the
    basin of the nearest labelled unit by centroid when ``centroids`` are given, else
    each such connected block becomes a basin of its own (with no hub).
    """
    labels = labels.copy()
    coo = sp.coo_matrix(adjacency)
    while True:
        todo = (labels[coo.row] < 0) & (labels[coo.col] >= 0)
        if not todo.any():
            break
        counts = sp.coo_matrix(
            (np.ones(todo.sum()), (coo.row[todo], labels[coo.col[todo]])),
            shape=(len(labels), labels.max() + 1),
        ).tocsr()
        counts.sum_duplicates()
        c = counts.tocoo()
        units, basins = _best_per_group(c.row, c.col, c.data)
        labels[units] = basins
    missing = np.flatnonzero(labels < 0)
    if len(missing) == 0:
        return labels
    if centroids is not None and (labels >= 0).any():
        centroids = np.asarray(centroids, dtype=np.float64)
        done = np.flatnonzero(labels >= 0)
        _, nearest = cKDTree(centroids[done]).query(centroids[missing])
        labels[missing] = labels[done[nearest]]
        warnings.append(
            CountedWarning(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "{count} unit(s) with no flows touch no basin, first: {ids}. "
                    "They joined the basin of the nearest unit."
                ),
                _ids_at(ids, missing),
            )
        )
        return labels
    sub = adjacency[missing][:, missing]
    _, block = connected_components(sub, directed=False)
    labels[missing] = labels.max() + 1 + block
    warnings.append(
        CountedWarning(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "{count} unit(s) with no flows touch no basin, first: {ids}. "
                "Each such block is a basin of its own, with no hub."
            ),
            _ids_at(ids, missing),
        )
    )
    return labels


def _anchor_components(labels, hub_unit, adjacency):
    """Component of each unit within its basin, and the basin's anchor component.

    The anchor is the component holding the hub, or (no hub) the one with most units.
    """
    coo = sp.coo_matrix(adjacency)
    same = labels[coo.row] == labels[coo.col]
    inner = sp.csr_matrix(
        (np.ones(same.sum()), (coo.row[same], coo.col[same])), shape=adjacency.shape
    )
    _, comp = connected_components(inner, directed=False)
    k = len(hub_unit)
    size = np.bincount(comp)
    units = np.flatnonzero(labels >= 0)
    basins, biggest = _best_per_group(labels[units], comp[units], size[comp[units]])
    anchor = np.full(k, -1, dtype=np.int64)
    anchor[basins] = biggest
    has_hub = hub_unit >= 0
    anchor[has_hub] = comp[hub_unit[has_hub]]
    return comp, anchor


def _reattach_fragments(labels, hub_unit, adjacency, flows, ids, warnings):
    """Make basins contiguous: fragments join a touching basin.

    A fragment is a connected piece of a basin (in the adjacency graph) that does not
    hold the hub. It joins the touching basin receiving the most flows from its
    residents; ties (or no flows) go to the one sharing the most borders (adjacent
    unit pairs), then to the smallest basin id. Fragments touching only other fragments
    wait for the next round. Those touching nothing (islands) stay, with a warning.
    """
    labels = labels.copy()
    k = len(hub_unit)
    coo = sp.coo_matrix(adjacency)
    while True:
        comp, anchor = _anchor_components(labels, hub_unit, adjacency)
        assigned = labels >= 0
        fragment = np.zeros(len(labels), dtype=bool)
        fragment[assigned] = comp[assigned] != anchor[labels[assigned]]
        if not fragment.any():
            return labels
        # Touching anchors: edges from a fragment unit to an anchor (non-fragment) unit.
        touch = fragment[coo.row] & ~fragment[coo.col] & (labels[coo.col] >= 0)
        frag_comp = comp[coo.row[touch]]
        target = labels[coo.col[touch]]
        border = sp.coo_matrix(
            (np.ones(touch.sum()), (frag_comp, target)), shape=(comp.max() + 1, k)
        ).tocsr()
        border.sum_duplicates()
        frag_units = np.flatnonzero(fragment)
        to_basin = (flows[frag_units] @ _membership(labels, k)).tocoo()
        sent = sp.csr_matrix(
            (to_basin.data, (comp[frag_units[to_basin.row]], to_basin.col)), shape=border.shape
        )
        sent.sum_duplicates()
        b = border.tocoo()
        volume = np.asarray(sent[b.row, b.col]).ravel()
        comps, chosen = _best_per_group(b.row, b.col, volume, b.data)
        if len(comps) == 0:
            break
        new_label = np.full(comp.max() + 1, -1, dtype=np.int64)
        new_label[comps] = chosen
        moving = fragment & (new_label[comp] >= 0)
        labels[moving] = new_label[comp[moving]]
    stuck = np.flatnonzero(fragment)
    warnings.append(
        CountedWarning(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "{count} unit(s) are cut off from their basin's hub and touch no other basin "
                "(e.g. islands), first: {ids}. They stay in the basin their flows give."
            ),
            _ids_at(ids, stuck),
        )
    )
    return labels


def _merge_weak(labels, hub_unit, flows, adjacency, population, min_li, min_population):
    """Merge basins under ``min_li`` or ``min_population`` into a neighbour, repeatedly.

    A failing basin merges into the adjacent basin its residents send the most flows to
    (ties and no flows: the one sharing most borders, then the smallest id). Each round
    takes failing basins weakest first (lowest LI, then population) and accepts a merge
    only if the source has not received a merge and the target is not itself merging
    away in that round, so a basin that grew is re-judged before it moves. Work is done
    on ``k × k`` basin matrices, so a round costs little. Returns labels, hubs and the
    basins still failing that have no neighbour to merge into.
    """
    k = len(hub_unit)
    member = _membership(labels, k)
    between = (member.T @ flows @ member).tocsr()
    touching = (member.T @ sp.csr_matrix(adjacency, dtype=np.float64) @ member).tocsr()
    pop = np.bincount(labels[labels >= 0], population[labels >= 0], minlength=k)
    basin_of = np.arange(k)  # current basin of each original basin
    hubs = hub_unit.copy()
    while True:
        out = np.asarray(between.sum(axis=1)).ravel()
        inside = between.diagonal()
        li = np.divide(inside, out, out=np.zeros_like(out), where=out > 0)
        failing = np.flatnonzero((li < min_li) | (pop < min_population))
        if len(failing) == 0:
            break
        t = touching[failing].tocoo()
        src = failing[t.row]
        keep = t.col != src
        src, dst, border = src[keep], t.col[keep], t.data[keep]
        volume = np.asarray(between[src, dst]).ravel()
        sources, targets = _best_per_group(src, dst, volume, border)
        target_of = dict(zip(sources.tolist(), targets.tolist()))
        weakest = failing[np.lexsort((failing, pop[failing], li[failing]))]
        merges = {}
        received = set()
        for b in weakest.tolist():
            target = target_of.get(b)
            if target is None or b in received or target in merges:
                continue
            merges[b] = target
            received.add(target)
        if not merges:
            break
        step = np.arange(len(pop))
        step[list(merges)] = list(merges.values())
        step, kept = _compact(step)
        move = sp.csr_matrix((np.ones(len(step)), (np.arange(len(step)), step)))
        between = (move.T @ between @ move).tocsr()
        touching = (move.T @ touching @ move).tocsr()
        pop = np.bincount(step, pop)
        hubs = hubs[kept]
        basin_of = step[basin_of]
    new_labels = np.where(labels >= 0, basin_of[np.maximum(labels, 0)], -1)
    return new_labels, hubs, failing


# --------------------------------------------------------------------------- Dartmouth


def _plurality(flows: sp.csr_matrix) -> np.ndarray:
    """Per unit, the destination receiving most of its flows (ties: smaller index), or −1."""
    coo = flows.tocoo()
    best = np.full(flows.shape[0], -1, dtype=np.int64)
    units, dest = _best_per_group(coo.row, coo.col, coo.data)
    best[units] = dest
    return best


def dartmouth_basins(
    flows: sp.spmatrix,
    adjacency: sp.spmatrix,
    population: np.ndarray,
    min_li: float = DEFAULT_MIN_LI,
    min_population: float = DEFAULT_MIN_POPULATION,
    country: Optional[Sequence] = None,
    allow_cross_border: bool = True,
    centroids: Optional[np.ndarray] = None,
    ids: Optional[Sequence] = None,
    progress: ProgressCallback = None,
) -> Basins:
    """Dartmouth Atlas plurality basins, made contiguous, weak ones merged.

    1. Plurality: each unit with flows joins the destination unit receiving the most of
       its volume (ties: the smaller unit position). Those destinations are the hubs, and
       a hub belongs to its own basin (as a hospital town does in the HSA method), even
       if its own residents mostly go elsewhere.
    2. Units with no flows join the adjacent basin with most neighbouring units, else the
       nearest by ``centroids`` (else a basin of their own); counted warnings.
    3. Contiguity: pieces of a basin cut off from its hub join the touching basin they send
       most flows to (see :func:`_reattach_fragments`).
    4. Basins with LI < ``min_li`` or population < ``min_population`` merge into the adjacent
       basin they send most flows to, repeatedly, until all pass or none can merge; those
       left are :attr:`Basins.failing`. LI of a basin whose residents have no flows is 0.

    With ``allow_cross_border=False`` flows and adjacency between different ``country``
    values are ignored, so each basin lies in one country.
    """
    flows, adjacency = _prepare(flows, adjacency, country, allow_cross_border)
    population = np.asarray(population, dtype=np.float64)
    n = flows.shape[0]
    warnings = _island_warning(adjacency, ids)
    best = _plurality(flows)
    hubs = np.unique(best[best >= 0])
    best[hubs] = hubs
    labels, hub_unit = _compact(best)
    report(progress, 0.3)
    labels = _fill_by_adjacency(labels, adjacency, centroids, ids, warnings)
    hub_unit = np.r_[hub_unit, np.full(labels.max() + 1 - len(hub_unit), -1)] if n else hub_unit
    report(progress, 0.5)
    labels = _reattach_fragments(labels, hub_unit, adjacency, flows, ids, warnings)
    labels, hub_unit = _drop_empty(labels, hub_unit)
    report(progress, 0.7)
    labels, hub_unit, failing = _merge_weak(
        labels, hub_unit, flows, adjacency, population, min_li, min_population
    )
    if len(failing):
        warnings.append(
            CountedWarning(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "{count} basin(s) stay under the minimum LI or population: they touch no "
                    "basin to merge into. First hubs: {ids}."
                ),
                _ids_at(ids, hub_unit[failing][hub_unit[failing] >= 0]),
            )
        )
    report(progress, 1.0)
    return Basins(
        labels=labels,
        hub_unit=hub_unit,
        hub=hub_unit.copy(),
        failing=failing,
        warnings=warnings,
        modularity=modularity(flows, labels) if n else float("nan"),
    )


def _drop_empty(labels, hub_unit):
    """Remove basins left with no unit (a hubless block absorbed elsewhere)."""
    labels, kept = _compact(labels)
    return labels, hub_unit[kept]
