"""Three-way merge of agreement tables: two users' edits of one store, no edit lost.

Two officers open the same store, both edit, both save. The second save's tables
(``mine``) were made from an older state (``base``, what that user read) while the
store now holds ``theirs``. The merge compares each row and each field of the
three versions:

* a field only one side changed takes that side's value; both sides giving the
  same value is no conflict;
* a field both sides changed to different values is a :class:`Conflict` with the
  three values (base, mine, theirs);
* a row one side deleted and the other changed (any field) is a row conflict;
* an agreement one side deleted while the other changed it or any of its members
  (added, removed, edited) is ONE conflict for the agreement and all its members:
  a deleted agreement is never silently re-created, nor left with orphan members;
* rows added by one side are kept; rows both sides added with the same key are
  merged field by field (against an empty base).

Nothing here touches a file: the store reads ``theirs`` inside its write
transaction, merges, asks for the conflicts to be settled (the dock shows them,
an algorithm passes a policy) and writes the result. Pure Python and pandas.
"""

import datetime
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

import pandas as pd

from .agreements import (
    AGREEMENT_COLUMNS,
    ESTABLISHMENT_MEMBER_COLUMNS,
    UNIT_MEMBER_COLUMNS,
    AgreementTables,
    make_tables,
)

AGREEMENTS, UNITS, ESTABLISHMENTS = "agreements", "units", "establishments"
KINDS = (AGREEMENTS, UNITS, ESTABLISHMENTS)
MEMBER_KINDS = (UNITS, ESTABLISHMENTS)
#: kind → the columns that identify a row (core names).
KEYS = {AGREEMENTS: ("code",), UNITS: ("code", "unit_id"), ESTABLISHMENTS: ("code", "supply_id")}

#: The three choices for a conflict: keep my value, keep the other user's, go back to the original.
MINE, THEIRS, BASE = "mine", "theirs", "base"
CHOICES = (MINE, THEIRS, BASE)

Key = Tuple[Any, ...]
Row = Dict[str, Any]
Rows = Dict[str, Dict[Key, Row]]  # kind → key → row
_COLUMNS = {AGREEMENTS: AGREEMENT_COLUMNS, UNITS: UNIT_MEMBER_COLUMNS, ESTABLISHMENTS: ESTABLISHMENT_MEMBER_COLUMNS}


def plain(value):
    """A cell in one comparable form: blank → None, dates → datetime.date, numpy → Python."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if value != "" else None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, (pd.Timestamp, datetime.datetime)):
        return pd.Timestamp(value).date()
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def rows_of(tables: AgreementTables) -> Rows:
    """{kind: {key: {column: plain value}}} of the core's tables (every column, extras included)."""
    out: Rows = {}
    for kind, frame in zip(KINDS, tables):
        keys = KEYS[kind]
        rows: Dict[Key, Row] = {}
        for record in frame.to_dict("records"):
            row = {name: plain(value) for name, value in record.items()}
            rows[tuple(row.get(k) for k in keys)] = row
        out[kind] = rows
    return out


def tables_of(rows: Rows, columns: Optional[Mapping[str, Iterable[str]]] = None) -> AgreementTables:
    """The core's tables from rows (inverse of :func:`rows_of`); ``columns`` orders the extras."""
    frames = []
    for kind in KINDS:
        records = list(rows.get(kind, {}).values())
        names: List[str] = list(columns[kind]) if columns and kind in columns else list(_COLUMNS[kind])
        for record in records:
            names += [name for name in record if name not in names]
        frames.append(pd.DataFrame(records, columns=names, dtype=object))
    return make_tables(*frames)


@dataclass(frozen=True)
class Conflict:
    """Both users changed the same thing differently.

    ``field`` is a column for a field conflict (``base``/``mine``/``theirs`` are the
    three values); ``None`` for a row deleted on one side and changed on the other
    (the values are then whole rows, ``None`` meaning deleted). For an agreement
    deleted on one side, ``members`` lists the member rows (kind, key) the other
    side changed: they go with the agreement, whichever way it is settled.
    """

    kind: str
    key: Key
    field: Optional[str]
    base: Any
    mine: Any
    theirs: Any
    members: Tuple[Tuple[str, Key], ...] = ()

    @property
    def id(self) -> str:
        """A stable name for the conflict (kind, key, field), to attach a choice to."""
        return "{}|{}|{}".format(self.kind, "/".join("" if k is None else str(k) for k in self.key),
                                 self.field or "")

    @property
    def is_deletion(self) -> bool:
        return self.field is None

    @property
    def deleted_by_me(self) -> bool:
        return self.field is None and self.mine is None

    @property
    def deleted_by_them(self) -> bool:
        return self.field is None and self.theirs is None

    def value(self, choice: str):
        if choice not in CHOICES:
            raise ValueError("unknown choice {!r}".format(choice))
        return {MINE: self.mine, THEIRS: self.theirs, BASE: self.base}[choice]


