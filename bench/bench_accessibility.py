"""Benchmark of the whole zoast:accessibility run through processing.run, at France scale.

Two cases, each in the data folder ``--data``:

* ``france``: 35,000 unit points × 100,000 GP points clustered like settlement
  (bench/synthetic.py), straight line within 30 km (MAX_COST 30 min, SPEED_KMH 60,
  DETOUR 1), E2SFCA with the default steps, BORDER_MODE 2, output to a GeoPackage
  (about 26 M pairs). Targets (issue 4): ≤ 15 s and ≤ 2.5 GB peak.
* ``grid``: the same supply and 1,000,000 demand points on a 200 m grid
  (200 km × 200 km). Target: completes with a peak ≤ 6 GB.

Steps, each meant for its own process (bench/run_all.py runs them so, so that the peak
resident memory ``ru_maxrss`` is that of one step):

    python bench/bench_accessibility.py prepare --case france --data DIR   # setup, not timed
    python bench/bench_accessibility.py zoast   --case france --data DIR   # processing.run, timed

``prepare`` writes ``<case>.gpkg`` (layers units, supply) and, for the peers
(bench/peer_access.py), ``<case>_pairs.npz``: the same straight-line pairs computed by
the core (origin, dest, cost, demand, supply; the grid case's file holds demand and supply
only: its hundreds of millions of pairs are not kept). ``zoast`` times processing.run alone
(QGIS start-up and reading back the output are not timed), then saves the access of
each unit to ``<case>_zoast_access.npy`` for the comparison. The last line printed is
``BENCH_JSON {...}``.
"""

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import synthetic  # noqa: E402

#: (units, supply) of each case; ``--quick`` shrinks them for the smoke test.
SIZES = {"france": (35_000, 100_000), "grid": (1_000_000, 100_000)}
QUICK_SIZES = {"france": (2_000, 5_000), "grid": (10_000, 5_000)}
MAX_COST_MIN, SPEED_KMH, DETOUR = 30.0, 60.0, 1.0
STEPS = "10:1;20:0.68;30:0.22"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def paths(data: Path, case: str) -> dict:
    return {"gpkg": data / "{}.gpkg".format(case), "pairs": data / "{}_pairs.npz".format(case),
            "output": data / "{}_output.gpkg".format(case), "access": data / "{}_zoast_access.npy".format(case)}


def unit_ids(n: int) -> np.ndarray:
    return np.char.add("U", np.char.zfill(np.arange(n).astype(str), 7))


def prepare(case: str, data: Path, quick: bool) -> dict:
    """Write the layers and the pairs file (skipped when both exist: the case is seeded)."""
    from zoast_plugin.core.costs import straight_line_pairs

    files = paths(data, case)
    n_units, _n_supply = (QUICK_SIZES if quick else SIZES)[case]
    started = time.perf_counter()
    if files["gpkg"].exists() and files["pairs"].exists():
        with np.load(files["pairs"]) as archive:
            n_pairs = len(archive["cost"])
        return {"pairs": n_pairs, "seconds": 0.0, "reused": True}
    data.mkdir(parents=True, exist_ok=True)
    # The grid case keeps the France case's supply points (same seed and sizes) and replaces the units.
    base = synthetic.accessibility_case(*(QUICK_SIZES if quick else SIZES)["france"])
    if case == "grid":
        base.update(synthetic.grid_demand(n_units))
    units_xy, supply_xy = base["units_xy"], base["supply_xy"]
    for path in (files["gpkg"], files["pairs"], files["output"], files["access"]):
        if path.exists():
            path.unlink()
    synthetic.write_layer(files["gpkg"], "units", {"unit_id": unit_ids(len(units_xy)),
                                                   "country": synthetic.country_of(units_xy),
                                                   "population": base["demand"]}, xy=units_xy)
    synthetic.write_layer(files["gpkg"], "supply", {
        "supply_id": np.char.add("S", np.char.zfill(np.arange(len(supply_xy)).astype(str), 6)),
        "country": synthetic.country_of(supply_xy), "fte": base["capacity"]}, xy=supply_xy)
    figures = {"units": len(units_xy), "supply": len(supply_xy)}
    if case == "france":  # the peers run on these pairs; the grid's hundreds of millions are not kept
        pairs = straight_line_pairs(units_xy, supply_xy, MAX_COST_MIN, SPEED_KMH, DETOUR)
        np.savez(files["pairs"], origin=pairs.origin, dest=pairs.dest, cost=pairs.cost, demand=base["demand"],
                 supply=base["capacity"])
        figures["pairs"] = len(pairs)
    else:
        np.savez(files["pairs"], origin=np.zeros(0, np.int32), dest=np.zeros(0, np.int32), cost=np.zeros(0),
                 demand=base["demand"], supply=base["capacity"])
    figures["seconds"] = time.perf_counter() - started
    return figures


