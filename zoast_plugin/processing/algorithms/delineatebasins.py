"""zoast:delineatebasins — health basins from patient flows (Dartmouth, Louvain) or from proximity (nearest, Huff)."""

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ...core import adjacency as core_adjacency
from ...core import basins as core_basins
from ...core import louvain, proximity
from ...core.costs import CostPairs
from ...core.errors import first_ids
from ...core.perimeters import dissolve_groups
from ...core.progress import sub_progress
from ...core.validation import require_non_negative, require_unique
from ..base import ZoastAlgorithm, translate_error
from ..host_units import host_unit_rows
from ..parameters import ADVANCED, add_field_parameter, add_parameter, analysis_crs, field_value
from ..qgis_io import (
    GEOMETRY_NONE,
    GEOMETRY_POINTS,
    GEOMETRY_SHAPES,
    fields_for_frame,
    multipolygons,
    read_layer,
    read_table,
    whole_layer,
    write_frame,
)
from ..styles import style_output_on_load
from ..travel_costs import add_travel_cost_parameters, travel_cost_blocks
from ..unit_inputs import add_population_field, add_unit_id_field

DOUBLE = QgsProcessingParameterNumber.Type.Double
INTEGER = QgsProcessingParameterNumber.Type.Integer

#: METHOD enum values, in order.
DARTMOUTH, LOUVAIN, NEAREST, HUFF = range(4)
FLOW_METHODS = (DARTMOUTH, LOUVAIN)
#: DECAY enum values → the core's names.
DECAYS = ("power", "exponential")
#: Default cut-off of the travel costs here: hospital care travels farther than GP care.
DEFAULT_MAX_COST_MIN = 60.0
#: Default layer names of the sample region (and of DESIGN.md's conventions): the dialog picks these
#: layers when the project has them, so the defaults run on the sample unchanged.
DEFAULT_FLOWS_LAYER = "patient_flows"
DEFAULT_HUBS_LAYER = "hospitals"


class DelineateBasinsAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "delineatebasins"
    GROUP_ID = "basins"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Delineate health basins")

    # ------------------------------------------------------------------ parameters

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self._add_unit_parameters()
        add_parameter(
            self,
            QgsProcessingParameterEnum("METHOD", self.tr("Method"), [
                self.tr("Dartmouth plurality (patient flows)"),
                self.tr("Modularity, constrained Louvain (patient flows)"),
                self.tr("Proximity: nearest hub"),
                self.tr("Proximity: Huff probabilities"),
            ], False, DARTMOUTH),
            self.tr("Dartmouth: each unit joins the destination receiving most of its patients, then basins are made "
                    "contiguous and weak ones merged. Louvain: basins maximising the modularity of the flows, a unit "
                    "joining only a basin it touches. Proximity (no flows needed): each unit joins its nearest hub, "
                    "or the hub of highest Huff probability."),
        )
        self._add_flow_parameters()
        self._add_hub_parameters()
        add_travel_cost_parameters(self, DEFAULT_MAX_COST_MIN)
        add_parameter(
            self,
            QgsProcessingParameterBoolean("TRAVEL_TIME_INDICATOR", self.tr("Compute the mean travel time of the flows"),
                                          True),
            self.tr("With flows: travel times between units (cost table of unit ids, road network or straight lines, "
                    "within the cut-off) give each basin's flow-weighted mean travel time. Untick to save time on "
                    "very large regions."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterBoolean("ALLOW_CROSS_BORDER", self.tr("Basins may cross the border"), True),
            self.tr("Unticked: flows, contiguity and hubs across countries (country field) are ignored, so each basin "
                    "lies in one country; li, msi, volume, failing and MODULARITY are then on the flows within each "
                    "country, li_all_flows and msi_all_flows on all flows."),
        )
        add_parameter(
            self,
            QgsProcessingParameterBoolean("MAKE_CONTIGUOUS", self.tr("Make proximity basins contiguous"), False),
            self.tr("Proximity methods: the nearest hub or the Huff model may give a basin in several pieces (counted "
                    "in n_pieces). Ticked, each piece cut off from its hub's unit joins the touching basin whose hub "
                    "it prefers. The flow methods always make their basins contiguous (islands aside)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("ADJACENCY_TOLERANCE", self.tr("Adjacency tolerance (metres)"), DOUBLE,
                                         core_adjacency.DEFAULT_TOLERANCE, False, 0.0),
            self.tr("Units whose polygons come within this distance touch (bridges digitising gaps along the border "
                    "between two national layers)."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Units with their basin")),
            self.tr("The units with their attributes and basin_id (1 … number of basins, empty for a unit in no "
                    "basin), hub_unit_id, hub_id (proximity: the hub's id), hub_probability (proximity: the Huff "
                    "probability of the chosen hub, 1 for nearest), and the audit: plurality_dest_id and "
                    "plurality_share (the unit receiving most of its flows, and that share), assignment (how it got "
                    "its basin: plurality, hub, community, contiguity, no_flows_neighbours, no_flows_nearest, island, "
                    "nearest_hub, huff, unreachable) and merged_from (hub unit of the basin it was in before that "
                    "basin was merged)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("BASINS", self.tr("Health basins"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            self.tr("One dissolved polygon per basin (analysis CRS) with basin_id, hub_unit_id, hub_name, hub_id, "
                    "population, n_units, volume (flows of its residents), li (localization index), msi (market "
                    "share index), li_all_flows and msi_all_flows (on all flows, when the border is closed), "
                    "cross_border_share, compactness (perimeter / (3.54·√area), 1 for a disc), mean_travel_time "
                    "(minutes), travel_time_coverage, n_pieces, hub_in_basin, failing (li under MIN_LI, population "
                    "under MIN_POPULATION or volume under MIN_VOLUME) and failing_reason."),
        )
        for name, label in (
            ("N_BASINS", self.tr("Number of basins")),
            ("FAILING_BASINS", self.tr("Basins under the minimum LI, population or flow volume")),
            ("MODULARITY", self.tr("Modularity of the basins on the judged flows")),
            ("MODULARITY_ALL_FLOWS", self.tr("Modularity of the basins on all flows")),
            ("REPAIRED_GEOMETRIES", self.tr("Unit geometries repaired")),
            ("UNASSIGNED_UNITS", self.tr("Units in no basin")),
            ("SKIPPED_UNITS", self.tr("Units skipped (no geometry)")),
            ("FLOW_ROWS_FILTERED", self.tr("Flow rows left out by the care-type filter")),
            ("UNITS_FILLED", self.tr("Units without flows given a basin")),
            ("UNITS_REATTACHED", self.tr("Units reattached for contiguity")),
            ("ISLAND_UNITS", self.tr("Island units kept in the basin of their flows")),
            ("BASINS_MERGED", self.tr("Basins merged for failing a minimum")),
            ("UNITS_MERGED", self.tr("Units whose basin was merged")),
            ("BASINS_IN_PIECES", self.tr("Basins in several pieces")),
            ("HUBS_OUTSIDE_BASIN", self.tr("Basins whose hub's unit lies in another basin")),
            ("LOUVAIN_SEED", self.tr("Louvain: seed kept")),
            ("LOUVAIN_MODULARITY_MIN", self.tr("Louvain: lowest modularity of the tries")),
            ("LOUVAIN_MODULARITY_MAX", self.tr("Louvain: highest modularity of the tries")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def _add_unit_parameters(self):
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("UNITS", self.tr("Territorial units (communes)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon]),
            self.tr("Communes or municipalities on both sides of the border, as polygons. Invalid polygons are "
                    "repaired for the analysis (and counted)."),
        )
        add_unit_id_field(self, "UNITS",
                          self.tr("Unique id of each unit, e.g. FR:59350 or BE:57081, as used in the flow table."))
        add_population_field(self, "UNITS",
                             self.tr("Inhabitants of each unit (basin population and the minimum population rule)."))
        add_field_parameter(self, "UNIT_COUNTRY_FIELD", self.tr("Country field"), "country", "UNITS",
                            self.tr("FR or BE: needed for basins within each country and for the cross-border share "
                                    "of flows."), optional=True)
        add_field_parameter(self, "NAME_FIELD", self.tr("Unit name field"), "name", "UNITS",
                            self.tr("Optional: the name of each unit; the basins take their hub unit's name "
                                    "(hub_name, used as label)."), optional=True)

    def _add_flow_parameters(self):
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("FLOWS", self.tr("Patient flows"),
                                                [QgsProcessing.SourceType.TypeVector], DEFAULT_FLOWS_LAYER, True),
            self.tr("One row per origin unit → destination with a number of patients (or stays). Needed by the "
                    "Dartmouth and Louvain methods (the default method); optional with the proximity methods, which "
                    "then use it for the indicators only. Default: the project's layer named patient_flows, when there "
                    "is one (the sample's)."),
        )
        add_field_parameter(self, "FLOW_ORIGIN_FIELD", self.tr("Flows: origin unit id field"), "origin_id", "FLOWS",
                            self.tr("Field of the flow table holding the unit the patients live in."), optional=True)
        add_field_parameter(self, "FLOW_DEST_FIELD", self.tr("Flows: destination field"), "dest_unit_id", "FLOWS",
                            self.tr("Field of the flow table holding the destination unit id, or the facility id "
                                    "when a facilities layer is given."), optional=True)
        add_field_parameter(self, "FLOW_VOLUME_FIELD", self.tr("Flows: volume field"), "patients", "FLOWS",
                            self.tr("Number of patients (or stays) of each flow row; rows of one pair are added. "
                                    "MIN_VOLUME counts in this unit: choose stays to follow HSAr."),
                            numeric=True, optional=True)
        add_field_parameter(self, "CARE_TYPE_FIELD", self.tr("Flows: care type field"), "care_type", "FLOWS",
                            self.tr("Field of the flow table holding the care type (e.g. hospital_stay, day_case, "
                                    "ambulatory); read only when CARE_TYPES is set."), optional=True, flags=ADVANCED)
        add_parameter(
            self,
            QgsProcessingParameterString("CARE_TYPES", self.tr("Care types to keep (empty: all)"), "", False, True),
            self.tr("Only the flow rows of these care types, separated by ';' (e.g. hospital_stay). Empty: every "
                    "row, all care types added. The Dartmouth Hospital Service Areas and HSAr use hospital stays; "
                    "consultations give other, smaller basins. Rows left out are counted."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("FACILITIES", self.tr("Facilities (flow destinations)"),
                                                [QgsProcessing.SourceType.TypeVector], None, True),
            self.tr("Optional: when the flows go to facilities (hospitals), the table giving each facility's unit, so "
                    "flows are counted at the facility's unit."),
        )
        add_field_parameter(self, "FACILITY_ID_FIELD", self.tr("Facilities: id field"), "supply_id", "FACILITIES",
                            self.tr("Facility id, as in the flow destination field."), optional=True)
        add_field_parameter(self, "FACILITY_UNIT_FIELD", self.tr("Facilities: unit id field"), "unit_id",
                            "FACILITIES", self.tr("The unit each facility lies in."), optional=True)
        add_parameter(
            self,
            QgsProcessingParameterNumber("MIN_LI", self.tr("Minimum localization index (flow methods)"), DOUBLE,
                                         core_basins.DEFAULT_MIN_LI, False, 0.0, 1.0),
            self.tr("Share of the residents' flows that stay in their basin (li); Dartmouth and Louvain basins below "
                    "it merge into the neighbour they send most to; proximity basins below it are flagged failing. "
                    "0.4 after Haynes et al. 2020 (HSAr)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("MIN_POPULATION", self.tr("Minimum basin population (inhabitants)"), DOUBLE,
                                         core_basins.DEFAULT_MIN_POPULATION, False, 0.0),
            self.tr("Basins with fewer inhabitants merge into a neighbour (flow methods) or are flagged failing. 0: "
                    "no size rule on inhabitants (no source fixes one; set it for the care level studied)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("MIN_VOLUME", self.tr("Minimum basin size in flows (stays or patients)"),
                                         DOUBLE, core_basins.DEFAULT_MIN_VOLUME, False, 0.0),
            self.tr("Basins whose residents have fewer flows (in the volume field's unit) merge into a neighbour "
                    "(flow methods) or are flagged failing. 10 after Haynes et al. 2020 (HSAr: at least 10 stays); 0: "
                    "no size rule on flows."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("RESOLUTION", self.tr("Resolution (Louvain)"), DOUBLE,
                                         core_basins.DEFAULT_RESOLUTION, False, 0.0),
            self.tr("Modularity resolution: 1 is the classic modularity; larger values give more, smaller basins."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("SEED", self.tr("Random seed (Louvain)"), INTEGER, core_basins.DEFAULT_SEED,
                                         False, 0),
            self.tr("Seed of the order in which Louvain visits the units: the same seed gives the same basins. "
                    "With several tries, the seeds SEED, SEED + 1, … are tried."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("LOUVAIN_TRIES", self.tr("Number of Louvain tries"), INTEGER,
                                         core_basins.DEFAULT_LOUVAIN_TRIES, False, 1, 1000),
            self.tr("Louvain's result depends on the order it visits the units: it is run this many times with "
                    "successive seeds and the basins of highest modularity are kept. The seed kept and the lowest and "
                    "highest modularity are reported."),
        )

    def _add_hub_parameters(self):
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("HUBS", self.tr("Hubs (proximity methods)"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], DEFAULT_HUBS_LAYER, True),
            self.tr("Hospitals or other care hubs, as points: one basin per hub chosen by some unit. Needed by the "
                    "proximity methods, unused by the flow methods. Default: the project's layer named hospitals, when "
                    "there is one (the sample's)."),
        )
        add_field_parameter(self, "HUB_ID_FIELD", self.tr("Hubs: id field"), "supply_id", "HUBS",
                            self.tr("Unique id of each hub."), optional=True)
        add_field_parameter(self, "HUB_UNIT_FIELD", self.tr("Hubs: unit id field"), None, "HUBS",
                            self.tr("Optional: the unit each hub lies in. Without it, the unit polygon containing "
                                    "the hub."), optional=True, flags=ADVANCED)
        add_field_parameter(self, "HUB_CAPACITY_FIELD", self.tr("Hubs: capacity field (Huff)"), None, "HUBS",
                            self.tr("Optional: attractiveness of each hub in the Huff model, e.g. beds. Without it "
                                    "every hub weighs 1."), numeric=True, optional=True)
        add_parameter(
            self,
            QgsProcessingParameterEnum("DECAY", self.tr("Distance decay (Huff)"),
                                       [self.tr("Power: cost^-beta"), self.tr("Exponential: exp(-beta·cost)")],
                                       False, 0),
            self.tr("How attraction falls with travel time in the Huff model."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("BETA", self.tr("Decay parameter beta (Huff)"), DOUBLE, None, True, 0.0),
            self.tr("Empty: 2 for the power decay (the classic gravity value), 0.1 per minute for the exponential "
                    "decay. Calibrate it on flows when they exist."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("HUFF_MIN_COST", self.tr("Minimum cost in the power decay (minutes)"),
                                         DOUBLE, core_basins.DEFAULT_MIN_COST, False, 0.0),
            self.tr("cost^-beta is infinite at 0 minutes, so smaller costs are raised to this value."),
            ADVANCED,
        )

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        """The layer names proposed by default (FLOWS, HUBS) are only proposals: absent from the project, they
        mean "no layer" (the parameters are optional), not an error."""
        return super().checkParameterValues(self._without_missing_defaults(parameters, context), context)

    @staticmethod
    def _without_missing_defaults(parameters, context):
        cleaned = dict(parameters)
        for name, default in (("FLOWS", DEFAULT_FLOWS_LAYER), ("HUBS", DEFAULT_HUBS_LAYER)):
            value = cleaned.get(name)
            if value in (None, "", default) and QgsProcessingUtils.mapLayerFromString(default, context) is None:
                cleaned[name] = ""
        return cleaned

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        method = self.parameterAsEnum(parameters, "METHOD", context)
        crs = analysis_crs(self, parameters, context)
        progress = self.progress_callback(feedback)
        unit_field = field_value(self, parameters, "UNIT_ID_FIELD", context)
        population_field = field_value(self, parameters, "POPULATION_FIELD", context)
        country_field = field_value(self, parameters, "UNIT_COUNTRY_FIELD", context, required=False)
        name_field = field_value(self, parameters, "NAME_FIELD", context, required=False)
        allow_cross_border = self.parameterAsBool(parameters, "ALLOW_CROSS_BORDER", context)

        feedback.setProgressText(self.tr("Reading the units…"))
        source = self.parameterAsSource(parameters, "UNITS", context)
        units = read_layer(source, context, [unit_field, population_field, country_field, name_field],
                           self.tr("Territorial units"), GEOMETRY_SHAPES, crs, keep_features=True, feedback=feedback,
                           repair_invalid=True, layer=whole_layer(self, parameters, "UNITS", context),
                           allow_empty=False)
        ids = units.frame[unit_field]
        units.shapes, repaired = core_adjacency.repair_polygons(units.shapes)
        if repaired.any():
            feedback.pushWarning(self.tr("Territorial units: {count} invalid geometries repaired for the analysis, "
                                         "first ids: {ids}.").format(count=int(repaired.sum()),
                                                                     ids=first_ids(ids[repaired])))
        with self.core_errors():
            require_unique(ids, unit_field)
            population = require_non_negative(units.frame[population_field], ids, population_field)
        country = units.frame[country_field].astype(str).to_numpy() if country_field else None
        if not allow_cross_border and country is None:
            raise QgsProcessingException(self.tr(
                "Basins within each country need the units' country field (parameter UNIT_COUNTRY_FIELD)."))
        flows, filtered = self._read_flows(parameters, context, feedback, ids, method)

        with self.core_errors():
            feedback.setProgressText(self.tr("Finding which units touch…"))
            adjacency = core_adjacency.unit_adjacency(
                units.shapes, self.parameterAsDouble(parameters, "ADJACENCY_TOLERANCE", context), ids, ids.name,
                sub_progress(progress, 0.0, 0.2))
            if method in FLOW_METHODS:
                result = self._flow_basins(parameters, context, feedback, units, ids, flows, population, country,
                                           method, adjacency, sub_progress(progress, 0.2, 0.6))
                hub_ids = None
            else:
                result, hub_ids = self._proximity_basins(parameters, context, feedback, units, ids, country, method,
                                                         adjacency, sub_progress(progress, 0.2, 0.6))
            for warning in result.warnings:
                feedback.pushWarning(translate_error(warning))
            travel_cost = self._unit_travel_costs(parameters, context, feedback, units, ids, flows, method,
                                                  sub_progress(progress, 0.6, 0.8))
            feedback.setProgressText(self.tr("Dissolving the basins and computing their indicators…"))
            groups = pd.Series(result.labels).groupby(result.labels).indices
            groups.pop(-1, None)
            dissolved = dissolve_groups(units.shapes, groups, 0.0, sub_progress(progress, 0.8, 1.0), 0.0, 1.0)
            tables = core_basins.basin_tables(
                result, population, flows, country, allow_cross_border, adjacency, ids,
                units.frame[name_field] if name_field else None, hub_ids,
                self.parameterAsDouble(parameters, "MIN_LI", context),
                self.parameterAsDouble(parameters, "MIN_POPULATION", context),
                self.parameterAsDouble(parameters, "MIN_VOLUME", context),
                travel_cost, dissolved, filtered)
        outputs = tables.outputs
        self._log_summary(feedback, result, outputs, allow_cross_border, flows is not None)
        unit_frame, basin_frame = tables.units, tables.basins
        feedback.setProgressText(self.tr("Writing {count} units and {basins} basins…").format(
            count=len(unit_frame), basins=len(basin_frame)))
        unit_fields = fields_for_frame(unit_frame, base=units.source_fields)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, unit_fields, source.wkbType(),
                                         units.source_crs)
        write_frame(sink, unit_fields, unit_frame, geometries=units.geometries, base_attributes=units.attributes,
                    feedback=feedback)
        basin_fields = fields_for_frame(basin_frame, QgsFields())
        basin_sink, basins_id = self.create_sink(parameters, "BASINS", context, basin_fields,
                                                 QgsWkbTypes.Type.MultiPolygon, crs)
        write_frame(basin_sink, basin_fields, basin_frame,
                    geometries=multipolygons([dissolved.get(b) for b in range(result.n_basins)]), feedback=feedback)
        style_output_on_load(context, basins_id, "basins")
        return dict(outputs, OUTPUT=dest_id, BASINS=basins_id, REPAIRED_GEOMETRIES=int(repaired.sum()),
                    SKIPPED_UNITS=len(units.skipped_fids))

    def _log_summary(self, feedback, result, outputs, allow_cross_border, has_flows):
        """What the method did, in the log (the same figures as the numeric outputs)."""
        if has_flows:
            feedback.pushInfo(self.tr("li, msi, volume, failing and MODULARITY are on {basis}; li_all_flows, "
                                      "msi_all_flows and MODULARITY_ALL_FLOWS on all flows.").format(
                basis=self.tr("all flows") if allow_cross_border else self.tr("the flows within each country")))
        feedback.pushInfo(self.tr(
            "Basins: {basins}, {failing} failing a minimum; modularity {q} (all flows: {q_all}).").format(
            basins=result.n_basins, failing=outputs["FAILING_BASINS"], q=_number(outputs["MODULARITY"]),
            q_all=_number(outputs["MODULARITY_ALL_FLOWS"])))
        feedback.pushInfo(self.tr(
            "Units: {filled} without flows given a basin, {reattached} reattached for contiguity, {islands} islands "
            "kept in the basin of their flows; {merges} basins merged ({merged} units); {pieces} basins in several "
            "pieces; {outside} basins whose hub's unit lies in another basin.").format(
            filled=outputs["UNITS_FILLED"], reattached=outputs["UNITS_REATTACHED"], islands=outputs["ISLAND_UNITS"],
            merges=outputs["BASINS_MERGED"], merged=outputs["UNITS_MERGED"], pieces=outputs["BASINS_IN_PIECES"],
            outside=outputs["HUBS_OUTSIDE_BASIN"]))
        if result.tries is not None:
            feedback.pushInfo(self.tr(
                "Louvain: {tries} tries (seeds {first} to {last}); seed {seed} kept, modularity {best}; the tries "
                "range from {low} to {high}.").format(
                tries=len(result.tries), first=int(result.tries["seed"].min()), last=int(result.tries["seed"].max()),
                seed=result.seed, best=_number(outputs["LOUVAIN_MODULARITY_MAX"]),
                low=_number(outputs["LOUVAIN_MODULARITY_MIN"]), high=_number(outputs["LOUVAIN_MODULARITY_MAX"])))

    def _read_flows(self, parameters, context, feedback, ids, method):
        """The units × units flow matrix (None when no flow table is given: proximity only) and the rows filtered."""
        source = self.parameterAsSource(parameters, "FLOWS", context)
        if source is None:
            if method in FLOW_METHODS:
                raise QgsProcessingException(self.tr(
                    "The Dartmouth and Louvain methods need a patient flow table (parameter FLOWS). Give one, or "
                    "choose a proximity method."))
            return None, 0
        origin_field, dest_field, volume_field = (
            field_value(self, parameters, name, context)
            for name in ("FLOW_ORIGIN_FIELD", "FLOW_DEST_FIELD", "FLOW_VOLUME_FIELD"))
        care_types = core_basins.parse_care_types(self.parameterAsString(parameters, "CARE_TYPES", context))
        care_field = field_value(self, parameters, "CARE_TYPE_FIELD", context) if care_types else None
        feedback.setProgressText(self.tr("Reading the flows…"))
        table = read_table(self, parameters, "FLOWS", context, [origin_field, dest_field, volume_field, care_field],
                           self.tr("Patient flows"), feedback)
        frame = table.frame
        filtered = 0
        if care_types:
            with self.core_errors():
                keep = core_basins.care_type_rows(frame[care_field], care_types, care_field)
            filtered = int((~keep).sum())
            frame = frame[keep]
            feedback.pushInfo(self.tr("Care types {types}: {kept} flow rows kept, {left} left out.").format(
                types=", ".join(care_types), kept=len(frame), left=filtered))
        origin, dest = frame[origin_field], frame[dest_field]
        dest_unit, dest_unit_field = self._facility_units(parameters, context, feedback, dest, dest_field)
        with self.core_errors():
            origin_pos, dest_pos = core_basins.flow_indices(ids, origin, dest_unit, origin_field, dest_unit_field)
            row_ids = origin.astype(str) + "→" + dest.astype(str)
            flows = core_basins.flow_matrix(origin_pos, dest_pos, frame[volume_field], len(ids), row_ids,
                                            volume_field)
        feedback.pushInfo(self.tr("Flows: {rows} rows, {volume} in total.").format(rows=len(frame),
                                                                                    volume=_number(flows.sum())))
        if method in FLOW_METHODS and not flows.sum() > 0:
            raise QgsProcessingException(self.tr(
                "Patient flows: {rows} row(s), {volume} in total in field '{field}': the Dartmouth and Louvain methods "
                "need flows. Check the table (empty, or an empty selection or filter), CARE_TYPES and the volume "
                "field.").format(rows=len(frame), volume=_number(flows.sum()), field=volume_field))
        return flows, filtered

    def _facility_units(self, parameters, context, feedback, dest, dest_field):
        """The flows' destination unit ids (through the facilities layer when given) and the field they come from."""
        source = self.parameterAsSource(parameters, "FACILITIES", context)
        if source is None:
            return dest, dest_field
        id_field = field_value(self, parameters, "FACILITY_ID_FIELD", context)
        unit_field = field_value(self, parameters, "FACILITY_UNIT_FIELD", context)
        facilities = read_layer(source, context, [id_field, unit_field], self.tr("Facilities"), GEOMETRY_NONE,
                                feedback=feedback, layer=whole_layer(self, parameters, "FACILITIES", context))
        with self.core_errors():
            require_unique(facilities.frame[id_field], id_field)
        unit_of = pd.Series(facilities.frame[unit_field].to_numpy(), index=facilities.frame[id_field].astype(str))
        dest_unit = dest.astype(str).map(unit_of)
        unknown = dest_unit.isna().to_numpy()
        if unknown.any():
            raise QgsProcessingException(self.tr(
                "Field '{field}': {count} flow destination(s) are not facilities with a unit (fields '{id_field}', "
                "'{unit_field}' of the facilities layer), first: {ids}. Check the destination field and the "
                "facilities layer.").format(field=dest_field, count=len(pd.unique(dest[unknown])), id_field=id_field,
                                            unit_field=unit_field, ids=first_ids(pd.unique(dest[unknown]))))
        return dest_unit, unit_field

    def _flow_basins(self, parameters, context, feedback, units, ids, flows, population, country, method, adjacency,
                     progress):
        allow_cross_border = self.parameterAsBool(parameters, "ALLOW_CROSS_BORDER", context)
        minimums = {"min_li": self.parameterAsDouble(parameters, "MIN_LI", context),
                    "min_population": self.parameterAsDouble(parameters, "MIN_POPULATION", context),
                    "min_volume": self.parameterAsDouble(parameters, "MIN_VOLUME", context)}
        feedback.setProgressText(self.tr("Delineating the basins…"))
        if method == DARTMOUTH:
            return core_basins.dartmouth_basins(
                flows, adjacency, population, country=country, allow_cross_border=allow_cross_border,
                centroids=units.xy, ids=ids, progress=progress, **minimums)
        return louvain.louvain_basins(
            flows, adjacency,
            self.parameterAsDouble(parameters, "RESOLUTION", context),
            self.parameterAsInt(parameters, "SEED", context),
            country, allow_cross_border, units.xy, ids, progress,
            tries=self.parameterAsInt(parameters, "LOUVAIN_TRIES", context), population=population, **minimums)

    def _proximity_basins(self, parameters, context, feedback, units, ids, country, method, adjacency, progress):
        """Basins of the nearest or most probable hub; also the hub ids."""
        source = self.parameterAsSource(parameters, "HUBS", context)
        if source is None:
            raise QgsProcessingException(self.tr(
                "The proximity methods need a hubs layer (parameter HUBS), e.g. the hospitals."))
        id_field = field_value(self, parameters, "HUB_ID_FIELD", context)
        unit_field = field_value(self, parameters, "HUB_UNIT_FIELD", context, required=False)
        capacity_field = field_value(self, parameters, "HUB_CAPACITY_FIELD", context, required=False)
        hubs = read_layer(source, context, [id_field, unit_field, capacity_field], self.tr("Hubs"), GEOMETRY_POINTS,
                          analysis_crs(self, parameters, context), feedback=feedback,
                          layer=whole_layer(self, parameters, "HUBS", context))
        hub_ids = hubs.frame[id_field]
        if not len(hub_ids):
            raise QgsProcessingException(self.tr(
                "Hubs: the layer has no usable point ({skipped} feature(s) without geometry). Choose a hubs layer "
                "with points, e.g. the hospitals.").format(skipped=len(hubs.skipped_fids)))
        require_unique(hub_ids, id_field)
        supply = require_non_negative(hubs.frame[capacity_field], hub_ids, capacity_field) if capacity_field else None
        hub_unit = host_unit_rows(ids, units, hubs, unit_field, hub_ids)
        if (hub_unit < 0).any():
            feedback.pushWarning(self.tr("{count} hub(s) lie in no unit, first: {ids}. Their basins have no hub "
                                         "unit and, within each country, no country.").format(
                count=int((hub_unit < 0).sum()), ids=first_ids(hub_ids[hub_unit < 0])))
        feedback.setProgressText(self.tr("Computing travel costs to the hubs…"))
        blocks = travel_cost_blocks(self, parameters, context, feedback, units.xy, ids, hubs.xy, hub_ids)
        pairs = CostPairs.concat(blocks(progress), len(ids), len(hub_ids))
        beta = parameters.get("BETA")
        result = proximity.proximity_basins(
            pairs.origin, pairs.dest, pairs.cost, pairs.n_origins, pairs.n_destinations,
            "huff" if method == HUFF else "nearest", supply,
            DECAYS[self.parameterAsEnum(parameters, "DECAY", context)],
            None if beta is None or beta == "" else self.parameterAsDouble(parameters, "BETA", context),
            self.parameterAsDouble(parameters, "HUFF_MIN_COST", context),
            hub_unit, country, None if country is None else core_basins.values_at(country, hub_unit),
            self.parameterAsBool(parameters, "ALLOW_CROSS_BORDER", context), ids, adjacency,
            self.parameterAsBool(parameters, "MAKE_CONTIGUOUS", context))
        return result, hub_ids

    def _unit_travel_costs(self, parameters, context, feedback, units, ids, flows, method, progress):
        """(origin, destination, minutes) between units for the mean travel time, or None."""
        if flows is None or not self.parameterAsBool(parameters, "TRAVEL_TIME_INDICATOR", context):
            return None
        if method not in FLOW_METHODS and self.parameterAsSource(parameters, "COSTS", context) is not None:
            feedback.pushInfo(self.tr("The cost table goes to the hubs, not between units: no mean travel time."))
            return None
        feedback.setProgressText(self.tr("Computing travel times between units…"))
        blocks = travel_cost_blocks(self, parameters, context, feedback, units.xy, ids, units.xy, ids)
        # Only the pairs that carry flows are kept, so memory follows the flows, not units × units.
        kept = [pairs.subset(np.asarray(flows[pairs.origin, pairs.dest]).ravel() > 0) for pairs in blocks(progress)]
        pairs = CostPairs.concat(kept, len(ids), len(ids))
        return pairs.origin, pairs.dest, pairs.cost

def _number(value) -> str:
    """A figure for the log: integers without decimals, others with 3 significant decimals."""
    value = float(value)
    if value != value:
        return "NaN"
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return "{:.3f}".format(value)
