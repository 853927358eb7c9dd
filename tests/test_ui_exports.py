"""The Exports screen through the UI (pytest-qt, offscreen): an encrypted export written in the
background and read back, the list of exports, profile edits with undo/redo, medical data forcing
encryption, Cancel leaving nothing, errors as a dialog."""

from __future__ import annotations

import datetime as dt
import gc
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from planner.exports.profiles import get_profile
from planner.exports.protect import open_7z
from planner.exports.service import list_exports
from tests.manifest_factories import D0, build_planned
from tests.qt_helpers import (
    find_error_dialog,
    shown_window,
    ui_settings,  # noqa: F401  (autouse fixture)
)
from ui.main_window import MainWindow
from ui.screens.exports import ExportsScreen
from ui.workers import Operation, TaskState

PASSWORD = "a good long password"
TIMEOUT = 20_000


@pytest.fixture
def window(qtbot: QtBot, engine: Engine, db_path: Path) -> Iterator[MainWindow]:
    build_planned(engine)
    w = shown_window(qtbot, db_path, D0, "exports")
    screen = exports(w)
    qtbot.waitUntil(lambda: screen.form.flight_combo.count() > 1, timeout=TIMEOUT)
    yield w
    w.context.pools.wait()


def exports(window: MainWindow) -> ExportsScreen:
    screen = window.screens["exports"]
    assert isinstance(screen, ExportsScreen)
    return screen


def set_password(screen: ExportsScreen, first: str, second: str | None = None) -> None:
    screen.form.encrypt_check.setChecked(True)
    screen.form.password.setText(first)
    screen.form.again.setText(first if second is None else second)


def run_export(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    screen = exports(window)
    with qtbot.waitSignal(window.loadedChanged, timeout=TIMEOUT):
        op = screen.export_to(path)
        assert op is not None
    assert op.error is None, op.error


def test_defaults_and_what_the_recipient_gets(window: MainWindow) -> None:
    screen = exports(window)
    form = screen.form
    assert "published" in form.plan_combo.currentText()
    assert [form.partner_combo.itemData(i) for i in range(form.partner_combo.count())] == [
        "airline", "foreign-police", "receiving-bureau", "schedule-only", "internal"]
    form.choose(partner="airline", fmt="xlsx")
    assert "Travel document" in form.gets_label.text() and "Case" not in \
        form.gets_label.text()
    assert [form.day_combo.itemText(i) for i in range(form.day_combo.count())][:2] == [
        "every day", "2025-03-03"]
    assert form.flight_combo.findData("CZ600") > 0
    assert form.save_button.isEnabled()
    form.choose(partner="internal")
    assert not form.save_button.isEnabled() and "JSON only" in form.problem_label.text()
    form.choose(fmt="json")
    assert form.save_button.isEnabled() and not form.day_combo.isEnabled()
    form.choose(partner="schedule-only", fmt="paxlst")
    assert "needs names" in form.problem_label.text()
    assert screen.profiles.columnCount() == 4 and screen.history.rowCount() == 0


def test_encrypted_xlsx_written_listed_and_readable(qtbot: QtBot, window: MainWindow,
                                                   engine: Engine, out_dir: Path) -> None:
    screen = exports(window)
    screen.form.choose(partner="airline", fmt="xlsx", flight="CZ600")
    set_password(screen, "too short")
    assert not screen.form.save_button.isEnabled()
    assert "at least 10" in screen.form.problem_label.text()
    set_password(screen, PASSWORD, PASSWORD + "!")
    assert "differ" in screen.form.problem_label.text()
    set_password(screen, PASSWORD)
    assert screen.form.save_button.isEnabled()
    pid = screen.form.plan_id()
    assert screen.suggested_name(screen.form.request()) == f"airline-plan{pid}-CZ600.xlsx"
    screen.form.choose(fmt="csv")
    assert screen.suggested_name(screen.form.request()) == f"airline-plan{pid}-CZ600.csv.7z"
    screen.form.choose(fmt="xlsx")
    out = out_dir / "cz600.xlsx"
    run_export(qtbot, window, out)
    assert screen.form.password.text() == ""  # not kept after use
    office = msoffcrypto.OfficeFile(io.BytesIO(out.read_bytes()))
    office.load_key(password=PASSWORD, verify_password=True)
    plain = io.BytesIO()
    office.decrypt(plain)
    wb = openpyxl.load_workbook(plain)
    rows = [[c.value for c in r] for r in wb.worksheets[0].iter_rows(min_row=2)]
    assert len(rows) == 12 and {r[4] for r in rows} == {"CZ600"}
    assert "Written" in screen.result_label.text() and "encrypted" in \
        screen.result_label.text()
    assert screen.history.rowCount() == 1
    cells = [screen.history.index(0, c).data() for c in range(screen.history.columnCount())]
    assert cells[2:6] == ["airline", "XLSX", "1", "cz600.xlsx"]
    assert cells[8].startswith("yes") and cells[6] == "12"
    assert list_exports(engine)[0].encrypted == "xlsx-agile-aes256"


def test_profile_edit_undo_redo_and_medical_forces_encryption(
        qtbot: QtBot, window: MainWindow, engine: Engine, out_dir: Path) -> None:
    screen = exports(window)
    col = [p.name for p in screen.profiles.profiles].index("receiving-bureau")
    screen.form.choose(day=dt.date(2025, 3, 4))
    with qtbot.waitSignal(window.loadedChanged, timeout=TIMEOUT):
        screen.profiles.toggle(col, "medical")
    assert "medical" in get_profile(engine, "receiving-bureau").fields
    assert screen.form.day_combo.currentText() == "2025-03-04"  # a reload keeps the choice
    qtbot.waitUntil(lambda: screen.choices_op is not None and screen.choices_op.done,
                    timeout=TIMEOUT)
    assert screen.form.day_combo.currentText() == "2025-03-04"
    assert window.undo_action.text().endswith("receiving-bureau gets Medical flag and note")
    screen.form.choose(partner="receiving-bureau", fmt="csv")
    assert screen.form.encrypt_check.isChecked() and not screen.form.encrypt_check.isEnabled()
    assert not screen.form.save_button.isEnabled()  # no password yet
    set_password(screen, PASSWORD)
    run_export(qtbot, window, out_dir / "bureau.csv.7z")
    assert [p.name for p in out_dir.iterdir()] == ["bureau.csv.7z"]
    text = open_7z(out_dir / "bureau.csv.7z", PASSWORD)["bureau.csv"].decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].endswith("medical,medical_note") and len(lines) > 1
    assert all(line.startswith("2025-03-04,") for line in lines[1:])  # the day chosen
    screen.form.choose(fmt="ics")  # a calendar carries no personal data
    assert screen.form.encrypt_check.isEnabled()
    with qtbot.waitSignal(window.loadedChanged, timeout=TIMEOUT):
        window.undo_action.trigger()
    assert "medical" not in get_profile(engine, "receiving-bureau").fields
    assert screen.profiles.data(screen.profiles.index(9, col)) is None  # a checkbox cell
    with qtbot.waitSignal(window.loadedChanged, timeout=TIMEOUT):
        window.redo_action.trigger()
    assert "medical" in get_profile(engine, "receiving-bureau").fields
    airline = [p.name for p in screen.profiles.profiles].index("airline")
    view = screen.profiles_view
    cell = view.visualRect(screen.profiles.index(5, airline))  # case reference
    with qtbot.waitSignal(window.loadedChanged, timeout=TIMEOUT):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert "case_ref" in get_profile(engine, "airline").fields
    view.setCurrentIndex(screen.profiles.index(5, airline))
    with qtbot.waitSignal(window.loadedChanged, timeout=TIMEOUT):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert "case_ref" not in get_profile(engine, "airline").fields
    carrier = screen.profiles.index(12, airline)
    with qtbot.waitSignal(window.loadedChanged, timeout=TIMEOUT):
        screen.profiles.setData(carrier, "China Southern")
    assert get_profile(engine, "airline").carrier == "China Southern"
    assert screen.profiles.index(12, airline).data() == "China Southern"


