"""Floating catchment accessibility (2SFCA, E2SFCA, Gaussian) on sparse pairs.

For units i (demand P_i) and supply points j (capacity S_j) joined by the
pairs of :mod:`.costs` with a distance-decay weight w_ij = w(c_ij):

* step 1, per supply point: R_j = S_j / Σ_i P_i·w_ij (supply-to-demand ratio);
* step 2, per unit: A_i = Σ_j R_j·w_ij (accessibility).

2SFCA (Luo & Wang 2003) uses w = 1 inside the catchment; E2SFCA (Luo & Qi
2009) a step function; the Gaussian variant a smooth decay. Both steps are
sparse matrix–vector products (W.T·P then W·R), built and applied in blocks
of pairs so memory stays bounded.

Weights:

* :func:`parse_steps` reads ``"10:1;20:0.68;30:0.22"``: up to 10 minutes
  (inclusive) weight 1, up to 20 weight 0.68, up to 30 weight 0.22, beyond 0;
  this is PySAL ``access``'s ``step_fn`` and its E2SFCA default
  (:data:`E2SFCA_STEPS`).
* :func:`gaussian_weights` is w = exp(−c² / (2σ²)) inside the cut-off and 0
  beyond, as PySAL ``access``'s ``gaussian(sigma)`` (w(0) = 1).

French APL preset (DREES/IRDES 2012; arrêté of 13 Nov 2017): a 2SFCA-type
indicator with a step decay over 0–20 minutes by road, capacity = the activity
(consultations + visits) of GPs under 65, demand = the population standardised
by care consumption per age group (see :mod:`.needs`), result in consultations
per year per standardised inhabitant. The current official step weights are not
public: :data:`APL_STEPS` (up to 10 min → 1, 15 → 0.66, 20 → 0.33: a decreasing
step over 0–20 min, thirds after 10 min) is an *illustrative* default, not the
official table, and a parameter like any other.

Cross-border supply (:func:`border_filter`): never (national only), only inside
a ZOAST agreement shared by the unit and the unit where the supply lies, or
always. A cross-border pair counts with the weight β (``cross_border_weight``,
:meth:`BorderRule.factors`): w_ij becomes β·w_ij, so a share β of the member
unit's demand competes for the supply across the border (step 1) and its access
gains β times what that supply offers (step 2). β = 0 is the national-only
result, β = 1 lets every resident compete at full weight: an upper bound of the
redistribution, not a forecast. The supply is conserved: what member units gain
across the border, the other side's residents (members or not) lose — the same
supply is redistributed.
"""

from dataclasses import dataclass
from typing import Callable, Iterable, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .costs import CostPairs
from .errors import QT_TRANSLATE_NOOP, InputError
from .progress import ProgressCallback, report, sub_progress
from .validation import require_non_negative

__all__ = [
    "E2SFCA_STEPS",
    "APL_STEPS",
    "APL_MAX_COST_MIN",
    "DEFAULT_MAX_COST_MIN",
    "DEFAULT_SIGMA_MIN",
    "DEFAULT_BLOCK_PAIRS",
    "METHOD_2SFCA",
    "METHOD_E2SFCA",
    "METHOD_GAUSSIAN",
    "BORDER_NATIONAL",
    "BORDER_ZOAST",
    "BORDER_OPEN",
    "DEFAULT_CROSS_BORDER_WEIGHT",
    "parse_steps",
    "step_weights",
    "gaussian_weights",
    "catchment_weights",
    "weight_function",
    "AccessResult",
    "floating_catchment",
    "supply_agreements",
    "border_filter",
]

