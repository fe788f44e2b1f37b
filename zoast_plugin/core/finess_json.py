"""Parser of the FINESS "Structures" JSON feed (data.gouv.fr, the new FINESS from 2026).

The ANS publishes the schema and a sample in the repository ansforge/finess
(``flux/out/data.gouv/structure/schema/schema-structures-v1.json``,
``…/structure/examples/sample-finess-structures-journalier-20260309.json``); its FAQ says
the old CSV extract (etalab-cs1100507…) is no longer refreshed once the new FINESS is
live. Facts used here, from that schema and sample:

* the file is one JSON object: ``schemaVersion``, ``generatedAt``, then arrays ``gcc``
  and ``gco`` (groupings, not read here) and ``pmej`` (legal entities, PM-EJ);
* each PM-EJ (``informationsGeneralesPMEJ.numFinessPm``, the old ``nofinessej``) holds
  its establishments in ``ege`` ("entité géographique d'exercice", the old structureet):
  ``informationsGeneralesEGE`` (``numFinessEge``, ``nomEgeCourt``, ``nomEgeLong``,
  ``dateOuverture``, ``dateFermeture``, ``siret``), ``categorieentiteGeographiqueExercice``
  (a code of the nomenclature TRE-R397; the published codes are the former FINESS
  category codes: 355 CH, 141 dialysis centre, 500 EHPAD…), ``modefixationtarifaire``,
  ``etatObjet`` (``A`` active, ``I`` closed), ``adresse`` (a list);
* an address has ``cogCommune`` (the INSEE code) and ``coordonneesGeographique`` with
  ``directionLatitude``/``directionLongitude`` (WGS 84 degrees) and
  ``coordonneeX``/``coordonneeY``: projected metres whose order is not fixed — the ANS
  sample puts the Lambert-93 *northing* in ``coordonneeX`` — and whose system is not
  named (the legal system of the territory: Lambert-93 in metropolitan France, UTM
  zones overseas, see :data:`TERRITORY_CRS`). Reusers report mixed systems.
* every value is a string; optional members are simply missing.

The parser streams the file: it decodes one PM-EJ at a time with
:meth:`json.JSONDecoder.raw_decode` over a sliding text buffer, so memory stays bounded
by the size of one record whatever the size of the national file. It never stops at a
bad record: each establishment it cannot use, or uses with a caveat, is listed in
``issues`` (reason codes of :data:`REASONS` and of :data:`.finess.REASONS`).

Positions are not checked here (that needs the CRS machinery of QGIS): each
establishment carries its two readings, ``lon``/``lat`` (declared WGS 84) and
``proj_x``/``proj_y`` with ``proj_crs`` (the territory's projected CRS); the importer
checks them against the areas of use and the territory (:mod:`.coordinates`).
"""

import codecs
import io
import json
import os
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Tuple

import numpy as np
import pandas as pd

from .coordinates import territory_of_commune
from .errors import QT_TRANSLATE_NOOP, InputError
from .finess import ISSUE_COLUMNS, Source, _excerpt
from .progress import ProgressCallback, report

BLOCK_SIZE = 1 << 20  # bytes read at once
MAX_RECORD_CHARS = 64 << 20  # one PM-EJ larger than this is not a record of the feed

#: Projected CRS (EPSG) of ``coordonneeX``/``coordonneeY`` per territory (see :mod:`.coordinates`):
#: Lambert-93; RGAF09 / UTM 20N (Antilles); RGFG95 / UTM 22N; RGR92 / UTM 40S; RGSPM06 / UTM 21N;
#: RGM04 / UTM 38S. The Pacific territories have no entry: only their latitude/longitude are read.
TERRITORY_CRS = {
    "FR": 2154,
    "FR-971": 5490,
    "FR-972": 5490,
    "FR-973": 2972,
    "FR-974": 2975,
    "FR-975": 4467,
    "FR-976": 4471,
}
WGS84 = 4326

