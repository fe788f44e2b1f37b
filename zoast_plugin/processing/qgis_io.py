"""All conversion between QGIS layers and the core's frames and geometries.

Algorithms read their inputs with :func:`read_layer` (attributes as a pandas frame,
geometries reprojected to the analysis CRS as points or shapely shapes) and write
results with :func:`write_frame`. Nothing else in the plugin iterates features.
"""

import codecs
import datetime
from collections.abc import Sequence as SequenceABC
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

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
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QVariant

from ..core import text
from ..qt_compat import FieldType

GEOMETRY_NONE = "none"
GEOMETRY_POINTS = "points"  # polygons and lines give their point on surface
GEOMETRY_SHAPES = "shapes"  # shapely geometries, plus their point on surface
GEOMETRY_LINES = "lines"  # shapely geometries only (road lines: no point on surface), xy None on the fast path

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
    skipped_frame: Optional[pd.DataFrame] = None  # the requested fields of the skipped features, with "fid"
    geometries: Sequence[QgsGeometry] = field(default_factory=list)
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
    """The layer's CRS; an error when it has none, or an undefined one whose numbers cannot be degrees.

    A GeoPackage written without a CRS (srs_id 0 or -1, what ogr2ogr writes) comes as a
    valid "Undefined geographic SRS" with no authority id: projected metres read as degrees
    would make every polygon invalid after reprojection, or every distance wrong.
    """
    crs = source.sourceCrs()
    undefined = crs.isValid() and not crs.authid() and crs.description().lower().startswith("undefined")
    if not crs.isValid() or undefined:
        raise QgsProcessingException(
            tr(
                "Layer '{layer}' has no coordinate reference system. "
                "Set its CRS (Layer Properties > Source) and run again."
            ).format(layer=label)
        )
    if crs.isGeographic() or "+proj=longlat" in crs.toProj():
        extent = source.sourceExtent()
        if not extent.isNull() and not extent.isEmpty() and (
                max(abs(extent.xMinimum()), abs(extent.xMaximum())) > 360
                or max(abs(extent.yMinimum()), abs(extent.yMaximum())) > 90.5):
            raise QgsProcessingException(
                tr("Layer '{layer}': coordinates such as ({x:.0f}, {y:.0f}) cannot be degrees of its CRS {crs}: the "
                   "layer's CRS is wrong. Set the right one (Layer Properties > Source) and run again.").format(
                    layer=label, x=extent.xMinimum(), y=extent.yMinimum(), crs=crs.authid() or crs.description()))
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
    layer: Optional[QgsVectorLayer] = None,
    allow_empty: bool = True,
) -> LayerData:
    """Read ``fields`` of ``source`` (a QgsFeatureSource) into a :class:`LayerData`.

    Invalid polygons and lines follow the context's invalid-geometry setting, applied
    here after reading (QGIS's own check, raised inside the Python feature loop,
    leaves the interpreter unusable): abort names the count and the first ids, skip
    drops and counts them. ``repair_invalid`` keeps them all for a caller that
    repairs them itself.

    ``layer`` is the vector layer that ``source`` reads whole, from
    :func:`whole_layer` (a source given as a QgsVectorLayer is its own). A plain OGR
    file layer is then read through GDAL's columnar reader (:func:`_read_layer_ogr`),
    about fifty times faster than iterating features, with the same result.

    ``allow_empty`` False: a layer with no usable feature (empty, or none with a
    geometry) is an error naming the layer, instead of an empty result.
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
    if layer is None and isinstance(source, QgsVectorLayer):
        layer = source
    if layer is not None:
        data = _read_layer_ogr(layer, context, fields, label, geometry, analysis_crs, keep_features, feedback,
                               repair_invalid)
        if data is not None:
            _warn_skipped(data, label, feedback)
            _require_rows(data, label, allow_empty)
            return data
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
    rows, fids, points, wkbs, skipped, skipped_rows = [], [], [], [], [], []
    original_geometries, original_attributes = [], []
    transform = None
    total = source.featureCount() or 1
    check_validity = (wants_geometry and not repair_invalid
                      and QgsWkbTypes.geometryType(source.wkbType()) in (QgsWkbTypes.GeometryType.PolygonGeometry,
                                                                          QgsWkbTypes.GeometryType.LineGeometry)
                      and context.invalidGeometryCheck() != QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    if (keep_features or check_validity) and wants_geometry and analysis_crs is not None and analysis_crs != source_crs:
        # The output keeps the source CRS, and validity is the user's geometry's, not its reprojection's:
        # read in the source CRS and transform a copy.
        request.setDestinationCrs(QgsCoordinateReferenceSystem(), context.transformContext())
        from qgis.core import QgsCoordinateTransform

        transform = QgsCoordinateTransform(source_crs, analysis_crs, context.transformContext())
    collect_wkb = geometry in (GEOMETRY_SHAPES, GEOMETRY_LINES) or check_validity
    source_wkbs = []
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
                skipped_rows.append([feature.id()] + [python_value(feature.attributes()[i]) for i in indices])
                continue
            if keep_features:
                original_geometries.append(QgsGeometry(geom))
            if check_validity:
                source_wkbs.append(bytes(geom.asWkb()))
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
    if check_validity and len(source_wkbs):
        valid = shapely.is_valid(shapely.from_wkb(source_wkbs))
        if not valid.all():
            invalid_fids = [fid for fid, ok in zip(fids, valid) if not ok]
            if context.invalidGeometryCheck() == QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid:
                raise _invalid_error(label, invalid_fids)
            keep = np.flatnonzero(valid)
            skipped_rows.extend([fid] + rows[i] for i, fid in enumerate(fids) if not valid[i])
            rows, fids, points = [rows[i] for i in keep], [fids[i] for i in keep], [points[i] for i in keep]
            shapes = shapes[keep] if len(shapes) else shapes
            if keep_features:
                original_geometries = [original_geometries[i] for i in keep]
                original_attributes = [original_attributes[i] for i in keep]
            skipped.extend(invalid_fids)
    if check_validity and transform is not None:
        shapes = _valid_after_reprojection(shapes)
    frame = pd.DataFrame(rows, columns=fields) if rows else pd.DataFrame({name: [] for name in fields})
    frame, original_attributes = _checked_text(frame, fids, original_attributes, layer or source, label,
                                               source_fields.names())
    data = LayerData(
        frame=frame,
        fids=np.asarray(fids, dtype=np.int64),
        source_fields=source_fields,
        source_crs=source_crs,
        skipped_fids=skipped,
        skipped_frame=pd.DataFrame(skipped_rows, columns=["fid"] + list(fields)) if skipped_rows else None,
        geometries=original_geometries,
        attributes=original_attributes,
    )
    if wants_geometry:
        data.xy = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    if geometry in (GEOMETRY_SHAPES, GEOMETRY_LINES):
        data.shapes = shapes
    _warn_skipped(data, label, feedback)
    _require_rows(data, label, allow_empty)
    return data


def _valid_after_reprojection(shapes: np.ndarray) -> np.ndarray:
    """Shapes valid in their own CRS that the reprojection made invalid (an edge crossed by a near vertex), repaired."""
    if not len(shapes):
        return shapes
    polygonal = np.isin(shapely.get_type_id(shapes), (3, 6))
    broken = polygonal & ~shapely.is_valid(shapes)
    if broken.any():
        shapes = shapes.copy()
        shapes[broken] = shapely.make_valid(shapes[broken])
    return shapes


def _require_rows(data: LayerData, label: str, allow_empty: bool) -> None:
    if allow_empty or len(data.frame):
        return
    if data.skipped_fids:
        raise QgsProcessingException(
            tr("Layer '{layer}': none of its {count} feature(s) has a usable geometry (empty or invalid), first ids: "
               "{ids}. Fix the geometries or choose another layer.").format(
                layer=label, count=len(data.skipped_fids), ids=", ".join(str(f) for f in data.skipped_fids[:5])))
    raise QgsProcessingException(
        tr("Layer '{layer}' has no feature (an empty layer, selection or filter). Choose a layer with "
           "features.").format(layer=label))


def _is_utf8(layer) -> bool:
    encoding = layer.dataProvider().encoding() if isinstance(layer, QgsVectorLayer) else "UTF-8"
    return (encoding or "UTF-8").upper().replace("-", "") == "UTF8"


def _not_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
        return False
    except UnicodeDecodeError:
        return True


def _checked_text(frame: pd.DataFrame, fids, attributes: List[list], layer, label: str,
                  attribute_names: Sequence[str] = ()):
    """Text read by QGIS: latin-1 re-read as Windows-1252 (core.text); undecodable text is an error.

    The features kept for the output (``attributes``, every field of the layer) are checked too: a field
    the algorithm does not read is still copied to the output, where a garbled name is as wrong.
    """
    latin1 = isinstance(layer, QgsVectorLayer) and text.is_latin1(layer.dataProvider().encoding() or "")
    for name in frame.columns:
        if frame[name].dtype != object:
            continue
        values = frame[name].tolist()
        bad = next((i for i, v in enumerate(values) if text.has_replacement(v)), None)
        if bad is not None:
            raise undecodable_error(layer, label, int(fids[bad]), name, "windows-1252")
        if latin1:
            frame[name] = [text.fix_c1(v) for v in values]
    for column, values in enumerate(zip(*attributes) if attributes else ()):
        if "\ufffd" in "\x00".join(v for v in values if v.__class__ is str):  # one C-speed scan per field
            bad = next(i for i, v in enumerate(values) if text.has_replacement(v))
            name = attribute_names[column] if column < len(attribute_names) else str(column + 1)
            raise undecodable_error(layer, label, int(fids[bad]), name, "windows-1252")
    if latin1 and attributes:
        attributes = [[text.fix_c1(v) for v in row] for row in attributes]
    return frame, attributes


def undecodable_error(layer, label: str, fid: int, field_name: str, suggestion: str) -> QgsProcessingException:
    """Text that is not valid in the layer's encoding: the file, the line (or feature) and the encoding to try."""
    encoding = layer.dataProvider().encoding() if isinstance(layer, QgsVectorLayer) else "UTF-8"
    path = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path", "") if \
        isinstance(layer, QgsVectorLayer) else ""
    if layer.providerType() == "ogr" and path.lower().endswith((".csv", ".txt", ".tsv")):  # OGR: fid = line - 1
        return QgsProcessingException(
            tr("Layer '{layer}' (file '{path}'), line {line}, field '{field}': text that is not valid {encoding}. "
               "Set the layer's encoding (Layer Properties > Source) or the ENCODING parameter to the file's "
               "encoding, probably {suggestion}.").format(
                layer=label, path=path, line=fid + 1, field=field_name, encoding=encoding or "UTF-8",
                suggestion=suggestion))
    return QgsProcessingException(
        tr("Layer '{layer}' ({path}), feature {fid}, field '{field}': text that is not valid {encoding}. Set the "
           "layer's encoding (Layer Properties > Source) to the file's encoding, probably {suggestion}.").format(
            layer=label, path=path or "-", fid=fid, field=field_name, encoding=encoding or "UTF-8",
            suggestion=suggestion))


