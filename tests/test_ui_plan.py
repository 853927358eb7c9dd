"""The Plan screen through the UI (pytest-qt, offscreen): solve in the background with a live
chart, cancel, result and unscheduled reasons, publish, pin with undo, disruptions that re-plan
and list what changed, compare two versions."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import Engine

from planner.db.models import Batch, CrossingClosure, Flight, Person
from planner.db.plan_models import Plan, PlanAssignment
from planner.engine.service import RunOutcome
from tests.plan_scenario import D0, fill_plannable
from tests.qt_helpers import (
    shown_window,
    ui_settings,  # noqa: F401  (autouse fixture)
)
from ui.main_window import MainWindow
from ui.screens import plan_run
from ui.screens.plan import PlanScreen

F = Flight.__table__  # type: ignore[attr-defined]
PL = Plan.__table__  # type: ignore[attr-defined]
PA = PlanAssignment.__table__  # type: ignore[attr-defined]
P = Person.__table__  # type: ignore[attr-defined]
B = Batch.__table__  # type: ignore[attr-defined]
XC = CrossingClosure.__table__  # type: ignore[attr-defined]
SOLVE_TIMEOUT = 30_000


@pytest.fixture
def window(qtbot: QtBot, engine: Engine, db_path: Path) -> Iterator[MainWindow]:
    fill_plannable(engine)
    w = shown_window(qtbot, db_path, D0, "plan")
    yield w
    screen = plan(w)
    if screen.run is not None and not screen.run.done:
        screen.run.cancel()
        qtbot.waitUntil(lambda: screen.run is not None and screen.run.done, timeout=10_000)
    w.context.pools.wait()
    plan_run.solver_pool().waitForDone(10_000)


def idle(window: MainWindow) -> bool:
    """No edit being written, no reload pending, no plan being read."""
    screen = plan(window)
    return not window.edits.busy and (window.reload_op is None or window.reload_op.done) \
        and not window._reload_again and (screen.load_op is None or screen.load_op.done)


def edit(qtbot: QtBot, window: MainWindow, action: Any) -> None:
    """Run an edit (or undo) and wait until it is written and the screens reloaded."""
    qtbot.waitUntil(lambda: idle(window))
    with qtbot.waitSignal(window.loadedChanged, timeout=10_000):
        assert action() is not None
    qtbot.waitUntil(lambda: idle(window))


def plan(window: MainWindow) -> PlanScreen:
    screen = window.screens["plan"]
    assert isinstance(screen, PlanScreen)
    return screen


def solve(qtbot: QtBot, window: MainWindow, start: Any) -> RunOutcome:
    """Start a run with `start()`, wait for it and for the reload after it."""
    screen = plan(window)
    qtbot.waitUntil(lambda: idle(window))
    with qtbot.waitSignal(screen.runFinished, timeout=SOLVE_TIMEOUT) as finished:
        start()
    outcome = finished.args[0] if finished.args else None
    assert isinstance(outcome, RunOutcome), "the run failed"
    qtbot.waitUntil(lambda: idle(window) and any(
        v.id == outcome.plan_id for v in screen.data.versions))
    return outcome


def publish(qtbot: QtBot, window: MainWindow) -> None:
    edit(qtbot, window, lambda: plan(window).publish_shown(confirm=False))


def statuses(engine: Engine) -> dict[int, str]:
    with engine.connect() as c:
        return {r.id: r.status for r in c.execute(select(PL.c.id, PL.c.status))}


def test_run_shows_result_unscheduled_and_publish(qtbot: QtBot, window: MainWindow,
                                                  engine: Engine) -> None:
    screen = plan(window)
    assert screen.shown is None and not screen.publish_button.isEnabled()
    assert not screen.replan_button.isEnabled()  # nothing published yet
    screen.time_limit.setValue(5)
    out = solve(qtbot, window, screen.run_button.click)
    assert out.violations == ()
    assert screen.shown is not None and screen.shown.id == out.plan_id
    assert screen.shown.result.scheduled_people == 36
    assert screen.chart.points  # the chart got at least the result
    text = screen.summary.text()
    assert "People scheduled" in text and "36" in text and "Gap" in text
    assert screen.chunk_model.rowCount() == len(out.result.chunks) > 0
    reasons = [screen.unscheduled_model.index(r, 2).data()
               for r in range(screen.unscheduled_model.rowCount())]
    assert len(reasons) == 1 and "identity verified" in reasons[0]
    assert screen.gantt.chart.rows and any(c.load for c in screen.gantt.chart.rows[0].cells)
    assert screen.version_combo.currentData() == out.plan_id
    assert screen.publish_button.isEnabled()
    publish(qtbot, window)
    assert statuses(engine)[out.plan_id] == "published"
    with engine.connect() as c:
        scheduled = c.execute(select(P.c.status).where(P.c.ref == "P0-0")).scalar_one()
    assert scheduled == "scheduled"
    qtbot.waitUntil(lambda: screen.shown is not None and screen.shown.status == "published")
    assert not screen.publish_button.isEnabled() and screen.replan_button.isEnabled()


def test_cancel_is_honoured_within_a_second(qtbot: QtBot, window: MainWindow,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A search that would run for a minute stops within a second of Cancel, and the GUI
    thread keeps receiving progress meanwhile."""
    real = plan_run.run_plan

    def long_search(engine: Engine, settings: Any, **kw: Any) -> RunOutcome:
        on_progress, should_stop = kw["on_progress"], kw["should_stop"]
        t0 = time.monotonic()
        while not should_stop():
            assert time.monotonic() - t0 < 60, "Cancel never reached the search"
            elapsed = time.monotonic() - t0
            on_progress(plan_run.Progress(elapsed, 1000 - elapsed, 900.0, 1))
            time.sleep(0.02)
        return real(engine, settings, **kw)

    monkeypatch.setattr(plan_run, "run_plan", long_search)
    screen = plan(window)
    screen.time_limit.setValue(60)
    screen.run_button.click()
    run = screen.run
    assert run is not None and screen.cancel_button.isEnabled()
    assert not screen.run_button.isEnabled()
    qtbot.waitUntil(lambda: len(screen.chart.points) >= 3, timeout=10_000)
    with qtbot.waitSignal(screen.runFinished, timeout=10_000):
        screen.cancel_button.click()
        assert run.cancelled
    assert run.cancelled_at is not None
    assert time.monotonic() - run.cancelled_at < 1.0
    assert "Stopped by you" in screen.progress_label.text()
    assert screen.run_button.isEnabled() and not screen.cancel_button.isEnabled()
    window.context.pools.wait()


