"""The shared write path: file outputs are atomic (temporary file, then move) and GeoPackages
are written in bulk with the same content as QGIS's own writer."""

import os
import sqlite3

import numpy as np
import processing
import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsVectorLayer,
)

from tests.conftest import SAMPLE_GPKG
from tests.layers import layer_rows, memory_layer
from zoast_plugin.processing.qgis_io import parse_file_destination


def points(prefix, field, n, seed, side=20000):
    rng = np.random.default_rng(seed)
    return memory_layer("Point", "EPSG:3035", {field: str},
                        [("Point({} {})".format(*xy), {field: "{}{}".format(prefix, i)})
                         for i, xy in enumerate(rng.uniform(0, side, (n, 2)))])


def costmatrix(output, **extra):
    parameters = {"UNITS": points("U", "unit_id", 40, 1), "SUPPLY": points("S", "supply_id", 50, 2),
                  "MAX_COST": 10.0, "OUTPUT": output}
    parameters.update(extra)
    return processing.run("zoast:costmatrix", parameters)


def rows_and_shapes(layer):
    """Sorted (attributes, WKT) rows; single-part multi lines (shapefiles have no other) as lines."""
    rows = []
    for r, f in zip(layer_rows(layer), layer.getFeatures()):
        geometry = f.geometry()
        geometry.convertToSingleType()
        rows.append((tuple(r[n] for n in ("origin_id", "dest_id", "cost")), geometry.asWkt(3)))
    return sorted(rows)


def leftovers(folder):
    return [name for name in os.listdir(folder) if name.startswith(".zoast-")]


def test_parse_file_destination():
    assert parse_file_destination("memory:") is None
    assert parse_file_destination("postgres:dbname='x' table=\"t\"") is None
    plain = parse_file_destination("/data/out.gpkg")
    assert (plain.path, plain.layer) == ("/data/out.gpkg", "")
    uri = parse_file_destination("ogr:dbname='/data/o ut.gpkg' table=\"costs\" (geom)")
    assert (uri.path, uri.layer) == ("/data/o ut.gpkg", "costs")
    assert parse_file_destination("C:/data/out.shp").path == "C:/data/out.shp"
    assert parse_file_destination("/data/out.gpkg", "named").layer == "named"


@pytest.mark.parametrize("name", ["pairs.gpkg", "pairs.shp", "pairs.geojson"])
def test_file_outputs_equal_memory_output(zoast_provider, tmp_path, name):
    """GeoPackage (bulk), shapefile and GeoJSON (QGIS's writer) give what a memory layer holds."""
    expected = rows_and_shapes(costmatrix("memory:", WITH_LINES=True)["OUTPUT"])
    result = costmatrix(str(tmp_path / name), WITH_LINES=True)
    assert result["OUTPUT"] == str(tmp_path / name)
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert layer.isValid() and layer.featureCount() == result["PAIRS"] == len(expected) > 50
    got = rows_and_shapes(layer)
    assert [g[0][:2] for g in got] == [e[0][:2] for e in expected]
    assert np.allclose([g[0][2] for g in got], [e[0][2] for e in expected], rtol=1e-12)
    assert [g[1] for g in got] == [e[1] for e in expected]
    assert leftovers(tmp_path) == []


def test_bulk_geopackage_is_complete(zoast_provider, tmp_path):
    """Feature count, extent and spatial index of a bulk-written GeoPackage are filled."""
    path = tmp_path / "pairs.gpkg"
    result = costmatrix(str(path), WITH_LINES=True)
    with sqlite3.connect(str(path)) as db:
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == result["PAIRS"]
        assert db.execute('SELECT COUNT(*) FROM "rtree_pairs_geom"').fetchone()[0] == result["PAIRS"]
        extent = db.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents").fetchone()
        triggers = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "rtree_pairs_geom_insert" in triggers and "trigger_insert_feature_count_pairs" in triggers
    layer = QgsVectorLayer(str(path), "out", "ogr")
    box = layer.extent()
    assert extent == pytest.approx((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
    # The R-tree answers like a brute-force filter: a QGIS spatial filter uses it.
    from qgis.core import QgsFeatureRequest, QgsRectangle

    rect = QgsRectangle(2000, 2000, 9000, 9000)
    found = {f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect))}
    brute = {f.id() for f in layer.getFeatures() if f.geometry().intersects(rect)}
    assert found == brute and found


