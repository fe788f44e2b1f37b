"""One progress bar for the whole run, as qgis_process shows it (0...10...20... up to 100)."""

import re
import sys

from tests.conftest import ROOT, run_qgis_process

sys.path.insert(0, str(ROOT / "bench"))
import roads  # noqa: E402 - the benchmark's seeded synthetic network generator


def test_costmatrix_with_roads_shows_every_tick_once(packaged_plugin, tmp_path):
    """Reading, building the road graph, routing and writing share one bar: qgis_process prints
    each tick once and in order (a bar restarting at 0 for each stage would print 0 to 10 only)."""
    plugins, home = packaged_plugin
    case = tmp_path / "small.gpkg"
    roads.write_case(case, "small", 500, 300)
    output = tmp_path / "costs.gpkg"
    result = run_qgis_process(
        ["run", "zoast:costmatrix", "--", "UNITS={}|layername=units".format(case), "UNIT_ID_FIELD=unit_id",
         "SUPPLY={}|layername=supply".format(case), "SUPPLY_ID_FIELD=supply_id",
         "ROADS={}|layername=roads".format(case), "SPEED_FIELD=speed_kmh", "MAX_COST=30",
         "OUTPUT={}".format(output)],
        plugins, home, locale="en",  # the shared profile may hold another test's language
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Ticks are printed between the stage texts: "0..Reading the road network…\n.10..Building…"
    ticks = [int(t) for t in re.findall(r"(?:^|\.)(\d+)(?=\.| - done)", result.stdout, re.M)]
    assert ticks == list(range(0, 101, 10)), result.stdout
    assert "Building the road graph" in result.stdout and "Road search radius" in result.stdout
    assert output.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".zoast-")]
