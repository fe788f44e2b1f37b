"""The ZOAST agreements store (schema, migrations, conflict-safe saves) in a GeoPackage or PostgreSQL."""

from .backends import postgres_connections
from .schema import SCHEMA_VERSION, TABLE_NAMES
from .store import (
    AgreementStore,
    ConflictError,
    ConnectionFailedError,
    DamagedStoreError,
    DiskFullError,
    InvalidAgreementsError,
    LockedError,
    NewerSchemaError,
    NotAStoreError,
    ReadOnlyError,
    SaveError,
    StoreError,
    UpgradeNeededError,
)

__all__ = [
    "SCHEMA_VERSION",
    "TABLE_NAMES",
    "AgreementStore",
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
    "postgres_connections",
]
