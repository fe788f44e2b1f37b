"""zoast:delineatebasins through processing.run, on hand-built strips of 1 km squares whose basins are known.

The strip: units A, B, C, D are the squares [0,1] × [0,1] km, [1,2] × [0,1] km, … in EPSG:3035, each touching
its neighbours; A and B are French, C and D Belgian. Their points on surface are the square centres, 1 km
apart, so with SPEED_KMH 60 and DETOUR 1 a step along the strip takes 1 minute.
"""

import processing
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsVectorLayer

from tests.conftest import SAMPLE_GPKG
from tests.layers import layer_rows, memory_layer

CRS = "EPSG:3035"
IDS = ("FR:A", "FR:B", "BE:C", "BE:D")
COUNTRIES = ("FR", "FR", "BE", "BE")
CELL = "Polygon(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"
UNIT_FIELDS = {"unit_id": str, "name": str, "country": str, "population": float}
FLOW_FIELDS = {"origin_id": str, "dest_unit_id": str, "patients": float}
COMPACTNESS_OF_A_SQUARE = 4.0 / 3.54  # perimeter 4 / (3.54 · √1), = 1.1299…


class Collector(QgsProcessingFeedback):
    """Keeps the warnings pushed during a run."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.warnings.append(warning)
        super().pushWarning(warning)


def strip(population=(100.0, 50.0, 30.0, 200.0), crs=CRS, first_wkt=None):
    rows = []
    for i, (unit_id, country, people) in enumerate(zip(IDS, COUNTRIES, population)):
        wkt = CELL.format(x0=1000 * i, x1=1000 * (i + 1), y0=0, y1=1000)
        if i == 0 and first_wkt:
            wkt = first_wkt
        rows.append((wkt, {"unit_id": unit_id, "name": "Town " + unit_id[-1], "country": country,
                           "population": people}))
    return memory_layer("Polygon", crs, UNIT_FIELDS, rows, "units")


def flow_table(triples):
    rows = [(None, {"origin_id": o, "dest_unit_id": d, "patients": v}) for o, d, v in triples]
    return memory_layer("None", "", FLOW_FIELDS, rows, "flows")


def run(units, flows=None, feedback=None, **extra):
    """Run on the hand-built layers, in a project of its own: FLOWS and HUBS default to the project's layers named
    patient_flows and hospitals, which another test may have left in the session's project."""
    parameters = {"UNITS": units, "FLOWS": flows, "SPEED_KMH": 60.0, "DETOUR": 1.0, "OUTPUT": "memory:",
                  "BASINS": "memory:", "MIN_VOLUME": 0.0}  # the hand cases have a few patients per basin
    parameters.update(extra)
    feedback = feedback or QgsProcessingFeedback()
    context = QgsProcessingContext()
    context.setProject(_EMPTY_PROJECT)
    context.setFeedback(feedback)
    return processing.run("zoast:delineatebasins", parameters, context=context, feedback=feedback)


_EMPTY_PROJECT = QgsProject()


def partition(result):
    """{hub unit id: sorted member unit ids} from the OUTPUT units."""
    groups = {}
    for row in layer_rows(result["OUTPUT"]):
        groups.setdefault(row["hub_unit_id"], []).append(row["unit_id"])
    return {hub: sorted(members) for hub, members in groups.items()}


def basins_by_hub(result):
    return {row["hub_unit_id"]: row for row in layer_rows(result["BASINS"])}


# Dartmouth example: A→A 10; B→A 6, B→C 2; C→D 5, C→C 1; D→D 8.
DARTMOUTH_FLOWS = [("FR:A", "FR:A", 10), ("FR:B", "FR:A", 6), ("FR:B", "BE:C", 2), ("BE:C", "BE:D", 5),
                   ("BE:C", "BE:C", 1), ("BE:D", "BE:D", 8)]


