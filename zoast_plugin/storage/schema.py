"""The store's tables and fields (schema version 1).

The store keeps the three tables of :mod:`..core.agreements` plus ``zoast_meta``.
The user-facing code field is ``zoast_code`` (the design's default field name for
agreements); the core calls it ``code``. Any other field a table holds (notes on the
quality of a date, the source…) is read along and kept on save.
"""

from ..qt_compat import FieldType

#: The schema version this code writes; stores of a newer version are refused.
SCHEMA_VERSION = 1

CODE_FIELD = "zoast_code"
CORE_CODE = "code"

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

_TEXT = FieldType.STRING
_DATE = FieldType.DATE

#: kind → ((field, type), …) in the store's names.
FIELDS = {
    AGREEMENTS: (
        (CODE_FIELD, _TEXT),
        ("name_fr", _TEXT),
        ("name_nl", _TEXT),
        ("signed_on", _DATE),
        ("in_force_from", _DATE),
        ("ends_on", _DATE),
        ("status", _TEXT),
        ("care_covered", _TEXT),
        ("insurers", _TEXT),
        ("notes", _TEXT),
    ),
    UNITS: ((CODE_FIELD, _TEXT), ("unit_id", _TEXT), ("country", _TEXT), ("member_since", _DATE)),
    ESTABLISHMENTS: ((CODE_FIELD, _TEXT), ("supply_id", _TEXT), ("country", _TEXT), ("member_since", _DATE)),
}
META_FIELDS = (("key", _TEXT), ("value", _TEXT))

#: kind → the fields that identify a row (store names).
KEYS = {
    AGREEMENTS: (CODE_FIELD,),
    UNITS: (CODE_FIELD, "unit_id"),
    ESTABLISHMENTS: (CODE_FIELD, "supply_id"),
}


def field_names(kind: str):
    return [name for name, _type in FIELDS[kind]]


def is_date_field(kind: str, name: str) -> bool:
    return dict(FIELDS[kind]).get(name) == _DATE


def to_core_name(name: str) -> str:
    """A store field name as the core calls it."""
    return CORE_CODE if name == CODE_FIELD else name


def to_store_name(name: str) -> str:
    """A core column name as the store calls it."""
    return CODE_FIELD if name == CORE_CODE else name
