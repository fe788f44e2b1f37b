"""The plugin object QGIS creates through classFactory."""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon

from .i18n import install_translator, remove_translator
from .qt_compat import QAction

ICON_PATH = str(Path(__file__).resolve().parent.parent / "resources" / "icons" / "zoast.svg")


class ZoastPlugin:
    """Registers the Processing provider (also headless) and, with a GUI, the dock."""

    def __init__(self, iface):
        self.iface = iface
        self.translator = None
        self.provider = None
        self.dock = None
        self.dock_action = None

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ZoastPlugin", text)  # i18n: dynamic

    def initProcessing(self):  # noqa: N802 - QGIS API
        """Called by QGIS, qgis_process included: the translator first, so names are translated."""
        if self.translator is None:
            self.translator = install_translator()
        if self.provider is None:
            from .processing.provider import register_provider

            self.provider = register_provider()

    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()
        from .gui.dock import ZoastDock

        self.dock = ZoastDock(self.iface)
        self.dock.setObjectName("ZoastDock")
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock_action = QAction(QIcon(ICON_PATH), self.tr("ZOAST agreements"), self.iface.mainWindow())
        self.dock_action.setObjectName("ZoastDockAction")
        self.dock_action.setCheckable(True)
        self.dock_action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self.dock_action.setChecked)
        self.iface.addPluginToMenu(self.menu_name(), self.dock_action)
        self.iface.addToolBarIcon(self.dock_action)

    def menu_name(self) -> str:
        return self.tr("&ZOAST")

    def unload(self):
        if self.dock_action is not None:
            self.iface.removePluginMenu(self.menu_name(), self.dock_action)
            self.iface.removeToolBarIcon(self.dock_action)
            self.dock_action.deleteLater()
            self.dock_action = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.close()
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
