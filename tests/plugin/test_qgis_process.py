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


def test_accessibility_runs_in_qgis_process(packaged_plugin, tmp_path):
    """One unit of 1000 inhabitants and one GP of 2 FTE 0.01° away: 2SFCA gives 2 / 1000 × 100,000 = 200."""
    plugins, home = packaged_plugin
    units = write_geojson(tmp_path / "units.geojson",
                          [([3.0, 50.0], {"unit_id": "FR:59001", "country": "FR", "population": 1000})])
    supply = write_geojson(tmp_path / "gps.geojson",
                           [([3.0, 50.01], {"supply_id": "GP:1", "country": "FR", "fte": 2.0})])
    output = tmp_path / "access.csv"
    result = run_qgis_process(
        ["run", "zoast:accessibility", "--json", "--", "UNITS={}".format(units), "SUPPLY={}".format(supply),
         "METHOD=0", "BORDER_MODE=0", "MAX_COST=30", "OUTPUT={}".format(output)],
        plugins, home,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    import csv

    (values,) = list(csv.DictReader(output.read_text().splitlines()))
    assert float(values["access"]) == pytest.approx(200.0)
    assert int(values["n_supply"]) == 1


def test_newcomer_path_in_qgis_process_ends_in_the_clear_error(packaged_plugin, tmp_path):
    """zoast:accessibility with its defaults on the sample, then zoast:gaps with its defaults: the FTE
    per 100,000 is refused for the French rule, with the algorithm to run — never a wrong map."""
    from tests.conftest import SAMPLE_GPKG

    plugins, home = packaged_plugin
    access = tmp_path / "access.gpkg"
    layer = "{}|layername=".format(SAMPLE_GPKG)
    first = run_qgis_process(["run", "zoast:accessibility", "--", "UNITS={}units".format(layer),
                              "SUPPLY={}gp_practices".format(layer), "OUTPUT={}".format(access)], plugins, home,
                             locale="en")
    assert first.returncode == 0, first.stdout + first.stderr
    second = run_qgis_process(["run", "zoast:gaps", "--", "UNITS={}".format(access),
                               "OUTPUT={}".format(tmp_path / "gaps.gpkg"),
                               "SUMMARY={}".format(tmp_path / "summary.csv")], plugins, home, locale="en")
    assert second.returncode != 0
    output = second.stdout + second.stderr
    assert "2981 French unit(s) hold FTE GPs per 100,000 inhabitants" in output and "zoast:apl" in output
    assert "Traceback" not in output
    assert not (tmp_path / "gaps.gpkg").exists()
    french = run_qgis_process(["run", "zoast:gaps", "--", "UNITS={}".format(access),
                               "OUTPUT={}".format(tmp_path / "gaps.gpkg"),
                               "SUMMARY={}".format(tmp_path / "summary.csv")], plugins, home, locale="fr")
    output = french.stdout + french.stderr
    assert french.returncode != 0
    assert "2981 unité(s) française(s) contiennent des ETP de médecins généralistes pour 100 000" in output
    assert "Lancez zoast:apl" in output


@pytest.mark.slow
def test_the_diagnosis_model_runs_in_qgis_process_on_the_sample(packaged_plugin, tmp_path):
    """The shipped model, run headless on the shipped sample, as `make demo` does."""
    from tests.conftest import SAMPLE_GPKG

    plugins, home = packaged_plugin
    inputs = {"UNITS": "units", "GP_PRACTICES": "gp_practices", "HOSPITALS": "hospitals",
              "FLOWS": "patient_flows", "AGREEMENTS": "zoast_agreements", "MEMBERS": "zoast_members",
              "ESTABLISHMENTS": "zoast_establishments"}
    arguments = ["{}={}|layername={}".format(name, SAMPLE_GPKG, table) for name, table in inputs.items()]
    outputs = {"gaps:gaps": "gaps.gpkg", "basins:basins": "basins.gpkg", "perimeters:zoast_perimeters":
               "perimeters.gpkg", "flows:flows": "flows.gpkg", "gaps:gap_summary": "gap_summary.csv"}
    arguments += ["{}={}".format(name, tmp_path / file) for name, file in outputs.items()]
    others = ("candidates:extension_candidates", "candidates:merger_candidates", "flows:flow_summary",
              "inventory:supply_inventory")
    arguments += ["{}=TEMPORARY_OUTPUT".format(name) for name in others]  # qgis_process wants every output
    result = run_qgis_process(["run", "zoast:zoast_diagnosis", "--json", "--", *arguments], plugins, home,
                              timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    from qgis.core import QgsVectorLayer

    counts = {name: QgsVectorLayer(str(tmp_path / file), name, "ogr").featureCount()
              for name, file in outputs.items()}
    assert counts["gaps:gaps"] == 3193
    assert counts["perimeters:zoast_perimeters"] == 7
    assert counts["basins:basins"] > 5 and counts["flows:flows"] > 100 and counts["gaps:gap_summary"] > 0
