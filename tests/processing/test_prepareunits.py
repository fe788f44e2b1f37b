"""zoast:prepareunits through processing.run: official layouts, code vintages, issues, bad files, the sample."""

import io
import sqlite3
import zipfile

import pandas as pd
import processing
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.conftest import SAMPLE_GPKG
from tests.layers import layer_rows, memory_layer


def square(x0, y0, size=1000):
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x0, y0, x0 + size, y0 + size)


#: EPSG:3035: Lille (1 km²), Tielt after the 2025 merger (4 km²), Tournai with no population file row.
OUTLINES = [  # the country is read from the file a code joins; Tournai, with no population, says its own
    (square(0, 0), {"insee": "59350", "nom": "Lille", "country": None}),
    (square(5000, 0, 2000), {"insee": "37022", "nom": "", "country": None}),
    (square(9000, 0), {"insee": "57081", "nom": "Tournai", "country": "BE"}),
]
INSEE = ("CODGEO;LIBGEO;P21_POP0014;P21_POP1529;P21_POP3044;P21_POP4559;P21_POP6074;P21_POP7589;P21_POP90P\n"
         "59350;Lille;35000;70000;45000;38000;30000;16000;2710\n"
         "59999;Ancienne;1;2;3;4;5;6;7\n"  # a former commune: not in the outlines, not in the change table
         "62041;Arras;8000;9000;8000;7000;6000;3000;400\n")
STATBEL = ("CD_REFNIS|TX_DESCR_NL|TX_DESCR_FR|CD_SEX|CD_NATLTY|CD_AGE|MS_POPULATION|CD_YEAR\n"
           "37007|Meulebeke|Meulebeke|M|BEL|10|50|2024\n37007|Meulebeke|Meulebeke|F|ETR|10|4|2024\n"
           "37015|Tielt|Tielt|M|BEL|35|100|2024\n37015|Tielt|Tielt|F|BEL|95|6|2024\n")


