"""The dock driven as a user would: create a store, edit agreements from map selections, save, reopen."""

import os
import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtGui import QImage

from tests.conftest import ROOT, SAMPLE_GPKG
from tests.layers import memory_layer
from zoast_plugin import i18n
from zoast_plugin.gui.dock import ZoastDock
from zoast_plugin.storage import AgreementStore

SQUARE = "POLYGON(({x} 0, {x1} 0, {x1} 1000, {x} 1000, {x} 0))"
UNITS = [("FR:59512", "FR"), ("FR:59350", "FR"), ("BE:54007", "BE"), ("BE:57081", "BE")]
HOSPITALS = [("H:0001", "FR"), ("H:0002", "BE")]


def disk_rows(path):
    with sqlite3.connect(str(path)) as connection:
        return {table: sorted(connection.execute("SELECT * FROM {}".format(table)).fetchall())
                for table in ("zoast_agreements", "zoast_members", "zoast_establishments")}


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


def test_create_add_from_selection_save_close_reopen(saved_store, dock, qtbot, qgis_iface, layers):
    assert "Saved: 4 row(s) written." in dock.status.text()
    dock.close_store()
    assert dock.list_model.rowCount() == 0
    reopened = ZoastDock(qgis_iface)
    qtbot.addWidget(reopened)
    assert reopened.open_store(str(saved_store))
    assert reopened.list_model.rowCount() == 1
    assert reopened.current_code == "MRTW"
    assert reopened.form.text("name_fr") == "ZOAST MRTW"
    assert reopened.form.editors["in_force_from"].date() == QDate(2008, 4, 1)
    assert reopened.form.editors["ends_on"].isNull()
    units = [reopened.units_panel.member_list.item(i).text() for i in range(reopened.units_panel.member_list.count())]
    assert units == ["BE:54007 (BE) · 2008-04-01", "FR:59512 (FR) · 2008-04-01"]  # listed by id
    assert reopened.establishments_panel.member_list.count() == 1
    reopened.close_store()


def test_members_already_in_are_not_added_twice_and_can_be_removed(saved_store, dock, qtbot, layers):
    select(layers[0], ["FR:59512", "FR:59350"])
    click(qtbot, dock.units_panel.add_button)
    assert "1 member(s) added to MRTW; 1 already member(s)." in dock.status.text()
    assert dock.units_panel.member_list.count() == 3
    listed = dock.units_panel.member_list
    chosen = next(listed.item(i) for i in range(listed.count()) if listed.item(i).text().startswith("FR:59350"))
    chosen.setSelected(True)  # chosen in the list
    click(qtbot, dock.units_panel.remove_button)
    assert dock.units_panel.member_list.count() == 2
    select(layers[0], ["BE:54007"])  # nothing chosen in the list: the map selection is removed
    dock.units_panel.member_list.clearSelection()
    click(qtbot, dock.units_panel.remove_button)
    assert sorted(dock.session.members("MRTW", "units")["unit_id"]) == ["FR:59512"]


def test_undo_and_redo_an_edit(saved_store, dock, qtbot):
    type_into(dock, "name_fr", "Nouveau nom")
    assert dock.session.is_modified() and dock.undo_button.isEnabled()
    click(qtbot, dock.undo_button)
    assert dock.form.text("name_fr") == "ZOAST MRTW"
    assert not dock.session.is_modified()
    click(qtbot, dock.redo_button)
    assert dock.form.text("name_fr") == "Nouveau nom"
    # Renaming the code carries the members along; undo brings both back.
    type_into(dock, "code", "MRTW_URSA")
    assert set(dock.session.tables.units["code"]) == {"MRTW_URSA"}
    click(qtbot, dock.undo_button)
    assert set(dock.session.tables.units["code"]) == {"MRTW"} and dock.current_code == "MRTW"


def test_filter_and_highlight(saved_store, dock, qtbot, layers):
    make_agreement(dock, qtbot, layers, code="TOURVAL", units=("FR:59350", "BE:57081"), hospitals=("H:0002",))
    assert dock.proxy.rowCount() == 2
    qtbot.keyClicks(dock.filter_edit, "tour")
    assert dock.proxy.rowCount() == 1
    assert dock.proxy.index(0, 0).data() == "TOURVAL"
    dock.filter_edit.clear()
    dock.select_agreement("MRTW")
    layers[0].removeSelection()
    click(qtbot, dock.units_panel.highlight_button)
    selected = {f["unit_id"] for f in layers[0].selectedFeatures()}
    assert selected == {"FR:59512", "BE:54007"}


