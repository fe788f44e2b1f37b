"""zoast:gaps through processing.run, and the gap legend."""

import math

import processing
import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from tests.layers import layer_rows, memory_layer
from zoast_plugin.core.zoning import BORDER_COLUMNS, CLASS_LABELS, GAP_CLASSES, OFFICIAL_COLUMNS
from zoast_plugin.processing.gap_style import CLASS_COLOURS, gap_renderer, style_gaps_on_load
from zoast_plugin.processing.styles import STYLE_PROPERTY, style_path

FIELDS = {"unit_id": str, "country": str, "population": float, "need": float, "access": float,
          "access_nat": float, "zone": str, "access_kind": str, "access_nat_kind": str}
KINDS = {"FR": ("APL;border=zoast;weight=1", "APL;border=national"),
         "BE": ("FTE_PER_100K;border=zoast;weight=1", "FTE_PER_100K;border=national")}


def square(x, size):
    return "Polygon(({0} 0, {1} 0, {1} {2}, {0} {2}, {0} 0))".format(x, x + size, size)


def unit(wkt, unit_id, country, population, need, access, access_nat, zone):
    kinds = KINDS.get(country, ("", ""))
    return (wkt, {"unit_id": unit_id, "country": country, "population": population, "need": need,
                  "access": access, "access_nat": access_nat, "zone": zone, "access_kind": kinds[0],
                  "access_nat_kind": kinds[1]})


#: Side by side (EPSG:3035, metres): two French communes, a Walloon (REFNIS 5…, Hainaut), a
#: Flemish (3…, West Flanders, 10 km × 10 km = 100 km²) and a Brussels (21…) municipality.
BORDER = [
    unit(square(0, 5000), "FR:59001", "FR", 10000.0, 12000.0, 2.0, 1.5, "A"),
    unit(square(6000, 1000), "FR:59002", "FR", 1000.0, 1000.0, 5.0, 3.0, "B"),
    unit(square(8000, 1000), "BE:57081", "BE", 20000.0, None, 60.0, 40.0, "A"),
    unit(square(10000, 10000), "BE:34002", "BE", 5000.0, None, 100.0, 100.0, "B"),
    unit(square(21000, 1000), "BE:21004", "BE", 50000.0, None, 40.0, 40.0, None),
]


def units_layer(rows=None, crs="EPSG:3035", geometry="Polygon", extra_fields=None):
    return memory_layer(geometry, crs, {**FIELDS, **(extra_fields or {})}, BORDER if rows is None else rows, "units")


def gp_layer(crs="EPSG:3035", points=None):
    """GPs located in the Belgian units (the official count): 12 FTE in BE:57081 (Wallonia, 60 per
    100,000 for 20,000 inhabitants); 5 GPs under 65 and 1 over 65 in BE:34002 (Flanders: 100 per 100,000
    for 5,000 inhabitants); none in Brussels."""
    points = points or ([("Point(8500 500)", 1.0, False)] * 12 + [("Point(15000 5000)", 0.5, False)] * 5
                        + [("Point(15000 6000)", 1.0, True)])
    return memory_layer("Point", crs, {"fte": float, "age_over_65": bool},
                        [(wkt, {"fte": fte, "age_over_65": old}) for wkt, fte, old in points], "gps")


