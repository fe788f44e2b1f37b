"""Synthetic road networks for the road-cost benchmarks (SYNTHETIC data, seeded; setup, never timed).

A jittered grid with a speed hierarchy, in the spirit of a real rural road network:

* nodes on a square grid of ``spacing_m``, each moved by up to 30 % of the spacing
  (uniform, seeded), so no two edges have the same length;
* edges between grid neighbours (right and up), plus one diagonal in ~60 % of the
  cells (shortcuts), so a node has about 2.6 lines on average;
* speeds: 50 km/h (local roads), 80 km/h on every 8th row and column (main roads),
  110 km/h on every 40th (expressways).

``region`` is 250 × 200 km with 600 m spacing (≈ 139k nodes, 360k lines); ``france``
is 1,000 × 1,000 km with 740 m spacing (≈ 1.83 M nodes, 4.75 M lines); ``small`` and
``medium`` serve the tests. Units and supply points are
scattered around seeded "towns" (Zipf-like weights) plus a rural share.
Coordinates are in EPSG:3035, rounded to the centimetre; every line is a 2-vertex
LineString whose ends are exactly its nodes, so a peer can rebuild the same graph.
"""

import sys
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

#: (width m, height m, grid spacing m) of each case.
CASES = {
    "region": (250_000.0, 200_000.0, 600.0),
    "france": (1_000_000.0, 1_000_000.0, 740.0),
    "small": (30_000.0, 20_000.0, 500.0),
    "medium": (80_000.0, 60_000.0, 400.0),
}
ORIGIN_XY = np.array([3_500_000.0, 2_500_000.0])
LOCAL_KMH, MAIN_KMH, EXPRESS_KMH = 50.0, 80.0, 110.0
MAIN_EVERY, EXPRESS_EVERY = 8, 40


def network(width_m: float, height_m: float, spacing_m: float, seed: int = 7) -> dict:
    """Nodes (n, 2), lines as node pairs (m, 2) and a speed (km/h) per line."""
    rng = np.random.default_rng(seed)
    nx, ny = int(width_m // spacing_m) + 1, int(height_m // spacing_m) + 1
    ix, iy = np.meshgrid(np.arange(nx), np.arange(ny), indexing="ij")
    ix, iy = ix.ravel(), iy.ravel()
    xy = np.column_stack([ix, iy]) * spacing_m + rng.uniform(-0.3, 0.3, (len(ix), 2)) * spacing_m
    xy = np.round(xy + ORIGIN_XY, 2)
    node = (ix * ny + iy).reshape(nx, ny)

    def grid_speed(index, along_axis_count):
        speed = np.full(len(index), LOCAL_KMH)
        speed[index % MAIN_EVERY == 0] = MAIN_KMH
        speed[index % EXPRESS_EVERY == 0] = EXPRESS_KMH
        return speed

    horizontal = np.column_stack([node[:-1, :].ravel(), node[1:, :].ravel()])  # along x, on row iy
    h_speed = grid_speed(np.broadcast_to(np.arange(ny), (nx - 1, ny)).ravel(), nx)
    vertical = np.column_stack([node[:, :-1].ravel(), node[:, 1:].ravel()])  # along y, on column ix
    v_speed = grid_speed(np.broadcast_to(np.arange(nx)[:, None], (nx, ny - 1)).ravel(), ny)
    cells = np.column_stack([node[:-1, :-1].ravel(), node[1:, 1:].ravel()])
    diagonal = cells[rng.random(len(cells)) < 0.6]
    lines = np.concatenate([horizontal, vertical, diagonal])
    speed = np.concatenate([h_speed, v_speed, np.full(len(diagonal), LOCAL_KMH)])
    return {"node_xy": xy, "lines": lines, "speed": speed}


def points(width_m: float, height_m: float, n: int, seed: int, towns: int = 400) -> np.ndarray:
    """``n`` points: 80 % around seeded towns (Zipf-like weights, 1–4 km spread), 20 % scattered."""
    rng = np.random.default_rng(1000 + seed)
    town_rng = np.random.default_rng(99)  # the same towns for units and supply
    centres = town_rng.uniform([0, 0], [width_m, height_m], (towns, 2))
    weight = 1.0 / np.arange(1, towns + 1) ** 0.8
    clustered = int(0.8 * n)
    town = rng.choice(towns, clustered, p=weight / weight.sum())
    spread = town_rng.uniform(1000, 4000, towns)[town]
    near = centres[town] + rng.normal(0, 1, (clustered, 2)) * spread[:, None]
    scattered = rng.uniform([0, 0], [width_m, height_m], (n - clustered, 2))
    xy = np.clip(np.concatenate([near, scattered]), [0, 0], [width_m, height_m])
    return np.round(xy + ORIGIN_XY, 2)


def write_case(gpkg: Path, case: str, n_units: int, n_supply: int) -> dict:
    """Write layers roads (speed_kmh), units (unit_id, country, population) and supply (supply_id, country,
    fte) of ``case`` into ``gpkg`` (populations lognormal, FTE uniform 0.2–1: SYNTHETIC)."""
    import synthetic

    width, height, spacing = CASES[case]
    net = network(width, height, spacing)
    xy, lines = net["node_xy"], net["lines"]
    a, b = xy[lines[:, 0]], xy[lines[:, 1]]
    wkt = np.char.add(np.char.add(np.char.add("LINESTRING (", _pairs(a)), ", "), np.char.add(_pairs(b), ")"))
    synthetic.write_layer(gpkg, "roads", {"road_id": np.arange(len(lines)), "speed_kmh": net["speed"]}, wkt=wkt)
    units = points(width, height, n_units, seed=1)
    supply = points(width, height, n_supply, seed=2)
    rng = np.random.default_rng(5)
    synthetic.write_layer(gpkg, "units", {"unit_id": np.char.add("U", np.arange(n_units).astype(str)),
                                          "country": np.full(n_units, "FR"),
                                          "population": np.round(rng.lognormal(6.5, 1.2, n_units))}, xy=units)
    synthetic.write_layer(gpkg, "supply", {"supply_id": np.char.add("S", np.arange(n_supply).astype(str)),
                                           "country": np.full(n_supply, "FR"),
                                           "fte": np.round(rng.uniform(0.2, 1.0, n_supply), 2)}, xy=supply)
    return {"nodes": len(xy), "lines": len(lines), "units": n_units, "supply": n_supply}


def _pairs(xy: np.ndarray) -> np.ndarray:
    return np.char.add(np.char.add(np.char.mod("%.2f", xy[:, 0]), " "), np.char.mod("%.2f", xy[:, 1]))
