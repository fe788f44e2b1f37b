"""The ZOAST agreement data model: agreements, member units, member establishments.

A ZOAST is created by a local convention that lists territorial units (communes,
municipalities) on both sides of the border whose residents may use the listed
establishments on the other side without prior authorisation. Conventions are
signed, come into force, are extended to new members and are merged, so every
membership carries the date it starts (``member_since``).

The model is three pandas tables, the same as the store's (issue 9), bundled in
:class:`AgreementTables`:

* ``agreements``: ``code``, ``name_fr``, ``name_nl``, ``signed_on``,
  ``in_force_from``, ``ends_on``, ``status``, ``care_covered``, ``insurers``,
  ``notes`` (one row per agreement, dates as ``datetime64``, missing = NaT);
* ``units``: ``code``, ``unit_id``, ``country``, ``member_since``, ``member_until``;
* ``establishments``: ``code``, ``supply_id``, ``country``, ``member_since``,
  ``member_until`` (the last day the member is covered; NaT: still a member).

Everything here is pure: functions return new tables and never mutate their
inputs. Checks return or raise translatable :class:`~.errors.InputError` whose
``values["field"]`` names the field, so a form can show each next to its field.
"""

import datetime
from dataclasses import asdict, dataclass, fields
from typing import Iterable, List, NamedTuple, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from scipy import sparse

from .errors import QT_TRANSLATE_NOOP, InputError
from .validation import require_columns, require_unique

#: The two sides of the Franco-Belgian border; every agreement needs member units on each.
SIDES = ("FR", "BE")

#: Status vocabulary used by this module (the store may hold others): ``merge`` sets
#: ``STATUS_MERGED`` on the merged agreements and ``STATUS_IN_FORCE`` on the new one.
STATUS_IN_FORCE = "in_force"
STATUS_MERGED = "merged"

DATE_COLUMNS = ("signed_on", "in_force_from", "ends_on")
TEXT_COLUMNS = ("name_fr", "name_nl", "status", "care_covered", "insurers", "notes")
AGREEMENT_COLUMNS = (
    "code",
    "name_fr",
    "name_nl",
    "signed_on",
    "in_force_from",
    "ends_on",
    "status",
    "care_covered",
    "insurers",
    "notes",
)
UNIT_MEMBER_COLUMNS = ("code", "unit_id", "country", "member_since", "member_until")
ESTABLISHMENT_MEMBER_COLUMNS = ("code", "supply_id", "country", "member_since", "member_until")
MEMBER_DATE_COLUMNS = ("member_since", "member_until")
#: Optional in tables read from elsewhere: the last day the member is covered (empty: still a member).
MEMBER_UNTIL = "member_until"

#: Separator used when the texts of two merged agreements are combined.
TEXT_JOIN = "; "


@dataclass(frozen=True)
class Agreement:
    """One ZOAST convention (one row of the ``agreements`` table).

    ``ends_on`` is the last day the agreement covers; ``None`` means open-ended.
    """

    code: str
    name_fr: str = ""
    name_nl: str = ""
    signed_on: Optional[datetime.date] = None
    in_force_from: Optional[datetime.date] = None
    ends_on: Optional[datetime.date] = None
    status: str = STATUS_IN_FORCE
    care_covered: str = ""
    insurers: str = ""
    notes: str = ""


class AgreementTables(NamedTuple):
    """The three tables of the model (see the module docstring)."""

    agreements: pd.DataFrame
    units: pd.DataFrame
    establishments: pd.DataFrame


# --------------------------------------------------------------------------- construction


def agreements_frame(agreements: Iterable[Agreement]) -> pd.DataFrame:
    """The ``agreements`` table built from :class:`Agreement` records."""
    rows = [asdict(a) for a in agreements]
    frame = pd.DataFrame(rows, columns=[f.name for f in fields(Agreement)])
    return _normalise_agreements(frame)


