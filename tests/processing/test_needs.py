"""zoast:needs through processing.run."""

import processing
import pytest
from qgis.core import QgsProcessingException

from tests.layers import layer_rows, memory_layer
from zoast_plugin.core.needs import AGE_BANDS

BAND_TYPES = {band: float for band in AGE_BANDS}


def bands(**values):
    """All seven bands, 0 unless given."""
    return {band: float(values.get(band, 0.0)) for band in AGE_BANDS}


def units_layer(rows, crs="EPSG:3035", extra_fields=None):
    fields = {"unit_id": str, "name": str, **BAND_TYPES, **(extra_fields or {})}
    return memory_layer("Polygon", crs, fields, rows, "units")


def square(x, size=1000):
    return "Polygon(({0} 0, {1} 0, {1} {2}, {0} {2}, {0} 0))".format(x, x + size, size)


CHILDREN_AND_SENIORS = [
    (square(0), {"unit_id": "FR:1", "name": "Young", **bands(pop_0_14=100)}),
    (square(2000), {"unit_id": "BE:57081", "name": "Old", **bands(pop_60_74=100)}),
]


def weight_table(rows):
    return memory_layer("None", "", {"band": str, "weight": float},
                        [(None, {"band": b, "weight": w}) for b, w in rows], "weights")


