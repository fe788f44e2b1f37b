"""What every style module shares: where the QML files are, the mark of a styled layer.

It imports no other style module, so ``styles``, ``gap_style`` and ``legends`` can all use it
without importing each other in a circle (issue #22).
"""

from pathlib import Path

STYLES_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "styles"
#: Custom layer property naming the ZOAST style a layer carries.
STYLE_PROPERTY = "zoast/style"
#: Custom layer property holding the unit the layer's name was given, so it is added once only.
UNIT_PROPERTY = "zoast/unit"

# Post-processors must outlive the algorithm run, or Python deletes them before QGIS calls them.
POST_PROCESSORS = []


def style_path(style: str) -> Path:
    return STYLES_DIR / "{}.qml".format(style)


def name_with_unit(layer, unit: str) -> None:
    """Append ``(unit)`` to the layer name, the legend heading, once (styling twice adds it once)."""
    if not unit:
        return
    previous = layer.customProperty(UNIT_PROPERTY) or ""
    name = layer.name()
    suffix = " ({})".format(previous)
    if previous and name.endswith(suffix):
        name = name[:-len(suffix)]
    layer.setName("{} ({})".format(name, unit))
    layer.setCustomProperty(UNIT_PROPERTY, unit)