def agreements_from_frame(frame: pd.DataFrame) -> List[Agreement]:
    """:class:`Agreement` records from an ``agreements`` table (NaT → ``None``)."""
    frame = _normalise_agreements(frame)
    records = []
    for row in frame.to_dict("records"):
        values = {name: row.get(name) for name in AGREEMENT_COLUMNS}
        for name in DATE_COLUMNS:
            values[name] = None if pd.isna(values[name]) else values[name].date()
        records.append(Agreement(**values))
    return records


def make_tables(
    agreements, units: Optional[pd.DataFrame] = None, establishments: Optional[pd.DataFrame] = None
) -> AgreementTables:
    """Normalised tables: required fields checked, optional ones added, dates parsed.

    ``agreements`` is a frame or an iterable of :class:`Agreement`. Unparseable
    dates raise an InputError rather than silently becoming empty.
    """
    if not isinstance(agreements, pd.DataFrame):
        agreements = agreements_frame(agreements)
    if units is None:
        units = pd.DataFrame(columns=UNIT_MEMBER_COLUMNS)
    if establishments is None:
        establishments = pd.DataFrame(columns=ESTABLISHMENT_MEMBER_COLUMNS)
    return AgreementTables(
        _normalise_agreements(agreements),
        _normalise_members(units, "unit_id", "units"),
        _normalise_members(establishments, "supply_id", "establishments"),
    )


def _parse_dates(values: pd.Series, ids: pd.Series, field: str) -> pd.Series:
    """``values`` as datetime64; blanks become NaT, anything else unparseable is an error.

    Text must be ISO (YYYY-MM-DD…): pandas would read 01/02/2008 month first (2 January) but
    13/02/2008 day first, so a French or Belgian DD/MM/YYYY date is refused, never guessed.
    """
    if pd.api.types.is_datetime64_any_dtype(values):
        return values
    parsed = pd.to_datetime(values, errors="coerce")
    blank = values.isna() | (values.astype(str).str.strip() == "")
    text = values.map(lambda value: isinstance(value, str)).astype(bool)
    not_iso = text & ~values.astype(str).str.match(r"\s*\d{4}-\d{1,2}-\d{1,2}")
    bad = (parsed.isna() | not_iso) & ~blank
    if bad.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} value(s) are not dates, for: {ids}. "
                "Use YYYY-MM-DD or leave empty."
            ),
            ids=list(ids[bad]),
            field=field,
        )
    return parsed


def _normalise_agreements(frame: pd.DataFrame) -> pd.DataFrame:
    require_columns(frame, ["code"], "agreements")
    out = frame.copy()
    for name in DATE_COLUMNS:
        out[name] = _parse_dates(out[name], out["code"], name) if name in out else pd.NaT
        out[name] = pd.to_datetime(out[name])
    for name in TEXT_COLUMNS:
        out[name] = out[name].fillna("") if name in out else ""
    extra = [c for c in out.columns if c not in AGREEMENT_COLUMNS]
    return out[list(AGREEMENT_COLUMNS) + extra].reset_index(drop=True)


def _normalise_members(frame: pd.DataFrame, id_field: str, what: str) -> pd.DataFrame:
    require_columns(frame, ["code", id_field, "country"], what)
    out = frame.copy()
    labels = out["code"].astype(str) + "/" + out[id_field].astype(str)
    for name in MEMBER_DATE_COLUMNS:
        dates = out[name] if name in out else pd.Series(pd.NaT, index=out.index)
        out[name] = pd.to_datetime(_parse_dates(dates, labels, name))
    first = ["code", id_field, "country", *MEMBER_DATE_COLUMNS]
    return out[first + [c for c in out.columns if c not in first]].reset_index(drop=True)


def _id_field(members: pd.DataFrame) -> str:
    """``unit_id`` or ``supply_id``: the id field of a member table."""
    return "supply_id" if "supply_id" in members.columns and "unit_id" not in members.columns else "unit_id"


# --------------------------------------------------------------------------- checks


def check_unique_codes(agreements: pd.DataFrame) -> Optional[InputError]:
    """Two agreements with one code (or an empty code) → the problem, else None."""
    try:
        require_unique(agreements["code"], "code")
    except InputError as error:
        return error
    return None