class Recorder(QgsProcessingFeedback):
    """Keeps the warnings of a run."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.warnings.append(text)


def run(units, **extra):
    parameters = {"UNITS": units, "NEED_FIELD": "need", "GP_SUPPLY": gp_layer(), "OUTPUT": "memory:",
                  "SUMMARY": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:gaps", parameters)


def by_id(layer):
    return {r["unit_id"]: r for r in layer_rows(layer)}


def test_each_unit_judged_by_its_own_rule(zoast_provider):
    """FR:59001: APL 2 < 2.5 → ZIP, shortfall (2.5 − 2) × 12,000 / 4,500 = 1.3333 FTE, score 2/4.
    FR:59002: APL 5 > 4 → outside the zoning, no shortfall, score 5/4.
    BE:57081 (Wallonia): 12 FTE located in it for 20,000 inhabitants = 60 per 100,000 → shortage,
    (90 − 60) × 20,000 / 100,000 = 6 FTE, score 60/90.
    BE:34002 (Flanders): 5 GPs under 65 in it (the one over 65 does not count) for 5,000 inh. = 100 per
    100,000; 5,000 inh. on 100 km² (computed from the polygon) = 50 inh./km² < 125, so the limit is 120:
    100 < 120 → priority zone, (120 − 100) × 5,000 / 100,000 = 1 GP, score 100/120.
    BE:21004 (Brussels): not judged by default."""
    result = run(units_layer())
    rows = by_id(result["OUTPUT"])
    expected = {
        "FR:59001": ("FR", "FR_APL_2017", "FR_ZIP", 2, 2.5, 12000 * 0.5 / 4500, 0.5),
        "FR:59002": ("FR", "FR_APL_2017", "FR_NONE", 0, None, 0.0, 1.25),
        "BE:57081": ("WAL", "WAL_IMPULSEO", "WAL_SHORTAGE", 1, 90.0, 6.0, 60 / 90),
        "BE:34002": ("FL", "FL_ZG", "FL_PRIORITY", 1, 120.0, 1.0, 100 / 120),
        "BE:21004": ("BXL", "NONE", "BXL_NOT_COVERED", -1, None, 0.0, None),
    }
    for unit_id, (region, rule, gap_class, severity, threshold, shortfall, score) in expected.items():
        row = rows[unit_id]
        assert (row["region"], row["rule"], row["gap_class"], row["severity"]) == (region, rule, gap_class, severity)
        assert row["gap_label"] == CLASS_LABELS[gap_class]
        assert row["threshold"] == (None if threshold is None else pytest.approx(threshold))
        assert row["shortfall_fte"] == pytest.approx(shortfall)
        assert row["common_score"] == (None if score is None else pytest.approx(score))
    assert rows["BE:34002"]["area_km2"] == pytest.approx(100.0)
    assert rows["FR:59001"]["area_km2"] == pytest.approx(25.0)
    assert rows["BE:57081"]["need"] == 20000.0  # Belgian rules count inhabitants
    assert rows["BE:57081"]["rule_label"] == "Wallonia: AViQ Impulseo GP shortage"
    assert (result["SEVERE_COUNT"], result["SHORTAGE_COUNT"], result["NO_SHORTAGE_COUNT"],
            result["NOT_JUDGED_COUNT"]) == (1, 2, 1, 1)
    assert result["TOTAL_SHORTFALL_FTE"] == pytest.approx(12000 * 0.5 / 4500 + 6.0 + 1.0)
    assert (result["SHORTFALL_FR_FTE_EQUIVALENT"], result["SHORTFALL_WAL_FTE"], result["SHORTFALL_FL_GP"]) == (
        pytest.approx(12000 * 0.5 / 4500), pytest.approx(6.0), pytest.approx(1.0))
    assert (rows["BE:57081"]["gp_fte_in_unit"], rows["BE:34002"]["gp_under_65_in_unit"]) == (12.0, 5.0)
    assert (rows["BE:57081"]["indicator"], rows["BE:34002"]["indicator"]) == (pytest.approx(60.0),
                                                                              pytest.approx(100.0))
    assert [rows[u]["shortfall_unit"] for u in ("FR:59001", "BE:57081", "BE:34002")] == [
        "FTE_EQUIVALENT", "FTE", "GP"]
    assert result["SKIPPED_COUNT"] == 0
    names = result["OUTPUT"].fields().names()
    assert set(OFFICIAL_COLUMNS) <= set(names) and "zone" in names and "border_gain" not in names
    assert "TOTAL_SHORTFALL_FTE_NATIONAL" not in result


def test_border_gain_with_national_access(zoast_provider):
    """National-only access: FR:59001 1.5 (still ZIP, gain 0.5, shortfall (2.5 − 1.5) × 12,000 / 4,500
    = 2.6667); FR:59002 3 → ZAC without the border (gain 2, severity 1 → 0, shortfall (4 − 3) × 1,000 /
    4,500 = 0.2222); BE:57081 40 → severe without the border (gain 20, 2 → 1, shortfall
    (50 − 40) × 20,000 / 100,000 = 2); BE:34002 unchanged (gain 0, shortfall 1)."""
    result = run(units_layer(), NATIONAL_ACCESS_FIELD="access_nat")
    rows = by_id(result["OUTPUT"])
    expected = {
        "FR:59001": (0.5, "FR_ZIP", False, 0, 1.0 * 12000 / 4500),
        "FR:59002": (2.0, "FR_ZAC", True, 1, 1000 / 4500),
        "BE:57081": (20.0, "WAL_SEVERE", True, 1, 2.0),
        "BE:34002": (0.0, "FL_PRIORITY", False, 0, 1.0),
        "BE:21004": (0.0, "BXL_NOT_COVERED", False, 0, 0.0),
    }
    for unit_id, (gain, national_class, changed, change, shortfall) in expected.items():
        row = rows[unit_id]
        assert row["border_gain"] == pytest.approx(gain)
        assert (row["an_class_national"], row["class_changed"], row["severity_change"]) == (
            national_class, changed, change)
        assert row["an_shortfall_fte_national"] == pytest.approx(shortfall)
    assert set(BORDER_COLUMNS) <= set(result["OUTPUT"].fields().names())
    # The official French class reads the national-only APL: FR:59002 at 3 is a potential ZAC.
    assert (rows["FR:59002"]["gap_class"], rows["FR:59002"]["an_class"]) == ("FR_ZAC", "FR_NONE")
    assert result["TOTAL_SHORTFALL_FTE_NATIONAL"] == pytest.approx(12000 / 4500 + 1000 / 4500 + 2.0 + 1.0)
    assert (result["BORDER_IMPROVED_COUNT"], result["BORDER_WORSENED_COUNT"]) == (2, 0)


def test_summary_adds_up_to_the_totals(zoast_provider):
    """Grouped by zone: A holds FR:59001 (ZIP) and BE:57081 (shortage), B FR:59002 and BE:34002,
    BE:21004 has no zone and forms its own group; the last rows ALL hold each country's totals (France 2
    units, 11,000 inhabitants, 1.3333 FTE-equivalents; Belgium 3, 75,000, 7), never added together."""
    result = run(units_layer(), GROUP_FIELD="zone")
    rows = layer_rows(result["SUMMARY"])
    totals = {r["country"]: r for r in rows[-2:]}
    for country, (units, population, shortfall) in {"BE": (3, 75000.0, 7.0),
                                                    "FR": (2, 11000.0, 12000 * 0.5 / 4500)}.items():
        total = totals[country]
        assert (total["zone"], total["gap_class"], total["label"]) == ("ALL", "ALL", "All units")
        assert (total["units"], total["population"]) == (units, pytest.approx(population))
        assert total["shortfall_fte"] == pytest.approx(shortfall)
        body = [r for r in rows[:-2] if r["country"] == country]
        assert sum(r["units"] for r in body) == units
        assert sum(r["shortfall_fte"] for r in body) == pytest.approx(shortfall)
    body = rows[:-2]
    keys = [(r["zone"], r["country"], r["gap_class"]) for r in body]
    assert ("A", "FR", "FR_ZIP") in keys and ("A", "BE", "WAL_SHORTAGE") in keys
    assert ("B", "BE", "FL_PRIORITY") in keys and ("B", "FR", "FR_NONE") in keys
    assert (None, "BE", "BXL_NOT_COVERED") in keys
    zip_row = next(r for r in body if r["gap_class"] == "FR_ZIP")
    assert (zip_row["label"], zip_row["severity"], zip_row["population"]) == (CLASS_LABELS["FR_ZIP"], 2, 10000.0)


def test_brussels_walloon_rule_and_country_from_the_id(zoast_provider):
    """BRUSSELS_RULE 1: BE:21004 has no GP located in it: 0 per 100,000 < 50 → severe, (50 − 0) × 50,000 /
    100,000 = 25 FTE (the analytical class on its access of 40 is severe too).
    The country comes from the id prefix when UNIT_COUNTRY_FIELD is empty."""
    rows = by_id(run(units_layer(), BRUSSELS_RULE=1, UNIT_COUNTRY_FIELD="")["OUTPUT"])
    assert (rows["BE:21004"]["gap_class"], rows["BE:21004"]["rule"]) == ("WAL_SEVERE", "WAL_IMPULSEO")
    assert rows["BE:21004"]["shortfall_fte"] == pytest.approx(25.0)
    assert (rows["BE:21004"]["an_class"], rows["BE:21004"]["an_shortfall_fte"]) == ("WAL_SEVERE", pytest.approx(5.0))
    assert rows["FR:59001"]["gap_class"] == "FR_ZIP"


def test_area_field_and_thresholds_are_used(zoast_provider):
    """With an area field of 10 km², BE:34002 has 500 inh./km² (not low density): 100 ≥ 90 → not a
    priority zone, and no area_km2 column is added. FR_ZIP_BELOW 1.5 / FR_ZAC_UP_TO 6: FR:59001
    (APL 2) → ZAC, shortfall (6 − 2) × 12,000 / 9,000 = 5.3333 with ACTIVITY_PER_FTE 9,000."""
    rows_in = [(wkt, {**values, "km2": 10.0}) for wkt, values in BORDER]
    result = run(units_layer(rows_in, extra_fields={"km2": float}), AREA_FIELD="km2", FR_ZIP_BELOW=1.5,
                 FR_ZAC_UP_TO=6.0, ACTIVITY_PER_FTE=9000.0)
    rows = by_id(result["OUTPUT"])
    assert rows["BE:34002"]["gap_class"] == "FL_NORMAL"
    assert "area_km2" not in result["OUTPUT"].fields().names()
    assert rows["FR:59001"]["gap_class"] == "FR_ZAC"
    assert rows["FR:59001"]["shortfall_fte"] == pytest.approx(4 * 12000 / 9000)


def test_area_computed_in_the_analysis_crs(zoast_provider):
    """The Flemish square given in WGS84 (about 0.1418° × 0.09° at 51° N ≈ 10 km × 10 km) is measured
    in EPSG:3035: close to 100 km², so the density rule applies; the output keeps WGS84."""
    lon, lat = 3.0, 51.0
    dx, dy = 10000 / (111320 * math.cos(math.radians(lat))), 10000 / 110574
    wkt = "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(lon, lat, lon + dx, lat + dy)
    layer = units_layer([unit(wkt, "BE:34002", "BE", 5000.0, None, 100.0, 100.0, "B")], crs="EPSG:4326")
    gps = gp_layer("EPSG:4326", [("Point({} {})".format(lon + dx / 2, lat + dy / 2), 1.0, False)] * 5)
    result = run(layer, GP_SUPPLY=gps)
    row = layer_rows(result["OUTPUT"])[0]
    assert row["area_km2"] == pytest.approx(100.0, rel=0.01)
    assert row["gap_class"] == "FL_PRIORITY"
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"


def test_thresholds_out_of_order_name_the_parameters(zoast_provider):
    with pytest.raises(QgsProcessingException, match=r"FR_ZIP_BELOW.*FR_ZAC_UP_TO"):
        run(units_layer(), FR_ZIP_BELOW=5.0)
    with pytest.raises(QgsProcessingException, match=r"WAL_SEVERE_BELOW.*WAL_NORMAL_FROM"):
        run(units_layer(), WAL_SEVERE_BELOW=95.0)
    with pytest.raises(QgsProcessingException, match=r"ACTIVITY_PER_FTE"):
        run(units_layer(), ACTIVITY_PER_FTE=0.0)


def test_zero_area_flemish_unit_names_the_id(zoast_provider):
    """A flat polygon has 0 km². (QGIS's own invalid-geometry check would stop on it first; that
    path is not run here: the check's exception thrown inside the Python feature loop leaves
    the interpreter unstable on QGIS 3.22.) With the check off, the density rule refuses it,
    naming the computed field and the id."""
    rows = BORDER[:3] + [unit("Polygon((10000 0, 11000 0, 12000 0, 10000 0))", "BE:34002", "BE", 5000.0,
                              None, 100.0, 100.0, "B")]
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    with pytest.raises(QgsProcessingException, match=r"'area_km2'.*BE:34002"):
        processing.run("zoast:gaps", {"UNITS": units_layer(rows), "GP_SUPPLY": gp_layer(), "OUTPUT": "memory:",
                                      "SUMMARY": "memory:"}, context=context)


def test_zero_in_the_area_field_names_field_and_id(zoast_provider):
    rows_in = [(wkt, {**values, "km2": 0.0 if values["unit_id"] == "BE:34002" else 1.0}) for wkt, values in BORDER]
    with pytest.raises(QgsProcessingException, match=r"'km2'.*BE:34002"):
        run(units_layer(rows_in, extra_fields={"km2": float}), AREA_FIELD="km2")


def test_points_without_area_field_name_the_flemish_ids(zoast_provider):
    rows = [("Point(0 0)", BORDER[0][1]), ("Point(1 1)", BORDER[3][1])]
    with pytest.raises(QgsProcessingException, match=r"area.*BE:34002"):
        run(units_layer(rows, geometry="Point"))


def test_unknown_country_names_field_and_id(zoast_provider):
    rows = BORDER[:2] + [unit(square(30000, 1000), "NL:0363", "NL", 1.0, None, 1.0, 1.0, "C")]
    with pytest.raises(QgsProcessingException, match=r"'country'.*NL:0363"):
        run(units_layer(rows))


def test_missing_access_field_names_it(zoast_provider):
    with pytest.raises(QgsProcessingException, match="apl"):
        run(units_layer(), ACCESS_FIELD="apl")


def test_units_without_any_accessibility_say_what_to_run(zoast_provider):
    """The sample's units given straight to gaps: the access field is missing, not only its kind."""
    fields = {k: v for k, v in FIELDS.items() if not k.startswith("access")}
    rows = [(wkt, {k: v for k, v in values.items() if k in fields}) for wkt, values in BORDER]
    layer = memory_layer("Polygon", "EPSG:3035", fields, rows, "units")
    with pytest.raises(QgsProcessingException, match=r"no accessibility field 'access'.*zoast:apl"):
        run(layer)


