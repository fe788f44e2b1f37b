"""Parameters and readers of the ZOAST agreement tables, shared by every algorithm that takes agreements.

Every algorithm that takes agreements names and reads them the same way (the store's
tables fit the defaults: ``zoast_agreements``, ``zoast_members``,
``zoast_establishments``), and honours the same dates: members from ``member_since`` to
``member_until``, agreements from ``in_force_from`` to ``ends_on``.
"""

import datetime
from typing import NamedTuple, Optional

import pandas as pd
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ..core.agreements import (
    DATE_COLUMNS,
    MEMBER_UNTIL,
    check_known_ids,
    check_member_codes,
    check_unique_codes,
    make_tables,
    membership_at,
)
from ..core.errors import first_ids
from .parameters import ADVANCED, TABLES, add_field_parameter, add_parameter, field_value
from .qgis_io import read_layer

#: Name of the agreement code in every output (the store's and the design's convention).
OUTPUT_CODE_FIELD = "zoast_code"


class Members(NamedTuple):
    """Agreement members with the core's column names."""

    units: pd.DataFrame  # code, unit_id, country, member_since
    establishments: Optional[pd.DataFrame]  # code, supply_id, country, member_since; None when not given
    agreements: Optional[pd.DataFrame]  # code (+ in_force_from, ends_on), None when not given
    when: Optional[pd.Timestamp] = None  # the date the members were taken at; None: every membership


# ---------------------------------------------------------------------------- parameters


def add_agreements_parameter(alg) -> None:
    """AGREEMENTS (optional table) and AGREEMENT_CODE_FIELD."""
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("AGREEMENTS", alg.tr("ZOAST agreements"), TABLES, None, True),
        alg.tr("Optional: the agreements table (zoast_agreements of an agreements store), one row per agreement. "
               "Its attributes are copied to the output; its in_force_from and ends_on dates are used with the "
               "date parameter. Without it, the agreements are the codes found in the members."),
    )
    add_field_parameter(alg, "AGREEMENT_CODE_FIELD", alg.tr("Agreements: code field"), "zoast_code", "AGREEMENTS",
                        alg.tr("Unique code of each agreement."), optional=True)


def add_member_parameters(alg, members_optional: bool = False, establishment_country: bool = False,
                          date_advanced: bool = True) -> None:
    """AGREEMENT_MEMBERS and AGREEMENT_ESTABLISHMENTS with their fields, and AT_DATE."""
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("AGREEMENT_MEMBERS", alg.tr("ZOAST agreement members"), TABLES, None,
                                            members_optional),
        alg.tr("Table of agreement code and member unit id, one row per membership (zoast_members of an agreements "
               "store). The country of each member is read from the units layer."),
    )
    add_field_parameter(alg, "MEMBER_CODE_FIELD", alg.tr("Members: agreement code field"), "zoast_code",
                        "AGREEMENT_MEMBERS", alg.tr("Agreement code in the members table."), optional=True)
    add_field_parameter(alg, "MEMBER_UNIT_FIELD", alg.tr("Members: unit id field"), "unit_id",
                        "AGREEMENT_MEMBERS", alg.tr("Member unit id in the members table (same ids as the units "
                                                    "layer)."), optional=True)
    add_field_parameter(alg, "MEMBER_SINCE_FIELD", alg.tr("Members: member since field"), "member_since",
                        "AGREEMENT_MEMBERS", alg.tr("Date the unit joined the agreement; read only when a date is "
                                                    "given. Empty dates mean 'from the start'."),
                        optional=True, flags=ADVANCED)
    add_field_parameter(alg, "MEMBER_UNTIL_FIELD", alg.tr("Members: member until field"), MEMBER_UNTIL,
                        "AGREEMENT_MEMBERS", alg.tr("Last day the unit is covered (a commune that left the zone); "
                                                    "read only when a date is given. Empty: still a member."),
                        optional=True, flags=ADVANCED)
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("AGREEMENT_ESTABLISHMENTS", alg.tr("ZOAST member establishments"),
                                            TABLES, None, True),
        alg.tr("Optional: table of agreement code and member establishment id (zoast_establishments of an "
               "agreements store)."),
    )
    add_field_parameter(alg, "ESTABLISHMENT_CODE_FIELD", alg.tr("Establishments: agreement code field"),
                        "zoast_code", "AGREEMENT_ESTABLISHMENTS",
                        alg.tr("Agreement code in the member establishments table."), optional=True)
    add_field_parameter(alg, "ESTABLISHMENT_ID_FIELD", alg.tr("Establishments: establishment id field"),
                        "supply_id", "AGREEMENT_ESTABLISHMENTS",
                        alg.tr("Member establishment id (the supply_id of the hospitals or facilities)."),
                        optional=True)
    if establishment_country:
        add_field_parameter(alg, "ESTABLISHMENT_COUNTRY_FIELD", alg.tr("Establishments: country field"), "country",
                            "AGREEMENT_ESTABLISHMENTS", alg.tr("FR or BE for each member establishment."),
                            optional=True)
    add_field_parameter(alg, "ESTABLISHMENT_SINCE_FIELD", alg.tr("Establishments: member since field"),
                        "member_since", "AGREEMENT_ESTABLISHMENTS",
                        alg.tr("Date the establishment joined the agreement; read only when a date is given."),
                        optional=True, flags=ADVANCED)
    add_field_parameter(alg, "ESTABLISHMENT_UNTIL_FIELD", alg.tr("Establishments: member until field"),
                        MEMBER_UNTIL, "AGREEMENT_ESTABLISHMENTS",
                        alg.tr("Last day the establishment is listed; read only when a date is given. Empty: still "
                               "listed."), optional=True, flags=ADVANCED)
    add_parameter(
        alg,
        QgsProcessingParameterString("AT_DATE", alg.tr("Members covered at date (YYYY-MM-DD)"), None, False, True),
        alg.tr("Optional: keep only the memberships in force at this date (member since on or before it, member "
               "until empty or on or after it; with an agreements table, the agreement in force on that day too, "
               "so an ended or merged zone is left out). Empty: every membership, or, with an agreements table, "
               "those in force today."),
        ADVANCED if date_advanced else None,
    )