def check_dates(agreements: pd.DataFrame) -> Optional[InputError]:
    """Dates must be in order: signed on ≤ in force from ≤ ends on (empty dates skipped).

    The problem names the later field of the first broken pair, the one to fix.
    """
    pairs = (("signed_on", "in_force_from"), ("in_force_from", "ends_on"), ("signed_on", "ends_on"))
    for earlier, later in pairs:
        bad = (agreements[earlier] > agreements[later]).to_numpy()  # NaT compares False
        if bad.any():
            return InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Field '{field}': {count} agreement(s) have it before "
                    "'{other}': {ids}. Dates must be in order: signed on ≤ in "
                    "force from ≤ ends on."
                ),
                ids=list(agreements["code"].to_numpy()[bad]),
                field=later,
                other=earlier,
            )
    return None


def check_member_dates(members: pd.DataFrame) -> Optional[InputError]:
    """A member must not leave before it joins: member since ≤ member until (empty dates skipped)."""
    until = members["member_until"] if "member_until" in members else pd.Series(pd.NaT, index=members.index)
    bad = (members["member_since"] > until).to_numpy()  # NaT compares False
    if bad.any():
        labels = members["code"].astype(str) + "/" + members[_id_field(members)].astype(str)
        return InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} member(s) leave before they join "
                "(code/id): {ids}. The end date must be on or after the "
                "'member since' date, or empty."
            ),
            ids=list(labels[bad]),
            field="member_until",
        )
    return None


def check_member_codes(agreements: pd.DataFrame, members: pd.DataFrame, field: str = "code") -> Optional[InputError]:
    """Members must belong to an agreement that exists; ``field`` is the user's name of the code column."""
    unknown = pd.unique(members.loc[~members["code"].isin(agreements["code"]), "code"])
    if len(unknown):
        return InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} member code(s) match no agreement: "
                "{ids}. Create the agreement first or correct the code."
            ),
            ids=list(unknown),
            field=field,
        )
    return None


def check_duplicate_members(members: pd.DataFrame) -> Optional[InputError]:
    """A unit (or establishment) listed twice in one agreement."""
    id_field = _id_field(members)
    twice = members.duplicated(["code", id_field], keep="first").to_numpy()
    if twice.any():
        labels = members["code"].astype(str) + "/" + members[id_field].astype(str)
        return InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} member(s) listed twice in one "
                "agreement (code/id): {ids}. Remove the duplicates."
            ),
            ids=list(pd.unique(labels[twice])),
            field=id_field,
        )
    return None


def check_countries(members: pd.DataFrame, sides: Sequence[str] = SIDES) -> Optional[InputError]:
    """Every member's country must be one of ``sides``."""
    id_field = _id_field(members)
    bad = ~members["country"].isin(list(sides)).to_numpy()
    if bad.any():
        return InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} member(s) with a country other than "
                "{sides}: {ids}. Correct the country."
            ),
            ids=list(members[id_field].to_numpy()[bad]),
            field="country",
            sides="/".join(sides),
        )
    return None


def check_known_ids(members: pd.DataFrame, known_ids) -> Optional[InputError]:
    """Member ids must exist in the units (or supply) layer."""
    id_field = _id_field(members)
    if "code" in members:
        codes = members["code"]
        no_code = (codes.isna() | (codes.astype(str).str.strip() == "")).to_numpy()
        if no_code.any():
            return InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "Field '{field}': {count} member row(s) with no agreement code, at row(s) {ids}. Fill them "
                    "or remove those rows."
                ),
                ids=list(np.flatnonzero(no_code) + 1),
                field="code",
            )
    values = members[id_field]
    empty = (values.isna() | (values.astype(str).str.strip() == "")).to_numpy()
    if empty.any():
        return InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} empty member id(s), at row(s) {ids}. Fill them or remove those rows."
            ),
            ids=list(np.flatnonzero(empty) + 1),
            field=id_field,
        )
    unknown = pd.unique(members.loc[~members[id_field].isin(pd.Index(known_ids)), id_field])
    if len(unknown):
        return InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} member id(s) not found in the "
                "layer: {ids}. Check the ids or choose the right layer."
            ),
            ids=list(unknown),
            field=id_field,
        )
    return None


