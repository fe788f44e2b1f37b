"""Schema migrations of the agreements store.

``MIGRATIONS[n]`` upgrades a store of version ``n`` to ``n + 1``; they run in order
up to :data:`.schema.SCHEMA_VERSION`, only when the user agrees (``open(...,
upgrade=True)``), since they change the file.

Version 0 is a file that holds the ZOAST tables but no ``zoast_meta`` table (the
sample GeoPackage, or tables made by hand): the migration to 1 adds the missing core
fields and the version table. Add the next step (1 → 2) here when the schema changes,
with a test that upgrades a version 1 file.
"""

from qgis.core import QgsField

from .schema import FIELDS, KINDS


def _v0_to_v1(store) -> None:
    """Add the core fields a table lacks; the version table is written by the caller."""
    for kind in KINDS:
        layer = store.layer(kind)
        present = set(layer.fields().names())
        missing = [QgsField(name, kind_type) for name, kind_type in FIELDS[kind] if name not in present]
        if missing:
            if not layer.dataProvider().addAttributes(missing):
                raise RuntimeError("cannot add fields {} to {}".format([f.name() for f in missing], layer.name()))
            layer.updateFields()


MIGRATIONS = {0: _v0_to_v1}


def steps(from_version: int, to_version: int):
    """The migration functions from ``from_version`` to ``to_version``; KeyError if one is missing."""
    return [MIGRATIONS[version] for version in range(from_version, to_version)]