def test_layer_into_an_existing_geopackage(zoast_provider, tmp_path):
    """A layer name writes into an existing GeoPackage, keeping its other layers."""
    path = tmp_path / "both.gpkg"
    costmatrix(str(path))
    result = costmatrix("ogr:dbname='{}' table=\"second\" (geom)".format(path), MAX_COST=5.0)
    assert result["OUTPUT"] == "{}|layername=second".format(path)
    second = QgsVectorLayer(result["OUTPUT"], "second", "ogr")
    first = QgsVectorLayer("{}|layername=both".format(path), "first", "ogr")
    assert second.featureCount() == result["PAIRS"] > 0
    assert first.featureCount() > second.featureCount()
    assert leftovers(tmp_path) == []


def test_geopackage_with_copied_attributes_and_fid(zoast_provider, tmp_path):
    """Units read from a GeoPackage carry a fid field and every type of attribute (text, numbers,
    NULLs): the bulk path writes the same table as QGIS's writer into a memory layer."""
    units = QgsVectorLayer("{}|layername=units".format(SAMPLE_GPKG), "units", "ogr")
    supply = QgsVectorLayer("{}|layername=gp_practices".format(SAMPLE_GPKG), "gp", "ogr")
    parameters = {"UNITS": units, "SUPPLY": supply, "MAX_COST": 20.0, "BORDER_MODE": 0,
                  "SUPPLY_OUTPUT": "memory:"}
    memory = processing.run("zoast:accessibility", dict(parameters, OUTPUT="memory:"))
    path = tmp_path / "access.gpkg"
    on_file = processing.run("zoast:accessibility", dict(parameters, OUTPUT=str(path),
                                                          SUPPLY_OUTPUT=str(tmp_path / "supply.gpkg")))
    for key in ("OUTPUT", "SUPPLY_OUTPUT"):
        expected_layer = memory[key]
        layer = QgsVectorLayer(on_file[key], key, "ogr")
        assert layer.featureCount() == expected_layer.featureCount() > 0
        names = [n for n in expected_layer.fields().names() if n != "fid"]
        expected = {f["fid"]: ([f[n] for n in names], f.geometry().asWkb()) for f in expected_layer.getFeatures()}
        got = {f.id(): ([f[n] for n in names], f.geometry().asWkb()) for f in layer.getFeatures()}
        assert got.keys() == expected.keys()
        for fid, (values, geometry) in expected.items():
            assert got[fid][0] == values, fid
            assert got[fid][1] == geometry, fid


def test_an_error_leaves_no_file_and_keeps_the_old_one(zoast_provider, tmp_path, monkeypatch):
    """An error while writing: nothing new at the output path, an older file there untouched."""
    from zoast_plugin.processing import qgis_io

    path = tmp_path / "pairs.gpkg"
    costmatrix(str(path))
    before = path.read_bytes()

    def broken(*args, **kwargs):
        raise QgsProcessingException("disk full")

    monkeypatch.setattr(qgis_io._GpkgBulk, "write", broken)
    with pytest.raises(QgsProcessingException, match="disk full"):
        costmatrix(str(path), MAX_COST=3.0)
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []
    with pytest.raises(QgsProcessingException, match="disk full"):
        costmatrix(str(tmp_path / "new.gpkg"))
    assert sorted(os.listdir(tmp_path)) == ["pairs.gpkg"]


class CancelAtProgress(QgsProcessingFeedback):
    """Cancels at the n-th progress report."""

    def __init__(self, n):
        super().__init__()
        self.n, self.calls = n, 0
        self.progressChanged.connect(self._count)

    def _count(self, _value):
        self.calls += 1
        if self.calls == self.n:
            self.cancel()


