"""Gap classes: each unit judged by its own country's GP-shortage rule.

Rules (sources in ../shared/DOMAIN.md); every threshold is a parameter whose
default is the published value:

* France, GP zoning 2017 (arrêté of 13 Nov 2017), on the APL in consultations per
  year per standardised inhabitant: APL < 2.5 → potential ZIP (priority intervention
  zone), 2.5 ≤ APL ≤ 4 → potential ZAC (complementary action zone), APL > 4 → outside.
  The thresholds give candidate pools; the ARS decides the zoning. The zoning is
  decided per territoire de vie-santé: the population-weighted mean APL of its
  communes (:func:`basin_mean`). The thresholds were revised in 2021, 2024 and 2025
  (methodology arrêté of 16 May 2025), hence parameters.
* Wallonia, AViQ / Impulseo, on FTE GPs *located in the municipality* per 100,000
  inhabitants: ≥ 90 normal, 50 ≤ x < 90 shortage, < 50 severe shortage.
* Flanders, Departement Zorg (ex-Zorg en Gezondheid), on GPs under 65 *located in the
  municipality* per 100,000 inhabitants: priority zone when x < 90, or when the
  population density is < 125 inh/km² and x < 120.
* Brussels has its own scheme, not described in the domain brief: by default its
  municipalities get the class ``BXL_NOT_COVERED`` (no rule applied); the
  ``brussels_rule="wallonia"`` option judges them with the Walloon rule instead.

Beyond the class, each unit gets the shortfall in FTE to reach the threshold of
the next better class, and a ``common_score``: its access divided by the
"adequate" threshold of its own rule (France 4 APL, Wallonia 90, Flanders 90 or,
in low-density municipalities, 120 per 100,000), so 1 means "at the adequacy
threshold" on both sides of the border and the two countries share one scale.

:func:`gap_analysis` gives the **official** classes (each rule on its official indicator,
the headline) and, beside them and never instead of them, the **analytical** classes
(prefix ``an_``): an accessibility score (E2SFCA, with or without the ZOAST) judged by the
same thresholds. The analytical classes answer "what does the border change"; only the
official ones say what the agencies' rules say.
"""

from dataclasses import asdict, dataclass
from typing import Dict, NamedTuple, Optional, Sequence

import numpy as np
import pandas as pd

from .errors import QT_TRANSLATE_NOOP, InputError
from .validation import require_columns, require_non_negative, require_unique

#: Translation context of the class and rule labels (kept apart from the error messages).
LABEL_CONTEXT = "ZoastGapClasses"

# --- Documented defaults -------------------------------------------------------------------
#: France 2017: APL below this → ZIP.
FR_ZIP_BELOW = 2.5
#: France 2017: APL up to this (inclusive) → ZAC; above → outside the zoning.
FR_ZAC_UP_TO = 4.0
#: Consultations and visits per year of one full-time GP, to turn an APL shortfall into
#: FTE. ILLUSTRATIVE order of magnitude (French GPs perform roughly 4,000–5,000 acts a year;
#: the APL's own FTE conversion is a parameter table of DREES, not reproduced here).
ACTIVITY_PER_FTE = 4500.0
#: Wallonia (Impulseo): FTE GPs per 100,000 below this → severe shortage.
WAL_SEVERE_BELOW = 50.0
#: Wallonia (Impulseo): from this many FTE GPs per 100,000 → normal.
WAL_NORMAL_FROM = 90.0
#: Flanders (Zorg en Gezondheid): GPs per 100,000 below this → priority zone.
FL_PRIORITY_BELOW = 90.0
#: Flanders: municipalities below this density (inhabitants per km²) are "low density"…
FL_LOW_DENSITY_BELOW = 125.0
#: …and are priority zones below this many GPs per 100,000.
FL_LOW_DENSITY_PRIORITY_BELOW = 120.0
#: The Belgian rules count GPs per this many inhabitants.
PER_INHABITANTS = 100_000.0

# --- Classes, rules, legend ----------------------------------------------------------------
FR_ZIP, FR_ZAC, FR_NONE = "FR_ZIP", "FR_ZAC", "FR_NONE"
WAL_SEVERE, WAL_SHORTAGE, WAL_NORMAL = "WAL_SEVERE", "WAL_SHORTAGE", "WAL_NORMAL"
FL_PRIORITY, FL_NORMAL = "FL_PRIORITY", "FL_NORMAL"
BXL_NOT_COVERED = "BXL_NOT_COVERED"

RULE_FR, RULE_WAL, RULE_FL, RULE_NONE = "FR_APL_2017", "WAL_IMPULSEO", "FL_ZG", "NONE"

#: Class codes in legend order: most severe first, "not covered" last.
GAP_CLASSES = (FR_ZIP, WAL_SEVERE, FR_ZAC, WAL_SHORTAGE, FL_PRIORITY, FR_NONE, WAL_NORMAL, FL_NORMAL,
               BXL_NOT_COVERED)

#: English labels (translated by the processing/gui layer in context "ZoastGapClasses").
CLASS_LABELS = {
    FR_ZIP: QT_TRANSLATE_NOOP("ZoastGapClasses", "Potential ZIP (priority intervention zone)"),
    FR_ZAC: QT_TRANSLATE_NOOP("ZoastGapClasses", "Potential ZAC (complementary action zone)"),
    FR_NONE: QT_TRANSLATE_NOOP("ZoastGapClasses", "Outside the GP zoning (France)"),
    WAL_SEVERE: QT_TRANSLATE_NOOP("ZoastGapClasses", "Severe GP shortage (Wallonia)"),
    WAL_SHORTAGE: QT_TRANSLATE_NOOP("ZoastGapClasses", "GP shortage (Wallonia)"),
    WAL_NORMAL: QT_TRANSLATE_NOOP("ZoastGapClasses", "No GP shortage (Wallonia)"),
    FL_PRIORITY: QT_TRANSLATE_NOOP("ZoastGapClasses", "Priority zone (Flanders)"),
    FL_NORMAL: QT_TRANSLATE_NOOP("ZoastGapClasses", "Not a priority zone (Flanders)"),
    BXL_NOT_COVERED: QT_TRANSLATE_NOOP("ZoastGapClasses", "Brussels: no rule applied"),
}

