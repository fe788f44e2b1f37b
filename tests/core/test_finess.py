"""FINESS extract parser: a file written here in the real format, every bad record, every source kind."""

import gc
import io

import numpy as np
import pandas as pd
import pytest

from zoast_plugin.core.errors import Cancelled, InputError
from zoast_plugin.core.finess import (
    CRS_BY_NAME,
    ISSUE_COLUMNS,
    REASONS,
    STRUCTURE_FIELDS,
    crs_from_source,
    insee_code,
    parse_finess,
)


def structure(nofinesset, rs, commune, departement, categetab, libcategetab, extra=("",)):
    """A structureet line with the 31 fields of DOMAIN.md, then ``extra`` (a final ';' by default)."""
    values = dict.fromkeys(STRUCTURE_FIELDS, "")
    values.update(
        structureet="structureet", nofinesset=nofinesset, nofinessej="59078" + nofinesset[-4:], rs=rs,
        rslongue=rs.upper(), commune=commune, departement=departement, libdepartement="NORD",
        ligneacheminement="59000 LILLE", categetab=categetab, libcategetab=libcategetab,
        categagretab="1102", libcategagretab="Centres Hospitaliers", siret="26590001500012",
        codeape="8610Z", codemft="03", libmft="ARS", codesph="1", libsph="Etablissement public de santé",
        dateouv="1979-02-13", dateautor="1979-02-13", datemaj="2020-02-04",
    )  # fmt: skip
    return ";".join([values[f] for f in STRUCTURE_FIELDS] + list(extra))


def geo(nofinesset, x, y, source="1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93"):
    return ";".join(["geolocalisation", nofinesset, x, y, source, "2020-02-04"])


LINES = [
    "finess;etalab;111;2026-05-12",  # 1 header
    structure("590000001", "Hôpital Saint-Éloi", "350", "59", "355", "Centre Hospitalier (C.H.)"),  # 2
    structure(
        "2A0000014", "Pharmacie d'Ajaccio", "004", "2A", "620", "Pharmacie d'Officine", extra=("0590001A", "")
    ),  # 3: newer file with numuai  # fmt: skip
    structure(
        "970100012", "Polyclinique", "101", "9A", "365", "Etablissement de Soins Pluridisciplinaire"
    ),  # 4
    "structureet;590000002;590780002;TROP COURT",  # 5 short line
    structure("590000001", "Doublon", "350", "59", "355", "Centre Hospitalier (C.H.)"),  # 6 duplicate
    structure("590000003", "Sans coordonnées", "350", "59", "124", "Centre de Santé"),  # 7 no geolocation
    structure("590000004", "Coordonnée texte", "350", "59", "124", "Centre de Santé"),  # 8 bad coordinate
    "autre;590000009;x",  # 9 unknown record type
    structure("590000005", '"CLINIQUE ""A;B"""', "350", "59", "128", "Etab. Soins Chirurgicaux"),  # 10 quoted
    structure("590000006", "Système inconnu", "350", "XX", "355", "Centre Hospitalier (C.H.)"),  # 11
    structure("5900000", "Numéro court", "350", "59", "355", "Centre Hospitalier (C.H.)"),  # 12 bad id
    structure(
        "590000007", "Trop long", "350", "59", "355", "Centre Hospitalier (C.H.)", extra=("", "X")
    ),  # 13
    geo("590000001", "703000.5", "7059000.25"),  # 14
    geo(
        "2A0000014", "1177000", "6110000", "1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole)"
    ),  # 15
    geo("970100012", "657242.9", "1795384.4", "2,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N20"),  # 16
    geo("590000004", "abc", "7059000"),  # 17 non-numeric
    geo("590000099", "1", "2"),  # 18 orphan
    geo("590000001", "1", "2"),  # 19 duplicate geolocation
    geo("590000005", "704000,5", "7058000"),  # 20 decimal comma
    geo("590000006", "704000", "7058000", "1,ATLASANTE,100,X,MYSTERE"),  # 21 unknown system
    "geolocalisation;590000007;1",  # 22 short geolocation
    "",  # a final line break
]


def write(tmp_path, lines=LINES, encoding="latin-1"):
    path = tmp_path / "etalab-cs1100507-stock-20260512-0339.csv"
    path.write_bytes("\n".join(lines).encode(encoding))
    return path


