"""zoast:gaps — each unit judged by its own country's GP-shortage rule, and the deficiency list."""

import numpy as np
import shapely
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import zoning
from ...core.zoning import CLASS_LABELS, LABEL_CONTEXT, NATIONAL_COLUMNS, RESULT_COLUMNS, RULE_LABELS
from ..base import ZoastAlgorithm
from ..gap_style import style_gaps_on_load
from ..parameters import ADVANCED, add_field_parameter, add_parameter, analysis_crs, field_value
from ..qgis_io import (
    DEFAULT_ANALYSIS_CRS,
    GEOMETRY_POINTS,
    GEOMETRY_SHAPES,
    fields_for_frame,
    read_layer,
    whole_layer,
    write_frame,
)
from .costmatrix import POINTS_OR_POLYGONS

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
            self.tr("The units with their attributes and: country, region, rule, rule_label, gap_class, "
                    "gap_label (in the interface language), severity (2 severe, 1 shortage, 0 none, -1 not judged), "
                    "access_unit, access (the value judged), need, threshold, shortfall_fte, common_score; "
                    "with a national access field also access_national, gap_class_national, severity_national, "
                    "shortfall_fte_national, border_gain, class_changed, severity_change."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("SUMMARY", self.tr("Deficiency list"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("Units, population and shortfall (FTE) per group, country and class, most severe first, "
                    "with a last row ALL holding the totals."),
        )
        for name, label in (
            ("SEVERE_COUNT", self.tr("Units in severe shortage")),
            ("SHORTAGE_COUNT", self.tr("Units in shortage")),
            ("NO_SHORTAGE_COUNT", self.tr("Units without shortage")),
            ("NOT_JUDGED_COUNT", self.tr("Units not judged (Brussels)")),
            ("TOTAL_SHORTFALL_FTE", self.tr("Total shortfall (FTE)")),
            ("TOTAL_SHORTFALL_FTE_NATIONAL", self.tr("Total shortfall with national supply only (FTE)")),
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
        add_field_parameter(self, "UNIT_ID_FIELD", self.tr("Unit id field"), "unit_id", "UNITS",
                            self.tr("Unique id of each unit, e.g. FR:59350 or BE:57081. Belgian ids carry the "
                                    "REFNIS code the region is read from."))
        add_field_parameter(
            self, "ACCESS_FIELD", self.tr("Accessibility field"), "access", "UNITS",
            self.tr("Accessibility of each unit, e.g. the access field of zoast:accessibility run with the ZOAST "
                    "border mode. France: APL (consultations per year per standardised inhabitant); Belgium: "
                    "GPs per 100,000 inhabitants (see the scale parameters)."),
            numeric=True,
        )
        add_field_parameter(
            self, "NATIONAL_ACCESS_FIELD", self.tr("National-only accessibility field"), None, "UNITS",
            self.tr("Optional: the accessibility with national supply only (e.g. joined from a second "
                    "zoast:accessibility run). Adds border_gain and the class each unit would have without "
                    "the border."),
            numeric=True, optional=True,
        )
        add_field_parameter(
            self, "UNIT_COUNTRY_FIELD", self.tr("Country field"), "country", "UNITS",
            self.tr("FR or BE. Leave empty to read the country from the id prefix (FR:…, BE:…)."),
            optional=True,
        )
        add_field_parameter(self, "POPULATION_FIELD", self.tr("Population field"), "population", "UNITS",
                            self.tr("Inhabitants of each unit."), numeric=True)
        add_field_parameter(
            self, "NEED_FIELD", self.tr("Standardised population field"), None, "UNITS",
            self.tr("Optional: the age-standardised population (field need of zoast:needs), used to turn the "
                    "French APL shortfall into FTE. Without it the population is used."),
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
            self, "BASIN_FIELD", self.tr("Territoire de vie-santé field (TVS rule)"), None, "UNITS",
            self.tr("Optional: when given, French units are judged by the population-weighted mean APL of their "
                    "territoire de vie-santé, as the French zoning does."),
            optional=True,
        )
        add_field_parameter(
            self, "GROUP_FIELD", self.tr("Summary group field"), None, "UNITS",
            self.tr("Optional: group the deficiency list by this field as well, e.g. a basin or ZOAST code."),
            optional=True,
        )

    def _add_threshold_parameters(self):
        helps = (
            self.tr("France: APL below this → priority intervention zone (ZIP). 2017 rule: 2.5."),
            self.tr("France: APL up to this (inclusive) → complementary action zone (ZAC); above → outside the "
                    "zoning. 2017 rule: 4."),
            self.tr("Wallonia: FTE GPs per 100,000 below this → severe shortage. Impulseo: 50."),
            self.tr("Wallonia: from this many FTE GPs per 100,000 → no shortage. Impulseo: 90."),
            self.tr("Flanders: GPs per 100,000 below this → priority zone. Zorg en Gezondheid: 90."),
            self.tr("Flanders: below this density (inhabitants/km²) a municipality is low-density. "
                    "Zorg en Gezondheid: 125."),
            self.tr("Flanders: a low-density municipality below this many GPs per 100,000 → priority zone. "
                    "Zorg en Gezondheid: 120."),
            self.tr("France: consultations and visits per year of one full-time GP, to turn an APL shortfall into "
                    "FTE. Illustrative default: 4,500."),
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
            self.tr("French accessibility is multiplied by this to be in consultations per year per standardised "
                    "inhabitant (1 when it already is; the activity of one FTE when it is in FTE per inhabitant)."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("BE_ACCESS_SCALE", self.tr("Scale of Belgian accessibility"),
                                         QgsProcessingParameterNumber.Type.Double, 1.0),
            self.tr("Belgian accessibility is multiplied by this to be in GPs per 100,000 inhabitants "
                    "(1 when it already is; 100000 when it is in FTE per inhabitant)."),
            ADVANCED,
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        fields = {
            "id_field": field_value(self, parameters, "UNIT_ID_FIELD", context),
            "access_field": field_value(self, parameters, "ACCESS_FIELD", context),
            "country_field": field_value(self, parameters, "UNIT_COUNTRY_FIELD", context, required=False) or None,
            "population_field": field_value(self, parameters, "POPULATION_FIELD", context),
            "need_field": field_value(self, parameters, "NEED_FIELD", context, required=False) or None,
            "area_field": field_value(self, parameters, "AREA_FIELD", context, required=False) or None,
            "region_field": field_value(self, parameters, "REGION_FIELD", context, required=False) or None,
            "refnis_field": field_value(self, parameters, "REFNIS_FIELD", context, required=False) or None,
            "basin_field": field_value(self, parameters, "BASIN_FIELD", context, required=False) or None,
            "national_access_field": field_value(self, parameters, "NATIONAL_ACCESS_FIELD", context,
                                                 required=False) or None,
        }
        group_field = field_value(self, parameters, "GROUP_FIELD", context, required=False)
        if group_field in ("country", "gap_class"):
            group_field = ""  # the list is already split by country and class
        values = {attribute: self.parameterAsDouble(parameters, name, context)
                  for name, attribute, _default in self.THRESHOLDS}
        brussels_rule = BRUSSELS_RULES[self.parameterAsEnum(parameters, "BRUSSELS_RULE", context)]
        fr_scale = self.parameterAsDouble(parameters, "FR_ACCESS_SCALE", context)
        be_scale = self.parameterAsDouble(parameters, "BE_ACCESS_SCALE", context)
        crs = analysis_crs(self, parameters, context)

        feedback.setProgressText(self.tr("Reading the units…"))
        source = self.parameterAsSource(parameters, "UNITS", context)
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        compute_area = fields["area_field"] is None and polygons
        units = read_layer(source, context, [f for f in fields.values() if f] + [group_field],
                           self.tr("Territorial units"), GEOMETRY_SHAPES if compute_area else GEOMETRY_POINTS,
                           crs, keep_features=True, feedback=feedback,
                           layer=whole_layer(self, parameters, "UNITS", context), allow_empty=False)
        frame = units.frame
        if compute_area:
            frame = frame.assign(**{AREA_COLUMN: shapely.area(units.shapes) / SQUARE_METRES_PER_KM2})
            fields["area_field"] = AREA_COLUMN
            feedback.pushInfo(self.tr("No area field given: areas computed from the polygons in {crs}.").format(
                crs=crs.authid()))

        with self.core_errors():
            thresholds = zoning.ZoningThresholds(**values)
            feedback.setProgressText(self.tr("Classifying the units…"))
            classified = zoning.classify_units(frame, thresholds=thresholds, fr_access_scale=fr_scale,
                                               be_access_scale=be_scale, brussels_rule=brussels_rule, **fields)
            classified["gap_label"] = translated(classified["gap_class"], CLASS_LABELS)
            classified["rule_label"] = translated(classified["rule"], RULE_LABELS)
            summary = zoning.gap_summary(classified, [group_field] if group_field else [],
                                         population_field=fields["population_field"], totals=True)
        summary["label"] = translated(summary["gap_class"], CLASS_LABELS)
        summary.loc[summary["gap_class"] == "ALL", "label"] = self.tr("All units")

        columns = list(RESULT_COLUMNS)
        columns.insert(columns.index("gap_class"), "rule_label")
        if fields["national_access_field"]:
            columns += list(NATIONAL_COLUMNS)
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
            "SKIPPED_COUNT": len(units.skipped_fids),
        }
        if fields["national_access_field"]:
            change = classified["severity_change"].to_numpy()
            results.update({
                "TOTAL_SHORTFALL_FTE_NATIONAL": float(np.nansum(classified["shortfall_fte_national"])),
                "BORDER_IMPROVED_COUNT": int((change > 0).sum()),
                "BORDER_WORSENED_COUNT": int((change < 0).sum()),
            })
        return results
