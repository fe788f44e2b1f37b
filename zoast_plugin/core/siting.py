"""Where to open the next practices: choose N sites among candidates, existing supply fixed.

Two objectives:

* **coverage** — the maximal covering location problem (MCLP, Church & ReVelle
  1974): maximise the demand within the cut-off of at least one site. Demand
  already within the cut-off of an existing supply point counts as covered
  (existing supply fixed, as PySAL spopt's MCLP with pre-selected facilities).
  :func:`greedy_coverage` is the lazy greedy (CELF, Minoux 1978; Leskovec et
  al. 2007) on a sparse units × candidates coverage matrix: it reaches at least
  1 − 1/e of the optimum and usually far more. :func:`exact_coverage` solves the
  integer program with :func:`scipy.optimize.milp` (HiGHS): binary x_c per
  candidate, y_g ∈ [0, 1] per group of units that the same candidates reach
  (units with identical coverage are merged: same constraint, summed demand),
  max Σ d_g·y_g s.t. y_g ≤ Σ_{c reaching g} x_c and Σ x_c ≤ N.

* **shortfall** — minimise the total shortfall to each rule's adequacy threshold, in one of
  two variants (:data:`SHORTFALL_OFFICIAL`, the default, or :data:`SHORTFALL_ANALYTICAL`):

  - *official* (:func:`official_zones`, :func:`official_increments`): each country's rule on
    its official indicator, as zoast:gaps. France: the APL with French supply only (a French
    site serves the French communes within reach; the floating catchment's demand is French),
    judged per territoire de vie-santé (the population-weighted mean APL) when a TVS is given,
    the shortfall in FTE-equivalents (ΔAPL × need / activity of one FTE). Wallonia: FTE
    *located in the municipality* per 100,000 (≥ 90), a site adds its capacity to the count of
    the municipality it lies in only. Flanders: GPs under 65 located in the municipality per
    100,000 (≥ 90, or ≥ 120 below 125 inhabitants/km²), a site counts as that many GPs. The
    zone (TVS, or municipality) value is linear in the sites, so the same greedy applies.
  - *analytical* (:func:`rule_terms`): the accessibility with the border mode (cross-border
    pairs weighted by β), judged per unit by the same thresholds.

  A new site c of capacity S adds, in a floating catchment, R_c = S / Σ_i P_i·w_ic
  to the supply-to-demand ratios and leaves the others unchanged (R_j depends on
  S_j and the demand only). So recomputing the floating catchment after each
  choice is exactly A_i += S·w_ic / D_c on the units c reaches: this is what
  :func:`greedy_shortfall` does, with the shortfall
  Σ_i f_i·max(t_i − A_i, 0) (t_i: the access a unit needs to reach its rule's
  adequacy threshold; f_i: FTE per unit of access). That objective is a sum of
  concave functions of an additive access, so its reductions are submodular and
  the lazy greedy is exact in its evaluation order.

Each choice records its marginal gain (demand newly covered, or shortfall
removed); candidates not chosen get the gain they would still add to the final
choice, so the map shows the runners-up.
"""

import heapq
from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .costs import CostPairs
from .errors import QT_TRANSLATE_NOOP, InputError
from .progress import ProgressCallback, report
from .validation import require_non_negative, require_unique

__all__ = [
    "OBJECTIVE_COVERAGE",
    "OBJECTIVE_SHORTFALL",
    "DEFAULT_TIME_LIMIT_S",
    "SitingResult",
    "check_candidates",
    "coverage_matrix",
    "covered_by_existing",
    "greedy_coverage",
    "exact_coverage",
    "increment_matrix",
    "greedy_shortfall",
    "shortfall_of",
    "grid_points",
    "outside_extent",
    "rule_terms",
    "SHORTFALL_OFFICIAL",
    "SHORTFALL_ANALYTICAL",
    "OfficialZones",
    "official_zones",
    "official_increments",
]

OBJECTIVE_COVERAGE, OBJECTIVE_SHORTFALL = 0, 1
#: Which shortfall the shortfall objective minimises.
SHORTFALL_OFFICIAL, SHORTFALL_ANALYTICAL = 0, 1

#: Time limit of the exact solver (seconds); past it the best solution found is
#: returned and marked not proven optimal. No source fixes it: ten minutes keeps
#: an interactive run bounded while real cases (hundreds of communes, tens of
#: candidates) solve in well under a second.
DEFAULT_TIME_LIMIT_S = 600.0


