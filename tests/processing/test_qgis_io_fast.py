"""read_layer's GDAL columnar path gives exactly what iterating QGIS features gives.

Each case reads the same layer twice: through a QgsProcessingFeatureSource (QGIS iterates
the features) and through the layer itself (GDAL's Arrow stream, ``_read_layer_ogr``), and
compares everything LayerData holds. Coordinates agree to 1e-6 m in the layer's CRS, and
to 1e-3 m after a reprojection (OSR and QGIS both call PROJ with the same operation; in
practice they agree exactly).
"""

import datetime

import numpy as np
import pandas as pd
import pytest
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDatumTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFeatureSource,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QVariant

from tests.conftest import SAMPLE_GPKG
from zoast_plugin.processing import qgis_io
from zoast_plugin.processing.qgis_io import GEOMETRY_NONE, GEOMETRY_POINTS, GEOMETRY_SHAPES, read_layer, whole_layer

CHECK = QgsFeatureRequest.InvalidGeometryCheck
LAEA = QgsCoordinateReferenceSystem("EPSG:3035")
UNIT_FIELDS = ["unit_id", "population", "area_km2", "country"]
GP_FIELDS = ["supply_id", "fte", "activity"]


def sample(name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer("{}|layername={}".format(SAMPLE_GPKG, name), name, "ogr")
    assert layer.isValid()
    return layer


def write_copy(layer, path, crs=None, driver="GPKG") -> QgsVectorLayer:
    """``layer`` written with QgsVectorFileWriter, reprojected to ``crs`` when given."""
    context = QgsProcessingContext()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    if crs is not None:
        options.ct = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(crs), context.transformContext())
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), context.transformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    copy = QgsVectorLayer(str(path), layer.name(), "ogr")
    assert copy.isValid()
    return copy


def context_with(check=CHECK.GeometryNoCheck) -> QgsProcessingContext:
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(check)
    return context


def both(layer, fields, geometry=GEOMETRY_NONE, crs=None, keep_features=False, check=CHECK.GeometryNoCheck,
         **options):
    """(QGIS features, GDAL columns) read of ``layer``; fails if the fast path declined."""
    context = context_with(check)
    slow = read_layer(QgsProcessingFeatureSource(layer, context), context, fields, "test", geometry, crs,
                      keep_features, **options)
    fast = qgis_io._read_layer_ogr(layer, context, fields, "test", geometry, crs, keep_features, None,
                                   options.get("repair_invalid", False))
    assert fast is not None, "the fast path declined"
    return slow, fast


def assert_same(slow, fast, atol=1e-6):
    pd.testing.assert_frame_equal(slow.frame, fast.frame)
    assert slow.fids.tolist() == fast.fids.tolist()
    assert slow.skipped_fids == fast.skipped_fids
    assert slow.source_fields.names() == fast.source_fields.names()
    assert slow.source_crs == fast.source_crs
    if slow.xy is None:
        assert fast.xy is None
    else:
        assert slow.xy.shape == fast.xy.shape
        np.testing.assert_allclose(fast.xy, slow.xy, rtol=0, atol=atol)
    if slow.shapes is None:
        assert fast.shapes is None
    else:
        assert len(slow.shapes) == len(fast.shapes)
        assert shapely.equals_exact(slow.shapes, fast.shapes, tolerance=atol).all()
        np.testing.assert_allclose(shapely.area(fast.shapes), shapely.area(slow.shapes), rtol=1e-9)
    assert slow.attributes == fast.attributes
    assert len(slow.geometries) == len(fast.geometries)
    for a, b in zip(slow.geometries, fast.geometries):
        assert isinstance(b, QgsGeometry)
        assert a.wkbType() == b.wkbType()
        assert a.asWkb() == b.asWkb()


# ------------------------------------------------------------------ the sample GeoPackage

@pytest.mark.parametrize("geometry", [GEOMETRY_NONE, GEOMETRY_POINTS, GEOMETRY_SHAPES])
@pytest.mark.parametrize("keep_features", [False, True])
def test_sample_units_same_crs(qgis_app, geometry, keep_features):
    slow, fast = both(sample("units"), UNIT_FIELDS, geometry, LAEA, keep_features)
    assert len(fast.frame) == 3193 and fast.frame["population"].dtype == np.int64
    assert_same(slow, fast)


