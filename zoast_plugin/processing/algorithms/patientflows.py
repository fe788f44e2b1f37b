"""zoast:patientflows — desire lines of patient flows across the border, and the activity of each ZOAST.

Also holds the reading of a flows table with its units and facilities, shared with
zoast:agreementcandidates.
"""

from typing import List, NamedTuple, Optional

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import flows as core_flows
from ...core.validation import require_unique
from ..base import ZoastAlgorithm
from ..parameters import (
    ADVANCED,
    add_analysis_crs_parameter,
    add_field_parameter,
    add_parameter,
    analysis_crs,
    field_value,
)
from ..qgis_io import (
    GEOMETRY_POINTS,
    LayerData,
    fields_for_frame,
    lines_from_coordinates,
    read_layer,
    whole_layer,
    write_frame,
)
from ..styles import style_output_on_load
from .agreementperimeters import OUTPUT_CODE_FIELD, TABLES, add_member_parameters, at_date, read_members
from .costmatrix import POINTS_OR_POLYGONS

DOUBLE = QgsProcessingParameterNumber.Type.Double
#: Thinnest line drawn (mm), so that small flows stay visible.
#: Default width (mm) of the largest flow on the map.
DEFAULT_MAX_WIDTH_MM = 5.0
#: Code of the summary rows over every flow of the region, whatever the zone.
REGION_CODE = core_flows.ALL
LINE_COLUMNS = ("origin_id", "dest_id", "care_type", *core_flows.VALUE_COLUMNS, "origin_country", "dest_country",
                "direction")


class FlowInputs(NamedTuple):
    """The flows of the chosen care types, validated, with where their ends are."""

    flows: pd.DataFrame  # the core's canonical frame; index = row position in the flows table
    attributes: List[list]  # the flows table's attributes, by row position
    source_fields: QgsFields
    units: LayerData
    unit_ids: pd.Series
    facilities: Optional[LayerData]
    facility_ids: Optional[pd.Series]
    origin_xy: np.ndarray  # per row of ``flows``
    dest_xy: np.ndarray
    left_out: int  # flows of other care types


# ---------------------------------------------------------------------------- parameters


def add_flow_parameters(alg, units_types=None) -> None:
    """FLOWS with its fields, UNITS and FACILITIES with theirs, CARE_TYPES."""
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("FLOWS", alg.tr("Patient flows"), TABLES),
        alg.tr("One row per origin unit, destination and care type, with the number of patients, of stays and the "
               "amount paid (e.g. the insurers' cross-border care tables)."),
    )
    add_field_parameter(alg, "FLOW_ORIGIN_FIELD", alg.tr("Flows: origin unit id field"), "origin_id", "FLOWS",
                        alg.tr("Unit where the patients live (ids of the units layer)."))
    add_field_parameter(alg, "FLOW_DEST_FIELD", alg.tr("Flows: destination id field"), "dest_id", "FLOWS",
                        alg.tr("Facility where they are treated (ids of the facilities layer), or a unit id when no "
                               "facilities layer is given."))
    add_field_parameter(alg, "FLOW_CARE_TYPE_FIELD", alg.tr("Flows: care type field"), "care_type", "FLOWS",
                        alg.tr("Optional: nature of the care (hospital stay, day case, ambulatory…). Empty values "
                               "are counted as 'unspecified'."), optional=True)
    add_field_parameter(alg, "FLOW_PATIENTS_FIELD", alg.tr("Flows: patients field"), "patients", "FLOWS",
                        alg.tr("Number of patients of each flow."), numeric=True)
    add_field_parameter(alg, "FLOW_STAYS_FIELD", alg.tr("Flows: stays field"), "stays", "FLOWS",
                        alg.tr("Optional: number of stays or contacts. Leave empty when the table has none."),
                        numeric=True, optional=True)
    add_field_parameter(alg, "FLOW_AMOUNT_FIELD", alg.tr("Flows: amount field (euros)"), "amount_eur", "FLOWS",
                        alg.tr("Optional: amount paid in euros. Leave empty when the table has none."),
                        numeric=True, optional=True)
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("UNITS", alg.tr("Territorial units (communes)"),
                                            units_types or POINTS_OR_POLYGONS),
        alg.tr("Communes and municipalities on both sides of the border (polygons use their point on surface)."),
    )
    add_field_parameter(alg, "UNIT_ID_FIELD", alg.tr("Unit id field"), "unit_id", "UNITS",
                        alg.tr("Unique id of each unit, e.g. FR:59350 or BE:57081."))
    add_field_parameter(alg, "UNIT_COUNTRY_FIELD", alg.tr("Unit country field"), "country", "UNITS",
                        alg.tr("FR or BE: gives each flow its direction."))
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("FACILITIES", alg.tr("Facilities (destinations)"),
                                            [QgsProcessing.SourceType.TypeVectorPoint], None, True),
        alg.tr("Optional: hospitals or other facilities the flows go to, as points. Without it, the destination "
               "of each flow is a unit id."),
    )
    add_field_parameter(alg, "FACILITY_ID_FIELD", alg.tr("Facility id field"), "supply_id", "FACILITIES",
                        alg.tr("Unique id of each facility."), optional=True)
    add_field_parameter(alg, "FACILITY_COUNTRY_FIELD", alg.tr("Facility country field"), "country", "FACILITIES",
                        alg.tr("FR or BE for each facility."), optional=True)
    add_parameter(
        alg,
        QgsProcessingParameterString("CARE_TYPES", alg.tr("Care types (comma-separated)"), None, False, True),
        alg.tr("Optional: keep only these care types, e.g. hospital_stay,day_case. Empty: every care type."),
    )


