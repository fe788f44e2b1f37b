"""Dissolved agreement perimeters across both countries, their figures, and their bad input."""

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box
from shapely.ops import unary_union

from zoast_plugin.core.errors import Cancelled, InputError
from zoast_plugin.core.perimeters import agreement_perimeters

# Two French squares and one Belgian square in a row (FR:1 | FR:2 | BE:1), a Belgian square
# apart (BE:2) and a French one (FR:3) used by a one-sided agreement.
GEOMETRIES = pd.Series(
    {
        "FR:1": box(0, 0, 1, 1),
        "FR:2": box(1, 0, 2, 1),
        "BE:1": box(2, 0, 3, 1),
        "BE:2": box(10, 10, 11, 11),
        "FR:3": box(0, 1, 1, 2),
    }
)
POPULATION = pd.Series({"FR:1": 1000, "FR:2": 250, "BE:1": 4000, "BE:2": 30, "FR:3": 70})
UNITS = pd.DataFrame(
    {
        "code": ["A", "A", "A", "B", "B"],
        "unit_id": ["FR:1", "FR:2", "BE:1", "FR:3", "FR:1"],
        "country": ["FR", "FR", "BE", "FR", "FR"],
    }
)
ESTABLISHMENTS = pd.DataFrame(
    {"code": ["A", "A", "A", "B"], "supply_id": ["E1", "E2", "E3", "E2"], "country": ["FR", "BE", "BE", "BE"]}
)


def test_dissolves_across_the_border():
    result = agreement_perimeters(UNITS, GEOMETRIES, POPULATION, ESTABLISHMENTS)
    zones = result.zones.set_index("code")
    a = zones.loc["A"]
    assert a["geometry"].geom_type == "Polygon" and a["geometry"].area == pytest.approx(3.0)
    assert a["geometry"].equals(box(0, 0, 3, 1))
    assert (a["population"], a["n_units"], a["n_units_fr"], a["n_units_be"], a["n_establishments"]) == (
        5250,
        3,
        2,
        1,
        3,
    )
    sides = result.sides.set_index(["code", "country"])
    assert sides.loc[("A", "FR"), "geometry"].area == pytest.approx(2.0)
    assert sides.loc[("A", "BE"), "geometry"].area == pytest.approx(1.0)
    assert sides.loc[("A", "FR"), "geometry"].equals(box(0, 0, 2, 1))
    assert sides.loc[("A", "FR"), ["population", "n_units", "n_establishments"]].tolist() == [1250, 2, 1]
    assert sides.loc[("A", "BE"), ["population", "n_units", "n_establishments"]].tolist() == [4000, 1, 2]


def test_one_sided_agreement_is_a_warning_not_a_crash():
    result = agreement_perimeters(UNITS, GEOMETRIES, POPULATION, ESTABLISHMENTS)
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert isinstance(warning, InputError) and warning.offending_ids == ["B"] and "B" in str(warning)
    b = result.zones.set_index("code").loc["B"]
    assert b["geometry"].area == pytest.approx(2.0) and (b["n_units_fr"], b["n_units_be"]) == (2, 0)
    sides = result.sides.set_index(["code", "country"])
    # B's Belgian side has an establishment but no unit: listed, with an empty polygon
    assert sides.loc[("B", "BE"), "geometry"].is_empty
    assert sides.loc[("B", "BE"), ["n_units", "n_establishments"]].tolist() == [0, 1]
    assert np.isnan(sides.loc[("B", "BE"), "population"])


def test_agreements_table_gives_rows_and_attributes():
    agreements = pd.DataFrame({"code": ["C", "A", "B"], "name_fr": ["Vide", "Ardennes", "Bis"]})
    result = agreement_perimeters(UNITS, GEOMETRIES, POPULATION, ESTABLISHMENTS, agreements=agreements)
    assert result.zones["code"].tolist() == ["C", "A", "B"]
    assert result.zones["name_fr"].tolist() == ["Vide", "Ardennes", "Bis"]
    c = result.zones.iloc[0]
    assert c["geometry"].is_empty and c["n_units"] == 0 and c["n_establishments"] == 0
    assert result.warnings[0].offending_ids == ["C", "B"]


