"""The streamed parser of the FINESS Structures feed on hand-made documents (core.finess_json)."""

import json

import numpy as np
import pytest

from zoast_plugin.core import finess_json
from zoast_plugin.core.errors import InputError


def ege(finess_id, category="355", state="A", lat="50.63", lon="3.06", x=None, y=None, commune="59350"):
    point = {key: value for key, value in (("directionLatitude", lat), ("directionLongitude", lon),
                                           ("coordonneeX", x), ("coordonneeY", y)) if value is not None}
    return {"informationsGeneralesEGE": {"egeId": "1", "numFinessEge": finess_id, "nomEgeCourt": "N",
                                         "nomEgeLong": "Nom long", "dateOuverture": "2000-01-01"},
            "categorieentiteGeographiqueExercice": category, "etatObjet": state,
            "adresse": [{"cogCommune": commune, "codePostal": "59000", "coordonneesGeographique": point}]}


def feed(*egelists, **top):
    document = {"schemaVersion": "v1.0.0", "generatedAt": "2026-11-02T00:00:00Z", "gcc": [{"gccId": "1"}]}
    document.update(top)
    document["pmej"] = [{"informationsGeneralesPMEJ": {"numFinessPm": "59000000{}".format(i)}, "ege": egelist}
                        for i, egelist in enumerate(egelists)]
    return document


def test_minified_feed_on_one_line():
    text = json.dumps(feed([ege("590000001"), ege("590000002", state="I")], [ege("590000003", lat=None, lon=None,
                                                                                  x="7059000", y="703000")]))
    result = finess_json.parse_finess_json(text.encode("utf-8"))
    frame = result.establishments
    assert list(frame["nofinesset"]) == ["590000001", "590000003"]
    assert list(frame["nofinessej"]) == ["590000000", "590000001"]
    assert list(frame["line"]) == [1, 1]
    assert np.isnan(frame["lon"][1]) and (frame["proj_x"][1], frame["proj_y"][1]) == (7059000.0, 703000.0)
    assert list(frame["proj_crs"].astype("float64").fillna(0)) == [0.0, 2154.0]  # a CRS only with a pair
    assert list(result.issues["reason"]) == ["closed"]
    assert (result.legal_entities, result.establishments_read, result.generated_at) == (2, 3,
                                                                                         "2026-11-02T00:00:00Z")


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64])
def test_any_block_size_gives_the_same_result(monkeypatch, block):
    text = json.dumps(feed([ege("590000001"), ege("970100001", commune="97101", lat="16.24", lon="-61.53")]),
                      indent=1, ensure_ascii=False)
    whole = finess_json.parse_finess_json(text.encode("utf-8"))
    monkeypatch.setattr(finess_json, "BLOCK_SIZE", block)
    parts = finess_json.parse_finess_json(text.encode("utf-8"))
    assert parts.establishments.equals(whole.establishments)
    assert list(parts.establishments["departement"]) == ["59", "971"]


def test_pmej_before_other_members_and_numbers_at_the_top_level():
    document = {"pmej": [{"ege": [ege("590000001")]}], "count": 12345, "flag": True, "gco": []}
    result = finess_json.parse_finess_json(json.dumps(document).encode())
    assert list(result.establishments["nofinesset"]) == ["590000001"]


def test_bare_list_numbers_for_strings_and_lost_leading_zeros():
    record = ege("010780195", commune="01053")
    record["informationsGeneralesEGE"]["numFinessEge"] = 10780195
    record["adresse"][0]["cogCommune"] = 1053
    record["categorieentiteGeographiqueExercice"] = {"code": 365, "system": "tre-r397"}
    record["adresse"][0]["coordonneesGeographique"] = {"directionLatitude": 46.21, "directionLongitude": "5,25"}
    result = finess_json.parse_finess_json(json.dumps([{"ege": [record]}]).encode())
    row = result.establishments.iloc[0]
    assert (row["nofinesset"], row["commune"], row["departement"], row["categetab"], row["lat"], row["lon"]) == (
        "010780195", "01053", "01", "365", 46.21, 5.25)


@pytest.mark.parametrize("text, pattern", [
    ('{"pmej": [{"ege": []}', "not valid JSON"),
    ('{"pmej": [1, ', "not valid JSON"),
    ('"a"', "expected a JSON object"),
    ('{"features": []}', "no 'pmej' array"),
    ('[]', r"no establishment \(no 'ege' record in its 0 legal"),  # was an import of 0 points, no warning
    ('{"schemaVersion": "v1.0.0", "pmej": []}', "nothing to import"),
    ('{"pmej": [{"ege": []}]}', r"in its 1 legal entit"),
])
def test_broken_or_foreign_json(text, pattern):
    with pytest.raises(InputError, match=pattern):
        finess_json.parse_finess_json(text.encode())


def test_sniff():
    assert finess_json.sniff(b"\xef\xbb\xbf  {\"pmej\"") == "json"
    assert finess_json.sniff(b"finess;etalab;111;2026-05-12\nstructureet;") == "csv"
    assert finess_json.sniff(b"PK\x03\x04\x00\x00") == "binary"
