"""Write the layers to one GeoPackage with GDAL/OGR, and checksum its attributes.

OGR rather than QGIS: no application to start, and with OGR_CURRENT_DATE fixed the file's own
timestamps do not change between builds either.
"""
import hashlib
import math
import sqlite3

import numpy as np
from osgeo import gdal, ogr, osr

from .geo import TARGET_EPSG

gdal.UseExceptions()
ogr.UseExceptions()

#: Fixed timestamp written into gpkg_contents, so two builds give the same file.
FIXED_TIMESTAMP = "2025-01-01T00:00:00.000Z"

#: Columns stored as OGR dates.
DATE_COLUMNS = {"signed_on", "in_force_from", "ends_on", "member_since"}


def _field_type(name, values):
    if name in DATE_COLUMNS:
        return ogr.OFTDate
    kind = values.dtype.kind
    if kind in "iub":
        return ogr.OFTInteger64
    if kind == "f":
        return ogr.OFTReal
    return ogr.OFTString


def write_gpkg(path, layers, append=False):
    """Create ``path`` (or add to it when ``append``) with one layer per (name, frame, kind),
    kind being 'multipolygon', 'point' or None (a table without geometry).

    A 'point' frame carries x/y columns (EPSG:3035), a 'multipolygon' one a shapely 'geometry'
    column; they are not written as attributes.
    """
    gdal.SetConfigOption("OGR_CURRENT_DATE", FIXED_TIMESTAMP)
    if append:
        source = ogr.Open(path, update=1)
    else:
        source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(TARGET_EPSG)
    kinds = {"multipolygon": ogr.wkbMultiPolygon, "point": ogr.wkbPoint, None: ogr.wkbNone}
    for name, frame, kind in layers:
        options = ["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"] if kind else ["FID=fid"]
        layer = source.CreateLayer(name, srs if kind else None, kinds[kind], options)
        skip = {"geometry"} if kind == "multipolygon" else {"x", "y"} if kind == "point" else set()
        columns = [c for c in frame.columns if c not in skip]
        for column in columns:
            layer.CreateField(ogr.FieldDefn(column, _field_type(column, frame[column].to_numpy())))
        definition = layer.GetLayerDefn()
        layer.StartTransaction()
        values = {c: frame[c].to_numpy() for c in columns}
        for i in range(len(frame)):
            feature = ogr.Feature(definition)
            for column in columns:
                value = values[column][i]
                if value is None or (isinstance(value, float) and math.isnan(value)):
                    feature.SetFieldNull(column)
                elif isinstance(value, (np.integer, int)):
                    feature.SetField(column, int(value))
                elif isinstance(value, (np.floating, float)):
                    feature.SetField(column, float(value))
                else:
                    feature.SetField(column, str(value))
            if kind == "multipolygon":
                feature.SetGeometry(ogr.CreateGeometryFromWkb(frame.geometry.iloc[i].wkb))
            elif kind == "point":
                point = ogr.Geometry(ogr.wkbPoint)
                point.AddPoint_2D(float(frame.x.iloc[i]), float(frame.y.iloc[i]))
                feature.SetGeometry(point)
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    source = None


def attribute_checksum(path, tables):
    """SHA-256 of the attribute rows of ``tables`` (no fid, no geometry), rows sorted as text.

    What a reproducible build must keep identical: two builds with the same seed give the same
    checksum. Reads the GeoPackage with plain sqlite3, so tests need no GDAL.
    """
    digest = hashlib.sha256()
    with sqlite3.connect(path) as con:
        for table in sorted(tables):
            cols = [r[1] for r in con.execute('PRAGMA table_info("{}")'.format(table))
                    if r[1] not in ("fid", "geom")]
            rows = con.execute('SELECT {} FROM "{}"'.format(", ".join('"{}"'.format(c) for c in cols), table))
            lines = sorted("\t".join(repr(v) for v in row) for row in rows)
            digest.update(("{}|{}\n".format(table, ",".join(cols))).encode("utf-8"))
            for line in lines:
                digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()
