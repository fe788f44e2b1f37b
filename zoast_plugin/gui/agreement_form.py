"""The form of one agreement, with a validation message under each field."""

from typing import Dict, Optional

import pandas as pd
from qgis.gui import QgsDateEdit
from qgis.PyQt.QtCore import QDate, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.agreements import DATE_COLUMNS
from .labels import CARE_CODES, CARE_SEPARATOR, STATUS_CODES, care_codes, care_labels, field_labels, status_labels

TEXT_FIELDS = ("code", "name_fr", "name_nl", "insurers", "notes")
ERROR_STYLE = "color: #b00020;"
FORM_FIELDS = ("code", "name_fr", "name_nl", "signed_on", "in_force_from", "ends_on", "status", "care_covered",
               "insurers", "notes")


def date_value(edit: QgsDateEdit):
    """The date of ``edit`` as a Timestamp, NaT when empty."""
    if edit.isNull() or not edit.date().isValid():
        return pd.NaT
    return pd.Timestamp(edit.date().toPyDate())


def set_date_value(edit: QgsDateEdit, value) -> None:
    if value is None or pd.isna(value):
        edit.setDate(QDate())
    else:
        value = pd.Timestamp(value)
        edit.setDate(QDate(value.year, value.month, value.day))


def error_label(parent, name: str) -> QLabel:
    """A red label for the problems of field ``name``; hidden while empty."""
    label = QLabel(parent)
    label.setObjectName("error_" + name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def wrapped(text: str, parent) -> QLabel:
    """A form label that wraps, so long French and Dutch labels fit a narrow dock."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _text(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


class CareEditor(QWidget):
    """Care covered as translated check boxes (codes ``ambulatory``, ``hospital``) and other codes as text."""

    edited = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        boxes = QVBoxLayout()
        self.boxes: Dict[str, QCheckBox] = {}
        for code, label in care_labels().items():
            box = QCheckBox(label, self)
            box.setObjectName("care_" + code)
            box.toggled.connect(lambda _on: self.edited.emit())
            boxes.addWidget(box)
            self.boxes[code] = box
        layout.addLayout(boxes)
        self.other = QLineEdit(self)
        self.other.setObjectName("care_other")
        self.other.setPlaceholderText(self.tr("Other care (codes separated by ;)"))
        self.other.editingFinished.connect(self.edited.emit)
        layout.addWidget(self.other)

    def codes(self):
        chosen = [code for code in CARE_CODES if self.boxes[code].isChecked()]
        return chosen + [code for code in care_codes(self.other.text()) if code not in chosen]

    def text(self) -> str:
        return CARE_SEPARATOR.join(self.codes())

    def set_text(self, text: str) -> None:
        codes = care_codes(text)
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)
        self.other.setText(CARE_SEPARATOR.join(code for code in codes if code not in self.boxes))


class AgreementForm(QWidget):
    """Edits one agreement; ``field_edited(field, value)`` when the user finishes an edit.

    ``value`` is a string for text fields (the status and care codes, not their labels)
    and a Timestamp (NaT when empty) for dates.
    """

    field_edited = pyqtSignal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = False
        self.editors: Dict[str, QWidget] = {}
        self.errors: Dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields in a narrow dock
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = field_labels()
        tips = {
            "code": self.tr("Unique code of the agreement (zoast_code), e.g. MRTW_URSA. Members follow a new code."),
            "ends_on": self.tr("Last day the agreement covers; empty when open-ended."),
            "care_covered": self.tr("Care the agreement covers."),
            "insurers": self.tr("Health insurers that take part, on each side."),
        }
        for name in FORM_FIELDS:
            if name in DATE_COLUMNS:
                editor = QgsDateEdit(self)
                editor.setAllowNull(True)
                editor.setDisplayFormat("yyyy-MM-dd")
                editor.setNullRepresentation(self.tr("(no date)"))
                editor.setDate(QDate())
                editor.dateValueChanged.connect(lambda _date, field=name: self._edited(field))
            elif name == "status":
                editor = QComboBox(self)
                for code, label in status_labels().items():
                    editor.addItem(label, code)
                editor.activated.connect(lambda _index: self._edited("status"))
            elif name == "care_covered":
                editor = CareEditor(self)
                editor.edited.connect(lambda: self._edited("care_covered"))
            else:
                editor = QLineEdit(self)
                editor.editingFinished.connect(lambda field=name: self._edited(field))
            editor.setObjectName("field_" + name)
            if name in tips:
                editor.setToolTip(tips[name])
            cell = QWidget(self)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(1)
            cell_layout.addWidget(editor)
            self.errors[name] = error_label(cell, name)
            cell_layout.addWidget(self.errors[name])
            layout.addRow(wrapped(labels[name], self), cell)
            self.editors[name] = editor
        self.setEnabled(False)

    # ----------------------------------------------------------------- values

    def text(self, name: str) -> str:
        """What the field shows (the label of a status)."""
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return editor.currentText()
        return editor.text()

    def value(self, name: str):
        if name in DATE_COLUMNS:
            return date_value(self.editors[name])
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return editor.currentData() or ""
        return self.text(name).strip()

    def set_status(self, code: str) -> None:
        combo = self.editors["status"]
        index = combo.findData(code)
        if index < 0 and code:  # a code of the store's own (shown as it is)
            combo.addItem(code, code)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def load(self, row: Optional[dict]) -> None:
        """Show agreement ``row`` (a dict of the agreements table), or nothing."""
        self._loading = True
        try:
            combo = self.editors["status"]
            while combo.count() > len(STATUS_CODES):  # drop codes another agreement added
                combo.removeItem(combo.count() - 1)
            for name, editor in self.editors.items():
                value = None if row is None else row.get(name)
                if name in DATE_COLUMNS:
                    set_date_value(editor, value)
                elif name == "status":
                    self.set_status(_text(value))
                elif isinstance(editor, CareEditor):
                    editor.set_text(_text(value))
                else:
                    editor.setText(_text(value))
                    editor.setCursorPosition(0)
        finally:
            self._loading = False
        self.setEnabled(row is not None)

    def show_problems(self, problems: Dict[str, str]) -> None:
        """``problems``: field → translated message; the other fields' messages are cleared."""
        for name, label in self.errors.items():
            show_error(label, problems.get(name, ""))

    # ----------------------------------------------------------------- signals

    def _edited(self, field: str) -> None:
        if not self._loading:
            self.field_edited.emit(field, self.value(field))
