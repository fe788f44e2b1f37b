"""Loading the plugin through classFactory, as QGIS does, and unloading it cleanly."""

import sys
from collections import Counter

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QApplication, QDockWidget

from tests.conftest import ROOT


@pytest.fixture
def plugin_package(tmp_path):
    """The repository importable as the package `zoast`, like an installed plugin."""
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "zoast").symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(plugins))
    import zoast

    yield zoast
    sys.path.remove(str(plugins))
    for name in [m for m in sys.modules if m == "zoast" or m.startswith("zoast.")]:
        del sys.modules[name]


@pytest.fixture
def iface_calls(qgis_iface, monkeypatch):
    """Count the iface calls that add and remove GUI elements."""
    calls = Counter()
    for name in ("addDockWidget", "removeDockWidget", "addToolBarIcon", "removeToolBarIcon",
                 "addPluginToMenu", "removePluginMenu"):
        original = getattr(qgis_iface, name)

        def spy(*args, _name=name, _original=original):
            calls[_name] += 1
            return _original(*args)

        monkeypatch.setattr(qgis_iface, name, spy)
    return calls


def leftover_widgets():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    docks = [w for w in QApplication.allWidgets() if isinstance(w, QDockWidget) and w.objectName() == "ZoastDock"]
    actions = [a for w in QApplication.allWidgets() for a in w.findChildren(QAction, "ZoastDockAction")]
    return docks, actions


def test_load_and_unload_twice_leaves_qgis_clean(plugin_package, qgis_iface, iface_calls, qgis_processing):
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("zoast")
    if existing is not None:  # registered by other tests' fixture: start from a clean registry
        registry.removeProvider(existing)
    for _round in range(2):
        plugin = plugin_package.classFactory(qgis_iface)
        plugin.initGui()
        assert registry.providerById("zoast") is not None
        assert len(registry.providerById("zoast").algorithms()) > 0
        assert plugin.dock is not None and plugin.dock_action is not None
        plugin.unload()
        assert registry.providerById("zoast") is None
        docks, actions = leftover_widgets()
        assert docks == [] and actions == []
        assert plugin.translator is None
    assert iface_calls["addDockWidget"] == iface_calls["removeDockWidget"] == 2
    assert iface_calls["addToolBarIcon"] == iface_calls["removeToolBarIcon"] == 2
    assert iface_calls["addPluginToMenu"] == iface_calls["removePluginMenu"] == 2


def test_init_processing_alone_registers_the_provider(plugin_package, qgis_iface, qgis_processing):
    """qgis_process calls initProcessing only: the provider must come from there."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("zoast")
    if existing is not None:
        registry.removeProvider(existing)
    plugin = plugin_package.classFactory(qgis_iface)
    plugin.initProcessing()
    try:
        assert registry.providerById("zoast") is not None
        assert plugin.dock is None
    finally:
        plugin.unload()
    assert registry.providerById("zoast") is None
