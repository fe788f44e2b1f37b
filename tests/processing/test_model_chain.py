"""zoast:costmatrix and zoast:accessibility chained in a Processing model, as a user would in the modeler."""

import processing
import pytest
from qgis.core import (
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
)

from tests.layers import layer_rows
from tests.processing.test_accessibility import supply_layer, units_layer


def chained_model():
    """UNITS, SUPPLY → costmatrix (times within 10 min) → accessibility using that table as COSTS."""
    model = QgsProcessingModelAlgorithm("chain", "tests", "tests")
    for name, types in (("UNITS", [QgsProcessing.SourceType.TypeVectorPoint]),
                        ("SUPPLY", [QgsProcessing.SourceType.TypeVectorPoint])):
        model.addModelParameter(QgsProcessingParameterFeatureSource(name, name, types),
                                QgsProcessingModelParameter(name))

    def child(child_id, algorithm, sources):
        step = QgsProcessingModelChildAlgorithm(algorithm)
        step.setChildId(child_id)
        for parameter, source in sources.items():
            step.addParameterSources(parameter, [source])
        return step

    model_input = QgsProcessingModelChildParameterSource.fromModelParameter
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    costs = child("costs", "zoast:costmatrix", {"UNITS": model_input("UNITS"), "SUPPLY": model_input("SUPPLY"),
                                                "MAX_COST": static(10), "SPEED_KMH": static(60), "DETOUR": static(1)})
    access = child("access", "zoast:accessibility", {
        "UNITS": model_input("UNITS"), "SUPPLY": model_input("SUPPLY"), "METHOD": static(0),
        "BORDER_MODE": static(2), "MAX_COST": static(10), "CROSS_BORDER_WEIGHT": static(1),
        "COSTS": QgsProcessingModelChildParameterSource.fromChildOutput("costs", "OUTPUT"),
        "COST_FIELD": static("cost")})
    output = QgsProcessingModelOutput("access", "Accessibility")
    output.setChildId("access")
    output.setChildOutputName("OUTPUT")
    access.setModelOutputs({"access": output})
    model.addChildAlgorithm(costs)
    model.addChildAlgorithm(access)
    model.updateDestinationParameters()
    return model


def test_cost_table_from_costmatrix_feeds_accessibility(zoast_provider):
    """The same hand-computed 2SFCA as test_open_border_2sfca (50, 70, 20 per 100,000), with the
    times coming from the costmatrix step instead of straight lines inside accessibility."""
    result = processing.run(chained_model(), {"UNITS": units_layer(), "SUPPLY": supply_layer(),
                                              "access:access": "memory:"})
    access = {row["unit_id"]: row["access"] for row in layer_rows(result["access:access"])}
    assert access == pytest.approx({"FR:1": 50.0, "FR:2": 70.0, "BE:1": 20.0})
