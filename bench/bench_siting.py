"""Benchmark of zoast:siting through processing.run: 2,000 candidates × 35,000 units, straight line 30 min.

The case (synthetic, seeded): 35,000 unit points and 1,500 existing GP points clustered like
settlement (bench_core_accessibility's generator, in EPSG:3035 through bench/synthetic.py), and
2,000 candidate sites spread uniformly over the same 750 km square. Straight line, MAX_COST 30 min,
SPEED_KMH 60, DETOUR 1.3 (23 km), existing supply fixed, N_SITES 10, output to a GeoPackage.
Units above the synthetic border line are Belgian (ids alternately Flemish 1xxxx and Walloon
5xxxx REFNIS-like codes, every unit 15 km²), the others French.

Runs (issue 19 targets): coverage greedy ≤ 30 s; coverage exact ≤ 120 s; shortfall greedy ≤ 120 s.

    python bench/bench_siting.py prepare --data DIR            # setup, not timed
    python bench/bench_siting.py zoast --run coverage-greedy --data DIR
    python bench/bench_siting.py zoast --run coverage-exact --data DIR
    python bench/bench_siting.py zoast --run shortfall-greedy --data DIR
    bench/.venv-peer/bin/python bench/bench_siting.py peer --data DIR   # PySAL spopt MCLP, same case

``prepare`` also writes ``siting_case.npz`` for the peer: the coverage of the candidates
(unit, candidate pairs within the cut-off), the units the existing supply already covers and the
demand, all computed by the core from the same rounded coordinates the GeoPackage holds. The
last line printed is ``BENCH_JSON {...}``.
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

SIZES = {"units": 35_000, "supply": 1_500, "candidates": 2_000}
QUICK_SIZES = {"units": 2_000, "supply": 100, "candidates": 200}
MAX_COST_MIN, SPEED_KMH, DETOUR, N_SITES = 30.0, 60.0, 1.3, 10
RUNS = {
    "coverage-greedy": {"OBJECTIVE": 0, "EXACT": False},
    "coverage-exact": {"OBJECTIVE": 0, "EXACT": True},
    "shortfall-greedy": {"OBJECTIVE": 1, "EXACT": False},
}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def paths(data: Path) -> dict:
    return {"gpkg": data / "siting.gpkg", "case": data / "siting_case.npz"}


def unit_ids(country: np.ndarray) -> np.ndarray:
    """FR:000001…; Belgian units alternately BE:1xxxx (Flanders) and BE:5xxxx (Wallonia)."""
    ids = np.empty(len(country), dtype=object)
    french = np.flatnonzero(country == "FR")
    belgian = np.flatnonzero(country == "BE")
    ids[french] = ["FR:{:06d}".format(n) for n in range(len(french))]
    ids[belgian] = ["BE:{}{:04d}".format(1 if n % 2 == 0 else 5, n // 2) for n in range(len(belgian))]
    return ids.astype(str)


def prepare(data: Path, quick: bool) -> dict:
    import synthetic

    from zoast_plugin.core import siting
    from zoast_plugin.core.costs import straight_line_pairs

    sizes = QUICK_SIZES if quick else SIZES
    files = paths(data)
    started = time.perf_counter()
    if files["gpkg"].exists() and files["case"].exists():
        with np.load(files["case"]) as archive:
            return {"units": len(archive["demand"]), "candidates": int(archive["n_candidates"]), "reused": True,
                    "seconds": 0.0}
    data.mkdir(parents=True, exist_ok=True)
    base = synthetic.accessibility_case(sizes["units"], sizes["supply"])
    units_xy, supply_xy = base["units_xy"], base["supply_xy"]
    rng = np.random.default_rng(3)
    candidates_xy = np.round(synthetic.ORIGIN_XY + rng.uniform(0, synthetic.SIDE_M, (sizes["candidates"], 2)), 2)
    country = synthetic.country_of(units_xy)
    synthetic.write_layer(files["gpkg"], "units", {"unit_id": unit_ids(country), "country": country,
                                                   "population": base["demand"],
                                                   "area_km2": np.full(len(units_xy), 15.0)}, xy=units_xy)
    synthetic.write_layer(files["gpkg"], "supply", {
        "supply_id": np.char.add("S", np.char.zfill(np.arange(len(supply_xy)).astype(str), 6)),
        "country": synthetic.country_of(supply_xy), "fte": base["capacity"]}, xy=supply_xy)
    synthetic.write_layer(files["gpkg"], "candidates", {
        "candidate_id": np.char.add("C", np.char.zfill(np.arange(len(candidates_xy)).astype(str), 5))},
        xy=candidates_xy)
    pairs = straight_line_pairs(units_xy, candidates_xy, MAX_COST_MIN, SPEED_KMH, DETOUR)
    existing = siting.covered_by_existing(straight_line_pairs(units_xy, supply_xy, MAX_COST_MIN, SPEED_KMH, DETOUR),
                                          MAX_COST_MIN, len(units_xy))
    np.savez(files["case"], origin=pairs.origin, dest=pairs.dest, demand=base["demand"], existing=existing,
             n_candidates=len(candidates_xy), units_xy=units_xy, candidates_xy=candidates_xy)
    return {"units": len(units_xy), "candidates": len(candidates_xy), "supply": len(supply_xy), "pairs": len(pairs),
            "covered_by_existing": float(base["demand"][existing].sum() / base["demand"].sum()),
            "seconds": time.perf_counter() - started}


def run_zoast(run: str, data: Path) -> dict:
    files = paths(data)
    output = data / "siting_{}.gpkg".format(run)
    if output.exists():
        output.unlink()
    from bench_accessibility import start_qgis

    app, _provider = start_qgis()
    import processing

    layer = "{}|layername={}".format
    parameters = {
        "UNITS": layer(files["gpkg"], "units"), "UNIT_ID_FIELD": "unit_id", "DEMAND_FIELD": "population",
        "UNIT_COUNTRY_FIELD": "country", "AREA_FIELD": "area_km2",
        "CANDIDATES": layer(files["gpkg"], "candidates"), "CANDIDATE_ID_FIELD": "candidate_id",
        "SUPPLY": layer(files["gpkg"], "supply"), "SUPPLY_ID_FIELD": "supply_id", "CAPACITY_FIELD": "fte",
        "SUPPLY_COUNTRY_FIELD": "country", "N_SITES": N_SITES, "MAX_COST": MAX_COST_MIN, "SPEED_KMH": SPEED_KMH,
        "DETOUR": DETOUR, "BORDER_MODE": 2, "NEW_CAPACITY": 1.0, "METHOD": 1,
        "OUTPUT": "ogr:dbname='{}' table=\"sites\" (geom)".format(output),
    }
    parameters.update(RUNS[run])
    started, cpu = time.perf_counter(), time.process_time()
    result = processing.run("zoast:siting", parameters)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    figures = {"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak_mb(), "run": run,
               "selected": int(result["SELECTED_COUNT"]), "optimal": int(result["OPTIMAL"])}
    with np.load(files["case"]) as archive:
        figures["units"], figures["candidates"] = len(archive["demand"]), int(archive["n_candidates"])
    if RUNS[run]["OBJECTIVE"] == 0:
        figures.update(covered=float(result["COVERED_DEMAND"]), covered_before=float(result["COVERED_BEFORE"]))
    else:
        figures.update(shortfall_before=float(result["SHORTFALL_BEFORE"]),
                       shortfall_after=float(result["SHORTFALL_AFTER"]))
    del app
    return figures


def window(archive, n_units: int):
    """The ``n_units`` units nearest the centre of the candidates, the candidates within their extent, and
    their coverage: a case the size of the issue's held-out check (a few hundred communes, tens of sites)."""
    from scipy.spatial import cKDTree

    units_xy, candidates_xy = archive["units_xy"], archive["candidates_xy"]
    centre = np.median(candidates_xy, axis=0)
    _d, units = cKDTree(units_xy).query(centre, k=n_units)
    units = np.sort(units)
    low, high = units_xy[units].min(axis=0), units_xy[units].max(axis=0)
    candidates = np.flatnonzero(((candidates_xy >= low) & (candidates_xy <= high)).all(axis=1))
    unit_row = np.full(len(units_xy), -1)
    unit_row[units] = np.arange(len(units))
    candidate_row = np.full(len(candidates_xy), -1)
    candidate_row[candidates] = np.arange(len(candidates))
    keep = (unit_row[archive["origin"]] >= 0) & (candidate_row[archive["dest"]] >= 0)
    return (unit_row[archive["origin"][keep]], candidate_row[archive["dest"][keep]], archive["demand"][units],
            archive["existing"][units], len(candidates))


