"""The database of the main window (a mixin of MainWindow): opening a file or URL (asking for the
passphrase of an encrypted file), reading every table on the reader thread and handing the data
to the screens, and the database and its counts in the title and the status bar."""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox
from sqlalchemy.engine import Engine

from planner.db.crypto import WrongPassphrase, file_state, keychain_set, unlock_from_environment
from planner.db.engine import open_database, resolve_url, sqlite_path
from planner.queries import load_snapshot, people_search_keys
from planner.services.edits import load_versions
from ui import settings as keys
from ui.context import AppContext, Loaded
from ui.dialogs.errors import show_error
from ui.dialogs.passphrase import PassphraseDialog
from ui.widgets.table_screen import count_text
from ui.workers import Operation, TaskState, freeze_loaded_data

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget

    from ui.undo import EditController

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


class DatabaseMixin(QMainWindow):
    """Open, unlock, read and show the database."""

    context: AppContext
    edits: EditController
    location: str
    screens: dict[str, QWidget]
    reload_op: Operation[Loaded] | None
    _reload_again: bool
    db_label: QLabel
    counts_label: QLabel
    loadedChanged: ClassVar[Signal]

    # implemented by MainWindow
    def current_screen(self) -> QWidget | None:
        raise NotImplementedError

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
