"""The People screen through the UI: detail editor, validation, undo/redo, bulk actions,
filters, a conflict, and an undo the state machine refuses (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update
from sqlalchemy.engine import Engine

from planner.db.models import Person, StatusEvent
from tests.qt_helpers import (
    find_error_dialog,
    shown_window,
    ui_settings,  # noqa: F401  (autouse fixture)
)
from tests.test_queries import ON, build_small_caseload
from ui.main_window import MainWindow
from ui.screens.people import PeopleWorkspace

P = Person.__table__  # type: ignore[attr-defined]
EV = StatusEvent.__table__  # type: ignore[attr-defined]
ACTOR = "Test Operator (T1, Test Agency)"


@pytest.fixture
def window(qtbot: QtBot, engine: Engine, db_path: Path) -> Iterator[MainWindow]:
    build_small_caseload(engine)
    w = shown_window(qtbot, db_path, ON, "people")
    yield w
    w.context.pools.wait()


def people(window: MainWindow) -> PeopleWorkspace:
    screen = window.screens["people"]
    assert isinstance(screen, PeopleWorkspace)
    return screen


def row(engine: Engine, ref: str) -> Any:
    with engine.connect() as c:
        return c.execute(select(P).where(P.c.ref == ref)).one()


def detail_read(window: MainWindow) -> bool:
    screen = people(window)
    return (screen.detail_op is None or screen.detail_op.done) and not screen._detail_again


def select_refs(qtbot: QtBot, window: MainWindow, *refs: str) -> None:
    """Select rows as a user does, and wait until the first one's detail has been read."""
    table = people(window).table
    model, sel = table.model, table.view.selectionModel()
    sel.clearSelection()
    for r in range(model.rowCount()):
        if model.index(r, 0).data() in refs:
            flags = QItemSelectionModel.SelectionFlag.Select \
                | QItemSelectionModel.SelectionFlag.Rows
            if model.index(r, 0).data() == refs[0]:
                flags |= QItemSelectionModel.SelectionFlag.Current
            sel.setCurrentIndex(model.index(r, 0), flags)
    qtbot.waitUntil(lambda: detail_read(window), timeout=10_000)


def refs_shown(window: MainWindow) -> list[str]:
    model = people(window).table.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def edit_and_wait(qtbot: QtBot, window: MainWindow, action: Any) -> None:
    """Run an edit, undo or redo and wait until the screens show the reloaded data."""
    with qtbot.waitSignal(window.loadedChanged, timeout=10_000):
        action()
    qtbot.waitUntil(lambda: detail_read(window), timeout=10_000)  # the detail is read again


def test_detail_editor_edits_undoes_and_redoes(qtbot: QtBot, window: MainWindow,
                                               engine: Engine) -> None:
    select_refs(qtbot, window, "P-003")
    editor = people(window).editor
    assert editor.detail is not None and editor.detail.values["ref"] == "P-003"
    assert "P-003" in editor.title.text()
    assert editor.history.topLevelItemCount() == 0  # built by hand: no events yet
    assert not editor.save_button.isEnabled()
    editor.editors["notes"].setPlainText("moved to cell 4")
    assert editor.save_button.isEnabled()
    edit_and_wait(qtbot, window, editor.save_button.click)
    assert row(engine, "P-003").notes == "moved to cell 4"
    assert window.undo_action.isEnabled()
    assert "P-003" in window.undo_action.text()
    assert editor.detail is not None and editor.detail.values["notes"] == "moved to cell 4"
    edit_and_wait(qtbot, window, window.undo_action.trigger)
    assert row(engine, "P-003").notes == ""
    assert window.redo_action.isEnabled() and not window.undo_action.isEnabled()
    edit_and_wait(qtbot, window, window.redo_action.trigger)
    assert row(engine, "P-003").notes == "moved to cell 4"
    assert row(engine, "P-003").version == 4  # edit, undo, redo: each one version


def test_validation_messages_sit_next_to_the_field(qtbot: QtBot, window: MainWindow,
                                                   engine: Engine) -> None:
    select_refs(qtbot, window, "P-003")
    editor = people(window).editor
    editor.editors["date_of_birth"].setText("2031-01-01")
    editor.editors["date_of_birth"].textEdited.emit("2031-01-01")
    assert editor.messages["date_of_birth"].isVisibleTo(editor)
    assert editor.messages["date_of_birth"].text() == "date of birth is in the future"
    editor.editors["nationality"].setText("XX")
    editor.editors["nationality"].textEdited.emit("XX")
    assert "ISO 3166-1" in editor.messages["nationality"].text()
    assert not editor.save_button.isEnabled()
    editor.editors["date_of_birth"].setText("31/02/1990")
    editor.editors["date_of_birth"].textEdited.emit("31/02/1990")
    assert editor.messages["date_of_birth"].text() == \
        "not a date: 31/02/1990 (use YYYY-MM-DD)"
    assert "not a real date" in editor.messages["date_of_birth"].toolTip()
    editor.save()
    assert row(engine, "P-003").nationality == "CHN"  # nothing written


