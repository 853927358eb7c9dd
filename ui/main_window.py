"""The main window: side navigation between screens, menus and toolbar, undo/redo, the
operator and background work in the status bar, remembered state. The menus are in
`ui.main_menus`, opening and reading the database in `ui.main_database` (mixins)."""

from __future__ import annotations

import datetime as dt
import platform
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, Signal, qVersion
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

import planner
from ui import settings as keys
from ui.context import AppContext, Loaded
from ui.dialogs.errors import show_error
from ui.dialogs.operator import OperatorDialog
from ui.dialogs.preferences import PreferencesDialog
from ui.main_database import DatabaseMixin
from ui.main_menus import MenusMixin
from ui.screens import SCREENS
from ui.workers import Operation, ProgressPanel, cancel_all, short_gc_pauses


class MainWindow(DatabaseMixin, MenusMixin):
    """`on` fixes the day ages, minors and deadlines are judged on (default: today).
    (DatabaseMixin comes first: its methods replace MenusMixin's placeholders.)"""

    #: a (re)load reached the screens
    loadedChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, on: dt.date | None = None) -> None:
        super().__init__(parent)
        short_gc_pauses()
        self.context = AppContext(on, self)
        self.edits = self.context.edits
        self.location = ""
        self.screens: dict[str, QWidget] = {}
        self.reload_op: Operation[Loaded] | None = None
        self._reload_again = False

        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setStyleSheet("QListWidget { background: palette(window); }"
                               "QListWidget::item { padding-left: 10px; }")
        self.stack = QStackedWidget(self)
        titles = []
        for spec in SCREENS:
            title = QCoreApplication.translate("Screens", spec.title)
            titles.append(title)
            factory = spec.factory()
            if factory is None:
                continue
            screen = factory(self.context, self.stack)
            screen.setObjectName(f"screen_{spec.key}")
            self.screens[spec.key] = screen
            self.stack.addWidget(screen)
            item = QListWidgetItem(title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 14))
        self.nav.setFixedWidth(max(self.fontMetrics().horizontalAdvance(t) for t in titles) + 48)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        overview = self.screens.get("overview")
        if overview is not None and hasattr(overview, "todayChanged"):
            overview.todayChanged.connect(lambda _d: self.reload())

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(self)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.operator_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.progress = ProgressPanel(self)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().addPermanentWidget(self.counts_label)

        self.edits.changed.connect(self.reload)
        self.edits.failed.connect(lambda e: show_error(self, e))
        self._build_menus()
        self._restore_window()
        self._show_database()
        self._show_operator()

    # -- screens ----------------------------------------------------------------------------

    def show_screen(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def focus_filter(self) -> None:
        fn = getattr(self.current_screen(), "focus_filter", None)
        if fn is not None:
            fn()

    # -- operator ---------------------------------------------------------------------------

    def ask_operator(self) -> OperatorDialog:
        dialog = OperatorDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._show_operator)
        dialog.open()
        return dialog

    def _show_operator(self) -> None:
        actor = self.context.actor
        self.edits.actor = actor
        self.operator_label.setText(self.tr("Operator: %1").replace("%1", actor) if actor
                                    else self.tr("Operator: not set"))

    def preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_persons(self) -> Any:
        if self.context.engine is None:
            return None
        from ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.context, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self.reload)
        wizard.open()
        return wizard

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About repatplan"),
            f"<h3>repatplan {planner.__version__}</h3>"
            + self.tr("<p>Planning of cross-border repatriation logistics.</p>")
            + f"<p>Qt {qVersion()} · Python {platform.python_version()}</p>",
        )

    # -- window state -----------------------------------------------------------------------

    def _restore_window(self) -> None:
        s = QSettings()
        geometry = s.value(keys.WINDOW_GEOMETRY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1280, 800)
        state = s.value(keys.WINDOW_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        key = s.value(keys.WINDOW_SCREEN, "people")
        self.show_screen(key if isinstance(key, str) and key in self.screens else "people")
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def save_window(self) -> None:
        s = QSettings()
        s.setValue(keys.WINDOW_GEOMETRY, self.saveGeometry())
        s.setValue(keys.WINDOW_STATE, self.saveState())
        item = self.nav.currentItem()
        if item is not None:
            s.setValue(keys.WINDOW_SCREEN, item.data(Qt.ItemDataRole.UserRole))
        for screen in self.screens.values():
            fn = getattr(screen, "save_layout", None)
            if fn is not None:
                fn()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window()
        cancel_all()  # an import stops within a second and writes nothing
        self.context.pools.wait()
        if self.context.engine is not None:
            self.context.engine.dispose()
        super().closeEvent(event)
