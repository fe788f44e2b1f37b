"""The agreements being edited in the dock, with undo and redo.

The session holds the core's :class:`AgreementTables` and changes them only
through the core's pure functions (``extend`` …) or plain frame edits, each pushed
on a :class:`QUndoStack` as a command that keeps the tables before and after (the
tables are small: a few thousand rows at most). Nothing is written until the dock
saves the session into the store.
"""

from typing import Optional, Sequence

import pandas as pd
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.agreements import AgreementTables, extend, make_tables
from ..qt_compat import QUndoCommand, QUndoStack


def empty_tables() -> AgreementTables:
    return make_tables([])


class SnapshotCommand(QUndoCommand):
    """One edit: the tables before and after it, and the agreement to show after each."""

    def __init__(self, session: "EditSession", before: AgreementTables, after: AgreementTables,
                 text: str, code_before: Optional[str], code_after: Optional[str]):
        super().__init__(text)
        self.session = session
        self.before, self.after = before, after
        self.code_before, self.code_after = code_before, code_after

    def redo(self):
        self.session._set(self.after, self.code_after)

    def undo(self):
        self.session._set(self.before, self.code_before)


class EditSession(QObject):
    """The tables under edit. ``changed(code)`` fires after every change with the agreement to show."""

    changed = pyqtSignal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tables = empty_tables()
        self.undo_stack = QUndoStack(self)

    # ----------------------------------------------------------------- state

    def reset(self, tables: AgreementTables, code: Optional[str] = None) -> None:
        """New tables (a store opened or reloaded): the undo history is cleared."""
        self.undo_stack.clear()
        self._set(tables, code)
        self.undo_stack.setClean()

    def _set(self, tables: AgreementTables, code: Optional[str]) -> None:
        self.tables = tables
        self.changed.emit(code)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def codes(self):
        return list(self.tables.agreements["code"])

    def agreement(self, code: str) -> Optional[dict]:
        rows = self.tables.agreements[self.tables.agreements["code"] == code]
        return None if rows.empty else rows.iloc[0].to_dict()

    def members(self, code: str, kind: str) -> pd.DataFrame:
        frame = self.tables.units if kind == "units" else self.tables.establishments
        return frame[frame["code"] == code]

    def _push(self, after: AgreementTables, text: str, code_after: Optional[str], code_before: Optional[str]):
        self.undo_stack.push(SnapshotCommand(self, self.tables, after, text, code_before, code_after))

    # ----------------------------------------------------------------- edits

    def add_agreement(self, code: str, text: str) -> None:
        row = pd.DataFrame([{"code": code, "status": "in_force"}])
        agreements = pd.concat([self.tables.agreements, row], ignore_index=True)
        after = make_tables(agreements, self.tables.units, self.tables.establishments)
        self._push(after, text, code, None)

    def remove_agreement(self, code: str, text: str) -> None:
        t = self.tables
        after = AgreementTables(
            t.agreements[t.agreements["code"] != code].reset_index(drop=True),
            t.units[t.units["code"] != code].reset_index(drop=True),
            t.establishments[t.establishments["code"] != code].reset_index(drop=True),
        )
        self._push(after, text, None, code)

    def set_field(self, code: str, field: str, value, text: str) -> None:
        """Set one field of agreement ``code``; a new code is carried to its members too."""
        t = self.tables
        mask = (t.agreements["code"] == code).to_numpy()
        if not mask.any():
            return
        current = t.agreements.loc[mask, field].iloc[0]
        if (pd.isna(current) and pd.isna(value)) or (not pd.isna(current) and not pd.isna(value)
                                                     and current == value):
            return
        agreements = t.agreements.copy()
        units, establishments = t.units, t.establishments
        if field == "code":
            agreements.loc[mask, "code"] = value
            units = units.assign(code=units["code"].where(units["code"] != code, value))
            establishments = establishments.assign(
                code=establishments["code"].where(establishments["code"] != code, value))
            shown = value
        else:
            agreements[field] = agreements[field].astype(object)
            agreements.loc[mask, field] = value
            shown = code
        self._push(make_tables(agreements, units, establishments), text, shown, code)

    def add_members(self, code: str, kind: str, ids: Sequence[str], countries: Sequence[str], since,
                    text: str) -> int:
        """Add members to ``code``; returns how many were new."""
        if kind == "units":
            after = extend(self.tables, code, since, unit_ids=ids, unit_countries=list(countries))
            added = len(after.units) - len(self.tables.units)
        else:
            after = extend(self.tables, code, since, supply_ids=ids, supply_countries=list(countries))
            added = len(after.establishments) - len(self.tables.establishments)
        if added:
            self._push(after, text, code, code)
        return added

    def set_member_dates(self, code: str, kind: str, ids: Sequence[str], field: str, value, text: str) -> int:
        """Set ``member_since`` or ``member_until`` of members ``ids`` of ``code``; returns how many changed."""
        t = self.tables
        id_field = "unit_id" if kind == "units" else "supply_id"
        frame = (t.units if kind == "units" else t.establishments).copy()
        rows = ((frame["code"] == code) & frame[id_field].isin(list(ids))).to_numpy()
        old = frame.loc[rows, field]
        new = pd.Timestamp(value) if value is not None and not pd.isna(value) else pd.NaT
        changed = int((~((old == new) | (old.isna() & pd.isna(new)))).sum())
        if not changed:
            return 0
        frame[field] = pd.to_datetime(frame[field])
        frame.loc[rows, field] = new
        after = t._replace(units=frame) if kind == "units" else t._replace(establishments=frame)
        self._push(after, text, code, code)
        return changed

    def remove_members(self, code: str, kind: str, ids: Sequence[str], text: str) -> int:
        t = self.tables
        id_field = "unit_id" if kind == "units" else "supply_id"
        frame = t.units if kind == "units" else t.establishments
        drop = ((frame["code"] == code) & frame[id_field].isin(list(ids))).to_numpy()
        if not drop.any():
            return 0
        kept = frame[~drop].reset_index(drop=True)
        after = t._replace(units=kept) if kind == "units" else t._replace(establishments=kept)
        self._push(after, text, code, code)
        return int(drop.sum())
