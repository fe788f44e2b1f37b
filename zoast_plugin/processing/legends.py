"""Legends built in code, so that their labels and units follow the interface language.

A QML file holds one language: the flows legend is relabelled after its QML is loaded, the
accessibility and extension-candidate legends are built from the layer's values, and layers
whose values have a unit get it in their name (the legend heading). ``raise_outlines`` keeps
outlines and flow lines above the filled result layers, whatever order QGIS loads them in.
"""

from qgis.core import (
    QgsClassificationQuantile,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsProject,
    QgsRendererRange,
    QgsStyle,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import QT_TRANSLATE_NOOP
from ..i18n import interface_locale
from .style_base import STYLE_PROPERTY, name_with_unit

CONTEXT = "ZoastLegends"

FLOW_DIRECTIONS = {
    "FR→BE": QT_TRANSLATE_NOOP("ZoastLegends", "France → Belgium"),
    "BE→FR": QT_TRANSLATE_NOOP("ZoastLegends", "Belgium → France"),
    "domestic": QT_TRANSLATE_NOOP("ZoastLegends", "Domestic"),
    "": QT_TRANSLATE_NOOP("ZoastLegends", "Other directions"),
}
UNITS = {
    "flows": QT_TRANSLATE_NOOP("ZoastLegends", "line width: patients"),
    "supply_density": QT_TRANSLATE_NOOP("ZoastLegends", "points per 10,000 inhabitants"),
    "extension_candidates": QT_TRANSLATE_NOOP("ZoastLegends",
                                              "% of their cross-border patients an extension would cover"),
    "apl": QT_TRANSLATE_NOOP("ZoastLegends", "consultations per year per standardised inhabitant"),
    "per_inhabitants": QT_TRANSLATE_NOOP("ZoastLegends", "{capacity} per {scale} inhabitants"),
}
#: Drawing order of the ZOAST result layers in a group of the layers panel, top first: lines and
#: outlines, then the gap classes over the other filled results.
DRAW_ORDER = ("main_towns", "state_border", "flows", "zoast_perimeters", "supply_points", "gaps", "accessibility",
              "extension_candidates", "supply_density", "basins")
ACCESS_FIELD = "access"
SHARE_FIELD = "share_cross_border"
#: Fixed classes of the candidates' share (fractions): comparable from one run to the next, and a style
#: even for a layer with no candidate yet.
CANDIDATE_BREAKS = (0.0, 0.25, 0.5, 1.0)
ACCESS_CLASSES = 5
#: Sequential, colour-blind safe ramps of QGIS's default style.
ACCESS_RAMP = "Viridis"
CANDIDATE_RAMP = "Oranges"


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)  # i18n: dynamic


def unit_label(style: str) -> str:
    return translated(UNITS[style]) if style in UNITS else ""


def access_unit(capacity_field: str, scale: float, apl: bool = False) -> str:
    """The unit of an accessibility result: the APL's own, or "<capacity> per <scale> inhabitants"."""
    if apl:
        return translated(UNITS["apl"])
    scale_text = interface_locale().toString(float(scale), "f", 0) if scale and scale != 1 else "1"
    return translated(UNITS["per_inhabitants"]).format(capacity=capacity_field, scale=scale_text)


def relabel_flows(layer) -> None:
    """The direction categories of a flows layer in the interface language."""
    renderer = layer.renderer()
    if not hasattr(renderer, "categories"):
        return
    for index, category in enumerate(renderer.categories()):
        value = category.value() if category.value() is not None else ""
        if value in FLOW_DIRECTIONS:
            renderer.updateCategoryLabel(index, translated(FLOW_DIRECTIONS[value]))


def graduated_renderer(layer, field: str, ramp: str, classes: int, decimals: int, percent: bool = False):
    """Quantile classes of ``field`` (or None when the layer has no value to classify)."""
    index = layer.fields().lookupField(field)
    if index < 0 or layer.featureCount() == 0:
        return None
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setClassificationMethod(QgsClassificationQuantile())
    if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
        renderer.setSourceSymbol(QgsFillSymbol.createSimple({"outline_color": "#636363", "outline_width": "0.2"}))
    else:
        renderer.setSourceSymbol(QgsSymbol.defaultSymbol(layer.geometryType()))
    colour_ramp = QgsStyle.defaultStyle().colorRamp(ramp)
    if colour_ramp is not None:
        renderer.setSourceColorRamp(colour_ramp)
    renderer.updateClasses(layer, classes)
    if colour_ramp is not None:
        renderer.updateColorRamp(colour_ramp)
    locale = interface_locale()
    for index, class_range in enumerate(renderer.ranges()):
        lower, upper = class_range.lowerValue(), class_range.upperValue()
        if percent:
            lower, upper = 100 * lower, 100 * upper
        renderer.updateRangeLabel(index, "{} – {}".format(locale.toString(float(lower), "f", decimals),
                                                          locale.toString(float(upper), "f", decimals)))
    return renderer


