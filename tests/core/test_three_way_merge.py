"""Three-way merge of two users' edits: hand cases, then every pair of edits enumerated."""

import itertools

import pandas as pd
import pytest

from zoast_plugin.core.agreements import Agreement, extend, make_tables
from zoast_plugin.core.three_way_merge import (
    BASE,
    MINE,
    THEIRS,
    changed_rows,
    merge,
    rows_of,
    tables_of,
)


def base_tables():
    """Two agreements: A (two units, one hospital) and OTHER, which nobody touches."""
    tables = make_tables([Agreement("A", name_fr="Zone A", name_nl="Zone A NL"),
                          Agreement("OTHER", name_fr="Autre")])
    tables = extend(tables, "A", "2010-01-01", unit_ids=["FR:0001", "FR:0004", "BE:0002"],
                    unit_countries=["FR", "FR", "BE"],
                    supply_ids=["H:1"], supply_countries="FR")
    return extend(tables, "OTHER", "2012-01-01", unit_ids=["FR:0009", "BE:0009"], unit_countries=["FR", "BE"])


def set_agreement(tables, code, **values):
    agreements = tables.agreements.copy()
    for name, value in values.items():
        agreements[name] = agreements[name].astype(object)
        agreements.loc[agreements["code"] == code, name] = value
    return make_tables(agreements, tables.units, tables.establishments)


def drop_agreement(tables, code):
    return make_tables(tables.agreements[tables.agreements["code"] != code], tables.units[tables.units["code"] != code],
                       tables.establishments[tables.establishments["code"] != code])


def drop_unit(tables, code, unit):
    units = tables.units[~((tables.units["code"] == code) & (tables.units["unit_id"] == unit))]
    return tables._replace(units=units.reset_index(drop=True))


def set_since(tables, code, unit, since):
    units = tables.units.copy()
    units.loc[(units["code"] == code) & (units["unit_id"] == unit), "member_since"] = pd.Timestamp(since)
    return tables._replace(units=units)


def as_rows(tables):
    return rows_of(tables)


# --------------------------------------------------------------------------- hand cases


def test_edits_of_different_fields_of_one_agreement_both_survive():
    base = base_tables()
    mine = set_agreement(base, "A", name_fr="Zone A (FR)")
    theirs = set_agreement(base, "A", ends_on=pd.Timestamp("2030-12-31"))
    result = merge(base, mine, theirs)
    assert result.conflicts == []
    row = result.rows["agreements"][("A",)]
    assert row["name_fr"] == "Zone A (FR)" and row["ends_on"] == pd.Timestamp("2030-12-31").date()


def test_the_same_field_gives_a_conflict_with_the_three_values():
    base = base_tables()
    result = merge(base, set_agreement(base, "A", name_fr="Mine"), set_agreement(base, "A", name_fr="Theirs"))
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.key, conflict.field) == ("agreements", ("A",), "name_fr")
    assert (conflict.base, conflict.mine, conflict.theirs) == ("Zone A", "Mine", "Theirs")
    for choice, expected in ((MINE, "Mine"), (THEIRS, "Theirs"), (BASE, "Zone A")):
        assert result.resolved({conflict.id: choice})["agreements"][("A",)]["name_fr"] == expected
    with pytest.raises(KeyError):
        result.resolved({})


def test_the_same_change_on_both_sides_is_no_conflict():
    base = base_tables()
    both = set_agreement(base, "A", name_fr="Same")
    assert merge(base, both, both).conflicts == []


def test_a_delete_against_an_edit_is_one_conflict_for_the_agreement_and_its_members():
    base = base_tables()
    mine = drop_agreement(base, "A")
    theirs = extend(base, "A", "2015-01-01", unit_ids=["FR:0003"], unit_countries="FR")
    result = merge(base, mine, theirs)
    [conflict] = result.conflicts
    assert conflict.field is None and conflict.deleted_by_me and conflict.key == ("A",)
    assert conflict.members == (("units", ("A", "FR:0003")),)
    deleted = result.resolved({conflict.id: MINE})
    assert ("A",) not in deleted["agreements"] and not [k for k in deleted["units"] if k[0] == "A"]
    kept = result.resolved({conflict.id: THEIRS})
    assert sorted(k[1] for k in kept["units"] if k[0] == "A") == ["BE:0002", "FR:0001", "FR:0003", "FR:0004"]
    assert ("OTHER",) in deleted["agreements"] and ("OTHER",) in kept["agreements"]


def test_an_agreement_the_other_deleted_is_never_re_created_by_a_stale_save():
    base = base_tables()
    theirs = drop_agreement(base, "A")
    # I changed nothing of A: their delete wins silently (nothing of mine is lost).
    result = merge(base, set_agreement(base, "OTHER", notes="n"), theirs)
    assert result.conflicts == [] and ("A",) not in result.rows["agreements"]
    assert not [k for k in result.rows["units"] if k[0] == "A"]
    # I added a member to A: a conflict, not an agreement re-created with one member.
    mine = extend(base, "A", "2016-01-01", unit_ids=["BE:0005"], unit_countries="BE")
    result = merge(base, mine, theirs)
    [conflict] = result.conflicts
    assert conflict.deleted_by_them and conflict.members == (("units", ("A", "BE:0005")),)
    assert ("A",) not in result.rows["agreements"]  # provisionally as the store has it


def test_a_member_removed_against_a_member_edited_is_a_row_conflict():
    base = base_tables()
    result = merge(base, drop_unit(base, "A", "FR:0001"), set_since(base, "A", "FR:0001", "2011-05-01"))
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.key, conflict.field) == ("units", ("A", "FR:0001"), None)
    assert conflict.mine is None and conflict.theirs["member_since"] == pd.Timestamp("2011-05-01").date()
    assert ("A", "FR:0001") not in result.resolved({conflict.id: MINE})["units"]


