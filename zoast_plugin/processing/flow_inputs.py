"""Parameters and reader of a patient flows table with its units and facilities.

Shared by every algorithm that reads flows (zoast:patientflows, zoast:agreementcandidates…),
so the same fields have the same parameter names everywhere.
"""

from typing import List, NamedTuple, Optional

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ..core import flows as core_flows
from ..core.errors import first_ids
from ..core.validation import require_unique
from .parameters import POINTS_OR_POLYGONS, TABLES, add_field_parameter, add_parameter, field_value
from .qgis_io import GEOMETRY_POINTS, LayerData, read_layer, whole_layer
from .unit_inputs import add_unit_id_field


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
    empty_cells: dict  # field → empty value cells, read as unknown


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
                        alg.tr("Optional: number of stays or contacts. Leave empty when the table has none. Empty "
                               "cells (small counts hidden by the insurers) are read as unknown and counted."),
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
    add_unit_id_field(alg)
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
            dests = pd.unique(table.frame[field["FLOW_DEST_FIELD"]].dropna())
            if len(dests) and not pd.Index(dests).isin(unit_ids).any():
                raise QgsProcessingException(alg.tr(
                    "Field '{field}': none of the {count} destination id(s) of the flows is a unit, first: {ids}. "
                    "If they are establishments, give the facilities layer (FACILITIES); otherwise choose the "
                    "field that holds the destination unit ids.").format(
                        field=field["FLOW_DEST_FIELD"], count=len(dests), ids=first_ids(dests)))
        flows = core_flows.validate_flows(
            table.frame, unit_countries, dest_countries, field["FLOW_ORIGIN_FIELD"], field["FLOW_DEST_FIELD"],
            field["FLOW_CARE_TYPE_FIELD"] or None, field["FLOW_PATIENTS_FIELD"], field["FLOW_STAYS_FIELD"] or None,
            field["FLOW_AMOUNT_FIELD"] or None)
        empty = core_flows.empty_cells(flows)
        for name, count in empty.items():
            feedback.pushWarning(alg.tr("Field '{field}': {count} empty cell(s), read as unknown (not 0) and left "
                                        "out of the sums.").format(field=name, count=count))
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
                      origin_xy, dest_xy, left_out, empty)


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
