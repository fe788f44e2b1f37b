"""zoast:importfiness through processing.run, on a FINESS-format file written here."""

import processing
import pytest
from qgis.core import QgsProcessingException

from tests.layers import layer_rows, memory_layer
from zoast_plugin.core.finess import REASONS, STRUCTURE_FIELDS


def structure(nofinesset, rs, categetab, libcategetab, rslongue=None, commune="350", departement="59"):
    """A structureet line with the 31 fields of the format and the final ';'."""
    values = dict.fromkeys(STRUCTURE_FIELDS, "")
    values.update(
        structureet="structureet", nofinesset=nofinesset, nofinessej="59078" + nofinesset[-4:], rs=rs,
        rslongue=rs.upper() if rslongue is None else rslongue, commune=commune, departement=departement,
        libdepartement="NORD", categetab=categetab, libcategetab=libcategetab, siret="26590001500012",
        dateouv="1979-02-13", datemaj="2020-02-04",
    )  # fmt: skip
    return ";".join([values[f] for f in STRUCTURE_FIELDS] + [""])


def geo(nofinesset, x, y, source="1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93"):
    return ";".join(["geolocalisation", nofinesset, x, y, source, "2020-02-04"])


LINES = [
    "finess;etalab;111;2026-05-12",  # 1 header
    structure("590000001", "Hôpital Saint-Éloi", "355", "Centre Hospitalier (C.H.)", rslongue=""),  # 2
    structure("590000002", "Pharmacie du Centre", "620", "Pharmacie d'Officine"),  # 3
    "structureet;590000003;590780003;TROP COURT",  # 4 short line
    structure("590000004", "Sans coordonnées", "124", "Centre de Santé"),  # 5 no geolocation
    structure("590000001", "Doublon", "355", "Centre Hospitalier (C.H.)"),  # 6 duplicate nofinesset
    structure("590000005", "Foyer", "999", "Catégorie inconnue"),  # 7 unknown category, bad coordinates
    geo("590000001", "703000.5", "7059000.25"),  # 8
    geo("590000002", "704000", "7058000"),  # 9
    geo("590000005", "abc", "7059000"),  # 10 non-numeric
    "",
]
OVERSEAS = [
    structure("970100012", "Polyclinique", "365", "Etablissement de Soins Pluridisciplinaire", commune="101",
              departement="9A"),
    geo("970100012", "657242.9", "1795384.4", "2,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N20"),
    "",
]


def write(tmp_path, lines=LINES, encoding="latin-1"):
    path = tmp_path / "etalab-cs1100507-stock-20260512-0339.csv"
    path.write_bytes("\n".join(lines).encode(encoding))
    return str(path)


