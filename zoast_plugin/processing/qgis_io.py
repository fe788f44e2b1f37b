"""All conversion between QGIS layers and the core's frames and geometries.

Algorithms read their inputs with :func:`read_layer` (attributes as a pandas frame,
geometries reprojected to the analysis CRS as points or shapely shapes) and write
results with :func:`write_frame`. Nothing else in the plugin iterates features.
"""

import datetime
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QVariant

GEOMETRY_NONE = "none"
GEOMETRY_POINTS = "points"  # polygons and lines give their point on surface
GEOMETRY_SHAPES = "shapes"  # shapely geometries, plus their point on surface

DEFAULT_ANALYSIS_CRS = "EPSG:3035"


def tr(text: str) -> str:
    """Translate a string of this module: pylupdate5 files module-level tr() under "@default"."""
    return QCoreApplication.translate("@default", text)  # i18n: dynamic


@dataclass
class LayerData:
    """A layer read for the core.

    ``frame`` holds the requested fields (row i is feature ``fids[i]``); ``xy`` and
    ``shapes`` are in the analysis CRS; features with a null or empty geometry are
    not in the frame but listed in ``skipped_fids`` so the caller can report them.
    ``geometries`` and ``attributes`` keep the original features (source CRS) when
    the caller wants to copy them into an output.
    """

    frame: pd.DataFrame
    fids: np.ndarray
    source_fields: QgsFields
    source_crs: QgsCoordinateReferenceSystem
    xy: Optional[np.ndarray] = None
    shapes: Optional[np.ndarray] = None
    skipped_fids: List[int] = field(default_factory=list)
    geometries: List[QgsGeometry] = field(default_factory=list)
    attributes: List[list] = field(default_factory=list)


def python_value(value):
    """A QGIS attribute value as a plain Python value (NULL → None)."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def require_crs(source, label: str) -> QgsCoordinateReferenceSystem:
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(
            tr(
                "Layer '{layer}' has no coordinate reference system. "
                "Set its CRS (Layer Properties > Source) and run again."
            ).format(layer=label)
        )
    return crs


def read_layer(
    source,
    context,
    fields: Sequence[str],
    label: str,
    geometry: str = GEOMETRY_NONE,
    analysis_crs: Optional[QgsCoordinateReferenceSystem] = None,
    keep_features: bool = False,
    feedback=None,
    repair_invalid: bool = False,
) -> LayerData:
    """Read ``fields`` of ``source`` (a QgsFeatureSource) into a :class:`LayerData`.

    Invalid polygons and lines follow the context's invalid-geometry setting, applied
    here after reading (QGIS's own check, raised inside the Python feature loop,
    leaves the interpreter unusable): abort names the count and the first ids, skip
    drops and counts them. ``repair_invalid`` keeps them all for a caller that
    repairs them itself.
    """
    fields = [name for name in dict.fromkeys(fields) if name]
    source_fields = source.fields()
    missing = [name for name in fields if source_fields.lookupField(name) < 0]
    if missing:
        raise QgsProcessingException(
            tr("Layer '{layer}': field(s) {fields} not found. Choose existing fields.").format(
                layer=label, fields=", ".join(missing)
            )
        )
    request = QgsFeatureRequest()
    if not keep_features:
        request.setSubsetOfAttributes(fields, source_fields)
    wants_geometry = geometry != GEOMETRY_NONE
    if wants_geometry:
        source_crs = require_crs(source, label)
        if analysis_crs is not None and analysis_crs != source_crs:
            request.setDestinationCrs(analysis_crs, context.transformContext())
    else:
        source_crs = source.sourceCrs()
        if not keep_features:
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)

    indices = [source_fields.lookupField(name) for name in fields]
    rows, fids, points, wkbs, skipped = [], [], [], [], []
    original_geometries, original_attributes = [], []
    transform = None
    if keep_features and wants_geometry and analysis_crs is not None and analysis_crs != source_crs:
        # The output keeps the source CRS, so read in the source CRS and transform a copy.
        request.setDestinationCrs(QgsCoordinateReferenceSystem(), context.transformContext())
        from qgis.core import QgsCoordinateTransform

        transform = QgsCoordinateTransform(source_crs, analysis_crs, context.transformContext())
    total = source.featureCount() or 1
    check_validity = (wants_geometry and not repair_invalid
                      and QgsWkbTypes.geometryType(source.wkbType()) in (QgsWkbTypes.GeometryType.PolygonGeometry,
                                                                          QgsWkbTypes.GeometryType.LineGeometry)
                      and context.invalidGeometryCheck() != QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    collect_wkb = geometry == GEOMETRY_SHAPES or check_validity
    features = (source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
                if isinstance(source, QgsProcessingFeatureSource) else source.getFeatures(request))
    for n, feature in enumerate(features):
        if feedback is not None and n % 5000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user."))
            feedback.setProgress(100.0 * n / total)
        if wants_geometry:
            geom = feature.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                skipped.append(feature.id())
                continue
            if keep_features:
                original_geometries.append(QgsGeometry(geom))
                if transform is not None:
                    geom = QgsGeometry(geom)
                    geom.transform(transform)
            if geom.type() == QgsWkbTypes.GeometryType.PointGeometry and not geom.isMultipart():
                point = geom.asPoint()
            else:
                point = geom.pointOnSurface().asPoint()
            points.append((point.x(), point.y()))
            if collect_wkb:
                wkbs.append(bytes(geom.asWkb()))
        attributes = feature.attributes()
        if keep_features:
            original_attributes.append([python_value(v) for v in attributes])
        rows.append([python_value(attributes[i]) for i in indices])
        fids.append(feature.id())
    shapes = shapely.from_wkb(wkbs) if wkbs else np.empty(0, dtype=object)
    if check_validity and len(shapes):
        valid = shapely.is_valid(shapes)
        if not valid.all():
            invalid_fids = [fid for fid, ok in zip(fids, valid) if not ok]
            if context.invalidGeometryCheck() == QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid:
                raise QgsProcessingException(
                    tr(
                        "Layer '{layer}': {count} feature(s) with an invalid geometry, first ids: {ids}. Repair them "
                        "(Vector geometry > Fix geometries) or change the invalid features filtering in the "
                        "Processing options."
                    ).format(layer=label, count=len(invalid_fids), ids=", ".join(str(f) for f in invalid_fids[:5]))
                )
            keep = np.flatnonzero(valid)
            rows, fids, points = [rows[i] for i in keep], [fids[i] for i in keep], [points[i] for i in keep]
            shapes = shapes[keep]
            if keep_features:
                original_geometries = [original_geometries[i] for i in keep]
                original_attributes = [original_attributes[i] for i in keep]
            skipped.extend(invalid_fids)
    frame = pd.DataFrame(rows, columns=fields) if rows else pd.DataFrame({name: [] for name in fields})
    data = LayerData(
        frame=frame,
        fids=np.asarray(fids, dtype=np.int64),
        source_fields=source_fields,
        source_crs=source_crs,
        skipped_fids=skipped,
        geometries=original_geometries,
        attributes=original_attributes,
    )
    if wants_geometry:
        data.xy = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    if geometry == GEOMETRY_SHAPES:
        data.shapes = shapes
    if skipped and feedback is not None:
        feedback.pushWarning(
            tr(
                "Layer '{layer}': {count} feature(s) with no geometry or an invalid one skipped, first ids: {ids}."
            ).format(layer=label, count=len(skipped), ids=", ".join(str(f) for f in skipped[:5]))
        )
    return data


# ------------------------------------------------------------------ writing

def qgs_field_for(name: str, series: pd.Series) -> QgsField:
    """A QgsField whose type suits the pandas column."""
    kind = series.dtype.kind
    if kind == "b":
        return QgsField(name, QVariant.Bool)
    if kind in "iu":
        return QgsField(name, QVariant.LongLong)
    if kind == "f":
        return QgsField(name, QVariant.Double)
    return QgsField(name, QVariant.String)


def fields_for_frame(frame: pd.DataFrame, base: Optional[QgsFields] = None) -> QgsFields:
    """``base`` (the copied input fields) followed by the frame's columns not already in it."""
    result = QgsFields(base) if base is not None else QgsFields()
    for name in frame.columns:
        if result.lookupField(name) < 0:
            result.append(qgs_field_for(name, frame[name]))
    return result


