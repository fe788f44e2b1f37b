"""Gap classes under the French and Belgian rules: hand-computed cases, boundaries,
an oracle on random units, the summary's totals and every bad input."""

import re

import numpy as np
import pandas as pd
import pytest

from zoast_plugin.core.errors import InputError
from zoast_plugin.core.zoning import (
    CLASS_COLOURS,
    CLASS_LABELS,
    CLASS_SEVERITY,
    GAP_CLASSES,
    NATIONAL_COLUMNS,
    RESULT_COLUMNS,
    RULE_LABELS,
    ZoningThresholds,
    basin_mean,
    border_gain,
    class_change,
    classify_units,
    flanders_rule,
    france_apl_rule,
    gap_summary,
    refnis_region,
    wallonia_rule,
)


def _row(unit_id, access, population, **extra):
    return dict(unit_id=unit_id, access=access, population=population, country=unit_id[:2], **extra)


# --- the rules, boundaries -----------------------------------------------------------------
def test_france_apl_boundaries():
    """< 2.5 ZIP; 2.5 and 4 are ZAC (2.5 ≤ APL ≤ 4); > 4 outside."""
    r = france_apl_rule([0.0, 2.49, 2.5, 3.0, 4.0, 4.01])
    assert r.gap_class.tolist() == ["FR_ZIP", "FR_ZIP", "FR_ZAC", "FR_ZAC", "FR_ZAC", "FR_NONE"]
    assert np.array_equal(r.target, [2.5, 2.5, 4.0, 4.0, 4.0, np.nan], equal_nan=True)
    assert r.adequate.tolist() == [4.0] * 6


def test_france_thresholds_are_parameters():
    """2021-style thresholds (illustration): ZIP below 3, ZAC up to 4.5."""
    r = france_apl_rule([2.9, 3.0, 4.5, 4.6], zip_below=3.0, zac_up_to=4.5)
    assert r.gap_class.tolist() == ["FR_ZIP", "FR_ZAC", "FR_ZAC", "FR_NONE"]


def test_wallonia_boundaries():
    """< 50 severe; exactly 50 and 89.9 shortage; exactly 90 normal."""
    r = wallonia_rule([0, 49.99, 50, 89.99, 90, 150])
    assert r.gap_class.tolist() == ["WAL_SEVERE", "WAL_SEVERE", "WAL_SHORTAGE", "WAL_SHORTAGE",
                                    "WAL_NORMAL", "WAL_NORMAL"]
    assert np.array_equal(r.target, [50, 50, 90, 90, np.nan, np.nan], equal_nan=True)


def test_flanders_boundaries():
    """Dense (≥ 125 inh/km²): priority below 90. Sparse (< 125): priority below 120.
    Exactly 125 inh/km² is not sparse; exactly 90 (dense) and 120 (sparse) are not priority."""
    gps = [89.9, 90, 100, 100, 119.9, 120]
    density = [500, 500, 124.9, 125, 60, 60]
    r = flanders_rule(gps, density)
    assert r.gap_class.tolist() == ["FL_PRIORITY", "FL_NORMAL", "FL_PRIORITY", "FL_NORMAL",
                                    "FL_PRIORITY", "FL_NORMAL"]
    assert np.array_equal(r.target, [90, np.nan, 120, np.nan, 120, np.nan], equal_nan=True)
    assert r.adequate.tolist() == [90, 90, 120, 90, 120, 120]


@pytest.mark.parametrize(
    "call, fields",
    [
        (lambda: france_apl_rule([3], zip_below=4, zac_up_to=2.5), ("FR_ZIP_BELOW", "FR_ZAC_UP_TO")),
        (lambda: france_apl_rule([3], zip_below=4, zac_up_to=4), ("FR_ZIP_BELOW", "FR_ZAC_UP_TO")),
        (lambda: wallonia_rule([3], severe_below=90, normal_from=50),
         ("WAL_SEVERE_BELOW", "WAL_NORMAL_FROM")),
        (lambda: flanders_rule([3], [1], priority_below=130),
         ("FL_PRIORITY_BELOW", "FL_LOW_DENSITY_PRIORITY")),
        (lambda: ZoningThresholds(fr_zip_below=5.0), ("FR_ZIP_BELOW", "FR_ZAC_UP_TO")),
        (lambda: ZoningThresholds(wal_normal_from=40.0), ("WAL_SEVERE_BELOW", "WAL_NORMAL_FROM")),
    ],
)
def test_thresholds_out_of_order(call, fields):
    with pytest.raises(InputError) as err:
        call()
    assert "out of order" in str(err.value)
    for field in fields:
        assert field in str(err.value)


