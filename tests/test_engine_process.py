"""The engine in a child process (what the desktop app uses): same answer, progress, cancel."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from planner.engine.core import Progress
from planner.engine.process import run_plan_isolated
from planner.engine.service import validate_stored
from planner.engine.settings import PlanSettings
from tests.plan_scenario import D0, fill_plannable


def test_child_process_plans_and_the_caller_sees_the_plan(engine: Engine) -> None:
    fill_plannable(engine)
    seen: list[Progress] = []
    out = run_plan_isolated(engine, PlanSettings(time_limit=5, workers=2, start=D0),
                            actor="tester", on_progress=seen.append)
    assert out.result.scheduled_people > 0
    assert validate_stored(engine, out.plan_id) == []
    with engine.connect() as c:
        assert c.execute(text("SELECT status FROM plan WHERE id = :i"),
                         {"i": out.plan_id}).scalar_one() == "draft"
    assert seen, "progress reached the caller"


def test_cancel_is_honoured(engine: Engine) -> None:
    fill_plannable(engine)
    asked = time.monotonic() + 0.5
    started = time.monotonic()
    out = run_plan_isolated(engine, PlanSettings(time_limit=60, workers=2, start=D0),
                            actor="tester", should_stop=lambda: time.monotonic() > asked)
    assert time.monotonic() - started < 30
    assert out.plan_id > 0


def test_errors_of_the_child_reach_the_caller(engine: Engine) -> None:
    from planner.engine.store import PlanError

    with pytest.raises(PlanError):
        run_plan_isolated(engine, PlanSettings(time_limit=5, workers=2, start=D0),
                          replan=True, base_id=None, actor="tester")
