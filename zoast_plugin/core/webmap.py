"""The offline web map for patients and partners: data preparation and the folder it is written to.

``zoast:webmap`` publishes the ZOAST perimeters at a date, the establishments of
each agreement and optional gap classes or basins as a folder (``index.html``, the
page's scripts, Leaflet and ``data.js``) that works from ``file://``, a network
share or any static web server, with no network access: the data is a script
(``window.ZOAST_DATA = …``) because a page opened from disk may not fetch JSON.

Everything here is pure: the processing layer reads the layers, gives the member
tables at the date and a function moving analysis-CRS coordinates to longitude and
latitude; :func:`webmap_data` dissolves the perimeters (:mod:`.perimeters`),
simplifies every geometry (shapely, in the analysis CRS, so the tolerance is in
metres) and encodes rings as polyline strings (Google's algorithm, 1e-5 degrees):
the sample region's 3,193 communes fit in about 0.5 MB. :func:`write_webmap`
writes the folder atomically (a temporary folder, then moves).

The page itself (search, click, languages, legend) is ``resources/webmap``; its
strings in French, Dutch and English live there, in ``zoast/strings.js``.
"""

import datetime
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Dict, List, NamedTuple, Optional, Sequence

import numpy as np
import pandas as pd
import shapely

from .agreements import SIDES
from .errors import QT_TRANSLATE_NOOP, InputError
from .perimeters import agreement_perimeters, dissolve_groups
from .progress import ProgressCallback, report, sub_progress
from .zoning import CLASS_COLOURS

#: Templates of the page, copied as they are next to ``data.js``.
TEMPLATE_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "webmap"
INDEX_FILE = "index.html"
DATA_FILE = "data.js"
DATA_VARIABLE = "window.ZOAST_DATA"
#: Marker in index.html's Content-Security-Policy replaced by the tile server (when there is one).
TILE_SOURCES_MARKER = "__TILE_SOURCES__"
FORMAT_VERSION = 1

#: Default simplification tolerance in metres (Douglas–Peucker, topology kept per polygon):
#: below what a patient sees at commune zoom, and the sample's communes shrink from 102,000
#: to 90,000 vertices. Countries' outlines use twice this tolerance.
DEFAULT_SIMPLIFY_TOLERANCE = 50.0
#: Default gap tolerance of the web map's perimeters in metres: closes the slivers between French
#: and Belgian outlines that would draw as lines inside a zone (zoast:agreementperimeters keeps 0).
WEBMAP_GAP_TOLERANCE = 50.0
#: Polyline precision: 5 decimals of a degree, about 1 m.
PRECISION = 5

#: Zone colours in order (Okabe & Ito's colour-blind safe palette), reused after the seventh.
ZONE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8F7F00")
OTHER_CLASS_COLOUR = "#bdbdbd"
LANGUAGES = ("fr", "nl", "en")

#: Text columns of the agreements copied to the page (when present).
AGREEMENT_TEXT = ("name_fr", "name_nl", "status", "care_covered", "insurers")
AGREEMENT_DATES = ("signed_on", "in_force_from", "ends_on")
#: Columns of the facilities frame.
FACILITY_COLUMNS = ("supply_id", "name", "address", "phone", "category", "country", "x", "y")
UNIT_TEXT = ("name", "name_nl", "name_fr")


class Overlay(NamedTuple):
    """An optional extra layer: ``kind`` is "gaps" (key = gap class) or "basins" (key = basin id).

    Polygons with one key are dissolved into one; ``names`` (basins) label each key.
    """

    kind: str
    keys: pd.Series
    shapes: np.ndarray
    names: Optional[pd.Series] = None


class WebmapData(NamedTuple):
    """Result of :func:`webmap_data`."""

    data: dict  # what data.js holds
    warnings: List[InputError]  # problems that do not stop the export
    no_coordinates: List[str]  # member establishments listed without a distance
    empty_agreements: List[str]  # agreements in force left off the map (no member unit at the date)
    not_in_force: List[str]  # agreements not in force at the date (not on the map)


class WrittenMap(NamedTuple):
    index: Path
    size_bytes: int  # the whole folder


# ----------------------------------------------------------------------------- geometry


