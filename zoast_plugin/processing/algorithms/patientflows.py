"""zoast:patientflows — desire lines of patient flows across the border, and the activity of each ZOAST."""


import numpy as np
import pandas as pd
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import flows as core_flows
from ..agreement_inputs import (
    OUTPUT_CODE_FIELD,
    add_agreements_parameter,
    add_member_parameters,
    at_date,
    read_agreements,
    read_members,
)
from ..base import ZoastAlgorithm
from ..flow_inputs import add_flow_parameters, destination_members, read_flow_inputs, skipped_count
from ..parameters import (
    ADVANCED,
    add_analysis_crs_parameter,
    add_parameter,
    analysis_crs,
    field_value,
)
from ..qgis_io import (
    fields_for_frame,
    lines_from_coordinates,
    write_frame,
)
from ..styles import style_output_on_load

DOUBLE = QgsProcessingParameterNumber.Type.Double
#: Thinnest line drawn (mm), so that small flows stay visible.
#: Default width (mm) of the largest flow on the map.
DEFAULT_MAX_WIDTH_MM = 5.0
#: Code of the summary rows over every flow of the region, whatever the zone.
REGION_CODE = core_flows.ALL
PAIR_COLUMNS = ("origin_id", "dest_id", "care_types", *core_flows.VALUE_COLUMNS, "origin_country", "dest_country",
                "direction", "n_flows")
LINE_COLUMNS = ("origin_id", "dest_id", "care_type", *core_flows.VALUE_COLUMNS, "origin_country", "dest_country",
                "direction")


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
            QgsProcessingParameterBoolean("ONE_LINE_PER_PAIR", self.tr("One line per origin and destination"), True),
            self.tr("Draw one line per origin–destination pair, its care types summed and listed (care_types), so "
                    "lines do not overlap. Untick to draw one line per row of the flows table, with its attributes."),
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
        add_agreements_parameter(self)
        add_member_parameters(self, members_optional=True)
        add_analysis_crs_parameter(self)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Desire lines"),
                                              QgsProcessing.SourceType.TypeVectorLine),
            self.tr("One line per origin–destination pair (or per flow row), in the analysis CRS: origin_id, "
                    "dest_id, care_types (or care_type and the flows table's attributes), patients, stays, "
                    "amount_eur, origin_country, dest_country, direction (FR→BE, BE→FR, domestic), n_flows and "
                    "width (mm, for the style)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("SUMMARY", self.tr("Flows per ZOAST"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("Per ZOAST (zoast_code; 'all' for the whole region), direction ('all' for the zone's total) "
                    "and care type ('all' for the subtotal over care types): patients, stays, amount_eur of its "
                    "residents' flows and share_inside, the share of their patients treated in the zone's member "
                    "establishments."),
        )
        for name, label in (
            ("CROSS_BORDER_PATIENTS", self.tr("Cross-border patients")),
            ("CROSS_BORDER_STAYS", self.tr("Cross-border stays")),
            ("CROSS_BORDER_AMOUNT", self.tr("Cross-border amount (euros)")),
            ("LINE_COUNT", self.tr("Desire lines written")),
            ("LEFT_OUT_COUNT", self.tr("Flows not drawn (care type, minimum volume, domestic)")),
            ("NO_LINE_COUNT", self.tr("Flows written without a line (same start and end point)")),
            ("SKIPPED_COUNT", self.tr("Units and facilities skipped (no geometry or an invalid one)")),
            ("EMPTY_CELL_COUNT", self.tr("Empty value cells in the flows table (read as unknown)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        crs = analysis_crs(self, parameters, context)
        min_volume = self.parameterAsDouble(parameters, "MIN_VOLUME", context)
        cross_border_only = self.parameterAsBool(parameters, "CROSS_BORDER_ONLY", context)
        curved = self.parameterAsBool(parameters, "CURVED", context)
        max_width = self.parameterAsDouble(parameters, "MAX_WIDTH", context)
        one_per_pair = self.parameterAsBool(parameters, "ONE_LINE_PER_PAIR", context)
        when = at_date(self, parameters, context)
        inputs = read_flow_inputs(self, parameters, context, feedback, crs)
        agreements, _ = read_agreements(self, parameters, context, feedback)
        members = read_members(self, parameters, context, feedback, inputs.unit_ids,
                               inputs.units.frame[field_value(self, parameters, "UNIT_COUNTRY_FIELD", context)],
                               when, agreements, facility_ids=inputs.facility_ids)
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
            drawn = core_flows.filter_flows(flows, None, 0.0 if one_per_pair else min_volume, cross_border_only)
            rows = flows.index.get_indexer(drawn.index)
            if one_per_pair:
                pairs = core_flows.origin_destination_pairs(drawn)
                kept = np.nan_to_num(pairs["patients"].to_numpy(dtype="float64")) >= min_volume
                pairs = pairs.loc[kept].reset_index(drop=True)
                rows = rows[pairs["first_row"].to_numpy()]
            vertices = core_flows.desire_lines(inputs.origin_xy[rows], inputs.dest_xy[rows], curved)
            feedback.setProgressText(self.tr("Summing the flows per ZOAST…"))
            summary = core_flows.zone_summary(flows, unit_members, dest_members, dest_field)
        no_inside = (summary["code"] == REGION_CODE).to_numpy()
        if members is None or (members.establishments is None and inputs.facilities is not None):
            no_inside[:] = True
        summary.loc[no_inside, "share_inside"] = np.nan
        summary = summary.rename(columns={"code": OUTPUT_CODE_FIELD})

        if one_per_pair:
            frame = pairs[list(PAIR_COLUMNS)]
            fields, base = fields_for_frame(frame.assign(width=0.0), QgsFields()), None
            n_drawn_flows = int(frame["n_flows"].sum())
        else:
            frame = drawn[list(LINE_COLUMNS)].assign(n_flows=1)
            fields = fields_for_frame(frame.assign(width=0.0), inputs.source_fields)
            base = [inputs.attributes[i] for i in drawn.index]
            n_drawn_flows = len(frame)
        frame = frame.assign(width=core_flows.line_widths(frame["patients"], max_width))
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.LineString, crs)
        geometries = lines_from_coordinates(vertices)
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
        left_out = inputs.left_out + len(flows) - n_drawn_flows
        if left_out:
            feedback.pushInfo(self.tr("{count} flow(s) not drawn (other care types, below the minimum or "
                                      "domestic).").format(count=left_out))
        cross = flows.loc[(flows["direction"] != core_flows.DOMESTIC).to_numpy()]
        totals = {name: (float(cross[column].sum()) if cross[column].notna().any() or not len(cross) else None)
                  for name, column in (("CROSS_BORDER_PATIENTS", "patients"), ("CROSS_BORDER_STAYS", "stays"),
                                       ("CROSS_BORDER_AMOUNT", "amount_eur"))}
        return {"OUTPUT": dest_id, "SUMMARY": summary_id, "LINE_COUNT": len(frame), "LEFT_OUT_COUNT": left_out,
                "NO_LINE_COUNT": no_line, "SKIPPED_COUNT": skipped_count(inputs),
                "EMPTY_CELL_COUNT": sum(inputs.empty_cells.values()), **totals}
