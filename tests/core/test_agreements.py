"""The agreement data model: construction, every check, membership over time, extend, merge, matrices."""

import datetime

import numpy as np
import pandas as pd
import pytest

from zoast_plugin.core.agreements import (
    STATUS_MERGED,
    Agreement,
    AgreementTables,
    agreement_problems,
    agreements_frame,
    agreements_from_frame,
    extend,
    make_tables,
    membership_at,
    merge,
    one_sided_agreements,
    unit_agreement_matrix,
    validate_agreements,
)
from zoast_plugin.core.errors import InputError

D = datetime.date


def sample() -> AgreementTables:
    """Two zones: ARD (2008, three units) and LUX (2008, extended 2014), as in DOMAIN.md."""
    agreements = [
        Agreement(
            "ARD",
            "Ardennes",
            "Ardennen",
            D(2007, 12, 1),
            D(2008, 2, 1),
            None,
            care_covered="hospital",
            insurers="CPAM 08; MC",
        ),
        Agreement(
            "LUX",
            "LUXLOR",
            "LUXLOR",
            D(2008, 1, 10),
            D(2008, 5, 1),
            D(2020, 12, 31),
            care_covered="ambulatory",
            insurers="CPAM 54",
        ),
    ]
    units = pd.DataFrame(
        {
            "code": ["ARD", "ARD", "ARD", "LUX", "LUX", "LUX"],
            "unit_id": ["FR:08105", "FR:08409", "BE:91013", "FR:54099", "BE:81001", "BE:84043"],
            "country": ["FR", "FR", "BE", "FR", "BE", "BE"],
            "member_since": ["2008-02-01", None, "2008-02-01", "2008-05-01", "2008-05-01", "2014-01-01"],
        }
    )
    establishments = pd.DataFrame(
        {
            "code": ["ARD", "ARD", "LUX"],
            "supply_id": ["FR:080000615", "BE:CHDINANT", "BE:CSL-ARLON"],
            "country": ["FR", "BE", "BE"],
            "member_since": ["2008-02-01", "2008-02-01", ""],
        }
    )
    return make_tables(agreements, units, establishments)


UNIT_IDS = ["FR:08105", "FR:08409", "BE:91013", "FR:54099", "BE:81001", "BE:84043", "FR:59350"]
SUPPLY_IDS = ["FR:080000615", "BE:CHDINANT", "BE:CSL-ARLON"]


# --------------------------------------------------------------------------- construction


def test_make_tables_parses_dates_and_fills_optional_fields():
    tables = sample()
    assert tables.agreements["in_force_from"].tolist() == [
        pd.Timestamp("2008-02-01"),
        pd.Timestamp("2008-05-01"),
    ]
    assert pd.isna(tables.agreements.loc[0, "ends_on"])
    assert tables.units["member_since"].isna().tolist() == [False, True, False, False, False, False]
    assert pd.isna(tables.establishments.loc[2, "member_since"])  # blank string → NaT
    bare = make_tables(pd.DataFrame({"code": ["X"]}))
    assert bare.agreements.loc[0, "name_fr"] == "" and pd.isna(bare.agreements.loc[0, "signed_on"])
    assert list(bare.units.columns) == ["code", "unit_id", "country", "member_since", "member_until"]


def test_agreement_records_round_trip():
    records = agreements_from_frame(sample().agreements)
    assert records[0] == Agreement(
        "ARD",
        "Ardennes",
        "Ardennen",
        D(2007, 12, 1),
        D(2008, 2, 1),
        None,
        care_covered="hospital",
        insurers="CPAM 08; MC",
    )
    assert agreements_from_frame(agreements_frame(records)) == records


def test_unparseable_date_names_field_and_agreement():
    frame = pd.DataFrame({"code": ["A", "B"], "signed_on": ["2010-01-01", "next spring"]})
    with pytest.raises(InputError) as caught:
        make_tables(frame)
    assert caught.value.values["field"] == "signed_on"
    assert caught.value.offending_ids == ["B"]
    assert "'signed_on'" in str(caught.value) and "B" in str(caught.value)


