"""Flows: validation, direction, filters, desire lines, and the zone summary (hand-computed and oracle)."""

import numpy as np
import pandas as pd
import pytest

from zoast_plugin.core.errors import InputError
from zoast_plugin.core.flows import (
    ALL,
    BE_TO_FR,
    DOMESTIC,
    FR_TO_BE,
    UNSPECIFIED_CARE,
    classify_direction,
    desire_lines,
    empty_cells,
    filter_flows,
    origin_destination_pairs,
    validate_flows,
    zone_summary,
)

UNIT_COUNTRY = pd.Series({"FR:1": "FR", "FR:2": "FR", "FR:3": "FR", "BE:1": "BE", "BE:2": "BE", "BE:3": "BE"})
SUPPLY_COUNTRY = pd.Series({"EF1": "FR", "EF2": "FR", "EB1": "BE", "EB2": "BE"})

# Zone Z1: units FR:1, FR:2, BE:1, establishments EF1, EB1; Z2: units FR:3, BE:2, establishments EF2, EB2.
UNIT_MEMBERS = pd.DataFrame(
    {
        "code": ["Z1", "Z1", "Z1", "Z2", "Z2"],
        "unit_id": ["FR:1", "FR:2", "BE:1", "FR:3", "BE:2"],
        "country": ["FR", "FR", "BE", "FR", "BE"],
    }
)
ESTABLISHMENT_MEMBERS = pd.DataFrame(
    {
        "code": ["Z1", "Z1", "Z2", "Z2"],
        "supply_id": ["EF1", "EB1", "EF2", "EB2"],
        "country": ["FR", "BE", "FR", "BE"],
    }
)

RAW_FLOWS = pd.DataFrame(
    [
        # origin, dest, care, patients, stays, amount        direction, zone of origin, inside?
        ("FR:1", "EB1", "surgery", 30, 35, 1000.0),  # FR→BE  Z1  inside
        ("FR:1", "EB2", "surgery", 10, 10, 500.0),  # FR→BE  Z1  outside (EB2 is Z2's)
        ("FR:2", "EF1", "consultation", 50, 0, 200.0),  # domestic Z1 inside
        ("BE:1", "EF1", "consultation", 20, 0, 100.0),  # BE→FR  Z1  inside
        ("BE:1", "EF2", "surgery", 5, 6, 300.0),  # BE→FR  Z1  outside
        ("FR:3", "EB2", "surgery", 40, 40, 2000.0),  # FR→BE  Z2  inside
        ("FR:3", "EB1", "consultation", 15, 0, 90.0),  # FR→BE  Z2  outside
        ("BE:3", "EF1", "surgery", 25, 30, 900.0),  # BE→FR  no zone
        ("BE:3", "EF2", "consultation", 5, 0, 50.0),  # BE→FR  no zone
        ("BE:2", "EB2", "consultation", 12, 0, 60.0),  # domestic Z2 inside
        ("BE:3", "EF1", "consultation", 5, 0, 40.0),  # BE→FR  no zone
    ],
    columns=["origin_id", "dest_id", "care_type", "patients", "stays", "amount_eur"],
)


def known_flows() -> pd.DataFrame:
    """The small known case as a canonical flows frame (shared with test_candidates)."""
    return validate_flows(RAW_FLOWS, UNIT_COUNTRY, SUPPLY_COUNTRY)


# --------------------------------------------------------------------------- validation


def test_validate_flows_canonical_frame():
    flows = known_flows()
    assert list(flows.columns) == [
        "origin_id",
        "dest_id",
        "care_type",
        "patients",
        "stays",
        "amount_eur",
        "origin_country",
        "dest_country",
        "direction",
    ]
    assert flows["direction"].tolist() == [
        FR_TO_BE,
        FR_TO_BE,
        DOMESTIC,
        BE_TO_FR,
        BE_TO_FR,
        FR_TO_BE,
        FR_TO_BE,
        BE_TO_FR,
        BE_TO_FR,
        DOMESTIC,
        BE_TO_FR,
    ]
    assert flows["patients"].dtype == np.float64


