"""Health basins by modularity: Louvain spatially constrained (Wang & Wang 2022).

A unit — or, after aggregation, a group of units — may only join a basin it touches, so
basins stay contiguous; see :mod:`.basins` for the shared model and the Dartmouth method.
"""

from typing import Optional, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from .basin_indices import modularity
from .basins import (
    _MAX_LEVELS,
    _MAX_PASSES,
    COMMUNITY,
    DEFAULT_RESOLUTION,
    DEFAULT_SEED,
    ISLAND,
    Basins,
    _best_per_group,
    _compact,
    _fill_by_adjacency,
    _island_warning,
    _membership,
    _merge_and_audit,
    _prepare,
    _without_diagonal,
    plurality,
)
from .errors import QT_TRANSLATE_NOOP, InputError
from .progress import ProgressCallback, report, sub_progress


def louvain_basins(
    flows: sp.spmatrix,
    adjacency: sp.spmatrix,
    resolution: float = DEFAULT_RESOLUTION,
    seed: int = DEFAULT_SEED,
    country: Optional[Sequence] = None,
    allow_cross_border: bool = True,
    centroids: Optional[np.ndarray] = None,
    ids: Optional[Sequence] = None,
    progress: ProgressCallback = None,
    tries: int = 1,
    population: Optional[np.ndarray] = None,
    min_li: float = 0.0,
    min_population: float = 0.0,
    min_volume: float = 0.0,
) -> Basins:
    """Basins maximising modularity of the symmetrised flows, spatially constrained.

    The flow graph is undirected with weights ``F + Fᵀ``. Louvain (Blondel et al. 2008)
    alternates local moving and aggregation; here a node may only move to a community it
    touches in ``adjacency`` (Wang & Wang 2022), and after each local-moving phase every
    community is split into its connected pieces, so basins are contiguous. The node order
    is a permutation drawn from the seed: same inputs and seed, same basins.

    Louvain is run ``tries`` times, with seeds ``seed, seed + 1, …``; the communities of
    highest modularity (at ``resolution``; ties: the first seed) are kept. :attr:`Basins.tries`
    lists every seed with its modularity, :attr:`Basins.seed` the one kept.

    Then, as in the Dartmouth method: units with no flows join an adjacent basin; units
    touching no other unit (islands, which Louvain cannot move) join the basin receiving
    most of their flows; basins under ``min_li``, ``min_population`` (needs
    ``population``) or ``min_volume`` merge into the touching basin they send most flows
    to. The hub of a basin is its unit receiving the most flows (ties: smaller position).
    :attr:`Basins.modularity` is the classic modularity (resolution 1) of the final basins
    on the judged flows, as for every method.
    """
    if int(tries) < 1:
        raise InputError(
            QT_TRANSLATE_NOOP("ZoastErrors", "The number of Louvain tries must be 1 or more, got {value}."),
            value=tries,
        )
    flows, adjacency = _prepare(flows, adjacency, country, allow_cross_border)
    n = flows.shape[0]
    population = np.zeros(n) if population is None else np.asarray(population, dtype=np.float64)
    warnings = _island_warning(adjacency, ids)
    sym = (flows + flows.T).tocsr()
    rows, best, best_q = [], None, -np.inf
    for attempt in range(int(tries)):
        step = sub_progress(progress, 0.8 * attempt / tries, 0.8 * (attempt + 1) / tries)
        labels = _constrained_louvain(sym, adjacency, resolution, seed + attempt, step)
        q = modularity(flows, labels, resolution) if n else float("nan")
        rows.append((seed + attempt, q))
        if best is None or q > best_q:
            best, best_q = labels, q
    tried = pd.DataFrame(rows, columns=["seed", "modularity"])
    labels = best if best is not None else np.arange(n)
    no_flow = np.asarray(sym.sum(axis=1)).ravel() == 0
    labels = np.where(no_flow, -1, labels)
    labels, _ = _compact(labels)
    assignment = np.where(no_flow, None, COMMUNITY).astype(object)
    if no_flow.any() and not no_flow.all():
        labels = _fill_by_adjacency(labels, adjacency, centroids, ids, warnings, assignment)
    elif no_flow.all():
        labels = np.arange(n)
        assignment[:] = COMMUNITY
    labels = _islands_follow_their_flows(labels, flows, adjacency, no_flow, assignment)
    report(progress, 0.9)
    hub_unit = _hubs(labels, flows)
    result = _merge_and_audit(labels, hub_unit, flows, adjacency, population, min_li, min_population, min_volume,
                              ids, warnings, assignment)
    result.hub_unit = _hubs(result.labels, flows)
    result.hub = result.hub_unit.copy()
    result.plurality_dest, result.plurality_share = plurality(flows)
    result.seed = int(tried["seed"][tried["modularity"] == best_q].iloc[0]) if len(tried) and np.isfinite(best_q) \
        else int(seed)
    result.tries = tried
    report(progress, 1.0)
    return result


def _hubs(labels, flows) -> np.ndarray:
    """Per basin, its unit receiving the most flows (ties: smaller position)."""
    inflow = np.asarray(flows.sum(axis=0)).ravel()
    n = len(labels)
    inside = labels >= 0
    _, hub_unit = _best_per_group(labels[inside], np.arange(n)[inside], inflow[inside])
    return hub_unit


