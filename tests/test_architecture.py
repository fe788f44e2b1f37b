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


ALGORITHMS = ROOT / "zoast_plugin" / "processing" / "algorithms"


def module_imports(path: Path):
    """The zoast_plugin modules ``path`` imports, as dotted names (relative imports resolved)."""
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            names = [node.module] if node.module else [alias.name for alias in node.names]
            for name in names:
                yield ".".join(base + tuple(name.split(".")))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("zoast_plugin"):
            yield node.module


def test_no_algorithm_module_imports_another():
    """Each algorithm can be changed alone: shared builders and readers live in processing/, logic in core/."""
    siblings = {p.stem for p in ALGORITHMS.glob("*.py") if p.stem != "__init__"}
    offenders = sorted(
        "{} imports {}".format(path.stem, module.rsplit(".", 1)[-1])
        for path in ALGORITHMS.glob("*.py")
        for module in module_imports(path)
        if module.startswith("zoast_plugin.processing.algorithms.") and module.rsplit(".", 1)[-1] in siblings
    )
    assert offenders == []


def find_cycles(graph: dict) -> list:
    """Every import cycle found by a depth-first walk of ``graph`` (module → modules it imports)."""
    cycles, state = [], {}

    def visit(node, stack):
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                cycles.append(stack[stack.index(target):] + [target])
            elif target not in state:
                visit(target, stack + [target])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return cycles


def test_the_cycle_finder_finds_a_planted_cycle():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_plugin_modules():
    modules = {".".join(p.relative_to(ROOT).with_suffix("").parts): p
               for p in (ROOT / "zoast_plugin").rglob("*.py") if "__pycache__" not in p.parts}
    graph = {}
    for name, path in modules.items():
        module = name[: -len(".__init__")] if name.endswith(".__init__") else name
        targets = set()
        for imported in module_imports(path):
            while imported and imported not in modules and imported + ".__init__" not in modules:
                imported = imported.rpartition(".")[0]  # "from .pkg import name": the package
            if imported and imported != module:
                targets.add(imported)
        graph[module] = targets
    assert find_cycles(graph) == []
