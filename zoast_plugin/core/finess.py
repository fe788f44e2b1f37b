"""Parser of the FINESS geolocated extract (etalab-cs1100507-stock-YYYYMMDD-HHMM.csv).

The file is ';'-separated, latin-1 (in fact Windows-1252: ``’`` and ``Œ`` are the bytes
0x92 and 0x8C, read as such, see :mod:`.text`), with no column names. Its first line is a header
record (``finess;etalab;<n>;<date>``), then come "structureet" records (one per
establishment: identity, address, category…) and "geolocalisation" records (the
coordinates of an establishment, joined on ``nofinesset``). Each geolocation names its
coordinate system in ``sourcecoordet``: metropolitan France is Lambert-93, overseas
departments use their UTM zone.

The parser streams the file line by line and never stops at the first bad record:
every record it cannot use, or uses with a caveat, is listed in ``issues`` with its
line number, a reason code (:data:`REASONS`) and a detail, so the officer sees what was
left out. Establishments with no usable coordinates are kept in ``establishments`` with
NaN ``x``/``y`` (and listed in ``issues``): the layer writer leaves them out of the
point layer, the log counts them.

Format facts used here (and how sure they are):

* field order of both record types: DOMAIN.md, matched against extract lines quoted
  by public projects; most lines end with a ';', i.e. a 32nd empty field — newer
  files put ``numuai`` there, so a 32nd field is read as ``numuai``;
* names holding ';' or '"' are CSV-quoted, with doubled quotes inside
  (``"LIEU DE VIE ""X"" "``), seen in a 2026 extract line: quoted lines go through
  :mod:`csv`, the others through ``str.split``;
* ``commune`` is the 3-digit code *within* the département, ``departement`` the FINESS
  département code: ``01``…``95``, ``2A``/``2B`` (Corsica), ``9A``…``9F`` for the
  overseas departments (971 Guadeloupe … 976 Mayotte) and ``9J`` for Wallis-et-Futuna,
  whose ``commune`` field already starts with the territory digit (Les Abymes:
  ``9A`` + ``101`` → INSEE 97101; Koungou: ``9F`` + ``610`` → 97610; Uvea: ``9J`` +
  ``613`` → 98613). So the INSEE code is département + commune in metropolitan France
  and Corsica, ``97`` + commune for ``9A``–``9F`` and ``98`` + commune for the other
  ``9x`` letters (an inference from Wallis-et-Futuna). Saint-Barthélemy and
  Saint-Martin still come under ``9A`` with their former Guadeloupe codes (97123,
  97127), as FINESS files them;
* ``sourcecoordet`` is ``<rank>,ATLASANTE,<score>,<source>,…,<system>``: older files end
  with a system name (``LAMBERT_93``, ``UTM_N20``…), newer ones name the EPSG code
  (``EPSG:2154 RGF93 / Lambert-93 (Métropole)``, ``EPSG:5490 RGAF09/UTM Zone 20N
  (Antilles)``) or ``WGS84/UTM zone 21N``. See :data:`CRS_BY_NAME`.
"""

import csv
import gc
import io
import operator
import os
import re
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Tuple, Union

import numpy as np
import pandas as pd

from .errors import QT_TRANSLATE_NOOP, InputError
from .progress import ProgressCallback, report
from .text import decode as text_decode
from .text import is_latin1

DEFAULT_ENCODING = "latin-1"

STRUCTURE_FIELDS = (
    "structureet",
    "nofinesset",
    "nofinessej",
    "rs",
    "rslongue",
    "complrs",
    "compldistrib",
    "numvoie",
    "typvoie",
    "voie",
    "compvoie",
    "lieuditbp",
    "commune",
    "departement",
    "libdepartement",
    "ligneacheminement",
    "telephone",
    "telecopie",
    "categetab",
    "libcategetab",
    "categagretab",
    "libcategagretab",
    "siret",
    "codeape",
    "codemft",
    "libmft",
    "codesph",
    "libsph",
    "dateouv",
    "dateautor",
    "datemaj",
)
GEO_FIELDS = ("geolocalisation", "nofinesset", "coordxet", "coordyet", "sourcecoordet", "datemaj")

