"""Parameters and readers shared by the algorithms that rerun the accessibility → gaps chain
(zoast:scenario, zoast:complementarities): units, supply, floating catchment, travel costs, scales."""

from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import accessibility as fca
from ..core import scenario, zoning
from ..core.costs import CostPairs
from ..core.validation import require_unique
from .parameters import ADVANCED, add_field_parameter, add_parameter, analysis_crs, field_value
from .qgis_io import GEOMETRY_POINTS, GEOMETRY_SHAPES, LayerData, read_layer, whole_layer
from .travel_costs import add_travel_cost_parameters, travel_cost_blocks
from .unit_inputs import add_unit_id_field

DOUBLE = QgsProcessingParameterNumber.Type.Double
UNIT_TYPES = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
AREA_COLUMN = "area_km2"
UNIT_FIELDS = ("UNIT_ID_FIELD", "DEMAND_FIELD", "UNIT_COUNTRY_FIELD")
SUPPLY_FIELDS = ("SUPPLY_ID_FIELD", "CAPACITY_FIELD", "SUPPLY_COUNTRY_FIELD")


def class_label(code) -> str:
    """The translated label of a gap class code ("" when unknown)."""
    label = zoning.CLASS_LABELS.get(code)
    return QCoreApplication.translate(zoning.LABEL_CONTEXT, label) if label else ""  # i18n: dynamic


def present_field(alg, parameters, name, context, source) -> str:
    """The field of ``name``; a default that the layer lacks counts as not given ("")."""
    value = field_value(alg, parameters, name, context, required=False)
    given = parameters.get(name) not in (None, "")
    if value and not given and (source is None or source.fields().lookupField(value) < 0):
        return ""
    return value


def add_official_parameters(alg) -> None:
    """The fields the official rules read beyond the chain: the TVS and the GPs aged 65 or more."""
    add_field_parameter(
        alg, "TVS_FIELD", alg.tr("Territoire de vie-santé field (TVS rule)"), "tvs", "UNITS",
        alg.tr("The territoire de vie-santé (TVS) of each French commune: the official French class judges the "
               "population-weighted mean APL of its TVS. When the layer has no such field, communes are judged on "
               "their own APL (with a warning)."),
        optional=True,
    )
    add_field_parameter(
        alg, "GP_OVER_65_FIELD", alg.tr("Supply: GP aged 65 or over field"), "age_over_65", "SUPPLY",
        alg.tr("True (1) for a GP aged 65 or more: the official Flemish rule counts the GPs under 65 located in the "
               "municipality (one supply point = one GP). Without it, the GPs' age or birth year is used when given, "
               "else every GP is counted (with a warning)."),
        optional=True,
    )


def add_unit_and_supply_parameters(alg) -> None:
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("UNITS", alg.tr("Territorial units (communes)"), UNIT_TYPES),
        alg.tr("Communes or other units, as points or polygons (polygons use their point on surface)."),
    )
    add_unit_id_field(alg)
    add_field_parameter(alg, "DEMAND_FIELD", alg.tr("Demand field (population)"), "population", "UNITS",
                        alg.tr("Inhabitants of each unit: the demand of the floating catchment and the population "
                               "of the rules."), numeric=True)
    add_field_parameter(alg, "UNIT_COUNTRY_FIELD", alg.tr("Unit country field"), "country", "UNITS",
                        alg.tr("FR or BE: the rule that judges the unit and which supply is across the border."))
    add_field_parameter(alg, "AREA_FIELD", alg.tr("Area field (km²)"), None, "UNITS",
                        alg.tr("Area of each unit for the Flemish density rule. Without it the area is computed "
                               "from the polygons."), numeric=True, optional=True)
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("SUPPLY", alg.tr("Supply points"),
                                            [QgsProcessing.SourceType.TypeVectorPoint]),
        alg.tr("GP practices, one point per GP or per practice."),
    )
    add_field_parameter(alg, "SUPPLY_ID_FIELD", alg.tr("Supply id field"), "supply_id", "SUPPLY",
                        alg.tr("Unique id of each supply point."))
    add_field_parameter(alg, "CAPACITY_FIELD", alg.tr("Capacity field"), "fte", "SUPPLY",
                        alg.tr("Supply of each point, in FTE (see the scale parameters)."), numeric=True)
    add_field_parameter(alg, "SUPPLY_COUNTRY_FIELD", alg.tr("Supply country field"), "country", "SUPPLY",
                        alg.tr("FR or BE for each supply point."))


def add_catchment_parameters(alg) -> None:
    """Method, steps, sigma, the travel-cost parameters and the scales to each rule's unit."""
    add_parameter(
        alg,
        QgsProcessingParameterEnum("METHOD", alg.tr("Floating catchment method"),
                                   [alg.tr("2SFCA (equal weight inside the catchment)"),
                                    alg.tr("E2SFCA (step weights)"),
                                    alg.tr("Gaussian decay")], False, fca.METHOD_E2SFCA),
        alg.tr("How access decays with travel time (see zoast:accessibility)."),
    )
    add_parameter(
        alg,
        QgsProcessingParameterString("STEPS", alg.tr("E2SFCA steps (minutes:weight;…)"), fca.E2SFCA_STEPS),
        alg.tr("Up to N minutes → weight, separated by semicolons. Used by the E2SFCA method."),
        ADVANCED,
    )
    add_parameter(
        alg,
        QgsProcessingParameterNumber("SIGMA", alg.tr("Gaussian sigma (minutes)"), DOUBLE, fca.DEFAULT_SIGMA_MIN,
                                     False, 0.0),
        alg.tr("Width of the Gaussian decay. Used by the Gaussian method."),
        ADVANCED,
    )
    add_travel_cost_parameters(alg)
    add_parameter(
        alg,
        QgsProcessingParameterNumber("FR_ACCESS_SCALE", alg.tr("Scale of French accessibility"), DOUBLE,
                                     zoning.ACTIVITY_PER_FTE, False, 0.0),
        alg.tr("French access (capacity per inhabitant) is multiplied by this to be in consultations per year per "
               "inhabitant, the APL's unit: the activity of one FTE when the capacity is in FTE."),
        ADVANCED,
    )
    add_parameter(
        alg,
        QgsProcessingParameterNumber("BE_ACCESS_SCALE", alg.tr("Scale of Belgian accessibility"), DOUBLE,
                                     zoning.PER_INHABITANTS, False, 0.0),
        alg.tr("Belgian access (capacity per inhabitant) is multiplied by this to be in GPs per 100,000 "
               "inhabitants (100000 when the capacity is in FTE)."),
        ADVANCED,
    )


