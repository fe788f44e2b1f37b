"""Synthetic patient flows (origin unit -> hospital) from a seeded gravity model.

Share of origin i's patients going to hospital j: beds_j**BEDS_EXPONENT * exp(-d_ij / DECAY_KM)
* border_j, with border = 1 in the same country, CROSS_BORDER_FACTOR across the border, and
ZOAST_FACTOR across the border when i and j belong to the same ZOAST. Only the TOP_K most likely
hospitals per origin and care type are kept; counts are drawn from a multinomial.
"""
import numpy as np
import pandas as pd

#: Defaults of the gravity model (no source fixes them; documented in DATA.md).
BEDS_EXPONENT = 1.0
DECAY_KM = 15.0
CROSS_BORDER_FACTOR = 0.01
ZOAST_FACTOR = 0.25
TOP_K = 6
#: care_type -> (patients per inhabitant per year, extra stays per patient, mean cost per stay EUR)
CARE_TYPES = {
    "hospital_stay": (0.12, 0.30, 4200.0),
    "day_case": (0.06, 0.50, 850.0),
    "ambulatory": (0.25, 1.50, 65.0),
}
#: Reference year of the synthetic flows.
FLOW_YEAR = 2023


def zoast_pairs(units, hospitals, members, establishments):
    """(n_units, n_hospitals) array: the ZOAST code shared by unit and hospital, or ''."""
    unit_pos = {u: i for i, u in enumerate(units.unit_id)}
    hosp_pos = {h: j for j, h in enumerate(hospitals.supply_id)}
    shared = np.full((len(units), len(hospitals)), "", dtype=object)
    for code in sorted(members.zoast_code.unique()):
        rows = [unit_pos[u] for u in members.unit_id[members.zoast_code == code]]
        cols = [hosp_pos[h] for h in establishments.supply_id[establishments.zoast_code == code]]
        sub = shared[np.ix_(rows, cols)]
        shared[np.ix_(rows, cols)] = np.where(sub == "", code, sub)
    return shared


def build_flows(units, hospitals, members, establishments, rng):
    """patient_flows frame: flow_id, origin_id, dest_id, dest_unit_id, care_type, patients,
    stays, amount_eur, cross_border, zoast_code, year."""
    dx = units.town_x.to_numpy()[:, None] - hospitals.x.to_numpy()[None, :]
    dy = units.town_y.to_numpy()[:, None] - hospitals.y.to_numpy()[None, :]
    dist_km = np.hypot(dx, dy) / 1000.0
    cross = units.country.to_numpy()[:, None] != hospitals.country.to_numpy()[None, :]
    shared = zoast_pairs(units, hospitals, members, establishments)
    border = np.where(cross, np.where(shared != "", ZOAST_FACTOR, CROSS_BORDER_FACTOR), 1.0)
    weight = hospitals.beds.to_numpy(float)[None, :] ** BEDS_EXPONENT * np.exp(-dist_km / DECAY_KM) * border
    top = np.argsort(-weight, axis=1, kind="stable")[:, :TOP_K]
    rows = np.arange(len(units))[:, None]
    probs = weight[rows, top]
    probs = probs / probs.sum(axis=1, keepdims=True)
    frames = []
    for care_type, (rate, extra, cost) in CARE_TYPES.items():
        patients_total = rng.poisson(units.population.to_numpy(float) * rate)
        counts = rng.multinomial(patients_total, probs)
        origin, rank = np.nonzero(counts)
        dest = top[origin, rank]
        patients = counts[origin, rank]
        stays = patients + rng.poisson(extra * patients)
        amount = np.round(stays * cost * rng.lognormal(0.0, 0.15, len(stays)), 2)
        frames.append(pd.DataFrame({
            "origin_id": units.unit_id.to_numpy()[origin],
            "dest_id": hospitals.supply_id.to_numpy()[dest],
            "dest_unit_id": hospitals.unit_id.to_numpy()[dest],
            "care_type": care_type,
            "patients": patients.astype(np.int64),
            "stays": stays.astype(np.int64),
            "amount_eur": amount,
            "cross_border": cross[origin, dest].astype(np.int64),
            # the agreement that covers a cross-border flow; domestic flows need none
            "zoast_code": [c if (x and c) else None
                           for c, x in zip(shared[origin, dest], cross[origin, dest])],
            "year": FLOW_YEAR,
        }))
    flows = pd.concat(frames, ignore_index=True)
    flows.insert(0, "flow_id", ["F:{:06d}".format(i + 1) for i in range(len(flows))])
    return flows