#: PySAL ``access`` E2SFCA default steps (minutes → weight).
E2SFCA_STEPS = "10:1;20:0.68;30:0.22"
#: Illustrative APL steps (0–20 min decreasing); the official weights are not public.
APL_STEPS = "10:1;15:0.66;20:0.33"
#: APL catchment: access time weighted between 0 and 20 minutes.
APL_MAX_COST_MIN = 20.0
#: Default catchment (minutes), the last step of :data:`E2SFCA_STEPS`.
DEFAULT_MAX_COST_MIN = 30.0
#: Default Gaussian width σ (minutes): half the default catchment, so the weight
#: is 0.61 at 15 minutes and e⁻² ≈ 0.14 at the 30-minute edge. No source fixes it.
DEFAULT_SIGMA_MIN = 15.0
#: Pairs per block: ~5 M pairs keep the block temporaries near 100 MB.
DEFAULT_BLOCK_PAIRS = 5_000_000

#: Default share of a member unit's demand that uses supply across the border: about 20,000
#: ZOAST patients in 2015 (EC Futurium) for about 1.5 M inhabitants of the member units
#: (DOMAIN.md), i.e. 20,000 / 1,500,000 ≈ 0.013. Mostly hospital care, so an order of
#: magnitude, not a measured GP figure; 1 (every resident at full weight) is the upper bound.
DEFAULT_CROSS_BORDER_WEIGHT = 0.013

METHOD_2SFCA, METHOD_E2SFCA, METHOD_GAUSSIAN = 0, 1, 2
BORDER_NATIONAL, BORDER_ZOAST, BORDER_OPEN = 0, 1, 2

Steps = List[Tuple[float, float]]
WeightFunction = Callable[[np.ndarray], np.ndarray]


# --- weights -------------------------------------------------------------------


def parse_steps(text: str, field: str = "STEPS") -> Steps:
    """Read ``"10:1;20:0.68;30:0.22"`` into ``[(10.0, 1.0), (20.0, 0.68), (30.0, 0.22)]``.

    Steps are separated by ``;``, minutes and weight by ``:``; spaces are
    ignored and a decimal comma is accepted (``0,68``). Minutes must be > 0
    and strictly increasing, weights in [0, 1] and not increasing (a decay).
    Each error names the faulty piece.
    """
    pieces = [piece.strip() for piece in str(text or "").split(";")]
    pieces = [piece for piece in pieces if piece]
    if not pieces:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Parameter '{field}' is empty. Write steps as minutes:weight, e.g. 10:1;20:0.68;30:0.22."
            ),
            field=field,
        )
    steps = []
    for piece in pieces:
        parts = piece.replace(",", ".").split(":")
        try:
            minutes, weight = (float(part) for part in parts)
        except ValueError:
            minutes = weight = float("nan")
        if len(parts) != 2 or not (np.isfinite(minutes) and np.isfinite(weight)):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Parameter '{field}': step '{piece}' is not minutes:weight. "
                    "Write steps as minutes:weight separated by ';', e.g. 10:1;20:0.68;30:0.22."
                ),
                ids=[piece],
                field=field,
                piece=piece,
            )
        if minutes <= 0:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Parameter '{field}': step '{piece}' has minutes of 0 or less. "
                    "Give minutes greater than 0."
                ),
                ids=[piece],
                field=field,
                piece=piece,
            )
        if not 0 <= weight <= 1:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Parameter '{field}': step '{piece}' has a weight outside 0–1. "
                    "Give weights between 0 and 1."
                ),
                ids=[piece],
                field=field,
                piece=piece,
            )
        if steps and minutes <= steps[-1][0]:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Parameter '{field}': step '{piece}' does not come after {previous} minutes. "
                    "List the steps by increasing minutes."
                ),
                ids=[piece],
                field=field,
                piece=piece,
                previous=f"{steps[-1][0]:g}",
            )
        if steps and weight > steps[-1][1]:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Parameter '{field}': step '{piece}' weighs more than the step before. "
                    "Weights must not increase with travel time."
                ),
                ids=[piece],
                field=field,
                piece=piece,
            )
        steps.append((minutes, weight))
    return steps


