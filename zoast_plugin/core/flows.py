"""Patient flows across the border: validation, direction, filters, desire lines, zone summary.

A flow is one row ``origin unit → destination`` for one care type, with the
number of patients, of stays and the amount paid in euros (the figures the
insurers and the InTerESanT project report). The destination is usually an
establishment (``supply_id``); it may be a unit when no establishment is known.

:func:`validate_flows` turns a user's table (any field names) into the canonical
frame the other functions take: columns ``origin_id``, ``dest_id``,
``care_type``, ``patients``, ``stays``, ``amount_eur``, ``origin_country``,
``dest_country``, ``direction``.
"""

from typing import Optional, Sequence

import numpy as np
import pandas as pd
from scipy import sparse

from .errors import QT_TRANSLATE_NOOP, InputError
from .validation import require_columns, require_non_negative

VALUE_COLUMNS = ("patients", "stays", "amount_eur")
FLOW_COLUMNS = ("origin_id", "dest_id", "care_type") + VALUE_COLUMNS

DOMESTIC = "domestic"
FR_TO_BE = "FR→BE"
BE_TO_FR = "BE→FR"
#: Label of the summary rows over all directions and all care types.
ALL = "all"
#: Label given to flows whose care type is empty (counted, never dropped).
UNSPECIFIED_CARE = "unspecified"

#: Default number of vertices of a curved desire line (enough for a smooth arc at map scale).
DEFAULT_N_VERTICES = 16
#: Default bend of a curved desire line: the Bézier control point sits this fraction of the
#: line's length to the left of its midpoint, so the arc's apex is offset by half of it (7.5 %).
DEFAULT_BEND = 0.15
#: Key of the frame's ``attrs`` where :func:`validate_flows` records its empty value cells.
EMPTY_CELLS = "empty_cells"
#: Separator of the care types listed on one origin–destination line.
CARE_JOIN = "; "
#: Default minimum volume kept by :func:`filter_flows` (0 keeps every flow).
DEFAULT_MIN_VOLUME = 0.0


# --------------------------------------------------------------------------- validation


def _labels(origin: pd.Series, dest: pd.Series) -> pd.Series:
    """Readable row ids for messages: ``origin→dest``."""
    return origin.astype(str) + "→" + dest.astype(str)


def _require_known(columns, known_by_field) -> None:
    """Empty ids, then ids not found, each over every id field at once (one message, all fields)."""
    empty = [(field, np.flatnonzero(ids.isna().to_numpy())) for field, ids in columns]
    if any(len(rows) for _, rows in empty):
        rows = [row for _, field_rows in empty for row in field_rows]
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field(s) '{field}': {count} flow(s) with an empty id, at row(s) "
                "{ids}. Every flow needs one."
            ),
            ids=sorted(set(int(row) + 1 for row in rows)),
            field=", ".join(field for field, field_rows in empty if len(field_rows)),
        )
    unknown = []
    for field, ids in columns:
        missing = pd.unique(ids[~ids.isin(known_by_field[field])])
        unknown += ["{}={}".format(field, value) for value in missing]
    if unknown:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "{count} id(s) of the flows not found in the layers: {ids}. "
                "Check the field(s) '{field}', the layers, or the ids' format "
                "(e.g. FR:59350)."
            ),
            ids=unknown,
            field=", ".join(sorted({value.split("=", 1)[0] for value in unknown}, key=[f for f, _ in columns].index)),
        )