# Fields of a structureet record kept in ``establishments`` (address details and phone
# numbers are left out: the inventory does not use them).
KEPT_FIELDS = (
    "nofinesset",
    "nofinessej",
    "rs",
    "rslongue",
    "departement",
    "libdepartement",
    "ligneacheminement",
    "categetab",
    "libcategetab",
    "categagretab",
    "libcategagretab",
    "siret",
    "codeape",
    "codemft",
    "libmft",
    "codesph",
    "libsph",
    "dateouv",
    "dateautor",
    "datemaj",
)
_KEPT = operator.itemgetter(*(STRUCTURE_FIELDS.index(name) for name in KEPT_FIELDS + ("commune",)))
_N_STRUCTURE = len(STRUCTURE_FIELDS)
_NUMUAI_POS = _N_STRUCTURE  # the optional 32nd field of newer files

# EPSG code of each coordinate-system name found at the end of ``sourcecoordet`` in
# older files. LAMBERT_93 is RGF93 / Lambert-93. For the overseas UTM zones the file
# does not name the datum; these are the current legal French systems, the ones newer
# files name explicitly for the Antilles (5490) and Mayotte (4471): RGAF09 / UTM 20N
# (Guadeloupe, Martinique), RGFG95 / UTM 22N (Guyane), RGR92 / UTM 40S (Réunion), RGM04 /
# UTM 38S (Mayotte). Saint-Pierre-et-Miquelon is WGS 84 / UTM 21N, as newer files say.
# The realisations differ from WGS 84 by about a metre, far below what an inventory
# notices. Pass ``crs_by_name`` to override.
CRS_BY_NAME = {
    "LAMBERT_93": 2154,
    "UTM_N20": 5490,
    "UTM_N21": 32621,
    "UTM_N22": 2972,
    "UTM_S38": 4471,
    "UTM_S40": 2975,
}

# Reason codes of ``issues``, with the English text the processing layer translates.
REASONS = {
    "encoding": QT_TRANSLATE_NOOP("ZoastErrors", "bytes that are not valid in the chosen encoding (replaced)"),
    "encoding_utf8": QT_TRANSLATE_NOOP(
        "ZoastErrors",
        "line is valid UTF-8 read as latin-1: the file is probably UTF-8, choose that encoding"
    ),
    "short_line": QT_TRANSLATE_NOOP("ZoastErrors", "fewer fields than the record type has (record skipped)"),
    "long_line": QT_TRANSLATE_NOOP("ZoastErrors", "more fields than the record type has (record skipped)"),
    "unknown_record": QT_TRANSLATE_NOOP("ZoastErrors", "unknown record type (line skipped)"),
    "bad_id": QT_TRANSLATE_NOOP("ZoastErrors", "nofinesset is not a 9-character FINESS number (record skipped)"),
    "duplicate_id": QT_TRANSLATE_NOOP("ZoastErrors", "nofinesset already read on an earlier line (record skipped)"),
    "duplicate_geolocation": QT_TRANSLATE_NOOP(
        "ZoastErrors",
        "second geolocation of the same nofinesset (the first one is used)"
    ),
    "orphan_geolocation": QT_TRANSLATE_NOOP("ZoastErrors", "geolocation of a nofinesset with no structureet record"),
    "no_coordinates": QT_TRANSLATE_NOOP("ZoastErrors", "establishment with no coordinates (no point)"),
    "bad_coordinates": QT_TRANSLATE_NOOP("ZoastErrors", "coordinates that are not numbers (no point)"),
    "unknown_crs": QT_TRANSLATE_NOOP(
        "ZoastErrors",
        "coordinate system not recognised in sourcecoordet (coordinates kept, no point)"
    ),
    "bad_commune": QT_TRANSLATE_NOOP(
        "ZoastErrors", "commune/departement do not make an INSEE code (commune left empty)"
    ),
}

ISSUE_COLUMNS = ("line", "nofinesset", "reason", "detail")