def step_weights(cost: np.ndarray, steps: Steps) -> np.ndarray:
    """Weight of each cost: that of the first step whose minutes are ≥ cost; 0 beyond the last."""
    cost = np.asarray(cost, dtype=np.float64)
    upper = np.array([s[0] for s in steps], dtype=np.float64)
    table = np.append(np.array([s[1] for s in steps], dtype=np.float64), 0.0)
    if len(upper) <= 16:
        # A few comparisons beat searchsorted's cache misses on large arrays.
        step = np.zeros(cost.shape, dtype=np.int8)
        for bound in upper:
            step += cost > bound
    else:
        step = np.searchsorted(upper, cost, side="left")
    return table[step]


def gaussian_weights(cost: np.ndarray, sigma: float, max_cost: Optional[float] = None) -> np.ndarray:
    """w = exp(−c² / (2σ²)) for c ≤ ``max_cost`` (if given), 0 beyond.

    The plain Gaussian, with w(0) = 1 (PySAL ``access`` ``weights.gaussian``).
    Dai (2010)'s variant, rescaled to reach 0 at the catchment edge d0, is
    (w − e^−½) / (1 − e^−½) with σ = d0; it is not the default.
    """
    sigma = float(sigma)
    if not np.isfinite(sigma) or sigma <= 0:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors", "Parameter '{field}': {value} is not allowed. Give a number greater than 0."
            ),
            field="SIGMA",
            value=sigma,
        )
    cost = np.asarray(cost, dtype=np.float64)
    weights = np.exp(cost * cost / (-2.0 * sigma * sigma))
    if max_cost is not None:
        weights[cost > max_cost] = 0.0
    return weights


def catchment_weights(cost: np.ndarray, max_cost: float) -> np.ndarray:
    """2SFCA: 1 inside the catchment (cost ≤ ``max_cost``), 0 beyond."""
    return (np.asarray(cost) <= max_cost).astype(np.float64)


def weight_function(
    method: int,
    max_cost_min: float = DEFAULT_MAX_COST_MIN,
    steps: Union[str, Steps, None] = E2SFCA_STEPS,
    sigma: float = DEFAULT_SIGMA_MIN,
) -> WeightFunction:
    """The weight function of ``METHOD`` (0 = 2SFCA, 1 = E2SFCA steps, 2 = Gaussian).

    Every method gives 0 beyond ``max_cost_min``; for E2SFCA the catchment is
    also closed after the last step. ``steps`` may be text or parsed steps.
    """
    if method == METHOD_2SFCA:
        return lambda cost: catchment_weights(cost, max_cost_min)
    if method == METHOD_E2SFCA:
        parsed = parse_steps(steps) if isinstance(steps, str) or steps is None else list(steps)

        def stepped(cost):
            weights = step_weights(cost, parsed)
            weights[np.asarray(cost) > max_cost_min] = 0.0
            return weights

        return stepped
    if method == METHOD_GAUSSIAN:
        gaussian_weights(np.zeros(0), sigma)  # check sigma now, not at the first block
        return lambda cost: gaussian_weights(cost, sigma, max_cost_min)
    raise InputError(
        QT_TRANSLATE_NOOP(
            "ZoastErrors",
            "Parameter '{field}': {value} is not a method. Use 0 (2SFCA), 1 (E2SFCA) or 2 (Gaussian)."
        ),
        field="METHOD",
        value=method,
    )


# --- the floating catchment ---------------------------------------------------


@dataclass
class AccessResult:
    """Per unit: ``access`` A_i and ``n_supply`` (supply points reached with w > 0).
    Per supply point: ``demand_seen`` Σ_i P_i·w_ij and ``ratio`` R_j = S_j / demand_seen.

    ``ratio`` is NaN where no demand reaches the supply point (demand_seen = 0):
    a ratio of capacity to nobody is undefined. Such a point adds nothing to any
    unit's access. Only units of demand 0 can reach it (any unit with P_i > 0
    and w_ij > 0 makes demand_seen > 0), so no populated unit is affected.
    """

    access: np.ndarray
    n_supply: np.ndarray
    ratio: np.ndarray
    demand_seen: np.ndarray

    @property
    def unserved_supply(self) -> np.ndarray:
        """Mask of supply points no demand reaches (ratio NaN)."""
        return ~(self.demand_seen > 0)

    def unit_frame(self, unit_ids: Sequence) -> pd.DataFrame:
        return pd.DataFrame(
            {"unit_id": np.asarray(unit_ids), "access": self.access, "n_supply": self.n_supply}
        )

    def supply_frame(self, supply_ids: Sequence) -> pd.DataFrame:
        return pd.DataFrame(
            {"supply_id": np.asarray(supply_ids), "demand_seen": self.demand_seen, "ratio": self.ratio}
        )