def _zigzag_chars(values: np.ndarray) -> np.ndarray:
    """Polyline characters of signed integers (one row per value, 0 = no character)."""
    values = values.astype(np.int64)
    unsigned = ((values << 1) ^ (values >> 63)).astype(np.uint64)
    chunks = np.zeros((len(values), 7), dtype=np.uint8)  # 7 × 5 bits hold |v| < 2**34
    for k in range(7):
        rest = unsigned >> np.uint64(5 * k)
        more = (rest >> np.uint64(5)) > 0
        chunk = (rest & np.uint64(31)).astype(np.uint8) | np.where(more, 0x20, 0).astype(np.uint8)
        needed = (rest > 0) | (k == 0)
        chunks[:, k] = np.where(needed, chunk + 63, 0)
    return chunks


def encode_rings(rings_lonlat: Sequence[np.ndarray], precision: int = PRECISION) -> List[str]:
    """Each ring (an (n, 2) array of longitude, latitude) as a polyline string of (lat, lon).

    Google's encoded polyline algorithm: coordinates rounded to ``precision``
    decimals, deltas from the previous vertex (the first from 0), zig-zag, 5-bit
    chunks + 63. Vectorised over all rings at once.
    """
    if not len(rings_lonlat):
        return []
    lengths = np.array([len(r) for r in rings_lonlat])
    coords = np.concatenate([np.asarray(r, dtype=float).reshape(-1, 2) for r in rings_lonlat])
    scaled = np.round(coords[:, ::-1] * 10 ** precision).astype(np.int64)  # lat, lon
    deltas = np.diff(scaled, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    deltas[starts[lengths > 0]] = scaled[starts[lengths > 0]]  # each ring starts from 0
    chars = _zigzag_chars(deltas.reshape(-1))  # lat, lon, lat, lon …
    text = chars[chars > 0].tobytes().decode("ascii")
    per_coordinate = (chars > 0).sum(axis=1).reshape(-1, 2).sum(axis=1)
    offsets = np.concatenate([[0], np.cumsum(per_coordinate)])
    return [text[offsets[start]:offsets[start + length]] for start, length in zip(starts, lengths)]


def decode_ring(text: str, precision: int = PRECISION) -> np.ndarray:
    """The (n, 2) longitude, latitude array of a polyline string (the inverse of :func:`encode_rings`)."""
    values, value, shift = [], 0, 0
    for char in text:
        byte = ord(char) - 63
        value |= (byte & 31) << shift
        shift += 5
        if byte < 0x20:
            values.append(~(value >> 1) if value & 1 else value >> 1)
            value, shift = 0, 0
    lat_lon = np.cumsum(np.array(values, dtype=np.int64).reshape(-1, 2), axis=0) / 10 ** precision
    return lat_lon[:, ::-1]


def encode_geometries(shapes, to_lonlat: Callable[[np.ndarray], np.ndarray],
                      precision: int = PRECISION, keep_holes: bool = True) -> list:
    """Polygons as nested lists: geometry → polygons → rings (exterior first) as polyline strings.

    ``shapes`` are (multi)polygons in the analysis CRS (None or empty → ``[]``);
    ``to_lonlat`` moves an (n, 2) array to longitude, latitude. Rings lose their
    closing vertex (the page closes them); rings left with fewer than three
    vertices after rounding are dropped.
    """
    shapes = np.asarray(list(shapes), dtype=object)
    result = [[] for _ in range(len(shapes))]
    present = np.flatnonzero(np.array([g is not None and not g.is_empty for g in shapes], dtype=bool))
    if not len(present):
        return result
    polygons, polygon_of = shapely.get_parts(shapes[present], return_index=True)
    polygons_kept = shapely.get_type_id(polygons) == 3
    polygons, polygon_of = polygons[polygons_kept], polygon_of[polygons_kept]
    if keep_holes:
        rings, ring_of = shapely.get_rings(polygons, return_index=True)
    else:
        rings, ring_of = shapely.get_exterior_ring(polygons), np.arange(len(polygons))
    coords, coord_of = shapely.get_coordinates(rings, return_index=True)
    scaled = np.round((to_lonlat(coords) if len(coords) else coords) * 10 ** precision)
    starts = np.r_[True, coord_of[1:] != coord_of[:-1]] if len(coord_of) else np.zeros(0, dtype=bool)
    ends = np.r_[starts[1:], True] if len(coord_of) else starts
    repeated = ~starts & (scaled == np.roll(scaled, 1, axis=0)).all(axis=1)
    keep = ~repeated & ~ends  # a vertex equal to the previous after rounding, and the closing vertex
    scaled, coord_of = scaled[keep], coord_of[keep]
    counts = np.bincount(coord_of, minlength=len(rings))
    pieces = np.split(scaled / 10 ** precision, np.cumsum(counts)[:-1])
    encoded = encode_rings(pieces, precision)
    polygon_rings: Dict[int, list] = {}
    for ring_index, text in enumerate(encoded):
        if counts[ring_index] < 3:
            continue  # collapsed by simplification or rounding
        polygon = int(ring_of[ring_index])
        is_exterior = polygon not in polygon_rings
        if is_exterior and ring_index > 0 and ring_of[ring_index - 1] == polygon:
            continue  # a hole whose exterior was dropped
        polygon_rings.setdefault(polygon, []).append(text)
    for polygon, texts in polygon_rings.items():
        result[present[polygon_of[polygon]]].append(texts)
    return result


def simplify(shapes, tolerance: float) -> np.ndarray:
    """Douglas–Peucker with ``tolerance`` (map units), each polygon kept valid; None stays None."""
    shapes = np.asarray(list(shapes), dtype=object)
    if tolerance <= 0 or not len(shapes):
        return shapes
    present = np.array([g is not None for g in shapes], dtype=bool)
    out = shapes.copy()
    out[present] = shapely.simplify(shapes[present].astype(object), tolerance, preserve_topology=True)
    return out


def _points_lonlat(xy: np.ndarray, to_lonlat) -> np.ndarray:
    """(n, 2) points in longitude, latitude rounded to the polyline precision; NaN stays NaN."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    out = np.full(xy.shape, np.nan)
    known = np.isfinite(xy).all(axis=1)
    if known.any():
        out[known] = to_lonlat(xy[known])
    return np.round(out, PRECISION)


# ----------------------------------------------------------------------------- text


def _text(value) -> str:
    """A cell as page text: None/NaN → "", dates → ISO, everything else str() and stripped."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if value is pd.NaT:
        return ""
    if isinstance(value, (pd.Timestamp, datetime.datetime)):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


def split_list(value) -> List[str]:
    """"ambulatory;hospital" or "a, b" → ["ambulatory", "hospital"] / ["a", "b"] (empty parts dropped)."""
    text = _text(value).replace(",", ";")
    return [part.strip() for part in text.split(";") if part.strip()]


def unit_code(unit_id: str) -> str:
    """The official code of a unit id: INSEE or REFNIS code after the country prefix (FR:59599 → 59599)."""
    text = _text(unit_id)
    return text.split(":", 1)[1] if ":" in text else text


def _column(frame: pd.DataFrame, name: str) -> list:
    if name not in frame:
        return [""] * len(frame)
    return [_text(v) for v in frame[name].tolist()]


# ----------------------------------------------------------------------------- data


def _zone_records(agreements: pd.DataFrame, shapes: list, establishments: Dict[str, list],
                  per_side: pd.DataFrame) -> List[dict]:
    zones = []
    for n, row in enumerate(agreements.to_dict("records")):
        code = _text(row["code"])
        record = {"code": code}
        for name in AGREEMENT_TEXT:
            record[name] = _text(row.get(name))
        record["care_covered"] = split_list(row.get("care_covered"))
        for name in AGREEMENT_DATES:
            record[name] = _text(row.get(name))
        record["colour"] = ZONE_COLOURS[n % len(ZONE_COLOURS)]
        record["units"] = {side: int(per_side.loc[code, side]) if code in per_side.index and side in per_side
                           else 0 for side in SIDES}
        record["establishments"] = establishments.get(code, [])
        record["geometry"] = shapes[n]
        zones.append(record)
    return zones


def _establishment_records(facilities: pd.DataFrame, lonlat: np.ndarray) -> List[dict]:
    records = []
    for n, row in enumerate(facilities.to_dict("records")):
        lon, lat = lonlat[n]
        records.append({
            "id": _text(row["supply_id"]), "name": _text(row.get("name")) or _text(row["supply_id"]),
            "address": _text(row.get("address")), "phone": _text(row.get("phone")),
            "categories": split_list(row.get("category")), "country": _text(row.get("country")).upper(),
            "lat": None if np.isnan(lat) else float(lat), "lon": None if np.isnan(lon) else float(lon),
        })
    return records


def _overlay_record(overlay: Overlay, tolerance: float, to_lonlat, class_labels: Dict[str, dict],
                    warnings: List[InputError], progress: ProgressCallback) -> dict:
    keys = pd.Series(overlay.keys.to_numpy(), dtype=object).map(_text)
    blank = (keys == "").to_numpy()
    if blank.any():
        warnings.append(InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Layer '{layer}': {count} feature(s) without a value in the key field left off the web map "
                "(first rows: {ids})."
            ),
            ids=list(np.flatnonzero(blank) + 1), layer=overlay.kind,
        ))
    keep = ~blank & np.array([g is not None and not g.is_empty for g in overlay.shapes], dtype=bool)
    shapes = np.asarray(overlay.shapes, dtype=object)[keep]
    kept_keys = keys[keep].reset_index(drop=True)
    groups = kept_keys.groupby(kept_keys, sort=False).indices
    ordered = list(groups)
    if overlay.kind == "gaps":
        known = [code for code in CLASS_COLOURS if code in groups]
        ordered = known + sorted(code for code in groups if code not in CLASS_COLOURS)
    dissolved = dissolve_groups(shapes, {key: groups[key] for key in ordered}, 0.0, progress, 0.0, 1.0)
    encoded = encode_geometries(simplify([dissolved[key] for key in ordered], tolerance), to_lonlat)
    features = []
    if overlay.kind == "gaps":
        classes = [{"code": code, "colour": CLASS_COLOURS.get(code, OTHER_CLASS_COLOUR),
                    "labels": class_labels.get(code, {})} for code in ordered]
        for n, _code in enumerate(ordered):
            features.append({"class": n, "geometry": encoded[n]})
        return {"kind": "gaps", "classes": classes, "features": features}
    names = {}
    if overlay.names is not None:
        name_values = pd.Series(overlay.names.to_numpy(), dtype=object)[keep].reset_index(drop=True).map(_text)
        names = {key: name_values.iloc[positions[0]] for key, positions in groups.items()}
    for n, key in enumerate(ordered):
        features.append({"id": key, "name": names.get(key, ""), "geometry": encoded[n]})
    return {"kind": overlay.kind, "features": features}


