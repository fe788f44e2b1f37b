"""Builders of the embedded sample region (resources/sample/zoast_border.gpkg).

One module per source or layer; ``scripts/build_sample_data.py`` chains them. Nothing here is
imported by the plugin at run time: the GeoPackage is built once and committed.
"""
