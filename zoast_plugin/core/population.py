"""Population by age from the official files, re-coded to current communes and joined to their outlines.

Three families of files are recognised from their columns:

* **INSEE, wide** (``base-cc-evol-struct-pop``): ``CODGEO`` and ``P<yy>_POP0014`` …
  ``P<yy>_POP90P`` (the seven INSEE bands), ``P<yy>_POP`` the total; the year is 20<yy>.
* **INSEE, single ages**: wide, ``CODGEO`` and one column per age (``AGED100000`` …
  ``AGED100100``, possibly per sex: ``SEXE1_AGED100000``…), or long, ``CODGEO``, an age
  column (``AGED100``, ``AGEREV``, ``AGE``) and a count (``NB``); 100 means 100 and over.
* **Statbel, long** (``TF_SOC_POP_STRUCT_<year>``): ``CD_REFNIS`` (older files
  ``CD_MUNTY_REFNIS``), ``CD_AGE``, ``MS_POPULATION``, one row per municipality × age × sex ×
  nationality × civil status; names in ``TX_DESCR_NL/FR`` (``TX_MUNTY_DESCR_NL/FR``); the
  year in ``CD_YEAR`` when present.

Ages are summed into bands given by their lower bounds (default INSEE's 0, 15, 30, 45, 60, 75,
90 → ``pop_0_14`` … ``pop_90p``). Codes of former communes are re-coded to the current ones
with a change table (``resources/codes/commune_code_changes.csv``): merged units are summed; a
code split into several is reported, never guessed. Every code that does not join, every
duplicate and every unit without population is an issue row; nothing is dropped silently.
"""

import csv
import io
import re
from typing import List, NamedTuple, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .errors import QT_TRANSLATE_NOOP, InputError

#: INSEE's seven age bands, by their lower bounds (years).
INSEE_BOUNDS = (0, 15, 30, 45, 60, 75, 90)
#: Oldest single age of the files: the last age class is "this age and over".
MAX_AGE = 120

INSEE_WIDE = "insee_wide"
INSEE_SINGLE_AGE = "insee_single_age"
STATBEL = "statbel"
COUNTRY_OF_LAYOUT = {INSEE_WIDE: "FR", INSEE_SINGLE_AGE: "FR", STATBEL: "BE"}

#: Encodings tried in turn when none is given: UTF-8 (with or without BOM), then Windows-1252,
#: which the French and Belgian administrations' CSV files use and which covers Latin-1's letters.
DEFAULT_ENCODINGS = ("utf-8-sig", "cp1252")
DELIMITERS = ";,\t|"

_INSEE_WIDE_COLUMN = re.compile(r"^P(\d\d)_POP(0014|1529|3044|4559|6074|7589|90P)$", re.IGNORECASE)
_INSEE_AGE_COLUMN = re.compile(r"^(?:SEXE\d_)?AGED?100(\d{3})$", re.IGNORECASE)
_INSEE_WIDE_BOUNDS = {"0014": 0, "1529": 15, "3044": 30, "4559": 45, "6074": 60, "7589": 75, "90P": 90}

#: Issue kinds of :func:`join_population`, in the order they are listed.
ISSUE_NOT_IN_OUTLINES = "code_not_in_outlines"
ISSUE_NO_POPULATION = "unit_without_population"
ISSUE_DUPLICATE = "duplicate_code"
ISSUE_DUPLICATE_OUTLINE = "duplicate_outline"
ISSUE_SPLIT = "code_split"
ISSUE_RECODED = "code_recoded"


class PopulationTable(NamedTuple):
    """One population file, summed per code and band."""

    layout: str
    country: str
    year: Optional[int]
    frame: pd.DataFrame  # code, population, band columns, name_fr, name_nl (names may be empty)
    source: str


# --------------------------------------------------------------------------- bands


