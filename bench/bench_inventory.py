"""Benchmark of the supply inventory: 100,000 points into 35,000 commune polygons.

Target (issue 6): ≤ 10 s through processing.run of zoast:supplyinventory (500 m tolerance,
6 categories, FTE, 400 groups; the three outputs to a GeoPackage), on the core bench's case
(bench/bench_core_inventory.py: Voronoi communes of about 33 vertices, points clustered
around towns, 1 % off the coast), seed 1. When the algorithm is not registered in the
provider, ``run`` times the core instead ("core only"): ``assign_points_to_units`` then
``inventory``. Building the case is setup, not timed.

The peer: shapely 2's STRtree bulk query (``query(points, predicate="intersects")``, in
C, every point at once) on the same polygons and points; it answers only "which polygon
holds the point" (no tolerance, no counts); its answers are compared with the core's.

    python bench/bench_inventory.py prepare --data DIR [--quick]   # setup, not timed
    python bench/bench_inventory.py run --data DIR [--quick]
    python bench/bench_inventory.py peer [--quick]

The last line printed is ``BENCH_JSON {...}``.
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

import bench_core_inventory as core_bench  # noqa: E402
import synthetic  # noqa: E402

ALGORITHM = "supplyinventory"
FULL = (35_000, 100_000)
QUICK = (500, 2_000)
VERTICES, SEED, GROUPS = 32, 1, 400


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def registered() -> bool:
    from zoast_plugin.processing.provider import ALGORITHMS

    return any(module == ALGORITHM for module, _ in ALGORITHMS)


def peer(polygons, points) -> "tuple[np.ndarray, float]":
    """Lowest index of a polygon holding each point (−1: none), by one STRtree bulk query."""
    import shapely

    geometries = np.asarray(polygons, dtype=object)
    started = time.perf_counter()
    tree = shapely.STRtree(geometries)
    point_index, polygon_index = tree.query(shapely.points(points), predicate="intersects")
    found = np.full(len(points), np.iinfo(np.int64).max)
    np.minimum.at(found, point_index, polygon_index)
    seconds = time.perf_counter() - started
    return np.where(found == np.iinfo(np.int64).max, -1, found), seconds


def case(quick: bool):
    n_units, n_points = QUICK if quick else FULL
    polygons, points, category, fte, population = core_bench.synthetic_case(n_units, n_points, VERTICES, SEED)
    unit_ids = np.array(["FR:{:05d}".format(i) for i in range(len(polygons))])
    group = np.array(["B{:03d}".format(i % GROUPS) for i in range(len(polygons))])
    return polygons, points, category, fte, population, unit_ids, group


def prepare(data: Path, quick: bool) -> dict:
    """inventory.gpkg: layers units (unit_id, population, basin) and supply (supply_id, category, fte)."""
    import shapely.affinity

    gpkg = data / "inventory.gpkg"
    if gpkg.exists():
        return {"reused": True}
    data.mkdir(parents=True, exist_ok=True)
    polygons, points, category, fte, population, unit_ids, group = case(quick)
    offset = synthetic.ORIGIN_XY
    synthetic.write_layer(gpkg, "units", {"unit_id": unit_ids, "population": population, "basin": group},
                          wkt=[shapely.affinity.translate(p, *offset).wkt for p in polygons])
    synthetic.write_layer(gpkg, "supply", {"supply_id": np.char.add("S", np.arange(len(points)).astype(str)),
                                           "category": category.astype(str), "fte": fte}, xy=points + offset)
    return {"units": len(polygons), "points": len(points)}


def run_processing(data: Path) -> dict:
    from bench_accessibility import start_qgis

    app, _provider = start_qgis()
    import processing

    gpkg = data / "inventory.gpkg"
    # One GeoPackage per output: QGIS 3.22 fails on a table without geometry given as "ogr:… (geom)".
    outputs = {name: data / "inventory_{}.gpkg".format(name.lower()) for name in ("OUTPUT", "SUMMARY", "UNMATCHED")}
    for path in outputs.values():
        if path.exists():
            path.unlink()
    parameters = {
        "SUPPLY": [synthetic.layer_uri(gpkg, "supply")], "SUPPLY_ID_FIELD": "supply_id", "CATEGORY_FIELD": "category",
        "CAPACITY_FIELDS": "fte", "UNITS": synthetic.layer_uri(gpkg, "units"), "UNIT_ID_FIELD": "unit_id",
        "POPULATION_FIELD": "population", "GROUP_FIELD": "basin", "TOLERANCE": 500.0,
        **{name: str(path) for name, path in outputs.items()},
    }
    started, cpu = time.perf_counter(), time.process_time()
    result = processing.run("zoast:" + ALGORITHM, parameters)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    figures = {"mode": "processing.run", "seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak_mb(),
               "points": int(result["POINTS"]), "nearest": int(result["MATCHED_BY_TOLERANCE"]),
               "unmatched": int(result["UNMATCHED_COUNT"])}
    figures["within"] = figures["points"] - figures["nearest"] - figures["unmatched"]
    from osgeo import ogr

    source = ogr.Open(str(gpkg))  # kept in a variable: its layers die with it
    figures["units"] = source.GetLayerByName("units").GetFeatureCount()
    del app
    return figures


def run_peer(quick: bool) -> dict:
    """The shapely bulk query, and its agreement with the core's "within" answers."""
    from zoast_plugin.core.inventory import WITHIN, assign_points_to_units

    polygons, points = case(quick)[:2]
    found, seconds = peer(polygons, points)
    assignment = assign_points_to_units(points, polygons)
    ours = np.where(assignment.how == WITHIN, assignment.unit_index, -1)
    return {"peer": "shapely {} STRtree bulk query".format(__import__("shapely").__version__), "seconds": seconds,
            "peak_mb": peak_mb(), "peer_agreement": float(np.mean(found == ours))}


def run_core(quick: bool) -> dict:
    from zoast_plugin.core.inventory import assign_points_to_units, inventory

    polygons, points, category, fte, population, unit_ids, group = case(quick)
    started, cpu = time.perf_counter(), time.process_time()
    assignment = assign_points_to_units(points, polygons)
    result = inventory(unit_ids, population, assignment.unit_index, category, {"fte": fte}, group)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    counts = assignment.counts()
    assert result.units["n_total"].sum() == len(points) - counts["unmatched"]
    figures = {"mode": "core only", "seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak_mb(),
               "units": len(polygons), "points": len(points), **counts}
    return figures


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("prepare", "run", "peer"))
    parser.add_argument("--data", type=Path)
    parser.add_argument("--quick", action="store_true", help="small sizes, for the smoke test")
    parser.add_argument("--core", action="store_true", help="time the core even when the algorithm is registered")
    args = parser.parse_args(argv)
    if args.step in ("prepare", "run") and args.data is None:
        parser.error("--data is needed by prepare and run")
    if args.step == "prepare":
        figures = prepare(args.data, args.quick)
    elif args.step == "peer":
        figures = run_peer(args.quick)
    elif registered() and not args.core:
        figures = run_processing(args.data)
    else:
        figures = run_core(args.quick)
    print("inventory {}: {}".format(args.step, figures))
    print("BENCH_JSON " + json.dumps(figures), flush=True)
    return figures


if __name__ == "__main__":
    main()
