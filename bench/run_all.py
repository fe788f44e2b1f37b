#!/usr/bin/env python3
"""`make bench`: every ZOAST benchmark, each step in its own process, figures beside the peers'.

Each timed step runs in a process of its own, so its peak resident memory (``ru_maxrss``,
read by ``os.wait4`` for that process alone) is its own; data preparation runs in other
processes and is never timed. Prints one table — benchmark, our time and peak, the target,
the peer's time and peak, PASS/MISS — and writes it with a description of the machine to
bench/results.md (full run) or to ``--results`` (any run).

    python bench/run_all.py                 # full sizes; bench/results.md
    python bench/run_all.py --quick         # small sizes, a smoke test (no target applies)
    python bench/run_all.py --only accessibility,basins-louvain
    python bench/run_all.py --no-pysal      # skip the PySAL peer (and its venv)

The PySAL peer runs in its own venv, bench/.venv-peer (not sharing QGIS's numpy), made from
bench/peer-requirements.txt when missing or out of date; installing is not timed, and a
quick run never installs it (it uses it when present).
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PY = sys.executable
PEER_VENV = BENCH / ".venv-peer"
PEER_REQUIREMENTS = BENCH / "peer-requirements.txt"
SYSTEM_PYTHON = "/usr/bin/python3"
STEP_TIMEOUT_S = 3600
GB = 1024.0


@dataclass
class Peer:
    label: str
    seconds: Optional[float] = None
    peak_mb: Optional[float] = None
    check: str = ""
    error: str = ""
    cpu_seconds: Optional[float] = None


@dataclass
class Row:
    name: str
    title: str
    target_s: Optional[float]
    target_mb: Optional[float]
    mode: str = "processing.run"
    seconds: Optional[float] = None
    cpu_seconds: Optional[float] = None
    peak_mb: Optional[float] = None
    notes: List[str] = field(default_factory=list)
    peers: List[Peer] = field(default_factory=list)
    error: str = ""

    def target_text(self) -> str:
        parts = []
        if self.target_s is not None:
            parts.append("≤ {:g} s".format(self.target_s))
        else:
            parts.append("completes")
        if self.target_mb is not None:
            parts.append("≤ {:g} GB".format(self.target_mb / GB))
        return ", ".join(parts)

    def result(self, quick: bool) -> str:
        if self.error:
            return "ERROR"
        if quick:
            return "(quick)"
        ok = (self.target_s is None or self.seconds <= self.target_s) and (
            self.target_mb is None or self.peak_mb <= self.target_mb)
        return "PASS" if ok else "MISS"


# --- running steps -----------------------------------------------------------------


class StepError(Exception):
    """A step exited with an error or printed no figures."""


def run_step(command: List[str], log: Path, timeout: float = STEP_TIMEOUT_S) -> dict:
    """Run one step in its own process; its BENCH_JSON figures, with ``peak_mb`` from wait4.

    The step's output goes to ``log`` (appended); a failure raises StepError with its tail.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    with open(log, "a") as out:
        out.write("\n$ {}\n".format(" ".join(command)))
        out.flush()
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.05)
        process.returncode = os.waitstatus_to_exitcode(status)
    lines = log.read_text(errors="replace").splitlines()
    last_run = lines[len(lines) - lines[::-1].index("$ {}".format(" ".join(command))):]
    figures = None
    for line in last_run:
        if line.startswith("BENCH_JSON "):
            figures = json.loads(line[len("BENCH_JSON "):])
    if process.returncode != 0 or figures is None:
        tail = [line for line in last_run if line.strip()][-3:]
        raise StepError("exit {}: {}".format(process.returncode, " | ".join(tail)[-300:]))
    figures["process_peak_mb"] = usage.ru_maxrss / 1024.0  # KiB on Linux; this process alone
    return figures


def requirements_stamp() -> str:
    return hashlib.sha256(PEER_REQUIREMENTS.read_bytes()).hexdigest()


