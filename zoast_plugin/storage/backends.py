"""Where a store lives: a GeoPackage (SQLite) or a PostgreSQL/PostGIS database.

A backend gives the store one database connection with real transactions
(``sqlite3`` for a GeoPackage, ``psycopg2`` for PostgreSQL), the SQL that differs
between the two, the layer URIs QGIS and the algorithms open, and the translation
of a failure into a :class:`StoreError` that names its cause and what to do
(disk full, read-only, locked by another program, damaged file, no connection).

A save runs in ONE transaction that first takes the store's write lock
(``BEGIN IMMEDIATE`` on SQLite, ``LOCK TABLE … SHARE ROW EXCLUSIVE`` on
PostgreSQL): two saves never interleave, readers are never blocked.
"""

import datetime
import os
import sqlite3
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsDataSourceUri, QgsProviderRegistry
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import QT_TRANSLATE_NOOP
from .schema import DATE, FID, INTEGER, TEXT

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
#: Seconds a save waits for another program's lock before it gives up with a clear message.
BUSY_TIMEOUT = 5.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementStore", text)  # i18n: dynamic


# --------------------------------------------------------------------------- errors


class StoreError(Exception):
    """A store that cannot be opened, created or saved; the message is translated."""


class NotAStoreError(StoreError):
    """The data source holds no ZOAST store."""


class DamagedStoreError(StoreError):
    """The file is damaged (or not a database at all): it is not read."""


class NewerSchemaError(StoreError):
    """The store was written by a newer ZOAST: this version must not change it."""


class DiskFullError(StoreError):
    """The disk (or the database server's disk) is full: nothing was written."""


class ReadOnlyError(StoreError):
    """The file, the folder or the database role may not be written: nothing was written."""


class LockedError(StoreError):
    """Another program holds the store's lock: nothing was written; try again later."""


class ConnectionFailedError(StoreError):
    """The database server cannot be reached or refuses the login."""


# --------------------------------------------------------------------------- GeoPackage


class _SqlBackend:
    """What both backends do the same way: close the connection, quote an identifier."""

    _connection = None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    @staticmethod
    def quote(name: str) -> str:
        return '"{}"'.format(name.replace('"', '""'))


