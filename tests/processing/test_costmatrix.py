"""zoast:costmatrix through processing.run."""

import math

import processing
import pytest
from qgis.core import QgsProcessingException

from tests.layers import layer_rows, memory_layer

UNITS = [("Point(0 0)", {"unit_id": "FR:1"}), ("Point(10000 0)", {"unit_id": "BE:2"})]
SUPPLY = [("Point(0 3000)", {"supply_id": "GP:1"}), ("Point(10000 4000)", {"supply_id": "GP:2"})]


def layers(crs="EPSG:3035"):
    units = memory_layer("Point", crs, {"unit_id": str}, UNITS, "units")
    supply = memory_layer("Point", crs, {"supply_id": str}, SUPPLY, "supply")
    return units, supply


def run(units, supply, **extra):
    parameters = {"UNITS": units, "SUPPLY": supply, "MAX_COST": 10.0, "SPEED_KMH": 60.0, "DETOUR": 1.0,
                  "OUTPUT": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:costmatrix", parameters)


def test_straight_line_pairs_within_cutoff(zoast_provider):
    """60 km/h = 1 km/min, detour 1: GP:1 is 3 min from FR:1, GP:2 4 min from BE:2;
    FR:1→GP:2 is √(10²+4²)=10.77 min, BE:2→GP:1 √(10²+3²)=10.44 min: both beyond 10."""
    units, supply = layers()
    result = run(units, supply, WITH_LINES=True)
    rows = sorted((r["origin_id"], r["dest_id"], round(r["cost"], 9)) for r in layer_rows(result["OUTPUT"]))
    assert rows == [("BE:2", "GP:2", 4.0), ("FR:1", "GP:1", 3.0)]
    assert result["PAIRS"] == 2
    lengths = sorted(f.geometry().length() for f in result["OUTPUT"].getFeatures())
    assert lengths == [3000.0, 4000.0]


def test_cut_off_widened_includes_cross_pairs(zoast_provider):
    units, supply = layers()
    result = run(units, supply, MAX_COST=11.0)
    costs = {(r["origin_id"], r["dest_id"]): r["cost"] for r in layer_rows(result["OUTPUT"])}
    assert costs[("FR:1", "GP:2")] == pytest.approx(math.hypot(10, 4))
    assert len(costs) == 4


def test_layer_without_crs_is_an_error(zoast_provider):
    units, supply = layers(crs="")
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run(units, supply)


def test_duplicate_unit_ids_name_the_field_and_ids(zoast_provider):
    units = memory_layer("Point", "EPSG:3035", {"unit_id": str},
                         [("Point(0 0)", {"unit_id": "FR:1"}), ("Point(1 1)", {"unit_id": "FR:1"})])
    _units, supply = layers()
    with pytest.raises(QgsProcessingException, match=r"'unit_id'.*FR:1"):
        run(units, supply)


def test_geographic_input_is_reprojected(zoast_provider):
    """Two points 0.01° of latitude apart (≈ 1.11 km) in WGS84 give ≈ 1.11 min at 60 km/h."""
    units = memory_layer("Point", "EPSG:4326", {"unit_id": str}, [("Point(3.0 50.0)", {"unit_id": "FR:1"})])
    supply = memory_layer("Point", "EPSG:4326", {"supply_id": str}, [("Point(3.0 50.01)", {"supply_id": "GP:1"})])
    rows = layer_rows(run(units, supply)["OUTPUT"])
    assert rows[0]["cost"] == pytest.approx(1.112, abs=0.005)


def test_road_network_costs(zoast_provider):
    """A 10 km road at 60 km/h (10 min) with the unit and the GP 100 m off each end: two access legs of
    100 m at 15 km/h (0.4 min each) → 10.8 min."""
    roads = memory_layer("LineString", "EPSG:3035", {"speed": float},
                         [("LineString(0 0, 5000 0, 10000 0)", {"speed": 60.0})])
    units = memory_layer("Point", "EPSG:3035", {"unit_id": str}, [("Point(0 100)", {"unit_id": "FR:1"})])
    supply = memory_layer("Point", "EPSG:3035", {"supply_id": str}, [("Point(10000 100)", {"supply_id": "GP:1"})])
    result = run(units, supply, ROADS=roads, SPEED_FIELD="speed", ACCESS_SPEED_KMH=15.0, MAX_COST=30.0)
    assert [r["cost"] for r in layer_rows(result["OUTPUT"])] == [pytest.approx(10.8)]


def test_cost_table_is_used_and_checked(zoast_provider):
    units, supply = layers()
    table = memory_layer("None", "", {"origin_id": str, "dest_id": str, "minutes": float},
                         [(None, {"origin_id": "FR:1", "dest_id": "GP:2", "minutes": 7.5})])
    rows = layer_rows(run(units, supply, COSTS=table)["OUTPUT"])
    assert rows == [{"origin_id": "FR:1", "dest_id": "GP:2", "cost": 7.5}]
    unknown = memory_layer("None", "", {"origin_id": str, "dest_id": str, "minutes": float},
                           [(None, {"origin_id": "FR:404", "dest_id": "GP:2", "minutes": 7.5})])
    with pytest.raises(QgsProcessingException, match=r"origin_id.*FR:404"):
        run(units, supply, COSTS=unknown)