def peer_python(install: bool, log: Path) -> Optional[Path]:
    """bench/.venv-peer's Python with PySAL access, made when missing or stale (if ``install``)."""
    python = PEER_VENV / "bin" / "python"
    stamp = PEER_VENV / ".installed"
    if python.exists() and stamp.exists() and stamp.read_text().strip() == requirements_stamp():
        return python
    if not install:
        return None
    print("Installing the PySAL peer into {} (not timed)…".format(PEER_VENV.relative_to(ROOT)), flush=True)
    with open(log, "a") as out:
        if not python.exists():
            subprocess.run([SYSTEM_PYTHON, "-m", "venv", str(PEER_VENV)], check=True, stdout=out, stderr=out)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-r",
                        str(PEER_REQUIREMENTS)], check=True, stdout=out, stderr=out)
    stamp.write_text(requirements_stamp() + "\n")
    return python


# --- the benchmarks ----------------------------------------------------------------


def bench_accessibility(args, data: Path, log: Path) -> List[Row]:
    """35,000 × 100,000 through processing.run, with the PySAL and numpy peers on the same pairs."""
    quick = ["--quick"] if args.quick else []
    script = str(BENCH / "bench_accessibility.py")
    row = Row("accessibility", "zoast:accessibility 35k units × 100k GPs, 30 km, E2SFCA", 15.0, 2.5 * GB)
    try:
        prepared = run_step([PY, script, "prepare", "--case", "france", "--data", str(data)] + quick, log)
        ours = run_step([PY, script, "zoast", "--case", "france", "--data", str(data)] + quick, log)
    except StepError as error:
        row.error = str(error)
        return [row]
    fill(row, ours)
    row.title = "zoast:accessibility {} units × {} GPs, 30 km, E2SFCA".format(count(ours["units"]),
                                                                            count(ours["supply"]))
    row.notes.append("{} pairs".format(count(ours["pairs"])))
    if not ours.get("pairs_match_peer_file", True):
        row.notes.append("pair count differs from the peers' file ({})".format(prepared.get("pairs")))
    row.peers.append(peer_step([PY, str(BENCH / "peer_access.py"), "--data", str(data), "--method", "numpy"],
                               "plain numpy E2SFCA", log))
    if not args.no_pysal:
        python = peer_python(install=not args.quick, log=log)
        if python is None:
            row.peers.append(Peer("PySAL access E2SFCA", error="not installed (quick run; make bench installs it)"))
        else:
            row.peers.append(peer_step([str(python), str(BENCH / "peer_access.py"), "--data", str(data),
                                        "--method", "pysal"], "PySAL access E2SFCA", log))
    return [row]


def peer_step(command: List[str], label: str, log: Path) -> Peer:
    try:
        figures = run_step(command, log)
    except StepError as error:
        return Peer(label, error=str(error))
    diff = figures.get("max_rel_diff")
    check = "max rel. diff {:.1e}".format(diff) if diff is not None else ""
    return Peer(figures.get("peer", label), figures["seconds"], figures["process_peak_mb"], check)


def bench_grid(args, data: Path, log: Path) -> List[Row]:
    quick = ["--quick"] if args.quick else []
    script = str(BENCH / "bench_accessibility.py")
    row = Row("accessibility-1m", "zoast:accessibility 1M demand points (200 m grid) × 100k GPs", None, 6 * GB)
    try:
        run_step([PY, script, "prepare", "--case", "grid", "--data", str(data)] + quick, log)
        ours = run_step([PY, script, "zoast", "--case", "grid", "--data", str(data)] + quick, log)
    except StepError as error:
        row.error = str(error)
        return [row]
    fill(row, ours)
    row.title = "zoast:accessibility {} demand points (200 m grid) × {} GPs".format(count(ours["units"]),
                                                                                   count(ours["supply"]))
    row.notes.append("{} pairs, streamed".format(count(ours["pairs"])))
    return [row]


