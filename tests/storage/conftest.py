"""Fixtures of the store tests: one GeoPackage, or one database on a real PostgreSQL + PostGIS server."""

import itertools
import sqlite3

import pytest

_COUNTER = itertools.count()


class Place:
    """Where a test's store lives: ``source``/``provider`` for AgreementStore, and a raw reader of its rows."""

    def __init__(self, kind, source, provider, server=None, schema="public"):
        self.kind, self.source, self.provider, self.server, self.schema = kind, source, provider, server, schema

    def rows(self):
        """Every row of the three tables, read without QGIS or the store: what is really stored."""
        tables = ("zoast_agreements", "zoast_members", "zoast_establishments")
        if self.provider == "ogr":
            with sqlite3.connect(str(self.source)) as connection:
                return {t: sorted(tuple(map(str, r)) for r in connection.execute(
                    "SELECT * FROM {}".format(t)).fetchall()) for t in tables}
        import psycopg2

        with psycopg2.connect(self.server.dsn()) as connection, connection.cursor() as cursor:
            out = {}
            for t in tables:
                cursor.execute("SELECT * FROM {}.{}".format(self.schema, t))
                out[t] = sorted(tuple(map(str, r)) for r in cursor.fetchall())
            return out

    def execute(self, sql):
        """Run SQL on the store as another program would."""
        if self.provider == "ogr":
            with sqlite3.connect(str(self.source)) as connection:
                connection.execute(sql)
            return
        self.server.sql("SET search_path TO {}, public; {}".format(self.schema, sql))


@pytest.fixture(params=["gpkg", "postgres"])
def place(request, tmp_path, qgis_app):
    """A place for a new store: a GeoPackage path, or a fresh schema on the PostGIS server."""
    if request.param == "gpkg":
        return Place("gpkg", tmp_path / "agreements.gpkg", "ogr")
    server = request.getfixturevalue("pg_server")
    schema = "store_{}".format(next(_COUNTER))
    server.sql("CREATE SCHEMA {}".format(schema))
    return Place("postgres", "{} schema={}".format(server.dsn(), schema), "postgres", server, schema)