def qt_value(value):
    """A plain Python value as QGIS stores it: dates and times become QDate / QDateTime."""
    if isinstance(value, datetime.datetime):
        return QDateTime(value)
    if isinstance(value, datetime.date):
        return QDate(value.year, value.month, value.day)
    return value


def lines_from_coordinates(vertices: np.ndarray) -> List[Optional[QgsGeometry]]:
    """QgsGeometry lines from an (n, n_vertices, 2) array; None for a line from a point to itself."""
    vertices = np.asarray(vertices, dtype=np.float64)
    degenerate = (vertices[:, 0, :] == vertices[:, -1, :]).all(axis=1)  # from a point back to itself
    return [None if empty else QgsGeometry(QgsLineString(line[:, 0].tolist(), line[:, 1].tolist()))
            for line, empty in zip(vertices, degenerate)]


def column_values(frame: pd.DataFrame) -> List[list]:
    """Columns as lists of plain Python values, NaN → None."""
    columns = []
    for name in frame.columns:
        values = frame[name].astype(object).where(frame[name].notna(), None).tolist()
        columns.append([qt_value(v.item() if isinstance(v, np.generic) else v) for v in values])
    return columns


def write_frame(
    sink,
    fields: QgsFields,
    frame: pd.DataFrame,
    geometries: Optional[Sequence] = None,
    base_attributes: Optional[List[list]] = None,
    feedback=None,
) -> int:
    """Write the rows of ``frame`` to ``sink``.

    ``geometries`` are QgsGeometry (or shapely, converted through WKB);
    ``base_attributes`` are copied input attribute lists; a frame column whose name
    is already among them overwrites it, the others follow in ``fields`` order.
    Returns the number of features written.
    """
    n_rows = len(frame)
    columns = column_values(frame)
    # A result column that already exists in the copied input overwrites it.
    targets = [fields.lookupField(name) for name in frame.columns]
    missing = [name for name, index in zip(frame.columns, targets) if index < 0]
    if missing:
        raise ValueError("fields lacks columns {}".format(missing))
    features = []
    for row in range(n_rows):
        feature = QgsFeature(fields)
        values = [qt_value(v) for v in base_attributes[row]] if base_attributes else []
        values.extend([None] * (fields.count() - len(values)))
        for column, index in zip(columns, targets):
            values[index] = column[row]
        feature.setAttributes(values)
        if geometries is not None:
            geom = geometries[row]
            if geom is not None and not isinstance(geom, QgsGeometry):
                qgs = QgsGeometry()
                qgs.fromWkb(shapely.to_wkb(geom))
                geom = qgs
            if geom is not None:
                feature.setGeometry(geom)
        features.append(feature)
        if len(features) == 10000:
            _flush(sink, features, feedback)
    _flush(sink, features, feedback)
    return n_rows


