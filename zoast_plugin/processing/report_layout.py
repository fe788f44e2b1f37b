"""The PDF atlas's page layout: A4 pages, maps, legends, scale bars, the key-figures table, the state
border and the main towns (zoast:report holds the parameters and reads the layers)."""

import re
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
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
    QgsProcessingException,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

from .qgis_io import write_frame

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


class ReportLayout:
    """The layout methods of :class:`ReportAlgorithm` (a mixin: ``self.tr`` is the algorithm's)."""

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