@pytest.mark.parametrize("value", [0.0, -1.0, np.nan])
def test_thresholds_must_be_positive(value):
    with pytest.raises(InputError, match="ACTIVITY_PER_FTE"):
        ZoningThresholds(activity_per_fte=value)


# --- regions -------------------------------------------------------------------------------
def test_refnis_regions():
    codes = ["BE:21004", "23002", 24062, "25005", "11002", "34022", "44021", "71016",
             "57081", "62063", "63023", "85045", "92094", 57081.0, "22000", "05081", "5708", "BE:5708A", None]
    expected = ["BXL", "FL", "FL", "WAL", "FL", "FL", "FL", "FL",
                "WAL", "WAL", "WAL", "WAL", "WAL", "WAL", "", "", "", "", ""]
    assert refnis_region(codes).tolist() == expected


# --- classify_units ------------------------------------------------------------------------
@pytest.fixture
def border():
    """Lille (FR), Tournai (Wallonia), Kortrijk (Flanders), with hand-computed results.

    FR:59350  APL 2.0, need 1,200 → ZIP; target 2.5; shortfall = 0.5·1200/4500 = 0.1333 FTE;
              score 2/4 = 0.5.
    BE:57081  0.0007 FTE/inh ·100,000 = 70 per 100,000 → shortage; target 90;
              shortfall = 20·20,000/100,000 = 4 FTE; score 70/90.
    BE:34022  100 per 100,000, 50,000 inh on 500 km² = 100 inh/km² (< 125, sparse) → priority
              (100 < 120); target 120; shortfall = 20·50,000/100,000 = 10 GPs; score 100/120.
    """
    return pd.DataFrame([
        _row("FR:59350", 2.0, 1000, need=1200, area_km2=np.nan),
        _row("BE:57081", 0.0007, 20000, need=np.nan, area_km2=np.nan),
        _row("BE:34022", 0.001, 50000, need=np.nan, area_km2=500.0),
    ])


def test_units_on_each_side_judged_by_their_own_rule(border):
    out = classify_units(border, need_field="need", area_field="area_km2", be_access_scale=100000)
    assert out["region"].tolist() == ["FR", "WAL", "FL"]
    assert out["rule"].tolist() == ["FR_APL_2017", "WAL_IMPULSEO", "FL_ZG"]
    assert out["gap_class"].tolist() == ["FR_ZIP", "WAL_SHORTAGE", "FL_PRIORITY"]
    assert out["severity"].tolist() == [2, 1, 1]
    assert np.allclose(out["access"], [2.0, 70.0, 100.0])
    assert np.allclose(out["need"], [1200, 20000, 50000])
    assert np.allclose(out["threshold"], [2.5, 90, 120])
    assert np.allclose(out["shortfall_fte"], [0.5 * 1200 / 4500, 4.0, 10.0])
    assert np.allclose(out["common_score"], [0.5, 70 / 90, 100 / 120])
    assert out["gap_label"].tolist() == [CLASS_LABELS[c] for c in out["gap_class"]]
    assert list(out.columns[: len(border.columns)]) == list(border.columns)
    assert set(RESULT_COLUMNS) <= set(out.columns)
    assert not set(NATIONAL_COLUMNS) & set(out.columns)
    assert border["access"].tolist() == [2.0, 0.0007, 0.001]  # input untouched


def test_same_value_means_different_things_across_the_border():
    """3.0 is a ZAC APL in France but 3 GPs per 100,000 (severe) in Wallonia."""
    frame = pd.DataFrame([_row("FR:59000", 3.0, 100), _row("BE:57081", 3.0, 100)])
    out = classify_units(frame)
    assert out["gap_class"].tolist() == ["FR_ZAC", "WAL_SEVERE"]