def test_missing_required_member_field():
    with pytest.raises(InputError, match="country"):
        make_tables([Agreement("A")], pd.DataFrame({"code": ["A"], "unit_id": ["FR:1"]}))


# --------------------------------------------------------------------------- checks


def test_good_tables_have_no_problem():
    assert agreement_problems(sample(), UNIT_IDS, SUPPLY_IDS) == []
    validate_agreements(sample(), UNIT_IDS, SUPPLY_IDS)


def _only_problem(tables, **kwargs) -> InputError:
    problems = agreement_problems(tables, **kwargs)
    assert len(problems) == 1, [str(p) for p in problems]
    with pytest.raises(InputError) as caught:
        validate_agreements(tables, **kwargs)
    assert str(caught.value) == str(problems[0])
    return problems[0]


def test_duplicate_code():
    tables = sample()
    agreements = pd.concat([tables.agreements, tables.agreements.iloc[[1]]], ignore_index=True)
    problem = _only_problem(tables._replace(agreements=agreements))
    assert problem.values["field"] == "code" and problem.offending_ids == ["LUX"]
    assert "LUX" in str(problem)


@pytest.mark.parametrize(
    "changes, field, other",
    [
        ({"signed_on": pd.Timestamp("2009-01-01")}, "in_force_from", "signed_on"),
        ({"ends_on": pd.Timestamp("2008-01-01")}, "ends_on", "in_force_from"),
        ({"in_force_from": pd.NaT, "ends_on": pd.Timestamp("2007-01-01")}, "ends_on", "signed_on"),
    ],
)
def test_dates_out_of_order(changes, field, other):
    tables = sample()
    agreements = tables.agreements.copy()
    for name, value in changes.items():
        agreements.loc[0, name] = value
    problem = _only_problem(tables._replace(agreements=agreements))
    assert problem.values["field"] == field and problem.values["other"] == other
    assert problem.offending_ids == ["ARD"] and "ARD" in str(problem)


def test_member_of_unknown_agreement():
    tables = sample()
    units = tables.units.copy()
    units.loc[len(units)] = ["TOURVAL", "FR:59350", "FR", pd.NaT, pd.NaT]
    problem = _only_problem(tables._replace(units=units), known_unit_ids=UNIT_IDS)
    assert problem.values["field"] == "code" and problem.offending_ids == ["TOURVAL"]


def test_member_listed_twice():
    tables = sample()
    establishments = pd.concat([tables.establishments, tables.establishments.iloc[[0]]], ignore_index=True)
    problem = _only_problem(tables._replace(establishments=establishments))
    assert problem.values["field"] == "supply_id" and problem.offending_ids == ["ARD/FR:080000615"]


def test_member_country_not_a_side():
    tables = sample()
    units = tables.units.copy()
    units.loc[5, "country"] = "LU"
    problem = _only_problem(tables._replace(units=units))
    assert problem.values["field"] == "country" and problem.offending_ids == ["BE:84043"]


def test_members_on_one_side_only():
    tables = sample()
    units = tables.units.loc[tables.units["country"] == "FR"]
    problem = _only_problem(tables._replace(units=units))
    assert problem.values["field"] == "unit_id"
    assert problem.offending_ids == ["ARD", "LUX"] and "ARD, LUX" in str(problem)
    assert one_sided_agreements(tables.agreements, tables.units) == []


def test_agreement_without_members_is_one_sided():
    tables = sample()
    agreements = pd.concat([tables.agreements, make_tables([Agreement("NEW")]).agreements], ignore_index=True)
    assert _only_problem(tables._replace(agreements=agreements)).offending_ids == ["NEW"]


def test_unknown_unit_and_supply_ids():
    tables = sample()
    problem = _only_problem(tables, known_unit_ids=UNIT_IDS[:4], known_supply_ids=SUPPLY_IDS)
    assert problem.values["field"] == "unit_id" and problem.offending_ids == ["BE:81001", "BE:84043"]
    problem = _only_problem(tables, known_unit_ids=UNIT_IDS, known_supply_ids=SUPPLY_IDS[1:])
    assert problem.values["field"] == "supply_id" and problem.offending_ids == ["FR:080000615"]


