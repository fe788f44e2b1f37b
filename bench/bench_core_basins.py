"""Benchmark of the basin core at France scale: 35,000 units, 1,000,000 flow rows.

Targets (issue 7): Dartmouth ≤ 30 s, constrained Louvain ≤ 120 s (issue 15: 10 seeds, then the
MIN_LI / MIN_VOLUME merges). The units are the
cells of a jittered 175 × 200 lattice (each unit touches up to 8 others, like communes),
so adjacency for the methods comes straight from the lattice; adjacency.py is timed
separately on the same cells built as shapely polygons with densified edges.

Flows follow a gravity-like model: 1,500 hospital towns with random attractiveness
receive 70 % of the rows, chosen among the 10 nearest by attractiveness / distance²;
the other 30 % go to a unit within 3 cells. Run: ``python bench/bench_core_basins.py``.
"""

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.spatial import cKDTree
from shapely.geometry import Polygon

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zoast_plugin.core.adjacency import unit_adjacency  # noqa: E402
from zoast_plugin.core.basin_indices import basin_indicators  # noqa: E402
from zoast_plugin.core.basins import dartmouth_basins, flow_matrix  # noqa: E402
from zoast_plugin.core.louvain import louvain_basins  # noqa: E402

ROWS, COLS = 175, 200
N_FLOWS = 1_000_000
N_HOSPITALS = 1_500
SEED = 12


def peak_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def lattice_adjacency(rows: int, cols: int) -> sp.csr_matrix:
    """Queen adjacency of a rows × cols lattice of cells (cell = r·cols + c)."""
    n = rows * cols
    r, c = np.divmod(np.arange(n), cols)
    left, right = [], []
    for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
        rr, cc = r + dr, c + dc
        inside = (rr < rows) & (cc >= 0) & (cc < cols)
        left.append(np.arange(n)[inside])
        right.append(rr[inside] * cols + cc[inside])
    left, right = np.concatenate(left + right), np.concatenate(right + left)
    return sp.csr_matrix((np.ones(len(left), dtype=bool), (left, right)), shape=(n, n))


def lattice_polygons(rows: int, cols: int, rng, points_per_edge: int = 8) -> list:
    """The lattice cells as polygons: jittered shared corners, each edge densified."""
    corners = np.stack(np.meshgrid(np.arange(cols + 1), np.arange(rows + 1)), axis=-1).astype(float)
    corners += rng.uniform(-0.2, 0.2, corners.shape)
    corners *= 1000.0  # 1 km cells
    steps = np.linspace(0, 1, points_per_edge, endpoint=False)[:, None]
    polygons = []
    for r in range(rows):
        for c in range(cols):
            ring = [corners[r, c], corners[r, c + 1], corners[r + 1, c + 1], corners[r + 1, c]]
            dense = np.concatenate([a + steps * (b - a) for a, b in zip(ring, ring[1:] + ring[:1])])
            polygons.append(Polygon(dense))
    return polygons


def gravity_flows(rows: int, cols: int, rng):
    """Long arrays (origin, destination, volume) of N_FLOWS gravity-like rows."""
    n = rows * cols
    xy = np.stack([np.arange(n) % cols, np.arange(n) // cols], axis=1).astype(float)
    hospitals = rng.choice(n, N_HOSPITALS, replace=False)
    attraction = rng.lognormal(0.0, 1.0, N_HOSPITALS)
    origin = rng.integers(0, n, N_FLOWS)
    to_hospital = rng.random(N_FLOWS) < 0.7
    dist, near = cKDTree(xy[hospitals]).query(xy[origin[to_hospital]], k=10)
    weight = attraction[near] / (1.0 + dist) ** 2
    cumulative = np.cumsum(weight / weight.sum(axis=1, keepdims=True), axis=1)
    pick = (cumulative < rng.random((len(near), 1))).sum(axis=1).clip(0, 9)
    destination = np.empty(N_FLOWS, dtype=np.int64)
    destination[to_hospital] = hospitals[near[np.arange(len(near)), pick]]
    local = ~to_hospital
    r = (origin[local] // cols + rng.integers(-3, 4, local.sum())).clip(0, rows - 1)
    c = (origin[local] % cols + rng.integers(-3, 4, local.sum())).clip(0, cols - 1)
    destination[local] = r * cols + c
    volume = rng.integers(1, 30, N_FLOWS).astype(float)
    return origin, destination, volume


def timed(label: str, function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    seconds = time.perf_counter() - start
    print("{:<42} {:>8.2f} s   peak {:>7.0f} MB".format(label, seconds, peak_mb()), flush=True)
    return result, seconds


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-polygons", action="store_true", help="do not time adjacency.py")
    args = parser.parse_args(argv)
    rng = np.random.default_rng(SEED)
    n = ROWS * COLS
    print("basins: {} units, {} flow rows".format(n, N_FLOWS))
    figures = {}
    if not args.skip_polygons:
        polygons, _ = timed("build {} shapely polygons".format(n), lattice_polygons, ROWS, COLS, rng)
        adjacency_poly, figures["adjacency"] = timed("adjacency.py (STRtree, 1 m tolerance)",
                                                     unit_adjacency, polygons, 1.0)
        same = (adjacency_poly != lattice_adjacency(ROWS, COLS)).nnz == 0
        print("  polygon adjacency equals the lattice's: {}".format(same))
    adjacency = lattice_adjacency(ROWS, COLS)
    origin, destination, volume = gravity_flows(ROWS, COLS, rng)
    population = rng.lognormal(6.0, 1.2, n).round()
    country = np.where(np.arange(n) // COLS < ROWS // 3, "BE", "FR")
    flows, _ = timed("flow matrix from 1,000,000 rows", flow_matrix, origin, destination, volume, n)
    dart, figures["dartmouth"] = timed("Dartmouth (MIN_LI 0.4, MIN_POP 1000, MIN_VOLUME 10)", dartmouth_basins,
                                       flows, adjacency, population, min_li=0.4, min_population=1000.0,
                                       country=country, min_volume=10.0)
    print("  {} basins, {} failing, modularity {:.3f}; {}".format(dart.n_basins, len(dart.failing),
                                                                   dart.modularity, dart.summary))
    louv, figures["louvain"] = timed("constrained Louvain (10 seeds from 0, merges)", louvain_basins,
                                     flows, adjacency, country=country, tries=10, population=population,
                                     min_li=0.4, min_population=1000.0, min_volume=10.0)
    print("  {} basins, modularity {:.3f}; seed {} kept, tries {:.4f} to {:.4f}; {}".format(
        louv.n_basins, louv.modularity, louv.seed, louv.tries["modularity"].min(), louv.tries["modularity"].max(),
        louv.summary))
    _, figures["indicators"] = timed("indicators (no geometry)", basin_indicators, louv.labels,
                                     population, flows, country=country)
    if not args.skip_polygons:
        timed("indicators with compactness (Dartmouth)", basin_indicators, dart.labels, population,
              flows, country=country, geometries=polygons)
    print("Dartmouth {:.1f} s (target 30), Louvain {:.1f} s (target 120), peak {:.0f} MB".format(
        figures["dartmouth"], figures["louvain"], peak_mb()))
    return figures


if __name__ == "__main__":
    main()
