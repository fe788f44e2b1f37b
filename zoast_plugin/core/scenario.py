"""What-if scenarios: the accessibility → gaps chain on a baseline and on an edited copy, and the difference.

Edits, each from a table so that batch runs and models can drive them:

* supply points added (their own rows), removed (by id) or with a changed capacity (id, capacity);
* GPs retiring by a horizon year (:func:`retiring`): from an age (at a reference year) or a
  birth-year field, those who reach the retirement age by the horizon are removed;
* agreement members added or removed (:func:`edit_members`): a ZOAST extended or merged
  without touching the store.

The chain runs on one set of unit → supply pairs: the baseline supply and the added points
together, a point's capacity 0 where it is absent. In a floating catchment a point of
capacity 0 changes no other point's ratio (R_j = S_j / Σ_i P_i·w_ij), so this is exactly the
chain on each supply set alone, and the travel costs are computed once.

Each state is judged twice, as zoast:gaps does (:func:`.zoning.gap_analysis`):

* **official** classes (no prefix), each country's rule on its official indicator: France on
  the APL with French supply only (the population-weighted mean of the territoire de
  vie-santé when a TVS field is given); Wallonia on the FTE GPs *located in the municipality*
  per 100,000; Flanders on the GPs under 65 located in it per 100,000 (low-density rule). A
  scenario that adds, removes or retires a GP changes its municipality's count; the ZOAST
  membership changes none of them;
* **analytical** classes (prefix ``an_``): the accessibility with the border mode (cross-border
  pairs weighted by β, ``cross_border_weight``) judged by the same thresholds at unit level.
  Only these move when a ZOAST gains or loses members.

The two calls into the rest of the core — :func:`accessibility` and :func:`judge` — are small
adapters over :mod:`.accessibility` and :mod:`.zoning`: re-point them, and only them, when
those APIs change.
"""

from dataclasses import dataclass
from typing import Dict, Optional, Sequence

import numpy as np
import pandas as pd

from . import accessibility as fca
from . import zoning
from .agreements import unit_agreement_matrix
from .costs import CostPairs
from .errors import QT_TRANSLATE_NOOP, InputError
from .validation import require_non_negative

__all__ = [
    "DEFAULT_RETIREMENT_AGE",
    "SupplyEdits",
    "retiring",
    "edit_supply",
    "edit_members",
    "accessibility",
    "judge",
    "gps_located",
    "FLEMISH_AGE_LIMIT",
    "ChainSettings",
    "run_chain",
    "compare_units",
    "scenario_summary",
]

#: Age at which a GP is assumed to stop (years). ILLUSTRATIVE: no rule fixes when a GP
#: retires (many French and Belgian GPs work past the legal pension age); a parameter.
DEFAULT_RETIREMENT_AGE = 67.0


# --- edits ---------------------------------------------------------------------------


def retiring(horizon_year: int, retirement_age: float = DEFAULT_RETIREMENT_AGE, age=None,
             reference_year: Optional[int] = None, birth_year=None) -> "tuple[np.ndarray, np.ndarray]":
    """(retiring, unknown) masks: GPs who reach ``retirement_age`` by ``horizon_year``.

    With ``birth_year``: horizon − birth year ≥ retirement age. With ``age`` (at
    ``reference_year``): age + (horizon − reference year) ≥ retirement age. Empty or
    non-numeric values are ``unknown`` (kept, counted by the caller).
    """
    if birth_year is not None:
        born = pd.to_numeric(pd.Series(np.asarray(birth_year, dtype=object)), errors="coerce").to_numpy(float)
        age_then = horizon_year - born
    elif age is not None:
        if reference_year is None:
            raise ValueError("an age needs the year it refers to")
        now = pd.to_numeric(pd.Series(np.asarray(age, dtype=object)), errors="coerce").to_numpy(float)
        age_then = now + (horizon_year - reference_year)
    else:
        raise ValueError("give an age or a birth year")
    unknown = ~np.isfinite(age_then)
    return np.where(unknown, False, age_then >= retirement_age), unknown


