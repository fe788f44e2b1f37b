"""Rows of a list of care points read for import: numbers as written in French, Belgian and English
lists, and why a row cannot be used (no coordinates, bad coordinates, a bad capacity)."""

import re
from typing import Dict, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

#: Reason codes of the REJECTED table.
NO_COORDINATES, BAD_COORDINATES, NO_GEOMETRY, BAD_CAPACITY = (
    "no_coordinates", "bad_coordinates", "no_geometry", "bad_capacity")


_GROUPING = re.compile(r"[\s\u00a0\u202f']")


def _number_text(text: str) -> str:
    """A number as written in French, Belgian or English lists, in Python's notation.

    Spaces (also non-breaking) and apostrophes group digits; with both '.' and ',' the last
    one is the decimal mark ("150.000,25", "150,000.25"); one kind repeated groups digits
    ("1.234.567"); a single ',' is a decimal comma ("50,63").
    """
    text = _GROUPING.sub("", text)
    comma, dot = text.rfind(","), text.rfind(".")
    if comma >= 0 and dot >= 0:
        decimal, grouping = (",", ".") if comma > dot else (".", ",")
        integer = text[:max(comma, dot)]
        if not _grouped(integer, grouping):
            return text  # "4.35,2": not a number (left for to_numeric to refuse)
        return text.replace(grouping, "").replace(decimal, ".")
    mark = "," if comma >= 0 else "."
    if text.count(mark) > 1:
        return text.replace(mark, "") if _grouped(text, mark) else text  # "4.35.2" is not 4352
    return text.replace(",", ".")


def _grouped(integer: str, mark: str) -> bool:
    """Whether ``integer`` groups its digits by three with ``mark`` (``1.234.567``), or has no mark."""
    pattern = r"[+-]?\d{{1,3}}(?:{}\d{{3}})+".format(re.escape(mark))
    return mark not in integer or re.fullmatch(pattern, integer) is not None


def parse_numbers(values: Sequence) -> Tuple[np.ndarray, np.ndarray]:
    """(numbers, empty) of a column read from a table: decimal commas and digit grouping are accepted
    ("50,63", "150.000,25", "150 000"), surrounding spaces are ignored; NaN where empty, not a number or
    infinite."""
    series = pd.Series(list(values), dtype=object)
    text = series.map(lambda v: "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v).strip())
    empty = (text == "").to_numpy()
    numbers = pd.to_numeric(text.map(_number_text).where(~empty, None), errors="coerce")
    numbers = numbers.to_numpy(dtype="float64")
    numbers[~np.isfinite(numbers)] = np.nan
    return numbers, empty


def _shown(value) -> str:
    """A value read from the table as the detail shows it: quoted text, '' for an empty (NULL) cell."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return "''"
    return repr(value)


def check_rows(x_values: Optional[Sequence], y_values: Optional[Sequence], capacities: Dict[str, Sequence],
               n_rows: int) -> Tuple[np.ndarray, np.ndarray, Dict[str, np.ndarray], np.ndarray, np.ndarray]:
    """Coordinates and capacities of each row, and why a row cannot be used.

    ``x_values``/``y_values`` None: the rows have their own geometry (nothing to check).
    ``capacities``: output name → raw values (numbers ≥ 0 required).
    Returns x, y, the capacities as floats, a reason code per row ('' when usable, else
    the first of no_coordinates, bad_coordinates, bad_capacity) and a detail per row.
    """
    reason = np.full(n_rows, "", dtype=object)
    detail = np.full(n_rows, "", dtype=object)

    def flag(rows: np.ndarray, code: str, texts) -> None:
        rows = rows & (reason == "")
        reason[rows] = code
        detail[rows] = np.asarray(texts, dtype=object)[rows]

    x = y = np.full(n_rows, np.nan)
    if x_values is not None:
        x, x_empty = parse_numbers(x_values)
        y, y_empty = parse_numbers(y_values)
        raw = ["x {}, y {}".format(_shown(a), _shown(b)) for a, b in zip(x_values, y_values)]
        flag(x_empty | y_empty, NO_COORDINATES, raw)
        flag(~(np.isfinite(x) & np.isfinite(y)), BAD_COORDINATES, raw)
    parsed = {}
    for name, values in capacities.items():
        numbers, _empty = parse_numbers(values)
        raw = ["{} {}".format(name, _shown(v)) for v in values]
        flag(~np.isfinite(numbers) | (numbers < 0), BAD_CAPACITY, raw)
        parsed[name] = numbers
    return x, y, parsed, reason, detail