def parse_bounds(text) -> tuple:
    """Lower bounds of the age bands from "0,15,30,…": integers, starting at 0, increasing."""
    parts = [p.strip() for p in str(text).replace(";", ",").split(",") if p.strip()]
    try:
        bounds = tuple(int(p) for p in parts)
    except ValueError:
        bounds = ()
    if not bounds or bounds[0] != 0 or any(b >= a for a, b in zip(bounds[1:], bounds)) or bounds[-1] > MAX_AGE:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Age bands '{value}': give the lower bound of each band in years, "
                "increasing and starting at 0, e.g. 0,15,30,45,60,75,90."
            ),
            value=text,
        )
    return bounds


def band_names(bounds: Sequence[int]) -> List[str]:
    """Field names of the bands: ``pop_0_14`` … and ``pop_90p`` for the last, open band."""
    names = ["pop_{}_{}".format(low, high - 1) for low, high in zip(bounds, bounds[1:])]
    return names + ["pop_{}p".format(bounds[-1])]


def band_of_age(ages: np.ndarray, bounds: Sequence[int]) -> np.ndarray:
    """Index of the band of each age (the last band is open)."""
    return np.searchsorted(np.asarray(bounds), np.asarray(ages), side="right") - 1


# --------------------------------------------------------------------------- reading


def decode(data: bytes, source: str, encoding: Optional[str] = None) -> str:
    """The text of a file, in ``encoding`` or the first of the defaults that decodes it all."""
    tried = [encoding] if encoding else list(DEFAULT_ENCODINGS)
    for name in tried:
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError) as error:
            last = error
    if isinstance(last, LookupError):
        raise InputError(
            QT_TRANSLATE_NOOP("ZoastErrors", "Encoding '{encoding}' is unknown. Try UTF-8, windows-1252 or latin-1."),
            encoding=encoding,
        )
    line = data[: last.start].count(b"\n") + 1
    raise InputError(
        QT_TRANSLATE_NOOP(
            "ZoastErrors",
            "File '{file}': line {line} cannot be read as {encoding}. Give the file's "
            "encoding (e.g. windows-1252 or latin-1), or save it as UTF-8."
        ),
        file=source,
        line=line,
        encoding=" / ".join(tried),
    )


def read_table(data: bytes, source: str, encoding: Optional[str] = None) -> pd.DataFrame:
    """A delimited text file (``;`` ``,`` tab or ``|``, found from its header) as text columns."""
    text = decode(data, source, encoding)
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    delimiter = max(counts, key=counts.get)
    if counts[delimiter] == 0:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "File '{file}': no column separator (; , tab or |) in its first line. "
                "Give a CSV or text export of the official table."
            ),
            file=source,
        )
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    columns = [c.strip() for c in rows[0]]
    width = len(columns)
    bad = [n + 2 for n, row in enumerate(rows[1:]) if len(row) != width]
    if bad:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "File '{file}': {count} line(s) do not have the {width} columns of the "
                "header, at line(s) {ids}. Check the separator and the quotes."
            ),
            ids=bad,
            file=source,
            width=width,
        )
    return pd.DataFrame(rows[1:], columns=columns, dtype=object)


def detect_layout(columns: Sequence[str], source: str) -> str:
    upper = {c.upper() for c in columns}
    if "CODGEO" in upper and any(_INSEE_WIDE_COLUMN.match(c) for c in columns):
        return INSEE_WIDE
    if "CODGEO" in upper and (any(_INSEE_AGE_COLUMN.match(c) for c in columns)
                              or (upper & {"AGED100", "AGEREV", "AGE"} and "NB" in upper)):
        return INSEE_SINGLE_AGE
    if upper & {"CD_REFNIS", "CD_MUNTY_REFNIS"} and {"CD_AGE", "MS_POPULATION"} <= upper:
        return STATBEL
    raise InputError(
        QT_TRANSLATE_NOOP(
            "ZoastErrors",
            "File '{file}': not a population table this algorithm knows (columns: "
            "{fields}). Expected INSEE's CODGEO with P21_POP0014 … P21_POP90P or "
            "single ages (AGED100), or Statbel's CD_REFNIS, CD_AGE, MS_POPULATION."
        ),
        file=source,
        fields=", ".join(list(columns)[:8]) + (" …" if len(columns) > 8 else ""),
    )


