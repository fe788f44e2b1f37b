#!/usr/bin/env python3
"""`make demo`: the main job on the sample France–Belgium border region.

Runs the ZOAST algorithms headless through processing.run — exactly what the
toolbox, a model or qgis_process would run — writes every result to
``out/zoast_demo.gpkg`` and prints the key figures.
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
        self.timings = []

    def layer(self, name: str) -> str:
        return "{}|layername={}".format(self.sample, name)

    def output(self, table: str, geometry: bool = True) -> str:
        return "ogr:dbname='{}' table=\"{}\"{}".format(self.gpkg, table, " (geom)" if geometry else "")

    def result(self, table: str) -> str:
        return "{}|layername={}".format(self.gpkg, table)

    def run(self, label: str, algorithm: str, parameters: dict) -> dict:
        import processing

        started = time.perf_counter()
        result = processing.run(algorithm, parameters)
        self.timings.append((label, time.perf_counter() - started))
        print("  {:<46} {:6.1f} s".format(label, self.timings[-1][1]))
        return result

    def diagnosis(self) -> dict:
        """The shipped model, as the toolbox and qgis_process run it, every output into the GeoPackage."""
        from qgis.core import QgsApplication

        model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
        parameters = {name: self.layer(table) for name, table in MODEL_INPUTS.items()}
        for output in model.destinationParameterDefinitions():
            table = output.name().split(":")[-1]
            geometry = output.type() != "sink" or table not in TABLE_OUTPUTS
            parameters[output.name()] = self.output(table, geometry)
        return self.run("Cross-border diagnosis model ({} steps)".format(len(model.childAlgorithms())), MODEL_ID,
                        parameters)

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
            "PERIMETERS": self.result("zoast_perimeters"),
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

    def maps(self) -> list:
        """Whole-region maps as PNG: gap classes, cross-border flows, health basins."""
        from qgis.core import QgsFillSymbol, QgsProperty, QgsSingleSymbolRenderer, QgsSymbolLayer, QgsVectorLayer
        from qgis.PyQt.QtGui import QColor

        from zoast_plugin.processing.gap_style import apply_gap_style
        from zoast_plugin.processing.styles import apply_style

        def layer(table, style=None):
            loaded = QgsVectorLayer(self.result(table), table, "ogr")
            if style:
                apply_style(loaded, style)
            return loaded

        gaps = layer("gaps")
        apply_gap_style(gaps)
        outlines = layer("zoast_perimeters", "zoast_perimeters")
        fill = outlines.renderer().symbol().symbolLayer(0)  # outlines only over the gap colours
        fill.setDataDefinedProperty(QgsSymbolLayer.PropertyFillColor, QgsProperty())
        fill.setFillColor(QColor(0, 0, 0, 0))
        background = QgsVectorLayer(self.layer("units"), "units", "ogr")
        background.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "#f0f0ec", "outline_color": "#c8c8c8", "outline_width": "0.1"})))
        flows = layer("flows", "flows")
        flows.setSubsetString("\"direction\" <> 'domestic'")
        folder = self.out_dir / "maps"
        folder.mkdir(exist_ok=True)
        written = []
        for name, layers in (("region_gaps", [outlines, gaps]),
                             ("region_flows", [flows, layer("zoast_perimeters", "zoast_perimeters"), background]),
                             ("region_basins", [layer("basins", "basins")])):
            path = folder / "{}.png".format(name)
            render_png(layers, gaps.extent(), gaps.crs(), path)
            written.append(path)
        print("  {:<46} {}".format("Maps of the whole region", ", ".join(p.name for p in written)))
        return written

    def main(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        if self.gpkg.exists():
            self.gpkg.unlink()
        print("ZOAST demo on {}".format(self.sample.relative_to(ROOT) if self.sample.is_relative_to(ROOT)
                                           else self.sample))
        self.results = self.diagnosis()
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


def render_png(layers, extent, crs, path: Path, size=(1000, 820), max_bytes=400_000) -> None:
    """Render ``layers`` to a PNG small enough for a README (dithered to 256 colours if needed)."""
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize, Qt
    from qgis.PyQt.QtGui import QColor, QImage

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor("white"))
    settings.setOutputDpi(110)
    settings.setExtent(extent.buffered(extent.width() * 0.02))
    settings.setFlag(QgsMapSettings.Flag.Antialiasing, True)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(str(path), "PNG")
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
