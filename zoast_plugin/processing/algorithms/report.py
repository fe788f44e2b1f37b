"""zoast:report — a PDF atlas (QGIS print layout): a cover with the whole region, then one page per basin or ZOAST."""

import re
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsInvertedPolygonRenderer,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
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
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QDate, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

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
from ..qgis_io import GEOMETRY_POINTS, GEOMETRY_SHAPES, read_layer, require_crs, write_frame
from ..report_proposals import add_proposals_page, add_proposals_parameters, read_proposals
from ..styles import apply_style

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

# A4 landscape, millimetres.
PAGE_WIDTH, PAGE_HEIGHT = 297.0, 210.0
MARGIN = 10.0
MAP_WIDTH = 185.0
SIDE_X = MARGIN + MAP_WIDTH + 6.0
SIDE_WIDTH = PAGE_WIDTH - MARGIN - SIDE_X
TOP = 24.0
FOOTER_Y = PAGE_HEIGHT - 9.0
MAP_HEIGHT = FOOTER_Y - 3.0 - TOP
NORTH_ARROW = ":/images/north_arrows/layout_default_north_arrow.svg"
FONT = "DejaVu Sans"
DARK = QColor("#222222")
GREY = QColor("#555555")
DEFAULT_DPI = 150
#: Key-figures table: text sizes tried in turn until the table fits (pt), cell margin (mm) and the
#: share of the width for the label column.
TABLE_FONT_SIZES = (7.0, 6.5, 6.0)
NOTE_FONT_SIZE = 6.5
LEGEND_MAX_HEIGHT = 95.0
CELL_MARGIN = 0.8
GRID_WIDTH = 0.1
LABEL_SHARE = {2: 0.70, 3: 0.56}
#: Fields of the GAPS layer read for the state border and the town names, when it has them.
COUNTRY_FIELD = "country"
TOWN_NAME_FIELDS = ("name", "name_fr", "name_nl")
#: Units labelled by name on the maps: the most populous ones.
TOWNS_LABELLED = 14
#: Outlines of neighbouring countries closer than this (m) count as their shared border (on the sample
#: region: 589.7 km in 2 pieces at 200 m, 246 pieces at 50 m; spurs at the ends are at most this long).
BORDER_TOLERANCE = 200.0
#: Fields that mark rows as synthetic or estimated (the sample data's convention).
SYNTHETIC_FIELD = "synthetic"


def font(size: float, bold: bool = False) -> QFont:
    result = QFont(FONT)
    result.setPointSizeF(size)
    result.setBold(bold)
    return result


def text_format(size: float, bold: bool = False, colour: QColor = DARK) -> QgsTextFormat:
    result = QgsTextFormat()
    result.setFont(font(size, bold))
    result.setSize(size)
    result.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    result.setColor(colour)
    return result


def text_height(text: str, size: float, width: float) -> float:
    """Height (mm) of ``text`` in the report font at ``size`` pt, wrapped by words to ``width`` mm."""
    measured = font(size)
    lines, line = 1, ""
    for word in text.split():
        candidate = (line + " " + word).strip()
        if line and QgsLayoutUtils.textWidthMM(measured, candidate) > width - 1.0:
            lines, line = lines + 1, word
        else:
            line = candidate
    return lines * QgsLayoutUtils.fontHeightMM(measured) * 1.25 + 1.0


def slug(text: str) -> str:
    """A file-name-safe version of a page name."""
    return re.sub(r"[^A-Za-z0-9]+", "_", str(text)).strip("_")[:40] or "page"


