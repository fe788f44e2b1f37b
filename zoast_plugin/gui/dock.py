"""The ZOAST dock: manage the agreements of a store and style result layers.

The dock edits an :class:`.edit_session.EditSession` (undo/redo) and writes it into
an :class:`..storage.AgreementStore` (a GeoPackage, or a PostgreSQL/PostGIS database
shared by several officers) in one transaction on "Save". Edits another user saved
meanwhile are merged in; when both changed the same thing, the :class:`ConflictDialog`
lets the user choose. Validation uses the core's checks and shows each problem next
to its field, with the field's label. The dock never writes into the plugin's folder
or a read-only file: such a store (the sample) is copied to the user's profile first.
"Build perimeters" runs the ``zoast:agreementperimeters`` algorithm on the store's
tables and the loaded units layer, as the toolbox does.
"""

import shutil
from pathlib import Path
from typing import Dict, Optional

import pandas as pd
from qgis.core import Qgis, QgsApplication, QgsProcessingException, QgsProject
from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import agreements as model
from ..processing.styles import style_project_layers
from ..storage import (
    AgreementStore,
    ConflictError,
    InvalidAgreementsError,
    StoreError,
    UpgradeNeededError,
    postgres_connections,
)
from ..storage.backends import GpkgBackend, postgres_uri
from ..storage.migrations import PLUGIN_ROOT
from .agreement_form import AgreementForm, error_label, show_error
from .conflict_dialog import ConflictDialog
from .edit_session import EditSession, empty_tables
from .labels import field_label, human_message, status_labels
from .members_panel import ESTABLISHMENTS, UNITS, MembersPanel

PERIMETERS_ALGORITHM = "zoast:agreementperimeters"
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _messages(*problems) -> str:
    return "\n".join(human_message(p) for p in problems if p is not None)


def breakable(text: str) -> str:
    """``text`` with invisible break points after path separators, so a long path wraps in a narrow dock."""
    for separator in ("/", "\\"):
        text = text.replace(separator, separator + "\u200b")
    return text


def is_inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


class PostgresDialog(QDialog):
    """Choose a PostgreSQL/PostGIS store: a QGIS connection (or a service/URI) and a schema."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("postgresDialog")
        self.setWindowTitle(self.tr("Agreements store on PostgreSQL/PostGIS"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.connection = QComboBox(self)
        self.connection.setObjectName("postgresConnection")
        self.connection.setEditable(True)
        self.connection.addItems(postgres_connections())
        self.connection.setToolTip(self.tr("A PostgreSQL connection of QGIS (Data Source Manager › PostgreSQL), or "
                                           "service=name, or host=… dbname=… user=…"))
        self.schema = QLineEdit("zoast", self)
        self.schema.setObjectName("postgresSchema")
        self.schema.setToolTip(self.tr("The schema holding (or to hold) the ZOAST tables."))
        form.addRow(self.tr("Connection"), self.connection)
        form.addRow(self.tr("Schema"), self.schema)
        self.action = "open"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = buttons.addButton(self.tr("Open (or upgrade)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button = buttons.addButton(self.tr("Create a new store"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self._done("open"))
        self.create_button.clicked.connect(lambda: self._done("create"))
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _done(self, action: str) -> None:
        self.action = action
        self.accept()

    def source(self) -> str:
        """The store's source: the connection as chosen, with the schema."""
        uri = postgres_uri(self.connection.currentText().strip())
        uri.setSchema(self.schema.text().strip() or "public")
        return uri.uri(False)


