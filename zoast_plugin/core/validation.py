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


def require_unique(ids: pd.Series, field: str) -> None:
    """Ids must be unique and not null."""
    null = ids.isna()
    if null.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} empty id(s), at row(s) {ids}. Every row needs an id."
            ),
            ids=list(np.flatnonzero(null.to_numpy())),
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