def test_totals_per_direction():
    totals = known_flows().groupby("direction")[["patients", "stays", "amount_eur"]].sum()
    assert totals.loc[FR_TO_BE].tolist() == [30 + 10 + 40 + 15, 35 + 10 + 40, 1000 + 500 + 2000 + 90]
    assert totals.loc[BE_TO_FR].tolist() == [20 + 5 + 25 + 5 + 5, 6 + 30, 100 + 300 + 900 + 50 + 40]
    assert totals.loc[DOMESTIC].tolist() == [50 + 12, 0, 200 + 60]


def test_validate_flows_custom_fields_and_absent_values():
    raw = RAW_FLOWS.rename(columns={"origin_id": "from", "dest_id": "to", "patients": "n"}).drop(
        columns=["stays", "care_type"]
    )
    flows = validate_flows(
        raw,
        UNIT_COUNTRY,
        SUPPLY_COUNTRY,
        origin_field="from",
        dest_field="to",
        care_field=None,
        patients_field="n",
        stays_field=None,
    )
    assert flows["patients"].sum() == RAW_FLOWS["patients"].sum()
    assert flows["stays"].isna().all() and (flows["care_type"] == UNSPECIFIED_CARE).all()
    summary = zone_summary(flows, UNIT_MEMBERS, ESTABLISHMENT_MEMBERS)
    assert summary["stays"].isna().all()  # absent stays stay empty, not 0
    assert summary["patients"].notna().all()


def test_empty_care_type_is_labelled_not_dropped():
    raw = RAW_FLOWS.copy()
    raw.loc[2, "care_type"] = None
    raw.loc[3, "care_type"] = "  "
    flows = validate_flows(raw, UNIT_COUNTRY, SUPPLY_COUNTRY)
    assert len(flows) == len(raw)
    assert flows["care_type"].tolist()[2:4] == [UNSPECIFIED_CARE, UNSPECIFIED_CARE]


@pytest.mark.parametrize(
    "field, value, ids",
    [
        ("origin_id", ["FR:9", "FR:8", "FR:9"], ["FR:9", "FR:8"]),
        ("dest_id", ["EX", "EY", "EZ"], ["EX", "EY", "EZ"]),
    ],
)
def test_unknown_ids(field, value, ids):
    raw = RAW_FLOWS.copy()
    raw.loc[[1, 4, 7], field] = value
    with pytest.raises(InputError) as caught:
        validate_flows(raw, UNIT_COUNTRY, SUPPLY_COUNTRY)
    error = caught.value
    labelled = ["{}={}".format(field, value) for value in ids]
    assert error.values["field"] == field and error.offending_ids == labelled
    assert error.values["count"] == len(ids)
    assert "'{}'".format(field) in str(error) and ", ".join(labelled) in str(error)


def test_unknown_ids_of_both_fields_in_one_message():
    raw = RAW_FLOWS.copy()
    raw.loc[1, "origin_id"] = "FR:9"
    raw.loc[[4, 7], "dest_id"] = ["EX", "EY"]
    with pytest.raises(InputError) as caught:
        validate_flows(raw, UNIT_COUNTRY, SUPPLY_COUNTRY)
    error = caught.value
    assert error.values["field"] == "origin_id, dest_id"
    assert error.offending_ids == ["origin_id=FR:9", "dest_id=EX", "dest_id=EY"]
    assert str(error).startswith(
        "3 id(s) of the flows not found in the layers: origin_id=FR:9, dest_id=EX, dest_id=EY.")


def test_empty_id():
    raw = RAW_FLOWS.copy()
    raw.loc[6, "dest_id"] = None
    with pytest.raises(InputError) as caught:
        validate_flows(raw, UNIT_COUNTRY, SUPPLY_COUNTRY)
    assert caught.value.values["field"] == "dest_id" and caught.value.offending_ids == [7]  # 1-based, as in QGIS
    assert "at row(s) 7." in str(caught.value)


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("amount_eur", -12.5, "negative"),
        ("patients", -1, "negative"),
        ("stays", "many", "non-numeric"),
    ],
)
def test_bad_values(field, value, message):
    raw = RAW_FLOWS.astype({field: object})
    raw.loc[4, field] = value
    with pytest.raises(InputError) as caught:
        validate_flows(raw, UNIT_COUNTRY, SUPPLY_COUNTRY)
    assert caught.value.values["field"] == field
    assert caught.value.offending_ids == ["BE:1→EF2"] and "BE:1→EF2" in str(caught.value)
    assert message in str(caught.value)