def validate_flows(
    flows: pd.DataFrame,
    origin_countries: pd.Series,
    dest_countries: pd.Series,
    origin_field: str = "origin_id",
    dest_field: str = "dest_id",
    care_field: Optional[str] = "care_type",
    patients_field: Optional[str] = "patients",
    stays_field: Optional[str] = "stays",
    amount_field: Optional[str] = "amount_eur",
) -> pd.DataFrame:
    """The canonical flows frame, or an InputError naming the field, the count and the first ids.

    ``origin_countries`` is the units' country indexed by unit id;
    ``dest_countries`` the destinations' (establishments' or units') country
    indexed by their id. A value field given as ``None`` is absent from the data:
    its column is NaN (so sums stay empty rather than pretending 0). An empty care
    type is labelled :data:`UNSPECIFIED_CARE`. An empty value cell (insurers hide
    small counts) is kept as NaN and counted (:func:`empty_cells`). Unknown or empty
    ids and negative or non-numeric values are errors, every id field in one
    message: no row is dropped.
    """
    value_fields = dict(zip(VALUE_COLUMNS, (patients_field, stays_field, amount_field)))
    given = [f for f in (origin_field, dest_field, care_field, *value_fields.values()) if f]
    require_columns(flows, given, "flows")
    origin = flows[origin_field].reset_index(drop=True)
    dest = flows[dest_field].reset_index(drop=True)
    _require_known([(origin_field, origin), (dest_field, dest)],
                   {origin_field: pd.Index(origin_countries.index), dest_field: pd.Index(dest_countries.index)})

    out = pd.DataFrame({"origin_id": origin, "dest_id": dest})
    if care_field:
        code, unique = pd.factorize(flows[care_field])  # strip the distinct values only
        unique = pd.Index(unique).astype(str)
        labels = np.where(unique.str.strip() == "", UNSPECIFIED_CARE, unique.to_numpy(dtype=object))
        out["care_type"] = np.append(labels, UNSPECIFIED_CARE).astype(object)[code]  # code -1: empty
    else:
        out["care_type"] = UNSPECIFIED_CARE
    labels = None
    empty_cells = {}
    for column, field in value_fields.items():
        if not field:
            out[column] = np.nan
            continue
        values = flows[field].reset_index(drop=True)
        # Insurers leave small counts empty (statistical secrecy): an empty cell is unknown, kept as
        # NaN and counted; sums skip it. Text or negative numbers are still errors.
        blank = (values.isna() | (values.astype(str).str.strip() == "")).to_numpy()
        numbers = pd.to_numeric(values.where(~blank), errors="coerce").to_numpy(dtype="float64")
        bad = ~blank & ~(np.isfinite(numbers) & (numbers >= 0))
        if bad.any():
            labels = _labels(origin, dest) if labels is None else labels
            require_non_negative(values[bad], labels[bad], field)  # raises the shared message
        numbers[blank] = np.nan
        if blank.any():
            empty_cells[field] = int(blank.sum())
        out[column] = numbers
    out["origin_country"] = origin.map(origin_countries).to_numpy()
    out["dest_country"] = dest.map(dest_countries).to_numpy()
    out["direction"] = classify_direction(out["origin_country"], out["dest_country"])
    out.attrs[EMPTY_CELLS] = empty_cells
    return out


def empty_cells(flows: pd.DataFrame) -> dict:
    """{field: number of empty value cells} found by :func:`validate_flows` (kept as unknown)."""
    return dict(flows.attrs.get(EMPTY_CELLS, {}))


def classify_direction(origin_country, dest_country) -> np.ndarray:
    """'FR→BE', 'BE→FR' or 'domestic' for each pair of countries (vectorised).

    Any other pair of different countries gives 'X→Y' the same way (e.g. LU→BE
    for Luxembourg's insured in LUXLOR). An empty country is an error.
    """
    # Work on the few distinct countries, not on every row: factorize, label the pairs, take.
    codes, labels = [], []
    for values, field in ((origin_country, "origin_country"), (dest_country, "dest_country")):
        code, unique = pd.factorize(np.asarray(values, dtype=object))
        unique = np.asarray(unique, dtype=object).astype(str)
        empty = (code < 0) | np.isin(code, np.flatnonzero(np.char.strip(unique.astype("U")) == ""))
        if empty.any():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Field '{field}': {count} empty country value(s), at "
                    "row(s) {ids}. Fill the country."
                ),
                ids=list(np.flatnonzero(empty) + 1),  # rows as in the attribute table
                field=field,
            )
        codes.append(code)
        labels.append(unique)
    pair_labels = np.array(
        [[DOMESTIC if o == d else o + "→" + d for d in labels[1]] for o in labels[0]], dtype=object
    ).reshape(len(labels[0]), len(labels[1]))
    return pair_labels[codes[0], codes[1]]


def filter_flows(
    flows: pd.DataFrame,
    care_types: Optional[Sequence[str]] = None,
    min_volume: float = DEFAULT_MIN_VOLUME,
    cross_border_only: bool = False,
    volume: str = "patients",
) -> pd.DataFrame:
    """The flows of the given care types (all if None) with ``volume`` ≥ ``min_volume``.

    ``cross_border_only`` drops domestic flows. The caller counts what was
    filtered out (``len(flows) - len(result)``) and reports it.
    """
    keep = flows[volume].to_numpy(dtype="float64") >= min_volume
    if care_types is not None:
        keep &= flows["care_type"].isin(list(care_types)).to_numpy()
    if cross_border_only:
        keep &= (flows["direction"] != DOMESTIC).to_numpy()
    return flows.loc[keep]


