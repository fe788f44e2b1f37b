"""The models shipped in resources/models, with a translated name and help like every algorithm."""

from pathlib import Path

from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import QT_TRANSLATE_NOOP
from .base import BASE_CONTEXT, GROUPS
from .help import read_help

MODELS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "models"


class ShippedModel(QgsProcessingModelAlgorithm):
    """A .model3 file of the plugin; subclasses name the file and translate the texts."""

    FILE = ""
    GROUP_ID = "report"

    def __init__(self):
        super().__init__()
        if not self.fromFile(str(MODELS_DIR / self.FILE)):
            raise RuntimeError("cannot read the model {}".format(self.FILE))

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def group(self):
        return QCoreApplication.translate(BASE_CONTEXT, GROUPS[self.GROUP_ID])  # i18n: dynamic

    def groupId(self):  # noqa: N802 - QGIS API
        return self.GROUP_ID

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return read_help(self.name())


DIAGNOSIS_CONTEXT = "DiagnosisModel"
# Input name → (label, help). scripts/build_model.py writes them into the model file in English;
# the model translates them when it is loaded.
DIAGNOSIS_INPUTS = {
    "UNITS": (QT_TRANSLATE_NOOP("DiagnosisModel", "Territorial units (communes, polygons)"),
              QT_TRANSLATE_NOOP("DiagnosisModel", "Communes with unit_id, name, country, population and the age bands "
                                                  "pop_0_14 … pop_90p.")),
    "GP_PRACTICES": (QT_TRANSLATE_NOOP("DiagnosisModel", "GP practices"),
                     QT_TRANSLATE_NOOP("DiagnosisModel", "Points with supply_id, country, fte, activity, age_over_65 "
                                                         "and unit_id.")),
    "HOSPITALS": (QT_TRANSLATE_NOOP("DiagnosisModel", "Hospitals"),
                  QT_TRANSLATE_NOOP("DiagnosisModel", "Points with supply_id, name, country, beds and unit_id.")),
    "FLOWS": (QT_TRANSLATE_NOOP("DiagnosisModel", "Patient flows"),
              QT_TRANSLATE_NOOP("DiagnosisModel", "Table with origin_id, dest_id (hospital), dest_unit_id, care_type, "
                                                  "patients, stays and amount_eur.")),
    "AGREEMENTS": (QT_TRANSLATE_NOOP("DiagnosisModel", "ZOAST agreements"),
                   QT_TRANSLATE_NOOP("DiagnosisModel", "The zoast_agreements table of an agreements store.")),
    "MEMBERS": (QT_TRANSLATE_NOOP("DiagnosisModel", "ZOAST member units"),
                QT_TRANSLATE_NOOP("DiagnosisModel", "The zoast_members table: zoast_code and unit_id.")),
    "ESTABLISHMENTS": (QT_TRANSLATE_NOOP("DiagnosisModel", "ZOAST member establishments"),
                       QT_TRANSLATE_NOOP("DiagnosisModel", "The zoast_establishments table: zoast_code and "
                                                           "supply_id.")),
}

# Step (child id) → (description template, its fields). The model file holds the English text; the
# model shows the translation, so the modeler and the errors of a run ("Error encountered while
# running …") name the steps in the interface language.
DIAGNOSIS_STEPS = {
    "basins": (QT_TRANSLATE_NOOP("DiagnosisModel", "Health basins (Dartmouth plurality)"), {}),
    "needs": (QT_TRANSLATE_NOOP("DiagnosisModel", "Needs (age-weighted population)"), {}),
    "rule_access": (QT_TRANSLATE_NOOP("DiagnosisModel", "Each country's own measure, with the ZOAST ({field})"),
                    {"field": "access"}),
    "rule_access_national": (QT_TRANSLATE_NOOP("DiagnosisModel", "Each country's own measure, national supply only "
                                                                 "({field})"), {"field": "access_national"}),
    "gaps": (QT_TRANSLATE_NOOP("DiagnosisModel", "Gaps by each country's rule"), {}),
    "inventory": (QT_TRANSLATE_NOOP("DiagnosisModel", "Care supply inventory"), {}),
    "flows": (QT_TRANSLATE_NOOP("DiagnosisModel", "Patient flows"), {}),
    "perimeters": (QT_TRANSLATE_NOOP("DiagnosisModel", "ZOAST perimeters"), {}),
    "candidates": (QT_TRANSLATE_NOOP("DiagnosisModel", "Extension and merger candidates"), {}),
}
for _measure, _national, _zoast in (
        ("fte100k", QT_TRANSLATE_NOOP("DiagnosisModel", "GPs (FTE) per 100,000 inhabitants, national supply only"),
         QT_TRANSLATE_NOOP("DiagnosisModel", "GPs (FTE) per 100,000 inhabitants, with the ZOAST")),
        ("apl", QT_TRANSLATE_NOOP("DiagnosisModel", "French APL, national supply only"),
         QT_TRANSLATE_NOOP("DiagnosisModel", "French APL, with the ZOAST"))):
    for _suffix, _text in (("national", _national), ("zoast", _zoast)):
        _field = "{}_{}".format(_measure, _suffix)
        DIAGNOSIS_STEPS[_field] = (_text, {})
        DIAGNOSIS_STEPS[_field + "_rename"] = (QT_TRANSLATE_NOOP("DiagnosisModel", "Keep the result as {field}"),
                                               {"field": _field})
        DIAGNOSIS_STEPS[_field + "_drop"] = (QT_TRANSLATE_NOOP("DiagnosisModel", "Drop n_supply (after {field})"),
                                             {"field": _field})

