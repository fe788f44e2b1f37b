"""Small in-memory layers for algorithm tests."""

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

TYPES = {int: QVariant.LongLong, float: QVariant.Double, str: QVariant.String, bool: QVariant.Bool}


def memory_layer(geometry: str, crs: str, fields: dict, rows: list, name: str = "test") -> QgsVectorLayer:
    """A memory layer; ``fields`` maps name → Python type, each row is (wkt or None, {field: value})."""
    uri = geometry + ("?crs=" + crs if crs else "")
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid(), uri
    if not crs:  # QGIS gives a CRS-less memory layer EPSG:4326: take it away for real
        layer.setCrs(QgsCoordinateReferenceSystem())
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(n, TYPES[t]) for n, t in fields.items()])
    layer.updateFields()
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([values.get(n) for n in fields])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def layer_rows(layer, fields=None):
    """The attributes of ``layer`` as a list of dicts (NULL → None)."""
    from zoast_plugin.processing.qgis_io import python_value

    names = fields or layer.fields().names()
    return [{n: python_value(f[n]) for n in names} for f in layer.getFeatures()]
