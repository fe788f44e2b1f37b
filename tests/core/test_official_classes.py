"""Official classes of each country's rule on its official indicator, around every class boundary.

The expected values come from a separate, plain-Python oracle written from the published rules
(one `if` chain per unit, no numpy), not from the code under test:

* France (2017 thresholds, parameters): APL < 2.5 potential ZIP, ≤ 4 potential ZAC, above outside;
  judged on the population-weighted mean APL of the territoire de vie-santé (TVS);
  shortfall = (threshold − APL) × need / 4,500 FTE-equivalents.
* Wallonia (AViQ, Impulseo): FTE GPs located in the municipality per 100,000: < 50 severe, < 90
  shortage, else normal; shortfall = (threshold − x) × population / 100,000 FTE.
* Flanders (Departement Zorg): GPs under 65 located in the municipality per 100,000: priority below 90,
  or below 120 when the density is < 125 inhabitants/km²; shortfall in GPs.
"""

import numpy as np
import pandas as pd
import pytest

from zoast_plugin.core import indicators
from zoast_plugin.core.errors import InputError
from zoast_plugin.core.zoning import border_effect, gap_analysis, gps_in_units

# id, country, population, need, area (km²), tvs, APL (national) | FTE in unit | GPs<65 in unit
UNITS = [
    # France, each commune alone in its TVS: the commune value is judged.
    ("FR:1", "FR", 1000, 1200, 10, "T1", 2.4999),  # just below 2.5 → ZIP
    ("FR:2", "FR", 1000, 900, 10, "T2", 2.5),  # exactly 2.5 → ZAC
    ("FR:3", "FR", 1000, 1000, 10, "T3", 4.0),  # exactly 4 → ZAC (inclusive)
    ("FR:4", "FR", 1000, 1000, 10, "T4", 4.0001),  # just above 4 → outside
    ("FR:5", "FR", 0, 0, 10, "T5", 0.0),  # no inhabitants, APL 0 → ZIP, no shortfall
    # One TVS of two communes: (2·1000 + 4.4·3000) / 4000 = 3.8 → both ZAC.
    ("FR:6", "FR", 1000, 1100, 10, "T6", 2.0),
    ("FR:7", "FR", 3000, 2900, 10, "T6", 4.4),
    # Wallonia (REFNIS 5…, 6…, 8…, 9…), population 100,000 so that FTE = per 100,000.
    ("BE:51001", "BE", 100000, 100000, 100, None, 49.5),  # severe
    ("BE:51002", "BE", 100000, 90000, 100, None, 50.0),  # exactly 50 → shortage
    ("BE:51003", "BE", 100000, None, 100, None, 89.5),  # shortage
    ("BE:51004", "BE", 100000, None, 100, None, 90.0),  # exactly 90 → normal
    ("BE:51005", "BE", 50000, None, 100, None, 0.0),  # no GP at all → severe (was "shortage" before)
    # Flanders (REFNIS 3…), population 100,000 so that GPs = per 100,000; density = 100,000 / area.
    ("BE:31001", "BE", 100000, None, 800, None, 89),  # 125 inh/km² exactly: not low density; 89 < 90
    ("BE:31002", "BE", 100000, None, 800, None, 90),  # 90 → not a priority zone
    ("BE:31003", "BE", 100000, None, 801, None, 119),  # 124.84 inh/km² → low density; 119 < 120
    ("BE:31004", "BE", 100000, None, 801, None, 120),  # 120 → not a priority zone
]


def oracle(country, refnis, population, need, judged):
    """(class, threshold, shortfall) from the rules, one unit at a time."""
    if country == "FR":
        if judged < 2.5:
            return "FR_ZIP", 2.5, (2.5 - judged) * need / 4500.0
        if judged <= 4.0:
            return "FR_ZAC", 4.0, (4.0 - judged) * need / 4500.0
        return "FR_NONE", None, 0.0
    if refnis.startswith("5"):
        if judged < 50:
            return "WAL_SEVERE", 50.0, (50 - judged) * population / 100000.0
        if judged < 90:
            return "WAL_SHORTAGE", 90.0, (90 - judged) * population / 100000.0
        return "WAL_NORMAL", None, 0.0
    return None


def flemish_oracle(population, area, judged):
    limit = 120.0 if population / area < 125 else 90.0
    if judged < limit:
        return "FL_PRIORITY", limit, (limit - judged) * population / 100000.0
    return "FL_NORMAL", None, 0.0


