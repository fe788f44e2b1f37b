"""zoast:importfiness — the FINESS geolocated extract as a point layer, with every record it could not use.

Also holds the category mapping parameters (CATEGORY_MAPPING and its two fields) and
their reading, shared with zoast:importpoints.
"""

import codecs
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import categories as core_categories
from ...core import finess
from ...core.errors import TRANSLATION_CONTEXT, first_ids
from ..base import ZoastAlgorithm
from ..parameters import ADVANCED, add_field_parameter, add_parameter, field_value
from ..qgis_io import fields_for_frame, read_layer, write_frame

TABLES = [QgsProcessing.SourceType.TypeVector]
#: CRS of metropolitan FINESS coordinates (Lambert-93), the default output CRS.
DEFAULT_OUTPUT_CRS = "EPSG:2154"
#: Reason codes of the parser that mean the file was read with the wrong encoding.
ENCODING_REASONS = ("encoding", "encoding_utf8")
#: Reason code added here when a point cannot be transformed to the output CRS.
TRANSFORM_FAILED = "transform_failed"
#: Examples quoted per reason in the log.
LOG_EXAMPLES = 3
OUTPUT_COLUMNS = ("supply_id", "nofinesset", "nofinessej", "name", "categetab", "libcategetab", "category",
                  "commune", "departement", "siret", "dateouv", "country", "line")
ISSUE_OUTPUT_COLUMNS = ("line", "nofinesset", "reason", "reason_text", "detail")


# ---------------------------------------------------------------------------- category mapping (shared)


def add_mapping_parameters(alg, help_text: str) -> None:
    """CATEGORY_MAPPING (optional table) with MAPPING_CODE_FIELD and MAPPING_CATEGORY_FIELD."""
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("CATEGORY_MAPPING", alg.tr("Category mapping table"), TABLES, None,
                                            True),
        help_text,
    )
    add_field_parameter(alg, "MAPPING_CODE_FIELD", alg.tr("Mapping table: code field"), "code", "CATEGORY_MAPPING",
                        alg.tr("Field of the mapping table holding the source code (e.g. the FINESS categetab)."),
                        optional=True, flags=ADVANCED)
    add_field_parameter(alg, "MAPPING_CATEGORY_FIELD", alg.tr("Mapping table: category field"), "category",
                        "CATEGORY_MAPPING",
                        alg.tr("Field of the mapping table holding the ZOAST category (a lower-case word such as "
                               "gp, hospital, pharmacy)."),
                        optional=True, flags=ADVANCED)


def read_category_mapping(alg, parameters, context, feedback) -> Optional[Dict[str, str]]:
    """The user's mapping table as ``{code: category}``; None when no table is given."""
    source = alg.parameterAsSource(parameters, "CATEGORY_MAPPING", context)
    if source is None:
        return None
    code_field = field_value(alg, parameters, "MAPPING_CODE_FIELD", context)
    category_field = field_value(alg, parameters, "MAPPING_CATEGORY_FIELD", context)
    table = read_layer(source, context, [code_field, category_field], alg.tr("Category mapping table"),
                       feedback=feedback)
    frame = table.frame.astype(object).where(table.frame.notna(), "")
    with alg.core_errors():
        return core_categories.read_mapping(frame, code_field, category_field)


def log_unknown_categories(alg, feedback, unknown: pd.DataFrame, default: str) -> None:
    """One warning per unknown code (most frequent first): count, label and example ids."""
    if not len(unknown):
        return
    feedback.pushWarning(
        alg.tr("{count} record(s) have a code missing from the category mapping; they get the category "
               "'{default}':").format(count=int(unknown["count"].sum()), default=default)
    )
    for row in unknown.itertuples(index=False):
        feedback.pushWarning(
            alg.tr("  code '{code}' ({label}): {count} record(s), e.g. {ids}").format(
                code=row.code, label=row.label or "-", count=row.count, ids=row.examples)
        )


# ---------------------------------------------------------------------------- algorithm


class ImportFinessAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "importfiness"
    GROUP_ID = "supply"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Import the FINESS extract (French establishments)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_parameter(
            self,
            QgsProcessingParameterFile("INPUT", self.tr("FINESS geolocated extract"),
                                       QgsProcessingParameterFile.Behavior.File, "", None, False,
                                       self.tr("FINESS extract (*.csv *.txt);;All files (*.*)")),
            self.tr("The file etalab-cs1100507-stock-YYYYMMDD-HHMM.csv from data.gouv.fr (';'-separated, with "
                    "'structureet' and 'geolocalisation' records)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("ENCODING", self.tr("Encoding"), finess.DEFAULT_ENCODING),
            self.tr("Character encoding of the file. The published extract is latin-1; choose utf-8 for a file "
                    "re-saved as UTF-8."),
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
            self.tr("Optional: a table mapping FINESS categetab codes to ZOAST categories (fields code and "
                    "category). Without it the packaged FINESS table is used; codes missing from the table get "
                    "the category 'other' and are counted."),
        )
        add_parameter(
            self,
            QgsProcessingParameterCrs("OUTPUT_CRS", self.tr("Output CRS"), DEFAULT_OUTPUT_CRS),
            self.tr("CRS of the output points. Lambert-93 (EPSG:2154), the CRS of metropolitan records, by "
                    "default. Records in another CRS (the overseas UTM zones) are reprojected to it: for a file "
                    "with overseas departments choose a CRS valid everywhere, e.g. EPSG:4326."),
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
            self.tr("One row per record left out or read with a caveat: line, nofinesset, reason (a stable code), "
                    "reason_text (in the interface language), detail."),
        )
        for name, label in (
            ("ESTABLISHMENTS", self.tr("Establishments read")),
            ("WITH_COORDINATES", self.tr("Establishments with coordinates (points written)")),
            ("WITHOUT_COORDINATES", self.tr("Establishments without usable coordinates")),
            ("ISSUES_COUNT", self.tr("Issues listed")),
            ("UNKNOWN_CATEGORIES", self.tr("Establishments with a category code missing from the mapping")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFile(parameters, "INPUT", context)
        encoding = self._encoding(parameters, context)
        ignore_encoding = self.parameterAsBool(parameters, "IGNORE_ENCODING_ISSUES", context)
        output_crs = self.parameterAsCrs(parameters, "OUTPUT_CRS", context)
        if not output_crs.isValid():
            output_crs = QgsCoordinateReferenceSystem(DEFAULT_OUTPUT_CRS)
        mapping = read_category_mapping(self, parameters, context, feedback)

        feedback.setProgressText(self.tr("Reading the FINESS file…"))
        with self.core_errors():
            if mapping is None:
                mapping = core_categories.finess_mapping()
            try:
                result = finess.parse_finess(path, encoding, progress=self.progress_callback(feedback))
            except OSError as error:
                raise QgsProcessingException(
                    self.tr("FINESS file '{path}' cannot be read ({error}). Check the path and that you may read "
                            "the file.").format(path=path, error=error.strerror or error)
                ) from error
            self._check_encoding(result.issues, encoding, ignore_encoding)
            establishments = result.establishments
            mapped = core_categories.map_categories(establishments["categetab"], mapping,
                                                    ids=establishments["nofinesset"],
                                                    labels=establishments["libcategetab"])

        frame = self._output_frame(establishments, mapped.categories)
        points = result.points()
        geometries, failed = self._geometries(points, output_crs, context, feedback)
        issues = self._issues_frame(result.issues, failed)
        placed = np.array([g is not None for g in geometries], dtype=bool)
        written = frame.loc[points.index[placed]]
        kept_geometries = [g for g in geometries if g is not None]

        fields = fields_for_frame(frame, QgsFields())
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point, output_crs)
        write_frame(sink, fields, written, geometries=kept_geometries, feedback=feedback)
        issue_fields = fields_for_frame(issues, QgsFields())
        issue_sink, issues_id = self.create_sink(parameters, "ISSUES", context, issue_fields,
                                                 QgsWkbTypes.Type.NoGeometry, output_crs)
        write_frame(issue_sink, issue_fields, issues, feedback=feedback)

        self._log(feedback, result, issues, len(written))
        log_unknown_categories(self, feedback, mapped.unknown, core_categories.OTHER)
        return {
            "OUTPUT": dest_id,
            "ISSUES": issues_id,
            "ESTABLISHMENTS": len(establishments),
            "WITH_COORDINATES": len(written),
            "WITHOUT_COORDINATES": len(establishments) - len(written),
            "ISSUES_COUNT": len(issues),
            "UNKNOWN_CATEGORIES": mapped.n_unknown,
        }

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

    def _geometries(self, points: pd.DataFrame, output_crs, context, feedback
                    ) -> Tuple[List[Optional[QgsGeometry]], List[Tuple[int, str, str]]]:
        """A point geometry per row of ``points`` in ``output_crs`` (None when it cannot be transformed).

        Returns the geometries and the failures as (line, nofinesset, detail).
        """
        geometries: List[Optional[QgsGeometry]] = [None] * len(points)
        failed: List[Tuple[int, str, str]] = []
        codes = points["crs"].to_numpy()
        x, y = points["x"].to_numpy(dtype="float64"), points["y"].to_numpy(dtype="float64")
        for code in sorted(set(int(c) for c in codes)):
            rows = np.flatnonzero(codes == code)
            source_crs = QgsCoordinateReferenceSystem("EPSG:{}".format(code))
            transform = None
            if not source_crs.isValid():
                for i in rows:
                    failed.append((int(points["line"].iat[i]), points["nofinesset"].iat[i],
                                   "EPSG:{} unknown to QGIS".format(code)))
                continue
            if source_crs != output_crs:
                transform = QgsCoordinateTransform(source_crs, output_crs, context.transformContext())
                feedback.pushInfo(self.tr("{count} point(s) in EPSG:{code} reprojected to {crs}.").format(
                    count=len(rows), code=code, crs=output_crs.authid()))
            for i in rows:
                point = QgsPointXY(x[i], y[i])
                if transform is not None:
                    try:
                        point = transform.transform(point)
                    except QgsCsException:
                        failed.append((int(points["line"].iat[i]), points["nofinesset"].iat[i],
                                       "EPSG:{} ({}, {}) to {}".format(code, x[i], y[i], output_crs.authid())))
                        continue
                geometries[i] = QgsGeometry.fromPointXY(point)
        return geometries, failed

    def _issues_frame(self, issues: pd.DataFrame, failed: List[Tuple[int, str, str]]) -> pd.DataFrame:
        """The parser's issues plus the points that could not be transformed, with translated reasons."""
        frame = issues.copy()
        if failed:
            extra = pd.DataFrame(failed, columns=["line", "nofinesset", "detail"]).assign(reason=TRANSFORM_FAILED)
            frame = pd.concat([frame, extra[list(finess.ISSUE_COLUMNS)]], ignore_index=True)
            frame = frame.sort_values("line", kind="stable").reset_index(drop=True)
        texts = {reason: self._reason_text(reason) for reason in pd.unique(frame["reason"])}
        frame["reason_text"] = frame["reason"].map(texts).astype(object)
        frame["line"] = frame["line"].astype("int64")
        return frame[list(ISSUE_OUTPUT_COLUMNS)]

    def _reason_text(self, reason: str) -> str:
        if reason == TRANSFORM_FAILED:
            return self.tr("coordinates that cannot be transformed to the output CRS (no point)")
        return QCoreApplication.translate(TRANSLATION_CONTEXT, finess.REASONS.get(reason, reason))  # i18n: dynamic

    def _log(self, feedback, result, issues: pd.DataFrame, written: int) -> None:
        feedback.pushInfo(
            self.tr("FINESS extract of {date}: {lines} line(s) read, {establishments} establishment(s), {points} "
                    "with coordinates written as points.").format(
                date=result.extract_date or "?", lines=result.lines_read,
                establishments=len(result.establishments), points=written)
        )
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
