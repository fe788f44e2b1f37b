"""zoast:agreementcandidates through processing.run: the three rules on a small known case, and bad input."""

import processing
import pytest
from qgis.core import QgsCoordinateTransformContext, QgsProcessingException, QgsVectorFileWriter, QgsVectorLayer

from tests.conftest import SAMPLE_GPKG
from tests.layers import layer_rows, memory_layer


def square(x0, y0, x1, y1):
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x0, y0, x1, y1)


#: EPSG:3035, metres. FR:1 | FR:2 | BE:1 | BE:2 in a row of 10 km squares; FR:3 (5 km wide) above FR:1,
#: touching FR:1 only. Z1 = FR:1, FR:2, BE:1 with hospitals H:F1, H:B1; Z2 = BE:2 with H:B2.
UNITS = [
    (square(0, 0, 10000, 10000), {"unit_id": "FR:1", "country": "FR", "name": "Un"}),
    (square(10000, 0, 20000, 10000), {"unit_id": "FR:2", "country": "FR", "name": "Deux"}),
    (square(20000, 0, 30000, 10000), {"unit_id": "BE:1", "country": "BE", "name": "Een"}),
    (square(30000, 0, 40000, 10000), {"unit_id": "BE:2", "country": "BE", "name": "Twee"}),
    (square(0, 10000, 5000, 20000), {"unit_id": "FR:3", "country": "FR", "name": "Trois"}),
]
FACILITIES = [
    ("Point(2000 2000)", {"supply_id": "H:F1", "country": "FR"}),
    ("Point(25000 2000)", {"supply_id": "H:B1", "country": "BE"}),
    ("Point(35000 2000)", {"supply_id": "H:B2", "country": "BE"}),
]
FLOW_FIELDS = {"origin_id": str, "dest_id": str, "care_type": str, "patients": int, "stays": int, "amount_eur": float}


def flow(origin, dest, patients, care="hospital_stay"):
    return (None, {"origin_id": origin, "dest_id": dest, "care_type": care, "patients": patients,
                   "stays": patients, "amount_eur": 100.0 * patients})


FLOWS = [
    flow("FR:1", "H:B1", 30),  # FR→BE inside Z1
    flow("FR:2", "H:B2", 10),  # FR→BE, Z1 resident to Z2's hospital: outside any agreement
    flow("FR:1", "H:F1", 50, "ambulatory"),  # domestic
    flow("BE:1", "H:F1", 20, "day_case"),  # BE→FR inside Z1
    flow("BE:2", "H:F1", 15),  # BE→FR, Z2 resident to Z1's hospital: outside
    flow("FR:3", "H:B1", 12),  # FR→BE, FR:3 in no zone: outside
    flow("BE:2", "H:B2", 5),  # domestic inside Z2
    flow("BE:1", "H:B2", 8),  # domestic, Z1 resident to Z2's hospital
]
MEMBERS = [(None, {"zoast_code": code, "unit_id": unit})
           for code, unit in (("Z1", "FR:1"), ("Z1", "FR:2"), ("Z1", "BE:1"), ("Z2", "BE:2"))]
ESTABLISHMENTS = [(None, {"zoast_code": code, "supply_id": supply})
                  for code, supply in (("Z1", "H:F1"), ("Z1", "H:B1"), ("Z2", "H:B2"))]


def layers(units=None, members=None, crs="EPSG:3035"):
    return {
        "FLOWS": memory_layer("None", "", FLOW_FIELDS, FLOWS, "flows"),
        "UNITS": memory_layer("Polygon", crs, {"unit_id": str, "country": str, "name": str},
                              UNITS if units is None else units, "units"),
        "FACILITIES": memory_layer("Point", crs, {"supply_id": str, "country": str}, FACILITIES, "hospitals"),
        "AGREEMENT_MEMBERS": memory_layer("None", "", {"zoast_code": str, "unit_id": str},
                                          MEMBERS if members is None else members, "members"),
        "AGREEMENT_ESTABLISHMENTS": memory_layer("None", "", {"zoast_code": str, "supply_id": str}, ESTABLISHMENTS,
                                                 "establishments"),
    }