def test_adequate_units_have_no_shortfall():
    frame = pd.DataFrame([_row("FR:1", 4.5, 100), _row("BE:57081", 95, 100),
                          _row("BE:34022", 95, 1000, area_km2=1.0)])
    out = classify_units(frame, area_field="area_km2")
    assert out["gap_class"].tolist() == ["FR_NONE", "WAL_NORMAL", "FL_NORMAL"]
    assert out["shortfall_fte"].tolist() == [0.0, 0.0, 0.0]
    assert out["threshold"].isna().all()
    assert np.allclose(out["common_score"], [4.5 / 4, 95 / 90, 95 / 90])


def test_brussels_not_covered_by_default_or_walloon_rule():
    frame = pd.DataFrame([_row("BE:21004", 40, 1000)])
    out = classify_units(frame)
    assert out[["gap_class", "rule", "severity", "shortfall_fte"]].iloc[0].tolist() == [
        "BXL_NOT_COVERED", "NONE", -1, 0.0]
    assert np.isnan(out["common_score"].iloc[0])
    out = classify_units(frame, brussels_rule="wallonia")
    assert out["gap_class"].iloc[0] == "WAL_SEVERE"
    assert out["shortfall_fte"].iloc[0] == pytest.approx(10 * 1000 / 100000)


def test_region_field_overrides_refnis_and_country_from_id():
    frame = pd.DataFrame({"unit_id": ["BE:57081", "BE:57082", "FR:59350"], "access": [80, 80, 1.0],
                          "population": [100, 100, 100], "gewest": ["Vlaanderen", None, None],
                          "km2": [10.0, np.nan, np.nan]})
    out = classify_units(frame, country_field=None, region_field="gewest", area_field="km2")
    assert out["country"].tolist() == ["BE", "BE", "FR"]
    assert out["region"].tolist() == ["FL", "WAL", "FR"]
    assert out["gap_class"].tolist() == ["FL_PRIORITY", "WAL_SHORTAGE", "FR_ZIP"]


def test_refnis_field_and_own_field_names():
    frame = pd.DataFrame({"id": ["a", "b"], "pays": ["be", " BE "], "nis": ["34022", 92094],
                          "apl": [0.0008, 0.0008], "pop": [1000, 1000], "area": [2.0, 0]})
    out = classify_units(frame, id_field="id", access_field="apl", country_field="pays",
                         population_field="pop", refnis_field="nis", area_field="area", be_access_scale=1e5)
    assert out["gap_class"].tolist() == ["FL_PRIORITY", "WAL_SHORTAGE"]  # Namur's 0 km² is not needed


def test_french_scale():
    """Access as FTE per standardised inhabitant × 4,500 consultations per FTE = APL."""
    frame = pd.DataFrame([_row("FR:1", 0.0005, 1000)])
    out = classify_units(frame, fr_access_scale=4500)
    assert out["access"].iloc[0] == pytest.approx(2.25)
    assert out["gap_class"].iloc[0] == "FR_ZIP"


# --- TVS rule ------------------------------------------------------------------------------
def test_basin_mean_hand_computed():
    """Basin A: APL 2 (pop 100) and 5 (pop 300) → (200 + 1500) / 400 = 4.25.
    Basin B: pop 0 and 0 → plain mean (1 + 3) / 2 = 2. Basin C: alone → 7."""
    out = basin_mean([2, 5, 1, 3, 7], [100, 300, 0, 0, 50], ["A", "A", "B", "B", "C"])
    assert out.tolist() == [4.25, 4.25, 2.0, 2.0, 7.0]


def test_basin_mean_matches_brute_force():
    rng = np.random.default_rng(11)
    values, pop = rng.uniform(0, 8, 300), rng.uniform(0, 1000, 300)
    basins = rng.integers(0, 20, 300)
    out = basin_mean(values, pop, basins)
    for b in np.unique(basins):
        m = basins == b
        assert np.allclose(out[m], (values[m] * pop[m]).sum() / pop[m].sum(), rtol=1e-12)