def bench_inventory(args, data: Path, log: Path) -> List[Row]:
    quick = ["--quick"] if args.quick else []
    script = str(BENCH / "bench_inventory.py")
    row = Row("inventory", "zoast:supplyinventory 100k points → 35k commune polygons", 10.0, None)
    try:
        run_step([PY, script, "prepare", "--data", str(data)] + quick, log)
        ours = run_step([PY, script, "run", "--data", str(data)] + quick, log)
    except StepError as error:
        row.error = str(error)
        return [row]
    fill(row, ours)
    row.title = "zoast:supplyinventory {} points → {} commune polygons".format(count(ours["points"]),
                                                                               count(ours["units"]))
    row.notes.append("within {within}, nearest {nearest}, unmatched {unmatched}".format(**ours))
    try:
        figures = run_step([PY, script, "peer"] + quick, log)
        row.peers.append(Peer(figures["peer"], figures["seconds"], None,
                              "agrees with the core on {:.2%} (within)".format(figures["peer_agreement"])))
    except StepError as error:
        row.peers.append(Peer("shapely STRtree bulk query", error=str(error)))
    return [row]


def bench_basins(method: str, target_s: float):
    def run(args, data: Path, log: Path) -> List[Row]:
        quick = ["--quick"] if args.quick else []
        script = str(BENCH / "bench_basins.py")
        row = Row("basins-" + method, "zoast:delineatebasins {} 35k units, 1M flow rows".format(method.title()),
                  target_s, None)
        try:
            run_step([PY, script, "prepare", "--data", str(data)] + quick, log)
            ours = run_step([PY, script, "run", "--method", method, "--data", str(data)] + quick, log)
        except StepError as error:
            row.error = str(error)
            return [row]
        fill(row, ours)
        row.title = "zoast:delineatebasins {} {} units, {} flow rows".format(
            method.title(), count(ours["units"]), count(ours["flow_rows"]))
        row.notes.append("{} basins, modularity {:.3f}".format(ours["basins"], ours["modularity"]))
        return [row]

    return run


#: The spopt peer builds a dense PuLP model of units × sites: on the full case it may not finish.
SITING_PEER_TIMEOUT_S = 1800
SITING_WINDOW_UNITS = 3000


