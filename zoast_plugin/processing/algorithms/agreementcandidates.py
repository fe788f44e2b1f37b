"""zoast:agreementcandidates — flows outside any ZOAST, units to add to a zone, zones to merge."""

import pandas as pd
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import candidates
from ...core.adjacency import DEFAULT_TOLERANCE, unit_adjacency
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
from ..parameters import ADVANCED, add_analysis_crs_parameter, add_parameter, analysis_crs, field_value
from ..qgis_io import GEOMETRY_SHAPES, fields_for_frame, write_frame
from ..styles import style_output_on_load

DOUBLE = QgsProcessingParameterNumber.Type.Double


class AgreementCandidatesAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "agreementcandidates"
    GROUP_ID = "flows"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("ZOAST extension and merger candidates")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_flow_parameters(self, [QgsProcessing.SourceType.TypeVectorPolygon])
        add_agreements_parameter(self)
        add_member_parameters(self)
        add_parameter(
            self,
            QgsProcessingParameterNumber("MIN_SHARE", self.tr("Extension: minimum share"), DOUBLE,
                                         candidates.DEFAULT_EXTENSION_MIN_SHARE, False, 0.0, 1.0),
            self.tr("A unit next to a zone is suggested when at least this share (0–1) of its cross-border patients "
                    "go to the zone's member establishments without being covered by an agreement of the unit "
                    "today. Illustrative default: a majority (0.5), as in the plurality rule of health service "
                    "areas."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("MIN_PATIENTS", self.tr("Minimum patients behind a suggestion"), DOUBLE,
                                         candidates.DEFAULT_MIN_PATIENTS, False, 0.0),
            self.tr("A suggestion (extension or merger) needs at least this many patients, so a handful of patients "
                    "suggests nothing. Default 10."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("MIN_MERGER_SHARE", self.tr("Merger: minimum shared share"), DOUBLE,
                                         candidates.DEFAULT_MERGER_MIN_SHARE, False, 0.0, 1.0),
            self.tr("Two zones are suggested for a merger when their residents' cross-border patients to the other "
                    "zone's member establishments, not covered today, are at least this share (0–1) of both zones' "
                    "residents' patients. Domestic flows never count. Illustrative default: 0.05."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("ADJACENCY_TOLERANCE", self.tr("Adjacency tolerance (metres)"), DOUBLE,
                                         DEFAULT_TOLERANCE, False, 0.0),
            self.tr("Units closer than this count as neighbours, so slivers between the French and Belgian outlines "
                    "do not cut the border."),
            ADVANCED,
        )
        add_analysis_crs_parameter(self)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("EXTENSIONS", self.tr("Extension candidates"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            self.tr("Units suggested for a zone, with their attributes and: zoast_code, rank (in the zone, most "
                    "newly covered patients first), member_of (zones the unit already belongs to), member_neighbours "
                    "(member units it touches), newly_covered (cross-border patients to the zone's establishments "
                    "that no agreement of the unit covers today: what the extension changes), already_covered, "
                    "to_zone, cross_border (all its cross-border patients), residents (all its residents' "
                    "patients), share_cross_border and share_residents (newly_covered over each), establishments "
                    "(those its newly covered patients go to)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("MERGERS", self.tr("Merger candidates"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("Pairs of zones: rank, code_a, code_b, a_to_b and b_to_a (cross-border patients of one zone's "
                    "residents in the other's member establishments, not covered today), shared, both_ways, "
                    "residents_a, residents_b, share, share_a_to_b, share_b_to_a, and domestic_a_to_b, "
                    "domestic_b_to_a (domestic patients, shown for context: they need no agreement)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTSIDE", self.tr("Cross-border flows outside the agreements"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("Per origin and destination, the cross-border flows whose origin and destination share no "
                    "agreement: origin_id, dest_id, direction, patients, stays, amount_eur, n_flows."),
        )
        for name, label in (
            ("EXTENSION_COUNT", self.tr("Extension candidates")),
            ("MERGER_COUNT", self.tr("Merger candidates")),
            ("OUTSIDE_COUNT", self.tr("Origin–destination pairs outside the agreements")),
            ("OUTSIDE_PATIENTS", self.tr("Cross-border patients outside the agreements")),
            ("SKIPPED_COUNT", self.tr("Units and facilities skipped (no geometry or an invalid one)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        crs = analysis_crs(self, parameters, context)
        min_share = self.parameterAsDouble(parameters, "MIN_SHARE", context)
        min_patients = self.parameterAsDouble(parameters, "MIN_PATIENTS", context)
        merger_share = self.parameterAsDouble(parameters, "MIN_MERGER_SHARE", context)
        tolerance = self.parameterAsDouble(parameters, "ADJACENCY_TOLERANCE", context)
        id_field = field_value(self, parameters, "UNIT_ID_FIELD", context)
        when = at_date(self, parameters, context)
        inputs = read_flow_inputs(self, parameters, context, feedback, crs, GEOMETRY_SHAPES, keep_units=True)
        agreements, _ = read_agreements(self, parameters, context, feedback)
        members = read_members(self, parameters, context, feedback, inputs.unit_ids,
                               inputs.units.frame[field_value(self, parameters, "UNIT_COUNTRY_FIELD", context)],
                               when, agreements, facility_ids=inputs.facility_ids)
        dest_members, dest_field = destination_members(inputs, members)
        if dest_members is None:
            raise QgsProcessingException(
                self.tr("Parameter AGREEMENT_ESTABLISHMENTS: the flows go to facilities, so the agreements' member "
                        "establishments are needed to tell which flows a ZOAST covers. Give the member "
                        "establishments table."))
        flows, units = inputs.flows, inputs.units

        with self.core_errors():
            feedback.setProgressText(self.tr("Finding neighbouring units…"))
            adjacency = unit_adjacency(units.shapes, tolerance, ids=inputs.unit_ids.tolist(), field=id_field,
                                       progress=self.progress_callback(feedback))
            feedback.setProgressText(self.tr("Looking for candidates…"))
            outside = candidates.flows_outside_agreements(flows, members.units, dest_members, dest_field)
            extensions = candidates.extension_candidates(
                flows, inputs.unit_ids, adjacency, members.units, dest_members, min_share, min_patients,
                dest_member_field=dest_field)
            mergers = candidates.merger_candidates(flows, members.units, dest_members, merger_share, min_patients,
                                                   dest_member_field=dest_field)

        feedback.setProgressText(self.tr("Writing the outputs…"))
        # A unit may be a candidate for two zones: rows are found by unit id, and the unit's own feature id
        # (a GeoPackage's fid) is not copied, or the second row would repeat it in the output.
        rows = pd.Index(inputs.unit_ids).get_indexer(extensions["unit_id"])
        frame = extensions.rename(columns={"code": OUTPUT_CODE_FIELD})
        copied = [i for i, field in enumerate(units.source_fields) if field.name().lower() != "fid"]
        unit_fields = QgsFields()
        for i in copied:
            unit_fields.append(units.source_fields.at(i))
        fields = fields_for_frame(frame, unit_fields)
        geometry_type = self.parameterAsSource(parameters, "UNITS", context).wkbType()
        sink, extensions_id = self.create_sink(parameters, "EXTENSIONS", context, fields, geometry_type,
                                               units.source_crs)
        write_frame(sink, fields, frame, [units.geometries[i] for i in rows],
                    [[units.attributes[i][k] for k in copied] for i in rows], feedback)
        style_output_on_load(context, extensions_id, "extension_candidates")
        results = {"EXTENSIONS": extensions_id}
        for name, table in (("MERGERS", mergers), ("OUTSIDE", outside)):
            table_fields = fields_for_frame(table, QgsFields())
            table_sink, results[name] = self.create_sink(parameters, name, context, table_fields,
                                                         QgsWkbTypes.Type.NoGeometry, crs)
            write_frame(table_sink, table_fields, table, feedback=feedback)
        for label, count in ((self.tr("{count} extension candidate(s)."), len(extensions)),
                             (self.tr("{count} merger candidate(s)."), len(mergers))):
            feedback.pushInfo(label.format(count=count))
        results.update({"EXTENSION_COUNT": len(extensions), "MERGER_COUNT": len(mergers),
                        "OUTSIDE_COUNT": len(outside), "OUTSIDE_PATIENTS": float(outside["patients"].sum()),
                        "SKIPPED_COUNT": skipped_count(inputs)})
        return results
