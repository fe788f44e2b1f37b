"""Sanity of imported positions: inside the area of use of their CRS, inside the territory they claim.

The importers (FINESS extract and feed, lists of care points) read coordinates that
are often wrong in ways a map shows at once and an inventory never does: latitude
and longitude swapped, Lambert numbers in degree columns, a record geocoded in the
Indian Ocean. Each position is checked here in WGS 84 longitude/latitude (the
processing layer transforms it there with QGIS) against

* the **area of use** of the CRS it is declared in (the box QGIS gives for the CRS);
* the **scope**: the box of the territory the record claims (metropolitan France, an
  overseas department, Belgium…), when the importer knows it.

A position outside either is not imported: it is listed with a reason. When the
other reading of the same two numbers (x and y exchanged) falls inside both, the
reason says the coordinates are swapped, so the officer knows what to fix.

The territory boxes are generous bounding boxes (about 10 km of margin), meant to
catch gross errors, not to tell neighbouring communes apart; Belgium's box lies
inside metropolitan France's, so a Belgian point declared French is not caught.
"""

from typing import Dict, Optional, Sequence, Tuple

import numpy as np

from .errors import QT_TRANSLATE_NOOP

Box = Tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max

#: Territory key → WGS 84 bounding box, with about 0.1° of margin.
TERRITORIES: Dict[str, Box] = {
    "FR": (-5.3, 41.2, 9.7, 51.2),  # metropolitan France and Corsica
    "FR-971": (-63.3, 15.7, -60.8, 18.3),  # Guadeloupe, with Saint-Barthélemy and Saint-Martin
    "FR-972": (-61.4, 14.3, -60.7, 15.0),  # Martinique
    "FR-973": (-54.7, 2.0, -51.5, 6.0),  # Guyane
    "FR-974": (55.1, -21.5, 56.0, -20.8),  # La Réunion
    "FR-975": (-56.5, 46.7, -56.0, 47.2),  # Saint-Pierre-et-Miquelon
    "FR-976": (44.9, -13.1, 45.4, -12.5),  # Mayotte
    "FR-986": (-178.3, -14.5, -175.9, -13.0),  # Wallis-et-Futuna
    "FR-987": (-155.0, -28.0, -134.0, -7.0),  # Polynésie française
    "FR-988": (163.0, -23.0, 169.0, -19.0),  # Nouvelle-Calédonie
    "BE": (2.4, 49.4, 6.5, 51.6),
}
#: Territories a country's records may lie in.
COUNTRY_TERRITORIES = {
    "FR": tuple(key for key in TERRITORIES if key.startswith("FR")),
    "BE": ("BE",),
}
_OVERSEAS_ALIASES = {"977": "FR-971", "978": "FR-971"}  # Saint-Barthélemy, Saint-Martin

OK = ""
OUTSIDE_AREA = "outside_area_of_use"
SWAPPED = "swapped_coordinates"
OUTSIDE_SCOPE = "outside_scope"

#: Reason codes and their English text (the processing layer translates them).
REASONS = {
    OUTSIDE_AREA: QT_TRANSLATE_NOOP(
        "ZoastErrors", "position outside the area of use of its coordinate system (no point)"
    ),
    SWAPPED: QT_TRANSLATE_NOOP(
        "ZoastErrors", "x and y (or latitude and longitude) swapped: fix the record (no point)"
    ),
    OUTSIDE_SCOPE: QT_TRANSLATE_NOOP("ZoastErrors", "position outside the territory of the record (no point)"),
}


def territory_of_commune(code: str) -> Optional[str]:
    """Territory key of a French INSEE commune code ('59350' → 'FR', '97411' → 'FR-974'); None if unknown."""
    code = (code or "").strip().upper()
    if len(code) != 5:
        return None
    if code[:2] in ("97", "98"):
        prefix = code[:3]
        key = _OVERSEAS_ALIASES.get(prefix, "FR-" + prefix)
        return key if key in TERRITORIES else None
    if code[:2].isdigit() or code[:2] in ("2A", "2B"):
        return "FR"
    return None