def test_pin_undo_disruptions_and_compare(qtbot: QtBot, window: MainWindow,
                                         engine: Engine) -> None:
    screen = plan(window)
    screen.time_limit.setValue(5)
    first = solve(qtbot, window, screen.run_button.click)
    publish(qtbot, window)
    qtbot.waitUntil(lambda: screen.shown is not None and screen.shown.status == "published")

    # pin a chunk, undo, redo
    screen.chunk_view.selectRow(0)
    ref = screen.chunk_view.model().index(0, 0).data()
    edit(qtbot, window, lambda: screen.pin_selected(True))

    def pinned() -> set[bool]:
        with engine.connect() as c:
            return set(c.execute(select(PA.c.pinned).join(B, B.c.id == PA.c.batch_id).where(
                PA.c.plan_id == first.plan_id, B.c.ref == ref)).scalars())

    assert pinned() == {True}
    qtbot.waitUntil(lambda: screen.chunk_model.items[0].pinned if screen.chunk_model.items
                    else False)
    edit(qtbot, window, window.edits.undo)
    assert pinned() == {False}

    # cancel the flight the first chunk takes: the re-plan moves exactly those people
    chunk = first.result.chunks[0]
    flight = next(st.ref for st in chunk.steps if st.kind.value == "flight")
    replanned = solve(qtbot, window, lambda: screen.actions_.cancel_flight(flight))
    with engine.connect() as c:
        assert c.execute(select(F.c.status).where(F.c.id == flight)).scalar_one() == "cancelled"
    assert replanned.base_id == first.plan_id and replanned.changes
    assert screen.tabs.currentIndex() == 3
    moved = {screen.change_model.index(r, 0).data()
             for r in range(screen.change_model.rowCount())}
    assert moved == {c.batch_ref for c in replanned.changes}
    assert chunk.batch_ref in moved
    assert "flight CZ" in screen.changes_label.text()
    assert all(flight not in [st.ref for st in ch.steps if st.kind.value == "flight"]
               for ch in replanned.result.chunks)
    edit(qtbot, window, window.edits.undo)  # the flight is back (the draft re-plan stays)
    with engine.connect() as c:
        assert c.execute(select(F.c.status).where(F.c.id == flight)).scalar_one() == "proposed"

    # close the crossing on the first days, then delay a batch
    closed = solve(qtbot, window, lambda: screen.actions_.close_crossing(
        1, D0, D0 + dt.timedelta(days=2), "flood"))
    with engine.connect() as c:
        assert c.execute(select(XC.c.reason)).scalars().all() == ["flood"]
    assert all(st.start.date() > D0 + dt.timedelta(days=2) for ch in closed.result.chunks
               for st in ch.steps if st.kind.value == "crossing")
    with engine.connect() as c:
        b3 = c.execute(select(B.c.id).where(B.c.ref == "B3")).scalar_one()
    delayed = solve(qtbot, window, lambda: screen.actions_.delay_batch(
        b3, D0 + dt.timedelta(days=5)))
    assert all(ch.depart_day >= D0 + dt.timedelta(days=5) for ch in delayed.result.chunks
               if ch.batch_ref == "B3")
    assert "B3" in {c.batch_ref for c in delayed.changes}

    # compare the published plan with the delayed re-plan, side by side
    compare = screen.compare
    compare.choose(first.plan_id, delayed.plan_id)
    with qtbot.waitSignal(compare.compared, timeout=10_000):
        compare.run()
    assert compare.result is not None
    assert compare.changes.rowCount() == len(compare.result.changes) > 0
    figures = {compare.figures.index(r, 0).data(): (compare.figures.index(r, 1).data(),
                                                   compare.figures.index(r, 2).data())
               for r in range(compare.figures.rowCount())}
    assert figures["People scheduled"] == ("36", "36")
    compare.combo_a.setCurrentIndex(compare.combo_a.findData(closed.plan_id))
    assert compare.result is None and compare.figures.rowCount() == 0  # never stale
    assert len(statuses(engine)) == 4
