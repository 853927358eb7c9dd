"""The main window: side navigation between screens, menus, status bar, remembered state."""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)
from sqlalchemy.engine import Engine

import planner
from planner.db.engine import open_database, resolve_url, sqlite_path
from planner.queries import Snapshot, load_snapshot
from ui import settings as keys
from ui.widgets.batches import BatchesScreen
from ui.widgets.people import PeopleScreen
from ui.widgets.table_screen import TableScreen, count_text

log = logging.getLogger(__name__)

DB_FILTER = "repatplan databases (*.sqlite *.sqlite3 *.db);;All files (*)"


@dataclass(frozen=True)
class ScreenSpec:
    """A place in the navigation. Screens without a factory are not built yet and are not
    shown; later issues fill them in without changing the navigation's order."""

    key: str
    title: str
    factory: Callable[[QWidget], TableScreen] | None = None


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("overview", "Overview"),
    ScreenSpec("people", "People", PeopleScreen),
    ScreenSpec("batches", "Batches", BatchesScreen),
    ScreenSpec("network", "Network"),
    ScreenSpec("plan", "Plan"),
    ScreenSpec("manifests", "Manifests"),
    ScreenSpec("exports", "Exports"),
    ScreenSpec("audit", "Audit"),
)


def describe_location(url: str) -> str:
    """The file path for SQLite, else the URL without its password (never shown or logged)."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def remembered_form(url: str) -> str:
    """What to store as the last database: a plain path, or the URL with no password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=None).render_as_string(hide_password=False)


class MainWindow(QMainWindow):
    """`on` fixes the day ages, minors and deadlines are judged on (default: today)."""

    def __init__(self, parent: QWidget | None = None, *, on: dt.date | None = None) -> None:
        super().__init__(parent)
        self.on = on
        self.engine: Engine | None = None
        self.location = ""
        self.snapshot: Snapshot | None = None
        self.screens: dict[str, TableScreen] = {}

        self.nav = QListWidget(self)
        self.nav.setAccessibleName("Screens")
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setStyleSheet("QListWidget { background: palette(window); }"
                               "QListWidget::item { padding-left: 10px; }")
        self.stack = QStackedWidget(self)
        for spec in SCREENS:
            if spec.factory is None:
                continue
            screen = spec.factory(self.stack)
            self.screens[spec.key] = screen
            self.stack.addWidget(screen)
            item = QListWidgetItem(spec.title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 14))
        titles = [s.title for s in SCREENS]  # room for the screens later issues add
        self.nav.setFixedWidth(max(self.fontMetrics().horizontalAdvance(t) for t in titles) + 48)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(self)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = QLabel(self)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

        self._build_menus()
        self._restore_window()
        self._show_database()

    # -- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.open_action = QAction("&Open database…", self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_database)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu("&View")
        group = QActionGroup(self)
        self.screen_actions: dict[str, QAction] = {}
        for n, key in enumerate(self.screens, start=1):
            title = self.nav.item(n - 1).text()
            action = QAction(f"&{title}", self, checkable=True)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _=False, k=key: self.show_screen(k))
            group.addAction(action)
            view_menu.addAction(action)
            self.screen_actions[key] = action
        self.nav.currentRowChanged.connect(self._sync_screen_action)
        view_menu.addSeparator()
        self.find_action = QAction("&Find…", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_filter)
        view_menu.addAction(self.find_action)
        self.reload_action = QAction("&Reload", self)
        self.reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.reload)
        view_menu.addAction(self.reload_action)

        help_menu = bar.addMenu("&Help")
        about = QAction("&About repatplan", self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _sync_screen_action(self, row: int) -> None:
        if 0 <= row < self.nav.count():
            self.screen_actions[self.nav.item(row).data(Qt.ItemDataRole.UserRole)].setChecked(True)

    # -- screens ----------------------------------------------------------------------------

    def show_screen(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def current_screen(self) -> TableScreen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, TableScreen)
        return widget

    def focus_filter(self) -> None:
        self.current_screen().focus_filter()

    # -- database ---------------------------------------------------------------------------

    def open_database(self, db: str | os.PathLike[str] | None) -> bool:
        """Open (creating and upgrading as needed) and show a database; False after telling
        the user why it could not be opened. The previous database stays open on failure."""
        url = resolve_url(db)
        location = describe_location(url)
        self.statusBar().showMessage(f"Opening {location}…")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        started = time.perf_counter()
        try:
            engine = open_database(url)
            try:
                snapshot = load_snapshot(engine, self.on)
            except Exception:
                engine.dispose()
                raise
        except Exception as e:  # the user needs the reason; the log gets no personal data
            log.exception("could not open database %s", location)
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            QMessageBox.critical(self, "Could not open database",
                                 f"The database\n{location}\ncould not be opened:\n\n{e}")
            return False
        self._adopt(engine, location)
        self.set_snapshot(snapshot)
        log.info("opened %s: %d people, %d batches in %.2f s", location, len(snapshot.people),
                 len(snapshot.batches), time.perf_counter() - started)
        QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()
        QSettings().setValue(keys.LAST_DB, remembered_form(url))
        self.current_screen().view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_engine(self, engine: Engine, location: str) -> None:
        """Show an already opened database."""
        self._adopt(engine, location)
        self.reload()

    def _adopt(self, engine: Engine, location: str) -> None:
        if self.engine is not None and self.engine is not engine:
            self.engine.dispose()
        self.engine, self.location = engine, location

    def reload(self) -> None:
        """Read the tables again (one call a background worker can take over later)."""
        if self.engine is None:
            return
        started = time.perf_counter()
        try:
            snapshot = load_snapshot(self.engine, self.on)
        except Exception as e:  # e.g. the file went away or stayed locked
            log.exception("could not read database %s", self.location)
            QMessageBox.warning(self, "Could not read database",
                                f"The database\n{self.location}\ncould not be read:\n\n{e}")
            return
        self.set_snapshot(snapshot)
        log.info("loaded %d people, %d batches in %.2f s", len(snapshot.people),
                 len(snapshot.batches), time.perf_counter() - started)

    def set_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        for screen in self.screens.values():
            screen.set_snapshot(snapshot)
        self._show_database()

    def _show_database(self) -> None:
        if self.engine is None:
            self.setWindowTitle("repatplan")
            self.db_label.setText("No database open")
            self.counts_label.setText("")
            return
        name = Path(self.location).name if "://" not in self.location else self.location
        self.setWindowTitle(f"{name} — repatplan")
        self.db_label.setText(f"Database: {self.location}")
        self.db_label.setToolTip(self.location)
        if self.snapshot is not None:
            self.counts_label.setText(
                count_text(len(self.snapshot.people), "person", "people") + " · "
                + count_text(len(self.snapshot.batches), "batch", "batches"))

    def choose_database(self) -> None:
        start = str(Path(self.location).parent) if self.location and "://" not in self.location \
            else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open database", start, DB_FILTER)
        if path:
            self.open_database(path)

    def about(self) -> None:
        QMessageBox.about(
            self, "About repatplan",
            f"<h3>repatplan {planner.__version__}</h3>"
            "<p>Planning of cross-border repatriation logistics.</p>"
            f"<p>Qt {qVersion()} · Python {platform.python_version()}</p>",
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
            screen.save_layout()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window()
        if self.engine is not None:
            self.engine.dispose()
        super().closeEvent(event)
