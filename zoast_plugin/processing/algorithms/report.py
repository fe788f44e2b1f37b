"""zoast:report — a PDF atlas (QGIS print layout): a cover with the whole region, then one page per basin or ZOAST."""

from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsPrintLayout,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QDate

from ...core.report_figures import FIGURE_GROUPS, SEVERITY_COLUMNS, page_figures
from ...core.validation import require_non_negative
from ...i18n import interface_locale
from ..base import ZoastAlgorithm
from ..gap_style import apply_gap_style
from ..legends import outlines_only, supply_point_style
from ..parameters import (
    ADVANCED,
    POINTS_OR_POLYGONS,
    add_analysis_crs_parameter,
    add_field_parameter,
    add_parameter,
    analysis_crs,
    field_value,
)
from ..qgis_io import GEOMETRY_POINTS, GEOMETRY_SHAPES, read_layer, require_crs
from ..report_layout import (
    COUNTRY_FIELD,
    DEFAULT_DPI,
    MARGIN,
    PAGE_WIDTH,
    SYNTHETIC_FIELD,
    TOWN_NAME_FIELDS,
    ReportLayout,
    main_towns,
    state_border,
    state_border_layer,
    towns_layer,
)
from ..report_proposals import add_proposals_page, add_proposals_parameters, read_proposals
from ..styles import apply_style
from ..unit_inputs import add_population_field, add_unit_id_field

#: FIGURES enum values, in order → core.report_figures groups.
FIGURE_KEYS = tuple(FIGURE_GROUPS)
#: Fields of the zoast:gaps output read for the figures (the first two are required).
GAP_FIELDS = ("severity", "gap_class", "severity_national", "shortfall_fte", "shortfall_fte_national",
              "severity_change")
#: When no name field is chosen, the first of these the coverage has names the pages.
NAME_CANDIDATES = ("name", "hub_name", "name_fr", "name_nl", "zoast_code", "basin_id")
#: Flow directions that stay in one country (not drawn, not counted).
DOMESTIC = "domestic"
DIRECTION_FIELD = "direction"