def test_rows_round_trip_and_changed_rows():
    base = base_tables()
    again = tables_of(rows_of(base))
    assert rows_of(again) == rows_of(base)
    after = set_agreement(drop_unit(base, "A", "FR:0001"), "A", name_fr="X")
    changes = changed_rows(rows_of(base), rows_of(after))
    assert changes["units"][0] == [("A", "FR:0001")]
    assert list(changes["agreements"][1]) == [("A",)] and changes["establishments"] == ([], {})


# --------------------------------------------------------------------------- every pair of edits

# One edit of user u (1 or 2) on agreement A; its "footprint" says what it touches.
EDITS = {
    "nothing": (lambda t, u: t, set()),
    "rename": (lambda t, u: set_agreement(t, "A", name_fr="Nom {}".format(u)), {"A.name_fr"}),
    "end date": (lambda t, u: set_agreement(t, "A", ends_on=pd.Timestamp("2030-0{}-01".format(u))), {"A.ends_on"}),
    "dutch name": (lambda t, u: set_agreement(t, "A", name_nl="Naam {}".format(u)), {"A.name_nl"}),
    "add own unit": (lambda t, u: extend(t, "A", "2020-01-01", unit_ids=["FR:10{}".format(u)], unit_countries="FR"),
                     {"A.units.own{}"}),
    "add same unit": (lambda t, u: set_since(extend(t, "A", "2020-01-01", unit_ids=["FR:0003"], unit_countries="FR"),
                                             "A", "FR:0003", "2020-0{}-01".format(u)), {"A.units.FR:0003"}),
    "remove unit": (lambda t, u: drop_unit(t, "A", "FR:0001"), {"A.units.FR:0001.gone"}),
    "member date": (lambda t, u: set_since(t, "A", "BE:0002", "2011-0{}-01".format(u)), {"A.units.BE:0002"}),
    "delete": (lambda t, u: drop_agreement(t, "A"), {"delete"}),
    "new agreement": (lambda t, u: extend(make_tables(pd.concat([t.agreements, pd.DataFrame(
        [{"code": "N{}".format(u)}])]), t.units, t.establishments), "N{}".format(u), "2020-01-01",
        unit_ids=["FR:5", "BE:5"], unit_countries=["FR", "BE"]), set()),
}
# Edits that do not clash when both users make them (same value, or different rows).
SAME_BOTH = {"remove unit", "delete", "add own unit"}


def expected_conflicts(a, b):
    fa, fb = EDITS[a][1], EDITS[b][1]
    if "delete" in fa or "delete" in fb:
        if fa == fb:
            return 0
        other = fb if "delete" in fa else fa
        return 1 if other else 0
    if a == b and a not in SAME_BOTH:
        return len(fa & fb)
    return 0


def same_tables(x, y):
    return rows_of(x) == rows_of(y)


PAIRS = list(itertools.product(EDITS, EDITS))


@pytest.mark.parametrize("mine_edit, theirs_edit", PAIRS, ids=["{} / {}".format(a, b) for a, b in PAIRS])
def test_every_pair_of_edits(mine_edit, theirs_edit):
    """Mine saved after theirs, from the same base: nothing is lost in any interleaving.

    * no conflict → the result is both edits applied (in either order: they commute);
    * conflicts exactly where both changed one thing differently, or one deleted what the other changed;
    * settling every conflict for one side gives that side's edit applied last; for a
      deletion, the chosen side's agreement (deleted, or as its editor left it).
    """
    base = base_tables()
    do_mine, do_theirs = EDITS[mine_edit][0], EDITS[theirs_edit][0]
    mine, theirs = do_mine(base, 1), do_theirs(base, 2)
    result = merge(base, mine, theirs)
    assert len(result.conflicts) == expected_conflicts(mine_edit, theirs_edit), result.conflicts
    if not result.conflicts:
        both = do_mine(do_theirs(base, 2), 1)
        assert rows_of(tables_of(result.rows)) == rows_of(both)
        assert rows_of(both) == rows_of(do_theirs(do_mine(base, 1), 2))  # the edits commute
        return
    for side, first, last in ((MINE, (do_theirs, 2), (do_mine, 1)), (THEIRS, (do_mine, 1), (do_theirs, 2))):
        settled = tables_of(result.resolved({c.id: side for c in result.conflicts}))
        if result.conflicts[0].field is None:  # a deletion against an edit
            chosen = mine if side == MINE else theirs
            assert _agreement(settled, "A") == _agreement(chosen, "A")
            assert _agreement(settled, "OTHER") == _agreement(base, "OTHER")
        else:
            assert same_tables(settled, last[0](first[0](base, first[1]), last[1]))


def _agreement(tables, code):
    rows = rows_of(tables)
    return {kind: {k: v for k, v in table.items() if k[0] == code} for kind, table in rows.items()}


def test_three_users_in_a_row_keep_every_edit():
    """A saves, B saves on a stale base, C saves on an even older one: each edit survives."""
    base = base_tables()
    store = set_agreement(base, "A", name_fr="by A")  # A saved
    b_edit = set_agreement(base, "A", notes="by B")
    store = tables_of(merge(base, b_edit, store).rows)  # B saved (merged)
    c_edit = extend(base, "OTHER", "2020-01-01", unit_ids=["BE:0100"], unit_countries="BE")
    result = merge(base, c_edit, store)
    assert result.conflicts == []
    row = result.rows["agreements"][("A",)]
    assert (row["name_fr"], row["notes"]) == ("by A", "by B")
    assert ("OTHER", "BE:0100") in result.rows["units"]