def qgis_encoding_name(encoding: str) -> str:
    """A Python codec name as QGIS (Qt) names it; latin-1 becomes windows-1252 (see core.text)."""
    name = codecs.lookup(encoding).name
    if name in ("iso8859-1", "cp1252"):
        return "windows-1252"
    if name.startswith("cp") and name[2:].isdigit():
        return "windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "ISO-8859-" + name[len("iso8859-"):]
    return {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16"}.get(name, encoding)


def layer_with_encoding(layer: Optional[QgsVectorLayer], encoding: str) -> Optional[QgsVectorLayer]:
    """A new layer on the same file read with ``encoding`` (the user's layer is left alone); None if not a file.

    OGR layers take the encoding as a provider setting, delimited-text layers in their URI.
    """
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() not in ("ogr", "delimitedtext"):
        return None
    name = qgis_encoding_name(encoding)
    if layer.providerType() == "delimitedtext":
        from qgis.PyQt.QtCore import QUrl, QUrlQuery

        url = QUrl(layer.source())
        query = QUrlQuery(url)
        query.removeAllQueryItems("encoding")
        query.addQueryItem("encoding", name)
        url.setQuery(query)
        copy = QgsVectorLayer(url.toString(), layer.name(), "delimitedtext")
        return copy if copy.isValid() else None
    copy = QgsVectorLayer(layer.source(), layer.name(), "ogr")
    if not copy.isValid():
        return None
    copy.setProviderEncoding(name)
    return copy


def _invalid_error(label: str, invalid_fids) -> QgsProcessingException:
    return QgsProcessingException(
        tr(
            "Layer '{layer}': {count} feature(s) with an invalid geometry, first ids: {ids}. Repair them "
            "(Vector geometry > Fix geometries) or change the invalid features filtering in the "
            "Processing options."
        ).format(layer=label, count=len(invalid_fids), ids=", ".join(str(f) for f in invalid_fids[:5]))
    )


def _warn_skipped(data: LayerData, label: str, feedback) -> None:
    skipped = data.skipped_fids
    if skipped and feedback is not None:
        feedback.pushWarning(
            tr(
                "Layer '{layer}': {count} feature(s) with no geometry or an invalid one skipped, first ids: {ids}."
            ).format(layer=label, count=len(skipped), ids=", ".join(str(f) for f in skipped[:5]))
        )


# ------------------------------------------------------------------ writing

def qgs_field_for(name: str, series: pd.Series) -> QgsField:
    """A QgsField whose type suits the pandas column."""
    kind = series.dtype.kind
    if kind == "b":
        return QgsField(name, FieldType.BOOL)
    if kind in "iu":
        return QgsField(name, FieldType.LONG)
    if kind == "f":
        return QgsField(name, FieldType.DOUBLE)
    return QgsField(name, FieldType.STRING)


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


def multipolygons(shapes) -> list:
    """QgsGeometry MultiPolygons from shapely polygons; None for an empty one."""
    geometries = []
    for shape in shapes:
        if shape is None or shape.is_empty:
            geometries.append(None)
            continue
        geometry = QgsGeometry()
        geometry.fromWkb(shapely.to_wkb(shape))
        geometry.convertToMultiType()
        geometries.append(geometry)
    return geometries


def lines_from_coordinates(vertices: np.ndarray) -> List[Optional[QgsGeometry]]:
    """QgsGeometry lines from an (n, n_vertices, 2) array; None for a line from a point to itself."""
    vertices = np.asarray(vertices, dtype=np.float64)
    degenerate = (vertices[:, 0, :] == vertices[:, -1, :]).all(axis=1)  # from a point back to itself
    return [None if empty else QgsGeometry(QgsLineString(line[:, 0].tolist(), line[:, 1].tolist()))
            for line, empty in zip(vertices, degenerate)]


#: Features made and added per call to a QGIS sink (about 0.1 s of work).
FEATURE_CHUNK_ROWS = 10_000


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
    progress=None,
) -> int:
    """Write the rows of ``frame`` to ``sink``.

    ``geometries`` are QgsGeometry (or shapely, converted through WKB);
    ``base_attributes`` are copied input attribute lists; a frame column whose name
    is already among them overwrites it, the others follow in ``fields`` order.
    A cancel on ``feedback`` is honoured between chunks of rows; ``progress`` (a
    core callback, optional) hears the fraction written. An :class:`OutputSink` of
    a GeoPackage file is written in bulk (:meth:`OutputSink.write_bulk`), other sinks
    feature by feature. Returns the number of features written.
    """
    targets = [fields.lookupField(name) for name in frame.columns]
    missing = [name for name, index in zip(frame.columns, targets) if index < 0]
    if missing:
        raise ValueError("fields lacks columns {}".format(missing))
    if isinstance(sink, OutputSink) and sink.can_write_bulk():
        return sink.write_bulk(fields, frame, geometries, base_attributes, feedback, progress)
    n_rows = len(frame)
    features = []
    # Converted and written in chunks: a cancel is honoured between two of them.
    for start in range(0, n_rows, FEATURE_CHUNK_ROWS):
        stop = min(start + FEATURE_CHUNK_ROWS, n_rows)
        columns = column_values(frame.iloc[start:stop])
        for row in range(start, stop):
            feature = QgsFeature(fields)
            values = [qt_value(v) for v in base_attributes[row]] if base_attributes else []
            values.extend([None] * (fields.count() - len(values)))
            for column, index in zip(columns, targets):
                values[index] = column[row - start]
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
        _flush(sink, features, feedback)
        _report(progress, stop / n_rows)
    _flush(sink, features, feedback)
    _report(progress, 1.0)
    return n_rows


