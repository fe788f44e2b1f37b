"""The agreements store: the three tables of the agreement model, shared by several users.

A store is four tables in one data source: ``zoast_agreements``, ``zoast_members``,
``zoast_establishments`` and ``zoast_meta`` (key/value: ``schema_version``,
``created_by``, ``revision``). By default a GeoPackage (``create(path)``,
``open(path)``); on a server, a PostgreSQL/PostGIS schema (``open(source,
"postgres")`` with a QGIS connection name, ``service=…`` or a connection URI). The
tables are plain layers, so algorithms take them directly (``store.uri("units")``).

``read()`` gives the core's :class:`~..core.agreements.AgreementTables` (column
``code`` for ``zoast_code``) and remembers them as the *base* of the next save.
``save(tables)`` validates the tables and then, in ONE transaction holding the
store's write lock, reads what the store holds now, merges it three-way with the
base and the edited tables (:mod:`..core.three_way_merge`) and writes the
difference, every changed row with its ``zoast_version`` raised by one. Edits other
users saved meanwhile are kept; when both changed the same field differently, or
one deleted what the other changed, nothing is written and :class:`ConflictError`
lists the conflicts (each with the original value, mine and theirs). Saving again
with ``resolutions`` (or a ``policy`` for batch use) settles them.
"""