def run(**extra):
    parameters = {**layers(), "EXTENSIONS": "memory:", "MERGERS": "memory:", "OUTSIDE": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:agreementcandidates", parameters)


def test_flows_outside_agreements(zoast_provider):
    """Cross-border flows whose origin and destination share no agreement: BE:2→H:F1 (15),
    FR:3→H:B1 (12), FR:2→H:B2 (10), most patients first; 37 patients."""
    result = run()
    rows = [(r["origin_id"], r["dest_id"], r["direction"], r["patients"], r["n_flows"])
            for r in layer_rows(result["OUTSIDE"])]
    assert rows == [("BE:2", "H:F1", "BE→FR", 15, 1), ("FR:3", "H:B1", "FR→BE", 12, 1),
                    ("FR:2", "H:B2", "FR→BE", 10, 1)]
    assert result["OUTSIDE_COUNT"] == 3 and result["OUTSIDE_PATIENTS"] == 37


def test_extension_candidates(zoast_provider):
    """Non-members touching Z1: BE:2 (touches BE:1; a member of Z2, which does not list H:F1) sends its 15
    cross-border patients to Z1's H:F1, none covered today; its residents have 15 + 5 = 20 patients. FR:3
    (touches FR:1, in no zone) sends its 12 to Z1's H:B1. BE:1 touches Z2's BE:2 but sends no cross-border
    patient to H:B2 (its 8 are domestic): no candidate. Ranked by newly covered patients; the unit keeps its
    polygon and its attributes."""
    result = run()
    rows = [(r["zoast_code"], r["rank"], r["unit_id"], r["name"], r["member_of"], r["member_neighbours"],
             r["newly_covered"], r["already_covered"], r["cross_border"], r["residents"], r["share_cross_border"],
             r["share_residents"], r["establishments"]) for r in layer_rows(result["EXTENSIONS"])]
    assert rows == [("Z1", 1, "BE:2", "Twee", "Z2", 1, 15, 0, 15, 20, 1.0, 0.75, "H:F1"),
                    ("Z1", 2, "FR:3", "Trois", "", 1, 12, 0, 12, 12, 1.0, 1.0, "H:B1")]
    areas = {f["unit_id"]: f.geometry().area() for f in result["EXTENSIONS"].getFeatures()}
    assert areas == {"BE:2": 1e8, "FR:3": 5e7}
    assert result["EXTENSION_COUNT"] == 2
    assert [r["unit_id"] for r in layer_rows(run(MIN_PATIENTS=13)["EXTENSIONS"])] == ["BE:2"]


def test_a_unit_candidate_for_two_zones_is_written_to_a_geopackage(zoast_provider, tmp_path):
    """FR:3 touches FR:1, a member of Z1 and of Z3, which both list H:B1: two rows for one unit, read from
    and written to GeoPackages (its fid is not copied twice)."""
    units = tmp_path / "units.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layers()["UNITS"], str(units), QgsCoordinateTransformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    members = MEMBERS + [(None, {"zoast_code": "Z3", "unit_id": "FR:1"}), (None, {"zoast_code": "Z3",
                                                                                 "unit_id": "BE:1"})]
    establishments = memory_layer("None", "", {"zoast_code": str, "supply_id": str},
                                  ESTABLISHMENTS + [(None, {"zoast_code": "Z3", "supply_id": "H:B1"})])
    target = tmp_path / "extensions.gpkg"
    result = run(UNITS=QgsVectorLayer(str(units), "units", "ogr"),
                 AGREEMENT_MEMBERS=layers(members=members)["AGREEMENT_MEMBERS"],
                 AGREEMENT_ESTABLISHMENTS=establishments, EXTENSIONS=str(target))
    written = QgsVectorLayer(str(target), "extensions", "ogr")
    rows = sorted((f["zoast_code"], f["unit_id"]) for f in written.getFeatures())
    assert ("Z1", "FR:3") in rows and ("Z3", "FR:3") in rows
    assert result["EXTENSION_COUNT"] == len(rows)


def test_merger_candidates(zoast_provider):
    """Cross-border patients not covered today: Z1's residents to Z2's H:B2: FR:2→H:B2 10 (BE:1→H:B2's 8 are
    domestic: shown, not counted); Z2's residents to Z1's H:F1: BE:2→H:F1 15. Shared 25 of the zones'
    118 + 20 residents' patients: 25/138 ≥ 0.05."""
    result = run()
    rows = layer_rows(result["MERGERS"])
    assert len(rows) == 1 and result["MERGER_COUNT"] == 1
    row = rows[0]
    assert (row["rank"], row["code_a"], row["code_b"], row["a_to_b"], row["b_to_a"], row["shared"],
            row["both_ways"]) == (1, "Z1", "Z2", 10, 15, 25, True)
    assert (row["domestic_a_to_b"], row["domestic_b_to_a"]) == (8, 0)
    assert (row["residents_a"], row["residents_b"]) == (118, 20)
    assert row["share"] == pytest.approx(25 / 138)
    assert row["share_a_to_b"] == pytest.approx(10 / 118) and row["share_b_to_a"] == pytest.approx(0.75)
    assert run(MIN_MERGER_SHARE=0.2)["MERGER_COUNT"] == 0