def scope_boxes(keys: Sequence[Optional[str]]) -> np.ndarray:
    """An (n, 4) array of boxes for territory keys; NaN rows (no scope check) for None or unknown keys."""
    boxes = np.full((len(keys), 4), np.nan)
    for i, key in enumerate(keys):
        if key in TERRITORIES:
            boxes[i] = TERRITORIES[key]
    return boxes


def country_boxes(countries: Sequence[str]) -> list:
    """For each country code, the tuple of its territory boxes (empty: no scope check)."""
    cache = {}
    out = []
    for country in countries:
        key = (country or "").strip().upper()
        if key not in cache:
            cache[key] = tuple(TERRITORIES[t] for t in COUNTRY_TERRITORIES.get(key, ()))
        out.append(cache[key])
    return out


def inside(lon: np.ndarray, lat: np.ndarray, box: Optional[Box]) -> np.ndarray:
    """Whether each position lies in ``box`` (True everywhere when box is None); NaN is outside."""
    lon, lat = np.asarray(lon, dtype="float64"), np.asarray(lat, dtype="float64")
    finite = np.isfinite(lon) & np.isfinite(lat)
    if box is None:
        return finite
    lon_min, lat_min, lon_max, lat_max = box
    return finite & (lon >= lon_min) & (lon <= lon_max) & (lat >= lat_min) & (lat <= lat_max)


def inside_any(lon: np.ndarray, lat: np.ndarray, boxes: Sequence[Sequence[Box]]) -> np.ndarray:
    """Whether position i lies in one of ``boxes[i]`` (an empty tuple accepts any finite position)."""
    lon, lat = np.asarray(lon, dtype="float64"), np.asarray(lat, dtype="float64")
    result = np.isfinite(lon) & np.isfinite(lat)
    groups: Dict[tuple, list] = {}
    for i, row in enumerate(boxes):
        groups.setdefault(tuple(row), []).append(i)
    for row, indices in groups.items():
        if not row:
            continue
        index = np.asarray(indices)
        hit = np.zeros(len(index), dtype=bool)
        for box in row:
            hit |= inside(lon[index], lat[index], box)
        result[index] &= hit
    return result


def check_positions(
    lon: np.ndarray,
    lat: np.ndarray,
    area: Optional[Box],
    scope: Sequence[Sequence[Box]],
    swapped_lon: Optional[np.ndarray] = None,
    swapped_lat: Optional[np.ndarray] = None,
) -> np.ndarray:
    """A reason code per position ('' when it may be imported).

    ``lon``/``lat``: the positions as declared, in WGS 84 (NaN when they could not be
    transformed); ``area``: the area of use of the declared CRS (None: no check);
    ``scope``: per position, the boxes it must fall in (empty: no check);
    ``swapped_lon``/``swapped_lat``: the same numbers read with x and y exchanged, in
    WGS 84, to recognise a swap. Order of reasons: swapped (when the exchanged reading
    is fine), else outside the area of use, else outside the scope.
    """
    in_area = inside(lon, lat, area)
    in_scope = inside_any(lon, lat, scope)
    reason = np.full(len(in_area), OK, dtype=object)
    bad = ~(in_area & in_scope)
    if swapped_lon is not None and bad.any():
        swapped_ok = inside(swapped_lon, swapped_lat, area) & inside_any(swapped_lon, swapped_lat, scope)
        reason[bad & swapped_ok] = SWAPPED
    reason[bad & ~in_area & (reason == OK)] = OUTSIDE_AREA
    reason[bad & (reason == OK)] = OUTSIDE_SCOPE
    return reason


def distance_m(lon1, lat1, lon2, lat2) -> np.ndarray:
    """Great-circle distance in metres (mean Earth radius 6,371,008.8 m)."""
    lon1, lat1, lon2, lat2 = (np.radians(np.asarray(v, dtype="float64")) for v in (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371008.8 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