# ---------------------------------------------------------------------------- reading


def at_date(alg, parameters, context) -> Optional[pd.Timestamp]:
    """The AT_DATE parameter as a timestamp, None when empty; an error naming it when not a date."""
    text = (alg.parameterAsString(parameters, "AT_DATE", context) or "").strip()
    if not text:
        return None
    try:
        return pd.Timestamp(datetime.date.fromisoformat(text))
    except ValueError:
        raise QgsProcessingException(
            alg.tr("Parameter AT_DATE: '{value}' is not a date. Write it as YYYY-MM-DD, e.g. 2023-01-01, or leave "
                   "it empty.").format(value=text)
        ) from None


def _read_table(alg, parameters, context, feedback, source_name, fields, label):
    """Read a table into a frame with the core's column names; None when the table is not given.

    ``fields`` maps core name → field parameter name, or ``(parameter name, required)``.
    """
    source = alg.parameterAsSource(parameters, source_name, context)
    if source is None:
        return None
    chosen = {}
    for core_name, spec in fields.items():
        name, required = spec if isinstance(spec, tuple) else (spec, True)
        value = field_value(alg, parameters, name, context, required=required)
        if value and not required and source.fields().lookupField(value) < 0 \
                and value == alg.parameterDefinition(name).defaultValue():
            # An optional field left at its default but absent from this table: read as empty.
            feedback.pushInfo(alg.tr("Layer '{layer}' has no field '{field}': read as empty.").format(
                layer=label, field=value))
            continue
        if value:
            chosen[core_name] = value
    data = read_layer(source, context, list(chosen.values()), label, feedback=feedback)
    return pd.DataFrame({core: data.frame[user].to_numpy() for core, user in chosen.items()})


def read_agreements(alg, parameters, context, feedback):
    """The AGREEMENTS table as (frame with code and the dates present, LayerData), or (None, None)."""
    source = alg.parameterAsSource(parameters, "AGREEMENTS", context)
    if source is None:
        return None, None
    code_field = field_value(alg, parameters, "AGREEMENT_CODE_FIELD", context)
    dates = [name for name in DATE_COLUMNS if source.fields().lookupField(name) >= 0 and name != code_field]
    data = read_layer(source, context, [code_field] + dates, alg.tr("ZOAST agreements"), feedback=feedback,
                      keep_features=True)
    frame = data.frame.rename(columns={code_field: "code"})
    with alg.core_errors():
        problem = check_unique_codes(frame)
        if problem is not None:
            raise problem
    return frame, data


def read_members(alg, parameters, context, feedback, unit_ids: pd.Series, unit_countries: pd.Series,
                 when: Optional[pd.Timestamp] = None, agreements: Optional[pd.DataFrame] = None,
                 facility_ids: Optional[pd.Series] = None,
                 no_geometry: Optional[pd.Series] = None) -> Optional[Members]:
    """The agreement member tables with the core's names, checked and filtered at ``when``; None without members.

    With ``agreements`` and no ``when``, ``when`` is today: an agreements table tells which
    zones ended or merged, and those must not come back. ``unit_ids``/``unit_countries``
    are the units layer's; each member's country is taken from there. Member ids not in
    the units layer (or, when ``facility_ids`` is given, establishments not in the
    facilities layer) are errors; ``no_geometry``: ids of the units the layer has without
    a usable geometry, named as such rather than "not found".
    """
    if when is None and agreements is not None:
        # An agreements table says which zones ended or merged: by default, the agreements of today.
        when = pd.Timestamp(datetime.date.today())
        feedback.pushInfo(alg.tr("No date given: the agreements and members in force today ({date}) are used.")
                          .format(date=when.date().isoformat()))
    units, establishments = _read_member_tables(alg, parameters, context, feedback, dated=when is not None)
    if units is None:
        return None
    units["country"] = units["unit_id"].map(pd.Series(unit_countries.to_numpy(), index=unit_ids.to_numpy()))
    _refuse_shapeless_members(alg, parameters, context, units, no_geometry)
    tables = _checked_tables(alg, parameters, context, units, establishments, unit_ids, facility_ids, agreements)
    member_units = tables.units
    member_establishments = tables.establishments if establishments is not None else None
    if when is not None:
        member_units, member_establishments = _in_force(alg, feedback, tables, member_establishments, when,
                                                        agreements is not None)
    feedback.pushInfo(alg.tr("{units} member unit(s) and {establishments} member establishment(s) used.").format(
        units=len(member_units), establishments=len(member_establishments) if member_establishments is not None
        else 0))
    return Members(member_units, member_establishments, tables.agreements if agreements is not None else None,
                   when)


