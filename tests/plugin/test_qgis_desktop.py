"""The packaged plugin in the real QGIS desktop (under Xvfb), in French and in Dutch: the officer's first day.

The mock iface of pytest-qgis cannot show what QGIS itself does at start-up (plugin loading from
the profile, initGui with the real main window, the toolbox dialogs, the modeler), so this runs
`qgis` once per language with a start-up script that, with the sample region loaded:
- shows the dock, and grabs the main window;
- opens the toolbox dialogs of accessibility, gaps and delineatebasins as a user would: picks the
  input layers (DIALOG_LAYERS), leaves every other value at its default, grabs the dialog, and runs
  the algorithm with exactly the values the dialog holds (gaps on the accessibility result);
- opens the shipped model in the modeler, grabs it, and lists the steps the modeler draws red
  (a required parameter with no value, QGIS's own validateChildAlgorithm).
With ZOAST_UPDATE_DOCS=1 the screenshots are copied to docs/images.
"""

import json
import os
import shutil
import subprocess

import pytest

from tests.conftest import ROOT, qgis_process_env
from tests.test_translations import ts_messages

DIALOGS = ("accessibility", "gaps", "delineatebasins")
#: The input layers a user picks in each dialog (everything else stays at its default): the sample's
#: communes and GP practices, the accessibility result for the gaps, the patient flows for the basins.
#: (QGIS 3.22 preselects only the active layer, so the test picks them as a user does.)
DIALOG_LAYERS = {"accessibility": {"UNITS": "units", "SUPPLY": "gp_practices"},
                 "gaps": {"UNITS": "accessibility result"},
                 "delineatebasins": {"UNITS": "units", "FLOWS": "patient_flows"}}
SAMPLE_LAYERS = ("units", "gp_practices", "hospitals", "patient_flows", "zoast_agreements", "zoast_members",
                 "zoast_establishments")

STARTUP = '''
import json, os, traceback
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

OUT, SHOTS, SAMPLE = {out!r}, {shots!r}, {sample!r}
found = {{"dialogs": {{}}}}

def grab(widget, name):
    QApplication.processEvents()
    widget.grab().save(os.path.join(SHOTS, name + ".png"))

def unset_required(model):
    from qgis.core import QgsProcessingParameterDefinition as D
    missing = []
    for child_id, child in model.childAlgorithms().items():
        for d in child.algorithm().parameterDefinitions():
            if d.isDestination() or d.flags() & (D.Flag.FlagOptional | D.Flag.FlagHidden):
                continue
            if not child.parameterSources().get(d.name()):
                missing.append([child_id, d.name()])
    return missing

def step(name, action):
    try:
        action()
    except Exception:
        found.setdefault("errors", []).append(name + ": " + traceback.format_exc()[-600:])

def start():
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
    plugin = plugins.get("zoast")
    found["plugin"] = plugin is not None
    loaded = [QgsProject.instance().addMapLayer(QgsVectorLayer(SAMPLE + "|layername=" + table, table, "ogr"))
              for table in {layers!r}]
    iface.setActiveLayer(loaded[0])  # the communes selected in the layers panel, as after a click
    iface.mainWindow().resize(1500, 950)
    if plugin is not None:
        plugin.dock_action.setChecked(True)
        iface.mainWindow().resizeDocks([plugin.dock], [420], Qt.Orientation.Horizontal)
        found["dock_title"] = plugin.dock.windowTitle()
    provider = QgsApplication.processingRegistry().providerById("zoast")
    found["names"] = {{a.id(): a.displayName() for a in provider.algorithms()}} if provider else {{}}
    QTimer.singleShot(1500, lambda: [step("window", lambda: grab(iface.mainWindow(), "qgis_desktop")),
                                     step("dialogs", dialogs), step("model", model), finish()])

def dialogs():
    import processing
    from processing.gui.AlgorithmDialogBase import AlgorithmDialogBase
    from qgis.core import QgsProject, QgsVectorLayer
    for name, picked in {dialog_layers!r}.items():
        result = found["dialogs"][name] = {{}}
        layers = {{layer.name(): layer.id() for layer in QgsProject.instance().mapLayers().values()}}
        dialog = processing.createAlgorithmDialog("zoast:" + name, {{}})
        dialog.setParameters({{key: layers[table] for key, table in picked.items() if table in layers}})
        dialog.resize(900, 750)
        dialog.show()
        result["title"] = dialog.windowTitle()
        grab(dialog, "dialog_" + name)
        try:
            parameters = dialog.createProcessingParameters()
        except AlgorithmDialogBase.InvalidParameterValue as error:
            result["ok"], result["error"] = False, "dialog refuses its defaults: " + error.parameter.description()
        else:
            result["parameters"] = sorted(parameters)
            try:
                outputs = processing.run("zoast:" + name, parameters)
                result["ok"] = True
                if name == "accessibility" and isinstance(outputs.get("OUTPUT"), QgsVectorLayer):
                    outputs["OUTPUT"].setName("accessibility result")
                    QgsProject.instance().addMapLayer(outputs["OUTPUT"])
            except Exception as error:
                result["ok"], result["error"] = False, str(error)[-600:]
        dialog.close()

def model():
    from qgis.core import QgsApplication
    from processing.modeler.ModelerDialog import ModelerDialog
    shipped = QgsApplication.processingRegistry().algorithmById("zoast:zoast_diagnosis")
    dialog = ModelerDialog.create(shipped.create())
    dialog.resize(1500, 950)
    dialog.show()
    QApplication.processEvents()
    if hasattr(dialog.view(), "zoomFull"):
        dialog.view().zoomFull()
    grab(dialog, "modeler")
    edited = dialog.model()
    found["model"] = {{
        "steps": {{child_id: child.description() for child_id, child in edited.childAlgorithms().items()}},
        "missing": unset_required(edited),
        "invalid": [child for child in edited.childAlgorithms() if not edited.validateChildAlgorithm(child)[0]],
        "outputs": sorted(d.description() for d in edited.destinationParameterDefinitions()),
    }}
    dialog.setDirty(False) if hasattr(dialog, "setDirty") else None
    dialog.close()

def finish():
    with open(OUT, "w") as out:
        json.dump(found, out)
    os._exit(0)  # no "save the project?" question at exit

QTimer.singleShot(5000, start)
'''


