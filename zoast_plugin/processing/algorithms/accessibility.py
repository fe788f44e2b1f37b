"""zoast:accessibility (2SFCA, E2SFCA, Gaussian) and zoast:apl (the French APL preset)."""

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import accessibility as fca
from ...core import indicators, needs
from ...core.agreements import unit_agreement_matrix
from ...core.errors import first_ids
from ...core.progress import sub_progress
from ...core.validation import require_unique
from ..base import ZoastAlgorithm
from ..host_units import host_unit_rows
from ..legends import access_unit
from ..parameters import ADVANCED, add_field_parameter, add_parameter, analysis_crs, field_value
from ..qgis_io import (
    GEOMETRY_POINTS,
    GEOMETRY_SHAPES,
    fields_for_frame,
    read_layer,
    read_table,
    whole_layer,
    write_frame,
)
from ..styles import style_output_on_load
from ..travel_costs import add_travel_cost_parameters, travel_cost_blocks
from ..unit_inputs import add_units_and_supply

DOUBLE = QgsProcessingParameterNumber.Type.Double


class AllowedPairs:
    """The pairs a unit may use, streamed block by block; the core reads it twice.

    Each pass reports its half of the progress; the first pass counts the pairs.
    """

    def __init__(self, blocks, rule, usable_supply, progress):
        self.blocks, self.rule, self.usable_supply, self.progress = blocks, rule, usable_supply, progress
        self.passes = 0
        self.pairs = 0

    def __call__(self):
        first = self.passes == 0
        progress = sub_progress(self.progress, 0.5 * min(self.passes, 1), 0.5 + 0.5 * min(self.passes, 1))
        self.passes += 1
        for block in self.blocks(progress):
            allowed = block.subset(self.rule.keep(block) & self.usable_supply[block.dest])
            if first:
                self.pairs += len(allowed)
            yield allowed