_FINESS_ID = re.compile(r"^(?:\d{2}|2[AB])\d{7}$")
_EPSG = re.compile(r"EPSG\s*:\s*(\d+)", re.IGNORECASE)
_WGS84_UTM = re.compile(r"WGS\s*84\s*/\s*UTM\s+zone\s+(\d{1,2})\s*([NS])", re.IGNORECASE)
_HEADER_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Two-byte UTF-8 sequences (accented letters): in a latin-1 file they read as "Ã©".
# Only the lead bytes of U+0080-U+017F (Latin-1 Supplement, Latin Extended-A: é, ô, œ…)
# are sought: they cover French and Dutch names, and a cheap ``in`` test on the lead bytes
# (Â Ã Ä Å in latin-1, rare in names) skips the regular expression on clean blocks.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xc5][\x80-\xbf]")
_UTF8_LEADS = (b"\xc2", b"\xc3", b"\xc4", b"\xc5")
BLOCK_SIZE = 1 << 20  # characters or bytes read at once (about 4,000 lines)

Source = Union[str, bytes, "os.PathLike[str]", io.IOBase]


@dataclass
class FinessResult:
    """What :func:`parse_finess` read.

    ``establishments``: one row per structureet record kept, in file order, with
    :data:`KEPT_FIELDS` (strings, as in the file), ``commune`` (the 5-character INSEE
    code, '' when it cannot be built), ``numuai``, ``x``/``y`` (float, NaN when there is
    no usable geolocation), ``crs`` (EPSG code, nullable integer), ``sourcecoordet``
    (raw) and ``line`` (line number of the structureet record, from 1).

    ``issues``: one row per problem, columns :data:`ISSUE_COLUMNS`, sorted by line;
    ``reason`` is a key of :data:`REASONS`.

    ``header``: the first line when it is a header record, ``extract_date`` its date.
    """

    establishments: pd.DataFrame
    issues: pd.DataFrame
    header: str = ""
    extract_date: str = ""
    lines_read: int = 0
    counts: Dict[str, int] = field(default_factory=dict)

    def points(self) -> pd.DataFrame:
        """The establishments that have usable coordinates and a known CRS."""
        e = self.establishments
        return e[np.isfinite(e["x"]) & np.isfinite(e["y"]) & e["crs"].notna()]


def crs_from_source(source: str, crs_by_name: Optional[Dict[str, int]] = None) -> Optional[int]:
    """EPSG code named by a ``sourcecoordet`` value, or None when not recognised.

    An explicit ``EPSG:nnnn`` wins; then ``WGS84/UTM zone nnX`` (326nn / 327nn); then
    the system name after the last comma, looked up in ``crs_by_name``
    (default :data:`CRS_BY_NAME`).
    """
    text = source.strip()
    if not text:
        return None
    found = _EPSG.search(text)
    if found:
        return int(found.group(1))
    found = _WGS84_UTM.search(text)
    if found:
        return (32600 if found.group(2).upper() == "N" else 32700) + int(found.group(1))
    name = text.rsplit(",", 1)[-1].strip().upper()
    return (CRS_BY_NAME if crs_by_name is None else crs_by_name).get(name)


def insee_code(departement: str, commune: str) -> str:
    """5-character INSEE commune code from FINESS ``departement`` and ``commune``.

    Metropolitan and Corsica: département (2 characters) + commune (3 digits);
    ``9A``–``9F``: ``97`` + commune; other ``9x`` letters: ``98`` + commune (see the
    module docstring). Numbers that lost their leading zeros in a spreadsheet (``1``,
    ``4``) are padded back. '' when no code can be built.
    """
    dep = departement.strip().upper()
    com = commune.strip()
    if dep.isdigit() and len(dep) == 1:
        dep = "0" + dep
    if com.isdigit() and len(com) < 3:
        com = com.zfill(3)
    if len(com) != 3 or not com.isdigit() or len(dep) != 2:
        return ""
    if (dep.isdigit() and dep not in ("97", "98")) or dep in ("2A", "2B"):
        return dep + com
    if dep[0] == "9" and "A" <= dep[1] <= "F":
        return "97" + com
    if dep[0] == "9" and "G" <= dep[1] <= "Z":
        return "98" + com
    return ""


