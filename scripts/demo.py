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

    def output(self, table: str) -> str:
        return "ogr:dbname='{}' table=\"{}\" (geom)".format(self.gpkg, table)

    def result(self, table: str) -> str:
        return "{}|layername={}".format(self.gpkg, table)

    def run(self, label: str, algorithm: str, parameters: dict) -> dict:
        import processing

        started = time.perf_counter()
        result = processing.run(algorithm, parameters)
        self.timings.append((label, time.perf_counter() - started))
        print("  {:<46} {:6.1f} s".format(label, self.timings[-1][1]))
        return result

    def accessibility(self) -> dict:
        """GPs (FTE per 100,000, E2SFCA 10/20/30 min) without and with the ZOAST agreements."""
        common = {"SUPPLY": self.layer("gp_practices"), "CAPACITY_FIELD": "fte", "METHOD": 1,
                  "STEPS": "10:1;20:0.68;30:0.22", "MAX_COST": 30, "SCALE": 100000}
        national = self.run("GP accessibility, national supply only", "zoast:accessibility", {
            **common, "UNITS": self.layer("units"), "BORDER_MODE": 0, "OUTPUT": "memory:"})
        renamed = self.run("  keep it as access_national", "native:renametablefield", {
            "INPUT": national["OUTPUT"], "FIELD": "access", "NEW_NAME": "access_national",
            "OUTPUT": "memory:"})
        zoast = self.run("GP accessibility inside the ZOAST agreements", "zoast:accessibility", {
            **common, "UNITS": renamed["OUTPUT"], "BORDER_MODE": 1,
            "AGREEMENT_MEMBERS": self.layer("zoast_members"), "SUPPLY_UNIT_FIELD": "unit_id",
            "OUTPUT": self.output("gp_accessibility")})
        return zoast

    def main(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        if self.gpkg.exists():
            self.gpkg.unlink()
        print("ZOAST demo on {}".format(self.sample.relative_to(ROOT) if self.sample.is_relative_to(ROOT)
                                           else self.sample))
        self.accessibility()
        self.summary()

    def summary(self) -> None:
        from qgis.core import QgsVectorLayer

        units = QgsVectorLayer(self.result("gp_accessibility"), "units", "ogr")
        rows = [(f["country"], f["population"] or 0, f["access_national"] or 0, f["access"] or 0)
                for f in units.getFeatures()]
        print("\nKey figures (GP FTE per 100,000 inhabitants, E2SFCA 30 min; sample data, partly synthetic):")
        for country in ("FR", "BE"):
            part = [r for r in rows if r[0] == country]
            population = sum(r[1] for r in part)
            national = sum(r[1] * r[2] for r in part) / population
            zoast = sum(r[1] * r[3] for r in part) / population
            gaining = sum(r[1] for r in part if r[3] > r[2] + 1e-9)
            print("  {}: {:>9,} inhabitants, access {:6.1f} national → {:6.1f} with ZOAST; {:>9,} inhabitants "
                  "gain".format(country, int(population), national, zoast, int(gaining)))
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
