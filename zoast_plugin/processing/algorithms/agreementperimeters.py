"""zoast:agreementperimeters — one dissolved perimeter per ZOAST agreement, and one per agreement and side."""

import pandas as pd
import shapely
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

from ...core.agreements import in_force
from ...core.errors import first_ids
from ...core.perimeters import DEFAULT_GAP_TOLERANCE, agreement_perimeters
from ...core.validation import require_unique
from ..agreement_inputs import (
    OUTPUT_CODE_FIELD,
    add_agreements_parameter,
    add_member_parameters,
    at_date,
    read_agreements,
    read_members,
)
from ..base import ZoastAlgorithm, translate_error
from ..parameters import (
    ADVANCED,
    add_analysis_crs_parameter,
    add_field_parameter,
    add_parameter,
    analysis_crs,
    field_value,
)
from ..qgis_io import GEOMETRY_SHAPES, fields_for_frame, multipolygons, read_layer, write_frame
from ..styles import style_output_on_load
from ..unit_inputs import add_population_field, add_unit_id_field

# ---------------------------------------------------------------------------- writing


# ---------------------------------------------------------------------------- algorithm


class AgreementPerimetersAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "agreementperimeters"
    GROUP_ID = "flows"

    FIGURES = ("population", "n_units", "n_units_fr", "n_units_be", "n_establishments")

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("ZOAST agreement perimeters")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_agreements_parameter(self)
        add_member_parameters(self, establishment_country=True, date_advanced=False)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("UNITS", self.tr("Territorial units (communes)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon]),
            self.tr("Communes and municipalities on both sides of the border, as polygons."),
        )
        add_unit_id_field(self)
        add_field_parameter(self, "UNIT_COUNTRY_FIELD", self.tr("Unit country field"), "country", "UNITS",
                            self.tr("FR or BE: the side of the border each member unit is on."))
        add_population_field(self, "UNITS",
            self.tr("Optional: inhabitants of each unit, summed per perimeter. Leave empty to skip "
                    "the population."), optional=True)
        add_parameter(
            self,
            QgsProcessingParameterNumber("GAP_TOLERANCE", self.tr("Gap tolerance (metres)"),
                                         QgsProcessingParameterNumber.Type.Double, DEFAULT_GAP_TOLERANCE, False, 0.0),
            self.tr("French and Belgian outlines come from different sources and leave slivers along the border: "
                    "gaps narrower than twice this value are closed when dissolving. 0 dissolves the polygons as "
                    "they are."),
            ADVANCED,
        )
        add_analysis_crs_parameter(self)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("ZOAST perimeters"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            self.tr("One dissolved (multi)polygon per agreement, in the analysis CRS, with the agreement's "
                    "attributes (or zoast_code), population, n_units, n_units_fr, n_units_be and n_establishments. "
                    "An agreement with no member unit has no geometry."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("SIDES", self.tr("ZOAST perimeters per side"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            self.tr("One (multi)polygon per agreement and country: zoast_code, country, population, n_units, "
                    "n_establishments."),
        )
        self.addOutput(QgsProcessingOutputNumber("AGREEMENT_COUNT", self.tr("Agreements")))
        self.addOutput(QgsProcessingOutputNumber("ONE_SIDED_COUNT",
                                                 self.tr("Agreements with member units on one side only (or none)")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED_COUNT", self.tr("Units skipped (no geometry)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        crs = analysis_crs(self, parameters, context)
        id_field = field_value(self, parameters, "UNIT_ID_FIELD", context)
        country_field = field_value(self, parameters, "UNIT_COUNTRY_FIELD", context)
        population_field = field_value(self, parameters, "POPULATION_FIELD", context, required=False)
        tolerance = self.parameterAsDouble(parameters, "GAP_TOLERANCE", context)
        when = at_date(self, parameters, context)

        feedback.setProgressText(self.tr("Reading the layers…"))
        units = read_layer(self.parameterAsSource(parameters, "UNITS", context), context,
                           [id_field, country_field, population_field], self.tr("Territorial units"),
                           GEOMETRY_SHAPES, crs, feedback=feedback, allow_empty=False)
        unit_ids = units.frame[id_field]
        with self.core_errors():
            require_unique(unit_ids, id_field)
        agreements, agreements_data = read_agreements(self, parameters, context, feedback)
        no_geometry = units.skipped_frame[id_field] if units.skipped_frame is not None else None
        members = read_members(self, parameters, context, feedback, unit_ids, units.frame[country_field], when,
                               agreements, no_geometry=no_geometry)

        feedback.setProgressText(self.tr("Dissolving the perimeters…"))
        index = unit_ids.to_numpy()
        population = pd.Series(units.frame[population_field].to_numpy(), index=index) if population_field else None
        with self.core_errors():
            try:
                result = agreement_perimeters(
                    members.units, pd.Series(units.shapes, index=index), population, members.establishments,
                    agreements[["code"]] if agreements is not None else None, gap_tolerance=tolerance,
                    progress=self.progress_callback(feedback))
            except shapely.errors.GEOSException as error:
                raise QgsProcessingException(
                    self.tr("Territorial units: the member polygons could not be dissolved ({error}). Repair them "
                            "with Fix geometries and run again.").format(error=error)) from error
        one_sided = []
        resting = set()
        if members.when is not None and members.agreements is not None:
            table = members.agreements
            resting = set(table.loc[~in_force(table, members.when).to_numpy(), "code"])
        if resting:
            feedback.pushInfo(self.tr("{count} agreement(s) not in force on {date}, so without a perimeter: {ids}.")
                              .format(count=len(resting), date=members.when.date().isoformat(),
                                      ids=", ".join(sorted(resting))))
        member_field = field_value(self, parameters, "MEMBER_UNIT_FIELD", context)
        for warning in result.warnings:
            ids = [code for code in warning.offending_ids if code not in resting]
            if not ids:
                continue
            warning.values.update(count=len(ids), ids=first_ids(ids), field=member_field)
            feedback.pushWarning(translate_error(warning))
            one_sided += ids

        feedback.setProgressText(self.tr("Writing the perimeters…"))
        zones = result.zones
        if agreements is not None:
            frame = zones[list(self.FIGURES)]
            fields = fields_for_frame(frame, agreements_data.source_fields)
            base = (agreements_data.attributes)
        else:
            frame = zones[["code", *self.FIGURES]].rename(columns={"code": OUTPUT_CODE_FIELD})
            fields = fields_for_frame(frame, QgsFields())
            base = None
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.MultiPolygon, crs)
        write_frame(sink, fields, frame, multipolygons(zones["geometry"]), base, feedback)
        style_output_on_load(context, dest_id, "zoast_perimeters")

        sides = result.sides.rename(columns={"code": OUTPUT_CODE_FIELD})
        side_frame = sides.drop(columns="geometry")
        side_fields = fields_for_frame(side_frame, QgsFields())
        side_sink, sides_id = self.create_sink(parameters, "SIDES", context, side_fields,
                                               QgsWkbTypes.Type.MultiPolygon, crs)
        write_frame(side_sink, side_fields, side_frame, multipolygons(sides["geometry"]), feedback=feedback)
        style_output_on_load(context, sides_id, "zoast_perimeters")
        return {"OUTPUT": dest_id, "SIDES": sides_id, "AGREEMENT_COUNT": len(zones),
                "ONE_SIDED_COUNT": len(one_sided), "SKIPPED_COUNT": len(units.skipped_fids)}
