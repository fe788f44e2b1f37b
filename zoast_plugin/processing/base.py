"""The one base class of every ZOAST algorithm."""

import contextlib
import functools
import os
import tempfile
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import QT_TRANSLATE_NOOP, Cancelled, InputError
from ..i18n import translate_error  # noqa: F401 - also imported from here by the algorithms
from .help import read_help
from .qgis_io import OutputSink, parse_file_destination

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


def _with_atomic_outputs(process):
    """``processAlgorithm`` that commits the run's file outputs on success and removes them otherwise.

    Outputs made by :meth:`ZoastAlgorithm.create_sink` are written to temporary files;
    when the run ends normally (and was not cancelled) they are moved into place, else
    they are deleted, so a cancel or an error leaves nothing at an output path. A
    :class:`Cancelled` that escaped becomes the usual "Cancelled by the user." error.
    """

    @functools.wraps(process)
    def processAlgorithm(alg, parameters, context, feedback):  # noqa: N802 - QGIS API
        outer = getattr(alg, "_pending_outputs", None) is None
        if outer:
            alg._pending_outputs = []
        try:
            try:
                result = process(alg, parameters, context, feedback)
            except Cancelled as cancelled:
                raise QgsProcessingException(alg.tr("Cancelled by the user.")) from cancelled
            if outer:
                if feedback is not None and feedback.isCanceled():
                    raise QgsProcessingException(alg.tr("Cancelled by the user."))
                if alg._pending_outputs and feedback is not None:
                    feedback.setProgressText(alg.tr("Saving the outputs…"))
                for output in alg._pending_outputs:
                    output.close()
                for output in alg._pending_outputs:
                    try:
                        output.commit(feedback)
                    except OSError as error:  # a folder of that name, a read-only folder, a file held open…
                        raise QgsProcessingException(
                            alg.tr("Could not save the output {path} ({error}). Check that the folder is writable, "
                                   "that no folder has that name and that the file is not open in another "
                                   "program.").format(path=getattr(output, "path", ""),
                                                      error=error.strerror or error)) from error
            return result
        except BaseException:
            if outer:
                for output in alg._pending_outputs:
                    output.discard()
            raise
        finally:
            if outer:
                alg._pending_outputs = None

    processAlgorithm._atomic_outputs = True
    return processAlgorithm


class _FileOutput:
    """A file written at ``temp_path`` and moved to ``path`` on success (see :meth:`ZoastAlgorithm.atomic_file`)."""

    def __init__(self, path: str, temp_path: str, temp_dir: str):
        self.path, self.temp_path, self.temp_dir = path, temp_path, temp_dir

    def close(self) -> None:
        pass

    def commit(self, feedback=None) -> None:
        try:
            if os.path.exists(self.temp_path):
                os.replace(self.temp_path, self.path)
        finally:
            self.discard()

    def discard(self) -> None:
        import shutil

        shutil.rmtree(self.temp_dir, ignore_errors=True)


class ZoastAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALGORITHM_ID`` and ``GROUP_ID`` and implement displayName,
    initAlgorithm and processAlgorithm; help comes from resources/help.

    Every subclass's ``processAlgorithm`` is wrapped so that its file outputs are
    atomic (see :func:`_with_atomic_outputs` and :meth:`create_sink`).
    """

    ALGORITHM_ID = ""
    GROUP_ID = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "_atomic_outputs", False):
            cls.processAlgorithm = _with_atomic_outputs(process)

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
        """The sink of output ``name`` and its destination id; a clear error when it cannot be created.

        A file destination (a path, or a GeoPackage with a layer name) is written to a
        temporary file beside it and moved into place when the run succeeds
        (:class:`~.qgis_io.OutputSink`); memory layers and databases are written in
        place by QGIS. The destination id returned is the final one.
        """
        target = self._file_destination(parameters, name, context)
        if target is None:
            sink, dest_id = self.parameterAsSink(parameters, name, context, fields, geometry_type, crs)
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, name))
            return sink, dest_id
        folder = os.path.dirname(target.path) or "."
        temp_dir = tempfile.mkdtemp(prefix=".zoast-", dir=folder)
        temp_path = os.path.join(temp_dir, os.path.basename(target.path))
        value = parameters.get(name)
        definition = (QgsProcessingOutputLayerDefinition(value)
                      if isinstance(value, QgsProcessingOutputLayerDefinition)
                      else QgsProcessingOutputLayerDefinition(target.text))
        definition.sink = QgsProperty.fromValue(target.text.replace(target.path, temp_path))
        temp_parameters = dict(parameters)
        temp_parameters[name] = definition
        ids = {}

        def create():
            sink, temp_id = self.parameterAsSink(temp_parameters, name, context, fields, geometry_type, crs)
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, name))
            ids["final"] = temp_id.replace(temp_path, target.path)
            loads = context.layersToLoadOnCompletion()
            if temp_id in loads:  # QGIS loads the output from its final place
                loads[ids["final"]] = loads.pop(temp_id)
                context.setLayersToLoadOnCompletion(loads)
            return sink

        try:
            output = OutputSink(create, target, temp_dir, temp_path)
        except BaseException:
            import shutil

            shutil.rmtree(temp_dir, ignore_errors=True)
            raise
        if getattr(self, "_pending_outputs", None) is None:
            self._pending_outputs = []
        self._pending_outputs.append(output)
        return output, ids["final"]

    def atomic_file(self, path: str) -> str:
        """A temporary path beside ``path`` to write a file output to (a PDF, a CSV…).

        The file written there is moved to ``path`` when the run succeeds and removed
        otherwise, as the outputs of :meth:`create_sink` are. The folder must exist.
        """
        folder = os.path.dirname(path) or "."
        temp_dir = tempfile.mkdtemp(prefix=".zoast-", dir=folder)
        output = _FileOutput(path, os.path.join(temp_dir, os.path.basename(path)), temp_dir)
        if getattr(self, "_pending_outputs", None) is None:
            self._pending_outputs = []
        self._pending_outputs.append(output)
        return output.temp_path

    def _file_destination(self, parameters, name, context):
        """The file an output goes to (see :func:`~.qgis_io.parse_file_destination`), or None."""
        value = parameters.get(name)
        layer_option = ""
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            layer_option = str(value.createOptions.get("layerName") or "")
        loads = context.layersToLoadOnCompletion()
        text = self.parameterAsOutputLayer(parameters, name, context)
        context.setLayersToLoadOnCompletion(loads)  # resolving the name must not queue a second layer to load
        target = parse_file_destination(text or "", layer_option)
        if target is None or not os.path.isdir(os.path.dirname(target.path) or "."):
            return None  # no folder to write in: QGIS gives its own error
        return target

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


class StageFeedback(QgsProcessingFeedback):
    """The feedback of one stage of a run: its 0–100 % is its share of the run's one bar.

    Messages, cancel and progress text go to the run's feedback; see :class:`Stages`.
    """

    def __init__(self, parent, start: float, end: float):
        super().__init__(False)
        self._parent, self._start, self._end = parent, start, end
        self.progressChanged.connect(self._forward)  # progress set from C++
        if hasattr(parent, "canceled"):
            parent.canceled.connect(self.cancel)

    def _forward(self, percent: float) -> None:
        self._parent.setProgress(self._start + (self._end - self._start) * min(max(percent, 0.0), 100.0) / 100.0)

    def setProgress(self, percent: float) -> None:  # noqa: N802 - QGIS API
        self._forward(percent)

    def isCanceled(self) -> bool:  # noqa: N802 - QGIS API
        return self._parent.isCanceled()

    def setProgressText(self, text: str) -> None:  # noqa: N802 - QGIS API
        self._parent.setProgressText(text)

    def pushInfo(self, info: str) -> None:  # noqa: N802 - QGIS API
        self._parent.pushInfo(info)

    def pushWarning(self, warning: str) -> None:  # noqa: N802 - QGIS API
        self._parent.pushWarning(warning)

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803 - QGIS API
        self._parent.reportError(error, fatalError)

    def pushDebugInfo(self, info: str) -> None:  # noqa: N802 - QGIS API
        self._parent.pushDebugInfo(info)

    def pushCommandInfo(self, info: str) -> None:  # noqa: N802 - QGIS API
        self._parent.pushCommandInfo(info)

    def pushConsoleInfo(self, info: str) -> None:  # noqa: N802 - QGIS API
        self._parent.pushConsoleInfo(info)


class Stages:
    """One progress bar for a whole run, split into weighted stages.

    ``Stages(feedback, [("read", 1), ("graph", 1), ("route", 8)])`` gives each stage
    its share of 0–100 %: :meth:`feedback` is a feedback for that stage (for readers
    that set 0–100 % themselves), :meth:`progress` a core callback (0–1) that raises
    Cancelled on cancel. The bar only moves forward, also under ``qgis_process``.
    """

    def __init__(self, feedback, weights):
        self._feedback = feedback
        total = float(sum(weight for _key, weight in weights)) or 1.0
        self._ranges, start = {}, 0.0
        for key, weight in weights:
            self._ranges[key] = (100.0 * start / total, 100.0 * (start + weight) / total)
            start += weight

    def feedback(self, key: str, text: str = ""):
        if self._feedback is None:
            return None
        start, end = self._ranges[key]
        if text:
            self._feedback.setProgressText(text)
        self._feedback.setProgress(start)
        return StageFeedback(self._feedback, start, end)

    def progress(self, key: str, text: str = ""):
        stage = self.feedback(key, text)
        if stage is None:
            return None

        def progress(fraction: float) -> None:
            if stage.isCanceled():
                raise Cancelled()
            stage.setProgress(100.0 * fraction)

        return progress