# Model output → label. It names the output in the dialog and the layer loaded after a run.
DIAGNOSIS_OUTPUTS = {
    "basins": QT_TRANSLATE_NOOP("DiagnosisModel", "Health basins"),
    "gaps": QT_TRANSLATE_NOOP("DiagnosisModel", "Gaps by each country's rule"),
    "gap_summary": QT_TRANSLATE_NOOP("DiagnosisModel", "Deficiencies per basin"),
    "supply_inventory": QT_TRANSLATE_NOOP("DiagnosisModel", "Care supply per unit"),
    "flows": QT_TRANSLATE_NOOP("DiagnosisModel", "Cross-border patient flows"),
    "flow_summary": QT_TRANSLATE_NOOP("DiagnosisModel", "Flows per ZOAST"),
    "zoast_perimeters": QT_TRANSLATE_NOOP("DiagnosisModel", "ZOAST perimeters"),
    "extension_candidates": QT_TRANSLATE_NOOP("DiagnosisModel", "Candidate units for extending a ZOAST"),
    "merger_candidates": QT_TRANSLATE_NOOP("DiagnosisModel", "Candidate ZOAST mergers"),
    "border_effect": QT_TRANSLATE_NOOP("DiagnosisModel", "Who gains and who loses from the border"),
}


def step_description(child_id: str, translate: bool = True) -> str:
    """The description of a step of the diagnosis model (English when ``translate`` is False)."""
    template, fields = DIAGNOSIS_STEPS[child_id]
    if translate:
        template = QCoreApplication.translate(DIAGNOSIS_CONTEXT, template)  # i18n: dynamic
    return template.format(**fields)


class DiagnosisModel(ShippedModel):
    FILE = "zoast_diagnosis.model3"
    GROUP_ID = "diagnosis"

    def __init__(self):
        super().__init__()
        for name, (label, help_text) in DIAGNOSIS_INPUTS.items():
            definition = self.parameterDefinition(name)
            definition.setDescription(QCoreApplication.translate(DIAGNOSIS_CONTEXT, label))  # i18n: dynamic
            definition.setHelp(QCoreApplication.translate(DIAGNOSIS_CONTEXT, help_text))  # i18n: dynamic
        self._translate_steps_and_outputs()

    def _translate_steps_and_outputs(self):
        """Steps and outputs in the interface language; the output ids (``gaps:gaps``…) stay as they are."""
        children = self.childAlgorithms()
        for child_id, child in children.items():
            if child_id in DIAGNOSIS_STEPS:
                child.setDescription(step_description(child_id))
            outputs = child.modelOutputs()
            for key, output in outputs.items():
                if key in DIAGNOSIS_OUTPUTS:
                    output.setDescription(
                        QCoreApplication.translate(DIAGNOSIS_CONTEXT, DIAGNOSIS_OUTPUTS[key]))  # i18n: dynamic
            child.setModelOutputs(outputs)
        self.setChildAlgorithms(children)
        self.updateDestinationParameters()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        results = super().processAlgorithm(parameters, context, feedback)
        name_loaded_layers(context)
        return results

    def displayName(self):  # noqa: N802 - QGIS API
        return QCoreApplication.translate("DiagnosisModel", "Cross-border health diagnosis (whole chain)")


def name_loaded_layers(context) -> None:
    """Name the layers a run loads after the translated output labels, not the output ids.

    QGIS 3.22 names a model output's layer by its id (``gaps``, ``basins``…); later versions may use
    its description (English in the file): both are replaced by the label in the interface language.
    """
    labels = {}
    for key, label in DIAGNOSIS_OUTPUTS.items():
        translated = QCoreApplication.translate(DIAGNOSIS_CONTEXT, label)  # i18n: dynamic
        labels[key] = labels[label] = translated
    for layer_id in context.layersToLoadOnCompletion():
        details = context.layerToLoadOnCompletionDetails(layer_id)
        if details.name in labels:
            details.name = labels[details.name]


MODELS = (DiagnosisModel,)