def test_without_the_need_field_the_french_shortfall_says_it_uses_the_population(zoast_provider):
    """Without NEED_FIELD the French FTE-equivalents are computed on the raw population: said, counted."""
    feedback = Recorder()
    result = processing.run("zoast:gaps", {"UNITS": units_layer(), "GP_SUPPLY": gp_layer(), "OUTPUT": "memory:",
                                           "SUMMARY": "memory:"}, feedback=feedback)
    assert by_id(result["OUTPUT"])["FR:59001"]["need"] == 10000.0  # the population, not the need 12000
    assert [w for w in feedback.warnings if "NEED_FIELD" in w and "2 French unit(s)" in w]
    feedback = Recorder()
    processing.run("zoast:gaps", {"UNITS": units_layer(), "NEED_FIELD": "need", "GP_SUPPLY": gp_layer(),
                                  "OUTPUT": "memory:", "SUMMARY": "memory:"}, feedback=feedback)
    assert not [w for w in feedback.warnings if "NEED_FIELD" in w]


def test_layer_without_crs_is_an_error(zoast_provider):
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run(units_layer(crs=""))


# ------------------------------------------------------------------ legend

def test_renderer_follows_the_core_legend():
    renderer = gap_renderer({code: code.lower() for code in GAP_CLASSES})
    assert renderer.classAttribute() == "gap_class"
    categories = renderer.categories()
    assert [c.value() for c in categories] == list(GAP_CLASSES)
    assert [c.label() for c in categories] == [code.lower() for code in GAP_CLASSES]
    assert [c.symbol().color().name() for c in categories] == [CLASS_COLOURS[code] for code in GAP_CLASSES]