@dataclass
class SupplyEdits:
    """The scenario's supply edits. Ids are compared as text."""

    added: Optional[pd.DataFrame] = None  # columns supply_id, x, y, capacity, country
    removed_ids: Sequence = ()
    capacity_changes: Optional[pd.DataFrame] = None  # columns supply_id, capacity
    retiring_ids: Sequence = ()


def _unknown_ids(ids, known: pd.Index, field: str):
    ids = pd.Series(np.asarray(ids, dtype=object)).astype(str)
    missing = ~ids.isin(known)
    if missing.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} supply id(s) match no supply point, first: {ids}. Check the ids against "
                "the supply layer and the added points."
            ),
            ids=list(pd.unique(ids[missing])),
            field=field,
        )


def edit_supply(supply: pd.DataFrame, edits: SupplyEdits, removed_field: str = "REMOVED_ID_FIELD",
                change_field: str = "CHANGE_ID_FIELD") -> "tuple[pd.DataFrame, Dict[str, int]]":
    """All points (baseline then added) with ``capacity_before`` and ``capacity_after``, and counts.

    ``supply`` has columns supply_id, x, y, capacity, country. Added points have
    capacity_before 0; removed and retiring ones capacity_after 0; a capacity change sets
    capacity_after (applied before removals: a removed point stays removed). An added id
    that already exists, or a removed / changed id that matches no point, is an error.
    """
    base = supply.assign(supply_id=supply["supply_id"].astype(str))
    added = edits.added if edits.added is not None else base.iloc[:0]
    added = added.assign(supply_id=added["supply_id"].astype(str))
    clash = added["supply_id"].isin(base["supply_id"]) | added["supply_id"].duplicated(keep=False)
    if clash.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} added supply point(s) reuse an existing id, first: {ids}. "
                "Give added points new ids."
            ),
            ids=list(pd.unique(added["supply_id"][clash])),
            field="ADDED_SUPPLY",
        )
    columns = ["supply_id", "x", "y", "capacity", "country"]
    points = pd.concat([base[columns].assign(capacity_before=base["capacity"].astype(float), added=False),
                        added[columns].assign(capacity_before=0.0, added=True)], ignore_index=True)
    points["capacity_after"] = points["capacity"].astype(float)
    known = pd.Index(points["supply_id"])
    counts = {"added": len(added), "removed": 0, "changed": 0, "retiring": 0}
    if edits.capacity_changes is not None and len(edits.capacity_changes):
        changes = edits.capacity_changes.assign(supply_id=edits.capacity_changes["supply_id"].astype(str))
        _unknown_ids(changes["supply_id"], known, change_field)
        values = require_non_negative(changes["capacity"], changes["supply_id"], "CHANGE_CAPACITY_FIELD")
        rows = known.get_indexer(changes["supply_id"])
        points.loc[rows, "capacity_after"] = values
        counts["changed"] = int(len(pd.unique(rows)))
    if len(edits.removed_ids):
        _unknown_ids(edits.removed_ids, known, removed_field)
        rows = pd.unique(known.get_indexer(pd.Series(np.asarray(edits.removed_ids, dtype=object)).astype(str)))
        points.loc[rows, "capacity_after"] = 0.0
        counts["removed"] = len(rows)
    if len(edits.retiring_ids):
        rows = pd.unique(known.get_indexer(pd.Series(np.asarray(edits.retiring_ids, dtype=object)).astype(str)))
        rows = rows[rows >= 0]
        points.loc[rows, "capacity_after"] = 0.0
        counts["retiring"] = len(rows)
    return points, counts


