"""Member rows carry an optional end date (member_until): read, kept, and checked against member_since."""

import pandas as pd

from zoast_plugin.core.agreements import Agreement, agreement_problems, check_member_dates, extend, make_tables


def tables_with_end(until):
    tables = make_tables([Agreement("A")])
    tables = extend(tables, "A", "2010-01-01", unit_ids=["FR:1", "BE:1"], unit_countries=["FR", "BE"])
    units = tables.units.assign(member_until=[pd.Timestamp(until) if until else pd.NaT, pd.NaT])
    return make_tables(tables.agreements, units, tables.establishments)


def test_member_until_is_parsed_and_optional():
    tables = make_tables([Agreement("A")], pd.DataFrame({"code": ["A"], "unit_id": ["FR:1"], "country": ["FR"],
                                                         "member_until": ["2014-12-31"]}))
    assert tables.units.loc[0, "member_until"] == pd.Timestamp("2014-12-31")
    assert pd.isna(make_tables([Agreement("A")]).establishments.reindex([0]).loc[0, "member_until"])
    assert "member_until" in make_tables([Agreement("A")]).establishments.columns


def test_an_end_before_the_start_is_refused_with_the_member_named():
    assert check_member_dates(tables_with_end("2015-06-30").units) is None
    assert check_member_dates(tables_with_end(None).units) is None
    problem = check_member_dates(tables_with_end("2009-12-31").units)
    assert problem.values["field"] == "member_until" and problem.offending_ids == ["A/FR:1"]
    assert [p.values["field"] for p in agreement_problems(tables_with_end("2009-12-31"))] == ["member_until"]
