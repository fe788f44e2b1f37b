"""The `zoast` Processing provider."""

import importlib

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..metadata import plugin_version
from .base import ICON_PATH
from .dependencies import OPTIONAL, REQUIRED, check

LOG_TAG = "ZOAST"

# module name in processing/algorithms → class name; imported only when dependencies are met.
ALGORITHMS = (
    ("costmatrix", "CostMatrixAlgorithm"),
    ("needs", "NeedsAlgorithm"),
    ("prepareunits", "PrepareUnitsAlgorithm"),
    ("gaps", "GapsAlgorithm"),
    ("accessibility", "AccessibilityAlgorithm"),
    ("accessibility", "AplAlgorithm"),
    ("patientflows", "PatientFlowsAlgorithm"),
    ("agreementperimeters", "AgreementPerimetersAlgorithm"),
    ("agreementcandidates", "AgreementCandidatesAlgorithm"),
    ("delineatebasins", "DelineateBasinsAlgorithm"),
    ("importfiness", "ImportFinessAlgorithm"),
    ("importpoints", "ImportPointsAlgorithm"),
    ("supplyinventory", "SupplyInventoryAlgorithm"),
    ("report", "ReportAlgorithm"),
    ("webmap", "WebMapAlgorithm"),
    ("siting", "SitingAlgorithm"),
    ("scenario", "ScenarioAlgorithm"),
    ("complementarities", "ComplementaritiesAlgorithm"),
)


class ZoastProvider(QgsProcessingProvider):
    """The algorithms, and the models shipped in resources/models (the whole diagnosis in one run)."""

    def __init__(self, load_models: bool = True):
        super().__init__()
        self.missing = []
        self.load_models = load_models

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ZoastProvider", text)  # i18n: dynamic

    def id(self) -> str:
        return "zoast"

    def name(self) -> str:
        return self.tr("ZOAST cross-border health")

    def longName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("ZOAST cross-border health access (France–Belgium)")

    def icon(self) -> QIcon:
        return QIcon(ICON_PATH)

    def versionInfo(self) -> str:  # noqa: N802 - QGIS API
        return plugin_version()

    def loadAlgorithms(self):  # noqa: N802 - QGIS API
        self.missing = check(REQUIRED)
        for problem in self.missing:
            QgsMessageLog.logMessage(
                self.tr(
                    "The Python package '{name}' (version {wanted} or newer, for {why}) is missing or too old "
                    "(found: {found}). ZOAST algorithms are not available until it is installed."
                ).format(**dict(problem, found=problem["found"] or "-")),
                LOG_TAG,
                Qgis.MessageLevel.Critical,
            )
        for problem in check(OPTIONAL):
            QgsMessageLog.logMessage(
                self.tr("Optional Python package '{name}' is missing: {why} are not available.").format(**problem),
                LOG_TAG,
                Qgis.MessageLevel.Warning,
            )
        if self.missing:
            return
        for module_name, class_name in ALGORITHMS:
            module = importlib.import_module(".algorithms." + module_name, __package__)
            self.addAlgorithm(getattr(module, class_name)())
        if self.load_models and QgsApplication.processingRegistry().providerById(self.id()) is self:
            self.add_models()

    def add_models(self):
        """Add the shipped models (the whole diagnosis in one run)."""
        from .models import MODELS

        for model_class in MODELS:
            try:
                self.addAlgorithm(model_class())
            except RuntimeError as error:
                QgsMessageLog.logMessage(str(error), LOG_TAG, Qgis.MessageLevel.Warning)


def register_provider(registry=None) -> ZoastProvider:
    """Register a new ZOAST provider and load its models.

    A model finds its steps through the registry, which lists a provider only after
    its first load: so the models come with a refresh, once our algorithms are known.
    """
    registry = registry or QgsApplication.processingRegistry()
    provider = ZoastProvider()
    registry.addProvider(provider)
    provider.refreshAlgorithms()
    return provider