def translations(language):
    return {source: text for (_c, source), (text, _k) in ts_messages(ROOT / "i18n" / "zoast_{}.ts".format(
        language)).items()}


@pytest.fixture(scope="module", params=["fr", "nl"])
def desktop(request, packaged_plugin, tmp_path_factory):
    """One QGIS desktop session per language; (language, what the start-up script found, screenshot folder)."""
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        pytest.fail("xvfb-run and qgis are needed: run `make setup`")
    language = request.param
    plugins, home = packaged_plugin
    tmp = tmp_path_factory.mktemp("desktop_" + language)
    home = shutil.copytree(home, tmp / "home", symlinks=True, ignore=shutil.ignore_patterns("runtime"))
    env = qgis_process_env(plugins, home, locale=language)
    env.pop("QT_QPA_PLATFORM")  # the desktop draws on Xvfb's display
    profile_root = home / ".local/share/QGIS/QGIS3"
    found_path, shots = tmp / "found.json", tmp / "shots"
    shots.mkdir()
    # A copy of the sample: QGIS opens GeoPackages for update.
    sample = tmp / "zoast_border.gpkg"
    shutil.copy(plugins / "zoast" / "resources" / "sample" / "zoast_border.gpkg", sample)
    (profile_root / "startup.py").write_text(STARTUP.format(out=str(found_path), shots=str(shots), sample=str(sample),
                                                            layers=SAMPLE_LAYERS, dialog_layers=DIALOG_LAYERS))
    run = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--nologo", "--noversioncheck"],
                         env=env, timeout=900, capture_output=True, text=True)
    assert found_path.exists(), run.stdout[-2000:] + run.stderr[-2000:]
    found = json.loads(found_path.read_text())
    (ROOT / "tests" / "output").mkdir(exist_ok=True)
    shutil.copy(found_path, ROOT / "tests" / "output" / "desktop_{}.json".format(language))
    for shot in shots.iterdir():  # for a person to look at; docs/images on request
        shutil.copy(shot, ROOT / "tests" / "output" / "{}_{}".format(language, shot.name))
        if os.environ.get("ZOAST_UPDATE_DOCS"):
            shutil.copy(shot, ROOT / "docs" / "images" / "{}_{}".format(shot.stem, language + shot.suffix))
    return language, found, shots


@pytest.mark.slow
def test_plugin_loaded_and_translated(desktop):
    language, found, shots = desktop
    assert not found.get("errors"), found.get("errors")
    assert found["plugin"]
    messages = translations(language)
    assert found["dock_title"] == messages["ZOAST agreements"]
    assert len(found["names"]) >= 14
    assert found["names"]["zoast:accessibility"] == messages["Accessibility (2SFCA, E2SFCA, Gaussian)"]
    assert (shots / "qgis_desktop.png").stat().st_size > 50_000


@pytest.mark.slow
def test_model_opens_in_the_modeler_with_no_red_step(desktop):
    """No step lacks a required value, and steps and outputs are named in the interface language."""
    language, found, shots = desktop
    model = found["model"]
    assert model["missing"] == [] and model["invalid"] == []
    assert len(model["steps"]) >= 21
    messages = translations(language)
    assert model["steps"]["gaps"] == messages["Gaps by each country's rule"] != "Gaps by each country's rule"
    assert messages["Health basins"] in model["outputs"]
    assert (shots / "modeler.png").stat().st_size > 50_000


@pytest.mark.slow
def test_toolbox_dialogs_open_translated(desktop):
    language, found, shots = desktop
    messages = translations(language)
    for name, display in (("accessibility", "Accessibility (2SFCA, E2SFCA, Gaussian)"),
                          ("gaps", "Care gaps (French zoning and Belgian shortage rules)")):
        assert messages[display] in found["dialogs"][name]["title"]
    for name in DIALOGS:
        assert (shots / "dialog_{}.png".format(name)).stat().st_size > 20_000


@pytest.mark.slow
@pytest.mark.parametrize("name", ["accessibility", "delineatebasins"])
def test_dialog_runs_with_its_defaults(desktop, name):
    """What a new user gets by pressing Run: the dialog's own defaults on the sample, no change."""
    _language, found, _shots = desktop
    result = found["dialogs"][name]
    assert result["ok"], result.get("error")


@pytest.mark.slow
def test_gaps_on_the_default_accessibility_says_which_algorithm_to_run(desktop):
    """The newcomer's path: accessibility with its defaults (FTE per 100,000), then gaps with its defaults.
    France's official rule needs the APL: the run stops with the error naming zoast:apl, never a wrong map."""
    _language, found, _shots = desktop
    result = found["dialogs"]["gaps"]
    assert not result["ok"]
    assert "zoast:apl" in result.get("error", "")
