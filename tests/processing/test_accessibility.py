"""zoast:accessibility and zoast:apl through processing.run, on a case computed by hand.

Three units on a line, 6 km apart, and two GPs; at 60 km/h with detour 1 a
kilometre is a minute:

    FR:1 (pop 1000)  ---6---  FR:2 (pop 3000)  ---6---  BE:1 (pop 2000)
    GP:F (2 FTE) at FR:1                                GP:B (1 FTE) at BE:1

Within 10 minutes: FR:1–GP:F 0, FR:2–GP:F 6, FR:2–GP:B 6, BE:1–GP:B 0.
"""

import processing
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.layers import layer_rows, memory_layer

UNIT_FIELDS = {"unit_id": str, "country": str, "population": float}
SUPPLY_FIELDS = {"supply_id": str, "country": str, "fte": float, "unit_id": str}


def units_layer(rows=None):
    rows = rows or [
        ("Point(0 0)", {"unit_id": "FR:1", "country": "FR", "population": 1000}),
        ("Point(6000 0)", {"unit_id": "FR:2", "country": "FR", "population": 3000}),
        ("Point(12000 0)", {"unit_id": "BE:1", "country": "BE", "population": 2000}),
    ]
    return memory_layer("Point", "EPSG:3035", UNIT_FIELDS, rows, "units")


def supply_layer(fte_f=2.0):
    return memory_layer("Point", "EPSG:3035", SUPPLY_FIELDS, [
        ("Point(0 0)", {"supply_id": "GP:F", "country": "FR", "fte": fte_f, "unit_id": "FR:1"}),
        ("Point(12000 0)", {"supply_id": "GP:B", "country": "BE", "fte": 1.0, "unit_id": "BE:1"}),
    ], "supply")


def members_layer(pairs):
    return memory_layer("None", "", {"zoast_code": str, "unit_id": str},
                        [(None, {"zoast_code": code, "unit_id": unit}) for code, unit in pairs], "members")


