"""The agreements store: round trip, schema versions, validation and the all-or-nothing save."""

import shutil
import sqlite3

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsVectorLayer

from tests.conftest import SAMPLE_GPKG
from zoast_plugin.core.agreements import Agreement, extend, make_tables
from zoast_plugin.storage import (
    SCHEMA_VERSION,
    AgreementStore,
    InvalidAgreementsError,
    NewerSchemaError,
    NotAStoreError,
    SaveError,
    StoreError,
    UpgradeNeededError,
    migrations,
)


def two_sided(code="MRTW", since="2008-04-01"):
    """One agreement with two units (one per side) and one hospital."""
    tables = make_tables([Agreement(code, name_fr="ZOAST " + code, name_nl="ZOAST " + code + " NL",
                                    signed_on=pd.Timestamp("2008-01-15").date(),
                                    in_force_from=pd.Timestamp(since).date(), care_covered="hospital")])
    return extend(tables, code, since, unit_ids=["FR:59512", "BE:54007"], unit_countries=["FR", "BE"],
                  supply_ids=["H:0001"], supply_countries="FR")


def disk_rows(path):
    """Every row of the three tables, read with sqlite3 (not through QGIS): what is on disk."""
    with sqlite3.connect(str(path)) as connection:
        return {table: sorted(connection.execute("SELECT * FROM {}".format(table)).fetchall())
                for table in ("zoast_agreements", "zoast_members", "zoast_establishments")}


@pytest.fixture
def store_path(tmp_path, qgis_app):
    path = tmp_path / "agreements.gpkg"
    store = AgreementStore.create(path)
    store.save(two_sided())
    store.close()
    return path


def test_create_save_close_reopen_finds_everything(store_path):
    store = AgreementStore.open(store_path)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.metadata()["created_by"].startswith("ZOAST ")
    tables = store.read()
    row = tables.agreements.iloc[0]
    assert (row["code"], row["name_fr"], row["name_nl"], row["care_covered"]) == (
        "MRTW", "ZOAST MRTW", "ZOAST MRTW NL", "hospital")
    assert row["signed_on"] == pd.Timestamp("2008-01-15") and row["in_force_from"] == pd.Timestamp("2008-04-01")
    assert pd.isna(row["ends_on"])
    assert sorted(zip(tables.units["unit_id"], tables.units["country"])) == [("BE:54007", "BE"), ("FR:59512", "FR")]
    assert (tables.units["member_since"] == pd.Timestamp("2008-04-01")).all()
    assert list(tables.establishments["supply_id"]) == ["H:0001"]


def test_save_writes_only_the_changes_and_keeps_other_users_rows(store_path):
    store = AgreementStore.open(store_path)
    tables = store.read()
    # Another user adds an establishment meanwhile, through their own layer.
    other = QgsVectorLayer("{}|layername=zoast_establishments".format(store_path), "other", "ogr")
    feature = QgsFeature(other.fields())
    feature["zoast_code"], feature["supply_id"], feature["country"] = "MRTW", "H:0099", "BE"
    other.startEditing()
    other.addFeature(feature)
    assert other.commitChanges()
    del other
    # We add a member unit: one row written; the other user's row stays.
    written = store.save(extend(tables, "MRTW", "2009-07-01", unit_ids=["FR:59350"], unit_countries="FR"))
    assert written == 1
    rows = disk_rows(store_path)
    assert len(rows["zoast_members"]) == 3
    assert sorted(r[2] for r in rows["zoast_establishments"]) == ["H:0001", "H:0099"]
    # Removing a unit deletes exactly that row; saving again without change writes nothing.
    tables = store.read()
    fewer = tables._replace(units=tables.units[tables.units["unit_id"] != "FR:59350"])
    assert store.save(fewer) == 1
    assert store.save(store.read()) == 0
    assert sorted(r[2] for r in disk_rows(store_path)["zoast_members"]) == ["BE:54007", "FR:59512"]


def test_the_tables_are_plain_layers_for_algorithms(store_path):
    store = AgreementStore.open(store_path)
    assert store.uri("units") == "{}|layername=zoast_members".format(store_path)
    layer = QgsVectorLayer(store.uri("units"), "members", "ogr")
    assert layer.isValid() and layer.featureCount() == 2
    assert {"zoast_code", "unit_id", "country", "member_since"} <= set(layer.fields().names())


@pytest.mark.parametrize(
    "edit, field",
    [
        (lambda t: t._replace(agreements=pd.concat([t.agreements, t.agreements], ignore_index=True)), "code"),
        (lambda t: t._replace(agreements=t.agreements.assign(ends_on=pd.Timestamp("2000-01-01"))), "ends_on"),
        (lambda t: t._replace(units=t.units[t.units["country"] == "FR"]), "unit_id"),
        (lambda t: t._replace(units=t.units.assign(code="NOPE")), "code"),
    ],
    ids=["two agreements with one code", "ends before it starts", "one side only", "member of no agreement"],
)
def test_invalid_tables_save_nothing(store_path, edit, field):
    before = disk_rows(store_path)
    store = AgreementStore.open(store_path)
    with pytest.raises(InvalidAgreementsError) as raised:
        store.save(edit(store.read()))
    assert field in [problem.values["field"] for problem in raised.value.problems]
    assert "Field '{}'".format(field) in str(raised.value)
    assert disk_rows(store_path) == before