def test_dartmouth_plurality_on_a_strip_with_indicators_by_hand(zoast_provider):
    """Plurality: A→A, B→A (6 of 8), C→D (5 of 6), D→D: hubs A and D, basins {A, B} and {C, D}.

    Basin A: residents send 10 + 8 = 18, of which 10 + 6 = 16 stay: LI 16/18; its units receive 16, all from its
    residents: MSI 1; B→C crosses the border: 2/18; population 150; a 2 × 1 km rectangle: compactness
    6000 / (3.54·√2,000,000) = 1.19847; mean time (10·0 + 6·1 + 2·1) / 18 = 4/9 min.
    Basin D: 14 sent, 14 stay: LI 1; its units receive 1 + 2 + 5 + 8 = 16: MSI 14/16; no cross-border flow;
    population 230; mean time 5·1 / 14 min.
    """
    result = run(strip(), flow_table(DARTMOUTH_FLOWS), METHOD=0)
    assert partition(result) == {"FR:A": ["FR:A", "FR:B"], "BE:D": ["BE:C", "BE:D"]}
    assert result["N_BASINS"] == 2 and result["FAILING_BASINS"] == 0 and result["UNASSIGNED_UNITS"] == 0
    basins = basins_by_hub(result)
    a, d = basins["FR:A"], basins["BE:D"]
    assert a["hub_name"] == "Town A" and d["hub_name"] == "Town D"
    assert (a["population"], a["n_units"], a["volume"]) == (150.0, 2, 18.0)
    assert a["li"] == pytest.approx(16 / 18) and a["msi"] == pytest.approx(1.0)
    assert a["cross_border_share"] == pytest.approx(2 / 18)
    assert a["compactness"] == pytest.approx(6000 / (3.54 * 2e6 ** 0.5))
    assert a["mean_travel_time"] == pytest.approx(4 / 9) and a["travel_time_coverage"] == pytest.approx(1.0)
    assert (d["population"], d["n_units"], d["volume"]) == (230.0, 2, 14.0)
    assert d["li"] == pytest.approx(1.0) and d["msi"] == pytest.approx(14 / 16)
    assert d["cross_border_share"] == pytest.approx(0.0)
    assert d["mean_travel_time"] == pytest.approx(5 / 14)
    assert a["failing"] is False and d["failing"] is False
    areas = sorted(f.geometry().area() for f in result["BASINS"].getFeatures())
    assert areas == pytest.approx([2e6, 2e6])
    assert sorted(r["basin_id"] for r in layer_rows(result["BASINS"])) == [1, 2]


def test_flows_to_facilities_are_counted_at_the_facility_unit(zoast_provider):
    """The same flows sent to hospitals H:A (in A), H:C (in C) and H:D (in D) give the same basins."""
    hospital = {"FR:A": "H:A", "BE:C": "H:C", "BE:D": "H:D"}
    flows = memory_layer("None", "", {"origin_id": str, "dest_id": str, "patients": float},
                         [(None, {"origin_id": o, "dest_id": hospital[d], "patients": v})
                          for o, d, v in DARTMOUTH_FLOWS])
    facilities = memory_layer("None", "", {"supply_id": str, "unit_id": str},
                              [(None, {"supply_id": h, "unit_id": u}) for u, h in hospital.items()])
    result = run(strip(), flows, METHOD=0, FLOW_DEST_FIELD="dest_id", FACILITIES=facilities)
    assert partition(result) == {"FR:A": ["FR:A", "FR:B"], "BE:D": ["BE:C", "BE:D"]}

    facilities = memory_layer("None", "", {"supply_id": str, "unit_id": str},
                              [(None, {"supply_id": "H:A", "unit_id": "FR:A"})])
    with pytest.raises(QgsProcessingException, match=r"'dest_id'.*2 flow destination.*H:D, H:C|H:C, H:D"):
        run(strip(), flows, METHOD=0, FLOW_DEST_FIELD="dest_id", FACILITIES=facilities)


def test_single_square_basins_and_cross_border_switch(zoast_provider):
    """A→A 5, B→B 5, C→B 10, D→D 5. Across the border C follows its patients to B: {A}, {B, C}, {D}.
    Within each country C's only flow (to B) is ignored, so C joins the touching Belgian basin: {A}, {B}, {C, D}.
    A one-square basin has compactness 4 / 3.54 = 1.1299…"""
    flows = flow_table([("FR:A", "FR:A", 5), ("FR:B", "FR:B", 5), ("BE:C", "FR:B", 10), ("BE:D", "BE:D", 5)])
    across = run(strip(), flows, METHOD=0)
    assert partition(across) == {"FR:A": ["FR:A"], "FR:B": ["BE:C", "FR:B"], "BE:D": ["BE:D"]}
    assert basins_by_hub(across)["FR:A"]["compactness"] == pytest.approx(COMPACTNESS_OF_A_SQUARE)
    assert COMPACTNESS_OF_A_SQUARE == pytest.approx(1.12994, abs=1e-5)

    within = run(strip(), flows, METHOD=0, ALLOW_CROSS_BORDER=False)
    assert partition(within) == {"FR:A": ["FR:A"], "FR:B": ["FR:B"], "BE:D": ["BE:C", "BE:D"]}
    country = dict(zip(IDS, COUNTRIES))
    for members in partition(within).values():
        assert len({country[m] for m in members}) == 1