# ---------------------------------------------------------------------------- reading


def care_types_value(alg, parameters, context) -> Optional[list]:
    text = alg.parameterAsString(parameters, "CARE_TYPES", context) or ""
    chosen = [part.strip() for part in text.split(",") if part.strip()]
    return chosen or None


def read_flow_inputs(alg, parameters, context, feedback, crs, unit_geometry=GEOMETRY_POINTS,
                     keep_units=False) -> FlowInputs:
    """Read FLOWS, UNITS, FACILITIES; validate the flows (core) and keep the chosen care types."""
    field = {name: field_value(alg, parameters, name, context)
             for name in ("FLOW_ORIGIN_FIELD", "FLOW_DEST_FIELD", "FLOW_PATIENTS_FIELD", "UNIT_ID_FIELD",
                          "UNIT_COUNTRY_FIELD")}
    for name in ("FLOW_CARE_TYPE_FIELD", "FLOW_STAYS_FIELD", "FLOW_AMOUNT_FIELD"):
        field[name] = field_value(alg, parameters, name, context, required=False)

    feedback.setProgressText(alg.tr("Reading the layers…"))
    units = read_layer(alg.parameterAsSource(parameters, "UNITS", context), context,
                       [field["UNIT_ID_FIELD"], field["UNIT_COUNTRY_FIELD"]], alg.tr("Territorial units"),
                       unit_geometry, crs, keep_features=keep_units, feedback=feedback,
                       layer=whole_layer(alg, parameters, "UNITS", context), allow_empty=False)
    unit_ids = units.frame[field["UNIT_ID_FIELD"]]
    facilities_source = alg.parameterAsSource(parameters, "FACILITIES", context)
    facilities = facility_ids = None
    if facilities_source is not None:
        facility_field = field_value(alg, parameters, "FACILITY_ID_FIELD", context)
        facility_country = field_value(alg, parameters, "FACILITY_COUNTRY_FIELD", context)
        facilities = read_layer(facilities_source, context, [facility_field, facility_country],
                                alg.tr("Facilities"), GEOMETRY_POINTS, crs, feedback=feedback,
                                layer=whole_layer(alg, parameters, "FACILITIES", context))
        facility_ids = facilities.frame[facility_field]
    flow_fields = [field[name] for name in ("FLOW_ORIGIN_FIELD", "FLOW_DEST_FIELD", "FLOW_CARE_TYPE_FIELD",
                                            "FLOW_PATIENTS_FIELD", "FLOW_STAYS_FIELD", "FLOW_AMOUNT_FIELD")]
    table = read_layer(alg.parameterAsSource(parameters, "FLOWS", context), context, flow_fields,
                       alg.tr("Patient flows"), keep_features=True, feedback=feedback,
                       layer=whole_layer(alg, parameters, "FLOWS", context))

    with alg.core_errors():
        require_unique(unit_ids, field["UNIT_ID_FIELD"])
        unit_countries = pd.Series(units.frame[field["UNIT_COUNTRY_FIELD"]].to_numpy(), index=unit_ids.to_numpy())
        if facilities is not None:
            require_unique(facility_ids, facility_field)
            dest_countries = pd.Series(facilities.frame[facility_country].to_numpy(), index=facility_ids.to_numpy())
        else:
            dest_countries = unit_countries
        flows = core_flows.validate_flows(
            table.frame, unit_countries, dest_countries, field["FLOW_ORIGIN_FIELD"], field["FLOW_DEST_FIELD"],
            field["FLOW_CARE_TYPE_FIELD"] or None, field["FLOW_PATIENTS_FIELD"], field["FLOW_STAYS_FIELD"] or None,
            field["FLOW_AMOUNT_FIELD"] or None)
        care_types = care_types_value(alg, parameters, context)
        if care_types is not None:
            present = set(flows["care_type"])
            unknown = [c for c in care_types if c not in present]
            if len(unknown) == len(care_types) and len(flows):
                raise QgsProcessingException(
                    alg.tr("Parameter CARE_TYPES: none of {wanted} is a care type of the flows (field '{field}'). "
                           "Care types present: {present}.").format(
                        wanted=", ".join(care_types), field=field["FLOW_CARE_TYPE_FIELD"] or "-",
                        present=", ".join(sorted(str(c) for c in present))))
            if unknown:
                feedback.pushWarning(alg.tr("Care type(s) not in the flows, ignored: {types}.").format(
                    types=", ".join(unknown)))
        chosen = core_flows.filter_flows(flows, care_types)
    left_out = len(flows) - len(chosen)
    if left_out:
        feedback.pushInfo(alg.tr("{count} flow(s) of other care types left out.").format(count=left_out))
    origin_xy = units.xy[pd.Index(unit_ids).get_indexer(chosen["origin_id"])]
    if facilities is not None:
        dest_xy = facilities.xy[pd.Index(facility_ids).get_indexer(chosen["dest_id"])]
    else:
        dest_xy = units.xy[pd.Index(unit_ids).get_indexer(chosen["dest_id"])]
    return FlowInputs(chosen, table.attributes, table.source_fields, units, unit_ids, facilities, facility_ids,
                      origin_xy, dest_xy, left_out)


