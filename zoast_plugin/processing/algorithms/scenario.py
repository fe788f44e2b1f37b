"""zoast:scenario — the accessibility → gaps chain on a baseline and on a what-if, and the difference."""

import datetime

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import accessibility as fca
from ...core import scenario, zoning
from ..base import ZoastAlgorithm
from ..border import add_border_parameters, host_rows, read_members
from ..chain_inputs import (
    SUPPLY_FIELDS,
    add_catchment_parameters,
    add_official_parameters,
    add_unit_and_supply_parameters,
    chain_settings,
    class_label,
    pairs_to,
    present_field,
    read_chain_inputs,
)
from ..parameters import ADVANCED, add_field_parameter, add_parameter, analysis_crs, field_value
from ..qgis_io import GEOMETRY_POINTS, fields_for_frame, read_layer, read_table, whole_layer, write_frame

DOUBLE = QgsProcessingParameterNumber.Type.Double
INTEGER = QgsProcessingParameterNumber.Type.Integer
TABLE = [QgsProcessing.SourceType.TypeVector]


class ScenarioAlgorithm(ZoastAlgorithm):
    """What if GPs retire, practices open or close, or a ZOAST gains members."""

    ALGORITHM_ID = "scenario"
    GROUP_ID = "needs"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("What-if scenario (supply, retirements, ZOAST members)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_unit_and_supply_parameters(self)
        add_field_parameter(self, "BASIN_FIELD", self.tr("Basin field (summary)"), None, "UNITS",
                            self.tr("Optional: a health basin code; the summary then has a row per basin."),
                            optional=True)
        add_official_parameters(self)
        add_catchment_parameters(self)
        add_border_parameters(self, fca.BORDER_ZOAST)
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
                    "field). For the official Flemish rule, GPs who turn 65 by then are no longer counted, even if "
                    "they keep working."),
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
            self.tr("The units with, first, the official classes (each country's rule on its official indicator, "
                    "as zoast:gaps): indicator_before/after/change (France: APL with French supply only, the TVS "
                    "mean when a TVS field is given; Wallonia: FTE located in the municipality per 100,000; "
                    "Flanders: GPs under 65 located in it per 100,000), class_before/after and their labels, "
                    "severity_before/after, class_changed, severity_change (> 0: less severe), "
                    "shortfall_before/after/change and shortfall_unit. Then the analytical classes on the "
                    "accessibility with the border mode: an_access_before/after/change, an_class_before/after and "
                    "their labels, an_severity_before/after, an_class_changed, an_severity_change, "
                    "an_shortfall_before/after/change. ZOAST member edits change only the analytical classes."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("SUMMARY", self.tr("Scenario summary"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("Per variant (official, analytical), level (country, basin, ZOAST, ALL), group and class: units "
                    "and inhabitants before and after, inhabitants leaving and entering the class, shortfall before, "
                    "after and change; a row ALL per group."),
        )
        for name, label in (
            ("SHORTFALL_BEFORE", self.tr("Official shortfall, baseline (FTE, GPs and French FTE-equivalents)")),
            ("SHORTFALL_AFTER", self.tr("Official shortfall, scenario (FTE, GPs and French FTE-equivalents)")),
            ("UNITS_LESS_SEVERE", self.tr("Units whose official class improves")),
            ("UNITS_MORE_SEVERE", self.tr("Units whose official class worsens")),
            ("INHABITANTS_CLASS_CHANGED", self.tr("Inhabitants whose official class changes")),
            ("AN_SHORTFALL_BEFORE", self.tr("Analytical shortfall, baseline (FTE and FTE-equivalents)")),
            ("AN_SHORTFALL_AFTER", self.tr("Analytical shortfall, scenario (FTE and FTE-equivalents)")),
            ("AN_UNITS_LESS_SEVERE", self.tr("Units whose analytical class improves")),
            ("AN_UNITS_MORE_SEVERE", self.tr("Units whose analytical class worsens")),
            ("AN_INHABITANTS_CLASS_CHANGED", self.tr("Inhabitants whose analytical class changes")),
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
        basin_field = field_value(self, parameters, "BASIN_FIELD", context, required=False)
        age_field = field_value(self, parameters, "AGE_FIELD", context, required=False)
        birth_field = field_value(self, parameters, "BIRTH_YEAR_FIELD", context, required=False)
        border_mode = self.parameterAsEnum(parameters, "BORDER_MODE", context)
        horizon = self.parameterAsInt(parameters, "HORIZON_YEAR", context)
        tvs_field = present_field(self, parameters, "TVS_FIELD", context,
                                  self.parameterAsSource(parameters, "UNITS", context))
        over_field = present_field(self, parameters, "GP_OVER_65_FIELD", context,
                                   self.parameterAsSource(parameters, "SUPPLY", context))

        feedback.setProgressText(self.tr("Reading the layers…"))
        inputs = read_chain_inputs(self, parameters, context, feedback, [basin_field, tvs_field],
                                   [age_field, birth_field, over_field], self.tr("Supply points (baseline)"))
        units, supply, field = inputs.units, inputs.supply, inputs.field
        skipped = len(units.skipped_fids) + len(supply.skipped_fids)
        added_source = self.parameterAsSource(parameters, "ADDED_SUPPLY", context)
        added = None
        if added_source is not None:
            added = read_layer(added_source, context, [field[n] for n in SUPPLY_FIELDS],
                               self.tr("Scenario: supply points added"), GEOMETRY_POINTS,
                               analysis_crs(self, parameters, context), feedback=feedback,
                               layer=whole_layer(self, parameters, "ADDED_SUPPLY", context))
            skipped += len(added.skipped_fids)
        points_frame = inputs.points

        outputs = {"SKIPPED": skipped}
        with self.core_errors():
            unit_ids = inputs.unit_ids
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
            birth = supply.frame[birth_field] if birth_field else None
            age = supply.frame[age_field] if age_field and birth is None else None
            reference_year = self.parameterAsInt(parameters, "REFERENCE_YEAR", context)
            if horizon > 0:
                if not (age_field or birth_field):
                    raise QgsProcessingException(self.tr("Retirements by {year} need the GPs' age or birth-year "
                                                         "field (AGE_FIELD or BIRTH_YEAR_FIELD).").format(year=horizon))
                retirement_age = self.parameterAsDouble(parameters, "RETIREMENT_AGE", context)
                mask, unknown = scenario.retiring(horizon, retirement_age, age=age, birth_year=birth,
                                                  reference_year=reference_year)
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
            over_65 = self.over_65(supply, over_field, age, birth, reference_year, horizon, len(points))
            if over_65 is not None:
                points["over_65_before"], points["over_65_after"] = over_65

            members = read_members(self, parameters, context, feedback)
            members_after, member_counts = scenario.edit_members(
                members, self.members_table(parameters, context, feedback, "MEMBERS_ADDED"),
                self.members_table(parameters, context, feedback, "MEMBERS_REMOVED"))
            if members is None and member_counts["members_added"] == 0:
                members_after = None

            feedback.setProgressText(self.tr("Travel costs…"))
            pairs = pairs_to(self, parameters, context, feedback, inputs, points)
            frame = inputs.frame
            settings = chain_settings(self, parameters, context, border_mode)
            common = dict(inputs.chain_fields(), tvs_field=tvs_field or None)
            if not tvs_field:
                feedback.pushWarning(self.tr("No territoire de vie-santé field: French communes are judged on their "
                                             "own APL. The French zoning judges the population-weighted mean APL of "
                                             "each TVS: give the TVS field (TVS_FIELD)."))
            belgian = frame[field["UNIT_COUNTRY_FIELD"]].astype(str).str.strip().str.upper() == "BE"
            if over_65 is None and (zoning.refnis_region(unit_ids[belgian].to_numpy()) == "FL").any():
                feedback.pushWarning(self.tr("No GP age: the official Flemish rule counts every GP located in the "
                                             "municipality, not only those under 65. Give GP_OVER_65_FIELD, "
                                             "AGE_FIELD or BIRTH_YEAR_FIELD."))
            feedback.setProgressText(self.tr("Baseline…"))
            before = scenario.run_chain(frame, pairs, points, "capacity_before", members, settings,
                                        over_65_column="over_65_before" if over_65 is not None else None, **common)
            feedback.setProgressText(self.tr("Scenario…"))
            after = scenario.run_chain(frame, pairs, points, "capacity_after", members_after, settings,
                                       over_65_column="over_65_after" if over_65 is not None else None, **common)
            diff = scenario.compare_units(before, after)
            groups = {"country": before["country"]}
            if basin_field:
                groups["basin"] = units.frame[basin_field].reset_index(drop=True)
            if members_after is not None and len(members_after):
                codes = members_after.groupby("unit_id")["code"].apply(list)
                groups["zoast"] = unit_ids.astype(str).map(codes).reset_index(drop=True)
            summary = scenario.scenario_summary(diff, units.frame[field["DEMAND_FIELD"]], groups)

        for prefix in ("", "an_"):
            for when in ("before", "after"):
                column = "{}class_{}".format(prefix, when)
                diff.insert(diff.columns.get_loc(column) + 1, "{}label_{}".format(prefix, when),
                            [class_label(c) for c in diff[column]])
        summary.insert(summary.columns.get_loc("gap_class") + 1, "label",
                       [class_label(c) if c != "ALL" else self.tr("All classes") for c in summary["gap_class"]])

        feedback.setProgressText(self.tr("Writing the outputs…"))
        diff.index = units.frame.index
        out_fields = fields_for_frame(diff, units.source_fields)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, out_fields,
                                         self.parameterAsSource(parameters, "UNITS", context).wkbType(),
                                         units.source_crs)
        write_frame(sink, out_fields, diff, units.geometries, units.attributes, feedback)
        summary_fields = fields_for_frame(summary, QgsFields())
        summary_sink, summary_id = self.create_sink(parameters, "SUMMARY", context, summary_fields,
                                                    QgsWkbTypes.Type.NoGeometry, units.source_crs)
        write_frame(summary_sink, summary_fields, summary, feedback=feedback)
        population = units.frame[field["DEMAND_FIELD"]].to_numpy(dtype=float)
        for prefix in ("", "an_"):
            change = diff[prefix + "severity_change"].to_numpy()
            key = prefix.upper()
            outputs.update({
                key + "SHORTFALL_BEFORE": float(np.nansum(diff[prefix + "shortfall_before"])),
                key + "SHORTFALL_AFTER": float(np.nansum(diff[prefix + "shortfall_after"])),
                key + "UNITS_LESS_SEVERE": int((change > 0).sum()), key + "UNITS_MORE_SEVERE": int((change < 0).sum()),
                key + "INHABITANTS_CLASS_CHANGED": float(population[diff[prefix + "class_changed"].to_numpy(bool)]
                                                         .sum()),
            })
        outputs.update({
            "OUTPUT": dest_id, "SUMMARY": summary_id,
            "SUPPLY_ADDED": counts["added"], "SUPPLY_REMOVED": counts["removed"],
            "SUPPLY_CHANGED": counts["changed"], "GPS_RETIRING": counts["retiring"],
            "MEMBERS_ADDED": member_counts["members_added"], "MEMBERS_REMOVED": member_counts["members_removed"],
        })
        self.log_official_changes(feedback, diff, population)
        feedback.pushInfo(self.tr("Analytical shortfall (accessibility with the border mode): {before} FTE in the "
                                  "baseline, {after} FTE in the scenario.").format(
            before="{:.2f}".format(outputs["AN_SHORTFALL_BEFORE"]),
            after="{:.2f}".format(outputs["AN_SHORTFALL_AFTER"])))
        return outputs

    def log_official_changes(self, feedback, diff, population):
        """Per rule, in its own unit: inhabitants whose official class changes and the official shortfall."""
        for rule, part in diff.groupby("rule", sort=True):
            if rule == zoning.RULE_NONE:
                continue
            rows = part.index.to_numpy()
            worse = (part["severity_change"] < 0).to_numpy()
            better = (part["severity_change"] > 0).to_numpy()
            feedback.pushInfo(self.tr("Official, {rule}: {worse} inhabitant(s) in a more severe class, {better} in a "
                                      "less severe one; shortfall {before} → {after} {unit}.").format(
                rule=rule, worse="{:.0f}".format(population[rows[worse]].sum()),
                better="{:.0f}".format(population[rows[better]].sum()),
                before="{:.2f}".format(part["shortfall_before"].sum()),
                after="{:.2f}".format(part["shortfall_after"].sum()), unit=part["shortfall_unit"].iloc[0]))

    def over_65(self, supply, over_field, age, birth, reference_year, horizon, n_points):
        """(before, after) flags of GPs aged 65 or more for every point (added points: under 65), or None.

        From the over-65 field, else from the age or birth year at the reference year; at the
        horizon (when given, with an age) GPs who have turned 65 are no longer counted.
        """
        known_age = age is not None or birth is not None

        def aged(year):
            return scenario.retiring(year, scenario.FLEMISH_AGE_LIMIT, age=age, birth_year=birth,
                                     reference_year=reference_year)[0]

        if over_field:
            before = supply.frame[over_field].fillna(0).astype(bool).to_numpy()
        elif known_age:
            before = aged(reference_year)
        else:
            return None
        after = before | aged(horizon) if known_age and horizon > 0 else before
        pad = np.zeros(n_points - len(before), bool)
        return np.concatenate([before, pad]), np.concatenate([after, pad])

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