@dataclass
class SitingResult:
    """The choice, per candidate, and the objective before and after.

    ``rank`` is 1…k in the order chosen, 0 when not chosen. ``gain`` is the
    marginal gain when chosen (selected), else the gain the candidate would still
    add to the final choice. ``before`` / ``after``: covered demand (coverage) or
    total shortfall in FTE (shortfall) with the existing supply alone / with the
    chosen sites. ``optimal``: True when the exact solver proved optimality, False
    when it stopped at its time limit, None for the greedy.
    """

    selected: np.ndarray
    rank: np.ndarray
    gain: np.ndarray
    before: float
    after: float
    total_demand: float = 0.0
    optimal: Optional[bool] = None
    unit_value: np.ndarray = field(default_factory=lambda: np.zeros(0))

    @property
    def n_selected(self) -> int:
        return int(self.selected.sum())

    @property
    def order(self) -> np.ndarray:
        """Candidate rows in the order chosen."""
        chosen = np.flatnonzero(self.rank > 0)
        return chosen[np.argsort(self.rank[chosen])]


# --- checks ------------------------------------------------------------------


def check_candidates(candidate_ids, n_sites: int, demand, unit_ids, id_field: str = "CANDIDATE_ID_FIELD",
                     demand_field: str = "DEMAND_FIELD") -> np.ndarray:
    """Refuse unusable input; return the demand as float64.

    Candidate ids must be unique and not empty; N must be at least 1 and at most
    the number of candidates; the demand must be numbers ≥ 0 with a total above 0.
    """
    candidate_ids = pd.Series(np.asarray(candidate_ids, dtype=object))
    require_unique(candidate_ids, id_field)
    if n_sites < 1 or n_sites > len(candidate_ids):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Parameter '{field}': {value} sites asked for, but there are {candidates} candidate(s). "
                "Ask for 1 to {candidates} sites, or give more candidates."
            ),
            field="N_SITES",
            value=n_sites,
            candidates=len(candidate_ids),
        )
    demand = require_non_negative(pd.Series(np.asarray(demand, dtype=object)),
                                  pd.Series(np.asarray(unit_ids, dtype=object)), demand_field)
    if not demand.sum() > 0:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': the demand of all {units} unit(s) is 0. There is nothing to cover: choose the "
                "population field."
            ),
            field=demand_field,
            units=len(demand),
        )
    return demand


def outside_extent(candidate_xy, unit_xy, margin: float = 0.0) -> np.ndarray:
    """Mask of candidates outside the bounding box of the units, widened by ``margin`` (metres)."""
    candidate_xy = np.asarray(candidate_xy, dtype=np.float64).reshape(-1, 2)
    unit_xy = np.asarray(unit_xy, dtype=np.float64).reshape(-1, 2)
    if len(unit_xy) == 0:
        return np.ones(len(candidate_xy), bool)
    low, high = unit_xy.min(axis=0) - margin, unit_xy.max(axis=0) + margin
    return ((candidate_xy < low) | (candidate_xy > high)).any(axis=1)


def grid_points(spacing: float, shapes=None, xy=None, max_distance: Optional[float] = None) -> np.ndarray:
    """A regular grid of candidate points over the units (x, y rows).

    With polygons (``shapes``), the grid over their extent keeps the points inside
    a polygon; with points (``xy``), the points within ``max_distance`` (default:
    the spacing) of a unit point. Cell centres start half a spacing in from the
    extent's lower-left corner.
    """
    import shapely
    from scipy.spatial import cKDTree

    spacing = float(spacing)
    if not np.isfinite(spacing) or spacing <= 0:
        raise InputError(
            QT_TRANSLATE_NOOP("ZoastErrors", "Parameter '{field}': {value} is not allowed. Give a number greater "
                                             "than 0."),
            field="GRID_SPACING",
            value=spacing,
        )
    if shapes is not None:
        shapes = np.asarray(shapes, dtype=object)
        shapes = shapes[~shapely.is_missing(shapes) & ~shapely.is_empty(shapes)]
        if len(shapes) == 0:
            return np.zeros((0, 2))
        bounds = shapely.bounds(shapes)
        low, high = bounds[:, :2].min(axis=0), bounds[:, 2:].max(axis=0)
    else:
        xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        if len(xy) == 0:
            return np.zeros((0, 2))
        low, high = xy.min(axis=0), xy.max(axis=0)
    nx = max(1, int(np.ceil((high[0] - low[0]) / spacing)))
    ny = max(1, int(np.ceil((high[1] - low[1]) / spacing)))
    if nx * ny > 5_000_000:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Parameter '{field}': a grid of {value} m gives {count} points over the units. Choose a larger "
                "spacing (at most 5,000,000 points)."
            ),
            field="GRID_SPACING",
            value=spacing,
            count=nx * ny,
        )
    gx, gy = np.meshgrid(low[0] + spacing * (np.arange(nx) + 0.5), low[1] + spacing * (np.arange(ny) + 0.5))
    grid = np.column_stack([gx.ravel(), gy.ravel()])
    if shapes is not None:
        tree = shapely.STRtree(shapes)
        hits = tree.query(shapely.points(grid), predicate="intersects")
        keep = np.zeros(len(grid), bool)
        keep[hits[0]] = True
    else:
        distance, _ = cKDTree(xy).query(grid, distance_upper_bound=spacing if max_distance is None else max_distance)
        keep = np.isfinite(distance)
    return grid[keep]