def test_small_basin_merges_into_its_neighbour(zoast_provider):
    """A→A 10; B→B 3, B→A 7 (B's plurality is A); C→C 2, C→D 3; D→D 10: basins {A, B} and {C, D}, both of LI 1.
    With MIN_POPULATION 300 both fail; the smaller, {A, B} (150), merges first into {C, D} (230), the only basin
    it touches; the merged basin (380) passes."""
    flows = flow_table([("FR:A", "FR:A", 10), ("FR:B", "FR:B", 3), ("FR:B", "FR:A", 7), ("BE:C", "BE:C", 2),
                        ("BE:C", "BE:D", 3), ("BE:D", "BE:D", 10)])
    assert partition(run(strip(), flows, METHOD=0)) == {"FR:A": ["FR:A", "FR:B"], "BE:D": ["BE:C", "BE:D"]}
    merged = run(strip(), flows, METHOD=0, MIN_POPULATION=300)
    assert merged["N_BASINS"] == 1 and merged["FAILING_BASINS"] == 0
    assert layer_rows(merged["BASINS"])[0]["population"] == 380.0


def test_louvain_two_obvious_communities_and_their_modularity(zoast_provider):
    """A↔B 10 each way, C↔D 10 each way, B→C 1: basins {A, B} and {C, D}.
    Modularity on F + Fᵀ: 2m = 82, inside 80, each basin's degree 41: Q = 80/82 − 2·(41/82)² = 0.47561."""
    flows = flow_table([("FR:A", "FR:B", 10), ("FR:B", "FR:A", 10), ("BE:C", "BE:D", 10), ("BE:D", "BE:C", 10),
                        ("FR:B", "BE:C", 1)])
    result = run(strip(), flows, METHOD=1, SEED=3)
    groups = sorted(partition(result).values())
    assert groups == [["BE:C", "BE:D"], ["FR:A", "FR:B"]]
    assert result["MODULARITY"] == pytest.approx(80 / 82 - 2 * (41 / 82) ** 2)


def grid(side=4):
    """side × side squares of 1 km, ids G:<row>-<col>."""
    rows = []
    for r in range(side):
        for c in range(side):
            rows.append((CELL.format(x0=1000 * c, x1=1000 * (c + 1), y0=1000 * r, y1=1000 * (r + 1)),
                         {"unit_id": "G:{}-{}".format(r, c), "name": None, "country": "FR", "population": 10.0}))
    return memory_layer("Polygon", CRS, UNIT_FIELDS, rows, "grid")


def test_louvain_is_deterministic_with_a_seed(zoast_provider):
    """Flows between each cell and its right and lower neighbours, of varied volumes: two runs with the same
    seed give the same basins."""
    triples = []
    for r in range(4):
        for c in range(4):
            here = "G:{}-{}".format(r, c)
            triples.append((here, here, 5 + (r * 7 + c * 3) % 5))
            if c < 3:
                triples.append((here, "G:{}-{}".format(r, c + 1), 1 + (r + 2 * c) % 4))
            if r < 3:
                triples.append((here, "G:{}-{}".format(r + 1, c), 1 + (3 * r + c) % 3))
    units = grid()
    first = run(units, flow_table(triples), METHOD=1, SEED=11)
    second = run(units, flow_table(triples), METHOD=1, SEED=11)
    ids_first = [(r["unit_id"], r["basin_id"]) for r in layer_rows(first["OUTPUT"])]
    assert ids_first == [(r["unit_id"], r["basin_id"]) for r in layer_rows(second["OUTPUT"])]
    assert all(basin is not None for _unit, basin in ids_first)
    assert first["MODULARITY"] == second["MODULARITY"]


def hubs(capacities=(1.0, 1.0)):
    return memory_layer("Point", CRS, {"supply_id": str, "beds": float},
                        [("Point(500 500)", {"supply_id": "H:1", "beds": capacities[0]}),
                         ("Point(3500 500)", {"supply_id": "H:2", "beds": capacities[1]})], "hubs")


def test_huff_on_symmetric_hubs(zoast_provider):
    """Hubs at the centres of A and D, power decay beta 2, minimum cost 1 minute. A: costs 0 → 1 and 3 minutes:
    P = 1 / (1 + 1/9) = 0.9 for H:1; B: 1 and 2 minutes: P = 1 / (1 + 1/4) = 0.8 for H:1; C, D mirror them."""
    result = run(strip(), None, METHOD=3, HUBS=hubs(), HUB_CAPACITY_FIELD="beds", BETA=2.0)
    rows = {r["unit_id"]: r for r in layer_rows(result["OUTPUT"])}
    assert {u: rows[u]["hub_id"] for u in IDS} == {"FR:A": "H:1", "FR:B": "H:1", "BE:C": "H:2", "BE:D": "H:2"}
    probability = [rows[u]["hub_probability"] for u in IDS]
    assert probability == pytest.approx([0.9, 0.8, 0.8, 0.9])
    assert partition(result) == {"FR:A": ["FR:A", "FR:B"], "BE:D": ["BE:C", "BE:D"]}
    basins = {r["hub_id"]: r for r in layer_rows(result["BASINS"])}
    assert basins["H:1"]["hub_unit_id"] == "FR:A" and basins["H:1"]["population"] == 150.0
    assert basins["H:1"]["li"] is None  # no flows: no flow indicators
    assert result["MODULARITY"] != result["MODULARITY"]  # NaN without flows


