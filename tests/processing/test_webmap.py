"""zoast:webmap through processing.run: the folder, the data at a date, overlays, bad input."""

import json

import processing
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.layers import memory_layer
from zoast_plugin.core import webmap


def square(x0, y0, x1, y1):
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x0, y0, x1, y1)


#: EPSG:3035 metres near Lille: FR:1 | BE:1 side by side (10 km squares), FR:2 below FR:1, BE:2 apart.
X, Y = 3830000, 3060000
HOSTILE = "<img src=x onerror=\"window.__pwned=1\">L'Écluse \"quoted\""
UNITS = [
    (square(X, Y, X + 10000, Y + 10000), {"unit_id": "FR:59599", "country": "FR", "name": "Tourcoing",
                                          "name_nl": "", "postcode": "59200"}),
    (square(X + 10000, Y, X + 20000, Y + 10000), {"unit_id": "BE:57081", "country": "BE", "name": "Mouscron",
                                                  "name_nl": "Moeskroen", "postcode": "7700"}),
    (square(X, Y - 10000, X + 10000, Y), {"unit_id": "FR:59350", "country": "FR", "name": HOSTILE, "name_nl": "",
                                          "postcode": None}),
    (square(X + 60000, Y, X + 70000, Y + 10000), {"unit_id": "BE:33011", "country": "BE", "name": "Ieper",
                                                  "name_nl": "Ieper", "postcode": "8900"}),
]
UNIT_FIELDS = {"unit_id": str, "country": str, "name": str, "name_nl": str, "postcode": str}
AGREEMENTS = [
    (None, {"zoast_code": "Z1", "name_fr": "ZOAST <b>un</b> & \"deux\"", "name_nl": "Zone een",
            "in_force_from": "2008-04-01", "care_covered": "ambulatory;hospital", "insurers": "CPAM; mutualités"}),
    (None, {"zoast_code": "Z2", "name_fr": "Sans membres", "name_nl": "", "in_force_from": "2010-01-01",
            "care_covered": "", "insurers": ""}),
]
AGREEMENT_FIELDS = {"zoast_code": str, "name_fr": str, "name_nl": str, "in_force_from": str, "care_covered": str,
                    "insurers": str}
MEMBERS = [
    (None, {"zoast_code": "Z1", "unit_id": "FR:59599", "member_since": "2008-04-01"}),
    (None, {"zoast_code": "Z1", "unit_id": "BE:57081", "member_since": None}),
    (None, {"zoast_code": "Z1", "unit_id": "FR:59350", "member_since": "2030-01-01"}),  # not yet in 2026
]
ESTABLISHMENTS = [
    (None, {"zoast_code": "Z1", "supply_id": "H:1"}),
    (None, {"zoast_code": "Z1", "supply_id": "H:2"}),
    (None, {"zoast_code": "Z1", "supply_id": "H:3"}),
]
FACILITIES = [
    ("Point({} {})".format(X + 5000, Y + 5000), {"supply_id": "H:1", "name": "CH de Tourcoing", "country": "FR",
                                                 "address": "155 rue du Président Coty", "phone": "+33 3 20 69 49 49",
                                                 "category": "hospital"}),
    ("Point({} {})".format(X + 15000, Y + 5000), {"supply_id": "H:2", "name": HOSTILE, "country": "BE",
                                                  "address": None, "phone": None, "category": "hospital;dialysis"}),
    (None, {"supply_id": "H:3", "name": "Sans coordonnées", "country": "BE", "address": "", "phone": "",
            "category": ""}),
    ("Point({} {})".format(X + 65000, Y + 5000), {"supply_id": "H:4", "name": "Not a member", "country": "BE",
                                                  "address": "", "phone": "", "category": ""}),
]
FACILITY_FIELDS = {"supply_id": str, "name": str, "country": str, "address": str, "phone": str, "category": str}


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.warnings.append(text)
        super().pushWarning(text)

    def pushInfo(self, text):  # noqa: N802 - QGIS API
        self.infos.append(text)
        super().pushInfo(text)