def test_tvs_rule_classifies_by_basin_mean():
    """FR:1 (APL 2, pop 100) sits in basin A with FR:2 (APL 5, pop 300): mean 4.25 → both outside
    the zoning. The Belgian unit in the same cross-border basin is not mixed in (its 10 per
    100,000 would pull the mean down) and keeps its own rule."""
    frame = pd.DataFrame([_row("FR:1", 2, 100, tvs="A"), _row("FR:2", 5, 300, tvs="A"),
                          _row("BE:57081", 10, 1000, tvs="A"), _row("BE:57082", 10, 1000, tvs=None)])
    out = classify_units(frame, basin_field="tvs")
    assert out["access"].tolist() == [4.25, 4.25, 10, 10]
    assert out["access_unit"].tolist() == [2, 5, 10, 10]
    assert out["gap_class"].tolist() == ["FR_NONE", "FR_NONE", "WAL_SEVERE", "WAL_SEVERE"]
    plain = classify_units(frame)
    assert plain["gap_class"].tolist()[:2] == ["FR_ZIP", "FR_NONE"]


# --- border gain ---------------------------------------------------------------------------
def test_border_gain_and_class_change():
    """FR:1 national 2.0 (ZIP) → ZOAST 2.6 (ZAC): gain 0.6, severity 2 → 1, change +1.
    BE:57081 national 95 (normal) → ZOAST 85 (shortage, shared supply): gain −10, change −1.
    BE:57082 45 → 95: severe → normal, change +2. FR:2 4.5 → 4.5: no change."""
    frame = pd.DataFrame([
        _row("FR:1", 2.6, 1000, national=2.0), _row("BE:57081", 85, 10000, national=95),
        _row("BE:57082", 95, 10000, national=45), _row("FR:2", 4.5, 10, national=4.5),
    ])
    out = classify_units(frame, national_access_field="national")
    assert np.allclose(out["border_gain"], [0.6, -10, 50, 0])
    assert out["gap_class_national"].tolist() == ["FR_ZIP", "WAL_NORMAL", "WAL_SEVERE", "FR_NONE"]
    assert out["gap_class"].tolist() == ["FR_ZAC", "WAL_SHORTAGE", "WAL_NORMAL", "FR_NONE"]
    assert out["class_changed"].tolist() == [True, True, True, False]
    assert out["severity_change"].tolist() == [1, -1, 2, 0]
    # National shortfalls: FR:1 (2.5−2)·1000/4500; BE:57082 (50−45)·10000/1e5 = 0.5.
    assert np.allclose(out["shortfall_fte_national"], [0.5 * 1000 / 4500, 0, 0.5, 0])
    assert np.allclose(out["shortfall_fte"], [1.4 * 1000 / 4500, 0.5, 0, 0])
    assert set(NATIONAL_COLUMNS) <= set(out.columns)


def test_border_gain_function():
    assert border_gain([1.0, 2.5], [1.5, 2.0]).tolist() == [0.5, -0.5]
    change = class_change(["FR_ZIP", "FL_PRIORITY"], ["FR_ZIP", "FL_NORMAL"])
    assert change["class_changed"].tolist() == [False, True]
    assert change["severity_change"].tolist() == [0, 1]


# --- oracle on random units ----------------------------------------------------------------
def _oracle(row):
    """Plain if/else reading of the rules for one unit: (class, target, shortfall)."""
    t = ZoningThresholds()
    a, pop = row["access"], row["population"]
    if row["country"] == "FR":
        if a < t.fr_zip_below:
            return "FR_ZIP", t.fr_zip_below, (t.fr_zip_below - a) * row["need"] / t.activity_per_fte
        if a <= t.fr_zac_up_to:
            return "FR_ZAC", t.fr_zac_up_to, (t.fr_zac_up_to - a) * row["need"] / t.activity_per_fte
        return "FR_NONE", np.nan, 0.0
    if row["unit_id"].startswith(("BE:3", "BE:4")):
        sparse = pop / row["area"] < t.fl_low_density_below
        limit = t.fl_low_density_priority_below if sparse else t.fl_priority_below
        if a < limit:
            return "FL_PRIORITY", limit, (limit - a) * pop / 1e5
        return "FL_NORMAL", np.nan, 0.0
    if a < t.wal_severe_below:
        return "WAL_SEVERE", t.wal_severe_below, (t.wal_severe_below - a) * pop / 1e5
    if a < t.wal_normal_from:
        return "WAL_SHORTAGE", t.wal_normal_from, (t.wal_normal_from - a) * pop / 1e5
    return "WAL_NORMAL", np.nan, 0.0