# --- coverage ------------------------------------------------------------------


def coverage_matrix(pairs: CostPairs, max_cost: float) -> sp.csc_matrix:
    """Boolean units × candidates matrix: True where the candidate is within ``max_cost`` (inclusive)."""
    keep = pairs.cost <= max_cost
    matrix = sp.csc_matrix(
        (np.ones(int(keep.sum()), bool), (pairs.origin[keep], pairs.dest[keep])),
        shape=(pairs.n_origins, pairs.n_destinations),
    )
    matrix.sum_duplicates()
    matrix.sort_indices()
    return matrix


def covered_by_existing(pairs: Optional[CostPairs], max_cost: float, n_units: int) -> np.ndarray:
    """Units within ``max_cost`` of at least one existing supply point (all False without supply)."""
    covered = np.zeros(n_units, bool)
    if pairs is not None and len(pairs):
        covered[pairs.origin[pairs.cost <= max_cost]] = True
    return covered


def _lazy_greedy(initial_gains: np.ndarray, gain_of: Callable[[int], float], commit: Callable[[int], None],
                 n_sites: int, progress: ProgressCallback = None):
    """CELF: pop the best stale upper bound, refresh it, take it when it is still the best.

    Returns (order, gains). Stops early when no candidate adds anything. Ties go
    to the lower candidate row.
    """
    heap = [(-g, c, 0) for c, g in enumerate(initial_gains) if g > 0]
    heapq.heapify(heap)
    order, gains = [], []
    round_ = 0
    while heap and len(order) < n_sites:
        neg, c, stamp = heapq.heappop(heap)
        if stamp == round_:
            order.append(c)
            gains.append(-neg)
            commit(c)
            round_ += 1
            report(progress, len(order) / n_sites)
            continue
        g = gain_of(c)
        if g > 0:
            heapq.heappush(heap, (-g, c, round_))
    return np.asarray(order, dtype=np.int64), np.asarray(gains, dtype=np.float64)


def _result(n_candidates, order, gains, leftover, before, after, total, optimal=None, unit_value=None):
    rank = np.zeros(n_candidates, np.int64)
    rank[order] = np.arange(1, len(order) + 1)
    gain = np.asarray(leftover, dtype=np.float64).copy()
    gain[order] = gains
    return SitingResult(rank > 0, rank, gain, float(before), float(after), float(total), optimal,
                        np.zeros(0) if unit_value is None else unit_value)


def greedy_coverage(cover: sp.spmatrix, demand, n_sites: int, already_covered=None,
                    progress: ProgressCallback = None) -> SitingResult:
    """Lazy greedy MCLP. ``cover``: units × candidates booleans (:func:`coverage_matrix`).

    ``unit_value`` of the result: 1 for units covered by the existing supply, 2 for
    units the chosen sites cover in addition, 0 for units still uncovered.
    """
    cover = sp.csc_matrix(cover, dtype=bool)
    demand = np.asarray(demand, dtype=np.float64)
    covered = np.zeros(cover.shape[0], bool) if already_covered is None else np.asarray(already_covered, bool).copy()
    existing = covered.copy()
    open_demand = np.where(covered, 0.0, demand)
    indptr, indices = cover.indptr, cover.indices

    def gain_of(c):
        return float(open_demand[indices[indptr[c]:indptr[c + 1]]].sum())

    def commit(c):
        rows = indices[indptr[c]:indptr[c + 1]]
        open_demand[rows] = 0.0
        covered[rows] = True

    initial = cover.T @ open_demand
    order, gains = _lazy_greedy(initial, gain_of, commit, n_sites, progress)
    leftover = cover.T @ open_demand
    status = np.where(existing, 1, np.where(covered, 2, 0))
    return _result(cover.shape[1], order, gains, leftover, demand[existing].sum(), demand[covered].sum(),
                   demand.sum(), None, status)