def frame_and_supply():
    frame = pd.DataFrame(
        [{"unit_id": u, "country": c, "population": float(p), "need": n, "area": float(a), "tvs": t,
          "apl": (v if c == "FR" else 0.0)} for u, c, p, n, a, t, v in UNITS])
    n = len(UNITS)
    fte = np.array([v if c == "BE" and u.startswith("BE:5") else 0.0 for u, c, _p, _n, _a, _t, v in UNITS])
    under_65 = np.array([v if u.startswith("BE:3") else 0.0 for u, _c, _p, _n, _a, _t, v in UNITS], float)
    assert len(fte) == n
    frame["apl_kind"] = np.where(frame["country"] == "FR", "APL;border=national", "FTE_PER_100K;border=national")
    return frame, fte, under_65


def analyse(**extra):
    frame, fte, under_65 = frame_and_supply()
    kwargs = dict(access_field="apl", access_kind=frame["apl_kind"], need_field="need", area_field="area",
                  tvs_field="tvs", gp_fte=fte, gp_under_65=under_65)
    kwargs.update(extra)
    return gap_analysis(frame, **kwargs).units.set_index("unit_id")


def expected_rows():
    tvs_mean = (2.0 * 1000 + 4.4 * 3000) / 4000
    for unit_id, country, population, need, area, _tvs, value in UNITS:
        if country == "FR":
            judged = tvs_mean if unit_id in ("FR:6", "FR:7") else value
            need_used = need
        else:
            judged = value * 100000.0 / population
            need_used = population if need is None else need
        refnis = unit_id.split(":")[1]
        if country == "BE" and refnis.startswith("3"):
            result = flemish_oracle(population, area, judged)
        else:
            result = oracle(country, refnis, population, population if need is None else need, judged)
        yield unit_id, judged, need_used, result


def test_official_classes_need_and_shortfalls_match_the_oracle_at_every_boundary():
    out = analyse()
    for unit_id, judged, need, (gap_class, threshold, shortfall) in expected_rows():
        row = out.loc[unit_id]
        assert row["gap_class"] == gap_class, unit_id
        assert row["indicator"] == pytest.approx(judged, abs=1e-12), unit_id
        assert row["need"] == need, unit_id
        assert (np.isnan(row["threshold"]) if threshold is None else row["threshold"] == threshold), unit_id
        assert row["shortfall_fte"] == pytest.approx(shortfall, abs=1e-12), unit_id


def test_tvs_mean_judges_every_commune_of_the_tvs():
    """FR:6 (APL 2, ZIP alone) and FR:7 (APL 4.4, outside alone) share T6: mean 3.8 → both potential ZAC;
    each keeps its own APL in indicator_unit. Without the TVS field each is judged alone."""
    out = analyse()
    assert out.loc[["FR:6", "FR:7"], "indicator"].tolist() == pytest.approx([3.8, 3.8])
    assert out.loc[["FR:6", "FR:7"], "indicator_unit"].tolist() == [2.0, 4.4]
    assert out.loc[["FR:6", "FR:7"], "gap_class"].tolist() == ["FR_ZAC", "FR_ZAC"]
    assert out.loc["FR:6", "indicator_kind"] == "APL_TVS_MEAN"
    alone = analyse(tvs_field=None)
    assert alone.loc[["FR:6", "FR:7"], "gap_class"].tolist() == ["FR_ZIP", "FR_NONE"]


def test_a_walloon_commune_without_gp_is_severe():
    out = analyse()
    assert (out.loc["BE:51005", "gap_class"], out.loc["BE:51005", "indicator"]) == ("WAL_SEVERE", 0.0)
    assert out.loc["BE:51005", "shortfall_fte"] == pytest.approx(50 * 50000 / 100000)


def test_belgian_need_is_never_overwritten_by_the_population():
    out = analyse()
    assert out.loc["BE:51002", "need"] == 90000.0  # its own standardised population
    assert out.loc["BE:51003", "need"] == 100000.0  # empty → the population
    # The Belgian shortfall counts inhabitants whatever the need: (90 − 50) × 100,000 / 100,000.
    assert out.loc["BE:51002", "shortfall_fte"] == pytest.approx(40.0)


def test_gps_located_in_units_count_fte_and_head_count_under_65():
    fte, under_65 = gps_in_units([0, 0, 1, -1, 1], 3, fte=[0.5, 1.0, 0.8, 1.0, 1.0],
                                 over_65=[False, True, False, False, False])
    assert fte.tolist() == [1.5, 1.8, 0.0]  # every age counts for Wallonia; the GP in no unit is left out
    assert under_65.tolist() == [1.0, 2.0, 0.0]