RULE_LABELS = {
    RULE_FR: QT_TRANSLATE_NOOP("ZoastGapClasses", "France: APL GP zoning (2017 thresholds; the ARS decides)"),
    RULE_WAL: QT_TRANSLATE_NOOP("ZoastGapClasses", "Wallonia: AViQ Impulseo GP shortage"),
    RULE_FL: QT_TRANSLATE_NOOP("ZoastGapClasses", "Flanders: Departement Zorg priority zones"),
    RULE_NONE: QT_TRANSLATE_NOOP("ZoastGapClasses", "No rule"),
}

#: Common severity: 2 severe, 1 shortage, 0 adequate, -1 not judged. Flanders' priority zone
#: (< 90 per 100,000) is ranked 1 because its threshold is Wallonia's shortage threshold.
CLASS_SEVERITY = {
    FR_ZIP: 2, WAL_SEVERE: 2,
    FR_ZAC: 1, WAL_SHORTAGE: 1, FL_PRIORITY: 1,
    FR_NONE: 0, WAL_NORMAL: 0, FL_NORMAL: 0,
    BXL_NOT_COVERED: -1,
}

SEVERITY_LABELS = {
    2: QT_TRANSLATE_NOOP("ZoastGapClasses", "Severe shortage"),
    1: QT_TRANSLATE_NOOP("ZoastGapClasses", "Shortage"),
    0: QT_TRANSLATE_NOOP("ZoastGapClasses", "No shortage"),
    -1: QT_TRANSLATE_NOOP("ZoastGapClasses", "Not judged"),
}

#: One colour per severity, ColorBrewer RdYlBu (colour-blind safe) plus a neutral grey, so the
#: same severity reads the same on both sides of the border.
SEVERITY_COLOURS = {2: "#d7191c", 1: "#fdae61", 0: "#abd9e9", -1: "#bdbdbd"}
CLASS_COLOURS = {code: SEVERITY_COLOURS[CLASS_SEVERITY[code]] for code in GAP_CLASSES}

#: Output columns of :func:`classify_units` (always present, in this order).
RESULT_COLUMNS = ("country", "region", "rule", "gap_class", "gap_label", "severity", "access_unit",
                  "access", "need", "threshold", "shortfall_fte", "common_score")
#: Added when a national-only access is given.
NATIONAL_COLUMNS = ("access_national", "gap_class_national", "severity_national", "shortfall_fte_national",
                    "border_gain", "class_changed", "severity_change")


class RuleResult(NamedTuple):
    """What a rule says about each unit (arrays aligned with its input).

    ``target``: access level of the next better class's threshold (NaN in the best class);
    ``adequate``: the rule's adequacy threshold for the unit (denominator of the common score).
    """

    gap_class: np.ndarray
    target: np.ndarray
    adequate: np.ndarray


@dataclass(frozen=True)
class ZoningThresholds:
    """All thresholds of the three rules, checked for order when built."""

    fr_zip_below: float = FR_ZIP_BELOW
    fr_zac_up_to: float = FR_ZAC_UP_TO
    wal_severe_below: float = WAL_SEVERE_BELOW
    wal_normal_from: float = WAL_NORMAL_FROM
    fl_priority_below: float = FL_PRIORITY_BELOW
    fl_low_density_below: float = FL_LOW_DENSITY_BELOW
    fl_low_density_priority_below: float = FL_LOW_DENSITY_PRIORITY_BELOW
    activity_per_fte: float = ACTIVITY_PER_FTE

    def __post_init__(self):
        for name, value in asdict(self).items():
            _require_positive(value, name.upper())
        _require_order("FR_ZIP_BELOW", self.fr_zip_below, "FR_ZAC_UP_TO", self.fr_zac_up_to)
        _require_order("WAL_SEVERE_BELOW", self.wal_severe_below, "WAL_NORMAL_FROM", self.wal_normal_from)
        _require_order("FL_PRIORITY_BELOW", self.fl_priority_below,
                       "FL_LOW_DENSITY_PRIORITY_BELOW", self.fl_low_density_priority_below, strict=False)


def _require_positive(value: float, name: str) -> None:
    if not (np.isfinite(value) and value > 0):
        raise InputError(
            QT_TRANSLATE_NOOP("ZoastErrors", "Threshold {field} = {value}: it must be a number above 0."),
            field=name,
            value=value,
        )


def _require_order(lower_name: str, lower: float, upper_name: str, upper: float, strict: bool = True) -> None:
    """``lower`` must be below ``upper`` (or equal when not strict)."""
    if lower > upper or (strict and lower == upper):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Thresholds out of order: {field} ({lower}) must be below {upper_field} ({upper}). "
                "Swap or fix them."
            ),
            field=lower_name,
            lower=lower,
            upper_field=upper_name,
            upper=upper,
        )


# --- The rules -----------------------------------------------------------------------------
def france_apl_rule(apl, zip_below: float = FR_ZIP_BELOW, zac_up_to: float = FR_ZAC_UP_TO) -> RuleResult:
    """France 2017: APL < ``zip_below`` → ZIP; ≤ ``zac_up_to`` → ZAC; above → outside."""
    _require_order("FR_ZIP_BELOW", zip_below, "FR_ZAC_UP_TO", zac_up_to)
    apl = np.asarray(apl, dtype="float64")
    is_zip = apl < zip_below
    is_zac = ~is_zip & (apl <= zac_up_to)
    gap_class = np.select([is_zip, is_zac], [FR_ZIP, FR_ZAC], FR_NONE).astype(object)
    target = np.select([is_zip, is_zac], [zip_below, zac_up_to], np.nan)
    return RuleResult(gap_class, target, np.full(apl.shape, float(zac_up_to)))