def test_huff_capacity_moves_the_boundary_and_nearest_ignores_it(zoast_provider):
    """With 5 beds at H:2, B weighs H:1 at 1·1⁻² = 1 and H:2 at 5·2⁻² = 1.25: B joins H:2 with P = 1.25/2.25."""
    result = run(strip(), None, METHOD=3, HUBS=hubs((1.0, 5.0)), HUB_CAPACITY_FIELD="beds")
    rows = {r["unit_id"]: r for r in layer_rows(result["OUTPUT"])}
    assert rows["FR:B"]["hub_id"] == "H:2" and rows["FR:B"]["hub_probability"] == pytest.approx(1.25 / 2.25)
    nearest = run(strip(), None, METHOD=2, HUBS=hubs((1.0, 5.0)), HUB_CAPACITY_FIELD="beds")
    assert {r["unit_id"]: r["hub_id"] for r in layer_rows(nearest["OUTPUT"])}["FR:B"] == "H:1"


def test_proximity_within_each_country_and_unreachable_units(zoast_provider):
    """One hub, in A (France). Within each country the Belgian units reach no hub: they are in no basin, counted.
    A cut-off of 1.5 minutes leaves C and D (2 and 3 minutes away) out even across the border."""
    one_hub = memory_layer("Point", CRS, {"supply_id": str}, [("Point(500 500)", {"supply_id": "H:1"})])
    within = run(strip(), None, METHOD=2, HUBS=one_hub, ALLOW_CROSS_BORDER=False)
    assert within["UNASSIGNED_UNITS"] == 2 and within["N_BASINS"] == 1
    assert {r["unit_id"]: r["basin_id"] for r in layer_rows(within["OUTPUT"])} == {
        "FR:A": 1, "FR:B": 1, "BE:C": None, "BE:D": None}
    feedback = Collector()
    near = run(strip(), None, feedback, METHOD=2, HUBS=one_hub, MAX_COST=1.5)
    assert near["UNASSIGNED_UNITS"] == 2
    assert any("2 unit(s) reach no hub" in w and "BE:C" in w for w in feedback.warnings)


# ------------------------------------------------------------------ bad input


def test_flows_referencing_unknown_units_name_the_field_and_ids(zoast_provider):
    flows = flow_table([("FR:A", "FR:A", 1), ("FR:A", "FR:ZZ", 2)])
    with pytest.raises(QgsProcessingException, match=r"'dest_unit_id'.*1 flow id.*FR:ZZ"):
        run(strip(), flows, METHOD=0)


def test_negative_volumes_name_the_field_and_flows(zoast_provider):
    flows = flow_table([("FR:A", "FR:A", 1), ("FR:B", "FR:A", -2)])
    with pytest.raises(QgsProcessingException, match=r"'patients'.*1 negative.*FR:B→FR:A"):
        run(strip(), flows, METHOD=0)


def test_bow_tie_unit_is_repaired_and_counted(zoast_provider):
    """A is a bow tie (0 0, 1000 1000, 1000 0, 0 1000): make_valid gives two triangles of 250,000 m² each, the
    right one touching B along x = 1000 m. The run goes on; the basin {A, B} covers 1,500,000 m²."""
    bow_tie = "Polygon((0 0, 1000 1000, 1000 0, 0 1000, 0 0))"
    feedback = Collector()
    result = run(strip(first_wkt=bow_tie), flow_table(DARTMOUTH_FLOWS), feedback, METHOD=0)
    assert result["REPAIRED_GEOMETRIES"] == 1
    assert any("1 invalid geometries repaired" in w and "FR:A" in w for w in feedback.warnings)
    assert partition(result) == {"FR:A": ["FR:A", "FR:B"], "BE:D": ["BE:C", "BE:D"]}
    areas = {f["hub_unit_id"]: f.geometry().area() for f in result["BASINS"].getFeatures()}
    assert areas["FR:A"] == pytest.approx(1.5e6)
    assert all(f.geometry().isGeosValid() for f in result["BASINS"].getFeatures())


def test_units_without_crs_are_an_error(zoast_provider):
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run(strip(crs=""), flow_table(DARTMOUTH_FLOWS), METHOD=0)


def test_flow_methods_need_flows_and_proximity_needs_hubs(zoast_provider):
    with pytest.raises(QgsProcessingException, match="FLOWS"):
        run(strip(), None, METHOD=0)
    with pytest.raises(QgsProcessingException, match="HUBS"):
        run(strip(), None, METHOD=2)