@pytest.mark.parametrize("keep_features", [False, True])
def test_sample_points_same_crs(qgis_app, keep_features):
    slow, fast = both(sample("gp_practices"), GP_FIELDS, GEOMETRY_POINTS, LAEA, keep_features)
    assert len(fast.frame) == 7431
    assert_same(slow, fast)


@pytest.mark.parametrize("crs", ["EPSG:2154", "EPSG:4326"])
def test_sample_reprojected_to_the_analysis_crs(qgis_app, crs):
    """EPSG:3035 layers read into another analysis CRS: OSR transforms, QGIS would give the same."""
    target = QgsCoordinateReferenceSystem(crs)
    assert_same(*both(sample("units"), UNIT_FIELDS, GEOMETRY_SHAPES, target, True), atol=1e-3)
    assert_same(*both(sample("gp_practices"), GP_FIELDS, GEOMETRY_POINTS, target, True), atol=1e-3)


@pytest.mark.parametrize("crs", ["EPSG:2154", "EPSG:4326"])
def test_copies_in_another_crs_read_into_laea(qgis_app, tmp_path, crs):
    """Copies written in EPSG:2154 / EPSG:4326 and read into EPSG:3035; the kept geometries stay in their CRS."""
    units = write_copy(sample("units"), tmp_path / "units.gpkg", crs)
    points = write_copy(sample("gp_practices"), tmp_path / "gp.gpkg", crs)
    assert units.crs().authid() == crs
    slow, fast = both(units, UNIT_FIELDS, GEOMETRY_SHAPES, LAEA, True)
    assert_same(slow, fast, atol=1e-3)
    assert fast.geometries[0].boundingBox().xMinimum() == slow.geometries[0].boundingBox().xMinimum()
    assert_same(*both(points, GP_FIELDS, GEOMETRY_POINTS, LAEA, True), atol=1e-3)


def test_shapefile_ogr_fids_and_multi_polygons(qgis_app, tmp_path):
    """A shapefile: OGR's FIDs from 0, and single polygons made multi as QGIS's reader makes them."""
    units = write_copy(sample("units"), tmp_path / "units.shp", driver="ESRI Shapefile")
    slow, fast = both(units, ["unit_id", "population"], GEOMETRY_SHAPES, LAEA, True)
    assert fast.fids[0] == 0
    assert_same(slow, fast)


# ------------------------------------------------------------------ values, NULLs, invalid geometries

BOW_TIE = "Polygon((0 0, 10 10, 10 0, 0 10, 0 0))"
SQUARE = "Polygon((0 0, 10 0, 10 10, 0 10, 0 0))"
L_SHAPE = "Polygon((0 0, 20 0, 20 5, 5 5, 5 20, 0 20, 0 0))"
ROWS = [  # geometry, code, count, share, since, flag
    (SQUARE, "A", 1, 0.5, QDate(2020, 1, 31), True),
    (BOW_TIE, "B", None, None, None, None),
    (None, "C", 3, 1.5, QDate(2021, 6, 1), False),
    (L_SHAPE, None, 4, None, QDate(2019, 12, 2), True),
    ("Polygon EMPTY", "E", 5, 2.5, None, False),
    (SQUARE, "F", None, 3.0, QDate(2022, 2, 2), None),
]


