"""The main window: side navigation between screens, menus and toolbar, undo/redo, the
operator and background work in the status bar, remembered state."""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, Signal, qVersion
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QWidget,
)
from sqlalchemy.engine import Engine

import planner
from planner.db.crypto import WrongPassphrase, file_state, keychain_set, unlock_from_environment
from planner.db.engine import open_database, resolve_url, sqlite_path
from planner.queries import load_snapshot, people_search_keys
from planner.services.edits import load_versions
from ui import settings as keys
from ui.context import AppContext, Loaded
from ui.dialogs.errors import show_error
from ui.dialogs.operator import OperatorDialog
from ui.dialogs.passphrase import PassphraseDialog
from ui.dialogs.preferences import PreferencesDialog
from ui.main_menus import MenusMixin
from ui.screens import SCREENS
from ui.widgets.table_screen import count_text
from ui.workers import (
    Operation,
    ProgressPanel,
    TaskState,
    cancel_all,
    freeze_loaded_data,
    short_gc_pauses,
)

log = logging.getLogger(__name__)

DB_FILTER = "repatplan databases (*.sqlite *.sqlite3 *.db);;All files (*)"


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


def read_all(engine: Engine, on: dt.date, extra: dict[str, Any]) -> Loaded:
    """Everything the screens show, read in one go (on the reader thread)."""
    snapshot = load_snapshot(engine, on)
    return Loaded(snapshot, load_versions(engine, "person"), load_versions(engine, "batch"),
                  {key: fn(engine, on) for key, fn in extra.items()},
                  people_search_keys(snapshot.people))


class MainWindow(MenusMixin):
    """`on` fixes the day ages, minors and deadlines are judged on (default: today)."""

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

    # -- menus ------------------------------------------------------------------------------

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

    # -- database ---------------------------------------------------------------------------

    @property
    def engine(self) -> Engine | None:
        return self.context.engine

    @property
    def snapshot(self) -> Any:
        return self.context.data.snapshot if self.context.data else None

    @property
    def on(self) -> dt.date | None:
        return self.context.on

    def _extra_loaders(self) -> dict[str, Any]:
        return {key: fn for key, screen in self.screens.items()
                if (fn := getattr(screen, "load_extra", None)) is not None}

    def open_database(self, db: str | os.PathLike[str] | None) -> bool:
        """Open (creating and upgrading as needed) and show a database; False after telling
        the user why it could not be opened. The previous database stays open on failure."""
        url = resolve_url(db)
        location = describe_location(url)
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", location))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        started = time.perf_counter()
        try:
            engine = self._open_unlocked(url, location)
            if engine is None:  # the user cancelled the passphrase dialog
                QApplication.restoreOverrideCursor()
                self.statusBar().clearMessage()
                return False
            try:
                loaded = read_all(engine, self.context.today, self._extra_loaders())
            except Exception:
                engine.dispose()
                raise
        except Exception as e:  # the user needs the reason; the log gets no personal data
            log.exception("could not open database %s", location)
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            QMessageBox.critical(self, self.tr("Could not open database"),
                                 self.tr("The database\n%1\ncould not be opened:\n\n%2")
                                 .replace("%1", location).replace("%2", str(e)))
            return False
        self._adopt(engine, location)
        self.set_loaded(loaded)
        log.info("opened %s: %d people, %d batches in %.2f s", location,
                 len(loaded.snapshot.people), len(loaded.snapshot.batches),
                 time.perf_counter() - started)
        QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()
        QSettings().setValue(keys.LAST_DB, remembered_form(url))
        focus = getattr(self.current_screen(), "focus_widget", None)
        if focus is not None:
            focus().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _open_unlocked(self, url: str, location: str) -> Engine | None:
        """open_database with the key from the environment or keychain, else from the
        passphrase dialog (three tries for an existing file); None if the user cancels."""
        path = sqlite_path(url)
        kwargs = unlock_from_environment(path)
        if path is None or "key" in kwargs or kwargs.get("allow_plain"):
            return open_database(url, **kwargs)
        new = file_state(path) == "new"
        error = ""
        for _ in range(3):
            QApplication.restoreOverrideCursor()
            dialog = PassphraseDialog(location, new=new, error=error, parent=self)
            accepted = dialog.exec() == PassphraseDialog.DialogCode.Accepted
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            if not accepted:
                return None
            answer = dialog.answer()
            try:
                engine = open_database(url, key=answer.passphrase)
            except WrongPassphrase as e:
                error = str(e)
                continue
            if answer.remember:
                keychain_set(path, answer.passphrase)
            return engine
        raise WrongPassphrase(self.tr("Three wrong passphrases; the database stays closed."))

    def set_engine(self, engine: Engine, location: str) -> None:
        """Show an already opened database."""
        self._adopt(engine, location)
        self.reload()

    def _adopt(self, engine: Engine, location: str) -> None:
        if self.context.engine is not None and self.context.engine is not engine:
            self.context.pools.wait()
            self.context.engine.dispose()
        self.context.engine, self.location = engine, location
        self.edits.set_engine(engine)

    def reload(self) -> Operation[Loaded] | None:
        """Read the tables again on the reader thread; the screens change when it is done
        (a reload asked for while one runs starts again after it)."""
        engine = self.context.engine
        if engine is None:
            return None
        if self.reload_op is not None and not self.reload_op.done:
            self._reload_again = True
            return self.reload_op
        on, extra = self.context.today, self._extra_loaders()
        started = time.perf_counter()

        def job(_state: TaskState) -> Loaded:
            return read_all(engine, on, extra)

        def done(loaded: Loaded) -> None:
            self.set_loaded(loaded)
            log.info("loaded %d people, %d batches in %.2f s", len(loaded.snapshot.people),
                     len(loaded.snapshot.batches), time.perf_counter() - started)

        op: Operation[Loaded] = Operation(job, self, self.tr("Reading the database…"))
        op.on_success(done).on_failure(lambda e: show_error(self, e, self.tr(
            "Could not read database")))
        op.finished.connect(self._reload_finished)
        self.reload_op = op
        return op.run(self.context.pools.reader)

    def _reload_finished(self) -> None:
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def set_loaded(self, loaded: Loaded) -> None:
        self.context.data = loaded
        for screen in self.screens.values():
            fn = getattr(screen, "set_loaded", None)
            if fn is not None:
                fn(loaded)
        self._show_database()
        freeze_loaded_data()
        self.context.loaded.emit(loaded)
        self.loadedChanged.emit()

    def _show_database(self) -> None:
        if self.context.engine is None:
            self.setWindowTitle("repatplan")
            self.db_label.setText(self.tr("No database open"))
            self.counts_label.setText("")
            return
        name = Path(self.location).name if "://" not in self.location else self.location
        self.setWindowTitle(f"{name} — repatplan")
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.location))
        self.db_label.setToolTip(self.location)
        snap = self.snapshot
        if snap is not None:
            self.counts_label.setText(
                count_text(len(snap.people), self.tr("person"), self.tr("people")) + " · "
                + count_text(len(snap.batches), self.tr("batch"), self.tr("batches")))

    def choose_database(self) -> None:
        start = str(Path(self.location).parent) if self.location and "://" not in self.location \
            else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), start, DB_FILTER)
        if path:
            self.open_database(path)

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
