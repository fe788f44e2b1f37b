"""Check the Python packages the algorithms need, without importing the algorithms."""

import importlib
from typing import Dict, List, Tuple

# (module, minimum version, why) — networkx is optional: only modularity basins need it.
REQUIRED = (
    ("numpy", "1.20", "arrays"),
    ("pandas", "1.1", "tables"),
    ("scipy", "1.6", "sparse matrices and KD-trees"),
    ("shapely", "2.0", "vectorised geometry"),
)
OPTIONAL = (("networkx", "2.6", "modularity basins"),)


def _version_tuple(text: str) -> Tuple[int, ...]:
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def check(packages=REQUIRED) -> List[Dict[str, str]]:
    """The packages that are missing or too old, each as {name, wanted, found, why}."""
    problems = []
    for name, minimum, why in packages:
        try:
            module = importlib.import_module(name)
        except Exception:  # any import failure counts: broken installs raise more than ImportError
            problems.append({"name": name, "wanted": minimum, "found": "", "why": why})
            continue
        found = getattr(module, "__version__", "0")
        if _version_tuple(found) < _version_tuple(minimum):
            problems.append({"name": name, "wanted": minimum, "found": found, "why": why})
    return problems
