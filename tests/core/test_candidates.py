"""Candidate rules on the small known case of test_flows, and against loop oracles on random cases."""

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from zoast_plugin.core.candidates import (
    extension_candidates,
    flows_outside_agreements,
    merger_candidates,
    zone_flow_matrix,
)
from zoast_plugin.core.errors import InputError
from zoast_plugin.core.flows import DOMESTIC, validate_flows

from .test_flows import ESTABLISHMENT_MEMBERS, UNIT_MEMBERS, known_flows, random_case

UNIT_IDS = ["FR:1", "FR:2", "FR:3", "BE:1", "BE:2", "BE:3"]
# FR:2–FR:3, BE:1–BE:3, BE:2–BE:3, FR:1–BE:1 and FR:1–BE:3 across the border, FR:3–BE:2;
# given one way only: the matrix is read as symmetric.
EDGES = [
    ("FR:2", "FR:3"),
    ("BE:3", "BE:1"),
    ("BE:2", "BE:3"),
    ("FR:1", "BE:1"),
    ("BE:3", "FR:1"),
    ("FR:3", "BE:2"),
]


def adjacency(ids=UNIT_IDS, edges=EDGES) -> sparse.csr_matrix:
    index = pd.Index(ids)
    rows, cols = index.get_indexer([a for a, _ in edges]), index.get_indexer([b for _, b in edges])
    return sparse.csr_matrix((np.ones(len(rows), bool), (rows, cols)), shape=(len(ids), len(ids)))


# --------------------------------------------------------------------------- (a) outside


def test_flows_outside_agreements_known_case():
    outside = flows_outside_agreements(known_flows(), UNIT_MEMBERS, ESTABLISHMENT_MEMBERS)
    got = [
        tuple(row)
        for row in outside[
            ["origin_id", "dest_id", "direction", "patients", "stays", "amount_eur", "n_flows"]
        ].itertuples(index=False)
    ]
    assert got == [
        ("BE:3", "EF1", "BE→FR", 25 + 5, 30, 900 + 40, 2),  # no zone at all, two care types
        ("FR:3", "EB1", "FR→BE", 15, 0, 90, 1),  # Z2 resident, Z1 establishment
        ("FR:1", "EB2", "FR→BE", 10, 10, 500, 1),
        ("BE:1", "EF2", "BE→FR", 5, 6, 300, 1),
        ("BE:3", "EF2", "BE→FR", 5, 0, 50, 1),
    ]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_flows_outside_agreements_oracle(seed):
    flows, unit_members, supply_members = random_case(seed)
    zones_of_unit = unit_members.groupby("unit_id")["code"].apply(set)
    zones_of_supply = supply_members.groupby("supply_id")["code"].apply(set)
    expected = {}
    for row in flows.itertuples():
        shared = zones_of_unit.get(row.origin_id, set()) & zones_of_supply.get(row.dest_id, set())
        if row.direction != DOMESTIC and not shared:
            expected[(row.origin_id, row.dest_id)] = (
                expected.get((row.origin_id, row.dest_id), 0) + row.patients
            )
    outside = flows_outside_agreements(flows, unit_members, supply_members)
    assert dict(zip(zip(outside["origin_id"], outside["dest_id"]), outside["patients"])) == expected
    assert outside["patients"].is_monotonic_decreasing


# --------------------------------------------------------------------------- (b) extension