class Recorder(QgsProcessingFeedback):
    """Keeps the warnings of a run."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.warnings.append(text)


def run(algorithm="zoast:accessibility", units=None, supply=None, feedback=None, **extra):
    parameters = {"UNITS": units or units_layer(), "SUPPLY": supply or supply_layer(), "METHOD": 0,
                  "MAX_COST": 10.0, "SPEED_KMH": 60.0, "DETOUR": 1.0, "BORDER_MODE": 2, "SCALE": 100000,
                  "CROSS_BORDER_WEIGHT": 1.0, "OUTPUT": "memory:"}
    parameters.update(extra)
    return processing.run(algorithm, parameters, feedback=feedback)


def access_by_unit(result):
    return {row["unit_id"]: row["access"] for row in layer_rows(result["OUTPUT"])}


def test_open_border_2sfca(zoast_provider):
    """R_F = 2/(1000+3000) = 0.0005, R_B = 1/(3000+2000) = 0.0002 (per inhabitant);
    A_FR1 = R_F, A_FR2 = R_F + R_B, A_BE1 = R_B; × 100,000 → 50, 70, 20."""
    result = run(BORDER_MODE=2)
    assert access_by_unit(result) == pytest.approx({"FR:1": 50.0, "FR:2": 70.0, "BE:1": 20.0})
    n_supply = {row["unit_id"]: row["n_supply"] for row in layer_rows(result["OUTPUT"])}
    assert n_supply == {"FR:1": 1, "FR:2": 2, "BE:1": 1}
    assert result["PAIRS"] == 4 and result["UNITS_WITHOUT_ACCESS"] == 0


def test_national_only(zoast_provider):
    """FR:2–GP:B is cut: R_F = 2/4000, R_B = 1/2000, so every unit gets 50 per 100,000."""
    assert access_by_unit(run(BORDER_MODE=0)) == pytest.approx({"FR:1": 50.0, "FR:2": 50.0, "BE:1": 50.0})


def test_zoast_mode_opens_only_pairs_inside_a_shared_agreement(zoast_provider):
    """With FR:2 and BE:1 in one agreement the border opens for them (as open border); with FR:1 and
    BE:1 only, FR:2 stays national (as national only)."""
    shared = run(BORDER_MODE=1, AGREEMENT_MEMBERS=members_layer([("Z", "FR:2"), ("Z", "BE:1")]),
                 SUPPLY_UNIT_FIELD="unit_id")
    assert access_by_unit(shared) == pytest.approx({"FR:1": 50.0, "FR:2": 70.0, "BE:1": 20.0})
    other = run(BORDER_MODE=1, AGREEMENT_MEMBERS=members_layer([("Z", "FR:1"), ("Z", "BE:1")]))
    assert access_by_unit(other) == pytest.approx({"FR:1": 50.0, "FR:2": 50.0, "BE:1": 50.0})


def test_e2sfca_steps(zoast_provider):
    """Steps 5:1;10:0.5 → w = 1 at 0 min, 0.5 at 6 min. R_F = 2/(1000 + 0.5·3000) = 0.0008,
    R_B = 1/(0.5·3000 + 2000) = 1/3500. A_FR1 = 80, A_FR2 = 0.5·80 + 0.5·100000/3500 = 54.2857…,
    A_BE1 = 100000/3500 = 28.5714…"""
    result = run(METHOD=1, STEPS="5:1;10:0.5")
    assert access_by_unit(result) == pytest.approx({"FR:1": 80.0, "FR:2": 40 + 50000 / 3500, "BE:1": 100000 / 3500})


def test_supply_output_gives_the_ratios(zoast_provider):
    result = run(SUPPLY_OUTPUT="memory:")
    ratios = {row["supply_id"]: (row["demand_seen"], row["ratio"]) for row in layer_rows(result["SUPPLY_OUTPUT"])}
    assert ratios["GP:F"] == pytest.approx((4000.0, 50.0))
    assert ratios["GP:B"] == pytest.approx((5000.0, 20.0))


def test_apl_preset_uses_activity_under_65_and_age_standardised_demand(zoast_provider):
    """Only the GP under 65 counts; with one unit and one GP the APL is activity / standardised population.
    By default the demand is not rescaled: Σ band × weight = 100·0.82 + 100·0.67 + 200·0.77 + 200·0.97
    + 200·1.28 + 150·1.95 + 50·2.25 = 1,158 standardised inhabitants; rescaled to the layer's population
    (RESCALE_DEMAND) a lone unit's demand is its population, 1,000."""
    bands = {"pop_0_14": 100, "pop_15_29": 100, "pop_30_44": 200, "pop_45_59": 200, "pop_60_74": 200,
             "pop_75_89": 150, "pop_90p": 50}
    units = memory_layer("Point", "EPSG:3035", {"unit_id": str, "country": str, **{b: float for b in bands}},
                         [("Point(0 0)", {"unit_id": "FR:1", "country": "FR", **bands})])
    supply = memory_layer("Point", "EPSG:3035", {"supply_id": str, "country": str, "activity": float,
                                                  "age_over_65": bool},
                          [("Point(100 0)", {"supply_id": "GP:young", "country": "FR", "activity": 5000.0,
                                             "age_over_65": False}),
                           ("Point(200 0)", {"supply_id": "GP:old", "country": "FR", "activity": 9000.0,
                                             "age_over_65": True})])
    result = processing.run("zoast:apl", {"UNITS": units, "SUPPLY": supply, "BORDER_MODE": 0, "OUTPUT": "memory:"})
    assert access_by_unit(result) == pytest.approx({"FR:1": 5000.0 / 1158.0})
    assert result["SKIPPED"] == 1
    assert [row["access_kind"] for row in layer_rows(result["OUTPUT"])] == ["APL;border=national"]
    rescaled = processing.run("zoast:apl", {"UNITS": units, "SUPPLY": supply, "BORDER_MODE": 0,
                                            "RESCALE_DEMAND": True, "OUTPUT": "memory:"})
    assert access_by_unit(rescaled) == pytest.approx({"FR:1": 5000.0 / 1000.0})


