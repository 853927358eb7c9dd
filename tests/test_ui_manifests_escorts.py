"""Escorts on the Manifests screen (pytest-qt, offscreen, real SQLite): the dialog's table with
the planner's checks and the "N of M required" count, saved with set_escorts (issuing the
manifest first), printed in the saved PDF (read back with pypdf), and read-only once the
handover is recorded; a handover recorded or escorts saved behind the open dialog's back refuse
the save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select
from sqlalchemy.engine import Engine

from planner.manifests.escorts import get_escorts
from planner.manifests.handover import Officers, record_handover
from planner.reporting import Escort
from planner.services.locking import ConflictError
from tests.qt_helpers import (
    find_error_dialog,
    ui_settings,  # noqa: F401  (autouse fixture)
)
from tests.test_ui_manifests import (  # noqa: F401  (window: the fixture)
    TODAY,
    M,
    rows,
    screen,
    settle,
    show_day,
    wait,
    window,
)
from ui.dialogs.escorts import EscortsDialog
from ui.main_window import MainWindow
from ui.screens.manifests import ManifestsScreen
from ui.screens.manifests_data import save_escorts

SHOTS = Path("/tmp/h7")
TEAM = (Escort(name="LIU Qiang", id_number="PSB-0421", agency="Yunnan PSB", role="Team lead"),
        Escort(name="Somchai Jaidee", id_number="RTP-88812", agency="Royal Thai Police",
               role=""))


def open_escorts(qtbot: QtBot, s: ManifestsScreen) -> EscortsDialog:
    s.actions_.dialog = None
    assert s.escorts_action.isEnabled()
    s.escorts_action.trigger()
    wait(qtbot, s.actions_.escorts.op)
    qtbot.waitUntil(lambda: isinstance(s.actions_.dialog, EscortsDialog))
    dialog = s.actions_.dialog
    assert isinstance(dialog, EscortsDialog) and dialog.isVisible()
    return dialog


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def select_flight(qtbot: QtBot, s: ManifestsScreen) -> str:
    show_day(s, TODAY)
    number = next(r.number for r in rows(s) if r.kind == "flight")
    s.select(number)
    settle(qtbot, s)
    return number


def test_escorts_edited_saved_and_printed(qtbot: QtBot, window: MainWindow,  # noqa: F811
                                          engine: Engine, tmp_path: Path) -> None:
    s = screen(window)
    number = select_flight(qtbot, s)
    dialog = open_escorts(qtbot, s)
    assert not dialog.read_only and not dialog.form.stored  # saving issues r1 first
    assert dialog.table.rowCount() == 1 and dialog.escorts() == ()  # one empty row to fill
    assert "0 of 12 required" in dialog.count.text()  # the flight's escort rule: 1 per person
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)

    dialog.set_row(0, "  LIU   Qiang ", "PSB-0421", "Yunnan PSB", "Team lead")
    dialog.add_button.click()
    assert dialog.table.rowCount() == 2
    dialog.set_row(1, "Somchai Jaidee", "psb-0421", "Royal Thai Police")
    assert "escort 2: ID number psb-0421 is listed twice" in dialog.error.text()
    assert not save.isEnabled()
    dialog.set_row(1, "Somchai Jaidee", "RTP-88812", "Royal Thai Police")
    dialog.add_button.click()  # an empty row is ignored
    dialog.set_row(2, "", "X-1", "")
    assert "escort 3: a name and an ID number are needed" in dialog.error.text()
    dialog.set_row(2, "", "", "")
    assert dialog.error.text() == "" and save.isEnabled()
    assert "2 of 12 required" in dialog.count.text()
    assert dialog.table.verticalHeaderItem(2).text() == "·"
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "escorts-dialog.png"))

    save.click()
    wait(qtbot, s.actions_.escorts.op)
    qtbot.waitUntil(lambda: not isValid(dialog))  # saved, accepted and deleted
    got = get_escorts(engine, number)
    assert got.escorts == TEAM and got.revision == 1 and got.required == 12
    assert "2 escorts saved, 12 required" in s.message.text()
    settle(qtbot, s)  # the preview was rendered again: with the escorts
    assert s.draft is not None and b"%PDF" in s.draft.pdf[:8]
    preview = tmp_path / "preview.pdf"
    preview.write_bytes(s.draft.pdf)
    assert "Somchai Jaidee" in pdf_text(preview)

    out = tmp_path / "flight.pdf"
    op = wait(qtbot, s.actions_.start_save(out, number=number))
    assert op.error is None, op.error
    text = pdf_text(out)
    for value in ("LIU Qiang", "PSB-0421", "Yunnan PSB", "Team lead", "Somchai Jaidee",
                  "RTP-88812", "Royal Thai Police", "2 escorts listed, 12 required"):
        assert value in text, value
    settle(qtbot, s)

    # the dialog opens on what is stored
    dialog = open_escorts(qtbot, s)
    assert dialog.form.stored and dialog.escorts() == TEAM
    dialog.reject()


def test_recorded_handover_escorts_are_read_only(qtbot: QtBot, window: MainWindow,  # noqa: F811
                                                engine: Engine, tmp_path: Path) -> None:
    s = screen(window)
    number = select_flight(qtbot, s)
    dialog = open_escorts(qtbot, s)
    dialog.set_row(0, TEAM[0].name, TEAM[0].id_number, TEAM[0].agency, TEAM[0].role)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait(qtbot, s.actions_.escorts.op)
    qtbot.waitUntil(lambda: not isValid(dialog))
    settle(qtbot, s)

    # someone records the handover while the dialog is open: the save is refused, clearly
    dialog = open_escorts(qtbot, s)
    record_handover(engine, number, occurred_at=dt.datetime.combine(TODAY, dt.time(15)),
                    officers=Officers("A", "1", "B", "2"), actor="other")
    dialog.add_button.click()
    dialog.set_row(1, *TEAM[1].__dict__.values())
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait(qtbot, s.actions_.escorts.op)
    box = find_error_dialog(dialog)
    assert box is not None and "part of the record" in box.text()
    assert dialog.isVisible()
    box.close()
    dialog.reject()
    assert get_escorts(engine, number).escorts == TEAM[:1]

    window.reload()
    settle(qtbot, s)
    dialog = open_escorts(qtbot, s)
    assert dialog.read_only and dialog.form.frozen
    assert "recorded" in dialog.notice.text()
    assert dialog.escorts() == TEAM[:1]
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert not dialog.add_button.isVisible() and not dialog.remove_button.isEnabled()
    item = dialog.table.item(0, 0)
    assert item is not None and not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
    dialog.submit()  # nothing happens
    assert get_escorts(engine, number).escorts == TEAM[:1]
    dialog.grab().save(str(SHOTS / "escorts-frozen.png"))
    dialog.reject()


def test_a_colleagues_escorts_are_not_overwritten(qtbot: QtBot, window: MainWindow,  # noqa: F811
                                                 engine: Engine) -> None:
    """Both open the escorts of a manifest not issued yet; the colleague saves first: the
    second save is refused as a conflict, and issuing the revision went with the refused save
    (one transaction). While it is saved, the dialog cannot be closed."""
    s = screen(window)
    number = select_flight(qtbot, s)
    assert s.plan_id is not None
    # refused on its own: nothing issued either
    with pytest.raises(ConflictError):
        save_escorts(engine, s.plan_id, number, TEAM, "t", seen=TEAM[:1])
    with engine.connect() as c:
        assert c.execute(select(M.c.id).where(M.c.number == number)).first() is None

    dialog = open_escorts(qtbot, s)
    assert dialog.form.escorts == () and not dialog.form.stored
    save_escorts(engine, s.plan_id, number, TEAM[1:], "colleague", seen=())
    dialog.set_row(0, TEAM[0].name, TEAM[0].id_number, TEAM[0].agency, TEAM[0].role)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert dialog.busy and not cancel.isEnabled()
    dialog.reject()  # Cancel, Esc or the close button while saving: ignored
    dialog.close()
    assert dialog.isVisible()
    wait(qtbot, s.actions_.escorts.op)
    box = find_error_dialog(dialog)
    assert box is not None and "changed by someone else" in box.text()
    box.close()
    assert dialog.isVisible() and cancel.isEnabled() and dialog.table.isEnabled()
    assert get_escorts(engine, number).escorts == TEAM[1:]  # the colleague's list stays
    dialog.reject()
    assert not dialog.isVisible()
