"""core.webmap: polyline encoding, the data the page reads, bad input, the folder written."""

import json

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import MultiPolygon, Polygon, box

from zoast_plugin.core import webmap


def identity(xy):
    return np.asarray(xy, dtype=float)


def data_of(folder):
    text = (folder / webmap.DATA_FILE).read_text(encoding="ascii")
    prefix = webmap.DATA_VARIABLE + " = "
    assert text.startswith(prefix) and text.endswith(";\n")
    return json.loads(text[len(prefix):-2])


# ----------------------------------------------------------------------------- encoding


def test_encoding_is_googles_polyline_algorithm():
    """The reference example of Google's documentation: (38.5, -120.2), (40.7, -120.95), (43.252, -126.453)."""
    ring = np.array([[-120.2, 38.5], [-120.95, 40.7], [-126.453, 43.252]])
    assert webmap.encode_rings([ring]) == ["_p~iF~ps|U_ulLnnqC_mqNvxq`@"]


def test_each_ring_starts_from_zero_and_round_trips():
    rings = [np.array([[3.1, 50.7], [3.2, 50.71], [3.15, 50.8]]), np.zeros((0, 2)),
             np.array([[-0.00001, -0.00002], [179.99999, 89.99999], [2.5, 49.5]])]
    encoded = webmap.encode_rings(rings)
    assert encoded[1] == ""
    for ring, text in zip(rings, encoded):
        np.testing.assert_allclose(webmap.decode_ring(text).reshape(-1, 2), ring, atol=5e-6)
    # The third ring alone encodes the same: no state leaks from the ring before.
    assert webmap.encode_rings([rings[2]]) == [encoded[2]]


def test_geometries_nest_polygons_and_rings_without_closing_vertex():
    outer = box(0, 0, 1, 1)
    with_hole = Polygon(outer.exterior.coords, [box(0.25, 0.25, 0.5, 0.5).exterior.coords])
    shapes = [MultiPolygon([with_hole, box(2, 2, 3, 3)]), None, Polygon()]
    encoded = webmap.encode_geometries(shapes, identity)
    assert [len(g) for g in encoded] == [2, 0, 0]
    assert [len(p) for p in encoded[0]] == [2, 1]
    exterior = webmap.decode_ring(encoded[0][0][0])
    assert len(exterior) == 4  # 5 coordinates, closing one dropped
    assert {tuple(p) for p in np.round(exterior, 5)} == {(0, 0), (1, 0), (1, 1), (0, 1)}


def test_rings_collapsed_by_rounding_are_dropped():
    tiny = box(0, 0, 1e-7, 1e-7)  # far below 1e-5 degrees
    encoded = webmap.encode_geometries([MultiPolygon([box(0, 0, 1, 1), tiny])], identity)
    assert len(encoded[0]) == 1


def test_simplify_keeps_none_and_validity():
    zigzag = Polygon([(0, 0), (10, 0.01), (20, 0), (20, 10), (0, 10)])
    out = webmap.simplify([zigzag, None], 1.0)
    assert out[1] is None and out[0].is_valid
    assert len(out[0].exterior.coords) == 5  # (10, 0.01) removed


@pytest.mark.parametrize("value, expected", [
    ("ambulatory;hospital", ["ambulatory", "hospital"]), ("a, b;;", ["a", "b"]), (None, []), (float("nan"), []),
])
def test_split_list(value, expected):
    assert webmap.split_list(value) == expected


def test_unit_code_is_the_official_code():
    assert webmap.unit_code("FR:59599") == "59599" and webmap.unit_code("BE:33011") == "33011"
    assert webmap.unit_code("2A004") == "2A004"


def test_tile_sources():
    assert webmap.tile_sources("https://{s}.tile.example.org/{z}/{x}/{y}.png") == "https://*.tile.example.org"
    assert webmap.tile_sources("http://localhost:8080/{z}/{x}/{y}.png") == "http://localhost:8080"
    assert webmap.tile_sources("") == ""


# ----------------------------------------------------------------------------- data

# Degrees used as map units (to_lonlat = identity): FR:1 | BE:1 side by side, FR:2 below, BE:2 apart.
UNITS = pd.DataFrame({
    "unit_id": ["FR:1", "BE:1", "FR:2", "BE:2"], "country": ["FR", "BE", "FR", "BE"],
    "name": ["Tourcoing", "Mouscron", "Lille", "Arlon"], "name_nl": ["", "Moeskroen", "Rijsel", ""],
    "postcode": ["59200", "7700; 7711", None, "6700"],
})
SHAPES = np.array([box(3.0, 50.0, 3.1, 50.1), box(3.1, 50.0, 3.2, 50.1), box(3.0, 49.9, 3.1, 50.0),
                   box(5.8, 49.6, 5.9, 49.7)], dtype=object)
