"""zoast:importpoints — a list of care points (CSV or table with X/Y columns, or a geocoded layer) as supply points.

Belgian and regional lists come as tables with coordinates in some CRS, their own
category labels and capacity columns (FTE, beds). This algorithm gives them the
fields every ZOAST algorithm reads (``supply_id``, ``category``, ``country``, ``fte``,
``beds``) and lists every row it cannot place in a REJECTED table.
"""

import codecs
import re
from typing import Dict, Optional, Tuple

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import categories as core_categories
from ...core import coordinates
from ...core.errors import first_ids
from ...core.point_rows import NO_GEOMETRY, check_rows
from ...core.validation import require_unique
from .. import positions
from ..base import ZoastAlgorithm
from ..category_inputs import add_mapping_parameters, log_unknown_categories, read_category_mapping
from ..parameters import TABLES, add_field_parameter, add_parameter, field_value
from ..qgis_io import (
    GEOMETRY_NONE,
    GEOMETRY_POINTS,
    fields_for_frame,
    layer_with_encoding,
    read_layer,
    whole_layer,
    write_frame,
)

DEFAULT_CRS = "EPSG:4326"
#: Capacity parameters → output field.
CAPACITIES = (("FTE_FIELD", "fte"), ("BEDS_FIELD", "beds"))
REJECTED_COLUMNS = ("row", "supply_id", "reason", "detail")
# ---------------------------------------------------------------------------- algorithm


#: A country as every ZOAST algorithm reads it: its ISO 3166-1 alpha-2 code (BE, FR, LU…).
COUNTRY_CODE = re.compile("[A-Z]{2}")

class ImportPointsAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "importpoints"
    GROUP_ID = "supply"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Import care points from a table (X/Y columns)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("INPUT", self.tr("Table of care points"), TABLES),
            self.tr("A CSV file or table with one row per care point (GP practice, hospital, pharmacy…), with "
                    "coordinate columns, or a point layer of addresses already geocoded."),
        )
        add_field_parameter(self, "X_FIELD", self.tr("X (longitude / easting) field"), None, "INPUT",
                            self.tr("Column of the X coordinate, in the CRS below; a decimal comma is accepted. "
                                    "Leave X and Y empty to use the geometry of a point layer."), optional=True)
        add_field_parameter(self, "Y_FIELD", self.tr("Y (latitude / northing) field"), None, "INPUT",
                            self.tr("Column of the Y coordinate, in the CRS below."), optional=True)
        add_parameter(
            self,
            QgsProcessingParameterCrs("CRS", self.tr("CRS of the coordinates"), DEFAULT_CRS, True),
            self.tr("CRS of the X/Y columns, also the CRS of the output: WGS 84 (EPSG:4326) for longitude/"
                    "latitude, Belgian Lambert 72 (EPSG:31370) or 2008 (EPSG:3812), Lambert-93 (EPSG:2154). "
                    "Ignored when the geometry of the layer is used."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("ENCODING", self.tr("Encoding of the file"), "", False, True),
            self.tr("Character encoding of a CSV or text file, e.g. utf-8, windows-1252 or latin-1 (read as "
                    "windows-1252, so ’ and Œ come out right). Empty: the layer's own encoding (Layer Properties > "
                    "Source). Text that does not decode stops the import and names the line."),
        )
        add_field_parameter(self, "ID_FIELD", self.tr("Id field"), None, "INPUT",
                            self.tr("Optional: unique id of each point (e.g. the INAMI/RIZIV number). Without it "
                                    "the feature id of the row is used. Duplicate ids stop the import."),
                            optional=True)
        add_field_parameter(self, "CATEGORY_FIELD", self.tr("Category field"), None, "INPUT",
                            self.tr("Optional: the source's category code or label, mapped to a ZOAST category by "
                                    "the mapping table; without a table its values must already be ZOAST "
                                    "categories (lower-case words such as gp, hospital)."),
                            optional=True)
        add_mapping_parameters(
            self,
            self.tr("Optional: a table mapping the source's codes or labels (field code) to ZOAST categories "
                    "(field category). Codes missing from it get the default category and are counted."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("DEFAULT_CATEGORY", self.tr("Default category"),
                                         core_categories.OTHER),
            self.tr("Category of the rows with no category: every row when no category field is given (e.g. gp "
                    "for a list of GPs), else rows with an empty code or a code missing from the mapping table."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("COUNTRY", self.tr("Country"), None, False, True),
            self.tr("Country code of every point, e.g. BE or FR; where a country field is given, used for its "
                    "empty values."),
        )
        add_field_parameter(self, "COUNTRY_FIELD", self.tr("Country field"), None, "INPUT",
                            self.tr("Optional: field holding the country code (FR, BE…) of each point."),
                            optional=True)
        add_field_parameter(self, "FTE_FIELD", self.tr("FTE field"), None, "INPUT",
                            self.tr("Optional: full-time equivalents of each point (written as fte)."), optional=True)
        add_field_parameter(self, "BEDS_FIELD", self.tr("Beds field"), None, "INPUT",
                            self.tr("Optional: number of beds of each point (written as beds)."), optional=True)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Supply points"),
                                              QgsProcessing.SourceType.TypeVectorPoint),
            self.tr("One point per usable row: supply_id, category, country, fte and beds (when their fields are "
                    "given), then the input's fields."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("REJECTED", self.tr("Rejected rows"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("One row per input row not imported: row (feature id), supply_id, reason (no_coordinates, "
                    "bad_coordinates, no_geometry, bad_capacity, outside_area_of_use, swapped_coordinates, "
                    "outside_scope) and detail (the values read)."),
        )
        for name, label in (
            ("POINTS", self.tr("Points written")),
            ("REJECTED_COUNT", self.tr("Rows rejected")),
            ("UNKNOWN_CATEGORIES", self.tr("Points with a category code missing from the mapping")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        field = {name: field_value(self, parameters, name, context, required=False)
                 for name in ("X_FIELD", "Y_FIELD", "ID_FIELD", "CATEGORY_FIELD", "COUNTRY_FIELD", "FTE_FIELD",
                              "BEDS_FIELD")}
        if bool(field["X_FIELD"]) != bool(field["Y_FIELD"]):
            raise QgsProcessingException(
                self.tr("Give both X_FIELD and Y_FIELD, or neither to use the geometry of a point layer."))
        use_geometry = not field["X_FIELD"]
        country = (self.parameterAsString(parameters, "COUNTRY", context) or "").strip().upper()
        if not country and not field["COUNTRY_FIELD"]:
            raise QgsProcessingException(
                self.tr("Give the country of the points: COUNTRY (e.g. BE) or COUNTRY_FIELD."))
        if country and not COUNTRY_CODE.fullmatch(country):
            raise QgsProcessingException(
                self.tr("Parameter COUNTRY: '{value}' is not a two-letter country code. Give BE, FR, LU…").format(
                    value=country))
        default_category = (self.parameterAsString(parameters, "DEFAULT_CATEGORY", context) or "").strip()
        mapping = read_category_mapping(self, parameters, context, feedback)
        if mapping is not None and not field["CATEGORY_FIELD"]:
            feedback.pushWarning(self.tr("A mapping table is given but no category field: the table is not used."))

        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        if use_geometry and QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
            raise QgsProcessingException(
                self.tr("The input has no point geometry: choose its X_FIELD and Y_FIELD columns."))
        crs = self._crs(parameters, context)
        layer = whole_layer(self, parameters, "INPUT", context)
        encoding = self._encoding(parameters, context)
        if encoding:
            reopened = layer_with_encoding(layer, encoding)
            if reopened is None:
                feedback.pushWarning(self.tr("ENCODING is used only for a layer read from a file; the input's own "
                                             "text is kept."))
            else:
                source = layer = reopened
        feedback.setProgressText(self.tr("Reading the table…"))
        data = read_layer(source, context, [f for f in field.values() if f], self.tr("Table of care points"),
                          GEOMETRY_POINTS if use_geometry else GEOMETRY_NONE, keep_features=True, feedback=feedback,
                          layer=layer)
        frame = data.frame
        if use_geometry:
            crs = data.source_crs
        if not len(frame) and not data.skipped_fids:
            raise QgsProcessingException(
                self.tr("Table of care points: no row to import (the table is empty, or its selection). Choose a "
                        "table with one row per care point."))

        ids = self._ids(frame, field["ID_FIELD"], data.fids)
        capacities = {name: frame[field[parameter]].tolist() for parameter, name in CAPACITIES if field[parameter]}
        with self.core_errors():
            if field["ID_FIELD"]:
                require_unique(pd.Series(ids, dtype=object).where(ids != "", None), field["ID_FIELD"], rows=data.fids)
            x, y, numbers, reason, detail = check_rows(
                None if use_geometry else frame[field["X_FIELD"]].tolist(),
                None if use_geometry else frame[field["Y_FIELD"]].tolist(), capacities, len(frame))
        if use_geometry:
            x, y = data.xy[:, 0], data.xy[:, 1]
        countries = self._countries(frame, field["COUNTRY_FIELD"], country, ids)
        self._check_positions(x, y, crs, countries, reason, detail, context)
        keep = reason == ""
        with self.core_errors():
            categories, unknown = self._categories(frame, field["CATEGORY_FIELD"], mapping, default_category, ids,
                                                   keep)

        result = pd.DataFrame({"supply_id": ids[keep], "category": categories, "country": countries[keep]})
        for name, values in numbers.items():
            result[name] = values[keep]
        rejected = self._rejected(data, ids, reason, detail, field["ID_FIELD"])

        fields = fields_for_frame(result, base=data.source_fields)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point, crs)
        kept_rows = np.flatnonzero(keep)
        write_frame(sink, fields, result, geometries=list(shapely.points(x[keep], y[keep])),
                    base_attributes=[data.attributes[i] for i in kept_rows], feedback=feedback)
        rejected_fields = fields_for_frame(rejected, QgsFields())
        rejected_sink, rejected_id = self.create_sink(parameters, "REJECTED", context, rejected_fields,
                                                      QgsWkbTypes.Type.NoGeometry, crs)
        write_frame(rejected_sink, rejected_fields, rejected, feedback=feedback)

        feedback.pushInfo(self.tr("{points} point(s) written, {rejected} row(s) rejected.").format(
            points=len(result), rejected=len(rejected)))
        if len(rejected):
            for code, count in rejected["reason"].value_counts().items():
                examples = first_ids(rejected.loc[rejected["reason"] == code, "row"], 3)
                feedback.pushWarning(self.tr("  {count} row(s) rejected: {reason}, e.g. rows {rows}").format(
                    count=count, reason=code, rows=examples))
        metres = (reason == coordinates.OUTSIDE_AREA) & ((np.abs(x) > 180) | (np.abs(y) > 90))
        if crs.isGeographic() and metres.any():
            feedback.pushWarning(self.tr(
                "{count} row(s) have X/Y in metres, not degrees, while the CRS of the coordinates is {crs}: set CRS to "
                "the list's system, e.g. Belgian Lambert 72 (EPSG:31370), Lambert 2008 (EPSG:3812) or Lambert-93 "
                "(EPSG:2154).").format(count=int(metres.sum()), crs=crs.authid()))
        log_unknown_categories(self, feedback, unknown, default_category)
        return {"OUTPUT": dest_id, "REJECTED": rejected_id, "POINTS": len(result), "REJECTED_COUNT": len(rejected),
                "UNKNOWN_CATEGORIES": int(unknown["count"].sum()) if len(unknown) else 0}

    # ------------------------------------------------------------------ steps

    def _crs(self, parameters, context):
        """The CRS of the X/Y columns: the default when omitted, an error when given but not valid."""
        crs = self.parameterAsCrs(parameters, "CRS", context)
        if crs.isValid():
            return crs
        given = parameters.get("CRS")
        if given is None or (isinstance(given, str) and not given.strip()):
            return QgsCoordinateReferenceSystem(DEFAULT_CRS)
        raise QgsProcessingException(
            self.tr("Parameter CRS: '{crs}' is not a valid coordinate reference system. Give an authority id "
                    "such as EPSG:4326, EPSG:31370 or EPSG:3812.").format(crs=given))

    def _encoding(self, parameters, context) -> str:
        encoding = (self.parameterAsString(parameters, "ENCODING", context) or "").strip()
        if encoding:
            try:
                codecs.lookup(encoding)
            except LookupError as error:
                raise QgsProcessingException(
                    self.tr("Parameter ENCODING: '{encoding}' is not a known encoding. Use utf-8, windows-1252 or "
                            "latin-1.").format(encoding=encoding)
                ) from error
        return encoding

    @staticmethod
    def _check_positions(x, y, crs, countries, reason, detail, context) -> None:
        """Flag usable rows outside the CRS's area of use or their country, or with x and y swapped."""
        rows = np.flatnonzero(reason == "")
        if not len(rows):
            return
        scope = coordinates.country_boxes(countries[rows])
        *_, why = positions.check_xy(np.asarray(x)[rows], np.asarray(y)[rows], crs, scope, context)
        bad = why != ""
        reason[rows[bad]] = why[bad]
        detail[rows[bad]] = ["{} x {!r}, y {!r}".format(crs.authid(), float(np.asarray(x)[i]), float(np.asarray(y)[i]))
                             for i in rows[bad]]

    @staticmethod
    def _ids(frame: pd.DataFrame, id_field: str, fids: np.ndarray) -> np.ndarray:
        """Ids as strings (12.0 → '12'); the feature ids without an id field."""
        if not id_field:
            return np.array([str(fid) for fid in fids], dtype=object)
        return core_categories.normalise_codes(frame[id_field].tolist())

    def _countries(self, frame: pd.DataFrame, country_field: str, country: str, ids: np.ndarray) -> np.ndarray:
        values = np.full(len(frame), country, dtype=object)
        if country_field:
            given = core_categories.normalise_codes(frame[country_field].tolist())
            given = np.array([value.upper() for value in given], dtype=object)
            values = np.where(given != "", given, values)
            empty = values == ""
            if empty.any():
                raise QgsProcessingException(
                    self.tr("Field '{field}': {count} row(s) with no country, first ids: {ids}. Fill them or give "
                            "COUNTRY for them.").format(field=country_field, count=int(empty.sum()),
                                                        ids=first_ids(ids[empty]))
                )
            bad = np.array([value != "" and not COUNTRY_CODE.fullmatch(value) for value in values], dtype=bool)
            if bad.any():
                raise QgsProcessingException(
                    self.tr("Field '{field}': {count} row(s) with a country that is not a two-letter code (BE, FR, "
                            "LU…), first ids: {ids}; values: {values}.").format(
                        field=country_field, count=int(bad.sum()), ids=first_ids(ids[bad]),
                        values=first_ids(pd.unique(values[bad]), 3))
                )
        return values

    @staticmethod
    def _categories(frame: pd.DataFrame, category_field: str, mapping: Optional[Dict[str, str]], default: str,
                    ids: np.ndarray, keep: np.ndarray) -> Tuple[np.ndarray, pd.DataFrame]:
        """The category of each kept row and the table of unknown codes (core map_categories)."""
        n = int(keep.sum())
        if not category_field:
            core_categories.check_category_words([default], "DEFAULT_CATEGORY")
            return np.full(n, default, dtype=object), pd.DataFrame(columns=list(core_categories.UNKNOWN_COLUMNS))
        codes = core_categories.normalise_codes(frame[category_field].tolist())[keep]
        if mapping is None:  # the values are the categories themselves
            present = [code for code in pd.unique(codes) if code]
            core_categories.check_category_words(present, category_field)
            mapping = {code: code for code in present}
        mapped = core_categories.map_categories(codes, mapping, ids=ids[keep], default=default)
        return mapped.categories, mapped.unknown

    @classmethod
    def _rejected(cls, data, ids: np.ndarray, reason: np.ndarray, detail: np.ndarray, id_field: str) -> pd.DataFrame:
        """Rows not imported: those with a reason, and features with no geometry (read_layer skipped them)."""
        rows = np.flatnonzero(reason != "")
        frame = pd.DataFrame({"row": data.fids[rows].astype("int64"), "supply_id": ids[rows],
                              "reason": reason[rows], "detail": detail[rows]})
        if data.skipped_fids:
            skipped_fids = np.asarray(data.skipped_fids, dtype="int64")
            known = {}  # fid → id, from the fields read_layer kept for the skipped features
            if data.skipped_frame is not None and (not id_field or id_field in data.skipped_frame):
                fids = data.skipped_frame["fid"].to_numpy(dtype="int64")
                known = dict(zip(fids.tolist(), cls._ids(data.skipped_frame, id_field, fids)))
            skipped = pd.DataFrame({"row": skipped_fids, "supply_id": [known.get(int(f), None if id_field else str(f))
                                                                for f in skipped_fids],
                                    "reason": NO_GEOMETRY, "detail": ""})
            frame = pd.concat([frame, skipped], ignore_index=True).sort_values("row", kind="stable")
        return frame.reset_index(drop=True)[list(REJECTED_COLUMNS)].astype({"supply_id": object, "reason": object,
                                                                             "detail": object})