def one_sided_agreements(
    agreements: pd.DataFrame, units: pd.DataFrame, sides: Sequence[str] = SIDES
) -> List[str]:
    """Codes of the agreements whose member units miss at least one of ``sides``."""
    present = pd.crosstab(units["code"], units["country"]).reindex(
        index=agreements["code"], columns=list(sides), fill_value=0
    )
    return list(present.index[(present.to_numpy() == 0).any(axis=1)])


def check_both_sides(
    agreements: pd.DataFrame, units: pd.DataFrame, sides: Sequence[str] = SIDES
) -> Optional[InputError]:
    """A ZOAST joins both sides: each agreement needs member units in every one of ``sides``."""
    codes = one_sided_agreements(agreements, units, sides)
    if codes:
        return InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} agreement(s) have member units on "
                "one side only (or none): {ids}. Add member units on both "
                "sides ({sides})."
            ),
            ids=codes,
            field="unit_id",
            sides="/".join(sides),
        )
    return None


def agreement_problems(
    tables: AgreementTables, known_unit_ids=None, known_supply_ids=None, sides: Sequence[str] = SIDES
) -> List[InputError]:
    """Every problem found in the tables, in the order a user would fix them.

    Checks: unique codes, dates in order, members of existing agreements, no
    member twice, countries in ``sides``, members on both sides, and (when the
    layers' ids are given) unit and establishment ids known.
    """
    agreements, units, establishments = tables
    checks = [check_unique_codes(agreements), check_dates(agreements)]
    for members in (units, establishments):
        checks += [
            check_member_codes(agreements, members),
            check_duplicate_members(members),
            check_countries(members, sides),
            check_member_dates(members),
        ]
    checks.append(check_both_sides(agreements, units, sides))
    if known_unit_ids is not None:
        checks.append(check_known_ids(units, known_unit_ids))
    if known_supply_ids is not None:
        checks.append(check_known_ids(establishments, known_supply_ids))
    return [problem for problem in checks if problem is not None]


def validate_agreements(
    tables: AgreementTables, known_unit_ids=None, known_supply_ids=None, sides: Sequence[str] = SIDES
) -> None:
    """Raise the first problem of :func:`agreement_problems`, if any."""
    problems = agreement_problems(tables, known_unit_ids, known_supply_ids, sides)
    if problems:
        raise problems[0]


# --------------------------------------------------------------------------- time


def in_force(agreements: pd.DataFrame, when) -> pd.Series:
    """Per agreement row: in force on ``when`` (``in_force_from`` empty or ≤, ``ends_on`` empty or ≥)."""
    when = pd.Timestamp(when)
    start = pd.to_datetime(agreements["in_force_from"]) if "in_force_from" in agreements else None
    end = pd.to_datetime(agreements["ends_on"]) if "ends_on" in agreements else None
    keep = pd.Series(True, index=agreements.index)
    if start is not None:
        keep &= start.isna() | (start <= when)
    if end is not None:
        keep &= end.isna() | (end >= when)
    return keep


def membership_at(members: pd.DataFrame, when, agreements: Optional[pd.DataFrame] = None) -> pd.DataFrame:
    """The member rows covering ``when``: who was covered at that date, and since when.

    A member covers ``when`` if its ``member_since`` is empty or ≤ ``when`` and, when the
    table has a ``member_until`` column (the last day covered), that is empty or ≥ ``when``. With
    ``agreements``, its agreement must also be in force: ``in_force_from`` empty
    or ≤ ``when``, and ``ends_on`` (the last day covered) empty or ≥ ``when``; a
    ``covered_since`` column then gives the later of ``member_since`` and
    ``in_force_from`` (the day the member's residents or patients were first
    covered by this agreement).
    """
    when = pd.Timestamp(when)
    since = members["member_since"]
    keep = (since.isna() | (since <= when)).to_numpy()
    if MEMBER_UNTIL in members:
        until = pd.to_datetime(members[MEMBER_UNTIL])
        keep &= (until.isna() | (until >= when)).to_numpy()
    out = members.loc[keep].copy()
    if agreements is not None:
        dates = agreements.set_index("code")[["in_force_from", "ends_on"]]
        start = out["code"].map(dates["in_force_from"])
        end = out["code"].map(dates["ends_on"])
        in_force = (
            out["code"].isin(dates.index) & (start.isna() | (start <= when)) & (end.isna() | (end >= when))
        )
        out = out.loc[in_force.to_numpy()].copy()
        start = start[in_force]
        out["covered_since"] = pd.concat([out["member_since"], start], axis=1).max(axis=1)
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------- edits