def type_into(editor: Any, attr: str, text: str) -> None:
    editor.editors[attr].setText(text)
    editor.editors[attr].textEdited.emit(text)


def test_unparseable_date_has_one_message_without_the_column_name(
        qtbot: QtBot, window: MainWindow, engine: Engine) -> None:
    select_refs(qtbot, window, "P-003")
    editor = people(window).editor
    type_into(editor, "date_of_birth", "1990-13-01")
    shown = {a: m.text() for a, m in editor.messages.items() if m.isVisibleTo(editor)}
    assert shown == {"date_of_birth": "not a date: 1990-13-01 (use YYYY-MM-DD)"}
    assert "month 13" in editor.messages["date_of_birth"].toolTip()  # the detail on hover
    assert not editor.save_button.isEnabled()
    type_into(editor, "date_of_birth", "1990-01-01")
    type_into(editor, "document_expiry", "2030-02-30")
    shown = {a: m.text() for a, m in editor.messages.items() if m.isVisibleTo(editor)}
    assert shown == {"document_expiry": "not a date: 2030-02-30 (use YYYY-MM-DD)"}
    type_into(editor, "document_expiry", "")
    type_into(editor, "date_of_birth", "")
    type_into(editor, "latin_name", "")
    type_into(editor, "nationality", "")
    shown = {a: m.text() for a, m in editor.messages.items() if m.isVisibleTo(editor)}
    assert shown == {"date_of_birth": "Date of birth is required",
                     "latin_name": "Latin name is required",
                     "nationality": "Nationality is required"}
    assert not any("_" in text for text in shown.values())
    editor.save()
    assert row(engine, "P-003").latin_name != ""  # nothing written


def test_bulk_assign_then_undo(qtbot: QtBot, window: MainWindow, engine: Engine) -> None:
    screen = people(window)
    select_refs(qtbot, window, "P-004", "P-005")
    assert screen.selected_ids() and len(screen.selected_ids()) == 2
    screen.assign_action.trigger()
    dialog = screen.active_dialog
    assert dialog is not None
    combo = dialog.batch_combo  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findText("B-003"))
    edit_and_wait(qtbot, window, dialog.accept)
    b3 = row(engine, "P-004").batch_id
    assert b3 is not None and row(engine, "P-005").batch_id == b3
    assert "B-003" in window.undo_action.text()
    edit_and_wait(qtbot, window, window.undo_action.trigger)
    assert row(engine, "P-005").batch_id is None
    assert row(engine, "P-004").batch_id != b3


def test_mark_step_done_moves_status_and_undo_moves_it_back(
        qtbot: QtBot, window: MainWindow, engine: Engine) -> None:
    screen = people(window)
    select_refs(qtbot, window, "P-005")
    screen.step_action.trigger()
    dialog = screen.active_dialog
    assert dialog is not None
    dialog.step_combo.setCurrentIndex(0)  # type: ignore[attr-defined]
    edit_and_wait(qtbot, window, dialog.accept)
    p = row(engine, "P-005")
    assert (p.status, p.identity_verified_on) == ("verified", ON)
    with engine.connect() as c:
        actors = set(c.execute(select(EV.c.actor).where(EV.c.person_id == p.id)).scalars())
    assert actors == {ACTOR}
    assert screen.editor.history.topLevelItemCount() == 1  # detained → verified
    edit_and_wait(qtbot, window, window.undo_action.trigger)
    assert row(engine, "P-005").status == "detained"


def test_strike_cannot_be_undone_and_says_so(qtbot: QtBot, window: MainWindow,
                                             engine: Engine) -> None:
    screen = people(window)
    select_refs(qtbot, window, "P-005")
    screen.strike_action.trigger()
    dialog = screen.active_dialog
    assert dialog is not None
    dialog.note_edit.setText("left the centre")  # type: ignore[attr-defined]
    edit_and_wait(qtbot, window, dialog.accept)
    assert row(engine, "P-005").status == "struck"
    index = window.edits.stack.index()
    with qtbot.waitSignal(window.edits.failed, timeout=10_000):
        window.undo_action.trigger()
    box = find_error_dialog(window)
    assert box is not None and "final" in box.text()
    box.close()
    assert row(engine, "P-005").status == "struck"
    assert window.edits.stack.index() == index  # the stack did not move