def edit_members(members: Optional[pd.DataFrame], added: Optional[pd.DataFrame] = None,
                 removed: Optional[pd.DataFrame] = None) -> "tuple[pd.DataFrame, Dict[str, int]]":
    """The members table (code, unit_id) with ``added`` rows joined and ``removed`` rows taken out.

    A removed membership that does not exist is an error (it would otherwise do nothing
    silently); an added one that already exists is counted, not doubled.
    """
    empty = pd.DataFrame({"code": pd.Series(dtype=object), "unit_id": pd.Series(dtype=object)})

    def text(frame):
        if frame is None or not len(frame):
            return empty
        return pd.DataFrame({"code": frame["code"].astype(str), "unit_id": frame["unit_id"].astype(str)})

    current, added, removed = text(members), text(added), text(removed)
    key = current["code"] + "\u0000" + current["unit_id"]
    removed_key = removed["code"] + "\u0000" + removed["unit_id"]
    absent = ~removed_key.isin(key)
    if absent.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Parameter '{field}': {count} membership(s) to remove do not exist, first: {ids}. "
                "Check the agreement codes and unit ids."
            ),
            ids=list((removed["code"] + " " + removed["unit_id"])[absent]),
            field="MEMBERS_REMOVED",
        )
    kept = current[~key.isin(removed_key)]
    added_key = added["code"] + "\u0000" + added["unit_id"]
    already = added_key.isin(key[~key.isin(removed_key)]) | added_key.duplicated()
    result = pd.concat([kept, added[~already]], ignore_index=True)
    return result, {"members_added": int((~already).sum()), "members_already": int(already.sum()),
                    "members_removed": int(len(removed))}


# --- the chain (adapters) ---------------------------------------------------------------

#: Age from which the Flemish rule no longer counts a GP (it counts GPs under 65).
FLEMISH_AGE_LIMIT = 65.0


@dataclass
class ChainSettings:
    """Parameters of accessibility (weights, border mode, cross-border weight) and gaps (thresholds, scales)."""

    weights: object
    border_mode: int = fca.BORDER_ZOAST
    thresholds: Optional[zoning.ZoningThresholds] = None
    fr_access_scale: float = zoning.ACTIVITY_PER_FTE
    be_access_scale: float = zoning.PER_INHABITANTS
    brussels_rule: str = "none"
    cross_border_weight: float = fca.DEFAULT_CROSS_BORDER_WEIGHT


def accessibility(pairs: CostPairs, demand, capacity, unit_ids, unit_country, supply_ids, supply_country,
                  supply_host, members: Optional[pd.DataFrame], settings: ChainSettings,
                  border_mode: Optional[int] = None) -> np.ndarray:
    """Adapter to :mod:`.accessibility`: access of each unit (capacity per demand unit).

    ``border_mode`` (default ``settings.border_mode``); a cross-border pair counts with the
    weight ``settings.cross_border_weight`` (β), as in zoast:accessibility.
    """
    mode = settings.border_mode if border_mode is None else border_mode
    unit_ids = pd.Series(np.asarray(unit_ids, dtype=object)).astype(str)
    weight = settings.cross_border_weight
    if mode == fca.BORDER_ZOAST and members is not None:
        membership, _codes = unit_agreement_matrix(unit_ids, members)
        rule = fca.BorderRule(unit_country, supply_country, mode, membership,
                              fca.supply_agreements(membership, supply_host), unit_ids, supply_ids,
                              cross_border_weight=weight)
    else:
        rule = fca.BorderRule(unit_country, supply_country, mode, unit_ids=unit_ids, supply_ids=supply_ids,
                              cross_border_weight=weight)
    return fca.floating_catchment(rule.apply(pairs), demand, capacity, settings.weights, unit_ids=unit_ids,
                                  supply_ids=supply_ids,
                                  pair_factors=None if rule.cross_border_weight == 1 else rule.factors).access


#: Columns of :func:`judge` (and :func:`run_chain`): official first, then analytical (``an_``).
JUDGED_COLUMNS = ("country", "rule", "gap_class", "severity", "indicator", "shortfall_fte", "shortfall_unit",
                  "an_access", "an_class", "an_severity", "an_shortfall_fte")