class Recorder(QgsProcessingFeedback):
    """Keeps the warnings of a run."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.warnings.append(text)


def outlines():
    return memory_layer("Polygon", "EPSG:3035", {"insee": str, "nom": str, "country": str}, OUTLINES, "outlines")


def files(tmp_path):
    insee = tmp_path / "base-cc-evol-struct-pop-2021.csv"
    insee.write_bytes(INSEE.encode("cp1252"))
    statbel = tmp_path / "TF_SOC_POP_STRUCT_2024.zip"
    with zipfile.ZipFile(statbel, "w") as archive:
        archive.writestr("TF_SOC_POP_STRUCT_2024.txt", "\ufeff" + STATBEL)
    return [str(insee), str(statbel)]


def run(tmp_path, **extra):
    parameters = {"OUTLINES": outlines(), "OUTLINE_CODE_FIELD": "insee", "OUTLINE_NAME_FIELD": "nom",
                  "POPULATION_FILES": files(tmp_path), "OUTPUT": "memory:", "ISSUES": "memory:"}
    parameters.update(extra)
    return processing.run("zoast:prepareunits", parameters)


def test_units_from_insee_and_statbel_files(zoast_provider, tmp_path):
    result = run(tmp_path)
    units = {r["unit_id"]: r for r in layer_rows(result["OUTPUT"])}
    assert list(units) == ["FR:59350", "BE:37022", "BE:57081"]
    lille = units["FR:59350"]
    assert (lille["country"], lille["name"], lille["population"], lille["pop_year"]) == ("FR", "Lille", 236710, 2021)
    assert [lille[b] for b in ("pop_0_14", "pop_15_29", "pop_30_44", "pop_45_59", "pop_60_74", "pop_75_89",
                               "pop_90p")] == [35000, 70000, 45000, 38000, 30000, 16000, 2710]
    assert lille["area_km2"] == pytest.approx(1.0)
    tielt = units["BE:37022"]  # Meulebeke (37007) and Tielt (37015) merged on 1 January 2025
    assert (tielt["country"], tielt["name"], tielt["population"], tielt["pop_year"]) == ("BE", "Tielt", 160, 2024)
    assert (tielt["pop_0_14"], tielt["pop_30_44"], tielt["pop_90p"], tielt["area_km2"]) == (54, 100, 6, 4.0)
    assert units["BE:57081"]["population"] is None
    issues = {(r["code"], r["issue"]) for r in layer_rows(result["ISSUES"])}
    assert issues == {("59999", "code_not_in_outlines"), ("62041", "code_not_in_outlines"),
                      ("57081", "unit_without_population"), ("37007", "code_recoded"), ("37015", "code_recoded")}
    assert (result["UNIT_COUNT"], result["NO_POPULATION_COUNT"], result["NOT_JOINED_COUNT"],
            result["RECODED_COUNT"]) == (3, 1, 2, 2)
    assert result["POPULATION"] == 236710 + 160


def test_other_age_bands(zoast_provider, tmp_path):
    result = run(tmp_path, AGE_BANDS="0,15,75", POPULATION_FILES=files(tmp_path)[1:])
    tielt = {r["unit_id"]: r for r in layer_rows(result["OUTPUT"])}["BE:37022"]
    assert (tielt["pop_0_14"], tielt["pop_15_74"], tielt["pop_75p"]) == (54, 100, 6)


def test_a_file_without_a_year_is_warned_when_the_year_is_not_given(zoast_provider, tmp_path):
    plain = tmp_path / "population.csv"
    plain.write_text("CD_REFNIS;CD_AGE;MS_POPULATION\n57081;40;1000\n", encoding="utf-8")  # no year anywhere
    feedback = Recorder()
    processing.run("zoast:prepareunits", {
        "OUTLINES": outlines(), "OUTLINE_CODE_FIELD": "insee", "POPULATION_FILES": [str(plain)],
        "OUTPUT": "memory:", "ISSUES": "memory:"}, feedback=feedback)
    assert [w for w in feedback.warnings if w.startswith("population.csv: the year") and "YEAR" in w]
    feedback = Recorder()
    processing.run("zoast:prepareunits", {
        "OUTLINES": outlines(), "OUTLINE_CODE_FIELD": "insee", "POPULATION_FILES": [str(plain)], "YEAR": 2023,
        "OUTPUT": "memory:", "ISSUES": "memory:"}, feedback=feedback)
    assert not [w for w in feedback.warnings if "the year" in w]


def test_the_year_parameter_for_a_file_that_does_not_say(zoast_provider, tmp_path):
    plain = tmp_path / "population.csv"
    plain.write_text("CD_REFNIS;CD_AGE;MS_POPULATION\n57081;40;1000\n", encoding="utf-8")  # no year anywhere
    row = {r["unit_id"]: r for r in layer_rows(run(tmp_path, POPULATION_FILES=[str(plain)], YEAR=2023)["OUTPUT"])}
    assert row["BE:57081"]["pop_year"] == 2023 and row["BE:57081"]["population"] == 1000


@pytest.mark.parametrize("content, extra, pattern", [
    (b"CODGEO P21_POP\n59350 1\n", {}, r"no column separator"),
    (INSEE.encode("cp1252").replace(b"Lille", b"Lill\xe9"), {"ENCODING": "utf-8"},
     r"line 2 cannot be read as utf-8.*windows-1252"),
    (b"CODGEO;P21_POP0014\n59350;1\n", {}, r"INSEE age column\(s\) missing"),
    (b"CODGEO;P21_POP\n59350;1\n", {}, r"not a population table"),
    (b"CD_REFNIS|CD_AGE|MS_POPULATION\n57081|3|a lot\n", {}, r"'MS_POPULATION'.*not counts.*57081"),
], ids=["delimiter", "encoding", "missing-bands", "unknown-layout", "not-a-number"])
def test_bad_files_give_clear_errors(zoast_provider, tmp_path, content, extra, pattern):
    path = tmp_path / "population_2021.csv"
    path.write_bytes(content)
    with pytest.raises(QgsProcessingException, match=pattern):
        run(tmp_path, POPULATION_FILES=[str(path)], **extra)


def test_an_insee_zip_with_its_variable_list_is_read_as_downloaded(zoast_provider, tmp_path):
    """INSEE ships base-cc-evol-struct-pop-2021_csv.zip with the table and meta_<table>.CSV."""
    archive_path = tmp_path / "base-cc-evol-struct-pop-2021_csv.zip"
    with zipfile.ZipFile(archive_path, "w") as archive:
        archive.writestr("base-cc-evol-struct-pop-2021.CSV", INSEE.encode("cp1252"))
        archive.writestr("meta_base-cc-evol-struct-pop-2021.CSV", "COD_VAR;LIB_VAR\nP21_POP0014;Pop 0-14 ans\n")
    result = run(tmp_path, POPULATION_FILES=[str(archive_path)])
    assert {r["unit_id"]: r for r in layer_rows(result["OUTPUT"])}["FR:59350"]["population"] == 236710


def test_spreadsheets_and_zips_with_two_tables_are_refused(zoast_provider, tmp_path):
    sheet = tmp_path / "population.xlsx"
    sheet.write_bytes(b"PK")
    with pytest.raises(QgsProcessingException, match=r"spreadsheet: save its table as CSV"):
        run(tmp_path, POPULATION_FILES=[str(sheet)])
    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as archive:
        archive.writestr("a.csv", "x;y\n")
        archive.writestr("b.txt", "x;y\n")
    with pytest.raises(QgsProcessingException, match=r"holds 2 CSV or text tables"):
        run(tmp_path, POPULATION_FILES=[str(two)])
    with pytest.raises(QgsProcessingException, match=r"lower bound of each band"):
        run(tmp_path, AGE_BANDS="15,30")
    with pytest.raises(QgsProcessingException, match=r"no field 'pays'"):
        run(tmp_path, OUTLINE_COUNTRY_FIELD="pays")


def test_an_empty_outlines_layer_is_a_clear_error(zoast_provider, tmp_path):
    empty = memory_layer("Polygon", "EPSG:3035", {"insee": str, "nom": str, "country": str}, [], "outlines")
    with pytest.raises(QgsProcessingException, match=r"has no feature"):
        run(tmp_path, OUTLINES=empty)


def test_a_code_in_two_files_is_listed_and_counted_once(zoast_provider, tmp_path):
    again = tmp_path / "again_2021.csv"
    again.write_bytes(INSEE.encode("cp1252"))
    result = run(tmp_path, POPULATION_FILES=files(tmp_path) + [str(again)])
    issues = [(r["code"], r["issue"]) for r in layer_rows(result["ISSUES"])]
    assert ("59350", "duplicate_code") in issues
    assert {r["unit_id"]: r for r in layer_rows(result["OUTPUT"])}["FR:59350"]["population"] == 236710


def test_a_code_held_by_two_outlines_is_listed_and_warned(zoast_provider, tmp_path):
    """Single-part outlines (a commune cut in two features) each receive the code's whole population:
    the code is listed, with the number of outlines, and the log says it is counted twice."""
    twice = OUTLINES + [(square(0, 2000), {"insee": "59350", "nom": "Lille (part)", "country": None})]
    layer = memory_layer("Polygon", "EPSG:3035", {"insee": str, "nom": str, "country": str}, twice, "outlines")
    feedback = Recorder()
    result = processing.run("zoast:prepareunits", {
        "OUTLINES": layer, "OUTLINE_CODE_FIELD": "insee", "OUTLINE_NAME_FIELD": "nom",
        "POPULATION_FILES": files(tmp_path), "OUTPUT": "memory:", "ISSUES": "memory:"}, feedback=feedback)
    issues = [(r["country"], r["code"], r["issue"], r["detail"]) for r in layer_rows(result["ISSUES"])]
    assert ("FR", "59350", "duplicate_outline", "2") in issues
    assert [w for w in feedback.warnings if "1 code(s) are held by several outlines" in w and "59350" in w]


@pytest.mark.slow
def test_the_sample_units_rebuilt_from_official_layouts_give_the_same_bands(zoast_provider, tmp_path):
    """The sample's bands written out as INSEE's wide file (France) and Statbel's long file (Belgium, one row
    per municipality, age and sex), then read back with the sample's bare outlines: identical bands."""
    bands = ["pop_0_14", "pop_15_29", "pop_30_44", "pop_45_59", "pop_60_74", "pop_75_89", "pop_90p"]
    with sqlite3.connect(str(SAMPLE_GPKG)) as db:
        units = pd.read_sql("select unit_id, country, {} from units".format(", ".join(bands)), db)
    units["code"] = units["unit_id"].str[3:]
    france = units.loc[units["country"] == "FR"]
    insee = io.StringIO()
    wide = france[["code", *bands]].rename(columns=dict(
        code="CODGEO", pop_0_14="P21_POP0014", pop_15_29="P21_POP1529", pop_30_44="P21_POP3044",
        pop_45_59="P21_POP4559", pop_60_74="P21_POP6074", pop_75_89="P21_POP7589", pop_90p="P21_POP90P"))
    wide.to_csv(insee, sep=";", index=False)
    (tmp_path / "base-cc-evol-struct-pop-2021.csv").write_text(insee.getvalue(), encoding="cp1252")
    belgium = units.loc[units["country"] == "BE"]
    rows = []
    for band, age in zip(bands, (0, 15, 30, 45, 60, 75, 90)):
        men = belgium[band] // 2
        rows.append(pd.DataFrame({"CD_REFNIS": belgium["code"], "CD_SEX": "M", "CD_AGE": age, "MS_POPULATION": men}))
        rows.append(pd.DataFrame({"CD_REFNIS": belgium["code"], "CD_SEX": "F", "CD_AGE": age + 3,
                                  "MS_POPULATION": belgium[band] - men}))
    pd.concat(rows).to_csv(tmp_path / "TF_SOC_POP_STRUCT_2024.txt", sep="|", index=False)
    outlines = QgsVectorLayer("{}|layername=units".format(SAMPLE_GPKG), "units", "ogr")
    result = processing.run("zoast:prepareunits", {
        "OUTLINES": outlines, "OUTLINE_CODE_FIELD": "unit_id", "OUTLINE_COUNTRY_FIELD": "",
        "OUTLINE_NAME_FIELD": "name",
        "POPULATION_FILES": [str(tmp_path / "base-cc-evol-struct-pop-2021.csv"),
                             str(tmp_path / "TF_SOC_POP_STRUCT_2024.txt")],
        "OUTPUT": "memory:", "ISSUES": "memory:"})
    rebuilt = pd.DataFrame(layer_rows(result["OUTPUT"])).set_index("unit_id")
    expected = units.set_index("unit_id")
    assert len(rebuilt) == len(expected) == 3193
    for band in bands:
        assert (rebuilt.loc[expected.index, band].astype(int) == expected[band]).all(), band
    assert (rebuilt.loc[expected.index, "country"] == expected["country"]).all()
    assert result["NO_POPULATION_COUNT"] == 0 and result["NOT_JOINED_COUNT"] == 0
