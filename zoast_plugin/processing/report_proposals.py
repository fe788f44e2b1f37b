"""The "proposals" page of zoast:report: the best new sites (zoast:siting) and the top cross-border
complementarities (zoast:complementarities) with their gains.

Kept apart from report.py (which owns the layout of the other pages): the report calls
:func:`add_proposals_parameters` in initAlgorithm, :func:`read_proposals` in processAlgorithm and
:func:`add_proposals_page` after its atlas pages.
"""

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemTextTable,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from .chain_inputs import class_label
from .parameters import ADVANCED, add_parameter
from .qgis_io import python_value

DEFAULT_TOP = 10
TEXT = QColor("#1a1a1a")
FONT = "DejaVu Sans"


def add_proposals_parameters(alg) -> None:
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("SITES", alg.tr("Chosen sites (zoast:siting)"),
                                            [QgsProcessing.SourceType.TypeVectorPoint], None, True),
        alg.tr("Optional: the candidates output of zoast:siting; the chosen ones are listed on a proposals page."),
    )
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("PROPOSALS", alg.tr("Complementarity proposals"),
                                            [QgsProcessing.SourceType.TypeVector], None, True),
        alg.tr("Optional: the output of zoast:complementarities; the best proposals are listed on a proposals "
               "page."),
    )
    add_parameter(
        alg,
        QgsProcessingParameterNumber("TOP_PROPOSALS", alg.tr("Proposals listed"),
                                     QgsProcessingParameterNumber.Type.Integer, DEFAULT_TOP, False, 1, 50),
        alg.tr("How many complementarity proposals the proposals page lists (those removing the most shortfall)."),
        ADVANCED,
    )


def _number(value, decimals=1) -> str:
    return "" if value is None else "{:,.{}f}".format(float(value), decimals)


def read_proposals(alg, parameters, context):
    """(sites rows, proposal rows) for the page, or None when neither input is given."""
    sites_source = alg.parameterAsSource(parameters, "SITES", context)
    proposals_source = alg.parameterAsSource(parameters, "PROPOSALS", context)
    if sites_source is None and proposals_source is None:
        return None
    sites = []
    if sites_source is not None:
        names = sites_source.fields().names()
        id_field = next((n for n in ("candidate_id", "site_id", "supply_id") if n in names), names[0])
        for feature in sites_source.getFeatures():
            rank = python_value(feature["rank"]) if "rank" in names else None
            if rank:
                sites.append((int(rank), str(python_value(feature[id_field])), python_value(feature["gain"])))
        sites.sort()
    proposals = []
    if proposals_source is not None:
        names = proposals_source.fields().names()
        # zoast:complementarities writes analytical fields (an_…); layers of older runs have them unprefixed.
        wanted = {key: "an_" + key if "an_" + key in names else key for key in
                  ("class_before", "class_after", "access_gain", "shortfall_total_change")}
        wanted.update(code="code", unit_id="unit_id")
        for feature in proposals_source.getFeatures():
            proposals.append({key: python_value(feature[name]) for key, name in wanted.items() if name in names})
        proposals.sort(key=lambda row: (row.get("shortfall_total_change") or 0.0, -(row.get("access_gain") or 0.0)))
        proposals = proposals[:alg.parameterAsInt(parameters, "TOP_PROPOSALS", context)]
    return sites, proposals


def _font(size: float, bold: bool = False) -> QFont:
    result = QFont(FONT)
    result.setPointSizeF(size)
    result.setBold(bold)
    return result


def _text_format(size: float, bold: bool = False) -> QgsTextFormat:
    result = QgsTextFormat()
    result.setFont(_font(size, bold))
    result.setSize(size)
    result.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    result.setColor(TEXT)
    return result


def _label(layout, page, text, x, y, width, height, size, bold=False):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    label.setFont(_font(size, bold))
    label.setFontColor(TEXT)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    layout.addLayoutItem(label)
    label.attemptResize(QgsLayoutSize(width, height))
    label.attemptMove(QgsLayoutPoint(x, y), True, False, page)


def _table(layout, page, headers, rows, x, y, width, height, text_columns=2):
    table = QgsLayoutItemTextTable(layout)
    layout.addMultiFrame(table)
    columns = []
    for n, header in enumerate(headers):
        column = QgsLayoutTableColumn(header)
        column.setHAlignment(Qt.AlignmentFlag.AlignLeft if n < text_columns else Qt.AlignmentFlag.AlignRight)
        columns.append(column)
    table.setColumns(columns)
    table.setContents(rows)
    table.setHeaderTextFormat(_text_format(7, True))
    table.setContentTextFormat(_text_format(7))
    table.setCellMargin(0.8)
    table.setGridStrokeWidth(0.1)
    table.setGridColor(QColor("#9e9e9e"))
    table.setVerticalGrid(False)
    table.setWrapBehavior(QgsLayoutItemTextTable.WrapBehavior.WrapText)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptResize(QgsLayoutSize(width, height))
    frame.attemptMove(QgsLayoutPoint(x, y), True, False, page)
    table.addFrame(frame)


def add_proposals_page(alg, layout, page: int, content, margin: float, width: float) -> None:
    """Lay out the proposals page on ``page`` (already added to ``layout``)."""
    sites, proposals = content
    _label(layout, page, alg.tr("Proposals"), margin, 8, width, 12, 16, bold=True)
    y = 24
    if sites:
        _label(layout, page, alg.tr("Where to open new practices"), margin, y, width, 6, 10, bold=True)
        rows = [[str(rank), site, _number(gain, 0)] for rank, site, gain in sites]
        height = 8 + 5 * len(rows)
        _table(layout, page, [alg.tr("Rank"), alg.tr("Site"), alg.tr("Gain (demand covered or FTE)")], rows,
               margin, y + 7, width, height)
        y += height + 14
    if proposals:
        _label(layout, page, alg.tr("Cross-border complementarities"), margin, y, width, 6, 10, bold=True)
        rows = [[row.get("code", ""), row.get("unit_id", ""),
                 "{} → {}".format(class_label(row.get("class_before")), class_label(row.get("class_after"))),
                 _number(row.get("access_gain"), 2), _number(row.get("shortfall_total_change"), 2)]
                for row in proposals]
        _table(layout, page, [alg.tr("ZOAST"), alg.tr("Unit"), alg.tr("Class before → after"),
                              alg.tr("Access gain"), alg.tr("Total shortfall change (FTE)")], rows,
               margin, y + 7, width, 10 + 8 * len(rows), text_columns=3)