def test_qml_file_matches_the_renderer():
    """resources/styles/gaps.qml is generated from gap_renderer (English labels): regenerate it
    with gap_style.write_gap_qml() when the core's classes or colours change."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:3035&field=gap_class:string", "gaps", "memory")
    _message, ok = layer.loadNamedStyle(str(style_path("gaps")))
    assert ok
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert [(c.value(), c.label(), c.symbol().color().name()) for c in renderer.categories()] == [
        (code, CLASS_LABELS[code], CLASS_COLOURS[code]) for code in GAP_CLASSES]


def test_output_styled_with_translated_legend_on_load(zoast_provider):
    """The post-processor gives a loaded gap layer the categorised legend (labels in the
    interface language, English here) and marks it as a gap layer."""
    layer = memory_layer("Point", "EPSG:3035", {"gap_class": str}, [("Point(0 0)", {"gap_class": "FR_ZIP"})])
    context = QgsProcessingContext()
    context.addLayerToLoadOnCompletion(layer.id(), QgsProcessingContext.LayerDetails("gaps", QgsProject.instance(),
                                                                                     "OUTPUT"))
    style_gaps_on_load(context, layer.id())
    post_processor = context.layerToLoadOnCompletionDetails(layer.id()).postProcessor()
    post_processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.categories()[0].label() == CLASS_LABELS["FR_ZIP"]
    assert renderer.categories()[0].symbol().type() == 0  # a marker for a point layer
    assert layer.customProperty(STYLE_PROPERTY) == "gaps"


# ------------------------------------------------------------------ indicators that cannot be mis-wired

def test_an_fte_accessibility_is_refused_for_france_naming_the_algorithm(zoast_provider):
    rows = [(wkt, {**values, "access_kind": "FTE_PER_100K;border=zoast;weight=0.013"}) for wkt, values in BORDER]
    with pytest.raises(QgsProcessingException, match=r"'access'.*2 French unit\(s\).*FR:59001.*zoast:apl"):
        run(units_layer(rows))


def test_an_apl_for_both_countries_says_how_to_judge_both(zoast_provider):
    """Following the French refusal (run zoast:apl) on a cross-border layer gives an APL to the
    Belgian units too: the Belgian refusal must not send the user back to where they came from, but
    say that one field holds each country's measure, and which model builds it."""
    rows = [(wkt, {**values, "access_kind": "APL;border=national"}) for wkt, values in BORDER]
    with pytest.raises(QgsProcessingException, match=r"2 Belgian unit\(s\).*both countries.*APL for French units "
                                                     r"and FTE per 100,000 for Belgian units.*zoast:zoast_diagnosis"):
        run(units_layer(rows))


