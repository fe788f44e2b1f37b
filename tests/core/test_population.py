"""Population by age from INSEE and Statbel files in their official layouts, re-coded and joined (hand cases)."""

import numpy as np
import pandas as pd
import pytest

from zoast_plugin.core.errors import InputError
from zoast_plugin.core.population import (
    INSEE_BOUNDS,
    ISSUE_DUPLICATE,
    ISSUE_NO_POPULATION,
    ISSUE_NOT_IN_OUTLINES,
    ISSUE_RECODED,
    ISSUE_SPLIT,
    STATBEL,
    band_names,
    join_population,
    parse_bounds,
    population_table,
    read_code_changes,
    read_table,
)

BANDS = band_names(INSEE_BOUNDS)
CHANGES = read_code_changes(pd.DataFrame(
    [("FR", "59999", "59350", "Lille"), ("BE", "37007", "37022", "Tielt"), ("BE", "37015", "37022", "Tielt"),
     ("FR", "02999", "02001", "Abbécourt"), ("FR", "02999", "02002", "X")],
    columns=["country", "old_code", "new_code", "new_name"]))


def table(text: str, name: str, encoding: str = "utf-8", **kwargs):
    return population_table(read_table(text.encode(encoding), name), name, **kwargs)


# --------------------------------------------------------------------------- layouts

INSEE_WIDE = (
    "CODGEO;LIBGEO;P21_POP;P21_POP0014;P21_POP1529;P21_POP3044;P21_POP4559;P21_POP6074;P21_POP7589;P21_POP90P\n"
    "59350;Lille;236710;35000;70000;45000;38000;30000;16000;2710\n"
    "59999;Hellemmes (ancienne);18000,5;3000;3000;3000;3000;3000;2500;500\n"
    "02001;Abbécourt;527;100;80;100;120;80;40;7\n"
)


def test_insee_wide_sums_its_seven_bands_and_takes_the_year():
    result = table(INSEE_WIDE, "base-cc-evol-struct-pop-2021.csv", encoding="cp1252")
    assert (result.layout, result.country, result.year) == ("insee_wide", "FR", 2021)
    lille = result.frame.set_index("code").loc["59350"]
    assert [lille[b] for b in BANDS] == [35000, 70000, 45000, 38000, 30000, 16000, 2710]
    assert lille["population"] == 236710


def test_insee_wide_in_coarser_bands_and_refused_in_finer_ones():
    coarse = table(INSEE_WIDE, "insee.csv", bounds=(0, 15, 60, 75)).frame.set_index("code").loc["02001"]
    assert [coarse[b] for b in band_names((0, 15, 60, 75))] == [100, 80 + 100 + 120, 80, 40 + 7]
    with pytest.raises(InputError, match="seven bands"):
        table(INSEE_WIDE, "insee.csv", bounds=(0, 20, 65))


def test_insee_single_ages_wide_per_sex():
    ages = list(range(101))
    header = "CODGEO;LIBGEO;" + ";".join("SEXE{}_AGED100{:03d}".format(s, a) for s in (1, 2) for a in ages)
    men = [10] * 101  # 10 men of each age
    women = [a for a in ages]  # a women of age a
    text = header + "\n02001;Abbécourt;" + ";".join(map(str, men + women)) + "\n"
    frame = table(text, "BTX_TD_POP1B_2020.csv", bounds=(0, 15, 65)).frame.set_index("code").loc["02001"]
    assert frame["pop_0_14"] == 15 * 10 + sum(range(15))
    assert frame["pop_15_64"] == 50 * 10 + sum(range(15, 65))
    assert frame["pop_65p"] == 36 * 10 + sum(range(65, 101))
    assert frame["population"] == 1010 + sum(ages)


def test_insee_single_ages_long():
    text = "CODGEO;SEXE;AGED100;NB\n59350;1;014;5\n59350;2;014;7\n59350;1;015;3\n59350;2;100;2\n"
    result = table(text, "td_pop_2019.csv")
    lille = result.frame.set_index("code").loc["59350"]
    assert (lille["pop_0_14"], lille["pop_15_29"], lille["pop_90p"], lille["population"]) == (12, 3, 2, 17)
    assert result.year == 2019


STATBEL_2024 = (  # one row per municipality × sex × nationality × age, pre-2025 codes (Meulebeke, Tielt)
    "CD_REFNIS|TX_DESCR_NL|TX_DESCR_FR|CD_SEX|CD_NATLTY|CD_AGE|MS_POPULATION|CD_YEAR\n"
    "37007|Meulebeke|Meulebeke|M|BEL|10|50|2024\n"
    "37007|Meulebeke|Meulebeke|F|ETR|10|4|2024\n"
    "37007|Meulebeke|Meulebeke|F|BEL|80|30|2024\n"
    "37015|Tielt|Tielt|M|BEL|35|100|2024\n"
    "37015|Tielt|Tielt|F|BEL|95|6|2024\n"
    "57081|Tournai|Tournai|M|BEL|40|1000|2024\n"
)


def test_statbel_long_with_sex_and_nationality():
    result = table(STATBEL_2024, "TF_SOC_POP_STRUCT_2024.txt")
    assert (result.layout, result.country, result.year) == (STATBEL, "BE", 2024)
    meulebeke = result.frame.set_index("code").loc["37007"]
    assert (meulebeke["pop_0_14"], meulebeke["pop_75_89"], meulebeke["population"]) == (54, 30, 84)
    assert meulebeke["name_nl"] == "Meulebeke"