def _country_outlines(shapes: np.ndarray, countries: pd.Series, tolerance: float, to_lonlat,
                      progress: ProgressCallback) -> List[dict]:
    """One outline per country: the union of its units, exterior rings only, simplified twice as much."""
    groups = {code: positions for code, positions in countries.groupby(countries, sort=True).indices.items()
              if code}
    # Simplified first (the outline is drawn at twice the tolerance anyway), then grown, united and
    # shrunk back by the tolerance, which closes the slivers between the communes of one source.
    grow = max(tolerance, 1.0)
    present = np.array([g is not None and not g.is_empty for g in shapes], dtype=bool)
    grown = np.asarray(shapes, dtype=object).copy()
    grown[present] = shapely.buffer(shapely.simplify(grown[present].astype(object), 2 * tolerance), grow,
                                    join_style="mitre")
    dissolved = {}
    for n, (code, positions) in enumerate(groups.items()):
        parts = grown[positions][present[positions]]
        dissolved[code] = shapely.buffer(shapely.union_all(parts), -grow, join_style="mitre")
        report(progress, (n + 1) / max(len(groups), 1))
    codes = list(dissolved)
    encoded = encode_geometries(simplify([dissolved[c] for c in codes], 2 * tolerance), to_lonlat,
                                keep_holes=False)
    return [{"code": code, "geometry": geometry} for code, geometry in zip(codes, encoded)]


