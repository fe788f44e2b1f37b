"""The one base class of every ZOAST algorithm."""

import contextlib
from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import QT_TRANSLATE_NOOP, Cancelled, InputError
from ..i18n import translate_error  # noqa: F401 - also imported from here by the algorithms
from .help import read_help

ICON_PATH = str(Path(__file__).resolve().parent.parent.parent / "resources" / "icons" / "zoast.svg")
BASE_CONTEXT = "ZoastAlgorithm"
HELPER_CONTEXTS = ("alg", "@default")  # where pylupdate5 files strings of module-level helpers

# Group ids are stable (models store them); the names are translated.
GROUPS = {
    "accessibility": QT_TRANSLATE_NOOP("ZoastAlgorithm", "Accessibility"),
    "needs": QT_TRANSLATE_NOOP("ZoastAlgorithm", "Needs and gaps"),
    "supply": QT_TRANSLATE_NOOP("ZoastAlgorithm", "Care supply"),
    "basins": QT_TRANSLATE_NOOP("ZoastAlgorithm", "Health basins"),
    "flows": QT_TRANSLATE_NOOP("ZoastAlgorithm", "Patient flows and agreements"),
    "report": QT_TRANSLATE_NOOP("ZoastAlgorithm", "Reports"),
    "diagnosis": QT_TRANSLATE_NOOP("ZoastAlgorithm", "Whole diagnosis"),
}


class ZoastAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALGORITHM_ID`` and ``GROUP_ID`` and implement displayName,
    initAlgorithm and processAlgorithm; help comes from resources/help."""

    ALGORITHM_ID = ""
    GROUP_ID = ""

    def tr(self, text: str) -> str:
        """Translate with the context pylupdate5 gave the string where it was written.

        pylupdate5 files ``self.tr("...")`` under the enclosing class's name, so a
        string written in a parent class is found under the parent's context; it
        files ``alg.tr("...")`` in a module-level helper under "alg" (helpers that
        take the algorithm call it ``alg``), and a bare ``tr()`` under "@default".
        """
        for context in [cls.__name__ for cls in type(self).__mro__[:-1]] + list(HELPER_CONTEXTS):
            if context == "QgsProcessingAlgorithm":
                continue
            translated = QCoreApplication.translate(context, text)  # i18n: dynamic
            if translated != text:
                return translated
        return text

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def name(self) -> str:
        return self.ALGORITHM_ID

    def group(self) -> str:
        return QCoreApplication.translate(BASE_CONTEXT, GROUPS[self.GROUP_ID])  # i18n: dynamic

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return self.GROUP_ID

    def icon(self) -> QIcon:
        return QIcon(ICON_PATH)

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return read_help(self.ALGORITHM_ID)

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        """Check omitted parameters against their defaults, the values the run will use.

        QGIS 3.22 refuses a missing non-optional field or CRS parameter even when it
        has a default, although ``parameterAsString`` would use that default; scripts
        and ``qgis_process`` calls that leave defaults out must work.
        """
        filled = dict(parameters)
        for definition in self.parameterDefinitions():
            if filled.get(definition.name()) is None and definition.defaultValue() is not None:
                filled[definition.name()] = definition.defaultValue()
        return super().checkParameterValues(filled, context)

    def create_sink(self, parameters, name, context, fields, geometry_type, crs):
        """The sink of output ``name``; a clear error when it cannot be created."""
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, geometry_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        return sink, dest_id

    @staticmethod
    def progress_callback(feedback):
        """A core progress callback that moves the bar and raises Cancelled on cancel."""
        if feedback is None:
            return None

        def progress(fraction: float) -> None:
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(100.0 * fraction)

        return progress

    @contextlib.contextmanager
    def core_errors(self):
        """Turn core errors into translated QgsProcessingExceptions."""
        try:
            yield
        except InputError as error:
            raise QgsProcessingException(translate_error(error)) from error
        except Cancelled as cancelled:
            raise QgsProcessingException(self.tr("Cancelled by the user.")) from cancelled