def test_an_fte_indicator_is_refused_for_the_french_rule_with_the_algorithm_to_run():
    frame, fte, under_65 = frame_and_supply()
    kinds = np.where(frame["country"] == "FR", "FTE_PER_100K;border=zoast;weight=0.013", "FTE_PER_100K")
    with pytest.raises(InputError) as error:
        gap_analysis(frame, access_field="apl", access_kind=kinds, area_field="area", gp_fte=fte,
                     gp_under_65=under_65)
    message = str(error.value)
    assert "zoast:apl" in message and "'apl'" in message and "FR:1" in message and "7 French unit(s)" in message


def test_an_apl_is_refused_for_the_belgian_rules():
    frame, fte, under_65 = frame_and_supply()
    with pytest.raises(InputError, match=r"Belgian unit\(s\).*zoast:accessibility"):
        gap_analysis(frame, access_field="apl", access_kind=np.full(len(frame), "APL"), area_field="area",
                     gp_fte=fte, gp_under_65=under_65)


def test_fte_per_inhabitant_is_converted_for_belgium():
    frame, fte, under_65 = frame_and_supply()
    frame.loc[frame["country"] == "BE", "apl"] = 0.0007
    kinds = np.where(frame["country"] == "FR", "APL", "FTE_PER_INHABITANT")
    out = gap_analysis(frame, access_field="apl", access_kind=kinds, area_field="area", gp_fte=fte,
                       gp_under_65=under_65).units.set_index("unit_id")
    assert out.loc["BE:51001", "an_access"] == pytest.approx(70.0)
    assert out.loc["BE:51001", "an_class"] == "WAL_SHORTAGE"


def test_belgian_units_need_the_gp_layer():
    frame, _fte, _under_65 = frame_and_supply()
    with pytest.raises(InputError, match=r"GP_SUPPLY.*") as error:
        gap_analysis(frame, access_field="apl", area_field="area")
    assert "BE:51001" in str(error.value)


def test_analytical_classes_sit_beside_the_official_ones_and_the_border_effect_keeps_units_apart():
    """The accessibility (here 10 % better with the border for members, 10 % worse for the others) is
    judged as the analytical variant; the official classes do not move."""
    frame, fte, under_65 = frame_and_supply()
    frame["member"] = [1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0]
    frame["zoast"] = np.where(frame["member"] == 1, 1.1, 0.9) * np.where(frame["country"] == "FR", frame["apl"], 80)
    frame["national"] = np.where(frame["country"] == "FR", frame["apl"], 80.0)
    kinds = np.where(frame["country"] == "FR", "APL", "FTE_PER_100K")
    out = gap_analysis(frame, access_field="zoast", access_kind=kinds, national_access_field="national",
                       national_access_kind=kinds, member_field="member", area_field="area", tvs_field="tvs",
                       gp_fte=fte, gp_under_65=under_65).units
    reference = analyse().reset_index()
    assert out["gap_class"].tolist() == reference["gap_class"].tolist()
    assert out.set_index("unit_id").loc["FR:2", "an_class"] == "FR_ZAC"  # 2.75
    assert out.set_index("unit_id").loc["FR:3", "an_class"] == "FR_ZAC"  # 3.6
    effect = border_effect(out).set_index(["country", "zoast_member"])
    assert effect.loc[("FR", "1"), "access_unit"] == "APL" and effect.loc[("BE", "1"), "access_unit"] == "FTE_PER_100K"
    assert effect.loc[("FR", "ALL"), "shortfall_unit"] == "FTE_EQUIVALENT"
    assert effect.loc[("BE", "ALL"), "shortfall_unit"] == "FTE"
    assert (effect.loc[("BE", "1"), "units_gaining"], effect.loc[("BE", "0"), "units_losing"]) == (2, 7)
    assert effect.loc[("BE", "1"), "access_change"] == pytest.approx(8.0)  # 80 → 88 for every member
    assert effect.loc[("FR", "ALL"), "units"] == 7 and effect.loc[("BE", "ALL"), "units"] == 9


def test_kind_texts_round_trip():
    text = indicators.format_kind(indicators.KIND_APL, 1, 0.013)
    assert text == "APL;border=zoast;weight=0.013"
    assert indicators.parse_kind(text) == indicators.Kind("APL", "zoast", 0.013)
    assert indicators.parse_kind(None).unit == "OTHER"
    assert indicators.kind_units(["APL;border=national", None, "fte_per_100k"]).tolist() == [
        "APL", "OTHER", "FTE_PER_100K"]
    assert indicators.automatic_kind("activity", 1, True, True) == "APL"
    assert indicators.automatic_kind("activity", 1, False, True) == "OTHER"
    assert indicators.automatic_kind("fte", 100000, False, False) == "FTE_PER_100K"
