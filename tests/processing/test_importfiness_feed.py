"""zoast:importfiness on the FINESS Structures JSON feed (tests/data/finess_structures_tricky.json).

The file follows the ANS schema (ansforge/finess, flux/out/data.gouv/structure/schema) and the
ANS sample's layout (pretty-printed, ``"key" : value``, the projected pair with the northing in
``coordonneeX``); it was written for these tests, with one tricky case per establishment (see
the comments of each case below). Expected positions come from GDAL's OSR, not from QGIS.
"""

import shutil
from pathlib import Path

import processing
import pytest
from osgeo import osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.layers import layer_rows, memory_layer

FEED = Path(__file__).resolve().parent.parent / "data" / "finess_structures_tricky.json"


def osr_transform(x, y, source, target):
    """(x, y) from EPSG ``source`` to EPSG ``target`` by OSR, in x = easting/longitude order."""
    refs = []
    for code in (source, target):
        ref = osr.SpatialReference()
        ref.ImportFromEPSG(code)
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        refs.append(ref)
    out = osr.CoordinateTransformation(*refs).TransformPoint(x, y)
    return out[0], out[1]


class Log(QgsProcessingFeedback):
    """The messages of a run: info lines and warnings."""

    def __init__(self):
        super().__init__()
        self.lines, self.warnings = [], []

    def pushInfo(self, text):  # noqa: N802 - QGIS API
        self.lines.append(text)

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.warnings.append(text)


