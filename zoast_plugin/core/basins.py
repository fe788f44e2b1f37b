"""Health basins: groups of territorial units, from patient flows or proximity.

The flow methods give contiguous basins (units touching no other basin aside); the
proximity methods give no such guarantee unless asked (see :mod:`.proximity`).

Three methods (DOMAIN.md, "Health basin delineation"):

- :func:`dartmouth_basins` — the Dartmouth Atlas HSA method: every unit joins the
  destination unit (hub) receiving the plurality of its residents' flows, then the basins
  are made contiguous and those under a minimum localization index (LI), population or
  flow volume are merged into a neighbour.
- :func:`.louvain.louvain_basins` — modularity maximisation on the flow graph with a Louvain
  algorithm spatially constrained as in Wang & Wang 2022: a unit (or, after aggregation,
  a group of units) may only join a basin it touches; several seeds, the best kept; then
  the same fills, island rule and merges as Dartmouth.
- :func:`.proximity.proximity_basins` — when no flows exist: the nearest hub by cost, or the hub of
  highest Huff probability.

Units are row positions ``0..n-1``; flows are an ``n × n`` ``scipy.sparse`` matrix of
volumes (origin rows, destination columns) built by :func:`flow_matrix` from long arrays;
adjacency is the boolean matrix of :mod:`.adjacency`. This module holds what the three
share (inputs, the :class:`Basins` result with its audit, contiguity repairs, merges), the
Dartmouth method and :func:`basin_tables`, the reported tables of any result; Louvain and
proximity have modules of their own. Indicators per basin and the failing rules are in
:mod:`.basin_indices`.
"""

from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from .adjacency import cut_between_groups, isolated_units
from .basin_indices import basin_indicators, failing_basins, judged_flows, modularity
from .errors import QT_TRANSLATE_NOOP, InputError, first_ids
from .progress import ProgressCallback, report
from .validation import require_non_negative

#: Default minimum localization index of a basin (Haynes et al. 2020, R package HSAr).
DEFAULT_MIN_LI = 0.4
#: Default minimum basin population: 0, i.e. no size rule. No source fixes a population
#: floor for health basins; the user sets one for the care level studied.
DEFAULT_MIN_POPULATION = 0.0
#: Default minimum flow volume of a basin's residents: 10 (stays, Haynes et al. 2020, HSAr:
#: "LI ≥ 0.4 and at least 10 stays"), counted in the flows' volume field.
DEFAULT_MIN_VOLUME = 10.0
#: Default number of Louvain runs with seeds seed, seed+1, …; the best modularity is kept.
DEFAULT_LOUVAIN_TRIES = 10
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


# How each unit got its basin (the ``assignment`` audit field; stable codes, not translated).
PLURALITY = "plurality"  # joined the basin of the destination receiving most of its flows
HUB = "hub"  # a hub, kept in its own basin although most of its flows go elsewhere
COMMUNITY = "community"  # Louvain: its modularity community
CONTIGUITY = "contiguity"  # cut off from its basin's hub: moved to the touching basin it prefers
NO_FLOWS_NEIGHBOURS = "no_flows_neighbours"  # no flows: the touching basin with most neighbours
NO_FLOWS_NEAREST = "no_flows_nearest"  # no flows, touching no basin: the basin of the nearest unit
NO_FLOWS_OWN = "no_flows_own_basin"  # no flows, touching no basin, no centroids: a basin of its own
ISLAND = "island"  # touches no other unit (or cut off with no basin to touch): basin of its flows
NEAREST_HUB = "nearest_hub"  # proximity: its nearest hub
HUFF = "huff"  # proximity: its most probable hub
UNREACHABLE = "unreachable"  # proximity: reaches no hub, in no basin

#: Columns of the basins table after basin_id and the hub, always present (NaN when not computable).
INDICATOR_COLUMNS = ("population", "n_units", "volume", "li", "msi", "li_all_flows", "msi_all_flows",
                     "cross_border_share", "compactness", "mean_travel_time", "travel_time_coverage")