class ZoastDock(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.store: Optional[AgreementStore] = None
        self.conflict_dialog: Optional[ConflictDialog] = None
        self.current_code: Optional[str] = None
        self.session = EditSession(self)
        self.setWindowTitle(self.tr("ZOAST agreements"))

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)

        # -- the store
        store_row = QGridLayout()
        self.store_path = QLineEdit(body)
        self.store_path.setObjectName("storePath")
        self.store_path.setReadOnly(True)
        self.store_path.setPlaceholderText(self.tr("No agreements store open"))
        self.open_button = QPushButton(self.tr("Open…"), body)
        self.open_button.setObjectName("openStoreButton")
        self.open_button.setToolTip(self.tr("Open a ZOAST agreements store (GeoPackage)."))
        self.open_button.clicked.connect(self.open_store_dialog)
        self.new_button = QPushButton(self.tr("New…"), body)
        self.new_button.setObjectName("newStoreButton")
        self.new_button.setToolTip(self.tr("Create a new agreements store, or add one to a GeoPackage."))
        self.new_button.clicked.connect(self.create_store_dialog)
        self.database_button = QPushButton(self.tr("PostgreSQL…"), body)
        self.database_button.setObjectName("databaseStoreButton")
        self.database_button.setToolTip(self.tr("Open, create or upgrade an agreements store shared on a "
                                                "PostgreSQL/PostGIS server."))
        self.database_button.clicked.connect(self.database_store_dialog)
        layout.addWidget(self.store_path)
        store_row.addWidget(self.open_button, 0, 0)
        store_row.addWidget(self.new_button, 0, 1)
        store_row.addWidget(self.database_button, 1, 0, 1, 2)
        layout.addLayout(store_row)

        # -- the list of agreements
        self.filter_edit = QLineEdit(body)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Filter agreements (code, name, status)…"))
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        self.list_model = QStandardItemModel(0, 6, self)
        self.list_model.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name (French)"), self.tr("Name (Dutch)"), self.tr("Status"), self.tr("Units"),
             self.tr("Establishments")]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.list_model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(body)
        self.table.setObjectName("agreementsTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(110)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.table)
        list_buttons = QHBoxLayout()
        self.add_agreement_button = QPushButton(self.tr("Add agreement"), body)
        self.add_agreement_button.setObjectName("addAgreementButton")
        self.add_agreement_button.clicked.connect(self.add_agreement)
        self.remove_agreement_button = QPushButton(self.tr("Remove agreement"), body)
        self.remove_agreement_button.setObjectName("removeAgreementButton")
        self.remove_agreement_button.setToolTip(self.tr("Remove the agreement and its members (saved on Save)."))
        self.remove_agreement_button.clicked.connect(self.remove_agreement)
        list_buttons.addWidget(self.add_agreement_button)
        list_buttons.addWidget(self.remove_agreement_button)
        layout.addLayout(list_buttons)

        # -- the agreement: form, member units, establishments
        self.tabs = QTabWidget(body)
        self.form = AgreementForm(self.tabs)
        self.form.field_edited.connect(self.edit_field)
        self.units_panel = MembersPanel(UNITS, self.tabs)
        self.establishments_panel = MembersPanel(ESTABLISHMENTS, self.tabs)
        self.tabs.addTab(self.form, self.tr("Agreement"))
        self.tabs.addTab(self.units_panel, self.tr("Member units"))
        self.tabs.addTab(self.establishments_panel, self.tr("Establishments"))
        for panel in (self.units_panel, self.establishments_panel):
            panel.add_button.clicked.connect(lambda _checked=False, p=panel: self.add_selected(p.kind))
            panel.remove_button.clicked.connect(lambda _checked=False, p=panel: self.remove_selected(p.kind))
            panel.highlight_button.clicked.connect(lambda _checked=False, p=panel: self.highlight(p.kind))
            panel.end_button.clicked.connect(lambda _checked=False, p=panel: self.set_member_end(p.kind))
            panel.layer_combo.layerChanged.connect(lambda _layer: self.validate())
        layout.addWidget(self.tabs, 1)

        # -- undo, save
        edit_row = QGridLayout()
        self.undo_button = QPushButton(self.tr("Undo"), body)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.session.undo_stack.undo)
        self.session.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.redo_button = QPushButton(self.tr("Redo"), body)
        self.redo_button.setObjectName("redoButton")
        self.redo_button.clicked.connect(self.session.undo_stack.redo)
        self.session.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("Save"), body)
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Check the agreements and write them to the store, all or nothing."))
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.revert_button = QPushButton(self.tr("Revert"), body)
        self.revert_button.setObjectName("revertButton")
        self.revert_button.setToolTip(self.tr("Forget the edits made since the last save."))
        self.revert_button.clicked.connect(self.revert)
        # Undo and redo as QGIS's icons (their words as tooltips): the row fits a 300 px dock in Dutch too.
        for button, icon in ((self.undo_button, "/mActionUndo.svg"), (self.redo_button, "/mActionRedo.svg")):
            button.setToolTip(button.text())
            button.setAccessibleName(button.text())
            button.setIcon(QgsApplication.getThemeIcon(icon))
            button.setText("")
        edit_row.addWidget(self.undo_button, 0, 0)
        edit_row.addWidget(self.redo_button, 0, 1)
        edit_row.addWidget(self.save_button, 0, 2)
        edit_row.addWidget(self.revert_button, 1, 0, 1, 3)
        edit_row.setColumnStretch(2, 1)
        layout.addLayout(edit_row)
        self.problems_label = error_label(body, "summary")
        layout.addWidget(self.problems_label)

        # -- results
        results = QGroupBox(self.tr("Results"), body)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(4, 4, 4, 4)
        self.perimeters_button = QPushButton(self.tr("Build perimeters"), results)
        self.perimeters_button.setObjectName("buildPerimetersButton")
        self.perimeters_button.setToolTip(self.tr("Run 'ZOAST agreement perimeters' on the saved agreements and the "
                                                  "units layer, and add the perimeters to the map."))
        self.perimeters_button.clicked.connect(self.build_perimeters)
        self.style_button = QPushButton(self.tr("Style results"), results)
        self.style_button.setObjectName("styleResultsButton")
        self.style_button.setToolTip(
            self.tr("Apply the ZOAST styles to the result layers of the project (gaps, accessibility, basins…).")
        )
        self.style_button.clicked.connect(self.style_results)
        results_layout.addWidget(self.perimeters_button)
        results_layout.addWidget(self.style_button)
        layout.addWidget(results)

        self.status = QLabel(body)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        # A long unbreakable name must not widen the dock: the label wraps what it can, the tooltip has it all.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.status)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.session.changed.connect(self._session_changed)
        self._update_enabled()

    # ----------------------------------------------------------------- messages

    def ask(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def report(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        self.status.setText(breakable(text))
        self.status.setToolTip(text)
        if level != Qgis.MessageLevel.Info and self.iface is not None:
            self.iface.messageBar().pushMessage(self.tr("ZOAST"), text, level, 8)

    # ----------------------------------------------------------------- the store

    def open_store_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open an agreements store"), "",
                                                    self.tr("GeoPackage (*.gpkg)"))
        if path:
            self.open_store(path)

    def create_store_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("New agreements store"), "",
                                                    self.tr("GeoPackage (*.gpkg)"))
        if path:
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
            self.create_store(path)

    def database_store_dialog(self) -> None:
        dialog = PostgresDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.action == "create":
            self.create_store(dialog.source(), "postgres")
        else:
            self.open_store(dialog.source(), "postgres")

    def _may_discard(self) -> bool:
        if not self.session.is_modified():
            return True
        return self.ask(self.tr("Unsaved edits"), self.tr("The agreements have unsaved edits. Discard them?"))

    # -- a store the dock must not write to (the plugin's sample, a read-only file) is copied first

    def needs_copy(self, path: str) -> bool:
        """True for a GeoPackage inside the plugin's folder (the sample) or one we may not write."""
        return is_inside(Path(path), PLUGIN_ROOT) or not GpkgBackend(path).writable()

    def default_copy_path(self, path: str) -> str:
        """A free file name in the user's QGIS profile (…/zoast/), for a copy of ``path``."""
        folder = Path(QgsApplication.qgisSettingsDirPath()) / "zoast"
        folder.mkdir(parents=True, exist_ok=True)
        stem, suffix = Path(path).stem, Path(path).suffix or ".gpkg"
        target, number = folder / (stem + suffix), 1
        while target.exists():
            number += 1
            target = folder / "{}_{}{}".format(stem, number, suffix)
        return str(target)

    def copy_target(self, path: str) -> Optional[str]:
        """Ask where to copy a store the dock must not change; None when the user cancels (tests replace this)."""
        default = self.default_copy_path(path)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Copy the agreements store?"), self.tr(
            "'{path}' belongs to the plugin or is read-only: ZOAST does not change it. Open a copy instead? The "
            "copy goes to your QGIS profile ({target}) unless you choose another place.").format(
            path=path, target=default), QMessageBox.StandardButton.Cancel, self)
        profile = box.addButton(self.tr("Copy to my profile"), QMessageBox.ButtonRole.AcceptRole)
        elsewhere = box.addButton(self.tr("Choose where…"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is profile:
            return default
        if box.clickedButton() is elsewhere:
            target, _filter = QFileDialog.getSaveFileName(self, self.tr("Copy the agreements store to"), default,
                                                          self.tr("GeoPackage (*.gpkg)"))
            return target or None
        return None

    def open_store(self, source: str, provider: str = "ogr") -> bool:
        """Open the store at ``source``; an older one is upgraded if the user agrees.

        A store the dock must not change (the plugin's sample, a read-only file) is
        first copied where the user says; the copy is then brought to the current schema.
        """
        if not self._may_discard():
            return False
        copied = False
        if provider == "ogr" and Path(source).exists() and self.needs_copy(source):
            target = self.copy_target(source)
            if not target:
                self.report(self.tr("Not opened: the store was not copied."), Qgis.MessageLevel.Warning)
                return False
            try:
                shutil.copyfile(source, target)
            except OSError as error:
                self.report(self.tr("Cannot copy the store to '{target}': {error}").format(
                    target=target, error=error.strerror or error), Qgis.MessageLevel.Critical)
                return False
            source, copied = target, True
        try:
            store = AgreementStore.open(source, provider, upgrade=copied)
        except UpgradeNeededError as needed:
            if not self.ask(self.tr("Upgrade the agreements store?"), str(needed)):
                self.report(str(needed), Qgis.MessageLevel.Warning)
                return False
            try:
                store = AgreementStore.open(source, provider, upgrade=True)
            except StoreError as error:
                self.report(str(error), Qgis.MessageLevel.Critical)
                return False
        except StoreError as error:
            self.report(str(error), Qgis.MessageLevel.Critical)
            return False
        self._use_store(store)
        if copied:
            self.report(self.tr("Opened a copy of the store, {path}: {count} agreement(s).").format(
                path=source, count=len(self.session.tables.agreements)))
        else:
            self.report(self.tr("Opened {path}: {count} agreement(s).").format(
                path=store.label, count=len(self.session.tables.agreements)))
        return True

    def create_store(self, source: str, provider: str = "ogr") -> bool:
        if not self._may_discard():
            return False
        try:
            store = AgreementStore.create(source, provider)
        except StoreError as error:
            self.report(str(error), Qgis.MessageLevel.Critical)
            return False
        self._use_store(store)
        self.report(self.tr("Created the agreements store {path}.").format(path=store.label))
        return True

    def close_store(self) -> None:
        if self.store is not None:
            self.store.close()
        self.store = None
        self.store_path.clear()
        self.session.reset(empty_tables())
        self._update_enabled()

    def _use_store(self, store: AgreementStore) -> None:
        if self.store is not None:
            self.store.close()
        self.store = store
        self.store_path.setText(store.label)
        self.store_path.setToolTip(store.label)
        tables = store.read()
        self.session.reset(tables, tables.agreements["code"].iloc[0] if len(tables.agreements) else None)
        self.pick_loaded_layers()
        self._update_enabled()

    def pick_loaded_layers(self) -> None:
        """Use the loaded units and establishments layers when none is chosen yet."""
        layers = list(QgsProject.instance().mapLayers().values())
        for panel in (self.units_panel, self.establishments_panel):
            panel.auto_layer(layers)

    def save(self, resolutions=()) -> bool:
        """Validate and write the edits in one transaction; False (and the problems shown) when not saved.

        When another user saved changes to the same fields or rows meanwhile, nothing
        is written and the conflict dialog opens; its choices save again.
        """
        if self.store is None:
            self.report(self.tr("Open or create an agreements store first."), Qgis.MessageLevel.Warning)
            return False
        problems = self.validate()
        if problems:
            self.report(self.tr("Not saved: {count} problem(s) to fix first.").format(count=len(problems)),
                        Qgis.MessageLevel.Warning)
            return False
        try:
            written = self.store.save(self.session.tables, self.units_panel.known_ids(),
                                      self.establishments_panel.known_ids(), resolutions=resolutions)
        except ConflictError as error:
            self.report(str(error), Qgis.MessageLevel.Warning)
            self.show_conflicts(error.conflicts)
            return False
        except InvalidAgreementsError as error:
            show_error(self.problems_label, _messages(*error.problems))
            self.report(self.tr("Not saved: {count} problem(s) to fix first.").format(count=len(error.problems)),
                        Qgis.MessageLevel.Warning)
            return False
        except StoreError as error:
            self.report(str(error), Qgis.MessageLevel.Critical)
            return False
        merged = self.store.merged_in
        if merged or resolutions:  # show what the store now holds: their edits and the choices too
            code = self.current_code
            tables = self.store.current()
            self.session.reset(tables, code if code in set(tables.agreements["code"]) else None)
        else:
            self.session.mark_saved()
        if merged:
            self.report(self.tr("Saved: {count} row(s) written; {merged} row(s) changed by other users are now "
                                "shown too.").format(count=written, merged=merged))
        else:
            self.report(self.tr("Saved: {count} row(s) written.").format(count=written))
        return True

    def show_conflicts(self, conflicts) -> ConflictDialog:
        """Open the conflict choice (not blocking); "Save with these choices" saves again."""
        dialog = ConflictDialog(conflicts, self)
        dialog.accepted.connect(lambda: self.save(resolutions=dialog.resolutions()))
        dialog.rejected.connect(lambda: self.report(self.tr("Not saved: the conflicts are left to settle. Your "
                                                            "edits are kept.")))
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def revert(self) -> None:
        if self.store is not None and self._may_discard():
            tables = self.store.read()
            code = self.current_code if self.current_code in set(tables.agreements["code"]) else None
            self.session.reset(tables, code)

    # ----------------------------------------------------------------- edits

    def add_agreement(self) -> str:
        codes = set(self.session.codes())
        number = len(codes) + 1
        while "ZOAST_{}".format(number) in codes:
            number += 1
        code = "ZOAST_{}".format(number)
        self.session.add_agreement(code, self.tr("Add agreement {code}").format(code=code))
        self.tabs.setCurrentWidget(self.form)
        self.form.editors["code"].setFocus()
        return code

    def remove_agreement(self) -> None:
        if self.current_code is not None:
            code = self.current_code
            self.session.remove_agreement(code, self.tr("Remove agreement {code}").format(code=code))

    def edit_field(self, field: str, value) -> None:
        if self.current_code is None:
            return
        self.session.set_field(self.current_code, field, value,
                               self.tr("Edit {field} of {code}").format(field=field_label(field),
                                                                        code=self.current_code))

    def _panel(self, kind: str) -> MembersPanel:
        return self.units_panel if kind == UNITS else self.establishments_panel

    def add_selected(self, kind: str) -> int:
        """Add the features selected on the panel's layer to the current agreement."""
        panel = self._panel(kind)
        if self.current_code is None:
            self.report(self.tr("Choose an agreement first."), Qgis.MessageLevel.Warning)
            return 0
        if panel.layer() is None or not panel.id_field():
            self.report(self.tr("Choose the layer and its id field first."), Qgis.MessageLevel.Warning)
            return 0
        ids, countries = panel.selected_ids()
        if not ids:
            self.report(self.tr("Select features on the map in layer '{layer}' first.").format(
                layer=panel.layer().name()), Qgis.MessageLevel.Warning)
            return 0
        added = self.session.add_members(self.current_code, kind, ids, countries, panel.since(),
                                         self.tr("Add {count} member(s) to {code}").format(
                                             count=len(ids), code=self.current_code))
        self.report(self.tr("{added} member(s) added to {code}; {already} already member(s).").format(
            added=added, code=self.current_code, already=len(set(ids)) - added))
        return added

    def set_member_end(self, kind: str) -> int:
        """Give the members chosen in the list the panel's 'Member until' date (empty: still members)."""
        panel = self._panel(kind)
        ids = panel.chosen_in_list()
        if self.current_code is None or not ids:
            self.report(self.tr("Choose members in the list first."), Qgis.MessageLevel.Warning)
            return 0
        changed = self.session.set_member_dates(self.current_code, kind, ids, "member_until", panel.until(),
                                                self.tr("End date of {count} member(s) of {code}").format(
                                                    count=len(ids), code=self.current_code))
        self.report(self.tr("End date set for {count} member(s) of {code}.").format(
            count=changed, code=self.current_code))
        return changed

    def remove_selected(self, kind: str) -> int:
        """Remove the members chosen in the list, or else those selected on the map."""
        panel = self._panel(kind)
        if self.current_code is None:
            return 0
        ids = panel.chosen_in_list() or panel.selected_ids()[0]
        removed = self.session.remove_members(self.current_code, kind, ids,
                                              self.tr("Remove {count} member(s) from {code}").format(
                                                  count=len(ids), code=self.current_code))
        self.report(self.tr("{count} member(s) removed from {code}.").format(count=removed, code=self.current_code))
        return removed

    def highlight(self, kind: str) -> int:
        """Select the current agreement's members in the panel's layer and flash them on the map."""
        panel = self._panel(kind)
        layer = panel.layer()
        if self.current_code is None or layer is None:
            self.report(self.tr("Choose an agreement and the layer first."), Qgis.MessageLevel.Warning)
            return 0
        members = self.session.members(self.current_code, kind)
        id_field = "unit_id" if kind == UNITS else "supply_id"
        fids = panel.feature_ids(members[id_field])
        layer.selectByIds(fids)
        if fids and self.iface is not None:
            canvas = self.iface.mapCanvas()
            canvas.zoomToSelected(layer)
            canvas.flashFeatureIds(layer, fids)
        self.report(self.tr("{count} member(s) of {code} selected in '{layer}'.").format(
            count=len(fids), code=self.current_code, layer=layer.name()))
        return len(fids)

    # ----------------------------------------------------------------- refresh

    def _session_changed(self, code) -> None:
        codes = self.session.codes()
        if code is None or code not in codes:
            code = self.current_code if self.current_code in codes else (codes[0] if codes else None)
        self._fill_list()
        self.select_agreement(code)
        self._update_enabled()

    def _fill_list(self) -> None:
        tables = self.session.tables
        units = tables.units["code"].value_counts()
        establishments = tables.establishments["code"].value_counts()
        statuses = status_labels()
        self.table.setSortingEnabled(False)
        self.list_model.removeRows(0, self.list_model.rowCount())
        for row in tables.agreements.itertuples(index=False):
            code = "" if row.code is None or pd.isna(row.code) else str(row.code)
            items = [QStandardItem(code), QStandardItem(str(row.name_fr)), QStandardItem(str(row.name_nl)),
                     QStandardItem(statuses.get(row.status, str(row.status)))]
            for counts in (units, establishments):
                item = QStandardItem()
                item.setData(int(counts.get(row.code, 0)), Qt.ItemDataRole.DisplayRole)
                items.append(item)
            items[0].setData(row.code, CODE_ROLE)
            self.list_model.appendRow(items)
        self.table.setSortingEnabled(True)

    def select_agreement(self, code: Optional[str]) -> None:
        """Show agreement ``code`` in the list and the form."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(CODE_ROLE) == code:
                self.table.selectionModel().blockSignals(True)
                self.table.setCurrentIndex(index)
                self.table.selectionModel().blockSignals(False)
                break
        self._show(code)

    def _row_changed(self, current, _previous) -> None:
        self._show(current.sibling(current.row(), 0).data(CODE_ROLE) if current.isValid() else None)

    def _show(self, code: Optional[str]) -> None:
        self.current_code = code
        self.form.load(self.session.agreement(code) if code is not None else None)
        for panel in (self.units_panel, self.establishments_panel):
            panel.show_members(self.session.members(code, panel.kind) if code is not None
                               else self.session.tables.units.iloc[0:0])
            panel.setEnabled(code is not None)
        self.validate()

    def _update_enabled(self) -> None:
        has_store = self.store is not None
        for widget in (self.add_agreement_button, self.remove_agreement_button, self.save_button,
                       self.revert_button, self.perimeters_button, self.filter_edit, self.table):
            widget.setEnabled(has_store)

    # ----------------------------------------------------------------- validation

    def _tables(self):
        """The session's tables with empty codes as missing, so the core reports them."""
        tables = self.session.tables
        codes = tables.agreements["code"]
        return tables._replace(agreements=tables.agreements.assign(code=codes.where(codes != "", None)))

    def field_problems(self, code: Optional[str], known_units=None, known_supply=None) -> Dict[str, str]:
        """Problems of agreement ``code``, by field of the form ("unit_id" and "supply_id": the member tabs)."""
        if code is None:
            return {}
        tables = self.session.tables
        agreements = tables.agreements
        own = agreements[agreements["code"] == code]
        problems: Dict[str, str] = {}
        if code == "":  # the core reports missing codes, not empty strings
            unique = model.check_unique_codes(own.assign(code=None))
        else:
            unique = model.check_unique_codes(agreements)
        if unique is not None and (code == "" or code in unique.offending_ids):
            problems["code"] = human_message(unique)
        dates = model.check_dates(own)
        if dates is not None:
            problems[dates.values["field"]] = human_message(dates)
        units = tables.units[tables.units["code"] == code]
        problems["unit_id"] = _messages(
            model.check_duplicate_members(units),
            model.check_countries(units),
            model.check_member_dates(units),
            model.check_both_sides(own, units),
            model.check_known_ids(units, known_units) if known_units is not None else None,
        )
        establishments = tables.establishments[tables.establishments["code"] == code]
        problems["supply_id"] = _messages(
            model.check_duplicate_members(establishments),
            model.check_countries(establishments),
            model.check_member_dates(establishments),
            model.check_known_ids(establishments, known_supply) if known_supply is not None else None,
        )
        return {field: text for field, text in problems.items() if text}

    def validate(self):
        """Show the problems of the current agreement by its fields, and a summary of all; returns all."""
        known_units = self.units_panel.known_ids()
        known_supply = self.establishments_panel.known_ids()
        by_field = self.field_problems(self.current_code, known_units, known_supply)
        self.form.show_problems(by_field)
        show_error(self.units_panel.error, by_field.get("unit_id", ""))
        show_error(self.establishments_panel.error, by_field.get("supply_id", ""))
        problems = model.agreement_problems(self._tables(), known_units, known_supply)
        show_error(self.problems_label, _messages(*problems))
        return problems

    # ----------------------------------------------------------------- results

    def build_perimeters(self):
        """Run zoast:agreementperimeters on the store's tables and the units layer; load the results.

        With no units layer chosen in the "Member units" tab, the loaded layer of units is used.
        """
        layer = self.units_panel.auto_layer(list(QgsProject.instance().mapLayers().values()))
        if self.store is None or layer is None or not self.units_panel.id_field():
            self.report(self.tr("Open a store and choose the units layer and its id field first."),
                        Qgis.MessageLevel.Warning)
            return None
        if self.session.is_modified():
            self.report(self.tr("Save the agreements before building the perimeters."), Qgis.MessageLevel.Warning)
            return None
        import processing

        parameters = {
            "AGREEMENTS": self.store.uri("agreements"),
            "AGREEMENT_MEMBERS": self.store.uri("units"),
            "UNITS": layer,
            "UNIT_ID_FIELD": self.units_panel.id_field(),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SIDES": "TEMPORARY_OUTPUT",
        }
        if len(self.session.tables.establishments):
            parameters["AGREEMENT_ESTABLISHMENTS"] = self.store.uri("establishments")
        if self.units_panel.country_combo.currentField():
            parameters["UNIT_COUNTRY_FIELD"] = self.units_panel.country_combo.currentField()
        if "population" not in layer.fields().names():
            parameters["POPULATION_FIELD"] = ""
        try:
            results = processing.runAndLoadResults(PERIMETERS_ALGORITHM, parameters)
        except QgsProcessingException as error:
            self.report(str(error), Qgis.MessageLevel.Critical)
            return None
        self.report(self.tr("{count} agreement perimeter(s) built.").format(count=results.get("AGREEMENT_COUNT", 0)))
        return results

    def style_results(self) -> int:
        count = style_project_layers(QgsProject.instance())
        self.status.setText(self.tr("{count} result layer(s) styled.").format(count=count))
        return count