def _column(frame: pd.DataFrame, *names: str) -> Optional[str]:
    by_upper = {c.upper(): c for c in frame.columns}
    return next((by_upper[n] for n in names if n in by_upper), None)


def _numbers(values: pd.Series, field: str, codes: pd.Series) -> np.ndarray:
    """Counts as floats: decimal commas and thousands spaces accepted; empty = 0 (INSEE writes none)."""
    text = values.astype(str).str.strip().str.replace("\u00a0", "", regex=False).str.replace(" ", "", regex=False)
    text = text.str.replace(",", ".", regex=False).replace({"": "0", "nan": "0", "None": "0"})
    numbers = pd.to_numeric(text, errors="coerce").to_numpy(dtype="float64")
    bad = ~np.isfinite(numbers) | (numbers < 0)
    if bad.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} value(s) are not counts (numbers of 0 or more), "
                "for codes {ids}."
            ),
            ids=list(pd.unique(codes.to_numpy()[bad])),
            field=field,
        )
    return numbers


def _year_from(source: str) -> Optional[int]:
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", source)]
    return years[-1] if years else None


def _by_age(codes: pd.Series, ages: np.ndarray, counts: np.ndarray, bounds, names: dict) -> pd.DataFrame:
    band = band_of_age(ages, bounds)
    labels = band_names(bounds)
    frame = pd.DataFrame({"code": codes.to_numpy(), "band": np.asarray(labels, dtype=object)[band], "n": counts})
    wide = frame.pivot_table(index="code", columns="band", values="n", aggfunc="sum", fill_value=0.0)
    wide = wide.reindex(columns=labels, fill_value=0.0)
    out = wide.reset_index()
    out.insert(1, "population", wide.sum(axis=1).to_numpy())
    out["name_fr"] = out["code"].map(names.get("fr", {}))
    out["name_nl"] = out["code"].map(names.get("nl", {}))
    return out


def population_table(frame: pd.DataFrame, source: str, bounds: Sequence[int] = INSEE_BOUNDS,
                     year: Optional[int] = None) -> PopulationTable:
    """One file (as text columns) summed per code into ``bounds`` bands, its layout recognised."""
    layout = detect_layout(list(frame.columns), source)
    if layout == INSEE_WIDE:
        return _insee_wide(frame, source, bounds, year)
    if layout == INSEE_SINGLE_AGE:
        code = _column(frame, "CODGEO")
        age_columns = [c for c in frame.columns if _INSEE_AGE_COLUMN.match(c)]
        if age_columns:  # wide: one column per age (and sex)
            ages = np.array([int(_INSEE_AGE_COLUMN.match(c).group(1)) for c in age_columns])
            codes = frame[code].astype(str).str.strip()
            long_codes = pd.Series(np.repeat(codes.to_numpy(), len(age_columns)))
            counts = np.column_stack([_numbers(frame[c], c, codes) for c in age_columns]).ravel()
            table = _by_age(long_codes, np.tile(ages, len(frame)), counts, bounds, {})
        else:  # long: one row per code, age (and sex…)
            age = _column(frame, "AGED100", "AGEREV", "AGE")
            count = _column(frame, "NB")
            codes = frame[code].astype(str).str.strip()
            ages = pd.to_numeric(frame[age].astype(str).str.strip(), errors="coerce")
            _require_ages(ages, age, codes)
            table = _by_age(codes, ages.to_numpy(dtype=np.int64), _numbers(frame[count], count, codes), bounds, {})
        return PopulationTable(layout, "FR", year or _year_from(source), table, source)
    code = _column(frame, "CD_REFNIS", "CD_MUNTY_REFNIS")
    codes = frame[code].astype(str).str.strip().str.zfill(5)
    ages = pd.to_numeric(frame[_column(frame, "CD_AGE")].astype(str).str.strip(), errors="coerce")
    _require_ages(ages, "CD_AGE", codes)
    counts = _numbers(frame[_column(frame, "MS_POPULATION")], "MS_POPULATION", codes)
    names = {}
    for language in ("fr", "nl"):
        column = _column(frame, "TX_DESCR_" + language.upper(), "TX_MUNTY_DESCR_" + language.upper())
        if column:
            names[language] = dict(zip(codes, frame[column].astype(str).str.strip()))
    file_year = year
    year_column = _column(frame, "CD_YEAR")
    if file_year is None and year_column:
        years = pd.to_numeric(frame[year_column], errors="coerce").dropna().unique()
        file_year = int(years.max()) if len(years) else None
    table = _by_age(codes, ages.to_numpy(dtype=np.int64), counts, bounds, names)
    return PopulationTable(STATBEL, "BE", file_year or _year_from(source), table, source)


