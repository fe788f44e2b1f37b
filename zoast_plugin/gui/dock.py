"""The ZOAST dock: agreements and result styling."""

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QPushButton, QVBoxLayout, QWidget

from ..processing.styles import style_project_layers


class ZoastDock(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setWindowTitle(self.tr("ZOAST agreements"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.style_button = QPushButton(self.tr("Style result layers"), body)
        self.style_button.setObjectName("styleResultsButton")
        self.style_button.setToolTip(
            self.tr("Apply the ZOAST styles to the result layers of the project (gaps, accessibility, basins…).")
        )
        self.style_button.clicked.connect(self.style_results)
        self.status = QLabel(body)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        layout.addWidget(self.style_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setWidget(body)

    def style_results(self) -> int:
        count = style_project_layers(QgsProject.instance())
        self.status.setText(self.tr("{count} result layer(s) styled.").format(count=count))
        return count
