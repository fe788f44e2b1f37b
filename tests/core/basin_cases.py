"""Small hand-built basin cases shared by the basin tests: a strip of unit squares and its flows."""

import numpy as np
from shapely.geometry import box

from zoast_plugin.core.adjacency import unit_adjacency
from zoast_plugin.core.basins import flow_matrix


def strip(n, island=False):
    """``n`` unit squares in a row (unit i touches i−1 and i+1), plus a far island if asked."""
    geoms = [box(i, 0, i + 1, 1) for i in range(n)]
    if island:
        geoms.append(box(100, 100, 101, 101))
    return geoms, unit_adjacency(geoms, tolerance=0.0)


def flows(n, triples):
    """Flow matrix from (origin, destination, volume) triples."""
    o, d, v = zip(*triples)
    return flow_matrix(np.array(o), np.array(d), np.array(v, dtype=float), n)


def grouped(labels):
    """The partition as sorted tuples of units (independent of basin numbering)."""
    labels = np.asarray(labels)
    return sorted(tuple(np.flatnonzero(labels == b).tolist()) for b in np.unique(labels))
