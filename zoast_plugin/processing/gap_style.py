"""The gap-class legend, built from core.zoning so colours, order and labels stay in one place.

A QML file cannot hold translatable labels, so the output of ``zoast:gaps`` is
styled on load by :func:`style_gaps_on_load`, which builds the renderer with the
class labels in the interface language. ``resources/styles/gaps.qml`` (English
labels, used by the dock's "Style result layers") is generated from the same
renderer by :func:`write_gap_qml`::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -c \\
        "from qgis.core import QgsApplication; app = QgsApplication([], False); app.initQgis(); \\
         from zoast_plugin.processing.gap_style import write_gap_qml; write_gap_qml()"

(``tests/processing/test_gaps.py`` checks that the file and the renderer agree.)
"""

from typing import Mapping, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsMapLayer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..core import zoning
from ..core.zoning import CLASS_LABELS, GAP_CLASSES, LABEL_CONTEXT
from .legends import raise_outlines
from .style_base import POST_PROCESSORS, STYLE_PROPERTY, style_path

GAP_STYLE = "gaps"
CLASS_FIELD = "gap_class"
OUTLINE_COLOUR = "#636363"
#: One colour per class, ColorBrewer RdYlBu (colour-blind safe, diverging): reds for severe
#: shortage, oranges and yellow for shortage, blues for no shortage, grey for "not judged". The
#: severity reads from the hue, as core ``CLASS_COLOURS`` does, and each class keeps its own shade.
CLASS_COLOURS = {
    zoning.FR_ZIP: "#a50026", zoning.WAL_SEVERE: "#d73027",
    zoning.FR_ZAC: "#f46d43", zoning.WAL_SHORTAGE: "#fdae61", zoning.FL_PRIORITY: "#fee090",
    zoning.FR_NONE: "#abd9e9", zoning.WAL_NORMAL: "#74add1", zoning.FL_NORMAL: "#4575b4",
    zoning.BXL_NOT_COVERED: "#bdbdbd",
}


def translated_class_labels() -> dict:
    """``{class code: label}`` in the interface language."""
    translate = QCoreApplication.translate
    return {code: translate(LABEL_CONTEXT, CLASS_LABELS[code]) for code in GAP_CLASSES}  # i18n: dynamic


def gap_renderer(language_labels: Optional[Mapping[str, str]] = None,
                 geometry_type=QgsWkbTypes.GeometryType.PolygonGeometry) -> QgsCategorizedSymbolRenderer:
    """A categorised renderer on ``gap_class``: one category per class, in legend order
    (most severe first), one colour each (``CLASS_COLOURS``, colour-blind safe).

    ``language_labels`` maps class codes to legend labels; by default the labels in the
    interface language. ``geometry_type`` picks fill, marker or line symbols.
    """
    labels = translated_class_labels() if language_labels is None else dict(language_labels)
    categories = []
    for code in GAP_CLASSES:
        symbol = QgsSymbol.defaultSymbol(geometry_type)
        symbol.setColor(QColor(CLASS_COLOURS[code]))
        if geometry_type == QgsWkbTypes.GeometryType.PolygonGeometry:
            layer = symbol.symbolLayer(0)
            layer.setStrokeColor(QColor(OUTLINE_COLOUR))
            layer.setStrokeWidth(0.2)
        categories.append(QgsRendererCategory(code, symbol, labels.get(code, code)))
    return QgsCategorizedSymbolRenderer(CLASS_FIELD, categories)


def apply_gap_style(layer, language_labels: Optional[Mapping[str, str]] = None) -> None:
    """Give ``layer`` the gap legend (translated by default) and mark it as a gap layer."""
    layer.setRenderer(gap_renderer(language_labels, layer.geometryType()))
    layer.setCustomProperty(STYLE_PROPERTY, GAP_STYLE)
    layer.triggerRepaint()


class GapStyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if isinstance(layer, QgsVectorLayer) and layer.fields().lookupField(CLASS_FIELD) >= 0:
            apply_gap_style(layer)
            raise_outlines(layer)


def style_gaps_on_load(context, layer_id: str) -> None:
    """Style the gap output ``layer_id`` with translated labels when QGIS loads it."""
    if layer_id and context.willLoadLayerOnCompletion(layer_id):
        post_processor = GapStyleOnLoad()
        POST_PROCESSORS.append(post_processor)
        context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(post_processor)


def write_gap_qml(path: Optional[str] = None) -> str:
    """Write the English polygon legend to ``resources/styles/gaps.qml`` (or ``path``); returns the path."""
    path = str(path or style_path(GAP_STYLE))
    layer = QgsVectorLayer("Polygon?crs=EPSG:3035&field={}:string".format(CLASS_FIELD), "gaps", "memory")
    layer.setRenderer(gap_renderer(CLASS_LABELS))
    message, ok = layer.saveNamedStyle(path, QgsMapLayer.StyleCategory.Symbology)
    if not ok:
        raise OSError(message)
    return path
