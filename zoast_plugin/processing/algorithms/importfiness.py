"""zoast:importfiness — FINESS establishments as a point layer, with every record it did not use and why.

Reads the Structures JSON feed (core.finess_json, streamed) or the former CSV extract
(core.finess), recognised from the content; every position is checked against the area
of use of its CRS and the territory of its commune (processing.positions) before it
becomes a point.

Also holds the category mapping parameters (CATEGORY_MAPPING and its two fields) and
their reading, shared with zoast:importpoints.
"""

import codecs

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import categories as core_categories
from ...core import coordinates, finess, finess_json
from ...core.errors import TRANSLATION_CONTEXT, first_ids
from .. import positions
from ..base import ZoastAlgorithm
from ..category_inputs import add_mapping_parameters, log_unknown_categories, read_category_mapping
from ..parameters import ADVANCED, add_parameter
from ..qgis_io import fields_for_frame, write_frame

#: CRS of metropolitan FINESS coordinates (Lambert-93), the default output CRS.
DEFAULT_OUTPUT_CRS = "EPSG:2154"
#: Reason codes of the parser that mean the file was read with the wrong encoding.
ENCODING_REASONS = ("encoding", "encoding_utf8")
#: Reason code of a feed record whose two positions disagree, and the default tolerance (m).
POSITIONS_DISAGREE = "positions_disagree"
DEFAULT_POSITION_TOLERANCE = 100.0
#: Examples quoted per reason in the log.
LOG_EXAMPLES = 3
OUTPUT_COLUMNS = ("supply_id", "nofinesset", "nofinessej", "name", "categetab", "libcategetab", "category",
                  "commune", "departement", "siret", "dateouv", "country", "line")
ISSUE_OUTPUT_COLUMNS = ("line", "nofinesset", "reason", "reason_text", "detail")


# ---------------------------------------------------------------------------- algorithm


class ImportFinessAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "importfiness"
    GROUP_ID = "supply"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Import FINESS establishments (Structures feed or CSV extract)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_parameter(
            self,
            QgsProcessingParameterFile("INPUT", self.tr("FINESS file (Structures feed or geolocated extract)"),
                                       QgsProcessingParameterFile.Behavior.File, "", None, False,
                                       self.tr("FINESS files (*.json *.csv *.txt);;All files (*.*)")),
            self.tr("Today: the FINESS Structures feed finess-structures-*.json from data.gouv.fr (JSON, UTF-8). "
                    "Also read: the former geolocated extract etalab-cs1100507-stock-*.csv (';'-separated "
                    "'structureet' and 'geolocalisation' records, no longer refreshed since the new FINESS), for "
                    "archives. The format is recognised from the content."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("ENCODING", self.tr("Encoding"), finess.DEFAULT_ENCODING),
            self.tr("Character encoding of the CSV extract: latin-1 (read as Windows-1252, so ’ and Œ come out "
                    "right) for the published extract, utf-8 for a file re-saved as UTF-8. The JSON feed is "
                    "always UTF-8."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterBoolean("IGNORE_ENCODING_ISSUES", self.tr("Import despite encoding problems"),
                                          False),
            self.tr("By default lines that do not decode cleanly with the encoding stop the import (a wrong "
                    "encoding would spoil every accented name). Tick to import anyway: those lines are listed "
                    "in the issues table."),
            ADVANCED,
        )
        add_mapping_parameters(
            self,
            self.tr("Optional: a table mapping FINESS category codes (categetab of the extract, or TRE-R397 "
                    "categorieentiteGeographiqueExercice of the feed) to ZOAST categories (fields code and "
                    "category). Without it the packaged table of the format is used (resources/categories); codes "
                    "missing from the table get the category 'other' and are counted."),
        )
        add_parameter(
            self,
            QgsProcessingParameterCrs("OUTPUT_CRS", self.tr("Output CRS"), DEFAULT_OUTPUT_CRS, True),
            self.tr("CRS of the output points. Lambert-93 (EPSG:2154), the CRS of metropolitan records, by "
                    "default. Records in another CRS (the overseas UTM zones) are reprojected to it: for a file "
                    "with overseas departments choose a CRS valid everywhere, e.g. EPSG:4326."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("POSITION_TOLERANCE", self.tr("Feed: tolerated gap between the two "
                                                                       "positions of a record (m)"),
                                         QgsProcessingParameterNumber.Type.Double, DEFAULT_POSITION_TOLERANCE,
                                         True, 0.0),
            self.tr("The Structures feed gives a record's position twice: latitude/longitude and a projected pair. "
                    "When both are usable and lie farther apart than this, the record is listed "
                    "(positions_disagree, with the distance); its point keeps the latitude/longitude. 100 m by "
                    "default: a street number's width, far above the rounding of either."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("FINESS establishments"),
                                              QgsProcessing.SourceType.TypeVectorPoint),
            self.tr("One point per establishment with coordinates: supply_id (= nofinesset), nofinesset, "
                    "nofinessej, name, categetab, libcategetab, category, commune (INSEE code), departement, "
                    "siret, dateouv, country (FR), line."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("ISSUES", self.tr("FINESS records with issues"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("One row per record left out or read with a caveat: line, nofinesset, reason (a stable code: "
                    "closed, no_coordinates, swapped_coordinates, outside_area_of_use, outside_scope…), "
                    "reason_text (in the interface language), detail."),
        )
        for name, label in (
            ("ESTABLISHMENTS", self.tr("Establishments kept (open, each nofinesset once)")),
            ("WITH_COORDINATES", self.tr("Establishments with coordinates (points written)")),
            ("WITHOUT_COORDINATES", self.tr("Establishments without usable coordinates")),
            ("ISSUES_COUNT", self.tr("Issues listed")),
            ("UNKNOWN_CATEGORIES", self.tr("Establishments with a category code missing from the mapping")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFile(parameters, "INPUT", context)
        output_crs = self.parameterAsCrs(parameters, "OUTPUT_CRS", context)
        if not output_crs.isValid():  # omitted (qgis_process, scripts): the documented default
            given = parameters.get("OUTPUT_CRS")
            if given is not None and not (isinstance(given, str) and not given.strip()):
                raise QgsProcessingException(
                    self.tr("Parameter OUTPUT_CRS: '{crs}' is not a valid coordinate reference system. Give an "
                            "authority id such as EPSG:2154 or EPSG:4326.").format(crs=given))
            output_crs = QgsCoordinateReferenceSystem(DEFAULT_OUTPUT_CRS)
        kind = self._sniff(path)
        mapping = read_category_mapping(self, parameters, context, feedback)

        feedback.setProgressText(self.tr("Reading the FINESS file…"))
        with self.core_errors():
            try:
                if kind == "json":
                    read = self._read_feed(path, mapping, feedback)
                else:
                    read = self._read_extract(path, mapping, self._encoding(parameters, context),
                                              self.parameterAsBool(parameters, "IGNORE_ENCODING_ISSUES", context),
                                              feedback)
            except OSError as error:
                raise QgsProcessingException(
                    self.tr("FINESS file '{path}' cannot be read ({error}). Check the path and that you may read "
                            "the file.").format(path=path, error=error.strerror or error)
                ) from error
        frame, readings, parser_issues, mapped, summary = read

        feedback.setProgressText(self.tr("Checking the positions…"))
        scope = [coordinates.country_boxes(["FR"])[0] if key is None else (coordinates.TERRITORIES[key],)
                 for key in (coordinates.territory_of_commune(c) for c in frame["commune"])]
        out_x, out_y, lon, lat, reason, detail = self._place(len(frame), readings, scope, output_crs, context)
        placed = np.isfinite(out_x) & np.isfinite(out_y)
        self._warn_outside_output_crs(feedback, frame["nofinesset"].to_numpy()[placed], lon[placed], lat[placed],
                                      output_crs)
        position_issues = pd.DataFrame({
            "line": frame["line"].to_numpy()[reason != ""], "nofinesset": frame["nofinesset"].to_numpy()[reason != ""],
            "reason": reason[reason != ""], "detail": detail[reason != ""],
        })  # fmt: skip
        if kind == "json":
            tolerance = self.parameterAsDouble(parameters, "POSITION_TOLERANCE", context)
            position_issues = pd.concat([position_issues, self._cross_check(frame, readings, scope, reason == "",
                                                                           tolerance, context)], ignore_index=True)
        issues = self._issues_frame(parser_issues, position_issues)
        written = frame[placed]
        geometries = [QgsGeometry.fromPointXY(QgsPointXY(px, py)) for px, py in zip(out_x[placed], out_y[placed])]

        fields = fields_for_frame(frame, QgsFields())
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point, output_crs)
        write_frame(sink, fields, written, geometries=geometries, feedback=feedback)
        issue_fields = fields_for_frame(issues, QgsFields())
        issue_sink, issues_id = self.create_sink(parameters, "ISSUES", context, issue_fields,
                                                 QgsWkbTypes.Type.NoGeometry, output_crs)
        write_frame(issue_sink, issue_fields, issues, feedback=feedback)

        feedback.pushInfo(summary.format(points=len(written)))
        self._log(feedback, issues)
        log_unknown_categories(self, feedback, mapped.unknown, core_categories.OTHER)
        return {
            "OUTPUT": dest_id,
            "ISSUES": issues_id,
            "ESTABLISHMENTS": len(frame),
            "WITH_COORDINATES": len(written),
            "WITHOUT_COORDINATES": len(frame) - len(written),
            "ISSUES_COUNT": len(issues),
            "UNKNOWN_CATEGORIES": mapped.n_unknown,
        }

    # ------------------------------------------------------------------ reading

    def _sniff(self, path: str) -> str:
        """'json' or 'csv'; a clear error for a binary file or one that cannot be opened."""
        try:
            with open(path, "rb") as stream:
                head = stream.read(4096)
        except OSError as error:
            raise QgsProcessingException(
                self.tr("FINESS file '{path}' cannot be read ({error}). Check the path and that you may read "
                        "the file.").format(path=path, error=error.strerror or error)
            ) from error
        if not head.strip():
            raise QgsProcessingException(
                self.tr("FINESS file '{path}' is empty. Download the FINESS Structures feed (.json) again.").format(
                    path=path)
            )
        if head.startswith((b"\x1f\x8b", b"PK\x03\x04")):  # gzip, zip: how large downloads often come
            raise QgsProcessingException(
                self.tr("File '{path}' is compressed (zip or gzip). Extract the FINESS file it holds (.json or "
                        ".csv) and choose that file.").format(path=path)
            )
        kind = finess_json.sniff(head)
        if kind == "binary":
            raise QgsProcessingException(
                self.tr("File '{path}' is not a FINESS file: it holds binary data, not text. Choose the FINESS "
                        "Structures feed (.json) or the geolocated CSV extract.").format(path=path)
            )
        return kind

    def _read_extract(self, path, mapping, encoding, ignore_encoding, feedback):
        """The CSV extract: (output frame, position readings, issues, mapped categories, summary)."""
        if mapping is None:
            mapping = core_categories.finess_mapping()
        result = finess.parse_finess(path, encoding, progress=self.progress_callback(feedback))
        self._check_encoding(result.issues, encoding, ignore_encoding)
        establishments = result.establishments
        mapped = core_categories.map_categories(establishments["categetab"], mapping,
                                                ids=establishments["nofinesset"],
                                                labels=establishments["libcategetab"])
        frame = self._output_frame(establishments, mapped.categories)
        # An unknown system keeps its numbers in the parser; they are not placed.
        codes = establishments["crs"].astype("float64").to_numpy()
        readings = [(establishments["x"].to_numpy(dtype="float64"), establishments["y"].to_numpy(dtype="float64"),
                     codes, False)]
        summary = self.tr("FINESS extract of {date}: {lines} line(s) read, {establishments} establishment(s), "
                          "{{points}} with coordinates written as points.").format(
            date=result.extract_date or "?", lines=result.lines_read, establishments=len(establishments))
        return frame, readings, result.issues, mapped, summary

    def _read_feed(self, path, mapping, feedback):
        """The Structures JSON feed: (output frame, position readings, issues, mapped categories, summary)."""
        if mapping is None:
            mapping = core_categories.finess_feed_mapping()
        result = finess_json.parse_finess_json(path, progress=self.progress_callback(feedback))
        establishments = result.establishments
        labels = core_categories.read_labels(core_categories.FINESS_FEED_TABLE)
        establishments["libcategetab"] = [labels.get(code, "") for code in establishments["categetab"]]
        mapped = core_categories.map_categories(establishments["categetab"], mapping,
                                                ids=establishments["nofinesset"],
                                                labels=establishments["libcategetab"])
        frame = self._output_frame(establishments, mapped.categories)
        n = len(establishments)
        readings = [
            (establishments["lon"].to_numpy(), establishments["lat"].to_numpy(), np.full(n, 4326.0), False),
            (establishments["proj_x"].to_numpy(), establishments["proj_y"].to_numpy(),
             establishments["proj_crs"].astype("float64").to_numpy(), True),
        ]
        summary = self.tr("FINESS Structures feed generated {date}: {entities} legal entit(y/ies), {read} "
                          "establishment(s) read, {establishments} kept (open, each nofinesset once), {{points}} "
                          "written as points.").format(
            date=result.generated_at or "?", entities=result.legal_entities, read=result.establishments_read,
            establishments=n)
        return frame, readings, result.issues, mapped, summary

    # ------------------------------------------------------------------ steps

    def _encoding(self, parameters, context) -> str:
        encoding = (self.parameterAsString(parameters, "ENCODING", context) or "").strip() or finess.DEFAULT_ENCODING
        try:
            codecs.lookup(encoding)
        except LookupError as error:
            raise QgsProcessingException(
                self.tr("Parameter ENCODING: '{encoding}' is not a known encoding. Use latin-1 (the encoding of "
                        "the published extract) or utf-8.").format(encoding=encoding)
            ) from error
        return encoding

    def _check_encoding(self, issues: pd.DataFrame, encoding: str, ignore: bool) -> None:
        """A wrong encoding spoils every accented name: stop unless the user accepts it."""
        bad = issues[issues["reason"].isin(ENCODING_REASONS)]
        if not len(bad) or ignore:
            return
        if (bad["reason"] == "encoding_utf8").any():
            advice = self.tr("The file looks like UTF-8: set ENCODING to utf-8.")
        else:
            advice = self.tr("Set ENCODING to the file's encoding (the published extract is latin-1).")
        raise QgsProcessingException(
            self.tr("FINESS file: {count} line(s) do not decode cleanly with the encoding '{encoding}', first "
                    "lines: {lines}. {advice} Or tick 'Import despite encoding problems' to import anyway and list "
                    "them in the issues table.").format(count=len(bad), encoding=encoding,
                                                        lines=first_ids(bad["line"]), advice=advice)
        )

    @staticmethod
    def _output_frame(establishments: pd.DataFrame, categories) -> pd.DataFrame:
        rslongue = establishments["rslongue"].astype(str)
        name = rslongue.where(rslongue.str.strip() != "", establishments["rs"])
        frame = pd.DataFrame({
            "supply_id": establishments["nofinesset"],
            "name": name,
            "category": categories,
            "country": "FR",
        })  # fmt: skip
        for column in ("nofinesset", "nofinessej", "categetab", "libcategetab", "commune", "departement", "siret",
                       "dateouv", "line"):
            frame[column] = establishments[column]
        return frame[list(OUTPUT_COLUMNS)]

    def _place(self, n: int, readings, scope, output_crs, context):
        """Output coordinates, WGS 84 position, reason and detail per row, from the first reading each row has.

        ``readings``: (x, y, EPSG code per row (NaN: none), either_order) in order of preference;
        a row uses the first reading with numbers and a CRS, checked against the CRS's area of
        use and the row's territory (``scope``); a refused reading is not replaced by the next.
        """
        out_x, out_y = np.full(n, np.nan), np.full(n, np.nan)
        out_lon, out_lat = np.full(n, np.nan), np.full(n, np.nan)
        reason, detail = np.full(n, "", dtype=object), np.full(n, "", dtype=object)
        todo = np.ones(n, dtype=bool)
        for x, y, codes, either_order in readings:
            x, y, codes = (np.asarray(v, dtype="float64") for v in (x, y, codes))
            has = todo & np.isfinite(x) & np.isfinite(y) & np.isfinite(codes)
            todo &= ~has
            for code in np.unique(codes[has]):
                rows = np.flatnonzero(has & (codes == code))
                raw = ["EPSG:{} ({}, {})".format(int(code), x[i], y[i]) for i in rows]
                crs = positions.crs_or_none(code)
                if crs is None:
                    reason[rows], detail[rows] = positions.TRANSFORM_FAILED, raw
                    continue
                xs, ys, lon, lat, why = positions.check_xy(x[rows], y[rows], crs, [scope[i] for i in rows],
                                                            context, either_order)
                tx, ty = positions.transform_xy(xs, ys, crs, output_crs, context)
                why[(why == "") & ~(np.isfinite(tx) & np.isfinite(ty))] = positions.TRANSFORM_FAILED
                ok = why == ""
                out_x[rows[ok]], out_y[rows[ok]] = tx[ok], ty[ok]
                out_lon[rows[ok]], out_lat[rows[ok]] = lon[ok], lat[ok]
                reason[rows[~ok]] = why[~ok]
                detail[rows[~ok]] = np.asarray(raw, dtype=object)[~ok]
        return out_x, out_y, out_lon, out_lat, reason, detail

    def _warn_outside_output_crs(self, feedback, ids, lon, lat, output_crs) -> None:
        """Points written outside the area of use of OUTPUT_CRS (overseas records in Lambert-93) are distorted."""
        outside = ~coordinates.inside(lon, lat, positions.area_of_use(output_crs))
        if outside.any():
            feedback.pushWarning(
                self.tr("{count} establishment(s) lie outside the area of use of the output CRS {crs}, first: "
                        "{ids}. Their points are written but distorted there; for a file with overseas departments "
                        "choose an OUTPUT_CRS valid everywhere, e.g. EPSG:4326.").format(
                    count=int(outside.sum()), crs=output_crs.authid(), ids=first_ids(ids[outside])))

    def _cross_check(self, frame, readings, scope, placed, tolerance, context) -> pd.DataFrame:
        """Records placed from latitude/longitude whose projected pair lies more than ``tolerance`` m away."""
        (lon, lat, _codes, _either), (x, y, codes, _either_order) = readings
        lon, lat, x, y, codes = (np.asarray(v, dtype="float64") for v in (lon, lat, x, y, codes))
        both = placed & np.isfinite(lon) & np.isfinite(lat) & np.isfinite(x) & np.isfinite(y) & np.isfinite(codes)
        rows_out, details = [], []
        for code in np.unique(codes[both]):
            rows = np.flatnonzero(both & (codes == code))
            crs = positions.crs_or_none(code)
            if crs is None:
                continue
            _x, _y, plon, plat, why = positions.check_xy(x[rows], y[rows], crs, [scope[i] for i in rows], context,
                                                         either_order=True)
            gap = coordinates.distance_m(lon[rows], lat[rows], plon, plat)
            far = (why != "") | ~np.isfinite(gap) | (gap > tolerance)
            rows_out.extend(rows[far])
            details.extend("latitude/longitude ({}, {}) and EPSG:{} ({}, {}): {} m apart".format(
                lat[i], lon[i], int(code), x[i], y[i], "?" if not np.isfinite(d) else int(round(d)))
                for i, d in zip(rows[far], gap[far]))
        rows_out = np.asarray(rows_out, dtype="int64")
        return pd.DataFrame({"line": frame["line"].to_numpy()[rows_out],
                             "nofinesset": frame["nofinesset"].to_numpy()[rows_out],
                             "reason": POSITIONS_DISAGREE, "detail": details})

    def _issues_frame(self, issues: pd.DataFrame, position_issues: pd.DataFrame) -> pd.DataFrame:
        """The parser's issues plus the positions refused, with translated reasons, sorted by line."""
        frame = pd.concat([issues[list(finess.ISSUE_COLUMNS)], position_issues[list(finess.ISSUE_COLUMNS)]],
                          ignore_index=True)
        frame = frame.sort_values("line", kind="stable").reset_index(drop=True)
        texts = {reason: self._reason_text(reason) for reason in pd.unique(frame["reason"])}
        frame["reason_text"] = frame["reason"].map(texts).astype(object)
        frame["line"] = frame["line"].astype("int64")
        for column in ("nofinesset", "reason", "detail"):
            frame[column] = frame[column].astype(object)
        return frame[list(ISSUE_OUTPUT_COLUMNS)]

    def _reason_text(self, reason: str) -> str:
        if reason == positions.TRANSFORM_FAILED:
            return self.tr("coordinates that cannot be transformed to the output CRS (no point)")
        if reason == POSITIONS_DISAGREE:
            return self.tr("latitude/longitude and the projected pair disagree (point from latitude/longitude)")
        text = (finess.REASONS.get(reason) or finess_json.REASONS.get(reason) or coordinates.REASONS.get(reason)
                or reason)
        return QCoreApplication.translate(TRANSLATION_CONTEXT, text)  # i18n: dynamic

    def _log(self, feedback, issues: pd.DataFrame) -> None:
        if not len(issues):
            return
        feedback.pushWarning(self.tr("{count} issue(s) listed in the issues table:").format(count=len(issues)))
        for reason in issues["reason"].value_counts(sort=True).index:  # most frequent first
            group = issues[issues["reason"] == reason]
            examples = ", ".join(
                self.tr("line {line} ({id})").format(line=line, id=nofinesset or "-")
                for line, nofinesset in zip(group["line"].iloc[:LOG_EXAMPLES], group["nofinesset"])
            )
            feedback.pushWarning(self.tr("  {count} × {reason} [{code}], e.g. {examples}").format(
                count=len(group), reason=group["reason_text"].iat[0], code=reason, examples=examples))