def test_cancel_leaves_nothing(qtbot: QtBot, window: MainWindow, engine: Engine,
                               out_dir: Path) -> None:
    screen = exports(window)
    screen.form.choose(partner="foreign-police", fmt="csv")
    gate = threading.Event()

    def hold(_s: TaskState) -> None:
        gate.wait(10)

    blocker: Operation[None] = Operation(hold, window)
    blocker.run(window.context.pools.writer)  # the export waits behind it
    op = screen.export_to(out_dir / "p.csv")
    assert op is not None and screen.progress.isVisible()
    assert not screen.form.isEnabled()
    screen.progress.cancel()
    gate.set()
    qtbot.waitUntil(lambda: op.done, timeout=TIMEOUT)
    assert "Cancelled" in screen.result_label.text()
    assert list(out_dir.iterdir()) == [] and list_exports(engine) == []
    assert screen.form.isEnabled() and find_error_dialog(screen) is None


def test_error_reaches_the_user_as_a_dialog(qtbot: QtBot, window: MainWindow,
                                            out_dir: Path) -> None:
    screen = exports(window)
    screen.form.choose(partner="airline", fmt="paxlst", day=dt.date(2025, 3, 3))
    op = screen.export_to(out_dir / "missing" / "folder" / "api.edi")
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=TIMEOUT)
    box = find_error_dialog(screen)
    assert box is not None and box.windowTitle() == "Export failed"
    assert "There is no such folder" in box.text() and "missing" in box.text()
    assert "failed" in screen.result_label.text()
    box.close()


def _holders_of(secret: str) -> list[str]:
    """Every object the collector knows that refers to a copy of `secret` (not the test's own
    constant): the password as typed comes out of the line edit as a new string."""
    gc.unfreeze()  # the app freezes what it loaded (ui.workers): get_objects skips that
    gc.collect()
    found = []
    for obj in gc.get_objects():
        if any(isinstance(x, str) and x == secret and x is not secret
               for x in gc.get_referents(obj)):
            found.append(type(obj).__name__)
    return found


def test_the_password_is_not_kept_after_the_export(qtbot: QtBot, window: MainWindow,
                                                   out_dir: Path) -> None:
    screen = exports(window)
    screen.form.choose(partner="foreign-police", fmt="csv")
    set_password(screen, PASSWORD)
    run_export(qtbot, window, out_dir / "p.csv")
    assert open_7z(out_dir / "p.csv.7z", PASSWORD)["p.csv"]
    assert screen.export_op is None and not screen.busy()
    qtbot.wait(10)  # the finished operation is deleted
    assert _holders_of(PASSWORD) == []
    # a failed export: its error's traceback holds the export's frames, not their arguments
    set_password(screen, PASSWORD)
    op = screen.export_to(out_dir / "missing" / "p.csv")
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=TIMEOUT)
    box = find_error_dialog(screen)
    assert box is not None and "no such folder" in box.text()
    box.close()
    assert screen.export_op is None and op.error is not None
    assert _holders_of(PASSWORD) == []
    assert screen.form.isEnabled()
