"""QGIS 4 readiness: every Qt name the plugin uses exists in PyQt6, every enum is scoped.

The Qt half runs ``scripts/qt6_check.py qt`` with PyQt6 from PyPI (``.venv-qt6``, made by
``make test``); the QGIS half runs ``scripts/qt6_check.py qgis`` against the QGIS 3.22
bindings. Each check is also run on planted bad code, to show it fails when it should.
"""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "scripts" / "qt6_check.py"
QT6_PYTHON = ROOT / ".venv-qt6" / "bin" / "python"


@pytest.fixture(scope="module")
def qt6_python():
    assert QT6_PYTHON.exists(), "PyQt6 environment missing: run `make qt6-env` (make test does)"
    return str(QT6_PYTHON)


def run_check(python, kind, *paths):
    result = subprocess.run([python, str(CHECK), kind, *map(str, paths)], cwd=ROOT, capture_output=True,
                            text=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    return result.returncode, result.stdout + result.stderr


def planted(tmp_path, source):
    path = tmp_path / "planted.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def test_plugin_uses_only_names_that_exist_in_pyqt6(qt6_python):
    code, output = run_check(qt6_python, "qt")
    assert code == 0, output
    assert "qt check: 0 finding(s)" in output


def test_plugin_uses_qgis_enums_in_their_scoped_form():
    code, output = run_check(sys.executable, "qgis")
    assert code == 0, output
    assert "qgis check: 0 finding(s)" in output


def test_compat_module_loads_under_pyqt6_and_gives_qt6_names(qt6_python):
    probe = (
        "import sys; sys.argv = ['x']; sys.path.insert(0, 'scripts'); import qt6_check\n"
        "compat = qt6_check.load_compat_under_pyqt6()\n"
        "print(compat.QUndoStack.__module__, compat.QAction.__module__, compat.FieldType.DOUBLE)\n"
    )
    result = subprocess.run([qt6_python, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["PyQt6.QtGui", "PyQt6.QtGui", "Type.Double"]


def test_qt_check_fails_on_a_misplaced_import_and_unscoped_enums(qt6_python, tmp_path):
    path = planted(tmp_path, """
        from qgis.PyQt.QtCore import Qt, QVariant
        from qgis.PyQt.QtWidgets import QDialog, QUndoStack

        ALIGN = Qt.AlignLeft
        GOOD = Qt.AlignmentFlag.AlignRight
        KIND = QVariant.Double
        QDialog().exec_()
    """)
    code, output = run_check(qt6_python, "qt", path)
    assert code == 1
    assert "planted.py:3: QUndoStack is not in PyQt6.QtWidgets" in output
    assert "planted.py:5: Qt.AlignLeft does not exist in PyQt6 (use the scoped form Qt.AlignmentFlag.AlignLeft)" \
        in output
    assert "planted.py:7: QVariant.Double does not exist in PyQt6" in output
    assert "planted.py:8: exec_() is gone in PyQt6" in output
    assert "AlignRight" not in output
    assert "qt check: 4 finding(s)" in output


def test_qt_check_fails_on_a_name_the_compat_module_lacks(qt6_python, tmp_path):
    path = planted(tmp_path, """
        from .qt_compat import QUndoStack, QNotAQtClass
    """)
    code, output = run_check(qt6_python, "qt", path)
    assert code == 1
    assert "QNotAQtClass is not in the compat module under PyQt6" in output
    assert "QUndoStack" not in output


def test_qgis_check_fails_on_an_unscoped_qgis_enum(tmp_path):
    path = planted(tmp_path, """
        from qgis.core import QgsProcessing, QgsWkbTypes

        POLYGONS = QgsProcessing.TypeVectorPolygon
        POINTS = QgsProcessing.SourceType.TypeVectorPoint
        NONE = QgsWkbTypes.NoGeometry
    """)
    code, output = run_check(sys.executable, "qgis", path)
    assert code == 1
    assert "planted.py:4: QgsProcessing.TypeVectorPolygon is unscoped: use QgsProcessing.SourceType.TypeVectorPolygon" \
        in output
    assert "planted.py:6: QgsWkbTypes.NoGeometry is unscoped: use QgsWkbTypes.Type.NoGeometry" in output
    assert "TypeVectorPoint" not in output