#: Keys of :attr:`Basins.summary` (counts of what the method did).
SUMMARY_KEYS = ("units_filled_neighbours", "units_filled_nearest", "units_reattached", "island_units",
                "basins_merged", "units_merged", "basins_in_pieces")


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

    Audit, per unit: ``assignment`` (one of the codes above: how it got its basin),
    ``merged_from`` (unit position of the hub of the basin it was in before that basin was
    merged for failing the minimum LI, population or volume; −1 when not merged),
    ``plurality_dest`` and ``plurality_share`` (the destination receiving most of its judged
    flows and that share; −1 / NaN without flows). Per basin: ``n_pieces`` (connected pieces
    in the adjacency), ``failing_reason`` (see :func:`.basin_indices.failing_basins`).
    ``summary``: counts (:data:`SUMMARY_KEYS`). Louvain: ``seed`` kept and ``tries`` (one
    row per seed tried: seed, modularity).
    """

    labels: np.ndarray
    hub_unit: np.ndarray
    hub: np.ndarray
    failing: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    warnings: List[CountedWarning] = field(default_factory=list)
    modularity: float = float("nan")
    probability: Optional[np.ndarray] = None
    assignment: Optional[np.ndarray] = None
    merged_from: Optional[np.ndarray] = None
    plurality_dest: Optional[np.ndarray] = None
    plurality_share: Optional[np.ndarray] = None
    n_pieces: Optional[np.ndarray] = None
    failing_reason: Optional[np.ndarray] = None
    summary: dict = field(default_factory=dict)
    seed: Optional[int] = None
    tries: Optional[pd.DataFrame] = None

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


def parse_care_types(text: Optional[str]) -> List[str]:
    """The care types listed in ``text`` (separated by ``;`` or ``,``; blanks ignored)."""
    if not text:
        return []
    return [part.strip() for part in str(text).replace(",", ";").split(";") if part.strip()]


def care_type_rows(values: Sequence, wanted: Sequence[str], field: str = "care_type") -> np.ndarray:
    """Mask of the flow rows whose care type is one of ``wanted`` (all rows when empty).

    Types are compared as text. A wanted type absent from the field is an error naming the
    field, the unknown types and the types the table holds, so a typo never empties the
    basins silently.
    """
    values = pd.Series(values).astype(str).to_numpy()
    if not wanted:
        return np.ones(len(values), dtype=bool)
    present = pd.unique(values)
    unknown = [w for w in wanted if w not in set(present)]
    if unknown:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} care type(s) asked for are not in the flow table: {ids}. "
                "The table holds: {present}."
            ),
            ids=unknown,
            field=field,
            present=first_ids(sorted(present)),
        )
    return np.isin(values, list(wanted))


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


def _fill_by_adjacency(labels, adjacency, centroids, ids, warnings, assignment=None):
    """Give units labelled −1 a basin: the adjacent basin with most neighbouring units.

    Repeated so a block of unassigned units fills from its edge inwards. Units that no
    labelled unit can be reached from (islands, or blocks with no flows at all) join the
    basin of the nearest labelled unit by centroid when ``centroids`` are given, else
    each such connected block becomes a basin of its own (with no hub). ``assignment``
    (per unit codes) is updated in place.
    """
    labels = labels.copy()
    if assignment is None:
        assignment = np.empty(len(labels), dtype=object)
    assignment[labels < 0] = NO_FLOWS_NEIGHBOURS
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
        assignment[missing] = NO_FLOWS_NEAREST
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
    assignment[missing] = NO_FLOWS_OWN
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
    has_hub[has_hub] = labels[hub_unit[has_hub]] == np.flatnonzero(has_hub)  # a hub outside its basin anchors nothing
    anchor[has_hub] = comp[hub_unit[has_hub]]
    return comp, anchor


def basin_pieces(labels: np.ndarray, adjacency) -> np.ndarray:
    """Per basin ``0..k-1``, the number of connected pieces of its units in ``adjacency``."""
    labels = np.asarray(labels, dtype=np.int64)
    k = labels.max(initial=-1) + 1
    coo = sp.coo_matrix(adjacency)
    same = (labels[coo.row] == labels[coo.col]) & (labels[coo.row] >= 0)
    inner = sp.csr_matrix((np.ones(same.sum()), (coo.row[same], coo.col[same])), shape=(len(labels), len(labels)))
    _, comp = connected_components(inner, directed=False)
    units = np.flatnonzero(labels >= 0)
    pairs = np.unique(np.c_[labels[units], comp[units]], axis=0) if len(units) else np.zeros((0, 2), dtype=np.int64)
    return np.bincount(pairs[:, 0], minlength=k)


def _flow_preference(flows):
    """Scores of units for basins: the flows they send to each basin's units."""
    def preference(units, labels, k):
        return flows[units] @ _membership(labels, k)
    return preference


