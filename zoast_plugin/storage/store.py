"""The agreements store: the three tables of the agreement model in QGIS layers.

A store is four tables in one data source: ``zoast_agreements``, ``zoast_members``,
``zoast_establishments`` and ``zoast_meta`` (key/value: ``schema_version``,
``created_by``). By default a GeoPackage (``create(path)``, ``open(path)``); any
QGIS vector provider with transactions works through ``open(source, provider)``
(e.g. ``"postgres"`` with a connection URI). The tables are plain layers, so
algorithms take them directly: ``store.uri("units")`` is
``"path.gpkg|layername=zoast_members"``.

``read()`` gives the core's :class:`~..core.agreements.AgreementTables` (column
``code`` for ``zoast_code``); ``save(tables)`` validates them with the core's checks
and writes what changed since the last read or save in ONE transaction: all or
nothing. Only the rows the user changed are written, so edits by another user of a
shared database to other rows are kept.
"""

import datetime
from pathlib import Path
from typing import Dict, List, Optional

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDataSourceUri,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsTransaction,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerExporter,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QVariant

from ..core.agreements import AgreementTables, agreement_problems, make_tables
from ..core.errors import InputError
from ..i18n import translate_error
from ..metadata import plugin_version
from . import migrations
from .schema import (
    CODE_FIELD,
    FIELDS,
    KEYS,
    KINDS,
    META_FIELDS,
    META_TABLE,
    SCHEMA_VERSION,
    TABLE_NAMES,
    is_date_field,
    to_core_name,
    to_store_name,
)

PLUGIN_ROOT = Path(__file__).resolve().parent.parent.parent


# --------------------------------------------------------------------------- errors


class StoreError(Exception):
    """A store that cannot be opened, created or saved; the message is translated."""


class NotAStoreError(StoreError):
    """The data source holds no ZOAST store."""


class NewerSchemaError(StoreError):
    """The store was written by a newer ZOAST: this version must not change it."""


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


# --------------------------------------------------------------------------- values


def _python(value):
    """A QGIS attribute value as a plain Python value (NULL → None, QDate → Timestamp)."""
    if isinstance(value, QVariant):
        value = None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        value = value.date() if value.isValid() else None
    if isinstance(value, QDate):
        return pd.Timestamp(value.toPyDate()) if value.isValid() else None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return pd.Timestamp(value)
    return value


def _blank(value) -> bool:
    if isinstance(value, str):
        return value == ""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _comparable(value):
    """A value from a frame or a layer in one form, for change detection (blank → None)."""
    if _blank(value):
        return None
    if isinstance(value, (pd.Timestamp, datetime.datetime)):
        return pd.Timestamp(value).date()
    if isinstance(value, datetime.date):
        return value
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    return value


def _qgis_value(value, date: bool):
    """A frame value as the layer wants it (blank → NULL, dates as QDate)."""
    value = _comparable(value)
    if value is None:
        return QVariant()
    if date:
        return QDate(value.year, value.month, value.day) if isinstance(value, datetime.date) else QVariant()
    return value


# --------------------------------------------------------------------------- uris


def table_uri(source: str, table: str, provider: str = "ogr") -> str:
    """The URI of one table of a store: ``path|layername=table`` for OGR, else a database URI."""
    if provider == "ogr":
        return "{}|layername={}".format(source, table)
    uri = QgsDataSourceUri(source)
    uri.setDataSource(uri.schema() or ("public" if provider == "postgres" else ""), table, None)
    return uri.uri(False)


def _open_layer(source: str, table: str, provider: str) -> QgsVectorLayer:
    return QgsVectorLayer(table_uri(source, table, provider), table, provider)


def _qgs_fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, field_type in spec:
        fields.append(QgsField(name, field_type))
    return fields


def _create_table(source: str, table: str, spec, provider: str, new_file: bool) -> None:
    """Create an empty geometry-less table (GeoPackage through OGR, else the provider's exporter)."""
    template = QgsVectorLayer("None", table, "memory")
    template.dataProvider().addAttributes(list(_qgs_fields(spec)))
    template.updateFields()
    if provider == "ogr":
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
            if new_file
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        )
        result = QgsVectorFileWriter.writeAsVectorFormatV3(
            template, source, QgsCoordinateTransformContext(), options
        )
        error, message = result[0], result[1]
        failed = error != QgsVectorFileWriter.WriterError.NoError
    else:
        error, message = QgsVectorLayerExporter.exportLayer(
            template, table_uri(source, table, provider), provider, QgsCoordinateReferenceSystem(), False
        )
        failed = error != QgsVectorLayerExporter.ExportError.NoError
    if failed:
        raise StoreError(
            QCoreApplication.translate("AgreementStore",
                                       "Cannot create the table '{table}' in '{source}': {message}").format(
                table=table, source=source, message=message
            )
        )