@pytest.mark.parametrize("empty", [None, "", "  "])
def test_empty_value_cells_are_unknown_and_counted(empty):
    """Insurers hide small counts: an empty cell is kept as unknown, counted, and sums skip it."""
    raw = RAW_FLOWS.astype({"stays": object, "patients": object})
    raw.loc[[2, 4], "stays"] = empty
    raw.loc[5, "patients"] = empty
    flows = validate_flows(raw, UNIT_COUNTRY, SUPPLY_COUNTRY)
    assert len(flows) == len(raw)
    assert flows["stays"].isna().tolist() == [i in (2, 4) for i in range(len(raw))]
    assert np.isnan(flows.loc[5, "patients"])
    assert empty_cells(flows) == {"stays": 2, "patients": 1}
    assert empty_cells(validate_flows(RAW_FLOWS, UNIT_COUNTRY, SUPPLY_COUNTRY)) == {}


def test_missing_field():
    with pytest.raises(InputError, match="amount_eur"):
        validate_flows(RAW_FLOWS.drop(columns="amount_eur"), UNIT_COUNTRY, SUPPLY_COUNTRY)


# --------------------------------------------------------------------------- direction, filter


def test_classify_direction():
    got = classify_direction(["FR", "BE", "FR", "BE", "LU"], np.array(["BE", "FR", "FR", "BE", "BE"]))
    assert got.tolist() == [FR_TO_BE, BE_TO_FR, DOMESTIC, DOMESTIC, "LU→BE"]


def test_classify_direction_empty_country():
    with pytest.raises(InputError) as caught:
        classify_direction(["FR", "BE", "FR"], ["BE", None, ""])
    assert caught.value.values["field"] == "dest_country" and caught.value.offending_ids == [2, 3]  # rows from 1


def test_filter_flows():
    flows = known_flows()
    assert filter_flows(flows).equals(flows)
    kept = filter_flows(flows, care_types=["surgery"], min_volume=10, cross_border_only=True)
    assert kept.index.tolist() == [0, 1, 5, 7]
    kept = filter_flows(flows, min_volume=20, volume="amount_eur", care_types=["consultation"])
    assert kept.index.tolist() == [2, 3, 6, 8, 9, 10]
    assert filter_flows(flows, cross_border_only=True)["direction"].ne(DOMESTIC).sum() == 9


# --------------------------------------------------------------------------- desire lines


def test_straight_lines():
    lines = desire_lines([[0, 0], [5, 5]], [[10, 0], [5, 8]], curved=False)
    assert lines.shape == (2, 2, 2)
    np.testing.assert_array_equal(lines[1], [[5, 5], [5, 8]])


def test_curved_line_hand_computed():
    line = desire_lines([0, 0], [10, 0], n_vertices=5, bend=0.2)[0]
    # control point (5, 2): B(t) = 2(1-t)t·(5, 2) + t²·(10, 0)
    np.testing.assert_allclose(line, [[0, 0], [2.5, 0.75], [5, 1.0], [7.5, 0.75], [10, 0]])


def test_opposite_directions_bow_to_opposite_sides():
    rng = np.random.default_rng(3)
    a, b = rng.uniform(-1e5, 1e5, (50, 2)), rng.uniform(-1e5, 1e5, (50, 2))
    forth, back = desire_lines(a, b, n_vertices=9), desire_lines(b, a, n_vertices=9)
    chord = b - a

    def side(points):  # sign of the cross product chord × (p - a): left > 0
        rel = points - a[:, None, :]
        return chord[:, None, 0] * rel[..., 1] - chord[:, None, 1] * rel[..., 0]

    assert (side(forth[:, 1:-1]) > 0).all() and (side(back[:, 1:-1]) < 0).all()
    np.testing.assert_allclose(forth[:, 0], a)
    np.testing.assert_allclose(forth[:, -1], b)


