"""Benchmark of zoast:delineatebasins at France scale: 35,000 units, 1,000,000 flow rows.

Targets (issue 7), through processing.run: Dartmouth ≤ 30 s, Louvain ≤ 120 s (issue 15: with
LOUVAIN_TRIES 10 seeds, MIN_LI / MIN_VOLUME merges after the communities). The case
is the core bench's (bench/bench_core_basins.py): the cells of a jittered 175 × 200
lattice as polygons with densified edges (each unit touches up to 8 others, like
communes), gravity-like flows towards 1,500 hospital towns, seed 12.

    python bench/bench_basins.py prepare --data DIR            # setup, not timed
    python bench/bench_basins.py run --method dartmouth --data DIR
    python bench/bench_basins.py run --method louvain --data DIR

``prepare`` writes ``basins.gpkg`` (layers units: unit_id, name, country, population; flows:
origin_id, dest_unit_id, patients, no geometry). ``run`` times processing.run of
zoast:delineatebasins (units and basins written to a GeoPackage; no travel-time
indicator, as no cost table is given). When the algorithm is not registered in the
provider, ``run`` times the core instead — flow matrix, polygon adjacency (STRtree) and
the method — and says "core only". The last line printed is ``BENCH_JSON {...}``.
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
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_core_basins as core_bench  # noqa: E402
import synthetic  # noqa: E402

ALGORITHM = "delineatebasins"
METHODS = {"dartmouth": 0, "louvain": 1}
#: (rows, cols, flow rows, hospitals); ``--quick`` for the smoke test.
FULL = (core_bench.ROWS, core_bench.COLS, core_bench.N_FLOWS, core_bench.N_HOSPITALS)
QUICK = (20, 25, 10_000, 20)
MIN_LI, MIN_POPULATION, MIN_VOLUME, RESOLUTION, SEED, TRIES = 0.4, 1000.0, 10.0, 1.0, 0, 10


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def case(quick: bool):
    """Polygons, population, country and the flow rows of the core bench's case.

    The core bench's generator reads its sizes from module constants; they are set here
    for the quick case (and restored to the full ones otherwise).
    """
    rows, cols, n_flows, n_hospitals = QUICK if quick else FULL
    core_bench.N_FLOWS, core_bench.N_HOSPITALS = n_flows, n_hospitals
    rng = np.random.default_rng(core_bench.SEED)
    polygons = core_bench.lattice_polygons(rows, cols, rng)
    origin, destination, volume = core_bench.gravity_flows(rows, cols, rng)
    n = rows * cols
    population = rng.lognormal(6.0, 1.2, n).round()
    country = np.where(np.arange(n) // cols < rows // 3, "BE", "FR")
    return polygons, population, country, origin, destination, volume


def unit_ids(n: int) -> np.ndarray:
    return np.char.add("U", np.char.zfill(np.arange(n).astype(str), 6))


def prepare(data: Path, quick: bool) -> dict:
    gpkg = data / "basins.gpkg"
    if gpkg.exists():
        return {"reused": True, "seconds": 0.0}
    started = time.perf_counter()
    data.mkdir(parents=True, exist_ok=True)
    polygons, population, country, origin, destination, volume = case(quick)
    ids = unit_ids(len(polygons))
    offset = synthetic.ORIGIN_XY
    import shapely.affinity

    wkt = [shapely.affinity.translate(p, *offset).wkt for p in polygons]
    synthetic.write_layer(gpkg, "units", {"unit_id": ids, "name": np.char.add("Commune ", ids), "country": country,
                                          "population": population}, wkt=wkt)
    synthetic.write_layer(gpkg, "flows", {"origin_id": ids[origin], "dest_unit_id": ids[destination],
                                          "patients": volume})
    return {"units": len(ids), "flow_rows": len(origin), "seconds": time.perf_counter() - started}


def layer_sizes(gpkg: Path) -> dict:
    """Feature counts of the units and flows layers (read after the timing)."""
    from osgeo import ogr

    source = ogr.Open(str(gpkg))
    return {"units": source.GetLayerByName("units").GetFeatureCount(),
            "flow_rows": source.GetLayerByName("flows").GetFeatureCount()}


def registered() -> bool:
    from zoast_plugin.processing.provider import ALGORITHMS

    return any(module == ALGORITHM for module, _ in ALGORITHMS)


def run_processing(method: str, data: Path) -> dict:
    from bench_accessibility import start_qgis

    app, _provider = start_qgis()
    import processing

    gpkg, output = data / "basins.gpkg", data / "basins_{}_output.gpkg".format(method)
    if output.exists():
        output.unlink()
    parameters = {
        "UNITS": synthetic.layer_uri(gpkg, "units"), "UNIT_ID_FIELD": "unit_id", "POPULATION_FIELD": "population",
        "UNIT_COUNTRY_FIELD": "country", "METHOD": METHODS[method], "FLOWS": synthetic.layer_uri(gpkg, "flows"),
        "FLOW_ORIGIN_FIELD": "origin_id", "FLOW_DEST_FIELD": "dest_unit_id", "FLOW_VOLUME_FIELD": "patients",
        "MIN_LI": MIN_LI, "MIN_POPULATION": MIN_POPULATION, "MIN_VOLUME": MIN_VOLUME, "RESOLUTION": RESOLUTION,
        "SEED": SEED, "LOUVAIN_TRIES": TRIES,
        "TRAVEL_TIME_INDICATOR": False, "ALLOW_CROSS_BORDER": True,
        "OUTPUT": "ogr:dbname='{}' table=\"units\" (geom)".format(output),
        "BASINS": "ogr:dbname='{}' table=\"basins\" (geom)".format(output),
    }
    started, cpu = time.perf_counter(), time.process_time()
    result = processing.run("zoast:" + ALGORITHM, parameters)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    figures = {"mode": "processing.run", "seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak_mb(),
               "basins": int(result["N_BASINS"]), "modularity": float(result["MODULARITY"]),
               "failing": int(result["FAILING_BASINS"])}
    for name in ("UNITS_FILLED", "UNITS_REATTACHED", "ISLAND_UNITS", "BASINS_MERGED", "UNITS_MERGED"):
        figures[name.lower()] = int(result[name])
    if method == "louvain":
        figures.update(tries=TRIES, seed=int(result["LOUVAIN_SEED"]),
                       modularity_min=float(result["LOUVAIN_MODULARITY_MIN"]),
                       modularity_max=float(result["LOUVAIN_MODULARITY_MAX"]))
    del app
    return figures


def run_core(method: str, quick: bool) -> dict:
    from zoast_plugin.core.adjacency import unit_adjacency
    from zoast_plugin.core.basins import dartmouth_basins, flow_matrix
    from zoast_plugin.core.louvain import louvain_basins

    polygons, population, country, origin, destination, volume = case(quick)
    started, cpu = time.perf_counter(), time.process_time()
    flows = flow_matrix(origin, destination, volume, len(polygons))
    adjacency = unit_adjacency(polygons, 1.0)
    if method == "dartmouth":
        result = dartmouth_basins(flows, adjacency, population, min_li=MIN_LI, min_population=MIN_POPULATION,
                                  country=country, min_volume=MIN_VOLUME)
    else:
        result = louvain_basins(flows, adjacency, resolution=RESOLUTION, seed=SEED, country=country, tries=TRIES,
                                population=population, min_li=MIN_LI, min_population=MIN_POPULATION,
                                min_volume=MIN_VOLUME)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"mode": "core only", "seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak_mb(),
            "basins": int(result.n_basins), "modularity": float(result.modularity)}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("prepare", "run"))
    parser.add_argument("--method", choices=sorted(METHODS), default="dartmouth")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--quick", action="store_true", help="small sizes, for the smoke test")
    parser.add_argument("--core", action="store_true", help="time the core even when the algorithm is registered")
    args = parser.parse_args(argv)
    if args.step == "prepare":
        figures = prepare(args.data, args.quick)
    elif registered() and not args.core:
        figures = run_processing(args.method, args.data)
    else:
        figures = run_core(args.method, args.quick)
    if args.step == "run":
        figures.update(layer_sizes(args.data / "basins.gpkg") if figures["mode"] == "processing.run" else
                       {"units": len(case(args.quick)[0]), "flow_rows": (QUICK if args.quick else FULL)[2]})
    print("basins {} {}: {}".format(args.step, args.method if args.step == "run" else "", figures))
    print("BENCH_JSON " + json.dumps(figures), flush=True)
    return figures


if __name__ == "__main__":
    main()
