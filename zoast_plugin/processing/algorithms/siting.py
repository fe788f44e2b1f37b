"""zoast:siting — where to open the next N practices, the existing supply fixed (MCLP or shortfall)."""

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import accessibility as fca
from ...core import siting
from ...core.costs import CostPairs
from ...core.progress import sub_progress
from ...core.validation import require_unique
from ..base import ZoastAlgorithm
from ..border import add_border_parameters, host_rows, point_rule, read_members
from ..chain_inputs import add_catchment_parameters, weights_of
from ..parameters import ADVANCED, add_field_parameter, add_parameter, analysis_crs, field_value
from ..qgis_io import GEOMETRY_POINTS, GEOMETRY_SHAPES, fields_for_frame, read_layer, whole_layer, write_frame
from ..travel_costs import travel_cost_blocks

DOUBLE = QgsProcessingParameterNumber.Type.Double
INTEGER = QgsProcessingParameterNumber.Type.Integer
UNIT_TYPES = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
SQUARE_METRES_PER_KM2 = 1e6
AREA_COLUMN = "area_km2"


class SitingAlgorithm(ZoastAlgorithm):
    """Choose N sites among candidate points (or a grid) for new supply of a given capacity."""

    ALGORITHM_ID = "siting"
    GROUP_ID = "needs"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Where to open new practices (siting)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("UNITS", self.tr("Territorial units (communes)"), UNIT_TYPES),
            self.tr("Communes or other units, as points or polygons (polygons use their point on surface)."),
        )
        add_field_parameter(self, "UNIT_ID_FIELD", self.tr("Unit id field"), "unit_id", "UNITS",
                            self.tr("Unique id of each unit, e.g. FR:59350 or BE:57081."))
        add_field_parameter(self, "DEMAND_FIELD", self.tr("Demand field (population)"), "population", "UNITS",
                            self.tr("Inhabitants (or standardised need) of each unit: the demand to cover."),
                            numeric=True)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("CANDIDATES", self.tr("Candidate sites"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], None, True),
            self.tr("Points where new supply could open (vacant premises, health centre projects…). Without it, "
                    "a regular grid over the units is used (GRID_SPACING)."),
        )
        add_field_parameter(self, "CANDIDATE_ID_FIELD", self.tr("Candidate id field"), "candidate_id",
                            "CANDIDATES", self.tr("Unique id of each candidate site."), optional=True)
        add_parameter(
            self,
            QgsProcessingParameterNumber("GRID_SPACING", self.tr("Grid spacing when no candidates are given (m)"),
                                         DOUBLE, 5000.0, False, 0.0),
            self.tr("Without a candidates layer, candidates are the centres of a regular grid of this spacing, "
                    "kept inside the unit polygons (or near the unit points)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("SUPPLY", self.tr("Existing supply points"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], None, True),
            self.tr("Optional: the supply already there, kept fixed. Coverage: demand within the cut-off of one "
                    "of these points is already covered. Shortfall: their capacity gives the access before."),
        )
        add_field_parameter(self, "SUPPLY_ID_FIELD", self.tr("Supply id field"), "supply_id", "SUPPLY",
                            self.tr("Unique id of each supply point."), optional=True)
        add_field_parameter(self, "CAPACITY_FIELD", self.tr("Capacity field"), "fte", "SUPPLY",
                            self.tr("Supply of each existing point, in the same unit as the new capacity (FTE)."),
                            numeric=True, optional=True)
        add_field_parameter(self, "SUPPLY_COUNTRY_FIELD", self.tr("Supply country field"), "country", "SUPPLY",
                            self.tr("FR or BE for each supply point (border modes 0 and 1)."), optional=True)
        add_parameter(
            self,
            QgsProcessingParameterNumber("N_SITES", self.tr("Number of sites to choose"), INTEGER, 5, False, 1),
            self.tr("How many new sites to open. Fewer are chosen when the others would add nothing."),
        )
        add_parameter(
            self,
            QgsProcessingParameterEnum("OBJECTIVE", self.tr("Objective"),
                                       [self.tr("Coverage: maximise the demand within the cut-off (MCLP)"),
                                        self.tr("Shortfall: minimise the total shortfall under each country's "
                                                "rule")], False, siting.OBJECTIVE_COVERAGE),
            self.tr("Coverage: maximal covering location; demand already within reach of existing supply counts "
                    "as covered. Shortfall: the FTE missing to reach each country's adequacy threshold, the "
                    "floating catchment recomputed after each choice."),
        )
        add_parameter(
            self,
            QgsProcessingParameterBoolean("EXACT", self.tr("Exact solution (coverage only)"), False),
            self.tr("Solve the coverage problem exactly as an integer program (HiGHS). Otherwise, or for the "
                    "shortfall objective, a lazy greedy choice (at least 63 % of the optimum, usually far more)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("TIME_LIMIT", self.tr("Exact solver time limit (seconds)"), DOUBLE,
                                         siting.DEFAULT_TIME_LIMIT_S, False, 1.0),
            self.tr("Past this time the exact solver returns the best choice found, marked as not proven optimal "
                    "(output OPTIMAL = 0)."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("NEW_CAPACITY", self.tr("Capacity of each new site (FTE)"), DOUBLE, 1.0,
                                         False, 0.0),
            self.tr("Shortfall objective: the supply each new site brings, in the unit of the capacity field."),
        )
        add_field_parameter(self, "UNIT_COUNTRY_FIELD", self.tr("Unit country field"), "country", "UNITS",
                            self.tr("FR or BE: decides which rule judges the unit and which supply is across the "
                                    "border."), optional=True)
        add_field_parameter(self, "AREA_FIELD", self.tr("Area field (km²)"), None, "UNITS",
                            self.tr("Shortfall objective: area of each unit for the Flemish density rule. Without "
                                    "it the area is computed from the polygons."), numeric=True, optional=True)
        add_catchment_parameters(self)  # METHOD, STEPS, SIGMA, travel costs, FR/BE scales
        add_border_parameters(self, fca.BORDER_OPEN)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Candidate sites"),
                                              QgsProcessing.SourceType.TypeVectorPoint),
            self.tr("The candidates with selected (true/false), rank (order chosen, 1…N, empty when not chosen) and "
                    "gain (demand newly covered, or shortfall FTE removed, when chosen; for the others, what they "
                    "would still add to the choice)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("UNITS_OUTPUT", self.tr("Units after the choice"),
                                              QgsProcessing.SourceType.TypeVector, None, True, False),
            self.tr("Optional: the units with covered (0 not covered, 1 by existing supply, 2 by the new sites) "
                    "for the coverage objective, or access_before, access_after, shortfall_before and "
                    "shortfall_after (FTE) for the shortfall objective."),
        )
        for name, label in (
            ("COVERED_DEMAND", self.tr("Demand covered after the choice")),
            ("COVERED_BEFORE", self.tr("Demand covered by the existing supply")),
            ("TOTAL_DEMAND", self.tr("Total demand")),
            ("SHORTFALL_BEFORE", self.tr("Total shortfall before (FTE)")),
            ("SHORTFALL_AFTER", self.tr("Total shortfall after (FTE)")),
            ("SELECTED_COUNT", self.tr("Sites chosen")),
            ("OPTIMAL", self.tr("Proven optimal (1 yes, 0 no, -1 greedy)")),
            ("CANDIDATES_OUTSIDE", self.tr("Candidates outside the units' extent")),
            ("SKIPPED", self.tr("Features skipped (no geometry)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        crs = analysis_crs(self, parameters, context)
        objective = self.parameterAsEnum(parameters, "OBJECTIVE", context)
        exact = self.parameterAsBool(parameters, "EXACT", context)
        n_sites = self.parameterAsInt(parameters, "N_SITES", context)
        max_cost = self.parameterAsDouble(parameters, "MAX_COST", context)
        border_mode = self.parameterAsEnum(parameters, "BORDER_MODE", context)
        shortfall = objective == siting.OBJECTIVE_SHORTFALL
        unit_id_field = field_value(self, parameters, "UNIT_ID_FIELD", context)
        demand_field = field_value(self, parameters, "DEMAND_FIELD", context)
        needs_country = shortfall or border_mode != fca.BORDER_OPEN
        country_field = field_value(self, parameters, "UNIT_COUNTRY_FIELD", context, required=needs_country)
        area_field = field_value(self, parameters, "AREA_FIELD", context, required=False)
        if exact and shortfall:
            feedback.pushWarning(self.tr("The exact mode is for the coverage objective: the shortfall objective is "
                                         "solved by the lazy greedy."))
            exact = False

        feedback.setProgressText(self.tr("Reading the layers…"))
        units_source = self.parameterAsSource(parameters, "UNITS", context)
        polygons = QgsWkbTypes.geometryType(units_source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        unit_output = bool(self.parameterAsOutputLayer(parameters, "UNITS_OUTPUT", context))
        units = read_layer(units_source, context, [unit_id_field, demand_field, country_field, area_field],
                           self.tr("Territorial units"), GEOMETRY_SHAPES if polygons else GEOMETRY_POINTS, crs,
                           keep_features=unit_output, feedback=feedback,
                           layer=whole_layer(self, parameters, "UNITS", context))
        unit_ids = units.frame[unit_id_field]
        skipped = len(units.skipped_fids)
        candidates, candidate_ids, candidate_xy = self.read_candidates(parameters, context, feedback, units, crs,
                                                                       max_cost)
        if candidates is not None:
            skipped += len(candidates.skipped_fids)
        supply = self.read_supply(parameters, context, feedback, crs, shortfall, border_mode)
        if supply is not None:
            skipped += len(supply.skipped_fids)

        progress = self.progress_callback(feedback)
        with self.core_errors():
            require_unique(unit_ids, unit_id_field)
            demand = siting.check_candidates(candidate_ids, n_sites, units.frame[demand_field], unit_ids,
                                             field_value(self, parameters, "CANDIDATE_ID_FIELD", context,
                                                         required=False) or "candidate_id", demand_field)
            extent = shapely.bounds(units.shapes).reshape(-1, 2) if units.shapes is not None else units.xy
            outside = siting.outside_extent(candidate_xy, extent[np.isfinite(extent).all(axis=1)])
            if outside.any():
                feedback.pushWarning(self.tr("{count} candidate(s) lie outside the units' extent, first ids: {ids}. "
                                             "They can only serve units within the cut-off.").format(
                    count=int(outside.sum()), ids=", ".join(str(i) for i in candidate_ids[outside][:5])))
            feedback.setProgressText(self.tr("Travel costs…"))
            unit_country = units.frame[country_field] if country_field else None
            members = read_members(self, parameters, context, feedback) if border_mode == fca.BORDER_ZOAST else None
            candidate_pairs = self.pairs(parameters, context, feedback, units, unit_ids, candidate_xy, candidate_ids,
                                         border_mode, unit_country, members, None, sub_progress(progress, 0, 0.3))
            supply_pairs = None
            if supply is not None:
                supply_ids = supply.frame[self.supply_fields["SUPPLY_ID_FIELD"]]
                require_unique(supply_ids, self.supply_fields["SUPPLY_ID_FIELD"])
                supply_country = supply.frame[self.supply_fields["SUPPLY_COUNTRY_FIELD"]] \
                    if self.supply_fields["SUPPLY_COUNTRY_FIELD"] else None
                supply_pairs = self.pairs(parameters, context, feedback, units, unit_ids, supply.xy, supply_ids,
                                          border_mode, unit_country, members, supply_country,
                                          sub_progress(progress, 0.3, 0.6))
            feedback.pushInfo(self.tr("{pairs} unit–candidate pairs within {minutes} minutes.").format(
                pairs=len(candidate_pairs), minutes=max_cost))
            feedback.setProgressText(self.tr("Choosing the sites…"))
            choose = sub_progress(progress, 0.6, 0.95)
            if shortfall:
                result, frame_units = self.shortfall_choice(parameters, context, units, unit_id_field, demand_field,
                                                            demand, country_field, area_field, supply, supply_pairs,
                                                            candidate_pairs, n_sites, choose)
            else:
                cover = siting.coverage_matrix(candidate_pairs, max_cost)
                existing = siting.covered_by_existing(supply_pairs, max_cost, len(unit_ids))
                if exact:
                    result = siting.exact_coverage(cover, demand, n_sites, existing,
                                                   self.parameterAsDouble(parameters, "TIME_LIMIT", context), choose)
                else:
                    result = siting.greedy_coverage(cover, demand, n_sites, existing, choose)
                frame_units = pd.DataFrame({"covered": result.unit_value.astype(np.int64)})

        if result.n_selected < n_sites:
            feedback.pushWarning(self.tr("Only {chosen} of the {asked} sites add anything: the other candidates "
                                         "reach no demand left to serve.").format(chosen=result.n_selected,
                                                                                  asked=n_sites))
        if exact and not result.optimal:
            feedback.pushWarning(self.tr("The exact solver reached its time limit: the choice is the best found, "
                                         "not proven optimal."))

        feedback.setProgressText(self.tr("Writing the outputs…"))
        dest_id = self.write_candidates(parameters, context, feedback, candidates, candidate_ids, candidate_xy, crs,
                                        result)
        outputs = {
            "OUTPUT": dest_id,
            "SELECTED_COUNT": result.n_selected,
            "OPTIMAL": -1 if result.optimal is None else int(bool(result.optimal)),
            "CANDIDATES_OUTSIDE": int(outside.sum()),
            "SKIPPED": skipped,
            "TOTAL_DEMAND": float(demand.sum()),
        }
        if shortfall:
            outputs.update(SHORTFALL_BEFORE=result.before, SHORTFALL_AFTER=result.after)
            feedback.pushInfo(self.tr("Shortfall {before} FTE before, {after} FTE after.").format(
                before="{:.2f}".format(result.before), after="{:.2f}".format(result.after)))
        else:
            outputs.update(COVERED_DEMAND=result.after, COVERED_BEFORE=result.before)
            feedback.pushInfo(self.tr("Demand covered: {before} before, {after} after, of {total}.").format(
                before="{:.0f}".format(result.before), after="{:.0f}".format(result.after),
                total="{:.0f}".format(demand.sum())))
        if unit_output:
            fields = fields_for_frame(frame_units, units.source_fields)
            sink, units_id = self.create_sink(parameters, "UNITS_OUTPUT", context, fields, units_source.wkbType(),
                                              units.source_crs)
            write_frame(sink, fields, frame_units, units.geometries, units.attributes, feedback)
            outputs["UNITS_OUTPUT"] = units_id
        return outputs

    # ------------------------------------------------------------------ steps

    def read_candidates(self, parameters, context, feedback, units, crs, max_cost):
        """(LayerData or None for a grid, ids as an object array, xy in the analysis CRS)."""
        source = self.parameterAsSource(parameters, "CANDIDATES", context)
        if source is not None:
            id_field = field_value(self, parameters, "CANDIDATE_ID_FIELD", context)
            candidates = read_layer(source, context, [id_field], self.tr("Candidate sites"), GEOMETRY_POINTS, crs,
                                    keep_features=True, feedback=feedback,
                                    layer=whole_layer(self, parameters, "CANDIDATES", context))
            return candidates, candidates.frame[id_field].to_numpy(dtype=object), candidates.xy
        spacing = self.parameterAsDouble(parameters, "GRID_SPACING", context)
        if spacing <= 0:
            raise QgsProcessingException(self.tr("Give a candidate sites layer (CANDIDATES) or a grid spacing above "
                                                 "0 (GRID_SPACING)."))
        with self.core_errors():
            xy = siting.grid_points(spacing, shapes=units.shapes, xy=units.xy)
        feedback.pushInfo(self.tr("{count} grid candidates every {spacing} m.").format(count=len(xy),
                                                                                      spacing=spacing))
        ids = np.array(["G{}".format(n + 1) for n in range(len(xy))], dtype=object)
        return None, ids, xy

    def read_supply(self, parameters, context, feedback, crs, shortfall, border_mode):
        source = self.parameterAsSource(parameters, "SUPPLY", context)
        self.supply_fields = {"SUPPLY_ID_FIELD": "", "CAPACITY_FIELD": "", "SUPPLY_COUNTRY_FIELD": ""}
        if source is None:
            return None
        self.supply_fields = {
            "SUPPLY_ID_FIELD": field_value(self, parameters, "SUPPLY_ID_FIELD", context),
            "CAPACITY_FIELD": field_value(self, parameters, "CAPACITY_FIELD", context, required=shortfall),
            "SUPPLY_COUNTRY_FIELD": field_value(self, parameters, "SUPPLY_COUNTRY_FIELD", context,
                                                required=border_mode != fca.BORDER_OPEN),
        }
        return read_layer(source, context, list(self.supply_fields.values()), self.tr("Existing supply points"),
                          GEOMETRY_POINTS, crs, feedback=feedback,
                          layer=whole_layer(self, parameters, "SUPPLY", context))

    def pairs(self, parameters, context, feedback, units, unit_ids, xy, ids, border_mode, unit_country, members,
              point_country, progress):
        """The unit → point pairs within the cut-off that the border mode allows."""
        ids = pd.Series(np.asarray(ids, dtype=object))
        blocks = travel_cost_blocks(self, parameters, context, feedback, units.xy, unit_ids, xy, ids)
        pairs = CostPairs.concat(list(blocks(progress)), len(unit_ids), len(ids))
        if border_mode == fca.BORDER_OPEN:
            return pairs
        hosts = host_rows(units, xy, nearest_fallback=point_country is None)
        if point_country is None:  # candidates: the country of the unit they lie in (or the nearest)
            point_country = np.asarray(unit_country, dtype=object)[hosts]
        rule = point_rule(border_mode, unit_ids, unit_country, ids, point_country, hosts, members)
        return rule.apply(pairs)

    def shortfall_choice(self, parameters, context, units, unit_id_field, demand_field, demand, country_field,
                         area_field, supply, supply_pairs, candidate_pairs, n_sites, progress):
        unit_ids = units.frame[unit_id_field]
        weights = weights_of(self, parameters, context)
        if supply is not None:
            capacity = supply.frame[self.supply_fields["CAPACITY_FIELD"]]
            access = fca.floating_catchment(supply_pairs, demand, capacity, weights, unit_ids=unit_ids,
                                            supply_ids=supply.frame[self.supply_fields["SUPPLY_ID_FIELD"]],
                                            capacity_field=self.supply_fields["CAPACITY_FIELD"]).access
        else:
            access = np.zeros(len(unit_ids))
        frame = units.frame
        if not area_field and units.shapes is not None:
            frame = frame.assign(**{AREA_COLUMN: shapely.area(units.shapes) / SQUARE_METRES_PER_KM2})
            area_field = AREA_COLUMN
        target, fte = siting.rule_terms(frame, id_field=unit_id_field, country_field=country_field,
                                        population_field=demand_field,
                                        area_field=area_field or None,
                                        fr_access_scale=self.parameterAsDouble(parameters, "FR_ACCESS_SCALE",
                                                                               context),
                                        be_access_scale=self.parameterAsDouble(parameters, "BE_ACCESS_SCALE",
                                                                               context))
        increments = siting.increment_matrix(candidate_pairs, demand, weights,
                                             self.parameterAsDouble(parameters, "NEW_CAPACITY", context))
        result = siting.greedy_shortfall(increments, access, target, fte, n_sites, progress)
        frame_units = pd.DataFrame({
            "access_before": access, "access_after": result.unit_value,
            "shortfall_before": siting.shortfall_of(access, target, fte),
            "shortfall_after": siting.shortfall_of(result.unit_value, target, fte),
        })
        return result, frame_units

    def write_candidates(self, parameters, context, feedback, candidates, ids, xy, crs, result):
        rank = pd.array(np.where(result.rank > 0, result.rank, 0), dtype="Int64")
        rank[result.rank == 0] = pd.NA
        frame = pd.DataFrame({"selected": result.selected, "rank": rank, "gain": result.gain})
        if candidates is None:
            frame.insert(0, "candidate_id", ids.astype(str))
            fields = fields_for_frame(frame, QgsFields())
            sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point, crs)
            geometries = [QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))) for x, y in xy]
            write_frame(sink, fields, frame, geometries, None, feedback)
            return dest_id
        fields = fields_for_frame(frame, candidates.source_fields)
        source = self.parameterAsSource(parameters, "CANDIDATES", context)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, source.wkbType(),
                                         candidates.source_crs)
        write_frame(sink, fields, frame, candidates.geometries, candidates.attributes, feedback)
        return dest_id