REASONS = {
    "closed": QT_TRANSLATE_NOOP("ZoastErrors", "establishment closed (etatObjet not A, or dateFermeture passed)"),
    "no_category": QT_TRANSLATE_NOOP("ZoastErrors", "no categorieentiteGeographiqueExercice (category other)"),
    "not_an_object": QT_TRANSLATE_NOOP("ZoastErrors", "record that is not a JSON object (skipped)"),
}

ESTABLISHMENT_COLUMNS = (
    "nofinesset", "nofinessej", "rs", "rslongue", "departement", "categetab", "libcategetab", "siret",
    "codeape", "codemft", "dateouv", "datefermeture", "datemaj", "etat", "commune", "lon", "lat", "proj_x",
    "proj_y", "proj_crs", "line",
)  # fmt: skip


@dataclass
class FeedResult:
    """What :func:`parse_finess_json` read.

    ``establishments``: one row per active EGE kept, in file order, columns
    :data:`ESTABLISHMENT_COLUMNS` (strings as in the file; ``lon``/``lat``/``proj_x``/
    ``proj_y`` floats, NaN when missing or not a number; ``proj_crs`` nullable EPSG code;
    ``line``: line of the file holding its ``numFinessEge``; 1 for all in a file on one line).
    ``issues``: columns :data:`.finess.ISSUE_COLUMNS`, sorted by line.
    """

    establishments: pd.DataFrame
    issues: pd.DataFrame
    generated_at: str = ""
    schema_version: str = ""
    legal_entities: int = 0
    establishments_read: int = 0
    lines_read: int = 0
    counts: Dict[str, int] = field(default_factory=dict)


def sniff(head: bytes) -> str:
    """'json', 'csv' or 'binary' from the first bytes of a file (a BOM and blanks skipped)."""
    if b"\x00" in head:
        return "binary"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"{") or text.startswith(b"["):
        return "json"
    control = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 13))
    return "binary" if control > len(head) // 100 else "csv"


def parse_finess_json(source: Source, progress: ProgressCallback = None, label: str = "") -> FeedResult:
    """Read a FINESS Structures feed (path, bytes, text or open binary file) into establishments and issues.

    Raises InputError when the file is not UTF-8 JSON or not a Structures feed (no
    ``pmej`` array), naming the line.
    """
    stream, size, close = _open(source)
    reader = _Feed()
    label = label or (os.fspath(source) if isinstance(source, (str, os.PathLike)) and len(str(source)) < 500
                      else "JSON")
    tokens = _Tokens(stream, label)
    try:
        for line, record in _pmej_records(tokens, reader):
            reader.add(line, record, tokens.line_of)
            if size and reader.legal_entities % 200 == 0:
                report(progress, 0.95 * tokens.bytes_read / size)
    finally:
        if close:
            stream.close()
    if not reader.saw_pmej:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "File '{path}': a JSON file with no 'pmej' array, not the FINESS Structures feed. "
                "Choose finess-structures-*.json from data.gouv.fr."
            ),
            path=label,
        )
    if not reader.establishments_read:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "File '{path}': a FINESS Structures feed with no establishment (no 'ege' record in its {count} "
                "legal entit(y/ies)): nothing to import. Choose the full finess-structures-*.json from data.gouv.fr."
            ),
            path=label,
            count=reader.legal_entities,
        )
    report(progress, 1.0)
    return reader.finish(tokens.line_at(tokens.pos))


# ---------------------------------------------------------------------------- streaming


def _open(source: Source):
    if isinstance(source, bytes):
        return io.BytesIO(source), len(source), False
    if isinstance(source, str) and source.lstrip().startswith(("{", "[")):
        return io.BytesIO(source.encode("utf-8")), len(source), False
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        if not os.path.isfile(path):
            raise InputError(
                QT_TRANSLATE_NOOP("ZoastErrors", "FINESS file: '{path}' not found. Choose an existing file."),
                path=path,
            )
        return open(path, "rb"), os.path.getsize(path), True
    return source, 0, False