def test_a_field_without_its_kind_is_refused_unless_stated(zoast_provider):
    fields = {k: v for k, v in FIELDS.items() if k not in ("access_kind", "access_nat_kind")}
    rows = [(wkt, {k: v for k, v in values.items() if k in fields}) for wkt, values in BORDER]
    layer = memory_layer("Polygon", "EPSG:3035", fields, rows, "units")
    with pytest.raises(QgsProcessingException, match=r"'access'.*'access_kind'.*zoast:apl"):
        run(layer)
    stated = by_id(run(layer, INDICATOR_TYPE=1)["OUTPUT"])
    assert stated["FR:59001"]["gap_class"] == "FR_ZIP"


def test_belgian_units_without_the_gp_layer_say_what_to_give(zoast_provider):
    with pytest.raises(QgsProcessingException, match=r"located in each municipality.*BE:57081.*GP_SUPPLY"):
        run(units_layer(), GP_SUPPLY=None)


def test_belgian_need_is_kept_and_a_commune_without_gp_is_severe(zoast_provider):
    """BE:57081 carries its own need (18,000): kept, not overwritten by the population; with no GP in
    it, it is severe: (50 − 0) × 20,000 / 100,000 = 10 FTE."""
    rows = [(wkt, {**values, "need": 18000.0 if values["unit_id"] == "BE:57081" else values["need"]})
            for wkt, values in BORDER]
    gps = gp_layer(points=[("Point(15000 5000)", 0.5, False)] * 5)
    out = by_id(run(units_layer(rows), GP_SUPPLY=gps)["OUTPUT"])
    assert out["BE:57081"]["need"] == 18000.0
    assert out["BE:34002"]["need"] == 5000.0  # empty need: the population
    assert out["FR:59001"]["need"] == 12000.0
    assert (out["BE:57081"]["gap_class"], out["BE:57081"]["shortfall_fte"]) == ("WAL_SEVERE", pytest.approx(10.0))


