"""zoast:complementarities through processing.run, on the hand case of tests/core/test_complementarities.py.

Four units on a line 8 km apart (60 km/h, detour 1, cut-off 10 min, 2SFCA), one GP each (GP3 2 FTE);
Z1 = FR:59001 + BE:57081. FR:59002 (ZIP, APL 2.25) reaches GP3 in BE:57081: "join Z1" lifts it to
APL 2.875 (ZAC). BE:57081 (Walloon shortage) reaches GP2 in FR:59002, in no agreement: a new one.
All analytical (``an_``), at β = 1 here; the official class (no agreement changes it) is given beside them.
"""

import processing
import pytest
from qgis.core import QgsProcessingException

from tests.layers import layer_rows, memory_layer


def units_layer():
    rows = [("Point({} 0)".format(8000 * n), {"unit_id": uid, "country": uid[:2], "population": pop})
            for n, (uid, pop) in enumerate([("FR:59001", 1000.0), ("FR:59002", 3000.0), ("BE:57081", 2000.0),
                                            ("BE:57093", 4000.0)])]
    return memory_layer("Point", "EPSG:3035", {"unit_id": str, "country": str, "population": float}, rows, "units")


def supply_layer(fte=(1.0, 1.0, 2.0, 1.0)):
    return memory_layer("Point", "EPSG:3035", {"supply_id": str, "country": str, "fte": float}, [
        ("Point({} 0)".format(8000 * n), {"supply_id": "GP{}".format(n + 1), "country": c, "fte": f})
        for n, (c, f) in enumerate(zip(["FR", "FR", "BE", "BE"], fte))], "supply")


def members_layer(pairs):
    return memory_layer("None", "", {"zoast_code": str, "unit_id": str},
                        [(None, {"zoast_code": code, "unit_id": unit}) for code, unit in pairs], "members")


def run(**extra):
    parameters = {"UNITS": units_layer(), "SUPPLY": supply_layer(), "METHOD": 0, "MAX_COST": 10.0,
                  "SPEED_KMH": 60.0, "DETOUR": 1.0, "CROSS_BORDER_WEIGHT": 1.0,
                  "AGREEMENT_MEMBERS": members_layer([("Z1", "FR:59001"), ("Z1", "BE:57081")]), "OUTPUT": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:complementarities", parameters)


def test_proposals(zoast_provider):
    result = run()
    rows = layer_rows(result["OUTPUT"])
    assert [(row["code"], row["rank"], row["unit_id"]) for row in rows] == [
        ("NEW:BE:57081", 1, "BE:57081"), ("Z1", 1, "FR:59002")]
    join = rows[1]
    assert join["an_access_before"] == pytest.approx(2.25) and join["an_access_after"] == pytest.approx(2.875)
    assert join["an_class_before"] == "FR_ZIP" and join["an_class_after"] == "FR_ZAC"
    assert join["an_label_after"] and join["supply_points"] == 1 and join["nearest_minutes"] == 8.0
    assert join["class_official"] == "FR_ZIP" and rows[0]["class_official"] == "WAL_NORMAL"
    assert result["PROPOSALS"] == 2 and result["DEFICIENT_UNITS"] == 4 and result["UNITS_WITH_UNUSED_SUPPLY"] == 2
    assert result["OUTPUT"].featureCount() == 2 and all(f.hasGeometry() for f in result["OUTPUT"].getFeatures())


def test_default_cross_border_weight(zoast_provider):
    """β = 0.013 (the default, as zoast:accessibility): the same proposals, a far smaller analytical gain."""
    parameters = {"CROSS_BORDER_WEIGHT": 0.013}
    rows = {row["code"]: row for row in layer_rows(run(**parameters)["OUTPUT"])}
    assert 0 < rows["Z1"]["an_access_gain"] < 0.625 * 0.05 and rows["Z1"]["an_class_after"] == "FR_ZIP"


def test_no_shortage_no_proposal(zoast_provider):
    result = run(SUPPLY=supply_layer((50.0, 50.0, 50.0, 50.0)))
    assert result["PROPOSALS"] == 0 and result["DEFICIENT_UNITS"] == 0


def test_members_naming_unknown_units(zoast_provider):
    with pytest.raises(QgsProcessingException, match=r"unit_id.*1 member id.*BE:99999"):
        run(AGREEMENT_MEMBERS=members_layer([("Z1", "BE:99999")]))
