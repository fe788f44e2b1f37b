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


class DiagnosisModel(ShippedModel):
    FILE = "zoast_diagnosis.model3"
    GROUP_ID = "diagnosis"

    def __init__(self):
        super().__init__()
        for name, (label, help_text) in DIAGNOSIS_INPUTS.items():
            definition = self.parameterDefinition(name)
            definition.setDescription(QCoreApplication.translate(DIAGNOSIS_CONTEXT, label))  # i18n: dynamic
            definition.setHelp(QCoreApplication.translate(DIAGNOSIS_CONTEXT, help_text))  # i18n: dynamic

    def displayName(self):  # noqa: N802 - QGIS API
        return QCoreApplication.translate("DiagnosisModel", "Cross-border health diagnosis (whole chain)")


MODELS = (DiagnosisModel,)
