"""Member units (or establishments) of the current agreement, taken from a map layer's selection."""

from typing import List, Optional, Tuple

import pandas as pd
from qgis.core import QgsFeatureRequest, QgsFieldProxyModel, QgsMapLayerProxyModel, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsDateEdit, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .agreement_form import date_value, error_label, wrapped

UNITS = "units"
ESTABLISHMENTS = "establishments"


def country_of(member_id: str, country) -> str:
    """The member's country: the layer's country field, else the id's prefix (``FR:59350`` → FR)."""
    if country is not None and not pd.isna(country) and str(country).strip():
        return str(country).strip().upper()
    text = str(member_id)
    return text.split(":", 1)[0].upper() if ":" in text else ""


class MembersPanel(QWidget):
    """Layer and fields to take members from, the member list, and the buttons that edit it."""

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.id_field_name = "unit_id" if kind == UNITS else "supply_id"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields in a narrow dock
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setObjectName(kind + "LayerCombo")
        self.layer_combo.setAllowEmptyLayer(True)
        self.id_combo = QgsFieldComboBox(self)
        self.id_combo.setObjectName(kind + "IdField")
        self.id_combo.setFilters(QgsFieldProxyModel.Filter.String | QgsFieldProxyModel.Filter.Numeric)
        self.country_combo = QgsFieldComboBox(self)
        self.country_combo.setObjectName(kind + "CountryField")
        self.country_combo.setAllowEmptyFieldName(True)
        for combo in (self.layer_combo, self.id_combo, self.country_combo):  # long layer or field names: no wider dock
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.since_edit = QgsDateEdit(self)
        self.since_edit.setObjectName(kind + "Since")
        self.since_edit.setAllowNull(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setNullRepresentation(self.tr("(from the start)"))
        self.since_edit.setDate(QDate())
        if kind == UNITS:
            self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
            self.layer_combo.setToolTip(self.tr("The territorial units (communes) to pick member units from."))
            form.addRow(wrapped(self.tr("Units layer"), self), self.layer_combo)
            form.addRow(wrapped(self.tr("Unit id field"), self), self.id_combo)
            self.since_edit.setToolTip(self.tr("Date the units added now join the agreement; empty: from the start."))
        else:
            self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
            self.layer_combo.setToolTip(self.tr("The hospitals or care facilities to pick member establishments "
                                                "from."))
            form.addRow(wrapped(self.tr("Establishments layer"), self), self.layer_combo)
            form.addRow(wrapped(self.tr("Establishment id field"), self), self.id_combo)
            self.since_edit.setToolTip(self.tr("Date the establishments added now join the agreement; empty: from "
                                               "the start."))
        self.country_combo.setToolTip(self.tr("FR or BE; when empty, the country is read from the id prefix "
                                              "(FR:59350)."))
        form.addRow(wrapped(self.tr("Country field"), self), self.country_combo)
        form.addRow(wrapped(self.tr("Members since"), self), self.since_edit)
        self.until_edit = QgsDateEdit(self)
        self.until_edit.setObjectName(kind + "Until")
        self.until_edit.setAllowNull(True)
        self.until_edit.setDisplayFormat("yyyy-MM-dd")
        self.until_edit.setNullRepresentation(self.tr("(still a member)"))
        self.until_edit.setDate(QDate())
        self.until_edit.setToolTip(self.tr("Last day the members chosen in the list are covered (they leave the "
                                           "agreement after it); empty: still members."))
        form.addRow(wrapped(self.tr("Member until"), self), self.until_edit)
        layout.addLayout(form)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        self._layer_changed(self.layer_combo.currentLayer())

        buttons = QGridLayout()
        self.add_button = QPushButton(self.tr("Add selected"), self)
        self.add_button.setObjectName(kind + "AddSelected")
        self.add_button.setToolTip(self.tr("Add the features selected on the map in this layer to the agreement."))
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.remove_button.setObjectName(kind + "RemoveSelected")
        self.remove_button.setToolTip(self.tr("Remove from the agreement the members selected in the list, or else "
                                              "those selected on the map."))
        self.highlight_button = QPushButton(self.tr("Show on map"), self)
        self.highlight_button.setObjectName(kind + "Highlight")
        self.highlight_button.setToolTip(self.tr("Select and flash the agreement's members on the map."))
        self.end_button = QPushButton(self.tr("Set end date"), self)
        self.end_button.setObjectName(kind + "SetEnd")
        self.end_button.setToolTip(self.tr("Give the members chosen in the list the date of 'Member until' (empty: "
                                           "they stay members)."))
        for row, button in enumerate((self.add_button, self.remove_button, self.end_button, self.highlight_button)):
            buttons.addWidget(button, row, 0)  # one column: fits a dock of the default width in French and Dutch
        layout.addLayout(buttons)
        self.member_list = QListWidget(self)
        self.member_list.setObjectName(kind + "List")
        self.member_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.member_list, 1)
        self.error = error_label(self, self.id_field_name)
        layout.addWidget(self.error)

    def _layer_changed(self, layer) -> None:
        self.id_combo.setLayer(layer)
        self.country_combo.setLayer(layer)
        if layer is not None:
            names = layer.fields().names()
            if self.id_field_name in names:
                self.id_combo.setField(self.id_field_name)
            self.country_combo.setField("country" if "country" in names else "")

    # ----------------------------------------------------------------- layer

    def layer(self) -> Optional[QgsVectorLayer]:
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def id_field(self) -> str:
        return self.id_combo.currentField()

    def _ids_of(self, features) -> Tuple[List[str], List[str]]:
        id_field, country_field = self.id_field(), self.country_combo.currentField()
        ids, countries = [], []
        for feature in features:
            value = feature[id_field]
            if value is None or (hasattr(value, "isNull") and value.isNull()):
                continue
            ids.append(str(value))
            countries.append(country_of(value, feature[country_field] if country_field else None))
        return ids, countries

    def selected_ids(self) -> Tuple[List[str], List[str]]:
        """Ids and countries of the features selected on the map (empty without a layer)."""
        layer = self.layer()
        if layer is None or not self.id_field():
            return [], []
        return self._ids_of(layer.getSelectedFeatures())

    def known_ids(self):
        """Every id of the layer, for the 'known ids' check; None without a layer."""
        layer = self.layer()
        if layer is None or not self.id_field():
            return None
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([self.id_field()], layer.fields())
        return [str(f[self.id_field()]) for f in layer.getFeatures(request)]

    def feature_ids(self, member_ids) -> List[int]:
        """Feature ids of the layer's features whose id is one of ``member_ids``."""
        layer = self.layer()
        if layer is None or not self.id_field():
            return []
        wanted = set(str(i) for i in member_ids)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([self.id_field()], layer.fields())
        return [f.id() for f in layer.getFeatures(request) if str(f[self.id_field()]) in wanted]

    def since(self):
        return date_value(self.since_edit)

    def until(self):
        return date_value(self.until_edit)

    def auto_layer(self, layers) -> Optional[QgsVectorLayer]:
        """Choose, when none is chosen, the first of ``layers`` that has the id field (e.g. the loaded units)."""
        if self.layer() is not None:
            return self.layer()
        for layer in layers:
            if isinstance(layer, QgsVectorLayer) and self.id_field_name in layer.fields().names() \
                    and self._accepts(layer):
                self.layer_combo.setLayer(layer)
                return layer
        return None

    def _accepts(self, layer: QgsVectorLayer) -> bool:
        wanted = QgsWkbTypes.GeometryType.PolygonGeometry if self.kind == UNITS else \
            QgsWkbTypes.GeometryType.PointGeometry
        return layer.geometryType() == wanted

    # ----------------------------------------------------------------- list

    def show_members(self, members: pd.DataFrame) -> None:
        """List the members by id, whatever order the store or the edits gave them."""
        self.member_list.clear()
        if members.empty:  # no agreement chosen
            return
        ordered = members.sort_values(self.id_field_name, key=lambda ids: ids.astype(str), kind="stable")
        for row in ordered.itertuples(index=False):
            member_id = getattr(row, self.id_field_name)
            since = row.member_since
            until = getattr(row, "member_until", pd.NaT)
            text = "{} ({})".format(member_id, row.country)
            if not pd.isna(since):
                text += " · {}".format(pd.Timestamp(since).strftime("%Y-%m-%d"))
            if until is not None and not pd.isna(until):
                text += " → {}".format(pd.Timestamp(until).strftime("%Y-%m-%d"))
            item = QListWidgetItem(text, self.member_list)
            item.setData(Qt.ItemDataRole.UserRole, str(member_id))

    def chosen_in_list(self) -> List[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.member_list.selectedItems()]