def webmap_data(
    units: pd.DataFrame,
    unit_shapes: np.ndarray,
    unit_points: np.ndarray,
    member_units: pd.DataFrame,
    member_establishments: Optional[pd.DataFrame],
    facilities: pd.DataFrame,
    to_lonlat: Callable[[np.ndarray], np.ndarray],
    agreements: Optional[pd.DataFrame] = None,
    overlays: Sequence[Overlay] = (),
    meta: Optional[dict] = None,
    class_labels: Optional[dict] = None,
    simplify_tolerance: float = DEFAULT_SIMPLIFY_TOLERANCE,
    gap_tolerance: float = WEBMAP_GAP_TOLERANCE,
    when=None,
    progress: ProgressCallback = None,
) -> WebmapData:
    """Everything the page shows, as a JSON-ready dict (see ``resources/webmap/zoast/app.js``).

    ``units``: ``unit_id``, ``country`` and optionally ``name``, ``name_nl``, ``name_fr``,
    ``postcode`` (several separated by ";" or ","), one row per polygon of
    ``unit_shapes`` (analysis CRS); ``unit_points``: (n, 2) representative points.
    ``member_units`` (``code``, ``unit_id``) and ``member_establishments`` (``code``,
    ``supply_id``) are the memberships at the date ``when`` (their ``covered_since``
    or ``member_since``, when present, is shown as the date a unit is covered from). ``facilities``: the columns of
    :data:`FACILITY_COLUMNS` (``x``/``y`` in the analysis CRS, NaN when unknown),
    one row per establishment id. ``agreements``: ``code`` and the attributes of
    :data:`AGREEMENT_TEXT` / :data:`AGREEMENT_DATES` present. ``class_labels`` gives the
    gap classes' legend in each language, ``{code: {"en": …, "fr": …, "nl": …}}``.

    Agreements not in force at ``when`` (by their ``in_force_from`` and ``ends_on``)
    are not mapped (``not_in_force``); agreements in force with no member unit are
    left off the map (``empty_agreements``, warned); member establishments without coordinates
    are listed without a distance (``no_coordinates``, warned).
    """
    class_labels = class_labels or {}
    warnings: List[InputError] = []
    units = units.reset_index(drop=True)
    unit_ids = units["unit_id"].map(_text)
    unit_shapes = np.asarray(unit_shapes, dtype=object)
    since_column = next((c for c in ("covered_since", "member_since") if c in member_units), None)
    member_units = member_units[["code", "unit_id"]].assign(
        country=member_units["unit_id"].map(pd.Series(units["country"].to_numpy(), index=unit_ids.to_numpy())),
        since=member_units[since_column].map(_text) if since_column else "")
    if member_establishments is None:
        member_establishments = pd.DataFrame({"code": pd.Series([], dtype=object),
                                              "supply_id": pd.Series([], dtype=object)})
    if agreements is None:
        agreements = pd.DataFrame({"code": sorted(set(member_units["code"]) | set(member_establishments["code"]))})
    agreements = agreements.reset_index(drop=True)
    in_force = _in_force(agreements, when)
    not_in_force = [_text(c) for c in agreements.loc[~in_force, "code"]]
    agreements = agreements.loc[in_force].reset_index(drop=True)

    with_units = agreements["code"].isin(set(member_units["code"])).to_numpy()
    empty = [_text(c) for c in agreements.loc[~with_units, "code"]]
    if empty:
        warnings.append(InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} agreement(s) have no member unit at this date and are left off the "
                "web map: {ids}. Add member units or choose another date."
            ),
            ids=empty, field="unit_id",
        ))
    shown = agreements.loc[with_units].reset_index(drop=True)
    member_units = member_units.loc[member_units["code"].isin(set(shown["code"]))]  # not in force: not mapped
    establishments_shown = member_establishments.loc[member_establishments["code"].isin(set(shown["code"]))]

    # Perimeters at the date, through the same dissolve as zoast:agreementperimeters.
    perimeters = agreement_perimeters(
        member_units, pd.Series(unit_shapes, index=unit_ids.to_numpy()), None,
        establishments_shown.assign(country=None), shown[["code"]], gap_tolerance=gap_tolerance,
        progress=sub_progress(progress, 0.0, 0.4))
    warnings += perimeters.warnings
    zone_shapes = encode_geometries(simplify(perimeters.zones["geometry"], simplify_tolerance), to_lonlat)
    per_side = pd.crosstab(member_units["code"], member_units["country"])

    # Establishments: the members of the agreements shown, in the order of the facilities layer.
    facilities = facilities.reset_index(drop=True)
    facility_ids = facilities["supply_id"].map(_text)
    wanted = facility_ids.isin(set(establishments_shown["supply_id"].map(_text))).to_numpy()
    members = facilities.loc[wanted].reset_index(drop=True)
    member_ids = facility_ids[wanted].reset_index(drop=True)
    lonlat = _points_lonlat(members[["x", "y"]].to_numpy(dtype=float), to_lonlat)
    missing = np.isnan(lonlat).any(axis=1)
    no_coordinates = list(member_ids[missing])
    if no_coordinates:
        warnings.append(InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "{count} member establishment(s) have no coordinates: {ids}. They are listed on the web map "
                "without a distance or a marker; give them a point geometry."
            ),
            ids=no_coordinates,
        ))
    no_side = member_ids[~members["country"].map(_text).str.upper().isin(SIDES).to_numpy()]
    if len(no_side):
        warnings.append(InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} member establishment(s) are on no side of the border ({sides}): {ids}. "
                "The web map lists them for residents of both sides; fill in their country."
            ),
            ids=list(no_side), field="country", sides="/".join(SIDES),
        ))
    position = pd.Series(np.arange(len(member_ids)), index=member_ids.to_numpy())
    by_code: Dict[str, list] = {}
    for code, supply_id in zip(establishments_shown["code"].map(_text), establishments_shown["supply_id"].map(_text)):
        if supply_id in position.index and int(position[supply_id]) not in by_code.get(code, []):
            by_code.setdefault(code, []).append(int(position[supply_id]))
    zones = _zone_records(shown, zone_shapes, by_code, per_side)
    report(progress, 0.5)

    # Units: columns, for search and click.
    zone_index = {zone["code"]: n for n, zone in enumerate(zones)}
    unit_zones = member_units.assign(zone=member_units["code"].map(zone_index)).dropna(subset=["zone"])
    unit_zones = unit_zones.assign(zone=unit_zones["zone"].astype(int)).sort_values(["unit_id", "zone", "since"])
    unit_zones = unit_zones.drop_duplicates(["unit_id", "zone"])
    zones_of = unit_zones.groupby("unit_id")["zone"].agg(list)
    since_of = unit_zones.groupby("unit_id")["since"].agg(list)
    points = _points_lonlat(unit_points, to_lonlat)
    unit_columns = {
        "id": list(unit_ids), "code": [unit_code(u) for u in unit_ids],
        "country": [c.upper() for c in _column(units, "country")],
    }
    for name in UNIT_TEXT:
        unit_columns[name] = _column(units, name)
    unit_columns["postcodes"] = [split_list(v) for v in units["postcode"]] if "postcode" in units else \
        [[] for _ in range(len(units))]
    unit_columns["zones"] = [zones_of.get(u, []) for u in unit_ids]
    unit_columns["since"] = [since_of.get(u, []) for u in unit_ids]
    unit_columns["lat"] = [None if np.isnan(p[1]) else float(p[1]) for p in points]
    unit_columns["lon"] = [None if np.isnan(p[0]) else float(p[0]) for p in points]
    simplified_units = simplify(unit_shapes, simplify_tolerance)
    unit_columns["geometry"] = encode_geometries(simplified_units, to_lonlat)
    report(progress, 0.65)

    countries = _country_outlines(unit_shapes, units["country"].map(_text).str.upper(), simplify_tolerance,
                                  to_lonlat, sub_progress(progress, 0.65, 0.85))
    overlay_records = []
    for n, overlay in enumerate(overlays):
        step = sub_progress(progress, 0.85 + 0.15 * n / len(overlays), 0.85 + 0.15 * (n + 1) / len(overlays))
        overlay_records.append(_overlay_record(overlay, simplify_tolerance, to_lonlat,
                                               class_labels, warnings, step))

    valid = np.array([g is not None and not g.is_empty for g in unit_shapes], dtype=bool)
    bounds = shapely.total_bounds(unit_shapes[valid]) if valid.any() else np.array([np.nan] * 4)
    corners = _points_lonlat(np.array([[bounds[0], bounds[1]], [bounds[2], bounds[3]],
                                       [bounds[0], bounds[3]], [bounds[2], bounds[1]]]), to_lonlat)
    meta = dict(meta or {})
    if np.isfinite(corners).all():
        meta["bounds"] = [[float(corners[:, 1].min()), float(corners[:, 0].min())],
                          [float(corners[:, 1].max()), float(corners[:, 0].max())]]
    meta.setdefault("precision", PRECISION)
    data = {
        "format": FORMAT_VERSION,
        "meta": meta,
        "countries": countries,
        "zones": zones,
        "establishments": _establishment_records(members, lonlat),
        "units": unit_columns,
        "overlays": overlay_records,
        "warnings": {"no_coordinates": no_coordinates, "empty_agreements": empty},
    }
    report(progress, 1.0)
    return WebmapData(data, warnings, no_coordinates, empty, not_in_force)


