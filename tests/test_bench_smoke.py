"""`make bench` does not rot: bench/run_all.py --quick runs every benchmark on tiny sizes.

Each step runs in its own process as in the full run (synthetic GeoPackages, processing.run,
the plain numpy peer on the same pairs, the scipy Dijkstra baseline on the same road network);
the PySAL peer is skipped (it lives in its own venv, installed only by the full run). Checks the
printed table has figures for every benchmark,
that the numpy peer gives ZOAST's access values, and that the markdown report is written.
"""

import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

BENCHMARKS = ("zoast:accessibility", "demand points (200 m grid)", "supplyinventory", "delineatebasins Dartmouth",
              "delineatebasins Louvain", "zoast:siting coverage, lazy greedy", "zoast:siting coverage, exact",
              "zoast:siting shortfall", "zoast:costmatrix roads region", "zoast:costmatrix roads france",
              "zoast:accessibility (2SFCA) roads region")


@pytest.mark.slow
def test_run_all_quick_prints_the_table(tmp_path):
    results = tmp_path / "results.md"
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run_all.py"), "--quick", "--no-pysal", "--data", str(tmp_path / "data"),
         "--results", str(results)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    lines = run.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("Benchmark"))
    for name in BENCHMARKS:
        row = next((line for line in lines[header:] if name in line), None)
        assert row is not None, "no row for {}:\n{}".format(name, run.stdout)
        # our time and our peak memory are figures, and a quick run claims no PASS/MISS
        assert re.search(r"\d+\.\d\d s \(CPU \d+\.\d\)\s+\d+(\.\d\d)? [MG]B", row), row
        assert "(quick)" in row and "ERROR" not in row, row
    numpy_peer = next(line for line in lines[header:] if "plain numpy E2SFCA" in line)
    difference = float(re.search(r"max rel\. diff (\S+)", numpy_peer).group(1))
    assert difference < 1e-9, numpy_peer
    # The scipy baseline finds the very pairs and costs of zoast:costmatrix on the road network.
    scipy_peer = next(line for line in lines[header:] if "scipy" in line and "Dijkstra" in line)
    assert "same " in scipy_peer and float(re.search(r"max abs\. diff (\S+)", scipy_peer).group(1)) < 1e-9
    report = results.read_text()
    assert "| zoast:accessibility" in report and "## Machine" in report and "nproc:" in report
