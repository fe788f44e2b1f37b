"""Where the agreements could grow: flows outside any ZOAST, extension and merger candidates.

Three rules, each returning the figures behind every suggestion so an officer
can judge it:

(a) :func:`flows_outside_agreements` — cross-border flows whose origin unit and
    destination share no agreement (patients crossing without a ZOAST);
(b) :func:`extension_candidates` — non-member units adjacent to a zone that send
    the zone's member establishments a large share of their cross-border patients;
(c) :func:`merger_candidates` — pairs of zones whose residents use each other's
    member establishments.

Flows are the canonical frame of :func:`.flows.validate_flows`; members are the
agreement tables of :mod:`.agreements` (filter them with ``membership_at`` for
the flows' year).
"""

from typing import Optional, Sequence

import numpy as np
import pandas as pd
from scipy import sparse

from .agreements import membership_matrix, unit_agreement_matrix
from .errors import QT_TRANSLATE_NOOP, InputError
from .flows import DOMESTIC, VALUE_COLUMNS, flow_zones

#: Default minimum share of a unit's cross-border patients sent to a zone's establishments
#: for the unit to be suggested as an extension (illustrative: a majority, as in the
#: plurality rule of Dartmouth health service areas; no source fixes it).
DEFAULT_EXTENSION_MIN_SHARE = 0.5
#: Default minimum share of two zones' residents' volume treated in each other's
#: establishments for a merger suggestion (illustrative; no source fixes it).
DEFAULT_MERGER_MIN_SHARE = 0.05
#: Default minimum volume behind a suggestion, so a handful of patients suggests nothing
#: (after HSAr's minimum of 10 stays per basin, Haynes et al. 2020).
DEFAULT_MIN_PATIENTS = 10.0


def _volume(flows: pd.DataFrame, volume: str) -> np.ndarray:
    """The ``volume`` column as float; it must have been given in the flows table."""
    values = flows[volume].to_numpy(dtype="float64")
    if len(values) and np.isnan(values).all():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': no values in the flows table. Choose a "
                "field holding this volume."
            ),
            field=volume,
        )
    return np.nan_to_num(values)


def _codes(unit_members: pd.DataFrame, establishment_members: pd.DataFrame) -> list:
    return sorted(set(unit_members["code"]) | set(establishment_members["code"]))