def test_duplicate_unit_ids_and_negative_population(zoast_provider):
    units = strip()
    units.dataProvider().changeAttributeValues({next(units.getFeatures()).id(): {0: "FR:B"}})
    with pytest.raises(QgsProcessingException, match=r"'unit_id'.*FR:B"):
        run(units, flow_table(DARTMOUTH_FLOWS), METHOD=0)
    with pytest.raises(QgsProcessingException, match=r"'population'.*FR:B"):
        run(strip(population=(100.0, -5.0, 30.0, 200.0)), flow_table(DARTMOUTH_FLOWS), METHOD=0)


# ------------------------------------------------------------------ sample region


def test_dartmouth_on_the_sample_region(zoast_provider):
    """Every unit of the sample gets a basin; every basin not flagged failing has LI ≥ MIN_LI."""
    units = QgsVectorLayer("{}|layername=units".format(SAMPLE_GPKG), "units", "ogr")
    flows = QgsVectorLayer("{}|layername=patient_flows".format(SAMPLE_GPKG), "flows", "ogr")
    assert units.isValid() and flows.isValid()
    result = processing.run("zoast:delineatebasins", {
        "UNITS": units, "FLOWS": flows, "METHOD": 0, "MIN_LI": 0.4, "TRAVEL_TIME_INDICATOR": False,
        "OUTPUT": "memory:", "BASINS": "memory:"})
    rows = layer_rows(result["OUTPUT"], ["unit_id", "basin_id"])
    assert len(rows) == units.featureCount()
    assert all(r["basin_id"] is not None for r in rows)
    basins = layer_rows(result["BASINS"])
    assert len(basins) == result["N_BASINS"] > 1
    assert all(b["li"] >= 0.4 for b in basins if not b["failing"])
    assert sum(b["population"] for b in basins) == pytest.approx(
        sum(f["population"] for f in units.getFeatures()))


def test_basins_style_colours_each_basin_and_labels_its_hub(zoast_provider):
    """The QML applies to the BASINS output: fill colour from basin_id, label the hub name."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsSymbolLayer

    from zoast_plugin.processing.help import read_help
    from zoast_plugin.processing.styles import apply_style

    layer = run(strip(), flow_table(DARTMOUTH_FLOWS), METHOD=0)["BASINS"]
    assert apply_style(layer, "basins")
    fill = layer.renderer().symbol().symbolLayer(0).dataDefinedProperties().property(QgsSymbolLayer.PropertyFillColor)
    assert '"basin_id"' in fill.expressionString()
    label = QgsExpression(layer.labeling().settings().fieldName)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    names = set()
    for feature in layer.getFeatures():
        context.setFeature(feature)
        names.add(label.evaluate(context))
    assert names == {"Town A", "Town D"}
    for language in ("en", "fr", "nl"):
        assert "Dartmouth" in read_help("delineatebasins", language)


# ------------------------------------------------------------------ audit (issue 15)


def units_by_id(result):
    return {row["unit_id"]: row for row in layer_rows(result["OUTPUT"])}


def test_each_unit_carries_its_plurality_destination_and_how_it_was_assigned(zoast_provider):
    """DARTMOUTH_FLOWS: A's plurality is A (10 of 10), B's A (6 of 8), C's D (5 of 6), D's D (8 of 8); every unit
    joined its plurality destination's basin, none was merged; the run summary counts nothing else."""
    result = run(strip(), flow_table(DARTMOUTH_FLOWS), METHOD=0)
    rows = units_by_id(result)
    assert {u: rows[u]["plurality_dest_id"] for u in IDS} == {"FR:A": "FR:A", "FR:B": "FR:A", "BE:C": "BE:D",
                                                              "BE:D": "BE:D"}
    assert [rows[u]["plurality_share"] for u in IDS] == pytest.approx([1.0, 0.75, 5 / 6, 1.0])
    assert {rows[u]["assignment"] for u in IDS} == {"plurality"}
    assert all(rows[u]["merged_from"] is None for u in IDS)
    for name in ("UNITS_FILLED", "UNITS_REATTACHED", "ISLAND_UNITS", "BASINS_MERGED", "UNITS_MERGED",
                 "BASINS_IN_PIECES", "FLOW_ROWS_FILTERED"):
        assert result[name] == 0, name
    basins = basins_by_hub(result)
    assert basins["FR:A"]["n_pieces"] == 1 and basins["FR:A"]["hub_in_basin"] is True
    assert basins["FR:A"]["failing_reason"] is None