def test_tvs_field_judges_french_communes_on_the_tvs_mean(zoast_provider):
    """FR:59001 (APL 2, 10,000 inh.) and FR:59002 (APL 5, 1,000 inh.) in one TVS: (2·10,000 + 5·1,000) /
    11,000 = 2.2727 → both potential ZIP; shortfall (2.5 − 2.2727) × need / 4,500 each."""
    rows = [(wkt, {**values, "tvs": "T1" if values["country"] == "FR" else None}) for wkt, values in BORDER]
    out = by_id(run(units_layer(rows, extra_fields={"tvs": str}))["OUTPUT"])
    mean = 25000 / 11000
    for unit_id, need in (("FR:59001", 12000.0), ("FR:59002", 1000.0)):
        assert out[unit_id]["indicator"] == pytest.approx(mean)
        assert out[unit_id]["gap_class"] == "FR_ZIP"
        assert out[unit_id]["shortfall_fte"] == pytest.approx((2.5 - mean) * need / 4500)
    assert out["FR:59002"]["indicator_unit"] == 5.0 and out["FR:59002"]["tvs"] == "T1"


def test_border_effect_per_country_and_membership(zoast_provider):
    """Members FR:59001 and BE:57081 gain (0.5 APL and 20 per 100,000); the border effect keeps France
    in APL and Belgium in FTE per 100,000, population-weighted."""
    rows = [(wkt, {**values, "zoast_member": int(values["unit_id"] in ("FR:59001", "BE:57081"))})
            for wkt, values in BORDER]
    result = run(units_layer(rows, extra_fields={"zoast_member": int}), NATIONAL_ACCESS_FIELD="access_nat",
                 BORDER_EFFECT="memory:")
    effect = {(r["country"], r["zoast_member"]): r for r in layer_rows(result["BORDER_EFFECT"])}
    assert effect[("FR", "1")]["access_unit"] == "APL"
    assert effect[("FR", "1")]["access_change"] == pytest.approx(0.5)
    assert effect[("BE", "1")]["access_unit"] == "FTE_PER_100K"
    assert effect[("BE", "1")]["access_change"] == pytest.approx(20.0)
    assert effect[("FR", "ALL")]["access_change"] == pytest.approx((0.5 * 10000 + 2.0 * 1000) / 11000)
    assert effect[("FR", "ALL")]["shortfall_unit"] == "FTE_EQUIVALENT"
    assert (effect[("BE", "ALL")]["units"], effect[("FR", "ALL")]["units"]) == (3, 2)