def _aggregate(frame: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    """Sum of the value columns (NaN when absent) and number of flow rows, per ``keys``."""
    grouped = frame.groupby(list(keys), sort=True)
    out = grouped[list(VALUE_COLUMNS)].sum(min_count=1)
    out["n_flows"] = grouped.size()
    return out.reset_index()


def flows_outside_agreements(
    flows: pd.DataFrame,
    unit_members: pd.DataFrame,
    establishment_members: pd.DataFrame,
    dest_member_field: str = "supply_id",
) -> pd.DataFrame:
    """Cross-border flows whose origin and destination share no agreement, per origin and destination.

    A flow is covered when some agreement lists both its origin unit and its
    destination; every other cross-border flow is outside. Returns
    ``origin_id``, ``dest_id``, ``direction``, ``patients``, ``stays``,
    ``amount_eur`` (sums over care types), ``n_flows``, most patients first.
    """
    pairs = flow_zones(flows, unit_members, establishment_members, dest_member_field)
    covered = np.zeros(len(flows), dtype=bool)
    covered[pairs.loc[pairs["inside"], "flow"].to_numpy()] = True
    outside = (flows["direction"] != DOMESTIC).to_numpy() & ~covered
    out = _aggregate(flows.loc[outside], ["origin_id", "dest_id", "direction"])
    return out.sort_values(
        ["patients", "origin_id", "dest_id"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)


def extension_candidates(
    flows: pd.DataFrame,
    unit_ids,
    adjacency: sparse.spmatrix,
    unit_members: pd.DataFrame,
    establishment_members: pd.DataFrame,
    min_share: float = DEFAULT_EXTENSION_MIN_SHARE,
    min_patients: float = DEFAULT_MIN_PATIENTS,
    volume: str = "patients",
    dest_member_field: str = "supply_id",
) -> pd.DataFrame:
    """Units adjacent to a zone, not its members, sending it a large share of their cross-border patients.

    ``adjacency`` is the units' boolean adjacency (``core.adjacency``), rows
    and columns in the order of ``unit_ids``; it is read as symmetric. For a
    unit u next to a member unit of zone z: ``to_zone`` = u's cross-border
    ``volume`` to z's member establishments, ``cross_border`` = all of u's
    cross-border ``volume``, ``share`` = to_zone / cross_border. u is a
    candidate when share ≥ ``min_share`` and to_zone ≥ ``min_patients``.
    Returns ``code``, ``unit_id``, ``country``, ``member_neighbours`` (member
    units of z it touches), ``to_zone``, ``cross_border``, ``share``; per zone,
    largest share first.
    """
    unit_ids = pd.Index(unit_ids)
    n = len(unit_ids)
    if adjacency.shape != (n, n):
        raise ValueError("adjacency is {}, expected ({n}, {n}) for the unit ids".format(adjacency.shape, n=n))
    codes = _codes(unit_members, establishment_members)
    members, _ = unit_agreement_matrix(unit_ids, unit_members, codes)
    adjacency = sparse.csr_matrix(adjacency, dtype=bool)
    adjacency = (adjacency + adjacency.T).astype(np.int64)
    members = members.astype(np.int64)
    neighbours = sparse.csr_matrix(adjacency @ members)  # (u, z): member units of z touching u
    neighbours = sparse.csr_matrix(neighbours - neighbours.multiply(members))  # members are no candidates
    neighbours.eliminate_zeros()
    neighbours = neighbours.tocoo()
    pairs = pd.DataFrame(
        {
            "code": np.asarray(codes, dtype=object)[neighbours.col],
            "unit_id": unit_ids.to_numpy()[neighbours.row],
            "member_neighbours": neighbours.data.astype(np.int64),
        }
    )

    cross = flows.loc[(flows["direction"] != DOMESTIC).to_numpy()]
    cross_volume = pd.DataFrame(
        {
            "unit_id": cross["origin_id"].to_numpy(),
            "dest": cross["dest_id"].to_numpy(),
            "volume": _volume(cross, volume),
        }
    )
    totals = cross_volume.groupby("unit_id")["volume"].sum()
    to_zones = (
        cross_volume.merge(
            establishment_members[["code", dest_member_field]]
            .drop_duplicates()
            .rename(columns={dest_member_field: "dest"}),
            on="dest",
        )
        .groupby(["unit_id", "code"])["volume"]
        .sum()
    )
    countries = cross.drop_duplicates("origin_id").set_index("origin_id")["origin_country"]

    pairs["country"] = pairs["unit_id"].map(countries).to_numpy()
    pairs["to_zone"] = (
        to_zones.reindex(pd.MultiIndex.from_frame(pairs[["unit_id", "code"]])).fillna(0.0).to_numpy()
    )
    pairs["cross_border"] = pairs["unit_id"].map(totals).fillna(0.0).to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        pairs["share"] = np.where(pairs["cross_border"] > 0, pairs["to_zone"] / pairs["cross_border"], np.nan)
    chosen = pairs.loc[(pairs["share"] >= min_share) & (pairs["to_zone"] >= min_patients)]
    columns = ["code", "unit_id", "country", "member_neighbours", "to_zone", "cross_border", "share"]
    return (
        chosen[columns]
        .sort_values(["code", "share", "unit_id"], ascending=[True, False, True], kind="stable")
        .reset_index(drop=True)
    )


def zone_flow_matrix(
    flows: pd.DataFrame,
    unit_members: pd.DataFrame,
    establishment_members: pd.DataFrame,
    volume: str = "patients",
    dest_member_field: str = "supply_id",
    codes: Optional[Sequence[str]] = None,
):
    """Zone × zone volume F and residents' volume R, with the zone codes.

    F[a, b] = ``volume`` of the flows from member units of a to member
    establishments of b (an establishment in both a and b counts for both);
    R[a] = ``volume`` of all flows of a's residents, wherever treated.
    Computed as Oᵀ·diag(v)·D with O, D the flows × zones origin and destination
    memberships (scipy.sparse).
    """
    if codes is None:
        codes = _codes(unit_members, establishment_members)
    values = _volume(flows, volume)
    flow_ids = np.arange(len(flows))
    origin = unit_members[["code", "unit_id"]].drop_duplicates().rename(columns={"unit_id": "id"})
    dest = (
        establishment_members[["code", dest_member_field]]
        .drop_duplicates()
        .rename(columns={dest_member_field: "id"})
    )
    by_origin = pd.DataFrame({"flow": flow_ids, "id": flows["origin_id"].to_numpy()}).merge(origin, on="id")
    by_dest = pd.DataFrame({"flow": flow_ids, "id": flows["dest_id"].to_numpy()}).merge(dest, on="id")
    o_matrix, _ = membership_matrix(flow_ids, by_origin.rename(columns={"flow": "row"}), "row", codes)
    d_matrix, _ = membership_matrix(flow_ids, by_dest.rename(columns={"flow": "row"}), "row", codes)
    weighted = sparse.diags(values) @ o_matrix.astype("float64")
    zone_to_zone = (weighted.T @ d_matrix.astype("float64")).toarray()
    residents = np.asarray(weighted.sum(axis=0)).ravel()
    return zone_to_zone, residents, list(codes)


def merger_candidates(
    flows: pd.DataFrame,
    unit_members: pd.DataFrame,
    establishment_members: pd.DataFrame,
    min_share: float = DEFAULT_MERGER_MIN_SHARE,
    min_patients: float = DEFAULT_MIN_PATIENTS,
    volume: str = "patients",
    dest_member_field: str = "supply_id",
) -> pd.DataFrame:
    """Pairs of zones whose residents are treated in each other's member establishments.

    For zones a < b (by code), with F and R from :func:`zone_flow_matrix`:
    ``a_to_b`` = F[a, b], ``b_to_a`` = F[b, a], ``shared`` = a_to_b + b_to_a,
    ``share`` = shared / (R[a] + R[b]); also ``share_a_to_b`` = F[a, b] / R[a]
    and ``share_b_to_a`` = F[b, a] / R[b]. A pair is a candidate when share ≥
    ``min_share`` and shared ≥ ``min_patients``. Largest share first.
    """
    zone_to_zone, residents, codes = zone_flow_matrix(
        flows, unit_members, establishment_members, volume, dest_member_field
    )
    a, b = np.triu_indices(len(codes), k=1)
    a_to_b, b_to_a = zone_to_zone[a, b], zone_to_zone[b, a]
    shared = a_to_b + b_to_a
    with np.errstate(invalid="ignore", divide="ignore"):
        out = pd.DataFrame(
            {
                "code_a": np.asarray(codes, dtype=object)[a],
                "code_b": np.asarray(codes, dtype=object)[b],
                "a_to_b": a_to_b,
                "b_to_a": b_to_a,
                "shared": shared,
                "residents_a": residents[a],
                "residents_b": residents[b],
                "share": np.where(
                    residents[a] + residents[b] > 0, shared / (residents[a] + residents[b]), np.nan
                ),
                "share_a_to_b": np.where(residents[a] > 0, a_to_b / residents[a], np.nan),
                "share_b_to_a": np.where(residents[b] > 0, b_to_a / residents[b], np.nan),
            }
        )
    chosen = out.loc[(out["share"] >= min_share) & (out["shared"] >= min_patients) & (out["shared"] > 0)]
    return chosen.sort_values(
        ["share", "code_a", "code_b"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)
