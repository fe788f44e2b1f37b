"""Category mapping: the packaged FINESS table, user tables, unknown codes counted, bad tables."""

import numpy as np
import pandas as pd
import pytest

from zoast_plugin.core.categories import (
    CATEGORIES,
    FINESS_FEED_TABLE,
    FINESS_TABLE,
    OTHER,
    UNKNOWN_COLUMNS,
    check_category_words,
    finess_feed_mapping,
    finess_mapping,
    map_categories,
    normalise_codes,
    read_labels,
    read_mapping,
)
from zoast_plugin.core.errors import InputError


def test_packaged_finess_table():
    raw = pd.read_csv(FINESS_TABLE, dtype=str, keep_default_na=False)
    assert list(raw.columns) == ["code", "category", "label_fr", "evidence"]
    assert raw["code"].is_unique and raw["code"].str.fullmatch(r"\d{3}").all()
    assert set(raw["evidence"]) == {"extract", "label-seen", "memory", "value-set"}
    assert set(raw["category"]) <= set(CATEGORIES)  # the table uses the plugin's vocabulary only
    mapping = finess_mapping()
    assert mapping["101"] == mapping["355"] == mapping["365"] == "hospital"
    assert mapping["620"] == "pharmacy"
    assert mapping["603"] == "gp_group"
    assert mapping["124"] == "health_centre"
    assert mapping["500"] == "nursing_home"
    assert mapping["141"] == mapping["146"] == "dialysis"  # 141 is "Centre de dialyse"
    assert len(mapping) == len(raw)


def test_packaged_feed_table():
    """The TRE-R397 table of the JSON feed: same columns, the plugin's words, the codes seen in the ANS sample."""
    raw = pd.read_csv(FINESS_FEED_TABLE, dtype=str, keep_default_na=False)
    assert list(raw.columns) == ["code", "category", "label_fr", "evidence"]
    assert raw["code"].is_unique and raw["code"].str.fullmatch(r"\d{3}").all()
    assert set(raw["category"]) <= set(CATEGORIES)
    mapping = finess_feed_mapping()
    assert (mapping["355"], mapping["365"], mapping["141"], mapping["146"], mapping["109"], mapping["500"]) == (
        "hospital", "hospital", "dialysis", "dialysis", "rehabilitation", "nursing_home")
    assert read_labels(FINESS_FEED_TABLE)["141"] == "Centre de dialyse"


def test_unknown_codes_become_other_and_are_counted_with_examples():
    codes = ["355", "462", "620", "462", "999", "462", None, 355.0]
    ids = ["A", "B", "C", "D", "E", "F", "G", "H"]
    labels = ["CH", "Lieux de Vie", "Pharmacie", "Lieux de Vie bis", "Inconnu", "LdV", "", "CH"]
    result = map_categories(
        codes, {"355": "hospital", "620": "pharmacy"}, ids=ids, labels=labels, max_examples=2
    )
    assert list(result.categories) == ["hospital", OTHER, "pharmacy", OTHER, OTHER, OTHER, OTHER, "hospital"]
    assert list(result.unknown.columns) == list(UNKNOWN_COLUMNS)
    assert result.unknown.to_dict("records") == [
        {"code": "462", "label": "Lieux de Vie", "count": 3, "examples": "B, D, …"},
        {"code": "", "label": "", "count": 1, "examples": "G"},
        {"code": "999", "label": "Inconnu", "count": 1, "examples": "E"},
    ]
    assert result.n_unknown == 5


def test_no_unknown_gives_an_empty_table_with_the_columns():
    result = map_categories(["1", "2"], {"1": "gp", "2": "pharmacy"})
    assert result.unknown.empty and list(result.unknown.columns) == list(UNKNOWN_COLUMNS)
    assert result.n_unknown == 0


def test_examples_default_to_row_numbers_and_default_category_is_a_parameter():
    result = map_categories(["x", "y", "x"], {"y": "gp"}, default="unmapped")
    assert list(result.categories) == ["unmapped", "gp", "unmapped"]
    assert result.unknown.loc[0, "examples"] == "0, 2"


def test_belgian_list_through_a_user_table(tmp_path):
    path = tmp_path / "be.csv"
    path.write_text(
        "type,categorie\nHuisarts,gp\nApotheek,pharmacy\nAlgemeen ziekenhuis,hospital\n", encoding="utf-8"
    )
    mapping = read_mapping(path, code_field="type", category_field="categorie")
    assert mapping == {"Huisarts": "gp", "Apotheek": "pharmacy", "Algemeen ziekenhuis": "hospital"}
    result = map_categories(["Apotheek", "Huisarts", "Tandarts"], mapping, ids=["be1", "be2", "be3"])
    assert list(result.categories) == ["pharmacy", "gp", OTHER]
    assert result.unknown.loc[0, ["code", "count", "examples"]].tolist() == ["Tandarts", 1, "be3"]


def test_normalise_codes():
    got = normalise_codes([355, 355.0, "355.0", " 355 ", None, np.nan, "0355", "A1", np.int64(7)])
    assert list(got) == ["355", "355", "355", "355", "", "", "0355", "A1", "7"]


def test_identical_duplicates_are_fine_conflicting_ones_are_an_error():
    table = pd.DataFrame(
        {"code": ["1", "1", "2", "3", "3"], "category": ["gp", "gp", "gp", "gp", "pharmacy"]}
    )
    with pytest.raises(InputError) as error:
        read_mapping(table)
    message = str(error.value)
    assert "Field 'code'" in message and "1 code(s) mapped to two different categories, first: 3" in message
    assert read_mapping(table.iloc[:3]) == {"1": "gp", "2": "gp"}


def test_empty_codes_are_an_error_naming_the_rows():
    table = pd.DataFrame({"code": ["1", "", " "], "category": ["gp", "gp", "gp"]})
    with pytest.raises(InputError) as error:
        read_mapping(table)
    assert "Field 'code': 2 empty code(s) in the mapping table, at row(s) 2, 3" in str(error.value)


def test_categories_must_be_field_name_words():
    table = pd.DataFrame({"code": ["1", "2", "3"], "category": ["gp", "Médecin généraliste", "2x"]})
    with pytest.raises(InputError) as error:
        read_mapping(table)
    message = str(error.value)
    assert "Field 'category': 2 categor(y/ies) are not lower-case words" in message
    assert "'Médecin généraliste', '2x'" in message
    with pytest.raises(InputError, match="default category"):
        map_categories(["1"], {"1": "gp"}, default="Other")
    with pytest.raises(InputError, match="Field 'category'"):
        map_categories(["1"], {"1": "GP"})
    check_category_words(["gp", "gp_group", "d2"])  # fine


def test_missing_fields_are_an_error():
    with pytest.raises(InputError) as error:
        read_mapping(pd.DataFrame({"code": ["1"]}))
    assert "category" in str(error.value) and "not found" in str(error.value)


def test_ids_of_another_length_are_an_error():
    with pytest.raises(InputError, match="3 codes but ids or labels of another length"):
        map_categories(["1", "2", "3"], {"1": "gp"}, ids=["a"])
