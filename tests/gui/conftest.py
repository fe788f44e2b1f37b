"""Fixtures of the dock tests: two small layers, a dock on them, a saved store; the gestures of a user."""

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDate, Qt

from tests.layers import memory_layer
from zoast_plugin.gui.dock import ZoastDock

SQUARE = "POLYGON(({x} 0, {x1} 0, {x1} 1000, {x} 1000, {x} 0))"
UNITS = [("FR:59512", "FR"), ("FR:59350", "FR"), ("BE:54007", "BE"), ("BE:57081", "BE")]
HOSPITALS = [("H:0001", "FR"), ("H:0002", "BE")]


@pytest.fixture
def layers(qgis_new_project):
    units = memory_layer("Polygon", "EPSG:3035", {"unit_id": str, "country": str},
                         [(SQUARE.format(x=1000 * i, x1=1000 * i + 1000), {"unit_id": u, "country": c})
                          for i, (u, c) in enumerate(UNITS)], name="units")
    hospitals = memory_layer("Point", "EPSG:3035", {"supply_id": str, "country": str},
                             [("POINT({} 500)".format(500 + 1000 * i), {"supply_id": s, "country": c})
                              for i, (s, c) in enumerate(HOSPITALS)], name="hospitals")
    QgsProject.instance().addMapLayers([units, hospitals])
    return units, hospitals


@pytest.fixture
def dock(qgis_iface, qtbot, layers):
    widget = ZoastDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.units_panel.layer_combo.setLayer(layers[0])
    widget.establishments_panel.layer_combo.setLayer(layers[1])
    yield widget
    widget.close_store()


def select(layer, ids):
    field = "unit_id" if "unit_id" in layer.fields().names() else "supply_id"
    layer.selectByIds([f.id() for f in layer.getFeatures() if f[field] in ids])


def type_into(dock, field, text):
    editor = dock.form.editors[field]
    editor.setText(text)
    editor.editingFinished.emit()


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def make_agreement(dock, qtbot, layers, code="MRTW", units=("FR:59512", "BE:54007"), hospitals=("H:0001",)):
    click(qtbot, dock.add_agreement_button)
    type_into(dock, "code", code)
    type_into(dock, "name_fr", "ZOAST " + code)
    dock.form.editors["in_force_from"].setDate(QDate(2008, 4, 1))
    dock.units_panel.since_edit.setDate(QDate(2008, 4, 1))
    select(layers[0], units)
    click(qtbot, dock.units_panel.add_button)
    select(layers[1], hospitals)
    click(qtbot, dock.establishments_panel.add_button)


@pytest.fixture
def saved_store(dock, qtbot, layers, tmp_path):
    path = tmp_path / "agreements.gpkg"
    assert dock.create_store(str(path))
    make_agreement(dock, qtbot, layers)
    click(qtbot, dock.save_button)
    assert not dock.session.is_modified(), dock.status.text()
    return path