@pytest.fixture
def random_units():
    rng = np.random.default_rng(2024)
    n = 600
    country = rng.choice(["FR", "BE"], n)
    prefix = rng.choice(["3", "4", "5", "9"], n)
    ids = [f"FR:{i:05d}" if c == "FR" else f"BE:{p}{i:04d}" for i, (c, p) in enumerate(zip(country, prefix))]
    access = np.where(country == "FR", rng.uniform(0, 6, n), rng.uniform(0, 160, n))
    access[:8] = [2.5, 4.0, 50, 90, 120, 90, 0, 0]  # boundary values land on both sides
    return pd.DataFrame({
        "unit_id": ids, "country": country, "access": access,
        "population": rng.integers(0, 50000, n).astype(float),
        "need": rng.uniform(0, 60000, n), "area": rng.uniform(1, 400, n),
        "basin": rng.choice(["A", "B", "C", None], n),
    })


def test_matches_oracle_on_random_units(random_units):
    out = classify_units(random_units, need_field="need", area_field="area")
    expected = [_oracle(row) for _, row in random_units.iterrows()]
    assert out["gap_class"].tolist() == [e[0] for e in expected]
    assert np.allclose(out["threshold"], [e[1] for e in expected], equal_nan=True)
    assert np.allclose(out["shortfall_fte"], [e[2] for e in expected], rtol=1e-12)


# --- summary -------------------------------------------------------------------------------
def test_summary_hand_computed(border):
    out = classify_units(border, need_field="need", area_field="area_km2", be_access_scale=100000)
    out["zoast_code"] = ["MRTW", "TOURVAL", "MRTW"]
    table = gap_summary(out, ["zoast_code"])
    assert table[["zoast_code", "country", "gap_class", "units", "population"]].values.tolist() == [
        ["MRTW", "BE", "FL_PRIORITY", 1, 50000],
        ["MRTW", "FR", "FR_ZIP", 1, 1000],
        ["TOURVAL", "BE", "WAL_SHORTAGE", 1, 20000],
    ]
    assert table["label"].tolist() == [CLASS_LABELS["FL_PRIORITY"], CLASS_LABELS["FR_ZIP"],
                                       CLASS_LABELS["WAL_SHORTAGE"]]
    assert np.allclose(table["shortfall_fte"], [10, 1200 * 0.5 / 4500, 4])


def test_summary_adds_up_to_totals(random_units):
    out = classify_units(random_units, need_field="need", area_field="area",
                         national_access_field="access")
    for groups in ([], ["basin"], ["basin", "region"]):
        table = gap_summary(out, groups, totals=True)
        # One total per country, last; shortfalls are never added across countries.
        totals = table[table["gap_class"] == "ALL"]
        body = table[table["gap_class"] != "ALL"]
        assert totals["country"].tolist() == ["BE", "FR"] and (table.index[-2:] == totals.index).all()
        assert body["units"].sum() == len(out) == totals["units"].sum()
        assert body["population"].sum() == pytest.approx(out["population"].sum(), rel=1e-12)
        assert body["shortfall_fte"].sum() == pytest.approx(out["shortfall_fte"].sum(), rel=1e-12)
        for country, total in totals.set_index("country").iterrows():
            part = out[out["country"] == country]
            assert total["units"] == len(part)
            assert total["shortfall_fte"] == pytest.approx(part["shortfall_fte"].sum(), rel=1e-12)
        for (country, code), part in out.groupby(["country", "gap_class"]):
            rows = body[(body["country"] == country) & (body["gap_class"] == code)]
            assert rows["units"].sum() == len(part)
    # Units without a basin form their own row instead of vanishing.
    assert gap_summary(out, ["basin"])["basin"].isna().any()
    national = gap_summary(out, class_field="gap_class_national", shortfall_field="shortfall_fte_national")
    assert national["units"].sum() == len(out)


def test_summary_rows_in_legend_order(random_units):
    table = gap_summary(classify_units(random_units, area_field="area"))
    for _, part in table.groupby("country"):
        ranks = [GAP_CLASSES.index(c) for c in part["gap_class"]]
        assert ranks == sorted(ranks)