def _non_negative(values, n: int, ids: Optional[Sequence], field: str) -> np.ndarray:
    """Values as float64, checked ≥ 0 (errors name ``field`` and the first ids, or row numbers)."""
    values = pd.Series(np.asarray(values, dtype=object).ravel())
    if len(values) != n:
        raise ValueError(f"{field}: {len(values)} values for {n} rows")
    labels = pd.Series(np.arange(n) if ids is None else np.asarray(ids))
    return require_non_negative(values, labels, field)


PairSource = Union[CostPairs, Callable[[], Iterable[CostPairs]]]


def _blocks(pairs: PairSource, block_pairs: int) -> Iterable[CostPairs]:
    if isinstance(pairs, CostPairs):
        for start in range(0, len(pairs), block_pairs):
            stop = start + block_pairs
            yield CostPairs(
                pairs.origin[start:stop],
                pairs.dest[start:stop],
                pairs.cost[start:stop],
                pairs.n_origins,
                pairs.n_destinations,
            )
    else:
        yield from pairs()


def _weights_of(block: CostPairs, weights: WeightFunction, pair_factors=None) -> np.ndarray:
    w = np.asarray(weights(block.cost), dtype=np.float64)
    if pair_factors is not None:
        w = w * pair_factors(block)
    # min/max propagate NaN, so two reductions check "finite and ≥ 0" without temporaries.
    if w.shape != block.cost.shape or (len(w) and not (w.min() >= 0 and np.isfinite(w.max()))):
        raise ValueError("the weight function must give one finite weight ≥ 0 per pair")
    return w


def _product(w: np.ndarray, rows: np.ndarray, cols: np.ndarray, shape, vector: np.ndarray) -> np.ndarray:
    """Sparse matrix-vector product Σ_k w_k·vector[cols_k] into rows_k, straight from the long arrays.

    A COO matrix shares the pair arrays (no copy) and multiplies in one pass:
    no conversion to CSR, whose index sort would cost more than the products.
    """
    return sp.coo_matrix((w, (rows, cols)), shape=shape, copy=False) @ vector


