"""The core holds the science only: it must import neither qgis nor Qt."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "zoast_plugin" / "core"
FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "sip")


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def test_core_sources_import_no_qgis_or_qt():
    offenders = [
        "{}: {}".format(path.relative_to(ROOT), module)
        for path in sorted(CORE.rglob("*.py"))
        for module in imported_modules(path)
        if module.split(".")[0] in FORBIDDEN
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qgis_or_qt():
    names = sorted("zoast_plugin.core." + p.stem for p in CORE.glob("*.py") if p.stem != "__init__")
    assert names, "no core modules found"
    code = (
        "import importlib, sys\n"
        "for name in {names!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {forbidden!r})\n"
        "print(','.join(bad))\n"
    ).format(names=names, forbidden=FORBIDDEN)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_algorithms_do_not_import_gui():
    """Arrows point one way: gui → processing/storage → core."""
    offenders = []
    for folder in ("processing", "storage", "core"):
        for path in sorted((ROOT / "zoast_plugin" / folder).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            if "from ..gui" in source or "from ...gui" in source or "zoast_plugin.gui" in source:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