def _flush(sink, features: list, feedback) -> None:
    if features and not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
        error = sink.lastError()
        raise QgsProcessingException(tr("Could not write features to the output: {error}").format(error=error))
    features.clear()
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled by the user."))


def column_map(frame: pd.DataFrame, mapping: Dict[str, str]) -> pd.DataFrame:
    """Rename the user's field names to the core's standard names."""
    return frame.rename(columns={user: std for std, user in mapping.items() if user})


# ------------------------------------------------------------------ fast tables

def read_table(alg, parameters, name: str, context, fields: Sequence[str], label: str, feedback=None) -> LayerData:
    """Read attribute ``fields`` of the table parameter ``name`` (flows, members, costs…).

    A plain file layer read through OGR goes through GDAL's columnar (Arrow) reader
    straight into numpy, several times faster than iterating features: it matters for
    flow and cost tables of millions of rows. Selections, feature limits and subset
    filters go through QGIS's features instead, so they are honoured.
    """
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    definition = parameters.get(name)
    restricted = isinstance(definition, QgsProcessingFeatureSourceDefinition) and (
        definition.selectedFeaturesOnly or definition.featureLimit != -1)
    if layer is not None and layer.providerType() == "ogr" and not layer.subsetString() and not restricted:
        data = _read_table_ogr(layer, fields, label)
        if data is not None:
            return data
    return read_layer(alg.parameterAsSource(parameters, name, context), context, fields, label, feedback=feedback)


def _read_table_ogr(layer, fields: Sequence[str], label: str) -> Optional[LayerData]:
    """The columns through GDAL's Arrow stream as numpy; None when GDAL cannot do it here."""
    try:
        from osgeo import ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):  # GDAL < 3.6
        return None
    fields = [name for name in dict.fromkeys(fields) if name]
    source_fields = layer.fields()
    missing = [name for name in fields if source_fields.lookupField(name) < 0]
    if missing:
        raise QgsProcessingException(
            tr("Layer '{layer}': field(s) {fields} not found. Choose existing fields.").format(
                layer=label, fields=", ".join(missing)
            )
        )
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    dataset = ogr.Open(parts["path"])  # None on failure: GDAL exceptions stay as QGIS set them
    if dataset is None:
        return None
    table = dataset.GetLayerByName(parts["layerName"]) if parts.get("layerName") else dataset.GetLayer(
        parts.get("layerId") or 0)
    if table is None:
        return None
    definition = table.GetLayerDefn()
    ogr_names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if not set(fields) <= set(ogr_names):  # e.g. a virtual field QGIS adds: let QGIS read it
        return None
    table.SetIgnoredFields([n for n in ogr_names if n not in fields] + ["OGR_GEOMETRY", "OGR_STYLE"])
    columns = {name: [] for name in fields}
    fids = []
    fid_name = table.GetFIDColumn() or "OGC_FID"  # the feature id QGIS shows for OGR layers
    for batch in table.GetArrowStreamAsNumPy():
        fids.append(np.asarray(batch[fid_name], dtype=np.int64))
        for name in fields:
            columns[name].append(_plain_column(batch[name]))
    frame = pd.DataFrame({name: (pd.concat(parts_, ignore_index=True) if parts_ else pd.Series([], dtype=object))
                          for name, parts_ in columns.items()})
    return LayerData(frame=frame, fids=np.concatenate(fids) if fids else np.empty(0, np.int64),
                     source_fields=source_fields, source_crs=layer.crs())


def _plain_column(values) -> pd.Series:
    """A numpy (masked) column from GDAL as a pandas series: text decoded, nulls as NaN/None."""
    mask = np.ma.getmaskarray(values) if np.ma.isMaskedArray(values) else None
    data = np.ma.getdata(values)
    if data.dtype.kind == "S":
        series = pd.Series(np.char.decode(data, "utf-8"), dtype=object)
    elif data.dtype.kind == "O":
        series = pd.Series([v.decode("utf-8") if isinstance(v, bytes) else v for v in data], dtype=object)
    else:
        series = pd.Series(data)
    if mask is not None and mask.any():
        series = series.astype(object if series.dtype.kind in "OUSb" else np.float64)
        series[mask] = None if series.dtype == object else np.nan
    return series
