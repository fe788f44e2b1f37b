"""Border parameters and rules shared by siting, scenario and complementarities.

The same names and defaults as zoast:accessibility declares (BORDER_MODE, CROSS_BORDER_WEIGHT,
AGREEMENT_MEMBERS, MEMBER_CODE_FIELD, MEMBER_UNIT_FIELD), so models can wire them alike. Points
(supply, candidates) get the unit they lie in: the polygon containing them, or
the nearest unit point when the units are points.
"""

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)
from scipy.spatial import cKDTree

from ..core import accessibility as fca
from ..core import inventory
from ..core.agreements import unit_agreement_matrix
from .parameters import add_field_parameter, add_parameter, field_value
from .qgis_io import read_table


def add_border_parameters(alg, default: int = fca.BORDER_ZOAST) -> None:
    add_parameter(
        alg,
        QgsProcessingParameterEnum("BORDER_MODE", alg.tr("Supply across the border"),
                                   [alg.tr("Never (national supply only)"),
                                    alg.tr("Only inside a shared ZOAST agreement"),
                                    alg.tr("Always (open border)")], False, default),
        alg.tr("Whether a unit may use supply in the other country: never, only when the unit and the unit "
               "where the supply lies belong to the same ZOAST agreement, or always."),
    )
    add_parameter(
        alg,
        QgsProcessingParameterNumber("CROSS_BORDER_WEIGHT", alg.tr("Share of demand using supply across the border"),
                                     QgsProcessingParameterNumber.Type.Double, fca.DEFAULT_CROSS_BORDER_WEIGHT,
                                     False, 0.0, 1.0),
        alg.tr("Weight β of a unit–supply pair across the border, as in zoast:accessibility: a share β of the "
               "unit's residents competes for the other side's supply and its access gains β times what that "
               "supply offers. 0 = national supply only; 1 = every resident at full weight (an upper bound). "
               "Default 0.013: about 20,000 ZOAST patients in 2015 for about 1.5 million inhabitants of the member "
               "units. It changes the analytical results only."),
    )
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("AGREEMENT_MEMBERS", alg.tr("ZOAST agreement members"),
                                            [QgsProcessing.SourceType.TypeVector], None, True),
        alg.tr("Table of agreement code and member unit id (the zoast_members table of an agreements store). "
               "Needed when supply is used only inside a ZOAST."),
    )
    add_field_parameter(alg, "MEMBER_CODE_FIELD", alg.tr("Members: agreement code field"), "zoast_code",
                        "AGREEMENT_MEMBERS", alg.tr("Agreement code in the members table."), optional=True)
    add_field_parameter(alg, "MEMBER_UNIT_FIELD", alg.tr("Members: unit id field"), "unit_id",
                        "AGREEMENT_MEMBERS", alg.tr("Member unit id in the members table."), optional=True)


def read_members(alg, parameters, context, feedback, name: str = "AGREEMENT_MEMBERS"):
    """The members table as a frame with columns ``code`` and ``unit_id``; None when not given."""
    if alg.parameterAsSource(parameters, name, context) is None:
        return None
    code_field = field_value(alg, parameters, "MEMBER_CODE_FIELD", context)
    unit_field = field_value(alg, parameters, "MEMBER_UNIT_FIELD", context)
    members = read_table(alg, parameters, name, context, [code_field, unit_field],
                         alg.tr("ZOAST agreement members"), feedback).frame
    members = members.rename(columns={code_field: "code", unit_field: "unit_id"})[["code", "unit_id"]]
    members = members.dropna()
    return members.assign(code=members["code"].astype(str), unit_id=members["unit_id"].astype(str))


def host_rows(units, xy, nearest_fallback: bool = False) -> np.ndarray:
    """Row of the unit each point lies in (polygons), or of the nearest unit point; -1 for none.

    With ``nearest_fallback``, a point outside every polygon gets the nearest unit's row.
    """
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    hosts = np.full(len(xy), -1, dtype=np.int64)
    if len(xy) == 0 or len(units.xy) == 0:
        return hosts
    if units.shapes is not None:
        hosts = np.asarray(inventory.assign_points_to_units(xy, units.shapes, tolerance_m=0.0).unit_index,
                           dtype=np.int64)
        if not nearest_fallback:
            return hosts
    missing = hosts < 0
    if missing.any():
        _distance, nearest = cKDTree(units.xy).query(xy[missing])
        hosts[missing] = nearest
    return hosts


def point_rule(mode: int, unit_ids, unit_country, point_ids, point_country, point_hosts, members,
               unit_country_field: str = "UNIT_COUNTRY_FIELD", point_country_field: str = "SUPPLY_COUNTRY_FIELD",
               weight: float = 1.0):
    """The :class:`~..core.accessibility.BorderRule` between the units and one set of points.

    ``point_hosts``: row of the unit each point lies in (-1: none, then the point is in no
    agreement). ``members``: from :func:`read_members` (None: the core asks for it in mode 1).
    """
    unit_ids = pd.Series(np.asarray(unit_ids, dtype=object))
    if mode != fca.BORDER_ZOAST or members is None:
        return fca.BorderRule(unit_country, point_country, mode, unit_ids=unit_ids, supply_ids=point_ids,
                              unit_country_field=unit_country_field, supply_country_field=point_country_field,
                              cross_border_weight=weight)
    membership, _codes = unit_agreement_matrix(unit_ids.astype(str), members)
    return fca.BorderRule(unit_country, point_country, mode, membership,
                          fca.supply_agreements(membership, point_hosts), unit_ids, point_ids,
                          unit_country_field, point_country_field, cross_border_weight=weight)