def test_malformed_steps_name_the_parameter(zoast_provider):
    with pytest.raises(QgsProcessingException, match="STEPS"):
        run(METHOD=1, STEPS="10:1;abc")


def test_negative_capacity_names_the_field_and_the_id(zoast_provider):
    with pytest.raises(QgsProcessingException, match=r"'fte'.*GP:F"):
        run(supply=supply_layer(fte_f=-1.0))


def test_zoast_mode_without_members_counts_national_supply_and_says_so(zoast_provider):
    """The default mode (ZOAST) with no members table runs (the table is truly optional) on national
    supply only, and its kind says so: the open-border case without GP:B for FR:2 and GP:F for BE:1."""
    feedback = Recorder()
    result = run(BORDER_MODE=1, feedback=feedback)
    assert access_by_unit(result) == pytest.approx({"FR:1": 50.0, "FR:2": 50.0, "BE:1": 50.0})
    assert {row["access_kind"] for row in layer_rows(result["OUTPUT"])} == {"FTE_PER_100K;border=national"}
    assert any("members table" in text for text in feedback.warnings)


def test_members_outside_the_layer_are_a_warning_with_their_count(zoast_provider):
    """An officer analysing part of the region keeps the shared store: 2 members elsewhere are left out."""
    feedback = Recorder()
    members = members_layer([("MRTW", "FR:2"), ("MRTW", "BE:1"), ("MRTW", "FR:99999"), ("LUXLOR", "BE:88888")])
    result = run(BORDER_MODE=1, AGREEMENT_MEMBERS=members, SUPPLY_UNIT_FIELD="unit_id", feedback=feedback)
    assert result["MEMBERS_OUTSIDE"] == 2
    assert any("2 ZOAST member unit(s) are not in the units layer" in text for text in feedback.warnings)
    assert access_by_unit(result) == pytest.approx({"FR:1": 50.0, "FR:2": 70.0, "BE:1": 20.0})
    members_flag = {row["unit_id"]: row["zoast_member"] for row in layer_rows(result["OUTPUT"])}
    assert members_flag == {"FR:1": 0, "FR:2": 1, "BE:1": 1}
    assert {row["access_kind"] for row in layer_rows(result["OUTPUT"])} == {"FTE_PER_100K;border=zoast;weight=1"}


def test_cross_border_weight_scales_the_cross_border_pairs(zoast_provider):
    """β = 0.5: FR:2's pair to GP:B weighs 0.5. R_F = 2/4000; R_B = 1/(0.5·3000 + 2000) = 1/3500;
    A_FR2 = R_F + 0.5·R_B; A_BE1 = R_B (× 100,000)."""
    members = members_layer([("MRTW", "FR:2"), ("MRTW", "BE:1")])
    result = run(BORDER_MODE=1, AGREEMENT_MEMBERS=members, SUPPLY_UNIT_FIELD="unit_id", CROSS_BORDER_WEIGHT=0.5)
    assert access_by_unit(result) == pytest.approx({"FR:1": 50.0, "FR:2": 50.0 + 0.5 * 1e5 / 3500,
                                                    "BE:1": 1e5 / 3500})


def test_edge_of_the_layer_is_a_warning(zoast_provider):
    """Three units on a line have no extent; a 4th unit makes a triangle-ish hull, and all lie within one
    10-minute (10 km at 60 km/h) catchment of its edge."""
    feedback = Recorder()
    units = units_layer([
        ("Point(0 0)", {"unit_id": "FR:1", "country": "FR", "population": 1000}),
        ("Point(6000 0)", {"unit_id": "FR:2", "country": "FR", "population": 3000}),
        ("Point(12000 0)", {"unit_id": "BE:1", "country": "BE", "population": 2000}),
        ("Point(6000 6000)", {"unit_id": "BE:2", "country": "BE", "population": 10}),
    ])
    result = run(units=units, feedback=feedback)
    assert result["UNITS_NEAR_EDGE"] == 4
    assert any("4 unit(s) lie within one catchment (10 km)" in text for text in feedback.warnings)