def start_qgis():
    """QGIS and Processing headless, the ZOAST provider registered (as scripts/demo.py does)."""
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


def read_access(output: Path, n_units: int) -> np.ndarray:
    """Access of each unit from the output GeoPackage, in unit order (after the timing)."""
    from osgeo import ogr

    source = ogr.Open(str(output))
    layer = source.GetLayer(0)
    values = np.full(n_units, np.nan)
    for feature in layer:
        values[int(feature.GetField("unit_id")[1:])] = feature.GetField("access")
    return values


def run_zoast(case: str, data: Path) -> dict:
    files = paths(data, case)
    if files["output"].exists():
        files["output"].unlink()
    app, _provider = start_qgis()
    import processing

    parameters = {
        "UNITS": synthetic.layer_uri(files["gpkg"], "units"), "UNIT_ID_FIELD": "unit_id",
        "SUPPLY": synthetic.layer_uri(files["gpkg"], "supply"), "SUPPLY_ID_FIELD": "supply_id",
        "DEMAND_FIELD": "population", "CAPACITY_FIELD": "fte", "UNIT_COUNTRY_FIELD": "country",
        "SUPPLY_COUNTRY_FIELD": "country", "METHOD": 1, "STEPS": STEPS, "MAX_COST": MAX_COST_MIN,
        "SPEED_KMH": SPEED_KMH, "DETOUR": DETOUR, "BORDER_MODE": 2, "CROSS_BORDER_WEIGHT": 1.0, "SCALE": 1.0,
        "OUTPUT": "ogr:dbname='{}' table=\"accessibility\" (geom)".format(files["output"]),
    }
    started, cpu = time.perf_counter(), time.process_time()
    result = processing.run("zoast:accessibility", parameters)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = peak_mb()
    with np.load(files["pairs"]) as archive:
        n_units, n_supply = len(archive["demand"]), len(archive["supply"])
        expected_pairs = len(archive["cost"]) or None
    access = read_access(files["output"], n_units)
    np.save(files["access"], access)
    figures = {"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak, "pairs": int(result["PAIRS"]),
               "units": n_units, "supply": n_supply, "units_without_access": int(result["UNITS_WITHOUT_ACCESS"]),
               "rows_written": int(np.isfinite(access).sum())}
    if expected_pairs is not None:
        figures["pairs_match_peer_file"] = figures["pairs"] == expected_pairs
    del app
    return figures


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("prepare", "zoast"))
    parser.add_argument("--case", choices=sorted(SIZES), default="france")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--quick", action="store_true", help="small sizes, for the smoke test")
    args = parser.parse_args(argv)
    if args.step == "prepare":
        figures = prepare(args.case, args.data, args.quick)
        print("prepared {}: {}".format(args.case, figures))
    else:
        figures = run_zoast(args.case, args.data)
        print("zoast:accessibility ({}): {:.2f} s (CPU {:.2f} s), peak {:.0f} MB, {} pairs".format(
            args.case, figures["seconds"], figures["cpu_seconds"], figures["peak_mb"], figures["pairs"]))
    print("BENCH_JSON " + json.dumps(figures), flush=True)
    return figures


if __name__ == "__main__":
    main()