def destination_members(inputs: FlowInputs, members):
    """(members the destinations are matched with, their id column): establishments, or units without facilities."""
    if inputs.facilities is None:
        return members.units, "unit_id"
    if members.establishments is None:
        return None, "supply_id"
    return members.establishments, "supply_id"


def skipped_count(inputs: FlowInputs) -> int:
    """Units and facilities left out by read_layer (no geometry, or invalid), already listed in the log."""
    return len(inputs.units.skipped_fids) + (len(inputs.facilities.skipped_fids) if inputs.facilities else 0)


# ---------------------------------------------------------------------------- writing


# ---------------------------------------------------------------------------- algorithm


class PatientFlowsAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "patientflows"
    GROUP_ID = "flows"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Patient flows across the border")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_flow_parameters(self)
        add_parameter(
            self,
            QgsProcessingParameterNumber("MIN_VOLUME", self.tr("Minimum patients per line"), DOUBLE,
                                         core_flows.DEFAULT_MIN_VOLUME, False, 0.0),
            self.tr("Draw only the flows with at least this many patients. The summary and the totals still count "
                    "every flow."),
        )
        add_parameter(
            self,
            QgsProcessingParameterBoolean("CROSS_BORDER_ONLY", self.tr("Cross-border flows only"), True),
            self.tr("Draw only the flows that cross the border (FR→BE, BE→FR). The summary still has the domestic "
                    "flows."),
        )
        add_parameter(
            self,
            QgsProcessingParameterBoolean("CURVED", self.tr("Curved lines"), True),
            self.tr("Draw arcs (a flow and its return bow to opposite sides) instead of straight lines."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("MAX_WIDTH", self.tr("Width of the largest flow (mm)"), DOUBLE,
                                         DEFAULT_MAX_WIDTH_MM, False, core_flows.MIN_WIDTH_MM),
            self.tr("The width field is proportional to the patients, the largest flow getting this width; never "
                    "less than 0.2 mm."),
            ADVANCED,
        )
        add_member_parameters(self, members_optional=True)
        add_analysis_crs_parameter(self)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Desire lines"),
                                              QgsProcessing.SourceType.TypeVectorLine),
            self.tr("One line per flow (origin → destination, in the analysis CRS) with the flows table's "
                    "attributes and origin_id, dest_id, care_type, patients, stays, amount_eur, origin_country, "
                    "dest_country, direction (FR→BE, BE→FR, domestic) and width (mm, for the style)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("SUMMARY", self.tr("Flows per ZOAST"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("Per ZOAST (zoast_code; 'all' for the whole region), direction and care type ('all' for the "
                    "zone's total): patients, stays, amount_eur of its residents' flows and share_inside, the share "
                    "of their patients treated in the zone's member establishments."),
        )
        for name, label in (
            ("CROSS_BORDER_PATIENTS", self.tr("Cross-border patients")),
            ("CROSS_BORDER_STAYS", self.tr("Cross-border stays")),
            ("CROSS_BORDER_AMOUNT", self.tr("Cross-border amount (euros)")),
            ("LINE_COUNT", self.tr("Desire lines written")),
            ("LEFT_OUT_COUNT", self.tr("Flows not drawn (care type, minimum volume, domestic)")),
            ("NO_LINE_COUNT", self.tr("Flows written without a line (same start and end point)")),
            ("SKIPPED_COUNT", self.tr("Units and facilities skipped (no geometry or an invalid one)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        crs = analysis_crs(self, parameters, context)
        min_volume = self.parameterAsDouble(parameters, "MIN_VOLUME", context)
        cross_border_only = self.parameterAsBool(parameters, "CROSS_BORDER_ONLY", context)
        curved = self.parameterAsBool(parameters, "CURVED", context)
        max_width = self.parameterAsDouble(parameters, "MAX_WIDTH", context)
        when = at_date(self, parameters, context)
        inputs = read_flow_inputs(self, parameters, context, feedback, crs)
        members = read_members(self, parameters, context, feedback, inputs.unit_ids,
                               inputs.units.frame[field_value(self, parameters, "UNIT_COUNTRY_FIELD", context)],
                               when, facility_ids=inputs.facility_ids)
        flows = inputs.flows
        unit_members = pd.DataFrame({"code": REGION_CODE, "unit_id": pd.unique(flows["origin_id"])})
        dest_members, dest_field = pd.DataFrame({"code": [], "supply_id": []}), "supply_id"
        if members is not None:
            if REGION_CODE in set(members.units["code"]):
                raise QgsProcessingException(self.tr("Parameter AGREEMENT_MEMBERS: the code '{code}' names the "
                                                     "whole region in the summary. Rename that agreement.")
                                             .format(code=REGION_CODE))
            unit_members = pd.concat([members.units[["code", "unit_id"]], unit_members], ignore_index=True)
            chosen, dest_field = destination_members(inputs, members)
            if chosen is None:
                feedback.pushWarning(self.tr("No member establishments given: share_inside is left empty."))
            else:
                dest_members = chosen[["code", dest_field]]

        feedback.setProgressText(self.tr("Drawing the desire lines…"))
        with self.core_errors():
            drawn = core_flows.filter_flows(flows, None, min_volume, cross_border_only)
            rows = flows.index.get_indexer(drawn.index)
            vertices = core_flows.desire_lines(inputs.origin_xy[rows], inputs.dest_xy[rows], curved)
            feedback.setProgressText(self.tr("Summing the flows per ZOAST…"))
            summary = core_flows.zone_summary(flows, unit_members, dest_members, dest_field)
        no_inside = (summary["code"] == REGION_CODE).to_numpy()
        if members is None or (members.establishments is None and inputs.facilities is not None):
            no_inside[:] = True
        summary.loc[no_inside, "share_inside"] = np.nan
        summary = summary.rename(columns={"code": OUTPUT_CODE_FIELD})

        frame = drawn[list(LINE_COLUMNS)].assign(width=core_flows.line_widths(drawn["patients"], max_width))
        fields = fields_for_frame(frame, inputs.source_fields)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.LineString, crs)
        geometries = lines_from_coordinates(vertices)
        base = ([inputs.attributes[i] for i in drawn.index])
        write_frame(sink, fields, frame, geometries, base, feedback)
        style_output_on_load(context, dest_id, "flows")
        summary_fields = fields_for_frame(summary, QgsFields())
        summary_sink, summary_id = self.create_sink(parameters, "SUMMARY", context, summary_fields,
                                                    QgsWkbTypes.Type.NoGeometry, crs)
        write_frame(summary_sink, summary_fields, summary, feedback=feedback)

        no_line = sum(g is None for g in geometries)
        if no_line:
            feedback.pushWarning(self.tr("{count} flow(s) start and end at the same point: written without a "
                                         "line.").format(count=no_line))
        left_out = inputs.left_out + len(flows) - len(drawn)
        if left_out:
            feedback.pushInfo(self.tr("{count} flow(s) not drawn (other care types, below the minimum or "
                                      "domestic).").format(count=left_out))
        cross = flows.loc[(flows["direction"] != core_flows.DOMESTIC).to_numpy()]
        totals = {name: (float(cross[column].sum()) if cross[column].notna().any() or not len(cross) else None)
                  for name, column in (("CROSS_BORDER_PATIENTS", "patients"), ("CROSS_BORDER_STAYS", "stays"),
                                       ("CROSS_BORDER_AMOUNT", "amount_eur"))}
        return {"OUTPUT": dest_id, "SUMMARY": summary_id, "LINE_COUNT": len(frame), "LEFT_OUT_COUNT": left_out,
                "NO_LINE_COUNT": no_line, "SKIPPED_COUNT": skipped_count(inputs), **totals}