def run(path, **extra):
    parameters = {"INPUT": str(path), "OUTPUT": "memory:", "ISSUES": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:importfiness", parameters)


def test_feed_points_categories_and_issues(zoast_provider):
    result = run(FEED, OUTPUT_CRS="EPSG:4326")
    rows = {r["nofinesset"]: r for r in layer_rows(result["OUTPUT"])}
    # Placed: lat/lon (1, 5, 10, 14, 11); the projected pair in either order (3: Lambert-93, 12: UTM 20N).
    assert list(rows) == ["590796975", "590000129", "590000228", "590000269", "590000277", "970100020",
                          "970100038"]
    assert {k: r["category"] for k, r in rows.items()} == {
        "590796975": "hospital", "590000129": "dialysis", "590000228": "other", "590000269": "other",
        "590000277": "mental_health_centre", "970100020": "hospital", "970100038": "dialysis"}  # fmt: skip
    first = rows["590796975"]
    assert (first["name"], first["nofinessej"], first["commune"], first["departement"], first["libcategetab"],
            first["siret"], first["country"]) == (
        "HÔPITAL CLAUDE HURIEZ – CHU DE LILLE", "590780193", "59350", "59",
        "Centre hospitalier non dénommé ailleurs (CH)", "26590001500012", "FR")
    assert rows["970100038"]["departement"] == "971"
    points = {f["nofinesset"]: f.geometry().asPoint() for f in result["OUTPUT"].getFeatures()}
    expected = {
        "590796975": (3.0348, 50.6106),
        "590000129": osr_transform(712324.1, 7066068.76, 2154, 4326),
        "970100020": (-61.5331, 16.2411),
        "970100038": osr_transform(658365.82, 1798822.29, 5490, 4326),
    }
    for finess_id, (lon, lat) in expected.items():
        point = points[finess_id]
        assert (point.x(), point.y()) == (pytest.approx(lon, abs=1e-5), pytest.approx(lat, abs=1e-5)), finess_id

    issues = [(r["nofinesset"], r["reason"]) for r in layer_rows(result["ISSUES"])]
    assert issues == [
        ("590000111", "closed"),
        ("590000210", "no_coordinates"),
        ("590000236", "swapped_coordinates"),
        ("590796975", "duplicate_id"),
        ("590000244", "outside_area_of_use"),
        ("590000251", "bad_coordinates"),
        ("590000269", "no_category"),
        ("590000277", "positions_disagree"),
        ("970400027", "outside_scope"),
    ]
    disagree = [r["detail"] for r in layer_rows(result["ISSUES"]) if r["reason"] == "positions_disagree"][0]
    distance = int(disagree.rsplit(": ", 1)[1].split(" m")[0])
    assert 11000 < distance < 14000, disagree  # Lille – Roubaix
    lines = [r["line"] for r in layer_rows(result["ISSUES"])]
    assert lines == sorted(lines) and all(line > 1 for line in lines)
    assert (result["ESTABLISHMENTS"], result["WITH_COORDINATES"], result["WITHOUT_COORDINATES"]) == (12, 7, 5)
    assert (result["ISSUES_COUNT"], result["UNKNOWN_CATEGORIES"]) == (9, 2)


def test_feed_counts_agree_between_the_log_and_the_outputs(zoast_provider):
    """14 establishments in the file, 1 closed and 1 repeated id: ESTABLISHMENTS counts the 12 kept, and the log
    and the output's label say so (the log said "12 open", the label "Establishments read")."""
    log = Log()
    result = processing.run("zoast:importfiness", {"INPUT": str(FEED), "OUTPUT": "memory:", "ISSUES": "memory:"},
                            feedback=log)
    assert result["ESTABLISHMENTS"] == 12 == result["WITH_COORDINATES"] + result["WITHOUT_COORDINATES"]
    assert any("14 establishment(s) read, 12 kept (open, each nofinesset once), 7 written as points" in line
               for line in log.lines), log.lines
    label = zoast_provider.algorithm("importfiness").outputDefinition("ESTABLISHMENTS").description()
    assert label == "Establishments kept (open, each nofinesset once)"


def test_overseas_points_outside_the_output_crs_are_a_counted_warning(zoast_provider):
    """The default OUTPUT_CRS, Lambert-93, has Guadeloupe's two establishments at x ≈ -6,268 km: written, but the
    log now says so and what to choose (before: nothing)."""
    log = Log()
    result = processing.run("zoast:importfiness", {"INPUT": str(FEED), "OUTPUT": "memory:", "ISSUES": "memory:"},
                            feedback=log)
    assert result["OUTPUT"].crs().authid() == "EPSG:2154" and result["WITH_COORDINATES"] == 7
    outside = [w for w in log.warnings if "outside the area of use of the output CRS" in w]
    assert outside == ["2 establishment(s) lie outside the area of use of the output CRS EPSG:2154, first: 970100020, "
                       "970100038. Their points are written but distorted there; for a file with overseas departments "
                       "choose an OUTPUT_CRS valid everywhere, e.g. EPSG:4326."]
    log = Log()
    processing.run("zoast:importfiness", {"INPUT": str(FEED), "OUTPUT": "memory:", "ISSUES": "memory:",
                                          "OUTPUT_CRS": "EPSG:4326"}, feedback=log)
    assert not [w for w in log.warnings if "output CRS" in w]


def test_feed_tolerance_between_the_two_positions(zoast_provider):
    result = run(FEED, POSITION_TOLERANCE=20000)
    assert "positions_disagree" not in [r["reason"] for r in layer_rows(result["ISSUES"])]


def test_feed_positions_in_lambert93_within_a_metre(zoast_provider):
    """Latitude/longitude reprojected by QGIS agree with OSR within 1 m; the projected pair is kept exactly."""
    result = run(FEED)  # default output CRS: Lambert-93
    assert result["OUTPUT"].crs().authid() == "EPSG:2154"
    points = {f["nofinesset"]: f.geometry().asPoint() for f in result["OUTPUT"].getFeatures()}
    x, y = osr_transform(3.0348, 50.6106, 4326, 2154)
    assert abs(points["590796975"].x() - x) < 1 and abs(points["590796975"].y() - y) < 1
    assert (points["590000129"].x(), points["590000129"].y()) == (712324.1, 7066068.76)


def test_feed_with_a_user_mapping_table(zoast_provider):
    table = memory_layer("None", "", {"code": str, "category": str},
                         [(None, {"code": "999", "category": "gp_group"})])
    result = run(FEED, CATEGORY_MAPPING=table, OUTPUT_CRS="EPSG:4326")
    categories = {r["nofinesset"]: r["category"] for r in layer_rows(result["OUTPUT"])}
    assert categories["590000228"] == "gp_group" and categories["590796975"] == "other"


def test_feed_streamed_in_small_blocks_gives_the_same_result(zoast_provider, monkeypatch):
    from zoast_plugin.core import finess_json

    whole = finess_json.parse_finess_json(FEED)
    monkeypatch.setattr(finess_json, "BLOCK_SIZE", 5)
    blocks = finess_json.parse_finess_json(FEED)
    assert blocks.establishments.equals(whole.establishments) and blocks.issues.equals(whole.issues)
    assert (whole.generated_at, whole.legal_entities, whole.establishments_read) == (
        "2026-11-02T03:10:00.000000000Z", 5, 14)


def test_truncated_feed_names_the_line(zoast_provider, tmp_path):
    path = tmp_path / "finess-structures-cut.json"
    text = FEED.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"finess-structures-cut\.json', line \d+: not valid JSON"):
        run(path)


def test_json_that_is_not_the_feed(zoast_provider, tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"type": "FeatureCollection", "features": []}')
    with pytest.raises(QgsProcessingException, match=r"no 'pmej' array"):
        run(path)


def test_feed_in_windows_1252_names_the_line_and_encoding(zoast_provider, tmp_path):
    path = tmp_path / "finess-structures-1252.json"
    path.write_bytes(FEED.read_text(encoding="utf-8").encode("cp1252"))
    with pytest.raises(QgsProcessingException, match=r"line 7: bytes that are not UTF-8.*windows-1252"):
        run(path)


def test_feed_copy_with_bom_is_read(zoast_provider, tmp_path):
    path = tmp_path / "bom.json"
    shutil.copy(FEED, path)
    path.write_bytes(b"\xef\xbb\xbf" + FEED.read_bytes())
    assert run(path)["WITH_COORDINATES"] == 7