# --- legend --------------------------------------------------------------------------------
def test_every_class_has_label_severity_and_colour():
    assert set(GAP_CLASSES) == set(CLASS_LABELS) == set(CLASS_SEVERITY) == set(CLASS_COLOURS)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in CLASS_COLOURS.values())
    severities = [CLASS_SEVERITY[c] for c in GAP_CLASSES]
    assert severities == sorted(severities, reverse=True)
    assert len({CLASS_COLOURS[c] for c in GAP_CLASSES}) == len(set(severities))
    assert set(RULE_LABELS) == {"FR_APL_2017", "WAL_IMPULSEO", "FL_ZG", "NONE"}


# --- bad input -----------------------------------------------------------------------------
def _message(call):
    with pytest.raises(InputError) as err:
        call()
    return str(err.value)


def test_zero_or_missing_area_names_field_and_units():
    frame = pd.DataFrame([_row("BE:34022", 80, 100, km2=0.0), _row("BE:57081", 80, 100, km2=0.0),
                          _row("BE:44021", 80, 100, km2=np.nan), _row("BE:71016", 80, 100, km2=3.0)])
    message = _message(lambda: classify_units(frame, area_field="km2"))
    assert "'km2'" in message and "2 Flemish unit(s)" in message and "BE:34022, BE:44021" in message
    message = _message(lambda: classify_units(frame))
    assert "area" in message and "3 Flemish" in message and "BE:34022, BE:44021, BE:71016" in message


@pytest.mark.parametrize("field", ["access", "population"])
def test_bad_access_or_population(field):
    frame = pd.DataFrame([_row("FR:1", 3, 10), _row("BE:57081", 80, 10)])
    frame.loc[1, field] = -1
    message = _message(lambda: classify_units(frame))
    assert f"'{field}'" in message and "BE:57081" in message and "negative" in message
    frame.loc[1, field] = np.nan
    assert "empty" in _message(lambda: classify_units(frame))


def test_bad_need_only_matters_in_france():
    frame = pd.DataFrame([_row("FR:1", 3, 10, need=np.nan), _row("BE:57081", 80, 10, need=np.nan)])
    message = _message(lambda: classify_units(frame, need_field="need"))
    assert "'need'" in message and "FR:1" in message and "BE:57081" not in message


def test_bad_country_region_refnis_basin():
    frame = pd.DataFrame([_row("LU:1", 3, 10), _row("FR:1", 3, 10), _row("FR:2", 3, 10)])
    frame.loc[2, "country"] = None
    message = _message(lambda: classify_units(frame))
    assert "'country'" in message and "2 unit(s)" in message and "LU:1, FR:2" in message
    assert "'unit_id'" in _message(lambda: classify_units(frame.assign(unit_id=["LU:1", "FR:1", "2"]),
                                                          country_field=None))

    frame = pd.DataFrame([_row("BE:57081", 3, 10, reg="Lorraine"), _row("BE:2200X", 3, 10, reg=None)])
    message = _message(lambda: classify_units(frame, region_field="reg"))
    assert "'reg'" in message and "BE:57081" in message
    message = _message(lambda: classify_units(frame))
    assert "'unit_id'" in message and "REFNIS" in message and "BE:2200X" in message

    frame = pd.DataFrame([_row("FR:1", 3, 10, tvs=None), _row("BE:57081", 3, 10, tvs=None)])
    message = _message(lambda: classify_units(frame, basin_field="tvs"))
    assert "'tvs'" in message and "FR:1" in message and "BE:57081" not in message


def test_bad_ids_fields_and_options():
    frame = pd.DataFrame([_row("FR:1", 3, 10), _row("FR:1", 3, 10)])
    assert "FR:1" in _message(lambda: classify_units(frame))
    assert "apl" in _message(lambda: classify_units(frame, access_field="apl"))
    frame = pd.DataFrame([_row("FR:1", 3, 10)])
    assert "'both'" in _message(lambda: classify_units(frame, brussels_rule="both"))
    assert "BE_ACCESS_SCALE" in _message(lambda: classify_units(frame, be_access_scale=0))
    assert "Gap summary" in _message(lambda: gap_summary(frame, ["basin"]))