POINTS = np.array([[3.05, 50.05], [3.15, 50.05], [3.05, 49.95], [5.85, 49.65]])
AGREEMENTS = pd.DataFrame({
    "code": ["Z1", "Z2", "Z3"], "name_fr": ["Zone « un »", "Zone deux", "Zone trois"],
    "name_nl": ["Zone een", "", ""], "in_force_from": ["2008-04-01", "2010-01-01", "2030-01-01"],
    "ends_on": [None, None, None], "care_covered": ["ambulatory;hospital", "", ""],
    "insurers": ["CPAM; mutualités", "", ""], "status": ["in_force", "in_force", "in_force"],
})
MEMBERS = pd.DataFrame({"code": ["Z1", "Z1"], "unit_id": ["FR:1", "BE:1"],
                        "covered_since": ["2008-04-01", "2009-07-01"]})
ESTABLISHMENTS = pd.DataFrame({"code": ["Z1", "Z1", "Z1", "Z2"], "supply_id": ["H:F1", "H:B1", "H:B2", "H:F1"]})
FACILITIES = pd.DataFrame({
    "supply_id": ["H:F1", "H:B1", "H:B2", "H:X"], "name": ['CH "Tourcoing"', "<b>CH</b> Mouscron", "No point", "x"],
    "address": ["1 rue A", None, "", ""], "phone": ["+33 3 20", "", "", ""], "category": ["hospital", "hospital",
                                                                                         "dialysis;hospital", ""],
    "country": ["FR", "be", "BE", "FR"], "x": [3.06, 3.16, np.nan, 4.0], "y": [50.06, 50.06, np.nan, 50.0],
})


def run(**changes):
    arguments = dict(units=UNITS, unit_shapes=SHAPES, unit_points=POINTS, member_units=MEMBERS,
                     member_establishments=ESTABLISHMENTS, facilities=FACILITIES, to_lonlat=identity,
                     agreements=AGREEMENTS, meta={"as_of": "2026-01-01"}, simplify_tolerance=0.0, gap_tolerance=0.0,
                     when=pd.Timestamp("2026-01-01"))
    arguments.update(changes)
    return webmap.webmap_data(**arguments)


def test_zones_units_and_establishments():
    result = run()
    data = result.data
    zone = data["zones"][0]
    assert [z["code"] for z in data["zones"]] == ["Z1"]
    assert zone["name_fr"] == "Zone « un »" and zone["care_covered"] == ["ambulatory", "hospital"]
    assert zone["in_force_from"] == "2008-04-01" and zone["ends_on"] == "" and zone["units"] == {"FR": 1, "BE": 1}
    # Z1 = FR:1 ∪ BE:1 = the box 3.0–3.2 × 50.0–50.1.
    ring = webmap.decode_ring(zone["geometry"][0][0])
    assert len(zone["geometry"]) == 1 and len(zone["geometry"][0]) == 1  # one polygon without hole
    assert Polygon(ring).equals(box(3.0, 50.0, 3.2, 50.1))  # the shared edge dissolved
    establishments = data["establishments"]
    assert [e["id"] for e in establishments] == ["H:F1", "H:B1", "H:B2"]  # H:X is no member: left out
    assert [establishments[i]["id"] for i in zone["establishments"]] == ["H:F1", "H:B1", "H:B2"]
    assert establishments[0] == {"id": "H:F1", "name": 'CH "Tourcoing"', "address": "1 rue A", "phone": "+33 3 20",
                                 "categories": ["hospital"], "country": "FR", "lat": 50.06, "lon": 3.06}
    assert establishments[1]["country"] == "BE" and establishments[1]["name"] == "<b>CH</b> Mouscron"
    assert establishments[2]["lat"] is None and establishments[2]["categories"] == ["dialysis", "hospital"]
    units = data["units"]
    assert units["code"] == ["1", "1", "2", "2"] and units["name_nl"][1] == "Moeskroen"
    assert units["postcodes"] == [["59200"], ["7700", "7711"], [], ["6700"]]
    assert units["zones"] == [[0], [0], [], []] and units["since"] == [["2008-04-01"], ["2009-07-01"], [], []]
    assert units["lat"][0] == 50.05 and units["lon"][3] == 5.85
    assert [c["code"] for c in data["countries"]] == ["BE", "FR"]
    assert data["meta"]["bounds"] == [[49.6, 3.0], [50.1, 5.9]]


def test_agreements_without_members_and_not_in_force():
    """Z2 is in force with no member unit: warned and left off; Z3 starts in 2030: not in force in 2026."""
    result = run()
    assert result.empty_agreements == ["Z2"] and result.not_in_force == ["Z3"]
    messages = [str(w) for w in result.warnings]
    assert any("no member unit" in m and "Z2" in m and "1 agreement" in m for m in messages)
    assert result.data["warnings"]["empty_agreements"] == ["Z2"]


def test_establishments_without_coordinates_are_counted_and_listed():
    result = run()
    assert result.no_coordinates == ["H:B2"]
    assert any(w.values["count"] == 1 and "H:B2" in str(w) and "no coordinates" in str(w) for w in result.warnings)


def test_one_sided_agreement_is_warned():
    members = pd.DataFrame({"code": ["Z1"], "unit_id": ["FR:1"]})
    result = run(member_units=members)
    assert any("one side only" in str(w) and "Z1" in str(w) for w in result.warnings)
    assert result.data["units"]["since"][0] == [""]


