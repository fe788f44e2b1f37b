"""Map source categories (FINESS codes, Belgian lists…) onto the plugin's care categories.

Every supply source has its own nomenclature: FINESS classifies establishments by
``categetab`` (a 3-digit code), Belgian regional lists by their own labels. The
inventory needs one vocabulary across the border, so each source goes through a
mapping table ``code → category``:

* FINESS CSV extract (``categetab``): the packaged table
  ``resources/categories/finess_categories.csv`` (:func:`finess_mapping`), columns
  ``code, category, label_fr, evidence``;
* FINESS Structures JSON feed (``categorieentiteGeographiqueExercice``, nomenclature
  TRE-R397): ``resources/categories/finess_tre_r397.csv`` (:func:`finess_feed_mapping`),
  same columns; both tables are plain CSV files an officer may edit;
* any other list (Belgian, regional…): a table the user gives, read by
  :func:`read_mapping` (a CSV file or a frame with a code field and a category field).

A code missing from the table maps to :data:`OTHER` and is counted, with examples, in
``unknown`` — never dropped silently. Categories become parts of field names
(``n_hospital``, ``fte_gp``), so they must be lower-case words: a letter, then letters,
digits or '_'.

About the packaged FINESS table (``evidence`` column): ``extract`` codes were seen with
their label in FINESS extract lines quoted by public projects (101, 146, 189, 223, 241,
340, 355, 365, 462, 500, 620, 699); ``label-seen`` labels were seen in public lists but
their codes are from memory (106, 114, 127, 292); ``memory`` rows (109, 124, 128, 129,
131, 156, 603) are from memory and should be checked against the FINESS nomenclature
of establishment categories (finess.esante.gouv.fr) before a release; ``value-set`` rows
(109, 115, 122, 128, 129, 131, 141, 156, 161…) have the code and label of the FR Core value
set of FINESS establishment categories (hl7.fr, TRE-R66), whose codes the TRE-R397 feed
uses (``sample``: seen in the ANS sample of the feed, 2026-03-09). The tables map
only categories relevant to the care inventory; médico-social categories not listed
are reported as unknown and count as ``other``.
"""

import os
import re
from dataclasses import dataclass
from typing import Dict, Mapping, Optional, Sequence, Union

import numpy as np
import pandas as pd

from .errors import QT_TRANSLATE_NOOP, InputError, first_ids
from .validation import require_columns

OTHER = "other"
MAX_EXAMPLES = 5  # default number of example ids listed per unknown code

# The plugin's vocabulary of care categories (FINESS and Belgian tables map onto it;
# a user table may add its own words).
CATEGORIES = {
    "hospital": QT_TRANSLATE_NOOP(
        "ZoastErrors",
        "Hospital (public, private or military; general, regional or cancer centre)"
    ),
    "psychiatric_hospital": QT_TRANSLATE_NOOP("ZoastErrors", "Psychiatric hospital"),
    "rehabilitation": QT_TRANSLATE_NOOP("ZoastErrors", "Follow-up care and rehabilitation"),
    "home_hospitalisation": QT_TRANSLATE_NOOP("ZoastErrors", "Hospital care at home"),
    "dialysis": QT_TRANSLATE_NOOP("ZoastErrors", "Dialysis unit"),
    "health_centre": QT_TRANSLATE_NOOP("ZoastErrors", "Health centre (salaried practitioners)"),
    "gp_group": QT_TRANSLATE_NOOP("ZoastErrors", "Multi-professional GP practice (maison de santé)"),
    "gp": QT_TRANSLATE_NOOP("ZoastErrors", "General practitioner"),
    "pharmacy": QT_TRANSLATE_NOOP("ZoastErrors", "Pharmacy"),
    "mental_health_centre": QT_TRANSLATE_NOOP("ZoastErrors", "Outpatient mental health centre"),
    "nursing_home": QT_TRANSLATE_NOOP("ZoastErrors", "Nursing home for dependent elderly people"),
    OTHER: QT_TRANSLATE_NOOP("ZoastErrors", "Other or unknown category"),
}

FINESS_TABLE = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
    "resources",
    "categories",
    "finess_categories.csv",
)

FINESS_FEED_TABLE = os.path.join(os.path.dirname(FINESS_TABLE), "finess_tre_r397.csv")

_CATEGORY_WORD = re.compile(r"^[a-z][a-z0-9_]*$")
_INTEGRAL_FLOAT = re.compile(r"^(\d+)\.0+$")
UNKNOWN_COLUMNS = ("code", "label", "count", "examples")


@dataclass
class CategoryResult:
    """``categories``: the category of each input row (object array of str).

    ``unknown``: one row per code missing from the table, most frequent first, columns
    :data:`UNKNOWN_COLUMNS`: the code ('' for an empty code), its first label (when
    labels were given), how many rows have it and the first example ids.
    """

    categories: np.ndarray
    unknown: pd.DataFrame

    @property
    def n_unknown(self) -> int:
        return int(self.unknown["count"].sum())


def normalise_codes(codes: Sequence) -> np.ndarray:
    """Codes as stripped strings; integral floats lose their '.0' (355.0 → '355'), nulls → ''.

    Layers read through OGR often turn code columns into numbers; this makes ``355``,
    ``355.0`` and ``' 355'`` the same code.
    """
    values = pd.Series(codes, dtype=object)
    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        if value is None or (isinstance(value, float) and np.isnan(value)):
            out[i] = ""
        elif isinstance(value, (float, np.floating)) and float(value).is_integer():
            out[i] = str(int(value))
        else:
            text = str(value).strip()
            integral = _INTEGRAL_FLOAT.match(text)
            out[i] = integral.group(1) if integral else text
    return out