def wallonia_rule(gps_per_100k, severe_below: float = WAL_SEVERE_BELOW,
                  normal_from: float = WAL_NORMAL_FROM) -> RuleResult:
    """Wallonia (Impulseo): < ``severe_below`` severe; < ``normal_from`` shortage; else normal."""
    _require_order("WAL_SEVERE_BELOW", severe_below, "WAL_NORMAL_FROM", normal_from)
    x = np.asarray(gps_per_100k, dtype="float64")
    severe = x < severe_below
    shortage = ~severe & (x < normal_from)
    gap_class = np.select([severe, shortage], [WAL_SEVERE, WAL_SHORTAGE], WAL_NORMAL).astype(object)
    target = np.select([severe, shortage], [severe_below, normal_from], np.nan)
    return RuleResult(gap_class, target, np.full(x.shape, float(normal_from)))


def flanders_rule(gps_per_100k, inhabitants_per_km2, priority_below: float = FL_PRIORITY_BELOW,
                  low_density_below: float = FL_LOW_DENSITY_BELOW,
                  low_density_priority_below: float = FL_LOW_DENSITY_PRIORITY_BELOW) -> RuleResult:
    """Flanders: priority when x < ``priority_below``, or density < ``low_density_below``
    and x < ``low_density_priority_below``. A unit's adequacy threshold is therefore 120
    where the density is low and 90 elsewhere (defaults)."""
    _require_order("FL_PRIORITY_BELOW", priority_below,
                   "FL_LOW_DENSITY_PRIORITY_BELOW", low_density_priority_below, strict=False)
    x = np.asarray(gps_per_100k, dtype="float64")
    low_density = np.asarray(inhabitants_per_km2, dtype="float64") < low_density_below
    limit = np.where(low_density, float(low_density_priority_below), float(priority_below))
    priority = x < limit
    gap_class = np.where(priority, FL_PRIORITY, FL_NORMAL).astype(object)
    return RuleResult(gap_class, np.where(priority, limit, np.nan), limit)


def basin_mean(values, population, basin_ids) -> np.ndarray:
    """The population-weighted mean of ``values`` over each basin, given back per unit (TVS rule).

    A basin with no inhabitants gets the plain mean of its units, so it still has a value.
    Basin ids must not be empty (the caller names the field; here the rows are reported).
    """
    values = np.asarray(values, dtype="float64")
    population = np.asarray(population, dtype="float64")
    codes, _ = pd.factorize(pd.Series(basin_ids))  # empty ids → -1
    if (codes < 0).any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Basins: {count} unit(s) without a basin id, at row(s) {ids}. Give every unit a basin."
            ),
            ids=(np.flatnonzero(codes < 0) + 1).tolist(),  # rows as in the attribute table
        )
    n = codes.max() + 1 if len(codes) else 0
    weight_sum = np.bincount(codes, weights=population, minlength=n)
    weighted = np.bincount(codes, weights=values * population, minlength=n)
    plain = np.bincount(codes, weights=values, minlength=n) / np.bincount(codes, minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(weight_sum > 0, weighted / weight_sum, plain)
    return mean[codes]


# --- Belgian regions -----------------------------------------------------------------------
#: Accepted spellings of an explicit region field (compared upper-cased, stripped).
REGION_SPELLINGS = {
    "FL": "FL", "VL": "FL", "VLG": "FL", "FLANDERS": "FL", "FLANDRE": "FL", "VLAANDEREN": "FL",
    "WAL": "WAL", "WALLONIA": "WAL", "WALLONIE": "WAL", "WALLONIË": "WAL", "WALLONIEN": "WAL",
    "BXL": "BXL", "BRU": "BXL", "BRUSSELS": "BXL", "BRUXELLES": "BXL", "BRUSSEL": "BXL",
}


def refnis_region(refnis) -> np.ndarray:
    """Region (``FL``/``WAL``/``BXL``, ``""`` when unknown) of Belgian REFNIS (NIS) codes.

    The first digits are the province/arrondissement: 21 Brussels-Capital; 23 Halle-Vilvoorde
    and 24 Leuven (Flemish Brabant); 25 Nivelles (Walloon Brabant); 1 Antwerp, 3 West
    Flanders, 4 East Flanders, 7 Limburg (Flanders); 5 Hainaut, 6 Liège (the German-speaking
    municipalities included), 8 Luxembourg, 9 Namur (Wallonia). Accepts ``57081``,
    ``"57081"`` or ``"BE:57081"``; anything that is not five digits is unknown.
    """
    text = pd.Series(refnis, dtype="object").astype("string").str.strip()
    text = text.str.replace(r"^.*:", "", regex=True).str.replace(r"\.0$", "", regex=True)
    valid = text.str.fullmatch(r"\d{5}").fillna(False).to_numpy(dtype=bool)
    first = text.str[:1].fillna("").to_numpy(dtype=object)
    two = text.str[:2].fillna("").to_numpy(dtype=object)
    region = np.select(
        [two == "21", np.isin(two, ["23", "24"]), two == "25",
         np.isin(first, ["1", "3", "4", "7"]), np.isin(first, ["5", "6", "8", "9"])],
        ["BXL", "FL", "WAL", "FL", "WAL"],
        "",
    ).astype(object)
    region[~valid] = ""
    return region


def _regions(frame, be, ids, id_field, region_field, refnis_field) -> np.ndarray:
    """Region per unit: the explicit field where filled, else the REFNIS code (Belgian units)."""
    region = np.full(len(frame), "", dtype=object)
    source = frame[refnis_field] if refnis_field else frame[id_field]
    region[be] = refnis_region(source.to_numpy()[be])
    if region_field:
        given = frame[region_field].astype("string").str.strip().str.upper().fillna("").to_numpy(dtype=object)
        filled = be & (given != "")
        mapped = pd.Series(given[filled], dtype=object).map(REGION_SPELLINGS).fillna("?").to_numpy()
        unknown = mapped == "?"
        if unknown.any():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Field '{field}': {count} unit(s) with an unknown region, first ids: {ids}. "
                    "Use FL, WAL or BXL."
                ),
                ids=ids[filled][unknown].tolist(),
                field=region_field,
            )
        region[filled] = mapped
    missing = be & (region == "")
    if missing.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} Belgian unit(s) whose region cannot be told from a 5-digit "
                "REFNIS code, first ids: {ids}. Fix the codes or give a region field."
            ),
            ids=ids[missing].tolist(),
            field=refnis_field or id_field,
        )
    return region


