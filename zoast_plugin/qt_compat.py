"""Qt names that moved between QGIS 3 (PyQt5) and QGIS 4 (PyQt6), in one place.

Import these names from here, never from the module they lived in under PyQt5:
``scripts/qt6_check.py`` (run by the test suite) loads this module against PyQt6 and
fails when a name is missing there.
"""

try:  # PyQt6: the undo framework and QAction live in QtGui
    from qgis.PyQt.QtGui import QAction, QUndoCommand, QUndoStack
except ImportError:  # PyQt5 (QGIS 3): they are widgets
    from qgis.PyQt.QtWidgets import QAction, QUndoCommand, QUndoStack

from qgis.PyQt.QtCore import QMetaType, QVariant


def _field_types_are_metatypes() -> bool:
    """QgsField takes QMetaType.Type from QGIS 3.38 on; QGIS 4 (Qt6) has no QVariant.Type."""
    try:
        from qgis.core import Qgis
    except ImportError:  # loaded outside QGIS (the Qt6 readiness check): the modern names
        return True
    return Qgis.versionInt() >= 33800


class FieldType:
    """The attribute types the plugin writes, as the running QGIS wants them in QgsField."""

    if _field_types_are_metatypes():
        BOOL = QMetaType.Type.Bool
        INT = QMetaType.Type.Int
        LONG = QMetaType.Type.LongLong
        DOUBLE = QMetaType.Type.Double
        STRING = QMetaType.Type.QString
        DATE = QMetaType.Type.QDate
        DATETIME = QMetaType.Type.QDateTime
    else:
        BOOL = QVariant.Type.Bool
        INT = QVariant.Type.Int
        LONG = QVariant.Type.LongLong
        DOUBLE = QVariant.Type.Double
        STRING = QVariant.Type.String
        DATE = QVariant.Type.Date
        DATETIME = QVariant.Type.DateTime


__all__ = ["FieldType", "QAction", "QUndoCommand", "QUndoStack"]
