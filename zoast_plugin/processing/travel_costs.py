"""Travel-cost parameters shared by the algorithms that need unit → supply costs.

The same parameter names everywhere (models depend on them): a user's OD table
(``COSTS``) wins over a road network (``ROADS``), which wins over straight lines.
"""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..core import costs
from .parameters import (
    ADVANCED,
    add_analysis_crs_parameter,
    add_field_parameter,
    add_parameter,
    analysis_crs,
    field_value,
)
from .qgis_io import GEOMETRY_SHAPES, read_layer, read_table

DOUBLE = QgsProcessingParameterNumber.Type.Double


def add_travel_cost_parameters(alg, default_max_cost: float = 30.0) -> None:
    """The parameters that say how travel costs are obtained."""
    add_parameter(
        alg,
        QgsProcessingParameterNumber("MAX_COST", alg.tr("Catchment cut-off (minutes)"), DOUBLE, default_max_cost,
                                     False, 0.0),
        alg.tr("Pairs farther than this travel time are outside the catchment."),
    )
    add_parameter(
        alg,
        QgsProcessingParameterNumber("SPEED_KMH", alg.tr("Straight-line speed (km/h)"), DOUBLE, costs.DEFAULT_SPEED_KMH,
                                     False, 1.0),
        alg.tr("Without a cost table or road network, minutes = straight distance × detour factor / this speed."),
    )
    add_parameter(
        alg,
        QgsProcessingParameterNumber("DETOUR", alg.tr("Detour factor"), DOUBLE, costs.DEFAULT_DETOUR, False, 1.0),
        alg.tr("Ratio of road distance to straight distance (1.3 is typical of rural Europe)."),
    )
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("COSTS", alg.tr("Travel cost table"),
                                            [QgsProcessing.SourceType.TypeVector], None, True),
        alg.tr("A table of origin id, destination id and minutes, e.g. from a routing engine. Used instead of "
               "roads or straight lines when given."),
    )
    add_field_parameter(alg, "COST_ORIGIN_FIELD", alg.tr("Cost table: origin (unit) id field"), "origin_id", "COSTS",
                        alg.tr("Field of the cost table holding the unit id."), optional=True)
    add_field_parameter(alg, "COST_DEST_FIELD", alg.tr("Cost table: destination (supply) id field"), "dest_id",
                        "COSTS", alg.tr("Field of the cost table holding the supply id."), optional=True)
    add_field_parameter(alg, "COST_FIELD", alg.tr("Cost table: minutes field"), "minutes", "COSTS",
                        alg.tr("Field of the cost table holding the travel time in minutes."), numeric=True,
                        optional=True)
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("ROADS", alg.tr("Road network"),
                                            [QgsProcessing.SourceType.TypeVectorLine], None, True),
        alg.tr("Road lines; travel times follow the network (bounded Dijkstra). Lines that share an end point "
               "are connected."),
    )
    add_field_parameter(alg, "SPEED_FIELD", alg.tr("Road speed field (km/h)"), None, "ROADS",
                        alg.tr("Speed of each road line in km/h. Without it, the straight-line speed is used on "
                               "every road."), numeric=True, optional=True)
    add_parameter(
        alg,
        QgsProcessingParameterNumber("ACCESS_SPEED_KMH", alg.tr("Speed to reach the road network (km/h)"), DOUBLE,
                                     costs.DEFAULT_ACCESS_SPEED_KMH, False, 1.0),
        alg.tr("Speed of the leg between a point and its nearest road node."),
        ADVANCED,
    )
    add_analysis_crs_parameter(alg)


def travel_cost_blocks(alg, parameters, context, feedback, unit_xy, unit_ids, supply_xy, supply_ids):
    """The unit × supply pairs within the cut-off, by the method the parameters choose.

    Returns ``blocks(progress)``, a function giving a fresh iterator of
    :class:`~..core.costs.CostPairs` blocks each time it is called. Straight-line
    pairs are recomputed block by block (bounded memory, whatever the size of
    the run); a cost table or a road network is computed once and given as one
    block.
    """
    max_cost = alg.parameterAsDouble(parameters, "MAX_COST", context)
    cost_table = alg.parameterAsSource(parameters, "COSTS", context)
    roads = alg.parameterAsSource(parameters, "ROADS", context)
    if cost_table is None and roads is None:
        speed = alg.parameterAsDouble(parameters, "SPEED_KMH", context)
        detour = alg.parameterAsDouble(parameters, "DETOUR", context)

        def straight_line_blocks(progress=None):
            return costs.iter_straight_line_pairs(unit_xy, supply_xy, max_cost, speed, detour, progress)

        return straight_line_blocks
    if cost_table is not None:
        fields = [field_value(alg, parameters, name, context)
                  for name in ("COST_ORIGIN_FIELD", "COST_DEST_FIELD", "COST_FIELD")]
        table = read_table(alg, parameters, "COSTS", context, fields, alg.tr("Travel cost table"), feedback)
        feedback.pushInfo(alg.tr("Travel costs from the table: {count} rows.").format(count=len(table.frame)))
        pairs = costs.table_pairs(table.frame, unit_ids, supply_ids, *fields, max_cost_min=max_cost)
    else:
        speed_field = field_value(alg, parameters, "SPEED_FIELD", context, required=False)
        crs = analysis_crs(alg, parameters, context)
        lines = read_layer(roads, context, [speed_field] if speed_field else [], alg.tr("Road network"),
                           GEOMETRY_SHAPES, crs, feedback=feedback)
        speed = (lines.frame[speed_field].to_numpy() if speed_field
                 else alg.parameterAsDouble(parameters, "SPEED_KMH", context))
        network = costs.RoadNetwork.from_lines(lines.shapes, speed_kmh=speed, line_ids=lines.fids,
                                               field=speed_field or "SPEED_KMH")
        feedback.pushInfo(alg.tr("Road network: {nodes} nodes, {edges} edges.").format(
            nodes=network.n_nodes, edges=network.n_edges))
        if len(network.skipped_lines):
            feedback.pushWarning(alg.tr("{count} road line(s) gave no edge (too short or empty), first ids: {ids}.")
                                 .format(count=len(network.skipped_lines),
                                         ids=", ".join(str(i) for i in list(network.skipped_lines)[:5])))
        pairs = costs.network_pairs(network, unit_xy, supply_xy, max_cost,
                                    alg.parameterAsDouble(parameters, "ACCESS_SPEED_KMH", context),
                                    alg.progress_callback(feedback))

    def computed_blocks(progress=None):
        return iter((pairs,))

    return computed_blocks
