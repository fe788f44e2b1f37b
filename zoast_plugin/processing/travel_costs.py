"""Travel-cost parameters shared by the algorithms that need unit → supply costs.

The same parameter names everywhere (models depend on them): a user's OD table
(``COSTS``) wins over a road network (``ROADS``), which wins over straight lines.
"""

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..core import costs
from ..core.progress import report
from .parameters import (
    ADVANCED,
    add_analysis_crs_parameter,
    add_field_parameter,
    add_parameter,
    analysis_crs,
    field_value,
)
from .qgis_io import read_road_lines, read_table, whole_layer

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


def travel_cost_blocks(alg, parameters, context, feedback, unit_xy, unit_ids, supply_xy, supply_ids, stages=None,
                       reuse=True):
    """The unit × supply pairs within the cut-off, by the method the parameters choose.

    Returns ``blocks(progress)``, a function giving a fresh iterator of
    :class:`~..core.costs.CostPairs` blocks each time it is called: memory is bounded
    by a block, never the whole matrix. Straight-line pairs are recomputed block by
    block; road-network pairs are routed block by block (the road graph is built
    once, here); a cost table is read once and given in blocks. With ``reuse`` (a
    caller that reads the pairs more than once), routed pairs are kept in a
    temporary file on the first pass and read back on the next ones instead of
    being routed again.

    ``stages`` (a :class:`~.base.Stages` with stages "roads" and "graph"), when
    given, puts the reading of the roads and the building of the graph on the run's
    one progress bar.
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
        del table
        return _table_blocks(pairs)

    network = road_network(alg, parameters, context, feedback, roads, stages)
    access_speed = alg.parameterAsDouble(parameters, "ACCESS_SPEED_KMH", context)
    radius = costs.search_radius_m(network, max_cost)
    feedback.pushInfo(alg.tr("Road search radius: {radius} km (the cut-off at the fastest speed along one edge, "
                             "{speed} km/h as the crow flies).").format(
        radius="{:.1f}".format(radius / 1000.0), speed="{:.0f}".format(network.max_speed_m_per_min * 0.06)))

    def network_blocks(progress=None):
        return costs.iter_network_pairs(network, unit_xy, supply_xy, max_cost, access_speed, progress)

    return _Spooled(network_blocks) if reuse else network_blocks


def _table_blocks(pairs):
    def table_blocks(progress=None):
        done = 0
        report(progress, 0.0)
        for block in costs.iter_blocks(pairs):
            yield block
            done += len(block)
            report(progress, done / len(pairs))

    return table_blocks


def road_network(alg, parameters, context, feedback, roads, stages=None):
    """The road graph of parameter ROADS, read through the fast columnar path, speeds checked."""
    speed_field = field_value(alg, parameters, "SPEED_FIELD", context, required=False)
    crs = analysis_crs(alg, parameters, context)
    if stages:
        reading = stages.feedback("roads", alg.tr("Reading the road network…"))
    else:
        feedback.setProgressText(alg.tr("Reading the road network…"))
        reading = feedback
    lines = read_road_lines(roads, context, speed_field, alg.tr("Road network"), crs, feedback=reading,
                            layer=whole_layer(alg, parameters, "ROADS", context))
    if speed_field:
        speed = lines.values
        fast = costs.implausible_speeds(speed)
        if len(fast):
            feedback.pushWarning(alg.tr(
                "Field '{field}': {count} road line(s) faster than {limit} km/h, first ids: {ids}. Check these "
                "speeds: one fast line widens the search of every origin and slows the whole run.").format(
                field=speed_field, count=len(fast), limit="{:g}".format(costs.IMPLAUSIBLE_SPEED_KMH),
                ids=", ".join(str(i) for i in lines.fids[fast[:5]])))
    else:
        speed = alg.parameterAsDouble(parameters, "SPEED_KMH", context)
    if stages:
        building = stages.progress("graph", alg.tr("Building the road graph…"))
    else:
        feedback.setProgressText(alg.tr("Building the road graph…"))
        building = alg.progress_callback(feedback)
    network = costs.RoadNetwork.from_lines(lines.vertices, speed_kmh=speed, line_ids=lines.fids,
                                           field=speed_field or "SPEED_KMH", progress=building)
    feedback.pushInfo(alg.tr("Road network: {nodes} nodes, {edges} edges.").format(
        nodes=network.n_nodes, edges=network.n_edges))
    if len(network.skipped_lines):
        feedback.pushWarning(alg.tr("{count} road line(s) gave no edge (too short or empty), first ids: {ids}.")
                             .format(count=len(network.skipped_lines),
                                     ids=", ".join(str(i) for i in list(network.skipped_lines)[:5])))
    return network


class _Spooled:
    """Blocks made once, kept in a temporary file and read back on the next passes.

    The first complete pass writes each block as it goes; an interrupted one (cancel,
    error, a consumer that stopped early) is forgotten and the next pass computes again.
    Memory stays bounded by a block; the file is removed with this object.
    """

    def __init__(self, make):
        self._make = make
        self._file = None
        self._count = 0
        self._sizes = (0, 0)

    def __call__(self, progress=None):
        return self._replay(progress) if self._file is not None else self._record(progress)

    def _record(self, progress):
        import tempfile

        spool = tempfile.TemporaryFile(prefix="zoast-pairs-")
        count = 0
        try:
            for block in self._make(progress):
                for array in (block.origin, block.dest, block.cost):
                    np.save(spool, array, allow_pickle=False)
                self._sizes = (block.n_origins, block.n_destinations)
                count += 1
                yield block
        except BaseException:
            spool.close()
            raise
        self._file, self._count = spool, count

    def __del__(self):
        if self._file is not None:
            self._file.close()

    def _replay(self, progress):
        spool = self._file
        spool.seek(0)
        report(progress, 0.0)
        for number in range(self._count):
            origin, dest, cost = (np.load(spool, allow_pickle=False) for _ in range(3))
            yield costs.CostPairs(origin, dest, cost, *self._sizes)
            report(progress, (number + 1) / self._count)