def apply_access_style(layer, unit: str = "") -> bool:
    """Five quantile classes of ``access`` (viridis: dark = low access), the unit in the layer name."""
    renderer = graduated_renderer(layer, ACCESS_FIELD, ACCESS_RAMP, ACCESS_CLASSES, 1)
    if renderer is None:
        return False
    layer.setRenderer(renderer)
    layer.setCustomProperty(STYLE_PROPERTY, "accessibility")
    name_with_unit(layer, unit)
    layer.triggerRepaint()
    return True


def apply_candidate_style(layer) -> bool:
    """Extension candidates: the share of their cross-border patients an extension would cover, 3 fixed classes."""
    if layer.fields().lookupField(SHARE_FIELD) < 0:
        return False
    ramp = QgsStyle.defaultStyle().colorRamp(CANDIDATE_RAMP)
    locale = interface_locale()
    ranges = []
    for number, (lower, upper) in enumerate(zip(CANDIDATE_BREAKS, CANDIDATE_BREAKS[1:])):
        symbol = QgsFillSymbol.createSimple({"outline_color": "#636363", "outline_width": "0.2"})
        if ramp is not None:
            symbol.setColor(ramp.color((number + 1) / (len(CANDIDATE_BREAKS) - 1)))
        label = "{} – {} %".format(locale.toString(100 * lower, "f", 0), locale.toString(100 * upper, "f", 0))
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer(SHARE_FIELD, ranges))
    layer.setCustomProperty(STYLE_PROPERTY, "extension_candidates")
    name_with_unit(layer, unit_label("extension_candidates"))
    layer.triggerRepaint()
    return True


def groups(group):
    """``group`` and every group under it."""
    result = [group]
    for child in group.children():
        if isinstance(child, QgsLayerTreeGroup):
            result.extend(groups(child))
    return result


def raise_outlines(layer) -> None:
    """Order the ZOAST result layers of ``layer``'s project: lines and outlines above the filled layers,
    and the gap classes above the other fills (DRAW_ORDER).

    Processing loads a run's outputs in no fixed order; each post-processor calls this after adding
    its layer, so after the last one the perimeters and flows lie above the gaps, and the gaps above the
    densities and basins. Other layers (tables, the user's own) keep their places.
    """
    project = layer.project() or QgsProject.instance()
    bridge = project.layerTreeRegistryBridge()
    bridge.setEnabled(False)  # moving a node must not remove its layer from the project
    try:
        order_groups(project.layerTreeRoot())
    finally:
        bridge.setEnabled(True)


def order_groups(root) -> None:
    for group in groups(root):
        children = group.children()
        slots = [(index, node) for index, node in enumerate(children) if isinstance(node, QgsLayerTreeLayer)
                 and node.layer() is not None and node.layer().customProperty(STYLE_PROPERTY) in DRAW_ORDER]
        wanted = sorted((node for _index, node in slots),
                        key=lambda node: DRAW_ORDER.index(node.layer().customProperty(STYLE_PROPERTY)))
        if [node for _index, node in slots] == wanted:
            continue
        clones = [node.clone() for node in wanted]
        for _index, node in slots:
            group.removeChildNode(node)
        for (index, _node), clone in zip(slots, clones):
            group.insertChildNode(index, clone)


def outlines_only(layer) -> None:
    """No fill, so that the layer's outlines (the ZOAST perimeters) can lie over the gap colours."""
    from qgis.core import QgsProperty, QgsSymbolLayer
    from qgis.PyQt.QtGui import QColor

    renderer = layer.renderer()
    symbol = renderer.symbol() if hasattr(renderer, "symbol") else None
    if symbol is None:
        return
    fill = symbol.symbolLayer(0)
    fill.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyFillColor, QgsProperty())
    fill.setFillColor(QColor(0, 0, 0, 0))


def supply_point_style(layer) -> None:
    """Small dark dots with a white rim: the supply points of the report's maps."""
    from qgis.core import QgsMarkerSymbol, QgsSingleSymbolRenderer

    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({
        "name": "circle", "color": "#1a1a1a", "size": "0.9", "outline_color": "#ffffff", "outline_width": "0.15"})))
    layer.setCustomProperty(STYLE_PROPERTY, "supply_points")


def hide_domestic_flows(layer) -> None:
    """Switch off the "domestic" category of a flows layer (kept in the legend, unticked)."""
    renderer = layer.renderer()
    if hasattr(renderer, "categories"):
        for index, category in enumerate(renderer.categories()):
            if category.value() == "domestic":
                renderer.updateCategoryRenderState(index, False)