def test_merged_units_name_the_basin_they_came_from_and_the_reason_is_given(zoast_provider):
    """MIN_LI 0.9 with the border open: basin A's li is 16/18 = 0.889, so it merges into D's basin (the only one
    it touches): A and B carry merged_from = FR:A; one basin, two units merged."""
    result = run(strip(), flow_table(DARTMOUTH_FLOWS), METHOD=0, MIN_LI=0.9)
    rows = units_by_id(result)
    assert result["N_BASINS"] == 1 and result["BASINS_MERGED"] == 1 and result["UNITS_MERGED"] == 2
    assert {u: rows[u]["merged_from"] for u in IDS} == {"FR:A": "FR:A", "FR:B": "FR:A", "BE:C": None,
                                                        "BE:D": None}
    stuck = run(strip(), flow_table(DARTMOUTH_FLOWS), METHOD=0, MIN_POPULATION=1000)
    basin = layer_rows(stuck["BASINS"])[0]
    assert stuck["FAILING_BASINS"] == 1 and basin["failing"] is True and basin["failing_reason"] == "population"


def test_border_closed_failing_and_modularity_are_on_the_judged_flows(zoast_provider):
    """Closed border: B→C (2) is ignored. Basin A's residents send 16 within France, all inside: li 1, volume 16;
    on all flows li_all_flows = 16/18 = 0.889, under MIN_LI 0.9, and failing is false because it is judged on li.
    Open border, the same MIN_LI merges A (li 0.889) into D.
    MODULARITY (judged flows): 2m = 60, all inside, degrees 32 and 28: 1 − (32/60)² − (28/60)² = 0.49778.
    MODULARITY_ALL_FLOWS: 2m = 64, inside 60, degrees 18 + 16 = 34 and 14 + 16 = 30:
    60/64 − (34/64)² − (30/64)² = 0.43555."""
    closed = run(strip(), flow_table(DARTMOUTH_FLOWS), METHOD=0, MIN_LI=0.9, ALLOW_CROSS_BORDER=False)
    a = basins_by_hub(closed)["FR:A"]
    assert (a["li"], a["msi"], a["volume"]) == (1.0, 1.0, 16.0)
    assert a["li_all_flows"] == pytest.approx(16 / 18) and a["msi_all_flows"] == pytest.approx(1.0)
    assert a["failing"] is False and closed["FAILING_BASINS"] == 0
    assert closed["MODULARITY"] == pytest.approx(1 - (32 / 60) ** 2 - (28 / 60) ** 2)
    assert closed["MODULARITY_ALL_FLOWS"] == pytest.approx(60 / 64 - (34 / 64) ** 2 - (30 / 64) ** 2)
    for basin in layer_rows(closed["BASINS"]):
        assert basin["failing"] == (basin["li"] < 0.9)
    opened = run(strip(), flow_table(DARTMOUTH_FLOWS), METHOD=0, MIN_LI=0.9)
    assert opened["N_BASINS"] == 1 and opened["MODULARITY"] == opened["MODULARITY_ALL_FLOWS"]
    two = run(strip(), flow_table(DARTMOUTH_FLOWS), METHOD=0)
    a = basins_by_hub(two)["FR:A"]
    assert a["li"] == a["li_all_flows"] == pytest.approx(16 / 18)


def test_minimum_size_in_stays(zoast_provider):
    """MIN_VOLUME counts the residents' flows: A's basin 18, D's 14. 15 merges D's basin into A's; 14 keeps both."""
    assert run(strip(), flow_table(DARTMOUTH_FLOWS), METHOD=0, MIN_VOLUME=14)["N_BASINS"] == 2
    merged = run(strip(), flow_table(DARTMOUTH_FLOWS), METHOD=0, MIN_VOLUME=15)
    assert merged["N_BASINS"] == 1 and merged["BASINS_MERGED"] == 1
    assert {r["merged_from"] for r in layer_rows(merged["OUTPUT"])} == {None, "BE:D"}


def care_flows():
    """DARTMOUTH_FLOWS as hospital stays, plus B→C 9 consultations."""
    fields = dict(FLOW_FIELDS, care_type=str)
    rows = [(None, {"origin_id": o, "dest_unit_id": d, "patients": v, "care_type": "hospital_stay"})
            for o, d, v in DARTMOUTH_FLOWS]
    rows.append((None, {"origin_id": "FR:B", "dest_unit_id": "BE:C", "patients": 9, "care_type": "ambulatory"}))
    return memory_layer("None", "", fields, rows, "flows")


def test_care_type_filter(zoast_provider):
    """All care types: B sends 2 + 9 = 11 to C against 6 to A, so C is a hub: {A}, {B, C}, {D}. Hospital stays
    only: the DARTMOUTH_FLOWS basins {A, B}, {C, D}; one row left out, counted."""
    everything = run(strip(), care_flows(), METHOD=0)
    assert partition(everything) == {"FR:A": ["FR:A"], "BE:C": ["BE:C", "FR:B"], "BE:D": ["BE:D"]}
    stays = run(strip(), care_flows(), METHOD=0, CARE_TYPES="hospital_stay")
    assert partition(stays) == {"FR:A": ["FR:A", "FR:B"], "BE:D": ["BE:C", "BE:D"]}
    assert stays["FLOW_ROWS_FILTERED"] == 1 and everything["FLOW_ROWS_FILTERED"] == 0
    with pytest.raises(QgsProcessingException, match=r"'care_type'.*1 care type.*hospital\b.*ambulatory"):
        run(strip(), care_flows(), METHOD=0, CARE_TYPES="hospital")