def run_peer(data: Path, time_limit: float, n_window: int = 0) -> dict:
    """PySAL spopt's MCLP on the same coverage, the existing supply fixed as a predefined facility.

    spopt takes a dense cost matrix (units × sites). The existing supply enters as one extra,
    predefined site whose column reaches exactly the units it already covers, with p = N + 1:
    the same problem as zoast:siting's. Times building the model and solving it (PuLP + CBC).
    With ``n_window``, the case is a window of that many units (see :func:`window`) and our
    exact and greedy core runs are timed and compared on it too.
    """
    import pulp
    import spopt
    from spopt.locate import MCLP

    with np.load(paths(data)["case"]) as archive:
        if n_window:
            origin, dest, demand, existing, n_candidates = window(archive, n_window)
        else:
            origin, dest, demand = archive["origin"], archive["dest"], archive["demand"]
            existing, n_candidates = archive["existing"], int(archive["n_candidates"])
    n_units = len(demand)
    figures = {"units": n_units, "candidates": n_candidates}
    started = time.perf_counter()
    cost = np.full((n_units, n_candidates + 1), 2.0, dtype=np.float64)  # 2 > radius 1: not covered
    cost[origin, dest] = 0.0
    cost[existing, n_candidates] = 0.0
    predefined = np.zeros(n_candidates + 1, bool)
    predefined[-1] = True
    model = MCLP.from_cost_matrix(cost, demand, service_radius=1.0, p_facilities=N_SITES + 1,
                                  predefined_facilities_arr=predefined, name="mclp")
    figures["build_seconds"] = time.perf_counter() - started
    print("spopt model built in {:.1f} s".format(figures["build_seconds"]), flush=True)
    model = model.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit))
    figures["seconds"] = time.perf_counter() - started
    chosen = [j for j in range(n_candidates) if (model.fac_vars[j].value() or 0) > 0.5]
    covered = existing.copy()
    covered[origin[np.isin(dest, chosen)]] = True
    figures.update(peer="PySAL spopt {} MCLP (PuLP CBC)".format(spopt.__version__),
                   covered=float(demand[covered].sum()), status=pulp.LpStatus[model.problem.status],
                   peak_mb=peak_mb())
    if n_window:
        import scipy.sparse as sp

        from zoast_plugin.core import siting

        cover = sp.csc_matrix((np.ones(len(origin), bool), (origin, dest)), shape=(n_units, n_candidates))
        for name, solve in (("exact", siting.exact_coverage), ("greedy", siting.greedy_coverage)):
            started = time.perf_counter()
            result = solve(cover, demand, N_SITES, existing)
            figures["ours_{}_seconds".format(name)] = time.perf_counter() - started
            figures["ours_{}_covered".format(name)] = result.after
    return figures


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("prepare", "zoast", "peer"))
    parser.add_argument("--run", choices=sorted(RUNS), default="coverage-greedy")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--quick", action="store_true", help="small sizes, for the smoke test")
    parser.add_argument("--time-limit", type=float, default=600.0, help="peer solver time limit (s)")
    parser.add_argument("--window", type=int, default=0, help="peer: a window of this many units (0: all)")
    args = parser.parse_args(argv)
    if args.step == "prepare":
        figures = prepare(args.data, args.quick)
        print("prepared siting: {}".format(figures))
    elif args.step == "zoast":
        figures = run_zoast(args.run, args.data)
        print("zoast:siting {}: {:.2f} s (CPU {:.2f} s), peak {:.0f} MB".format(
            args.run, figures["seconds"], figures["cpu_seconds"], figures["peak_mb"]))
    else:
        figures = run_peer(args.data, args.time_limit, args.window)
        print("peer: {}".format(figures))
    print("BENCH_JSON " + json.dumps(figures), flush=True)
    return figures


if __name__ == "__main__":
    main()