class AccessibilityAlgorithm(ZoastAlgorithm):
    """Floating catchment accessibility of units to supply, across the border or not."""

    ALGORITHM_ID = "accessibility"
    GROUP_ID = "accessibility"

    # Parameter defaults; the APL preset below changes only these.
    DEFAULT_METHOD = fca.METHOD_E2SFCA
    DEFAULT_STEPS = fca.E2SFCA_STEPS
    DEFAULT_MAX_COST = fca.DEFAULT_MAX_COST_MIN
    DEFAULT_DEMAND_FIELD = "population"
    DEFAULT_CAPACITY_FIELD = "fte"
    DEFAULT_AGE_STANDARDISED = False
    DEFAULT_EXCLUDE_FIELD = None
    DEFAULT_SCALE = 100000.0
    DEFAULT_RESCALE_DEMAND = False

    #: INDICATOR_TYPE options → kind (None: inferred from the capacity field and the scale).
    INDICATOR_KINDS = (None, indicators.KIND_APL, indicators.KIND_FTE_PER_100K, indicators.KIND_GP_PER_100K,
                       indicators.KIND_OTHER)

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Accessibility (2SFCA, E2SFCA, Gaussian)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_units_and_supply(self)
        add_field_parameter(self, "DEMAND_FIELD", self.tr("Demand field (population)"), self.DEFAULT_DEMAND_FIELD,
                            "UNITS", self.tr("Population of each unit, or the age-standardised need from zoast:needs."),
                            numeric=True)
        add_parameter(
            self,
            QgsProcessingParameterBoolean("AGE_STANDARDISED", self.tr("Age-standardise the demand from the age bands"),
                                          self.DEFAULT_AGE_STANDARDISED),
            self.tr("Use Σ population of each age band (pop_0_14 … pop_90p) × its default consumption weight as the "
                    "demand instead of the demand field (see zoast:needs for other weights)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterBoolean("RESCALE_DEMAND", self.tr("Rescale the standardised demand to the layer's "
                                                                    "population"), self.DEFAULT_RESCALE_DEMAND),
            self.tr("Off (default): the age weights are relative to the mean French inhabitant, so a commune's "
                    "standardised demand does not depend on which other units the layer holds. On: the demand is "
                    "rescaled so that its total equals the layer's population — then the same commune's APL changes "
                    "with the extent of the layer (e.g. ×1.04 for the Meuse alone)."),
            ADVANCED,
        )
        add_field_parameter(self, "UNIT_COUNTRY_FIELD", self.tr("Unit country field"), "country", "UNITS",
                            self.tr("FR or BE: decides which supply is national and which is across the border."))
        add_field_parameter(self, "CAPACITY_FIELD", self.tr("Capacity field"), self.DEFAULT_CAPACITY_FIELD, "SUPPLY",
                            self.tr("Supply of each point: FTE GPs, yearly consultations (APL), beds…"),
                            numeric=True)
        add_field_parameter(self, "SUPPLY_COUNTRY_FIELD", self.tr("Supply country field"), "country", "SUPPLY",
                            self.tr("FR or BE for each supply point."))
        add_field_parameter(self, "EXCLUDE_FIELD", self.tr("Exclude supply points where this field is true"),
                            self.DEFAULT_EXCLUDE_FIELD, "SUPPLY",
                            self.tr("E.g. age_over_65: the French APL counts only GPs under 65. Excluded points are "
                                    "counted in the log."), optional=True, flags=ADVANCED)
        add_parameter(
            self,
            QgsProcessingParameterEnum("METHOD", self.tr("Method"),
                                       [self.tr("2SFCA (equal weight inside the catchment)"),
                                        self.tr("E2SFCA (step weights)"),
                                        self.tr("Gaussian decay")], False, self.DEFAULT_METHOD),
            self.tr("2SFCA: Luo & Wang 2003. E2SFCA: Luo & Qi 2009, weights by travel-time step (the French APL "
                    "is one). Gaussian: smooth decay with the SIGMA parameter."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("STEPS", self.tr("E2SFCA steps (minutes:weight;…)"), self.DEFAULT_STEPS),
            self.tr("Up to N minutes → weight, separated by semicolons, e.g. 10:1;20:0.68;30:0.22 (PySAL access "
                    "defaults). Used by the E2SFCA method."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("SIGMA", self.tr("Gaussian sigma (minutes)"), DOUBLE, fca.DEFAULT_SIGMA_MIN,
                                         False, 0.0),
            self.tr("Width of the Gaussian decay. Used by the Gaussian method."),
            ADVANCED,
        )
        add_travel_cost_parameters(self, self.DEFAULT_MAX_COST)
        add_parameter(
            self,
            QgsProcessingParameterEnum("BORDER_MODE", self.tr("Supply across the border"),
                                       [self.tr("Never (national supply only)"),
                                        self.tr("Only inside a shared ZOAST agreement"),
                                        self.tr("Always (open border)")], False, fca.BORDER_ZOAST),
            self.tr("Whether a unit may use supply in the other country: never, only when the unit and the unit "
                    "where the supply lies belong to the same ZOAST agreement, or always."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("CROSS_BORDER_WEIGHT", self.tr("Share of demand using supply across the "
                                                                        "border"), DOUBLE,
                                         fca.DEFAULT_CROSS_BORDER_WEIGHT, False, 0.0, 1.0),
            self.tr("Weight β of a unit–supply pair across the border: a share β of the unit's residents competes "
                    "for the other side's supply and its access gains β times what that supply offers. 0 = national "
                    "supply only; 1 = every resident at full weight (an upper bound). Default 0.013: about 20,000 "
                    "ZOAST patients in 2015 for about 1.5 million inhabitants of the member units. The same supply "
                    "is redistributed: what member units gain, residents on the other side lose."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("AGREEMENT_MEMBERS", self.tr("ZOAST agreement members"),
                                                [QgsProcessing.SourceType.TypeVector], None, True),
            self.tr("Table of agreement code and member unit id (the zoast_members table of an agreements store). "
                    "Needed when supply is used only inside a ZOAST (the default mode). Members that are not in the "
                    "units layer are left out, with a warning."),
        )
        add_field_parameter(self, "MEMBER_CODE_FIELD", self.tr("Members: agreement code field"), "zoast_code",
                            "AGREEMENT_MEMBERS", self.tr("Agreement code in the members table."), optional=True)
        add_field_parameter(self, "MEMBER_UNIT_FIELD", self.tr("Members: unit id field"), "unit_id",
                            "AGREEMENT_MEMBERS", self.tr("Member unit id in the members table."), optional=True)
        add_field_parameter(self, "SUPPLY_UNIT_FIELD", self.tr("Supply: id of the unit where it lies"), None, "SUPPLY",
                            self.tr("Optional. Without it, the unit is found by location (point in polygon, or the "
                                    "nearest unit point)."), optional=True, flags=ADVANCED)
        add_parameter(
            self,
            QgsProcessingParameterNumber("SCALE", self.tr("Scale the result by"), DOUBLE, self.DEFAULT_SCALE, False,
                                         0.0),
            self.tr("Multiply the accessibility, e.g. 100000 for FTE per 100,000 inhabitants; 1 for the APL."),
        )
        add_parameter(
            self,
            QgsProcessingParameterEnum("INDICATOR_TYPE", self.tr("What the result measures"),
                                       [self.tr("Automatic (from the capacity field and the scale)"),
                                        self.tr("APL (consultations per year per standardised inhabitant)"),
                                        self.tr("FTE GPs per 100,000 inhabitants"),
                                        self.tr("GPs (head count) per 100,000 inhabitants"),
                                        self.tr("Other")], False, 0),
            self.tr("Written in the field access_kind next to access, with the border mode and the cross-border "
                    "weight, so that zoast:gaps can refuse a value that does not fit a rule. Automatic: the APL "
                    "when the capacity is 'activity' of GPs under 65 over the age-standardised demand with scale 1; "
                    "FTE per 100,000 when the capacity is an FTE field and the scale 100000; otherwise other."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Accessibility"), QgsProcessing.SourceType.TypeVector),
            self.tr("The units with access (supply per inhabitant × scale), access_kind (what access measures, e.g. "
                    "APL;border=zoast;weight=0.013), n_supply (supply points reached) and, with the ZOAST mode, "
                    "zoast_member (1 for a unit in an agreement)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("SUPPLY_OUTPUT", self.tr("Supply-to-demand ratios"),
                                              QgsProcessing.SourceType.TypeVectorPoint, None, True, False),
            self.tr("The supply points with demand_seen (weighted population reaching them) and ratio (capacity / "
                    "demand_seen × scale)."),
        )
        self.addOutput(QgsProcessingOutputNumber("UNITS_WITHOUT_ACCESS", self.tr("Units with no supply in reach")))
        self.addOutput(QgsProcessingOutputNumber("PAIRS", self.tr("Unit–supply pairs used")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED", self.tr("Features skipped (no geometry or excluded)")))
        self.addOutput(QgsProcessingOutputNumber("UNITS_NEAR_EDGE",
                                                 self.tr("Units within one catchment of the layer's edge")))
        self.addOutput(QgsProcessingOutputNumber("MEMBERS_OUTSIDE", self.tr("ZOAST members not in the units layer")))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        crs = analysis_crs(self, parameters, context)
        field = {name: field_value(self, parameters, name, context)
                 for name in ("UNIT_ID_FIELD", "UNIT_COUNTRY_FIELD", "SUPPLY_ID_FIELD", "CAPACITY_FIELD",
                              "SUPPLY_COUNTRY_FIELD")}
        age_standardised = self.parameterAsBool(parameters, "AGE_STANDARDISED", context)
        field["DEMAND_FIELD"] = field_value(self, parameters, "DEMAND_FIELD", context, required=not age_standardised)
        exclude_field = field_value(self, parameters, "EXCLUDE_FIELD", context, required=False)
        supply_unit_field = field_value(self, parameters, "SUPPLY_UNIT_FIELD", context, required=False)
        border_mode = self.parameterAsEnum(parameters, "BORDER_MODE", context)
        scale = self.parameterAsDouble(parameters, "SCALE", context)

        feedback.setProgressText(self.tr("Reading the layers…"))
        unit_fields = [field["UNIT_ID_FIELD"], field["UNIT_COUNTRY_FIELD"]]
        unit_fields += list(needs.AGE_BANDS) if age_standardised else [field["DEMAND_FIELD"]]
        units_source = self.parameterAsSource(parameters, "UNITS", context)
        polygons = QgsWkbTypes.geometryType(units_source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        needs_hosts = border_mode == fca.BORDER_ZOAST and not supply_unit_field
        units = read_layer(units_source, context, unit_fields, self.tr("Territorial units"),
                           GEOMETRY_SHAPES if needs_hosts and polygons else GEOMETRY_POINTS, crs, keep_features=True,
                           feedback=feedback, layer=whole_layer(self, parameters, "UNITS", context), allow_empty=False)
        supply_fields = [field["SUPPLY_ID_FIELD"], field["CAPACITY_FIELD"], field["SUPPLY_COUNTRY_FIELD"],
                         exclude_field, supply_unit_field]
        supply = read_layer(self.parameterAsSource(parameters, "SUPPLY", context), context, supply_fields,
                            self.tr("Supply points"), GEOMETRY_POINTS, crs, keep_features=True, feedback=feedback,
                            layer=whole_layer(self, parameters, "SUPPLY", context), allow_empty=False)
        skipped = len(units.skipped_fids) + len(supply.skipped_fids)
        if exclude_field:
            excluded = supply.frame[exclude_field].fillna(False).astype(bool).to_numpy()
            feedback.pushInfo(self.tr("{count} supply point(s) excluded by the field '{field}'.").format(
                count=int(excluded.sum()), field=exclude_field))
            skipped += int(excluded.sum())
        else:
            excluded = np.zeros(len(supply.frame), bool)

        unit_ids = units.frame[field["UNIT_ID_FIELD"]]
        supply_ids = supply.frame[field["SUPPLY_ID_FIELD"]]
        progress = self.progress_callback(feedback)
        with self.core_errors():
            require_unique(unit_ids, field["UNIT_ID_FIELD"])
            require_unique(supply_ids, field["SUPPLY_ID_FIELD"])
            if age_standardised:
                demand = needs.standardised_demand(units.frame, needs.AGE_BANDS, id_field=field["UNIT_ID_FIELD"],
                                                   normalise=self.parameterAsBool(parameters, "RESCALE_DEMAND",
                                                                                  context))
            else:
                demand = units.frame[field["DEMAND_FIELD"]]
            weights = fca.weight_function(self.parameterAsEnum(parameters, "METHOD", context),
                                          self.parameterAsDouble(parameters, "MAX_COST", context),
                                          self.parameterAsString(parameters, "STEPS", context),
                                          self.parameterAsDouble(parameters, "SIGMA", context))
            blocks = travel_cost_blocks(self, parameters, context, feedback, units.xy, unit_ids, supply.xy,
                                        supply_ids)
            rule = self.border_rule(parameters, context, feedback, border_mode, units, supply, field,
                                    supply_unit_field)
            border_mode = rule.mode  # mode 1 without a members table falls back on national supply
            feedback.setProgressText(self.tr("Floating catchment…"))
            stream = AllowedPairs(blocks, rule, ~excluded, progress)
            capacity = supply.frame[field["CAPACITY_FIELD"]].where(~excluded, 0)
            result = fca.floating_catchment(stream, demand, capacity, weights, None, unit_ids=unit_ids,
                                            supply_ids=supply_ids, demand_field=field["DEMAND_FIELD"] or "pop_*",
                                            capacity_field=field["CAPACITY_FIELD"],
                                            pair_factors=None if rule.cross_border_weight == 1 else rule.factors)
            if stream.pairs == 0:
                self.raise_empty(parameters, context)

        # Supply nobody in the layer may use (national supply, a country with no unit here) inflates nothing.
        unused = excluded.copy()
        unit_country, supply_country = field["UNIT_COUNTRY_FIELD"], field["SUPPLY_COUNTRY_FIELD"]
        if border_mode == fca.BORDER_NATIONAL and unit_country in units.frame and supply_country in supply.frame:
            unused |= ~supply.frame[supply_country].isin(set(units.frame[unit_country].dropna())).to_numpy()

        feedback.setProgressText(self.tr("Writing the outputs…"))
        kind = self.INDICATOR_KINDS[self.parameterAsEnum(parameters, "INDICATOR_TYPE", context)]
        if kind is None:
            kind = indicators.automatic_kind(field["CAPACITY_FIELD"], scale, age_standardised or
                                             field["DEMAND_FIELD"].lower() == "need", bool(exclude_field))
        weight = rule.cross_border_weight if border_mode != fca.BORDER_NATIONAL else None
        frame = units.frame[[]].assign(access=result.access * scale,
                                       access_kind=indicators.format_kind(kind, border_mode, weight),
                                       n_supply=result.n_supply.astype(np.int64))
        if border_mode == fca.BORDER_ZOAST:
            frame["zoast_member"] = self.members_mask.astype(np.int64)
        fields = fields_for_frame(frame, units.source_fields)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, units_source.wkbType(),
                                         units.source_crs)
        write_frame(sink, fields, frame, units.geometries, units.attributes, feedback)
        style_output_on_load(context, dest_id, "accessibility",
                             access_unit(field["CAPACITY_FIELD"], scale, self.ALGORITHM_ID == "apl"))
        outputs = {"OUTPUT": dest_id, "PAIRS": stream.pairs, "SKIPPED": skipped,
                   "UNITS_WITHOUT_ACCESS": int((result.n_supply == 0).sum()),
                   "MEMBERS_OUTSIDE": self.members_outside,
                   "UNITS_NEAR_EDGE": self.warn_edges(parameters, context, feedback, units, supply, unused)}
        if outputs["UNITS_WITHOUT_ACCESS"]:
            feedback.pushWarning(self.tr("{count} unit(s) reach no supply within the cut-off: their access is 0.")
                                 .format(count=outputs["UNITS_WITHOUT_ACCESS"]))
        if self.parameterAsOutputLayer(parameters, "SUPPLY_OUTPUT", context):
            supply_frame = supply.frame[[]].assign(demand_seen=result.demand_seen, ratio=result.ratio * scale)
            supply_fields_out = fields_for_frame(supply_frame, supply.source_fields)
            supply_sink, supply_id = self.create_sink(parameters, "SUPPLY_OUTPUT", context, supply_fields_out,
                                                      QgsWkbTypes.Type.Point, supply.source_crs)
            write_frame(supply_sink, supply_fields_out, supply_frame, supply.geometries, supply.attributes, feedback)
            outputs["SUPPLY_OUTPUT"] = supply_id
        return outputs

    def border_rule(self, parameters, context, feedback, mode, units, supply, field, supply_unit_field):
        """The BORDER_MODE rule; mode 1 needs the agreements and the unit each supply point lies in."""
        unit_country = units.frame[field["UNIT_COUNTRY_FIELD"]]
        supply_country = supply.frame[field["SUPPLY_COUNTRY_FIELD"]]
        unit_ids = units.frame[field["UNIT_ID_FIELD"]]
        supply_ids = supply.frame[field["SUPPLY_ID_FIELD"]]
        members_source = self.parameterAsSource(parameters, "AGREEMENT_MEMBERS", context)
        weight = self.parameterAsDouble(parameters, "CROSS_BORDER_WEIGHT", context)
        self.members_outside = 0
        self.members_mask = np.zeros(len(unit_ids), bool)
        if mode == fca.BORDER_ZOAST and members_source is None:
            feedback.pushWarning(self.tr("No ZOAST agreement members table: only national supply is counted "
                                         "(access_kind says border=national). Give the members table to count "
                                         "the supply across the border inside the ZOAST."))
            mode = fca.BORDER_NATIONAL
        if mode != fca.BORDER_ZOAST:
            return fca.BorderRule(unit_country, supply_country, mode, unit_ids=unit_ids, supply_ids=supply_ids,
                                  unit_country_field=field["UNIT_COUNTRY_FIELD"],
                                  supply_country_field=field["SUPPLY_COUNTRY_FIELD"], cross_border_weight=weight)
        code_field = field_value(self, parameters, "MEMBER_CODE_FIELD", context)
        member_unit_field = field_value(self, parameters, "MEMBER_UNIT_FIELD", context)
        members = read_table(self, parameters, "AGREEMENT_MEMBERS", context, [code_field, member_unit_field],
                             self.tr("ZOAST agreement members"), feedback).frame
        members = members.rename(columns={code_field: "code", member_unit_field: "unit_id"})
        known = members["unit_id"].isin(set(unit_ids))
        if not known.all():
            # An officer analysing one département keeps the shared store: members elsewhere are left out.
            outside = members.loc[~known, "unit_id"]
            self.members_outside = int(outside.nunique())
            feedback.pushWarning(self.tr("{count} ZOAST member unit(s) are not in the units layer (first: {ids}): "
                                         "they are left out. Their residents do not compete for the supply here.")
                                 .format(count=self.members_outside, ids=first_ids(pd.unique(outside))))
            members = members[known]
        membership, codes = unit_agreement_matrix(unit_ids, members)
        self.members_mask = np.asarray(membership.sum(axis=1)).ravel() > 0
        hosts = host_unit_rows(unit_ids, units, supply, supply_unit_field, supply_ids)
        if (hosts < 0).any():
            feedback.pushWarning(self.tr("{count} supply point(s) lie in no unit: they are used only by units of "
                                         "their own country.").format(count=int((hosts < 0).sum())))
        feedback.pushInfo(self.tr("{count} agreement(s) in the members table.").format(count=len(codes)))
        return fca.BorderRule(unit_country, supply_country, mode, membership, fca.supply_agreements(membership, hosts),
                              unit_ids, supply_ids, field["UNIT_COUNTRY_FIELD"], field["SUPPLY_COUNTRY_FIELD"],
                              cross_border_weight=weight)

    def warn_edges(self, parameters, context, feedback, units, supply, excluded) -> int:
        """Warn about the units within one catchment of the layer's edge and the supply beyond it."""
        radius_m = (self.parameterAsDouble(parameters, "MAX_COST", context) / 60.0
                    * self.parameterAsDouble(parameters, "SPEED_KMH", context) * 1000.0)
        near, outside = fca.edge_exposure(units.xy, supply.xy[~excluded], radius_m)
        if near.any():
            feedback.pushWarning(self.tr("{count} unit(s) lie within one catchment ({km} km) of the edge of the "
                                         "units layer: demand and supply beyond the edge are not counted, so their "
                                         "access is less certain. Analyse a wider layer (the study area plus a ring "
                                         "of context units) and keep the study area's results.")
                                 .format(count=int(near.sum()), km=round(radius_m / 1000.0)))
        if outside.any():
            feedback.pushWarning(self.tr("{count} supply point(s) lie outside the units layer: nobody beyond the "
                                         "layer competes for them, which inflates the access of the units near "
                                         "them. Add the units around them or leave those points out.")
                                 .format(count=int(outside.sum())))
        return int(near.sum())

    def raise_empty(self, parameters, context):
        from qgis.core import QgsProcessingException

        raise QgsProcessingException(
            self.tr("No unit reaches any supply point within {minutes} minutes. Raise the cut-off (MAX_COST), check "
                    "that both layers cover the same area, or allow supply across the border.").format(
                minutes=self.parameterAsDouble(parameters, "MAX_COST", context))
        )


class AplAlgorithm(AccessibilityAlgorithm):
    """The French APL: E2SFCA on GP activity of GPs under 65 and the age-standardised population.

    The step weights and the age weights of the DREES/IRDES indicator are not
    published in full: the defaults are illustrative and visible as parameters.
    """

    ALGORITHM_ID = "apl"
    DEFAULT_METHOD = fca.METHOD_E2SFCA
    DEFAULT_STEPS = fca.APL_STEPS
    DEFAULT_MAX_COST = fca.APL_MAX_COST_MIN
    DEFAULT_CAPACITY_FIELD = "activity"
    DEFAULT_AGE_STANDARDISED = True
    DEFAULT_EXCLUDE_FIELD = "age_over_65"
    DEFAULT_SCALE = 1.0

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("French APL (local potential accessibility)")