def _reattach_fragments(labels, hub_unit, adjacency, flows, ids, warnings, assignment=None, preference=None):
    """Make basins contiguous: fragments join a touching basin.

    A fragment is a connected piece of a basin (in the adjacency graph) that does not
    hold the hub (no hub in the basin: that is not its largest piece). It joins the
    touching basin receiving the most flows from its residents (or, with ``preference``
    a function ``(units, labels, k) → units × k`` scores, the basin of highest summed
    score); ties (or no flows) go to the one sharing the most borders (adjacent unit
    pairs), then to the smallest basin id. Fragments touching only other fragments wait
    for the next round. Those touching nothing (islands) stay, with a warning. Moved units
    get the code :data:`CONTIGUITY` in ``assignment``, those stuck :data:`ISLAND`.
    """
    labels = labels.copy()
    preference = preference or _flow_preference(flows)
    if assignment is None:
        assignment = np.empty(len(labels), dtype=object)
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
        to_basin = sp.coo_matrix(preference(frag_units, labels, k))
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
        assignment[moving] = CONTIGUITY
    stuck = np.flatnonzero(fragment)
    keep = np.isin(assignment[stuck], (NO_FLOWS_NEAREST, NO_FLOWS_OWN))  # already say they touch no basin
    assignment[stuck[~keep]] = ISLAND
    warnings.append(
        CountedWarning(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "{count} unit(s) are cut off from their basin's hub and touch no other basin "
                "(e.g. islands), first: {ids}. They stay in the basin they were given."
            ),
            _ids_at(ids, stuck),
        )
    )
    return labels


def _merge_weak(labels, hub_unit, flows, adjacency, population, min_li, min_population, min_volume=0.0):
    """Merge basins under ``min_li``, ``min_population`` or ``min_volume`` into a neighbour, repeatedly.

    A failing basin merges into the adjacent basin its residents send the most flows to
    (ties and no flows: the one sharing most borders, then the smallest id). Each round
    takes failing basins weakest first (lowest LI, then population) and accepts a merge
    only if the source has not received a merge and the target is not itself merging
    away in that round, so a basin that grew is re-judged before it moves. Work is done
    on ``k × k`` basin matrices, so a round costs little. The rules are
    :func:`.basin_indices.failing_basins` on the flows given (the judged flows). Returns
    labels, hubs, the basins still failing (that have no neighbour to merge into), their
    reasons (per final basin), per unit the hub position of the basin it was in before
    being merged (−1: not merged) and the number of merges.
    """
    k = len(hub_unit)
    member = _membership(labels, k)
    between = (member.T @ flows @ member).tocsr()
    touching = (member.T @ sp.csr_matrix(adjacency, dtype=np.float64) @ member).tocsr()
    pop = np.bincount(labels[labels >= 0], population[labels >= 0], minlength=k)
    basin_of = np.arange(k)  # current basin of each original basin
    hubs = hub_unit.copy()
    n_merges = 0
    absorbed = np.zeros(k, dtype=bool)  # original basins merged into another
    while True:
        out = np.asarray(between.sum(axis=1)).ravel()
        inside = between.diagonal()
        li = np.divide(inside, out, out=np.full_like(out, np.nan), where=out > 0)
        failed, reason = failing_basins(li, pop, out, min_li, min_population, min_volume)
        li = np.nan_to_num(li, nan=0.0)
        failing = np.flatnonzero(failed)
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
        n_merges += len(merges)
        absorbed |= np.isin(basin_of, list(merges))
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
    in_basin = labels >= 0
    merged = in_basin & absorbed[np.maximum(labels, 0)]
    merged_from = np.where(merged, hub_unit[np.maximum(labels, 0)], -1)
    return new_labels, hubs, failing, reason, merged, merged_from, n_merges


