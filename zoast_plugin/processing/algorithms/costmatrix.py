"""zoast:costmatrix — travel times between units and supply points within a cut-off."""

import numpy as np
import shapely
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ...core import costs
from ...core.validation import require_unique
from ..base import Stages, ZoastAlgorithm
from ..parameters import add_parameter, analysis_crs, field_value
from ..qgis_io import GEOMETRY_POINTS, fields_for_frame, read_layer, whole_layer, write_frame
from ..travel_costs import add_travel_cost_parameters, travel_cost_blocks
from ..unit_inputs import add_units_and_supply

POINTS_OR_POLYGONS = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]


class CostMatrixAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "costmatrix"
    GROUP_ID = "accessibility"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Travel cost matrix (units → supply)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_units_and_supply(self)
        add_travel_cost_parameters(self)
        add_parameter(
            self,
            QgsProcessingParameterBoolean("WITH_LINES", self.tr("Draw a line for each pair"), False),
            self.tr("Write each pair as a straight line from the unit to the supply point (larger output)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Travel costs"), QgsProcessing.SourceType.TypeVector),
            self.tr("One row per unit–supply pair within the cut-off: origin_id, dest_id, cost (minutes)."),
        )
        self.addOutput(QgsProcessingOutputNumber("PAIRS", self.tr("Number of pairs")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        crs = analysis_crs(self, parameters, context)
        unit_field = field_value(self, parameters, "UNIT_ID_FIELD", context)
        supply_field = field_value(self, parameters, "SUPPLY_ID_FIELD", context)
        with_roads = self.parameterAsSource(parameters, "ROADS", context) is not None
        # One bar for the run: reading, the road graph (if any), then routing and writing block by block.
        stages = Stages(feedback, [("units", 1), ("supply", 1)]
                        + ([("roads", 3), ("graph", 2)] if with_roads else []) + [("pairs", 24)])
        units = read_layer(self.parameterAsSource(parameters, "UNITS", context), context, [unit_field],
                           self.tr("Territorial units"), GEOMETRY_POINTS, crs,
                           feedback=stages.feedback("units", self.tr("Reading the layers…")),
                           layer=whole_layer(self, parameters, "UNITS", context), allow_empty=False)
        supply = read_layer(self.parameterAsSource(parameters, "SUPPLY", context), context, [supply_field],
                            self.tr("Supply points"), GEOMETRY_POINTS, crs, feedback=stages.feedback("supply"),
                            layer=whole_layer(self, parameters, "SUPPLY", context), allow_empty=False)
        with self.core_errors():
            require_unique(units.frame[unit_field], unit_field)
            require_unique(supply.frame[supply_field], supply_field)
            blocks = travel_cost_blocks(self, parameters, context, feedback, units.xy, units.frame[unit_field],
                                        supply.xy, supply.frame[supply_field], stages=stages, reuse=False)
        with_lines = self.parameterAsBool(parameters, "WITH_LINES", context)
        origin_ids, dest_ids = units.frame[unit_field].to_numpy(), supply.frame[supply_field].to_numpy()
        fields = fields_for_frame(costs.CostPairs.empty(0, 0).to_frame(origin_ids[:0], dest_ids[:0]), QgsFields())
        geometry_type = QgsWkbTypes.Type.LineString if with_lines else QgsWkbTypes.Type.NoGeometry
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, geometry_type, crs)
        progress = stages.progress("pairs", self.tr("Computing and writing travel costs…"))
        written = 0
        with self.core_errors():
            # Computed and written block by block, so the table never has to fit in memory.
            for pairs in blocks(progress):
                geometries = None
                if with_lines:
                    geometries = pair_lines(units.xy[pairs.origin], supply.xy[pairs.dest])
                written += write_frame(sink, fields, pairs.to_frame(origin_ids, dest_ids), geometries,
                                       feedback=feedback)
        feedback.pushInfo(self.tr("{count} pairs written.").format(count=written))
        return {"OUTPUT": dest_id, "PAIRS": written}


def pair_lines(start_xy: np.ndarray, end_xy: np.ndarray) -> np.ndarray:
    """Straight shapely lines from each start to its end; None where they coincide (no line)."""
    lines = shapely.linestrings(np.stack([start_xy, end_xy], axis=1))
    lines[(start_xy == end_xy).all(axis=1)] = None
    return lines