def floating_catchment(
    pairs: PairSource,
    demand,
    capacity,
    weights: WeightFunction,
    progress: ProgressCallback = None,
    block_pairs: int = DEFAULT_BLOCK_PAIRS,
    unit_ids: Optional[Sequence] = None,
    supply_ids: Optional[Sequence] = None,
    demand_field: str = "DEMAND_FIELD",
    capacity_field: str = "CAPACITY_FIELD",
    pair_factors: Optional[Callable[[CostPairs], np.ndarray]] = None,
) -> AccessResult:
    """Two-step floating catchment: A_i = Σ_j R_j·w_ij with R_j = S_j / Σ_i P_i·w_ij.

    ``pairs`` is a :class:`~.costs.CostPairs`, or, for runs too big to hold in
    memory, a callable returning a fresh iterable of CostPairs blocks (it is
    called twice, once per step). ``weights`` maps a cost array to a weight
    array (see :func:`weight_function`). ``demand`` (per unit) and ``capacity``
    (per supply point) must be numbers ≥ 0; errors name ``demand_field`` /
    ``capacity_field`` and the first ``unit_ids`` / ``supply_ids`` (row numbers
    if not given). Multiply ``access`` by a scale (e.g. 100,000) in the caller.
    ``pair_factors`` (optional) gives a factor per pair of a block that multiplies its
    weight, e.g. :meth:`BorderRule.factors` for the cross-border weight.
    """
    if isinstance(pairs, CostPairs):
        n_o, n_d = pairs.n_origins, pairs.n_destinations
        total = len(pairs)
    else:
        n_o, n_d = len(demand), len(capacity)
        total = None
    demand = _non_negative(demand, n_o, unit_ids, demand_field)
    capacity = _non_negative(capacity, n_d, supply_ids, capacity_field)
    step1, step2 = sub_progress(progress, 0.0, 0.5), sub_progress(progress, 0.5, 1.0)
    report(progress, 0.0)

    # Step 1: demand seen by each supply point, Wᵀ·P. In-memory pairs keep
    # their weights for step 2 (8 bytes a pair) instead of recomputing them.
    kept: List[Optional[np.ndarray]] = []
    demand_seen = np.zeros(n_d)
    done = 0
    for block in _blocks(pairs, block_pairs):
        w = _weights_of(block, weights, pair_factors)
        demand_seen += _product(w, block.dest, block.origin, (n_d, n_o), demand)
        if total is not None:
            kept.append(w)
            done += len(block)
            report(step1, done / max(total, 1))
        else:
            report(step1, 0.0)  # a stream has no known length; still a cancel point

    served = demand_seen > 0
    ratio = np.full(n_d, np.nan)
    np.divide(capacity, demand_seen, out=ratio, where=served)
    ratio_or_zero = np.where(served, ratio, 0.0)

    # Step 2: access of each unit, W·R, and the supply points reached (w > 0).
    access = np.zeros(n_o)
    n_supply = np.zeros(n_o, dtype=np.int64)
    for number, block in enumerate(_blocks(pairs, block_pairs)):
        w = kept[number] if total is not None else _weights_of(block, weights, pair_factors)
        access += _product(w, block.origin, block.dest, (n_o, n_d), ratio_or_zero)
        n_supply += np.bincount(block.origin[w > 0], minlength=n_o)
        if total is not None:
            kept[number] = None  # free each block's weights once used
            report(step2, (number + 1) / max(len(kept), 1))
        else:
            report(step2, 0.0)
    report(progress, 1.0)
    return AccessResult(
        access=access, n_supply=n_supply.astype(np.int32), ratio=ratio, demand_seen=demand_seen
    )


# --- border modes ---------------------------------------------------------------


def _country_codes(values, n: int, ids: Optional[Sequence], field: str) -> pd.Series:
    text = pd.Series(np.asarray(values, dtype=object).ravel())
    if len(text) != n:
        raise ValueError(f"{field}: {len(text)} values for {n} rows")
    text = text.where(text.isna(), text.astype(str).str.strip().str.upper())
    empty = (text.isna() | (text == "")).to_numpy()
    if empty.any():
        labels = np.arange(n) if ids is None else np.asarray(ids)
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} empty country code(s), first ids: {ids}. "
                "Give every row its country (FR, BE…)."
            ),
            ids=list(labels[empty]),
            field=field,
        )
    return text


def supply_agreements(unit_agreements, host_unit) -> sp.csr_matrix:
    """Agreements of the unit where each supply point lies (n_supply × n_agreements).

    ``unit_agreements`` is the units × agreements membership (e.g. from
    :func:`.agreements.unit_agreement_matrix`); ``host_unit`` is, for each supply
    point, the row of the unit it lies in, or -1 where it lies in none (it then
    belongs to no agreement; the caller counts and reports those).
    """
    members = sp.csr_matrix(unit_agreements, dtype=bool)
    host = np.asarray(host_unit, dtype=np.int64).ravel()
    inside = np.flatnonzero(host >= 0)
    pick = sp.csr_matrix(
        (np.ones(len(inside), bool), (inside, host[inside])), shape=(len(host), members.shape[0])
    )
    return (pick @ members).astype(bool).tocsr()