def values_layer(tmp_path, with_flag=False) -> QgsVectorLayer:
    """A GeoPackage with text, integers, reals, dates (booleans), NULLs, an invalid, a null and an empty polygon."""
    memory = QgsVectorLayer("Polygon?crs=EPSG:3035&field=code:string&field=count:integer&field=share:double"
                            "&field=since:date" + ("&field=flag:boolean" if with_flag else ""), "values", "memory")
    assert memory.isValid()
    features = []
    for wkt, *values in ROWS:
        values = values if with_flag else values[:-1]
        feature = QgsFeature(memory.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    return write_copy(memory, tmp_path / ("flags.gpkg" if with_flag else "values.gpkg"))


FIELDS = ["code", "count", "share", "since"]


def test_nulls_dates_and_booleans(qgis_app, tmp_path):
    layer = values_layer(tmp_path)
    slow, fast = both(layer, FIELDS, GEOMETRY_NONE, keep_features=True)
    assert_same(slow, fast)
    assert fast.frame["since"].tolist()[:3] == [datetime.date(2020, 1, 31), None, datetime.date(2021, 6, 1)]
    assert fast.frame["code"].tolist()[3] is None and np.isnan(fast.frame["count"][1])
    assert fast.attributes[0] == [1, "A", 1, 0.5, datetime.date(2020, 1, 31)]


@pytest.mark.parametrize("check", [CHECK.GeometryNoCheck, CHECK.GeometrySkipInvalid])
def test_null_empty_and_invalid_geometries(qgis_app, tmp_path, check):
    layer = values_layer(tmp_path)
    slow, fast = both(layer, FIELDS, GEOMETRY_SHAPES, LAEA, True, check)
    assert_same(slow, fast)
    expected = [3, 5] + ([2] if check == CHECK.GeometrySkipInvalid else [])
    assert fast.skipped_fids == expected


def test_abort_on_invalid_names_the_same_ids(qgis_app, tmp_path):
    layer = values_layer(tmp_path)
    context = context_with(CHECK.GeometryAbortOnInvalid)
    messages = []
    for source in (QgsProcessingFeatureSource(layer, context), layer):
        with pytest.raises(QgsProcessingException, match=r"1 feature\(s\) with an invalid geometry, first ids: 2") \
                as raised:
            read_layer(source, context, FIELDS, "test", GEOMETRY_POINTS, LAEA)
        messages.append(str(raised.value))
    assert messages[0] == messages[1]
    slow, fast = both(layer, FIELDS, GEOMETRY_SHAPES, LAEA, True, CHECK.GeometryAbortOnInvalid, repair_invalid=True)
    assert_same(slow, fast)
    assert len(fast.frame) == 4


# ------------------------------------------------------------------ where QGIS must read

class Reader(QgsProcessingAlgorithm):
    """Only the parameterAs* helpers are used."""

    def name(self):
        return "reader"

    def createInstance(self):
        return Reader()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("UNITS", "units"))


def read_parameter(parameters, context, spy):
    reader = Reader()
    reader.initAlgorithm()
    source = reader.parameterAsSource(parameters, "UNITS", context)
    return read_layer(source, context, UNIT_FIELDS, "units", GEOMETRY_SHAPES, LAEA, keep_features=True,
                      layer=whole_layer(reader, parameters, "UNITS", context))


@pytest.fixture
def spy(monkeypatch):
    """Records what the fast path returned (None: it declined and QGIS read the features)."""
    calls = []
    real = qgis_io._read_layer_ogr

    def recorded(*args, **kwargs):
        calls.append(real(*args, **kwargs))
        return calls[-1]

    monkeypatch.setattr(qgis_io, "_read_layer_ogr", recorded)
    return calls


def test_whole_layer_parameter_goes_fast(qgis_app, spy):
    layer = sample("units")
    context = QgsProcessingContext()
    context.temporaryLayerStore().addMapLayer(layer)
    data = read_parameter({"UNITS": layer.id()}, context, spy)
    assert spy and spy[-1] is not None and len(data.frame) == 3193


@pytest.mark.parametrize("restriction", ["selected", "limit"])
def test_selected_features_and_feature_limit_go_through_qgis(qgis_app, spy, restriction):
    layer = sample("units")
    layer.selectByIds([3, 10, 200])
    context = QgsProcessingContext()
    context.temporaryLayerStore().addMapLayer(layer)
    if restriction == "selected":
        definition = QgsProcessingFeatureSourceDefinition(layer.id(), True)
    else:
        definition = QgsProcessingFeatureSourceDefinition(layer.id(), False, 5)
    data = read_parameter({"UNITS": definition}, context, spy)
    assert not spy  # never tried: the source does not read the whole layer
    assert data.fids.tolist() == ([3, 10, 200] if restriction == "selected" else [1, 2, 3, 4, 5])
    whole = read_layer(layer, QgsProcessingContext(), UNIT_FIELDS, "units", GEOMETRY_SHAPES, LAEA, keep_features=True)
    rows = np.searchsorted(whole.fids, data.fids)
    pd.testing.assert_frame_equal(data.frame, whole.frame.iloc[rows].reset_index(drop=True))
    np.testing.assert_array_equal(data.xy, whole.xy[rows])
    assert data.attributes == [whole.attributes[i] for i in rows]