def _countries(frame, ids, id_field, country_field) -> np.ndarray:
    """``FR``/``BE`` per unit, from the country field or else the id's prefix (``FR:59350``)."""
    source = frame[country_field] if country_field else frame[id_field].astype("string").str.extract(
        r"^([^:]*):", expand=False)
    # Normalise the few distinct spellings, not every row.
    codes, uniques = pd.factorize(source)
    clean = pd.Series(uniques, dtype=object).astype("string").str.strip().str.upper().fillna("")
    country = np.append(clean.to_numpy(dtype=object), "")[codes]  # code -1 (empty) → ""
    bad = ~np.isin(country, ["FR", "BE"])
    if bad.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} unit(s) neither FR nor BE, first ids: {ids}. "
                "Only French and Belgian units can be classified."
            ),
            ids=ids[bad].tolist(),
            field=country_field or id_field,
        )
    return country


# --- Classification ------------------------------------------------------------------------
def _judge(access, need, population, country, region, density, basin, thresholds, brussels_rule):
    """Class, rule, target and adequacy per unit for one access vector (all arrays)."""
    n = len(access)
    judged = access.copy()
    fr = country == "FR"
    if basin is not None and fr.any():
        judged[fr] = basin_mean(access[fr], population[fr], basin[fr])
    wal = (country == "BE") & ((region == "WAL") | ((region == "BXL") & (brussels_rule == "wallonia")))
    fl = (country == "BE") & (region == "FL")
    gap_class = np.full(n, BXL_NOT_COVERED, dtype=object)
    rule = np.full(n, RULE_NONE, dtype=object)
    target = np.full(n, np.nan)
    adequate = np.full(n, np.nan)
    t = thresholds
    for mask, code, result in (
        (fr, RULE_FR, lambda m: france_apl_rule(judged[m], t.fr_zip_below, t.fr_zac_up_to)),
        (wal, RULE_WAL, lambda m: wallonia_rule(judged[m], t.wal_severe_below, t.wal_normal_from)),
        (fl, RULE_FL, lambda m: flanders_rule(judged[m], density[m], t.fl_priority_below,
                                              t.fl_low_density_below, t.fl_low_density_priority_below)),
    ):
        if mask.any():
            r = result(mask)
            gap_class[mask], target[mask], adequate[mask] = r.gap_class, r.target, r.adequate
            rule[mask] = code
    # Shortfall in the rule's access unit, then in FTE: France converts consultations per
    # standardised inhabitant with the activity of one FTE; Belgium counts GPs per 100,000.
    gap = np.where(np.isnan(target), 0.0, np.maximum(target - judged, 0.0))
    per_fte = np.where(fr, need / t.activity_per_fte, population / PER_INHABITANTS)
    with np.errstate(invalid="ignore", divide="ignore"):
        score = judged / adequate
    return judged, gap_class, rule, target, gap * per_fte, score


def _need(frame, id_field, need_field, population, fr) -> np.ndarray:
    """The standardised population where the need field is filled, else the population.

    French units must have it (their shortfall is converted with it); a Belgian unit keeps
    its own value when it has one (the Belgian rules count inhabitants, so an empty need
    there falls back on the population) — never overwritten by the raw population.
    """
    need = population.copy()
    if not need_field:
        return need
    values = pd.to_numeric(frame[need_field], errors="coerce").to_numpy(dtype="float64")
    need[fr] = require_non_negative(frame[need_field][fr], frame[id_field][fr], need_field)
    given = ~fr & np.isfinite(values)
    if given.any():
        need[given] = require_non_negative(frame[need_field][given], frame[id_field][given], need_field)
    return need


def _positive_area(frame, ids, area_field, mask) -> np.ndarray:
    """Areas (km²) of the units in ``mask``, which must be numbers above 0."""
    if not area_field:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "The Flanders rule needs each municipality's area (km²): {count} Flemish unit(s), "
                "first ids: {ids}. Choose an area field."
            ),
            ids=ids[mask].tolist(),
        )
    require_columns(frame, [area_field], "Units")
    area = pd.to_numeric(frame[area_field], errors="coerce").to_numpy(dtype="float64")
    bad = mask & ~(area > 0)
    if bad.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} Flemish unit(s) with a zero, empty or negative area, "
                "first ids: {ids}. The density rule needs an area above 0 km²."
            ),
            ids=ids[bad].tolist(),
            field=area_field,
        )
    return area


