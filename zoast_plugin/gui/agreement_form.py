"""The form of one agreement, with a validation message under each field."""

from typing import Dict, Optional

import pandas as pd
from qgis.gui import QgsDateEdit
from qgis.PyQt.QtCore import QDate, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.agreements import DATE_COLUMNS, STATUS_IN_FORCE, STATUS_MERGED

TEXT_FIELDS = ("code", "name_fr", "name_nl", "care_covered", "insurers", "notes")
ERROR_STYLE = "color: #b00020;"


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


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class AgreementForm(QWidget):
    """Edits one agreement; ``field_edited(field, value)`` when the user finishes an edit.

    ``value`` is a string for text fields and a Timestamp (NaT when empty) for dates.
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
        labels = {
            "code": self.tr("Code"),
            "name_fr": self.tr("Name (French)"),
            "name_nl": self.tr("Name (Dutch)"),
            "signed_on": self.tr("Signed on"),
            "in_force_from": self.tr("In force from"),
            "ends_on": self.tr("Ends on"),
            "status": self.tr("Status"),
            "care_covered": self.tr("Care covered"),
            "insurers": self.tr("Insurers"),
            "notes": self.tr("Notes"),
        }
        tips = {
            "code": self.tr("Unique code of the agreement (zoast_code), e.g. MRTW_URSA. Members follow a new code."),
            "ends_on": self.tr("Last day the agreement covers; empty when open-ended."),
            "care_covered": self.tr("Care the agreement covers, e.g. ambulatory;hospital."),
            "insurers": self.tr("Health insurers that take part, on each side."),
        }
        for name in ("code", "name_fr", "name_nl", "signed_on", "in_force_from", "ends_on", "status",
                     "care_covered", "insurers", "notes"):
            if name in DATE_COLUMNS:
                editor = QgsDateEdit(self)
                editor.setAllowNull(True)
                editor.setDisplayFormat("yyyy-MM-dd")
                editor.setNullRepresentation(self.tr("(no date)"))
                editor.setDate(QDate())
                editor.dateValueChanged.connect(lambda _date, field=name: self._date_edited(field))
            elif name == "status":
                editor = QComboBox(self)
                editor.setEditable(True)
                editor.addItems([STATUS_IN_FORCE, STATUS_MERGED, "ended"])
                editor.activated.connect(lambda _index: self._text_edited("status"))
                editor.lineEdit().editingFinished.connect(lambda: self._text_edited("status"))
            else:
                editor = QLineEdit(self)
                editor.editingFinished.connect(lambda field=name: self._text_edited(field))
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
            layout.addRow(labels[name], cell)
            self.editors[name] = editor
        self.setEnabled(False)

    # ----------------------------------------------------------------- values

    def text(self, name: str) -> str:
        editor = self.editors[name]
        return editor.currentText() if isinstance(editor, QComboBox) else editor.text()

    def value(self, name: str):
        if name in DATE_COLUMNS:
            return date_value(self.editors[name])
        return self.text(name).strip()

    def load(self, row: Optional[dict]) -> None:
        """Show agreement ``row`` (a dict of the agreements table), or nothing."""
        self._loading = True
        try:
            for name, editor in self.editors.items():
                value = None if row is None else row.get(name)
                if name in DATE_COLUMNS:
                    set_date_value(editor, value)
                elif isinstance(editor, QComboBox):
                    editor.setCurrentText("" if value is None or pd.isna(value) else str(value))
                else:
                    editor.setText("" if value is None or pd.isna(value) else str(value))
                    editor.setCursorPosition(0)
        finally:
            self._loading = False
        self.setEnabled(row is not None)

    def show_problems(self, problems: Dict[str, str]) -> None:
        """``problems``: field → translated message; the other fields' messages are cleared."""
        for name, label in self.errors.items():
            show_error(label, problems.get(name, ""))

    # ----------------------------------------------------------------- signals

    def _text_edited(self, field: str) -> None:
        if not self._loading:
            self.field_edited.emit(field, self.value(field))

    def _date_edited(self, field: str) -> None:
        if not self._loading:
            self.field_edited.emit(field, self.value(field))