def _islands_follow_their_flows(labels, flows, adjacency, no_flow, assignment):
    """Basins touching no other basin (islands, groups of islands: Louvain cannot move them)
    join the basin receiving most of their residents' flows, as in the Dartmouth method where
    they keep the basin their flows give. Their own basin counts too (self-flows): when it
    receives the most, they stay. Ties go to the smaller basin id.
    """
    k = labels.max(initial=-1) + 1
    if k < 2:
        return labels
    member = _membership(labels, k)
    touching = _without_diagonal(member.T @ sp.csr_matrix(adjacency, dtype=np.float64) @ member)
    alone = np.flatnonzero(np.diff(touching.indptr) == 0)
    if len(alone) == 0:
        return labels
    between = sp.coo_matrix(member.T @ flows @ member)
    rows = np.isin(between.row, alone)
    basins, target = _best_per_group(between.row[rows], between.col[rows], between.data[rows])
    moving = basins[target != basins]
    if len(moving) == 0:
        return labels
    step = np.arange(k)
    step[moving] = target[target != basins]
    units = np.isin(labels, moving)
    labels = np.where(labels >= 0, step[np.maximum(labels, 0)], -1)
    assignment[units & ~no_flow] = ISLAND
    labels, _ = _compact(labels)
    return labels


def _constrained_louvain(sym, adjacency, resolution, seed, progress):
    """Community of each node: constrained local moving + splitting + aggregation."""
    n = sym.shape[0]
    rng = np.random.default_rng(seed)
    unit_node = np.arange(n)
    graph, touch = sym, adjacency
    for level in range(_MAX_LEVELS):
        report(progress, 1.0 - 0.5 ** (level + 1))
        community, moved = _local_moving(graph, touch, resolution, rng)
        if not moved:
            break
        community = _split_disconnected(community, touch)
        n_nodes = graph.shape[0]
        if community.max() + 1 == n_nodes:
            break
        member = sp.csr_matrix((np.ones(n_nodes), (np.arange(n_nodes), community)))
        graph = (member.T @ graph @ member).tocsr()
        touch = _without_diagonal(member.T @ sp.csr_matrix(touch, dtype=np.float64) @ member)
        unit_node = community[unit_node]
    return unit_node


def _local_moving(graph: sp.csr_matrix, touch: sp.csr_matrix, resolution: float, rng):
    """Louvain's local moving phase, each node restricted to communities it touches.

    Moving node i (degree k_i) into community c gains, up to the constant factor 1/m,
    ``w_ic − γ·K_c·k_i / 2m`` (w_ic: weight from i to c's other nodes, K_c: c's total
    degree without i). A node moves only when a touching community beats staying;
    equal gains go to the smaller community id. Passes repeat until none moves.

    This phase is sequential by nature (each move changes the next node's gains), so it
    is a plain loop over nodes on Python lists, which is faster than numpy for the few
    neighbours each node has; everything else is sparse-matrix algebra.
    """
    n = graph.shape[0]
    degree = np.asarray(graph.sum(axis=1)).ravel()
    two_m = float(degree.sum())
    if two_m == 0:
        return np.arange(n), False
    ptr, nbr, weight = graph.indptr.tolist(), graph.indices.tolist(), graph.data.tolist()
    tptr, tnbr = touch.indptr.tolist(), touch.indices.tolist()
    k = degree.tolist()
    community = list(range(n))
    total = list(k)
    scale = resolution / two_m
    eps = 1e-12 * two_m
    order = rng.permutation(n).tolist()
    moved_any = False
    for _ in range(_MAX_PASSES):
        moved = 0
        for i in order:
            if tptr[i] == tptr[i + 1]:
                continue  # touches nothing: cannot move
            own = community[i]
            ki = k[i]
            links = {}
            for p in range(ptr[i], ptr[i + 1]):
                j = nbr[p]
                if j != i:
                    c = community[j]
                    links[c] = links.get(c, 0.0) + weight[p]
            total[own] -= ki
            stay = links.get(own, 0.0) - scale * total[own] * ki
            best, best_gain = own, stay + eps
            for p in range(tptr[i], tptr[i + 1]):
                c = community[tnbr[p]]
                if c == own:
                    continue
                gain = links.get(c, 0.0) - scale * total[c] * ki
                if gain > best_gain or (gain == best_gain and best != own and c < best):
                    best, best_gain = c, gain
            total[best] += ki
            if best != own:
                community[i] = best
                moved += 1
        if not moved:
            break
        moved_any = True
    return np.asarray(community, dtype=np.int64), moved_any


def _split_disconnected(community: np.ndarray, touch: sp.csr_matrix) -> np.ndarray:
    """Split each community into its connected pieces in ``touch``; labels 0..k-1."""
    coo = sp.coo_matrix(touch)
    same = community[coo.row] == community[coo.col]
    inner = sp.csr_matrix(
        (np.ones(same.sum()), (coo.row[same], coo.col[same])), shape=touch.shape
    )
    _, pieces = connected_components(inner, directed=False)
    return pieces.astype(np.int64)