class _Tokens:
    """A sliding window of decoded text over a binary stream, with line numbers."""

    def __init__(self, stream, label: str):
        self.stream = stream
        self.label = label
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.json = json.JSONDecoder()
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.bytes_read = 0
        self.line_base = 1  # line number of buf[0]
        self.counted_to = 0  # buf[:counted_to] holds line_counted - line_base line breaks
        self.line_counted = 1
        self.span = (0, 0)  # where the last value read lies in buf

    def line_at(self, pos: int) -> int:
        if pos < self.counted_to:
            return self.line_base + self.buf.count("\n", 0, pos)
        self.line_counted += self.buf.count("\n", self.counted_to, pos)
        self.counted_to = pos
        return self.line_counted

    def line_of(self, text: str, default: int) -> int:
        """Line of the first ``text`` in the last value read (``default`` when not found)."""
        found = self.buf.find(text, *self.span)
        return self.line_at(found) if found >= 0 else default

    def fill(self) -> bool:
        """Read one more block; False at the end of the file."""
        if self.eof:
            return False
        chunk = self.stream.read(BLOCK_SIZE)
        try:
            text = self.decoder.decode(chunk or b"", final=not chunk)
        except UnicodeDecodeError as error:
            line = self.line_at(len(self.buf)) + (error.object[:error.start].count(b"\n") if chunk else 0)
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "ZoastErrors",
                    "File '{path}', line {line}: bytes that are not UTF-8 (byte {byte}). The FINESS JSON feed is "
                    "UTF-8: download it again, or convert it from {encoding} to UTF-8."
                ),
                path=self.label, line=line, byte="{:#04x}".format(error.object[error.start]),
                encoding="windows-1252",
            ) from error
        if not chunk:
            self.eof = True
        self.bytes_read += len(chunk or b"")
        if self.pos:  # drop what was consumed
            self.line_at(self.pos)
            self.line_base = self.line_counted
            self.buf = self.buf[self.pos:]
            self.counted_to = 0
            self.pos = 0
        self.buf += text
        return bool(chunk) or bool(text)

    def peek(self) -> str:
        """The next non-blank character ('' at the end), without consuming it."""
        while True:
            buf, pos = self.buf, self.pos
            n = len(buf)
            while pos < n and buf[pos] in " \t\r\n":
                pos += 1
            self.pos = pos
            if pos < n:
                return buf[pos]
            if not self.fill():
                return ""

    def expect(self, chars: str) -> str:
        found = self.peek()
        if not found or found not in chars:
            self.fail("expected {!r}, found {!r}".format(chars, found or "end of file"))
        self.pos += 1
        return found

    def value(self):
        """The next JSON value, decoded whole; (value, its line)."""
        self.peek()
        while True:
            try:
                value, end = self.json.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as error:
                if len(self.buf) - self.pos > MAX_RECORD_CHARS or not self.fill():
                    self.fail(error.msg, self.line_at(min(error.pos, len(self.buf))))
                continue
            if end == len(self.buf) and not self.eof and not isinstance(value, (dict, list, str)):
                if self.fill():  # a number or literal may go on in the next block
                    continue
            line = self.line_at(self.pos)
            self.span = (self.pos, end)
            self.pos = end
            return value, line

    def skip_value(self) -> None:
        """Skip the next value; an array is skipped element by element (bounded memory)."""
        if self.peek() != "[":
            self.value()
            return
        for _ in self.elements():
            pass

    def elements(self) -> Iterator[Tuple[int, object]]:
        """The elements of the array that starts here, one at a time, with their line."""
        self.expect("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            value, line = self.value()
            yield line, value
            if self.expect(",]") == "]":
                return

    def fail(self, message: str, line: Optional[int] = None) -> None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "ZoastErrors",
                "File '{path}', line {line}: not valid JSON ({message}). The file may be cut short: "
                "download it again."
            ),
            path=self.label, line=line if line is not None else self.line_at(self.pos), message=message,
        )


