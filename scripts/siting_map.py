#!/usr/bin/env python3
"""The siting map of the README: zoast:siting on the sample region, rendered headless.

Ten new GP practices among the centres of a 4 km grid over the communes, the sample's GP
practices kept fixed, coverage objective solved exactly: a commune is covered when a practice is
within MAX_COST minutes by straight line (detour 1.3, 60 km/h). Writes out/siting.gpkg and
docs/images/map_siting.png (with --docs) or out/maps/siting.png, and prints the figures.
The sample's GP practices are synthetic (resources/sample/DATA.md): so is the map.

    .venv/bin/python scripts/siting_map.py [--docs] [--max-cost 6]
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from demo import render_png, start_qgis  # noqa: E402

SAMPLE = Path(os.environ.get("ZOAST_SAMPLE", ROOT / "resources" / "sample" / "zoast_border.gpkg"))
COVERED_COLOURS = {0: ("#d7301f", "not covered"), 1: ("#e0e0dc", "covered by today's practices"),
                   2: ("#41ab5d", "covered by the new sites")}


def run(out: Path, max_cost: float, n_sites: int) -> dict:
    import processing

    gpkg = out / "siting.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    layer = "{}|layername={}".format
    return processing.run("zoast:siting", {
        "UNITS": layer(SAMPLE, "units"), "DEMAND_FIELD": "population",
        "SUPPLY": layer(SAMPLE, "gp_practices"), "CANDIDATES": None, "GRID_SPACING": 4000.0,
        "N_SITES": n_sites, "OBJECTIVE": 0, "EXACT": True, "MAX_COST": max_cost, "BORDER_MODE": 2,
        "OUTPUT": "ogr:dbname='{}' table=\"sites\" (geom)".format(gpkg),
        "UNITS_OUTPUT": "ogr:dbname='{}' table=\"units\" (geom)".format(gpkg),
    }), gpkg


def render(gpkg: Path, path: Path) -> None:
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsRendererCategory,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    units = QgsVectorLayer("{}|layername=units".format(gpkg), "units", "ogr")
    categories = [QgsRendererCategory(value, QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": "#9a9a9a", "outline_width": "0.05"}), label)
        for value, (colour, label) in COVERED_COLOURS.items()]
    units.setRenderer(QgsCategorizedSymbolRenderer("covered", categories))
    sites = QgsVectorLayer("{}|layername=sites".format(gpkg), "sites", "ogr")
    sites.setSubsetString("\"selected\"")
    sites.renderer().setSymbol(QgsMarkerSymbol.createSimple(
        {"name": "star", "color": "#08519c", "outline_color": "white", "size": "5"}))
    labels = QgsPalLayerSettings()
    labels.fieldName = "rank"
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans", 9, QFont.Weight.Bold))
    text.setColor(QColor("#08306b"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    text.setBuffer(buffer)
    labels.setFormat(text)
    labels.dist = 1.5
    sites.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    sites.setLabelsEnabled(True)
    path.parent.mkdir(parents=True, exist_ok=True)
    render_png([sites, units], units.extent(), units.crs(), path)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", action="store_true", help="write docs/images/map_siting.png")
    parser.add_argument("--max-cost", type=float, default=6.0)
    parser.add_argument("--sites", type=int, default=10)
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    args = parser.parse_args(argv)
    app, _provider = start_qgis()
    args.out.mkdir(parents=True, exist_ok=True)
    result, gpkg = run(args.out, args.max_cost, args.sites)
    path = ROOT / "docs" / "images" / "map_siting.png" if args.docs else args.out / "maps" / "siting.png"
    render(gpkg, path)
    print("zoast:siting on the sample, {} sites within {:g} min (exact, optimal: {}): covered {:,.0f} → {:,.0f} of "
          "{:,.0f} inhabitants; map {}".format(result["SELECTED_COUNT"], args.max_cost, result["OPTIMAL"],
                                               result["COVERED_BEFORE"], result["COVERED_DEMAND"],
                                               result["TOTAL_DEMAND"], path))
    app.exitQgis()


if __name__ == "__main__":
    main()