def test_foreign_supply_nobody_may_use_is_not_said_to_inflate_access(zoast_provider):
    """French units only, national supply: the Belgian GP 30 km away (outside the layer) can be used by
    nobody, so the warning that supply outside the layer inflates access must not count it; with the
    border open it is used, and counted."""
    units = units_layer([
        ("Point(0 0)", {"unit_id": "FR:1", "country": "FR", "population": 1000}),
        ("Point(6000 0)", {"unit_id": "FR:2", "country": "FR", "population": 3000}),
        ("Point(3000 6000)", {"unit_id": "FR:3", "country": "FR", "population": 2000}),
    ])
    supply = memory_layer("Point", "EPSG:3035", SUPPLY_FIELDS, [
        ("Point(3000 2000)", {"supply_id": "GP:F", "country": "FR", "fte": 2.0, "unit_id": "FR:1"}),
        ("Point(36000 0)", {"supply_id": "GP:B", "country": "BE", "fte": 1.0, "unit_id": ""}),
    ], "supply")
    national = Recorder()
    run(units=units, supply=supply, BORDER_MODE=0, MAX_COST=60.0, feedback=national)
    assert not [text for text in national.warnings if "outside the units layer" in text]
    open_border = Recorder()
    run(units=units, supply=supply, BORDER_MODE=2, MAX_COST=60.0, feedback=open_border)
    assert [text for text in open_border.warnings if "1 supply point(s) lie outside the units layer" in text]


def test_an_empty_supply_layer_is_named_not_blamed_on_the_cut_off(zoast_provider):
    empty = memory_layer("Point", "EPSG:3035", SUPPLY_FIELDS, [], "supply")
    with pytest.raises(QgsProcessingException, match=r"Layer 'Supply points' has no feature"):
        run(supply=empty)


def test_empty_result_says_why(zoast_provider):
    units = units_layer([("Point(50000 0)", {"unit_id": "FR:9", "country": "FR", "population": 10})])
    with pytest.raises(QgsProcessingException, match="cut-off"):
        run(units=units)


def test_null_geometry_is_skipped_and_counted(zoast_provider):
    units = units_layer([
        ("Point(0 0)", {"unit_id": "FR:1", "country": "FR", "population": 1000}),
        (None, {"unit_id": "FR:0", "country": "FR", "population": 50}),
    ])
    result = run(units=units)
    assert result["SKIPPED"] == 1
    assert access_by_unit(result) == pytest.approx({"FR:1": 200.0})


def test_missing_population_names_the_ids(zoast_provider):
    units = units_layer([
        ("Point(0 0)", {"unit_id": "FR:1", "country": "FR", "population": None}),
        ("Point(6000 0)", {"unit_id": "FR:2", "country": "FR", "population": 3000}),
    ])
    with pytest.raises(QgsProcessingException, match=r"'population'.*FR:1"):
        run(units=units)


def test_cancel_stops_the_run(zoast_provider):
    """A cancel during the catchment ends the run with a clear message instead of a result."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda _value: feedback.cancel())
    context = QgsProcessingContext()
    context.setFeedback(feedback)
    parameters = {"UNITS": units_layer(), "SUPPLY": supply_layer(), "METHOD": 0, "MAX_COST": 10.0,
                  "SPEED_KMH": 60.0, "DETOUR": 1.0, "BORDER_MODE": 2, "OUTPUT": "memory:"}
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("zoast:accessibility", parameters, context=context, feedback=feedback)
