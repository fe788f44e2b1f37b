"""Benchmark of road-network travel costs (zoast:costmatrix, zoast:accessibility) with a scipy baseline.

SYNTHETIC networks from bench/roads.py (seeded jittered grids, 50/80/110 km/h), 30-minute cut-off:

* ``region``: 250 × 200 km (≈ 139k nodes), 10,000 units × 7,000 supply points;
* ``france``: 1,000 × 1,000 km (≈ 1.83 M nodes, 4.75 M lines), 35,000 units × 100,000 supply points;
* ``--quick`` (the smoke test): 30 × 20 km, 500 units × 300 supply points.

Steps, each meant for its own process (bench/run_all.py runs them so, so that the peak
resident memory is that of one step):

    python bench/bench_roads.py prepare --case region --data DIR        # setup, not timed
    python bench/bench_roads.py zoast --case region --alg costmatrix --data DIR
    python bench/bench_roads.py peer --case region --data DIR           # scipy Dijkstra baseline

``zoast`` times processing.run (output to a GeoPackage) and the stages inside it (from the
progress texts: reading, road graph, routing and writing, saving), with the peak memory
reached at the end of each stage. ``peer`` is what one would write with scipy alone: the
same graph from the same file (GDAL's columnar reader, nodes matched by coordinates),
points snapped with a KD-tree, one ``scipy.sparse.csgraph.dijkstra`` call per block of
origin nodes over the whole network with the cut-off as ``limit``; it then compares its
pairs with the costmatrix output (read after its own timing). The last line printed is
``BENCH_JSON {...}``.
"""

import argparse
import json
import os
import resource
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import roads  # noqa: E402

SIZES = {"region": ("region", 10_000, 7_000), "france": ("france", 35_000, 100_000)}
QUICK = ("small", 500, 300)
MAX_COST_MIN, ACCESS_KMH = 30.0, 15.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def paths(data: Path, case: str, quick: bool) -> dict:
    tag = "quick" if quick else case  # both cases share the small network when quick
    return {"gpkg": data / "roads-{}.gpkg".format(tag), "output": data / "roads-{}-costs.gpkg".format(tag),
            "access": data / "roads-{}-access.gpkg".format(tag)}


def prepare(case: str, data: Path, quick: bool) -> dict:
    files = paths(data, case, quick)
    kind, n_units, n_supply = QUICK if quick else SIZES[case]
    if files["gpkg"].exists():
        return {"reused": True, "seconds": 0.0}
    data.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    partial = files["gpkg"].with_suffix(".partial.gpkg")
    if partial.exists():
        partial.unlink()
    figures = roads.write_case(partial, kind, n_units, n_supply)
    partial.rename(files["gpkg"])
    figures["seconds"] = time.perf_counter() - started
    return figures


def start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from zoast_plugin.processing.provider import register_provider

    return app, register_provider()


def stage_feedback():
    """A feedback recording each progress text with the time and the peak memory when it changed."""
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.stages = []
            self.ticks = 0
            self.progressChanged.connect(self._tick)

        def _tick(self, _value):
            self.ticks += 1

        def setProgressText(self, text):  # noqa: N802 - QGIS API
            self.close()
            self.stages.append({"stage": text, "start": time.perf_counter()})
            super().setProgressText(text)

        def pushInfo(self, info):  # noqa: N802 - QGIS API
            print("  " + info, flush=True)

        def pushWarning(self, warning):  # noqa: N802 - QGIS API
            print("  WARNING " + warning, flush=True)

        def close(self):
            if self.stages and "seconds" not in self.stages[-1]:
                last = self.stages[-1]
                last["seconds"] = time.perf_counter() - last.pop("start")
                last["peak_mb"] = peak_mb()

    return Recorder()


