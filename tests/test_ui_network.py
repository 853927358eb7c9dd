"""The Network screen through the UI (pytest-qt, offscreen): tables, an edit with validation next
to the field, undo/redo, a new flight, cancelling a flight that offers a re-plan (and shows its
changes on the Plan screen), and the map with the plan's day drawn on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import Engine

from planner.db.models import BorderCrossing, CrossingClosure, Flight
from planner.domain.enums import FlightStatus
from planner.engine.service import run_plan
from planner.engine.settings import PlanSettings
from planner.engine.store import publish
from tests.plan_scenario import D0, fill_plannable
from tests.qt_helpers import (
    find_error_dialog,
    shown_window,
    ui_settings,  # noqa: F401  (autouse fixture)
)
from tests.test_ui_plan import edit, idle
from ui.main_window import MainWindow
from ui.screens import plan_run
from ui.screens.network import NetworkScreen
from ui.screens.plan import PlanScreen

F = Flight.__table__  # type: ignore[attr-defined]
X = BorderCrossing.__table__  # type: ignore[attr-defined]
XC = CrossingClosure.__table__  # type: ignore[attr-defined]


@pytest.fixture
def published(engine: Engine) -> int:
    """The scenario with a published plan."""
    fill_plannable(engine)
    out = run_plan(engine, PlanSettings(time_limit=5, workers=1), actor="setup")
    publish(engine, out.plan_id, "setup")
    return out.plan_id


@pytest.fixture
def window(qtbot: QtBot, published: int, db_path: Path) -> Iterator[MainWindow]:
    w = shown_window(qtbot, db_path, D0, "network")
    yield w
    plan = w.screens["plan"]
    assert isinstance(plan, PlanScreen)
    if plan.run is not None and not plan.run.done:
        plan.run.cancel()
    qtbot.waitUntil(lambda: idle(w) and (plan.run is None or plan.run.done), timeout=20_000)
    w.context.pools.wait()
    plan_run.solver_pool().waitForDone(10_000)


def network(window: MainWindow) -> NetworkScreen:
    screen = window.screens["network"]
    assert isinstance(screen, NetworkScreen)
    return screen


def column(screen: NetworkScreen, kind: str, col: int) -> list[Any]:
    model = screen.views[kind].model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_tables_map_and_calendar(window: MainWindow, published: int) -> None:
    screen = network(window)
    assert sorted(column(screen, "location", 0)) == ["APT", "CITY", "CPA", "CPB", "SITE1"]
    assert column(screen, "crossing", 1) == ["Bridge"]
    assert column(screen, "crossing", 5) == ["every day"]
    assert len(column(screen, "leg", 0)) == 2
    assert column(screen, "receiving_point", 4) == ["Jiangsu"]
    assert column(screen, "flight", 0) == ["CZ000"]  # the calendar shows the first day
    screen.all_days.setChecked(True)
    assert len(column(screen, "flight", 0)) == 7
    assert screen.map.has_plan()  # the plan moves people on the day shown
    assert f"Plan {published} (published)" in screen.map_label.text()
    assert len(screen.map.markers) == 5


def test_edit_crossing_with_validation_undo_redo(qtbot: QtBot, window: MainWindow,
                                                 engine: Engine) -> None:
    screen = network(window)
    screen.views["crossing"].selectRow(0)
    dialog = screen.edit_current("crossing")
    assert dialog is not None
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.set_value("open_weekdays", "189")
    assert not ok.isEnabled() and dialog.messages["open_weekdays"].isVisibleTo(dialog)
    dialog.set_value("open_weekdays", "12345")
    capacity = dialog.editors["daily_capacity"]
    assert isinstance(capacity, QSpinBox)
    capacity.setValue(40)
    assert ok.isEnabled() and dialog.changes() == {"daily_capacity": 40,
                                                   "open_weekdays": "12345"}

    def stored() -> tuple[int, str]:
        with engine.connect() as c:
            r = c.execute(select(X.c.daily_capacity, X.c.open_weekdays)).one()
        return r.daily_capacity, r.open_weekdays

    edit(qtbot, window, lambda: dialog.accept() or True)
    assert stored() == (40, "12345")
    assert column(screen, "crossing", 4) == ["40"]
    assert window.undo_action.text() == "&Undo Edit crossing X1"
    edit(qtbot, window, window.edits.undo)
    assert stored() == (100, "1234567")
    edit(qtbot, window, window.edits.redo)
    assert stored() == (40, "12345")


def test_add_flight_then_undo(qtbot: QtBot, window: MainWindow, engine: Engine) -> None:
    screen = network(window)
    dialog = screen.ask_add_flight()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no number yet
    dialog.set_value("number", "MU 123")
    assert ok.isEnabled()

    def numbers() -> list[str]:
        with engine.connect() as c:
            return sorted(c.execute(select(F.c.number)).scalars())

    edit(qtbot, window, lambda: dialog.accept() or True)
    assert "MU123" in numbers() and "MU123" in column(screen, "flight", 0)
    edit(qtbot, window, window.edits.undo)
    assert "MU123" not in numbers()


def test_cancel_flight_offers_replan_and_shows_changes(qtbot: QtBot, window: MainWindow,
                                                       engine: Engine, published: int) -> None:
    screen = network(window)
    plan = window.screens["plan"]
    assert isinstance(plan, PlanScreen)
    plan.time_limit.setValue(5)
    used = set(plan_flights(window))
    screen.all_days.setChecked(True)
    row = next(r for r, n in enumerate(column(screen, "flight", 0))
               if n in used)
    screen.views["flight"].selectRow(row)
    number = column(screen, "flight", 0)[row]
    edit(qtbot, window, lambda: screen.set_selected_flight_status(FlightStatus.CANCELLED))
    with engine.connect() as c:
        assert c.execute(select(F.c.status).where(F.c.number == number)).scalar_one() == \
            "cancelled"
    box = screen.offer
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert number in box.text()
    replan = next(b for b in box.buttons() if b.text() == "Re-plan now")
    with qtbot.waitSignal(plan.runFinished, timeout=30_000) as finished:
        replan.click()
    out = finished.args[0]
    assert out is not None and out.base_id == published and out.changes
    assert window.current_screen() is plan
    assert plan.change_model.rowCount() == len(out.changes)
    assert number in plan.changes_label.text()


def plan_flights(window: MainWindow) -> list[str]:
    screen = network(window)
    assert screen.plan is not None
    return [f.number for f in screen.net.flights
            if f.id in screen.plan.result.operated_flights]


def test_close_crossing_records_a_closure(qtbot: QtBot, window: MainWindow,
                                          engine: Engine) -> None:
    screen = network(window)
    screen.views["crossing"].selectRow(0)
    dialog = screen.ask_close_crossing()
    assert dialog is not None and dialog.value() == 1
    dialog.reason_edit.setText("flood")  # type: ignore[union-attr]
    edit(qtbot, window, lambda: dialog.accept() or True)
    with engine.connect() as c:
        assert c.execute(select(XC.c.reason)).scalars().all() == ["flood"]
    assert screen.offer is not None
    screen.offer.reject()
    assert column(screen, "crossing", 7)[0] != ""
    edit(qtbot, window, window.edits.undo)
    with engine.connect() as c:
        assert c.execute(select(XC.c.id)).scalars().all() == []


def ok_button(dialog: Any) -> Any:
    return dialog.buttons.button(dialog.buttons.StandardButton.Ok)


def pick(combo: Any, code: str) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count())
                               if combo.itemText(i).startswith(f"{code} ")))


def test_add_rows_checked_as_typed_then_undo_and_redo(qtbot: QtBot, window: MainWindow,
                                                      engine: Engine, tmp_path: Path) -> None:
    screen = network(window)
    shots = tmp_path  # the dialogs as a user sees them
    dialog = screen.ask_add("location")
    assert not ok_button(dialog).isEnabled()
    dialog.editors["code"].setText("CPB")  # taken
    dialog.set_value("name_en", "Mae Sot checkpoint 3")
    dialog.editors["country"].setText("tha")
    pick_kind = dialog.editors["kind"]
    pick_kind.setCurrentIndex(pick_kind.findData("border_checkpoint"))
    dialog.set_value("latitude", "95")
    dialog.set_value("timezone", "Asia/Nowhere")
    assert dialog.messages["code"].text() == "already used by another row of this kind"
    assert dialog.messages["latitude"].text() == "between -90 and 90"
    assert "time zone" in dialog.messages["timezone"].text()
    assert not ok_button(dialog).isEnabled()
    dialog.grab().save(str(shots / "add-location-errors.png"))
    dialog.editors["code"].setText("cpc")
    dialog.set_value("latitude", "16.8")
    dialog.set_value("longitude", "98.6")
    dialog.set_value("timezone", "Asia/Bangkok")
    assert ok_button(dialog).isEnabled()
    edit(qtbot, window, lambda: dialog.accept() or True)
    assert "CPC" in column(screen, "location", 0)
    assert window.undo_action.text() == "&Undo Add location CPC"
    assert len(screen.map.markers) == 6

    dialog = screen.ask_add("crossing")
    dialog.editors["code"].setText("X2")
    dialog.set_value("name", "Third bridge")
    pick(dialog.editors["side_a_id"], "CPA")
    pick(dialog.editors["side_b_id"], "CPA")
    assert dialog.messages["side_b_id"].text() == "the same place as the other end"
    pick(dialog.editors["side_b_id"], "CPC")
    dialog.set_value("open_until", dt.time(7, 0))
    assert dialog.messages["open_until"].text() == "must be after the opening time"
    dialog.set_value("open_until", dt.time(12, 0))
    assert ok_button(dialog).isEnabled()
    dialog.grab().save(str(shots / "add-crossing.png"))
    edit(qtbot, window, lambda: dialog.accept() or True)
    with engine.connect() as c:
        x2 = c.execute(select(X.c.id, X.c.open_until).where(X.c.code == "X2")).one()
    assert x2.open_until == dt.time(12, 0)

    dialog = screen.ask_add("leg")
    pick(dialog.editors["origin_id"], "SITE1")
    pick(dialog.editors["destination_id"], "CPA")
    assert "already exists" in dialog.messages["destination_id"].text()
    pick(dialog.editors["destination_id"], "CPC")
    assert ok_button(dialog).isEnabled()
    edit(qtbot, window, lambda: dialog.accept() or True)
    assert len(column(screen, "leg", 0)) == 3

    dialog = screen.ask_add("receiving_point")
    dialog.editors["code"].setText("RP2")
    dialog.set_value("name", "Hefei PSB")
    pick(dialog.editors["location_id"], "CITY")
    dialog.set_value("provinces", "Anhui, Anhui")
    assert "distinct" in dialog.messages["provinces"].text()
    dialog.set_value("provinces", "Anhui, Henan")
    dialog.grab().save(str(shots / "add-receiving-point.png"))
    edit(qtbot, window, lambda: dialog.accept() or True)
    assert "Anhui, Henan" in column(screen, "receiving_point", 4)

    for _ in range(3):  # receiving point, leg, crossing
        edit(qtbot, window, window.edits.undo)
    assert "X2" not in column(screen, "crossing", 0)
    edit(qtbot, window, window.edits.redo)
    with engine.connect() as c:  # the same row again, not a copy
        assert c.execute(select(X.c.id).where(X.c.code == "X2")).scalar_one() == x2.id


def test_delete_refused_names_what_uses_it_and_undo_restores(
        qtbot: QtBot, window: MainWindow, engine: Engine, published: int,
        tmp_path: Path) -> None:
    screen = network(window)
    screen.views["location"].selectRow(column(screen, "location", 0).index("SITE1"))
    with qtbot.waitSignal(window.edits.failed, timeout=10_000):
        screen.delete_current("location")
    box = find_error_dialog(window)
    assert box is not None
    assert "SITE1 cannot be deleted" in box.text() and "37 people held there" in box.text()
    assert "3 batches (B1, B2, B3)" in box.text() and f"plan {published}" in box.text()
    box.grab().save(str(tmp_path / "delete-refused.png"))
    box.close()
    assert "SITE1" in column(screen, "location", 0)

    screen.tabs.setCurrentIndex(1)
    screen.views["crossing"].selectRow(0)
    window.grab().save(str(tmp_path / "network-crossings.png"))
    edit(qtbot, window, lambda: screen.close_crossing(1, D0, D0))
    assert screen.offer is not None
    screen.offer.reject()
    with engine.connect() as c:
        closure = c.execute(select(XC.c.id)).scalar_one()
    dialog = screen.ask_reopen_crossing()
    assert dialog is not None and dialog.value() == closure
    edit(qtbot, window, lambda: dialog.accept() or True)
    assert column(screen, "crossing", 7) == [""]
    edit(qtbot, window, window.edits.undo)
    with engine.connect() as c:
        assert c.execute(select(XC.c.id)).scalars().all() == [closure]

    screen.all_days.setChecked(True)
    flights = column(screen, "flight", 0)
    unused = next(n for n in flights if n not in plan_flights(window))
    screen.views["flight"].selectRow(flights.index(unused))
    edit(qtbot, window, lambda: screen.delete_current("flight"))
    assert unused not in column(screen, "flight", 0)
    assert window.undo_action.text() == f"&Undo Delete flight {unused}"
    edit(qtbot, window, window.edits.undo)
    with engine.connect() as c:
        assert c.execute(select(F.c.number)).scalars().all().count(unused) == 1


def test_edit_provinces_of_a_receiving_point(qtbot: QtBot, window: MainWindow) -> None:
    screen = network(window)
    screen.views["receiving_point"].selectRow(0)
    dialog = screen.edit_current("receiving_point")
    assert dialog is not None and dialog.changes() == {}
    dialog.set_value("provinces", "Jiangsu, Zhejiang")
    assert dialog.changes() == {"provinces": ["Jiangsu", "Zhejiang"]}
    edit(qtbot, window, lambda: dialog.accept() or True)
    assert column(screen, "receiving_point", 4) == ["Jiangsu, Zhejiang"]
    edit(qtbot, window, window.edits.undo)
    assert column(screen, "receiving_point", 4) == ["Jiangsu"]


def test_undo_an_added_row_after_editing_it(qtbot: QtBot, window: MainWindow,
                                            engine: Engine) -> None:
    """The add's undo meets the version the edit and its undo left (not the one it had)."""
    from planner.db.models import Location
    from ui.screens.network_commands import AddRowCommand, UpdateRowCommand

    values = {"code": "CPD", "name_en": "Checkpoint D", "country": "THA",
              "kind": "border_checkpoint", "latitude": 16.7, "longitude": 98.5,
              "timezone": "Asia/Bangkok"}
    add = AddRowCommand("location", "CPD", values)
    edit(qtbot, window, lambda: window.edits.push(add))
    assert add.row_id is not None
    edit(qtbot, window, lambda: window.edits.push(UpdateRowCommand(
        "location", add.row_id, "CPD", 1, {"name_en": "Checkpoint D (new)"})))
    edit(qtbot, window, window.edits.undo)  # the edit
    edit(qtbot, window, window.edits.undo)  # the add: deleted, no conflict
    with engine.connect() as c:
        L = Location.__table__  # type: ignore[attr-defined]
        assert c.execute(select(L.c.id).where(L.c.code == "CPD")).first() is None
    edit(qtbot, window, window.edits.redo)  # back, with the same id
    edit(qtbot, window, window.edits.redo)  # and the edit again
    with engine.connect() as c:
        row = c.execute(select(L.c.id, L.c.name_en).where(L.c.code == "CPD")).one()
    assert tuple(row) == (add.row_id, "Checkpoint D (new)")