def parameters(tmp_path, **changes):
    values = {
        "AGREEMENTS": memory_layer("None", "", AGREEMENT_FIELDS, AGREEMENTS, "agreements"),
        "AGREEMENT_MEMBERS": memory_layer("None", "", {"zoast_code": str, "unit_id": str, "member_since": str},
                                          MEMBERS, "members"),
        "AGREEMENT_ESTABLISHMENTS": memory_layer("None", "", {"zoast_code": str, "supply_id": str}, ESTABLISHMENTS,
                                                 "establishments"),
        "UNITS": memory_layer("Polygon", "EPSG:3035", UNIT_FIELDS, UNITS, "communes"),
        "FACILITIES": memory_layer("Point", "EPSG:3035", FACILITY_FIELDS, FACILITIES, "hospitals"),
        "AT_DATE": "2026-01-01", "SOURCES": "ARS & <AViQ>", "OUTPUT": str(tmp_path / "map"),
    }
    values.update(changes)
    return values


def run(tmp_path, feedback=None, **changes):
    return processing.run("zoast:webmap", parameters(tmp_path, **changes), feedback=feedback)


def read_data(folder):
    text = (folder / webmap.DATA_FILE).read_text(encoding="ascii")
    return json.loads(text[len(webmap.DATA_VARIABLE) + 3:-2])


def test_writes_the_folder_with_the_zones_at_the_date(zoast_provider, tmp_path):
    feedback = Feedback()
    result = run(tmp_path, feedback)
    folder = tmp_path / "map"
    assert result["INDEX"] == str(folder / "index.html") and (folder / "vendor/leaflet/leaflet.js").is_file()
    assert result["ZONE_COUNT"] == 1 and result["ESTABLISHMENT_COUNT"] == 3
    assert result["SIZE_BYTES"] == sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    data = read_data(folder)
    zone = data["zones"][0]
    assert zone["code"] == "Z1" and zone["name_fr"] == 'ZOAST <b>un</b> & "deux"'
    assert zone["in_force_from"] == "2008-04-01" and zone["care_covered"] == ["ambulatory", "hospital"]
    assert zone["units"] == {"FR": 1, "BE": 1}  # FR:59350 joins in 2030
    units = dict(zip(data["units"]["id"], data["units"]["zones"]))
    assert units == {"FR:59599": [0], "BE:57081": [0], "FR:59350": [], "BE:33011": []}
    since = dict(zip(data["units"]["id"], data["units"]["since"]))
    assert since["FR:59599"] == ["2008-04-01"] and since["BE:57081"] == ["2008-04-01"]  # covered from the start
    assert data["units"]["code"][0] == "59599" and data["units"]["postcodes"][1] == ["7700"]
    # Coordinates in WGS 84 near Tourcoing / Mouscron.
    lat, lon = data["units"]["lat"][0], data["units"]["lon"][0]
    assert 50.4 < lat < 51.0 and 2.9 < lon < 3.5
    establishments = {e["id"]: e for e in data["establishments"]}
    assert set(establishments) == {"H:1", "H:2", "H:3"}
    assert establishments["H:1"]["phone"] == "+33 3 20 69 49 49" and establishments["H:2"]["categories"] == [
        "hospital", "dialysis"]
    assert data["meta"]["as_of"] == "2026-01-01" and data["meta"]["sources"] == "ARS & <AViQ>"
    assert data["meta"]["language"] == "en"  # QGIS's language in the tests
    assert set(data["meta"]["layers"]) == {"communes", "hospitals", "agreements", "members", "establishments"}
    assert data["meta"]["tiles"] is None


def test_bad_input_is_counted_not_dropped(zoast_provider, tmp_path):
    """Z2 has no member unit: warned and off the map; H:3 has no point: warned, listed without distance;
    names with quotes and HTML are kept as text (the page escapes them: tests/browser)."""
    feedback = Feedback()
    result = run(tmp_path, feedback)
    assert result["EMPTY_AGREEMENT_COUNT"] == 1 and result["NO_COORDINATES_COUNT"] == 1
    assert any("Z2" in w and "no member unit" in w for w in feedback.warnings)
    assert any("H:3" in w and "1 member establishment" in w and "no coordinates" in w for w in feedback.warnings)
    data = read_data(tmp_path / "map")
    assert data["warnings"] == {"no_coordinates": ["H:3"], "empty_agreements": ["Z2"]}
    establishments = {e["id"]: e for e in data["establishments"]}
    assert establishments["H:3"]["lat"] is None and establishments["H:2"]["name"] == HOSTILE
    assert HOSTILE in data["units"]["name"]
    text = (tmp_path / "map" / webmap.DATA_FILE).read_text(encoding="ascii")
    assert "<img" in text and "</script" not in text  # JSON text, loaded as a script file, never as HTML