# --------------------------------------------------------------------------- desire lines


def origin_destination_pairs(flows: pd.DataFrame) -> pd.DataFrame:
    """One row per origin–destination: the flows of its care types summed, the care types listed.

    Returns ``origin_id``, ``dest_id``, ``care_types`` (sorted, joined by
    :data:`CARE_JOIN`), ``patients``, ``stays``, ``amount_eur`` (NaN when no row
    had a value), ``origin_country``, ``dest_country``, ``direction``, ``n_flows``
    and ``first_row`` (position in ``flows`` of the pair's first row, to find its
    ends), in the order of first appearance.
    """
    keys = ["origin_id", "dest_id"]
    frame = flows.reset_index(drop=True)
    first = frame.drop_duplicates(keys)  # each pair's first row, in order of appearance
    pairs = pd.MultiIndex.from_frame(first[keys])
    grouped = frame.groupby(keys, sort=False)
    sums = grouped[list(VALUE_COLUMNS)].sum(min_count=1).reindex(pairs)
    care = frame.drop_duplicates(keys + ["care_type"]).sort_values("care_type", kind="stable")
    care_types = care.groupby(keys, sort=False)["care_type"].agg(lambda types: CARE_JOIN.join(map(str, types)))
    out = first[keys].reset_index(drop=True)
    out["care_types"] = care_types.reindex(pairs).to_numpy()
    for column in VALUE_COLUMNS:
        out[column] = sums[column].to_numpy()
    for column in ("origin_country", "dest_country", "direction"):
        out[column] = first[column].to_numpy()
    out["n_flows"] = grouped.size().reindex(pairs).to_numpy()
    out["first_row"] = first.index.to_numpy()
    return out


def desire_lines(
    origin_xy, dest_xy, curved: bool = True, n_vertices: int = DEFAULT_N_VERTICES, bend: float = DEFAULT_BEND
) -> np.ndarray:
    """Vertices of the desire lines, shape (n, n_vertices, 2) (n, 2, 2 when straight).

    A curved line is the quadratic Bézier arc from A to B whose control point is
    the midpoint moved by ``bend`` × |AB| along the left normal of A→B. B→A's
    left normal points the other way, so the two directions of a pair of places
    bow to opposite sides and never overlap. A line from a point to itself has
    all its vertices on that point (the caller may skip it).
    """
    a = np.asarray(origin_xy, dtype="float64").reshape(-1, 2)
    b = np.asarray(dest_xy, dtype="float64").reshape(-1, 2)
    if not curved:
        return np.stack([a, b], axis=1)
    if n_vertices < 3:
        raise ValueError("a curved line needs at least 3 vertices")
    chord = b - a
    normal = np.column_stack([-chord[:, 1], chord[:, 0]])  # left normal, |normal| = |AB|
    control = (a + b) / 2.0 + bend * normal
    t = np.linspace(0.0, 1.0, n_vertices)
    weights = np.column_stack([(1 - t) ** 2, 2 * (1 - t) * t, t**2])  # Bernstein basis, (n_vertices, 3)
    return np.matmul(weights, np.stack([a, control, b], axis=1))  # (n, n_vertices, 2)


# --------------------------------------------------------------------------- zones


def flow_zones(
    flows: pd.DataFrame,
    unit_members: pd.DataFrame,
    dest_members: pd.DataFrame,
    dest_member_field: str = "supply_id",
) -> pd.DataFrame:
    """Each (flow, zone of its origin) pair, and whether the destination is a member of that zone.

    Returns columns ``flow`` (row position in ``flows``), ``code`` and
    ``inside`` (the destination is one of the zone's members in
    ``dest_members``, matched on ``dest_member_field``). A flow from a unit in
    two zones gives two rows; a flow from a unit in none gives none.
    """
    # Integer codes throughout: strings are hashed once per distinct id, never per pair.
    codes = pd.Index(pd.unique(pd.concat([unit_members["code"], dest_members["code"]], ignore_index=True)))
    unit_ids = pd.Index(pd.unique(unit_members["unit_id"]))
    zones_of_unit = sparse.csr_matrix(
        (
            np.ones(len(unit_members), dtype=bool),
            (unit_ids.get_indexer(unit_members["unit_id"]), codes.get_indexer(unit_members["code"])),
        ),
        shape=(len(unit_ids), len(codes)),
    )
    origin = unit_ids.get_indexer(flows["origin_id"])
    counts = np.zeros(len(origin), dtype=np.int64)
    known = origin >= 0
    counts[known] = np.diff(zones_of_unit.indptr)[origin[known]]
    flow = np.repeat(np.arange(len(flows)), counts)
    # Pair k of flow f sits at indptr[origin[f]] + k in zones_of_unit.indices.
    has = counts > 0
    run_start = np.cumsum(counts)[has] - counts[has]
    position = np.arange(len(flow)) + np.repeat(zones_of_unit.indptr[origin[has]] - run_start, counts[has])
    zone = zones_of_unit.indices[position]

    dest_ids = pd.Index(pd.unique(dest_members[dest_member_field]))
    # one row per member destination, plus a last all-False row for destinations in no zone
    member_of = np.zeros((len(dest_ids) + 1, len(codes)), dtype=bool)
    member_rows = dest_ids.get_indexer(dest_members[dest_member_field])
    member_of[member_rows, codes.get_indexer(dest_members["code"])] = True
    dest = dest_ids.get_indexer(flows["dest_id"])[flow]  # -1 picks the all-False row
    return pd.DataFrame({"flow": flow, "code": codes.to_numpy()[zone], "inside": member_of[dest, zone]})


