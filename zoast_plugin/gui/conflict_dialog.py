"""The choice a user makes when another user saved changes to the same agreements meanwhile.

One row per conflict: what (agreement, member, field), the original value, yours,
the other user's, and a choice (keep mine, keep theirs, back to the original). The
other edits of both users are kept whatever is chosen here.
"""

import datetime
from typing import List, Tuple

from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.three_way_merge import BASE, MINE, THEIRS, Conflict
from .labels import care_codes, care_text, field_label, status_labels

COLUMNS = 6
CHOICE_COLUMN = 5


class ConflictDialog(QDialog):
    """Shows ``conflicts``; ``resolutions()`` gives the (conflict, choice) pairs once accepted."""

    def __init__(self, conflicts: List[Conflict], parent=None):
        super().__init__(parent)
        self.conflicts = list(conflicts)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Edits that conflict with another user's"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Another user saved changes to the same agreements since you opened the store. For each line, "
            "choose the value to keep. Your other edits and theirs are kept; nothing is saved until you "
            "confirm."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.conflicts), COLUMNS, self)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([self.tr("Agreement"), self.tr("What"), self.tr("Original"),
                                              self.tr("Yours"), self.tr("Other user's"), self.tr("Keep")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.choices: List[QComboBox] = []
        for row, conflict in enumerate(self.conflicts):
            cells = [str(conflict.key[0]), self.what(conflict), self.shown(conflict, conflict.base),
                     self.shown(conflict, conflict.mine), self.shown(conflict, conflict.theirs)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            combo = QComboBox(self.table)
            combo.setObjectName("choice_{}".format(row))
            if conflict.is_deletion:
                combo.addItem(self.tr("Delete it") if conflict.mine is None else self.tr("Keep my version"), MINE)
                combo.addItem(self.tr("Delete it") if conflict.theirs is None else self.tr("Keep their version"),
                              THEIRS)
                combo.addItem(self.tr("Keep the original"), BASE)
            else:
                combo.addItem(self.tr("Keep mine"), MINE)
                combo.addItem(self.tr("Keep theirs"), THEIRS)
                combo.addItem(self.tr("Keep the original"), BASE)
            self.table.setCellWidget(row, CHOICE_COLUMN, combo)
            self.choices.append(combo)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save with these choices"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveChoicesButton")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 360)

    # ----------------------------------------------------------------- texts

    def what(self, conflict: Conflict) -> str:
        if conflict.kind == "agreements":
            if conflict.field is None:
                return self.tr("The whole agreement and its members")
            return field_label(conflict.field)
        member = conflict.key[1]
        if conflict.field is None:
            return self.tr("Member {member}").format(member=member)
        return self.tr("Member {member}: {field}").format(member=member, field=field_label(conflict.field))

    def shown(self, conflict: Conflict, value) -> str:
        """A value as the user reads it: labels for codes, ISO dates, '(empty)', 'deleted' for a row."""
        if conflict.field is None:
            if value is None:
                return self.tr("deleted")
            if value is conflict.base:
                return self.tr("as it was")
            base = conflict.base or {}
            changed = [field_label(name) for name in value if value.get(name) != base.get(name)]
            if conflict.members:
                changed.append(self.tr("{count} member(s)").format(count=len(conflict.members)))
            if not changed:
                return self.tr("as it was")
            return self.tr("changed: {fields}").format(fields=", ".join(changed))
        if value is None:
            return self.tr("(empty)")
        if isinstance(value, datetime.date):
            return value.isoformat()
        if conflict.field == "status":
            return status_labels().get(value, str(value))
        if conflict.field == "care_covered":
            return care_text(care_codes(value))
        return str(value)

    # ----------------------------------------------------------------- result

    def choose(self, row: int, choice: str) -> None:
        combo = self.choices[row]
        combo.setCurrentIndex(combo.findData(choice))

    def resolutions(self) -> List[Tuple[Conflict, str]]:
        return [(conflict, combo.currentData()) for conflict, combo in zip(self.conflicts, self.choices)]


__all__ = ["ConflictDialog"]
