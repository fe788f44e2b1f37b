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


def start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from zoast_plugin.processing.provider import ZoastProvider

    provider = ZoastProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


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

    def keep_as(self, label: str, layer, field: str, new_name: str):
        """Rename ``field`` of an intermediate result, so the next run can add its own."""
        return self.run(label, "native:renametablefield", {"INPUT": layer, "FIELD": field, "NEW_NAME": new_name,
                                                          "OUTPUT": "memory:"})["OUTPUT"]

    def needs_and_access(self):
        """Needs, then GP accessibility without and with the ZOAST agreements, in each country's measure:
        French APL (consultations per standardised inhabitant) and Belgian FTE GPs per 100,000."""
        units = self.run("Needs: age-standardised population", "zoast:needs", {
            "UNITS": self.layer("units"), "OUTPUT": "memory:"})["OUTPUT"]
        zoast = {"AGREEMENT_MEMBERS": self.layer("zoast_members"), "SUPPLY_UNIT_FIELD": "unit_id"}
        fte = {"SUPPLY": self.layer("gp_practices"), "CAPACITY_FIELD": "fte", "METHOD": 1,
               "STEPS": "10:1;20:0.68;30:0.22", "MAX_COST": 30, "SCALE": 100000, "OUTPUT": "memory:"}
        apl = {"SUPPLY": self.layer("gp_practices"), "OUTPUT": "memory:"}
        for label, algorithm, common, name in (
            ("GP FTE per 100,000", "zoast:accessibility", fte, "fte100k"),
            ("French APL", "zoast:apl", apl, "apl"),
        ):
            national = self.run("{}, national supply only".format(label), algorithm,
                                {**common, "UNITS": units, "BORDER_MODE": 0})["OUTPUT"]
            units = self.keep_as("  keep as {}_national".format(name), national, "access", name + "_national")
            units = self.drop(units, ["n_supply"])
            inside = self.run("{}, inside the ZOAST agreements".format(label), algorithm,
                              {**common, **zoast, "UNITS": units, "BORDER_MODE": 1})["OUTPUT"]
            units = self.keep_as("  keep as {}_zoast".format(name), inside, "access", name + "_zoast")
            units = self.drop(units, ["n_supply"])
        for name in ("access", "access_national"):
            source = "zoast" if name == "access" else "national"
            units = self.run("  {}: each country's own measure".format(name), "native:fieldcalculator", {
                "INPUT": units, "FIELD_NAME": name, "FIELD_TYPE": 0, "FIELD_LENGTH": 20, "FIELD_PRECISION": 6,
                "FORMULA": "if(\"country\" = 'FR', \"apl_{0}\", \"fte100k_{0}\")".format(source),
                "OUTPUT": "memory:"})["OUTPUT"]
        return units

    def drop(self, layer, fields):
        return self.run("  drop {}".format(", ".join(fields)), "native:deletecolumn", {
            "INPUT": layer, "COLUMN": fields, "OUTPUT": "memory:"})["OUTPUT"]

    def gaps(self, units):
        return self.run("Gaps: French zoning, Walloon and Flemish rules", "zoast:gaps", {
            "UNITS": units, "ACCESS_FIELD": "access", "NATIONAL_ACCESS_FIELD": "access_national",
            "NEED_FIELD": "need", "GROUP_FIELD": "dept_prov", "OUTPUT": self.output("gaps"),
            "SUMMARY": self.output("gap_summary", geometry=False)})

    def main(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        if self.gpkg.exists():
            self.gpkg.unlink()
        print("ZOAST demo on {}".format(self.sample.relative_to(ROOT) if self.sample.is_relative_to(ROOT)
                                           else self.sample))
        self.figures = self.gaps(self.needs_and_access())
        self.summary()

    def summary(self) -> None:
        from qgis.core import QgsVectorLayer

        units = QgsVectorLayer(self.result("gaps"), "gaps", "ogr")
        rows = [(f["country"], f["population"] or 0, f["severity"], f["severity_national"], f["shortfall_fte"] or 0,
                 f["shortfall_fte_national"] or 0) for f in units.getFeatures()]
        print("\nPopulation by gap severity (sample data, partly synthetic; each unit judged by its country's rule):")
        print("  {:<8} {:>14} {:>14} {:>16}".format("country", "severity", "national", "with ZOAST"))
        names = {2: "severe", 1: "shortage", 0: "adequate", -1: "not judged"}
        for country in ("FR", "BE"):
            for severity in (2, 1, 0, -1):
                national = sum(r[1] for r in rows if r[0] == country and r[3] == severity)
                zoast = sum(r[1] for r in rows if r[0] == country and r[2] == severity)
                if national or zoast:
                    print("  {:<8} {:>14} {:>14,} {:>16,}".format(country, names[severity], int(national),
                                                                   int(zoast)))
        print("  shortfall to reach each rule's threshold: {:,.0f} FTE national → {:,.0f} FTE with ZOAST".format(
            sum(r[5] for r in rows), sum(r[4] for r in rows)))
        print("\nResults: {}".format(self.gpkg))
        print("Total {:.1f} s".format(sum(t for _label, t in self.timings)))


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