def _report(progress, fraction: float) -> None:
    if progress is not None:
        progress(fraction)


def _cancelled():
    return QgsProcessingException(tr("Cancelled by the user."))


def _flush(sink, features: list, feedback) -> None:
    if feedback is not None and feedback.isCanceled():
        raise _cancelled()
    if features and not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
        error = sink.lastError()
        raise QgsProcessingException(tr("Could not write features to the output: {error}").format(error=error))
    features.clear()
    if feedback is not None and feedback.isCanceled():
        raise _cancelled()


# ------------------------------------------------------------------ atomic outputs

#: Providers whose destinations are not files: written in place, through QGIS.
_NON_FILE_PREFIXES = ("memory:", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:", "hana:", "delimitedtext:")
#: Rows per bulk INSERT transaction: a cancel is honoured between two of them.
BULK_CHUNK_ROWS = 50_000
_ROWS_PER_INSERT = 200
_SQLITE_VARIABLES = 999  # values per statement when SQLite cannot say (its historical limit)
_GPKG_SUFFIXES = (".gpkg",)


@dataclass
class Destination:
    """Where an output goes, parsed from the sink's destination string.

    ``path`` is the file; ``layer`` the layer name given in an ``ogr:`` URI (or a
    ``layerName`` create option), '' when the file holds the output alone.
    """

    text: str
    path: str
    layer: str = ""


def parse_file_destination(text: str, layer_option: str = "") -> Optional[Destination]:
    """The file behind a sink destination string, or None for memory layers and databases."""
    import re

    if not text or text.lower().startswith(_NON_FILE_PREFIXES):
        return None
    if text.startswith("ogr:"):
        match = re.search(r"dbname='((?:[^'\\]|\\.)*)'", text)
        if match is None:
            return None
        table = re.search(r'table="((?:[^"\\]|\\.)*)"', text)
        return Destination(text, match.group(1).replace("\\'", "'"), table.group(1) if table else layer_option)
    if re.match(r"^[A-Za-z][A-Za-z0-9]+:", text) or "|" in text:  # another provider, or a URI with options
        return None
    return Destination(text, text, layer_option)


class OutputSink:
    """The sink of one file output, written to a temporary file and moved into place on success.

    QGIS creates the file (format, fields, CRS: exactly as for any Processing output)
    in a hidden temporary folder beside the destination; :meth:`commit` moves it to
    the destination, or copies its layer into an existing file when a layer name was
    given; :meth:`discard` removes it. So a cancel or an error never leaves a partial
    or broken file at the destination, and an older file there survives a failed run.

    A GeoPackage is filled in bulk (:meth:`write_bulk`): QGIS's writer makes the empty
    table, then rows go in with SQLite's executemany in transactions of
    :data:`BULK_CHUNK_ROWS` (geometries as GeoPackage blobs, the R-tree filled at the
    end), instead of one QgsFeature per row. Features given with ``addFeatures`` go
    through QGIS's sink as usual.
    """

    def __init__(self, create, destination: Destination, temp_dir: str, temp_path: str):
        self._create = create  # () -> QGIS sink at temp_path
        self._sink = create()
        self.destination = destination
        self.temp_dir = temp_dir
        self.temp_path = temp_path
        self._features_added = False
        self._bulk = None  # the open _GpkgBulk once bulk writing started
        self._bulk_refused = not temp_path.lower().endswith(_GPKG_SUFFIXES)
        self.closed = False

    # QgsFeatureSink's interface, for callers that add features themselves
    def addFeature(self, feature, flags=None):  # noqa: N802 - QGIS API
        return self.addFeatures([feature], flags)

    def addFeatures(self, features, flags=None):  # noqa: N802 - QGIS API
        self._require_qgis_sink()
        self._features_added = True
        return self._sink.addFeatures(features) if flags is None else self._sink.addFeatures(features, flags)

    def lastError(self) -> str:  # noqa: N802 - QGIS API
        return self._sink.lastError() if self._sink is not None else ""

    def flushBuffer(self) -> bool:  # noqa: N802 - QGIS API
        return self._sink.flushBuffer() if self._sink is not None else True

    def _require_qgis_sink(self):
        if self._bulk is not None:
            raise RuntimeError("features cannot be added after a bulk write")
        if self._sink is None:
            self._sink = self._create()

    def can_write_bulk(self) -> bool:
        return not self._bulk_refused and not self._features_added

    def write_bulk(self, fields, frame, geometries, base_attributes, feedback, progress) -> int:
        if self._bulk is None:
            self._sink = None  # QGIS's writer closes the file: the empty table is made
            try:
                self._bulk = _GpkgBulk(self.temp_path, self.destination.layer, fields)
            except _NotBulkError:
                self._bulk_refused = True
                self._sink = self._create()  # the table again, written feature by feature
                return write_frame(self, fields, frame, geometries, base_attributes, feedback, progress)
        return self._bulk.write(fields, frame, geometries, base_attributes, feedback, progress)

    def close(self) -> None:
        """Close the file (QGIS's writer, or the bulk connection)."""
        self._sink = None
        if self._bulk is not None:
            self._bulk.close()
            self._bulk = None
        self.closed = True

    def commit(self, feedback=None) -> None:
        """Close, then move the finished file to its destination (or copy its layer into it)."""
        import os

        self.close()
        target = self.destination
        try:
            if target.layer and os.path.exists(target.path):
                _copy_layer(self.temp_path, target.path, target.layer, feedback)
            else:
                stem = os.path.splitext(os.path.basename(self.temp_path))[0]
                for name in sorted(os.listdir(self.temp_dir)):  # a shapefile's .shp, .dbf, .shx, .prj, .cpg…
                    if os.path.splitext(name)[0] == stem or name.startswith(stem + "."):
                        os.replace(os.path.join(self.temp_dir, name),
                                   os.path.join(os.path.dirname(target.path) or ".", name.replace(
                                       stem, os.path.splitext(os.path.basename(target.path))[0], 1)))
        finally:
            self.discard()

    def discard(self) -> None:
        """Close and remove the temporary file (a bulk write cut short is rolled back, not finished)."""
        import shutil

        if self._bulk is not None:
            self._bulk.abort()
            self._bulk = None
        self.close()
        shutil.rmtree(self.temp_dir, ignore_errors=True)


def _copy_layer(source_path: str, target_path: str, layer: str, feedback) -> None:
    """Copy ``layer`` of ``source_path`` into the existing ``target_path`` (replacing a layer of that name).

    One transaction: an error or a cancel leaves the target as it was.
    """
    from osgeo import gdal

    def callback(_fraction, _message, _data):
        return 0 if feedback is not None and feedback.isCanceled() else 1

    options = gdal.VectorTranslateOptions(accessMode="overwrite", layers=[layer], layerName=layer,
                                          options=["-gt", "unlimited"], callback=callback)
    result = gdal.VectorTranslate(target_path, source_path, options=options)
    if result is None:
        if feedback is not None and feedback.isCanceled():
            raise _cancelled()
        raise QgsProcessingException(tr("Could not write the layer '{layer}' into {path}.").format(
            layer=layer, path=target_path))
    del result


class _NotBulkError(Exception):
    """The table QGIS made does not fit the bulk path; write feature by feature."""


def _python_rows_column(series: pd.Series) -> list:
    """A frame column as values SQLite binds directly (NaN → NULL, dates as GeoPackage text)."""
    kind = series.dtype.kind
    if kind in "iuf":
        if isinstance(series.dtype, pd.api.extensions.ExtensionDtype) and series.isna().any():
            return series.astype(object).where(series.notna(), None).tolist()  # Int64's <NA> → NULL
        return series.tolist()  # SQLite stores a NaN as NULL
    if kind == "b":
        return series.astype(np.int64).tolist()
    if pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"):
        return series.astype(object).tolist()  # text, None and NaN: all bound as they are
    return [_sqlite_value(v) for v in series.astype(object).tolist()]


def _sqlite_value(value):
    if value is None or isinstance(value, (str, int, float, bytes)):
        return value
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, QVariant):
        return _sqlite_value(python_value(value))
    if isinstance(value, (QDateTime, QDate)):
        return _sqlite_value(python_value(value))
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