def _require_codes(agreements: pd.DataFrame, codes: Sequence[str]) -> None:
    unknown = [c for c in codes if c not in set(agreements["code"])]
    if unknown:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} agreement code(s) not found: {ids}. "
                "Choose an existing agreement."
            ),
            ids=unknown,
            field="code",
        )


def _add_members(members: pd.DataFrame, id_field: str, code: str, ids, countries, since) -> pd.DataFrame:
    """``members`` plus the rows (code, id, country, since) for ids not yet members of ``code``."""
    ids = pd.Series(list(ids), dtype=object)
    countries = pd.Series(countries if np.ndim(countries) else [countries] * len(ids), dtype=object)
    if len(countries) != len(ids):
        raise ValueError("ids and countries differ in length")
    existing = members.loc[members["code"] == code, id_field]
    new = ~ids.isin(existing) & ~ids.duplicated()
    added = pd.DataFrame(
        {
            "code": code,
            id_field: ids[new].to_numpy(),
            "country": countries[new].to_numpy(),
            "member_since": pd.Timestamp(since),
        }
    )
    if not len(added):
        return members.copy()
    return pd.concat([members, added], ignore_index=True)


def extend(
    tables: AgreementTables,
    code: str,
    since,
    unit_ids=(),
    unit_countries=(),
    supply_ids=(),
    supply_countries=(),
) -> AgreementTables:
    """New tables where agreement ``code`` also covers the given units and establishments.

    New members are dated ``since``; ids already members of ``code`` keep their
    row (and their earlier date). ``*_countries`` are aligned with the ids or a
    single country for all. The input tables are not changed.
    """
    _require_codes(tables.agreements, [code])
    return AgreementTables(
        tables.agreements.copy(),
        _add_members(tables.units, "unit_id", code, unit_ids, unit_countries, since),
        _add_members(tables.establishments, "supply_id", code, supply_ids, supply_countries, since),
    )


def _joined_text(values: pd.Series) -> str:
    parts = [v for v in pd.unique(values.fillna("").astype(str)) if v]
    return TEXT_JOIN.join(parts)


def _merged_members(
    members: pd.DataFrame, id_field: str, codes: Sequence[str], new_code: str, since: pd.Timestamp
) -> pd.DataFrame:
    """Members of ``codes`` copied once under ``new_code``, member since max(first date, ``since``)."""
    rows = members.loc[members["code"].isin(codes)].copy()
    rows["member_since"] = rows["member_since"].fillna(since)
    rows = rows.sort_values("member_since", kind="stable").drop_duplicates(id_field, keep="first")
    rows["member_since"] = rows["member_since"].where(rows["member_since"] > since, since)
    rows["code"] = new_code
    return pd.concat([members, rows], ignore_index=True)


