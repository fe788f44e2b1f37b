"""The packaged plugin in the real QGIS desktop (under Xvfb), in French: loaded, toolbox and dock translated.

The mock iface of pytest-qgis cannot show what QGIS itself does at start-up (plugin
loading from the profile, initGui with the real main window), so this runs `qgis`.
"""

import json
import shutil
import subprocess

import pytest

from tests.conftest import ROOT, qgis_process_env
from tests.test_translations import ts_messages

STARTUP = '''
import json, os
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

def report():
    from qgis.core import QgsApplication
    plugin = plugins.get("zoast")
    provider = QgsApplication.processingRegistry().providerById("zoast")
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtCore import Qt
    QgsProject.instance().addMapLayer(QgsVectorLayer({sample!r} + "|layername=units", "communes", "ogr"))
    iface.mainWindow().resize(1500, 950)
    if plugin is not None:
        plugin.dock_action.setChecked(True)
        iface.mainWindow().resizeDocks([plugin.dock], [420], Qt.Orientation.Horizontal)
    found = {{"plugin": plugin is not None,
              "names": {{a.id(): a.displayName() for a in provider.algorithms()}} if provider else {{}},
              "dock_title": plugin.dock.windowTitle() if plugin else "",
              "dock_visible": bool(plugin and plugin.dock.isVisible())}}
    QTimer.singleShot(1500, lambda: finish(found))

def finish(found):
    iface.mainWindow().grab().save({png!r})
    with open({out!r}, "w") as out:
        json.dump(found, out)
    os._exit(0)  # no "save the project?" question at exit

QTimer.singleShot(5000, report)
'''


@pytest.mark.slow
def test_plugin_in_the_qgis_desktop_in_french(packaged_plugin, tmp_path):
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        pytest.fail("xvfb-run and qgis are needed: run `make setup`")
    plugins, home = packaged_plugin
    home = shutil.copytree(home, tmp_path / "home", symlinks=True, ignore=shutil.ignore_patterns("runtime"))
    env = qgis_process_env(plugins, home, locale="fr")
    env.pop("QT_QPA_PLATFORM")  # the desktop draws on Xvfb's display
    profile_root = home / ".local/share/QGIS/QGIS3"
    found_path, png = tmp_path / "found.json", tmp_path / "qgis_fr.png"
    sample = plugins / "zoast" / "resources" / "sample" / "zoast_border.gpkg"
    (profile_root / "startup.py").write_text(STARTUP.format(out=str(found_path), png=str(png), sample=str(sample)))
    subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--nologo", "--noversioncheck"],
                   env=env, timeout=240, capture_output=True)
    found = json.loads(found_path.read_text())
    assert found["plugin"] and found["dock_visible"]
    french = {source: text for (_c, source), (text, _k) in ts_messages(ROOT / "i18n" / "zoast_fr.ts").items()}
    assert found["dock_title"] == french["ZOAST agreements"]
    assert len(found["names"]) >= 14
    assert "Accessibilité (2SFCA, E2SFCA, gaussienne)" == found["names"]["zoast:accessibility"]
    assert png.stat().st_size > 50_000
    (ROOT / "tests" / "output").mkdir(exist_ok=True)
    shutil.copy(png, ROOT / "tests" / "output" / "qgis_desktop_fr.png")  # for a person to look at