def zone_summary(
    flows: pd.DataFrame,
    unit_members: pd.DataFrame,
    establishment_members: pd.DataFrame,
    dest_member_field: str = "supply_id",
    share_of: str = "patients",
    with_totals: bool = True,
) -> pd.DataFrame:
    """Per ZOAST × direction × care type: patients, stays, amount_eur and ``share_inside``.

    The flows of a zone are those whose origin unit is a member of the zone
    (its residents' flows, wherever they are treated). ``share_inside`` is, in
    each row, the ``share_of`` volume of those flows whose destination is one of
    the zone's member establishments, divided by the ``share_of`` volume of all
    of them (NaN when that is 0). Example: residents of zone Z going FR→BE for
    surgery: 30 patients to Z's establishment E, 10 to a non-member F → patients
    40, share_inside 0.75. With ``with_totals``, one more row per zone with
    direction and care type :data:`ALL` gives the same figures over all its flows, and
    one per zone and direction with care type :data:`ALL` the subtotal over care types.

    ``members`` are taken as given: filter them with
    ``agreements.membership_at`` for the flows' year. A unit in two zones counts
    for both.
    """
    pairs = flow_zones(flows, unit_members, establishment_members, dest_member_field)
    rows = flows.iloc[pairs["flow"].to_numpy()]
    data = pd.DataFrame(
        {
            "code": pairs["code"].to_numpy(),
            "direction": rows["direction"].to_numpy(),
            "care_type": rows["care_type"].to_numpy(),
        }
    )
    for column in VALUE_COLUMNS:
        data[column] = rows[column].to_numpy(dtype="float64")
    data["inside"] = np.where(pairs["inside"].to_numpy(), data[share_of].to_numpy(), 0.0)
    columns = list(VALUE_COLUMNS) + ["inside"]
    # min_count=1: a value field absent from the data sums to NaN, not to a false 0.
    summary = (
        data.groupby(["code", "direction", "care_type"], sort=True)[columns].sum(min_count=1).reset_index()
    )
    if with_totals and len(data):
        by_direction = data.groupby(["code", "direction"], sort=True)[columns].sum(min_count=1).reset_index()
        by_direction["care_type"] = ALL
        totals = data.groupby("code", sort=True)[columns].sum(min_count=1).reset_index()
        totals["direction"] = ALL
        totals["care_type"] = ALL
        summary = pd.concat([summary, by_direction[summary.columns], totals[summary.columns]], ignore_index=True)
        summary = summary.sort_values(["code"], kind="stable").reset_index(drop=True)
    total = summary[share_of].to_numpy(dtype="float64")
    with np.errstate(invalid="ignore", divide="ignore"):
        summary["share_inside"] = np.where(total > 0, summary["inside"].to_numpy() / total, np.nan)
    return summary.drop(columns="inside")


MIN_WIDTH_MM = 0.2  # thinner lines vanish on screen and paper


def line_widths(volume, max_width: float, min_width: float = MIN_WIDTH_MM) -> np.ndarray:
    """Width in mm proportional to ``volume``: the largest at ``max_width``, none below ``min_width``."""
    volume = np.nan_to_num(np.asarray(volume, dtype="float64"))
    largest = volume.max() if len(volume) else 0.0
    if largest <= 0:
        return np.full(len(volume), min_width)
    return np.maximum(max_width * volume / largest, min_width)