def bench_siting(args, data: Path, log: Path) -> List[Row]:
    """zoast:siting 2,000 candidates × 35,000 units (issue 19), with PySAL spopt's MCLP beside the exact run."""
    quick = ["--quick"] if args.quick else []
    script = str(BENCH / "bench_siting.py")
    rows = [Row("siting-coverage-greedy", "zoast:siting coverage, lazy greedy", 30.0, None),
            Row("siting-coverage-exact", "zoast:siting coverage, exact (HiGHS)", 120.0, None),
            Row("siting-shortfall-greedy", "zoast:siting shortfall, lazy greedy", 120.0, None)]
    try:
        run_step([PY, script, "prepare", "--data", str(data)] + quick, log)
    except StepError as error:
        for row in rows:
            row.error = str(error)
        return rows
    for row in rows:
        run = row.name[len("siting-"):]
        try:
            ours = run_step([PY, script, "zoast", "--run", run, "--data", str(data)], log)
        except StepError as error:
            row.error = str(error)
            continue
        fill(row, ours)
        row.title = "{} ({} candidates × {} units, N 10, 30 min)".format(row.title, count(ours["candidates"]),
                                                                          count(ours["units"]))
        if "covered" in ours:
            row.notes.append("covered {:,.0f} (existing supply {:,.0f})".format(ours["covered"],
                                                                               ours["covered_before"]))
        else:
            row.notes.append("shortfall {:,.1f} → {:,.1f} FTE".format(ours["shortfall_before"],
                                                                      ours["shortfall_after"]))
        if ours.get("optimal") == 1:
            row.notes.append("proven optimal")
    exact = rows[1]
    python = None if args.no_pysal else peer_python(install=not args.quick, log=log)
    if python is None:
        exact.peers.append(Peer("PySAL spopt MCLP", error="not run (--no-pysal, or quick run without the peer venv)"))
        return rows
    for window in ([0] if args.quick else [0, SITING_WINDOW_UNITS]):
        label = "PySAL spopt MCLP" + (" on a {}-unit window".format(count(window)) if window else "")
        try:
            figures = run_step([str(python), script, "peer", "--data", str(data), "--window", str(window)], log,
                               timeout=SITING_PEER_TIMEOUT_S)
        except StepError as error:
            exact.peers.append(Peer(label, error=str(error) or "no result within {} s".format(SITING_PEER_TIMEOUT_S)))
            continue
        if window:
            check = "covered {:,.0f}; ours exact {:,.0f} ({:.2f} s), greedy {:,.0f}".format(
                figures["covered"], figures["ours_exact_covered"], figures["ours_exact_seconds"],
                figures["ours_greedy_covered"])
        else:
            same = exact.error == "" and abs(figures["covered"] - ours_covered(rows[1])) < 0.5
            check = "covered {:,.0f} ({}){}; model built in {:.0f} s".format(
                figures["covered"], figures["status"], ", same as ours" if same else "", figures["build_seconds"])
        if window:
            label = "{} on a {}-unit window".format(figures.get("peer", label), count(window))
        else:
            label = figures.get("peer", label)
        exact.peers.append(Peer(label, figures["seconds"], figures["process_peak_mb"], check))
    return rows


def ours_covered(row: Row) -> float:
    for note in row.notes:
        if note.startswith("covered "):
            return float(note.split()[1].replace(",", ""))
    return float("nan")
def bench_roads(case: str, target_cost_s: float, target_cost_mb: Optional[float], target_access_s: Optional[float]):
    """zoast:costmatrix (and zoast:accessibility) on a SYNTHETIC road network, with the scipy Dijkstra baseline."""

    def run(args, data: Path, log: Path) -> List[Row]:
        quick = ["--quick"] if args.quick else []
        script = str(BENCH / "bench_roads.py")
        common = ["--case", case, "--data", str(data)] + quick
        title = "zoast:costmatrix roads {}".format(case)
        row = Row("roads-" + case, title, target_cost_s, target_cost_mb)
        try:
            run_step([PY, script, "prepare"] + common, log)
            ours = run_step([PY, script, "zoast", "--alg", "costmatrix"] + common, log)
        except StepError as error:
            row.error = str(error)
            return [row]
        fill(row, ours)
        row.title = "zoast:costmatrix roads {} ({} lines), {} units × {} supply, 30 min".format(
            case, count(ours["lines"]), count(ours["units"]), count(ours["supply"]))
        row.notes.append("{} pairs; {}".format(count(ours["pairs"]), stage_text(ours["stages"])))
        try:
            figures = run_step([PY, script, "peer"] + common, log)
            if "same_pairs" not in figures:
                check = "{} pairs (no output of ours to compare)".format(count(figures["pairs"]))
            elif figures["same_pairs"]:
                check = "same {} pairs, max abs. diff {:.1e} min".format(count(figures["pairs"]),
                                                                          figures["max_abs_diff"])
            else:
                check = "pairs differ: {} only ours, {} only peer".format(figures["pairs_only_ours"],
                                                                          figures["pairs_only_peer"])
            # The peer's own peak, read before it loads both tables of pairs to compare them.
            row.peers.append(Peer(figures["peer"], figures["seconds"], figures["peak_mb"], check,
                                  cpu_seconds=figures.get("cpu_seconds")))
        except StepError as error:
            row.peers.append(Peer("scipy Dijkstra, whole network", error=str(error)))
        rows = [row]
        access = Row("roads-{}-accessibility".format(case), "zoast:accessibility roads {}".format(case),
                     target_access_s, None)
        try:
            figures = run_step([PY, script, "zoast", "--alg", "accessibility"] + common, log)
            fill(access, figures)
            access.title = "zoast:accessibility (2SFCA) roads {}, {} units × {} supply, 30 min".format(
                case, count(figures["units"]), count(figures["supply"]))
            access.notes.append("{} pairs, routed once; {}".format(count(figures["pairs"]),
                                                                    stage_text(figures["stages"])))
        except StepError as error:
            access.error = str(error)
        return rows + [access]

    return run


