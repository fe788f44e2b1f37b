"""The peers of zoast:accessibility: PySAL ``access`` E2SFCA, and a plain numpy E2SFCA.

Runs in any Python with numpy and pandas (PySAL's in ``bench/.venv-peer``, see
peer-requirements.txt); imports nothing from ZOAST. It reads the pairs our side wrote
(``<case>_pairs.npz``: origin, dest, cost, demand, supply) and ZOAST's access values
(``<case>_zoast_access.npy``), computes E2SFCA with the steps 10:1;20:0.68;30:0.22
(weight of the first step whose minutes are ≥ the cost; 0 beyond 30 min):

    access_i = Σ_j R_j w_ij,   R_j = S_j / Σ_i P_i w_ij

times it (loading the file is not timed), and prints the largest relative difference to
ZOAST's values. The last line is ``BENCH_JSON {...}`` for bench/run_all.py.

    python bench/peer_access.py --data DIR --case france --method pysal|numpy
"""

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np

STEPS = ((10.0, 1.0), (20.0, 0.68), (30.0, 0.22))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def numpy_e2sfca(origin, dest, cost, demand, supply):
    """E2SFCA with two bincounts: the whole method in a few lines."""
    w = np.zeros(len(cost))
    for minutes, weight in reversed(STEPS):
        w[cost <= minutes] = weight
    seen = np.bincount(dest, weights=w * demand[origin], minlength=len(supply))
    ratio = np.divide(supply, seen, out=np.zeros(len(supply)), where=seen > 0)
    return np.bincount(origin, weights=w * ratio[dest], minlength=len(demand))


def pysal_e2sfca(origin, dest, cost, demand, supply):
    """PySAL access: Access(...).enhanced_two_stage_fca() with its default steps (the same ones).

    Returns the access of each unit (0 for a unit that reaches nothing) and the seconds spent
    in PySAL's calls (building the input frames is not counted).
    """
    import pandas as pd
    from access import Access

    demand_df = pd.DataFrame({"uid": np.arange(len(demand)), "pop": demand})
    supply_df = pd.DataFrame({"sid": np.arange(len(supply)), "fte": supply})
    cost_df = pd.DataFrame({"origin": origin, "dest": dest, "cost": cost})
    started = time.perf_counter()
    model = Access(demand_df=demand_df, demand_index="uid", demand_value="pop", supply_df=supply_df,
                   supply_index="sid", supply_value="fte", cost_df=cost_df, cost_origin="origin",
                   cost_dest="dest", cost_name="cost")
    result = model.enhanced_two_stage_fca(max_cost=STEPS[-1][0])
    seconds = time.perf_counter() - started
    column = result.columns[0]
    values = result[column].reindex(np.arange(len(demand))).fillna(0.0).to_numpy(dtype=np.float64)
    return values, seconds


def max_relative_difference(ours: np.ndarray, theirs: np.ndarray) -> float:
    """max |a − b| / |b| over units with access; an absolute difference where the peer gives 0."""
    scale = np.where(theirs != 0, np.abs(theirs), 1.0)
    return float(np.max(np.abs(ours - theirs) / scale)) if len(theirs) else 0.0


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--case", default="france")
    parser.add_argument("--method", choices=("pysal", "numpy"), required=True)
    args = parser.parse_args(argv)

    with np.load(args.data / "{}_pairs.npz".format(args.case)) as archive:
        origin, dest, cost = archive["origin"], archive["dest"], archive["cost"]
        demand, supply = archive["demand"], archive["supply"]
    if args.method == "pysal":
        import access

        values, seconds = pysal_e2sfca(origin, dest, cost, demand, supply)
        label = "PySAL access {} E2SFCA".format(access.__version__)
    else:
        started = time.perf_counter()
        values = numpy_e2sfca(origin, dest, cost, demand, supply)
        seconds = time.perf_counter() - started
        label = "plain numpy E2SFCA (numpy {})".format(np.__version__)
    figures = {"seconds": seconds, "peak_mb": peak_mb(), "pairs": int(len(cost)), "peer": label}
    ours = args.data / "{}_zoast_access.npy".format(args.case)
    if ours.exists():
        figures["max_rel_diff"] = max_relative_difference(np.load(ours), values)
    print("{}: {:.2f} s, peak {:.0f} MB on {} pairs; max relative difference to ZOAST {}".format(
        label, seconds, figures["peak_mb"], len(cost), figures.get("max_rel_diff", "n/a")))
    print("BENCH_JSON " + json.dumps(figures), flush=True)
    return figures


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