import datetime
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import pandas as pd
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core import three_way_merge as three_way
from ..core.agreements import (
    AGREEMENT_COLUMNS,
    DATE_COLUMNS,
    ESTABLISHMENT_MEMBER_COLUMNS,
    MEMBER_DATE_COLUMNS,
    UNIT_MEMBER_COLUMNS,
    AgreementTables,
    agreement_problems,
    make_tables,
)
from ..core.errors import QT_TRANSLATE_NOOP, InputError
from ..i18n import translate_error
from ..metadata import plugin_version
from . import migrations
from .backends import (
    ConnectionFailedError,
    DamagedStoreError,
    DiskFullError,
    GpkgBackend,
    LockedError,
    NewerSchemaError,
    NotAStoreError,
    ReadOnlyError,
    StoreError,
    backend_for,
)
from .schema import (
    FID,
    FIELDS,
    KEYS,
    KINDS,
    LEGACY_STATUS,
    META_FIELDS,
    META_TABLE,
    SCHEMA_VERSION,
    TABLE_NAMES,
    VERSION_FIELD,
    to_core_name,
    to_store_name,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementStore", text)  # i18n: dynamic


class UpgradeNeededError(StoreError):
    """The store is of an older schema (0 = no version table): open it with ``upgrade=True``."""

    def __init__(self, message: str, version: int):
        super().__init__(message)
        self.version = version


class InvalidAgreementsError(StoreError):
    """The tables fail the core's checks: nothing was saved. ``problems`` are the core's errors."""

    def __init__(self, problems: List[InputError]):
        self.problems = list(problems)
        super().__init__("\n".join(translate_error(problem) for problem in self.problems))


class SaveError(StoreError):
    """A write failed: the transaction was rolled back and the store is as it was."""


class ConflictError(StoreError):
    """Another user changed what this save changes: nothing was written.

    ``conflicts`` are the :class:`~..core.three_way_merge.Conflict` to settle; save
    again with ``resolutions=[(conflict, choice), …]``.
    """

    def __init__(self, conflicts: Sequence[three_way.Conflict]):
        self.conflicts = list(conflicts)
        super().__init__(_tr(QT_TRANSLATE_NOOP(
            "AgreementStore",
            "{count} of your edit(s) conflict with changes another user saved meanwhile. Nothing was written: "
            "choose, for each, which value to keep; the other edits of both of you are kept."
        )).format(count=len(self.conflicts)))


# --------------------------------------------------------------------------- values


_DATE_COLUMNS = {"agreements": set(DATE_COLUMNS), "units": set(MEMBER_DATE_COLUMNS),
                 "establishments": set(MEMBER_DATE_COLUMNS)}
_CORE_COLUMNS = {"agreements": AGREEMENT_COLUMNS, "units": UNIT_MEMBER_COLUMNS,
                 "establishments": ESTABLISHMENT_MEMBER_COLUMNS}


def _date(value):
    """A stored date (ISO text from SQLite, a date from PostgreSQL) as datetime.date; blank → None."""
    value = three_way.plain(value)
    if value is None or isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return pd.Timestamp(value).date()  # anything else pandas reads; a bad date raises as the core would


class BadValueError(StoreError):
    """A stored value the store cannot read (a date that is not one)."""


def _rows(names: List[str], records: List[tuple], kind: str, label: str = ""):
    """key → row (core names, plain values: what rows_of gives for the core's tables), key → fids, key → version."""
    dates = _DATE_COLUMNS[kind]
    columns = [to_core_name(name) for name in names]
    keys = three_way.KEYS[kind]
    rows, fids, versions = {}, {}, {}
    for record in records:
        raw = dict(zip(columns, record))
        fid = raw.pop(FID, None)
        version = three_way.plain(raw.pop(VERSION_FIELD, None))
        row = {name: None for name in _CORE_COLUMNS[kind]}
        for name, value in raw.items():
            try:
                row[name] = _date(value) if name in dates else three_way.plain(value)
            except (ValueError, TypeError):
                raise BadValueError(_tr(QT_TRANSLATE_NOOP(
                    "AgreementStore",
                    "'{source}', table {table}, row fid {fid}: the field '{field}' holds '{value}', which is not a "
                    "date. Correct it (YYYY-MM-DD) or empty it, in QGIS's attribute table for instance."
                )).format(source=label, table=TABLE_NAMES[kind], fid=fid, field=to_store_name(name),
                          value=value)) from None
        if kind == "agreements" and row.get("status") in LEGACY_STATUS:
            row["status"] = LEGACY_STATUS[row["status"]]
        key = tuple(row.get(k) for k in keys)
        rows[key] = row
        fids.setdefault(key, []).append(fid)
        versions[key] = int(version) if version is not None else 0
    return rows, fids, versions


def _blank_codes_missing(tables: AgreementTables) -> AgreementTables:
    """Empty codes as missing values, so the core's unique-id check reports them."""
    codes = tables.agreements["code"]
    return tables._replace(agreements=tables.agreements.assign(code=codes.where(codes != "", None)))


class _Snapshot:
    """What a read found: the rows (as :func:`three_way.rows_of` gives them), per row its fids and version."""

    def __init__(self, rows, fids, versions, columns):
        self.rows = rows
        self.fids = fids
        self.versions = versions
        self.columns = columns
        self._tables = None

    @property
    def tables(self) -> AgreementTables:
        if self._tables is None:
            self._tables = three_way.tables_of(self.rows, _core_columns(self.columns))
        return self._tables


# --------------------------------------------------------------------------- the store


class AgreementStore:
    """An open store. Create with :meth:`create` or :meth:`open`; ``close()`` when done."""

    def __init__(self, backend):
        self.backend = backend
        self.source = backend.source if hasattr(backend, "source") else backend.path
        self.provider = backend.provider
        self._base: Optional[_Snapshot] = None
        #: After a save: how many rows other users had changed since our read (now in our tables).
        self.merged_in = 0

    @property
    def label(self) -> str:
        """The store as a person reads it (the file path, or the database and schema)."""
        return self.backend.label

    # ----------------------------------------------------------------- opening

    @classmethod
    def create(cls, source: str, provider: str = "ogr") -> "AgreementStore":
        """A new empty store: a new GeoPackage, the tables added to an existing one, or a database schema.

        An existing store is an error (open it instead): creating never overwrites agreements.
        """
        backend = backend_for(str(source), provider)
        if provider == "ogr" and not backend.exists():
            _new_geopackage(backend.path)
        backend.check()
        if backend.has_table(TABLE_NAMES["agreements"]):
            backend.close()
            raise StoreError(_tr(QT_TRANSLATE_NOOP(
                "AgreementStore",
                "'{source}' already holds ZOAST agreements: open it instead of creating it."
            )).format(source=backend.label))
        with backend.transaction(()):
            if provider == "postgres" and not backend.query(
                    "SELECT 1 FROM information_schema.schemata WHERE schema_name = %s", (backend.schema,))[1]:
                backend.execute("CREATE SCHEMA {}".format(backend.quote(backend.schema)))
            for kind in KINDS:
                migrations.create_table(backend, TABLE_NAMES[kind], FIELDS[kind], KEYS[kind])
            migrations.create_table(backend, META_TABLE, META_FIELDS, ("key",))
            migrations.write_meta(backend, {"schema_version": str(SCHEMA_VERSION),
                                            "created_by": "ZOAST " + plugin_version(), "revision": "0"})
        store = cls(backend)
        store._base = store._snapshot()
        return store

    @classmethod
    def open(cls, source: str, provider: str = "ogr", upgrade: bool = False) -> "AgreementStore":
        """Open a store; ``upgrade=True`` migrates an older one (the store is changed, in one transaction).

        Raises NotAStoreError, DamagedStoreError, NewerSchemaError, UpgradeNeededError,
        ConnectionFailedError… with a translated message that says what to do.
        """
        backend = backend_for(str(source), provider)
        try:
            backend.check()
            store = cls(backend)
            store._require_tables()
            version = store.schema_version()
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(_tr(QT_TRANSLATE_NOOP(
                    "AgreementStore",
                    "'{source}' is a ZOAST store of schema version {version}, newer than this plugin supports "
                    "({supported}). Update the ZOAST plugin to open it; it was not changed."
                )).format(source=backend.label, version=version, supported=SCHEMA_VERSION))
            if version < SCHEMA_VERSION:
                if not upgrade:
                    if version == 0:
                        message = _tr(QT_TRANSLATE_NOOP(
                            "AgreementStore",
                            "'{source}' holds ZOAST tables but no schema version (table zoast_meta). It can be "
                            "upgraded to a ZOAST store of version {supported}: missing fields are added, "
                            "nothing is removed."
                        ))
                    else:
                        message = _tr(QT_TRANSLATE_NOOP(
                            "AgreementStore",
                            "'{source}' is a ZOAST store of schema version {version}. It can be upgraded to "
                            "version {supported} (members get an end date); older versions of the plugin will "
                            "then refuse it."
                        ))
                    raise UpgradeNeededError(
                        message.format(source=backend.label, version=version, supported=SCHEMA_VERSION), version)
                migrations.upgrade(backend, version)
            store._base = store._snapshot()
            return store
        except BaseException:
            backend.close()
            raise

    def _require_tables(self) -> None:
        backend = self.backend
        missing = [TABLE_NAMES[kind] for kind in KINDS if not backend.has_table(TABLE_NAMES[kind])]
        if missing:
            raise NotAStoreError(_tr(QT_TRANSLATE_NOOP(
                "AgreementStore",
                "'{source}' is not a ZOAST store: the table(s) {tables} are missing. Choose a ZOAST store or "
                "create a new one."
            )).format(source=backend.label, tables=", ".join(missing)))
        for kind in KINDS:
            columns = backend.columns(TABLE_NAMES[kind])
            absent = [name for name in KEYS[kind] if name not in columns]
            if absent:
                raise NotAStoreError(_tr(QT_TRANSLATE_NOOP(
                    "AgreementStore",
                    "'{source}' is not a ZOAST store: the table {table} has no field(s) {fields}."
                )).format(source=backend.label, table=TABLE_NAMES[kind], fields=", ".join(absent)))

    def close(self) -> None:
        """Release the connection (and the file)."""
        self.backend.close()
        self._base = None

    # ----------------------------------------------------------------- metadata

    def metadata(self) -> Dict[str, str]:
        return migrations.read_meta(self.backend)

    def schema_version(self) -> int:
        """The store's schema version; 0 when it has no version table."""
        if not self.backend.has_table(META_TABLE):
            return 0
        text = self.metadata().get("schema_version", "")
        try:
            return int(text)
        except ValueError:
            raise DamagedStoreError(_tr(QT_TRANSLATE_NOOP(
                "AgreementStore",
                "'{source}': the schema version '{version}' in {table} cannot be read. The store was changed by "
                "hand or is damaged: restore it from a backup."
            )).format(source=self.backend.label, version=text, table=META_TABLE)) from None

    def revision(self) -> int:
        """How many saves the store has had (all users)."""
        try:
            return int(self.metadata().get("revision", "0"))
        except ValueError:
            return 0

    # ----------------------------------------------------------------- layers

    def uri(self, kind: str) -> str:
        """The URI of the table of ``kind``, for processing.run or a new QgsVectorLayer."""
        return self.backend.layer_uri(TABLE_NAMES[kind])

    def layer(self, kind: str) -> QgsVectorLayer:
        """A new QGIS layer on the table of ``kind`` ("agreements", "units" or "establishments")."""
        return QgsVectorLayer(self.uri(kind), TABLE_NAMES[kind], self.provider)

    # ----------------------------------------------------------------- reading

    def _snapshot(self) -> _Snapshot:
        rows, fids, versions, columns = {}, {}, {}, {}
        for kind in KINDS:
            names, records = self.backend.query("SELECT * FROM {}".format(self.backend.table(TABLE_NAMES[kind])))  # nosec B608 - quoted schema names; values are bound
            rows[kind], fids[kind], versions[kind] = _rows(names, records, kind, self.backend.label)
            columns[kind] = [name for name in names if name not in (FID, VERSION_FIELD)]
        return _Snapshot(rows, fids, versions, columns)

    def read(self) -> AgreementTables:
        """The tables as the core wants them; also the base the next save merges against."""
        self._base = self._snapshot()
        return AgreementTables(*(frame.copy() for frame in self._base.tables))

    def changed_since_read(self) -> bool:
        """True when another user (or program) saved changes after our last read or save."""
        if self._base is None:
            return False
        now = self._snapshot()
        return now.rows != self._base.rows or now.versions != self._base.versions

    # ----------------------------------------------------------------- saving

    def problems(self, tables: AgreementTables, known_unit_ids=None, known_supply_ids=None) -> List[InputError]:
        """The core's problems with ``tables`` (empty when they can be saved)."""
        return agreement_problems(_blank_codes_missing(make_tables(*tables)), known_unit_ids, known_supply_ids)

    def save(self, tables: AgreementTables, known_unit_ids=None, known_supply_ids=None,
             resolutions: Iterable[Tuple[three_way.Conflict, str]] = (), policy: Optional[str] = None) -> int:
        """Validate ``tables``, merge them with what the store holds now, write the difference in one transaction.

        Returns the number of rows written (added, changed or deleted). Raises
        InvalidAgreementsError (the tables, or the merged result, fail the core's
        checks), ConflictError (conflicts without a choice), or a StoreError naming
        the cause of a failed write: in every case nothing is written.

        ``resolutions`` are (conflict, choice) pairs from an earlier ConflictError; a
        choice applies only while the other user's value is still the one shown.
        ``policy`` (MINE or THEIRS) settles every conflict one way (batch use).
        """
        mine = _blank_codes_missing(make_tables(*tables))
        problems = agreement_problems(mine, known_unit_ids, known_supply_ids)
        if problems:
            raise InvalidAgreementsError(problems)
        if self._base is None:
            self._base = self._snapshot()
        base = self._base
        mine_rows = three_way.rows_of(mine)
        resolutions = list(resolutions)
        tables_locked = [TABLE_NAMES[kind] for kind in KINDS] + [META_TABLE]
        try:
            with self.backend.transaction(tables_locked):
                now = self._snapshot()
                merge = three_way.merge_rows(base.rows, mine_rows, now.rows)
                choices = _choices(merge.conflicts, resolutions, policy)
                unsettled = [c for c in merge.conflicts if c.id not in choices]
                if unsettled:
                    raise ConflictError(merge.conflicts)
                result_rows = merge.resolved(choices)
                result = three_way.tables_of(result_rows, _core_columns(now.columns))
                problems = agreement_problems(_blank_codes_missing(result), known_unit_ids, known_supply_ids)
                if problems:
                    raise InvalidAgreementsError(problems)
                written = self._write(now, three_way.changed_rows(now.rows, result_rows))
                if written:
                    revision = int(migrations.read_meta(self.backend).get("revision", "0") or 0) + 1
                    migrations.write_meta(self.backend, {"revision": str(revision)})
        except (StoreError, InputError):
            raise
        except Exception as failure:  # a bug or an unexpected driver error: still nothing written
            raise SaveError(_tr(QT_TRANSLATE_NOOP(
                "AgreementStore",
                "The agreements could not be saved ({error}). Nothing was written: the store is as it was "
                "before. Your edits are kept in the form."
            )).format(error=failure)) from failure
        self.merged_in = sum(
            1 for kind in KINDS for key in set(now.rows[kind]) | set(base.rows[kind])
            if now.rows[kind].get(key) != base.rows[kind].get(key))
        self._base = self._snapshot()
        return written

    def _write(self, now: _Snapshot, changes) -> int:
        backend = self.backend
        placeholder = backend.placeholder
        written = 0
        for kind in KINDS:
            deleted, upserts = changes[kind]
            table = backend.table(TABLE_NAMES[kind])
            columns = set(now.columns[kind]) | set(backend.columns(TABLE_NAMES[kind]))
            for key in deleted:
                for fid in now.fids[kind].get(key, []):
                    backend.execute("DELETE FROM {} WHERE {} = {}".format(table, FID, placeholder), (fid,))  # nosec B608 - quoted schema names; values are bound
                written += 1
            for key, row in upserts.items():
                values = {to_store_name(name): value for name, value in row.items()
                          if to_store_name(name) in columns and to_store_name(name) not in (FID, VERSION_FIELD)}
                fids = now.fids[kind].get(key, [])
                if fids:
                    old = now.rows[kind][key]
                    changed = {name: value for name, value in values.items()
                               if three_way.plain(old.get(to_core_name(name))) != three_way.plain(value)}
                    changed[VERSION_FIELD] = now.versions[kind].get(key, 0) + 1
                    assignments = ", ".join("{} = {}".format(backend.quote(name), placeholder) for name in changed)
                    backend.execute("UPDATE {} SET {} WHERE {} = {}".format(table, assignments, FID, placeholder),  # nosec B608 - quoted schema names; values are bound
                                    [_db_value(v) for v in changed.values()] + [fids[0]])
                    for extra in fids[1:]:  # a key stored twice (edited by hand): one row remains
                        backend.execute("DELETE FROM {} WHERE {} = {}".format(table, FID, placeholder), (extra,))  # nosec B608 - quoted schema names; values are bound
                else:
                    values[VERSION_FIELD] = 1
                    names = ", ".join(backend.quote(name) for name in values)
                    marks = ", ".join([placeholder] * len(values))
                    backend.execute("INSERT INTO {} ({}) VALUES ({})".format(table, names, marks),  # nosec B608 - quoted schema names; values are bound
                                    [_db_value(v) for v in values.values()])
                written += 1
        return written

    def current(self) -> AgreementTables:
        """The tables as of the last read or save (what the store held then)."""
        if self._base is None:
            self.read()
        return AgreementTables(*(frame.copy() for frame in self._base.tables))


def _core_columns(columns: Dict[str, List[str]]) -> Dict[str, List[str]]:
    return {kind: [to_core_name(name) for name in names] for kind, names in columns.items()}


def _db_value(value):
    value = three_way.plain(value)
    if isinstance(value, datetime.datetime):
        return value.date()
    return value


def _choices(conflicts, resolutions, policy) -> Dict[str, str]:
    """conflict id → choice, for the conflicts whose choice still holds (the other value unchanged)."""
    chosen = {}
    for conflict, choice in resolutions:
        chosen[conflict.id] = (choice, conflict.theirs)
    out = {}
    for conflict in conflicts:
        if conflict.id in chosen and chosen[conflict.id][1] == conflict.theirs:
            out[conflict.id] = chosen[conflict.id][0]
        elif policy is not None:
            out[conflict.id] = policy
    return out


def _new_geopackage(path: str) -> None:
    """An empty GeoPackage (the GeoPackage's own tables) made by GDAL."""
    from osgeo import ogr

    try:
        source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    except RuntimeError as error:  # GDAL raises when exceptions are on
        source, detail = None, str(error)
    else:
        detail = ""
    if source is None:
        raise GpkgBackend(path).failure(OSError(detail or "cannot create the file"))
    source = None  # noqa: F841 - closes the file


__all__ = [
    "AgreementStore",
    "BadValueError",
    "ConflictError",
    "ConnectionFailedError",
    "DamagedStoreError",
    "DiskFullError",
    "InvalidAgreementsError",
    "LockedError",
    "NewerSchemaError",
    "NotAStoreError",
    "ReadOnlyError",
    "SaveError",
    "StoreError",
    "UpgradeNeededError",
]
