"""zoast:prepareunits — the units layer from commune outlines and the official population files."""

import zipfile
from pathlib import Path

import pandas as pd
import shapely
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import population as core_population
from ...core.errors import Cancelled
from ..base import ZoastAlgorithm
from ..parameters import (
    ADVANCED,
    add_analysis_crs_parameter,
    add_field_parameter,
    add_parameter,
    analysis_crs,
    field_value,
)
from ..qgis_io import GEOMETRY_SHAPES, fields_for_frame, read_layer, write_frame

#: The shipped table of former → current commune codes (``make code-tables`` rebuilds it).
CODE_CHANGES = Path(__file__).resolve().parents[3] / "resources" / "codes" / "commune_code_changes.csv"
#: Extensions read from inside a zip (Statbel and INSEE ship their tables zipped).
TEXT_SUFFIXES = (".csv", ".txt")


class PrepareUnitsAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "prepareunits"
    GROUP_ID = "needs"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Territorial units from the official population files")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("OUTLINES", self.tr("Commune and municipality outlines"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon]),
            self.tr("Polygons of the communes or municipalities, from any source (IGN ADMIN EXPRESS, Statbel/NGI, the "
                    "sample…), with the INSEE or REFNIS code of each."),
        )
        add_field_parameter(self, "OUTLINE_CODE_FIELD", self.tr("Outlines: code field"), "unit_id", "OUTLINES",
                            self.tr("INSEE code (5 characters, 2A/2B in Corsica) or REFNIS code (5 digits) of each "
                                    "outline, bare (59350) or with its country (FR:59350)."))
        add_field_parameter(self, "OUTLINE_COUNTRY_FIELD", self.tr("Outlines: country field"), "country", "OUTLINES",
                            self.tr("Optional: FR or BE. Without it (or where it is empty), the country is the one of "
                                    "the population file the code joins."), optional=True)
        add_field_parameter(self, "OUTLINE_NAME_FIELD", self.tr("Outlines: name field"), "name", "OUTLINES",
                            self.tr("Optional: the unit's name. Without it, the names of the population files (the "
                                    "Dutch name for Flemish municipalities) are used."), optional=True)
        add_parameter(
            self,
            QgsProcessingParameterMultipleLayers("POPULATION_FILES", self.tr("Population files"),
                                                 QgsProcessing.SourceType.TypeFile),
            self.tr("One or more official files, as downloaded (CSV or text, or the zip holding it): INSEE's "
                    "population by age (base-cc-evol-struct-pop: CODGEO, P21_POP0014 … P21_POP90P), INSEE's tables "
                    "by single age (AGED100, per sex or not), or Statbel's population by municipality, age and sex "
                    "(TF_SOC_POP_STRUCT_<year>: CD_REFNIS, CD_AGE, MS_POPULATION). The layout is recognised from "
                    "the columns."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("ENCODING", self.tr("Files' encoding"), "", False, True),
            self.tr("Optional: the files' text encoding (e.g. windows-1252, latin-1). Empty: UTF-8, then "
                    "Windows-1252, which covers the administrations' CSV files."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("AGE_BANDS", self.tr("Age bands (lower bounds, years)"),
                                         ",".join(map(str, core_population.INSEE_BOUNDS))),
            self.tr("Lower bound of each age band, in years; the last band is open. Default: INSEE's seven bands "
                    "0–14, 15–29, 30–44, 45–59, 60–74, 75–89, 90 and over (fields pop_0_14 … pop_90p), which the "
                    "needs and accessibility algorithms read."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("YEAR", self.tr("Year of the population (when a file does not say)"),
                                         QgsProcessingParameterNumber.Type.Integer, None, True, 1990, 2100),
            self.tr("Optional: written in pop_year for a file whose year is neither in its columns (INSEE's P21_…, "
                    "Statbel's CD_YEAR) nor in its name."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFile("CODE_CHANGES", self.tr("Table of code changes"),
                                       QgsProcessingParameterFile.Behavior.File, "csv", None, True),
            self.tr("Optional: a CSV of former → current codes (country, old_code, new_code, new_name…). Empty: the "
                    "shipped table (French communes nouvelles of the 2025 geography; Belgian REFNIS changes of 2019 "
                    "and the mergers of 2025), resources/codes/commune_code_changes.csv."),
            ADVANCED,
        )
        add_analysis_crs_parameter(self)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Territorial units"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            self.tr("The outlines with unit_id (FR:… or BE:…), code, name, name_fr, name_nl, country, population, "
                    "the age bands, area_km2 (in the analysis CRS), pop_year and source (the file)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("ISSUES", self.tr("Population issues"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("One row per problem: country, code, issue (code_not_in_outlines, unit_without_population, "
                    "duplicate_code, duplicate_outline, code_split, code_recoded) and detail."),
        )
        for name, label in (
            ("UNIT_COUNT", self.tr("Units written")),
            ("POPULATION", self.tr("Total population")),
            ("NO_POPULATION_COUNT", self.tr("Units without population")),
            ("NOT_JOINED_COUNT", self.tr("Population codes not in the outlines")),
            ("RECODED_COUNT", self.tr("Former codes re-coded")),
            ("SKIPPED_COUNT", self.tr("Outlines skipped (no geometry)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        crs = analysis_crs(self, parameters, context)
        code_field = field_value(self, parameters, "OUTLINE_CODE_FIELD", context)
        encoding = (self.parameterAsString(parameters, "ENCODING", context) or "").strip() or None
        year = self.parameterAsInt(parameters, "YEAR", context) if parameters.get("YEAR") not in (None, "") else None
        with self.core_errors():
            bounds = core_population.parse_bounds(self.parameterAsString(parameters, "AGE_BANDS", context))
        source = self.parameterAsSource(parameters, "OUTLINES", context)
        optional = {}
        for name in ("OUTLINE_COUNTRY_FIELD", "OUTLINE_NAME_FIELD"):
            value = field_value(self, parameters, name, context, required=False)
            if value and source.fields().lookupField(value) < 0:
                if value != self.parameterDefinition(name).defaultValue():
                    raise QgsProcessingException(self.tr("Parameter {name}: the outlines have no field '{field}'.")
                                                 .format(name=name, field=value))
                value = ""  # the default name, absent from these outlines: not used
            optional[name] = value

        feedback.setProgressText(self.tr("Reading the outlines…"))
        outlines = read_layer(source, context, [code_field, *filter(None, optional.values())],
                              self.tr("Commune and municipality outlines"), GEOMETRY_SHAPES, crs, keep_features=True,
                              feedback=feedback, allow_empty=False)
        frame = outlines.frame
        units = pd.DataFrame({
            "code": frame[code_field].astype(str).where(frame[code_field].notna(), ""),
            "country": frame[optional["OUTLINE_COUNTRY_FIELD"]] if optional["OUTLINE_COUNTRY_FIELD"] else "",
            "name": frame[optional["OUTLINE_NAME_FIELD"]] if optional["OUTLINE_NAME_FIELD"] else None,
            "area_km2": shapely.area(outlines.shapes) / 1e6,
        })

        tables = []
        files = self.parameterAsFileList(parameters, "POPULATION_FILES", context)
        if not files:
            raise QgsProcessingException(self.tr("Parameter POPULATION_FILES: give at least one population file."))
        with self.core_errors():
            for number, path in enumerate(files, start=1):
                if feedback.isCanceled():
                    raise Cancelled()
                feedback.setProgressText(self.tr("Reading {file}…").format(file=Path(path).name))
                name, data = self.file_bytes(path)
                table = core_population.population_table(core_population.read_table(data, name, encoding), name,
                                                         bounds, year)
                feedback.pushInfo(self.tr("{file}: {layout} ({country}, {year}), {count} code(s).").format(
                    file=name, layout=table.layout, country=table.country, year=table.year or "?",
                    count=len(table.frame)))
                if table.year is None:
                    feedback.pushWarning(self.tr("{file}: the year of the population is neither in its columns nor "
                                                 "in its name: pop_year is left empty. Give it with the parameter "
                                                 "YEAR.").format(file=name))
                tables.append(table)
                feedback.setProgress(50.0 * number / len(files))
            changes = core_population.read_code_changes(self.code_changes(parameters, context))
            feedback.setProgressText(self.tr("Joining the population to the outlines…"))
            joined, issues = core_population.join_population(units, tables, changes, bounds)

        counts = issues["issue"].value_counts()
        for issue, label in (
            (core_population.ISSUE_NOT_IN_OUTLINES, self.tr("{count} population code(s) match no outline, first: "
                                                            "{ids}.")),
            (core_population.ISSUE_NO_POPULATION, self.tr("{count} outline(s) have no population, first: {ids}.")),
            (core_population.ISSUE_DUPLICATE, self.tr("{count} code(s) appear in two files; the first file's "
                                                      "population is kept, first: {ids}.")),
            (core_population.ISSUE_DUPLICATE_OUTLINE, self.tr("{count} code(s) are held by several outlines: each "
                                                              "of them gets the code's whole population, which is "
                                                              "then counted more than once. Dissolve the outlines "
                                                              "by code first: {ids}.")),
            (core_population.ISSUE_SPLIT, self.tr("{count} former code(s) were split between several units and "
                                                  "cannot be divided: {ids}.")),
        ):
            if counts.get(issue, 0):
                codes = issues.loc[issues["issue"] == issue, "code"].tolist()
                feedback.pushWarning(label.format(count=len(codes), ids=", ".join(codes[:5])
                                                  + (" …" if len(codes) > 5 else "")))
        if counts.get(core_population.ISSUE_RECODED, 0):
            feedback.pushInfo(self.tr("{count} former code(s) re-coded to the current units (listed in the issues "
                                      "output).").format(count=int(counts[core_population.ISSUE_RECODED])))

        feedback.setProgressText(self.tr("Writing the units…"))
        columns = [c for c in joined.columns if c not in ("geometry",)]
        out = joined[columns]
        fields = fields_for_frame(out, QgsFields())
        sink, units_id = self.create_sink(parameters, "OUTPUT", context, fields, source.wkbType(),
                                          outlines.source_crs)
        write_frame(sink, fields, out, outlines.geometries, feedback=feedback)
        issue_fields = fields_for_frame(issues, QgsFields())
        issue_sink, issues_id = self.create_sink(parameters, "ISSUES", context, issue_fields,
                                                 QgsWkbTypes.Type.NoGeometry, crs)
        write_frame(issue_sink, issue_fields, issues, feedback=feedback)
        return {"OUTPUT": units_id, "ISSUES": issues_id, "UNIT_COUNT": len(out),
                "POPULATION": float(pd.to_numeric(out["population"], errors="coerce").sum()),
                "NO_POPULATION_COUNT": int(counts.get(core_population.ISSUE_NO_POPULATION, 0)),
                "NOT_JOINED_COUNT": int(counts.get(core_population.ISSUE_NOT_IN_OUTLINES, 0)),
                "RECODED_COUNT": int(counts.get(core_population.ISSUE_RECODED, 0)),
                "SKIPPED_COUNT": len(outlines.skipped_fids)}

    def file_bytes(self, path: str):
        """(name, bytes) of a population file; for a zip, of the one CSV or text table inside."""
        file = Path(path)
        try:
            if zipfile.is_zipfile(file):
                with zipfile.ZipFile(file) as archive:
                    # INSEE's zips hold the table and its variable list (meta_<name>.CSV): only the table counts.
                    tables = [n for n in archive.namelist() if n.lower().endswith(TEXT_SUFFIXES)
                              and not Path(n).name.lower().startswith("meta_")]
                    if len(tables) != 1:
                        raise QgsProcessingException(
                            self.tr("File '{file}': the zip holds {count} CSV or text tables; it must hold one. "
                                    "Extract the table you want.").format(file=file.name, count=len(tables)))
                    return "{}:{}".format(file.name, tables[0]), archive.read(tables[0])
            if file.suffix.lower() in (".xlsx", ".xls", ".ods"):
                raise QgsProcessingException(
                    self.tr("File '{file}' is a spreadsheet: save its table as CSV (or take the CSV or text "
                            "version of the download) and run again.").format(file=file.name))
            return file.name, file.read_bytes()
        except OSError as error:
            raise QgsProcessingException(self.tr("File '{file}' cannot be read: {error}.").format(
                file=path, error=error.strerror or error)) from error

    def code_changes(self, parameters, context) -> pd.DataFrame:
        path = self.parameterAsFile(parameters, "CODE_CHANGES", context) or str(CODE_CHANGES)
        name, data = self.file_bytes(path)
        table = core_population.read_table(data, name)
        missing = [c for c in ("country", "old_code", "new_code") if c not in table.columns]
        if missing:
            raise QgsProcessingException(self.tr("Table of code changes '{file}': column(s) {fields} missing.")
                                         .format(file=name, fields=", ".join(missing)))
        return table