def _in_force(agreements: pd.DataFrame, when) -> np.ndarray:
    """Agreements in force at ``when``: ``in_force_from`` empty or ≤ it, ``ends_on`` empty or ≥ it."""
    keep = np.ones(len(agreements), dtype=bool)
    if when is None:
        return keep
    when = pd.Timestamp(when)
    for column, in_force in (("in_force_from", lambda d: d <= when), ("ends_on", lambda d: d >= when)):
        if column in agreements:
            dates = pd.to_datetime(agreements[column].map(lambda v: _text(v) or None), errors="coerce")
            keep &= (dates.isna() | in_force(dates)).to_numpy()
    return keep


# ----------------------------------------------------------------------------- writing


def data_script(data: dict) -> str:
    """``window.ZOAST_DATA = {…};`` — JSON is JavaScript; ASCII only, so no charset can garble it
    and no line separator (U+2028) can end a string early in an old engine."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return "{} = {};\n".format(DATA_VARIABLE, text)


def tile_sources(url: str) -> str:
    """The CSP source allowing a tile URL template's server ("" without tiles).

    ``https://{s}.tile.example.org/{z}/{x}/{y}.png`` → ``https://*.tile.example.org``;
    a host that cannot be written as a CSP source allows the scheme only.
    """
    match = re.match(r"^(https?)://([^/?#]+)", url or "", flags=re.IGNORECASE)
    if not match:
        return ""
    scheme, host = match.group(1).lower(), match.group(2)
    host = re.sub(r"^\{[a-z]+\}\.", "*.", host)
    if not re.fullmatch(r"(\*\.)?[A-Za-z0-9.-]+(:[0-9]+)?", host):
        return scheme + ":"
    return "{}://{}".format(scheme, host)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())


def write_webmap(folder, data: dict, templates: Path = TEMPLATE_DIR) -> WrittenMap:
    """Write the page's templates and ``data.js`` into ``folder``; returns index.html and the size.

    Built in a temporary folder beside ``folder`` and moved in entry by entry, so a
    failure leaves the previous map (if any) whole. Files of ``folder`` that are not
    the map's are left alone.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".zoast-webmap-", dir=str(folder)))
    written = []
    try:
        for entry in sorted(templates.iterdir()):
            if entry.is_dir():
                shutil.copytree(entry, staging / entry.name)
            else:
                shutil.copy2(entry, staging / entry.name)
        (staging / DATA_FILE).write_text(data_script(data), encoding="ascii")
        index = staging / INDEX_FILE
        tiles = (data.get("meta") or {}).get("tiles") or {}
        index.write_text(index.read_text(encoding="utf-8").replace(TILE_SOURCES_MARKER, tile_sources(
            tiles.get("url", ""))), encoding="utf-8")
        for entry in sorted(staging.iterdir()):
            target = folder / entry.name
            if entry.is_dir() and target.exists():
                old = Path(tempfile.mkdtemp(prefix=".zoast-old-", dir=str(folder)))
                os.replace(target, old / entry.name)
                os.replace(entry, target)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(entry, target)
            written.append(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    size = sum(folder_size(path) if path.is_dir() else path.stat().st_size for path in written)
    return WrittenMap(folder / INDEX_FILE, size)
