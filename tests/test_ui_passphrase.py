"""Opening an encrypted database from the app: the passphrase dialog (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.db.engine import open_database
from tests.qt_helpers import private_qsettings
from ui import settings as keys
from ui.app import configure_application
from ui.dialogs.passphrase import PassphraseDialog
from ui.main_window import MainWindow

SECRET = "correct horse battery"


@pytest.fixture(autouse=True)
def encrypted_mode(tmp_path: Path, qapp: QApplication,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("REPATPLAN_NO_ENCRYPTION", raising=False)
    monkeypatch.delenv("REPATPLAN_KEY", raising=False)
    configure_application(qapp)
    with private_qsettings(tmp_path / "settings"):
        keys.save_operator("Test Operator", "T1", "Test Agency")
        yield


def answer_dialog(texts: list[str], log: list[str]) -> None:
    """Fill the next passphrase dialog that opens with texts.pop(0) (or cancel when empty)."""
    def fill() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, PassphraseDialog):
            QTimer.singleShot(20, fill)
            return
        log.append(dlg.error.text())
        if not texts:
            dlg.reject()
            return
        text = texts.pop(0)
        dlg.first.setText(text)
        dlg.second.setText(text)
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if texts:  # another dialog is expected (after a wrong passphrase)
            QTimer.singleShot(20, fill)
    QTimer.singleShot(20, fill)


def test_wrong_then_right_passphrase_opens_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "field.sqlite"
    open_database(path, key=SECRET).dispose()
    w = MainWindow()
    qtbot.addWidget(w)
    seen: list[str] = []
    answer_dialog(["wrong passphrase", SECRET], seen)
    assert w.open_database(path)
    assert seen[0] == ""
    assert "passphrase" in seen[1].lower()  # the second dialog says why it asks again


def test_cancel_leaves_the_database_closed(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "field.sqlite"
    open_database(path, key=SECRET).dispose()
    w = MainWindow()
    qtbot.addWidget(w)
    answer_dialog([], [])
    assert not w.open_database(path)


def test_new_database_needs_a_long_matching_passphrase(qtbot: QtBot) -> None:
    dlg = PassphraseDialog("new.sqlite", new=True)
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dlg.first.setText("short")
    dlg.second.setText("short")
    assert not ok.isEnabled()
    dlg.first.setText("long enough phrase")
    assert not ok.isEnabled()  # the two differ
    dlg.second.setText("long enough phrase")
    assert ok.isEnabled()


def test_new_file_is_created_encrypted(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    w = MainWindow()
    qtbot.addWidget(w)
    answer_dialog([SECRET], [])
    assert w.open_database(path)
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
