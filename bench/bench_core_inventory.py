"""Benchmark of the supply inventory core at France scale (no QGIS).

A synthetic case, reproducible from a seed: 35,000 commune-like polygons (the
Voronoi cells of seeds clustered like settlement, on a 750 km × 750 km square,
each edge cut into pieces so a commune has about 30-40 vertices, like IGN's
generalised outlines) and 100,000 supply points clustered around towns, 1 % of
them off the square (coast, other country) so the nearest-unit and unmatched
paths run too. Stages timed:

1. ``assign_points_to_units`` (grid candidates + vectorised point-in-polygon);
2. ``inventory`` with 6 categories, an FTE capacity and a grouping;
3. the peer: shapely's STRtree queried point by point with an ``intersects``
   check (what a plain loop would do), on a sample, extrapolated; its answers
   are compared with ours on that sample;
4. ``parse_finess`` on a synthetic extract of the real format and size
   (100,000 establishments: 200,000 records, ~45 MB, latin-1).

    python bench/bench_core_inventory.py [--units 35000] [--points 100000] [--seed 1]
                                         [--vertices 32] [--peer-sample 5000] [--finess 100000]
"""

import argparse
import resource
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
from scipy.spatial import Voronoi
from shapely.geometry import Point, Polygon, box
from shapely.strtree import STRtree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zoast_plugin.core.finess import STRUCTURE_FIELDS, parse_finess  # noqa: E402
from zoast_plugin.core.inventory import UNMATCHED, assign_points_to_units, inventory  # noqa: E402

SIDE_M = 750_000.0
N_TOWNS = 4000
CATEGORIES = np.array(["gp", "pharmacy", "hospital", "health_centre", "gp_group", "other"], dtype=object)


def clustered(rng, n, towns, size, spread):
    town = rng.choice(len(towns), n, p=size)
    return towns[town] + rng.normal(0, 1, (n, 2)) * spread[town, None]


def synthetic_case(n_units: int, n_points: int, vertices: int, seed: int):
    """Commune-like polygons (clipped Voronoi cells, densified) and clustered points."""
    rng = np.random.default_rng(seed)
    towns = rng.uniform(0, SIDE_M, (N_TOWNS, 2))
    size = 1.0 / np.arange(1, N_TOWNS + 1) ** 0.9
    size /= size.sum()
    spread = 1500.0 + 6000.0 * (size / size.max()) ** 0.5
    n_town = int(0.3 * n_units)
    seeds = np.vstack(
        [clustered(rng, n_town, towns, size, spread), rng.uniform(0, SIDE_M, (n_units - n_town, 2))]
    )
    seeds = np.unique(np.clip(seeds, 1.0, SIDE_M - 1.0), axis=0)
    # Far mirror points close every real cell, so each region is a bounded polygon.
    far = (
        np.array([[-10, -10], [-10, 0.5], [-10, 11], [0.5, -10], [0.5, 11], [11, -10], [11, 0.5], [11, 11]])
        * SIDE_M
    )
    diagram = Voronoi(np.vstack([seeds, far]))
    frame = box(0, 0, SIDE_M, SIDE_M)
    polygons = []
    for region_index in diagram.point_region[: len(seeds)]:
        ring = diagram.vertices[diagram.regions[region_index]]
        cell = Polygon(ring)
        if ring.min() < 0 or ring.max() > SIDE_M:  # only the cells on the edge need clipping
            cell = cell.intersection(frame)
        polygons.append(densify(cell, vertices))
    n_off = n_points // 100
    inland = np.clip(clustered(rng, n_points - n_off, towns, size, spread), 0, SIDE_M)
    off = np.column_stack([rng.uniform(-3000, 0, n_off), rng.uniform(0, SIDE_M, n_off)])  # off the west coast
    points = np.vstack([inland, off])
    category = CATEGORIES[rng.integers(0, len(CATEGORIES), n_points)]
    fte = np.round(rng.gamma(2.0, 0.5, n_points), 2)
    population = np.round(rng.lognormal(6.5, 1.2, len(polygons)))
    return polygons, points, category, fte, population


def densify(polygon: Polygon, vertices: int) -> Polygon:
    """The polygon with each edge cut into equal pieces, about ``vertices`` vertices in all.

    Neighbours cut their shared edge at the same points, so the tessellation stays
    gap-free (up to float rounding), as real commune outlines are.
    """
    ring = np.asarray(polygon.exterior.coords)
    pieces = max(1, round(vertices / (len(ring) - 1)))
    t = np.arange(pieces) / pieces
    a, b = ring[:-1], ring[1:]
    dense = (a[:, None, :] + t[None, :, None] * (b - a)[:, None, :]).reshape(-1, 2)
    return Polygon(dense)


