"""zoast:needs — the age-standardised population (care need) of each unit."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ...core.errors import first_ids
from ...core.needs import AGE_BANDS, band_sum_mismatch, default_weight_table, read_weight_table, standardised_demand
from ..base import ZoastAlgorithm
from ..parameters import POINTS_OR_POLYGONS, add_field_parameter, add_parameter, field_value
from ..qgis_io import GEOMETRY_POINTS, fields_for_frame, read_layer, whole_layer, write_frame
from ..unit_inputs import add_unit_id_field

#: Parameter name of each age band's field, in AGE_BANDS order (defaults: the band names).
BAND_PARAMETERS = (
    "BAND_0_14_FIELD",
    "BAND_15_29_FIELD",
    "BAND_30_44_FIELD",
    "BAND_45_59_FIELD",
    "BAND_60_74_FIELD",
    "BAND_75_89_FIELD",
    "BAND_90P_FIELD",
)


class NeedsAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "needs"
    GROUP_ID = "needs"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Care needs (age-standardised population)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("UNITS", self.tr("Territorial units (communes)"), POINTS_OR_POLYGONS),
            self.tr("Communes or other units, as points or polygons, with their population per age band."),
        )
        add_unit_id_field(self, "UNITS",
            self.tr("Unique id of each unit, e.g. FR:59350 or BE:57081 (named in messages)."))
        band_labels = (
            self.tr("Population aged 0–14"),
            self.tr("Population aged 15–29"),
            self.tr("Population aged 30–44"),
            self.tr("Population aged 45–59"),
            self.tr("Population aged 60–74"),
            self.tr("Population aged 75–89"),
            self.tr("Population aged 90 and over"),
        )
        for name, band, label in zip(BAND_PARAMETERS, AGE_BANDS, band_labels):
            add_field_parameter(
                self, name, label, band, "UNITS",
                self.tr("Number of inhabitants of the unit in this age band (INSEE's bands; 0 or more)."),
                numeric=True,
            )
        add_field_parameter(
            self, "POPULATION_FIELD", self.tr("Total population field (check only)"), None, "UNITS",
            self.tr("Optional. When given, units whose age bands do not add up to this total (beyond 1 inhabitant "
                    "or 1 %) are listed in a warning: bands and total from different years or sources."),
            numeric=True, optional=True,
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("AGE_WEIGHTS", self.tr("Age-weight table"),
                                                [QgsProcessing.SourceType.TypeVector], None, True),
            self.tr("Optional table (CSV or layer) with one row per band (pop_0_14 … pop_90p) and its GP-care "
                    "consumption weight. Without it, the illustrative default weights are used "
                    "(resources/needs/age_weights_default.csv)."),
        )
        add_field_parameter(self, "BAND_FIELD", self.tr("Band name field of the weight table"), "band",
                            "AGE_WEIGHTS", self.tr("Field of the age-weight table holding the band names."))
        add_field_parameter(self, "WEIGHT_FIELD", self.tr("Weight field of the weight table"), "weight",
                            "AGE_WEIGHTS", self.tr("Field of the age-weight table holding the weights (0 or more)."),
                            numeric=True)
        add_parameter(
            self,
            QgsProcessingParameterBoolean("NORMALISE", self.tr("Rescale to the total population"), True),
            self.tr("Rescale the weighted population so that its total equals the real total population "
                    "(the APL's standardised inhabitants). Off: the result is in the weights' own unit."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Care needs"), QgsProcessing.SourceType.TypeVector),
            self.tr("The units with their attributes and the field need (age-standardised population)."),
        )
        self.addOutput(QgsProcessingOutputNumber("TOTAL_NEED", self.tr("Total need")))
        self.addOutput(QgsProcessingOutputNumber("MISMATCH_COUNT",
                                                 self.tr("Units whose bands do not add up to the population")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED_COUNT", self.tr("Units skipped (no geometry)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        id_field = field_value(self, parameters, "UNIT_ID_FIELD", context)
        band_fields = {band: field_value(self, parameters, name, context)
                       for band, name in zip(AGE_BANDS, BAND_PARAMETERS)}
        population_field = field_value(self, parameters, "POPULATION_FIELD", context, required=False)
        normalise = self.parameterAsBool(parameters, "NORMALISE", context)

        feedback.setProgressText(self.tr("Reading the layers…"))
        source = self.parameterAsSource(parameters, "UNITS", context)
        units = read_layer(source, context, [id_field, *band_fields.values(), population_field],
                           self.tr("Territorial units"), GEOMETRY_POINTS, keep_features=True, feedback=feedback,
                           layer=whole_layer(self, parameters, "UNITS", context), allow_empty=False)
        weight_source = self.parameterAsSource(parameters, "AGE_WEIGHTS", context)
        if weight_source is None:
            table, band_field, weight_field = default_weight_table(), "band", "weight"
            feedback.pushInfo(self.tr("No age-weight table given: using the illustrative default weights."))
        else:
            band_field = field_value(self, parameters, "BAND_FIELD", context)
            weight_field = field_value(self, parameters, "WEIGHT_FIELD", context)
            table = read_layer(weight_source, context, [band_field, weight_field], self.tr("Age-weight table")).frame

        with self.core_errors():
            weights = read_weight_table(table, band_field, weight_field)
            mismatched = []
            if population_field:
                mismatched = band_sum_mismatch(units.frame, band_fields, population_field, id_field)
            feedback.setProgressText(self.tr("Computing the standardised population…"))
            need = standardised_demand(units.frame, band_fields, weights, id_field, normalise)

        if mismatched:
            feedback.pushWarning(
                self.tr("Field '{field}': the age bands of {count} unit(s) do not add up to the population, "
                        "first ids: {ids}. Check that bands and total come from the same year and source.").format(
                    field=population_field, count=len(mismatched), ids=first_ids(mismatched))
            )
        frame = need.to_frame()
        fields = fields_for_frame(frame, base=units.source_fields)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, source.wkbType(), units.source_crs)
        feedback.setProgressText(self.tr("Writing {count} units…").format(count=len(frame)))
        write_frame(sink, fields, frame, geometries=units.geometries, base_attributes=units.attributes,
                    feedback=feedback)
        return {
            "OUTPUT": dest_id,
            "TOTAL_NEED": float(need.sum()),
            "MISMATCH_COUNT": len(mismatched),
            "SKIPPED_COUNT": len(units.skipped_fids),
        }