def _merged_rows(cover: sp.csr_matrix):
    """Group the rows with identical column sets: (group of each row, one representative row per group)."""
    indptr, indices = cover.indptr, cover.indices
    keys = [indices[indptr[i]:indptr[i + 1]].tobytes() for i in range(cover.shape[0])]
    group, _unique = pd.factorize(pd.Series(keys, dtype=object))
    _groups, first = np.unique(group, return_index=True)
    return group, first


def exact_coverage(cover: sp.spmatrix, demand, n_sites: int, already_covered=None,
                   time_limit: float = DEFAULT_TIME_LIMIT_S, progress: ProgressCallback = None) -> SitingResult:
    """Exact MCLP with :func:`scipy.optimize.milp` (HiGHS); the chosen sites ranked greedily among themselves.

    Only the units not yet covered, with demand > 0 and within reach of a candidate
    enter the program, merged by identical coverage. Sites the solver picks that add
    nothing are not counted as chosen. ``optimal`` is False when the time limit
    stopped the solver (the best solution found is returned).
    """
    from scipy.optimize import Bounds, LinearConstraint, milp

    cover = sp.csc_matrix(cover, dtype=bool)
    n_units, n_candidates = cover.shape
    demand = np.asarray(demand, dtype=np.float64)
    existing = np.zeros(n_units, bool) if already_covered is None else np.asarray(already_covered, bool)
    report(progress, 0.0)
    rows = sp.csr_matrix(cover)
    live = (~existing) & (demand > 0) & (np.diff(rows.indptr) > 0)
    live_rows = np.flatnonzero(live)
    chosen = np.zeros(n_candidates, bool)
    optimal = True
    if len(live_rows):
        sub = rows[live_rows]
        group, first = _merged_rows(sub)
        group_demand = np.bincount(group, weights=demand[live_rows], minlength=len(first))
        groups = sub[first]  # n_groups × n_candidates
        n_groups = groups.shape[0]
        # Variables: x (n_candidates, binary) then y (n_groups, continuous in [0, 1]).
        objective = np.concatenate([np.zeros(n_candidates), -group_demand])
        link = sp.hstack([-groups.astype(np.float64), sp.identity(n_groups, format="csr")], format="csr")
        budget = sp.csr_matrix(np.concatenate([np.ones(n_candidates), np.zeros(n_groups)])[None, :])
        integrality = np.concatenate([np.ones(n_candidates), np.zeros(n_groups)])
        solution = milp(objective, integrality=integrality, bounds=Bounds(0.0, 1.0),
                        constraints=[LinearConstraint(link, -np.inf, 0.0), LinearConstraint(budget, 0.0, n_sites)],
                        options={"time_limit": float(time_limit), "disp": False})
        if solution.x is None:
            raise RuntimeError("the MCLP solver found no solution: " + str(solution.message))
        optimal = solution.status == 0
        chosen = solution.x[:n_candidates] > 0.5
    report(progress, 0.9)
    # Rank the chosen sites greedily among themselves (and drop those that add nothing).
    ranked = greedy_coverage(cover[:, chosen], demand, int(chosen.sum()) or 1, existing)
    order = np.flatnonzero(chosen)[ranked.order]
    covered = existing.copy()
    if len(order):
        covered[sp.csc_matrix(cover[:, order]).indices] = True
    leftover = cover.T @ np.where(covered, 0.0, demand)
    status = np.where(existing, 1, np.where(covered, 2, 0))
    report(progress, 1.0)
    return _result(n_candidates, order, ranked.gain[ranked.order], leftover, demand[existing].sum(),
                   demand[covered].sum(), demand.sum(), optimal, status)


# --- shortfall -------------------------------------------------------------------