class GpkgBackend(_SqlBackend):
    """A store in a GeoPackage file, written through SQLite transactions."""

    provider = "ogr"
    placeholder = "?"

    def __init__(self, path: str, busy_timeout: float = BUSY_TIMEOUT):
        self.path = str(path)
        self.busy_timeout = busy_timeout
        self._connection: Optional[sqlite3.Connection] = None

    @property
    def label(self) -> str:
        return self.path

    def exists(self) -> bool:
        return Path(self.path).exists()

    def writable(self) -> bool:
        """False for a file without write permission bits or in a folder we may not write to."""
        path = Path(self.path)
        if not path.exists():
            return os.access(str(path.parent), os.W_OK)
        mode = path.stat().st_mode
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            return False
        return os.access(str(path), os.W_OK) and os.access(str(path.parent), os.W_OK)

    def connect(self) -> sqlite3.Connection:
        if self._connection is None:
            if not self.exists():
                raise NotAStoreError(_tr(QT_TRANSLATE_NOOP(
                    "AgreementStore",
                    "'{source}' does not exist. Choose a ZOAST store (.gpkg) or create a new one."
                )).format(source=self.path))
            # A file the user made read-only is opened read-only, even by an administrator.
            mode = "rw" if self.writable() else "ro"
            uri = "{}?mode={}".format(Path(self.path).resolve().as_uri(), mode)
            try:
                self._connection = sqlite3.connect(uri, uri=True, timeout=self.busy_timeout,
                                                   isolation_level=None, check_same_thread=False)
            except sqlite3.Error as error:
                raise self.failure(error) from error
        return self._connection

    def check(self) -> None:
        """Refuse a damaged file or a file that is not a GeoPackage, naming which."""
        connection = self.connect()
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.Error as error:
            raise self.failure(error) from error
        if result != "ok":
            raise DamagedStoreError(self._damaged_message(result))
        if application_id != GPKG_APPLICATION_ID and not self.has_table("gpkg_contents"):
            raise NotAStoreError(_tr(QT_TRANSLATE_NOOP(
                "AgreementStore",
                "'{source}' is an SQLite database but not a GeoPackage. Choose a ZOAST store (.gpkg) "
                "or create a new one."
            )).format(source=self.path))

    # ----------------------------------------------------------------- SQL

    def table(self, name: str) -> str:
        return self.quote(name)

    def has_table(self, name: str) -> bool:
        row = self.connect().execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                     (name,)).fetchone()
        return row is not None

    def columns(self, name: str) -> List[str]:
        return [row[1] for row in self.connect().execute("PRAGMA table_info({})".format(self.quote(name)))]

    def query(self, sql: str, parameters: Sequence = ()) -> Tuple[List[str], List[tuple]]:
        try:
            cursor = self.connect().execute(sql, tuple(parameters))
            return [d[0] for d in cursor.description or ()], cursor.fetchall()
        except sqlite3.Error as error:
            raise self.failure(error) from error

    def execute(self, sql: str, parameters: Sequence = ()) -> int:
        cursor = self.connect().execute(sql, tuple(self.adapt(v) for v in parameters))
        return cursor.rowcount

    @staticmethod
    def adapt(value):
        if isinstance(value, datetime.date):
            return value.isoformat()
        return value

    @contextmanager
    def transaction(self, tables: Sequence[str]):
        """One write transaction holding the database's write lock; rolled back on any error."""
        connection = self.connect()
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self.failure(error) from error
        try:
            yield self
            connection.execute("COMMIT")
        except BaseException as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise self.failure(error) from error
            raise

    def add_column(self, table: str, name: str, kind: str) -> None:
        sql_type = {TEXT: "TEXT", DATE: "DATE", INTEGER: "INTEGER"}[kind]
        self.execute("ALTER TABLE {} ADD COLUMN {} {}".format(self.quote(table), self.quote(name), sql_type))

    def layer_uri(self, table: str) -> str:
        return "{}|layername={}".format(self.path, table)

    # ----------------------------------------------------------------- failures

    def _damaged_message(self, detail: str) -> str:
        return _tr(QT_TRANSLATE_NOOP(
            "AgreementStore",
            "'{source}' is damaged or is not a GeoPackage (SQLite says: {detail}). It is not opened, "
            "so nothing is made worse. Restore the file from a backup; without one, a database tool "
            "can often recover the tables (sqlite3 '.recover')."
        )).format(source=self.path, detail=detail)

    def failure(self, error: Exception) -> StoreError:
        """The StoreError that names the cause of an SQLite failure and what to do."""
        code = getattr(error, "sqlite_errorcode", None)
        text = str(error).lower()
        if code == 13 or "disk is full" in text or "database or disk is full" in text:
            return DiskFullError(_tr(QT_TRANSLATE_NOOP(
                "AgreementStore",
                "The disk holding '{source}' is full: nothing was written, the store is as it was "
                "and your edits are kept. Free some space on that disk (or move the store to another "
                "one), then save again."
            )).format(source=self.path))
        if code in (8,) or "readonly" in text or "read-only" in text or "unable to open database" in text:
            return ReadOnlyError(_tr(QT_TRANSLATE_NOOP(
                "AgreementStore",
                "'{source}' is read-only (file permissions, a read-only folder or medium): nothing "
                "was written. Copy the store to a folder you may write to and open the copy, or ask "
                "who manages the file for write access."
            )).format(source=self.path))
        if code in (5, 6) or "locked" in text or "busy" in text:
            return LockedError(_tr(QT_TRANSLATE_NOOP(
                "AgreementStore",
                "'{source}' is locked by another program (another QGIS, a database browser, a file "
                "synchronisation tool…): nothing was written. Close the store in that program or "
                "wait until it has finished, then save again."
            )).format(source=self.path))
        if code in (11, 26) or "malformed" in text or "not a database" in text or "corrupt" in text:
            return DamagedStoreError(self._damaged_message(str(error)))
        return StoreError(_tr(QT_TRANSLATE_NOOP(
            "AgreementStore",
            "'{source}': the database reports an error ({error}). Nothing was written."
        )).format(
            source=self.path, error=error))


# --------------------------------------------------------------------------- PostgreSQL