def _bitmasks(membership, n_rows: int) -> np.ndarray:
    """Each row's agreements as bits of uint64 words (n_rows × ceil(n_agreements / 64))."""
    matrix = sp.coo_matrix(membership)
    if matrix.shape[0] != n_rows:
        raise ValueError(f"membership matrix has {matrix.shape[0]} rows, expected {n_rows}")
    n_words = max(1, -(-matrix.shape[1] // 64))
    masks = np.zeros((n_rows, n_words), dtype=np.uint64)
    present = matrix.data != 0
    rows, cols = matrix.row[present], matrix.col[present]
    bits = np.left_shift(np.uint64(1), (cols % 64).astype(np.uint64))
    np.bitwise_or.at(masks, (rows, cols // 64), bits)
    return masks


class BorderRule:
    """Which unit–supply pairs a patient may use under ``BORDER_MODE``, prepared once.

    Country codes and agreement bitmasks are computed at construction, so
    :meth:`keep` is cheap enough to apply to every block of a streamed run.
    """

    def __init__(
        self,
        unit_country,
        supply_country,
        mode: int,
        unit_agreements=None,
        supply_agreements=None,
        unit_ids: Optional[Sequence] = None,
        supply_ids: Optional[Sequence] = None,
        unit_country_field: str = "UNIT_COUNTRY_FIELD",
        supply_country_field: str = "SUPPLY_COUNTRY_FIELD",
        cross_border_weight: float = 1.0,
    ):
        if not (np.isfinite(cross_border_weight) and 0 <= cross_border_weight <= 1):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Parameter '{field}': {value} is not a share. Give a weight between 0 (national supply only) "
                    "and 1 (every resident at full weight across the border)."
                ),
                field="CROSS_BORDER_WEIGHT",
                value=cross_border_weight,
            )
        self.cross_border_weight = float(cross_border_weight)
        if mode not in (BORDER_NATIONAL, BORDER_ZOAST, BORDER_OPEN):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Parameter '{field}': {value} is not a border mode. "
                    "Use 0 (national), 1 (inside a ZOAST) or 2 (open border)."
                ),
                field="BORDER_MODE",
                value=mode,
            )
        self.mode = mode
        if mode == BORDER_OPEN and self.cross_border_weight == 1:
            return
        n_units = len(np.asarray(unit_country, dtype=object).ravel())
        n_supply = len(np.asarray(supply_country, dtype=object).ravel())
        units = _country_codes(unit_country, n_units, unit_ids, unit_country_field)
        supply = _country_codes(supply_country, n_supply, supply_ids, supply_country_field)
        codes = pd.factorize(pd.concat([units, supply], ignore_index=True))[0]
        self.unit_code, self.supply_code = codes[:n_units], codes[n_units:]
        if mode == BORDER_ZOAST:
            if unit_agreements is None or supply_agreements is None:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "ZoastErrors",
                        "Parameter '{field}': border mode 1 (inside a ZOAST) needs the agreement members table. "
                        "Give it, or choose another border mode."
                    ),
                    field="AGREEMENT_MEMBERS",
                )
            if np.shape(unit_agreements)[1] != np.shape(supply_agreements)[1]:
                raise ValueError("unit and supply membership matrices must have the same agreement columns")
            self.unit_bits = _bitmasks(unit_agreements, n_units)
            self.supply_bits = _bitmasks(supply_agreements, n_supply)

    def keep(self, pairs: CostPairs) -> np.ndarray:
        """Boolean mask of the allowed pairs."""
        if self.mode == BORDER_OPEN:
            return np.ones(len(pairs), bool)
        keep = self.unit_code[pairs.origin] == self.supply_code[pairs.dest]
        if self.mode == BORDER_ZOAST:
            across = np.flatnonzero(~keep)  # only cross-border pairs need the test
            shared = np.zeros(len(across), bool)
            for word in range(self.unit_bits.shape[1]):
                shared |= (self.unit_bits[pairs.origin[across], word] & self.supply_bits[pairs.dest[across], word]) != 0
            keep[across[shared]] = True
        return keep

    def factors(self, pairs: CostPairs) -> np.ndarray:
        """Weight factor of each pair: 1 in the same country, the cross-border weight across it
        (for the pairs :meth:`keep` allows)."""
        if self.cross_border_weight == 1:
            return np.ones(len(pairs))
        same = self.unit_code[pairs.origin] == self.supply_code[pairs.dest]
        return np.where(same, 1.0, self.cross_border_weight)

    def apply(self, pairs: CostPairs) -> CostPairs:
        return pairs if self.mode == BORDER_OPEN else pairs.subset(self.keep(pairs))