def _read_member_tables(alg, parameters, context, feedback, dated: bool):
    """(units, establishments) member tables with the core's column names; the dates only when ``dated``."""
    unit_fields = {"code": "MEMBER_CODE_FIELD", "unit_id": "MEMBER_UNIT_FIELD"}
    establishment_fields = {"code": "ESTABLISHMENT_CODE_FIELD", "supply_id": "ESTABLISHMENT_ID_FIELD"}
    if alg.parameterDefinition("ESTABLISHMENT_COUNTRY_FIELD") is not None:
        establishment_fields["country"] = ("ESTABLISHMENT_COUNTRY_FIELD", False)
    if dated:
        unit_fields.update({"member_since": ("MEMBER_SINCE_FIELD", False),
                            MEMBER_UNTIL: ("MEMBER_UNTIL_FIELD", False)})
        establishment_fields.update({"member_since": ("ESTABLISHMENT_SINCE_FIELD", False),
                                     MEMBER_UNTIL: ("ESTABLISHMENT_UNTIL_FIELD", False)})
    units = _read_table(alg, parameters, context, feedback, "AGREEMENT_MEMBERS", unit_fields,
                        alg.tr("ZOAST agreement members"))
    if units is None:
        return None, None
    establishments = _read_table(alg, parameters, context, feedback, "AGREEMENT_ESTABLISHMENTS",
                                 establishment_fields, alg.tr("ZOAST member establishments"))
    if establishments is not None and "country" not in establishments:
        establishments["country"] = None
    return units, establishments


def _refuse_shapeless_members(alg, parameters, context, units: pd.DataFrame, no_geometry) -> None:
    if no_geometry is None:
        return
    shapeless = pd.unique(units.loc[units["unit_id"].isin(pd.Index(no_geometry)), "unit_id"])
    if len(shapeless):
        raise QgsProcessingException(
            alg.tr("Field '{field}': {count} member unit(s) have no usable geometry in the units layer, first: "
                   "{ids}. Fix their geometry (Vector geometry > Fix geometries) or choose another "
                   "layer.").format(field=field_value(alg, parameters, "MEMBER_UNIT_FIELD", context),
                                    count=len(shapeless), ids=first_ids(shapeless)))


def _checked_tables(alg, parameters, context, units, establishments, unit_ids, facility_ids, agreements):
    """The core's agreement tables, after the known-id and (before any date filter) agreement-code checks."""
    with alg.core_errors():
        problem = check_known_ids(units, unit_ids)
        if problem is None and establishments is not None and facility_ids is not None:
            problem = check_known_ids(establishments, facility_ids)
        if problem is not None:
            raise problem
        codes = agreements if agreements is not None else pd.DataFrame({"code": pd.Series([], dtype=object)})
        tables = make_tables(codes, units, establishments)
        if agreements is not None:  # a member of an unknown agreement is a typo, whatever the date
            for table, code_parameter in ((tables.units, "MEMBER_CODE_FIELD"),
                                          (tables.establishments, "ESTABLISHMENT_CODE_FIELD")):
                problem = check_member_codes(tables.agreements, table,
                                             field_value(alg, parameters, code_parameter, context))
                if problem is not None:
                    raise problem
    return tables


def _in_force(alg, feedback, tables, establishments, when, with_agreements: bool):
    """The member units and establishments in force on ``when``; the memberships left out are counted."""
    dates = tables.agreements if with_agreements else None
    units = membership_at(tables.units, when, dates)
    left_out = len(tables.units) - len(units)
    if establishments is not None:
        in_force = membership_at(establishments, when, dates)
        left_out += len(establishments) - len(in_force)
        establishments = in_force
    if left_out:
        feedback.pushWarning(
            alg.tr("{count} membership(s) not in force on {date} left out (member since later, member until "
                   "earlier, or agreement not in force).").format(count=left_out, date=when.date().isoformat()))
    return units, establishments