def test_curved_lines_match_de_casteljau_oracle():
    rng = np.random.default_rng(7)
    a, b = rng.uniform(0, 1000, (20, 2)), rng.uniform(0, 1000, (20, 2))
    lines = desire_lines(a, b, n_vertices=7, bend=0.3)
    for i in range(20):
        chord = b[i] - a[i]
        control = (a[i] + b[i]) / 2 + 0.3 * np.array([-chord[1], chord[0]])
        for k, t in enumerate(np.linspace(0, 1, 7)):
            p, q = a[i] + t * (control - a[i]), control + t * (b[i] - control)
            np.testing.assert_allclose(lines[i, k], p + t * (q - p))


def test_zero_length_line_and_bad_vertex_count():
    line = desire_lines([3, 4], [3, 4], n_vertices=4)[0]
    np.testing.assert_allclose(line, np.tile([3.0, 4.0], (4, 1)))
    with pytest.raises(ValueError):
        desire_lines([0, 0], [1, 1], n_vertices=2)


# --------------------------------------------------------------------------- zone summary


def test_zone_summary_hand_computed():
    summary = zone_summary(known_flows(), UNIT_MEMBERS, ESTABLISHMENT_MEMBERS)
    got = {tuple(row[:3]): tuple(row[3:]) for row in summary.itertuples(index=False)}
    expected = {
        ("Z1", BE_TO_FR, "consultation"): (20, 0, 100, 1.0),
        ("Z1", BE_TO_FR, "surgery"): (5, 6, 300, 0.0),
        ("Z1", FR_TO_BE, "surgery"): (40, 45, 1500, 30 / 40),
        ("Z1", DOMESTIC, "consultation"): (50, 0, 200, 1.0),
        ("Z1", ALL, ALL): (30 + 10 + 50 + 20 + 5, 51, 2100, (30 + 50 + 20) / 115),
        ("Z1", BE_TO_FR, ALL): (25, 6, 400, 20 / 25),  # subtotals over care types
        ("Z1", FR_TO_BE, ALL): (40, 45, 1500, 30 / 40),
        ("Z1", DOMESTIC, ALL): (50, 0, 200, 1.0),
        ("Z2", FR_TO_BE, "consultation"): (15, 0, 90, 0.0),
        ("Z2", FR_TO_BE, "surgery"): (40, 40, 2000, 1.0),
        ("Z2", DOMESTIC, "consultation"): (12, 0, 60, 1.0),
        ("Z2", ALL, ALL): (67, 40, 2150, 52 / 67),
        ("Z2", FR_TO_BE, ALL): (55, 40, 2090, 40 / 55),
        ("Z2", DOMESTIC, ALL): (12, 0, 60, 1.0),
    }
    assert got.keys() == expected.keys()
    for key, values in expected.items():
        np.testing.assert_allclose(got[key], values, err_msg=str(key))
    assert list(summary.columns) == [
        "code",
        "direction",
        "care_type",
        "patients",
        "stays",
        "amount_eur",
        "share_inside",
    ]


def test_zone_summary_share_of_amount_and_no_totals():
    summary = zone_summary(
        known_flows(), UNIT_MEMBERS, ESTABLISHMENT_MEMBERS, share_of="amount_eur", with_totals=False
    )
    assert ALL not in set(summary["direction"])
    row = summary.set_index(["code", "direction", "care_type"]).loc[("Z1", FR_TO_BE, "surgery")]
    assert row["share_inside"] == pytest.approx(1000 / 1500)


def test_zone_summary_unit_in_two_zones_counts_for_both():
    members = pd.concat(
        [UNIT_MEMBERS, pd.DataFrame({"code": ["Z2"], "unit_id": ["FR:1"], "country": ["FR"]})]
    )
    summary = zone_summary(known_flows(), members, ESTABLISHMENT_MEMBERS).set_index(
        ["code", "direction", "care_type"]
    )
    assert summary.loc[("Z2", FR_TO_BE, "surgery"), "patients"] == 40 + 40
    assert summary.loc[("Z2", FR_TO_BE, "surgery"), "share_inside"] == pytest.approx(50 / 80)
    assert summary.loc[("Z1", FR_TO_BE, "surgery"), "patients"] == 40