def parse_finess(
    source: Source,
    encoding: str = DEFAULT_ENCODING,
    progress: ProgressCallback = None,
    crs_by_name: Optional[Dict[str, int]] = None,
) -> FinessResult:
    """Read a FINESS geolocated extract into establishments and a list of issues.

    ``source``: a path (str or path-like), the raw file content (bytes), the text
    content (a str holding a line break), or an open binary or text file.
    ``encoding``: of the file, latin-1 by default (the extract's encoding); lines with
    bytes invalid in it are decoded with replacement characters and listed, and with
    latin-1 every line holding UTF-8 multi-byte sequences is listed too (a file
    re-encoded to UTF-8 reads as "HÃ´pital").
    ``crs_by_name``: system names of ``sourcecoordet`` → EPSG code (default
    :data:`CRS_BY_NAME`).
    Raises InputError when the file has no structureet record at all (not a FINESS
    extract, or wrong separator).
    """
    reader = _Reader(encoding, crs_by_name)
    stream, size, close = _open(source)
    # The parse allocates millions of small acyclic objects (strings, tuples); the cyclic
    # garbage collector would rescan them again and again (a quarter of the time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        done = 0
        for block, n_chars in _blocks(stream):
            reader.feed_block(block)
            done += n_chars
            report(progress, 0.9 * done / size if size else 0.0)
        result = reader.finish() if reader.structures else None
    finally:
        if collecting:
            gc.enable()
        if close:
            stream.close()
    if result is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "FINESS file: no 'structureet' record in {lines} line(s). "
                "Choose the geolocated FINESS extract (';'-separated)."
            ),
            lines=reader.lines_read,
        )
    report(progress, 1.0)
    return result


def _open(source: Source):
    """(stream, size for progress or 0, whether to close it)."""
    if isinstance(source, bytes):
        return io.BytesIO(source), len(source), False
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return io.StringIO(source), len(source), False
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        if not os.path.isfile(path):
            raise InputError(
                QT_TRANSLATE_NOOP("ZoastErrors", "FINESS file: '{path}' not found. Choose an existing file."),
                path=path,
            )
        return open(path, "rb"), os.path.getsize(path), True
    return source, 0, False


def _blocks(stream) -> Iterator[Tuple[Union[bytes, str], int]]:
    """Blocks of whole lines (bytes or str, as the stream gives), with their size.

    Reading blocks of :data:`BLOCK_SIZE` rather than single lines lets one C call
    decode and split thousands of lines: the file is still streamed, in bounded memory.
    """
    rest = None
    while True:
        chunk = stream.read(BLOCK_SIZE)
        if not chunk:
            break
        n = len(chunk)
        if rest:
            chunk = rest + chunk
        cut = chunk.rfind(b"\n" if isinstance(chunk, bytes) else "\n") + 1
        if cut == 0:  # no line end yet: keep reading
            rest = chunk
            continue
        rest = chunk[cut:]
        yield chunk[:cut], n
    if rest:
        yield rest, 0