@pytest.mark.parametrize("output", ["pairs.gpkg", "pairs.shp", "layer"])
def test_cancel_leaves_no_file(zoast_provider, tmp_path, output):
    if output == "layer":
        costmatrix(str(tmp_path / "pairs.gpkg"))
        destination = "ogr:dbname='{}' table=\"more\" (geom)".format(tmp_path / "pairs.gpkg")
    else:
        destination = str(tmp_path / output)
    feedback = CancelAtProgress(3)
    parameters = {"UNITS": points("U", "unit_id", 2000, 1), "SUPPLY": points("S", "supply_id", 3000, 2),
                  "MAX_COST": 30.0, "SPEED_KMH": 60.0, "OUTPUT": destination}
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("zoast:costmatrix", parameters, feedback=feedback, context=QgsProcessingContext())
    if output == "layer":
        assert sorted(os.listdir(tmp_path)) == ["pairs.gpkg"]
        assert not QgsVectorLayer("{}|layername=more".format(tmp_path / "pairs.gpkg"), "x", "ogr").isValid()
    else:
        assert os.listdir(tmp_path) == []


def test_output_definition_with_load_on_completion(zoast_provider, tmp_path):
    """A destination loaded into the project on completion is registered under its final path."""
    context = QgsProcessingContext()
    definition = QgsProcessingOutputLayerDefinition(str(tmp_path / "pairs.gpkg"))
    from qgis.core import QgsProject

    definition.destinationProject = QgsProject.instance()
    result = processing.run("zoast:costmatrix", {"UNITS": points("U", "unit_id", 10, 1),
                                                 "SUPPLY": points("S", "supply_id", 10, 2), "MAX_COST": 30.0,
                                                 "OUTPUT": definition}, context=context)
    assert result["OUTPUT"] == str(tmp_path / "pairs.gpkg")
    assert list(context.layersToLoadOnCompletion()) == [str(tmp_path / "pairs.gpkg")]


def test_report_pdf_is_moved_into_place_only_on_success(zoast_provider, tmp_path, monkeypatch):
    """zoast:report writes its PDF beside the destination and moves it there at the end: an error
    after the export (here while writing the PNG pages) leaves no PDF."""
    from tests.processing import test_report
    from zoast_plugin.processing.algorithms.report import ReportAlgorithm

    result = test_report.run(tmp_path)
    assert result["OUTPUT"] == str(tmp_path / "report.pdf") and (tmp_path / "report.pdf").exists()
    assert leftovers(tmp_path) == []

    def broken(*args, **kwargs):
        raise QgsProcessingException("no room for the PNG pages")

    monkeypatch.setattr(ReportAlgorithm, "_write_pngs", broken)
    with pytest.raises(QgsProcessingException, match="PNG pages"):
        test_report.run(tmp_path, OUTPUT=str(tmp_path / "second.pdf"), MAPS_FOLDER=str(tmp_path / "maps"))
    assert not (tmp_path / "second.pdf").exists()
    assert leftovers(tmp_path) == []


def test_bulk_geopackage_writes_empty_integers_as_null(tmp_path):
    """An integer column with missing values (pandas Int64, e.g. siting's rank of the sites not chosen)."""
    import pandas as pd

    from zoast_plugin.processing.qgis_io import _python_rows_column, _sqlite_value

    assert _python_rows_column(pd.Series([1, None, 3], dtype="Int64")) == [1, None, 3]
    assert _sqlite_value(pd.NA) is None and _sqlite_value(pd.NaT) is None


def test_an_error_inside_a_bulk_chunk_is_the_error_the_user_sees(zoast_provider, tmp_path, monkeypatch):
    """A failure half-way through a chunk (the transaction open) is rolled back: the user gets that error,
    not a second one from finishing the half-written file, and no file is left."""
    import sqlite3 as sqlite

    from zoast_plugin.processing import qgis_io

    def write_then_fail(self, *args, **kwargs):
        self.connection.execute("BEGIN")  # as write() does before each chunk
        raise sqlite.ProgrammingError("Error binding parameter 4")

    monkeypatch.setattr(qgis_io._GpkgBulk, "write", write_then_fail)
    with pytest.raises(Exception, match="binding parameter 4") as caught:
        costmatrix(str(tmp_path / "pairs.gpkg"))
    assert "transaction within a transaction" not in str(caught.value)
    assert sorted(os.listdir(tmp_path)) == []