def test_extension_candidates_known_case():
    flows = known_flows()
    found = extension_candidates(
        flows, UNIT_IDS, adjacency(), UNIT_MEMBERS, ESTABLISHMENT_MEMBERS, min_share=0.5, min_patients=10
    )
    assert found.to_dict("records") == [
        {
            "code": "Z1",
            "rank": 1,
            "unit_id": "BE:3",
            "country": "BE",
            "member_of": "",
            "member_neighbours": 2,
            "newly_covered": 30.0,  # 25 + 5 to EF1, covered by no agreement of BE:3
            "already_covered": 0.0,
            "to_zone": 30.0,
            "cross_border": 35.0,
            "residents": 35.0,
            "share_cross_border": 30 / 35,
            "share_residents": 30 / 35,
            "establishments": "EF1",
        }
    ]
    # lower thresholds: FR:3 (Z2 member; 15 of its 55 cross-border patients to Z1's EB1, which Z2 does not
    # list) and BE:3 for Z2 (5 of 35 to EF2)
    found = extension_candidates(
        flows, UNIT_IDS, adjacency(), UNIT_MEMBERS, ESTABLISHMENT_MEMBERS, min_share=0.1, min_patients=0
    )
    assert list(zip(found["code"], found["rank"], found["unit_id"], found["newly_covered"], found["member_of"],
                    found["share_cross_border"], found["share_residents"])) == [
        ("Z1", 1, "BE:3", 30.0, "", 30 / 35, 30 / 35),
        ("Z1", 2, "FR:3", 15.0, "Z2", 15 / 55, 15 / 55),
        ("Z2", 1, "BE:3", 5.0, "", 5 / 35, 5 / 35),
    ]
    # FR:2 touches Z2 but sends no cross-border patient: never a candidate
    assert "FR:2" not in set(found["unit_id"])


def test_a_unit_whose_patients_an_agreement_already_covers_is_no_candidate():
    """Fumay's case: a member of another zone that lists the same establishment gains nothing."""
    both_list_eb1 = pd.concat([ESTABLISHMENT_MEMBERS,
                               pd.DataFrame({"code": ["Z2"], "supply_id": ["EB1"], "country": ["BE"]})])
    found = extension_candidates(
        known_flows(), UNIT_IDS, adjacency(), UNIT_MEMBERS, both_list_eb1, min_share=0.0, min_patients=0
    )
    assert ("Z1", "FR:3") not in set(zip(found["code"], found["unit_id"]))
    every_pair = extension_candidates(  # with no threshold at all, FR:3 → EB1 is flagged as already covered
        known_flows(), UNIT_IDS, adjacency(), UNIT_MEMBERS, both_list_eb1, min_share=-1.0, min_patients=-1.0)
    assert every_pair.empty or ("Z1", "FR:3") not in set(zip(every_pair["code"], every_pair["unit_id"]))


def test_extension_candidates_not_adjacent_means_no_candidate():
    edges = [e for e in EDGES if "BE:3" not in e]
    found = extension_candidates(
        known_flows(),
        UNIT_IDS,
        adjacency(edges=edges),
        UNIT_MEMBERS,
        ESTABLISHMENT_MEMBERS,
        min_share=0.0,
        min_patients=0,
    )
    assert list(zip(found["code"], found["unit_id"])) == [("Z1", "FR:3")]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_extension_candidates_oracle(seed):
    flows, unit_members, supply_members = random_case(seed)
    ids = ["U{}".format(i) for i in range(40)]
    rng = np.random.default_rng(seed + 100)
    dense = np.triu(rng.random((40, 40)) < 0.1, k=1)
    matrix = sparse.csr_matrix(dense)
    dense = dense | dense.T
    found = extension_candidates(
        flows, ids, matrix, unit_members, supply_members, min_share=0.3, min_patients=20
    )
    zones_of_unit = unit_members.groupby("unit_id")["code"].apply(set)
    zones_of_supply = supply_members.groupby("supply_id")["code"].apply(set)
    covered = [bool(zones_of_unit.get(o, set()) & zones_of_supply.get(d, set()))
               for o, d in zip(flows["origin_id"], flows["dest_id"])]
    cross = flows.assign(covered=covered).loc[flows["direction"] != DOMESTIC]
    expected = set()
    for code in sorted(set(unit_members["code"])):
        members = set(unit_members.loc[unit_members["code"] == code, "unit_id"])
        establishments = set(supply_members.loc[supply_members["code"] == code, "supply_id"])
        for i, unit in enumerate(ids):
            touching = sum(dense[i, ids.index(m)] for m in members)
            if unit in members or touching == 0:
                continue
            mine = cross.loc[cross["origin_id"] == unit]
            total = mine["patients"].sum()
            to_zone = mine.loc[mine["dest_id"].isin(establishments)]
            newly = to_zone.loc[~to_zone["covered"], "patients"].sum()
            residents = flows.loc[flows["origin_id"] == unit, "patients"].sum()
            if total > 0 and newly / total >= 0.3 and newly >= 20:
                expected.add((code, unit, touching, newly, to_zone["patients"].sum() - newly, total, residents))
    got = set(
        zip(
            found["code"],
            found["unit_id"],
            found["member_neighbours"],
            found["newly_covered"],
            found["already_covered"],
            found["cross_border"],
            found["residents"],
        )
    )
    assert got == expected and len(expected) > 0
    for _code, ranks in found.groupby("code")["rank"]:
        assert ranks.tolist() == list(range(1, len(ranks) + 1))
        assert found.loc[ranks.index, "newly_covered"].is_monotonic_decreasing