def _pmej_records(tokens: _Tokens, reader: "_Feed") -> Iterator[Tuple[int, object]]:
    """The PM-EJ records of the feed, one at a time; other members are skipped or kept as metadata."""
    first = tokens.peek()
    if first == "[":  # a bare list of PM-EJ (an extract of the feed)
        reader.saw_pmej = True
        yield from tokens.elements()
        return
    if first != "{":
        tokens.fail("expected a JSON object, found {!r}".format(first or "end of file"))
    tokens.expect("{")
    if tokens.peek() == "}":
        return
    while True:
        key, _line = tokens.value()
        tokens.expect(":")
        if key == "pmej" and tokens.peek() == "[":
            reader.saw_pmej = True
            yield from tokens.elements()
        elif key in ("generatedAt", "schemaVersion"):
            value, _line = tokens.value()
            reader.meta[key] = str(value)
        else:
            tokens.skip_value()
        if tokens.expect(",}") == "}":
            return


# ---------------------------------------------------------------------------- records


def _text(mapping, key: str) -> str:
    try:
        value = mapping[key]
    except (KeyError, TypeError, IndexError):
        return ""
    if value.__class__ is str:  # nearly always: every value of the feed is a string
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, dict):  # schema v1 draft: {"code": …, "system": …}
        value = value.get("code", "")
    return str(value).strip()


def _padded(code: str, width: int) -> str:
    """A code written as a number lost its leading zeros (10780195 → 010780195): put them back."""
    return code.zfill(width) if code.isdigit() and len(code) < width else code


def _number(text: str) -> float:
    text = text.strip().replace(",", ".")
    if not text:
        return np.nan
    try:
        value = float(text)
    except ValueError:
        return np.nan
    return value if np.isfinite(value) else np.nan


