"""Cross-border complementarities: supply across the border within reach that a deficient unit cannot use.

Everything here is **analytical** (prefix ``an_``): an agreement changes who may use which
supply, i.e. the accessibility, never the official indicators (the French APL counts French
supply only; the Belgian rules count the GPs located in the municipality). So the units are
selected on their analytical class (the accessibility with the ZOAST as they are, cross-border
pairs weighted by β) and the gains are analytical; the unit's official class, which no
agreement changes, is given beside them (``class_official``).

For each unit in shortage under its own country's thresholds (analytical severity ≥ 1), the
supply points of the other country within the cut-off that it may not use today (no
agreement shared by the unit and the unit where the point lies). Each agreement that holds the
unit of such a point gives a proposal: *the unit joins that agreement*; points whose unit is in
no agreement give a proposal for a new agreement (code ``NEW:<unit id>``) joining the unit and
those points' units.

Each proposal is evaluated by running the accessibility → gaps chain again with the extended
membership (:func:`.scenario.run_chain`): the gain in the unit's indicator, its class after, and
the change of the total shortfall of every unit, since the newcomer's demand now competes for
the shared supply and the supply of its own unit becomes open to the agreement's other members.
Proposals are ranked per agreement by the total shortfall they remove, then by the unit's gain.
"""

from dataclasses import replace
from typing import Optional

import numpy as np
import pandas as pd

from . import accessibility as fca
from . import scenario
from .agreements import unit_agreement_matrix
from .costs import CostPairs
from .progress import ProgressCallback, report

__all__ = ["NEW_PREFIX", "unusable_supply", "proposals"]

#: Code prefix of a proposed new agreement.
NEW_PREFIX = "NEW:"


def _members(members: Optional[pd.DataFrame]) -> pd.DataFrame:
    if members is None or not len(members):
        return pd.DataFrame({"code": pd.Series(dtype=object), "unit_id": pd.Series(dtype=object)})
    return pd.DataFrame({"code": members["code"].astype(str), "unit_id": members["unit_id"].astype(str)})


def unusable_supply(pairs: CostPairs, unit_ids, unit_country, points: pd.DataFrame, members, weights) -> pd.DataFrame:
    """The unit → cross-border supply pairs within reach (weight > 0) that no shared agreement opens.

    ``points`` has supply_id, country, host (row of the unit it lies in, -1 for none) and a
    capacity column. Returns one row per pair: unit (row), supply (row), host, cost.
    """
    unit_ids = pd.Series(np.asarray(unit_ids, dtype=object)).astype(str)
    members = _members(members)
    w = weights(pairs.cost)
    reach = pairs.subset(w > 0)
    national = fca.BorderRule(unit_country, points["country"], fca.BORDER_NATIONAL)
    across = reach.subset(~national.keep(reach))
    if len(members):
        membership, _codes = unit_agreement_matrix(unit_ids, members)
        rule = fca.BorderRule(unit_country, points["country"], fca.BORDER_ZOAST, membership,
                              fca.supply_agreements(membership, points["host"].to_numpy()))
        across = across.subset(~rule.keep(across))
    return pd.DataFrame({"unit": across.origin.astype(np.int64), "supply": across.dest.astype(np.int64),
                         "host": points["host"].to_numpy()[across.dest], "cost": across.cost})