def test_without_agreements_table_the_codes_come_from_the_members():
    result = run(agreements=None)
    assert [z["code"] for z in result.data["zones"]] == ["Z1"]
    assert result.data["zones"][0]["name_fr"] == "" and result.empty_agreements == ["Z2"]


def test_gap_classes_are_dissolved_per_class_in_severity_order():
    overlay = webmap.Overlay("gaps", pd.Series(["FR_NONE", "WAL_SHORTAGE", "FR_ZIP", None]), SHAPES)
    labels = {"FR_ZIP": {"en": "Potential ZIP", "fr": "ZIP potentielle", "nl": "Potentiële ZIP"}}
    result = run(overlays=[overlay], class_labels=labels)
    gaps = result.data["overlays"][0]
    assert [c["code"] for c in gaps["classes"]] == ["FR_ZIP", "WAL_SHORTAGE", "FR_NONE"]
    assert gaps["classes"][0]["labels"]["fr"] == "ZIP potentielle" and gaps["classes"][1]["labels"] == {}
    assert len(gaps["features"]) == 3
    assert any("without a value" in str(w) and "4" in w.values["ids"] for w in result.warnings)


def test_basins_keep_their_names():
    overlay = webmap.Overlay("basins", pd.Series([1, 1, 2, 2]), SHAPES, pd.Series(["Lille", "Lille", "Arlon", ""]))
    basins = run(overlays=[overlay]).data["overlays"][0]
    assert basins["kind"] == "basins" and [(f["id"], f["name"]) for f in basins["features"]] == [("1", "Lille"),
                                                                                             ("2", "Arlon")]
    assert len(basins["features"][0]["geometry"]) == 1  # two touching boxes dissolved into one polygon


# ----------------------------------------------------------------------------- writing


def test_data_script_is_ascii_json_keeping_every_character():
    hostile = "</script><img src=x onerror=alert(1)> \"quoted\" 'single' \u2028 Ypres–Ieper"
    text = webmap.data_script({"name": hostile})
    assert text.isascii() and "\u2028" not in text
    assert json.loads(text[len(webmap.DATA_VARIABLE) + 3:-2]) == {"name": hostile}


def test_write_webmap_folder(tmp_path):
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "notes.txt").write_text("kept")
    (folder / "zoast").mkdir()
    (folder / "zoast" / "stale.js").write_text("old")
    written = webmap.write_webmap(folder, run().data)
    assert written.index == folder / "index.html"
    for name in ("index.html", "data.js", "zoast/app.js", "zoast/strings.js", "zoast/app.css",
                 "vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css", "vendor/leaflet/LICENSE"):
        assert (folder / name).is_file(), name
    assert (folder / "notes.txt").read_text() == "kept"  # not the map's: left alone
    assert not (folder / "zoast" / "stale.js").exists()  # the map's folders are replaced whole
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []  # no staging left
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert webmap.TILE_SOURCES_MARKER not in index and "img-src 'self' data: ;" in index
    assert "connect-src 'none'" in index
    assert data_of(folder)["zones"][0]["code"] == "Z1"
    assert written.size_bytes == sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) - len("kept")


def test_write_webmap_allows_the_tile_server_only(tmp_path):
    data = run(meta={"tiles": {"url": "https://{s}.tiles.example.org/{z}/{x}/{y}.png", "attribution": "©"}}).data
    webmap.write_webmap(tmp_path, data)
    assert "img-src 'self' data: https://*.tiles.example.org;" in (tmp_path / "index.html").read_text()


def test_leaflet_is_vendored_with_its_version_and_licence():
    vendor = webmap.TEMPLATE_DIR / "vendor" / "leaflet"
    version = (vendor / "VERSION").read_text()
    assert version.startswith("leaflet 1.9.4 ") and "integrity sha512-" in version
    assert "BSD 2-Clause" in (vendor / "LICENSE").read_text()
    script = (vendor / "leaflet.js").read_text()
    assert 'version="1.9.4"' in script and "sourceMappingURL" not in script


def test_the_page_never_writes_html_from_strings():
    """Data reaches the page through textContent and attributes only (the browser tests check it runs so)."""
    source = (webmap.TEMPLATE_DIR / "zoast" / "app.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in source, sink


def test_member_establishment_on_no_side_is_warned():
    facilities = FACILITIES.assign(country=["FR", "BE", "", "FR"])
    result = run(facilities=facilities)
    assert any("no side of the border" in str(w) and "H:B2" in str(w) and w.values["field"] == "country"
               for w in result.warnings)
    assert [e["country"] for e in result.data["establishments"]] == ["FR", "BE", ""]


def test_members_of_an_agreement_not_in_force_are_not_mapped():
    """Z3 starts in 2030: a member listed for it (say, read without the dates) draws nothing in 2026."""
    members = pd.concat([MEMBERS, pd.DataFrame({"code": ["Z3"], "unit_id": ["BE:2"], "covered_since": [""]})])
    result = run(member_units=members)
    assert [z["code"] for z in result.data["zones"]] == ["Z1"] and result.data["units"]["zones"][3] == []
    assert result.not_in_force == ["Z3"]