def test_duplicate_member_rows_count_once():
    units = pd.concat([UNITS, UNITS.iloc[[0]]], ignore_index=True)
    zones = agreement_perimeters(units, GEOMETRIES, POPULATION).zones.set_index("code")
    assert zones.loc["A", "n_units"] == 3 and zones.loc["A", "population"] == 5250
    assert zones.loc["A", "n_establishments"] == 0


def test_without_population():
    zones = agreement_perimeters(UNITS, GEOMETRIES).zones
    assert zones["population"].isna().all()


def test_gap_tolerance_closes_border_slivers():
    geometries = pd.Series({"FR:1": box(0, 0, 1, 1), "BE:1": box(1.004, 0, 2, 1)})
    units = pd.DataFrame({"code": ["A", "A"], "unit_id": ["FR:1", "BE:1"], "country": ["FR", "BE"]})
    exact = agreement_perimeters(units, geometries).zones.loc[0, "geometry"]
    assert exact.geom_type == "MultiPolygon"
    closed = agreement_perimeters(units, geometries, gap_tolerance=0.01).zones.loc[0, "geometry"]
    assert closed.geom_type == "Polygon"
    assert closed.area == pytest.approx(2.0, abs=1e-9)
    assert closed.symmetric_difference(box(0, 0, 2, 1)).area == pytest.approx(0.0, abs=1e-9)


def test_matches_unary_union_oracle_on_a_grid():
    rng = np.random.default_rng(5)
    cells = {"U{}".format(i): box(i % 10, i // 10, i % 10 + 1, i // 10 + 1) for i in range(100)}
    ids = list(cells)
    rows = [(z, u, "FR" if int(u[1:]) % 10 < 5 else "BE") for z in "PQRS" for u in ids if rng.random() < 0.3]
    units = pd.DataFrame(rows, columns=["code", "unit_id", "country"])
    result = agreement_perimeters(units, pd.Series(cells), pd.Series(1, index=ids))
    for row in result.zones.itertuples():
        members = units.loc[units["code"] == row.code, "unit_id"]
        oracle = unary_union([cells[u] for u in members])
        assert row.geometry.symmetric_difference(oracle).area == pytest.approx(0.0)
        assert row.population == len(members)


def test_progress_and_cancel():
    seen = []
    agreement_perimeters(UNITS, GEOMETRIES, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)

    def cancel(fraction):
        raise Cancelled()

    with pytest.raises(Cancelled):
        agreement_perimeters(UNITS, GEOMETRIES, progress=cancel)


def test_unknown_unit():
    units = pd.concat([UNITS, pd.DataFrame({"code": ["A"], "unit_id": ["BE:99"], "country": ["BE"]})])
    with pytest.raises(InputError) as caught:
        agreement_perimeters(units, GEOMETRIES, POPULATION)
    assert caught.value.values["field"] == "unit_id" and caught.value.offending_ids == ["BE:99"]
    assert "BE:99" in str(caught.value)


def test_unit_without_geometry():
    geometries = GEOMETRIES.copy()
    geometries["FR:2"] = None
    with pytest.raises(InputError) as caught:
        agreement_perimeters(UNITS, geometries)
    assert caught.value.values["field"] == "unit_id" and caught.value.offending_ids == ["FR:2"]


def test_missing_or_negative_population():
    with pytest.raises(InputError) as caught:
        agreement_perimeters(UNITS, GEOMETRIES, POPULATION.drop("BE:1"))
    assert caught.value.values["field"] == "population" and caught.value.offending_ids == ["BE:1"]
    with pytest.raises(InputError) as caught:
        agreement_perimeters(UNITS, GEOMETRIES, POPULATION.replace(250, -250))
    assert caught.value.values["field"] == "population" and caught.value.offending_ids == ["FR:2"]


def test_member_of_an_agreement_not_listed():
    with pytest.raises(InputError) as caught:
        agreement_perimeters(UNITS, GEOMETRIES, agreements=pd.DataFrame({"code": ["A"]}))
    assert caught.value.values["field"] == "code" and caught.value.offending_ids == ["B"]