def judge(units: pd.DataFrame, access, settings: ChainSettings, id_field: str, country_field: Optional[str],
          population_field: str, area_field: Optional[str], national_access=None, gp_fte=None, gp_under_65=None,
          tvs_field: Optional[str] = None, need_field: Optional[str] = None) -> pd.DataFrame:
    """Adapter to :func:`.zoning.gap_analysis`: the official and the analytical classes per unit.

    Official (``gap_class``, ``severity``, ``indicator``, ``shortfall_fte``): France on the APL
    with French supply only (``national_access``; the TVS mean with ``tvs_field``), Wallonia on
    the FTE located in the municipality (``gp_fte``), Flanders on the GPs under 65 located in it
    (``gp_under_65``). Analytical (``an_*``): ``access`` (with the border mode) judged at unit level.
    """
    frame = units.assign(_scenario_access=np.asarray(access, dtype=np.float64),
                         _scenario_national=np.asarray(access if national_access is None else national_access,
                                                       dtype=np.float64))
    analysis = zoning.gap_analysis(frame, id_field=id_field, access_field="_scenario_access",
                                   national_access_field="_scenario_national", country_field=country_field,
                                   population_field=population_field, need_field=need_field,
                                   area_field=area_field, tvs_field=tvs_field, gp_fte=gp_fte,
                                   gp_under_65=gp_under_65, thresholds=settings.thresholds,
                                   fr_access_scale=settings.fr_access_scale,
                                   be_access_scale=settings.be_access_scale, brussels_rule=settings.brussels_rule)
    return analysis.units[list(JUDGED_COLUMNS)].reset_index(drop=True)


def gps_located(points: pd.DataFrame, capacity_column: str, n_units: int,
                over_65_column: Optional[str] = None) -> "tuple[np.ndarray, np.ndarray]":
    """The Belgian official counts for one supply state: FTE and GPs under 65 located in each unit.

    A point counts where its capacity in ``capacity_column`` is above 0 (an added point is
    absent from the baseline, a removed or retiring one from the scenario), in the unit of its
    ``host`` row; each point is one GP for the Flemish head count; ``over_65_column`` marks
    those aged 65 or more (not counted by the Flemish rule).
    """
    capacity = points[capacity_column].to_numpy(dtype=np.float64)
    host = np.where(capacity > 0, points["host"].to_numpy(dtype=np.int64), -1)
    over_65 = points[over_65_column].to_numpy(dtype=bool) if over_65_column else None
    return zoning.gps_in_units(host, n_units, capacity, over_65)


def run_chain(units: pd.DataFrame, pairs: CostPairs, points: pd.DataFrame, capacity_column: str,
              members: Optional[pd.DataFrame], settings: ChainSettings, id_field: str = "unit_id",
              country_field: str = "country", demand_field: str = "population",
              area_field: Optional[str] = None, tvs_field: Optional[str] = None, need_field: Optional[str] = None,
              over_65_column: Optional[str] = None) -> pd.DataFrame:
    """Accessibility then gaps for one supply state (``points[capacity_column]``) and one membership.

    ``points`` has supply_id, capacity columns, country and host (row of the unit each
    point lies in, -1 for none); ``pairs`` join the units to all the points. The official
    classes read the national-only access (France) and the points located in each unit
    (Belgium), so the membership changes only the analytical ones.
    """
    capacity = points[capacity_column]
    args = (pairs, units[demand_field], capacity, units[id_field], units[country_field], points["supply_id"],
            points["country"], points["host"].to_numpy(), members, settings)
    access = accessibility(*args)
    national = access if settings.border_mode == fca.BORDER_NATIONAL else accessibility(
        *args, border_mode=fca.BORDER_NATIONAL)
    gp_fte, gp_under_65 = gps_located(points, capacity_column, len(units), over_65_column)
    return judge(units, access, settings, id_field, country_field, demand_field, area_field, national, gp_fte,
                 gp_under_65, tvs_field, need_field)


# --- comparison ---------------------------------------------------------------------------


