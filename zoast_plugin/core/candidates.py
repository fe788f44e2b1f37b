"""Where the agreements could grow: flows outside any ZOAST, extension and merger candidates.

Three rules, each returning the figures behind every suggestion so an officer
can judge it:

(a) :func:`flows_outside_agreements` — cross-border flows whose origin unit and
    destination share no agreement (patients crossing without a ZOAST);
(b) :func:`extension_candidates` — non-member units adjacent to a zone whose
    residents cross the border to the zone's member establishments without being
    covered today (the flows an extension would change), ranked;
(c) :func:`merger_candidates` — pairs of zones whose residents cross the border to
    each other's member establishments without cover; domestic flows are shown
    beside, never counted as a reason.

Flows are the canonical frame of :func:`.flows.validate_flows`; members are the
agreement tables of :mod:`.agreements` (filter them with ``membership_at`` for
the flows' year).
"""

from typing import Optional, Sequence

import numpy as np
import pandas as pd
from scipy import sparse

from .agreements import TEXT_JOIN, membership_matrix, unit_agreement_matrix
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


def _covered(flows: pd.DataFrame, unit_members: pd.DataFrame, establishment_members: pd.DataFrame,
             dest_member_field: str) -> np.ndarray:
    """Per flow: does an agreement list both its origin unit and its destination (covered today)?"""
    pairs = flow_zones(flows, unit_members, establishment_members, dest_member_field)
    covered = np.zeros(len(flows), dtype=bool)
    covered[pairs.loc[pairs["inside"], "flow"].to_numpy()] = True
    return covered


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
    covered = _covered(flows, unit_members, establishment_members, dest_member_field)
    outside = (flows["direction"] != DOMESTIC).to_numpy() & ~covered
    out = _aggregate(flows.loc[outside], ["origin_id", "dest_id", "direction"])
    return out.sort_values(
        ["patients", "origin_id", "dest_id"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)


def _joined_by_volume(frame: pd.DataFrame, keys, item: str, volume: str = "volume") -> pd.Series:
    """Per ``keys``: the ``item`` values, most ``volume`` first, joined by '; '."""
    ordered = frame.sort_values([*keys, volume, item], ascending=[True] * len(keys) + [False, True], kind="stable")
    return ordered.groupby(list(keys), sort=False)[item].agg(lambda values: TEXT_JOIN.join(map(str, values)))


#: Columns of :func:`extension_candidates`, in order.
EXTENSION_COLUMNS = ("code", "rank", "unit_id", "country", "member_of", "member_neighbours", "newly_covered",
                     "already_covered", "to_zone", "cross_border", "residents", "share_cross_border",
                     "share_residents", "establishments")


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
    """Units next to a zone whose residents already cross the border to its establishments without cover.

    An extension changes something only for the cross-border flows it would newly
    cover: a unit u (not a member of zone z, touching one of z's member units)
    whose residents go across the border to z's member establishments although no
    agreement of u lists those establishments. ``adjacency`` is the units' boolean
    adjacency (``core.adjacency``), rows and columns in the order of ``unit_ids``,
    read as symmetric. Per (z, u), in ``volume`` (patients by default):

    * ``to_zone``: u's cross-border volume to z's member establishments;
    * ``already_covered``: the part of it an agreement u belongs to already covers
      (u is a member of another zone that lists the same establishment);
    * ``newly_covered`` = to_zone − already_covered: what the extension changes;
    * ``cross_border``: all of u's cross-border volume; ``residents``: all of its
      residents' volume, domestic included;
    * ``share_cross_border`` = newly_covered / cross_border and
      ``share_residents`` = newly_covered / residents;
    * ``member_of``: the zones u already belongs to; ``member_neighbours``: z's member
      units it touches; ``establishments``: z's establishments its newly covered
      patients go to, most first.

    u is a candidate when newly_covered ≥ ``min_patients`` (and > 0) and
    share_cross_border ≥ ``min_share``. ``rank`` orders each zone's candidates by
    newly_covered (the patients the extension brings under the agreement), then
    share_residents, then unit id.
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

    values = _volume(flows, volume)
    cross_rows = (flows["direction"] != DOMESTIC).to_numpy()
    covered = _covered(flows, unit_members, establishment_members, dest_member_field)
    cross = pd.DataFrame(
        {
            "unit_id": flows["origin_id"].to_numpy()[cross_rows],
            "dest": flows["dest_id"].to_numpy()[cross_rows],
            "volume": values[cross_rows],
            "covered": covered[cross_rows],
        }
    )
    residents = pd.Series(values, index=flows["origin_id"].to_numpy()).groupby(level=0).sum()
    cross_totals = cross.groupby("unit_id")["volume"].sum()
    zone_establishments = establishment_members[["code", dest_member_field]].drop_duplicates()
    to_zone = cross.merge(zone_establishments.rename(columns={dest_member_field: "dest"}), on="dest")
    to_zone["new"] = np.where(to_zone["covered"], 0.0, to_zone["volume"])
    per_pair = to_zone.groupby(["unit_id", "code"])[["volume", "new"]].sum()
    index = pd.MultiIndex.from_frame(pairs[["unit_id", "code"]])
    pairs["to_zone"] = per_pair["volume"].reindex(index).fillna(0.0).to_numpy()
    pairs["newly_covered"] = per_pair["new"].reindex(index).fillna(0.0).to_numpy()
    pairs["already_covered"] = pairs["to_zone"] - pairs["newly_covered"]
    pairs["cross_border"] = pairs["unit_id"].map(cross_totals).fillna(0.0).to_numpy()
    pairs["residents"] = pairs["unit_id"].map(residents).fillna(0.0).to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        pairs["share_cross_border"] = np.where(pairs["cross_border"] > 0,
                                               pairs["newly_covered"] / pairs["cross_border"], np.nan)
        pairs["share_residents"] = np.where(pairs["residents"] > 0,
                                            pairs["newly_covered"] / pairs["residents"], np.nan)
    chosen = pairs.loc[(pairs["share_cross_border"] >= min_share) & (pairs["newly_covered"] >= min_patients)
                       & (pairs["newly_covered"] > 0)].copy()

    origin_country = pd.Series(flows["origin_country"].to_numpy(), index=flows["origin_id"].to_numpy())
    chosen["country"] = chosen["unit_id"].map(origin_country.groupby(level=0).first()).to_numpy()
    zones_of_unit = unit_members.sort_values("code").groupby("unit_id")["code"].agg(
        lambda zones: TEXT_JOIN.join(pd.unique(zones)))
    chosen["member_of"] = chosen["unit_id"].map(zones_of_unit).fillna("").to_numpy()
    new_flows = to_zone.loc[~to_zone["covered"]].groupby(["unit_id", "code", "dest"], as_index=False)["volume"].sum()
    establishments = _joined_by_volume(new_flows, ["unit_id", "code"], "dest")
    chosen["establishments"] = establishments.reindex(
        pd.MultiIndex.from_frame(chosen[["unit_id", "code"]])).fillna("").to_numpy()
    chosen = chosen.sort_values(["code", "newly_covered", "share_residents", "unit_id"],
                                ascending=[True, False, False, True], kind="stable")
    chosen["rank"] = chosen.groupby("code").cumcount().astype(np.int64) + 1
    return chosen[list(EXTENSION_COLUMNS)].reset_index(drop=True)


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


#: Columns of :func:`merger_candidates`, in order.
MERGER_COLUMNS = ("rank", "code_a", "code_b", "a_to_b", "b_to_a", "shared", "both_ways", "residents_a",
                  "residents_b", "share", "share_a_to_b", "share_b_to_a", "domestic_a_to_b", "domestic_b_to_a")


def merger_candidates(
    flows: pd.DataFrame,
    unit_members: pd.DataFrame,
    establishment_members: pd.DataFrame,
    min_share: float = DEFAULT_MERGER_MIN_SHARE,
    min_patients: float = DEFAULT_MIN_PATIENTS,
    volume: str = "patients",
    dest_member_field: str = "supply_id",
) -> pd.DataFrame:
    """Pairs of zones whose residents cross the border to each other's establishments without cover.

    A merger changes something only for the cross-border flows it would newly
    cover: flows from a member unit of a to a member establishment of b that no
    agreement of the origin unit covers today. Domestic flows need no agreement:
    they are shown (``domestic_a_to_b``, ``domestic_b_to_a``), never counted as a
    reason. For zones a < b (by code), with F from :func:`zone_flow_matrix` on
    those newly covered cross-border flows and R on all flows of each zone's
    residents: ``a_to_b`` = F[a, b], ``b_to_a`` = F[b, a], ``shared`` = their sum,
    ``both_ways`` (residents of each zone use the other's establishments),
    ``share`` = shared / (R[a] + R[b]), ``share_a_to_b`` = F[a, b] / R[a],
    ``share_b_to_a`` = F[b, a] / R[b]. A pair is a candidate when shared ≥
    ``min_patients`` (and > 0) and share ≥ ``min_share``. ``rank``: most shared
    first.
    """
    codes = _codes(unit_members, establishment_members)
    values = _volume(flows, volume)
    domestic = (flows["direction"] == DOMESTIC).to_numpy()
    covered = _covered(flows, unit_members, establishment_members, dest_member_field)
    new_cross = ~domestic & ~covered

    def matrix(rows):
        subset = flows.loc[rows].assign(**{volume: values[rows]})
        return zone_flow_matrix(subset, unit_members, establishment_members, volume, dest_member_field, codes)[0]

    zone_to_zone, domestic_matrix = matrix(new_cross), matrix(domestic)
    residents = zone_flow_matrix(flows.assign(**{volume: values}), unit_members, establishment_members, volume,
                                 dest_member_field, codes)[1]
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
                "both_ways": (a_to_b > 0) & (b_to_a > 0),
                "residents_a": residents[a],
                "residents_b": residents[b],
                "share": np.where(
                    residents[a] + residents[b] > 0, shared / (residents[a] + residents[b]), np.nan
                ),
                "share_a_to_b": np.where(residents[a] > 0, a_to_b / residents[a], np.nan),
                "share_b_to_a": np.where(residents[b] > 0, b_to_a / residents[b], np.nan),
                "domestic_a_to_b": domestic_matrix[a, b],
                "domestic_b_to_a": domestic_matrix[b, a],
            }
        )
    chosen = out.loc[(out["share"] >= min_share) & (out["shared"] >= min_patients) & (out["shared"] > 0)]
    chosen = chosen.sort_values(["shared", "code_a", "code_b"], ascending=[False, True, True], kind="stable")
    chosen = chosen.assign(rank=np.arange(1, len(chosen) + 1, dtype=np.int64))
    return chosen[list(MERGER_COLUMNS)].reset_index(drop=True)
