"""The category mapping table (source code → ZOAST category), shared by the supply importers."""

from typing import Dict, Optional

import pandas as pd
from qgis.core import QgsProcessingParameterFeatureSource

from ..core import categories as core_categories
from .parameters import ADVANCED, TABLES, add_field_parameter, add_parameter, field_value
from .qgis_io import read_layer


def add_mapping_parameters(alg, help_text: str) -> None:
    """CATEGORY_MAPPING (optional table) with MAPPING_CODE_FIELD and MAPPING_CATEGORY_FIELD."""
    add_parameter(
        alg,
        QgsProcessingParameterFeatureSource("CATEGORY_MAPPING", alg.tr("Category mapping table"), TABLES, None,
                                            True),
        help_text,
    )
    add_field_parameter(alg, "MAPPING_CODE_FIELD", alg.tr("Mapping table: code field"), "code", "CATEGORY_MAPPING",
                        alg.tr("Field of the mapping table holding the source code (e.g. the FINESS categetab)."),
                        optional=True, flags=ADVANCED)
    add_field_parameter(alg, "MAPPING_CATEGORY_FIELD", alg.tr("Mapping table: category field"), "category",
                        "CATEGORY_MAPPING",
                        alg.tr("Field of the mapping table holding the ZOAST category (a lower-case word such as "
                               "gp, hospital, pharmacy)."),
                        optional=True, flags=ADVANCED)


def read_category_mapping(alg, parameters, context, feedback) -> Optional[Dict[str, str]]:
    """The user's mapping table as ``{code: category}``; None when no table is given."""
    source = alg.parameterAsSource(parameters, "CATEGORY_MAPPING", context)
    if source is None:
        return None
    code_field = field_value(alg, parameters, "MAPPING_CODE_FIELD", context)
    category_field = field_value(alg, parameters, "MAPPING_CATEGORY_FIELD", context)
    table = read_layer(source, context, [code_field, category_field], alg.tr("Category mapping table"),
                       feedback=feedback)
    frame = table.frame.astype(object).where(table.frame.notna(), "")
    with alg.core_errors():
        return core_categories.read_mapping(frame, code_field, category_field)


def log_unknown_categories(alg, feedback, unknown: pd.DataFrame, default: str) -> None:
    """One warning per unknown code (most frequent first): count, label and example ids."""
    if not len(unknown):
        return
    feedback.pushWarning(
        alg.tr("{count} record(s) have a code missing from the category mapping; they get the category "
               "'{default}':").format(count=int(unknown["count"].sum()), default=default)
    )
    for row in unknown.itertuples(index=False):
        feedback.pushWarning(
            alg.tr("  code '{code}' ({label}): {count} record(s), e.g. {ids}").format(
                code=row.code, label=row.label or "-", count=row.count, ids=row.examples)
        )