def field_error(dock, field):
    if field == "unit_id":
        return dock.units_panel.error
    return dock.form.errors[field]


@pytest.mark.parametrize(
    "edit, field, words",
    [
        (lambda d, q, ls: make_agreement(d, q, ls, code="MRTW"), "code", "MRTW"),
        (lambda d, q, ls: type_into(d, "code", ""), "code", "empty id"),
        (lambda d, q, ls: d.form.editors["ends_on"].setDate(QDate(2001, 1, 1)), "ends_on", "in_force_from"),
        (lambda d, q, ls: d.form.editors["signed_on"].setDate(QDate(2009, 1, 1)), "in_force_from", "signed_on"),
        (lambda d, q, ls: d.session.remove_members("MRTW", "units", ["BE:54007"], "x"), "unit_id", "one side"),
        (lambda d, q, ls: d.session.add_members("MRTW", "units", ["FR:99999"], ["FR"], pd.NaT, "x"), "unit_id",
         "FR:99999"),
    ],
    ids=["two agreements with one code", "empty code", "ends before in force", "signed after in force",
         "members on one side", "unit id not in the units layer"],
)
def test_each_invalid_input_shows_its_message_and_saves_nothing(saved_store, dock, qtbot, layers, edit, field,
                                                                  words):
    before = disk_rows(saved_store)
    edit(dock, qtbot, layers)
    label = field_error(dock, field)
    assert not label.isHidden() and words in label.text(), (field, label.text())
    click(qtbot, dock.save_button)
    assert dock.status.text().startswith("Not saved:")
    assert words in dock.problems_label.text()
    assert dock.session.is_modified()
    assert disk_rows(saved_store) == before
    # Undo the bad edit: the message goes and the rest saves.
    while dock.session.undo_stack.canUndo() and not dock.session.undo_stack.isClean():
        dock.session.undo_stack.undo()
    assert label.isHidden() or label.text() == ""


def test_a_failed_save_half_way_leaves_the_file_unchanged_and_the_edits_in_the_dock(saved_store, dock, qtbot,
                                                                                     layers, monkeypatch):
    before = disk_rows(saved_store)
    type_into(dock, "name_fr", "Renamed")
    select(layers[0], ["FR:59350"])
    click(qtbot, dock.units_panel.add_button)
    original = AgreementStore._apply_changes
    calls = []

    def crash_on_second_table(self, kind, deleted, upserts):
        calls.append(kind)
        if len(calls) == 2:
            raise OSError("disk unplugged")
        return original(self, kind, deleted, upserts)

    monkeypatch.setattr(AgreementStore, "_apply_changes", crash_on_second_table)
    click(qtbot, dock.save_button)
    assert "Nothing was written" in dock.status.text()
    assert disk_rows(saved_store) == before
    assert dock.session.is_modified() and dock.form.text("name_fr") == "Renamed"
    monkeypatch.setattr(AgreementStore, "_apply_changes", original)
    assert dock.save()
    assert [row[2] for row in disk_rows(saved_store)["zoast_agreements"]] == ["Renamed"]


def test_a_file_that_is_not_a_store(dock, tmp_path):
    path = tmp_path / "roads.gpkg"
    shutil.copy(SAMPLE_GPKG, path)
    with sqlite3.connect(str(path)) as connection:
        connection.execute("DROP TABLE zoast_agreements")
    assert not dock.open_store(str(path))
    assert "is not a ZOAST store" in dock.status.text() and "zoast_agreements" in dock.status.text()
    assert dock.store is None and not dock.save_button.isEnabled()


def test_a_store_of_a_newer_schema(saved_store, dock):
    dock.close_store()
    with sqlite3.connect(str(saved_store)) as connection:
        connection.execute("UPDATE zoast_meta SET value = '7' WHERE key = 'schema_version'")
    assert not dock.open_store(str(saved_store))
    assert "schema version 7" in dock.status.text()