def _features(layer: QgsVectorLayer) -> List[QgsFeature]:
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return list(layer.getFeatures(request))


# --------------------------------------------------------------------------- the store


class AgreementStore:
    """An open store. Create with :meth:`create` or :meth:`open`; ``close()`` when done."""

    def __init__(self, source: str, provider: str, layers: Dict[str, QgsVectorLayer], meta: QgsVectorLayer):
        self.source = source
        self.provider = provider
        self._layers = layers
        self._meta = meta
        self._baseline: Optional[AgreementTables] = None

    # ----------------------------------------------------------------- opening

    @classmethod
    def create(cls, path: str, provider: str = "ogr") -> "AgreementStore":
        """A new empty store. A GeoPackage is created, or the tables are added to an existing one.

        An existing store at ``path`` is an error (open it instead): creating never
        overwrites agreements.
        """
        path = str(path)
        exists = provider != "ogr" or Path(path).exists()
        if exists and _open_layer(path, TABLE_NAMES["agreements"], provider).isValid():
            raise StoreError(
                QCoreApplication.translate(
                    "AgreementStore", "'{source}' already holds ZOAST agreements: open it instead of creating it."
                ).format(source=path)
            )
        new_file = not exists
        for kind in KINDS:
            _create_table(path, TABLE_NAMES[kind], FIELDS[kind], provider, new_file)
            new_file = False
        _create_table(path, META_TABLE, META_FIELDS, provider, False)
        store = cls._from_source(path, provider)
        store._write_meta({"schema_version": str(SCHEMA_VERSION), "created_by": "ZOAST " + plugin_version()})
        store._baseline = store.read()
        return store

    @classmethod
    def open(cls, source: str, provider: str = "ogr", upgrade: bool = False) -> "AgreementStore":
        """Open a store; ``upgrade=True`` migrates an older one (the file is changed).

        Raises NotAStoreError, NewerSchemaError or UpgradeNeededError with a
        translated message.
        """
        source = str(source)
        if provider == "ogr" and not Path(source).exists():
            raise NotAStoreError(
                QCoreApplication.translate("AgreementStore", "'{source}' does not exist. Choose a ZOAST store (.gpkg) "
                                                       "or create a new one.").format(source=source)
            )
        store = cls._from_source(source, provider, require_meta=False)
        version = store.schema_version()
        if version > SCHEMA_VERSION:
            store.close()
            raise NewerSchemaError(
                QCoreApplication.translate(
                    "AgreementStore",
                    "'{source}' is a ZOAST store of schema version {version}, newer than this plugin supports "
                    "({supported}). Update the ZOAST plugin to open it."
                ).format(source=source, version=version, supported=SCHEMA_VERSION)
            )
        if version < SCHEMA_VERSION:
            if not upgrade:
                store.close()
                if version == 0:
                    message = QCoreApplication.translate(
                        "AgreementStore",
                        "'{source}' holds ZOAST tables but no schema version (table zoast_meta). It can be "
                        "upgraded to a ZOAST store of version {supported}: missing fields are added, nothing "
                        "is removed."
                    )
                else:
                    message = QCoreApplication.translate(
                        "AgreementStore",
                        "'{source}' is a ZOAST store of schema version {version}. It can be upgraded to version "
                        "{supported}; older versions of the plugin will then refuse it."
                    )
                raise UpgradeNeededError(
                    message.format(source=source, version=version, supported=SCHEMA_VERSION), version
                )
            store._upgrade(version)
        store._baseline = store.read()
        return store

    @classmethod
    def _from_source(cls, source: str, provider: str, require_meta: bool = True) -> "AgreementStore":
        layers = {kind: _open_layer(source, TABLE_NAMES[kind], provider) for kind in KINDS}
        missing = [TABLE_NAMES[kind] for kind, layer in layers.items() if not layer.isValid()]
        if missing:
            raise NotAStoreError(
                QCoreApplication.translate(
                    "AgreementStore",
                    "'{source}' is not a ZOAST store: the table(s) {tables} are missing. Choose a ZOAST store "
                    "or create a new one."
                ).format(source=source, tables=", ".join(missing))
            )
        for kind, layer in layers.items():
            absent = [name for name in (CODE_FIELD,) + KEYS[kind][1:] if layer.fields().indexOf(name) < 0]
            if absent:
                raise NotAStoreError(
                    QCoreApplication.translate(
                        "AgreementStore",
                        "'{source}' is not a ZOAST store: the table {table} has no field(s) {fields}."
                    ).format(source=source, table=TABLE_NAMES[kind], fields=", ".join(absent))
                )
        meta = _open_layer(source, META_TABLE, provider)
        if not meta.isValid():
            if require_meta:
                raise NotAStoreError(
                    QCoreApplication.translate("AgreementStore", "'{source}' has no table {table}.").format(
                        source=source, table=META_TABLE
                    )
                )
            meta = None
        return cls(source, provider, layers, meta)

    def close(self) -> None:
        """Release the layers (and the file)."""
        self._layers = {}
        self._meta = None
        self._baseline = None

    # ----------------------------------------------------------------- metadata

    def metadata(self) -> Dict[str, str]:
        if self._meta is None:
            return {}
        return {str(_python(f["key"])): str(_python(f["value"]) or "") for f in _features(self._meta)}

    def schema_version(self) -> int:
        """The store's schema version; 0 when it has no version table."""
        if self._meta is None:
            return 0
        text = self.metadata().get("schema_version", "")
        try:
            return int(text)
        except ValueError:
            raise NotAStoreError(
                QCoreApplication.translate(
                    "AgreementStore", "'{source}': the schema version '{version}' in {table} cannot be read."
                ).format(source=self.source, version=text, table=META_TABLE)
            ) from None

    def _write_meta(self, values: Dict[str, str]) -> None:
        layer = self._meta
        by_key = {_python(f["key"]): f.id() for f in _features(layer)}
        key_index, value_index = layer.fields().indexOf("key"), layer.fields().indexOf("value")
        layer.startEditing()
        for key, value in values.items():
            if key in by_key:
                layer.changeAttributeValue(by_key[key], value_index, value)
            else:
                feature = QgsFeature(layer.fields())
                feature.setAttribute(key_index, key)
                feature.setAttribute(value_index, value)
                layer.addFeature(feature)
        if not layer.commitChanges():
            errors = "; ".join(layer.commitErrors())
            layer.rollBack()
            raise StoreError(
                QCoreApplication.translate("AgreementStore", "Cannot write the table {table}: {errors}").format(
                    table=META_TABLE, errors=errors
                )
            )

    def _upgrade(self, version: int) -> None:
        for step in migrations.steps(version, SCHEMA_VERSION):
            step(self)
        if self._meta is None:
            _create_table(self.source, META_TABLE, META_FIELDS, self.provider, False)
            self._meta = _open_layer(self.source, META_TABLE, self.provider)
        self._write_meta({"schema_version": str(SCHEMA_VERSION), "created_by": "ZOAST " + plugin_version()})

    # ----------------------------------------------------------------- layers

    def layer(self, kind: str) -> QgsVectorLayer:
        """The store's layer of ``kind`` ("agreements", "units" or "establishments")."""
        return self._layers[kind]

    def uri(self, kind: str) -> str:
        """The URI of the table of ``kind``, for processing.run or a new QgsVectorLayer."""
        return table_uri(self.source, TABLE_NAMES[kind], self.provider)

    # ----------------------------------------------------------------- reading

    def _frame(self, kind: str) -> pd.DataFrame:
        layer = self._layers[kind]
        names = [n for n in layer.fields().names() if n != "fid"]
        rows = [[_python(feature[name]) for name in names] for feature in _features(layer)]
        frame = pd.DataFrame(rows, columns=names, dtype=object)
        for name in names:
            if is_date_field(kind, name):
                frame[name] = pd.to_datetime(frame[name])
        return frame.rename(columns={CODE_FIELD: to_core_name(CODE_FIELD)})

    def read(self) -> AgreementTables:
        """The tables as the core wants them; also the baseline the next save compares with."""
        tables = make_tables(*(self._frame(kind) for kind in KINDS))
        self._baseline = AgreementTables(*(frame.copy() for frame in tables))
        return tables

    # ----------------------------------------------------------------- saving

    def problems(self, tables: AgreementTables, known_unit_ids=None, known_supply_ids=None) -> List[InputError]:
        """The core's problems with ``tables`` (empty when they can be saved)."""
        return agreement_problems(_with_blank_codes_missing(make_tables(*tables)), known_unit_ids, known_supply_ids)

    def save(self, tables: AgreementTables, known_unit_ids=None, known_supply_ids=None) -> int:
        """Validate ``tables`` and write what changed since the last read/save, in one transaction.

        Returns the number of rows written (added, changed or deleted). Invalid
        tables raise InvalidAgreementsError and a failed write raises SaveError:
        in both cases nothing is written.
        """
        tables = _with_blank_codes_missing(make_tables(*tables))
        problems = agreement_problems(tables, known_unit_ids, known_supply_ids)
        if problems:
            raise InvalidAgreementsError(problems)
        baseline = self._baseline if self._baseline is not None else self.read()
        changes = {kind: _changes(baseline[i], tables[i], kind) for i, kind in enumerate(KINDS)}
        count = sum(len(deleted) + len(upserts) for deleted, upserts in changes.values())
        if count:
            self._write(changes)
        self.read()
        return count

    def _write(self, changes) -> None:
        layers = [self._layers[kind] for kind in KINDS]
        busy = [layer.name() for layer in layers if layer.isEditable()]
        if busy:
            raise SaveError(
                QCoreApplication.translate(
                    "AgreementStore",
                    "The table(s) {tables} are being edited in QGIS: save or discard those edits first."
                ).format(tables=", ".join(busy))
            )
        for layer in layers:  # OGR makes a transaction only on a data source opened for update
            layer.dataProvider().enterUpdateMode()
        transaction = QgsTransaction.create(set(layers))
        try:
            if transaction is None:
                raise SaveError(
                    QCoreApplication.translate(
                        "AgreementStore",
                        "'{source}' does not support transactions: the agreements cannot be saved safely. Use a "
                        "GeoPackage or a PostgreSQL/PostGIS database."
                    ).format(source=self.source)
                )
            ok, error = transaction.begin()
            if not ok:
                raise SaveError(
                    QCoreApplication.translate("AgreementStore",
                                               "Cannot start a transaction on '{source}': {error}").format(
                        source=self.source, error=error
                    )
                )
            try:
                for kind in KINDS:
                    self._apply_changes(kind, *changes[kind])
                for layer in layers:
                    if not layer.commitChanges(False):
                        raise RuntimeError("; ".join(layer.commitErrors()))
                ok, error = transaction.commit()
                if not ok:
                    raise RuntimeError(error)
            except Exception as failure:
                transaction.rollback()
                raise SaveError(
                    QCoreApplication.translate(
                        "AgreementStore",
                        "The agreements could not be saved ({error}). Nothing was written: the store is as it was "
                        "before. Your edits are kept in the form."
                    ).format(error=failure)
                ) from failure
            finally:
                for layer in layers:
                    if layer.isEditable():
                        layer.rollBack()
        finally:
            del transaction
            for layer in layers:  # the transaction left update mode when it ended
                layer.reload()

    def _apply_changes(self, kind: str, deleted, upserts) -> None:
        """Put one table's changes in the layer's (transaction) edit buffer."""
        layer = self._layers[kind]
        if not layer.isEditable() and not layer.startEditing():
            raise RuntimeError("cannot edit {}".format(layer.name()))
        keys = KEYS[kind]
        on_disk = {}
        for feature in _features(layer):
            on_disk.setdefault(tuple(_comparable(_python(feature[k])) for k in keys), []).append(feature.id())
        doomed = [fid for key in deleted for fid in on_disk.get(key, [])]
        fields = layer.fields()
        for key, row in upserts.items():
            fids = on_disk.get(key, [])
            values = {
                fields.indexOf(name): _qgis_value(value, is_date_field(kind, name))
                for name, value in row.items()
                if fields.indexOf(name) >= 0 and name != "fid"
            }
            if fids:
                doomed += fids[1:]
                if not layer.changeAttributeValues(fids[0], values):
                    raise RuntimeError("cannot change {} in {}".format(key, layer.name()))
            else:
                feature = QgsFeature(fields)
                for index, value in values.items():
                    feature.setAttribute(index, value)
                if not layer.addFeature(feature):
                    raise RuntimeError("cannot add {} to {}".format(key, layer.name()))
        if doomed and not layer.deleteFeatures(doomed):
            raise RuntimeError("{}: rows could not be deleted".format(layer.name()))


