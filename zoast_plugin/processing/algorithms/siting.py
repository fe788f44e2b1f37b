"""zoast:siting — where to open the next N practices, the existing supply fixed (MCLP or shortfall)."""

from typing import NamedTuple, Optional

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
from ...core import siting, zoning
from ...core.costs import CostPairs
from ...core.progress import sub_progress
from ...core.validation import require_unique
from ..base import ZoastAlgorithm
from ..border import add_border_parameters, host_rows, point_rule, read_members
from ..chain_inputs import add_catchment_parameters, add_official_parameters, present_field, weights_of
from ..parameters import ADVANCED, add_field_parameter, add_parameter, analysis_crs, field_value
from ..qgis_io import GEOMETRY_POINTS, GEOMETRY_SHAPES, fields_for_frame, read_layer, whole_layer, write_frame
from ..travel_costs import travel_cost_blocks
from ..unit_inputs import add_unit_id_field

DOUBLE = QgsProcessingParameterNumber.Type.Double
INTEGER = QgsProcessingParameterNumber.Type.Integer
UNIT_TYPES = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
SQUARE_METRES_PER_KM2 = 1e6
AREA_COLUMN = "area_km2"


class Reach(NamedTuple):
    """Unit → point pairs: all within the cut-off, those the border mode allows, its rule, and where the
    points lie (``hosts``, unit rows) with their ``country`` (None when not needed)."""

    raw: CostPairs
    allowed: CostPairs
    rule: Optional[object]
    hosts: Optional[np.ndarray]
    country: Optional[np.ndarray]


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
        add_unit_id_field(self, "UNITS", self.tr("Unique id of each unit, e.g. FR:59350 or BE:57081."))
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
                    "as covered. Shortfall: the FTE missing to reach each country's adequacy threshold, recomputed "
                    "after each choice, official or analytical (SHORTFALL_RULE)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterEnum("SHORTFALL_RULE", self.tr("Shortfall objective: which shortfall"),
                                       [self.tr("Official: each country's rule on its official indicator"),
                                        self.tr("Analytical: the accessibility with the border mode")], False,
                                       siting.SHORTFALL_OFFICIAL),
            self.tr("Official (as zoast:gaps): France on the APL with French supply only, the TVS mean when a TVS "
                    "field is given (shortfall in FTE-equivalents to APL 4); Wallonia on the FTE located in the "
                    "municipality (to 90 per 100,000); Flanders on the GPs under 65 located in it (to 90, or 120 "
                    "below 125 inhabitants/km²): a Belgian site counts only for the municipality it lies in. "
                    "Analytical: each unit's accessibility with the border mode and the cross-border weight, judged "
                    "by the same thresholds."),
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
        add_official_parameters(self)  # TVS_FIELD, GP_OVER_65_FIELD
        add_catchment_parameters(self)  # METHOD, STEPS, SIGMA, travel costs, FR/BE scales
        add_border_parameters(self, fca.BORDER_OPEN)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Candidate sites"),
                                              QgsProcessing.SourceType.TypeVectorPoint),
            self.tr("The candidates with selected (true/false), rank (order chosen, 1…N, empty when not chosen), "
                    "gain (demand newly covered, or shortfall FTE removed, when chosen; for the others, what they "
                    "would still add to the choice) and objective (covered_demand, official_shortfall or "
                    "analytical_shortfall: what the gain counts)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("UNITS_OUTPUT", self.tr("Units after the choice"),
                                              QgsProcessing.SourceType.TypeVector, None, True, False),
            self.tr("Optional: the units with covered (0 not covered, 1 by existing supply, 2 by the new sites) "
                    "for the coverage objective. Official shortfall: rule, zone (the TVS or the unit), "
                    "indicator_before/after (APL, the TVS mean; FTE or GPs under 65 located in the municipality per "
                    "100,000), shortfall_before/after (the unit's share of its zone's) and shortfall_unit. "
                    "Analytical shortfall: an_access_before/after and an_shortfall_before/after (FTE)."),
        )
        for name, label in (
            ("COVERED_DEMAND", self.tr("Demand covered after the choice")),
            ("COVERED_BEFORE", self.tr("Demand covered by the existing supply")),
            ("TOTAL_DEMAND", self.tr("Total demand")),
            ("SHORTFALL_BEFORE", self.tr("Total shortfall before (official or analytical, see SHORTFALL_RULE)")),
            ("SHORTFALL_AFTER", self.tr("Total shortfall after (official or analytical, see SHORTFALL_RULE)")),
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
        self.objective_name = "covered_demand"
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
        official = shortfall and self.parameterAsEnum(parameters, "SHORTFALL_RULE", context) == \
            siting.SHORTFALL_OFFICIAL
        self.tvs_field = present_field(self, parameters, "TVS_FIELD", context, units_source) if official else ""
        units = read_layer(units_source, context, [unit_id_field, demand_field, country_field, area_field,
                                                   self.tvs_field],
                           self.tr("Territorial units"), GEOMETRY_SHAPES if polygons else GEOMETRY_POINTS, crs,
                           keep_features=unit_output, feedback=feedback,
                           layer=whole_layer(self, parameters, "UNITS", context))
        unit_ids = units.frame[unit_id_field]
        skipped = len(units.skipped_fids)
        candidates, candidate_ids, candidate_xy = self.read_candidates(parameters, context, feedback, units, crs,
                                                                       max_cost)
        if candidates is not None:
            skipped += len(candidates.skipped_fids)
        supply = self.read_supply(parameters, context, feedback, crs, shortfall, border_mode, official)
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
            candidates_reach = self.pairs(parameters, context, feedback, units, unit_ids, candidate_xy,
                                          candidate_ids, border_mode, unit_country, members, None,
                                          sub_progress(progress, 0, 0.3), shortfall)
            candidate_pairs = candidates_reach.allowed
            supply_reach = supply_pairs = None
            if supply is not None:
                supply_ids = supply.frame[self.supply_fields["SUPPLY_ID_FIELD"]]
                require_unique(supply_ids, self.supply_fields["SUPPLY_ID_FIELD"])
                supply_country = supply.frame[self.supply_fields["SUPPLY_COUNTRY_FIELD"]] \
                    if self.supply_fields["SUPPLY_COUNTRY_FIELD"] else None
                supply_reach = self.pairs(parameters, context, feedback, units, unit_ids, supply.xy, supply_ids,
                                          border_mode, unit_country, members, supply_country,
                                          sub_progress(progress, 0.3, 0.6), shortfall)
                supply_pairs = supply_reach.allowed
            feedback.pushInfo(self.tr("{pairs} unit–candidate pairs within {minutes} minutes.").format(
                pairs=len(candidate_pairs), minutes=max_cost))
            feedback.setProgressText(self.tr("Choosing the sites…"))
            choose = sub_progress(progress, 0.6, 0.95)
            if shortfall:
                result, frame_units = self.shortfall_choice(parameters, context, feedback, units, unit_id_field,
                                                            demand_field, demand, country_field, area_field, supply,
                                                            supply_reach, candidates_reach, n_sites, choose)
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

    def read_supply(self, parameters, context, feedback, crs, shortfall, border_mode, official=False):
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
        if official:
            self.supply_fields["GP_OVER_65_FIELD"] = present_field(self, parameters, "GP_OVER_65_FIELD", context,
                                                                   source)
        return read_layer(source, context, list(self.supply_fields.values()), self.tr("Existing supply points"),
                          GEOMETRY_POINTS, crs, feedback=feedback,
                          layer=whole_layer(self, parameters, "SUPPLY", context))

    def pairs(self, parameters, context, feedback, units, unit_ids, xy, ids, border_mode, unit_country, members,
              point_country, progress, locate=False) -> "Reach":
        """The unit → point pairs within the cut-off: all of them, and those the border mode allows.

        With ``locate`` (the shortfall objective) the unit each point lies in and its country are
        always found (the official rules and the cross-border weight need them).
        """
        ids = pd.Series(np.asarray(ids, dtype=object))
        blocks = travel_cost_blocks(self, parameters, context, feedback, units.xy, unit_ids, xy, ids)
        pairs = CostPairs.concat(list(blocks(progress)), len(unit_ids), len(ids))
        if border_mode == fca.BORDER_OPEN and not locate:
            return Reach(pairs, pairs, None, None, None)
        hosts = host_rows(units, xy, nearest_fallback=point_country is None)
        if point_country is None:  # candidates: the country of the unit they lie in (or the nearest)
            point_country = np.asarray(unit_country, dtype=object)[hosts]
        if locate and (hosts < 0).any():  # the official rules need a unit for each point: the nearest
            hosts = host_rows(units, xy, nearest_fallback=True)
        weight = self.parameterAsDouble(parameters, "CROSS_BORDER_WEIGHT", context)
        rule = point_rule(border_mode, unit_ids, unit_country, ids, point_country, hosts, members, weight=weight)
        return Reach(pairs, rule.apply(pairs), rule, hosts, np.asarray(point_country, dtype=object))

    def shortfall_choice(self, parameters, context, feedback, units, unit_id_field, demand_field, demand,
                         country_field, area_field, supply, supply_reach, candidates_reach, n_sites, progress):
        """The greedy on the official (default) or the analytical shortfall; (result, unit output frame)."""
        unit_ids = units.frame[unit_id_field]
        weights = weights_of(self, parameters, context)
        capacity = (supply.frame[self.supply_fields["CAPACITY_FIELD"]].to_numpy(dtype=np.float64)
                    if supply is not None else None)
        new_capacity = self.parameterAsDouble(parameters, "NEW_CAPACITY", context)
        fr_scale = self.parameterAsDouble(parameters, "FR_ACCESS_SCALE", context)
        frame = units.frame
        if not area_field and units.shapes is not None:
            frame = frame.assign(**{AREA_COLUMN: shapely.area(units.shapes) / SQUARE_METRES_PER_KM2})
            area_field = AREA_COLUMN

        def access_with(reach, factors=None):
            if supply is None:
                return np.zeros(len(unit_ids))
            return fca.floating_catchment(reach, demand, capacity, weights, unit_ids=unit_ids,
                                          supply_ids=supply.frame[self.supply_fields["SUPPLY_ID_FIELD"]],
                                          capacity_field=self.supply_fields["CAPACITY_FIELD"],
                                          pair_factors=factors).access

        if self.parameterAsEnum(parameters, "SHORTFALL_RULE", context) == siting.SHORTFALL_ANALYTICAL:
            self.objective_name = "analytical_shortfall"
            rule = candidates_reach.rule
            factors = None if rule.cross_border_weight == 1 else rule.factors
            access = access_with(supply_reach.allowed if supply is not None else None,
                                 None if supply is None or supply_reach.rule.cross_border_weight == 1
                                 else supply_reach.rule.factors)
            target, fte = siting.rule_terms(frame, id_field=unit_id_field, country_field=country_field,
                                            population_field=demand_field, area_field=area_field or None,
                                            fr_access_scale=fr_scale,
                                            be_access_scale=self.parameterAsDouble(parameters, "BE_ACCESS_SCALE",
                                                                                   context))
            increments = siting.increment_matrix(candidates_reach.allowed, demand, weights, new_capacity, factors)
            result = siting.greedy_shortfall(increments, access, target, fte, n_sites, progress)
            feedback.pushInfo(self.tr("Analytical shortfall: each unit's accessibility with the border mode, judged "
                                      "by its country's thresholds (not the official rules)."))
            return result, pd.DataFrame({
                "an_access_before": access, "an_access_after": result.unit_value,
                "an_shortfall_before": siting.shortfall_of(access, target, fte),
                "an_shortfall_after": siting.shortfall_of(result.unit_value, target, fte),
            })

        self.objective_name = "official_shortfall"
        tvs_field = self.tvs_field
        if not tvs_field:
            feedback.pushWarning(self.tr("No territoire de vie-santé field: French communes are judged on their own "
                                         "APL. The French zoning judges the population-weighted mean APL of each "
                                         "TVS: give the TVS field (TVS_FIELD)."))
        zones = siting.official_zones(frame, id_field=unit_id_field, country_field=country_field,
                                      population_field=demand_field, area_field=area_field or None,
                                      tvs_field=tvs_field or None, fr_access_scale=fr_scale)
        unit_country = frame[country_field]
        national = fca.BorderRule(unit_country, candidates_reach.country, fca.BORDER_NATIONAL)
        increments = siting.increment_matrix(national.apply(candidates_reach.raw), demand, weights, new_capacity)
        increments = siting.official_increments(zones, increments, candidates_reach.hosts, new_capacity)
        unit_values = self.official_values(parameters, context, feedback, zones, supply, supply_reach, capacity,
                                           access_with, unit_country, len(unit_ids))
        before = zones.zone_values(unit_values)
        result = siting.greedy_shortfall(increments, before, zones.target, zones.fte, n_sites, progress)
        self.log_official(feedback, zones, before, result.unit_value)
        zone_ids = np.where(zones.zone >= 0, unit_ids.astype(str).to_numpy(dtype=object), None)
        if tvs_field:
            tvs = frame[tvs_field].to_numpy(dtype=object)
            french_tvs = zones.french & pd.notna(tvs)
            zone_ids[french_tvs] = tvs[french_tvs]
        return result, pd.DataFrame({
            "rule": zones.rule, "zone": zone_ids,
            "indicator_before": zones.unit_indicator(before),
            "indicator_after": zones.unit_indicator(result.unit_value),
            "shortfall_before": zones.unit_shortfall(before),
            "shortfall_after": zones.unit_shortfall(result.unit_value),
            "shortfall_unit": pd.Series(zones.rule).map(zoning.SHORTFALL_UNITS).to_numpy(dtype=object),
        })

    def official_values(self, parameters, context, feedback, zones, supply, supply_reach, capacity, access_with,
                        unit_country, n_units):
        """Raw official value per unit: national access (France), count located in it per inhabitant (Belgium)."""
        if supply is None:
            return np.zeros(n_units)
        national = fca.BorderRule(unit_country, supply_reach.country, fca.BORDER_NATIONAL)
        french = access_with(national.apply(supply_reach.raw))
        over_field = self.supply_fields.get("GP_OVER_65_FIELD")
        over_65 = None
        if over_field:
            over_65 = supply.frame[over_field].fillna(0).astype(bool).to_numpy()
        elif (zones.rule == zoning.RULE_FL).any():
            feedback.pushWarning(self.tr("No GP age field: the official Flemish rule counts every GP located in the "
                                         "municipality, not only those under 65. Give GP_OVER_65_FIELD."))
        hosts = np.where(capacity > 0, supply_reach.hosts, -1)
        fte, under_65 = zoning.gps_in_units(hosts, n_units, capacity, over_65)
        count = np.where(zones.rule == zoning.RULE_FL, under_65, fte)
        with np.errstate(divide="ignore", invalid="ignore"):
            belgian = np.where(zones.population > 0, count / zones.population, 0.0)
        return np.where(zones.french, french, np.where(zones.belgian, belgian, 0.0))

    def log_official(self, feedback, zones, before, after):
        """The official shortfall per rule, each in its own unit."""
        shortfall_before, shortfall_after = zones.unit_shortfall(before), zones.unit_shortfall(after)
        for rule in (zoning.RULE_FR, zoning.RULE_WAL, zoning.RULE_FL):
            mask = zones.rule == rule
            if mask.any():
                feedback.pushInfo(self.tr("Official shortfall, {rule}: {before} → {after} {unit}.").format(
                    rule=rule, before="{:.2f}".format(shortfall_before[mask].sum()),
                    after="{:.2f}".format(shortfall_after[mask].sum()), unit=zoning.SHORTFALL_UNITS[rule]))

    def write_candidates(self, parameters, context, feedback, candidates, ids, xy, crs, result):
        rank = pd.array(np.where(result.rank > 0, result.rank, 0), dtype="Int64")
        rank[result.rank == 0] = pd.NA
        frame = pd.DataFrame({"selected": result.selected, "rank": rank, "gain": result.gain,
                              "objective": self.objective_name})
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