class ReportAlgorithm(ReportLayout, ZoastAlgorithm):
    ALGORITHM_ID = "report"
    GROUP_ID = "report"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Diagnosis report (PDF atlas)")

    def flags(self):
        # Print layouts are graphics scenes: build and export them in the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    # ------------------------------------------------------------------ parameters

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("COVERAGE", self.tr("Atlas pages (basins or ZOAST perimeters)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon]),
            self.tr("One page per polygon: the BASINS output of zoast:delineatebasins or the perimeters of "
                    "zoast:agreementperimeters."),
        )
        add_field_parameter(
            self, "COVERAGE_NAME_FIELD", self.tr("Page name field"), None, "COVERAGE",
            self.tr("Title of each page. Empty: the first of name, hub_name, name_fr, name_nl, zoast_code, basin_id "
                    "the layer has."),
            optional=True,
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("GAPS", self.tr("Units with gap classes"), POINTS_OR_POLYGONS),
            self.tr("The Care gaps output of zoast:gaps (fields gap_class and severity; with a national-only "
                    "accessibility also severity_national, shortfall_fte_national and severity_change)."),
        )
        add_unit_id_field(self, "GAPS", self.tr("Unique id of each unit, named in error messages."))
        add_population_field(self, "GAPS", self.tr("Inhabitants of each unit."))
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("SUPPLY", self.tr("Supply points"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], optional=True),
            self.tr("Optional: GP practices or other care supply, drawn on the page maps and counted per page."),
        )
        add_field_parameter(
            self, "SUPPLY_CAPACITY_FIELD", self.tr("Supply capacity field"), None, "SUPPLY",
            self.tr("Optional: capacity of each supply point (e.g. fte), summed per page."),
            numeric=True, optional=True,
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("FLOWS", self.tr("Patient flow lines"),
                                                [QgsProcessing.SourceType.TypeVectorLine], optional=True),
            self.tr("Optional: the desire lines of zoast:patientflows (fields direction and patients). "
                    "Cross-border lines (direction other than 'domestic') are drawn and counted: patients "
                    "living in the page treated across the border, and patients from across the border treated "
                    "in the page."),
        )
        add_field_parameter(
            self, "FLOW_PATIENTS_FIELD", self.tr("Flow patients field"), "patients", "FLOWS",
            self.tr("Patients of each flow line."), numeric=True,
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("PERIMETERS", self.tr("ZOAST perimeters"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            self.tr("Optional: the ZOAST outlines (output of zoast:agreementperimeters), drawn on every map."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("TITLE", self.tr("Title"), self.tr("Cross-border health access diagnosis")),
            self.tr("Title of the cover page."),
        )
        add_parameter(
            self,
            QgsProcessingParameterEnum("FIGURES", self.tr("Key figures"), [
                self.tr("Units and population"),
                self.tr("Population per official gap severity"),
                self.tr("Population per gap severity (national supply only)"),
                self.tr("Shortfall in FTE and what the border saves"),
                self.tr("Units whose severity the border changes"),
                self.tr("Supply points"),
                self.tr("Cross-border patients"),
            ], True, list(range(len(FIGURE_KEYS)))),
            self.tr("Figures in the table of each page, computed from the units whose point on surface lies in "
                    "the page's polygon (the cover sums the whole region). A figure whose input is missing is "
                    "left out."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("SOURCES", self.tr("Sources"), "", True, True),
            self.tr("Footer text naming the data sources. Empty: the names of the input layers and today's date."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("DPI", self.tr("Resolution (dpi)"), QgsProcessingParameterNumber.Type.Integer,
                                         DEFAULT_DPI, False, 50, 600),
            self.tr("Resolution of the PNG maps and of the rasterised parts of the PDF."),
            ADVANCED,
        )
        add_analysis_crs_parameter(self)
        add_proposals_parameters(self)  # the proposals page (report_proposals.py)
        add_parameter(
            self,
            QgsProcessingParameterFileDestination("OUTPUT", self.tr("Report (PDF)"), self.tr("PDF files (*.pdf)")),
            self.tr("The A4 landscape PDF: a cover page, then one page per polygon of the atlas pages."),
        )
        folder = QgsProcessingParameterFolderDestination("MAPS_FOLDER", self.tr("Folder for PNG pages"), None, True,
                                                         False)
        add_parameter(
            self, folder,
            self.tr("Optional: also write each page as a PNG image (cover.png, page_01_<name>.png…), e.g. for a "
                    "web page or a slide."),
        )
        self.addOutput(QgsProcessingOutputNumber("PAGES", self.tr("Number of pages")))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        maps_folder = self.parameterAsString(parameters, "MAPS_FOLDER", context) or ""
        if parameters.get("MAPS_FOLDER") is None:
            maps_folder = ""
        dpi = self.parameterAsInt(parameters, "DPI", context)
        layout, names, n_pages = self.build_layout(parameters, context, feedback)

        feedback.setProgressText(self.tr("Writing the PDF…"))
        exporter = QgsLayoutExporter(layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = False
        settings.appendGeoreference = False
        settings.exportMetadata = True
        try:
            Path(output).parent.mkdir(parents=True, exist_ok=True)
            result = exporter.exportToPdf(self.atomic_file(output), settings)  # moved to output on success
        except OSError as error:
            result, message = None, error.strerror or str(error)
        else:  # errorMessage() came with QGIS 3.34; 3.22 only has the result code
            message = (exporter.errorMessage() if hasattr(exporter, "errorMessage")
                       else self.tr("the file cannot be created") if result == QgsLayoutExporter.ExportResult.FileError
                       else self.tr("export error {code}").format(code=int(result)))
        if result != QgsLayoutExporter.ExportResult.Success:
            raise QgsProcessingException(
                self.tr("Could not write the PDF {path} ({error}). Check that the folder is writable and the file "
                        "is not open in another program.").format(path=output, error=message))
        feedback.setProgress(70.0)

        if maps_folder:
            self._write_pngs(layout, maps_folder, names, dpi, feedback)
        feedback.pushInfo(self.tr("Report written: {path} ({count} pages).").format(path=output, count=n_pages))
        return {"OUTPUT": output, "PAGES": n_pages, "MAPS_FOLDER": maps_folder or None}

    def build_layout(self, parameters, context, feedback):
        """The print layout of the report: (layout, page names, number of pages)."""
        crs = analysis_crs(self, parameters, context)
        groups = [FIGURE_KEYS[i] for i in self.parameterAsEnums(parameters, "FIGURES", context)]
        title = self.parameterAsString(parameters, "TITLE", context) or self.tr("Cross-border health access diagnosis")
        unit_field = field_value(self, parameters, "UNIT_ID_FIELD", context)
        population_field = field_value(self, parameters, "POPULATION_FIELD", context)

        feedback.setProgressText(self.tr("Reading the layers…"))
        project = QgsProject()
        project.setCrs(crs)
        layers = {}
        labels = {"COVERAGE": self.tr("Atlas pages"), "GAPS": self.tr("Units with gap classes"),
                  "SUPPLY": self.tr("Supply points"), "FLOWS": self.tr("Patient flow lines"),
                  "PERIMETERS": self.tr("ZOAST perimeters")}
        source_names = []
        for name, label in labels.items():
            source = self.parameterAsSource(parameters, name, context)
            if source is None:
                continue
            require_crs(source, label)
            request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
            layer = source.materialize(request, feedback)
            layer.setName(label)
            layers[name] = layer
            source_names.append(self._source_label(parameters, name, context, source))
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled by the user."))

        coverage, names = self._read_coverage(parameters, context, layers["COVERAGE"], crs)
        figures, national, units = self._figures(parameters, context, feedback, layers, coverage, unit_field,
                                                 population_field, crs)
        locale = interface_locale()
        today = locale.toString(QDate.currentDate(), self.tr("d MMMM yyyy"))
        sources = self.parameterAsString(parameters, "SOURCES", context).strip() or self._default_sources(
            layers, source_names)

        self._style_layers(layers)
        project.addMapLayers([layer for name, layer in layers.items() if name != "COVERAGE"])
        for name, layer in (("BORDER", self._border_layer(units, crs)),
                            ("TOWNS", self._towns_layer(units, population_field, crs))):
            if layer is not None:
                layers[name] = layer
                project.addMapLayer(layer)
        # The project and its layers must live as long as the layout that draws them.
        self._project = project
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        layout.setName(title)
        proposals = read_proposals(self, parameters, context)
        n_pages = len(coverage) + 1 + (proposals is not None)
        rows = self._table_rows(figures, groups, national, locale)
        feedback.setProgressText(self.tr("Laying out {count} pages…").format(count=n_pages))
        self._cover(layout, layers, title, today, sources, rows(len(coverage)), national, n_pages)
        for page, (shape, name) in enumerate(zip(coverage["shape"], names), start=1):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled by the user."))
            mask = self._page_mask(project, shape, crs)
            self._page(layout, page, layers, mask, shape, name, today, sources, rows(page - 1), national, n_pages)
            feedback.setProgress(40.0 * page / n_pages)
        if proposals is not None:
            self._add_page(layout, n_pages - 1)
            add_proposals_page(self, layout, n_pages - 1, proposals, MARGIN, PAGE_WIDTH - 2 * MARGIN)
            self._footer(layout, n_pages - 1, today, sources, n_pages)
            names = list(names) + [self.tr("Proposals")]
        return layout, names, n_pages

    # ------------------------------------------------------------------ inputs

    def _read_coverage(self, parameters, context, layer, crs):
        """Page polygons (fid, shape) and names; a clear error when there is none."""
        name_field = field_value(self, parameters, "COVERAGE_NAME_FIELD", context, required=False)
        if not name_field:
            existing = layer.fields().names()
            name_field = next((n for n in NAME_CANDIDATES if n in existing), "")
        data = read_layer(layer, context, [name_field] if name_field else [], self.tr("Atlas pages"),
                          GEOMETRY_SHAPES, crs)
        if len(data.frame) == 0:
            raise QgsProcessingException(
                self.tr("Layer 'Atlas pages' has no polygon with a geometry ({skipped} without). Choose the basins "
                        "or ZOAST perimeters to make one page of each.").format(skipped=len(data.skipped_fids)))
        if data.skipped_fids:
            raise QgsProcessingException(
                self.tr("Layer 'Atlas pages': {count} polygon(s) with no geometry or an invalid one, first ids: "
                        "{ids}. Repair or remove them.").format(count=len(data.skipped_fids),
                                                               ids=", ".join(map(str, data.skipped_fids[:5]))))
        coverage = pd.DataFrame({"fid": data.fids, "shape": data.shapes})
        if name_field:
            names = [str(v) if v is not None and str(v) != "" else self.tr("Page {n}").format(n=i + 1)
                     for i, v in enumerate(data.frame[name_field])]
        else:
            names = [self.tr("Page {n}").format(n=i + 1) for i in range(len(coverage))]
        return coverage, names

    def _figures(self, parameters, context, feedback, layers, coverage, unit_field, population_field, crs):
        """Key figures per page and for the region (core.report_figures); True when national figures exist."""
        gaps_layer = layers["GAPS"]
        present = [f for f in GAP_FIELDS if gaps_layer.fields().lookupField(f) >= 0]
        wanted = [unit_field, population_field, "severity", "gap_class"] + [f for f in present
                                                                            if f not in ("severity", "gap_class")]
        existing = gaps_layer.fields().names()
        extra = [COUNTRY_FIELD] + [next((f for f in TOWN_NAME_FIELDS if f in existing), "")]
        wanted = list(dict.fromkeys(wanted + [f for f in extra if f and f in existing]))
        units = read_layer(gaps_layer, context, wanted, self.tr("Units with gap classes"), GEOMETRY_SHAPES, crs,
                           feedback=feedback)
        if units.skipped_fids:
            feedback.pushWarning(self.tr("{count} unit(s) without a geometry are left out of the figures.").format(
                count=len(units.skipped_fids)))
        frame = units.frame.rename(columns={population_field: "population"})
        ids = units.frame[unit_field]
        kwargs = {}
        with self.core_errors():
            if "SUPPLY" in layers:
                capacity_field = field_value(self, parameters, "SUPPLY_CAPACITY_FIELD", context, required=False)
                supply = read_layer(layers["SUPPLY"], context, [capacity_field] if capacity_field else [],
                                    self.tr("Supply points"), GEOMETRY_POINTS, crs)
                kwargs["supply_points"] = shapely.points(supply.xy)
                if capacity_field:
                    kwargs["supply_capacity"] = require_non_negative(supply.frame[capacity_field],
                                                                     pd.Series(supply.fids), capacity_field)
            if "FLOWS" in layers:
                patients_field = field_value(self, parameters, "FLOW_PATIENTS_FIELD", context)
                has_direction = layers["FLOWS"].fields().lookupField(DIRECTION_FIELD) >= 0
                flows = read_layer(layers["FLOWS"], context,
                                   [patients_field] + ([DIRECTION_FIELD] if has_direction else []),
                                   self.tr("Patient flow lines"), GEOMETRY_SHAPES, crs)
                kwargs["flow_lines"] = flows.shapes
                kwargs["flow_patients"] = require_non_negative(flows.frame[patients_field], pd.Series(flows.fids),
                                                               patients_field)
                if has_direction:
                    direction = flows.frame[DIRECTION_FIELD]
                    kwargs["flow_cross_border"] = (direction.notna() & (direction != DOMESTIC)).to_numpy()
            figures = page_figures(coverage["shape"].to_numpy(), units.shapes, frame, ids, **kwargs)
        national = "severity_national" in present
        return figures, national, units

    # ------------------------------------------------------------------ border, towns, sources

    def _border_layer(self, units, crs):
        """The border between the countries of the units as a styled line layer, or None (one country)."""
        if COUNTRY_FIELD not in units.frame.columns:
            return None
        geometry = state_border(units.shapes, units.frame[COUNTRY_FIELD])
        if geometry is None:
            return None
        return state_border_layer(geometry, crs, self.tr("State border"))

    def _towns_layer(self, units, population_field, crs):
        """The most populous units as labelled points (their point on surface), or None without names."""
        name_field = next((f for f in TOWN_NAME_FIELDS if f in units.frame.columns), None)
        if name_field is None:
            return None
        names, population, points = main_towns(units.frame[name_field], units.frame[population_field], units.shapes)
        if not names:
            return None
        return towns_layer(names, population, points, crs, self.tr("Main towns"))

    def _source_label(self, parameters, name, context, source):
        """How the footer names an input: its name in the project, else its table (not the file's name)."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is not None:
            if QgsProject.instance().mapLayer(layer.id()) is not None:
                return layer.name()
            table = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("layerName")
            if table:
                return table
        return source.sourceName()

    def _default_sources(self, layers, source_names):
        """The footer when SOURCES is empty: the input layers, and which of them hold synthetic rows."""
        synthetic = []
        for layer in layers.values():
            index = layer.fields().lookupField(SYNTHETIC_FIELD)
            if index >= 0 and any(v not in (None, 0, False, "", "0") for v in layer.uniqueValues(index)):
                synthetic.append(layer.name())
        text = self.tr("Data: {layers}. Computed with the ZOAST plugin for QGIS.").format(
            layers=", ".join(dict.fromkeys(source_names)))
        if synthetic:
            text += " " + self.tr("Partly synthetic data (field 'synthetic'): {layers}.").format(
                layers=", ".join(synthetic))
        return text

    # ------------------------------------------------------------------ styles

    @staticmethod
    def _keep_present_categories(layer):
        """Drop the categories no feature of ``layer`` has, so the legend lists only the classes shown."""
        renderer = layer.renderer()
        if not hasattr(renderer, "categories"):
            return
        index = layer.fields().lookupField(renderer.classAttribute())
        present = {("" if v is None else str(v)) for v in layer.uniqueValues(index)} if index >= 0 else set()
        for position in reversed(range(len(renderer.categories()))):
            value = renderer.categories()[position].value()
            if ("" if value is None else str(value)) not in present:
                renderer.deleteCategory(position)

    def _style_layers(self, layers):
        apply_gap_style(layers["GAPS"])
        self._keep_present_categories(layers["GAPS"])
        layers["GAPS"].setName(self.tr("Official gap classes"))
        if "PERIMETERS" in layers:
            perimeters = layers["PERIMETERS"]
            apply_style(perimeters, "zoast_perimeters")
            outlines_only(perimeters)  # a tinted fill would change the gap colours underneath
            perimeters.setName(self.tr("ZOAST perimeters"))
        if "SUPPLY" in layers:
            supply_point_style(layers["SUPPLY"])
            layers["SUPPLY"].setName(self.tr("Supply points"))
        if "FLOWS" in layers:
            flows = layers["FLOWS"]
            apply_style(flows, "flows")
            if flows.fields().lookupField(DIRECTION_FIELD) >= 0:
                flows.setSubsetString("\"{}\" IS NULL OR \"{}\" <> '{}'".format(DIRECTION_FIELD, DIRECTION_FIELD,
                                                                                 DOMESTIC))
            self._keep_present_categories(flows)
            flows.setOpacity(0.75)
            flows.setName(self.tr("Cross-border patient flows"))

    # ------------------------------------------------------------------ key figures

    def _table_rows(self, figures: pd.DataFrame, groups, national: bool, locale):
        """A function giving the table rows (label, value with ZOAST, value national only) of a page,
        numbers written in ``locale`` (thousands separators, decimal comma)."""

        def number(value, decimals=0):
            if value is None or not np.isfinite(value):
                return ""
            return locale.toString(float(value), "f", decimals)

        severity_labels = {
            "severe": self.tr("Inhabitants in severe shortage"),
            "shortage": self.tr("Inhabitants in shortage"),
            "adequate": self.tr("Inhabitants without shortage"),
            "not_judged": self.tr("Inhabitants not judged"),
        }
        show_national = national and "severity_national" in groups

        def rows(position: int):
            row = figures.iloc[position]
            result = []
            if "population" in groups:
                result.append((self.tr("Units (communes)"), number(row["n_units"]), ""))
                result.append((self.tr("Population"), number(row["population"]), ""))
            if "severity" in groups or show_national:
                for name in SEVERITY_COLUMNS.values():
                    zoast = number(row["pop_" + name]) if "severity" in groups else ""
                    other = number(row["pop_{}_national".format(name)]) if show_national else ""
                    if name == "not_judged" and not row["pop_" + name] and not (
                            show_national and row["pop_not_judged_national"]):
                        continue
                    result.append((severity_labels[name], zoast, other))
            if "shortfall" in groups and np.isfinite(row["shortfall_fte"]):
                result.append((self.tr("Shortfall (FTE GPs)"), number(row["shortfall_fte"], 1),
                               number(row["shortfall_fte_national"], 1) if national else ""))
                if np.isfinite(row["border_fte_gain"]):
                    result.append((self.tr("Shortfall the border saves (FTE)"), number(row["border_fte_gain"], 1),
                                   ""))
            if "border" in groups and np.isfinite(row["n_improved"]):
                result.append((self.tr("Units the border improves (inhabitants)"), "{} ({})".format(
                    number(row["n_improved"]), number(row["pop_improved"])), ""))
                result.append((self.tr("Units the border worsens (inhabitants)"), "{} ({})".format(
                    number(row["n_worsened"]), number(row["pop_worsened"])), ""))
            if "supply" in groups and np.isfinite(row["n_supply"]):
                result.append((self.tr("Supply points"), number(row["n_supply"]), ""))
                if np.isfinite(row["supply_capacity"]):
                    result.append((self.tr("Supply capacity (FTE)"), number(row["supply_capacity"], 1), ""))
            if "flows" in groups and np.isfinite(row["patients_out"]):
                result.append((self.tr("Residents treated across the border"), number(row["patients_out"]), ""))
                result.append((self.tr("Patients received from across the border"), number(row["patients_in"]),
                               ""))
            return result

        return rows