def classify_units(
    frame: pd.DataFrame,
    id_field: str = "unit_id",
    access_field: str = "access",
    country_field: Optional[str] = "country",
    population_field: str = "population",
    need_field: Optional[str] = None,
    area_field: Optional[str] = None,
    region_field: Optional[str] = None,
    refnis_field: Optional[str] = None,
    basin_field: Optional[str] = None,
    national_access_field: Optional[str] = None,
    thresholds: Optional[ZoningThresholds] = None,
    fr_access_scale: float = 1.0,
    be_access_scale: float = 1.0,
    brussels_rule: str = "none",
) -> pd.DataFrame:
    """Judge each unit by its own country's rule; return a copy of ``frame`` with
    :data:`RESULT_COLUMNS` (and :data:`NATIONAL_COLUMNS`) added or overwritten.

    Inputs per unit: ``access_field`` (the accessibility, e.g. with ZOAST), multiplied by
    ``fr_access_scale`` for French units and ``be_access_scale`` for Belgian ones so that it
    is in the rule's unit (France: consultations/yr per standardised inhabitant; Belgium:
    GPs per 100,000 — e.g. ``be_access_scale=100000`` when the accessibility is FTE per
    inhabitant); ``population_field``; ``need_field`` (the standardised population, French
    demand; defaults to the population); ``area_field`` in km² (needed for Flemish units);
    the country from ``country_field`` (``FR``/``BE``) or, when None, from the id prefix; the
    Belgian region from ``region_field`` where filled, else from the REFNIS code in
    ``refnis_field`` or in the id (``BE:57081``). With ``basin_field``, French units are
    judged by their basin's population-weighted mean APL (TVS rule). With
    ``national_access_field``, the units are judged a second time on the national-only
    access, and ``border_gain`` and the class change are added.

    Columns: ``access_unit`` (unit's own scaled access), ``access`` (the value judged:
    the basin mean under the TVS rule), ``need`` (standardised population in France,
    population in Belgium), ``threshold`` (next better class's threshold, NaN when none),
    ``shortfall_fte`` (FTE — for Flanders GPs — to reach it: France ΔAPL × need /
    activity_per_fte; Belgium Δ × population / 100,000; a local estimate that ignores the
    spill-over of new supply to neighbours), ``common_score`` = access / the rule's
    adequacy threshold (NaN when no rule applies), ``gap_label`` in English.
    """
    if brussels_rule not in ("none", "wallonia"):
        raise InputError(
            QT_TRANSLATE_NOOP("ZoastErrors", "Brussels rule '{value}' unknown: use 'none' or 'wallonia'."),
            value=brussels_rule,
        )
    for name, value in (("FR_ACCESS_SCALE", fr_access_scale), ("BE_ACCESS_SCALE", be_access_scale)):
        _require_positive(value, name)
    fields = [id_field, access_field, population_field]
    fields += [f for f in (country_field, need_field, region_field, refnis_field, basin_field,
                           national_access_field) if f]
    require_columns(frame, fields, "Units")
    thresholds = ZoningThresholds() if thresholds is None else thresholds
    require_unique(frame[id_field], id_field)
    ids = frame[id_field].to_numpy()

    country = _countries(frame, ids, id_field, country_field)
    fr, be = country == "FR", country == "BE"
    region = np.where(fr, "FR", _regions(frame, be, ids, id_field, region_field, refnis_field)).astype(object)
    scale = np.where(fr, fr_access_scale, be_access_scale)
    access = require_non_negative(frame[access_field], frame[id_field], access_field) * scale
    population = require_non_negative(frame[population_field], frame[id_field], population_field)
    need = _need(frame, id_field, need_field, population, fr)
    fl = be & (region == "FL")
    density = np.full(len(frame), np.nan)
    if fl.any():
        density[fl] = population[fl] / _positive_area(frame, ids, area_field, fl)[fl]
    basin = None
    if basin_field:
        empty = fr & frame[basin_field].isna().to_numpy()
        if empty.any():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Field '{field}': {count} French unit(s) without a basin, first ids: {ids}. "
                    "The TVS rule needs every French unit in a basin."
                ),
                ids=ids[empty].tolist(),
                field=basin_field,
            )
        basin = frame[basin_field].to_numpy()

    judged, gap_class, rule, target, shortfall, score = _judge(
        access, need, population, country, region, density, basin, thresholds, brussels_rule)
    out = frame.copy()
    classes = pd.Series(gap_class, dtype=object)
    severity = classes.map(CLASS_SEVERITY).to_numpy(dtype="int64")
    columns = {
        "country": country, "region": region, "rule": rule, "gap_class": gap_class,
        "gap_label": classes.map(CLASS_LABELS).to_numpy(dtype=object), "severity": severity,
        "access_unit": access, "access": judged, "need": need, "threshold": target,
        "shortfall_fte": shortfall, "common_score": score,
    }
    if national_access_field:
        national = scale * require_non_negative(
            frame[national_access_field], frame[id_field], national_access_field)
        judged_n, class_n, _, _, shortfall_n, _ = _judge(
            national, need, population, country, region, density, basin, thresholds, brussels_rule)
        change = class_change(class_n, gap_class)
        columns.update({
            "access_national": judged_n, "gap_class_national": class_n,
            "severity_national": change["severity_national"].to_numpy(),
            "shortfall_fte_national": shortfall_n, "border_gain": border_gain(judged_n, judged),
            "class_changed": change["class_changed"].to_numpy(),
            "severity_change": change["severity_change"].to_numpy(),
        })
    for name, values in columns.items():
        out[name] = values
    return out


def border_gain(access_national, access_zoast) -> np.ndarray:
    """What cross-border access adds: ``access_zoast − access_national`` (same unit)."""
    return np.asarray(access_zoast, dtype="float64") - np.asarray(access_national, dtype="float64")


def class_change(class_national, class_zoast) -> pd.DataFrame:
    """Class with national-only supply vs with ZOAST supply.

    ``severity_change`` = severity(national) − severity(ZOAST): positive when the border
    makes the unit's situation less severe, negative when it worsens it (cross-border
    demand can compete for a shared supply).
    """
    national = pd.Series(np.asarray(class_national, dtype=object))
    zoast = pd.Series(np.asarray(class_zoast, dtype=object))
    severity_national = national.map(CLASS_SEVERITY).to_numpy(dtype="int64")
    severity_zoast = zoast.map(CLASS_SEVERITY).to_numpy(dtype="int64")
    return pd.DataFrame({
        "gap_class_national": national.to_numpy(), "gap_class": zoast.to_numpy(),
        "severity_national": severity_national, "severity": severity_zoast,
        "class_changed": national.to_numpy() != zoast.to_numpy(),
        "severity_change": severity_national - severity_zoast,
    })