def run_zoast(case: str, data: Path, algorithm: str, quick: bool) -> dict:
    files = paths(data, case, quick)
    output = files["output"] if algorithm == "costmatrix" else files["access"]
    if output.exists():
        output.unlink()
    app, _provider = start_qgis()
    import processing

    gpkg = files["gpkg"]
    parameters = {"UNITS": "{}|layername=units".format(gpkg), "UNIT_ID_FIELD": "unit_id",
                  "SUPPLY": "{}|layername=supply".format(gpkg), "SUPPLY_ID_FIELD": "supply_id",
                  "ROADS": "{}|layername=roads".format(gpkg), "SPEED_FIELD": "speed_kmh",
                  "MAX_COST": MAX_COST_MIN, "ACCESS_SPEED_KMH": ACCESS_KMH, "OUTPUT": str(output)}
    if algorithm == "accessibility":
        parameters.update({"BORDER_MODE": 0, "METHOD": 0})
    feedback = stage_feedback()
    started, cpu = time.perf_counter(), time.process_time()
    result = processing.run("zoast:" + algorithm, parameters, feedback=feedback)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    feedback.close()
    figures = {"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak_mb(), "pairs": int(result["PAIRS"]),
               "stages": feedback.stages, "progress_ticks": feedback.ticks}
    with sqlite3.connect(str(gpkg)) as db:
        figures["units"] = db.execute("SELECT COUNT(*) FROM units").fetchone()[0]
        figures["supply"] = db.execute("SELECT COUNT(*) FROM supply").fetchone()[0]
        figures["lines"] = db.execute("SELECT COUNT(*) FROM roads").fetchone()[0]
    del app
    return figures


def read_network(gpkg: Path):
    """(node xy, CSR graph of minutes, unit xy, supply xy, unit ids, supply ids), with GDAL and numpy alone."""
    import scipy.sparse as sp
    import shapely
    from osgeo import ogr

    source = ogr.Open(str(gpkg))
    table = source.GetLayerByName("roads")
    wkbs, speeds = [], []
    geometry = table.GetGeometryColumn() or "wkb_geometry"
    for batch in table.GetArrowStreamAsNumPy():  # geometries come as WKB
        speeds.append(np.asarray(batch["speed_kmh"], dtype=np.float64))
        wkbs.append(batch[geometry])
    lines = shapely.from_wkb(np.concatenate(wkbs))
    del wkbs
    coords, line = shapely.get_coordinates(lines, return_index=True)
    first = np.searchsorted(line, np.arange(len(lines)))
    last = np.searchsorted(line, np.arange(len(lines)), side="right") - 1
    ends = np.stack([coords[first], coords[last]], axis=1)
    speed = np.concatenate(speeds)
    xy = ends.reshape(-1, 2)
    node_xy, node = np.unique(xy, axis=0, return_inverse=True)
    node = node.reshape(-1, 2)
    minutes = np.hypot(*(ends[:, 0] - ends[:, 1]).T) / (speed * 1000.0 / 60.0)
    n = len(node_xy)
    graph = sp.coo_matrix((np.concatenate([minutes, minutes]),
                           (np.concatenate([node[:, 0], node[:, 1]]), np.concatenate([node[:, 1], node[:, 0]]))),
                          shape=(n, n)).tocsr()  # parallel edges summed: none in this network

    def points(name, field):
        layer = source.GetLayerByName(name)
        ids, coords = [], []
        for feature in layer:
            ids.append(feature.GetField(field))
            geometry = feature.GetGeometryRef()
            coords.append((geometry.GetX(), geometry.GetY()))
        return np.asarray(coords), np.asarray(ids)

    units_xy, unit_ids = points("units", "unit_id")
    supply_xy, supply_ids = points("supply", "supply_id")
    return node_xy, graph, units_xy, supply_xy, unit_ids, supply_ids