def _require_ages(ages: pd.Series, field: str, codes: pd.Series) -> None:
    bad = (ages.isna() | (ages < 0) | (ages > MAX_AGE)).to_numpy()
    if bad.any():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Field '{field}': {count} row(s) without an age in years (0 to 120), for "
                "codes {ids}."
            ),
            ids=list(pd.unique(codes.to_numpy()[bad])),
            field=field,
        )


def _insee_wide(frame: pd.DataFrame, source: str, bounds, year) -> PopulationTable:
    matches = {c: _INSEE_WIDE_COLUMN.match(c) for c in frame.columns}
    matches = {c: m for c, m in matches.items() if m}
    years = sorted({m.group(1) for m in matches.values()})
    yy = years[-1]  # a file may hold two censuses (P15_…, P21_…): the latest
    columns = {_INSEE_WIDE_BOUNDS[m.group(2).upper()]: c for c, m in matches.items() if m.group(1) == yy}
    missing = [low for low in INSEE_BOUNDS if low not in columns]
    if missing:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "File '{file}': {count} INSEE age column(s) missing for 20{year}, for "
                "bands starting at {ids}. The file needs P{year}_POP0014 … P{year}_POP90P."
            ),
            ids=missing,
            file=source,
            year=yy,
        )
    if not set(bounds) <= set(INSEE_BOUNDS):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "Age bands {value}: INSEE's file has only its seven bands (0, 15, 30, 45, "
                "60, 75, 90); choose bands made of them, or use a file by single age."
            ),
            value=",".join(map(str, bounds)),
        )
    code = _column(frame, "CODGEO")
    codes = frame[code].astype(str).str.strip()
    long_codes = pd.Series(np.repeat(codes.to_numpy(), len(INSEE_BOUNDS)))
    counts = np.column_stack([_numbers(frame[columns[low]], columns[low], codes) for low in INSEE_BOUNDS]).ravel()
    table = _by_age(long_codes, np.tile(np.asarray(INSEE_BOUNDS), len(frame)), counts, bounds, {})
    return PopulationTable(INSEE_WIDE, "FR", year or 2000 + int(yy), table, source)


# --------------------------------------------------------------------------- codes


def read_code_changes(frame: pd.DataFrame) -> pd.DataFrame:
    """The change table (country, old_code, new_code…) with codes as trimmed text."""
    out = frame.copy()
    for column in ("country", "old_code", "new_code"):
        out[column] = out[column].astype(str).str.strip()
    return out


