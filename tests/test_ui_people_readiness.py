"""People › Mark readiness step done on people of whom some have the step done already: their
dates stay (the dialog says how many, and the earliest), only the others get the new date, the
undo entry says whom it changed and its undo puts back exactly that (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from tests.qt_helpers import shown_window, ui_settings  # noqa: F401  (autouse fixture)
from tests.test_queries import ON, D, build_small_caseload
from tests.test_ui_people import edit_and_wait, people, row, select_refs
from ui.dialogs.people_actions import StepDialog
from ui.main_window import MainWindow

NEW = dt.date(2025, 5, 20)
REFS = ("P-001", "P-003", "P-005")  # P-001 and P-003: identity verified on 2025-03-01


@pytest.fixture
def window(qtbot: QtBot, engine: Engine, db_path: Path) -> Iterator[MainWindow]:
    build_small_caseload(engine)
    w = shown_window(qtbot, db_path, ON, "people")
    yield w
    w.context.pools.wait()


def test_marking_a_step_keeps_earlier_dates_and_undo_restores_what_changed(
        qtbot: QtBot, window: MainWindow, engine: Engine) -> None:
    screen = people(window)
    select_refs(qtbot, window, *REFS)
    assert sorted(screen.selected_ids()) == sorted(row(engine, r).id for r in REFS)
    versions = {r: row(engine, r).version for r in ("P-001", "P-003")}
    screen.step_action.trigger()
    dialog = screen.active_dialog
    assert isinstance(dialog, StepDialog)
    dialog.step_combo.setCurrentIndex(dialog.step_combo.findData("identity_verified_on"))
    dialog.date_edit.setDate(QDate(NEW.year, NEW.month, NEW.day))
    edit_and_wait(qtbot, window, dialog.accept)
    assert [row(engine, r).identity_verified_on for r in REFS] == [D, D, NEW]
    assert {r: row(engine, r).version for r in ("P-001", "P-003")} == versions  # untouched
    assert row(engine, "P-005").status == "verified"
    assert window.undo_action.text().endswith(
        "Mark Identity verified done for 1 person (2 kept their dates)")
    edit_and_wait(qtbot, window, window.undo_action.trigger)
    assert [row(engine, r).identity_verified_on for r in REFS] == [D, D, None]
    assert row(engine, "P-005").status == "detained"
    assert {r: row(engine, r).version for r in ("P-001", "P-003")} == versions
    edit_and_wait(qtbot, window, window.redo_action.trigger)
    assert [row(engine, r).identity_verified_on for r in REFS] == [D, D, NEW]


def test_the_dialog_says_who_keeps_their_date(qtbot: QtBot, window: MainWindow,
                                              engine: Engine) -> None:
    screen = people(window)
    ids = [row(engine, r).id for r in REFS]
    dialog = StepDialog(len(ids), ON, screen, context=window.context, ids=ids)
    assert dialog.load_op is not None
    qtbot.waitUntil(lambda: dialog.load_op is not None and dialog.load_op.done, timeout=10_000)
    shown = {}
    for step in ("identity_verified_on", "document_issued_on", "fit_to_travel_on"):
        dialog.step_combo.setCurrentIndex(dialog.step_combo.findData(step))
        shown[step] = dialog.kept_label.text() if not dialog.kept_label.isHidden() else ""
    assert shown == {
        "identity_verified_on": "2 of 3 already have this step done (earliest 2025-03-01); "
                                "their dates stay.",
        "document_issued_on": "1 of 3 already have this step done (earliest 2025-03-01); "
                              "their dates stay.",
        "fit_to_travel_on": "1 of 3 already have this step done (earliest 2025-03-09); "
                            "their dates stay.",
    }
    dialog.deleteLater()
    # nobody selected has it done: no line; everyone has: nothing changes, and it says so
    one = StepDialog(1, ON, screen, context=window.context, ids=[row(engine, "P-005").id])
    qtbot.waitUntil(lambda: one.load_op is not None and one.load_op.done, timeout=10_000)
    assert one.kept_label.isHidden() and one.kept_text() == ""
    both = StepDialog(2, ON, screen, context=window.context,
                      ids=[row(engine, r).id for r in ("P-001", "P-003")])
    qtbot.waitUntil(lambda: both.load_op is not None and both.load_op.done, timeout=10_000)
    assert both.kept_text() == ("All 2 already have this step done (earliest 2025-03-01); "
                                "their dates stay: nothing changes.")
