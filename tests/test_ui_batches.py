"""The Batches and Overview screens through the UI (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from planner.db.models import Batch, Person
from tests.qt_helpers import (
    shown_window,
    ui_settings,  # noqa: F401  (autouse fixture)
)
from tests.test_queries import ON, build_small_caseload
from ui.main_window import MainWindow
from ui.screens.batches import BatchesWorkspace
from ui.screens.overview import OverviewScreen

B = Batch.__table__  # type: ignore[attr-defined]
P = Person.__table__  # type: ignore[attr-defined]


@pytest.fixture
def window(qtbot: QtBot, engine: Engine, db_path: Path) -> Iterator[MainWindow]:
    build_small_caseload(engine)
    w = shown_window(qtbot, db_path, ON, "batches")
    yield w
    w.context.pools.wait()


def batches(window: MainWindow) -> BatchesWorkspace:
    screen = window.screens["batches"]
    assert isinstance(screen, BatchesWorkspace)
    return screen


def refs(engine: Engine) -> list[str]:
    with engine.connect() as c:
        return list(c.execute(select(B.c.ref).order_by(B.c.ref)).scalars())


def members(engine: Engine, ref: str) -> int:
    with engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(P.join(B, B.c.id == P.c.batch_id))
                             .where(B.c.ref == ref)).scalar_one())


def choose(window: MainWindow, ref: str) -> None:
    table = batches(window).table
    for r in range(table.model.rowCount()):
        if table.model.index(r, 0).data() == ref:
            table.view.selectionModel().setCurrentIndex(
                table.model.index(r, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError(ref)


def wait(qtbot: QtBot, window: MainWindow, action: Any) -> None:
    with qtbot.waitSignal(window.loadedChanged, timeout=10_000):
        action()


def test_create_batch_undo_redo_and_filter(qtbot: QtBot, window: MainWindow,
                                           engine: Engine) -> None:
    screen = batches(window)
    screen.new_action.trigger()
    dialog = screen.active_dialog
    assert dialog is not None
    dialog.ref_edit.setText("B-001")  # type: ignore[attr-defined]
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # type: ignore[attr-defined]
    dialog.ref_edit.setText("B-NEW")  # type: ignore[attr-defined]
    wait(qtbot, window, dialog.accept)
    assert "B-NEW" in refs(engine)
    assert screen.table.count_label.text() == "4 batches"
    screen.table.filter_edit.setText("new")
    assert screen.table.count_label.text() == "1 of 4 batches"
    wait(qtbot, window, window.undo_action.trigger)
    assert "B-NEW" not in refs(engine)
    wait(qtbot, window, window.redo_action.trigger)
    assert "B-NEW" in refs(engine)


def test_split_by_people_then_undo_merges_back(qtbot: QtBot, window: MainWindow,
                                               engine: Engine) -> None:
    screen = batches(window)
    choose(window, "B-001")
    screen.split_action.trigger()
    dialog: Any = screen.active_dialog
    assert dialog is not None and dialog.people_list.count() == 2
    dialog.by_people.setChecked(True)
    dialog.people_list.item(0).setCheckState(dialog.people_list.item(0).checkState().Checked)
    wait(qtbot, window, dialog.accept)
    assert (members(engine, "B-001"), members(engine, "B-001-2")) == (1, 1)
    wait(qtbot, window, window.undo_action.trigger)
    assert members(engine, "B-001") == 2 and "B-001-2" not in refs(engine)
    wait(qtbot, window, window.redo_action.trigger)
    assert members(engine, "B-001-2") == 1


def test_merge_then_undo_recreates_the_batch(qtbot: QtBot, window: MainWindow,
                                             engine: Engine) -> None:
    screen = batches(window)
    choose(window, "B-001")
    screen.merge_action.trigger()
    dialog: Any = screen.active_dialog
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findText("B-002"))
    wait(qtbot, window, dialog.accept)
    assert "B-002" not in refs(engine) and members(engine, "B-001") == 4
    wait(qtbot, window, window.undo_action.trigger)
    assert members(engine, "B-002") == 2 and members(engine, "B-001") == 2


def test_keep_cases_together_toggles_and_undoes(qtbot: QtBot, window: MainWindow,
                                                engine: Engine) -> None:
    screen = batches(window)
    choose(window, "B-002")
    assert screen.keep_action.isChecked()
    wait(qtbot, window, screen.keep_action.trigger)
    with engine.connect() as c:
        assert c.execute(select(B.c.keep_cases_together).where(B.c.ref == "B-002")
                         ).scalar_one() is False
    assert not screen.keep_action.isChecked()
    wait(qtbot, window, window.undo_action.trigger)
    assert screen.keep_action.isChecked()


def test_overview_numbers_and_changing_today(qtbot: QtBot, window: MainWindow) -> None:
    window.show_screen("overview")
    screen = window.screens["overview"]
    assert isinstance(screen, OverviewScreen)
    assert screen.overview is not None and screen.overview.today == ON
    site = screen.by_site.topLevelItem(0)
    assert site.text(0) == "Site1" and site.text(1) == "4" and site.text(7) == "1"
    waiting = screen.bottlenecks.topLevelItem(0)
    assert [waiting.text(i) for i in range(1, 5)] == ["1", "2", "2", "2"]
    assert screen.days.topLevelItemCount() == 7
    assert screen.days.isColumnHidden(4)  # no published plan: flights only
    assert screen.deadlines.topLevelItem(0).isDisabled()  # "none": B-001 is due 2025-07-01
    with qtbot.waitSignal(window.loadedChanged, timeout=10_000):
        screen.today_edit.setDate(QDate(2025, 6, 28))
    assert screen.overview.today == dt.date(2025, 6, 28)
    assert screen.deadlines.topLevelItem(0).text(0) == "B-001"
    assert "not ready" in screen.warnings.text()