def border_filter(
    pairs: CostPairs,
    unit_country,
    supply_country,
    mode: int,
    unit_agreements=None,
    supply_agreements=None,
    unit_ids: Optional[Sequence] = None,
    supply_ids: Optional[Sequence] = None,
    unit_country_field: str = "UNIT_COUNTRY_FIELD",
    supply_country_field: str = "SUPPLY_COUNTRY_FIELD",
) -> CostPairs:
    """The pairs a patient may use under ``BORDER_MODE``.

    * 0 (national): the unit and the supply point are in the same country;
    * 1 (ZOAST): same country, or the unit and the unit where the supply point
      lies share at least one agreement. ``unit_agreements`` (n_units ×
      n_agreements) and ``supply_agreements`` (n_supply × n_agreements, same
      columns) are boolean membership matrices, sparse or dense: see
      :func:`.agreements.unit_agreement_matrix` and :func:`supply_agreements`.
      A unit may be in several agreements;
    * 2 (open border): every pair.

    Country codes are compared trimmed and upper-cased ("fr " is "FR"). For a
    streamed run, build a :class:`BorderRule` once and apply it to each block.
    """
    if mode == BORDER_OPEN:
        return pairs
    if len(np.asarray(unit_country, dtype=object).ravel()) != pairs.n_origins:
        raise ValueError("UNIT_COUNTRY_FIELD: one country per unit expected")
    if len(np.asarray(supply_country, dtype=object).ravel()) != pairs.n_destinations:
        raise ValueError("SUPPLY_COUNTRY_FIELD: one country per supply point expected")
    rule = BorderRule(unit_country, supply_country, mode, unit_agreements, supply_agreements, unit_ids,
                      supply_ids, unit_country_field, supply_country_field)
    return rule.apply(pairs)


# --- study area vs context ------------------------------------------------------


def edge_exposure(unit_xy, supply_xy, radius: float) -> Tuple[np.ndarray, np.ndarray]:
    """Units within ``radius`` of the edge of the units' extent, and supply points beyond it.

    The extent is the convex hull of the unit points (metres, a projected CRS). A unit
    closer to its outline than one catchment radius may have demand or supply beyond the
    layer that the floating catchment cannot see; a supply point outside the hull has no
    competing demand from beyond the layer, which inflates the access of the units that
    reach it (beyond the hull by more than the median spacing of the unit points). Returns
    two boolean masks (units, supply points); fewer than three distinct unit points have no
    extent (nothing is flagged).
    """
    from scipy.spatial import ConvexHull, QhullError

    units = np.asarray(unit_xy, dtype=np.float64).reshape(-1, 2)
    supply = np.asarray(supply_xy, dtype=np.float64).reshape(-1, 2)
    near, outside = np.zeros(len(units), bool), np.zeros(len(supply), bool)
    if len(np.unique(units, axis=0)) < 3:
        return near, outside
    try:
        hull = ConvexHull(units)
    except QhullError:  # all points on a line
        return near, outside
    # Inside the hull every facet equation a·x + b ≤ 0; −(a·x + b) is the distance to that edge's line,
    # and for a point inside a convex polygon the distance to the outline is the smallest of them.
    offsets = units @ hull.equations[:, :2].T + hull.equations[:, 2]
    near = (-offsets).min(axis=1) < radius
    if len(supply):
        # Unit points are inner points of their polygons: a supply point counts as outside when it
        # lies beyond the hull by more than the typical spacing of the units (the median distance
        # from a unit point to its nearest neighbour).
        from scipy.spatial import cKDTree

        spacing = float(np.median(cKDTree(units).query(units, k=2)[0][:, 1]))
        outside = (supply @ hull.equations[:, :2].T + hull.equations[:, 2]).max(axis=1) > spacing
    return near, outside
