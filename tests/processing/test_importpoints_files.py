"""zoast:importpoints on Belgian CSV files as officers get them: BOM, ';' and decimal commas,
Lambert 72 / Lambert 2008 / WGS 84, Windows-1252 text; positions checked within 1 m against OSR."""

import processing
import pytest
from osgeo import osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProject,
)

from tests.layers import layer_rows
from zoast_plugin.core.coordinates import distance_m

# Longitude, latitude (WGS 84) of Belgian places, and a name with ’ and Œ.
PLACES = [
    ("BE-01", "Dokter L’Œillet", 4.3517, 50.8503),  # Brussels
    ("BE-02", "Huisartsenpraktijk Ieper", 2.8850, 50.8510),  # Ieper
    ("BE-03", "Maison médicale d’Arlon", 5.8167, 49.6833),  # Arlon
]


def project(lon, lat, epsg):
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(4326)
    target.ImportFromEPSG(epsg)
    for ref in (source, target):
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y, _ = osr.CoordinateTransformation(source, target).TransformPoint(lon, lat)
    return x, y


def write_csv(path, epsg, encoding="utf-8-sig", extra=()):
    lines = ["id;naam;x;y;vte"]
    for ref, name, lon, lat in PLACES:
        x, y = (lon, lat) if epsg == 4326 else project(lon, lat, epsg)
        digits = 7 if epsg == 4326 else 3
        lines.append(";".join([ref, name, "{:.{d}f}".format(x, d=digits).replace(".", ","),
                               "{:.{d}f}".format(y, d=digits).replace(".", ","), "1,5"]))
    lines.extend(extra)
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return str(path)


def run(path, crs, **extra):
    parameters = {"INPUT": path, "X_FIELD": "x", "Y_FIELD": "y", "CRS": crs, "ID_FIELD": "id", "COUNTRY": "BE",
                  "DEFAULT_CATEGORY": "gp", "FTE_FIELD": "vte", "OUTPUT": "memory:", "REJECTED": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:importpoints", parameters)


@pytest.mark.parametrize("epsg", [31370, 3812, 4326])
def test_belgian_lists_with_bom_and_decimal_commas_within_a_metre(zoast_provider, tmp_path, epsg):
    result = run(write_csv(tmp_path / "list_{}.csv".format(epsg), epsg), "EPSG:{}".format(epsg))
    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:{}".format(epsg)
    assert [r["supply_id"] for r in layer_rows(layer)] == [p[0] for p in PLACES]
    assert [r["naam"] for r in layer_rows(layer)] == [p[1] for p in PLACES]
    assert [r["fte"] for r in layer_rows(layer)] == [1.5] * 3
    to_wgs84 = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    for feature, (_ref, _name, lon, lat) in zip(layer.getFeatures(), PLACES):
        point = to_wgs84.transform(feature.geometry().asPoint())
        assert distance_m(point.x(), point.y(), lon, lat) < 1.0
    assert result["REJECTED_COUNT"] == 0


def test_positions_outside_area_swapped_or_outside_belgium_are_rejected(zoast_provider, tmp_path):
    extra = ["BE-04;Omgekeerd;50,85;4,35;1", "BE-05;Parijs;2,3522;48,8566;1", "BE-06;Lambert;150000;170000;1"]
    result = run(write_csv(tmp_path / "bad.csv", 4326, extra=extra), "EPSG:4326")
    assert result["POINTS"] == 3
    rejected = [(r["supply_id"], r["reason"]) for r in layer_rows(result["REJECTED"])]
    assert rejected == [("BE-04", "swapped_coordinates"), ("BE-05", "outside_scope"),
                        ("BE-06", "outside_area_of_use")]
    assert layer_rows(result["REJECTED"])[0]["detail"] == "EPSG:4326 x 50.85, y 4.35"


def test_windows_1252_file_names_line_and_encoding_then_reads_with_encoding(zoast_provider, tmp_path):
    path = write_csv(tmp_path / "lijst.csv", 31370, encoding="cp1252")
    with pytest.raises(QgsProcessingException, match=r"lijst\.csv'\), line 2, field 'naam'.*windows-1252"):
        run(path, "EPSG:31370")
    for encoding in ("windows-1252", "latin-1", "cp1252"):
        names = [r["naam"] for r in layer_rows(run(path, "EPSG:31370", ENCODING=encoding)["OUTPUT"])]
        assert names == [p[1] for p in PLACES], encoding


def test_unknown_encoding_invalid_crs_and_default_crs(zoast_provider, tmp_path):
    path = write_csv(tmp_path / "wgs.csv", 4326)
    with pytest.raises(QgsProcessingException, match=r"ENCODING: 'klingon'"):
        run(path, "EPSG:4326", ENCODING="klingon")
    with pytest.raises(QgsProcessingException, match=r"CRS: 'EPSG:999999' is not a valid"):
        run(path, "EPSG:999999")
    parameters = {"INPUT": path, "X_FIELD": "x", "Y_FIELD": "y", "COUNTRY": "BE", "OUTPUT": "memory:",
                  "REJECTED": "memory:"}
    assert processing.run("zoast:importpoints", parameters)["OUTPUT"].crs().authid() == "EPSG:4326"


def test_empty_table_is_an_error(zoast_provider, tmp_path):
    path = tmp_path / "leeg.csv"
    path.write_text("id;naam;x;y;vte\n")
    with pytest.raises(QgsProcessingException, match=r"no row to import"):
        run(str(path), "EPSG:4326")