def test_every_problem_is_listed():
    tables = sample()
    agreements = tables.agreements.copy()
    agreements.loc[1, "code"] = "ARD"
    agreements.loc[0, "ends_on"] = pd.Timestamp("2000-01-01")
    fields = [p.values["field"] for p in agreement_problems(tables._replace(agreements=agreements))]
    assert fields == ["code", "ends_on", "code", "code"]  # duplicate, dates, LUX units, LUX establishments


# --------------------------------------------------------------------------- time


def test_membership_at_dates():
    units = sample().units
    assert membership_at(units, "2008-01-01")["unit_id"].tolist() == ["FR:08409"]  # no date: always
    assert membership_at(units, "2008-02-01")["unit_id"].tolist() == ["FR:08105", "FR:08409", "BE:91013"]
    assert len(membership_at(units, "2013-12-31")) == 5
    assert len(membership_at(units, "2014-01-01")) == 6


def test_membership_at_respects_agreement_dates():
    tables = sample()
    before = membership_at(tables.units, "2008-01-15", tables.agreements)
    assert before.empty  # ARD not yet in force, even for the undated member
    in_2010 = membership_at(tables.units, "2010-06-01", tables.agreements)
    assert in_2010["unit_id"].tolist() == ["FR:08105", "FR:08409", "BE:91013", "FR:54099", "BE:81001"]
    assert (
        in_2010["covered_since"].tolist()
        == [pd.Timestamp("2008-02-01")] * 3 + [pd.Timestamp("2008-05-01")] * 2
    )
    last_day = membership_at(tables.units, "2020-12-31", tables.agreements)
    assert (last_day["code"] == "LUX").sum() == 3
    after = membership_at(tables.units, "2021-01-01", tables.agreements)
    assert set(after["code"]) == {"ARD"}


# --------------------------------------------------------------------------- edits


def test_extend_adds_new_members_only_and_does_not_mutate():
    tables = sample()
    before = [t.copy() for t in tables]
    grown = extend(
        tables,
        "ARD",
        "2012-03-01",
        unit_ids=["FR:08105", "BE:91034", "BE:91034"],
        unit_countries=["FR", "BE", "BE"],
        supply_ids=["BE:CHUMONTGODINNE"],
        supply_countries="BE",
    )
    for original, kept in zip(tables, before):
        pd.testing.assert_frame_equal(original, kept)
    ard = grown.units.loc[grown.units["code"] == "ARD"].set_index("unit_id")
    assert ard.index.tolist() == ["FR:08105", "FR:08409", "BE:91013", "BE:91034"]
    assert ard.loc["FR:08105", "member_since"] == pd.Timestamp("2008-02-01")  # kept its date
    assert ard.loc["BE:91034", "member_since"] == pd.Timestamp("2012-03-01")
    assert grown.establishments.iloc[-1].tolist()[:3] == ["ARD", "BE:CHUMONTGODINNE", "BE"]
    assert agreement_problems(grown) == []


def test_extend_unknown_agreement():
    with pytest.raises(InputError) as caught:
        extend(sample(), "MOMAU", "2012-01-01", unit_ids=["FR:59392"], unit_countries="FR")
    assert caught.value.values["field"] == "code" and caught.value.offending_ids == ["MOMAU"]