class _Reader:
    """Accumulates records block by block; :meth:`finish` builds the frames."""

    def __init__(self, encoding: str, crs_by_name: Optional[Dict[str, int]]):
        self.encoding = encoding
        self.is_latin1 = is_latin1(encoding)
        self.crs_by_name = crs_by_name
        self.structures: List[tuple] = []
        self.structure_line: Dict[str, int] = {}
        self.geo: Dict[str, Tuple[str, str, str, int]] = {}
        self.issues: List[Tuple[int, str, str, str]] = []
        self.header = ""
        self.lines_read = 0

    def issue(self, line_no: int, finess_id: str, reason: str, detail: str) -> None:
        self.issues.append((line_no, finess_id, reason, detail))

    def decode(self, block: Union[bytes, str]) -> str:
        """A block decoded; encoding problems are listed with their line."""
        if isinstance(block, str):
            return block
        try:
            text = text_decode(block, self.encoding)
        except UnicodeDecodeError:
            lines = block.split(b"\n")
            return "\n".join(self._decode_line(self.lines_read + n, raw) for n, raw in enumerate(lines, 1))
        if self.is_latin1 and any(lead in block for lead in _UTF8_LEADS) and _UTF8_SEQUENCE.search(block):
            for n, raw in enumerate(block.split(b"\n"), 1):
                self._check_utf8(self.lines_read + n, raw)
        return text

    def _decode_line(self, line_no: int, raw: bytes) -> str:
        try:
            return text_decode(raw, self.encoding)
        except UnicodeDecodeError as error:
            self.issue(
                line_no, "", "encoding", "byte {:#04x} at column {}".format(raw[error.start], error.start + 1)
            )
            return raw.decode(self.encoding, errors="replace")

    def _check_utf8(self, line_no: int, raw: bytes) -> None:
        found = _UTF8_SEQUENCE.search(raw)
        if found is None:
            return
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return  # latin-1 that happens to hold such a pair of bytes
        window = raw[max(found.start() - 12, 0) : found.end() + 12]
        self.issue(
            line_no,
            "",
            "encoding_utf8",
            "read as {!r}, as UTF-8 {!r}".format(
                window.decode("latin-1"), window.decode("utf-8", errors="replace")
            ),
        )

    def feed_block(self, block: Union[bytes, str]) -> None:
        text = self.decode(block).replace("\r\n", "\n")
        # Most blocks hold no quote and no padded field: then every line is a plain split.
        plain = '"' not in text and " ;" not in text and "; " not in text and " \n" not in text
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()  # the block ends with a line break
        first = self.lines_read + 1
        self.lines_read += len(lines)
        structure, geolocation = self._structure, self._geolocation
        for line_no, line in enumerate(lines, first):
            if plain:
                fields = line.split(";")
            elif '"' in line:
                fields = [value.strip() for value in next(csv.reader([line], delimiter=";"))]
            else:
                fields = [value.strip() for value in line.split(";")]
            kind = fields[0]
            if kind == "structureet":
                structure(line_no, fields)
            elif kind == "geolocalisation":
                geolocation(line_no, fields)
            elif len(fields) == 1 and not kind.strip():
                continue  # a blank line carries nothing
            elif line_no == 1:
                self.header = line
            else:
                self.issue(line_no, "", "unknown_record", "first field {!r}".format(_excerpt(kind)))

    def _structure(self, line_no: int, fields: List[str]) -> None:
        finess_id = fields[1] if len(fields) > 1 else ""
        n_fields = len(fields)
        if n_fields < _N_STRUCTURE:
            self.issue(
                line_no, finess_id, "short_line", "{} fields, {} expected".format(n_fields, _N_STRUCTURE)
            )
            return
        if n_fields > _NUMUAI_POS + 1 and any(value.strip() for value in fields[_NUMUAI_POS + 1 :]):
            self.issue(
                line_no, finess_id, "long_line", "{} fields, {} expected".format(n_fields, _N_STRUCTURE)
            )
            return
        if not _FINESS_ID.match(finess_id):
            self.issue(line_no, finess_id, "bad_id", "nofinesset {!r}".format(_excerpt(finess_id)))
            return
        first = self.structure_line.get(finess_id)
        if first is not None:
            self.issue(line_no, finess_id, "duplicate_id", "first read at line {}".format(first))
            return
        self.structure_line[finess_id] = line_no
        numuai = fields[_NUMUAI_POS] if n_fields > _NUMUAI_POS else ""
        self.structures.append(_KEPT(fields) + (numuai, line_no))

    def _geolocation(self, line_no: int, fields: List[str]) -> None:
        finess_id = fields[1] if len(fields) > 1 else ""
        if len(fields) < len(GEO_FIELDS):
            self.issue(
                line_no,
                finess_id,
                "short_line",
                "{} fields, {} expected".format(len(fields), len(GEO_FIELDS)),
            )
            return
        first = self.geo.get(finess_id)
        if first is not None:
            self.issue(line_no, finess_id, "duplicate_geolocation", "first read at line {}".format(first[3]))
            return
        # A spreadsheet re-save turns the commas of sourcecoordet into ';': join them back.
        self.geo[finess_id] = (fields[2], fields[3], ",".join(fields[4:-1]), line_no)

    def finish(self) -> FinessResult:
        names = KEPT_FIELDS + ("commune_code", "numuai", "line")
        columns = dict(zip(names, (list(c) for c in zip(*self.structures))))
        ids, lines = columns["nofinesset"], columns["line"]
        communes = self._communes(ids, lines, columns["departement"], columns.pop("commune_code"))
        coordinates = self._coordinates(ids, lines)
        data = {name: columns[name] for name in KEPT_FIELDS[:4]}
        data["commune"] = communes
        data.update((name, columns[name]) for name in KEPT_FIELDS[4:] + ("numuai",))
        data.update(coordinates)
        data["line"] = np.asarray(lines, dtype="int64")
        establishments = pd.DataFrame(data)
        issues = pd.DataFrame.from_records(self.issues, columns=ISSUE_COLUMNS)
        issues = issues.sort_values("line", kind="stable").reset_index(drop=True)
        issues["line"] = issues["line"].astype("int64")
        date = self.header.rsplit(";", 1)[-1].strip()
        counts = {reason: int(n) for reason, n in issues["reason"].value_counts().items()}
        date = date if _HEADER_DATE.match(date) else ""
        return FinessResult(establishments, issues, self.header, date, self.lines_read, counts)

    def _communes(
        self, ids: List[str], lines: List[int], departements: List[str], communes: List[str]
    ) -> List[str]:
        """INSEE codes, computed once per distinct pair; the pairs that make none are listed."""
        keys = [d + ";" + c for d, c in zip(departements, communes)]
        codes = {key: insee_code(*key.split(";")) for key in set(keys)}
        result = [codes[key] for key in keys]
        for i in (i for i, code in enumerate(result) if not code):
            self.issue(
                lines[i],
                ids[i],
                "bad_commune",
                "departement {!r}, commune {!r}".format(departements[i], communes[i]),
            )
        return result

    def _coordinates(self, ids: List[str], lines: List[int]) -> Dict[str, object]:
        """x, y, crs and sourcecoordet of each establishment, joined on nofinesset."""
        empty = ("", "", "", 0)
        joined = [self.geo.get(finess_id, empty) for finess_id in ids]
        raw_x, raw_y, source, geo_line = (list(c) for c in zip(*joined)) if joined else ([], [], [], [])
        x = np.array([_number(value) for value in raw_x], dtype="float64")
        y = np.array([_number(value) for value in raw_y], dtype="float64")
        # Few distinct sourcecoordet values (one per geocoding source and system): parse each once.
        by_source = {s: crs_from_source(s, self.crs_by_name) for s in set(source)}
        crs = [by_source[s] for s in source]
        has_geo = np.array(geo_line, dtype=bool)
        blank = np.array([not (vx and vy) for vx, vy in zip(raw_x, raw_y)], dtype=bool) & has_geo
        bad = has_geo & ~blank & ~(np.isfinite(x) & np.isfinite(y))
        # An unknown system keeps its numbers (the officer may know it); points() leaves them out.
        unknown = has_geo & ~blank & ~bad & np.array([c is None for c in crs], dtype=bool)
        for i in np.flatnonzero(~has_geo):
            self.issue(lines[i], ids[i], "no_coordinates", "no geolocalisation record")
        for i in np.flatnonzero(blank):
            self.issue(lines[i], ids[i], "no_coordinates", "empty coordxet/coordyet")
        for i in np.flatnonzero(bad):
            detail = "coordxet {!r}, coordyet {!r}".format(_excerpt(raw_x[i]), _excerpt(raw_y[i]))
            self.issue(lines[i], ids[i], "bad_coordinates", detail)
        for i in np.flatnonzero(unknown):
            self.issue(lines[i], ids[i], "unknown_crs", "sourcecoordet {!r}".format(_excerpt(source[i])))
        x[blank | bad] = np.nan
        y[blank | bad] = np.nan
        known = self.structure_line
        for finess_id, (_, _, _, line_no) in self.geo.items():
            if finess_id not in known:
                self.issue(line_no, finess_id, "orphan_geolocation", "no structureet record for it")
        return {"x": x, "y": y, "crs": pd.array(crs, dtype="Int64"), "sourcecoordet": source}


def _number(text: str) -> float:
    """A coordinate as float; a decimal comma is accepted; NaN when not a number."""
    try:
        return float(text)
    except ValueError:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return np.nan


def _excerpt(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
