"""Schema of the agreements store: creating the tables, and migrating older stores.

``MIGRATIONS[n]`` upgrades a store of version ``n`` to ``n + 1``; they run in order
up to :data:`.schema.SCHEMA_VERSION`, in ONE transaction, only when the user agrees
(``open(..., upgrade=True)``), since they change the store.

* 0 → 1: a file that holds the ZOAST tables but no ``zoast_meta`` table (tables made
  by hand, or the first sample): the missing core fields and the version table are added.
* 1 → 2: members get an end date (``member_until``) and every row a ``zoast_version``
  (set to 1), used to see that another user changed a row.

Add the next step here when the schema changes, with a test that upgrades a store of
the version before.
"""

from pathlib import Path
from typing import Dict

from ..metadata import plugin_version  # noqa: F401 - the store writes it in zoast_meta
from .schema import ADDED_IN, FIELDS, KINDS, META_FIELDS, META_TABLE, SCHEMA_VERSION, TABLE_NAMES, VERSION_FIELD

PLUGIN_ROOT = Path(__file__).resolve().parent.parent.parent
SQL_TYPES = {"text": "TEXT", "date": "DATE", "integer": "INTEGER"}


# --------------------------------------------------------------------------- tables


def create_table(backend, table: str, spec, unique=()) -> None:
    """A new geometry-less table (``fid`` primary key, then ``spec``), unique on ``unique``."""
    if backend.provider == "postgres":
        backend.create_table(table, spec, unique)
        return
    quote = backend.quote
    columns = ["fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
    columns += ["{} {}".format(quote(name), SQL_TYPES[kind]) for name, kind in spec]
    backend.execute("CREATE TABLE {} ({})".format(quote(table), ", ".join(columns)))
    if unique:
        backend.execute("CREATE UNIQUE INDEX {} ON {} ({})".format(
            quote(table + "_key"), quote(table), ", ".join(quote(name) for name in unique)))
    # A GeoPackage lists its tables in gpkg_contents: QGIS and GDAL then see it as a table.
    backend.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change) "
                    "VALUES (?, 'attributes', ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))", (table, table))


def read_meta(backend) -> Dict[str, str]:
    if not backend.has_table(META_TABLE):
        return {}
    _names, rows = backend.query("SELECT {}, {} FROM {}".format(  # nosec B608 - quoted schema names; values are bound
        backend.quote("key"), backend.quote("value"), backend.table(META_TABLE)))
    return {str(key): "" if value is None else str(value) for key, value in rows}


def write_meta(backend, values: Dict[str, str]) -> None:
    """Set keys of zoast_meta (inside the caller's transaction)."""
    present = read_meta(backend)
    mark = backend.placeholder
    for key, value in values.items():
        if key in present:
            backend.execute("UPDATE {} SET {} = {} WHERE {} = {}".format(  # nosec B608 - quoted schema names; values are bound
                backend.table(META_TABLE), backend.quote("value"), mark, backend.quote("key"), mark), (value, key))
        else:
            backend.execute("INSERT INTO {} ({}, {}) VALUES ({}, {})".format(  # nosec B608 - quoted schema names; values are bound
                backend.table(META_TABLE), backend.quote("key"), backend.quote("value"), mark, mark), (key, value))


# --------------------------------------------------------------------------- migrations


def _add_fields(backend, version: int) -> None:
    types = {kind: dict(FIELDS[kind]) for kind in KINDS}
    for kind in KINDS:
        table = TABLE_NAMES[kind]
        present = set(backend.columns(table))
        for name in ADDED_IN[version][kind]:
            if name not in present:
                backend.add_column(table, name, types[kind][name])


def _v0_to_v1(backend) -> None:
    """Add the core fields a table lacks, and the version table."""
    _add_fields(backend, 1)
    if not backend.has_table(META_TABLE):
        create_table(backend, META_TABLE, META_FIELDS, ("key",))


def _v1_to_v2(backend) -> None:
    """Members get ``member_until``; every row gets ``zoast_version`` = 1."""
    _add_fields(backend, 2)
    for kind in KINDS:
        backend.execute("UPDATE {} SET {} = 1 WHERE {} IS NULL".format(  # nosec B608 - quoted schema names; values are bound
            backend.table(TABLE_NAMES[kind]), backend.quote(VERSION_FIELD), backend.quote(VERSION_FIELD)))


MIGRATIONS = {0: _v0_to_v1, 1: _v1_to_v2}


def steps(from_version: int, to_version: int):
    """The migration functions from ``from_version`` to ``to_version``; KeyError if one is missing."""
    return [MIGRATIONS[version] for version in range(from_version, to_version)]


def upgrade(backend, version: int) -> None:
    """Migrate a store of ``version`` to :data:`SCHEMA_VERSION` in one transaction (all or nothing)."""
    tables = [TABLE_NAMES[kind] for kind in KINDS]
    with backend.transaction(tables):
        for step in steps(version, SCHEMA_VERSION):
            step(backend)
        values = {"schema_version": str(SCHEMA_VERSION), "upgraded_by": "ZOAST " + plugin_version()}
        if "created_by" not in read_meta(backend):
            values["created_by"] = "ZOAST " + plugin_version()
        if "revision" not in read_meta(backend):
            values["revision"] = "0"
        write_meta(backend, values)