def increment_matrix(pairs: CostPairs, demand, weights, capacity: float, pair_factors=None) -> sp.csc_matrix:
    """Units × candidates: the access a site of ``capacity`` at each candidate adds to each unit.

    δ_ic = capacity·w_ic / D_c with D_c = Σ_i P_i·w_ic (the floating catchment's
    first step for the new point); candidates no demand reaches add nothing.
    ``pair_factors`` (optional) multiplies each pair's weight, e.g. the cross-border weight β
    (:meth:`.accessibility.BorderRule.factors`).
    """
    demand = np.asarray(demand, dtype=np.float64)
    w = np.asarray(weights(pairs.cost), dtype=np.float64)
    if pair_factors is not None:
        w = w * pair_factors(pairs)
    seen = np.bincount(pairs.dest, weights=w * demand[pairs.origin], minlength=pairs.n_destinations)
    ratio = np.zeros(pairs.n_destinations)
    np.divide(float(capacity), seen, out=ratio, where=seen > 0)
    delta = w * ratio[pairs.dest]
    keep = delta > 0
    matrix = sp.csc_matrix((delta[keep], (pairs.origin[keep], pairs.dest[keep])),
                           shape=(pairs.n_origins, pairs.n_destinations))
    matrix.sum_duplicates()
    return matrix


def shortfall_of(access, target, fte_per_access) -> np.ndarray:
    """Per unit: f_i·max(t_i − A_i, 0); 0 where the unit has no target (NaN: no rule applies)."""
    access = np.asarray(access, dtype=np.float64)
    target = np.asarray(target, dtype=np.float64)
    gap = np.where(np.isnan(target), 0.0, np.maximum(np.nan_to_num(target) - access, 0.0))
    return gap * np.asarray(fte_per_access, dtype=np.float64)


def greedy_shortfall(increments: sp.spmatrix, access, target, fte_per_access, n_sites: int,
                     progress: ProgressCallback = None) -> SitingResult:
    """Lazy greedy minimising Σ_i f_i·max(t_i − A_i, 0) as sites add their increments to A.

    ``increments`` from :func:`increment_matrix`; ``access`` A_i with the existing
    supply; ``target`` t_i (NaN: not judged) and ``fte_per_access`` f_i from the
    country rules (see :func:`rule_terms`). ``unit_value`` of the result is
    the access after the chosen sites.
    """
    delta = sp.csc_matrix(increments, dtype=np.float64)
    access = np.asarray(access, dtype=np.float64).copy()
    f = np.asarray(fte_per_access, dtype=np.float64)
    target = np.asarray(target, dtype=np.float64)
    gap = np.where(np.isnan(target), 0.0, np.maximum(np.nan_to_num(target) - access, 0.0))
    before = float((gap * f).sum())
    indptr, indices, data = delta.indptr, delta.indices, delta.data

    def gain_of(c):
        rows = indices[indptr[c]:indptr[c + 1]]
        return float((f[rows] * np.minimum(gap[rows], data[indptr[c]:indptr[c + 1]])).sum())

    def commit(c):
        rows, values = indices[indptr[c]:indptr[c + 1]], data[indptr[c]:indptr[c + 1]]
        access[rows] += values
        gap[rows] = np.maximum(gap[rows] - values, 0.0)

    def all_gains():
        coo = delta.tocoo()
        return np.bincount(coo.col, weights=f[coo.row] * np.minimum(gap[coo.row], coo.data),
                           minlength=delta.shape[1])

    order, gains = _lazy_greedy(all_gains(), gain_of, commit, n_sites, progress)
    after = float((gap * f).sum())
    return _result(delta.shape[1], order, gains, all_gains(), before, after, 0.0, None, access)