def run(path, **extra):
    parameters = {"INPUT": path, "OUTPUT": "memory:", "ISSUES": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:importfiness", parameters)


def test_points_issues_and_counts_exactly(zoast_provider, tmp_path):
    """Lines 2 and 3 have coordinates; 5 has no geolocation, 7 a non-numeric one (both listed at their
    structureet line); 4 is short and 6 repeats 590000001: 4 establishments, 2 points, 4 issues; code 999
    is not in the packaged table (1 unknown, category other)."""
    result = run(write(tmp_path))
    rows = layer_rows(result["OUTPUT"])
    assert rows == [
        {"supply_id": "590000001", "nofinesset": "590000001", "nofinessej": "590780001",
         "name": "Hôpital Saint-Éloi", "categetab": "355", "libcategetab": "Centre Hospitalier (C.H.)",
         "category": "hospital", "commune": "59350", "departement": "59", "siret": "26590001500012",
         "dateouv": "1979-02-13", "country": "FR", "line": 2},
        {"supply_id": "590000002", "nofinesset": "590000002", "nofinessej": "590780002",
         "name": "PHARMACIE DU CENTRE", "categetab": "620", "libcategetab": "Pharmacie d'Officine",
         "category": "pharmacy", "commune": "59350", "departement": "59", "siret": "26590001500012",
         "dateouv": "1979-02-13", "country": "FR", "line": 3},
    ]  # fmt: skip
    points = [f.geometry().asPoint() for f in result["OUTPUT"].getFeatures()]
    assert [(p.x(), p.y()) for p in points] == [(703000.5, 7059000.25), (704000.0, 7058000.0)]
    assert result["OUTPUT"].crs().authid() == "EPSG:2154"

    issues = layer_rows(result["ISSUES"])
    assert [(r["line"], r["nofinesset"], r["reason"]) for r in issues] == [
        (4, "590000003", "short_line"),
        (5, "590000004", "no_coordinates"),
        (6, "590000001", "duplicate_id"),
        (7, "590000005", "bad_coordinates"),
    ]
    assert [r["reason_text"] for r in issues] == [REASONS[r["reason"]] for r in issues]  # English: no translator
    assert "abc" in issues[3]["detail"]
    assert (result["ESTABLISHMENTS"], result["WITH_COORDINATES"], result["WITHOUT_COORDINATES"]) == (4, 2, 2)
    assert (result["ISSUES_COUNT"], result["UNKNOWN_CATEGORIES"]) == (4, 1)


def test_overseas_records_are_reprojected_to_the_output_crs(zoast_provider, tmp_path):
    """Lambert-93 (703000.5, 7059000.25) is in Lille (≈ 3.06° E, 50.63° N); UTM 20N (657242.9, 1795384.4) in
    Les Abymes, Guadeloupe (≈ 61.5° W, 16.2° N)."""
    result = run(write(tmp_path, LINES[:-1] + OVERSEAS), OUTPUT_CRS="EPSG:4326")
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"
    points = {f["nofinesset"]: f.geometry().asPoint() for f in result["OUTPUT"].getFeatures()}
    assert (points["590000001"].x(), points["590000001"].y()) == (pytest.approx(3.06, abs=0.02),
                                                                  pytest.approx(50.63, abs=0.02))
    assert (points["970100012"].x(), points["970100012"].y()) == (pytest.approx(-61.5, abs=0.05),
                                                                  pytest.approx(16.23, abs=0.05))
    assert [f["commune"] for f in result["OUTPUT"].getFeatures()][-1] == "97101"
    assert result["WITH_COORDINATES"] == 3


def test_custom_mapping_table(zoast_provider, tmp_path):
    """With a table mapping only 355 and 999, the pharmacy (620) is unknown and becomes other."""
    table = memory_layer("None", "", {"code": int, "category": str},
                         [(None, {"code": 355, "category": "hospital"}),
                          (None, {"code": 999, "category": "nursing_home"})])
    result = run(write(tmp_path), CATEGORY_MAPPING=table)
    assert [r["category"] for r in layer_rows(result["OUTPUT"])] == ["hospital", "other"]
    assert result["UNKNOWN_CATEGORIES"] == 2  # 620 (pharmacy) and 124 (health centre, no coordinates)


def test_bad_mapping_table_names_the_field(zoast_provider, tmp_path):
    table = memory_layer("None", "", {"code": str, "category": str},
                         [(None, {"code": "355", "category": "Hospital"})])
    with pytest.raises(QgsProcessingException, match=r"'category'.*'Hospital'"):
        run(write(tmp_path), CATEGORY_MAPPING=table)


def test_utf8_file_read_as_latin1_is_refused_with_advice(zoast_provider, tmp_path):
    """The accented names of lines 2, 5 and 7 hold UTF-8 sequences: read as latin-1 they would give 'HÃ´pital'."""
    path = write(tmp_path, encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"3 line\(s\).*'latin-1'.*lines: 2, 5, 7.*utf-8"):
        run(path)
    accepted = run(path, IGNORE_ENCODING_ISSUES=True)
    reasons = [(r["line"], r["reason"]) for r in layer_rows(accepted["ISSUES"])]
    assert [line for line, reason in reasons if reason == "encoding_utf8"] == [2, 5, 7]
    right = run(path, ENCODING="utf-8")
    assert layer_rows(right["OUTPUT"])[0]["name"] == "Hôpital Saint-Éloi"
    assert right["ISSUES_COUNT"] == 4


def test_latin1_file_read_as_utf8_is_refused(zoast_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"'utf-8'.*latin-1"):
        run(write(tmp_path), ENCODING="utf-8")


def test_unknown_encoding_name(zoast_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"ENCODING: 'klingon'"):
        run(write(tmp_path), ENCODING="klingon")


def test_not_a_finess_file(zoast_provider, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(QgsProcessingException, match=r"no 'structureet' record in 2 line"):
        run(str(path))


def test_missing_file(zoast_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"(not found|does not exist|missing)"):
        run(str(tmp_path / "absent.csv"))


def test_extract_positions_outside_area_swapped_or_outside_territory_are_issues(zoast_provider, tmp_path):
    """A Lille dialysis centre (141) placed right; one with swapped Lambert-93 numbers; one whose WGS 84
    position lies in the Indian Ocean although its commune is in the Nord; one far outside Lambert-93's area."""
    lines = [
        "finess;etalab;111;2026-05-12",
        structure("590000011", "Centre de dialyse", "141", "Centre de dialyse"),  # 2
        structure("590000012", "Inversé", "355", "Centre Hospitalier (C.H.)"),  # 3
        structure("590000013", "Océan", "355", "Centre Hospitalier (C.H.)"),  # 4
        structure("590000014", "Loin", "355", "Centre Hospitalier (C.H.)"),  # 5
        geo("590000011", "703000.5", "7059000.25"),
        geo("590000012", "7059000.25", "703000.5"),
        geo("590000013", "60.2", "-30.5", "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,EPSG:4326 WGS 84"),
        geo("590000014", "-9000000", "1000"),
        "",
    ]
    result = run(write(tmp_path, lines))
    assert [(r["nofinesset"], r["category"]) for r in layer_rows(result["OUTPUT"])] == [("590000011", "dialysis")]
    issues = [(r["line"], r["nofinesset"], r["reason"]) for r in layer_rows(result["ISSUES"])]
    assert issues == [(3, "590000012", "swapped_coordinates"), (4, "590000013", "outside_scope"),
                      (5, "590000014", "outside_area_of_use")]
    assert "EPSG:2154 (7059000.25, 703000.5)" in layer_rows(result["ISSUES"])[0]["detail"]
    assert (result["WITH_COORDINATES"], result["WITHOUT_COORDINATES"]) == (1, 3)


def test_windows_1252_characters_of_the_extract_come_out_right(zoast_provider, tmp_path):
    """’ (0x92) and Œ (0x8C) are Windows-1252 bytes: read as latin-1 they were invisible control characters."""
    lines = ["finess;etalab;111;2026-05-12", structure("590000021", "L’ŒUVRE", "355", "CH", rslongue="L’ŒUVRE"),
             geo("590000021", "703000.5", "7059000.25"), ""]
    result = run(write(tmp_path, lines, encoding="cp1252"))
    assert layer_rows(result["OUTPUT"])[0]["name"] == "L’ŒUVRE"