def state_border(shapes, countries, tolerance: float = BORDER_TOLERANCE):
    """The shared border of the countries of ``shapes`` (a shapely line geometry), or None with one country.

    Each country's units are dissolved; its outline within ``tolerance`` of another country's units is
    their shared border (the tolerance bridges slivers between national outlines); pieces shorter than
    twice the tolerance are dropped.
    """
    countries = pd.Series(countries).fillna("").astype(str).to_numpy()
    shapes = np.asarray(shapes, dtype=object)
    names = [c for c in pd.unique(countries) if c]
    if len(names) < 2:
        return None
    dissolved = {c: shapely.union_all(shapely.make_valid(shapes[countries == c])) for c in names}
    lines = []
    for n, first in enumerate(names):
        for second in names[n + 1:]:
            shared = shapely.intersection(shapely.boundary(dissolved[first]), dissolved[second].buffer(tolerance))
            shared = shapely.line_merge(shapely.union_all(shapely.get_parts(shared)))
            if not shared.is_empty:
                lines.append(shared)
    if not lines:
        return None
    geometry = shapely.union_all(lines)
    parts = [g for g in shapely.get_parts(geometry) if g.length > 2 * tolerance]
    return shapely.multilinestrings(parts) if parts else geometry


def state_border_layer(geometry, crs, name: str):
    """A memory layer holding the border ``geometry``, drawn as a dark dash-dot line."""
    layer = QgsVectorLayer("MultiLineString?crs={}".format(crs.authid()), name, "memory")
    write_frame(layer.dataProvider(), layer.fields(), pd.DataFrame(index=[0]), geometries=[geometry])
    layer.updateExtents()
    style_state_border(layer)
    return layer


def style_state_border(layer) -> None:
    layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({
        "line_color": "#1a1a1a", "line_width": "0.7", "line_style": "dash", "customdash": "4;1.2;1;1.2",
        "use_custom_dash": "1", "capstyle": "flat"})))


def main_towns(names, population, shapes, count: int = TOWNS_LABELLED):
    """Names, populations and points on surface of the ``count`` most populous named units."""
    population = pd.to_numeric(pd.Series(population), errors="coerce").fillna(0).to_numpy()
    names = pd.Series(names).reset_index(drop=True)
    top = [i for i in np.argsort(-population, kind="stable")[:count] if population[i] > 0 and names.iloc[i]]
    points = list(shapely.point_on_surface(np.asarray(shapes, dtype=object)[top])) if top else []
    return [str(names.iloc[i]) for i in top], population[top], points


def towns_layer(names, population, points, crs, name: str):
    """A memory layer of labelled town points (small squares, bold names with a white halo)."""
    layer = QgsVectorLayer("Point?crs={}&field=name:string&field=population:double".format(crs.authid()), name,
                           "memory")
    write_frame(layer.dataProvider(), layer.fields(), pd.DataFrame({"name": names, "population": population}),
                geometries=list(points))
    layer.updateExtents()
    style_towns(layer)
    return layer