def test_an_unversioned_file_is_upgraded_only_when_the_user_agrees(dock, tmp_path, monkeypatch):
    path = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE_GPKG, path)
    before = disk_rows(path)
    monkeypatch.setattr(dock, "ask", lambda title, text: False)
    assert not dock.open_store(str(path))
    assert "no schema version" in dock.status.text()
    assert disk_rows(path) == before
    monkeypatch.setattr(dock, "ask", lambda title, text: True)
    assert dock.open_store(str(path))
    assert dock.list_model.rowCount() == len(before["zoast_agreements"])
    assert disk_rows(path) == before  # the upgrade adds the version table, the agreements are untouched


def test_build_perimeters_calls_the_algorithm(saved_store, dock, qtbot, zoast_provider):
    if QgsApplication.processingRegistry().algorithmById("zoast:agreementperimeters") is None:
        pytest.skip("zoast:agreementperimeters is not registered in the provider yet")
    loaded_before = set(QgsProject.instance().mapLayers())
    results = dock.build_perimeters()
    assert results is not None, dock.status.text()
    assert results["AGREEMENT_COUNT"] == 1
    assert "1 agreement perimeter(s) built." in dock.status.text()
    new_layers = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - loaded_before]
    assert any("zoast_code" in layer.fields().names() and layer.featureCount() == 1 for layer in new_layers)


def test_build_perimeters_wants_the_edits_saved_first(saved_store, dock):
    type_into(dock, "name_fr", "Unsaved")
    assert dock.build_perimeters() is None
    assert "Save the agreements" in dock.status.text()


def test_style_result_layers_still_works(dock):
    assert dock.style_results() == 0
    assert "0 result layer(s) styled." in dock.status.text()


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_render_the_dock_offscreen(language, qgis_iface, qtbot, tmp_path, qgis_new_project, monkeypatch):
    """A picture of the dock on the sample region, in French and in Dutch, for a person to look at.

    The pictures go to tests/output; `make docs-images` (ZOAST_UPDATE_DOCS=1) also copies the
    French one to docs/images for the README. ZOAST_I18N_DIR may point at other .qm files.
    """
    if os.environ.get("ZOAST_I18N_DIR"):
        monkeypatch.setattr(i18n, "I18N_DIR", Path(os.environ["ZOAST_I18N_DIR"]))
    path = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE_GPKG, path)
    units = QgsVectorLayer("{}|layername=units".format(path), "units", "ogr")
    hospitals = QgsVectorLayer("{}|layername=hospitals".format(path), "hospitals", "ogr")
    QgsProject.instance().addMapLayers([units, hospitals])
    translator = i18n.install_translator(language)
    try:
        dock = ZoastDock(qgis_iface)
        qtbot.addWidget(dock)
        dock.ask = lambda title, text: True
        dock.units_panel.layer_combo.setLayer(units)
        dock.establishments_panel.layer_combo.setLayer(hospitals)
        assert dock.open_store(str(path))
        dock.select_agreement("MRTW_URSA")
        dock.resize(560, 1000)
        dock.show()
        qtbot.waitExposed(dock)
        image = dock.grab()
        out = ROOT / "tests" / "output"
        out.mkdir(exist_ok=True)
        target = out / "dock_{}.png".format(language)
        assert image.save(str(target))
        assert dock.windowTitle() != "ZOAST agreements", "the dock is not translated"
        if language == "fr" and os.environ.get("ZOAST_UPDATE_DOCS"):
            docs = ROOT / "docs" / "images"
            docs.mkdir(parents=True, exist_ok=True)
            assert image.save(str(docs / "dock_fr.png"))
        saved = QImage(str(target))
        assert saved.width() >= 400 and saved.height() >= 800
        dock.close_store()
    finally:
        i18n.remove_translator(translator)


def test_style_results_gives_gap_layers_the_translated_legend(dock, qgis_new_project):
    """"Style result layers" builds the gap legend in the interface language, like the algorithm does."""
    gaps = memory_layer("Polygon", "EPSG:3035", {"unit_id": str, "gap_class": str},
                        [(SQUARE.format(x=0, x1=1000), {"unit_id": "FR:1", "gap_class": "FR_ZIP"})], name="gaps")
    QgsProject.instance().addMapLayer(gaps)
    translator = i18n.install_translator("fr")
    try:
        assert dock.style_results() >= 1
    finally:
        i18n.remove_translator(translator)
    labels = {category.value(): category.label() for category in gaps.renderer().categories()}
    assert labels["FR_ZIP"] == "ZIP potentielle (intervention prioritaire)"