def test_unknown_unit_id_is_refused(store_path):
    store = AgreementStore.open(store_path)
    tables = extend(store.read(), "MRTW", "2010-01-01", unit_ids=["FR:99999"], unit_countries="FR")
    with pytest.raises(InvalidAgreementsError) as raised:
        store.save(tables, known_unit_ids=["FR:59512", "BE:54007"])
    assert "FR:99999" in str(raised.value)


def test_a_failed_write_half_way_leaves_the_file_unchanged(store_path, monkeypatch):
    """The first table is written, then the second write crashes: the transaction is rolled back."""
    before = disk_rows(store_path)
    store = AgreementStore.open(store_path)
    tables = store.read()
    tables = tables._replace(agreements=tables.agreements.assign(name_fr="Renamed"))
    tables = extend(tables, "MRTW", "2011-01-01", unit_ids=["FR:59350"], unit_countries="FR")
    original = AgreementStore._apply_changes
    calls = []

    def crash_after_first_table(self, kind, deleted, upserts):
        calls.append(kind)
        if len(calls) == 2:
            raise OSError("disk unplugged")
        return original(self, kind, deleted, upserts)

    monkeypatch.setattr(AgreementStore, "_apply_changes", crash_after_first_table)
    with pytest.raises(SaveError) as raised:
        store.save(tables)
    assert "disk unplugged" in str(raised.value) and "Nothing was written" in str(raised.value)
    assert calls == ["agreements", "units"]
    assert disk_rows(store_path) == before
    # The store is usable afterwards and the same edit saves once the fault is gone.
    monkeypatch.setattr(AgreementStore, "_apply_changes", original)
    assert store.read().agreements.loc[0, "name_fr"] == "ZOAST MRTW"
    store.save(tables)
    assert [r[2] for r in disk_rows(store_path)["zoast_agreements"]] == ["Renamed"]


def test_a_file_that_is_not_a_store(tmp_path, qgis_app):
    text = tmp_path / "notes.gpkg"
    text.write_text("not a database")
    with pytest.raises(NotAStoreError, match="is not a ZOAST store"):
        AgreementStore.open(text)
    with pytest.raises(NotAStoreError, match="does not exist"):
        AgreementStore.open(tmp_path / "missing.gpkg")
    units_only = tmp_path / "units.gpkg"
    shutil.copy(SAMPLE_GPKG, units_only)
    with sqlite3.connect(str(units_only)) as connection:
        connection.execute("DROP TABLE zoast_members")
    with pytest.raises(NotAStoreError, match="zoast_members"):
        AgreementStore.open(units_only)


def test_creating_over_a_store_is_refused(store_path):
    with pytest.raises(StoreError, match="already holds ZOAST agreements"):
        AgreementStore.create(store_path)
    assert len(disk_rows(store_path)["zoast_members"]) == 2


def test_a_store_of_a_newer_schema_is_refused(store_path):
    with sqlite3.connect(str(store_path)) as connection:
        connection.execute("UPDATE zoast_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(NewerSchemaError) as raised:
        AgreementStore.open(store_path)
    assert "99" in str(raised.value) and "Update the ZOAST plugin" in str(raised.value)


def test_an_unversioned_file_errors_clearly_then_upgrades_on_request(tmp_path, qgis_app):
    """The sample GeoPackage has the tables but no zoast_meta: version 0, migrated to 1 on request."""
    path = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE_GPKG, path)
    before = disk_rows(path)
    with pytest.raises(UpgradeNeededError) as raised:
        AgreementStore.open(path)
    assert raised.value.version == 0 and "no schema version" in str(raised.value)
    assert disk_rows(path) == before
    store = AgreementStore.open(path, upgrade=True)
    assert store.schema_version() == SCHEMA_VERSION
    tables = store.read()
    assert len(tables.agreements) == len(before["zoast_agreements"])
    assert len(tables.units) == len(before["zoast_members"])
    assert "territory_quality" in tables.agreements.columns  # the sample's own fields are kept
    assert store.save(tables) == 0
    assert AgreementStore.open(path).schema_version() == SCHEMA_VERSION


def test_the_migration_registry_covers_every_version():
    assert sorted(migrations.MIGRATIONS) == list(range(SCHEMA_VERSION))
    assert migrations.steps(SCHEMA_VERSION, SCHEMA_VERSION) == []
    with pytest.raises(KeyError):
        migrations.steps(SCHEMA_VERSION, SCHEMA_VERSION + 1)