def stage_text(stages: list) -> str:
    """'read 1.2 s / graph 3.4 s / …' from the stages a bench step recorded (their progress texts)."""
    return " / ".join("{} {:.1f} s, {}".format(stage["stage"].rstrip("…"), stage.get("seconds", 0.0),
                                              memory_text(stage.get("peak_mb")))
                      for stage in stages)


def count(n: int) -> str:
    """35000 → '35k', 1000000 → '1M', 2000 → '2k'."""
    for size, suffix in ((1_000_000, "M"), (1_000, "k")):
        if n >= size:
            return "{:g}{}".format(round(n / size, 1), suffix)
    return str(n)


def fill(row: Row, figures: dict) -> None:
    row.seconds, row.cpu_seconds = figures["seconds"], figures.get("cpu_seconds")
    row.peak_mb = figures["process_peak_mb"]
    row.mode = figures.get("mode", row.mode)


BENCHMARKS = {
    "accessibility": bench_accessibility,
    "accessibility-1m": bench_grid,
    "inventory": bench_inventory,
    "basins-dartmouth": bench_basins("dartmouth", 30.0),
    "basins-louvain": bench_basins("louvain", 120.0),
    "siting": bench_siting,
    "roads-region": bench_roads("region", 35.0, None, None),
    "roads-france": bench_roads("france", 150.0, 1.5 * GB, 100.0),
}


# --- reporting ---------------------------------------------------------------------


def seconds_text(seconds: Optional[float], cpu: Optional[float] = None) -> str:
    if seconds is None:
        return "—"
    return "{:.2f} s".format(seconds) + (" (CPU {:.1f})".format(cpu) if cpu is not None else "")


def memory_text(mb: Optional[float]) -> str:
    if mb is None:
        return "—"
    return "{:.2f} GB".format(mb / GB) if mb >= GB else "{:.0f} MB".format(mb)


HEADER = ("Benchmark", "Mode", "Ours: time", "Ours: peak", "Target", "Result", "Peer", "Peer: time", "Peer: peak",
          "Check", "Notes")


def table_rows(rows: List[Row], quick: bool) -> List[tuple]:
    lines = []
    for row in rows:
        if row.error:
            lines.append((row.title, row.mode, "—", "—", row.target_text(), "ERROR", "", "", "", "", row.error))
            continue
        first = row.peers[0] if row.peers else Peer("")
        lines.append((row.title, row.mode, seconds_text(row.seconds, row.cpu_seconds), memory_text(row.peak_mb),
                      row.target_text(), row.result(quick), *peer_cells(first), "; ".join(row.notes)))
        for peer in row.peers[1:]:
            lines.append(("", "", "", "", "", "", *peer_cells(peer), ""))
    return lines


def peer_cells(peer: Peer) -> tuple:
    if not peer.label:
        return ("—", "", "", "")
    if peer.error:
        return (peer.label, "—", "—", peer.error)
    return (peer.label, seconds_text(peer.seconds, peer.cpu_seconds), memory_text(peer.peak_mb),
            peer.check)


def print_table(lines: List[tuple]) -> None:
    widths = [max(len(str(line[i])) for line in [HEADER] + lines) for i in range(len(HEADER))]
    for number, line in enumerate([HEADER] + lines):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths)).rstrip())
        if number == 0:
            print("  ".join("-" * width for width in widths))


