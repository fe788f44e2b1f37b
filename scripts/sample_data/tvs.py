"""An APPROXIMATE territoire de vie-santé (TVS) for each French commune of the sample.

The real commune → TVS table (DREES, built on INSEE's bassins de vie) ships in no package
the build may download, so the sample approximates it: every commune of at least
:data:`POLE_MIN_POPULATION` inhabitants is a pole unless a larger pole lies within
:data:`POLE_MERGE_KM` (an agglomeration is one TVS), and every commune joins the nearest
pole of its own département (by town point). Codes read ``tvs_approx:<pole INSEE code>``
so no one mistakes them for the official TVS codes. Belgian units get no TVS (empty).
"""

import numpy as np
from scipy.spatial import cKDTree

#: A commune of at least this many inhabitants can anchor a TVS.
POLE_MIN_POPULATION = 1500
#: A pole within this distance of a larger pole is part of its agglomeration.
POLE_MERGE_KM = 4.0
PREFIX = "tvs_approx:"


def approximate_tvs(unit_ids, country, departement, population, x, y):
    """TVS code per unit (None for non-French units), in input order."""
    unit_ids = np.asarray(unit_ids, dtype=object)
    country = np.asarray(country, dtype=object)
    departement = np.asarray(departement, dtype=object)
    population = np.asarray(population, dtype=np.float64)
    xy = np.column_stack([np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)])
    result = np.full(len(unit_ids), None, dtype=object)
    for dept in sorted(set(departement[country == "FR"])):
        rows = np.flatnonzero((country == "FR") & (departement == dept))
        candidates = rows[population[rows] >= POLE_MIN_POPULATION]
        if len(candidates) == 0:  # a département with no town that large: its largest commune
            candidates = rows[[int(np.argmax(population[rows]))]]
        # Largest first (ties by id, so the result does not depend on the input order).
        order = np.lexsort((unit_ids[candidates].astype(str), -population[candidates]))
        poles = []
        for row in candidates[order]:
            if all(np.hypot(*(xy[row] - xy[p])) > POLE_MERGE_KM * 1000.0 for p in poles):
                poles.append(row)
        poles = np.array(poles)
        _, nearest = cKDTree(xy[poles]).query(xy[rows])
        codes = np.array([PREFIX + str(unit_ids[p]).split(":")[-1] for p in poles], dtype=object)
        result[rows] = codes[nearest]
    return result
