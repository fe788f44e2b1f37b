"""zoast:patientflows through processing.run: desire lines, totals per direction and per ZOAST, bad input."""

import math

import processing
import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.conftest import SAMPLE_GPKG
from tests.layers import layer_rows, memory_layer
from zoast_plugin.processing.styles import style_path


def square(x0, y0, x1, y1):
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x0, y0, x1, y1)


#: EPSG:3035, metres. FR:1 | FR:2 | BE:1 | BE:2 in a row of 10 km squares; FR:3 above FR:1.
#: Point on surface of each square = its centre (FR:1 → 5000 5000).
UNITS = [
    (square(0, 0, 10000, 10000), {"unit_id": "FR:1", "country": "FR"}),
    (square(10000, 0, 20000, 10000), {"unit_id": "FR:2", "country": "FR"}),
    (square(20000, 0, 30000, 10000), {"unit_id": "BE:1", "country": "BE"}),
    (square(30000, 0, 40000, 10000), {"unit_id": "BE:2", "country": "BE"}),
    (square(0, 10000, 5000, 20000), {"unit_id": "FR:3", "country": "FR"}),
]
FACILITIES = [
    ("Point(2000 2000)", {"supply_id": "H:F1", "country": "FR"}),
    ("Point(25000 2000)", {"supply_id": "H:B1", "country": "BE"}),
    ("Point(35000 2000)", {"supply_id": "H:B2", "country": "BE"}),
]
FLOW_FIELDS = {"flow_id": str, "origin_id": str, "dest_id": str, "care_type": str, "patients": int, "stays": int,
               "amount_eur": float}


def flow(flow_id, origin, dest, care, patients, stays, amount):
    return (None, {"flow_id": flow_id, "origin_id": origin, "dest_id": dest, "care_type": care,
                   "patients": patients, "stays": stays, "amount_eur": amount})


FLOWS = [
    flow("f1", "FR:1", "H:B1", "hospital_stay", 30, 40, 1000.0),  # FR→BE, to Z1's establishment
    flow("f2", "FR:2", "H:B2", "hospital_stay", 10, 12, 500.0),  # FR→BE, not a Z1 establishment
    flow("f3", "FR:1", "H:F1", "ambulatory", 50, 60, 200.0),  # domestic, to Z1's establishment
    flow("f4", "BE:1", "H:F1", "day_case", 20, 20, 800.0),  # BE→FR, to Z1's establishment
    flow("f5", "BE:2", "H:F1", "hospital_stay", 15, 15, 300.0),  # BE→FR, BE:2 in no zone
    flow("f6", "FR:3", "H:B1", "hospital_stay", 12, 14, 600.0),  # FR→BE, FR:3 in no zone
    flow("f7", "BE:2", "H:B2", "hospital_stay", 5, 5, 100.0),  # domestic
]
#: Agreement Z1: FR:1, FR:2, BE:1 and the establishments H:F1, H:B1.
MEMBERS = [(None, {"zoast_code": "Z1", "unit_id": u}) for u in ("FR:1", "FR:2", "BE:1")]
ESTABLISHMENTS = [(None, {"zoast_code": "Z1", "supply_id": s}) for s in ("H:F1", "H:B1")]


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.warnings.append(text)
        super().pushWarning(text)


def layers(flows=None, crs="EPSG:3035"):
    return {
        "FLOWS": memory_layer("None", "", FLOW_FIELDS, FLOWS if flows is None else flows, "flows"),
        "UNITS": memory_layer("Polygon", crs, {"unit_id": str, "country": str}, UNITS, "units"),
        "FACILITIES": memory_layer("Point", crs, {"supply_id": str, "country": str}, FACILITIES, "hospitals"),
        "AGREEMENT_MEMBERS": memory_layer("None", "", {"zoast_code": str, "unit_id": str}, MEMBERS, "members"),
        "AGREEMENT_ESTABLISHMENTS": memory_layer("None", "", {"zoast_code": str, "supply_id": str}, ESTABLISHMENTS,
                                                 "establishments"),
    }


