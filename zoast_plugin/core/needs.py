"""Care needs: the age-standardised population of each unit.

Expected demand for general-practice care grows with age, so the French APL
(DREES/IRDES, Barlet et al. 2012, DREES working paper n°124) weights each age
group's population by its consumption of GP care. The APL's own current age
weights are not published in a reusable form, so this module takes them from a
table the user can replace (a CSV or a QGIS table), with an illustrative default
(``resources/needs/age_weights_default.csv``, see its README).

    standardised_i = k · Σ_b pop_ib · w_b

With ``normalise=True``, ``k`` makes the total standardised population equal the
total population (the APL's "standardised inhabitants"); otherwise ``k = 1`` and
the result is in the weights' own unit (e.g. consultations per year).
"""

from typing import Dict, List, Mapping, Sequence, Union

import numpy as np
import pandas as pd

from .errors import QT_TRANSLATE_NOOP, InputError
from .validation import require_columns, require_non_negative, require_unique

#: INSEE's age bands (base-cc-evol-struct-pop: P21_POP0014 … P21_POP90P), the field names
#: the plugin expects by default (DESIGN.md).
AGE_BANDS = ("pop_0_14", "pop_15_29", "pop_30_44", "pop_45_59", "pop_60_74", "pop_75_89", "pop_90p")

#: Default GP-consumption weight per band, relative to the mean inhabitant (≈ 1 over the
#: French age structure). ILLUSTRATIVE: only the shape is sourced — consumption is lowest for
#: young adults, a little higher for children, and rises steeply after 60 (DREES/IRDES APL
#: method, Barlet et al. 2012; IRDES ESPS surveys). Replace with the DREES APL parameter table
#: or with local insurer data when available. Kept in step with
#: resources/needs/age_weights_default.csv (a test checks it).
DEFAULT_AGE_WEIGHTS = {
    "pop_0_14": 0.82,
    "pop_15_29": 0.67,
    "pop_30_44": 0.77,
    "pop_45_59": 0.97,
    "pop_60_74": 1.28,
    "pop_75_89": 1.95,
    "pop_90p": 2.25,
}

#: Default tolerance of :func:`band_sum_mismatch`: INSEE's population counts are weighted
#: estimates with decimals, so bands and total may differ by rounding.
DEFAULT_ABS_TOLERANCE = 1.0
DEFAULT_REL_TOLERANCE = 0.01

BandFields = Union[Sequence[str], Mapping[str, str]]


def default_weight_table() -> pd.DataFrame:
    """The default weights as a ``band``/``weight`` table (what a user would edit)."""
    return pd.DataFrame({"band": list(DEFAULT_AGE_WEIGHTS), "weight": list(DEFAULT_AGE_WEIGHTS.values())})


def read_weight_table(
    frame: pd.DataFrame,
    band_field: str = "band",
    weight_field: str = "weight",
    bands: Sequence[str] = AGE_BANDS,
) -> Dict[str, float]:
    """Check a weight table (one row per band) and return ``{band: weight}``.

    ``bands`` are the bands the table must cover exactly: an unknown band, a band
    given twice or a band missing is an error, as is an empty, non-numeric or
    negative weight, or weights that are all zero (nothing to standardise with).
    """
    require_columns(frame, [band_field, weight_field], "Age-weight table")
    names = frame[band_field].astype("string").str.strip()
    require_unique(names, band_field)
    unknown = [b for b in names if b not in bands]
    if unknown:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Age-weight table, field '{field}': {count} unknown band(s): {ids}. "
                "Use the band names {expected}."
            ),
            ids=unknown,
            field=band_field,
            expected=", ".join(bands),
        )
    missing = [b for b in bands if b not in set(names)]
    if missing:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Age-weight table, field '{field}': the weights do not cover {count} band(s): {ids}. "
                "Add a row for each band."
            ),
            ids=missing,
            field=band_field,
        )
    weights = require_non_negative(frame[weight_field], names, weight_field)
    if not weights.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Age-weight table, field '{field}': every weight is 0. Give positive weights."
            ),
            field=weight_field,
        )
    return dict(zip(names.tolist(), weights.tolist()))


