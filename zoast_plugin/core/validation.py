"""Checks shared by the core functions; each raises a translatable InputError."""

import numpy as np
import pandas as pd

from .errors import QT_TRANSLATE_NOOP, InputError


def require_columns(frame: pd.DataFrame, columns, what: str) -> None:
    """Every column of ``columns`` must be in ``frame``."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(
            QT_TRANSLATE_NOOP("ZoastErrors", "{what}: field(s) {fields} not found. Choose existing fields."),
            what=what,
            fields=", ".join(missing),
        )


def require_unique(ids: pd.Series, field: str, rows=None) -> None:
    """Ids must be unique and not null.

    ``rows``: the row number of each id as the user sees it (e.g. feature ids); by default
    the position counted from 1, as in the attribute table. The messages give the true
    count of rows (4 rows sharing 2 ids are 4) and the first offending ids or rows.
    """
    null = ids.isna().to_numpy() | (ids.astype(str).str.strip() == "").to_numpy()
    if null.any():
        numbers = np.arange(1, len(ids) + 1) if rows is None else np.asarray(rows)
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} empty id(s), at row(s) {ids}. Every row needs an id."
            ),
            ids=[int(n) for n in numbers[null]],
            field=field,
        )
    duplicated = ids[ids.duplicated(keep=False)]
    if len(duplicated):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} rows share an id with another row, first: {ids}. Ids must be unique."
            ),
            ids=list(pd.unique(duplicated)),
            count=len(duplicated),
            field=field,
        )


def require_non_negative(values: pd.Series, ids: pd.Series, field: str) -> np.ndarray:
    """Values must be numbers ≥ 0; returns them as float64."""
    numbers = pd.to_numeric(values, errors="coerce").to_numpy(dtype="float64")
    bad = ~np.isfinite(numbers)
    if bad.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} empty or non-numeric value(s), first ids: {ids}. "
                "Fill them or filter those rows."
            ),
            ids=list(ids.to_numpy()[bad]),
            field=field,
        )
    negative = numbers < 0
    if negative.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} negative value(s), first ids: {ids}. Values must be 0 or more."
            ),
            ids=list(ids.to_numpy()[negative]),
            field=field,
        )
    return numbers