def test_establishments_exactly(tmp_path):
    result = parse_finess(write(tmp_path))
    e = result.establishments
    assert list(e["nofinesset"]) == ["590000001", "2A0000014", "970100012", "590000003", "590000004",
                                     "590000005", "590000006"]  # fmt: skip
    assert list(e["line"]) == [2, 3, 4, 7, 8, 10, 11]
    assert e.loc[0, "rs"] == "Hôpital Saint-Éloi"  # latin-1 decoded
    assert e.loc[5, "rs"] == 'CLINIQUE "A;B"'  # CSV quoting undone, ';' kept inside the name
    assert list(e["commune"]) == ["59350", "2A004", "97101", "59350", "59350", "59350", ""]
    assert list(e["numuai"]) == ["", "0590001A", "", "", "", "", ""]
    assert list(e["categetab"]) == ["355", "620", "365", "124", "124", "128", "355"]
    np.testing.assert_array_equal(e["x"], [703000.5, 1177000, 657242.9, np.nan, np.nan, 704000.5, 704000])
    np.testing.assert_array_equal(e["y"], [7059000.25, 6110000, 1795384.4, np.nan, np.nan, 7058000, 7058000])
    assert e["crs"].tolist() == [2154, 2154, 5490, pd.NA, 2154, 2154, pd.NA]
    assert str(e["crs"].dtype) == "Int64"
    assert result.header == "finess;etalab;111;2026-05-12"
    assert result.extract_date == "2026-05-12"
    assert result.lines_read == 22
    # points(): usable coordinates and a known system only.
    assert list(result.points()["nofinesset"]) == ["590000001", "2A0000014", "970100012", "590000005"]


def test_issues_exactly(tmp_path):
    issues = parse_finess(write(tmp_path)).issues
    assert list(issues.columns) == list(ISSUE_COLUMNS)
    got = list(issues[["line", "nofinesset", "reason"]].itertuples(index=False, name=None))
    assert got == [
        (5, "590000002", "short_line"),
        (6, "590000001", "duplicate_id"),
        (7, "590000003", "no_coordinates"),
        (8, "590000004", "bad_coordinates"),
        (9, "", "unknown_record"),
        (11, "590000006", "bad_commune"),
        (11, "590000006", "unknown_crs"),
        (12, "5900000", "bad_id"),
        (13, "590000007", "long_line"),
        (18, "590000099", "orphan_geolocation"),
        (19, "590000001", "duplicate_geolocation"),
        (22, "590000007", "short_line"),
    ]
    detail = dict(zip(issues["line"].astype(str) + issues["reason"], issues["detail"]))
    assert detail["6duplicate_id"] == "first read at line 2"
    assert detail["19duplicate_geolocation"] == "first read at line 14"
    assert detail["5short_line"] == "4 fields, 31 expected"
    assert detail["8bad_coordinates"] == "coordxet 'abc', coordyet '7059000'"
    assert detail["7no_coordinates"] == "no geolocalisation record"
    assert "MYSTERE" in detail["11unknown_crs"]
    assert set(issues["reason"]) <= set(REASONS)


def test_counts_by_reason(tmp_path):
    counts = parse_finess(write(tmp_path)).counts
    assert counts["short_line"] == 2 and counts["no_coordinates"] == 1 and sum(counts.values()) == 12


def test_every_source_kind_gives_the_same_result(tmp_path):
    path = write(tmp_path)
    reference = parse_finess(path)
    raw = path.read_bytes()
    for source in (
        str(path),
        raw,
        raw.decode("latin-1"),
        io.BytesIO(raw),
        io.StringIO(raw.decode("latin-1")),
    ):
        result = parse_finess(source)
        pd.testing.assert_frame_equal(result.establishments, reference.establishments)
        pd.testing.assert_frame_equal(result.issues, reference.issues)


def test_small_blocks_and_crlf_give_the_same_result(tmp_path, monkeypatch):
    import zoast_plugin.core.finess as finess

    reference = parse_finess(write(tmp_path))
    monkeypatch.setattr(finess, "BLOCK_SIZE", 37)  # lines cut across blocks
    crlf = tmp_path / "crlf.csv"
    crlf.write_bytes("\r\n".join(LINES).encode("latin-1"))
    for source in (write(tmp_path), crlf):
        result = parse_finess(source)
        pd.testing.assert_frame_equal(result.establishments, reference.establishments)
        pd.testing.assert_frame_equal(result.issues, reference.issues)


def test_utf8_file_read_as_latin1_is_reported_per_line(tmp_path):
    result = parse_finess(write(tmp_path, encoding="utf-8"))
    flagged = result.issues[result.issues["reason"] == "encoding_utf8"]
    # Lines holding non-ASCII text: 2 (Hôpital Saint-Éloi), 4 (établissements… in libsph), and so on.
    expected = [n for n, line in enumerate(LINES, 1) if not line.isascii()]
    assert list(flagged["line"]) == expected
    # 12 bytes either side of the first UTF-8 sequence (Ã´ = ô)
    assert (
        flagged["detail"].iloc[0]
        == "read as ';590780001;HÃ´pital Saint-', as UTF-8 ';590780001;Hôpital Saint-'"
    )
    # Read with the right encoding: no encoding issue, names right.
    right = parse_finess(write(tmp_path, encoding="utf-8"), encoding="utf-8")
    assert "encoding_utf8" not in set(right.issues["reason"])
    assert right.establishments.loc[0, "rs"] == "Hôpital Saint-Éloi"