def recode(table: PopulationTable, changes: pd.DataFrame, current_codes) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Codes of former units summed into the current ones; (frame, issues of the re-coding).

    A code already current (in ``current_codes``, the outlines') is kept as it is. A code
    mapped to one current code is added to it (``code_recoded``). A code mapped to several
    (a split) cannot be divided without more data: it is left as it is and reported
    (``code_split``).
    """
    frame = table.frame
    mine = changes.loc[changes["country"] == table.country]
    targets = mine.groupby("old_code")["new_code"].agg(lambda codes: sorted(set(codes)))
    former = ~frame["code"].isin(set(current_codes)) & frame["code"].isin(targets.index)
    new = frame["code"].where(former).map(targets)
    single = former & new.map(lambda codes: isinstance(codes, list) and len(codes) == 1)
    split = former & ~single
    new_codes = frame["code"].where(~single, new.str[0])
    issues = pd.concat([
        pd.DataFrame({"country": table.country, "code": frame["code"][single], "issue": ISSUE_RECODED,
                      "detail": new_codes[single]}),
        pd.DataFrame({"country": table.country, "code": frame["code"][split], "issue": ISSUE_SPLIT,
                      "detail": new[split].map(", ".join)}),
    ], ignore_index=True)
    values = [c for c in frame.columns if c not in ("code", "name_fr", "name_nl")]
    # A former unit's name is not the current unit's: take the change table's name when there is one.
    current_names = mine.drop_duplicates("new_code").set_index("new_code").get("new_name")
    renamed = {}
    for column in ("name_fr", "name_nl"):
        names = frame[column].where(~single)
        if current_names is not None:
            names = names.fillna(new_codes.map(current_names).where(single))
        renamed[column] = names.to_numpy()
    recoded = frame.assign(code=new_codes.to_numpy(), **renamed)
    summed = recoded.groupby("code", sort=False)[values].sum()
    names = recoded.groupby("code", sort=False)[["name_fr", "name_nl"]].first()
    out = summed.join(names).reset_index()
    return out, issues


# --------------------------------------------------------------------------- joining


def unit_code(codes: pd.Series, countries: pd.Series) -> pd.Series:
    """Codes without a country prefix (``FR:59350`` → ``59350``), Belgian ones on five digits."""
    bare = codes.astype(str).str.strip().str.replace(r"^(FR|BE):", "", regex=True)
    return bare.where(countries.to_numpy() != "BE", bare.str.zfill(5))


def join_population(units: pd.DataFrame, tables: Sequence[PopulationTable], changes: pd.DataFrame,
                    bounds: Sequence[int] = INSEE_BOUNDS) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """The units with their population, and every issue.

    ``units`` has ``code`` (bare or country-prefixed), ``country`` (FR/BE, or empty to take the
    country of the file the code joins), ``name`` (may be empty) and ``area_km2``. Returns
    (frame with ``unit_id``, ``code``, ``name``, ``name_fr``, ``name_nl``, ``country``,
    ``population``, the bands, ``area_km2``, ``pop_year``, ``source``; issues with ``country``,
    ``code``, ``issue``, ``detail``). A code given twice in one country's files is a duplicate
    (the first is kept, each listed); a code held by several outlines is listed once, with the
    number of outlines in ``detail`` (each outline keeps the code's whole population); a unit no
    file gives a population keeps an empty one.
    """
    bands = band_names(bounds)
    issues = []
    rows = []
    countries = units["country"].fillna("").astype(str).str.strip().str.upper()
    prefixed = units["code"].astype(str).str.extract(r"^(FR|BE):", expand=False).fillna("")
    countries = countries.where(countries != "", prefixed)  # FR:59350 says its country
    for table in tables:
        in_country = countries.isin([table.country, ""]).to_numpy()
        current = unit_code(units["code"][in_country], pd.Series([table.country] * int(in_country.sum())))
        frame, recode_issues = recode(table, changes, current)
        issues.append(recode_issues)
        frame = frame.assign(country=table.country, pop_year=table.year, source=table.source)
        rows.append(frame)
    population = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(
        columns=["code", "population", *bands, "name_fr", "name_nl", "country", "pop_year", "source"])
    key = population["country"] + ":" + population["code"]
    duplicated = key.duplicated(keep="first")
    for value in pd.unique(key[duplicated]):
        sources = population.loc[key == value, "source"].tolist()
        issues.append(pd.DataFrame([(value[:2], value[3:], ISSUE_DUPLICATE, "; ".join(map(str, sources)))],
                                   columns=["country", "code", "issue", "detail"]))
    population = population.loc[~duplicated.to_numpy()]

    out = units.copy()
    by_code = population.set_index(population["country"] + ":" + population["code"])
    guessed = countries.copy()
    for country in ("FR", "BE"):  # a unit without a country takes the country of the file it joins
        bare = unit_code(units["code"], pd.Series([country] * len(units)))
        hit = (guessed == "") & (country + ":" + bare).isin(by_code.index).to_numpy()
        guessed[hit] = country
    out["country"] = guessed.to_numpy()
    out["code"] = unit_code(units["code"], guessed).to_numpy()
    out["unit_id"] = np.where(guessed != "", guessed + ":" + out["code"], out["code"])
    joined = by_code.reindex(out["unit_id"])
    for column in ["population", *bands]:
        values = pd.Series(joined[column].to_numpy(dtype="float64"), index=out.index)
        known = values.dropna()
        # Official counts are whole numbers: keep them as integers (empty where a unit has none).
        out[column] = values.astype("Int64") if (known == known.round()).all() else values
    out["pop_year"] = pd.to_numeric(pd.Series(joined["pop_year"].to_numpy(), index=out.index)).astype("Int64")
    out["source"] = joined["source"].to_numpy()
    for column in ("name_fr", "name_nl"):
        out[column] = joined[column].to_numpy()
    if "name" not in out:
        out["name"] = None
    fallback = np.where(out["country"] == "BE", out["name_nl"].fillna(out["name_fr"]), out["name_fr"])
    blank = out["name"].isna() | (out["name"].astype(str).str.strip() == "")
    out["name"] = np.where(blank, fallback, out["name"])

    # A code held by several outlines (single-part features): each gets the code's whole population.
    held = out["unit_id"].duplicated(keep=False).to_numpy() & (out["code"].astype(str).str.strip() != "").to_numpy()
    outlines_per_code = out.loc[held].groupby("unit_id", sort=False).size()
    firsts = out.loc[held].drop_duplicates("unit_id")
    issues.append(pd.DataFrame({"country": firsts["country"].to_numpy(), "code": firsts["code"].to_numpy(),
                                "issue": ISSUE_DUPLICATE_OUTLINE,
                                "detail": outlines_per_code.reindex(firsts["unit_id"]).astype(str).to_numpy()}))
    no_population = out["population"].isna().to_numpy()
    issues.append(pd.DataFrame({"country": out["country"].to_numpy()[no_population],
                                "code": out["code"].to_numpy()[no_population],
                                "issue": ISSUE_NO_POPULATION, "detail": ""}))
    unused = ~by_code.index.isin(out["unit_id"])
    issues.append(pd.DataFrame({"country": by_code["country"].to_numpy()[unused],
                                "code": by_code["code"].to_numpy()[unused],
                                "issue": ISSUE_NOT_IN_OUTLINES,
                                "detail": by_code["source"].astype(str).to_numpy()[unused]}))
    issues = pd.concat(issues, ignore_index=True)
    order = {kind: n for n, kind in enumerate((ISSUE_NOT_IN_OUTLINES, ISSUE_NO_POPULATION, ISSUE_DUPLICATE,
                                               ISSUE_DUPLICATE_OUTLINE, ISSUE_SPLIT, ISSUE_RECODED))}
    issues = issues.sort_values(["issue", "country", "code"], key=lambda s: s.map(order) if s.name == "issue" else s,
                                kind="stable").reset_index(drop=True)
    columns = ["unit_id", "code", "name", "name_fr", "name_nl", "country", "population", *bands, "area_km2",
               "pop_year", "source"]
    return out[columns + [c for c in out.columns if c not in columns]], issues
