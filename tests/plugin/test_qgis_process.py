"""The packaged plugin, installed in a throw-away profile, through qgis_process.bin."""

import json
import zipfile

import pytest

from tests.conftest import ROOT, run_qgis_process


def write_geojson(path, features):
    """A GeoJSON file of points in WGS84 (lon, lat) with the given properties."""
    path.write_text(json.dumps({
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": xy}}
                     for xy, props in features],
    }))
    return path


def test_package_holds_the_plugin_and_no_dev_files(packaged_plugin):
    plugins, _home = packaged_plugin
    zips = list((ROOT / "dist").glob("zoast-*.zip"))
    assert len(zips) == 1
    names = zipfile.ZipFile(zips[0]).namelist()
    assert all(name.startswith("zoast/") for name in names)
    for required in ("zoast/metadata.txt", "zoast/__init__.py", "zoast/LICENSE", "zoast/i18n/zoast_fr.qm",
                     "zoast/i18n/zoast_nl.qm", "zoast/zoast_plugin/plugin.py", "zoast/resources/icons/zoast.svg"):
        assert required in names
    forbidden = [n for n in names if n.startswith(("zoast/tests/", "zoast/.ci/", "zoast/.venv/", "zoast/scripts/"))
                 or n.endswith((".ts", ".pyc")) or "__pycache__" in n]
    assert forbidden == []


def test_qgis_process_lists_the_zoast_algorithms(packaged_plugin):
    plugins, home = packaged_plugin
    result = run_qgis_process(["list"], plugins, home)
    assert result.returncode == 0, result.stderr
    assert "zoast:costmatrix" in result.stdout


def test_costmatrix_runs_in_qgis_process(packaged_plugin, tmp_path):
    """Two points 0.01° of latitude apart (≈ 1.112 km) at 60 km/h, detour 1 → ≈ 1.112 minutes."""
    plugins, home = packaged_plugin
    units = write_geojson(tmp_path / "units.geojson", [([3.0, 50.0], {"unit_id": "FR:59001"})])
    supply = write_geojson(tmp_path / "supply.geojson", [([3.0, 50.01], {"supply_id": "GP:1"}),
                                                          ([3.0, 51.0], {"supply_id": "GP:far"})])
    output = tmp_path / "costs.csv"
    result = run_qgis_process(
        ["run", "zoast:costmatrix", "--json", "--", "UNITS={}".format(units), "SUPPLY={}".format(supply),
         "MAX_COST=30", "SPEED_KMH=60", "DETOUR=1", "OUTPUT={}".format(output)],
        plugins, home,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    payload = json.loads(result.stdout[result.stdout.index("{"):])
    assert payload["results"]["PAIRS"] == 1
    lines = output.read_text().splitlines()
    assert lines[0].split(",") == ["origin_id", "dest_id", "cost"]
    origin, dest, cost = lines[1].split(",")
    assert (origin, dest) == ("FR:59001", "GP:1")
    assert float(cost) == pytest.approx(1.112, abs=0.005)
