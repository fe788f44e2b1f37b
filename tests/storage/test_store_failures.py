"""A failed open or save names its cause and what to do: disk full, read-only, locked by another
program (tests/storage/test_concurrent_saves.py), damaged file, newer schema, no server."""

import os
import sqlite3

import pytest
from qgis.core import QgsSettings

from tests.core.test_three_way_merge import base_tables, set_agreement
from tests.storage.test_store import gpkg_rows
from zoast_plugin.core.agreements import extend
from zoast_plugin.storage import (
    AgreementStore,
    ConnectionFailedError,
    DamagedStoreError,
    DiskFullError,
    ReadOnlyError,
    postgres_connections,
)
from zoast_plugin.storage.backends import GpkgBackend
from zoast_plugin.storage.store import BadValueError


@pytest.fixture
def gpkg(tmp_path, qgis_app):
    path = tmp_path / "agreements.gpkg"
    store = AgreementStore.create(path)
    store.save(base_tables())
    store.close()
    return path


def test_a_full_disk_is_named_and_nothing_is_written(gpkg, monkeypatch):
    """SQLite's own 'database or disk is full' (the file may not grow by one page)."""
    before = gpkg_rows(gpkg)
    original = GpkgBackend.connect

    def connect_on_a_full_disk(self):
        connection = original(self)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute("PRAGMA max_page_count = {}".format(pages))
        return connection

    monkeypatch.setattr(GpkgBackend, "connect", connect_on_a_full_disk)
    store = AgreementStore.open(gpkg)
    many = ["FR:{:05d}".format(i) for i in range(3000)]
    tables = extend(store.read(), "A", "2020-01-01", unit_ids=many, unit_countries="FR")
    with pytest.raises(DiskFullError) as raised:
        store.save(tables)
    message = str(raised.value)
    assert "is full" in message and "Free some space" in message and "nothing was written" in message
    assert "cannot add" not in message
    store.close()
    assert gpkg_rows(gpkg) == before


def test_a_read_only_file_is_named_and_nothing_is_written(gpkg):
    before = gpkg_rows(gpkg)
    os.chmod(gpkg, 0o444)
    try:
        store = AgreementStore.open(gpkg)  # reading works
        tables = store.read()
        with pytest.raises(ReadOnlyError) as raised:
            store.save(set_agreement(tables, "A", name_fr="x"))
        store.close()
    finally:
        os.chmod(gpkg, 0o644)
    assert "is read-only" in str(raised.value) and "Copy the store" in str(raised.value)
    assert gpkg_rows(gpkg) == before


@pytest.mark.parametrize("damage", ["text file", "overwritten page"])
def test_a_damaged_file_is_called_damaged_not_a_foreign_file(tmp_path, gpkg, damage):
    if damage == "text file":
        path = tmp_path / "notes.gpkg"
        path.write_text("not a database")
    else:
        path = gpkg
        with sqlite3.connect(str(path)) as connection:
            page_size = connection.execute("PRAGMA page_size").fetchone()[0]
            root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'zoast_members'").fetchone()[0]
        with open(path, "r+b") as handle:  # scribble over the members table's page
            handle.seek((root - 1) * page_size)
            handle.write(b"\xff" * page_size)
    with pytest.raises(DamagedStoreError) as raised:
        AgreementStore.open(path)
    message = str(raised.value)
    assert "is damaged" in message and "backup" in message
    assert "not a ZOAST store" not in message


def test_a_geopackage_of_a_newer_schema_says_to_update_the_plugin(gpkg):
    with sqlite3.connect(str(gpkg)) as connection:
        connection.execute("UPDATE zoast_meta SET value = '9' WHERE key = 'schema_version'")
    with pytest.raises(Exception) as raised:
        AgreementStore.open(gpkg)
    assert "newer than this plugin supports" in str(raised.value) and "Update the ZOAST plugin" in str(raised.value)


# --------------------------------------------------------------------------- PostgreSQL


def test_a_server_that_does_not_answer_is_named(qgis_app, pg_server):
    with pytest.raises(ConnectionFailedError) as raised:
        AgreementStore.open("host=127.0.0.1 port=1 dbname=zoast user=postgres connect_timeout=2", "postgres")
    assert "Cannot connect" in str(raised.value) and "127.0.0.1:1" in str(raised.value)


def test_a_database_user_without_write_rights_is_named(qgis_app, pg_server):
    pg_server.sql("CREATE SCHEMA IF NOT EXISTS shared")
    source = "{} schema=shared".format(pg_server.dsn())
    store = AgreementStore.create(source, "postgres")
    store.save(base_tables())
    store.close()
    pg_server.sql("DROP ROLE IF EXISTS reader; CREATE ROLE reader LOGIN; GRANT USAGE ON SCHEMA shared TO reader; "
                  "GRANT SELECT ON ALL TABLES IN SCHEMA shared TO reader")
    reader_source = "host=127.0.0.1 port={} dbname=zoast user=reader schema=shared".format(pg_server.port)
    store = AgreementStore.open(reader_source, "postgres")
    tables = store.read()
    assert len(tables.agreements) == 2
    with pytest.raises(ReadOnlyError) as raised:
        store.save(set_agreement(tables, "A", name_fr="x"))
    assert "may not be written with your database user" in str(raised.value)
    store.close()


def test_a_store_opened_by_its_qgis_connection_name(qgis_app, pg_server):
    settings = QgsSettings()
    prefix = "PostgreSQL/connections/ZOAST partners/"
    for key, value in (("host", "127.0.0.1"), ("port", str(pg_server.port)), ("database", "zoast"),
                       ("username", pg_server.user), ("saveUsername", "true")):
        settings.setValue(prefix + key, value)
    try:
        assert "ZOAST partners" in postgres_connections()
        pg_server.sql("CREATE SCHEMA IF NOT EXISTS public")
        store = AgreementStore.create("ZOAST partners", "postgres")
        assert store.label.startswith("PostgreSQL zoast@127.0.0.1")
        store.save(base_tables())
        store.close()
        again = AgreementStore.open("ZOAST partners", "postgres")
        assert sorted(again.read().agreements["code"]) == ["A", "OTHER"]
        layer = again.layer("units")
        assert layer.isValid() and layer.featureCount() == 5
        again.close()
    finally:
        settings.remove("PostgreSQL/connections/ZOAST partners")


def test_a_store_created_in_a_new_schema_creates_the_schema(qgis_app, pg_server):
    source = "{} schema=zoast_new".format(pg_server.dsn())
    store = AgreementStore.create(source, "postgres")
    store.save(base_tables())
    store.close()
    assert pg_server.sql("SELECT count(*) FROM zoast_new.zoast_members").strip() == "5"


def test_a_stored_value_that_is_not_a_date_is_named(gpkg):
    with sqlite3.connect(str(gpkg)) as connection:
        connection.execute("UPDATE zoast_members SET member_since = 'soon' WHERE unit_id = 'BE:0002'")
    with pytest.raises(BadValueError) as raised:
        AgreementStore.open(gpkg).read()
    assert "zoast_members" in str(raised.value) and "'member_since' holds 'soon'" in str(raised.value)
