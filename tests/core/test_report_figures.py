"""Key figures per report page (core.report_figures) on a hand-computed case.

Pages A = [0,10]×[0,10] and B = [10,20]×[0,10]. Units (population, severity with ZOAST /
national-only, shortfall FTE with ZOAST / national-only):
  u1 [0,5]×[0,5]     100, 2 / 2,  3.0 / 3.5   → in A
  u2 [5,10]×[0,10]   200, 0 / 1,  0.0 / 2.0   → in A (the border lowers its severity)
  u3 [10,20]×[0,10]   50, 1 / 0,  1.5 / 0.0   → in B (the border raises it)
  u4 [30,31]×[0,1]    10, -1 / -1, NaN / NaN  → in no page, only in the region row
"""

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import LineString, Point, box

from zoast_plugin.core.errors import InputError
from zoast_plugin.core.report_figures import ALL_COLUMNS, page_figures, shown_columns, units_in_pages

PAGES = [box(0, 0, 10, 10), box(10, 0, 20, 10)]
UNIT_SHAPES = [box(0, 0, 5, 5), box(5, 0, 10, 10), box(10, 0, 20, 10), box(30, 0, 31, 1)]
IDS = pd.Series(["FR:1", "FR:2", "BE:1", "BE:2"])


def units(**changes):
    frame = pd.DataFrame({
        "population": [100.0, 200.0, 50.0, 10.0],
        "severity": [2, 0, 1, -1],
        "severity_national": [2, 1, 0, -1],
        "shortfall_fte": [3.0, 0.0, 1.5, np.nan],
        "shortfall_fte_national": [3.5, 2.0, 0.0, np.nan],
    })
    for name, value in changes.items():
        if value is None:
            frame = frame.drop(columns=name)
        else:
            frame[name] = value
    return frame


def figures(**kwargs):
    return page_figures(PAGES, UNIT_SHAPES, kwargs.pop("frame", units()), IDS, **kwargs)


def test_membership_by_point_on_surface():
    """u1, u2 in A (page 0), u3 in B (page 1); u4 in none."""
    pairs = units_in_pages(PAGES, UNIT_SHAPES)
    assert list(zip(pairs["page"], pairs["unit"])) == [(0, 0), (0, 1), (1, 2)]


def test_population_and_severity_per_page_and_region():
    """A: 2 units, 300 inhabitants (100 severe, 200 adequate; national: 100 severe, 200 shortage).
    B: 1 unit, 50 in shortage (national: 50 adequate). Region: 4 units, 360, 10 not judged."""
    result = figures()
    assert len(result) == 3 and list(result.columns) == list(ALL_COLUMNS)
    assert result["n_units"].tolist() == [2, 1, 4]
    assert result["population"].tolist() == [300, 50, 360]
    assert result["pop_severe"].tolist() == [100, 0, 100]
    assert result["pop_shortage"].tolist() == [0, 50, 50]
    assert result["pop_adequate"].tolist() == [200, 0, 200]
    assert result["pop_not_judged"].tolist() == [0, 0, 10]
    assert result["pop_severe_national"].tolist() == [100, 0, 100]
    assert result["pop_shortage_national"].tolist() == [200, 0, 200]
    assert result["pop_adequate_national"].tolist() == [0, 50, 50]


def test_shortfall_and_border_gain():
    """A: 3.0 FTE with ZOAST, 5.5 national → border gain 2.5; B: 1.5 vs 0 → −1.5;
    region 4.5 vs 5.5 → 1.0 (NaN shortfalls count 0). Improved: u2 (A, 200 inh.); worsened: u3 (B, 50)."""
    result = figures()
    assert result["shortfall_fte"].tolist() == pytest.approx([3.0, 1.5, 4.5])
    assert result["shortfall_fte_national"].tolist() == pytest.approx([5.5, 0.0, 5.5])
    assert result["border_fte_gain"].tolist() == pytest.approx([2.5, -1.5, 1.0])
    assert result["n_improved"].tolist() == [1, 0, 1]
    assert result["pop_improved"].tolist() == [200, 0, 200]
    assert result["n_worsened"].tolist() == [0, 1, 1]
    assert result["pop_worsened"].tolist() == [0, 50, 50]


def test_supply_points_and_flows():
    """Supply (1,1) 2 FTE in A; (15,5) 1 FTE in B; (10,5) 0.5 FTE on the shared edge, in both; (50,50) 4 FTE
    in the region only. Flows: A→B 10 cross-border, B→A 4 cross-border, A→A 100 domestic (not counted)."""
    supply = [Point(1, 1), Point(15, 5), Point(10, 5), Point(50, 50)]
    lines = [LineString([(2, 2), (15, 5)]), LineString([(15, 5), (2, 2)]), LineString([(2, 2), (8, 8)])]
    result = figures(supply_points=supply, supply_capacity=[2.0, 1.0, 0.5, 4.0], flow_lines=lines,
                     flow_patients=[10.0, 4.0, 100.0], flow_cross_border=[True, True, False])
    assert result["n_supply"].tolist() == [2, 2, 4]
    assert result["supply_capacity"].tolist() == pytest.approx([2.5, 1.5, 7.5])
    assert result["patients_out"].tolist() == [10, 4, 14]
    assert result["patients_in"].tolist() == [4, 10, 14]


def test_overlapping_pages_each_count_shared_units():
    """A third page C = [0,20]×[0,10] holds u1, u2, u3: 350 inhabitants, while A and B keep theirs."""
    result = page_figures(PAGES + [box(0, 0, 20, 10)], UNIT_SHAPES, units(), IDS)
    assert result["population"].tolist() == [300, 50, 350, 360]


def test_figures_without_optional_inputs_are_nan():
    """No national columns, no supply, no flows: those figures are NaN and not shown."""
    result = figures(frame=units(severity_national=None, shortfall_fte_national=None))
    assert result["pop_severe_national"].isna().all() and result["border_fte_gain"].isna().all()
    assert result["n_supply"].isna().all() and result["patients_out"].isna().all()
    shown = shown_columns(result, ["population", "severity_national", "shortfall", "supply"])
    assert shown == ["n_units", "population", "shortfall_fte"]


def test_empty_page_geometry_has_zero_figures():
    """A page with an empty polygon holds nothing."""
    result = page_figures([PAGES[0], shapely.Polygon()], UNIT_SHAPES, units(), IDS)
    assert result["population"].tolist() == [300, 0, 360]


@pytest.mark.parametrize("changes, field, ids", [
    ({"population": [100.0, -1.0, 50.0, 10.0]}, "population", "FR:2"),
    ({"population": [100.0, np.nan, 50.0, 10.0]}, "population", "FR:2"),
    ({"severity": [2, 0, 7, -1]}, "severity", "BE:1"),
    ({"severity": [2, 0, np.nan, -1]}, "severity", "BE:1"),
    ({"severity_national": [2, 3, 0, -1]}, "severity_national", "FR:2"),
])
def test_bad_values_name_the_field_and_ids(changes, field, ids):
    with pytest.raises(InputError) as error:
        figures(frame=units(**changes))
    assert "'{}'".format(field) in str(error.value) and ids in str(error.value)


def test_missing_column_is_named():
    with pytest.raises(InputError, match="severity"):
        figures(frame=units(severity=None))