def test_conflict_shows_both_versions_and_writes_nothing(
        qtbot: QtBot, window: MainWindow, engine: Engine) -> None:
    select_refs(qtbot, window, "P-003")
    editor = people(window).editor
    editor.editors["notes"].setPlainText("mine")
    with engine.begin() as c:  # someone else saves the same person meanwhile
        c.execute(update(P).where(P.c.ref == "P-003").values(notes="theirs",
                                                              version=P.c.version + 1))
    with qtbot.waitSignal(window.edits.failed, timeout=10_000):
        editor.save_button.click()
    box = find_error_dialog(window)
    assert box is not None
    assert "changed by someone else" in box.text()
    assert "mine" in box.text() and "theirs" in box.text()
    assert "version 1" in box.text() and "version 2" in box.text()
    box.close()
    assert row(engine, "P-003").notes == "theirs"
    assert not window.undo_action.isEnabled()


def test_flag_readiness_and_batch_filters(window: MainWindow) -> None:
    table = people(window).table
    table.flags_combo.setCurrentIndex(table.flags_combo.findText("minor"))
    assert refs_shown(window) == ["P-001"]
    table.flags_combo.setCurrentIndex(table.flags_combo.findText("No flags"))
    assert refs_shown(window) == ["P-002", "P-003", "P-004", "P-005"]
    table.flags_combo.setCurrentIndex(0)
    table.readiness_combo.setCurrentIndex(table.readiness_combo.findText(
        "Ready (all steps done)"))
    assert refs_shown(window) == ["P-002", "P-003", "P-004"]
    table.readiness_combo.setCurrentIndex(table.readiness_combo.findText(
        "Waiting for exit clearance"))
    assert refs_shown(window) == ["P-001", "P-005"]
    table.readiness_combo.setCurrentIndex(0)
    table.batch_combo.setCurrentIndex(table.batch_combo.findText("No batch"))
    assert refs_shown(window) == ["P-005"]
    table.batch_combo.setCurrentIndex(table.batch_combo.findText("B-002"))
    assert refs_shown(window) == ["P-002", "P-004"]


def test_keep_apart_and_remove_again(qtbot: QtBot, window: MainWindow) -> None:
    screen = people(window)
    select_refs(qtbot, window, "P-004", "P-005")
    assert screen.apart_action.isEnabled()
    edit_and_wait(qtbot, window, screen.apart_action.trigger)
    select_refs(qtbot, window, "P-004")
    assert [screen.editor.separations.topLevelItem(i).text(0)
            for i in range(screen.editor.separations.topLevelItemCount())] == ["P-005"]
    edit_and_wait(qtbot, window, screen.editor.remove_sep_button.click)
    assert screen.editor.separations.topLevelItemCount() == 0
    edit_and_wait(qtbot, window, window.undo_action.trigger)
    assert screen.editor.separations.topLevelItemCount() == 1


def test_detail_is_read_off_the_gui_thread(qtbot: QtBot, window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Selecting a person starts a read on the reader thread and returns at once; the form is
    empty and disabled until it arrives; selecting fast reads only the newest person."""
    import threading

    from ui.screens import people as people_module

    screen = people(window)
    gate = threading.Event()
    threads: list[str] = []
    real = people_module.person_detail

    def slow_detail(engine: Engine, person_id: int) -> Any:
        threads.append(threading.current_thread().name)
        gate.wait(10)
        return real(engine, person_id)

    monkeypatch.setattr(people_module, "person_detail", slow_detail)
    table = screen.table
    model, sel = table.model, table.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect \
        | QItemSelectionModel.SelectionFlag.Rows
    refs = [model.index(r, 0).data() for r in range(model.rowCount())]
    for ref in ("P-001", "P-002", "P-003"):  # three selections while the first read waits
        sel.setCurrentIndex(model.index(refs.index(ref), 0), flags)
    assert screen.editor.detail is None and "P-003" in screen.editor.title.text()
    assert not screen.editor.save_button.isEnabled()
    with qtbot.waitSignal(screen.detailLoaded, timeout=10_000):
        gate.set()
    assert screen.editor.detail is not None and screen.editor.detail.values["ref"] == "P-003"
    assert len(threads) == 2  # P-001 (already running), then only the newest, P-003
    assert threading.main_thread().name not in threads
