"""Position sanity (core.coordinates) and text decoding (core.text) on hand cases."""

import numpy as np
import pytest

from zoast_plugin.core import coordinates as c
from zoast_plugin.core import text


def test_territory_of_commune():
    assert [c.territory_of_commune(code) for code in ("59350", "2A004", "97101", "97411", "97701", "98613",
                                                      "BE:57081", "", "99999")] == [
        "FR", "FR", "FR-971", "FR-974", "FR-971", "FR-986", None, None, "FR"]


def test_check_positions_reasons():
    """Lille fine; Lille with lat/lon swapped; a Nord record in the Indian Ocean; Lambert numbers as degrees."""
    lon = np.array([3.06, 50.63, 60.2, 703000.0, np.nan])
    lat = np.array([50.63, 3.06, -30.5, 7059000.0, np.nan])
    france = c.country_boxes(["FR"])[0]
    scope = [(c.TERRITORIES["FR"],)] * 3 + [france, ()]
    reasons = c.check_positions(lon, lat, (-180, -90, 180, 90), scope, lat, lon)
    assert list(reasons) == ["", c.SWAPPED, c.OUTSIDE_SCOPE, c.OUTSIDE_AREA, c.OUTSIDE_AREA]


def test_belgian_points_against_their_country():
    boxes = c.country_boxes(["BE", "BE", "NL"])
    inside = c.inside_any(np.array([4.35, 2.35, 4.9]), np.array([50.85, 48.85, 52.37]), boxes)
    assert list(inside) == [True, False, True]  # Brussels in, Paris out, NL: no scope check


def test_distance():
    assert c.distance_m(0, 0, 0, 1) == pytest.approx(111195, rel=1e-4)


def test_latin1_is_read_as_windows_1252():
    raw = "L’ŒUVRE – 5 €".encode("cp1252") + b" \x81"
    assert text.decode(raw, "latin-1") == "L’ŒUVRE – 5 € \x81"  # 0x81 is undefined in 1252: kept as latin-1
    assert text.fix_c1("L\x92\x8cUVRE") == "L’ŒUVRE"
    assert text.fix_c1(12) == 12
    with pytest.raises(UnicodeDecodeError):
        text.decode(raw, "utf-8")