def agreements(z2_ends_on=None):
    return memory_layer("None", "", {"zoast_code": str, "in_force_from": str, "ends_on": str},
                        [(None, {"zoast_code": "Z1", "in_force_from": "2008-01-01"}),
                         (None, {"zoast_code": "Z2", "in_force_from": "2010-01-01", "ends_on": z2_ends_on})])


def test_an_ended_agreement_proposes_nothing_at_a_later_date(zoast_provider):
    """Z2 merged into Z1 at the end of 2020 (kept with an end date): in 2023 no merger with Z2 is proposed,
    and BE:2, no longer covered by Z2, is still a candidate for Z1."""
    assert run(AGREEMENTS=agreements(), AT_DATE="2023-01-01")["MERGER_COUNT"] == 1
    result = run(AGREEMENTS=agreements("2020-12-31"), AT_DATE="2023-01-01")
    assert result["MERGER_COUNT"] == 0
    rows = {r["unit_id"]: r for r in layer_rows(result["EXTENSIONS"])}
    assert rows["BE:2"]["member_of"] == ""
    assert run(AGREEMENTS=agreements("2020-12-31"), AT_DATE="2019-06-01")["MERGER_COUNT"] == 1
    # no date with an agreements table: today's agreements, Z2 ended
    assert run(AGREEMENTS=agreements("2020-12-31"))["MERGER_COUNT"] == 0


def test_establishments_needed_when_flows_go_to_facilities(zoast_provider):
    with pytest.raises(QgsProcessingException, match="AGREEMENT_ESTABLISHMENTS"):
        run(AGREEMENT_ESTABLISHMENTS=None)


def test_unknown_member_unit(zoast_provider):
    members = MEMBERS + [(None, {"zoast_code": "Z2", "unit_id": "BE:77"})]
    with pytest.raises(QgsProcessingException, match=r"'unit_id'.*BE:77"):
        run(AGREEMENT_MEMBERS=layers(members=members)["AGREEMENT_MEMBERS"])


def test_unknown_flow_origin(zoast_provider):
    flows = memory_layer("None", "", FLOW_FIELDS, FLOWS + [flow("FR:404", "H:B1", 3)])
    with pytest.raises(QgsProcessingException, match=r"origin_id=FR:404.*'origin_id'"):
        run(FLOWS=flows)


def test_invalid_unit_polygon_names_the_unit(zoast_provider):
    units = list(UNITS)
    units[4] = ("Polygon((0 10000, 5000 20000, 5000 10000, 0 20000, 0 10000))", UNITS[4][1])  # bow-tie
    with pytest.raises(QgsProcessingException, match=r"Territorial units.*invalid geometry.*Fix geometries"):
        run(UNITS=layers(units=units)["UNITS"])


def test_units_without_crs(zoast_provider):
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run(UNITS=layers(crs="")["UNITS"], FACILITIES=layers(crs="")["FACILITIES"])


def test_sample_region(zoast_provider):
    """On the sample every suggestion carries its figures above the thresholds."""
    if not SAMPLE_GPKG.exists():
        pytest.skip("sample GeoPackage not built")

    def layer(name):
        return QgsVectorLayer("{}|layername={}".format(SAMPLE_GPKG, name), name, "ogr")

    result = processing.run("zoast:agreementcandidates", {
        "FLOWS": layer("patient_flows"), "UNITS": layer("units"), "FACILITIES": layer("hospitals"),
        "AGREEMENT_MEMBERS": layer("zoast_members"), "AGREEMENT_ESTABLISHMENTS": layer("zoast_establishments"),
        "EXTENSIONS": "memory:", "MERGERS": "memory:", "OUTSIDE": "memory:"})
    extensions = layer_rows(result["EXTENSIONS"])
    assert len(extensions) == result["EXTENSION_COUNT"]
    assert all(r["share_cross_border"] >= 0.5 and r["newly_covered"] >= 10 for r in extensions)
    mergers = layer_rows(result["MERGERS"])
    assert all(r["share"] >= 0.05 and r["shared"] >= 10 for r in mergers)
    # no suggestion rests on domestic flows: every merger has cross-border patients a merger would cover
    assert all(r["a_to_b"] + r["b_to_a"] == r["shared"] > 0 for r in mergers)
