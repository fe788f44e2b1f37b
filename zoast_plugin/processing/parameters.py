"""Parameter constructors shared by the algorithms, so names, help and flags stay consistent."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
)

from .qgis_io import DEFAULT_ANALYSIS_CRS

ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
OPTIONAL = QgsProcessingParameterDefinition.Flag.FlagOptional
#: Layer types of the inputs that take points or polygons (polygons use their point on surface).
POINTS_OR_POLYGONS = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
#: Layer types of the inputs that are tables (any vector layer, geometry or not).
TABLES = [QgsProcessing.SourceType.TypeVector]


def add_parameter(alg, parameter, help_text: str, flags=None):
    """Add ``parameter`` to ``alg`` with its help text and extra flags."""
    parameter.setHelp(help_text)
    if flags is not None:
        parameter.setFlags(parameter.flags() | flags)
    alg.addParameter(parameter)
    return parameter


def add_field_parameter(alg, name, label, default, parent, help_text, numeric=False, optional=False, flags=None):
    """A field of ``parent``; a field with a default is required in practice (see :func:`field_value`).

    QGIS 3.22's ``qgis_process`` and ``processing.run`` refuse a field parameter left
    out even when it has a default, so such fields are flagged optional and the
    algorithm refuses an empty one itself.
    """
    data_type = QgsProcessingParameterField.DataType.Numeric if numeric else QgsProcessingParameterField.DataType.Any
    parameter = QgsProcessingParameterField(name, label, default, parent, data_type, False, True)
    if not optional and default is None:
        parameter.setFlags(parameter.flags() & ~OPTIONAL)
    return add_parameter(alg, parameter, help_text, flags)


def field_value(alg, parameters, name, context, required=True) -> str:
    """The chosen field name; a translated error when a required one is empty."""
    value = alg.parameterAsString(parameters, name, context) or ""
    if not value and required:
        label = alg.parameterDefinition(name).description()
        raise QgsProcessingException(
            alg.tr("Parameter '{label}' ({name}): choose a field.").format(label=label, name=name)
        )
    return value


def add_analysis_crs_parameter(alg) -> None:
    add_parameter(
        alg,
        QgsProcessingParameterCrs("ANALYSIS_CRS", alg.tr("Analysis CRS (projected, metres)"), DEFAULT_ANALYSIS_CRS,
                                  True),
        alg.tr("Distances are measured in this projected CRS. ETRS89-LAEA (EPSG:3035) suits both France and Belgium."),
        ADVANCED,
    )


def analysis_crs(alg, parameters, context) -> QgsCoordinateReferenceSystem:
    crs = alg.parameterAsCrs(parameters, "ANALYSIS_CRS", context)
    if not crs.isValid():
        crs = QgsCoordinateReferenceSystem(DEFAULT_ANALYSIS_CRS)
    if crs.isGeographic():
        raise QgsProcessingException(
            alg.tr("The analysis CRS {crs} is geographic (degrees). Choose a projected CRS such as EPSG:3035.").format(
                crs=crs.authid()
            )
        )
    return crs
