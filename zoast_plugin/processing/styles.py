"""QML styles of the result layers: applied on load by a post-processor, or on demand.

A result layer is recognised by the custom property ``zoast/style`` that the
post-processor sets, or else by a field only that kind of result has, so layers
saved to a GeoPackage and loaded again are recognised too.
"""

from pathlib import Path
from typing import Optional

from qgis.core import QgsProcessingLayerPostProcessorInterface

STYLES_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "styles"
STYLE_PROPERTY = "zoast/style"

# style name → a field that identifies the result layer (checked in this order).
SIGNATURE_FIELDS = (
    ("gaps", "gap_class"),
    ("basins", "compactness"),
    ("flows", "width"),
    ("zoast_perimeters", "n_units_fr"),
    ("supply_density", "d10k_total"),
    ("accessibility", "access"),
)

# Post-processors must outlive the algorithm run, or Python deletes them before QGIS calls them.
_POST_PROCESSORS = []


def style_path(style: str) -> Path:
    return STYLES_DIR / "{}.qml".format(style)


def recognise(layer) -> Optional[str]:
    """The style name for ``layer``, or None when it is not a ZOAST result."""
    named = layer.customProperty(STYLE_PROPERTY)
    if named and style_path(named).exists():
        return named
    fields = getattr(layer, "fields", None)
    if fields is None:
        return None
    names = set(fields().names())
    for style, field in SIGNATURE_FIELDS:
        if field in names and style_path(style).exists():
            return style
    return None


def apply_style(layer, style: str) -> bool:
    """Load the QML ``style`` into ``layer``; True when it was applied.

    The gap legend is built in code instead, so its labels follow the interface language
    (a QML file holds one language).
    """
    if style == "gaps":
        from .gap_style import apply_gap_style  # imports this module: import on use

        apply_gap_style(layer)
        return True
    path = style_path(style)
    if not path.exists():
        return False
    _message, ok = layer.loadNamedStyle(str(path))
    if ok:
        layer.setCustomProperty(STYLE_PROPERTY, style)
        layer.triggerRepaint()
    return ok


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, style: str):
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        apply_style(layer, self.style)


def style_output_on_load(context, layer_id: str, style: str) -> None:
    """Style the output ``layer_id`` when QGIS loads it at the end of the run."""
    if layer_id and context.willLoadLayerOnCompletion(layer_id):
        post_processor = StyleOnLoad(style)
        _POST_PROCESSORS.append(post_processor)
        context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(post_processor)


def style_project_layers(project) -> int:
    """Apply the styles to every recognised result layer of ``project``; the count styled."""
    styled = 0
    for layer in project.mapLayers().values():
        style = recognise(layer)
        if style and apply_style(layer, style):
            styled += 1
    return styled