def test_date_before_the_agreements(zoast_provider, tmp_path):
    feedback = Feedback()
    result = run(tmp_path, feedback, AT_DATE="2005-01-01")
    assert result["ZONE_COUNT"] == 0
    assert any("2 agreement(s) not in force on 2005-01-01" in i for i in feedback.infos)


def test_empty_date_is_the_day_of_the_export(zoast_provider, tmp_path):
    import datetime

    run(tmp_path, AT_DATE="")
    assert read_data(tmp_path / "map")["meta"]["as_of"] == datetime.date.today().isoformat()


def test_overlays_and_language(zoast_provider, tmp_path):
    gaps = memory_layer("Polygon", "EPSG:3035", {"unit_id": str, "gap_class": str},
                        [(wkt, {"unit_id": v["unit_id"], "gap_class": c})
                         for (wkt, v), c in zip(UNITS, ["FR_ZIP", "WAL_SHORTAGE", "FR_ZIP", "FL_NORMAL"])], "gaps")
    basins = memory_layer("Polygon", "EPSG:3035", {"basin_id": int, "hub_name": str},
                          [(UNITS[0][0], {"basin_id": 1, "hub_name": "Lille"}),
                           (UNITS[1][0], {"basin_id": 1, "hub_name": "Lille"})], "basins")
    run(tmp_path, GAPS=gaps, BASINS=basins, LANGUAGE=2, TITLE="Carte <test>")
    data = read_data(tmp_path / "map")
    kinds = [o["kind"] for o in data["overlays"]]
    assert kinds == ["gaps", "basins"]
    classes = data["overlays"][0]["classes"]
    assert [c["code"] for c in classes] == ["FR_ZIP", "WAL_SHORTAGE", "FL_NORMAL"]
    assert classes[0]["labels"]["en"] != classes[0]["labels"]["fr"] != ""  # from the plugin's .qm files
    assert data["overlays"][1]["features"] == [
        {"id": "1", "name": "Lille", "geometry": data["overlays"][1]["features"][0]["geometry"]}]
    assert data["meta"]["language"] == "nl" and data["meta"]["title"] == "Carte <test>"


def test_tile_url(zoast_provider, tmp_path):
    run(tmp_path, TILE_URL="https://{s}.tiles.example.org/{z}/{x}/{y}.png", TILE_ATTRIBUTION="© example")
    assert read_data(tmp_path / "map")["meta"]["tiles"] == {
        "url": "https://{s}.tiles.example.org/{z}/{x}/{y}.png", "attribution": "© example"}
    assert "https://*.tiles.example.org" in (tmp_path / "map" / "index.html").read_text()
    with pytest.raises(QgsProcessingException, match="TILE_URL.*javascript"):
        run(tmp_path, TILE_URL="javascript:alert(1)//{z}{x}{y}")


def test_members_are_required(zoast_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="AGREEMENT_MEMBERS"):
        run(tmp_path, AGREEMENT_MEMBERS=None)


def test_unknown_member_establishment(zoast_provider, tmp_path):
    extra = ESTABLISHMENTS + [(None, {"zoast_code": "Z1", "supply_id": "H:404"})]
    with pytest.raises(QgsProcessingException, match="H:404"):
        run(tmp_path, AGREEMENT_ESTABLISHMENTS=memory_layer("None", "", {"zoast_code": str, "supply_id": str}, extra))


def test_bad_date(zoast_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="AT_DATE.*2026-13-01"):
        run(tmp_path, AT_DATE="2026-13-01")


def test_duplicate_establishment_ids(zoast_provider, tmp_path):
    facilities = FACILITIES + [FACILITIES[0]]
    with pytest.raises(QgsProcessingException, match="H:1"):
        run(tmp_path, FACILITIES=memory_layer("Point", "EPSG:3035", FACILITY_FIELDS, facilities))