def proposals(units: pd.DataFrame, pairs: CostPairs, points: pd.DataFrame, capacity_column: str,
              members: Optional[pd.DataFrame], settings: "scenario.ChainSettings", id_field: str = "unit_id",
              country_field: str = "country", demand_field: str = "population", area_field: Optional[str] = None,
              min_severity: int = 1, progress: ProgressCallback = None, tvs_field: Optional[str] = None,
              over_65_column: Optional[str] = None) -> "tuple[pd.DataFrame, pd.DataFrame]":
    """(proposals, baseline) for the deficient units.

    ``baseline`` is the chain's result today (ZOAST mode, current members). Each proposal row:
    code (agreement, or ``NEW:<unit id>``), unit_id, country, supply_points and capacity (the
    unusable cross-border supply the proposal opens to the unit), nearest_minutes, class_official
    (the unit's official class, which no agreement changes), an_class_before/after,
    an_access_before/after/gain (the unit's accessibility, in its rule's unit),
    an_shortfall_unit_change and an_shortfall_total_change (FTE, all units), rank within the code.
    """
    settings = replace(settings, border_mode=fca.BORDER_ZOAST)
    members = _members(members)
    unit_ids = units[id_field].astype(str).reset_index(drop=True)
    common = dict(id_field=id_field, country_field=country_field, demand_field=demand_field, area_field=area_field,
                  tvs_field=tvs_field, over_65_column=over_65_column)
    baseline = scenario.run_chain(units, pairs, points, capacity_column, members, settings, **common)
    deficient = baseline["an_severity"].to_numpy() >= min_severity
    unusable = unusable_supply(pairs, unit_ids, units[country_field].to_numpy(), points, members, settings.weights)
    unusable = unusable[deficient[unusable["unit"].to_numpy()]]
    if len(unusable):
        unusable = unusable[points[capacity_column].to_numpy(dtype=float)[unusable["supply"].to_numpy()] > 0]

    # Which agreements would open each pair: those of the unit where the supply lies.
    host_codes = members.groupby("unit_id")["code"].apply(list)
    codes_of_host = unit_ids.map(host_codes)
    rows = []
    for unit, part in unusable.groupby("unit", sort=True):
        hosts = part["host"].to_numpy()
        per_code = {}
        for host, supply in zip(hosts, part["supply"].to_numpy()):
            codes = codes_of_host.iloc[host] if host >= 0 and isinstance(codes_of_host.iloc[host], list) else []
            for code in codes or [NEW_PREFIX + unit_ids[unit]]:
                per_code.setdefault(code, set()).add(supply)
        for code, supplies in sorted(per_code.items()):
            rows.append((unit, code, sorted(supplies)))

    capacity = points[capacity_column].to_numpy(dtype=float)
    total_before = float(np.nansum(baseline["an_shortfall_fte"]))
    cost = dict(zip(zip(unusable["unit"], unusable["supply"]), unusable["cost"]))
    records = []
    for number, (unit, code, supplies) in enumerate(rows):
        added = [(code, unit_ids[unit])]
        if code.startswith(NEW_PREFIX):
            added += [(code, unit_ids[h]) for h in sorted({int(points["host"].iloc[s]) for s in supplies}) if h >= 0]
        extended = pd.concat([members, pd.DataFrame(added, columns=["code", "unit_id"])], ignore_index=True)
        after = scenario.run_chain(units, pairs, points, capacity_column, extended, settings, **common)
        records.append({
            "code": code, "unit_id": unit_ids[unit], "country": baseline["country"].iloc[unit],
            "supply_points": len(supplies), "capacity": float(capacity[supplies].sum()),
            "nearest_minutes": float(min(cost[(unit, s)] for s in supplies)),
            "class_official": baseline["gap_class"].iloc[unit],
            "an_class_before": baseline["an_class"].iloc[unit], "an_class_after": after["an_class"].iloc[unit],
            "an_access_before": float(baseline["an_access"].iloc[unit]),
            "an_access_after": float(after["an_access"].iloc[unit]),
            "an_shortfall_unit_change": float(after["an_shortfall_fte"].iloc[unit]
                                              - baseline["an_shortfall_fte"].iloc[unit]),
            "an_shortfall_total_change": float(np.nansum(after["an_shortfall_fte"]) - total_before),
        })
        report(progress, (number + 1) / len(rows))
    columns = ["code", "rank", "unit_id", "country", "supply_points", "capacity", "nearest_minutes",
               "class_official", "an_class_before", "an_class_after", "an_access_before", "an_access_after",
               "an_access_gain", "an_shortfall_unit_change", "an_shortfall_total_change"]
    table = pd.DataFrame.from_records(records)
    if not len(table):
        text = ("code", "unit_id", "country", "class_official", "an_class_before", "an_class_after")
        kinds = {c: object if c in text else "int64" if c in ("rank", "supply_points") else "float64"
                 for c in columns}
        return pd.DataFrame({c: pd.Series(dtype=kinds[c]) for c in columns}), baseline
    table["an_access_gain"] = table["an_access_after"] - table["an_access_before"]
    table = table.sort_values(["code", "an_shortfall_total_change", "an_access_gain", "unit_id"],
                              ascending=[True, True, False, True], kind="stable").reset_index(drop=True)
    table["rank"] = table.groupby("code").cumcount() + 1
    return table[columns], baseline
