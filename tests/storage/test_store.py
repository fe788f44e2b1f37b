"""The agreements store on a GeoPackage and on PostgreSQL/PostGIS: round trip, schema versions,
validation and the all-or-nothing save. Every test runs on both (fixture ``place``)."""

import shutil
import sqlite3

import pandas as pd
import pytest
from qgis.core import QgsVectorLayer

from tests.conftest import SAMPLE_GPKG
from zoast_plugin.core.agreements import Agreement, extend, make_tables
from zoast_plugin.storage import (
    SCHEMA_VERSION,
    AgreementStore,
    InvalidAgreementsError,
    NewerSchemaError,
    NotAStoreError,
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


@pytest.fixture
def saved(place):
    store = AgreementStore.create(place.source, place.provider)
    store.save(two_sided())
    store.close()
    return place


def test_create_save_close_reopen_finds_everything(saved):
    store = AgreementStore.open(saved.source, saved.provider)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.metadata()["created_by"].startswith("ZOAST ")
    assert store.revision() == 1
    tables = store.read()
    row = tables.agreements.iloc[0]
    assert (row["code"], row["name_fr"], row["name_nl"], row["care_covered"]) == (
        "MRTW", "ZOAST MRTW", "ZOAST MRTW NL", "hospital")
    assert row["signed_on"] == pd.Timestamp("2008-01-15") and row["in_force_from"] == pd.Timestamp("2008-04-01")
    assert pd.isna(row["ends_on"])
    assert sorted(zip(tables.units["unit_id"], tables.units["country"])) == [("BE:54007", "BE"), ("FR:59512", "FR")]
    assert (tables.units["member_since"] == pd.Timestamp("2008-04-01")).all()
    assert tables.units["member_until"].isna().all()
    assert list(tables.establishments["supply_id"]) == ["H:0001"]
    store.close()


def test_a_member_end_date_round_trips(saved):
    store = AgreementStore.open(saved.source, saved.provider)
    tables = store.read()
    units = tables.units.copy()
    units.loc[units["unit_id"] == "FR:59512", "member_until"] = pd.Timestamp("2014-12-31")
    assert store.save(tables._replace(units=units)) == 1
    store.close()
    again = AgreementStore.open(saved.source, saved.provider).read()
    until = again.units.set_index("unit_id")["member_until"]
    assert until["FR:59512"] == pd.Timestamp("2014-12-31") and pd.isna(until["BE:54007"])


def test_save_writes_only_the_changes_and_bumps_their_version(saved):
    store = AgreementStore.open(saved.source, saved.provider)
    tables = store.read()
    written = store.save(extend(tables, "MRTW", "2009-07-01", unit_ids=["FR:59350"], unit_countries="FR"))
    assert written == 1
    members = saved.rows()["zoast_members"]
    assert len(members) == 3
    tables = store.read()
    fewer = tables._replace(units=tables.units[tables.units["unit_id"] != "FR:59350"])
    assert store.save(fewer) == 1
    assert store.save(store.read()) == 0
    assert store.revision() == 3
    renamed = store.read()
    assert store.save(renamed._replace(agreements=renamed.agreements.assign(name_fr="X"))) == 1
    agreement = saved.rows()["zoast_agreements"][0]
    assert "X" in agreement and agreement[-1] == "2"  # zoast_version: written twice
    store.close()


def test_the_tables_are_plain_layers_for_algorithms(saved):
    store = AgreementStore.open(saved.source, saved.provider)
    layer = QgsVectorLayer(store.uri("units"), "members", saved.provider)
    assert layer.isValid() and layer.featureCount() == 2
    assert {"zoast_code", "unit_id", "country", "member_since", "member_until"} <= set(layer.fields().names())
    if saved.provider == "ogr":
        assert store.uri("units") == "{}|layername=zoast_members".format(saved.source)
    store.close()


@pytest.mark.parametrize(
    "edit, field",
    [
        (lambda t: t._replace(agreements=pd.concat([t.agreements, t.agreements], ignore_index=True)), "code"),
        (lambda t: t._replace(agreements=t.agreements.assign(ends_on=pd.Timestamp("2000-01-01"))), "ends_on"),
        (lambda t: t._replace(units=t.units[t.units["country"] == "FR"]), "unit_id"),
        (lambda t: t._replace(units=t.units.assign(code="NOPE")), "code"),
        (lambda t: t._replace(units=t.units.assign(member_until=pd.Timestamp("2001-01-01"))), "member_until"),
    ],
    ids=["two agreements with one code", "ends before it starts", "one side only", "member of no agreement",
         "member leaves before joining"],
)
def test_invalid_tables_save_nothing(saved, edit, field):
    before = saved.rows()
    store = AgreementStore.open(saved.source, saved.provider)
    with pytest.raises(InvalidAgreementsError) as raised:
        store.save(edit(store.read()))
    assert field in [problem.values["field"] for problem in raised.value.problems]
    assert "Field '{}'".format(field) in str(raised.value)
    assert saved.rows() == before
    store.close()


def test_unknown_unit_id_is_refused(saved):
    store = AgreementStore.open(saved.source, saved.provider)
    tables = extend(store.read(), "MRTW", "2010-01-01", unit_ids=["FR:99999"], unit_countries="FR")
    with pytest.raises(InvalidAgreementsError) as raised:
        store.save(tables, known_unit_ids=["FR:59512", "BE:54007"])
    assert "FR:99999" in str(raised.value)
    store.close()


def test_a_failed_write_half_way_leaves_the_store_unchanged(saved, monkeypatch):
    """Some rows are written, then a statement crashes: the transaction is rolled back."""
    before = saved.rows()
    store = AgreementStore.open(saved.source, saved.provider)
    tables = store.read()
    tables = tables._replace(agreements=tables.agreements.assign(name_fr="Renamed"))
    tables = extend(tables, "MRTW", "2011-01-01", unit_ids=["FR:59350"], unit_countries="FR")
    backend = store.backend
    original = type(backend).execute
    calls = []

    def crash_on_second_write(self, sql, parameters=()):
        if sql.startswith(("UPDATE", "INSERT", "DELETE")):
            calls.append(sql)
            if len(calls) == 2:
                raise OSError("disk unplugged")
        return original(self, sql, parameters)

    monkeypatch.setattr(type(backend), "execute", crash_on_second_write)
    with pytest.raises(StoreError) as raised:
        store.save(tables)
    assert "disk unplugged" in str(raised.value) and "Nothing was written" in str(raised.value)
    assert len(calls) == 2
    assert saved.rows() == before
    monkeypatch.setattr(type(backend), "execute", original)
    assert store.read().agreements.loc[0, "name_fr"] == "ZOAST MRTW"
    store.save(tables)
    assert any("Renamed" in row for row in saved.rows()["zoast_agreements"])
    store.close()


def test_creating_over_a_store_is_refused(saved):
    with pytest.raises(StoreError, match="already holds ZOAST agreements"):
        AgreementStore.create(saved.source, saved.provider)
    assert len(saved.rows()["zoast_members"]) == 2


def test_a_store_of_a_newer_schema_is_refused(saved):
    saved.execute("UPDATE zoast_meta SET value = '99' WHERE key = 'schema_version'")
    before = saved.rows()
    with pytest.raises(NewerSchemaError) as raised:
        AgreementStore.open(saved.source, saved.provider)
    assert "99" in str(raised.value) and "Update the ZOAST plugin" in str(raised.value)
    assert saved.rows() == before


def test_a_version_1_store_is_migrated_to_2_on_request(saved):
    """Version 1 had no member end date and no row versions: the upgrade adds both, keeps every row."""
    for table in ("zoast_agreements", "zoast_members", "zoast_establishments"):
        saved.execute("ALTER TABLE {} DROP COLUMN zoast_version".format(table))
    for table in ("zoast_members", "zoast_establishments"):
        saved.execute("ALTER TABLE {} DROP COLUMN member_until".format(table))
    saved.execute("UPDATE zoast_meta SET value = '1' WHERE key = 'schema_version'")
    before = saved.rows()
    with pytest.raises(UpgradeNeededError) as raised:
        AgreementStore.open(saved.source, saved.provider)
    assert raised.value.version == 1 and "end date" in str(raised.value)
    assert saved.rows() == before
    store = AgreementStore.open(saved.source, saved.provider, upgrade=True)
    assert store.schema_version() == 2 == SCHEMA_VERSION
    tables = store.read()
    assert len(tables.units) == 2 and tables.units["member_until"].isna().all()
    after = saved.rows()
    assert all(row[-1] == "1" for row in after["zoast_members"])  # every row at version 1
    assert [row[:-2] for row in after["zoast_members"]] == before["zoast_members"]
    assert store.save(tables) == 0
    store.close()


def test_the_migration_registry_covers_every_version():
    assert sorted(migrations.MIGRATIONS) == list(range(SCHEMA_VERSION))
    assert migrations.steps(SCHEMA_VERSION, SCHEMA_VERSION) == []
    with pytest.raises(KeyError):
        migrations.steps(SCHEMA_VERSION, SCHEMA_VERSION + 1)


# --------------------------------------------------------------------------- GeoPackage only


def gpkg_rows(path):
    with sqlite3.connect(str(path)) as connection:
        return {table: sorted(connection.execute("SELECT * FROM {}".format(table)).fetchall())
                for table in ("zoast_agreements", "zoast_members", "zoast_establishments")}


def test_a_file_that_is_missing_or_holds_no_store(tmp_path, qgis_app):
    with pytest.raises(NotAStoreError, match="does not exist"):
        AgreementStore.open(tmp_path / "missing.gpkg")
    units_only = tmp_path / "units.gpkg"
    shutil.copy(SAMPLE_GPKG, units_only)
    with sqlite3.connect(str(units_only)) as connection:
        connection.execute("DROP TABLE zoast_members")
    with pytest.raises(NotAStoreError, match="zoast_members"):
        AgreementStore.open(units_only)


def test_an_unversioned_file_errors_clearly_then_upgrades_on_request(tmp_path, qgis_app):
    """A GeoPackage with the tables but no zoast_meta: version 0, migrated to the current one on request."""
    path = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE_GPKG, path)
    before = gpkg_rows(path)
    with pytest.raises(UpgradeNeededError) as raised:
        AgreementStore.open(path)
    assert raised.value.version == 0 and "no schema version" in str(raised.value)
    assert gpkg_rows(path) == before
    store = AgreementStore.open(path, upgrade=True)
    assert store.schema_version() == SCHEMA_VERSION
    tables = store.read()
    assert len(tables.agreements) == len(before["zoast_agreements"])
    assert len(tables.units) == len(before["zoast_members"])
    assert "territory_quality" in tables.agreements.columns  # the sample's own fields are kept
    assert set(tables.agreements["status"]) <= {"in_force", "merged", "ended"}  # legacy 'active' read as in_force
    assert store.save(tables) == 0  # … and not written back unless edited
    store.close()
    assert AgreementStore.open(path).schema_version() == SCHEMA_VERSION
    layer = QgsVectorLayer("{}|layername=zoast_meta".format(path), "meta", "ogr")
    assert layer.isValid() and layer.featureCount() >= 3  # QGIS sees the new table