# ------------------------------------------------------------------ the newcomer's path on the sample

@pytest.fixture
def sample_accessibility(zoast_provider, tmp_path):
    """zoast:accessibility with its defaults on the sample, as a new user runs it first."""
    from tests.conftest import SAMPLE_GPKG

    out = tmp_path / "access.gpkg"
    layer = "{}|layername=".format(SAMPLE_GPKG)
    processing.run("zoast:accessibility", {"UNITS": layer + "units", "SUPPLY": layer + "gp_practices",
                                           "OUTPUT": str(out)})
    return str(out), layer


def test_newcomer_path_ends_in_a_clear_error_not_a_wrong_map(sample_accessibility):
    """accessibility (FTE per 100,000) then gaps with its defaults: refused, naming zoast:apl."""
    access, _layer = sample_accessibility
    with pytest.raises(QgsProcessingException, match=r"2981 French unit\(s\).*FTE GPs per 100,000.*zoast:apl"):
        processing.run("zoast:gaps", {"UNITS": access, "OUTPUT": "memory:", "SUMMARY": "memory:"})


def test_following_the_error_gives_the_official_classes(sample_accessibility, tmp_path):
    """zoast:apl with its defaults, then gaps with the GP layer: every unit gets its official class,
    French communes per (approximate) TVS, Belgian municipalities on the GPs located in them."""
    _access, layer = sample_accessibility
    apl = processing.run("zoast:apl", {"UNITS": layer + "units", "SUPPLY": layer + "gp_practices",
                                       "OUTPUT": str(tmp_path / "apl.gpkg")})
    fr_only = processing.run("native:extractbyattribute", {"INPUT": apl["OUTPUT"], "FIELD": "country",
                                                          "OPERATOR": 0, "VALUE": "FR", "OUTPUT": "memory:"})
    result = processing.run("zoast:gaps", {"UNITS": fr_only["OUTPUT"], "OUTPUT": "memory:", "SUMMARY": "memory:"})
    rows = layer_rows(result["OUTPUT"])
    assert len(rows) == 2981
    assert {r["rule"] for r in rows} == {"FR_APL_2017"}
    assert all(r["tvs"].startswith("tvs_approx:") and r["indicator_kind"] == "APL_TVS_MEAN" for r in rows)
    # The newcomer's wrong map put 2,977 of 2,981 communes "outside the zoning"; the APL does not.
    assert sum(r["gap_class"] == "FR_NONE" for r in rows) < 500