def gap_summary(
    classified: pd.DataFrame,
    group_fields: Sequence[str] = (),
    class_field: str = "gap_class",
    country_field: str = "country",
    population_field: str = "population",
    shortfall_field: str = "shortfall_fte",
    totals: bool = False,
) -> pd.DataFrame:
    """Units, population and shortfall per group × country × class: the deficiency list.

    ``group_fields`` (e.g. a basin or ZOAST code) come first; units with an empty group
    value form their own group rather than being dropped. Rows are in legend order within
    each group. With ``totals``, last rows (group and class ``"ALL"``, one per country) hold the
    totals of each country (never summed across countries: the shortfalls are in different
    units). Every unit is counted once, so each country's rows add up to its total.
    """
    group_fields = list(group_fields)
    keys = group_fields + [country_field, class_field]
    require_columns(classified, keys + [population_field, shortfall_field], "Gap summary")
    table = (
        classified.groupby(keys, dropna=False, sort=True)
        .agg(units=(class_field, "size"), population=(population_field, "sum"),
             shortfall_fte=(shortfall_field, "sum"))
        .reset_index()
    )
    order = {code: rank for rank, code in enumerate(GAP_CLASSES)}
    table["_order"] = table[class_field].map(order)
    table = table.sort_values(group_fields + [country_field, "_order"], kind="stable").drop(columns="_order")
    table.insert(len(keys), "label", table[class_field].map(CLASS_LABELS))
    table.insert(len(keys) + 1, "severity", table[class_field].map(CLASS_SEVERITY))
    table = table.rename(columns={class_field: "gap_class"}).reset_index(drop=True)
    if totals:
        # One total per country: a French shortfall (FTE-equivalents of an APL gap) is not added to
        # Belgian FTE or GPs.
        rows = []
        for country, part in classified.groupby(country_field, sort=True):
            total: Dict[str, object] = {field: "ALL" for field in group_fields + ["gap_class"]}
            total.update({country_field: country, "label": "", "severity": np.nan, "units": len(part),
                          "population": float(part[population_field].sum()),
                          "shortfall_fte": float(part[shortfall_field].sum())})
            rows.append(total)
        table = table.astype({field: object for field in group_fields + [country_field]})
        table = pd.concat([table, pd.DataFrame(rows, columns=table.columns)], ignore_index=True)
    return table


# --- Official classes and the analytical variant ------------------------------------------
#: The official indicator of each rule (what ``indicator`` holds), by rule code.
OFFICIAL_INDICATORS = {
    RULE_FR: "APL",
    RULE_WAL: "FTE_PER_100K_IN_UNIT",
    RULE_FL: "GP_UNDER_65_PER_100K_IN_UNIT",
    RULE_NONE: "",
}
#: What the shortfall of each rule counts: French FTE are an *equivalent* (the APL gap × need /
#: activity of one FTE); Wallonia counts FTE; Flanders counts GPs (head count).
SHORTFALL_UNITS = {RULE_FR: "FTE_EQUIVALENT", RULE_WAL: "FTE", RULE_FL: "GP", RULE_NONE: ""}

#: Official output columns of :func:`gap_analysis`, in order.
OFFICIAL_COLUMNS = ("country", "region", "rule", "gap_class", "gap_label", "severity", "indicator_unit",
                    "indicator", "indicator_kind", "tvs", "need", "gp_fte_in_unit", "gp_under_65_in_unit",
                    "threshold", "shortfall_fte", "shortfall_unit", "common_score")
#: Analytical columns (accessibility judged by the same thresholds), always present.
ANALYTICAL_COLUMNS = ("an_access", "an_class", "an_severity", "an_shortfall_fte")
#: Added with a national-only access: the border effect per unit.
BORDER_COLUMNS = ("an_access_national", "an_class_national", "an_severity_national", "an_shortfall_fte_national",
                  "border_gain", "class_changed", "severity_change", "zoast_member")


class GapAnalysis(NamedTuple):
    """Result of :func:`gap_analysis`: the units and what the caller should warn about."""

    units: pd.DataFrame
    #: Border of the APL judged by the official French rule ("national", "zoast", "open" or "").
    official_apl_border: str
    #: Flemish units judged on every GP because no over-65 flag was given.
    flemish_all_ages: int


def per_100k(count, population) -> np.ndarray:
    """``count`` per 100,000 inhabitants; empty (NaN) where the population is 0."""
    count = np.asarray(count, dtype="float64")
    population = np.asarray(population, dtype="float64")
    out = np.full(count.shape, np.nan)
    np.divide(count * PER_INHABITANTS, population, out=out, where=population > 0)
    return out


def gps_in_units(host_rows, n_units: int, fte=None, over_65=None):
    """FTE and head count under 65 of the GPs *located in* each unit (the Belgian official count).

    ``host_rows``: row of the unit each GP lies in (-1: in none, not counted). ``fte`` per GP
    (default 1); ``over_65`` truthy for GPs aged 65 or more (default: none is).
    """
    host = np.asarray(host_rows, dtype=np.int64)
    inside = host >= 0
    fte = np.ones(len(host)) if fte is None else np.asarray(fte, dtype="float64")
    young = np.ones(len(host), bool) if over_65 is None else ~np.asarray(over_65, dtype=bool)
    total_fte = np.bincount(host[inside], weights=fte[inside], minlength=n_units)
    under_65 = np.bincount(host[inside & young], minlength=n_units).astype("float64")
    return total_fte, under_65


def _kind_factors(kinds, country, ids, field, region) -> np.ndarray:
    """Factor to the rule's unit per row, or an InputError naming what to run.

    France needs the APL; Belgium FTE (or GPs) per 100,000 — FTE per inhabitant is
    converted (× 100,000).
    """
    from . import indicators

    units = indicators.kind_units(kinds)
    fr = country == "FR"
    judged_be = (country == "BE") & (region != "BXL")

    def refuse_if_any(bad: np.ndarray, message: str) -> None:
        """Raise ``message`` naming the commonest wrong kind among the ``bad`` rows."""
        if bad.any():
            found = pd.Series(units[bad]).mode().iloc[0]
            raise InputError(
                message, ids=ids[bad].tolist(), field=field, kind=indicators.KIND_LABELS[found],
                kind_field=indicators.kind_field(field),
            )

    refuse_if_any(
        fr & (units != indicators.KIND_APL),
        QT_TRANSLATE_NOOP(
            "ZoastErrors",
            "Field '{field}': {count} French unit(s) hold {kind} (field {kind_field}), not the APL the French "
            "zoning reads, first ids: {ids}. Run zoast:apl (French APL) and choose its access field, or set "
            "the indicator type if the field really is the APL. With units of both countries, give one field "
            "holding the APL for French units and FTE per 100,000 for Belgian units, with {kind_field} (the "
            "model zoast:zoast_diagnosis builds it)."
        ),
    )
    belgian = (indicators.KIND_FTE_PER_100K, indicators.KIND_GP_PER_100K, indicators.KIND_FTE_PER_INHABITANT)
    refuse_if_any(
        judged_be & ~np.isin(units, belgian),
        QT_TRANSLATE_NOOP(
            "ZoastErrors",
            "Field '{field}': {count} Belgian unit(s) hold {kind} (field {kind_field}), not GPs per 100,000, "
            "first ids: {ids}. Run zoast:accessibility with the capacity fte and the scale 100000 and choose "
            "its access field, or set the indicator type. With units of both countries, give one field holding "
            "the APL for French units and FTE per 100,000 for Belgian units, with {kind_field} (the model "
            "zoast:zoast_diagnosis builds it)."
        ),
    )
    return np.where(units == indicators.KIND_FTE_PER_INHABITANT, PER_INHABITANTS, 1.0)


