"""What an accessibility value measures: its *kind*, written next to it and checked by its readers.

zoast:accessibility and zoast:apl write, next to the ``access`` field, a text field
``access_kind`` (the convention: ``<field>_kind``) such as ``APL;border=zoast;weight=0.013``:

* the unit of the value (:data:`KINDS`): ``APL`` (consultations per year per standardised
  inhabitant), ``FTE_PER_100K`` (FTE per 100,000 inhabitants), ``GP_PER_100K`` (GPs,
  head count, per 100,000), ``FTE_PER_INHABITANT`` or ``OTHER``;
* the supply it counts: ``border=national`` (own country only), ``zoast`` (plus the supply
  across the border inside a shared ZOAST) or ``open``;
* ``weight``: the share of a member unit's demand that uses the supply across the border
  (see :mod:`.accessibility`).

The value is written on every row, so a field that mixes countries (the French APL and
the Belgian FTE per 100,000 in one column, as the diagnosis model builds it) still says
what each row holds. zoast:gaps refuses a value whose kind does not fit the rule.
"""

from typing import NamedTuple, Optional

import numpy as np
import pandas as pd

from .errors import QT_TRANSLATE_NOOP

KIND_APL = "APL"
KIND_FTE_PER_100K = "FTE_PER_100K"
KIND_GP_PER_100K = "GP_PER_100K"
KIND_FTE_PER_INHABITANT = "FTE_PER_INHABITANT"
KIND_OTHER = "OTHER"
KINDS = (KIND_APL, KIND_FTE_PER_100K, KIND_GP_PER_100K, KIND_FTE_PER_INHABITANT, KIND_OTHER)

BORDER_NAMES = ("national", "zoast", "open")  # in core.accessibility's BORDER_* order

#: Plain-language names of the kinds (translated by the processing layer, context ZoastErrors).
KIND_LABELS = {
    KIND_APL: QT_TRANSLATE_NOOP("ZoastErrors", "the APL (consultations per year per standardised inhabitant)"),
    KIND_FTE_PER_100K: QT_TRANSLATE_NOOP("ZoastErrors", "FTE GPs per 100,000 inhabitants"),
    KIND_GP_PER_100K: QT_TRANSLATE_NOOP("ZoastErrors", "GPs (head count) per 100,000 inhabitants"),
    KIND_FTE_PER_INHABITANT: QT_TRANSLATE_NOOP("ZoastErrors", "FTE per inhabitant"),
    KIND_OTHER: QT_TRANSLATE_NOOP("ZoastErrors", "a measure of unknown unit"),
}


def kind_field(field: str) -> str:
    """Name of the field holding the kind of ``field``."""
    return "{}_kind".format(field)


def format_kind(kind: str, border: Optional[int] = None, weight: Optional[float] = None) -> str:
    """``APL;border=zoast;weight=0.013`` (the parts that are known)."""
    parts = [kind]
    if border is not None:
        parts.append("border={}".format(BORDER_NAMES[border]))
    if weight is not None and border == 1:
        parts.append("weight={:g}".format(weight))
    return ";".join(parts)


class Kind(NamedTuple):
    unit: str
    border: str
    weight: float


def parse_kind(text) -> Kind:
    """The parts of a kind text; an empty or unknown unit gives ``OTHER``, an unknown border ``""``."""
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return Kind(KIND_OTHER, "", float("nan"))
    pieces = [p.strip() for p in str(text).split(";")]
    unit = pieces[0].upper() if pieces and pieces[0].upper() in KINDS else KIND_OTHER
    values = dict(p.split("=", 1) for p in pieces[1:] if "=" in p)
    border = values.get("border", "").strip().lower()
    try:
        weight = float(values.get("weight", "nan"))
    except ValueError:
        weight = float("nan")
    return Kind(unit, border if border in BORDER_NAMES else "", weight)


def kind_units(texts) -> np.ndarray:
    """The unit part of each kind text (vectorised over the few distinct values)."""
    codes, uniques = pd.factorize(pd.Series(np.asarray(texts, dtype=object)))
    parsed = np.array([parse_kind(t).unit for t in uniques] + [KIND_OTHER], dtype=object)
    return parsed[codes]  # code -1 (empty) → OTHER


def kind_borders(texts) -> np.ndarray:
    """The border part of each kind text ("" when unknown)."""
    codes, uniques = pd.factorize(pd.Series(np.asarray(texts, dtype=object)))
    parsed = np.array([parse_kind(t).border for t in uniques] + [""], dtype=object)
    return parsed[codes]


def automatic_kind(capacity_field: str, scale: float, age_standardised: bool, excludes_over_65: bool) -> str:
    """The kind zoast:accessibility infers from its settings (its INDICATOR_TYPE "automatic").

    The APL needs the activity of GPs under 65 over the age-standardised demand, unscaled;
    FTE per 100,000 needs an FTE capacity scaled by 100,000. Anything else is ``OTHER``
    (the user can state the kind).
    """
    name = (capacity_field or "").strip().lower()
    if name == "activity" and scale == 1 and age_standardised and excludes_over_65:
        return KIND_APL
    if "fte" in name and scale == 100000:
        return KIND_FTE_PER_100K
    if "fte" in name and scale == 1:
        return KIND_FTE_PER_INHABITANT
    return KIND_OTHER