def test_louvain_tries_report_the_seed_and_the_spread(zoast_provider):
    """Four tries from seed 5: seeds 5..8; the seed kept has the highest modularity; the same call gives the same
    basins; one try from the seed kept gives the same basins too."""
    triples = []
    for r in range(4):
        for c in range(4):
            here = "G:{}-{}".format(r, c)
            triples.append((here, here, 5 + (r * 7 + c * 3) % 5))
            if c < 3:
                triples.append((here, "G:{}-{}".format(r, c + 1), 1 + (r + 2 * c) % 4))
            if r < 3:
                triples.append((here, "G:{}-{}".format(r + 1, c), 1 + (3 * r + c) % 3))
    units = grid()
    first = run(units, flow_table(triples), METHOD=1, SEED=5, LOUVAIN_TRIES=4, MIN_LI=0)
    assert 5 <= first["LOUVAIN_SEED"] <= 8
    assert first["LOUVAIN_MODULARITY_MIN"] <= first["LOUVAIN_MODULARITY_MAX"]
    assert first["MODULARITY"] == pytest.approx(first["LOUVAIN_MODULARITY_MAX"])
    again = run(units, flow_table(triples), METHOD=1, SEED=5, LOUVAIN_TRIES=4, MIN_LI=0)
    single = run(units, flow_table(triples), METHOD=1, SEED=first["LOUVAIN_SEED"], LOUVAIN_TRIES=1, MIN_LI=0)
    basins = [[(r["unit_id"], r["basin_id"]) for r in layer_rows(x["OUTPUT"])] for x in (first, again, single)]
    assert basins[0] == basins[1] == basins[2]
    assert {r["assignment"] for r in layer_rows(first["OUTPUT"])} == {"community"}


def test_proximity_pieces_and_contiguity(zoast_provider):
    """Hubs H:1 in A and H:2 in D, but H:2 is huge (capacity 50): with Huff beta 2, A weighs H:1 at 1 (cost raised
    to 1 minute) and H:2 at 50/9: A joins H:2, while H:1's basin holds only... nothing: every unit prefers H:2
    (B: 1 vs 50/4, C: 1/4 vs 50). One basin, one piece; H:1's unit lies in H:2's basin."""
    result = run(strip(), None, METHOD=3, HUBS=hubs((1.0, 50.0)), HUB_CAPACITY_FIELD="beds")
    basins = layer_rows(result["BASINS"])
    assert len(basins) == 1 and basins[0]["n_pieces"] == 1 and basins[0]["hub_in_basin"] is True
    assert result["BASINS_IN_PIECES"] == 0 and result["HUBS_OUTSIDE_BASIN"] == 0
    assert {r["assignment"] for r in layer_rows(result["OUTPUT"])} == {"huff"}


def test_defaults_run_on_the_sample_as_the_dialog_proposes_them(zoast_provider):
    """With the sample's layers in the project, the defaults (Dartmouth, FLOWS = the layer named patient_flows)
    run unchanged; without such a layer, the proposal means no flow table (proximity methods run)."""
    from qgis.core import QgsProcessingParameterDefinition, QgsProject

    alg = zoast_provider.algorithm("delineatebasins")
    optional = int(QgsProcessingParameterDefinition.Flag.FlagOptional)
    assert not int(alg.parameterDefinition("UNITS").flags()) & optional
    assert int(alg.parameterDefinition("FLOWS").flags()) & optional  # the proximity methods need no flows
    assert alg.parameterDefinition("FLOWS").defaultValue() == "patient_flows"
    units = QgsVectorLayer("{}|layername=units".format(SAMPLE_GPKG), "units", "ogr")
    flows = QgsVectorLayer("{}|layername=patient_flows".format(SAMPLE_GPKG), "patient_flows", "ogr")
    QgsProject.instance().addMapLayers([units, flows])
    try:
        result = processing.run("zoast:delineatebasins", {"UNITS": units, "OUTPUT": "memory:", "BASINS": "memory:"})
    finally:
        QgsProject.instance().removeMapLayers([units.id(), flows.id()])
    assert result["N_BASINS"] > 1 and result["UNASSIGNED_UNITS"] == 0
    assert result["FAILING_BASINS"] == sum(1 for b in layer_rows(result["BASINS"]) if b["failing"])
    basins = layer_rows(result["BASINS"])
    assert all(b["li"] >= 0.4 and b["volume"] >= 10 for b in basins if not b["failing"])
    assert all(b["mean_travel_time"] > 0 for b in basins)  # the travel-time indicator is on by default