def test_extension_candidates_bad_input():
    with pytest.raises(ValueError):
        extension_candidates(
            known_flows(), UNIT_IDS, adjacency()[:5, :5], UNIT_MEMBERS, ESTABLISHMENT_MEMBERS
        )
    with pytest.raises(InputError) as caught:
        extension_candidates(
            known_flows(),
            UNIT_IDS[:4],
            adjacency(UNIT_IDS[:4], EDGES[:1]),
            UNIT_MEMBERS,
            ESTABLISHMENT_MEMBERS,
        )
    assert caught.value.values["field"] == "unit_id" and caught.value.offending_ids == ["BE:2"]
    flows = known_flows().assign(patients=np.nan)  # patients absent from the user's table
    with pytest.raises(InputError) as caught:
        extension_candidates(flows, UNIT_IDS, adjacency(), UNIT_MEMBERS, ESTABLISHMENT_MEMBERS)
    assert caught.value.values["field"] == "patients"


# --------------------------------------------------------------------------- (c) merger


def test_merger_candidates_known_case():
    flows = known_flows()
    zone_to_zone, residents, codes = zone_flow_matrix(flows, UNIT_MEMBERS, ESTABLISHMENT_MEMBERS)
    assert codes == ["Z1", "Z2"]
    # Z1 residents: 30 + 50 + 20 in Z1's establishments, 10 + 5 in Z2's; Z2's: 15 in Z1's, 40 + 12 in its own
    np.testing.assert_array_equal(zone_to_zone, [[100, 15], [15, 52]])
    np.testing.assert_array_equal(residents, [115, 67])
    found = merger_candidates(flows, UNIT_MEMBERS, ESTABLISHMENT_MEMBERS, min_share=0.05, min_patients=10)
    assert len(found) == 1
    row = found.iloc[0]
    assert (row["code_a"], row["code_b"], row["a_to_b"], row["b_to_a"], row["shared"]) == (
        "Z1",
        "Z2",
        15,
        15,
        30,
    )
    assert row["share"] == pytest.approx(30 / (115 + 67))
    assert row["share_a_to_b"] == pytest.approx(15 / 115) and row["share_b_to_a"] == pytest.approx(15 / 67)
    assert merger_candidates(flows, UNIT_MEMBERS, ESTABLISHMENT_MEMBERS, min_share=0.2).empty
    assert merger_candidates(flows, UNIT_MEMBERS, ESTABLISHMENT_MEMBERS, min_share=0.0, min_patients=31).empty