def merge(
    tables: AgreementTables,
    code_a: str,
    code_b: str,
    new_code: str,
    since,
    name_fr: Optional[str] = None,
    name_nl: Optional[str] = None,
    notes: Optional[str] = None,
) -> AgreementTables:
    """New tables where agreements ``code_a`` and ``code_b`` are merged into ``new_code``.

    The new agreement is in force from ``since``; its members are the union of
    both agreements' members (each once), member since the later of their first
    date and ``since``. The old agreements stay, for history, with status
    ``merged`` and ``ends_on`` the day before ``since`` (unless they ended
    earlier). Names default to "name A + name B" and notes to "A + B" (data,
    so language-neutral); care covered and insurers are the union of both
    texts. The input tables are not changed.
    """
    agreements = tables.agreements
    _require_codes(agreements, [code_a, code_b])
    if code_a == code_b:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': cannot merge agreement {ids} with itself. "
                "Choose two agreements."
            ),
            ids=[code_a],
            field="code",
        )
    if new_code in set(agreements["code"]):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': the code {ids} is already used. Choose a "
                "new code."
            ),
            ids=[new_code],
            field="code",
        )
    since = pd.Timestamp(since)
    pair = agreements.loc[agreements["code"].isin([code_a, code_b])].set_index("code").loc[[code_a, code_b]]
    new_row = {
        "code": new_code,
        "name_fr": name_fr if name_fr is not None else " + ".join(pair["name_fr"]),
        "name_nl": name_nl if name_nl is not None else " + ".join(pair["name_nl"]),
        "signed_on": pd.NaT,
        "in_force_from": since,
        "ends_on": pd.NaT,
        "status": STATUS_IN_FORCE,
        "care_covered": _joined_text(pair["care_covered"]),
        "insurers": _joined_text(pair["insurers"]),
        "notes": notes if notes is not None else "{} + {}".format(code_a, code_b),
    }
    old = agreements.copy()
    merged = old["code"].isin([code_a, code_b])
    last_day = since - pd.Timedelta(days=1)
    old["status"] = old["status"].where(~merged, STATUS_MERGED)
    old["ends_on"] = old["ends_on"].where(~merged | (old["ends_on"] < last_day), last_day)
    new_agreements = pd.concat([old, pd.DataFrame([new_row])], ignore_index=True)
    for name in DATE_COLUMNS:
        new_agreements[name] = pd.to_datetime(new_agreements[name])
    return AgreementTables(
        new_agreements,
        _merged_members(tables.units, "unit_id", [code_a, code_b], new_code, since),
        _merged_members(tables.establishments, "supply_id", [code_a, code_b], new_code, since),
    )


# --------------------------------------------------------------------------- matrices


def membership_matrix(
    ids, members: pd.DataFrame, id_field: str = "unit_id", codes: Optional[Sequence[str]] = None
) -> Tuple[sparse.csr_matrix, List[str]]:
    """Sparse boolean membership (len(ids) × n_agreements) and the agreement codes of its columns.

    ``ids`` gives the row order (e.g. the units layer's ids); ``codes`` the
    column order (default: the members' codes, sorted). A member id not in
    ``ids`` or a member code not in ``codes`` is an error, never dropped.
    """
    row_index = pd.Index(ids)
    if codes is None:
        codes = sorted(pd.unique(members["code"]))
    col_index = pd.Index(list(codes))
    rows = row_index.get_indexer(members[id_field])
    if (rows < 0).any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} member id(s) not found in the "
                "layer: {ids}. Check the ids or choose the right layer."
            ),
            ids=list(pd.unique(members[id_field].to_numpy()[rows < 0])),
            field=id_field,
        )
    cols = col_index.get_indexer(members["code"])
    if (cols < 0).any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} member code(s) match no agreement: "
                "{ids}. Create the agreement first or correct the code."
            ),
            ids=list(pd.unique(members["code"].to_numpy()[cols < 0])),
            field="code",
        )
    matrix = sparse.csr_matrix(
        (np.ones(len(rows), dtype=bool), (rows, cols)), shape=(len(row_index), len(col_index)), dtype=bool
    )
    return matrix, list(col_index)


def unit_agreement_matrix(
    unit_ids, members: pd.DataFrame, codes: Optional[Sequence[str]] = None
) -> Tuple[sparse.csr_matrix, List[str]]:
    """Units × agreements membership (scipy.sparse, bool) and the codes of its columns.

    Row i is ``unit_ids[i]``; entry (i, k) is True when unit i is a member of
    agreement ``codes[k]``. Filter ``members`` with :func:`membership_at` first
    for a given date.
    """
    return membership_matrix(unit_ids, members, "unit_id", codes)