def compare_units(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Per unit, official then analytical: indicator (access), class, severity and shortfall before and
    after, and their changes. Official columns have no prefix; analytical ones start with ``an_``."""
    out = pd.DataFrame({
        "rule": before["rule"].to_numpy(),
        "indicator_before": before["indicator"].to_numpy(), "indicator_after": after["indicator"].to_numpy(),
        "class_before": before["gap_class"].to_numpy(), "class_after": after["gap_class"].to_numpy(),
        "severity_before": before["severity"].to_numpy(), "severity_after": after["severity"].to_numpy(),
        "shortfall_before": before["shortfall_fte"].to_numpy(), "shortfall_after": after["shortfall_fte"].to_numpy(),
        "shortfall_unit": before["shortfall_unit"].to_numpy(),
        "an_access_before": before["an_access"].to_numpy(), "an_access_after": after["an_access"].to_numpy(),
        "an_class_before": before["an_class"].to_numpy(), "an_class_after": after["an_class"].to_numpy(),
        "an_severity_before": before["an_severity"].to_numpy(), "an_severity_after": after["an_severity"].to_numpy(),
        "an_shortfall_before": before["an_shortfall_fte"].to_numpy(),
        "an_shortfall_after": after["an_shortfall_fte"].to_numpy(),
    })
    for prefix in ("", "an_"):
        out[prefix + "class_changed"] = out[prefix + "class_before"] != out[prefix + "class_after"]
        # > 0: less severe, as zoning
        out[prefix + "severity_change"] = out[prefix + "severity_before"] - out[prefix + "severity_after"]
        out[prefix + "shortfall_change"] = out[prefix + "shortfall_after"] - out[prefix + "shortfall_before"]
    with np.errstate(invalid="ignore"):
        out.insert(3, "indicator_change", out["indicator_after"] - out["indicator_before"])
    out.insert(out.columns.get_loc("an_access_after") + 1, "an_access_change",
               out["an_access_after"] - out["an_access_before"])
    return out


#: Variants of :func:`scenario_summary`: the column prefix of each.
VARIANTS = {"official": "", "analytical": "an_"}


def scenario_summary(diff: pd.DataFrame, population, groups: Dict[str, pd.Series]) -> pd.DataFrame:
    """Per variant (``official``, ``analytical``), level (country, basin, ZOAST…), group and class: units
    and inhabitants before and after, inhabitants leaving and entering the class, shortfall before and
    after; a row ``ALL`` per group.

    ``groups`` maps a level name to a Series aligned with ``diff`` of group values, or of lists of
    values (a unit in several ZOAST is counted in each). Rows of ``level`` ``ALL`` hold the totals
    (their shortfall adds French FTE-equivalents to Belgian FTE and GPs: read it per country).
    """
    population = np.asarray(population, dtype=np.float64)
    rows = []
    levels = dict(groups)
    levels["ALL"] = pd.Series(["ALL"] * len(diff), dtype=object)
    for variant, prefix in VARIANTS.items():
        frame = pd.DataFrame({
            "population": population,
            "class_before": diff[prefix + "class_before"].to_numpy(),
            "class_after": diff[prefix + "class_after"].to_numpy(),
            "class_changed": diff[prefix + "class_changed"].to_numpy(),
            "shortfall_before": diff[prefix + "shortfall_before"].to_numpy(),
            "shortfall_after": diff[prefix + "shortfall_after"].to_numpy(),
        })
        for level, values in levels.items():
            values = pd.Series(values.to_numpy(), index=frame.index)
            exploded = frame.assign(group=values).explode("group")
            exploded = exploded[exploded["group"].notna()]
            for group, part in exploded.groupby("group", sort=True):
                head = {"variant": variant, "level": level, "group": str(group)}
                for code in zoning.GAP_CLASSES:
                    was, now = part["class_before"] == code, part["class_after"] == code
                    if not (was.any() or now.any()):
                        continue
                    rows.append(dict(head, **{
                        "gap_class": code, "units_before": int(was.sum()), "units_after": int(now.sum()),
                        "inhabitants_before": float(part["population"][was].sum()),
                        "inhabitants_after": float(part["population"][now].sum()),
                        "inhabitants_leaving": float(part["population"][was & ~now].sum()),
                        "inhabitants_entering": float(part["population"][now & ~was].sum()),
                        "shortfall_before": float(part["shortfall_before"][was].sum()),
                        "shortfall_after": float(part["shortfall_after"][now].sum()),
                    }))
                changed = part["class_changed"].astype(bool)
                rows.append(dict(head, **{
                    "gap_class": "ALL", "units_before": len(part), "units_after": len(part),
                    "inhabitants_before": float(part["population"].sum()),
                    "inhabitants_after": float(part["population"].sum()),
                    "inhabitants_leaving": float(part["population"][changed].sum()),
                    "inhabitants_entering": float(part["population"][changed].sum()),
                    "shortfall_before": float(part["shortfall_before"].sum()),
                    "shortfall_after": float(part["shortfall_after"].sum()),
                }))
    table = pd.DataFrame(rows)
    table["shortfall_change"] = table["shortfall_after"] - table["shortfall_before"]
    return table