def check_category_words(categories: Sequence, field: str = "category") -> None:
    """Categories must be lower-case words usable in field names (``n_<category>``)."""
    values = pd.unique(pd.Series(list(categories), dtype=object))
    bad = [v for v in values if not (isinstance(v, str) and _CATEGORY_WORD.match(v))]
    if bad:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} categor(y/ies) are not lower-case words, first: {ids}. "
                "Use a letter then letters, digits or '_' (they become field names such as n_hospital)."
            ),
            ids=[repr(v) for v in bad],
            field=field,
        )


def read_mapping(
    source: Union[str, "os.PathLike[str]", pd.DataFrame],
    code_field: str = "code",
    category_field: str = "category",
) -> Dict[str, str]:
    """A mapping table (CSV path or frame) as a dict ``code → category``.

    Codes are normalised (:func:`normalise_codes`); empty codes are an error, and so is
    a code given two different categories; categories must be lower-case words.
    """
    if isinstance(source, pd.DataFrame):
        table = source
    else:
        table = pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8")
    require_columns(table, [code_field, category_field], "Category mapping table")
    codes = normalise_codes(table[code_field].to_numpy())
    categories = np.array([str(c).strip() for c in table[category_field].to_numpy()], dtype=object)
    empty = np.flatnonzero(codes == "")
    if len(empty):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} empty code(s) in the mapping table, at row(s) {ids}. "
                "Fill or remove those rows."
            ),
            ids=list(empty + 1),
            field=code_field,
        )
    check_category_words(categories, category_field)
    pairs = pd.DataFrame({"code": codes, "category": categories}).drop_duplicates()
    conflicting = pairs["code"][pairs["code"].duplicated(keep=False)]
    if len(conflicting):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} code(s) mapped to two different categories, first: {ids}. "
                "Keep one category per code."
            ),
            ids=list(pd.unique(conflicting)),
            field=code_field,
        )
    return dict(zip(pairs["code"], pairs["category"]))


def finess_mapping() -> Dict[str, str]:
    """The packaged FINESS ``categetab`` → category table (see the module docstring)."""
    return read_mapping(FINESS_TABLE)


def finess_feed_mapping() -> Dict[str, str]:
    """The packaged TRE-R397 (FINESS JSON feed) → category table (see the module docstring)."""
    return read_mapping(FINESS_FEED_TABLE)


def read_labels(path: Union[str, "os.PathLike[str]"], code_field: str = "code",
                label_field: str = "label_fr") -> Dict[str, str]:
    """``code → label`` of a packaged table ({} when it has no label column)."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    if code_field not in table.columns or label_field not in table.columns:
        return {}
    return dict(zip(normalise_codes(table[code_field].to_numpy()), table[label_field]))


def map_categories(
    codes: Sequence,
    mapping: Mapping[str, str],
    ids: Optional[Sequence] = None,
    labels: Optional[Sequence] = None,
    default: str = OTHER,
    max_examples: int = MAX_EXAMPLES,
) -> CategoryResult:
    """Category of each code through ``mapping``; unknown codes → ``default``, counted.

    ``ids``: row ids quoted as examples of unknown codes (row numbers from 0 if None);
    ``labels``: source labels (e.g. ``libcategetab``) shown next to unknown codes.
    """
    check_category_words([default], "default category")
    normalised = normalise_codes(codes)
    table = {normalise_codes([code])[0]: category for code, category in mapping.items()}
    check_category_words(list(table.values()))
    result = np.array([table.get(code, default) for code in normalised], dtype=object)
    known = np.fromiter((code in table for code in normalised), dtype=bool, count=len(normalised))
    row_ids = np.arange(len(normalised)) if ids is None else np.asarray(list(ids), dtype=object)
    if len(row_ids) != len(normalised) or (labels is not None and len(labels) != len(normalised)):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Categories: {count} codes but ids or labels of another length. "
                "Give one id and one label per code."
            ),
            ids=(),
            count=len(normalised),
        )
    return CategoryResult(result, _unknown_table(normalised, known, row_ids, labels, max_examples))


def _unknown_table(
    codes: np.ndarray, known: np.ndarray, ids: np.ndarray, labels, max_examples: int
) -> pd.DataFrame:
    missing = np.flatnonzero(~known)
    if not len(missing):
        return pd.DataFrame(
            {name: pd.Series(dtype="int64" if name == "count" else object) for name in UNKNOWN_COLUMNS}
        )
    frame = pd.DataFrame({
        "code": codes[missing],
        "label": ["" if labels is None else labels[i] for i in missing],
        "id": ids[missing],
    })  # fmt: skip
    grouped = frame.groupby("code", sort=False)
    table = pd.DataFrame({
        "label": grouped["label"].first(),
        "count": grouped.size().astype("int64"),
        "examples": grouped["id"].agg(lambda values: first_ids(values, max_examples)),
    }).reset_index()  # fmt: skip
    return table.sort_values(["count", "code"], ascending=[False, True], kind="stable").reset_index(
        drop=True
    )[list(UNKNOWN_COLUMNS)]
