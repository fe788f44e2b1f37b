"""Synthetic France-scale layers for the benchmarks, written to GeoPackages (setup, never timed).

The point patterns are the core benches' generators (``bench_core_accessibility.synthetic_case``:
towns with Zipf-like sizes plus rural scatter on a 750 km × 750 km square, seeded), moved into
France's part of ETRS89-LAEA (EPSG:3035) so the layers look like real data to QGIS. Coordinates
are rounded to the centimetre before they are written, and the same rounded arrays are returned,
so the pairs computed here for the peers are exactly the pairs the algorithm finds from the file.

Layers are written through GDAL's CSV driver and ``gdal.VectorTranslate`` (C speed: a million
points in a few seconds) rather than feature by feature.
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

import bench_core_accessibility as core_access  # noqa: E402

EPSG = 3035
#: Lower-left corner of the synthetic square in EPSG:3035 (about the Bay of Biscay's latitude, France's west).
ORIGIN_XY = np.array([3_250_000.0, 2_150_000.0])
SIDE_M = core_access.SIDE_M
#: The synthetic border: BE above this height of the square, FR below (as bench_core_accessibility).
BORDER_Y = 0.8 * SIDE_M


def country_of(xy: np.ndarray) -> np.ndarray:
    """'BE' above the synthetic border line, 'FR' below."""
    return np.where(xy[:, 1] - ORIGIN_XY[1] > BORDER_Y, "BE", "FR")


def _placed(xy: np.ndarray) -> np.ndarray:
    return np.round(np.asarray(xy, dtype=np.float64) + ORIGIN_XY, 2)


def accessibility_case(n_units: int, n_supply: int, seed: int = 1) -> dict:
    """Units and supply points clustered like settlement (the core bench's case), in EPSG:3035."""
    units, supply, demand, capacity = core_access.synthetic_case(n_units, n_supply, seed)
    return {"units_xy": _placed(units), "supply_xy": _placed(supply), "demand": np.round(demand),
            "capacity": np.round(capacity, 3)}


def grid_demand(n_points: int, spacing_m: float = 200.0, seed: int = 2) -> dict:
    """About ``n_points`` demand points on a square grid of ``spacing_m``, centred in the square.

    A 200 m grid of 1,000,000 points covers 200 km × 200 km; each cell gets a lognormal
    population (median ~7 inhabitants, the 200 m grid of INSEE's Filosofi is of that order).
    """
    side = int(round(np.sqrt(n_points)))
    ticks = (np.arange(side) - (side - 1) / 2.0) * spacing_m + SIDE_M / 2.0
    gx, gy = np.meshgrid(ticks, ticks)
    xy = np.column_stack([gx.ravel(), gy.ravel()])
    rng = np.random.default_rng(seed)
    return {"units_xy": _placed(xy), "demand": np.round(rng.lognormal(2.0, 1.0, len(xy)))}


def write_layer(gpkg: Path, layer: str, columns: dict, xy=None, wkt=None, epsg: int = EPSG) -> Path:
    """Write a point (``xy``), WKT-geometry (``wkt``) or attribute-only layer with ``columns`` into ``gpkg``.

    Column types follow the arrays: integers → Integer64, floats → Real, anything else → String.
    Appends a layer when the GeoPackage exists.
    """
    from osgeo import gdal

    gdal.UseExceptions()
    gpkg = Path(gpkg)
    frame = pd.DataFrame({name: np.asarray(values) for name, values in columns.items()})
    types = ["Integer64" if frame[c].dtype.kind in "iu" else "Real" if frame[c].dtype.kind == "f" else "String"
             for c in frame.columns]
    open_options = ["AUTODETECT_TYPE=NO"]
    if xy is not None:
        frame["x"], frame["y"] = np.asarray(xy)[:, 0], np.asarray(xy)[:, 1]
        types += ["Real", "Real"]
        open_options += ["X_POSSIBLE_NAMES=x", "Y_POSSIBLE_NAMES=y", "KEEP_GEOM_COLUMNS=NO"]
    elif wkt is not None:
        frame["wkt"] = list(wkt)
        types += ["WKT"]
        open_options += ["GEOM_POSSIBLE_NAMES=wkt", "KEEP_GEOM_COLUMNS=NO"]
    csv = gpkg.with_name("{}.{}.csv".format(gpkg.stem, layer))
    frame.to_csv(csv, index=False)  # floats written with repr: they read back bit for bit
    csv.with_suffix(".csvt").write_text(",".join('"{}"'.format(t) for t in types) + "\n")
    source = gdal.OpenEx(str(csv), gdal.OF_VECTOR, open_options=open_options)
    options = gdal.VectorTranslateOptions(
        format="GPKG", layerName=layer, dstSRS="EPSG:{}".format(epsg), srcSRS="EPSG:{}".format(epsg),
        accessMode="update" if gpkg.exists() else None,
        layerCreationOptions=["SPATIAL_INDEX=YES"],
        geometryType="POINT" if xy is not None else "PROMOTE_TO_MULTI" if wkt is not None else "NONE",
    )
    gdal.VectorTranslate(str(gpkg), source, options=options)
    source = None
    csv.unlink()
    csv.with_suffix(".csvt").unlink()
    return gpkg


def layer_uri(gpkg: Path, layer: str) -> str:
    """The QGIS source string of one layer of a GeoPackage."""
    return "{}|layername={}".format(gpkg, layer)
