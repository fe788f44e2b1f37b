"""The ZOAST agreements store (schema, migrations) over QGIS/OGR layers."""

from .schema import SCHEMA_VERSION, TABLE_NAMES
from .store import (
    AgreementStore,
    InvalidAgreementsError,
    NewerSchemaError,
    NotAStoreError,
    SaveError,
    StoreError,
    UpgradeNeededError,
    table_uri,
)

__all__ = [
    "SCHEMA_VERSION",
    "TABLE_NAMES",
    "AgreementStore",
    "InvalidAgreementsError",
    "NewerSchemaError",
    "NotAStoreError",
    "SaveError",
    "StoreError",
    "UpgradeNeededError",
    "table_uri",
]
