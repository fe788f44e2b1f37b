"""zoast:webmap from qgis_process with a Dutch QGIS: the page opens in Dutch, the log is Dutch."""

import json
import shutil

import pytest

from tests.conftest import SAMPLE_GPKG, run_qgis_process


@pytest.mark.slow
def test_webmap_in_qgis_process_follows_the_qgis_language(packaged_plugin, tmp_path):
    plugins, home = packaged_plugin
    dutch_home = tmp_path / "home"
    shutil.copytree(home, dutch_home, symlinks=True, ignore=shutil.ignore_patterns("runtime"))
    gpkg = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE_GPKG, gpkg)
    layers = {"AGREEMENTS": "zoast_agreements", "AGREEMENT_MEMBERS": "zoast_members",
              "AGREEMENT_ESTABLISHMENTS": "zoast_establishments", "UNITS": "units", "FACILITIES": "hospitals"}
    arguments = ["{}={}|layername={}".format(name, gpkg, table) for name, table in layers.items()]
    result = run_qgis_process(["run", "zoast:webmap", "--", *arguments, "AT_DATE=2026-01-01",
                               "OUTPUT={}".format(tmp_path / "kaart")], plugins, dutch_home, locale="nl")
    assert result.returncode == 0, result.stderr
    assert "7 zone(s) en 28 instelling(en) in kaart gebracht op 2026-01-01" in result.stdout
    assert "ZONE_COUNT:\t7" in result.stdout
    text = (tmp_path / "kaart" / "data.js").read_text(encoding="ascii")
    data = json.loads(text[text.index("{"):-2])
    assert data["meta"]["language"] == "nl" and data["meta"]["as_of"] == "2026-01-01"
    assert (tmp_path / "kaart" / "vendor" / "leaflet" / "leaflet.js").is_file()