@dataclass
class Merge:
    """The merged rows (conflicts provisionally at ``theirs``) and the conflicts to settle."""

    rows: Rows
    conflicts: List[Conflict] = field(default_factory=list)
    #: kind → key → rows of each side for agreement-level conflicts (to apply a choice).
    sides: Dict[str, Rows] = field(default_factory=dict)

    def resolved(self, choices: Mapping[str, str]) -> Rows:
        """The rows with every conflict settled by ``choices`` (conflict id → MINE/THEIRS/BASE).

        A conflict without a choice raises KeyError: nothing is guessed.
        """
        missing = [c.id for c in self.conflicts if c.id not in choices]
        if missing:
            raise KeyError("no choice for conflict(s): {}".format(", ".join(missing)))
        rows = {kind: {key: dict(row) for key, row in table.items()} for kind, table in self.rows.items()}
        for conflict in self.conflicts:
            choice = choices[conflict.id]
            if conflict.field is not None:
                rows[conflict.kind][conflict.key][conflict.field] = conflict.value(choice)
            elif conflict.kind == AGREEMENTS:
                code = conflict.key[0]
                chosen = self.sides[choice]
                for kind in KINDS:
                    table = rows[kind]
                    for key in [key for key in table if key[0] == code]:
                        del table[key]
                    for key, row in chosen[kind].items():
                        if key[0] == code:
                            table[key] = dict(row)
            else:
                row = conflict.value(choice)
                if row is None:
                    rows[conflict.kind].pop(conflict.key, None)
                else:
                    rows[conflict.kind][conflict.key] = dict(row)
        return rows


def _same(a: Optional[Row], b: Optional[Row]) -> bool:
    if a is None or b is None:
        return a is b
    names = set(a) | set(b)
    return all(a.get(name) == b.get(name) for name in names)


def _members(rows: Rows, code) -> Dict[str, Dict[Key, Row]]:
    return {kind: {key: row for key, row in rows[kind].items() if key[0] == code} for kind in MEMBER_KINDS}


def _members_changed(base: Rows, side: Rows, code) -> List[Tuple[str, Key]]:
    """(kind, key) of the members of ``code`` that ``side`` added, removed or changed since ``base``."""
    before, after = _members(base, code), _members(side, code)
    changed = []
    for kind in MEMBER_KINDS:
        for key in sorted(set(before[kind]) | set(after[kind]), key=str):
            if not _same(before[kind].get(key), after[kind].get(key)):
                changed.append((kind, key))
    return changed


def _merge_fields(kind: str, key: Key, base: Row, mine: Row, theirs: Row, conflicts: List[Conflict]) -> Row:
    merged = {}
    for name in list(dict.fromkeys(list(base) + list(mine) + list(theirs))):
        b, m, t = base.get(name), mine.get(name), theirs.get(name)
        if m == t or m == b:
            merged[name] = t
        elif t == b:
            merged[name] = m
        else:
            merged[name] = t
            conflicts.append(Conflict(kind, key, name, b, m, t))
    return merged


def merge(base: AgreementTables, mine: AgreementTables, theirs: AgreementTables) -> Merge:
    """Merge ``mine`` (edited from ``base``) with ``theirs`` (the store now); see the module docstring."""
    return merge_rows(rows_of(base), rows_of(mine), rows_of(theirs))


def merge_rows(base: Rows, mine: Rows, theirs: Rows) -> Merge:
    """:func:`merge` on rows (``{kind: {key: row}}``, as :func:`rows_of` gives)."""
    conflicts: List[Conflict] = []
    rows: Rows = {kind: {} for kind in KINDS}
    # Agreements deleted on one side and changed (row or members) on the other: one conflict each.
    settled_codes = set()
    for key, b in base[AGREEMENTS].items():
        m, t = mine[AGREEMENTS].get(key), theirs[AGREEMENTS].get(key)
        code = key[0]
        if m is None and t is not None:
            touched = _members_changed(base, theirs, code)
            if not _same(t, b) or touched:
                conflicts.append(Conflict(AGREEMENTS, key, None, b, None, t, tuple(touched)))
                settled_codes.add(code)
        elif t is None and m is not None:
            touched = _members_changed(base, mine, code)
            if not _same(m, b) or touched:
                conflicts.append(Conflict(AGREEMENTS, key, None, b, m, None, tuple(touched)))
                settled_codes.add(code)
    for kind in KINDS:
        keys = list(dict.fromkeys(list(theirs[kind]) + list(mine[kind]) + list(base[kind])))
        for key in keys:
            b, m, t = base[kind].get(key), mine[kind].get(key), theirs[kind].get(key)
            if key[0] in settled_codes:
                if t is not None:  # provisionally the store's state, until the user chooses
                    rows[kind][key] = dict(t)
                continue
            if _same(m, t) or _same(m, b):
                result = t
            elif _same(t, b):
                result = m
            elif m is not None and t is not None:
                result = _merge_fields(kind, key, b or {}, m, t, conflicts)
            else:  # deleted on one side, changed on the other
                conflicts.append(Conflict(kind, key, None, b, m, t))
                result = t
            if result is not None:
                rows[kind][key] = dict(result)
    return Merge(rows, conflicts, {MINE: mine, THEIRS: theirs, BASE: base})


def changed_rows(before: Rows, after: Rows) -> Dict[str, Tuple[List[Key], Dict[Key, Row]]]:
    """kind → (deleted keys, {key: row added or changed}) turning ``before`` into ``after``."""
    out = {}
    for kind in KINDS:
        old, new = before.get(kind, {}), after.get(kind, {})
        deleted = [key for key in old if key not in new]
        upserts = {key: row for key, row in new.items() if not _same(old.get(key), row)}
        out[kind] = (deleted, upserts)
    return out


__all__ = [
    "BASE",
    "CHOICES",
    "Conflict",
    "KEYS",
    "KINDS",
    "MINE",
    "Merge",
    "THEIRS",
    "changed_rows",
    "merge",
    "merge_rows",
    "plain",
    "rows_of",
    "tables_of",
]