def run_peer(case: str, data: Path, quick: bool) -> dict:
    import scipy
    from scipy.sparse.csgraph import dijkstra
    from scipy.spatial import cKDTree

    files = paths(data, case, quick)
    started, cpu = time.perf_counter(), time.process_time()
    node_xy, graph, units_xy, supply_xy, unit_ids, supply_ids = read_network(files["gpkg"])
    read_s = time.perf_counter() - started
    tree = cKDTree(node_xy)
    u_dist, u_node = tree.query(units_xy)
    s_dist, s_node = tree.query(supply_xy)
    per_min = ACCESS_KMH * 1000.0 / 60.0
    u_access, s_access = u_dist / per_min, s_dist / per_min
    starts, u_group = np.unique(u_node, return_inverse=True)
    ends, s_group = np.unique(s_node, return_inverse=True)
    block = max(1, 20_000_000 // len(node_xy))
    found = []
    for first in range(0, len(starts), block):
        times = dijkstra(graph, directed=True, indices=starts[first:first + block], limit=MAX_COST_MIN)[:, ends]
        rows, cols = np.nonzero(times <= MAX_COST_MIN)
        found.append(np.column_stack([first + rows, cols, times[rows, cols]]))
    node_pairs = np.concatenate(found) if found else np.empty((0, 3))
    # every unit at a start node × every supply point at an end node
    u_order = np.argsort(u_group, kind="stable")
    u_starts = np.searchsorted(u_group[u_order], np.arange(len(starts) + 1))
    s_order = np.argsort(s_group, kind="stable")
    s_starts = np.searchsorted(s_group[s_order], np.arange(len(ends) + 1))
    pr, pc, pt = node_pairs[:, 0].astype(np.int64), node_pairs[:, 1].astype(np.int64), node_pairs[:, 2]
    counts_u = u_starts[pr + 1] - u_starts[pr]
    rep = np.repeat(np.arange(len(pr)), counts_u)
    offset = np.arange(len(rep)) - np.repeat(np.cumsum(counts_u) - counts_u, counts_u)
    unit = u_order[u_starts[pr][rep] + offset]
    counts_s = s_starts[pc[rep] + 1] - s_starts[pc[rep]]
    rep2 = np.repeat(np.arange(len(rep)), counts_s)
    offset2 = np.arange(len(rep2)) - np.repeat(np.cumsum(counts_s) - counts_s, counts_s)
    dest = s_order[s_starts[pc[rep][rep2]] + offset2]
    unit = unit[rep2]
    cost = u_access[unit] + pt[rep][rep2] + s_access[dest]
    keep = cost <= MAX_COST_MIN
    unit, dest, cost = unit[keep], dest[keep], cost[keep]
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    figures = {"peer": "scipy {} Dijkstra, whole network".format(scipy.__version__), "seconds": seconds,
               "cpu_seconds": cpu, "peak_mb": peak_mb(), "pairs": int(len(cost)), "read_seconds": read_s}
    if files["output"].exists():  # compare with costmatrix's output, after the timing
        with sqlite3.connect(str(files["output"])) as db:
            rows = db.execute("SELECT origin_id, dest_id, cost FROM \"{}\"".format(
                files["output"].stem)).fetchall()
        ours = {(o, d): c for o, d, c in rows}
        theirs = dict(zip(zip(unit_ids[unit].tolist(), supply_ids[dest].tolist()), cost.tolist()))
        common = ours.keys() & theirs.keys()
        figures["same_pairs"] = len(common) == len(ours) == len(theirs)
        figures["max_abs_diff"] = max((abs(ours[k] - theirs[k]) for k in common), default=0.0)
        figures["pairs_only_ours"], figures["pairs_only_peer"] = len(ours) - len(common), len(theirs) - len(common)
    return figures


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("prepare", "zoast", "peer"))
    parser.add_argument("--case", choices=sorted(SIZES), default="region")
    parser.add_argument("--alg", choices=("costmatrix", "accessibility"), default="costmatrix")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--quick", action="store_true", help="small sizes, for the smoke test")
    args = parser.parse_args(argv)
    if args.step == "prepare":
        figures = prepare(args.case, args.data, args.quick)
    elif args.step == "zoast":
        figures = run_zoast(args.case, args.data, args.alg, args.quick)
        for stage in figures["stages"]:
            print("  {:50s} {:7.2f} s  peak {:6.0f} MB".format(stage["stage"], stage.get("seconds", 0),
                                                               stage.get("peak_mb", 0)))
    else:
        figures = run_peer(args.case, args.data, args.quick)
    print("BENCH_JSON " + json.dumps(figures), flush=True)
    return figures


if __name__ == "__main__":
    main()