_GPKG_GEOMETRY_TYPES = {"POINT": 1, "LINESTRING": 2, "POLYGON": 3, "MULTIPOINT": 4, "MULTILINESTRING": 5,
                        "MULTIPOLYGON": 6}


class _GpkgBulk:
    """Rows appended to the GeoPackage table QGIS's writer created, through SQLite."""

    def __init__(self, path: str, layer: str, fields: QgsFields):
        import sqlite3

        self.connection = sqlite3.connect(path, isolation_level=None)
        # A temporary file nobody else reads: no journal and no sync, the file is moved once complete.
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -65536"):
            self.connection.execute("PRAGMA " + pragma)
        self.variables = (self.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
                          if hasattr(self.connection, "getlimit") else _SQLITE_VARIABLES)  # Python ≥ 3.11
        try:
            self._inspect(layer, fields)
        except Exception:
            self.connection.close()
            raise

    def _inspect(self, layer: str, fields: QgsFields) -> None:
        db = self.connection
        tables = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
        if layer:
            tables = [t for t in tables if t.lower() == layer.lower()]
        if len(tables) != 1:
            raise _NotBulkError()
        self.table = tables[0]
        geometry = db.execute("SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns "
                              "WHERE lower(table_name) = lower(?)", (self.table,)).fetchone()
        info = db.execute('PRAGMA table_info("{}")'.format(self.table.replace('"', '""'))).fetchall()
        pk = [row[1] for row in info if row[5]]
        self.fid_column = pk[0] if len(pk) == 1 else None
        self.geometry_column = geometry[0] if geometry else None
        self.multi = bool(geometry) and geometry[1].upper().startswith("MULTI")
        self.srs_header = (b"GP\x00\x01" + np.array([geometry[2] if geometry else 0], "<i4").tobytes())
        columns = [row[1] for row in info if row[1] not in (self.fid_column, self.geometry_column)]
        # QGIS writes a field named like the primary key (a GeoPackage's "fid") into the key itself.
        self.targets = []
        for index in range(fields.count()):
            name = fields.at(index).name()
            if self.fid_column and name.lower() == self.fid_column.lower():
                self.targets.append(self.fid_column)
            else:
                self.targets.append(name)
        if sorted(t for t in self.targets if t != self.fid_column) != sorted(columns):
            raise _NotBulkError()
        self.rtree = None
        if self.geometry_column:
            name = "rtree_{}_{}".format(self.table, self.geometry_column)
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone():
                self.rtree = name
        # Triggers (R-tree upkeep through GDAL's SQL functions, feature counts) are set aside
        # while rows are added and put back, with the index and counts filled, on closing.
        self.triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                   "lower(tbl_name) = lower(?)", (self.table,)).fetchall()
        for name, _sql in self.triggers:
            db.execute('DROP TRIGGER "{}"'.format(name.replace('"', '""')))
        self.bounds = []
        self.written = 0

    def _quoted(self, name: str) -> str:
        return '"{}"'.format(name.replace('"', '""'))

    def write(self, fields, frame, geometries, base_attributes, feedback, progress) -> int:
        n_rows = len(frame)
        columns = {}
        if base_attributes:
            by_field = list(zip(*base_attributes)) if n_rows else [[] for _ in range(fields.count())]
            for index in range(min(fields.count(), len(by_field))):
                columns[self.targets[index]] = [_sqlite_value(v) for v in by_field[index]]
        for name in frame.columns:
            columns[self.targets[fields.lookupField(name)]] = _python_rows_column(frame[name])
        names = list(columns)
        values = [columns[name] for name in names]
        blobs = None
        if self.geometry_column is not None and geometries is not None:
            blobs, bounds = self._blobs(geometries)
            names.append(self.geometry_column)
            values.append(blobs)
        else:
            bounds = None
        width = len(names)
        # Many rows per INSERT: SQLite then runs one statement (and one AUTOINCREMENT update) per
        # _ROWS_PER_INSERT rows, three times faster than one statement per row.
        per_insert = max(1, min(_ROWS_PER_INSERT, self.variables // max(width, 1)))
        head = "INSERT INTO {} ({}) VALUES ".format(self._quoted(self.table), ", ".join(self._quoted(n) for n in names))  # nosec B608 - quoted names, bound values
        one_row = "({})".format(", ".join("?" * width))
        many_rows = head + ", ".join([one_row] * per_insert)
        has_fid = self.fid_column in names
        db = self.connection
        for start in range(0, n_rows, BULK_CHUNK_ROWS):
            if feedback is not None and feedback.isCanceled():
                raise _cancelled()
            stop = min(start + BULK_CHUNK_ROWS, n_rows)
            flat = [None] * ((stop - start) * width)
            for position, column in enumerate(values):
                flat[position::width] = column[start:stop]
            step = per_insert * width
            whole = len(flat) // step * step
            db.execute("BEGIN")
            cursor = db.executemany(many_rows, (flat[i:i + step] for i in range(0, whole, step)))
            if whole < len(flat):
                db.execute(head + ", ".join([one_row] * ((len(flat) - whole) // width)), flat[whole:])
            if bounds is not None and self.rtree is not None:
                last = db.execute("SELECT last_insert_rowid()").fetchone()[0]
                if has_fid:
                    fids = np.asarray(columns[self.fid_column][start:stop], dtype=np.int64)
                else:  # rowids are consecutive inside one executemany on a table QGIS just made
                    fids = np.arange(last - (stop - start) + 1, last + 1)
                self.bounds.append((fids, bounds[start:stop]))
            del cursor
            db.execute("COMMIT")
            _report(progress, stop / n_rows)
        if feedback is not None and feedback.isCanceled():
            raise _cancelled()
        _report(progress, 1.0)
        self.written += n_rows
        return n_rows

    def _blobs(self, geometries):
        """GeoPackage geometry blobs (header + ISO WKB; None for no geometry) and each one's bounds."""
        if isinstance(geometries, WkbGeometries):
            shapes = shapely.from_wkb(geometries._wkbs)
        else:
            items = list(geometries)
            shapes = np.empty(len(items), dtype=object)
            for i, geom in enumerate(items):
                if isinstance(geom, QgsGeometry):
                    shapes[i] = None if geom.isNull() else shapely.from_wkb(bytes(geom.asWkb()))
                else:
                    shapes[i] = geom
        missing = shapely.is_missing(shapes) | shapely.is_empty(shapes)
        if self.multi:
            type_ids = shapely.get_type_id(shapes)
            for type_id, make_multi in _SINGLE_TO_MULTI.items():
                single = np.flatnonzero(type_ids == type_id)
                if len(single):
                    shapes[single] = make_multi(shapes[single], indices=np.arange(len(single)))
        wkbs = shapely.to_wkb(shapes, output_dimension=2, byte_order=1, flavor="iso")
        header = self.srs_header
        blobs = [None if gone else header + wkb for wkb, gone in zip(wkbs.tolist(), missing.tolist())]
        bounds = shapely.bounds(shapes)
        return blobs, bounds

    def abort(self) -> None:
        """Give up: roll back a chunk left half-written by an error, and close the file."""
        try:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
        finally:
            self.connection.close()

    def close(self) -> None:
        db = self.connection
        try:
            db.execute("BEGIN")
            if self.rtree is not None and self.bounds:
                for fids, bounds in self.bounds:
                    present = np.isfinite(bounds).all(axis=1)
                    db.executemany("INSERT INTO {} (id, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)".format(  # nosec B608 - quoted names, bound values
                        self._quoted(self.rtree)),
                        zip(fids[present].tolist(), *(bounds[present][:, i].tolist() for i in (0, 2, 1, 3))))
            if self.geometry_column and self.bounds:
                every = np.concatenate([b for _f, b in self.bounds])
                every = every[np.isfinite(every).all(axis=1)]
                if len(every):
                    db.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                               "WHERE lower(table_name) = lower(?)",
                               (*every[:, :2].min(axis=0).tolist(), *every[:, 2:].max(axis=0).tolist(), self.table))
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
                db.execute("UPDATE gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM {}) "  # nosec B608 - quoted names, bound values
                           "WHERE lower(table_name) = lower(?)".format(self._quoted(self.table)), (self.table,))
            for _name, sql in self.triggers:
                db.execute(sql)
            db.execute("COMMIT")
        finally:
            db.close()


# ------------------------------------------------------------------ fast tables

def read_table(alg, parameters, name: str, context, fields: Sequence[str], label: str, feedback=None) -> LayerData:
    """Read attribute ``fields`` of the table parameter ``name`` (flows, members, costs…).

    The whole layer goes through :func:`read_layer`'s columnar path when it can (flow and
    cost tables of millions of rows); selections and feature limits go through QGIS.
    """
    return read_layer(alg.parameterAsSource(parameters, name, context), context, fields, label, feedback=feedback,
                      layer=whole_layer(alg, parameters, name, context))


def whole_layer(alg, parameters, name: str, context) -> Optional[QgsVectorLayer]:
    """The vector layer of parameter ``name`` when its feature source reads it whole, else None.

    None for a selection only or a feature limit (the source reads part of the layer);
    pass the result as ``read_layer(..., layer=...)`` for its fast path.
    """
    definition = parameters.get(name)
    if isinstance(definition, QgsProcessingFeatureSourceDefinition) and (
            definition.selectedFeaturesOnly or definition.featureLimit != -1):
        return None
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    return layer if isinstance(layer, QgsVectorLayer) else None


# ------------------------------------------------------------------ fast layers

# Booleans are left to QGIS: GDAL 3.6's numpy conversion of Arrow boolean columns with NULLs misplaces values.
_FAST_TYPES = (FieldType.INT, FieldType.LONG, FieldType.DOUBLE, FieldType.STRING, FieldType.DATE)
_SINGLE_TO_MULTI = {0: shapely.multipoints, 1: shapely.multilinestrings, 3: shapely.multipolygons}  # shapely ids


class WkbGeometries(SequenceABC):
    """Geometries kept as WKB, each given as a new QgsGeometry when asked (``LayerData.geometries``)."""

    def __init__(self, wkbs: np.ndarray):
        self._wkbs = wkbs

    def __len__(self) -> int:
        return len(self._wkbs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return WkbGeometries(self._wkbs[index])
        geometry = QgsGeometry()
        geometry.fromWkb(self._wkbs[index])
        return geometry


def _ogr_table(layer):
    """(dataset, OGR layer) behind a plain OGR file layer as QGIS reads it, or None."""
    from osgeo import ogr

    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if any(value not in (None, "", [], {}) for key, value in parts.items()
           if key not in ("path", "layerName", "layerId")):  # subsets, geometry-type sublayers, open options…
        return None
    dataset = ogr.Open(parts["path"])  # None on failure: GDAL exceptions stay as QGIS set them
    if dataset is None:
        return None
    if parts.get("layerName"):
        table = dataset.GetLayerByName(parts["layerName"])
    else:
        table = dataset.GetLayer(int(parts.get("layerId") or 0))
    return None if table is None else (dataset, table)


def _osr_transformer(source_crs, dest_crs):
    """A function moving an (n, 2) coordinate array from ``source_crs`` to ``dest_crs`` by OSR, or None."""
    from osgeo import osr

    spatial_refs = []
    for crs in (source_crs, dest_crs):
        srs = osr.SpatialReference()
        if srs.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED)) != 0:
            return None
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        spatial_refs.append(srs)
    transform = osr.CoordinateTransformation(*spatial_refs)
    if transform is None:
        return None

    def move(coordinates: np.ndarray) -> np.ndarray:
        # All points as one OGR line string: transformed in C, without a Python tuple per point.
        from osgeo import ogr

        coordinates = np.ascontiguousarray(coordinates, dtype="<f8")
        if not len(coordinates):
            return coordinates
        header = b"\x01" + np.array([2, len(coordinates)], dtype="<u4").tobytes()
        line = ogr.CreateGeometryFromWkb(header + coordinates.tobytes())
        if line is None or line.Transform(transform) != 0:
            raise _TransformError()
        moved = np.frombuffer(line.ExportToWkb(ogr.wkbNDR), dtype="<f8", offset=9).reshape(-1, 2)
        if not np.isfinite(moved).all():
            raise _TransformError()
        return moved

    return move


class _TransformError(Exception):
    """OSR could not transform a point: QGIS's reader decides what happens."""


def _python_column(values) -> list:
    """A GDAL (masked) numpy column as a list of the Python values QGIS gives (NULL → None)."""
    data = np.ma.getdata(values)
    if data.dtype.kind == "S":
        column = [v.decode("utf-8") for v in data.tolist()]
    elif data.dtype.kind == "O":
        column = [v.decode("utf-8") if isinstance(v, bytes) else v for v in data.tolist()]
    elif data.dtype.kind == "M":
        column = data.astype("datetime64[D]").astype(object).tolist()
    else:
        column = data.tolist()
    if np.ma.isMaskedArray(values):
        for i in np.flatnonzero(np.ma.getmaskarray(values)):
            column[i] = None
    return column


def _read_layer_ogr(layer, context, fields: Sequence[str], label: str, geometry: str, analysis_crs,
                    keep_features: bool, feedback, repair_invalid: bool) -> Optional[LayerData]:
    """:func:`read_layer` for a plain OGR file layer, through GDAL's Arrow stream as numpy.

    Gives exactly what iterating QGIS features gives, or None (the caller iterates) when it
    could not: another provider, a subset string, unsaved edits, fields QGIS adds (joins,
    expressions), field types other than integer, real, text and date, curved or
    Z/M geometries, a custom coordinate operation in the project, GDAL < 3.6.
    """
    plan = _fast_read_plan(layer, context, fields, label, geometry, analysis_crs, keep_features)
    if plan is None:
        return None
    streamed = _stream_columns(layer, label, plan, feedback)
    if streamed is None:
        return None
    fids, values, wkbs = streamed
    keep = np.arange(len(fids))
    skipped: List[int] = []
    shapes = xy = source_wkbs = None
    if plan.wants_geometry:
        placed = _fast_geometries(wkbs, fids, plan, context, label, geometry, keep_features, repair_invalid)
        if placed is None:
            return None
        keep, skipped, shapes, xy, source_wkbs = placed
    data = _fast_layer_data(fids, values, keep, skipped, fields, plan, keep_features, source_wkbs)
    if plan.wants_geometry and xy is not None:
        data.xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    if geometry in (GEOMETRY_SHAPES, GEOMETRY_LINES):
        data.shapes = shapes
    if feedback is not None:
        feedback.setProgress(100.0)
    return data


@dataclass
class _FastReadPlan:
    """What the fast path reads from one OGR layer, once it has checked that it can."""

    source_fields: QgsFields
    source_crs: QgsCoordinateReferenceSystem
    wkb_type: int
    wants_geometry: bool
    move: object  # the OSR transformer to the analysis CRS, or None
    read_names: List[str]


def _fast_read_plan(layer, context, fields, label, geometry, analysis_crs, keep_features) -> Optional[_FastReadPlan]:
    """The plan of a fast read, or None when GDAL's columnar reader would not give what QGIS gives."""
    try:
        from osgeo import ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):  # GDAL < 3.6
        return None
    if layer.providerType() != "ogr" or layer.subsetString() or layer.isModified():
        return None
    source_fields = layer.fields()
    if any(source_fields.fieldOrigin(i) != QgsFields.FieldOrigin.OriginProvider for i in range(source_fields.count())):
        return None
    wants_geometry = geometry != GEOMETRY_NONE
    wkb_type = layer.wkbType()
    source_crs = require_crs(layer, label) if wants_geometry else layer.sourceCrs()
    move = None
    if wants_geometry:
        if (QgsWkbTypes.hasZ(wkb_type) or QgsWkbTypes.hasM(wkb_type) or QgsWkbTypes.isCurvedType(wkb_type)
                or QgsWkbTypes.geometryType(wkb_type) not in (QgsWkbTypes.GeometryType.PointGeometry,
                                                               QgsWkbTypes.GeometryType.LineGeometry,
                                                               QgsWkbTypes.GeometryType.PolygonGeometry)):
            return None
        if analysis_crs is not None and analysis_crs != source_crs:
            transform_context = context.transformContext()
            if (transform_context.hasTransform(source_crs, analysis_crs)
                    or transform_context.calculateCoordinateOperation(source_crs, analysis_crs)):
                return None  # a datum transformation chosen in the project: QGIS applies it
            move = _osr_transformer(source_crs, analysis_crs)
            if move is None:
                return None
    read_names = source_fields.names() if keep_features else list(fields)
    if any(source_fields.field(name).type() not in _FAST_TYPES for name in read_names):
        return None
    return _FastReadPlan(source_fields, source_crs, wkb_type, wants_geometry, move, read_names)


def _stream_columns(layer, label, plan: _FastReadPlan, feedback):
    """(fids, {name: values}, geometry WKBs or None) read batch by batch; None when OGR cannot serve them."""
    from osgeo import ogr

    opened = _ogr_table(layer)
    if opened is None:
        return None
    dataset, table = opened
    fid_name = table.GetFIDColumn() or "OGC_FID"  # the feature id QGIS shows for OGR layers
    definition = table.GetLayerDefn()
    ogr_names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if set(plan.source_fields.names()) - set(ogr_names) - {table.GetFIDColumn()}:
        return None  # QGIS shows fields OGR does not have
    if plan.wants_geometry and definition.GetGeomFieldCount() != 1:
        return None
    if not _is_utf8(layer) and table.TestCapability(ogr.OLCStringsAsUTF8) == 0:
        return None  # text QGIS decodes itself from the layer's encoding (tables without geometry too)
    columns_read = [name for name in plan.read_names if name != table.GetFIDColumn()]
    ignored = [name for name in ogr_names if name not in columns_read] + ["OGR_STYLE"]
    if not plan.wants_geometry:
        ignored.append("OGR_GEOMETRY")
    table.SetIgnoredFields(ignored)
    geometry_name = (table.GetGeometryColumn() or "wkb_geometry") if plan.wants_geometry else None
    fid_parts, column_parts, wkb_parts = [], {name: [] for name in columns_read}, []
    total = table.GetFeatureCount(0)
    done = 0
    try:
        for batch in table.GetArrowStreamAsNumPy():
            if feedback is not None:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled by the user."))
                if total > 0:
                    feedback.setProgress(100.0 * done / total)
            fid_parts.append(np.asarray(batch[fid_name], dtype=np.int64))
            done += len(fid_parts[-1])
            for name in columns_read:
                try:
                    column_parts[name].extend(_python_column(batch[name]))
                except UnicodeDecodeError as error:
                    raw = np.ma.getdata(batch[name]).tolist()
                    row = next(i for i, v in enumerate(raw) if isinstance(v, bytes) and _not_utf8(v))
                    raise undecodable_error(layer, label, int(fid_parts[-1][row]), name,
                                            text.guess_encoding(raw[row])) from error
            if plan.wants_geometry:
                if geometry_name not in batch:
                    return None
                wkb_parts.append(_wkb_column(batch[geometry_name]))
    except RuntimeError:
        return None
    fids = np.concatenate(fid_parts) if fid_parts else np.empty(0, np.int64)
    values = {name: column_parts[name] for name in columns_read}
    if table.GetFIDColumn() in plan.read_names:
        values[table.GetFIDColumn()] = fids.tolist()
    del dataset, table
    wkbs = (np.concatenate(wkb_parts) if wkb_parts else np.empty(0, dtype=object)) if plan.wants_geometry else None
    return fids, values, wkbs


def _fast_geometries(wkbs, fids, plan: _FastReadPlan, context, label, geometry, keep_features, repair_invalid):
    """(rows kept, fids skipped, shapes, points, source WKBs) as QGIS's reader would give them, or None.

    Features without geometry are skipped; invalid polygons and lines follow the context's
    check, judged in the layer's own CRS before any reprojection.
    """
    try:
        geometries, promoted = _shapes_as_qgis(wkbs, plan.wkb_type)
    except shapely.errors.ShapelyError:
        return None
    if geometries is None:
        return None
    present = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    skipped = fids[~present].tolist()
    keep = np.flatnonzero(present)
    geometries = geometries[keep]
    source_wkbs = None
    if keep_features:  # GDAL's own WKB unless made multi here
        source_wkbs = wkbs[keep] if not promoted else shapely.to_wkb(
            geometries, output_dimension=2, byte_order=1, flavor="iso")
    check_validity = (not repair_invalid
                      and QgsWkbTypes.geometryType(plan.wkb_type) != QgsWkbTypes.GeometryType.PointGeometry
                      and context.invalidGeometryCheck() != QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    if check_validity and len(geometries):
        valid = shapely.is_valid(geometries)
        if not valid.all():
            invalid_fids = fids[keep[~valid]].tolist()
            if context.invalidGeometryCheck() == QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid:
                raise _invalid_error(label, invalid_fids)
            geometries = geometries[valid]
            if source_wkbs is not None:
                source_wkbs = source_wkbs[valid]
            keep = keep[valid]
            skipped.extend(invalid_fids)
    if plan.move is not None:  # after the validity check: the user's geometry is judged in its own CRS
        try:
            geometries = shapely.transform(geometries, plan.move)
            if check_validity:
                geometries = _valid_after_reprojection(geometries)
        except _TransformError:
            return None
    xy = None
    if geometry != GEOMETRY_LINES:
        single_point = shapely.get_type_id(geometries) == 0
        points = geometries.copy()
        if not single_point.all():
            points[~single_point] = shapely.point_on_surface(geometries[~single_point])
        xy = shapely.get_coordinates(points).reshape(-1, 2)
    return keep, skipped, geometries, xy, source_wkbs


def _fast_layer_data(fids, values, keep, skipped, fields, plan: _FastReadPlan, keep_features, source_wkbs):
    """The :class:`LayerData` of the rows kept, the skipped rows' fields aside for the messages."""
    skipped_frame = None
    if len(keep) != len(fids):
        missing = np.setdiff1d(np.arange(len(fids)), keep)
        skipped_frame = pd.DataFrame({"fid": fids[missing], **{name: [values[name][i] for i in missing]
                                                                 for name in fields}})
        values = {name: [column[i] for i in keep] for name, column in values.items()}
    frame_columns = [values[name] for name in fields]
    n_rows = len(keep)
    rows = list(zip(*frame_columns)) if fields else [[] for _ in range(n_rows)]
    frame = pd.DataFrame(rows, columns=fields) if rows else pd.DataFrame({name: [] for name in fields})
    data = LayerData(frame=frame, fids=fids[keep], source_fields=plan.source_fields, source_crs=plan.source_crs,
                     skipped_fids=skipped, skipped_frame=skipped_frame)
    if keep_features:
        all_columns = [values[name] for name in plan.source_fields.names()]
        data.attributes = [list(row) for row in zip(*all_columns)] if all_columns else [[] for _ in range(n_rows)]
        if plan.wants_geometry:
            data.geometries = WkbGeometries(source_wkbs)
    return data


@dataclass
class RoadLines:
    """Road lines read for the graph: one row per line with a geometry (feature ids ``fids``,
    ``values`` of the speed field or None), their vertices taken apart (``vertices``, a
    :class:`~..core.costs.LineVertices` in the analysis CRS) and the skipped feature ids."""

    fids: np.ndarray
    values: Optional[np.ndarray]
    vertices: object
    skipped_fids: List[int]


def read_road_lines(source, context, speed_field: str, label: str, analysis_crs, feedback=None,
                    layer: Optional[QgsVectorLayer] = None) -> RoadLines:
    """The lines of a road layer, ready for :meth:`RoadNetwork.from_lines <..core.costs.RoadNetwork.from_lines>`.

    A plain OGR file layer is streamed batch by batch through GDAL's columnar reader: each
    batch's geometries become vertex arrays at once, so millions of lines never exist as
    geometry objects together (a national network: well under a gigabyte instead of
    several), and progress and cancel are honoured between batches. Any other layer goes
    through :func:`read_layer`, whose rules (invalid geometries, skipped ones) both follow.
    """
    from ..core.costs import LineVertices, _line_parts

    streamed = None
    if layer is None and isinstance(source, QgsVectorLayer):
        layer = source
    if layer is not None:
        streamed = _stream_road_lines(layer, context, speed_field, label, analysis_crs, feedback)
    if streamed is not None:
        _warn_skipped(LayerData(pd.DataFrame(), streamed.fids, layer.fields(), layer.sourceCrs(),
                                skipped_fids=streamed.skipped_fids), label, feedback)
        return streamed
    lines = read_layer(source, context, [speed_field] if speed_field else [], label, GEOMETRY_LINES, analysis_crs,
                       feedback=feedback, layer=layer)
    coords, line_of_vertex, part_of_vertex = _line_parts(lines.shapes)
    return RoadLines(lines.fids, lines.frame[speed_field].to_numpy() if speed_field else None,
                     LineVertices(coords, line_of_vertex, part_of_vertex, len(lines.fids)), list(lines.skipped_fids))


def _stream_road_lines(layer, context, speed_field, label, analysis_crs, feedback) -> Optional[RoadLines]:
    """:func:`read_road_lines` through GDAL's Arrow stream, or None when the layer does not allow it."""
    from ..core.costs import LineVertices

    try:
        from osgeo import ogr
    except ImportError:
        return None
    wkb_type = layer.wkbType()
    if (not hasattr(ogr.Layer, "GetArrowStreamAsNumPy") or layer.providerType() != "ogr" or layer.subsetString()
            or layer.isModified() or QgsWkbTypes.hasZ(wkb_type) or QgsWkbTypes.hasM(wkb_type)
            or QgsWkbTypes.isCurvedType(wkb_type)
            or QgsWkbTypes.geometryType(wkb_type) != QgsWkbTypes.GeometryType.LineGeometry):
        return None
    fields = layer.fields()
    if any(fields.fieldOrigin(i) != QgsFields.FieldOrigin.OriginProvider for i in range(fields.count())):
        return None
    if speed_field and fields.field(speed_field).type() not in (FieldType.INT, FieldType.LONG, FieldType.DOUBLE):
        return None
    source_crs = require_crs(layer, label)
    move = None
    if analysis_crs is not None and analysis_crs != source_crs:
        transform_context = context.transformContext()
        if (transform_context.hasTransform(source_crs, analysis_crs)
                or transform_context.calculateCoordinateOperation(source_crs, analysis_crs)):
            return None
        move = _osr_transformer(source_crs, analysis_crs)
        if move is None:
            return None
    opened = _ogr_table(layer)
    if opened is None:
        return None
    dataset, table = opened
    definition = table.GetLayerDefn()
    if definition.GetGeomFieldCount() != 1 or (speed_field and speed_field == table.GetFIDColumn()):
        return None
    fid_name = table.GetFIDColumn() or "OGC_FID"
    geometry_name = table.GetGeometryColumn() or "wkb_geometry"
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if speed_field and speed_field not in names:
        return None
    table.SetIgnoredFields([n for n in names if n != speed_field] + ["OGR_STYLE"])
    check = (context.invalidGeometryCheck() != QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    abort = context.invalidGeometryCheck() == QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid
    total = table.GetFeatureCount(0)
    fids, values, coords, line_index, part_index, skipped, invalid = [], [], [], [], [], [], []
    n_lines = n_parts = done = 0
    try:
        for batch in table.GetArrowStreamAsNumPy():
            if feedback is not None:
                if feedback.isCanceled():
                    raise _cancelled()
                if total > 0:
                    feedback.setProgress(100.0 * done / total)
            if geometry_name not in batch:
                return None
            batch_fids = np.asarray(batch[fid_name], dtype=np.int64)
            done += len(batch_fids)
            shapes = shapely.from_wkb(_wkb_column(batch[geometry_name]))
            if shapely.has_z(shapes).any():
                return None
            present = ~(shapely.is_missing(shapes) | shapely.is_empty(shapes))
            if check and present.any():
                bad = present.copy()
                bad[present] = ~shapely.is_valid(shapes[present])
                invalid += batch_fids[bad].tolist()
                present &= ~bad
            skipped += batch_fids[~present].tolist()
            shapes, batch_fids = shapes[present], batch_fids[present]
            if move is not None:
                shapes = shapely.transform(shapes, move)
            parts, line_of_part = shapely.get_parts(shapes, return_index=True)
            xy, part_of_vertex = shapely.get_coordinates(parts, return_index=True)
            coords.append(xy)
            line_index.append((line_of_part[part_of_vertex] + n_lines).astype(np.int32))
            part_index.append((part_of_vertex + n_parts).astype(np.int32))
            n_lines += len(shapes)
            n_parts += len(parts)
            fids.append(batch_fids)
            if speed_field:
                column = batch[speed_field]
                number = np.asarray(np.ma.getdata(column), dtype=np.float64).copy()
                if np.ma.isMaskedArray(column):
                    number[np.ma.getmaskarray(column)] = np.nan
                values.append(number[present])
    except (RuntimeError, _TransformError, shapely.errors.ShapelyError):
        return None
    del dataset, table
    if invalid and abort:
        raise _invalid_error(label, invalid)
    if max(n_lines, n_parts) >= np.iinfo(np.int32).max:
        return None  # not a road network this reader expects
    vertices = LineVertices(_concatenate_all(coords, (0, 2), np.float64),
                            _concatenate_all(line_index, (0,), np.int32),
                            _concatenate_all(part_index, (0,), np.int32), n_lines)
    if feedback is not None:
        feedback.setProgress(100.0)
    return RoadLines(np.concatenate(fids) if fids else np.empty(0, np.int64),
                     (np.concatenate(values) if values else np.empty(0)) if speed_field else None,
                     vertices, skipped + invalid)


def _concatenate_all(parts: list, empty_shape, dtype) -> np.ndarray:
    """The parts as one array, emptying ``parts`` (so the pieces and the whole are not held together long)."""
    if not parts:
        return np.empty(empty_shape, dtype)
    whole = np.concatenate(parts)
    parts.clear()
    return whole


def _wkb_column(values) -> np.ndarray:
    """GDAL's geometry column (WKB, object or fixed-size bytes, nulls masked) as an object array (None for null)."""
    data = np.ma.getdata(values)
    column = np.empty(len(data), dtype=object)
    column[:] = [bytes(v) if v is not None else None for v in data.tolist()]
    if np.ma.isMaskedArray(values):
        column[np.ma.getmaskarray(values)] = None
    return column


def _shapes_as_qgis(wkbs: np.ndarray, wkb_type):
    """(shapely geometries as QGIS's OGR reader gives them, whether some were made multi); (None, False) if 3D.

    In a multi layer QGIS makes single parts multi (shapefiles mix them).
    """
    geometries = shapely.from_wkb(wkbs)
    if shapely.has_z(geometries).any():
        return None, False
    promoted = False
    if QgsWkbTypes.isMultiType(wkb_type):
        type_ids = shapely.get_type_id(geometries)
        for type_id, make_multi in _SINGLE_TO_MULTI.items():
            single = np.flatnonzero(type_ids == type_id)
            if len(single):
                geometries[single] = make_multi(geometries[single], indices=np.arange(len(single)))
                promoted = True
    return geometries, promoted