def test_subset_string_goes_through_qgis(qgis_app, spy):
    layer = sample("units")
    layer.setSubsetString("\"country\" = 'BE'")
    context = QgsProcessingContext()
    data = read_layer(layer, context, UNIT_FIELDS, "units", GEOMETRY_SHAPES, LAEA, keep_features=True)
    assert spy == [None]
    slow = read_layer(QgsProcessingFeatureSource(layer, context), context, UNIT_FIELDS, "units", GEOMETRY_SHAPES,
                      LAEA, keep_features=True)
    assert set(data.frame["country"]) == {"BE"} and 0 < len(data.frame) < 3193
    assert_same(slow, data)


def test_virtual_field_and_unsaved_edits_go_through_qgis(qgis_app, tmp_path, spy):
    layer = sample("gp_practices")
    layer.addExpressionField('"fte" * 2', QgsField("fte2", QVariant.Double))
    data = read_layer(layer, QgsProcessingContext(), ["supply_id", "fte2"], "gp", GEOMETRY_POINTS, LAEA)
    assert spy == [None] and data.frame["fte2"].iloc[0] == 2 * sample_value("gp_practices", "fte")
    edited = write_copy(sample("gp_practices"), tmp_path / "gp.gpkg")  # editing opens the file for update
    assert edited.startEditing()
    edited.changeAttributeValue(1, edited.fields().lookupField("fte"), 9.5)
    data = read_layer(edited, QgsProcessingContext(), ["fte"], "gp", GEOMETRY_POINTS, LAEA)
    assert spy[-1] is None and data.frame["fte"].iloc[0] == 9.5
    edited.rollBack()


def sample_value(layer_name, field):
    return next(sample(layer_name).getFeatures())[field]


def test_custom_coordinate_operation_goes_through_qgis(qgis_app, tmp_path, spy):
    """A coordinate operation chosen in the project's transform context: QGIS applies it."""
    layer = write_copy(sample("gp_practices"), tmp_path / "gp.gpkg", "EPSG:4326")
    context = QgsProcessingContext()
    operations = QgsDatumTransform.operations(layer.crs(), LAEA)
    assert operations
    transform_context = context.transformContext()
    transform_context.addCoordinateOperation(layer.crs(), LAEA, operations[0].proj)
    context.setTransformContext(transform_context)
    data = read_layer(layer, context, GP_FIELDS, "gp", GEOMETRY_POINTS, LAEA)
    assert spy == [None] and len(data.frame) == 7431
    plain = read_layer(layer, QgsProcessingContext(), GP_FIELDS, "gp", GEOMETRY_POINTS, LAEA)
    assert spy[-1] is not None
    np.testing.assert_allclose(plain.xy, data.xy, rtol=0, atol=1e-3)


def test_boolean_fields_go_through_qgis(qgis_app, tmp_path, spy):
    """GDAL 3.6 misreads Arrow boolean columns with NULLs: a boolean field is read by QGIS."""
    layer = values_layer(tmp_path, with_flag=True)
    data = read_layer(layer, QgsProcessingContext(), ["code", "flag"], "test", GEOMETRY_POINTS, LAEA)
    assert spy == [None]
    assert data.frame["flag"].tolist() == [True, None, True, None]  # rows A, B, D, F: null and empty skipped
    assert read_layer(layer, QgsProcessingContext(), ["code"], "test", GEOMETRY_POINTS, LAEA).fids.tolist() == [
        1, 2, 4, 6] and spy[-1] is not None