def rule_terms(frame: pd.DataFrame, id_field: str = "unit_id", country_field: Optional[str] = "country",
               population_field: str = "population", area_field: Optional[str] = None,
               need_field: Optional[str] = None, region_field: Optional[str] = None,
               refnis_field: Optional[str] = None, thresholds=None, fr_access_scale: float = 4500.0,
               be_access_scale: float = 100000.0, brussels_rule: str = "none"):
    """Per unit, the raw access t_i that reaches its rule's adequacy threshold and the FTE f_i per unit of it.

    Adapter to :mod:`.zoning` (the one place to re-point when the zoning API
    changes). Raw access is the floating catchment's supply per demand unit
    (e.g. FTE per inhabitant); ``fr_access_scale`` / ``be_access_scale`` turn it
    into the rule's unit as in zoast:gaps. Judging a probe access of 1 gives the
    common score scale/adequate, hence t_i = 1 / score; and the rule's shortfall
    (Δ in the rule's unit × need / activity of one FTE in France, Δ × population /
    100,000 in Belgium) gives f_i. Units no rule judges (Brussels by default) get
    t_i = NaN. This is the **analytical** shortfall: each commune is judged on its own
    access (the TVS mean is not applied); see :func:`official_zones` for the official one.
    """
    from . import zoning

    thresholds = zoning.ZoningThresholds() if thresholds is None else thresholds
    probe = frame.assign(_probe_access=1.0)
    judged = zoning.classify_units(probe, id_field=id_field, access_field="_probe_access",
                                   country_field=country_field, population_field=population_field,
                                   need_field=need_field, area_field=area_field, region_field=region_field,
                                   refnis_field=refnis_field, thresholds=thresholds,
                                   fr_access_scale=fr_access_scale, be_access_scale=be_access_scale,
                                   brussels_rule=brussels_rule)
    score = judged["common_score"].to_numpy(dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        target = np.where(score > 0, 1.0 / score, np.nan)
    french = (judged["country"] == "FR").to_numpy()
    need = judged["need"].to_numpy(dtype=np.float64)
    population = pd.to_numeric(judged[population_field]).to_numpy(dtype=np.float64)
    fte = np.where(french, fr_access_scale * need / thresholds.activity_per_fte,
                   be_access_scale * population / zoning.PER_INHABITANTS)
    return target, np.where(np.isnan(target), 0.0, fte)


# --- the official shortfall ------------------------------------------------------


@dataclass
class OfficialZones:
    """The official shortfall problem: zones (TVS or municipality) whose value is linear in the units'.

    ``weight`` (zones × units) gives each zone's value from the units' values: the
    population-weighted mean over a TVS, the unit itself elsewhere. Unit values are raw: the
    national floating-catchment access for French units, the count located in the unit per
    inhabitant for Belgian ones. ``target`` and ``fte`` are per zone (raw adequacy threshold,
    FTE per unit of value); ``unit_share`` splits a zone's shortfall over its units (need share).
    ``scale`` turns a raw unit value into its official indicator (APL, per 100,000).
    """

    weight: sp.csr_matrix
    target: np.ndarray
    fte: np.ndarray
    french: np.ndarray
    belgian: np.ndarray
    zone: np.ndarray
    unit_share: np.ndarray
    scale: np.ndarray
    rule: np.ndarray
    population: np.ndarray

    def zone_values(self, unit_values) -> np.ndarray:
        return self.weight @ np.nan_to_num(np.asarray(unit_values, dtype=np.float64))

    def unit_indicator(self, zone_values) -> np.ndarray:
        """The official indicator of each unit (its zone's value, scaled); NaN where no rule applies."""
        values = np.full(len(self.zone), np.nan)
        judged = self.zone >= 0
        values[judged] = np.asarray(zone_values)[self.zone[judged]] * self.scale[judged]
        return values

    def unit_shortfall(self, zone_values) -> np.ndarray:
        per_zone = shortfall_of(zone_values, self.target, self.fte)
        out = np.zeros(len(self.zone))
        judged = self.zone >= 0
        out[judged] = per_zone[self.zone[judged]] * self.unit_share[judged]
        return out


def official_zones(frame: pd.DataFrame, id_field: str = "unit_id", country_field: Optional[str] = "country",
                   population_field: str = "population", area_field: Optional[str] = None,
                   need_field: Optional[str] = None, tvs_field: Optional[str] = None,
                   region_field: Optional[str] = None, refnis_field: Optional[str] = None, thresholds=None,
                   fr_access_scale: float = 4500.0, brussels_rule: str = "none") -> OfficialZones:
    """The zones, targets and FTE factors of the official rules, read from :func:`.zoning.gap_analysis`.

    Adapter to :mod:`.zoning` (the rules are not restated here): judging a probe where every
    official indicator is 1 gives each unit's rule, adequacy threshold (1 / common score), need
    and TVS. France: target = the ZAC ceiling / ``fr_access_scale`` (raw access), FTE factor
    Σ need × scale / activity of one FTE over the zone; Belgium: target = the adequacy threshold
    per inhabitant, FTE factor = the population. Units no rule judges, or without inhabitants,
    are in no zone.
    """
    from . import zoning

    thresholds = zoning.ZoningThresholds() if thresholds is None else thresholds
    population = require_non_negative(frame[population_field], frame[id_field], population_field)
    probe = frame.assign(_probe=1.0)
    judged = zoning.gap_analysis(probe, id_field=id_field, access_field="_probe", country_field=country_field,
                                 population_field=population_field, need_field=need_field, area_field=area_field,
                                 region_field=region_field, refnis_field=refnis_field, tvs_field=tvs_field,
                                 gp_fte=population / zoning.PER_INHABITANTS,
                                 gp_under_65=population / zoning.PER_INHABITANTS, thresholds=thresholds,
                                 brussels_rule=brussels_rule).units
    rule = judged["rule"].to_numpy(dtype=object)
    score = judged["common_score"].to_numpy(dtype=np.float64)
    french = rule == zoning.RULE_FR
    belgian = np.isin(rule, [zoning.RULE_WAL, zoning.RULE_FL])
    with np.errstate(divide="ignore", invalid="ignore"):
        adequate = np.where(score > 0, 1.0 / score, np.nan)
    judged_unit = (french | belgian) & np.isfinite(adequate) & (population > 0)
    need = judged["need"].to_numpy(dtype=np.float64)
    unit_fte = np.where(french, need * fr_access_scale / thresholds.activity_per_fte, population)
    unit_target = np.where(french, adequate / fr_access_scale, adequate / zoning.PER_INHABITANTS)
    scale = np.where(french, fr_access_scale, zoning.PER_INHABITANTS)

    # Zone keys: the TVS for French communes when given, else the unit itself.
    keys = np.array(["U:{}".format(n) for n in range(len(frame))], dtype=object)
    if tvs_field:
        tvs = judged["tvs"].to_numpy(dtype=object)
        has_tvs = french & pd.notna(tvs)
        keys[has_tvs] = ["T:{}".format(t) for t in tvs[has_tvs]]
    keys[~judged_unit] = None
    zone, _ = pd.factorize(pd.Series(keys, dtype=object))
    n_zones = int(zone.max()) + 1 if (zone >= 0).any() else 0
    rows = np.flatnonzero(zone >= 0)
    z = zone[rows]
    pop_z = np.bincount(z, weights=population[rows], minlength=n_zones)
    count_z = np.bincount(z, minlength=n_zones)
    weights = np.where(pop_z[z] > 0, population[rows] / np.where(pop_z[z] > 0, pop_z[z], 1.0), 1.0 / count_z[z])
    matrix = sp.csr_matrix((weights, (z, rows)), shape=(n_zones, len(frame)))
    fte_z = np.bincount(z, weights=unit_fte[rows], minlength=n_zones)
    target_z = np.zeros(n_zones)
    target_z[z] = unit_target[rows]  # one threshold per zone (a TVS is French: one rule)
    share = np.zeros(len(frame))
    with np.errstate(divide="ignore", invalid="ignore"):
        share[rows] = np.where(fte_z[z] > 0, unit_fte[rows] / fte_z[z], 0.0)
    return OfficialZones(matrix, target_z, fte_z, french & judged_unit, belgian & judged_unit, zone, share, scale,
                         rule, population)


def official_increments(zones: OfficialZones, national_increments: sp.spmatrix, candidate_hosts,
                        capacity: float) -> sp.csc_matrix:
    """Zones × candidates: what one site adds to each zone's official value.

    French zones: the population-weighted mean of the national floating-catchment increments
    (``national_increments``, units × candidates, from :func:`increment_matrix` on the pairs
    within each country). Belgian units: ``capacity`` / population for the unit the candidate
    lies in (``candidate_hosts``, -1: in none), nothing elsewhere.
    """
    n_units = len(zones.zone)
    french_rows = sp.diags(zones.french.astype(np.float64))
    french = zones.weight @ (french_rows @ sp.csr_matrix(national_increments))
    hosts = np.asarray(candidate_hosts, dtype=np.int64)
    inside = np.flatnonzero(hosts >= 0)
    belgian = inside[zones.belgian[hosts[inside]]]
    host = hosts[belgian]
    local = sp.csr_matrix((float(capacity) / zones.population[host], (host, belgian)),
                          shape=(n_units, len(hosts)))
    belgian_part = zones.weight @ local
    return sp.csc_matrix(french + belgian_part)