def postgres_connections() -> List[str]:
    """The names of the PostgreSQL connections saved in QGIS."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        return []
    try:
        return sorted(metadata.connections(False))
    except Exception:  # noqa: BLE001 - a provider without the connections API
        return []


def postgres_uri(source: str) -> QgsDataSourceUri:
    """A QGIS connection name, a ``service=…`` or a libpq/QGIS URI, as a QgsDataSourceUri."""
    if source in postgres_connections():
        connection = QgsProviderRegistry.instance().providerMetadata("postgres").findConnection(source)
        return QgsDataSourceUri(connection.uri())
    return QgsDataSourceUri(source)


class PostgresBackend(_SqlBackend):
    """A store in a PostgreSQL (PostGIS) schema, written through psycopg2 transactions.

    ``source`` is a QGIS connection name, ``service=name`` (pg_service.conf) or a
    connection URI (``host=… dbname=… user=…``); ``schema=name`` in it (or the
    QGIS URI's schema) chooses the schema, ``public`` by default.
    """

    provider = "postgres"
    placeholder = "%s"

    def __init__(self, source: str, busy_timeout: float = BUSY_TIMEOUT):
        self.source = str(source)
        self.busy_timeout = busy_timeout
        self.uri = postgres_uri(self.source)
        self.schema = self.uri.schema() or self.uri.param("schema") or "public"
        self._connection = None

    @property
    def label(self) -> str:
        database = self.uri.database() or self.uri.service()
        where = self.uri.host() or "localhost"
        if self.uri.port():
            where += ":" + self.uri.port()
        return "PostgreSQL {}@{} ({})".format(database, where, self.schema)

    def exists(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def _conninfo(self) -> str:
        uri = QgsDataSourceUri(self.uri.connectionInfo(True))  # the auth configuration expanded
        parts = []
        for key, value in (("service", uri.service()), ("host", uri.host()), ("port", uri.port()),
                           ("dbname", uri.database()), ("user", uri.username()), ("password", uri.password())):
            if value:
                parts.append("{}='{}'".format(key, value.replace("\\", "\\\\").replace("'", "\\'")))
        if uri.sslMode() not in (QgsDataSourceUri.SslMode.SslPrefer,):
            mode = QgsDataSourceUri.encodeSslMode(uri.sslMode())
            if mode:
                parts.append("sslmode={}".format(mode))
        return " ".join(parts)

    def connect(self):
        if self._connection is None:
            try:
                import psycopg2
            except ImportError as error:
                raise StoreError(_tr(QT_TRANSLATE_NOOP(
                    "AgreementStore",
                    "A store on PostgreSQL needs the Python module psycopg2, which this QGIS does "
                    "not have. Install it (Debian/Ubuntu: python3-psycopg2; it comes with the QGIS "
                    "installers for Windows and macOS)."
                ))) from error
            try:
                self._connection = psycopg2.connect(self._conninfo(), connect_timeout=15,
                                                    application_name="ZOAST")
            except psycopg2.Error as error:
                raise ConnectionFailedError(_tr(QT_TRANSLATE_NOOP(
                    "AgreementStore",
                    "Cannot connect to {target}: {error}. Check the connection (QGIS Data Source "
                    "Manager › PostgreSQL), that the server is running and that your user may log in."
                )).format(
                    target=self.label, error=str(error).strip())) from error
            self._connection.autocommit = True
        return self._connection

    def check(self) -> None:
        self.connect()

    def table(self, name: str) -> str:
        return "{}.{}".format(self.quote(self.schema), self.quote(name))

    def has_table(self, name: str) -> bool:
        _names, rows = self.query("SELECT 1 FROM information_schema.tables WHERE table_schema = %s "
                                  "AND table_name = %s", (self.schema, name))
        return bool(rows)

    def columns(self, name: str) -> List[str]:
        _names, rows = self.query("SELECT column_name FROM information_schema.columns WHERE table_schema = %s "
                                  "AND table_name = %s ORDER BY ordinal_position", (self.schema, name))
        return [row[0] for row in rows]

    def query(self, sql: str, parameters: Sequence = ()) -> Tuple[List[str], List[tuple]]:
        import psycopg2

        try:
            with self.connect().cursor() as cursor:
                cursor.execute(sql, tuple(parameters))
                return [d[0] for d in cursor.description or ()], cursor.fetchall()
        except psycopg2.Error as error:
            raise self.failure(error) from error

    def execute(self, sql: str, parameters: Sequence = ()) -> int:
        with self.connect().cursor() as cursor:
            cursor.execute(sql, tuple(parameters))
            return cursor.rowcount

    @staticmethod
    def adapt(value):
        return value

    @contextmanager
    def transaction(self, tables: Sequence[str]):
        import psycopg2

        connection = self.connect()
        connection.autocommit = False
        try:
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = %s", ("{}ms".format(int(self.busy_timeout * 1000)),))
                if tables:
                    cursor.execute("LOCK TABLE {} IN SHARE ROW EXCLUSIVE MODE".format(
                        ", ".join(self.table(t) for t in tables)))
            yield self
            connection.commit()
        except BaseException as error:
            connection.rollback()
            if isinstance(error, psycopg2.Error):
                raise self.failure(error) from error
            raise
        finally:
            connection.autocommit = True

    def add_column(self, table: str, name: str, kind: str) -> None:
        sql_type = {TEXT: "TEXT", DATE: "DATE", INTEGER: "INTEGER"}[kind]
        self.execute("ALTER TABLE {} ADD COLUMN {} {}".format(self.table(table), self.quote(name), sql_type))

    def create_table(self, table: str, spec, unique: Sequence[str] = ()) -> None:
        sql_types = {TEXT: "TEXT", DATE: "DATE", INTEGER: "INTEGER"}
        columns = ["{} SERIAL PRIMARY KEY".format(self.quote(FID))]
        columns += ["{} {}".format(self.quote(name), sql_types[kind]) for name, kind in spec]
        if unique:
            columns.append("UNIQUE ({})".format(", ".join(self.quote(name) for name in unique)))
        self.execute("CREATE TABLE {} ({})".format(self.table(table), ", ".join(columns)))

    def layer_uri(self, table: str) -> str:
        uri = QgsDataSourceUri(self.uri.uri(False))
        uri.setDataSource(self.schema, table, None, "", FID)
        uri.setKeyColumn(FID)
        return uri.uri(False)

    def failure(self, error: Exception) -> StoreError:
        code = getattr(error, "pgcode", None) or ""
        detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        if code == "53100":
            return DiskFullError(_tr(QT_TRANSLATE_NOOP(
                "AgreementStore",
                "The disk of the database server {target} is full: nothing was written, your edits "
                "are kept. Ask the database administrator to free space, then save again."
            )).format(target=self.label))
        if code in ("25006", "42501"):
            return ReadOnlyError(_tr(QT_TRANSLATE_NOOP(
                "AgreementStore",
                "{target} may not be written with your database user ({error}): nothing was written. "
                "Ask the database administrator for INSERT, UPDATE and DELETE on the ZOAST tables, "
                "or use a read-write server."
            )).format(target=self.label, error=detail))
        if code in ("55P03", "40001", "40P01"):
            return LockedError(_tr(QT_TRANSLATE_NOOP(
                "AgreementStore",
                "{target} is busy: another user or program is writing the ZOAST tables ({error}). "
                "Nothing was written; save again in a moment."
            )).format(target=self.label, error=detail))
        if code.startswith("08") or code.startswith("28") or code == "3D000" or not code:
            return ConnectionFailedError(_tr(QT_TRANSLATE_NOOP(
                "AgreementStore",
                "Cannot connect to {target}: {error}. Check the connection (QGIS Data Source Manager "
                "› PostgreSQL), that the server is running and that your user may log in."
            )).format(
                target=self.label, error=detail))
        return StoreError(_tr(QT_TRANSLATE_NOOP(
            "AgreementStore",
            "{target}: the database reports an error ({error}). Nothing was written."
        )).format(
            target=self.label, error=detail))


def backend_for(source: str, provider: str = "ogr", busy_timeout: float = BUSY_TIMEOUT):
    if provider == "ogr":
        return GpkgBackend(source, busy_timeout)
    if provider == "postgres":
        return PostgresBackend(source, busy_timeout)
    raise StoreError(_tr(QT_TRANSLATE_NOOP(
        "AgreementStore",
        "A ZOAST store is a GeoPackage or a PostgreSQL database, not '{provider}'."
    )).format(
        provider=provider))


def rows_as_dicts(names: List[str], rows: List[tuple]) -> List[Dict[str, object]]:
    return [dict(zip(names, row)) for row in rows]