def random_case(seed: int, n_units: int = 40, n_supply: int = 15, n_zones: int = 4, n_flows: int = 300):
    """Random units, establishments, overlapping zones and flows (shared with test_candidates)."""
    rng = np.random.default_rng(seed)
    units = pd.Series(rng.choice(["FR", "BE"], n_units), index=["U{}".format(i) for i in range(n_units)])
    supply = pd.Series(rng.choice(["FR", "BE"], n_supply), index=["S{}".format(i) for i in range(n_supply)])
    codes = ["Z{}".format(k) for k in range(n_zones)]
    unit_rows = [(z, u, units[u]) for z in codes for u in units.index if rng.random() < 0.2]
    supply_rows = [(z, s, supply[s]) for z in codes for s in supply.index if rng.random() < 0.25]
    unit_members = pd.DataFrame(unit_rows, columns=["code", "unit_id", "country"])
    supply_members = pd.DataFrame(supply_rows, columns=["code", "supply_id", "country"])
    raw = pd.DataFrame(
        {
            "origin_id": rng.choice(units.index, n_flows),
            "dest_id": rng.choice(supply.index, n_flows),
            "care_type": rng.choice(["a", "b", "c"], n_flows),
            "patients": rng.integers(0, 50, n_flows),
            "stays": rng.integers(0, 60, n_flows),
            "amount_eur": rng.uniform(0, 1e4, n_flows),
        }
    )
    return validate_flows(raw, units, supply), unit_members, supply_members


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_zone_summary_matches_loop_oracle(seed):
    flows, unit_members, supply_members = random_case(seed)
    summary = zone_summary(flows, unit_members, supply_members).set_index(["code", "direction", "care_type"])
    expected = {}
    for code in sorted(set(unit_members["code"])):
        residents = set(unit_members.loc[unit_members["code"] == code, "unit_id"])
        members = set(supply_members.loc[supply_members["code"] == code, "supply_id"])
        for row in flows.itertuples():
            if row.origin_id not in residents:
                continue
            for key in ((code, row.direction, row.care_type), (code, row.direction, ALL), (code, ALL, ALL)):
                total = expected.setdefault(key, np.zeros(4))
                total += [
                    row.patients,
                    row.stays,
                    row.amount_eur,
                    row.patients if row.dest_id in members else 0,
                ]
    assert set(summary.index) == set(expected)
    for key, (patients, stays, amount, inside) in expected.items():
        got = summary.loc[key]
        np.testing.assert_allclose(
            [got["patients"], got["stays"], got["amount_eur"]], [patients, stays, amount]
        )
        if patients > 0:
            assert got["share_inside"] == pytest.approx(inside / patients)
        else:
            assert np.isnan(got["share_inside"])


def test_zone_summary_without_members():
    no_units = UNIT_MEMBERS.iloc[:0]
    assert zone_summary(known_flows(), no_units, ESTABLISHMENT_MEMBERS).empty
    summary = zone_summary(known_flows(), UNIT_MEMBERS, ESTABLISHMENT_MEMBERS.iloc[:0])
    assert (summary["share_inside"] == 0).all() and len(summary) == 9 + 5  # + 5 zone × direction subtotals


def test_origin_destination_pairs_sum_care_types_into_one_line():
    flows = known_flows()
    raw = pd.concat([flows, flows.iloc[[0]].assign(care_type="zz_other", patients=3.0, stays=np.nan)],
                    ignore_index=True)
    pairs = origin_destination_pairs(raw)
    assert not pairs.duplicated(["origin_id", "dest_id"]).any()
    assert pairs["patients"].sum() == pytest.approx(raw["patients"].sum())
    assert pairs["n_flows"].sum() == len(raw)
    first = pairs.iloc[0]
    assert (first["origin_id"], first["dest_id"]) == (raw.loc[0, "origin_id"], raw.loc[0, "dest_id"])
    assert first["care_types"] == "; ".join(sorted({raw.loc[0, "care_type"], "zz_other"}))
    assert first["patients"] == raw.loc[0, "patients"] + 3.0
    assert first["stays"] == raw.loc[0, "stays"]  # the empty cell is skipped, not counted as 0
    assert first["first_row"] == 0 and first["n_flows"] == 2
    for row in pairs.itertuples():
        same = raw.loc[(raw["origin_id"] == row.origin_id) & (raw["dest_id"] == row.dest_id)]
        assert row.patients == pytest.approx(same["patients"].sum())
        assert row.direction == same["direction"].iloc[0] and row.first_row == same.index[0]
