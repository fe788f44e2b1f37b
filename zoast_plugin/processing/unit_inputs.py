"""The units and supply parameters, as every catchment algorithm names them."""

from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSource

from .parameters import POINTS_OR_POLYGONS, add_field_parameter, add_parameter


def add_units_and_supply(alg) -> None:
    """UNITS/UNIT_ID_FIELD and SUPPLY/SUPPLY_ID_FIELD, as every catchment algorithm names them."""
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("UNITS", alg.tr("Territorial units (communes)"), POINTS_OR_POLYGONS),
        alg.tr("Communes or other units, as points or polygons (polygons use their point on surface)."),
    )
    add_unit_id_field(alg)
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("SUPPLY", alg.tr("Supply points"),
                                            [QgsProcessing.SourceType.TypeVectorPoint]),
        alg.tr("GP practices, hospitals or other care supply, as points."),
    )
    add_field_parameter(alg, "SUPPLY_ID_FIELD", alg.tr("Supply id field"), "supply_id", "SUPPLY",
                        alg.tr("Unique id of each supply point."))


def add_unit_id_field(alg, parent: str = "UNITS", help_text: str = "") -> None:
    """UNIT_ID_FIELD, the units' id (default ``unit_id``), as every algorithm names it."""
    add_field_parameter(alg, "UNIT_ID_FIELD", alg.tr("Unit id field"), "unit_id", parent,
                        help_text or alg.tr("Unique id of each unit, e.g. FR:59350 or BE:57081."))


def add_population_field(alg, parent: str = "UNITS", help_text: str = "", optional: bool = False) -> None:
    """POPULATION_FIELD, the units' inhabitants (default ``population``), as every algorithm names it."""
    add_field_parameter(alg, "POPULATION_FIELD", alg.tr("Population field"), "population", parent,
                        help_text or alg.tr("Inhabitants of each unit."), numeric=True, optional=optional)
