"""The dock with a store shared by two officers, the sample store, the member end date, labels in
the interface language and the default dock width — driven with qtbot, in French and in Dutch."""

import hashlib
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QScrollArea

from tests.conftest import ROOT, SAMPLE_GPKG, SAMPLE_SOURCE
from tests.gui.conftest import click, make_agreement, type_into
from zoast_plugin import i18n
from zoast_plugin.core.three_way_merge import THEIRS
from zoast_plugin.gui.dock import ZoastDock
from zoast_plugin.storage import AgreementStore


@pytest.fixture
def language(request):
    translator = i18n.install_translator(request.param)
    yield request.param
    i18n.remove_translator(translator)


def other_user_saves(path, edit):
    """Another officer opens the same store, edits and saves (a second handle)."""
    other = AgreementStore.open(str(path))
    tables = other.read()
    other.save(edit(tables))
    other.close()


def set_field(tables, code, **values):
    agreements = tables.agreements.copy()
    for name, value in values.items():
        agreements.loc[agreements["code"] == code, name] = value
    return tables._replace(agreements=agreements)


# Words of the conflict dialog in each language (its title), from the translations.
TITLES = {"fr": "Modifications en conflit avec celles d'un autre utilisateur",
          "nl": "Wijzigingen die botsen met die van een andere gebruiker"}
KEEP_THEIRS = {"fr": "Garder la sienne", "nl": "De hunne behouden"}
DELETED = {"fr": "supprimée", "nl": "verwijderd"}


@pytest.mark.parametrize("language", ["fr", "nl"], indirect=True)
def test_the_dock_shows_the_conflict_and_saves_the_choice(language, saved_store, dock, qtbot):
    other_user_saves(saved_store, lambda t: set_field(t, "MRTW", name_fr="Nom de l'autre", notes="note de l'autre"))
    type_into(dock, "name_fr", "Mon nom")
    type_into(dock, "insurers", "CPAM; mutualités")
    click(qtbot, dock.save_button)
    dialog = dock.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == TITLES[language]
    cells = [dialog.table.item(0, column).text() for column in range(5)]
    assert cells[0] == "MRTW"
    assert cells[2:] == ["ZOAST MRTW", "Mon nom", "Nom de l'autre"]  # original, mine, theirs
    assert cells[1] != "name_fr"  # the field's label, translated
    assert dock.session.is_modified()  # nothing saved yet, edits kept
    combo = dialog.choices[0]
    combo.setCurrentIndex(combo.findText(KEEP_THEIRS[language]))
    assert combo.currentData() == THEIRS
    click(qtbot, dialog.save_button)
    stored = AgreementStore.open(str(saved_store)).read().agreements.iloc[0]
    assert (stored["name_fr"], stored["insurers"], stored["notes"]) == ("Nom de l'autre", "CPAM; mutualités",
                                                                        "note de l'autre")
    assert dock.form.text("name_fr") == "Nom de l'autre" and dock.form.text("notes") == "note de l'autre"
    assert not dock.session.is_modified()


@pytest.mark.parametrize("language", ["fr", "nl"], indirect=True)
def test_a_delete_against_an_edit_shows_the_choice(language, saved_store, dock, qtbot):
    other_user_saves(saved_store, lambda t: set_field(t, "MRTW", notes="still useful"))
    click(qtbot, dock.remove_agreement_button)
    click(qtbot, dock.save_button)
    dialog = dock.conflict_dialog
    assert dialog.table.item(0, 3).text() == DELETED[language]  # mine: deleted
    assert dialog.table.item(0, 4).text() != DELETED[language]  # theirs: changed
    click(qtbot, dialog.save_button)  # default choice: mine (delete)
    assert len(AgreementStore.open(str(saved_store)).read().agreements) == 0
    assert dock.list_model.rowCount() == 0


def test_the_other_users_edits_of_other_fields_are_taken_in_without_a_question(saved_store, dock, qtbot):
    other_user_saves(saved_store, lambda t: set_field(t, "MRTW", ends_on=pd.Timestamp("2030-12-31")))
    type_into(dock, "name_fr", "Mon nom")
    click(qtbot, dock.save_button)
    assert dock.conflict_dialog is None
    assert "changed by other users" in dock.status.text()
    assert dock.form.editors["ends_on"].date() == QDate(2030, 12, 31)
    row = AgreementStore.open(str(saved_store)).read().agreements.iloc[0]
    assert row["name_fr"] == "Mon nom" and row["ends_on"] == pd.Timestamp("2030-12-31")


