"""The ZOAST agreements store (schema, migrations) over QGIS/OGR layers."""
