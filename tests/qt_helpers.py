"""Helpers for the Qt tests: private QSettings and a guard against QThreads left running
(napari's `_dangling_qthreads` pattern; tests/conftest.py applies it to every Qt test)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QThread, QThreadPool

from ui.settings import use_private_settings
from ui.workers import wait_for_pools

THREAD_GRACE_MS = 200


@contextmanager
def private_qsettings(directory: str | os.PathLike[str]) -> Iterator[None]:
    """Every QSettings() inside goes to INI files under `directory`; the user's real settings
    are never read or written."""
    previous = QSettings.defaultFormat()
    use_private_settings(directory)
    try:
        yield
    finally:
        QSettings.setDefaultFormat(previous)
        QStandardPaths.setTestModeEnabled(False)


@contextmanager
def no_dangling_qthreads() -> Iterator[list[QThread]]:
    """Record every QThread started inside; fail if one is still running at the end (after a
    short grace period), or if the global thread pool still has work."""
    started: list[QThread] = []
    original = QThread.start

    def start(self: QThread, *args: Any, **kwargs: Any) -> None:
        started.append(self)
        original(self, *args, **kwargs)

    QThread.start = start  # type: ignore[method-assign]
    try:
        yield started
    finally:
        QThread.start = original  # type: ignore[method-assign]
    running = [t for t in started if _still_running(t)]
    if running:
        pytest.fail(f"{len(running)} QThread(s) still running after the test: "
                    + ", ".join(repr(t) for t in running))
    if not QThreadPool.globalInstance().waitForDone(THREAD_GRACE_MS):
        pytest.fail("the global QThreadPool still has running tasks after the test")
    if not wait_for_pools(THREAD_GRACE_MS):
        pytest.fail("a worker pool of ui.workers still has running work after the test")


def _still_running(thread: QThread) -> bool:
    try:
        return not thread.wait(THREAD_GRACE_MS)
    except RuntimeError:  # the C++ object is gone, so is the thread
        return False


def find_error_dialog(parent: Any) -> Any:
    """The error box `ui.dialogs.errors.show_error` left open under `parent`, or None."""
    from PySide6.QtWidgets import QMessageBox

    boxes = [b for b in parent.findChildren(QMessageBox, "errorDialog") if b.isVisible()]
    return boxes[-1] if boxes else None


@pytest.fixture(autouse=True)
def ui_settings(tmp_path: Path, qapp: Any) -> Iterator[Path]:
    """Autouse in every screen test module that imports it: the app configured as at start,
    settings in a private folder (never the user's), and an operator already known."""
    from ui import settings as keys
    from ui.app import configure_application

    configure_application(qapp)
    folder = tmp_path / "settings"
    with private_qsettings(folder):
        keys.save_operator("Test Operator", "T1", "Test Agency")
        yield folder


def shown_window(qtbot: Any, db_path: Path, on: Any, screen: str | None = None) -> Any:
    """The main window as a user meets it: shown, on the database at `db_path`, `today` = `on`,
    showing `screen` if given."""
    from ui.main_window import MainWindow

    w = MainWindow(on=on)
    qtbot.addWidget(w)
    w.show()
    assert w.open_database(db_path)
    if screen is not None:
        w.show_screen(screen)
    return w