def machine() -> dict:
    info = {"date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"), "nproc": os.cpu_count(),
            "cpu": platform.processor() or platform.machine(), "python": platform.python_version()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        kib = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))
        info["ram"] = "{:.1f} GB".format(kib / 2**20)
    except (OSError, StopIteration, ValueError):
        info["ram"] = "?"
    versions = {}
    try:
        from qgis.core import Qgis

        versions["QGIS"] = Qgis.version()
    except ImportError:
        versions["QGIS"] = "not found"
    for module in ("numpy", "scipy", "pandas", "shapely", "networkx"):
        try:
            versions[module] = __import__(module).__version__
        except ImportError:
            versions[module] = "—"
    try:
        from osgeo import gdal

        versions["GDAL"] = gdal.__version__
    except ImportError:
        pass
    info["versions"] = versions
    return info


def markdown(lines: List[tuple], info: dict, quick: bool, loads: tuple) -> str:
    def cells(line):
        return "| " + " | ".join(str(cell).replace("|", "/") for cell in line) + " |"

    out = ["# ZOAST benchmarks" + (" (quick sizes: a smoke test, no target applies)" if quick else ""), "",
           "Measured by `make bench` (bench/run_all.py); each step in its own process, peak = that process's "
           "`ru_maxrss`. See bench/README.md for what is measured.", "",
           cells(HEADER), cells(["---"] * len(HEADER))]
    out += [cells(line) for line in lines]
    versions = ", ".join("{} {}".format(k, v) for k, v in info["versions"].items())
    out += ["", "## Machine", "",
            "- date: {}".format(info["date"]),
            "- nproc: {}; RAM: {}; CPU: {}".format(info["nproc"], info["ram"], info["cpu"]),
            "- Python {}; {}".format(info["python"], versions),
            "- load average (1 min) at start / end: {:.2f} / {:.2f} (a shared machine slows the wall times; "
            "CPU times are steadier)".format(*loads), ""]
    return "\n".join(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    parser.add_argument("--only", default="", help="comma-separated benchmarks: " + ", ".join(BENCHMARKS))
    parser.add_argument("--no-pysal", action="store_true", help="skip the PySAL peer")
    parser.add_argument("--data", type=Path, help="keep the synthetic data here (reused when present)")
    parser.add_argument("--results", type=Path, help="markdown output (default: bench/results.md on a full run)")
    args = parser.parse_args(argv)
    names = [name.strip() for name in args.only.split(",") if name.strip()] or list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        parser.error("unknown benchmark(s) {}; choose among {}".format(", ".join(unknown), ", ".join(BENCHMARKS)))
    data = args.data or Path(tempfile.mkdtemp(prefix="zoast-bench-"))
    data.mkdir(parents=True, exist_ok=True)
    log = data / "bench.log"
    loads = [os.getloadavg()[0]]
    rows = []
    try:
        for name in names:
            started = time.perf_counter()
            print("{} …".format(name), flush=True)
            rows += BENCHMARKS[name](args, data, log)
            print("{} done in {:.0f} s (setup included)".format(name, time.perf_counter() - started), flush=True)
    finally:
        loads.append(os.getloadavg()[0])
        if args.data is None:
            kept = Path(tempfile.gettempdir()) / "zoast-bench-last.log"
            if log.exists():
                shutil.copyfile(log, kept)
                print("step logs: {}".format(kept))
            shutil.rmtree(data, ignore_errors=True)
        else:
            print("step logs: {}".format(log))
    lines = table_rows(rows, args.quick)
    print()
    print_table(lines)
    results = args.results or (None if args.quick or args.only else BENCH / "results.md")
    if results is not None:
        results.write_text(markdown(lines, machine(), args.quick, tuple(loads)))
        print("\nwritten: {}".format(results))
    return 1 if any(row.error for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
