"""zoast:gaps — official GP-shortage classes per country, the analytical variant, the border effect."""

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import indicators, zoning
from ...core.errors import TRANSLATION_CONTEXT, InputError
from ...core.validation import require_non_negative
from ...core.zoning import (
    ANALYTICAL_COLUMNS,
    BORDER_COLUMNS,
    CLASS_LABELS,
    LABEL_CONTEXT,
    OFFICIAL_COLUMNS,
    RULE_LABELS,
)
from ..base import ZoastAlgorithm
from ..gap_style import style_gaps_on_load
from ..host_units import host_unit_rows
from ..parameters import ADVANCED, POINTS_OR_POLYGONS, add_field_parameter, add_parameter, analysis_crs, field_value
from ..qgis_io import (
    DEFAULT_ANALYSIS_CRS,
    GEOMETRY_POINTS,
    GEOMETRY_SHAPES,
    fields_for_frame,
    read_layer,
    whole_layer,
    write_frame,
)
from ..unit_inputs import add_population_field, add_unit_id_field

#: Brussels options, in the order of the BRUSSELS_RULE enum → the core's value.
BRUSSELS_RULES = ("none", "wallonia")
#: Column added when the area is computed from the polygons.
AREA_COLUMN = "area_km2"
SQUARE_METRES_PER_KM2 = 1e6


def translated(codes, labels) -> list:
    """The labels of ``codes`` in the interface language (context ZoastGapClasses); "" for unknown codes."""
    cache = {}
    result = []
    for code in codes:
        if code not in cache:
            label = labels.get(code)
            cache[code] = QCoreApplication.translate(LABEL_CONTEXT, label) if label else ""  # i18n: dynamic
        result.append(cache[code])
    return result


class GapsAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "gaps"
    GROUP_ID = "needs"

    #: (parameter name, ZoningThresholds attribute, core default) — the names the core's messages use.
    THRESHOLDS = (
        ("FR_ZIP_BELOW", "fr_zip_below", zoning.FR_ZIP_BELOW),
        ("FR_ZAC_UP_TO", "fr_zac_up_to", zoning.FR_ZAC_UP_TO),
        ("WAL_SEVERE_BELOW", "wal_severe_below", zoning.WAL_SEVERE_BELOW),
        ("WAL_NORMAL_FROM", "wal_normal_from", zoning.WAL_NORMAL_FROM),
        ("FL_PRIORITY_BELOW", "fl_priority_below", zoning.FL_PRIORITY_BELOW),
        ("FL_LOW_DENSITY_BELOW", "fl_low_density_below", zoning.FL_LOW_DENSITY_BELOW),
        ("FL_LOW_DENSITY_PRIORITY_BELOW", "fl_low_density_priority_below", zoning.FL_LOW_DENSITY_PRIORITY_BELOW),
        ("ACTIVITY_PER_FTE", "activity_per_fte", zoning.ACTIVITY_PER_FTE),
    )

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Care gaps (French zoning and Belgian shortage rules)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self._add_unit_parameters()
        self._add_supply_parameters()
        self._add_threshold_parameters()
        add_parameter(
            self,
            QgsProcessingParameterEnum("BRUSSELS_RULE", self.tr("Brussels municipalities"),
                                       [self.tr("No rule (class 'Brussels: no rule applied')"),
                                        self.tr("Judge them with the Walloon rule")], False, 0),
            self.tr("Brussels has its own scheme, not modelled here: leave its municipalities unjudged, "
                    "or judge them with the Walloon FTE-per-100,000 thresholds."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterCrs("ANALYSIS_CRS", self.tr("Analysis CRS (projected, metres)"),
                                      DEFAULT_ANALYSIS_CRS, True),
            self.tr("Areas computed from the polygons (when no area field is given) are measured in this "
                    "projected CRS. ETRS89-LAEA (EPSG:3035) is equal-area and covers France and Belgium."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Care gaps")),
            self.tr("The units with their attributes and the official classes: country, region, rule, rule_label, "
                    "gap_class, gap_label, severity (2 severe, 1 shortage, 0 none, -1 not judged), indicator_unit "
                    "(the unit's own official indicator), indicator (the value judged: the TVS mean in France), "
                    "indicator_kind, tvs, need, gp_fte_in_unit, gp_under_65_in_unit, threshold, shortfall_fte, "
                    "shortfall_unit (FTE_EQUIVALENT in France, FTE in Wallonia, GP in Flanders), common_score. "
                    "Then the analytical classes on the accessibility: an_access, an_class, an_severity, "
                    "an_shortfall_fte; with a national-only accessibility also an_access_national, an_class_national, "
                    "an_severity_national, an_shortfall_fte_national, border_gain, class_changed, severity_change, "
                    "zoast_member."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("SUMMARY", self.tr("Deficiency list"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("Units, population and shortfall per group, country and official class, most severe first, "
                    "with a total row ALL per country (shortfalls are never added across countries)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("BORDER_EFFECT", self.tr("Who gains and who loses from the border"),
                                              QgsProcessing.SourceType.TypeVector, None, True, False),
            self.tr("With a national-only accessibility: per country and ZOAST membership (1 member, 0 not, ALL), "
                    "the units, population, mean access without and with the border, the units and inhabitants "
                    "gaining and losing, and the analytical shortfall without and with the border — each country in "
                    "its own unit (APL and FTE-equivalents in France, FTE per 100,000 and FTE in Belgium)."),
        )
        for name, label in (
            ("SEVERE_COUNT", self.tr("Units in severe shortage")),
            ("SHORTAGE_COUNT", self.tr("Units in shortage")),
            ("NO_SHORTAGE_COUNT", self.tr("Units without shortage")),
            ("NOT_JUDGED_COUNT", self.tr("Units not judged (Brussels)")),
            ("TOTAL_SHORTFALL_FTE", self.tr("Official shortfall, all countries (FTE, GPs and French "
                                            "FTE-equivalents)")),
            ("SHORTFALL_FR_FTE_EQUIVALENT", self.tr("Official shortfall in France (FTE-equivalents)")),
            ("SHORTFALL_WAL_FTE", self.tr("Official shortfall in Wallonia (FTE)")),
            ("SHORTFALL_FL_GP", self.tr("Official shortfall in Flanders (GPs under 65)")),
            ("AN_TOTAL_SHORTFALL_FTE", self.tr("Analytical shortfall with the border (FTE and FTE-equivalents)")),
            ("TOTAL_SHORTFALL_FTE_NATIONAL", self.tr("Analytical shortfall with national supply only (FTE and "
                                                     "FTE-equivalents)")),
            ("BORDER_IMPROVED_COUNT", self.tr("Units whose severity the border lowers")),
            ("BORDER_WORSENED_COUNT", self.tr("Units whose severity the border raises")),
            ("SKIPPED_COUNT", self.tr("Units skipped (no geometry)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def _add_unit_parameters(self):
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("UNITS", self.tr("Territorial units (communes)"), POINTS_OR_POLYGONS),
            self.tr("Communes or municipalities on both sides of the border, as polygons (or points with an area "
                    "field), with their accessibility and population."),
        )
        add_unit_id_field(self, "UNITS",
            self.tr("Unique id of each unit, e.g. FR:59350 or BE:57081. Belgian ids carry the "
                    "REFNIS code the region is read from."))
        add_field_parameter(
            self, "ACCESS_FIELD", self.tr("Accessibility field"), "access", "UNITS",
            self.tr("The accessibility of each unit, as zoast:apl (France: APL) and zoast:accessibility (Belgium: "
                    "FTE per 100,000) write it, with the field <name>_kind saying what it measures. It gives the "
                    "analytical classes and, without a national-only field, the French APL of the official class. "
                    "A value that does not fit its country's rule is refused, with the algorithm to run."),
            numeric=True,
        )
        add_field_parameter(
            self, "NATIONAL_ACCESS_FIELD", self.tr("National-only accessibility field"), None, "UNITS",
            self.tr("Optional: the accessibility with national supply only (a second run with the border mode "
                    "'never'). The official French zoning reads this APL; with it the border effect is computed "
                    "(border_gain, class change, who gains and who loses)."),
            numeric=True, optional=True,
        )
        add_parameter(
            self,
            QgsProcessingParameterEnum("INDICATOR_TYPE", self.tr("Indicator type"),
                                       [self.tr("Read it from the field <accessibility field>_kind"),
                                        self.tr("I state it: APL in France, GPs per 100,000 in Belgium")], False, 0),
            self.tr("zoast:accessibility and zoast:apl write next to access a field access_kind (e.g. "
                    "APL;border=zoast;weight=0.013). By default it is read and checked. Choose the second option only "
                    "for a layer of your own whose values you know to be in those units."),
            ADVANCED,
        )
        add_field_parameter(
            self, "UNIT_COUNTRY_FIELD", self.tr("Country field"), "country", "UNITS",
            self.tr("FR or BE. Leave empty to read the country from the id prefix (FR:…, BE:…)."),
            optional=True,
        )
        add_population_field(self, "UNITS", self.tr("Inhabitants of each unit."))
        add_field_parameter(
            self, "NEED_FIELD", self.tr("Standardised population field"), None, "UNITS",
            self.tr("Optional: the age-standardised population (field need of zoast:needs), used to turn the "
                    "French APL shortfall into FTE-equivalents. Without it the population is used."),
            numeric=True, optional=True,
        )
        add_field_parameter(
            self, "AREA_FIELD", self.tr("Area field (km²)"), None, "UNITS",
            self.tr("Optional: area of each unit in km², for the Flemish density rule. Without it the area is "
                    "computed from the polygons in the analysis CRS (field area_km2)."),
            numeric=True, optional=True,
        )
        add_field_parameter(
            self, "REGION_FIELD", self.tr("Belgian region field"), None, "UNITS",
            self.tr("Optional: FL, WAL or BXL for Belgian units; where empty, the region is read from the REFNIS "
                    "code."),
            optional=True, flags=ADVANCED,
        )
        add_field_parameter(
            self, "REFNIS_FIELD", self.tr("REFNIS code field"), None, "UNITS",
            self.tr("Optional: the 5-digit REFNIS (NIS) code of Belgian units. Without it the code is read from "
                    "the id (BE:57081)."),
            optional=True, flags=ADVANCED,
        )
        add_field_parameter(
            self, "BASIN_FIELD", self.tr("Territoire de vie-santé field (TVS rule)"), "tvs", "UNITS",
            self.tr("The territoire de vie-santé (TVS) of each French commune: the French zoning judges a commune by "
                    "the population-weighted mean APL of its TVS. When the layer has no such field, communes are "
                    "judged on their own APL (with a warning)."),
            optional=True,
        )
        add_field_parameter(
            self, "MEMBER_FIELD", self.tr("ZOAST member field"), "zoast_member", "UNITS",
            self.tr("1 for a unit in a ZOAST agreement (written by zoast:accessibility in the ZOAST mode). Splits "
                    "who gains and who loses into members and non-members."),
            optional=True, flags=ADVANCED,
        )
        add_field_parameter(
            self, "GROUP_FIELD", self.tr("Summary group field"), None, "UNITS",
            self.tr("Optional: group the deficiency list by this field as well, e.g. a basin or ZOAST code."),
            optional=True,
        )

    def _add_supply_parameters(self):
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("GP_SUPPLY", self.tr("GP practices (Belgian official count)"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], None, True),
            self.tr("One point per GP. The Walloon rule counts the FTE GPs located in each municipality, the "
                    "Flemish rule the GPs under 65 located in it. Needed when the units include Walloon or Flemish "
                    "municipalities."),
        )
        add_field_parameter(self, "GP_FTE_FIELD", self.tr("GP full-time equivalent field"), "fte", "GP_SUPPLY",
                            self.tr("FTE of each GP (1 FTE = 10 half-days a week), for the Walloon rule."),
                            numeric=True, optional=True)
        add_field_parameter(self, "GP_OVER_65_FIELD", self.tr("GP aged 65 or over field"), "age_over_65",
                            "GP_SUPPLY", self.tr("True (1) for a GP aged 65 or more: the Flemish rule counts GPs "
                                                 "under 65. Without it every GP is counted (with a warning)."),
                            optional=True)
        add_field_parameter(self, "GP_UNIT_FIELD", self.tr("GP: id of the unit where it lies"), None, "GP_SUPPLY",
                            self.tr("Optional. Without it, each GP is placed in the unit polygon containing it."),
                            optional=True, flags=ADVANCED)

    def _add_threshold_parameters(self):
        helps = (
            self.tr("France: APL below this → potential priority intervention zone (ZIP). 2017 rule: 2.5."),
            self.tr("France: APL up to this (inclusive) → potential complementary action zone (ZAC); above → outside "
                    "the zoning. 2017 rule: 4."),
            self.tr("Wallonia: FTE GPs per 100,000 below this → severe shortage. Impulseo: 50."),
            self.tr("Wallonia: from this many FTE GPs per 100,000 → no shortage. Impulseo: 90."),
            self.tr("Flanders: GPs under 65 per 100,000 below this → priority zone. Departement Zorg: 90."),
            self.tr("Flanders: below this density (inhabitants/km²) a municipality is low-density. "
                    "Departement Zorg: 125."),
            self.tr("Flanders: a low-density municipality below this many GPs under 65 per 100,000 → priority zone. "
                    "Departement Zorg: 120."),
            self.tr("France: consultations and visits per year of one full-time GP, to turn an APL shortfall into "
                    "FTE-equivalents. Illustrative default: 4,500."),
        )
        labels = (
            self.tr("France: ZIP below (APL)"),
            self.tr("France: ZAC up to (APL)"),
            self.tr("Wallonia: severe shortage below (per 100,000)"),
            self.tr("Wallonia: no shortage from (per 100,000)"),
            self.tr("Flanders: priority zone below (per 100,000)"),
            self.tr("Flanders: low density below (inhabitants/km²)"),
            self.tr("Flanders: low-density priority zone below (per 100,000)"),
            self.tr("France: activity of one FTE GP (acts per year)"),
        )
        for (name, _attribute, default), label, help_text in zip(self.THRESHOLDS, labels, helps):
            add_parameter(
                self,
                QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Type.Double, default),
                help_text,
                ADVANCED,
            )
        add_parameter(
            self,
            QgsProcessingParameterNumber("FR_ACCESS_SCALE", self.tr("Scale of French accessibility"),
                                         QgsProcessingParameterNumber.Type.Double, 1.0),
            self.tr("French accessibility is multiplied by this (1 for the APL of zoast:apl)."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("BE_ACCESS_SCALE", self.tr("Scale of Belgian accessibility"),
                                         QgsProcessingParameterNumber.Type.Double, 1.0),
            self.tr("Belgian accessibility is multiplied by this (1 for FTE per 100,000; FTE per inhabitant is "
                    "converted from its kind)."),
            ADVANCED,
        )

    # ------------------------------------------------------------------ run

    def _present(self, source, parameters, name, context):
        """The field of ``name``; a default that the layer lacks counts as not given."""
        value = field_value(self, parameters, name, context, required=False)
        given = parameters.get(name) not in (None, "")
        if value and not given and source is not None and source.fields().lookupField(value) < 0:
            return ""
        return value

    def _kind_field(self, source, field, stated) -> str:
        """The field holding the kind of ``field`` ("" when the user states the kind)."""
        if not field or stated:
            return ""
        if source.fields().lookupField(field) < 0:
            raise QgsProcessingException(self.tr(
                "The units have no accessibility field '{field}'. Run zoast:apl (France) or zoast:accessibility "
                "(Belgium) on them first and give its output, or choose the field that holds the accessibility.")
                .format(field=field))
        name = indicators.kind_field(field)
        if source.fields().lookupField(name) < 0:
            raise QgsProcessingException(self.tr(
                "Field '{field}' has no companion field '{kind}' saying what it measures, so it cannot be checked "
                "against the rules. Use the output of zoast:apl (France) or zoast:accessibility (Belgium), or set "
                "the indicator type to state it.").format(field=field, kind=name))
        return name

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        source = self.parameterAsSource(parameters, "UNITS", context)
        fields = {
            "id_field": field_value(self, parameters, "UNIT_ID_FIELD", context),
            "access_field": field_value(self, parameters, "ACCESS_FIELD", context),
            "country_field": field_value(self, parameters, "UNIT_COUNTRY_FIELD", context, required=False) or None,
            "population_field": field_value(self, parameters, "POPULATION_FIELD", context),
            "need_field": field_value(self, parameters, "NEED_FIELD", context, required=False) or None,
            "area_field": field_value(self, parameters, "AREA_FIELD", context, required=False) or None,
            "region_field": field_value(self, parameters, "REGION_FIELD", context, required=False) or None,
            "refnis_field": field_value(self, parameters, "REFNIS_FIELD", context, required=False) or None,
            "tvs_field": self._present(source, parameters, "BASIN_FIELD", context) or None,
            "member_field": self._present(source, parameters, "MEMBER_FIELD", context) or None,
            "national_access_field": field_value(self, parameters, "NATIONAL_ACCESS_FIELD", context,
                                                 required=False) or None,
        }
        stated = self.parameterAsEnum(parameters, "INDICATOR_TYPE", context) == 1
        kind_fields = {key: self._kind_field(source, fields[key], stated)
                       for key in ("access_field", "national_access_field")}
        group_field = field_value(self, parameters, "GROUP_FIELD", context, required=False)
        if group_field in ("country", "gap_class"):
            group_field = ""  # the list is already split by country and class
        values = {attribute: self.parameterAsDouble(parameters, name, context)
                  for name, attribute, _default in self.THRESHOLDS}
        brussels_rule = BRUSSELS_RULES[self.parameterAsEnum(parameters, "BRUSSELS_RULE", context)]
        fr_scale = self.parameterAsDouble(parameters, "FR_ACCESS_SCALE", context)
        be_scale = self.parameterAsDouble(parameters, "BE_ACCESS_SCALE", context)
        crs = analysis_crs(self, parameters, context)
        if not fields["tvs_field"]:
            feedback.pushWarning(self.tr("No territoire de vie-santé field: French communes are judged on their own "
                                         "APL. The French zoning judges the population-weighted mean APL of each "
                                         "TVS: give the TVS field (BASIN_FIELD)."))

        feedback.setProgressText(self.tr("Reading the units…"))
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        gp_source = self.parameterAsSource(parameters, "GP_SUPPLY", context)
        gp_unit_field = field_value(self, parameters, "GP_UNIT_FIELD", context, required=False)
        compute_area = fields["area_field"] is None and polygons
        read_shapes = polygons and (compute_area or (gp_source is not None and not gp_unit_field))
        units = read_layer(source, context, [f for f in fields.values() if f] + [group_field] +
                           [f for f in kind_fields.values() if f],
                           self.tr("Territorial units"), GEOMETRY_SHAPES if read_shapes else GEOMETRY_POINTS,
                           crs, keep_features=True, feedback=feedback,
                           layer=whole_layer(self, parameters, "UNITS", context), allow_empty=False)
        frame = units.frame
        if compute_area:
            frame = frame.assign(**{AREA_COLUMN: shapely.area(units.shapes) / SQUARE_METRES_PER_KM2})
            fields["area_field"] = AREA_COLUMN
            feedback.pushInfo(self.tr("No area field given: areas computed from the polygons in {crs}.").format(
                crs=crs.authid()))
        gp_fte, gp_under_65, all_ages = self._gps_in_units(parameters, context, feedback, units, fields, gp_source,
                                                           gp_unit_field, crs)

        with self.core_errors():
            thresholds = zoning.ZoningThresholds(**values)
            feedback.setProgressText(self.tr("Classifying the units…"))
            try:
                analysis = zoning.gap_analysis(
                    frame, thresholds=thresholds, fr_access_scale=fr_scale, be_access_scale=be_scale,
                    brussels_rule=brussels_rule, gp_fte=gp_fte, gp_under_65=gp_under_65, flemish_all_ages=all_ages,
                    access_kind=frame[kind_fields["access_field"]] if kind_fields["access_field"] else None,
                    national_access_kind=(frame[kind_fields["national_access_field"]]
                                          if kind_fields["national_access_field"] else None),
                    **fields)
            except InputError as error:
                if "kind" in error.values:  # the name of what the field holds, in the interface language
                    error.values["kind"] = QCoreApplication.translate(TRANSLATION_CONTEXT,  # i18n: dynamic
                                                                      error.values["kind"])
                raise
            classified = analysis.units
            classified["gap_label"] = translated(classified["gap_class"], CLASS_LABELS)
            classified["rule_label"] = translated(classified["rule"], RULE_LABELS)
            summary = zoning.gap_summary(classified, [group_field] if group_field else [],
                                         population_field=fields["population_field"], totals=True)
            effect = zoning.border_effect(classified) if fields["national_access_field"] else None
        summary["label"] = translated(summary["gap_class"], CLASS_LABELS)
        summary.loc[summary["gap_class"] == "ALL", "label"] = self.tr("All units")
        if analysis.official_apl_border not in ("", "national"):
            feedback.pushWarning(self.tr("The French official class is judged on an APL that counts supply across "
                                         "the border ({border}); the French zoning counts French supply only. Give "
                                         "the national-only APL as the national accessibility field.").format(
                border=analysis.official_apl_border))
        n_french = int((classified["country"] == "FR").sum())
        if not fields["need_field"] and n_french:
            feedback.pushWarning(self.tr("No standardised population field (NEED_FIELD): the French shortfall in "
                                         "FTE-equivalents of {count} French unit(s) uses the raw population, and "
                                         "their need column repeats it. Run zoast:needs and give its field need.")
                                 .format(count=n_french))
        if analysis.flemish_all_ages:
            feedback.pushWarning(self.tr("No GP age field: the Flemish rule counted every GP of {count} Flemish "
                                         "unit(s), not only those under 65.").format(count=analysis.flemish_all_ages))

        columns = list(OFFICIAL_COLUMNS)
        columns.insert(columns.index("gap_class"), "rule_label")
        columns += list(ANALYTICAL_COLUMNS)
        if fields["national_access_field"]:
            columns += list(BORDER_COLUMNS)
        if compute_area:
            columns.append(AREA_COLUMN)
        result = classified[columns]

        feedback.setProgressText(self.tr("Writing {count} units…").format(count=len(result)))
        out_fields = fields_for_frame(result, base=units.source_fields)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, out_fields, source.wkbType(),
                                         units.source_crs)
        write_frame(sink, out_fields, result, geometries=units.geometries, base_attributes=units.attributes,
                    feedback=feedback)
        summary_fields = fields_for_frame(summary, QgsFields())
        summary_sink, summary_id = self.create_sink(parameters, "SUMMARY", context, summary_fields,
                                                    QgsWkbTypes.Type.NoGeometry, units.source_crs)
        write_frame(summary_sink, summary_fields, summary, feedback=feedback)
        style_gaps_on_load(context, dest_id)

        severity = classified["severity"].to_numpy()
        results = {
            "OUTPUT": dest_id,
            "SUMMARY": summary_id,
            "SEVERE_COUNT": int((severity == 2).sum()),
            "SHORTAGE_COUNT": int((severity == 1).sum()),
            "NO_SHORTAGE_COUNT": int((severity == 0).sum()),
            "NOT_JUDGED_COUNT": int((severity == -1).sum()),
            "TOTAL_SHORTFALL_FTE": float(np.nansum(classified["shortfall_fte"])),
            "AN_TOTAL_SHORTFALL_FTE": float(np.nansum(classified["an_shortfall_fte"])),
            "SKIPPED_COUNT": len(units.skipped_fids),
        }
        for name, rule in (("SHORTFALL_FR_FTE_EQUIVALENT", zoning.RULE_FR), ("SHORTFALL_WAL_FTE", zoning.RULE_WAL),
                           ("SHORTFALL_FL_GP", zoning.RULE_FL)):
            results[name] = float(np.nansum(classified["shortfall_fte"][classified["rule"] == rule]))
        if effect is not None:
            change = classified["severity_change"].to_numpy()
            results.update({
                "TOTAL_SHORTFALL_FTE_NATIONAL": float(np.nansum(classified["an_shortfall_fte_national"])),
                "BORDER_IMPROVED_COUNT": int((change > 0).sum()),
                "BORDER_WORSENED_COUNT": int((change < 0).sum()),
            })
            self._log_border_effect(feedback, effect)
            # Asked for, not resolved: parameterAsOutputLayer would queue a second, empty layer to load.
            if parameters.get("BORDER_EFFECT") not in (None, ""):
                effect_fields = fields_for_frame(effect, QgsFields())
                effect_sink, effect_id = self.create_sink(parameters, "BORDER_EFFECT", context, effect_fields,
                                                          QgsWkbTypes.Type.NoGeometry, units.source_crs)
                write_frame(effect_sink, effect_fields, effect, feedback=feedback)
                results["BORDER_EFFECT"] = effect_id
        return results

    def _gps_in_units(self, parameters, context, feedback, units, fields, gp_source, gp_unit_field, crs):
        """FTE and GPs under 65 located in each unit (None, None when no GP layer is given)."""
        if gp_source is None:
            return None, None, False
        fte_field = field_value(self, parameters, "GP_FTE_FIELD", context)
        over_field = self._present(gp_source, parameters, "GP_OVER_65_FIELD", context)
        gps = read_layer(gp_source, context, [fte_field, over_field, gp_unit_field], self.tr("GP practices"),
                         GEOMETRY_POINTS, crs, feedback=feedback,
                         layer=whole_layer(self, parameters, "GP_SUPPLY", context))
        unit_ids = units.frame[fields["id_field"]]
        with self.core_errors():
            fte = require_non_negative(gps.frame[fte_field], pd.Series(np.arange(1, len(gps.frame) + 1)),
                                              fte_field)
        hosts = host_unit_rows(unit_ids, units, gps, gp_unit_field, pd.Series(np.arange(len(gps.frame))))
        if (hosts < 0).any():
            feedback.pushWarning(self.tr("{count} GP(s) lie in no unit of the layer: not counted.").format(
                count=int((hosts < 0).sum())))
        over_65 = gps.frame[over_field].fillna(0).astype(bool).to_numpy() if over_field else None
        gp_fte, under_65 = zoning.gps_in_units(hosts, len(unit_ids), fte, over_65)
        feedback.pushInfo(self.tr("{count} GP(s) counted in their municipality ({fte} FTE).").format(
            count=int((hosts >= 0).sum()), fte=round(float(gp_fte.sum()), 1)))
        return gp_fte, under_65, not over_field

    def _log_border_effect(self, feedback, effect):
        """The border effect in plain words, per country in its own unit."""
        feedback.pushInfo(self.tr("The border does not add supply: the same supply is redistributed. Member units "
                                  "gain access across the border; residents on the other side compete with them "
                                  "and lose as much."))
        for row in effect[effect["zoast_member"] == "ALL"].itertuples():
            feedback.pushInfo(self.tr("{country}: mean access {national:.3g} → {zoast:.3g} ({unit}); {gaining} "
                                      "unit(s) gain, {losing} lose.").format(
                country=row.country, national=row.access_national, zoast=row.access_zoast, unit=row.access_unit,
                gaining=row.units_gaining, losing=row.units_losing))