def gap_analysis(
    frame: pd.DataFrame,
    id_field: str = "unit_id",
    access_field: str = "access",
    access_kind=None,
    national_access_field: Optional[str] = None,
    national_access_kind=None,
    country_field: Optional[str] = "country",
    population_field: str = "population",
    need_field: Optional[str] = None,
    area_field: Optional[str] = None,
    region_field: Optional[str] = None,
    refnis_field: Optional[str] = None,
    tvs_field: Optional[str] = None,
    member_field: Optional[str] = None,
    gp_fte=None,
    gp_under_65=None,
    flemish_all_ages: bool = False,
    thresholds: Optional[ZoningThresholds] = None,
    fr_access_scale: float = 1.0,
    be_access_scale: float = 1.0,
    brussels_rule: str = "none",
) -> GapAnalysis:
    """Official classes (the headline) and the analytical accessibility classes beside them.

    **Official**, each country's rule on its official indicator:

    * France: the commune's APL — the national-only one (``national_access_field`` when
      given, else ``access_field``) — and, with ``tvs_field``, the population-weighted mean
      APL of its territoire de vie-santé; the thresholds give *potential* ZIP/ZAC (candidate
      pools: the ARS decides the zoning).
    * Wallonia (AViQ, Impulseo): FTE GPs located in the municipality per 100,000
      (``gp_fte``, e.g. from :func:`gps_in_units`). A municipality with no GP is 0: severe.
    * Flanders (Departement Zorg, ex-Zorg en Gezondheid): GPs under 65 located in the
      municipality per 100,000 (``gp_under_65``), with the low-density rule.

    **Analytical** (prefix ``an_``): the accessibility ``access_field`` (e.g. E2SFCA with the
    ZOAST) judged by the same thresholds at unit level; with ``national_access_field`` also
    without the border, ``border_gain`` (in each country's own unit) and the class change.

    ``access_kind`` / ``national_access_kind``: the kind text of each row (see
    :mod:`.indicators`); a value whose kind does not fit its country's rule is refused with
    an error naming the algorithm to run. ``None`` means "not checked" (the caller vouches).
    ``gp_fte`` and ``gp_under_65`` are needed when Walloon or Flemish units are present.
    """
    thresholds = ZoningThresholds() if thresholds is None else thresholds
    fields = [id_field, access_field, population_field]
    fields += [f for f in (country_field, need_field, region_field, refnis_field, tvs_field, member_field,
                           national_access_field) if f]
    require_columns(frame, fields, "Units")
    require_unique(frame[id_field], id_field)
    ids = frame[id_field].to_numpy()
    country = _countries(frame, ids, id_field, country_field)
    fr, be = country == "FR", country == "BE"
    region = np.where(fr, "FR", _regions(frame, be, ids, id_field, region_field, refnis_field)).astype(object)
    population = require_non_negative(frame[population_field], frame[id_field], population_field)
    need = _need(frame, id_field, need_field, population, fr)

    def scaled(field, kinds):
        values = require_non_negative(frame[field], frame[id_field], field)
        factor = np.ones(len(frame)) if kinds is None else _kind_factors(kinds, country, ids, field, region)
        return values * factor * np.where(fr, fr_access_scale, be_access_scale)

    access = scaled(access_field, access_kind)
    national = scaled(national_access_field, national_access_kind) if national_access_field else None

    wal = be & ((region == "WAL") | ((region == "BXL") & (brussels_rule == "wallonia")))
    fl = be & (region == "FL")
    for mask, values, name in ((wal, gp_fte, "GP_FTE"), (fl, gp_under_65, "GP_UNDER_65")):
        if mask.any() and values is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "The Walloon and Flemish rules count the GPs located in each municipality: {count} Belgian "
                    "unit(s), first ids: {ids}. Give the GP practices layer (GP_SUPPLY)."
                ),
                ids=ids[mask].tolist(), field=name,
            )
    indicator_unit = np.where(fr, national if national is not None else access, np.nan)
    if gp_fte is not None:
        indicator_unit = np.where(wal, per_100k(gp_fte, population), indicator_unit)
    if gp_under_65 is not None:
        indicator_unit = np.where(fl, per_100k(gp_under_65, population), indicator_unit)

    density = np.full(len(frame), np.nan)
    if fl.any():
        density[fl] = population[fl] / _positive_area(frame, ids, area_field, fl)[fl]
    tvs = None
    if tvs_field:
        empty = fr & frame[tvs_field].isna().to_numpy()
        if empty.any():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Field '{field}': {count} French unit(s) without a territoire de vie-santé (TVS), first ids: "
                    "{ids}. The TVS rule needs every French commune in a TVS."
                ),
                ids=ids[empty].tolist(), field=tvs_field,
            )
        tvs = frame[tvs_field].to_numpy()

    # Official: NaN indicators (no inhabitants) are judged as no shortage, with no shortfall.
    judged, gap_class, rule, target, shortfall, score = _judge(
        np.nan_to_num(indicator_unit, nan=np.inf), need, population, country, region, density, tvs, thresholds,
        brussels_rule)
    judged = np.where(np.isinf(judged), np.nan, judged)
    score = np.where(np.isfinite(score), score, np.nan)
    shortfall = np.nan_to_num(shortfall, nan=0.0)
    out = frame.copy()
    classes = pd.Series(gap_class, dtype=object)
    rules = pd.Series(rule, dtype=object)
    kind = rules.map(OFFICIAL_INDICATORS).to_numpy(dtype=object)
    if tvs is not None:
        kind = np.where(fr, "APL_TVS_MEAN", kind)
    columns = {
        "country": country, "region": region, "rule": rule, "gap_class": gap_class,
        "gap_label": classes.map(CLASS_LABELS).to_numpy(dtype=object),
        "severity": classes.map(CLASS_SEVERITY).to_numpy(dtype="int64"),
        "indicator_unit": indicator_unit, "indicator": judged, "indicator_kind": kind,
        "tvs": np.where(fr, tvs, None) if tvs is not None else np.full(len(frame), None, dtype=object),
        "need": need,
        "gp_fte_in_unit": np.where(be, gp_fte, np.nan) if gp_fte is not None else np.full(len(frame), np.nan),
        "gp_under_65_in_unit": (np.where(be, gp_under_65, np.nan) if gp_under_65 is not None
                                else np.full(len(frame), np.nan)),
        "threshold": target, "shortfall_fte": shortfall,
        "shortfall_unit": rules.map(SHORTFALL_UNITS).to_numpy(dtype=object), "common_score": score,
    }
    # Analytical: the accessibility at unit level, with and without the border.
    _, an_class, _, _, an_shortfall, _ = _judge(access, need, population, country, region, density, None,
                                                 thresholds, brussels_rule)
    columns.update({"an_access": access, "an_class": an_class,
                    "an_severity": pd.Series(an_class, dtype=object).map(CLASS_SEVERITY).to_numpy(dtype="int64"),
                    "an_shortfall_fte": an_shortfall})
    if national is not None:
        _, class_n, _, _, shortfall_n, _ = _judge(national, need, population, country, region, density, None,
                                                  thresholds, brussels_rule)
        change = class_change(class_n, an_class)
        member = (frame[member_field].fillna(0).astype(bool).to_numpy().astype("int64") if member_field
                  else np.full(len(frame), -1, dtype="int64"))
        columns.update({
            "an_access_national": national, "an_class_national": class_n,
            "an_severity_national": change["severity_national"].to_numpy(),
            "an_shortfall_fte_national": shortfall_n, "border_gain": border_gain(national, access),
            "class_changed": change["class_changed"].to_numpy(),
            "severity_change": change["severity_change"].to_numpy(), "zoast_member": member,
        })
    for name, values in columns.items():
        out[name] = values
    official_border = ""
    if fr.any():
        kinds = national_access_kind if national_access_field else access_kind
        if kinds is not None:
            from .indicators import kind_borders

            borders = pd.unique(kind_borders(np.asarray(kinds, dtype=object)[fr]))
            official_border = ",".join(sorted(b for b in borders if b)) or ""
    return GapAnalysis(out, official_border, int(fl.sum()) if flemish_all_ages else 0)