def run(units, **extra):
    parameters = {"UNITS": units, "OUTPUT": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:needs", parameters)


def test_default_weights_normalised_hand_computed(zoast_provider):
    """Default weights 0.82 (0–14) and 1.28 (60–74): weighted 82 and 128, total 210 for 200
    inhabitants, so k = 200/210: need = 82·200/210 = 78.095238 and 128·200/210 = 121.904762.
    The units keep their geometry and attributes."""
    result = run(units_layer(CHILDREN_AND_SENIORS))
    rows = {r["unit_id"]: r for r in layer_rows(result["OUTPUT"])}
    assert rows["FR:1"]["need"] == pytest.approx(82 * 200 / 210)
    assert rows["BE:57081"]["need"] == pytest.approx(128 * 200 / 210)
    assert rows["BE:57081"]["name"] == "Old" and rows["BE:57081"]["pop_60_74"] == 100
    assert result["TOTAL_NEED"] == pytest.approx(200.0)
    assert result["MISMATCH_COUNT"] == 0 and result["SKIPPED_COUNT"] == 0
    areas = sorted(f.geometry().area() for f in result["OUTPUT"].getFeatures())
    assert areas == [1e6, 1e6]


def test_without_normalisation_the_weights_unit(zoast_provider):
    """NORMALISE off: need = 100 × 0.82 = 82 and 100 × 1.28 = 128."""
    rows = {r["unit_id"]: r["need"] for r in layer_rows(run(units_layer(CHILDREN_AND_SENIORS),
                                                            NORMALISE=False)["OUTPUT"])}
    assert rows == pytest.approx({"FR:1": 82.0, "BE:57081": 128.0})


def test_own_weight_table_with_own_field_names(zoast_provider):
    """Weights 2 for 0–14 and 6 for 60–74 (the rest 1), table fields classe/poids, not normalised:
    need = 100 × 2 = 200 and 100 × 6 = 600."""
    table = memory_layer("None", "", {"classe": str, "poids": float},
                         [(None, {"classe": b, "poids": {"pop_0_14": 2.0, "pop_60_74": 6.0}.get(b, 1.0)})
                          for b in AGE_BANDS], "weights")
    result = run(units_layer(CHILDREN_AND_SENIORS), AGE_WEIGHTS=table, BAND_FIELD="classe", WEIGHT_FIELD="poids",
                 NORMALISE=False)
    rows = {r["unit_id"]: r["need"] for r in layer_rows(result["OUTPUT"])}
    assert rows == pytest.approx({"FR:1": 200.0, "BE:57081": 600.0})


def test_insee_band_field_names(zoast_provider):
    """Bands in INSEE's P21_POP… fields; 50 aged 90+ (weight 2.25) and 50 aged 30–44 (0.77),
    not normalised: 112.5 + 38.5 = 151."""
    names = dict(zip(AGE_BANDS, ["P21_POP0014", "P21_POP1529", "P21_POP3044", "P21_POP4559", "P21_POP6074",
                                 "P21_POP7589", "P21_POP90P"]))
    values = {names[b]: v for b, v in bands(pop_90p=50, pop_30_44=50).items()}
    layer = memory_layer("Point", "EPSG:3035", {"unit_id": str, **{n: float for n in names.values()}},
                         [("Point(0 0)", {"unit_id": "FR:1", **values})])
    parameters = {p: names[b] for p, b in zip(
        ["BAND_0_14_FIELD", "BAND_15_29_FIELD", "BAND_30_44_FIELD", "BAND_45_59_FIELD", "BAND_60_74_FIELD",
         "BAND_75_89_FIELD", "BAND_90P_FIELD"], AGE_BANDS)}
    rows = layer_rows(run(layer, NORMALISE=False, **parameters)["OUTPUT"])
    assert rows[0]["need"] == pytest.approx(151.0)


def test_band_sum_mismatch_is_a_warning_with_a_count(zoast_provider):
    """FR:1's bands add up to 100 = its population; BE:57081's to 100 but its population is 150
    (beyond 1 inhabitant or 1 %): one mismatch, and the need is still computed."""
    rows = [(wkt, {**values, "population": p}) for (wkt, values), p in zip(CHILDREN_AND_SENIORS, [100, 150])]
    layer = units_layer(rows, extra_fields={"population": float})
    result = run(layer, POPULATION_FIELD="population")
    assert result["MISMATCH_COUNT"] == 1
    assert len(layer_rows(result["OUTPUT"])) == 2


def test_units_without_geometry_are_counted(zoast_provider):
    rows = CHILDREN_AND_SENIORS + [(None, {"unit_id": "FR:3", **bands(pop_0_14=5)})]
    result = run(units_layer(rows))
    assert result["SKIPPED_COUNT"] == 1
    assert sorted(r["unit_id"] for r in layer_rows(result["OUTPUT"])) == ["BE:57081", "FR:1"]


def test_missing_band_field_names_it(zoast_provider):
    layer = memory_layer("Point", "EPSG:3035", {"unit_id": str, "pop_0_14": float},
                         [("Point(0 0)", {"unit_id": "FR:1", "pop_0_14": 5.0})])
    with pytest.raises(QgsProcessingException, match="pop_15_29"):
        run(layer)


def test_negative_band_names_field_and_id(zoast_provider):
    rows = CHILDREN_AND_SENIORS + [(square(4000), {"unit_id": "FR:9", **bands(pop_75_89=-3)})]
    with pytest.raises(QgsProcessingException, match=r"'pop_75_89'.*FR:9"):
        run(units_layer(rows))


def test_weight_table_missing_a_band_names_it(zoast_provider):
    table = weight_table([(b, 1.0) for b in AGE_BANDS if b != "pop_90p"])
    with pytest.raises(QgsProcessingException, match=r"'band'.*pop_90p"):
        run(units_layer(CHILDREN_AND_SENIORS), AGE_WEIGHTS=table)


def test_negative_weight_names_the_band(zoast_provider):
    table = weight_table([(b, -1.0 if b == "pop_45_59" else 1.0) for b in AGE_BANDS])
    with pytest.raises(QgsProcessingException, match=r"'weight'.*pop_45_59"):
        run(units_layer(CHILDREN_AND_SENIORS), AGE_WEIGHTS=table)


def test_layer_without_crs_is_an_error(zoast_provider):
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run(units_layer(CHILDREN_AND_SENIORS, crs=""))


@pytest.mark.parametrize("destination", ["TEMPORARY_OUTPUT", "gpkg"])
def test_an_output_loaded_on_completion_is_queued_once(zoast_provider, tmp_path, destination):
    """As the dialog runs an algorithm: each output is queued once to load, and can be found (a second,
    empty 'memory:' entry made QGIS report "layers were not correctly generated")."""
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    target = "TEMPORARY_OUTPUT" if destination == "TEMPORARY_OUTPUT" else str(tmp_path / "needs.gpkg")
    processing.run("zoast:needs", {"UNITS": units_layer(CHILDREN_AND_SENIORS),
                                   "OUTPUT": QgsProcessingOutputLayerDefinition(target, project)}, context=context)
    loads = context.layersToLoadOnCompletion()
    assert len(loads) == 1
    assert not any(layer_id.startswith("memory:") for layer_id in loads)  # the real layer, not a phantom