# --------------------------------------------------------------------------- Dartmouth


def _plurality(flows: sp.csr_matrix) -> np.ndarray:
    """Per unit, the destination receiving most of its flows (ties: smaller index), or −1."""
    coo = flows.tocoo()
    best = np.full(flows.shape[0], -1, dtype=np.int64)
    units, dest = _best_per_group(coo.row, coo.col, coo.data)
    best[units] = dest
    return best


def plurality(flows: sp.spmatrix):
    """Per unit: its plurality destination (−1 without flows) and that destination's share
    of its flows (NaN without flows)."""
    flows = sp.csr_matrix(flows)
    best = _plurality(flows)
    share = np.full(flows.shape[0], np.nan)
    has = best >= 0
    if has.any():
        rows = np.flatnonzero(has)
        share[rows] = np.asarray(flows[rows, best[rows]]).ravel() / np.asarray(flows[rows].sum(axis=1)).ravel()
    return best, share


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
    min_volume: float = 0.0,
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
    4. Basins with LI < ``min_li``, population < ``min_population`` or residents' flow
       volume < ``min_volume`` merge into the adjacent basin they send most flows to,
       repeatedly, until all pass or none can merge; those left are
       :attr:`Basins.failing`. A basin whose residents have no flows fails the LI rule.

    With ``allow_cross_border=False`` flows and adjacency between different ``country``
    values are ignored (the judged flows of :mod:`.basin_indices`), so each basin lies in
    one country. The result carries the audit of every step (:class:`Basins`).
    """
    flows, adjacency = _prepare(flows, adjacency, country, allow_cross_border)
    population = np.asarray(population, dtype=np.float64)
    n = flows.shape[0]
    warnings = _island_warning(adjacency, ids)
    best, share = plurality(flows)
    dest = best.copy()
    assignment = np.full(n, PLURALITY, dtype=object)
    hubs = np.unique(best[best >= 0])
    assignment[hubs[best[hubs] != hubs]] = HUB
    best[hubs] = hubs
    labels, hub_unit = _compact(best)
    report(progress, 0.3)
    labels = _fill_by_adjacency(labels, adjacency, centroids, ids, warnings, assignment)
    hub_unit = np.r_[hub_unit, np.full(labels.max() + 1 - len(hub_unit), -1)] if n else hub_unit
    _mark_islands(labels, hub_unit, adjacency, assignment)
    report(progress, 0.5)
    labels = _reattach_fragments(labels, hub_unit, adjacency, flows, ids, warnings, assignment)
    labels, hub_unit = _drop_empty(labels, hub_unit)
    report(progress, 0.7)
    result = _merge_and_audit(labels, hub_unit, flows, adjacency, population, min_li, min_population,
                              min_volume, ids, warnings, assignment)
    result.plurality_dest, result.plurality_share = dest, share
    report(progress, 1.0)
    return result


def _mark_islands(labels, hub_unit, adjacency, assignment) -> None:
    """Units touching no other unit, kept in a basin they are not the hub of: :data:`ISLAND`."""
    islands = isolated_units(adjacency)
    if len(islands) == 0:
        return
    own_hub = np.zeros(len(labels), dtype=bool)
    own_hub[hub_unit[hub_unit >= 0]] = True
    flowing = np.isin(assignment[islands], (PLURALITY, HUB, COMMUNITY))
    assignment[islands[flowing & ~own_hub[islands]]] = ISLAND


def _merge_and_audit(labels, hub_unit, flows, adjacency, population, min_li, min_population, min_volume, ids,
                     warnings, assignment) -> Basins:
    """Step 4 of the flow methods (merges of failing basins), then the result with its audit."""
    n = flows.shape[0]
    labels, hub_unit, failing, reason, merged, merged_from, n_merges = _merge_weak(
        labels, hub_unit, flows, adjacency, population, min_li, min_population, min_volume
    )
    if len(failing):
        warnings.append(
            CountedWarning(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "{count} basin(s) stay under the minimum LI, population or flow volume: they touch no "
                    "basin to merge into. First hubs (or first unit of a basin without hub): {ids}."
                ),
                # A basin without hub (units without flows touching no basin) is named by its first unit.
                _ids_at(ids, [hub_unit[b] if hub_unit[b] >= 0 else np.flatnonzero(labels == b)[0] for b in failing]),
            )
        )
    pieces = basin_pieces(labels, adjacency)
    summary = _summary(assignment, merged, n_merges, pieces)
    return Basins(
        labels=labels,
        hub_unit=hub_unit,
        hub=hub_unit.copy(),
        failing=failing,
        warnings=warnings,
        modularity=modularity(flows, labels) if n else float("nan"),
        assignment=assignment,
        merged_from=merged_from,
        n_pieces=pieces,
        failing_reason=reason,
        summary=summary,
    )


def _summary(assignment, merged, n_merges, pieces) -> dict:
    """Counts of what the method did (:data:`SUMMARY_KEYS`)."""
    count = pd.Series(assignment).value_counts()
    return {
        "units_filled_neighbours": int(count.get(NO_FLOWS_NEIGHBOURS, 0)),
        "units_filled_nearest": int(count.get(NO_FLOWS_NEAREST, 0) + count.get(NO_FLOWS_OWN, 0)),
        "units_reattached": int(count.get(CONTIGUITY, 0)),
        "island_units": int(count.get(ISLAND, 0)),
        "basins_merged": int(n_merges),
        "units_merged": int(np.count_nonzero(merged)),
        "basins_in_pieces": int(np.count_nonzero(pieces > 1)),
    }


def _drop_empty(labels, hub_unit):
    """Remove basins left with no unit (a hubless block absorbed elsewhere)."""
    labels, kept = _compact(labels)
    return labels, hub_unit[kept]


# --------------------------------------------------------------------------- tables


@dataclass
class BasinTables:
    """What a delineation reports: ``units`` (one row per unit, in input order: basin, hub
    and audit columns), ``basins`` (one row per basin: hub, indicators, pieces, failing)
    and ``outputs`` (the numeric run summary, named as the algorithm's outputs)."""

    units: pd.DataFrame
    basins: pd.DataFrame
    outputs: dict


def values_at(values, positions) -> list:
    """``values[positions]`` as a list, None where the position is −1."""
    values = np.asarray(values, dtype=object)
    return [values[p] if p >= 0 else None for p in np.asarray(positions, dtype=np.int64)]


def basin_tables(
    result: Basins,
    population: np.ndarray,
    flows: Optional[sp.spmatrix] = None,
    country: Optional[Sequence] = None,
    allow_cross_border: bool = True,
    adjacency=None,
    ids: Optional[Sequence] = None,
    names: Optional[Sequence] = None,
    hub_ids: Optional[Sequence] = None,
    min_li: float = DEFAULT_MIN_LI,
    min_population: float = DEFAULT_MIN_POPULATION,
    min_volume: float = DEFAULT_MIN_VOLUME,
    travel_cost=None,
    dissolved=None,
    filtered_rows: int = 0,
) -> BasinTables:
    """The reported tables of any method's result, with one definition of each indicator.

    Indicators come from :func:`.basin_indices.basin_indicators` on the judged flows
    (within each country when ``allow_cross_border`` is False, see
    :func:`.basin_indices.judged_flows`); ``failing`` and ``failing_reason`` apply
    :func:`.basin_indices.failing_basins` to those very columns, so a basin not failing
    always has ``li`` ≥ ``min_li`` and ``volume`` ≥ ``min_volume``. ``MODULARITY`` is the
    classic modularity of the basins on the judged flows, ``MODULARITY_ALL_FLOWS`` on all
    flows. Without flows the flow columns and rules are left out (NaN). ``ids`` name the
    units (default positions), ``names`` give ``hub_name``, ``hub_ids`` the proximity hubs.
    """
    labels = result.labels
    n, k = len(labels), result.n_basins
    ids = np.arange(n) if ids is None else np.asarray(ids, dtype=object)
    has_flows = flows is not None
    indicators = basin_indicators(labels, population, flows, country, travel_cost=travel_cost, dissolved=dissolved,
                                  within_country=not allow_cross_border)
    judged = judged_flows(flows, country, not allow_cross_border) if has_flows else None
    failing, reason = failing_basins(indicators["li"] if has_flows else None, indicators["population"],
                                     indicators["volume"] if has_flows else None, min_li, min_population, min_volume)
    pieces = result.n_pieces
    if pieces is None:
        pieces = basin_pieces(labels, adjacency) if adjacency is not None else np.full(k, np.nan)
    dest, share = result.plurality_dest, result.plurality_share
    if dest is None and judged is not None:
        dest, share = plurality(judged)
    in_basin = labels >= 0
    at_basin = np.maximum(labels, 0)
    units = pd.DataFrame({
        "basin_id": pd.Series(labels + 1, dtype="Int64").mask(~in_basin),
        "hub_unit_id": values_at(ids, np.where(in_basin, result.hub_unit[at_basin], -1)) if k else [None] * n,
        "hub_id": values_at(hub_ids, np.where(in_basin, result.hub[at_basin], -1)) if hub_ids is not None and k
        else [None] * n,
        "hub_probability": result.probability if result.probability is not None else np.nan,
        "plurality_dest_id": values_at(ids, dest) if dest is not None else [None] * n,
        "plurality_share": share if share is not None else np.nan,
        "assignment": list(result.assignment) if result.assignment is not None else [None] * n,
        "merged_from": values_at(ids, result.merged_from) if result.merged_from is not None else [None] * n,
    })
    hub_in_basin = np.zeros(k, dtype=bool)
    has_hub = result.hub_unit >= 0
    hub_in_basin[has_hub] = labels[result.hub_unit[has_hub]] == np.flatnonzero(has_hub)
    basins = pd.DataFrame({
        "basin_id": np.arange(1, k + 1, dtype=np.int64),
        "hub_unit_id": values_at(ids, result.hub_unit),
        "hub_name": values_at(names, result.hub_unit) if names is not None else [None] * k,
        "hub_id": values_at(hub_ids, result.hub) if hub_ids is not None else [None] * k,
    })
    for column in INDICATOR_COLUMNS:
        basins[column] = indicators[column].to_numpy() if column in indicators else np.nan
    basins["n_units"] = basins["n_units"].astype(np.int64)
    basins["n_pieces"] = pieces
    basins["hub_in_basin"] = hub_in_basin
    basins["failing"] = np.asarray(failing, dtype=bool)
    basins["failing_reason"] = [r or None for r in reason]
    summary = result.summary
    tries = result.tries
    outputs = {
        "N_BASINS": k,
        "FAILING_BASINS": int(failing.sum()),
        "MODULARITY": modularity(judged, labels) if has_flows else float("nan"),
        "MODULARITY_ALL_FLOWS": modularity(flows, labels) if has_flows else float("nan"),
        "UNASSIGNED_UNITS": int((~in_basin).sum()),
        "FLOW_ROWS_FILTERED": int(filtered_rows),
        "UNITS_FILLED": int(summary.get("units_filled_neighbours", 0) + summary.get("units_filled_nearest", 0)),
        "UNITS_REATTACHED": int(summary.get("units_reattached", 0)),
        "ISLAND_UNITS": int(summary.get("island_units", 0)),
        "BASINS_MERGED": int(summary.get("basins_merged", 0)),
        "UNITS_MERGED": int(summary.get("units_merged", 0)),
        "BASINS_IN_PIECES": int(np.count_nonzero(np.asarray(pieces, dtype=np.float64) > 1)),
        "HUBS_OUTSIDE_BASIN": int(np.count_nonzero(has_hub & ~hub_in_basin)),
        "LOUVAIN_SEED": result.seed,
        "LOUVAIN_MODULARITY_MIN": float(tries["modularity"].min()) if tries is not None else float("nan"),
        "LOUVAIN_MODULARITY_MAX": float(tries["modularity"].max()) if tries is not None else float("nan"),
    }
    return BasinTables(units=units, basins=basins, outputs=outputs)