def test_bytes_invalid_in_the_encoding_are_replaced_and_reported(tmp_path):
    path = write(tmp_path)  # latin-1 bytes (é = 0xe9) read as UTF-8
    result = parse_finess(path, encoding="utf-8")
    bad = result.issues[result.issues["reason"] == "encoding"]
    assert bad["line"].iloc[0] == 2
    assert bad["detail"].iloc[0].startswith("byte 0xf4 at column")  # the ô of Hôpital
    assert result.establishments.loc[0, "rs"] == "H\ufffdpital Saint-\ufffdloi"
    assert len(result.establishments) == 7  # nothing dropped for it


def test_spreadsheet_resave_is_tolerated():
    """Leading zeros lost, sourcecoordet commas turned into ';' (seen in public copies)."""
    line = structure("010002301", "PHARMACIE", "4", "1", "620", "Pharmacie d'Officine")
    resaved = ";".join(
        [
            "geolocalisation",
            "010002301",
            "882538.9",
            "6542885.8",
            "1",
            "ATLASANTE",
            "100",
            "IGN",
            "BD_ADRESSE",
        ]
        + ["V2.1", "LAMBERT_93", "2016-02-29"]
    )
    text = "\n".join([line, resaved])
    result = parse_finess(text + "\n")
    e = result.establishments
    assert e.loc[0, "commune"] == "01004"
    assert e.loc[0, "crs"] == 2154 and e.loc[0, "x"] == 882538.9
    assert e.loc[0, "sourcecoordet"] == "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.1,LAMBERT_93"
    assert result.header == "" and result.issues.empty


@pytest.mark.parametrize(
    "departement, commune, expected",
    [
        ("59", "350", "59350"),
        ("01", "451", "01451"),
        ("2A", "004", "2A004"),
        ("2b", "096", "2B096"),
        ("9A", "101", "97101"),  # Les Abymes
        ("9D", "411", "97411"),  # Saint-Denis (Réunion)
        ("9F", "610", "97610"),  # Koungou (Mayotte)
        ("9J", "613", "98613"),  # Uvea (Wallis-et-Futuna)
        ("1", "4", "01004"),  # spreadsheet lost the zeros
        ("97", "101", ""),
        ("XX", "350", ""),
        ("59", "", ""),
        ("59", "35A", ""),
    ],
)
def test_insee_code(departement, commune, expected):
    assert insee_code(departement, commune) == expected


@pytest.mark.parametrize(
    "source, expected",
    [
        ("1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93", 2154),
        ("2,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N20", 5490),
        ("2,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N22", 2972),
        ("2,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S40", 2975),
        ("2,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S38", 4471),
        ("2,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N21", 32621),
        ("1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole)", 2154),
        ("2,ATLASANTE,96,BAN,EPSG:5490 RGAF09/UTM Zone 20N (Antilles)", 5490),
        ("2,ATLASANTE,90,BAN,WGS84/UTM zone 21N (St-Pierre-et-Miquelon)", 32621),
        ("2,ATLASANTE,90,BAN,WGS84/UTM zone 38S", 32738),
        ("1,ATLASANTE,100,X,MYSTERE", None),
        ("", None),
    ],
)
def test_crs_from_source(source, expected):
    assert crs_from_source(source) == expected


def test_crs_names_can_be_overridden(tmp_path):
    assert crs_from_source("1,X,UTM_N20", {"UTM_N20": 4559}) == 4559
    result = parse_finess(write(tmp_path), crs_by_name={**CRS_BY_NAME, "MYSTERE": 2154})
    assert result.establishments["crs"].tolist()[-1] == 2154
    assert "unknown_crs" not in set(result.issues["reason"])


def test_progress_reaches_one_and_cancel_stops(tmp_path, monkeypatch):
    import zoast_plugin.core.finess as finess

    monkeypatch.setattr(finess, "BLOCK_SIZE", 200)
    seen = []
    parse_finess(write(tmp_path), progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 3

    def cancel(fraction):
        if fraction > 0.3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        parse_finess(write(tmp_path), progress=cancel)
    assert gc.isenabled()  # the collector, paused while parsing, is back


def test_a_bare_record_type_is_a_short_line():
    result = parse_finess(
        structure("590000001", "CH", "350", "59", "355", "CH") + "\nstructureet\ngeolocalisation\n"
    )
    assert result.issues[["line", "nofinesset", "reason"]].values.tolist() == [
        [1, "590000001", "no_coordinates"],
        [2, "", "short_line"],
        [3, "", "short_line"],
    ]


def test_a_file_with_no_structureet_record_is_an_error():
    with pytest.raises(InputError) as error:
        parse_finess("a,b,c\n1,2,3\n")
    assert "no 'structureet' record in 2 line(s)" in str(error.value)


def test_a_missing_file_is_an_error(tmp_path):
    with pytest.raises(InputError) as error:
        parse_finess(tmp_path / "absent.csv")
    assert "absent.csv" in str(error.value) and "not found" in str(error.value)