# --------------------------------------------------------------------------- the sample store


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_the_sample_store_is_copied_to_the_profile_never_written(dock, monkeypatch):
    before = digest(SAMPLE_SOURCE)
    asked = []
    monkeypatch.setattr(dock, "ask", lambda title, text: asked.append(title) or False)
    monkeypatch.setattr(dock, "copy_target", dock.default_copy_path)  # the user takes the default place
    assert dock.open_store(str(SAMPLE_SOURCE))
    assert asked == []  # no "upgrade?" question for a copy
    copy = Path(dock.store.source)
    assert copy.parent == Path(QgsApplication.qgisSettingsDirPath()) / "zoast"
    assert digest(SAMPLE_SOURCE) == before
    assert dock.list_model.rowCount() == 7
    assert set(dock.session.tables.agreements["status"]) == {"in_force"}  # the sample's 'active', read as in_force
    dock.close_store()
    copy.unlink()


def test_a_read_only_store_is_copied_where_the_user_says(dock, tmp_path, monkeypatch):
    path = tmp_path / "read_only.gpkg"
    shutil.copy(SAMPLE_GPKG, path)
    os.chmod(path, 0o444)
    target = tmp_path / "mine.gpkg"
    monkeypatch.setattr(dock, "copy_target", lambda source: str(target))
    try:
        assert dock.open_store(str(path))
    finally:
        os.chmod(path, 0o644)
    assert dock.store.source == str(target)
    cancelled = ZoastDock(None)
    cancelled.copy_target = lambda source: None
    os.chmod(path, 0o444)
    try:
        assert not cancelled.open_store(str(path))
    finally:
        os.chmod(path, 0o644)
    assert "not copied" in cancelled.status.text()


# --------------------------------------------------------------------------- units layer, labels


def test_build_perimeters_uses_the_loaded_units_layer(saved_store, qgis_iface, qtbot, layers, zoast_provider):
    fresh = ZoastDock(qgis_iface)
    qtbot.addWidget(fresh)
    fresh.units_panel.layer_combo.setLayer(None)
    assert fresh.units_panel.layer() is None
    assert fresh.open_store(str(saved_store))
    fresh.units_panel.layer_combo.setLayer(None)  # nothing chosen in the "Member units" tab
    results = fresh.build_perimeters()
    assert results is not None, fresh.status.text()
    assert results["AGREEMENT_COUNT"] == 1
    assert fresh.units_panel.layer() is layers[0]
    fresh.close_store()


@pytest.mark.parametrize("language, labels", [("fr", ["En vigueur", "Fusionnée", "Terminée"]),
                                              ("nl", ["Van kracht", "Samengevoegd", "Beëindigd"])],
                         indirect=["language"])
def test_status_and_care_are_shown_translated_with_the_codes_kept(language, labels, saved_store, qgis_iface, qtbot):
    other_user_saves(saved_store, lambda t: set_field(t, "MRTW", care_covered="hospital"))
    translated = ZoastDock(qgis_iface)
    qtbot.addWidget(translated)
    assert translated.open_store(str(saved_store))
    combo = translated.form.editors["status"]
    assert [combo.itemText(i) for i in range(combo.count())] == labels
    assert [combo.itemData(i) for i in range(combo.count())] == ["in_force", "merged", "ended"]
    assert combo.currentData() == "in_force"
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert translated.session.agreement("MRTW")["status"] == "ended"
    care = translated.form.editors["care_covered"]
    assert care.boxes["hospital"].isChecked() and not care.boxes["ambulatory"].isChecked()
    assert care.boxes["hospital"].text() not in ("Hospital care", "hospital")
    care.boxes["ambulatory"].setChecked(True)
    assert translated.session.agreement("MRTW")["care_covered"] == "ambulatory;hospital"
    translated.close_store()


@pytest.mark.parametrize("language", ["fr", "nl"], indirect=True)
def test_validation_messages_use_field_labels_and_rows_from_1(language, saved_store, dock, qtbot):
    dock.form.editors["ends_on"].setDate(QDate(2001, 1, 1))
    text = dock.form.errors["ends_on"].text()
    assert "ends_on" not in text and "in_force_from" not in text
    assert ("Date de fin" in text) if language == "fr" else ("Eindigt op" in text)
    dock.session.undo_stack.undo()
    type_into(dock, "code", "")
    text = dock.form.errors["code"].text()
    assert " 1" in text and " 0" not in text, text


# --------------------------------------------------------------------------- member end date


def test_a_member_end_date_is_set_saved_and_checked(saved_store, dock, qtbot):
    members = dock.units_panel.member_list
    item = next(members.item(i) for i in range(members.count()) if members.item(i).text().startswith("FR:59512"))
    item.setSelected(True)
    dock.units_panel.until_edit.setDate(QDate(2014, 12, 31))
    click(qtbot, dock.units_panel.end_button)
    assert any(members.item(i).text().endswith("→ 2014-12-31") for i in range(members.count()))
    click(qtbot, dock.save_button)
    assert not dock.session.is_modified(), dock.status.text()
    units = AgreementStore.open(str(saved_store)).read().units.set_index("unit_id")
    assert units.loc["FR:59512", "member_until"] == pd.Timestamp("2014-12-31")
    assert pd.isna(units.loc["BE:54007", "member_until"])
    # An end before the start is refused, with the field's label.
    item = next(members.item(i) for i in range(members.count()) if members.item(i).text().startswith("BE:54007"))
    item.setSelected(True)
    dock.units_panel.until_edit.setDate(QDate(2001, 1, 1))
    click(qtbot, dock.units_panel.end_button)
    assert "Member until" in dock.units_panel.error.text() and "MRTW/BE:54007" in dock.units_panel.error.text()


