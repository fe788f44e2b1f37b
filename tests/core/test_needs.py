"""Age-standardised demand: hand-computed cases, a brute-force oracle, every bad input."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from zoast_plugin.core.errors import InputError
from zoast_plugin.core.needs import (
    AGE_BANDS,
    DEFAULT_AGE_WEIGHTS,
    band_sum_mismatch,
    default_weight_table,
    read_weight_table,
    standardised_demand,
)

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "resources" / "needs" / "age_weights_default.csv"


def _units(rows):
    """Units frame from (id, [7 band values]) rows, with the default band names."""
    return pd.DataFrame([dict(unit_id=i, **dict(zip(AGE_BANDS, bands))) for i, bands in rows])


# --- weight tables -------------------------------------------------------------------------
def test_default_csv_matches_the_documented_defaults():
    table = read_weight_table(pd.read_csv(DEFAULT_CSV))
    assert table == DEFAULT_AGE_WEIGHTS
    assert read_weight_table(default_weight_table()) == DEFAULT_AGE_WEIGHTS
    assert tuple(table) == AGE_BANDS


def test_default_weights_rise_with_age_after_young_adults():
    w = [DEFAULT_AGE_WEIGHTS[b] for b in AGE_BANDS]
    assert w[1] == min(w)
    assert all(a < b for a, b in zip(w[1:], w[2:]))


def test_weight_table_with_own_fields_and_order():
    frame = pd.DataFrame({"tranche": ["b", " a "], "poids": ["2.5", 1]})
    assert read_weight_table(frame, "tranche", "poids", bands=("a", "b")) == {"b": 2.5, "a": 1.0}


@pytest.mark.parametrize(
    "bands, weights, words",
    [
        (["a", "b", "x"], [1, 1, 1], ["field 'band'", "unknown band", "x"]),
        (["a"], [1], ["field 'band'", "do not cover 1 band", "b"]),
        (["a", "a", "b"], [1, 1, 1], ["Field 'band'", "a"]),
        (["a", "b"], [1, -2], ["Field 'weight'", "negative", "b"]),
        (["a", "b"], [1, "lots"], ["Field 'weight'", "non-numeric", "b"]),
        (["a", "b"], [1, None], ["Field 'weight'", "empty", "b"]),
        (["a", "b"], [0, 0], ["field 'weight'", "every weight is 0"]),
    ],
)
def test_bad_weight_tables(bands, weights, words):
    with pytest.raises(InputError) as err:
        read_weight_table(pd.DataFrame({"band": bands, "weight": weights}), bands=("a", "b"))
    for word in words:
        assert word in str(err.value)


def test_weight_table_missing_column():
    with pytest.raises(InputError, match="weight"):
        read_weight_table(pd.DataFrame({"band": ["a"]}), bands=("a",))


# --- standardised demand -------------------------------------------------------------------
def test_hand_computed_two_bands():
    """Weights young 1, old 3. U1: 10 young → 10; U2: 10 old → 30.
    Raw: [10, 30]. Normalised: k = total pop / weighted total = 20 / 40 = 0.5 → [5, 15]."""
    units = pd.DataFrame({"unit_id": ["FR:1", "BE:2"], "young": [10, 0], "old": [0, 10]})
    raw = standardised_demand(units, ["young", "old"], {"young": 1, "old": 3}, normalise=False)
    assert raw.tolist() == [10.0, 30.0]
    norm = standardised_demand(units, ["young", "old"], {"young": 1, "old": 3})
    assert norm.tolist() == [5.0, 15.0]
    assert norm.name == "need"
    assert norm.sum() == 20.0


def test_band_mapping_to_insee_field_names():
    """INSEE fields mapped to bands; default weights; 100 aged 0–14 and 50 aged 90+:
    raw = 100·0.82 + 50·2.25 = 82 + 112.5 = 194.5."""
    insee = ["P21_POP0014", "P21_POP1529", "P21_POP3044", "P21_POP4559", "P21_POP6074", "P21_POP7589",
             "P21_POP90P"]
    units = pd.DataFrame({"CODGEO": ["59350"], **{f: [0.0] for f in insee}})
    units["P21_POP0014"] = 100.0
    units["P21_POP90P"] = 50.0
    result = standardised_demand(units, dict(zip(AGE_BANDS, insee)), id_field="CODGEO", normalise=False)
    assert result.iloc[0] == pytest.approx(194.5)
    # One unit normalised: its standardised population is its population.
    normalised = standardised_demand(units, dict(zip(AGE_BANDS, insee)), id_field="CODGEO")
    assert normalised.iloc[0] == pytest.approx(150)


def test_matches_brute_force_on_random_units():
    rng = np.random.default_rng(5)
    n = 200
    pops = rng.uniform(0, 5000, size=(n, len(AGE_BANDS)))
    units = pd.DataFrame(pops, columns=AGE_BANDS, index=rng.permutation(n) + 1000)
    units["unit_id"] = [f"FR:{i:05d}" for i in range(n)]
    weights = dict(zip(AGE_BANDS, rng.uniform(0.1, 3, len(AGE_BANDS))))
    raw = standardised_demand(units, AGE_BANDS, weights, normalise=False)
    norm = standardised_demand(units, AGE_BANDS, weights)
    expected = [sum(row[b] * weights[b] for b in AGE_BANDS) for _, row in units.iterrows()]
    assert np.allclose(raw.to_numpy(), expected, rtol=1e-12)
    k = pops.sum() / sum(expected)
    assert np.allclose(norm.to_numpy(), np.array(expected) * k, rtol=1e-12)
    assert norm.sum() == pytest.approx(pops.sum(), rel=1e-12)
    assert (norm.index == units.index).all()


def test_empty_region_stays_zero():
    units = _units([("FR:1", [0] * 7), ("FR:2", [0] * 7)])
    assert standardised_demand(units).tolist() == [0.0, 0.0]


def test_missing_band_field():
    units = _units([("FR:1", [1] * 7)]).drop(columns="pop_75_89")
    with pytest.raises(InputError) as err:
        standardised_demand(units)
    assert "pop_75_89" in str(err.value)


@pytest.mark.parametrize("value, word", [(-3, "negative"), (np.nan, "empty"), ("n/a", "non-numeric")])
def test_bad_band_values_name_field_and_ids(value, word):
    units = _units([("FR:1", [1] * 7), ("BE:57081", [1] * 7), ("FR:3", [1] * 7)])
    units["pop_60_74"] = units["pop_60_74"].astype(object)
    units.loc[[1, 2], "pop_60_74"] = value
    with pytest.raises(InputError) as err:
        standardised_demand(units)
    message = str(err.value)
    assert "'pop_60_74'" in message and word in message
    assert "BE:57081, FR:3" in message and "2 " in message
    assert err.value.offending_ids == ["BE:57081", "FR:3"]


def test_weights_not_covering_bands():
    units = _units([("FR:1", [1] * 7)])
    weights = {b: 1.0 for b in AGE_BANDS[:5]}
    with pytest.raises(InputError) as err:
        standardised_demand(units, weights=weights)
    assert "do not cover 2 band" in str(err.value)
    assert "pop_75_89, pop_90p" in str(err.value)


def test_negative_weight_given_directly():
    units = _units([("FR:1", [1] * 7)])
    weights = dict(DEFAULT_AGE_WEIGHTS, pop_90p=-1.0)
    with pytest.raises(InputError, match="pop_90p"):
        standardised_demand(units, weights=weights)


# --- bands vs population -------------------------------------------------------------------
def test_band_sum_mismatch_reports_only_units_beyond_tolerance():
    """Bands sum to 700 everywhere. Populations: 700 (same), 700.8 (|Δ| 0.8 ≤ 1 abs),
    705 (|Δ| 5 ≤ 1 % of 705 = 7.05), 800 (|Δ| 100 > 8) → only FR:4."""
    units = _units([(f"FR:{i}", [100] * 7) for i in range(1, 5)])
    units["population"] = [700, 700.8, 705, 800]
    assert band_sum_mismatch(units, AGE_BANDS, "population") == ["FR:4"]
    assert band_sum_mismatch(units, AGE_BANDS, "population", rel_tolerance=0) == ["FR:3", "FR:4"]


def test_band_sum_mismatch_needs_the_population_field():
    units = _units([("FR:1", [1] * 7)])
    with pytest.raises(InputError, match="P21_POP"):
        band_sum_mismatch(units, AGE_BANDS, "P21_POP")