def test_domestic_flows_never_make_a_merger():
    """TOURVAL→MRTW-URSA on the sample: French patients to French hospitals need no agreement."""
    units = pd.DataFrame({"code": ["A", "A", "B", "B"], "unit_id": ["FR:1", "BE:1", "FR:2", "BE:2"],
                          "country": ["FR", "BE", "FR", "BE"]})
    establishments = pd.DataFrame({"code": ["A", "B"], "supply_id": ["EF1", "EF2"], "country": ["FR", "FR"]})
    raw = pd.DataFrame([("FR:1", "EF2", "x", 500, 0, 0.0), ("FR:2", "EF1", "x", 400, 0, 0.0)],
                       columns=["origin_id", "dest_id", "care_type", "patients", "stays", "amount_eur"])
    countries = pd.Series({"FR:1": "FR", "BE:1": "BE", "FR:2": "FR", "BE:2": "BE", "EF1": "FR", "EF2": "FR"})
    flows = validate_flows(raw, countries, countries)
    assert merger_candidates(flows, units, establishments, min_share=0.0, min_patients=0).empty
    # the same volume across the border is a merger signal, and the domestic flows are shown beside it
    raw.loc[2] = ("BE:1", "EF2", "x", 30, 0, 0.0)
    found = merger_candidates(validate_flows(raw, countries, countries), units, establishments,
                              min_share=0.0, min_patients=0)
    assert found[["code_a", "code_b", "a_to_b", "b_to_a", "shared", "both_ways", "domestic_a_to_b",
                  "domestic_b_to_a"]].to_dict("records") == [
        {"code_a": "A", "code_b": "B", "a_to_b": 30.0, "b_to_a": 0.0, "shared": 30.0, "both_ways": False,
         "domestic_a_to_b": 500.0, "domestic_b_to_a": 400.0}]


def test_an_establishment_both_zones_list_makes_no_merger():
    """ARDENNES–THIÉRACHE: the cross-border patients go to one establishment both zones already list."""
    units = pd.DataFrame({"code": ["A", "B"], "unit_id": ["BE:1", "BE:2"], "country": ["BE", "BE"]})
    establishments = pd.DataFrame({"code": ["A", "B"], "supply_id": ["EF1", "EF1"], "country": ["FR", "FR"]})
    raw = pd.DataFrame([("BE:1", "EF1", "x", 80, 0, 0.0), ("BE:2", "EF1", "x", 60, 0, 0.0)],
                       columns=["origin_id", "dest_id", "care_type", "patients", "stays", "amount_eur"])
    countries = pd.Series({"BE:1": "BE", "BE:2": "BE", "EF1": "FR"})
    flows = validate_flows(raw, countries, countries)
    assert merger_candidates(flows, units, establishments, min_share=0.0, min_patients=0).empty


def test_merger_by_amount():
    found = merger_candidates(
        known_flows(), UNIT_MEMBERS, ESTABLISHMENT_MEMBERS, volume="amount_eur", min_share=0.0, min_patients=0
    )
    assert found.loc[0, "a_to_b"] == 500 + 300 and found.loc[0, "b_to_a"] == 90
    assert found.loc[0, "share"] == pytest.approx(890 / (2100 + 2150))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_zone_flow_matrix_oracle(seed):
    flows, unit_members, supply_members = random_case(seed)
    zone_to_zone, residents, codes = zone_flow_matrix(flows, unit_members, supply_members)
    expected = np.zeros((len(codes), len(codes)))
    expected_residents = np.zeros(len(codes))
    for a, code_a in enumerate(codes):
        units = set(unit_members.loc[unit_members["code"] == code_a, "unit_id"])
        mine = flows.loc[flows["origin_id"].isin(units)]
        expected_residents[a] = mine["patients"].sum()
        for b, code_b in enumerate(codes):
            supply = set(supply_members.loc[supply_members["code"] == code_b, "supply_id"])
            expected[a, b] = mine.loc[mine["dest_id"].isin(supply), "patients"].sum()
    np.testing.assert_allclose(zone_to_zone, expected)
    np.testing.assert_allclose(residents, expected_residents)
    found = merger_candidates(flows, unit_members, supply_members, min_share=0.0, min_patients=0)
    assert len(found) == sum(
        expected[a, b] + expected[b, a] > 0 for a in range(len(codes)) for b in range(a + 1, len(codes))
    )


def test_no_flows_gives_empty_tables_with_their_columns():
    empty = known_flows().iloc[:0]
    outside = flows_outside_agreements(empty, UNIT_MEMBERS, ESTABLISHMENT_MEMBERS)
    assert outside.empty and "patients" in outside.columns
    found = extension_candidates(empty, UNIT_IDS, adjacency(), UNIT_MEMBERS, ESTABLISHMENT_MEMBERS)
    assert found.empty and "share_residents" in found.columns and "rank" in found.columns
    assert merger_candidates(empty, UNIT_MEMBERS, ESTABLISHMENT_MEMBERS).empty