# --------------------------------------------------------------------------- width


@pytest.mark.parametrize("language", ["fr", "nl"], indirect=True)
def test_the_dock_is_usable_at_the_default_dock_width(language, qgis_iface, qtbot, tmp_path):
    path = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE_GPKG, path)
    units = QgsVectorLayer("{}|layername=units".format(path), "units", "ogr")
    hospitals = QgsVectorLayer("{}|layername=hospitals".format(path), "hospitals", "ogr")
    QgsProject.instance().addMapLayers([units, hospitals])
    narrow = ZoastDock(qgis_iface)
    qtbot.addWidget(narrow)
    narrow.ask = lambda title, text: True
    assert narrow.open_store(str(path))
    narrow.select_agreement("MRTW_URSA")
    body = narrow.widget().widget()
    widths = {}
    for index in range(narrow.tabs.count()):
        narrow.tabs.setCurrentIndex(index)
        widths[index] = body.minimumSizeHint().width()
    assert max(widths.values()) <= 300, widths
    narrow.resize(300, 900)
    narrow.show()
    qtbot.waitExposed(narrow)
    scroll = narrow.widget()
    assert isinstance(scroll, QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing clipped: no sideways scrolling
    image = narrow.grab()
    out = ROOT / "tests" / "output"
    out.mkdir(exist_ok=True)
    assert image.save(str(out / "dock_300_{}.png".format(language)))
    narrow.close_store()
    QgsProject.instance().removeAllMapLayers()


# --------------------------------------------------------------------------- a store on PostgreSQL/PostGIS


def test_the_dock_creates_opens_migrates_and_shares_a_postgis_store(pg_server, dock, qtbot, layers):
    source = "{} schema=dock_store".format(pg_server.dsn())
    assert dock.create_store(source, "postgres"), dock.status.text()
    assert dock.store_path.text().startswith("PostgreSQL zoast@127.0.0.1")
    make_agreement(dock, qtbot, layers)
    click(qtbot, dock.save_button)
    assert "Saved: 4 row(s) written." in dock.status.text()
    # Another officer edits the same field on the server: the dock shows the choice.
    other = AgreementStore.open(source, "postgres")
    other.save(set_field(other.read(), "MRTW", name_fr="Nom du Hainaut"))
    other.close()
    type_into(dock, "name_fr", "Nom de l'ARS")
    click(qtbot, dock.save_button)
    assert dock.conflict_dialog.table.item(0, 4).text() == "Nom du Hainaut"
    click(qtbot, dock.conflict_dialog.save_button)  # keep mine
    assert AgreementStore.open(source, "postgres").read().agreements.iloc[0]["name_fr"] == "Nom de l'ARS"
    dock.close_store()
    # A store of the previous schema on the server is upgraded when the user agrees.
    pg_server.sql("SET search_path TO dock_store; ALTER TABLE zoast_members DROP COLUMN member_until; "
                  "UPDATE zoast_meta SET value = '1' WHERE key = 'schema_version'")
    dock.ask = lambda title, text: True
    assert dock.open_store(source, "postgres"), dock.status.text()
    assert dock.store.schema_version() == 2
    assert "member_until" in dock.session.tables.units.columns


def test_the_postgresql_dialog_builds_the_source_from_a_qgis_connection(qgis_app, qtbot, pg_server):
    from qgis.core import QgsSettings

    from zoast_plugin.gui.dock import PostgresDialog

    settings = QgsSettings()
    prefix = "PostgreSQL/connections/Partners/"
    for key, value in (("host", "127.0.0.1"), ("port", str(pg_server.port)), ("database", "zoast"),
                       ("username", pg_server.user), ("saveUsername", "true")):
        settings.setValue(prefix + key, value)
    try:
        dialog = PostgresDialog()
        qtbot.addWidget(dialog)
        dialog.connection.setCurrentText("Partners")
        dialog.schema.setText("ars_hainaut")
        click(qtbot, dialog.create_button)
        assert dialog.action == "create"
        store = AgreementStore.create(dialog.source(), "postgres")
        assert store.backend.schema == "ars_hainaut" and store.backend.uri.port() == str(pg_server.port)
        store.close()
    finally:
        settings.remove("PostgreSQL/connections/Partners")