#: Columns of :func:`border_effect`.
BORDER_EFFECT_COLUMNS = ("country", "zoast_member", "access_unit", "units", "population", "access_national",
                         "access_zoast", "access_change", "units_gaining", "units_losing", "pop_gaining",
                         "pop_losing", "shortfall_national", "shortfall_zoast", "shortfall_change",
                         "shortfall_unit")


def border_effect(units: pd.DataFrame) -> pd.DataFrame:
    """Who gains and who loses from the border, per country × ZOAST membership (and per country).

    Reads the columns of :func:`gap_analysis` (with a national access). Each country stays
    in its own unit — France in APL and FTE-equivalents, Belgium in FTE per 100,000 and FTE —
    so no row adds one country's figures to the other's. Access columns are
    population-weighted means; ``access_change`` = with ZOAST − national.
    """
    require_columns(units, ["country", "zoast_member", "population", "an_access", "an_access_national",
                            "an_shortfall_fte", "an_shortfall_fte_national"], "Border effect")
    frame = units.assign(
        _w_nat=units["an_access_national"] * units["population"],
        _w_zoast=units["an_access"] * units["population"],
        _gain=units["border_gain"] > 1e-12, _loss=units["border_gain"] < -1e-12,
    )
    frame["_pop_gain"] = frame["population"] * frame["_gain"]
    frame["_pop_loss"] = frame["population"] * frame["_loss"]
    rows = []
    for (country, member), group in frame.groupby(["country", "zoast_member"], sort=True):
        rows.append(_effect_row(country, member, group))
    for country, group in frame.groupby("country", sort=True):
        rows.append(_effect_row(country, "ALL", group))
    table = pd.DataFrame(rows, columns=list(BORDER_EFFECT_COLUMNS))
    table["zoast_member"] = table["zoast_member"].astype(str)
    return table


def _effect_row(country, member, group) -> dict:
    population = float(group["population"].sum())
    with np.errstate(invalid="ignore", divide="ignore"):
        national = float(group["_w_nat"].sum()) / population if population else np.nan
        zoast = float(group["_w_zoast"].sum()) / population if population else np.nan
    fr = country == "FR"
    return {
        "country": country, "zoast_member": member, "access_unit": "APL" if fr else "FTE_PER_100K",
        "units": len(group), "population": population, "access_national": national, "access_zoast": zoast,
        "access_change": zoast - national, "units_gaining": int(group["_gain"].sum()),
        "units_losing": int(group["_loss"].sum()), "pop_gaining": float(group["_pop_gain"].sum()),
        "pop_losing": float(group["_pop_loss"].sum()),
        "shortfall_national": float(group["an_shortfall_fte_national"].sum()),
        "shortfall_zoast": float(group["an_shortfall_fte"].sum()),
        "shortfall_change": float(group["an_shortfall_fte"].sum() - group["an_shortfall_fte_national"].sum()),
        "shortfall_unit": "FTE_EQUIVALENT" if fr else "FTE",
    }
