"""QML styles of the result layers: applied on load by a post-processor, or on demand.

A result layer is recognised by the custom property ``zoast/style`` that the
post-processor sets, or else by a field only that kind of result has, so layers
saved to a GeoPackage and loaded again are recognised too.
"""

from typing import Optional

from qgis.core import QgsProcessingLayerPostProcessorInterface

from .gap_style import apply_gap_style
from .legends import apply_access_style, apply_candidate_style, raise_outlines, relabel_flows, unit_label
from .style_base import POST_PROCESSORS, STYLE_PROPERTY, STYLES_DIR, name_with_unit, style_path

__all__ = ["STYLES_DIR", "STYLE_PROPERTY", "apply_style", "recognise", "style_output_on_load", "style_path",
           "style_project_layers"]

# style name → a field that identifies the result layer (checked in this order).
SIGNATURE_FIELDS = (
    ("gaps", "gap_class"),
    ("basins", "compactness"),
    ("flows", "width"),
    ("zoast_perimeters", "n_units_fr"),
    ("supply_density", "d10k_total"),
    ("extension_candidates", "member_neighbours"),
    ("accessibility", "access"),
)
#: Styles built in code (legends.py), with no QML file.
CODE_STYLES = ("gaps", "accessibility", "extension_candidates")


def recognise(layer) -> Optional[str]:
    """The style name for ``layer``, or None when it is not a ZOAST result."""
    named = layer.customProperty(STYLE_PROPERTY)
    if named and (named in CODE_STYLES or style_path(named).exists()):
        return named
    fields = getattr(layer, "fields", None)
    if fields is None:
        return None
    names = set(fields().names())
    for style, field in SIGNATURE_FIELDS:
        if field in names and (style in CODE_STYLES or style_path(style).exists()):
            return style
    return None


def apply_style(layer, style: str, unit: str = "") -> bool:
    """Give ``layer`` the ZOAST ``style``, labels in the interface language; True when it was applied.

    The gap, accessibility and extension-candidate legends are built in code; the others load
    their QML file, and the flows legend is relabelled after it. ``unit`` (or the style's own unit)
    is added to the layer name, the legend heading.
    """
    if style == "gaps":
        apply_gap_style(layer)
        return True
    if style == "accessibility":
        return apply_access_style(layer, unit or layer.customProperty("zoast/unit") or "")
    if style == "extension_candidates":
        return apply_candidate_style(layer)
    path = style_path(style)
    if not path.exists():
        return False
    _message, ok = layer.loadNamedStyle(str(path))
    if ok:
        if style == "flows":
            relabel_flows(layer)
        name_with_unit(layer, unit or unit_label(style))
        layer.setCustomProperty(STYLE_PROPERTY, style)
        layer.triggerRepaint()
    return ok


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, style: str, unit: str = ""):
        super().__init__()
        self.style = style
        self.unit = unit

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if apply_style(layer, self.style, self.unit):
            raise_outlines(layer)


def style_output_on_load(context, layer_id: str, style: str, unit: str = "") -> None:
    """Style the output ``layer_id`` when QGIS loads it at the end of the run (``unit``: see apply_style)."""
    if layer_id and context.willLoadLayerOnCompletion(layer_id):
        post_processor = StyleOnLoad(style, unit)
        POST_PROCESSORS.append(post_processor)
        context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(post_processor)


def style_project_layers(project) -> int:
    """Apply the styles to every recognised result layer of ``project``; the count styled."""
    styled = 0
    for layer in project.mapLayers().values():
        style = recognise(layer)
        if style and apply_style(layer, style):
            styled += 1
    return styled