def style_towns(layer) -> None:
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({
        "name": "square", "color": "#1a1a1a", "size": "1.2", "outline_color": "#ffffff", "outline_width": "0.2"})))
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    settings.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
    settings.dist = 0.8
    settings.priority = 8
    label_format = text_format(6.5, True)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setColor(QColor(255, 255, 255, 220))
    label_format.setBuffer(buffer)
    settings.setFormat(label_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


class ReportAlgorithm(ZoastAlgorithm):
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
        add_field_parameter(self, "UNIT_ID_FIELD", self.tr("Unit id field"), "unit_id", "GAPS",
                            self.tr("Unique id of each unit, named in error messages."))
        add_field_parameter(self, "POPULATION_FIELD", self.tr("Population field"), "population", "GAPS",
                            self.tr("Inhabitants of each unit."), numeric=True)
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

    # ------------------------------------------------------------------ layout

    def _add_page(self, layout, index: int):
        if index > 0:
            page = QgsLayoutItemPage(layout)
            page.setPageSize(QgsLayoutSize(PAGE_WIDTH, PAGE_HEIGHT))
            layout.pageCollection().addPage(page)
        else:
            layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE_WIDTH, PAGE_HEIGHT))

    def _place(self, item, page: int, x: float, y: float, width: float, height: float):
        item.attemptResize(QgsLayoutSize(width, height))
        item.attemptMove(QgsLayoutPoint(x, y), True, False, page)

    def _label(self, layout, page, text, x, y, width, height, size, bold=False, colour=DARK,
               align=Qt.AlignmentFlag.AlignLeft):
        label = QgsLayoutItemLabel(layout)
        label.setText(text)
        label.setFont(font(size, bold))
        label.setFontColor(colour)
        label.setHAlign(align)
        label.setVAlign(Qt.AlignmentFlag.AlignTop)
        layout.addLayoutItem(label)
        self._place(label, page, x, y, width, height)
        return label

    def _page_mask(self, project, shape, crs):
        """A layer that fades everything outside ``shape`` and outlines it."""
        layer = QgsVectorLayer("MultiPolygon?crs={}".format(crs.authid()), "page", "memory")
        write_frame(layer.dataProvider(), layer.fields(), pd.DataFrame(index=[0]), geometries=[shape])
        layer.updateExtents()
        symbol = QgsFillSymbol.createSimple({"color": "255,255,255,120", "outline_color": "#1a1a1a",
                                             "outline_width": "0.8", "joinstyle": "round"})
        layer.setRenderer(QgsInvertedPolygonRenderer(QgsSingleSymbolRenderer(symbol)))
        project.addMapLayer(layer, False)
        return layer

    def _map(self, layout, page, layer_list, extent: QgsRectangle, height=MAP_HEIGHT):
        item = QgsLayoutItemMap(layout)
        item.setFrameEnabled(True)
        item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
        item.setBackgroundColor(QColor("#f4f4f0"))
        layout.addLayoutItem(item)
        self._place(item, page, MARGIN, TOP, MAP_WIDTH, height)
        item.setLayers(layer_list)
        item.setKeepLayerSet(True)
        margin = max(extent.width(), extent.height()) * 0.06
        item.zoomToExtent(extent.buffered(margin))
        item.setId("map_{}".format(page))
        # Scale bar and north arrow over the map.
        bar = QgsLayoutItemScaleBar(layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(item)
        bar.setTextFormat(text_format(7))
        bar.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceKilometers)
        bar.setNumberOfSegments(2)
        bar.setNumberOfSegmentsLeft(0)
        # The analysis CRS is in metres (analysis_crs refuses geographic ones).
        bar.setUnitsPerSegment(self._nice_segment(item.extent().width() / 1000.0))
        bar.setUnitLabel("km")
        bar.setBackgroundEnabled(True)
        bar.setBackgroundColor(QColor(255, 255, 255, 200))
        layout.addLayoutItem(bar)
        bar.attemptMove(QgsLayoutPoint(MARGIN + 3, TOP + height - 13), True, False, page)
        bar.refreshItemSize()
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(NORTH_ARROW)
        arrow.setLinkedMap(item)
        arrow.setBackgroundEnabled(True)
        arrow.setBackgroundColor(QColor(255, 255, 255, 200))
        layout.addLayoutItem(arrow)
        self._place(arrow, page, MARGIN + MAP_WIDTH - 13, TOP + 3, 10, 14)
        return item

    @staticmethod
    def _nice_segment(width_km: float) -> float:
        """A round segment length (km) so that two segments span about a fifth of the map."""
        target = width_km / 10.0
        magnitude = 10 ** np.floor(np.log10(max(target, 1e-6)))
        for step in (1, 2, 5, 10):
            if step * magnitude >= target:
                return float(step * magnitude)
        return float(10 * magnitude)

    def _legend(self, layout, page, map_item, layer_list, y, height):
        legend = QgsLayoutItemLegend(layout)
        legend.setTitle(self.tr("Legend"))
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in layer_list:
            root.addLayer(layer)
        legend.setLinkedMap(map_item)
        legend.setLegendFilterByMapEnabled(False)
        legend.setWrapString("|")
        for style, size, bold in ((QgsLegendStyle.Style.Title, 10, True), (QgsLegendStyle.Style.Subgroup, 8, True),
                                  (QgsLegendStyle.Style.SymbolLabel, 7, False), (QgsLegendStyle.Style.Group, 8, True)):
            legend.setStyleFont(style, font(size, bold))
        legend.setSymbolHeight(3.5)
        legend.setSymbolWidth(6)
        legend.rstyle(QgsLegendStyle.Style.Subgroup).setMargin(QgsLegendStyle.Side.Top, 1.5)
        legend.rstyle(QgsLegendStyle.Style.Symbol).setMargin(QgsLegendStyle.Side.Top, 0.8)
        legend.setBoxSpace(1.5)
        layout.addLayoutItem(legend)
        self._place(legend, page, SIDE_X, y, SIDE_WIDTH, height)
        # As tall as its entries (those the map shows), at most ``height``: two columns when longer.
        # (adjustBoxSize does nothing before the first paint: measure with a legend renderer. The legend
        # lists the classes the data hold, the same on every page, so it is measured before painting.)
        size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
        if size.height() > height:
            legend.setColumnCount(2)
            legend.setSplitLayer(True)
            size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
        legend.setResizeToContents(False)
        self._place(legend, page, SIDE_X, y, SIDE_WIDTH, min(height, size.height() + 1.0))
        return legend

    def _table(self, layout, page, rows, national, y, height, size=7.0):
        table = QgsLayoutItemTextTable(layout)
        layout.addMultiFrame(table)
        headers = [self.tr("Figure"), self.tr("With ZOAST") if national else self.tr("Value")]
        if national:
            headers.append(self.tr("National only"))
        columns = []
        for header, width in zip(headers, self._column_widths(len(headers))):
            column = QgsLayoutTableColumn(header)
            column.setHAlignment(Qt.AlignmentFlag.AlignLeft if not columns else Qt.AlignmentFlag.AlignRight)
            column.setWidth(width)
            columns.append(column)
        table.setColumns(columns)
        table.setContents([list(r[:len(headers)]) for r in rows])
        table.setHeaderTextFormat(text_format(size, True))
        table.setContentTextFormat(text_format(size))
        table.setCellMargin(CELL_MARGIN)
        table.setGridStrokeWidth(GRID_WIDTH)
        table.setGridColor(QColor("#9e9e9e"))
        table.setHorizontalGrid(True)
        table.setVerticalGrid(False)
        table.setBackgroundColor(QColor(255, 255, 255, 0))
        table.setWrapBehavior(QgsLayoutItemTextTable.WrapBehavior.WrapText)
        frame = QgsLayoutFrame(layout, table)
        frame.attemptResize(QgsLayoutSize(SIDE_WIDTH, height))
        frame.attemptMove(QgsLayoutPoint(SIDE_X, y), True, False, page)
        table.addFrame(frame)
        return table

    @staticmethod
    def _column_widths(count: int):
        """Fixed column widths (mm) filling the side panel: labels wrap instead of pushing the
        value columns off the page (auto widths did, in French and Dutch)."""
        content = SIDE_WIDTH - count * 2 * CELL_MARGIN - (count + 1) * GRID_WIDTH - 0.5
        first = content * LABEL_SHARE.get(count, 0.5)
        return [first] + [(content - first) / (count - 1)] * (count - 1)

    def _footer(self, layout, page, today, sources, n_pages):
        text = "{} — {} — {}".format(sources, today, self.tr("page {n} of {total}").format(n=page + 1, total=n_pages))
        self._label(layout, page, text, MARGIN, FOOTER_Y, PAGE_WIDTH - 2 * MARGIN, 7, 6.5, colour=GREY)

    def _map_layers(self, layers, mask=None, with_flows: bool = True, with_supply: bool = True):
        """Map layers, top first: the page mask fades what lies outside the page."""
        order = (("TOWNS", True), ("FLOWS", with_flows), ("SUPPLY", with_supply), ("BORDER", True),
                 ("PERIMETERS", True), ("GAPS", True))
        result = [layers[name] for name, wanted in order if wanted and name in layers]
        if mask is not None:
            result.insert(len(result) - 1, mask)
        return result

    def _legend_layers(self, layers, with_flows=True, with_supply=True):
        order = (("GAPS", True), ("PERIMETERS", True), ("BORDER", True), ("SUPPLY", with_supply),
                 ("FLOWS", with_flows))
        return [layers[name] for name, wanted in order if wanted and name in layers]

    def _cover(self, layout, layers, title, today, sources, rows, national, n_pages):
        self._add_page(layout, 0)
        self._label(layout, 0, title, MARGIN, 8, PAGE_WIDTH - 2 * MARGIN, 12, 20, bold=True)
        self._label(layout, 0, today, MARGIN, 18, MAP_WIDTH, 6, 9, colour=GREY)
        extent = layers["GAPS"].extent()
        map_item = self._map(layout, 0, self._map_layers(layers, with_flows=False, with_supply=False), extent)
        legend_layers = self._legend_layers(layers, with_flows=False, with_supply=False)
        note = self.tr(
            "Method. Official classes: each commune or municipality is judged by its own country's rule on its "
            "official indicator (France: APL per territoire de vie-santé, potential ZIP/ZAC, the ARS decides; "
            "Wallonia: FTE GPs in the municipality, Impulseo; Flanders: GPs under 65 in the municipality, "
            "Departement Zorg). The border rows are analytical: the ZOAST redistributes the same GP supply. Each "
            "page sums the units whose point on surface lies in its outline; the shortfall (France in "
            "FTE-equivalents) is a local estimate.")
        self._side_panel(layout, 0, map_item, legend_layers, note, self.tr("Whole region"), rows, national)
        self._footer(layout, 0, today, sources, n_pages)

    def _page(self, layout, page, layers, mask, shape, name, today, sources, rows, national, n_pages):
        self._add_page(layout, page)
        self._label(layout, page, name, MARGIN, 8, PAGE_WIDTH - 2 * MARGIN, 12, 16, bold=True)
        xmin, ymin, xmax, ymax = shapely.bounds(shape)
        map_item = self._map(layout, page, self._map_layers(layers, mask), QgsRectangle(xmin, ymin, xmax, ymax))
        self._side_panel(layout, page, map_item, self._legend_layers(layers), "", self.tr("Key figures"), rows,
                         national)
        self._footer(layout, page, today, sources, n_pages)

    def _side_panel(self, layout, page, map_item, legend_layers, note, heading, rows, national):
        """Legend, note and key figures stacked right of the map, each as tall as its content, so that a
        longer legend or a language with longer words pushes the table down instead of over the rest.
        The table gets the space left above the footer; when it still does not fit, its text shrinks."""
        legend = self._legend(layout, page, map_item, legend_layers, TOP, LEGEND_MAX_HEIGHT)
        y = TOP + min(legend.rect().height(), LEGEND_MAX_HEIGHT) + 3
        if note:
            height = text_height(note, NOTE_FONT_SIZE, SIDE_WIDTH)
            self._label(layout, page, note, SIDE_X, y, SIDE_WIDTH, height, NOTE_FONT_SIZE, colour=GREY)
            y += height + 3
        self._label(layout, page, heading, SIDE_X, y, SIDE_WIDTH, 5, 9, bold=True)
        y += 6
        height = FOOTER_Y - 2 - y
        for size in TABLE_FONT_SIZES:
            table = self._table(layout, page, rows, national, y, height, size)
            if table.totalHeight() <= height + 0.01 or size == TABLE_FONT_SIZES[-1]:
                return table
            layout.removeMultiFrame(table)
        return table

    # ------------------------------------------------------------------ PNG

    def _write_pngs(self, layout, folder, names, dpi, feedback):
        Path(folder).mkdir(parents=True, exist_ok=True)
        exporter = QgsLayoutExporter(layout)
        files = ["cover.png"] + ["page_{:02d}_{}.png".format(n, slug(name)) for n, name in enumerate(names, 1)]
        width = int(round(PAGE_WIDTH / 25.4 * dpi))
        height = int(round(PAGE_HEIGHT / 25.4 * dpi))
        for page, file_name in enumerate(files):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled by the user."))
            image = exporter.renderPageToImage(page, QSize(width, height), dpi)
            path = str(Path(folder) / file_name)
            if image.isNull() or not image.save(path, "PNG"):
                raise QgsProcessingException(
                    self.tr("Could not write the image {path}. Check that the folder is writable.").format(path=path))
            feedback.setProgress(70.0 + 30.0 * (page + 1) / len(files))
        return files

