#!/usr/bin/env python3
"""Qt6 / QGIS 4 readiness of the plugin's sources, checked by introspection.

Two checks, each run by the interpreter that has the bindings it introspects:

    .venv-qt6/bin/python scripts/qt6_check.py qt      # PyQt6 from PyPI, no QGIS
    .venv/bin/python     scripts/qt6_check.py qgis    # the QGIS 3.22 bindings

``qt``: every name imported from ``qgis.PyQt.<module>`` must exist in ``PyQt6.<module>``;
every attribute chain on such a name (``Qt.AlignmentFlag.AlignLeft``,
``QVariant.Type.Double``…) must resolve in PyQt6, which has only fully scoped enums; the
compat module (``zoast_plugin/qt_compat.py``) is imported against PyQt6 through a
``qgis.PyQt`` shim, so its PyQt6 branch runs, and names taken from it are checked like the
others. ``exec_`` is refused anywhere.

``qgis``: every attribute on a QGIS class that is an enum value must be reached through its
enum type (``QgsProcessing.SourceType.TypeVectorPolygon``, not
``QgsProcessing.TypeVectorPolygon``): QGIS 4 drops the unscoped aliases.

Prints one ``path:line: message`` per finding and exits 1 when there is any.
"""

import argparse
import ast
import importlib
import importlib.abc
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPAT = ROOT / "zoast_plugin" / "qt_compat.py"
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")


def source_files(roots):
    for root in roots:
        root = Path(root)
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for path in files:
            if "__pycache__" not in path.parts:
                yield path


def attribute_chain(node):
    """``Qt.AlignmentFlag.AlignLeft`` → ("Qt", ["AlignmentFlag", "AlignLeft"]); None if not rooted at a name."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return node.id, parts[::-1]
    return None


def outermost_chains(tree):
    """Each maximal attribute chain once (not its sub-chains), with its line."""
    inner = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
            inner.add(id(node.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and id(node) not in inner:
            chain = attribute_chain(node)
            if chain:
                yield node.lineno, chain


def imports_from(tree, wanted):
    """(local name, module, imported name, line) for ``from <module> import name [as local]``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = "." * node.level + node.module
            if wanted(node.level, node.module):
                for alias in node.names:
                    yield alias.asname or alias.name, module, alias.name, node.lineno


# --- the PyQt6 check -----------------------------------------------------------------------

class _PyQtShim(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Makes ``qgis.PyQt.X`` import ``PyQt6.X``, as QGIS 4's own shim does; nothing else of qgis."""

    def find_spec(self, fullname, path, target=None):
        if fullname in ("qgis", "qgis.PyQt") or fullname.startswith("qgis.PyQt."):
            return importlib.util.spec_from_loader(fullname, self, is_package=fullname.count(".") < 2)
        return None

    def create_module(self, spec):
        if spec.name.startswith("qgis.PyQt."):
            return importlib.import_module("PyQt6." + spec.name.split(".", 2)[2])
        return None

    def exec_module(self, module):
        if module.__name__ in ("qgis", "qgis.PyQt"):
            module.__path__ = []


def load_compat_under_pyqt6():
    sys.meta_path.insert(0, _PyQtShim())
    spec = importlib.util.spec_from_file_location("zoast_qt_compat", COMPAT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scoped_suggestion(owner, name):
    """Where PyQt6 keeps ``name`` under ``owner``: the enum type holding it, if any."""
    for attr in dir(owner):
        candidate = getattr(owner, attr, None)
        if isinstance(candidate, type) and hasattr(candidate, "__members__") and name in candidate.__members__:
            return attr + "." + name
    return None


def check_qt(paths):
    findings = []
    compat = load_compat_under_pyqt6()  # its PyQt6 branch runs here; a missing name raises
    for path in source_files(paths):
        if path.resolve() == COMPAT:  # its PyQt5 fallbacks are meant to be absent from PyQt6
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        bound = {}
        for local, module, name, line in imports_from(
            tree, lambda level, mod: mod.startswith("qgis.PyQt") or mod.split(".")[-1] == "qt_compat"
        ):
            if module.split(".")[-1] == "qt_compat":
                owner, where = compat, "the compat module under PyQt6"
            elif module == "qgis.PyQt":
                owner, where = importlib.import_module("PyQt6"), "PyQt6"
            else:
                where = "PyQt6." + module.split(".", 2)[2]
                try:
                    owner = importlib.import_module(where)
                except ImportError:
                    findings.append((path, line, "module {} does not exist".format(where)))
                    continue
            if not hasattr(owner, name):
                findings.append((path, line, "{} is not in {}".format(name, where)))
                continue
            bound[local] = getattr(owner, name)
        for line, (root, parts) in outermost_chains(tree):
            if root not in bound:
                continue
            obj, walked = bound[root], root
            for part in parts:
                if not hasattr(obj, part):
                    hint = scoped_suggestion(obj, part)
                    message = "{}.{} does not exist in PyQt6".format(walked, part)
                    if hint:
                        message += " (use the scoped form {}.{})".format(walked, hint)
                    findings.append((path, line, message))
                    break
                obj, walked = getattr(obj, part), walked + "." + part
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "exec_":
                findings.append((path, node.lineno, "exec_() is gone in PyQt6: use exec()"))
    return findings


# --- the QGIS enum check -------------------------------------------------------------------

def unscoped_enum(owner, name):
    """The enum type's name when ``owner.name`` is an enum value reached without its type."""
    value = getattr(owner, name, None)
    enum_type = type(value)
    if not isinstance(value, int) or enum_type in (int, bool) or enum_type.__name__ == name:
        return None
    return enum_type.__name__ if getattr(owner, enum_type.__name__, None) is enum_type else None


def check_qgis(paths):
    findings = []
    for path in source_files(paths):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        bound = {}
        for local, module, name, _line in imports_from(tree, lambda level, mod: level == 0 and mod in QGIS_MODULES):
            owner = getattr(importlib.import_module(module), name, None)
            if isinstance(owner, type):
                bound[local] = owner
        for line, (root, parts) in outermost_chains(tree):
            if root in bound and parts:
                enum_name = unscoped_enum(bound[root], parts[0])
                if enum_name:
                    message = "{0}.{1} is unscoped: use {0}.{2}.{1}".format(root, parts[0], enum_name)
                    findings.append((path, line, message))
    return findings


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("check", choices=("qt", "qgis"))
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "zoast_plugin"), str(ROOT / "__init__.py")])
    args = parser.parse_args(argv)
    findings = check_qt(args.paths) if args.check == "qt" else check_qgis(args.paths)
    for path, line, message in findings:
        print("{}:{}: {}".format(path, line, message))
    print("{} check: {} finding(s)".format(args.check, len(findings)))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
