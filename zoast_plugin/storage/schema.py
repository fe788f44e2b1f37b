"""The store's tables and fields (schema version 2).

The store keeps the three tables of :mod:`..core.agreements` plus ``zoast_meta``.
The user-facing code field is ``zoast_code`` (the design's default field name for
agreements); the core calls it ``code``. Any other field a table holds (notes on the
quality of a date, the source…) is read along and kept on save.

Version 2 adds ``member_until`` (the last day a member is covered; empty: still a
member) to both member tables, and ``zoast_version`` to every row: the number of
saves that changed the row, which lets a save see that another user changed it.
``zoast_meta`` holds ``schema_version``, ``created_by`` and ``revision`` (the
number of saves).
"""

from ..qt_compat import FieldType

#: The schema version this code writes; stores of a newer version are refused.
SCHEMA_VERSION = 2

CODE_FIELD = "zoast_code"
CORE_CODE = "code"
VERSION_FIELD = "zoast_version"
FID = "fid"

AGREEMENTS = "agreements"
UNITS = "units"
ESTABLISHMENTS = "establishments"
KINDS = (AGREEMENTS, UNITS, ESTABLISHMENTS)

#: kind → table name in the data source.
TABLE_NAMES = {
    AGREEMENTS: "zoast_agreements",
    UNITS: "zoast_members",
    ESTABLISHMENTS: "zoast_establishments",
}
META_TABLE = "zoast_meta"

TEXT = "text"
DATE = "date"
INTEGER = "integer"
#: Field type → QGIS field type (for OGR-created GeoPackage tables).
QVARIANT_TYPES = {TEXT: FieldType.STRING, DATE: FieldType.DATE, INTEGER: FieldType.INT}

#: kind → ((field, type), …) in the store's names, in the order of a new table.
FIELDS = {
    AGREEMENTS: (
        (CODE_FIELD, TEXT),
        ("name_fr", TEXT),
        ("name_nl", TEXT),
        ("signed_on", DATE),
        ("in_force_from", DATE),
        ("ends_on", DATE),
        ("status", TEXT),
        ("care_covered", TEXT),
        ("insurers", TEXT),
        ("notes", TEXT),
        (VERSION_FIELD, INTEGER),
    ),
    UNITS: ((CODE_FIELD, TEXT), ("unit_id", TEXT), ("country", TEXT), ("member_since", DATE),
            ("member_until", DATE), (VERSION_FIELD, INTEGER)),
    ESTABLISHMENTS: ((CODE_FIELD, TEXT), ("supply_id", TEXT), ("country", TEXT), ("member_since", DATE),
                     ("member_until", DATE), (VERSION_FIELD, INTEGER)),
}
META_FIELDS = (("key", TEXT), ("value", TEXT))

#: The fields each schema version added (version → kind → fields): the migrations add them.
ADDED_IN = {
    1: {kind: tuple(name for name, _type in FIELDS[kind] if name not in ("member_until", VERSION_FIELD))
        for kind in KINDS},
    2: {AGREEMENTS: (VERSION_FIELD,), UNITS: ("member_until", VERSION_FIELD),
        ESTABLISHMENTS: ("member_until", VERSION_FIELD)},
}

#: kind → the fields that identify a row (store names).
KEYS = {
    AGREEMENTS: (CODE_FIELD,),
    UNITS: (CODE_FIELD, "unit_id"),
    ESTABLISHMENTS: (CODE_FIELD, "supply_id"),
}

#: Status codes older files use for today's codes (read as the new code, written back only if edited).
LEGACY_STATUS = {"active": "in_force"}


def field_names(kind: str):
    return [name for name, _type in FIELDS[kind]]


def field_type(kind: str, name: str):
    return dict(FIELDS[kind]).get(name)


def is_date_field(kind: str, name: str) -> bool:
    return field_type(kind, name) == DATE


def to_core_name(name: str) -> str:
    """A store field name as the core calls it."""
    return CORE_CODE if name == CODE_FIELD else name


def to_store_name(name: str) -> str:
    """A core column name as the store calls it."""
    return CODE_FIELD if name == CORE_CODE else name