def _band_mapping(band_fields: BandFields) -> Dict[str, str]:
    """``{band: field}`` from a mapping, or from a list of fields named like the bands."""
    if isinstance(band_fields, Mapping):
        return dict(band_fields)
    return {field: field for field in band_fields}


def _checked_bands(units: pd.DataFrame, mapping: Dict[str, str], id_field: str) -> np.ndarray:
    """The band populations as an (n_units, n_bands) float array, checked ≥ 0 and not null."""
    require_columns(units, [id_field, *mapping.values()], "Units")
    ids = units[id_field]
    columns = [require_non_negative(units[field], ids, field) for field in mapping.values()]
    return np.column_stack(columns) if columns else np.zeros((len(units), 0))


def standardised_demand(
    units: pd.DataFrame,
    band_fields: BandFields = AGE_BANDS,
    weights: Mapping[str, float] = None,
    id_field: str = "unit_id",
    normalise: bool = True,
) -> pd.Series:
    """Age-standardised population of each unit, ``k · Σ_b pop_b · w_b``.

    ``band_fields`` is either ``{band: field}`` (e.g. ``{"pop_0_14": "P21_POP0014"}``)
    or a list of fields that are themselves the band names. ``weights`` is
    ``{band: weight}`` (default :data:`DEFAULT_AGE_WEIGHTS`) and must cover every band.
    With ``normalise`` the result sums to the total population, so it reads as
    "standardised inhabitants" whatever the weights' unit.

    Returns a float Series aligned with ``units`` (same index), named ``need``.
    Raises InputError naming the field and first ids for a missing field, an
    empty or negative band value, or bands the weights do not cover.
    """
    weights = DEFAULT_AGE_WEIGHTS if weights is None else weights
    mapping = _band_mapping(band_fields)
    uncovered = [band for band in mapping if band not in weights]
    if uncovered:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "The age weights do not cover {count} band(s): {ids}. Give a weight for every band used."
            ),
            ids=uncovered,
        )
    bands = _checked_bands(units, mapping, id_field)
    w = np.array([weights[band] for band in mapping], dtype="float64")
    if np.any(~np.isfinite(w)) or np.any(w < 0):
        raise InputError(
            QT_TRANSLATE_NOOP("ZoastErrors", "The age weights of {count} band(s) are negative or not numbers: {ids}."),
            ids=[band for band, value in zip(mapping, w) if not (np.isfinite(value) and value >= 0)],
        )
    weighted = bands @ w
    if normalise:
        weighted_total = weighted.sum()
        # An all-empty region stays at 0 rather than dividing by zero.
        if weighted_total > 0:
            weighted = weighted * (bands.sum() / weighted_total)
    return pd.Series(weighted, index=units.index, name="need")


def band_sum_mismatch(
    units: pd.DataFrame,
    band_fields: BandFields,
    population_field: str,
    id_field: str = "unit_id",
    abs_tolerance: float = DEFAULT_ABS_TOLERANCE,
    rel_tolerance: float = DEFAULT_REL_TOLERANCE,
) -> List:
    """Ids of units whose bands do not add up to their population (a warning, not an error).

    A unit is reported when ``|Σ bands − population| > max(abs_tolerance,
    rel_tolerance · population)``: bands from another year or source than the total.
    """
    require_columns(units, [population_field], "Units")
    bands = _checked_bands(units, _band_mapping(band_fields), id_field)
    population = require_non_negative(units[population_field], units[id_field], population_field)
    gap = np.abs(bands.sum(axis=1) - population)
    bad = gap > np.maximum(abs_tolerance, rel_tolerance * population)
    return units[id_field].to_numpy()[bad].tolist()
