"""zoast:scenario — the accessibility → gaps chain on a baseline and on a what-if, and the difference."""

import datetime

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import accessibility as fca
from ...core import scenario, zoning
from ...core.costs import CostPairs
from ...core.validation import require_unique
from ..base import ZoastAlgorithm
from ..border import add_border_parameters, host_rows, read_members
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
from ..travel_costs import add_travel_cost_parameters, travel_cost_blocks

DOUBLE = QgsProcessingParameterNumber.Type.Double
INTEGER = QgsProcessingParameterNumber.Type.Integer
UNIT_TYPES = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
TABLE = [QgsProcessing.SourceType.TypeVector]
AREA_COLUMN = "area_km2"


def class_label(code) -> str:
    label = zoning.CLASS_LABELS.get(code)
    return QCoreApplication.translate(zoning.LABEL_CONTEXT, label) if label else ""  # i18n: dynamic


class ScenarioAlgorithm(ZoastAlgorithm):
    """What if GPs retire, practices open or close, or a ZOAST gains members."""

    ALGORITHM_ID = "scenario"
    GROUP_ID = "needs"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("What-if scenario (supply, retirements, ZOAST members)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("UNITS", self.tr("Territorial units (communes)"), UNIT_TYPES),
            self.tr("Communes or other units, as points or polygons (polygons use their point on surface)."),
        )
        add_field_parameter(self, "UNIT_ID_FIELD", self.tr("Unit id field"), "unit_id", "UNITS",
                            self.tr("Unique id of each unit, e.g. FR:59350 or BE:57081."))
        add_field_parameter(self, "DEMAND_FIELD", self.tr("Demand field (population)"), "population", "UNITS",
                            self.tr("Inhabitants of each unit: the demand of the floating catchment and the "
                                    "population of the rules."), numeric=True)
        add_field_parameter(self, "UNIT_COUNTRY_FIELD", self.tr("Unit country field"), "country", "UNITS",
                            self.tr("FR or BE: the rule that judges the unit and which supply is across the "
                                    "border."))
        add_field_parameter(self, "AREA_FIELD", self.tr("Area field (km²)"), None, "UNITS",
                            self.tr("Area of each unit for the Flemish density rule. Without it the area is "
                                    "computed from the polygons."), numeric=True, optional=True)
        add_field_parameter(self, "BASIN_FIELD", self.tr("Basin field (summary)"), None, "UNITS",
                            self.tr("Optional: a health basin code; the summary then has a row per basin."),
                            optional=True)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("SUPPLY", self.tr("Supply points (baseline)"),
                                                [QgsProcessing.SourceType.TypeVectorPoint]),
            self.tr("GP practices today, one point per GP or per practice."),
        )
        add_field_parameter(self, "SUPPLY_ID_FIELD", self.tr("Supply id field"), "supply_id", "SUPPLY",
                            self.tr("Unique id of each supply point."))
        add_field_parameter(self, "CAPACITY_FIELD", self.tr("Capacity field"), "fte", "SUPPLY",
                            self.tr("Supply of each point, in FTE (see the scale parameters)."), numeric=True)
        add_field_parameter(self, "SUPPLY_COUNTRY_FIELD", self.tr("Supply country field"), "country", "SUPPLY",
                            self.tr("FR or BE for each supply point."))
        add_parameter(
            self,
            QgsProcessingParameterEnum("METHOD", self.tr("Floating catchment method"),
                                       [self.tr("2SFCA (equal weight inside the catchment)"),
                                        self.tr("E2SFCA (step weights)"),
                                        self.tr("Gaussian decay")], False, fca.METHOD_E2SFCA),
            self.tr("How access decays with travel time (see zoast:accessibility)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("STEPS", self.tr("E2SFCA steps (minutes:weight;…)"), fca.E2SFCA_STEPS),
            self.tr("Up to N minutes → weight, separated by semicolons. Used by the E2SFCA method."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("SIGMA", self.tr("Gaussian sigma (minutes)"), DOUBLE, fca.DEFAULT_SIGMA_MIN,
                                         False, 0.0),
            self.tr("Width of the Gaussian decay. Used by the Gaussian method."),
            ADVANCED,
        )
        add_travel_cost_parameters(self)
        add_border_parameters(self, fca.BORDER_ZOAST)
        for name, label, default, help_text in (
            ("FR_ACCESS_SCALE", self.tr("Scale of French accessibility"), zoning.ACTIVITY_PER_FTE,
             self.tr("French access (capacity per inhabitant) is multiplied by this to be in consultations per year "
                     "per inhabitant, the APL's unit: the activity of one FTE when the capacity is in FTE.")),
            ("BE_ACCESS_SCALE", self.tr("Scale of Belgian accessibility"), zoning.PER_INHABITANTS,
             self.tr("Belgian access (capacity per inhabitant) is multiplied by this to be in GPs per 100,000 "
                     "inhabitants (100000 when the capacity is in FTE).")),
        ):
            add_parameter(self, QgsProcessingParameterNumber(name, label, DOUBLE, default, False, 0.0), help_text,
                          ADVANCED)
        # --- the edits
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("ADDED_SUPPLY", self.tr("Scenario: supply points added"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], None, True),
            self.tr("New practices, with the same id, capacity and country fields as the supply layer."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("REMOVED_SUPPLY", self.tr("Scenario: supply points removed"), TABLE,
                                                None, True),
            self.tr("A table (or layer) of the ids of the supply points that close."),
        )
        add_field_parameter(self, "REMOVED_ID_FIELD", self.tr("Removed: supply id field"), "supply_id",
                            "REMOVED_SUPPLY", self.tr("Supply id in the table of removed points."), optional=True)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("CAPACITY_CHANGES", self.tr("Scenario: capacity changes"), TABLE,
                                                None, True),
            self.tr("A table of supply id and new capacity (e.g. a practice taking on a second GP)."),
        )
        add_field_parameter(self, "CHANGE_ID_FIELD", self.tr("Changes: supply id field"), "supply_id",
                            "CAPACITY_CHANGES", self.tr("Supply id in the table of capacity changes."),
                            optional=True)
        add_field_parameter(self, "CHANGE_CAPACITY_FIELD", self.tr("Changes: new capacity field"), "fte",
                            "CAPACITY_CHANGES", self.tr("The new capacity of the point."), numeric=True,
                            optional=True)
        add_parameter(
            self,
            QgsProcessingParameterNumber("HORIZON_YEAR", self.tr("Scenario: retirements by this year (0 = none)"),
                                         INTEGER, 0, False, 0),
            self.tr("GPs who reach the retirement age by this year are removed (needs an age or birth-year "
                    "field)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("RETIREMENT_AGE", self.tr("Retirement age"), DOUBLE,
                                         scenario.DEFAULT_RETIREMENT_AGE, False, 0.0),
            self.tr("Age at which a GP is assumed to stop. Illustrative default 67: many GPs work longer."),
        )
        add_field_parameter(self, "AGE_FIELD", self.tr("Supply: GP age field"), None, "SUPPLY",
                            self.tr("Age of the GP in the reference year."), numeric=True, optional=True)
        add_field_parameter(self, "BIRTH_YEAR_FIELD", self.tr("Supply: GP birth-year field"), None, "SUPPLY",
                            self.tr("Year of birth of the GP (used instead of the age when given)."), numeric=True,
                            optional=True)
        add_parameter(
            self,
            QgsProcessingParameterNumber("REFERENCE_YEAR", self.tr("Year of the ages"), INTEGER,
                                         datetime.date.today().year, False, 1900),
            self.tr("The year the age field refers to."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("MEMBERS_ADDED", self.tr("Scenario: agreement members added"), TABLE,
                                                None, True),
            self.tr("Rows of agreement code and unit id (same fields as the members table) that join a ZOAST: "
                    "extend or merge an agreement without touching the store."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("MEMBERS_REMOVED", self.tr("Scenario: agreement members removed"),
                                                TABLE, None, True),
            self.tr("Rows of agreement code and unit id (same fields as the members table) that leave a ZOAST."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Scenario difference per unit")),
            self.tr("The units with access_before/after (in each rule's unit), class_before/after and their labels, "
                    "severity_before/after, severity_change (> 0: less severe), shortfall_before/after/change "
                    "(FTE) and access_change."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("SUMMARY", self.tr("Scenario summary"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("Per level (country, basin, ZOAST, ALL), group and class: units and inhabitants before and "
                    "after, inhabitants leaving and entering the class, shortfall before, after and change; a row "
                    "ALL per group."),
        )
        for name, label in (
            ("SHORTFALL_BEFORE", self.tr("Total shortfall, baseline (FTE)")),
            ("SHORTFALL_AFTER", self.tr("Total shortfall, scenario (FTE)")),
            ("UNITS_LESS_SEVERE", self.tr("Units whose class improves")),
            ("UNITS_MORE_SEVERE", self.tr("Units whose class worsens")),
            ("SUPPLY_ADDED", self.tr("Supply points added")),
            ("SUPPLY_REMOVED", self.tr("Supply points removed")),
            ("SUPPLY_CHANGED", self.tr("Supply points with a new capacity")),
            ("GPS_RETIRING", self.tr("GPs retiring by the horizon")),
            ("AGE_UNKNOWN", self.tr("GPs without an age (kept)")),
            ("MEMBERS_ADDED", self.tr("Agreement members added")),
            ("MEMBERS_REMOVED", self.tr("Agreement members removed")),
            ("SKIPPED", self.tr("Features skipped (no geometry)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        crs = analysis_crs(self, parameters, context)
        field = {name: field_value(self, parameters, name, context)
                 for name in ("UNIT_ID_FIELD", "DEMAND_FIELD", "UNIT_COUNTRY_FIELD", "SUPPLY_ID_FIELD",
                              "CAPACITY_FIELD", "SUPPLY_COUNTRY_FIELD")}
        for name in ("AREA_FIELD", "BASIN_FIELD", "AGE_FIELD", "BIRTH_YEAR_FIELD"):
            field[name] = field_value(self, parameters, name, context, required=False)
        border_mode = self.parameterAsEnum(parameters, "BORDER_MODE", context)
        horizon = self.parameterAsInt(parameters, "HORIZON_YEAR", context)

        feedback.setProgressText(self.tr("Reading the layers…"))
        units_source = self.parameterAsSource(parameters, "UNITS", context)
        polygons = QgsWkbTypes.geometryType(units_source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        units = read_layer(units_source, context,
                           [field[n] for n in ("UNIT_ID_FIELD", "DEMAND_FIELD", "UNIT_COUNTRY_FIELD", "AREA_FIELD",
                                               "BASIN_FIELD")],
                           self.tr("Territorial units"), GEOMETRY_SHAPES if polygons else GEOMETRY_POINTS, crs,
                           keep_features=True, feedback=feedback,
                           layer=whole_layer(self, parameters, "UNITS", context))
        supply_fields = [field[n] for n in ("SUPPLY_ID_FIELD", "CAPACITY_FIELD", "SUPPLY_COUNTRY_FIELD", "AGE_FIELD",
                                            "BIRTH_YEAR_FIELD")]
        supply = read_layer(self.parameterAsSource(parameters, "SUPPLY", context), context, supply_fields,
                            self.tr("Supply points (baseline)"), GEOMETRY_POINTS, crs, feedback=feedback,
                            layer=whole_layer(self, parameters, "SUPPLY", context))
        skipped = len(units.skipped_fids) + len(supply.skipped_fids)
        added_source = self.parameterAsSource(parameters, "ADDED_SUPPLY", context)
        added = None
        if added_source is not None:
            added = read_layer(added_source, context, supply_fields[:3], self.tr("Scenario: supply points added"),
                               GEOMETRY_POINTS, crs, feedback=feedback,
                               layer=whole_layer(self, parameters, "ADDED_SUPPLY", context))
            skipped += len(added.skipped_fids)

        def points_frame(data):
            frame = data.frame
            return pd.DataFrame({"supply_id": frame[field["SUPPLY_ID_FIELD"]].to_numpy(), "x": data.xy[:, 0],
                                 "y": data.xy[:, 1], "capacity": frame[field["CAPACITY_FIELD"]].to_numpy(),
                                 "country": frame[field["SUPPLY_COUNTRY_FIELD"]].to_numpy()})

        outputs = {"SKIPPED": skipped}
        with self.core_errors():
            unit_ids = units.frame[field["UNIT_ID_FIELD"]]
            require_unique(unit_ids, field["UNIT_ID_FIELD"])
            require_unique(supply.frame[field["SUPPLY_ID_FIELD"]], field["SUPPLY_ID_FIELD"])
            edits = scenario.SupplyEdits(added=points_frame(added) if added is not None else None)
            edits.removed_ids = self.ids_of(parameters, context, feedback, "REMOVED_SUPPLY", "REMOVED_ID_FIELD")
            changes = self.parameterAsSource(parameters, "CAPACITY_CHANGES", context)
            if changes is not None:
                id_field = field_value(self, parameters, "CHANGE_ID_FIELD", context)
                capacity_field = field_value(self, parameters, "CHANGE_CAPACITY_FIELD", context)
                table = read_table(self, parameters, "CAPACITY_CHANGES", context, [id_field, capacity_field],
                                   self.tr("Scenario: capacity changes"), feedback).frame
                edits.capacity_changes = pd.DataFrame({"supply_id": table[id_field], "capacity": table[capacity_field]})
            outputs["AGE_UNKNOWN"] = 0
            if horizon > 0:
                if not (field["AGE_FIELD"] or field["BIRTH_YEAR_FIELD"]):
                    raise QgsProcessingException(self.tr("Retirements by {year} need the GPs' age or birth-year "
                                                         "field (AGE_FIELD or BIRTH_YEAR_FIELD).").format(year=horizon))
                birth = supply.frame[field["BIRTH_YEAR_FIELD"]] if field["BIRTH_YEAR_FIELD"] else None
                age = supply.frame[field["AGE_FIELD"]] if field["AGE_FIELD"] and birth is None else None
                retirement_age = self.parameterAsDouble(parameters, "RETIREMENT_AGE", context)
                mask, unknown = scenario.retiring(horizon, retirement_age, age=age, birth_year=birth,
                                                  reference_year=self.parameterAsInt(parameters, "REFERENCE_YEAR",
                                                                                     context))
                edits.retiring_ids = supply.frame[field["SUPPLY_ID_FIELD"]][mask].to_numpy()
                outputs["AGE_UNKNOWN"] = int(unknown.sum())
                if unknown.any():
                    feedback.pushWarning(self.tr("{count} GP(s) have no age: they are kept in the scenario.").format(
                        count=int(unknown.sum())))
            points, counts = scenario.edit_supply(
                points_frame(supply), edits,
                field_value(self, parameters, "REMOVED_ID_FIELD", context, required=False) or "REMOVED_ID_FIELD",
                field_value(self, parameters, "CHANGE_ID_FIELD", context, required=False) or "CHANGE_ID_FIELD")
            points["host"] = host_rows(units, points[["x", "y"]].to_numpy())

            members = read_members(self, parameters, context, feedback)
            members_after, member_counts = scenario.edit_members(
                members, self.members_table(parameters, context, feedback, "MEMBERS_ADDED"),
                self.members_table(parameters, context, feedback, "MEMBERS_REMOVED"))
            if members is None and member_counts["members_added"] == 0:
                members_after = None

            feedback.setProgressText(self.tr("Travel costs…"))
            blocks = travel_cost_blocks(self, parameters, context, feedback, units.xy, unit_ids,
                                        points[["x", "y"]].to_numpy(), points["supply_id"])
            pairs = CostPairs.concat(list(blocks(self.progress_callback(feedback))), len(unit_ids), len(points))
            frame = units.frame
            area_field = field["AREA_FIELD"]
            if not area_field and units.shapes is not None:
                frame = frame.assign(**{AREA_COLUMN: shapely.area(units.shapes) / 1e6})
                area_field = AREA_COLUMN
            settings = scenario.ChainSettings(
                fca.weight_function(self.parameterAsEnum(parameters, "METHOD", context),
                                    self.parameterAsDouble(parameters, "MAX_COST", context),
                                    self.parameterAsString(parameters, "STEPS", context),
                                    self.parameterAsDouble(parameters, "SIGMA", context)),
                border_mode, None, self.parameterAsDouble(parameters, "FR_ACCESS_SCALE", context),
                self.parameterAsDouble(parameters, "BE_ACCESS_SCALE", context))
            common = dict(id_field=field["UNIT_ID_FIELD"], country_field=field["UNIT_COUNTRY_FIELD"],
                          demand_field=field["DEMAND_FIELD"], area_field=area_field or None)
            feedback.setProgressText(self.tr("Baseline…"))
            before = scenario.run_chain(frame, pairs, points, "capacity_before", members, settings, **common)
            feedback.setProgressText(self.tr("Scenario…"))
            after = scenario.run_chain(frame, pairs, points, "capacity_after", members_after, settings, **common)
            diff = scenario.compare_units(before, after)
            groups = {"country": before["country"]}
            if field["BASIN_FIELD"]:
                groups["basin"] = units.frame[field["BASIN_FIELD"]].reset_index(drop=True)
            if members_after is not None and len(members_after):
                codes = members_after.groupby("unit_id")["code"].apply(list)
                groups["zoast"] = unit_ids.astype(str).map(codes).reset_index(drop=True)
            summary = scenario.scenario_summary(diff, units.frame[field["DEMAND_FIELD"]], groups)

        diff.insert(diff.columns.get_loc("class_before") + 1, "label_before", [class_label(c) for c in
                                                                              diff["class_before"]])
        diff.insert(diff.columns.get_loc("class_after") + 1, "label_after", [class_label(c) for c in
                                                                            diff["class_after"]])
        summary.insert(summary.columns.get_loc("gap_class") + 1, "label",
                       [class_label(c) if c != "ALL" else self.tr("All classes") for c in summary["gap_class"]])

        feedback.setProgressText(self.tr("Writing the outputs…"))
        diff.index = units.frame.index
        out_fields = fields_for_frame(diff, units.source_fields)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, out_fields, units_source.wkbType(),
                                         units.source_crs)
        write_frame(sink, out_fields, diff, units.geometries, units.attributes, feedback)
        summary_fields = fields_for_frame(summary, QgsFields())
        summary_sink, summary_id = self.create_sink(parameters, "SUMMARY", context, summary_fields,
                                                    QgsWkbTypes.Type.NoGeometry, units.source_crs)
        write_frame(summary_sink, summary_fields, summary, feedback=feedback)
        change = diff["severity_change"].to_numpy()
        outputs.update({
            "OUTPUT": dest_id, "SUMMARY": summary_id,
            "SHORTFALL_BEFORE": float(np.nansum(diff["shortfall_before"])),
            "SHORTFALL_AFTER": float(np.nansum(diff["shortfall_after"])),
            "UNITS_LESS_SEVERE": int((change > 0).sum()), "UNITS_MORE_SEVERE": int((change < 0).sum()),
            "SUPPLY_ADDED": counts["added"], "SUPPLY_REMOVED": counts["removed"],
            "SUPPLY_CHANGED": counts["changed"], "GPS_RETIRING": counts["retiring"],
            "MEMBERS_ADDED": member_counts["members_added"], "MEMBERS_REMOVED": member_counts["members_removed"],
        })
        feedback.pushInfo(self.tr("Shortfall {before} FTE in the baseline, {after} FTE in the scenario.").format(
            before="{:.2f}".format(outputs["SHORTFALL_BEFORE"]), after="{:.2f}".format(outputs["SHORTFALL_AFTER"])))
        return outputs

    def ids_of(self, parameters, context, feedback, name, field_name):
        if self.parameterAsSource(parameters, name, context) is None:
            return ()
        id_field = field_value(self, parameters, field_name, context)
        table = read_table(self, parameters, name, context, [id_field], self.tr("Scenario: supply points removed"),
                           feedback).frame
        return table[id_field].to_numpy()

    def members_table(self, parameters, context, feedback, name):
        if self.parameterAsSource(parameters, name, context) is None:
            return None
        code_field = field_value(self, parameters, "MEMBER_CODE_FIELD", context)
        unit_field = field_value(self, parameters, "MEMBER_UNIT_FIELD", context)
        table = read_table(self, parameters, name, context, [code_field, unit_field], name, feedback).frame
        return pd.DataFrame({"code": table[code_field], "unit_id": table[unit_field]})