def run(feedback=None, **extra):
    parameters = {**layers(), "OUTPUT": "memory:", "SUMMARY": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:patientflows", parameters, feedback=feedback)


def summary(result):
    return {(r["zoast_code"], r["direction"], r["care_type"]): r for r in layer_rows(result["SUMMARY"])}


def test_totals_per_direction_and_zone(zoast_provider):
    """Cross-border flows f1, f2, f4, f5, f6: patients 30+10+20+15+12 = 87, stays 40+12+20+15+14 = 101,
    amount 1000+500+800+300+600 = 3200.

    Z1's residents (FR:1, FR:2, BE:1) make f1–f4. FR→BE hospital stays: f1 + f2 = 40 patients, 52 stays,
    1500 €, of which f1's 30 patients go to Z1's H:B1 → share_inside 30/40 = 0.75. Domestic ambulatory f3:
    50, share 1. BE→FR day case f4: 20, share 1. Z1 over all: 110 patients, 132 stays, 2500 €, inside
    30+50+20 = 100 → 100/110. The region ('all') FR→BE hospital stays: f1+f2+f6 = 52 patients, 2100 €,
    and 142 patients over all flows; no share_inside for the region."""
    result = run()
    assert result["CROSS_BORDER_PATIENTS"] == 87
    assert result["CROSS_BORDER_STAYS"] == 101
    assert result["CROSS_BORDER_AMOUNT"] == pytest.approx(3200.0)
    rows = summary(result)
    fr_be = rows[("Z1", "FR→BE", "hospital_stay")]
    assert (fr_be["patients"], fr_be["stays"], fr_be["amount_eur"]) == (40, 52, 1500)
    assert fr_be["share_inside"] == pytest.approx(0.75)
    assert rows[("Z1", "domestic", "ambulatory")]["patients"] == 50
    assert rows[("Z1", "domestic", "ambulatory")]["share_inside"] == pytest.approx(1.0)
    assert rows[("Z1", "BE→FR", "day_case")]["amount_eur"] == pytest.approx(800.0)
    total = rows[("Z1", "all", "all")]
    assert (total["patients"], total["stays"], total["amount_eur"]) == (110, 132, 2500)
    assert total["share_inside"] == pytest.approx(100 / 110)
    region = rows[("all", "FR→BE", "hospital_stay")]
    assert (region["patients"], region["amount_eur"]) == (52, 2100)
    assert rows[("all", "all", "all")]["patients"] == 142
    assert region["share_inside"] is None
    assert {key[0] for key in rows} == {"Z1", "all"}
    # subtotals per zone and direction over care types
    assert rows[("Z1", "FR→BE", "all")]["patients"] == 40 and rows[("Z1", "FR→BE", "all")]["share_inside"] == 0.75
    assert rows[("all", "BE→FR", "all")]["patients"] == 20 + 15
    assert len(rows) == 7 + 9  # Z1: 3 groups, 3 direction subtotals, total; region: 5 groups, 3 subtotals, total


def test_lines_are_cross_border_with_direction_and_width(zoast_provider):
    """MIN_VOLUME 15 keeps f1 (30), f4 (20), f5 (15) of the five cross-border flows; widths 5 mm × patients / 30:
    5, 3.333, 2.5. Straight f1: (5000, 5000) → (25000, 2000), length √(20000² + 3000²)."""
    result = run(MIN_VOLUME=15, CURVED=False, ONE_LINE_PER_PAIR=False)
    rows = {r["flow_id"]: r for r in layer_rows(result["OUTPUT"])}
    assert sorted(rows) == ["f1", "f4", "f5"]
    assert [rows[f]["direction"] for f in ("f1", "f4", "f5")] == ["FR→BE", "BE→FR", "BE→FR"]
    assert [rows[f]["width"] for f in ("f1", "f4", "f5")] == pytest.approx([5.0, 10 / 3, 2.5])
    assert (rows["f1"]["origin_country"], rows["f1"]["dest_country"]) == ("FR", "BE")
    assert result["LINE_COUNT"] == 3 and result["LEFT_OUT_COUNT"] == 4 and result["NO_LINE_COUNT"] == 0
    lengths = {f["flow_id"]: f.geometry().length() for f in result["OUTPUT"].getFeatures()}
    assert lengths["f1"] == pytest.approx(math.hypot(20000, 3000))
    assert result["CROSS_BORDER_PATIENTS"] == 87  # the totals count every flow, drawn or not


def test_curved_lines_and_domestic_flows(zoast_provider):
    """All seven flows drawn; a curved line keeps its ends and is longer than the chord."""
    result = run(CROSS_BORDER_ONLY=False, CURVED=True, ONE_LINE_PER_PAIR=False)
    assert result["LINE_COUNT"] == 7
    feature = next(f for f in result["OUTPUT"].getFeatures() if f["flow_id"] == "f1")
    vertices = feature.geometry().asPolyline()
    assert len(vertices) == 16
    assert (vertices[0].x(), vertices[0].y(), vertices[-1].x(), vertices[-1].y()) == (5000, 5000, 25000, 2000)
    assert feature.geometry().length() > math.hypot(20000, 3000)


def test_care_type_filter(zoast_provider):
    """Hospital stays only: the cross-border ones are f1, f2, f5, f6 = 30+10+15+12 = 67 patients."""
    result = run(CARE_TYPES="hospital_stay, nothing_like_it", ONE_LINE_PER_PAIR=False)
    assert result["CROSS_BORDER_PATIENTS"] == 67
    assert sorted(r["flow_id"] for r in layer_rows(result["OUTPUT"])) == ["f1", "f2", "f5", "f6"]
    assert {key[2] for key in summary(result)} == {"hospital_stay", "all"}


def test_without_agreements_the_summary_is_the_region(zoast_provider):
    rows = summary(run(AGREEMENT_MEMBERS=None, AGREEMENT_ESTABLISHMENTS=None))
    assert {key[0] for key in rows} == {"all"}
    assert rows[("all", "BE→FR", "hospital_stay")]["patients"] == 15


def test_destinations_as_units(zoast_provider):
    """Without facilities, dest ids are units and 'inside' means a member unit: FR:1 → BE:1 (10, Z1 member)
    and FR:1 → BE:2 (5) → Z1 FR→BE 15 patients, share_inside 10/15; lines end on the unit's centre."""
    flows = [flow("a", "FR:1", "BE:1", "hospital_stay", 10, 10, 100.0),
             flow("b", "FR:1", "BE:2", "hospital_stay", 5, 5, 50.0)]
    result = run(FLOWS=layers(flows)["FLOWS"], FACILITIES=None, AGREEMENT_ESTABLISHMENTS=None, CURVED=False)
    row = summary(result)[("Z1", "FR→BE", "hospital_stay")]
    assert row["patients"] == 15 and row["share_inside"] == pytest.approx(10 / 15)
    lengths = sorted(f.geometry().length() for f in result["OUTPUT"].getFeatures())
    assert lengths == pytest.approx([20000.0, 30000.0])


def test_establishment_destinations_without_facilities_say_to_give_them(zoast_provider):
    """The newcomer's run (flows and units only) on flows to hospitals: the error says what to give."""
    with pytest.raises(QgsProcessingException, match=r"Field 'dest_id': none of the 3 destination id\(s\) of the "
                                                     r"flows is a unit, first: H:.*FACILITIES"):
        run(FACILITIES=None, AGREEMENT_ESTABLISHMENTS=None)


def test_missing_establishments_leave_share_empty_with_a_warning(zoast_provider):
    feedback = Feedback()
    rows = summary(run(feedback, AGREEMENT_ESTABLISHMENTS=None))
    assert rows[("Z1", "all", "all")]["share_inside"] is None
    assert any("share_inside" in w for w in feedback.warnings)


def test_flow_to_its_own_unit_is_kept_without_a_line(zoast_provider):
    flows = [flow("same", "FR:1", "FR:1", "ambulatory", 3, 3, 30.0)]
    result = run(FLOWS=layers(flows)["FLOWS"], FACILITIES=None, AGREEMENT_ESTABLISHMENTS=None,
                 CROSS_BORDER_ONLY=False, ONE_LINE_PER_PAIR=False)
    assert result["LINE_COUNT"] == 1 and result["NO_LINE_COUNT"] == 1
    feature = next(result["OUTPUT"].getFeatures())
    assert feature["flow_id"] == "same" and not feature.hasGeometry()


@pytest.mark.parametrize(
    "bad, pattern",
    [
        (flow("x", "FR:9", "H:B1", "hospital_stay", 1, 1, 1.0), r"origin_id=FR:9.*'origin_id'"),
        (flow("x", "FR:1", "H:X", "hospital_stay", 1, 1, 1.0), r"dest_id=H:X.*'dest_id'"),
        (flow("x", "FR:1", "H:B1", "hospital_stay", 1, 1, -5.0), r"'amount_eur'.*negative.*FR:1→H:B1"),
        (flow("x", "FR:2", "H:B1", "hospital_stay", -2, 1, 1.0), r"'patients'.*negative.*FR:2→H:B1"),
    ],
)
def test_bad_flows_name_the_field_and_ids(zoast_provider, bad, pattern):
    with pytest.raises(QgsProcessingException, match=pattern):
        run(FLOWS=layers(FLOWS + [bad])["FLOWS"])


def test_unknown_ids_of_both_id_fields_in_one_message(zoast_provider):
    bad = [flow("x", "FR:9", "H:B1", "hospital_stay", 1, 1, 1.0), flow("y", "FR:1", "H:X", "day_case", 1, 1, 1.0)]
    with pytest.raises(QgsProcessingException, match=r"2 id\(s\).*origin_id=FR:9, dest_id=H:X"):
        run(FLOWS=layers(FLOWS + bad)["FLOWS"])


def test_one_line_per_origin_and_destination(zoast_provider):
    """f1 (hospital stay, 30) and g (day case, 6) share FR:1 → H:B1: one line of 36 patients, both care types."""
    extra = flow("g", "FR:1", "H:B1", "day_case", 6, None, 60.0)
    result = run(FLOWS=layers(FLOWS + [extra])["FLOWS"], CURVED=False)
    rows = {(r["origin_id"], r["dest_id"]): r for r in layer_rows(result["OUTPUT"])}
    assert len(rows) == result["LINE_COUNT"] == 5  # the five cross-border pairs
    line = rows[("FR:1", "H:B1")]
    assert (line["patients"], line["stays"], line["amount_eur"]) == (36, 40, 1060.0)  # the empty stays skipped
    assert line["care_types"] == "day_case; hospital_stay" and line["n_flows"] == 2
    assert line["width"] == pytest.approx(5.0)  # the largest line
    assert "flow_id" not in rows[("FR:1", "H:B1")]
    assert result["EMPTY_CELL_COUNT"] == 1 and result["LEFT_OUT_COUNT"] == 2  # the two domestic flows


def test_empty_value_cells_are_counted_not_refused(zoast_provider):
    feedback = Feedback()
    hidden = [flow("h{}".format(i), "BE:2", "H:F1", "day_case", 3, None, None) for i in range(2)]
    result = run(feedback, FLOWS=layers(FLOWS + hidden)["FLOWS"])
    assert result["EMPTY_CELL_COUNT"] == 4
    assert result["CROSS_BORDER_STAYS"] == 101  # the unknown cells are not added as 0
    assert any("'stays': 2 empty cell(s)" in w for w in feedback.warnings)


def test_an_ended_zone_has_no_rows_at_a_later_date(zoast_provider):
    """Z1 ended on 2020-12-31 (merged into another zone): the 2023 summary has only the region."""
    agreements = memory_layer("None", "", {"zoast_code": str, "in_force_from": str, "ends_on": str},
                              [(None, {"zoast_code": "Z1", "in_force_from": "2008-01-01", "ends_on": "2020-12-31"})])
    assert {key[0] for key in summary(run(AGREEMENTS=agreements, AT_DATE="2019-01-01"))} == {"Z1", "all"}
    assert {key[0] for key in summary(run(AGREEMENTS=agreements, AT_DATE="2023-01-01"))} == {"all"}


def test_a_member_that_left_is_out_of_the_zone_after(zoast_provider):
    """FR:2 left Z1 on 2018-12-31: in 2019 Z1's FR→BE hospital stays are FR:1's 30 only (not FR:2's 10)."""
    members = memory_layer("None", "", {"zoast_code": str, "unit_id": str, "member_until": str},
                           [(None, {"zoast_code": "Z1", "unit_id": u, "member_until": "2018-12-31" if u == "FR:2"
                                    else None}) for u in ("FR:1", "FR:2", "BE:1")])
    assert summary(run(AGREEMENT_MEMBERS=members, AT_DATE="2018-06-01"))[("Z1", "FR→BE", "hospital_stay")][
        "patients"] == 40
    assert summary(run(AGREEMENT_MEMBERS=members, AT_DATE="2019-01-01"))[("Z1", "FR→BE", "hospital_stay")][
        "patients"] == 30


def test_a_member_code_of_no_agreement_names_the_users_field(zoast_provider):
    """The members' code field is called 'convention' here: the error names it, not the core's 'code'."""
    agreements = memory_layer("None", "", {"zoast_code": str}, [(None, {"zoast_code": "Z1"})])
    members = memory_layer("None", "", {"convention": str, "unit_id": str},
                           [(None, {"convention": row["zoast_code"], "unit_id": row["unit_id"]}) for _g, row in MEMBERS]
                           + [(None, {"convention": "Z9", "unit_id": "FR:1"})])
    with pytest.raises(QgsProcessingException, match=r"Field 'convention': 1 member code\(s\) match no agreement: Z9"):
        run(AGREEMENTS=agreements, AGREEMENT_MEMBERS=members, MEMBER_CODE_FIELD="convention")


def test_a_day_first_member_date_is_refused_not_read_month_first(zoast_provider):
    """01/02/2008 (1 February, as written in France and Belgium) must not become 2 January."""
    members = memory_layer("None", "", {"zoast_code": str, "unit_id": str, "member_since": str},
                           [(None, {**row, "member_since": "01/02/2008"}) for _g, row in MEMBERS])
    with pytest.raises(QgsProcessingException, match=r"Field 'member_since': 3 value\(s\) are not dates.*YYYY-MM-DD"):
        run(AGREEMENT_MEMBERS=members, AT_DATE="2008-01-15")
    iso = memory_layer("None", "", {"zoast_code": str, "unit_id": str, "member_since": str},
                       [(None, {**row, "member_since": "2008-02-01"}) for _g, row in MEMBERS])
    assert {key[0] for key in summary(run(AGREEMENT_MEMBERS=iso, AT_DATE="2008-01-15"))} == {"all"}


def test_unknown_member_unit_is_an_error(zoast_provider):
    members = memory_layer("None", "", {"zoast_code": str, "unit_id": str},
                           MEMBERS + [(None, {"zoast_code": "Z1", "unit_id": "BE:99"})])
    with pytest.raises(QgsProcessingException, match=r"'unit_id'.*BE:99"):
        run(AGREEMENT_MEMBERS=members)


def test_units_without_crs(zoast_provider):
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run(UNITS=layers(crs="")["UNITS"])


def test_unknown_care_types_and_bad_date(zoast_provider):
    with pytest.raises(QgsProcessingException, match=r"CARE_TYPES.*surgery.*ambulatory, day_case, hospital_stay"):
        run(CARE_TYPES="surgery")
    with pytest.raises(QgsProcessingException, match=r"AT_DATE.*2023-13-01"):
        run(AT_DATE="2023-13-01")


def test_flows_style_is_a_categorised_direction_renderer(zoast_provider):
    layer = run()["OUTPUT"]
    _message, ok = layer.loadNamedStyle(str(style_path("flows")))
    assert ok
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "direction"
    assert {c.value() for c in renderer.categories()} >= {"FR→BE", "BE→FR", "domestic"}


def test_sample_region(zoast_provider):
    """The sample's cross-border patients equal the sum over its flows table, and every zone has a total row."""
    if not SAMPLE_GPKG.exists():
        pytest.skip("sample GeoPackage not built")

    def layer(name):
        return QgsVectorLayer("{}|layername={}".format(SAMPLE_GPKG, name), name, "ogr")

    result = processing.run("zoast:patientflows", {
        "FLOWS": layer("patient_flows"), "UNITS": layer("units"), "FACILITIES": layer("hospitals"),
        "AGREEMENT_MEMBERS": layer("zoast_members"), "AGREEMENT_ESTABLISHMENTS": layer("zoast_establishments"),
        "OUTPUT": "memory:", "SUMMARY": "memory:"})
    flows = layer("patient_flows")
    expected = sum(f["patients"] for f in flows.getFeatures() if f["cross_border"])
    assert result["CROSS_BORDER_PATIENTS"] == expected
    codes = {f["zoast_code"] for f in layer("zoast_agreements").getFeatures()}
    totals = {r["zoast_code"] for r in layer_rows(result["SUMMARY"]) if r["direction"] == "all"}
    assert codes | {"all"} == totals
    assert result["LINE_COUNT"] > 0