def finess_file(path: Path, n: int, seed: int) -> None:
    """A FINESS extract of ``n`` establishments in the real layout (header, structureet, geolocalisation)."""
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(100_000, 1_200_000, n), rng.uniform(6_100_000, 7_100_000, n)
    with open(path, "w", encoding="latin-1", newline="\n") as out:
        out.write("finess;etalab;111;2026-05-12\n")
        for i in range(n):
            values = dict.fromkeys(STRUCTURE_FIELDS, "")
            values.update(
                structureet="structureet",
                nofinesset=f"59{i:07d}",
                nofinessej=f"59{i // 3:07d}",
                rs=f"CH SAINT-ÉLOI {i}",
                rslongue=f"CENTRE HOSPITALIER SAINT-ÉLOI {i}",
                numvoie="2",
                typvoie="AV",
                voie="OSCAR LAMBRET",
                commune=f"{i % 650 + 1:03d}",
                departement="59",
                libdepartement="NORD",
                ligneacheminement="59000 LILLE",
                telephone="0320444444",
                categetab="355",
                libcategetab="Centre Hospitalier (C.H.)",
                categagretab="1102",
                libcategagretab="Centres Hospitaliers",
                siret="26590001500012",
                codeape="8610Z",
                codemft="03",
                libmft="ARS établissements Publics de santé",
                codesph="1",
                libsph="Etablissement public de santé",
                dateouv="1979-02-13",
                dateautor="1979-02-13",
                datemaj="2024-02-04",
            )
            out.write(";".join(values[f] for f in STRUCTURE_FIELDS) + ";\n")
        for i in range(n):
            out.write(f"geolocalisation;59{i:07d};{x[i]:.1f};{y[i]:.1f};1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,"
                      "LAMBERT_93;2024-02-04\n")  # fmt: skip


def timed(label, function, *args, **kwargs):
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<44} wall {wall:7.2f} s   cpu {cpu:7.2f} s   process peak {peak:7.0f} MB")
    return result, wall


def peer(polygons, points, sample):
    """Shapely STRtree per point + contains: the plain loop, on ``sample`` points."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # shapely 1.8 warns that STRtree changes in 2.0
        tree = STRtree(polygons)
    index_of = {id(geometry): i for i, geometry in enumerate(polygons)}
    found = np.full(len(sample), -1)
    for k, i in enumerate(sample):
        point = Point(points[i])
        # shapely 2 gives the indices of the candidates, shapely 1.8 the geometries
        candidates = [(int(c), polygons[int(c)]) if isinstance(c, (int, np.integer)) else (index_of[id(c)], c)
                      for c in tree.query(point)]
        hits = [i for i, geometry in candidates if geometry.intersects(point)]
        if hits:
            found[k] = min(hits)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=35_000)
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--vertices", type=int, default=32)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--peer-sample", type=int, default=5_000)
    parser.add_argument("--finess", type=int, default=100_000, help="establishments in the FINESS extract")
    args = parser.parse_args()

    t0 = time.perf_counter()
    polygons, points, category, fte, population = synthetic_case(
        args.units, args.points, args.vertices, args.seed
    )
    n_vertices = sum(len(p.exterior.coords) for p in polygons)
    print(f"case: {len(polygons)} units ({n_vertices / len(polygons):.1f} vertices each), "
          f"{len(points)} points, built in {time.perf_counter() - t0:.1f} s")  # fmt: skip

    assignment, t_assign = timed(
        "assign_points_to_units (tolerance 500 m)", assign_points_to_units, points, polygons
    )
    counts = assignment.counts()
    print(f"    within {counts['within']}, nearest {counts['nearest']}, unmatched {counts['unmatched']}")
    unit_ids = [f"FR:{i:05d}" for i in range(len(polygons))]
    group = [f"B{i % 400:03d}" for i in range(len(polygons))]
    result, t_inventory = timed(
        "inventory (6 categories, fte, 400 groups)", inventory, unit_ids, population, assignment.unit_index,
        category, {"fte": fte}, group,
    )  # fmt: skip
    assert result.units["n_total"].sum() == args.points - counts["unmatched"]
    print(f"core total: {t_assign + t_inventory:.2f} s (target through QGIS: 10 s)")

    rng = np.random.default_rng(args.seed + 1)
    sample = rng.choice(len(points), min(args.peer_sample, len(points)), replace=False)
    found, t_peer = timed(
        f"peer: shapely STRtree loop on {len(sample)} points", peer, polygons, points, sample
    )
    ours = np.where(assignment.how[sample] == 0, assignment.unit_index[sample], -1)
    agree = np.mean(found == ours)
    print(f"    peer extrapolated to {len(points)} points: {t_peer * len(points) / len(sample):.1f} s; "
          f"agreement with the core on the sample: {agree:.4%}")  # fmt: skip
    assert UNMATCHED == -1

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "etalab-cs1100507-stock-20260512-0339.csv"
        finess_file(path, args.finess, args.seed)
        size = path.stat().st_size / 1e6
        parsed, _ = timed(f"parse_finess ({args.finess} establishments, {size:.0f} MB)", parse_finess, path)
        print(f"    {len(parsed.points())} points, {len(parsed.issues)} issues")


if __name__ == "__main__":
    main()