def test_merge_builds_new_agreement_and_keeps_history():
    tables = sample()
    units = pd.concat(
        [
            tables.units,
            pd.DataFrame(
                {
                    "code": ["LUX"],
                    "unit_id": ["FR:08105"],
                    "country": ["FR"],
                    "member_since": [pd.Timestamp("2005-01-01")],
                }
            ),
        ],
        ignore_index=True,
    )
    tables = tables._replace(units=units)
    before = [t.copy() for t in tables]
    merged = merge(tables, "ARD", "LUX", "ARDLUX", "2016-01-01")
    for original, kept in zip(tables, before):
        pd.testing.assert_frame_equal(original, kept)

    agreements = merged.agreements.set_index("code")
    assert agreements.loc["ARD", "status"] == STATUS_MERGED
    assert agreements.loc["ARD", "ends_on"] == pd.Timestamp("2015-12-31")
    assert agreements.loc["LUX", "ends_on"] == pd.Timestamp("2015-12-31")  # was 2020-12-31
    new = agreements.loc["ARDLUX"]
    assert new["name_fr"] == "Ardennes + LUXLOR" and new["in_force_from"] == pd.Timestamp("2016-01-01")
    assert new["notes"] == "ARD + LUX"
    assert new["care_covered"] == "hospital; ambulatory" and new["insurers"] == "CPAM 08; MC; CPAM 54"

    members = merged.units.loc[merged.units["code"] == "ARDLUX"].set_index("unit_id")
    assert sorted(members.index) == sorted(set(UNIT_IDS[:6]))  # FR:08105 once though in both
    assert (members["member_since"] == pd.Timestamp("2016-01-01")).all()
    assert len(merged.units) == len(tables.units) + 6
    assert sorted(
        merged.establishments.loc[merged.establishments["code"] == "ARDLUX", "supply_id"]
    ) == sorted(SUPPLY_IDS)
    # after the merger only the new zone covers anyone; before it, only the old ones
    assert set(membership_at(merged.units, "2017-01-01", merged.agreements)["code"]) == {"ARDLUX"}
    assert set(membership_at(merged.units, "2015-06-01", merged.agreements)["code"]) == {"ARD", "LUX"}


def test_merge_keeps_a_later_membership_date():
    tables = extend(sample(), "LUX", "2030-01-01", unit_ids=["BE:85045"], unit_countries="BE")
    merged = merge(tables, "ARD", "LUX", "NEW", "2016-01-01")
    new = merged.units.loc[merged.units["code"] == "NEW"].set_index("unit_id")
    assert new.loc["BE:85045", "member_since"] == pd.Timestamp("2030-01-01")


@pytest.mark.parametrize(
    "a, b, new, bad",
    [
        ("ARD", "MOMAU", "X", "MOMAU"),
        ("ARD", "ARD", "X", "ARD"),
        ("ARD", "LUX", "LUX", "LUX"),
    ],
)
def test_merge_bad_codes(a, b, new, bad):
    with pytest.raises(InputError) as caught:
        merge(sample(), a, b, new, "2016-01-01")
    assert caught.value.values["field"] == "code" and caught.value.offending_ids == [bad]


# --------------------------------------------------------------------------- matrices


def test_unit_agreement_matrix():
    tables = sample()
    matrix, codes = unit_agreement_matrix(UNIT_IDS, tables.units)
    assert codes == ["ARD", "LUX"] and matrix.shape == (7, 2) and matrix.dtype == bool
    expected = np.array([[1, 0], [1, 0], [1, 0], [0, 1], [0, 1], [0, 1], [0, 0]], dtype=bool)
    np.testing.assert_array_equal(matrix.toarray(), expected)
    matrix, codes = unit_agreement_matrix(UNIT_IDS[::-1], tables.units, codes=["LUX", "ARD", "EMPTY"])
    np.testing.assert_array_equal(
        matrix.toarray(), np.column_stack([expected[::-1, 1], expected[::-1, 0], np.zeros(7, bool)])
    )


def test_unit_agreement_matrix_bad_input():
    tables = sample()
    with pytest.raises(InputError) as caught:
        unit_agreement_matrix(UNIT_IDS[:5], tables.units)
    assert caught.value.values["field"] == "unit_id" and caught.value.offending_ids == ["BE:84043"]
    with pytest.raises(InputError) as caught:
        unit_agreement_matrix(UNIT_IDS, tables.units, codes=["ARD"])
    assert caught.value.values["field"] == "code" and caught.value.offending_ids == ["LUX"]
