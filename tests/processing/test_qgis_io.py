"""Reading layers: invalid geometries follow the context's setting without breaking QGIS."""

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
)

from tests.layers import memory_layer
from zoast_plugin.processing.qgis_io import GEOMETRY_SHAPES, read_layer

BOW_TIE = "Polygon((0 0, 10 10, 10 0, 0 10, 0 0))"
SQUARE = "Polygon((0 0, 10 0, 10 10, 0 10, 0 0))"
CHECK = QgsFeatureRequest.InvalidGeometryCheck


def read(rows, check, **options):
    layer = memory_layer("Polygon", "EPSG:3035", {"unit_id": str}, rows)
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(check)
    source = QgsProcessingFeatureSource(layer, context)
    return read_layer(source, context, ["unit_id"], "units", GEOMETRY_SHAPES,
                      QgsCoordinateReferenceSystem("EPSG:3035"), **options)


ROWS = [(SQUARE, {"unit_id": "A"}), (BOW_TIE, {"unit_id": "B"}), (SQUARE, {"unit_id": "C"})]


def test_abort_names_the_count_and_ids_and_qgis_keeps_working(qgis_app):
    with pytest.raises(QgsProcessingException, match=r"1 feature\(s\) with an invalid geometry, first ids: 2"):
        read(ROWS, CHECK.GeometryAbortOnInvalid)
    data = read([(SQUARE, {"unit_id": "A"})], CHECK.GeometryAbortOnInvalid)  # the next read still works
    assert list(data.frame["unit_id"]) == ["A"]


def test_skip_drops_and_counts_the_invalid_ones(qgis_app):
    data = read(ROWS, CHECK.GeometrySkipInvalid, keep_features=True)
    assert list(data.frame["unit_id"]) == ["A", "C"]
    assert data.skipped_fids == [2]
    assert len(data.shapes) == len(data.geometries) == len(data.attributes) == len(data.xy) == 2


def test_no_check_and_repair_keep_everything(qgis_app):
    assert len(read(ROWS, CHECK.GeometryNoCheck).frame) == 3
    assert len(read(ROWS, CHECK.GeometryAbortOnInvalid, repair_invalid=True).frame) == 3


def test_read_table_fast_path_matches_qgis_features(qgis_app, tmp_path):
    """The GDAL columnar reader gives the same frame as iterating features: text, numbers and NULLs."""
    from qgis.core import QgsProcessingAlgorithm, QgsVectorFileWriter, QgsVectorLayer

    from zoast_plugin.processing.qgis_io import read_table

    source = memory_layer("None", "", {"origin_id": str, "patients": int, "amount": float}, [
        (None, {"origin_id": "FR:59350", "patients": 12, "amount": 1.5}),
        (None, {"origin_id": "BE:57081", "patients": None, "amount": None}),
        (None, {"origin_id": None, "patients": 3, "amount": 2.0}),
    ])
    path = str(tmp_path / "flows.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(source, path, QgsProcessingContext().transformContext(), options)
    layer = QgsVectorLayer(path, "flows", "ogr")
    assert layer.isValid()

    class Reader(QgsProcessingAlgorithm):  # only the parameterAs* helpers are used
        def name(self):
            return "reader"

        def createInstance(self):
            return Reader()

        def initAlgorithm(self, config=None):
            from qgis.core import QgsProcessingParameterFeatureSource
            self.addParameter(QgsProcessingParameterFeatureSource("FLOWS", "flows"))

    reader = Reader()
    reader.initAlgorithm()
    context = QgsProcessingContext()
    fast = read_table(reader, {"FLOWS": layer}, "FLOWS", context, ["origin_id", "patients", "amount"], "flows")
    slow = read_layer(QgsProcessingFeatureSource(layer, context), context, ["origin_id", "patients", "amount"],
                      "flows")
    assert list(fast.fids) == list(slow.fids) == [1, 2, 3]
    assert fast.frame["origin_id"].tolist() == ["FR:59350", "BE:57081", None]
    assert fast.frame["patients"].tolist()[::2] == [12, 3] and fast.frame["patients"].isna().tolist() == [
        False, True, False]
    assert fast.frame["amount"].isna().tolist() == slow.frame["amount"].isna().tolist() == [False, True, False]
    layer.setSubsetString('"patients" > 5')  # a filter: read through QGIS, which honours it
    filtered = read_table(reader, {"FLOWS": layer}, "FLOWS", context, ["origin_id"], "flows")
    assert filtered.frame["origin_id"].tolist() == ["FR:59350"]
