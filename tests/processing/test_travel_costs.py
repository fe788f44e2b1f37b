"""processing/travel_costs.py: pairs routed once and read back block by block."""

import numpy as np
import pytest

from zoast_plugin.core.costs import CostPairs
from zoast_plugin.core.errors import Cancelled
from zoast_plugin.processing.travel_costs import _Spooled


def make_blocks(calls):
    def blocks(progress=None):
        calls.append(1)
        for start in range(0, 10, 4):
            stop = min(start + 4, 10)
            yield CostPairs(np.arange(start, stop), np.arange(start, stop) % 3, np.arange(start, stop) * 0.5, 10, 3)
            if progress is not None:
                progress(stop / 10)

    return blocks


def as_tuples(blocks):
    return [(b.origin.tolist(), b.dest.tolist(), b.cost.tolist(), b.n_origins, b.n_destinations) for b in blocks]


def test_spooled_blocks_are_computed_once_and_read_back_identical():
    calls = []
    spooled = _Spooled(make_blocks(calls))
    first = as_tuples(spooled())
    fractions = []
    second = as_tuples(spooled(fractions.append))
    third = as_tuples(spooled())
    assert first == second == third == as_tuples(make_blocks([])())
    assert len(calls) == 1
    assert fractions[0] == 0.0 and fractions[-1] == 1.0


def test_an_interrupted_first_pass_is_computed_again():
    calls = []
    spooled = _Spooled(make_blocks(calls))

    def cancel(_fraction):
        raise Cancelled()

    with pytest.raises(Cancelled):
        list(spooled(cancel))
    stream = spooled()
    next(stream)
    stream.close()  # a consumer that stops early
    assert as_tuples(spooled()) == as_tuples(make_blocks([])())
    assert len(calls) == 3


def test_road_lines_streamed_from_a_file_equal_the_qgis_read(zoast_provider, tmp_path):
    """A GeoPackage road layer streamed batch by batch through GDAL gives the vertices, ids and
    speeds of QGIS's own reading (a memory copy of it), reprojected alike, nulls skipped alike."""
    import sys

    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingContext, QgsVectorLayer

    from tests.conftest import ROOT
    from zoast_plugin.processing import qgis_io

    sys.path.insert(0, str(ROOT / "bench"))
    import roads

    path = tmp_path / "small.gpkg"
    roads.write_case(path, "small", 10, 10)
    layer = QgsVectorLayer("{}|layername=roads".format(path), "roads", "ogr")
    assert layer.isValid()
    first = next(layer.getFeatures())  # a line without geometry and one without speed
    provider = layer.dataProvider()
    assert provider.changeGeometryValues({first.id(): qgis_io.QgsGeometry()})
    assert provider.changeAttributeValues({first.id() + 1: {layer.fields().lookupField("speed_kmh"): None}})
    layer.reload()
    memory = layer.materialize(qgis_io.QgsFeatureRequest())
    context = QgsProcessingContext()
    for crs in ("EPSG:3035", "EPSG:2154"):
        target = QgsCoordinateReferenceSystem(crs)
        streamed = qgis_io._stream_road_lines(layer, context, "speed_kmh", "Roads", target, None)
        assert streamed is not None
        fallback = qgis_io.read_road_lines(memory, context, "speed_kmh", "Roads", target)
        assert streamed.skipped_fids == fallback.skipped_fids == [first.id()]
        assert streamed.fids.tolist() == fallback.fids.tolist()
        np.testing.assert_array_equal(streamed.values, fallback.values.astype(float))
        assert np.isnan(streamed.values[0]) and len(streamed.fids) == layer.featureCount() - 1
        np.testing.assert_allclose(streamed.vertices.coords, fallback.vertices.coords, rtol=0, atol=1e-6)
        assert streamed.vertices.line_of_vertex.tolist() == fallback.vertices.line_of_vertex.tolist()
        assert streamed.vertices.n_lines == fallback.vertices.n_lines
