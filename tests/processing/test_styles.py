"""Legends in the interface language with units; outlines kept above fills; no import cycle (issue #22)."""

import re
import subprocess
import sys

import pytest
from qgis.core import QgsLayerTreeGroup, QgsProject

from tests.conftest import ROOT
from tests.layers import memory_layer
from tests.processing.test_report import interface_language  # noqa: F401 - fixture
from zoast_plugin.processing.legends import access_unit, raise_outlines
from zoast_plugin.processing.style_base import STYLE_PROPERTY
from zoast_plugin.processing.styles import apply_style, recognise


@pytest.fixture
def french(interface_language):  # noqa: F811 - the imported fixture
    interface_language("fr")


def squares(fields, values, name="layer"):
    rows = [("Polygon(({0} 0, {1} 0, {1} 1, {0} 1, {0} 0))".format(i, i + 1), v) for i, v in enumerate(values)]
    return memory_layer("Polygon", "EPSG:3035", fields, rows, name)


def flow_lines():
    return memory_layer("LineString", "EPSG:3035", {"direction": str, "patients": float, "width": float}, [
        ("LineString(0 0, 1 1)", {"direction": d, "patients": 1.0, "width": 1.0}) for d in ("FR→BE", "BE→FR")])


def test_styles_module_imports_without_a_cycle():
    """Each style module imports on its own, in any order (gap_style used to import styles, which imported
    gap_style back on use)."""
    for first in ("gap_style", "styles", "legends", "style_base"):
        code = "import zoast_plugin.processing.{} as m".format(first)
        run = subprocess.run([sys.executable, "-c", "from qgis.core import QgsApplication; " + code], cwd=ROOT,
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stderr


def test_flows_legend_in_french_with_its_unit(french):
    layer = flow_lines()
    layer.setName("Flux")
    assert apply_style(layer, "flows")
    labels = {c.value(): c.label() for c in layer.renderer().categories()}
    assert labels == {"FR→BE": "France → Belgique", "BE→FR": "Belgique → France", "domestic": "Intérieur au pays",
                      "": "Autres directions"}
    assert layer.name() == "Flux (épaisseur\u00a0: patients)"
    assert apply_style(layer, "flows")  # styling again adds the unit once
    assert layer.name() == "Flux (épaisseur\u00a0: patients)"


def test_accessibility_gets_five_quantile_classes_and_its_unit(french):
    layer = squares({"unit_id": str, "access": float}, [{"unit_id": str(i), "access": float(i)} for i in range(10)],
                    "Accessibilité")
    assert recognise(layer) == "accessibility"
    assert apply_style(layer, "accessibility", access_unit("fte", 100000))
    ranges = layer.renderer().ranges()
    assert len(ranges) == 5 and layer.renderer().classAttribute() == "access"
    assert ranges[0].label() == "0,0 – 1,8"  # numbers in the interface language
    assert len({r.symbol().color().name() for r in ranges}) == 5
    assert re.fullmatch("Accessibilité \\(fte pour 100[\u00a0\u202f]000 habitants\\)", layer.name())
    assert layer.customProperty(STYLE_PROPERTY) == "accessibility"


def test_extension_candidates_styled_by_share_in_percent():
    layer = squares({"unit_id": str, "member_neighbours": int, "share_cross_border": float},
                    [{"unit_id": str(i), "member_neighbours": 1, "share_cross_border": s}
                     for i, s in enumerate((0.5, 0.6, 0.9))], "Extension candidates")
    assert recognise(layer) == "extension_candidates"
    assert apply_style(layer, "extension_candidates")
    assert [r.label() for r in layer.renderer().ranges()] == ["0 – 25 %", "25 – 50 %", "50 – 100 %"]
    assert layer.renderer().classAttribute() == "share_cross_border"
    assert layer.name() == "Extension candidates (% of their cross-border patients an extension would cover)"


def test_an_empty_candidates_layer_is_styled_too():
    """The sample has no extension to propose: its empty candidates layer still gets the legend."""
    layer = squares({"unit_id": str, "member_neighbours": int, "share_cross_border": float}, [], "Extension candidates")
    assert apply_style(layer, "extension_candidates")
    assert len(layer.renderer().ranges()) == 3


def test_density_legend_names_its_unit():
    layer = squares({"d10k_total": float}, [{"d10k_total": 3.0}], "Supply")
    assert apply_style(layer, "supply_density")
    assert layer.name() == "Supply (points per 10,000 inhabitants)"


def test_outlines_are_raised_above_the_filled_results():
    """Whatever order the outputs are loaded in, perimeters and flows end above the gaps and basins."""
    project = QgsProject()
    group = project.layerTreeRoot().addGroup("results")
    layers = {}
    for style, layer in (("zoast_perimeters", squares({"n_units_fr": int}, [{"n_units_fr": 1}], "perimeters")),
                         ("flows", flow_lines()),
                         ("gaps", squares({"gap_class": str}, [{"gap_class": "FR_ZIP"}], "gaps")),
                         ("basins", squares({"compactness": float}, [{"compactness": 1.0}], "basins"))):
        apply_style(layer, style)
        project.addMapLayer(layer, False)
        group.insertLayer(0, layer)  # each new layer on top, as QGIS adds them
        layers[style] = layer
        raise_outlines(layer)
    order = [node.layer().customProperty(STYLE_PROPERTY) for node in group.children()]
    assert order == ["flows", "zoast_perimeters", "gaps", "basins"]
    assert isinstance(group, QgsLayerTreeGroup)
    assert len(project.mapLayers()) == 4  # moved, not removed


def test_ordering_keeps_the_other_layers_in_place():
    project = QgsProject()
    root = project.layerTreeRoot()
    table = memory_layer("None", "", {"x": int}, [(None, {"x": 1})], "a table")
    density = squares({"d10k_total": float}, [{"d10k_total": 1.0}], "density")
    gaps = squares({"gap_class": str}, [{"gap_class": "FR_ZIP"}], "gaps")
    for layer, style in ((gaps, "gaps"), (table, None), (density, "supply_density")):
        if style:
            apply_style(layer, style)
        project.addMapLayer(layer, False)
        root.insertLayer(0, layer)
    assert [node.layer().name() for node in root.children()][1] == "a table"
    raise_outlines(gaps)
    assert [node.layer().name() for node in root.children()] == ["gaps", "a table", "density (points per 10,000 "
                                                                                      "inhabitants)"]