def weights_of(alg, parameters, context):
    return fca.weight_function(alg.parameterAsEnum(parameters, "METHOD", context),
                               alg.parameterAsDouble(parameters, "MAX_COST", context),
                               alg.parameterAsString(parameters, "STEPS", context),
                               alg.parameterAsDouble(parameters, "SIGMA", context))


def chain_settings(alg, parameters, context, border_mode: int) -> scenario.ChainSettings:
    return scenario.ChainSettings(weights_of(alg, parameters, context), border_mode, None,
                                  alg.parameterAsDouble(parameters, "FR_ACCESS_SCALE", context),
                                  alg.parameterAsDouble(parameters, "BE_ACCESS_SCALE", context),
                                  cross_border_weight=alg.parameterAsDouble(parameters, "CROSS_BORDER_WEIGHT",
                                                                            context))


@dataclass
class ChainInputs:
    units: LayerData
    supply: LayerData
    field: dict
    frame: pd.DataFrame  # the units' fields, plus area_km2 when computed
    area_field: Optional[str]

    @property
    def unit_ids(self) -> pd.Series:
        return self.units.frame[self.field["UNIT_ID_FIELD"]]

    def chain_fields(self) -> dict:
        return dict(id_field=self.field["UNIT_ID_FIELD"], country_field=self.field["UNIT_COUNTRY_FIELD"],
                    demand_field=self.field["DEMAND_FIELD"], area_field=self.area_field)

    def points(self, data: Optional[LayerData] = None) -> pd.DataFrame:
        """supply_id, x, y, capacity, country of a supply layer (default: SUPPLY)."""
        data = data or self.supply
        frame = data.frame
        return pd.DataFrame({"supply_id": frame[self.field["SUPPLY_ID_FIELD"]].to_numpy(), "x": data.xy[:, 0],
                             "y": data.xy[:, 1], "capacity": frame[self.field["CAPACITY_FIELD"]].to_numpy(),
                             "country": frame[self.field["SUPPLY_COUNTRY_FIELD"]].to_numpy()})


def read_chain_inputs(alg, parameters, context, feedback, extra_unit_fields=(), extra_supply_fields=(),
                      supply_label=None) -> ChainInputs:
    """Units (with their features kept for the output) and supply, in the analysis CRS; ids checked unique."""
    crs = analysis_crs(alg, parameters, context)
    field = {name: field_value(alg, parameters, name, context) for name in UNIT_FIELDS + SUPPLY_FIELDS}
    field["AREA_FIELD"] = field_value(alg, parameters, "AREA_FIELD", context, required=False)
    source = alg.parameterAsSource(parameters, "UNITS", context)
    polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    units = read_layer(source, context, [field[n] for n in UNIT_FIELDS] + [field["AREA_FIELD"]]
                       + list(extra_unit_fields), alg.tr("Territorial units"),
                       GEOMETRY_SHAPES if polygons else GEOMETRY_POINTS, crs, keep_features=True,
                       feedback=feedback, layer=whole_layer(alg, parameters, "UNITS", context))
    supply = read_layer(alg.parameterAsSource(parameters, "SUPPLY", context), context,
                        [field[n] for n in SUPPLY_FIELDS] + list(extra_supply_fields),
                        supply_label or alg.tr("Supply points"), GEOMETRY_POINTS, crs, feedback=feedback,
                        layer=whole_layer(alg, parameters, "SUPPLY", context))
    with alg.core_errors():
        require_unique(units.frame[field["UNIT_ID_FIELD"]], field["UNIT_ID_FIELD"])
        require_unique(supply.frame[field["SUPPLY_ID_FIELD"]], field["SUPPLY_ID_FIELD"])
    frame, area_field = units.frame, field["AREA_FIELD"] or None
    if not area_field and units.shapes is not None:
        frame = frame.assign(**{AREA_COLUMN: shapely.area(units.shapes) / 1e6})
        area_field = AREA_COLUMN
    return ChainInputs(units, supply, field, frame, area_field)


def pairs_to(alg, parameters, context, feedback, inputs: ChainInputs, points: pd.DataFrame) -> CostPairs:
    """All unit → point pairs within the cut-off (the border is applied later, by the chain)."""
    blocks = travel_cost_blocks(alg, parameters, context, feedback, inputs.units.xy, inputs.unit_ids,
                                points[["x", "y"]].to_numpy(np.float64), points["supply_id"])
    return CostPairs.concat(list(blocks(alg.progress_callback(feedback))), len(inputs.unit_ids), len(points))