class _Feed:
    def __init__(self):
        self.rows: List[tuple] = []
        self.issues: List[Tuple[int, str, str, str]] = []
        self.seen: Dict[str, int] = {}
        self.meta: Dict[str, str] = {}
        self.saw_pmej = False
        self.legal_entities = 0
        self.establishments_read = 0

    def issue(self, line: int, finess_id: str, reason: str, detail: str) -> None:
        self.issues.append((line, finess_id, reason, detail))

    def add(self, line: int, record, line_of) -> None:
        """Read one PM-EJ starting at ``line``; ``line_of(text, default)`` finds the line of an EGE."""
        self.legal_entities += 1
        if not isinstance(record, dict):
            self.issue(line, "", "not_an_object", _excerpt(repr(record)))
            return
        general = record.get("informationsGeneralesPMEJ") or record.get("informationsGeneralesPmej") or {}
        finess_ej = _text(general, "numFinessPm")
        ape = _text(general, "codeApe")
        for ege in record.get("ege") or []:
            self.establishments_read += 1
            if not isinstance(ege, dict):
                self.issue(line, "", "not_an_object", _excerpt(repr(ege)))
                continue
            info = ege.get("informationsGeneralesEGE")
            finess_id = _padded(_text(info, "numFinessEge"), 9)
            ege_line = line_of('"{}"'.format(finess_id), line) if finess_id else line
            self._establishment(ege_line, finess_ej, ape, ege)

    def _establishment(self, line: int, finess_ej: str, ape: str, ege: dict) -> None:
        info = ege.get("informationsGeneralesEGE") or {}
        finess_id = _padded(_text(info, "numFinessEge"), 9)
        if len(finess_id) != 9 or not finess_id.isalnum():
            self.issue(line, finess_id, "bad_id", "numFinessEge {!r}".format(_excerpt(finess_id)))
            return
        state = _text(ege, "etatObjet")
        closed_on = _text(info, "dateFermeture")
        if state and state != "A":
            self.issue(line, finess_id, "closed", "etatObjet {!r}, dateFermeture {!r}".format(state, closed_on))
            return
        first = self.seen.get(finess_id)
        if first is not None:
            self.issue(line, finess_id, "duplicate_id", "first read at line {}".format(first))
            return
        self.seen[finess_id] = line
        category = next((_text(where, key) for where in (ege, info) for key in (
            "categorieentiteGeographiqueExercice", "categorieEntiteGeographiqueExercice") if _text(where, key)), "")
        if not category:
            self.issue(line, finess_id, "no_category", "")
        commune, lon, lat, proj_x, proj_y, raw = self._position(ege.get("adresse"))
        territory = territory_of_commune(commune)
        if not commune or territory is None:
            self.issue(line, finess_id, "bad_commune", "cogCommune {!r}".format(_excerpt(commune)))
        has_geo = np.isfinite(lon) and np.isfinite(lat)
        has_proj = np.isfinite(proj_x) and np.isfinite(proj_y)
        if not has_geo and not has_proj:
            if any(raw):
                self.issue(line, finess_id, "bad_coordinates", "directionLatitude {!r}, directionLongitude {!r}, "
                           "coordonneeX {!r}, coordonneeY {!r}".format(*(_excerpt(v) for v in raw)))
            else:
                self.issue(line, finess_id, "no_coordinates", "no coordonneesGeographique")
        crs = TERRITORY_CRS.get(territory) if has_proj else None
        departement = commune[:3] if commune[:2] in ("97", "98") else commune[:2]
        self.rows.append((
            finess_id, finess_ej, _text(info, "nomEgeCourt"), _text(info, "nomEgeLong"), departement, category, "",
            _text(info, "siret"), ape, _text(ege, "modefixationtarifaire"), _text(info, "dateOuverture"), closed_on,
            _text(ege, "dateDerniereMaj"), state, commune, lon, lat, proj_x, proj_y, crs, line,
        ))  # fmt: skip

    @staticmethod
    def _position(addresses) -> Tuple[str, float, float, float, float, Tuple[str, str, str, str]]:
        """Commune and coordinates of the first address that has coordinates (else of the first address)."""
        commune = ""
        empty = ("", "", "", "")
        if not isinstance(addresses, list):
            return commune, np.nan, np.nan, np.nan, np.nan, empty
        for address in addresses:
            if not isinstance(address, dict):
                continue
            commune = commune or _padded(_text(address, "cogCommune").upper(), 5)
            point = address.get("coordonneesGeographique")
            if not isinstance(point, dict):
                continue
            raw = tuple(_text(point, key) for key in ("directionLatitude", "directionLongitude", "coordonneeX",
                                                     "coordonneeY"))
            if not any(raw):
                continue
            lat, lon, x, y = (_number(v) for v in raw)
            return _padded(_text(address, "cogCommune").upper(), 5) or commune, lon, lat, x, y, raw
        return commune, np.nan, np.nan, np.nan, np.nan, empty

    def finish(self, lines_read: int) -> FeedResult:
        columns = list(zip(*self.rows)) if self.rows else [[] for _ in ESTABLISHMENT_COLUMNS]
        data = dict(zip(ESTABLISHMENT_COLUMNS, (list(c) for c in columns)))
        for name in ("lon", "lat", "proj_x", "proj_y"):
            data[name] = np.asarray(data[name], dtype="float64")
        data["proj_crs"] = pd.array(data["proj_crs"], dtype="Int64")
        data["line"] = np.asarray(data["line"], dtype="int64")
        establishments = pd.DataFrame(data)
        issues = pd.DataFrame.from_records(self.issues, columns=ISSUE_COLUMNS)
        issues = issues.sort_values("line", kind="stable").reset_index(drop=True)
        issues["line"] = issues["line"].astype("int64")
        counts = {reason: int(n) for reason, n in issues["reason"].value_counts().items()}
        return FeedResult(establishments, issues, self.meta.get("generatedAt", ""),
                          self.meta.get("schemaVersion", ""), self.legal_entities, self.establishments_read,
                          lines_read, counts)