def test_older_statbel_column_names():
    text = "CD_MUNTY_REFNIS;TX_MUNTY_DESCR_FR;CD_AGE;MS_POPULATION\n57081;Tournai;3;10\n57081;Tournai;95;1\n"
    result = table(text, "TF_SOC_POP_STRUCT_2018.csv")
    assert result.year == 2018
    assert result.frame.set_index("code").loc["57081", "pop_90p"] == 1


# --------------------------------------------------------------------------- joining


def outlines(rows):
    return pd.DataFrame(rows, columns=["code", "country", "name", "area_km2"])


def test_pre_2025_codes_join_2025_outlines_by_summing_the_merged_municipalities():
    units = outlines([("BE:37022", "BE", None, 118.9), ("57081", "BE", "Tournai", 213.8)])
    joined, issues = join_population(units, [table(STATBEL_2024, "TF_SOC_POP_STRUCT_2024.txt")], CHANGES)
    tielt = joined.set_index("unit_id").loc["BE:37022"]
    assert tielt["population"] == 84 + 106
    assert (tielt["pop_0_14"], tielt["pop_30_44"], tielt["pop_75_89"], tielt["pop_90p"]) == (54, 100, 30, 6)
    assert tielt["name"] == "Tielt"  # the outlines had no name: the current unit's, not a former one's
    assert joined.set_index("unit_id").loc["BE:57081", "population"] == 1000
    recoded = issues.loc[issues["issue"] == ISSUE_RECODED, ["code", "detail"]].values.tolist()
    assert recoded == [["37007", "37022"], ["37015", "37022"]]


def test_every_problem_is_an_issue_row():
    units = outlines([("59350", "FR", "Lille", 34.8), ("02001", "FR", "Abbécourt", 5.0), ("02002", "FR", "X", 3.0),
                      ("08105", "FR", "Charleville", 31.4)])
    wide = table(INSEE_WIDE + "02999;Fusionnée;10;1;1;1;1;1;1;4\n", "insee_2021.csv")
    again = table("CODGEO;P21_POP0014;P21_POP1529;P21_POP3044;P21_POP4559;P21_POP6074;P21_POP7589;P21_POP90P\n"
                  "59350;1;1;1;1;1;1;1\n77777;1;1;1;1;1;1;1\n", "other_2021.csv")
    joined, issues = join_population(units, [wide, again], CHANGES)
    rows = issues[["code", "issue"]].values.tolist()
    assert ["77777", ISSUE_NOT_IN_OUTLINES] in rows
    assert ["08105", ISSUE_NO_POPULATION] in rows and ["02002", ISSUE_NO_POPULATION] in rows
    assert ["59350", ISSUE_DUPLICATE] in rows
    assert ["02999", ISSUE_SPLIT] in rows  # 02999 → 02001 and 02002: never guessed
    assert ["59999", ISSUE_RECODED] in rows
    lille = joined.set_index("unit_id").loc["FR:59350"]
    assert lille["population"] == 236710 + 18000  # Lille + the former commune 59999 merged into it
    assert pd.isna(joined.set_index("unit_id").loc["FR:08105", "population"])
    assert issues["issue"].tolist()[0] == ISSUE_NOT_IN_OUTLINES  # the order of the list


# --------------------------------------------------------------------------- bad files


def test_bad_files_say_what_to_do():
    with pytest.raises(InputError, match=r"'base\.csv'.*no column separator"):
        read_table(b"CODGEO P21_POP\n59350 1\n", "base.csv")
    latin = "CODGEO;LIBGEO\n02001;Abbécourt\n".encode("latin-1") + b"\x81\n"
    with pytest.raises(InputError, match=r"line 3 cannot be read as utf-8-sig / cp1252.*windows-1252"):
        read_table(latin, "insee.csv")
    assert read_table(latin[:-2], "insee.csv", "latin-1")["LIBGEO"].tolist() == ["Abbécourt"]
    with pytest.raises(InputError, match=r"not a population table.*CODGEO, P21_POP"):
        table("CODGEO;P21_POP\n59350;10\n", "pop.csv")
    with pytest.raises(InputError, match=r"2 INSEE age column\(s\) missing for 2021.*75, 90"):
        table("CODGEO;P21_POP0014;P21_POP1529;P21_POP3044;P21_POP4559;P21_POP6074\n59350;1;1;1;1;1\n", "x.csv")
    with pytest.raises(InputError, match=r"'MS_POPULATION'.*not counts.*57081"):
        table("CD_REFNIS|CD_AGE|MS_POPULATION\n57081|3|beaucoup\n", "statbel.txt")
    with pytest.raises(InputError, match=r"'CD_AGE'.*without an age"):
        table("CD_REFNIS|CD_AGE|MS_POPULATION\n57081||3\n", "statbel.txt")
    with pytest.raises(InputError, match=r"1 line\(s\) do not have the 3 columns.*line\(s\) 3"):
        read_table(b"a;b;c\n1;2;3\n1;2\n", "short.csv")


@pytest.mark.parametrize("text", ["", "15,30", "0,30,15", "0,a", "0,200"])
def test_bad_bounds(text):
    with pytest.raises(InputError, match="lower bound of each band"):
        parse_bounds(text)


def test_bounds_and_names():
    assert parse_bounds("0, 15,30;45,60,75,90") == INSEE_BOUNDS
    assert band_names((0, 20, 65)) == ["pop_0_19", "pop_20_64", "pop_65p"]
    assert np.array_equal(np.asarray(INSEE_BOUNDS), [0, 15, 30, 45, 60, 75, 90])