def test_the_dialog_proposes_the_sample_flows_and_hospitals(zoast_provider):
    """The toolbox dialog's layer widgets start on the project's patient_flows and hospitals layers (their
    default values; the widget gives a layer id or name, which the run resolves), so a new user running the
    default method on the sample changes nothing."""
    from qgis.core import QgsProcessingContext, QgsProcessingUtils, QgsProject
    from qgis.gui import QgsGui, QgsProcessingGui, QgsProcessingParameterWidgetContext

    layers = [QgsVectorLayer("{}|layername={}".format(SAMPLE_GPKG, name), name, "ogr")
              for name in ("units", "gp_practices", "hospitals", "patient_flows")]
    QgsProject.instance().addMapLayers(layers)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    try:
        alg = zoast_provider.algorithm("delineatebasins")
        chosen = {}
        for name in ("FLOWS", "HUBS"):
            wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(
                alg.parameterDefinition(name), QgsProcessingGui.WidgetType.Standard)
            widget_context = QgsProcessingParameterWidgetContext()
            widget_context.setProject(QgsProject.instance())
            wrapper.setWidgetContext(widget_context)
            widget = wrapper.createWrappedWidget(QgsProcessingContext())  # kept: PyQt would delete it
            wrapper.postInitialize([wrapper])
            chosen[name] = QgsProcessingUtils.mapLayerFromString(wrapper.parameterValue(), context).name()
            del widget
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in layers])
    assert chosen == {"FLOWS": "patient_flows", "HUBS": "hospitals"}


@pytest.mark.parametrize("open_border", [True, False])
def test_sample_indicators_against_an_independent_oracle(zoast_provider, open_border):
    """On the sample, with the border open and closed: every basin's li, volume, li_all_flows and failing, and
    MODULARITY / MODULARITY_ALL_FLOWS, recomputed from the flow table and the units' basin_id alone (pandas and
    networkx, as the help documents them: judged flows = all flows, or those between units of one country)."""
    import networkx as nx
    import pandas as pd

    units = QgsVectorLayer("{}|layername=units".format(SAMPLE_GPKG), "units", "ogr")
    flows = QgsVectorLayer("{}|layername=patient_flows".format(SAMPLE_GPKG), "flows", "ogr")
    result = processing.run("zoast:delineatebasins", {
        "UNITS": units, "FLOWS": flows, "METHOD": 0, "TRAVEL_TIME_INDICATOR": False, "ALLOW_CROSS_BORDER": open_border,
        "MIN_LI": 0.6, "MIN_VOLUME": 10, "OUTPUT": "memory:", "BASINS": "memory:"})
    rows = layer_rows(result["OUTPUT"], ["unit_id", "country", "basin_id"])
    basin_of = {r["unit_id"]: r["basin_id"] for r in rows}
    country = {r["unit_id"]: r["country"] for r in rows}
    table = pd.DataFrame(layer_rows(flows, ["origin_id", "dest_unit_id", "patients"]))
    table = table.groupby(["origin_id", "dest_unit_id"], as_index=False)["patients"].sum()
    table["source"], table["sink"] = table["origin_id"].map(basin_of), table["dest_unit_id"].map(basin_of)
    judged = table if open_border else table[table["origin_id"].map(country) == table["dest_unit_id"].map(country)]

    def li(frame):
        sent = frame.groupby("source")["patients"].sum()
        kept = frame[frame["source"] == frame["sink"]].groupby("source")["patients"].sum()
        return (kept.reindex(sent.index, fill_value=0) / sent), sent

    li_judged, volume = li(judged)
    li_all, _ = li(table)
    for basin in layer_rows(result["BASINS"]):
        b = basin["basin_id"]
        assert basin["li"] == pytest.approx(li_judged[b]) and basin["volume"] == pytest.approx(volume[b])
        assert basin["li_all_flows"] == pytest.approx(li_all[b])
        assert basin["failing"] == bool(li_judged[b] < 0.6 or volume[b] < 10)

    def q(frame):
        graph = nx.Graph()
        graph.add_nodes_from(basin_of)
        for o, d, w in frame[["origin_id", "dest_unit_id", "patients"]].itertuples(index=False):
            previous = graph.get_edge_data(o, d, {"weight": 0.0})["weight"]
            graph.add_edge(o, d, weight=previous + float(w))
        groups = pd.Series(basin_of).groupby(lambda unit: basin_of[unit]).groups
        return nx.community.modularity(graph, [set(members) for members in groups.values()], weight="weight")

    assert result["MODULARITY"] == pytest.approx(q(judged))
    assert result["MODULARITY_ALL_FLOWS"] == pytest.approx(q(table))
    assert (result["MODULARITY"] == result["MODULARITY_ALL_FLOWS"]) == open_border