def _with_blank_codes_missing(tables: AgreementTables) -> AgreementTables:
    """Empty codes as missing values, so the core's unique-id check reports them."""
    codes = tables.agreements["code"]
    return tables._replace(agreements=tables.agreements.assign(code=codes.where(codes != "", None)))


def _rows(frame: pd.DataFrame, kind: str) -> Dict[tuple, dict]:
    """{key: {store field: comparable value}} of a core frame."""
    renamed = frame.rename(columns={to_core_name(CODE_FIELD): CODE_FIELD})
    keys = KEYS[kind]
    out = {}
    for record in renamed.to_dict("records"):
        row = {to_store_name(name): _comparable(value) for name, value in record.items()}
        out[tuple(row.get(k) for k in keys)] = row
    return out


def _changes(before: pd.DataFrame, after: pd.DataFrame, kind: str):
    """(deleted keys, {key: row to write}) turning ``before`` into ``after``."""
    old, new = _rows(before, kind), _rows(after, kind)
    deleted = [key for key in old if key not in new]
    upserts = {key: row for key, row in new.items() if old.get(key) != row}
    return deleted, upserts


__all__ = [
    "AgreementStore",
    "InvalidAgreementsError",
    "NewerSchemaError",
    "NotAStoreError",
    "SaveError",
    "StoreError",
    "UpgradeNeededError",
    "table_uri",
]
