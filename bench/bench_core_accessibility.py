"""Benchmark of the accessibility core at France scale (no QGIS).

A synthetic case clustered like real settlement, reproducible from a seed:
35,000 units (communes) and 100,000 supply points (practices) on a
750 km × 750 km square (about France's area). Supply points crowd into towns
whose sizes follow a Zipf-like law; most units are spread over the countryside,
some sit in the towns. Pairs within 30 km by straight line (the default speed
and detour, 39-minute cut-off = 30 km), then E2SFCA with PySAL's default steps.

Prints wall and CPU time (CPU time is steadier on a busy machine) and peak
memory for each stage: the process peak (``ru_maxrss``, cumulative since
start) and, with ``--trace``, the stage's own peak of traced allocations
(``tracemalloc``, numpy included).

    python bench/bench_core_accessibility.py [--units 35000] [--supply 100000] [--seed 1] [--trace]
"""

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zoast_plugin.core.accessibility import (  # noqa: E402
    BORDER_ZOAST,
    E2SFCA_STEPS,
    METHOD_E2SFCA,
    border_filter,
    floating_catchment,
    supply_agreements,
    weight_function,
)
from zoast_plugin.core.costs import DEFAULT_DETOUR, DEFAULT_SPEED_KMH, straight_line_pairs  # noqa: E402

SIDE_M = 750_000.0
N_TOWNS = 4000
RADIUS_KM = 30.0


def synthetic_case(n_units: int, n_supply: int, seed: int):
    """Units, supply points, demand and capacity, clustered around towns."""
    rng = np.random.default_rng(seed)
    towns = rng.uniform(0, SIDE_M, (N_TOWNS, 2))
    size = 1.0 / np.arange(1, N_TOWNS + 1) ** 0.9  # Zipf-like town sizes
    size /= size.sum()
    spread = 1500.0 + 6000.0 * (size / size.max()) ** 0.5  # bigger towns spread wider

    def around_towns(n):
        town = rng.choice(N_TOWNS, n, p=size)
        return towns[town] + rng.normal(0, 1, (n, 2)) * spread[town, None]

    n_town_units = int(0.3 * n_units)
    units = np.vstack([around_towns(n_town_units), rng.uniform(0, SIDE_M, (n_units - n_town_units, 2))])
    n_rural_supply = int(0.2 * n_supply)
    supply = np.vstack([around_towns(n_supply - n_rural_supply), rng.uniform(0, SIDE_M, (n_rural_supply, 2))])
    demand = rng.lognormal(6.5, 1.2, n_units)  # commune populations: median ~700
    capacity = rng.gamma(2.0, 2500.0, n_supply)  # consultations a year per practice
    return np.clip(units, 0, SIDE_M), np.clip(supply, 0, SIDE_M), demand, capacity


def synthetic_border(units: np.ndarray, supply: np.ndarray):
    """A border at y = 600 km (FR below, BE above) and 7 ZOAST-like zones: the units
    within 40 km of the border, in 7 bands along it. Supply lies in its nearest unit."""
    from scipy.spatial import cKDTree

    border_y = 0.8 * SIDE_M
    unit_country = np.where(units[:, 1] > border_y, "BE", "FR")
    supply_country = np.where(supply[:, 1] > border_y, "BE", "FR")
    near = np.flatnonzero(np.abs(units[:, 1] - border_y) < 40_000)
    zone = np.minimum((units[near, 0] / SIDE_M * 7).astype(int), 6)
    members = sp.csr_matrix((np.ones(len(near), bool), (near, zone)), shape=(len(units), 7))
    host = cKDTree(units).query(supply)[1]
    return unit_country, supply_country, members, supply_agreements(members, host)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def stage(name: str, function, *args, **kwargs):
    if tracemalloc.is_tracing():
        tracemalloc.reset_peak()
    start, cpu_start = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    traced = (
        f"stage peak {tracemalloc.get_traced_memory()[1] / 2**20:5.0f} MB   "
        if tracemalloc.is_tracing()
        else ""
    )
    print(
        f"{name:<28} {seconds:6.2f} s (CPU {cpu:5.2f} s)   {traced}"
        f"process peak (ru_maxrss) {peak_rss_mb():5.0f} MB"
    )
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=35_000)
    parser.add_argument("--supply", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--trace", action="store_true", help="also trace each stage's own peak (slower)")
    args = parser.parse_args(argv)

    if args.trace:
        tracemalloc.start()
    units, supply, demand, capacity = stage(
        "synthetic case", synthetic_case, args.units, args.supply, args.seed
    )
    max_cost = RADIUS_KM * 1000.0 * DEFAULT_DETOUR / (DEFAULT_SPEED_KMH * 1000.0 / 60.0)  # 39 minutes
    pairs = stage("pairs (straight line, 30 km)", straight_line_pairs, units, supply, max_cost)
    border = synthetic_border(units, supply)
    in_zoast = stage(
        "border filter (ZOAST mode)",
        border_filter,
        pairs,
        border[0],
        border[1],
        BORDER_ZOAST,
        border[2],
        border[3],
    )
    del in_zoast  # the E2SFCA below runs on every pair (open border), the largest case
    weights = weight_function(METHOD_E2SFCA, max_cost, E2SFCA_STEPS)
    result = stage("E2SFCA", floating_catchment, pairs, demand, capacity, weights)
    if args.trace:
        tracemalloc.stop()
    table_mb = (pairs.origin.nbytes + pairs.dest.nbytes + pairs.cost.nbytes) / 2**20
    print(
        f"{args.units} units × {args.supply} supply points: {len(pairs) / 1e6:.1f} M pairs "
        f"({len(pairs) / args.units:.0f} a unit), pairs table {table_mb:.0f} MB; "
        f"units reaching no supply: {(result.n_supply == 0).sum()}; "
        f"median access {np.median(result.access):.2f} consultations a year per inhabitant"
    )


if __name__ == "__main__":
    main()
