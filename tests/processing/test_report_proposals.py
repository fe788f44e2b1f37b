"""zoast:report's proposals page: the chosen sites of zoast:siting and the top complementarities.

Reuses the two-page region of tests/processing/test_report.py: with SITES and PROPOSALS, one more page.
"""

import pytest
from qgis.PyQt.QtGui import QImage

from tests.layers import memory_layer
from tests.processing.test_report import CRS, X0, Y0, run


def sites():
    rows = [("Point({} {})".format(X0 + 1000 * n, Y0 + 1000), {"candidate_id": "G{}".format(n), "selected": rank > 0,
                                                                "rank": rank or None, "gain": gain})
            for n, (rank, gain) in enumerate([(2, 300.0), (0, 10.0), (1, 700.0)])]
    return memory_layer("Point", CRS, {"candidate_id": str, "selected": bool, "rank": int, "gain": float}, rows,
                        "sites")


def proposals():
    fields = {"code": str, "unit_id": str, "class_before": str, "class_after": str, "access_gain": float,
              "shortfall_total_change": float}
    rows = [(None, {"code": "Z1", "unit_id": "FR:2", "class_before": "FR_ZIP", "class_after": "FR_ZAC",
                    "access_gain": 0.6, "shortfall_total_change": -1.5}),
            (None, {"code": "NEW:BE:1", "unit_id": "BE:1", "class_before": "WAL_SHORTAGE",
                    "class_after": "WAL_SHORTAGE", "access_gain": 3.0, "shortfall_total_change": -0.2})]
    return memory_layer("None", "", fields, rows, "proposals")


def test_proposals_page(zoast_provider, tmp_path):
    folder = tmp_path / "pages"
    result = run(tmp_path, SITES=sites(), PROPOSALS=proposals(), MAPS_FOLDER=str(folder))
    assert result["PAGES"] == 4  # cover + 2 atlas pages + proposals
    page = folder / "page_03_Proposals.png"
    assert page.exists() and not QImage(str(page)).isNull()


def test_no_proposals_no_page(zoast_provider, tmp_path):
    assert run(tmp_path)["PAGES"] == 3


def test_read_proposals_order(zoast_provider):
    from qgis.core import QgsApplication, QgsProcessingContext

    from zoast_plugin.processing.report_proposals import read_proposals

    alg = QgsApplication.processingRegistry().createAlgorithmById("zoast:report")
    content = read_proposals(alg, {"SITES": sites(), "PROPOSALS": proposals(), "TOP_PROPOSALS": 1},
                             QgsProcessingContext())
    sites_rows, proposal_rows = content
    assert sites_rows == [(1, "G2", pytest.approx(700.0)), (2, "G0", pytest.approx(300.0))]
    assert [row["unit_id"] for row in proposal_rows] == ["FR:2"]
