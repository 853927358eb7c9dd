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


# -- the tester's findings: today, the version shown, disruptions without a published plan,
#    the result's wording, the empty timeline and the chart's time axis ---------------------


def set_today(qtbot: QtBot, window: MainWindow, day: dt.date) -> None:
    """Change *Today* on the Overview, as a user does, and wait for the reload."""
    from PySide6.QtCore import QDate

    from ui.screens.overview import OverviewScreen

    overview = window.screens["overview"]
    assert isinstance(overview, OverviewScreen)
    qtbot.waitUntil(lambda: idle(window))
    with qtbot.waitSignal(window.loadedChanged, timeout=10_000):
        overview.today_edit.setDate(QDate(day.year, day.month, day.day))
    qtbot.waitUntil(lambda: idle(window))


def test_runs_start_at_today(qtbot: QtBot, window: MainWindow, engine: Engine) -> None:
    """Nothing is planned before the Overview's *Today*: not by a run (the engine alone starts
    at the earliest ready day, D0 here), nor by a re-plan after a disruption — which keeps the
    chunks that left before today exactly as they were."""
    screen = plan(window)
    screen.time_limit.setValue(3)
    today = D0 + dt.timedelta(days=1)
    set_today(qtbot, window, today)
    first = solve(qtbot, window, screen.run_button.click)
    assert first.result.start == today
    assert min(ch.depart_day for ch in first.result.chunks) == today
    assert first.result.scheduled_people == 36
    assert f"{today.isoformat()} – " in screen.summary.text()
    publish(qtbot, window)
    qtbot.waitUntil(lambda: screen.shown is not None and screen.shown.status == "published")

    # two days later a crossing closes for a day: the re-plan starts at the new today
    later = today + dt.timedelta(days=2)
    set_today(qtbot, window, later)
    replanned = solve(qtbot, window, lambda: screen.actions_.close_crossing(
        1, later, later, "flood"))
    assert replanned.base_id == first.plan_id
    assert replanned.result.start == later
    # chunks that left before today are under way: kept as they were, never listed as moved
    gone = [ch for ch in first.result.chunks if ch.depart_day < later]
    assert gone
    kept = {(ch.key, ch.people) for ch in replanned.result.chunks}
    assert all((ch.key, ch.people) in kept for ch in gone)
    assert all(st.start.date() > later for ch in replanned.result.chunks
               if ch.depart_day >= later for st in ch.steps)
    left = {pid for ch in gone for pid in ch.people}
    assert not any(set(c.people) & left for c in replanned.changes)
    assert "before today" not in screen.progress_label.text()


def test_opening_shows_the_plan_the_list_names(qtbot: QtBot, engine: Engine,
                                               db_path: Path) -> None:
    """With a published plan and a newer draft, the screen opens on the published plan and
    the Plan list names it; choosing the draft shows it, choosing back shows the published."""
    from planner.engine.service import run_plan
    from planner.engine.settings import PlanSettings
    from planner.engine.store import publish as publish_plan

    fill_plannable(engine)
    published = run_plan(engine, PlanSettings(time_limit=2, start=D0), actor="t").plan_id
    publish_plan(engine, published, "t")
    draft = run_plan(engine, PlanSettings(time_limit=2, start=D0), actor="t").plan_id
    w = shown_window(qtbot, db_path, D0, "plan")
    try:
        screen = plan(w)
        qtbot.waitUntil(lambda: idle(w) and screen.shown is not None)
        assert screen.shown is not None and screen.shown.id == published
        assert screen.version_combo.currentData() == published == screen.selected_id
        assert f"Plan {published}" in screen.version_combo.currentText()
        assert f"Plan {published} (published)" in screen.summary.text()
        assert not screen.publish_button.isEnabled()

        def choose(plan_id: int) -> None:
            i = screen.version_combo.findData(plan_id)
            screen.version_combo.setCurrentIndex(i)
            screen.version_combo.activated.emit(i)
            qtbot.waitUntil(lambda: idle(w) and screen.shown is not None
                            and screen.shown.id == plan_id)

        choose(draft)
        assert f"Plan {draft} (draft)" in screen.summary.text()
        assert screen.publish_button.isEnabled()
        choose(published)
        assert screen.version_combo.currentData() == published
        assert not screen.publish_button.isEnabled()
    finally:
        w.context.pools.wait()


def test_disruption_without_a_published_plan_is_saved_not_replanned(
        qtbot: QtBot, window: MainWindow, engine: Engine,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.screens import plan as plan_module

    asked: list[str] = []
    monkeypatch.setattr(plan_module.QMessageBox, "information",
                        lambda _p, title, _t: asked.append(title))
    screen = plan(window)
    assert not screen.actions_.delay_action.isEnabled()  # a delay only shapes a re-plan
    dialog = screen.actions_.ask_cancel_flight()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    intro = dialog.findChildren(plan_module.QLabel)[0].text()
    assert ok.text() == "Cancel flight" and "no published plan to re-plan" in intro
    dialog.reject()
    with engine.connect() as c:
        flight = c.execute(select(F.c.id).order_by(F.c.id).limit(1)).scalar_one()
    edit(qtbot, window, lambda: screen.actions_.cancel_flight(flight))
    with engine.connect() as c:
        assert c.execute(select(F.c.status).where(F.c.id == flight)).scalar_one() == "cancelled"
    edit(qtbot, window, lambda: screen.actions_.close_crossing(1, D0, D0, "flood"))
    assert screen.run is None and asked == []
    assert "saved" in screen.progress_label.text()
    assert "the next plan respects it" in screen.progress_label.text()


def test_result_says_what_each_count_counts(qtbot: QtBot, window: MainWindow) -> None:
    screen = plan(window)
    screen.time_limit.setValue(3)
    out = solve(qtbot, window, screen.run_button.click)
    r = out.result
    text = screen.summary.text()
    # one batch has one person not ready: not an objective cost (nobody ready is left out)
    assert sum(len(u.people) for u in r.unscheduled) == 1 and len(r.unscheduled) == 1
    assert r.terms["objective_unscheduled"] == 0
    assert "People not scheduled</td><td align=right>1<" in text
    assert "Batches not fully scheduled</td><td align=right>1<" in text
    assert "Ready people left out</td><td align=right>0<" in text
    assert "Objective by term (points)" in text and "Unscheduled batches" not in text


def test_empty_timeline_and_chart_axis(qtbot: QtBot, window: MainWindow) -> None:
    screen = plan(window)
    chart = screen.gantt.chart
    assert screen.shown is None and not chart.rows
    assert chart.start == D0  # the app's today, not the computer's
    month = chart.month_label(D0)
    assert chart.width() >= chart.title_w + chart.fontMetrics().horizontalAdvance(month)
    assert chart.placeholder
    # the search chart's time axis follows the time limit of the (next) run
    assert screen.chart.time_limit == screen.time_limit.value() == 30
    screen.time_limit.setValue(45)
    assert screen.chart.time_limit == 45


def test_gui_today_option() -> None:
    from ui.app import parse_args

    args, rest = parse_args(["--today", "2025-02-20", "--db", "x.sqlite", "-style", "fusion"])
    assert args.today == dt.date(2025, 2, 20) and rest == ["-style", "fusion"]
    assert parse_args([])[0].today is None
    with pytest.raises(SystemExit):
        parse_args(["--today", "20/02/2025"])
