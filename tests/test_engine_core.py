"""The generic core: GAP instances at their known optima, LP bound, cancel, determinism."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from planner.engine.core import CoreParams, solve
from planner.engine.core_tools import evaluate, violations
from planner.engine.gap import agents_of, check, read_gap, read_optima, solve_gap, to_core
from planner.engine.lpbound import lp_bound, lp_round, solve_lp
from planner.engine.planner import plan
from tests.engine_helpers import medium_scenario, settings, solve_valid

GAP_DIR = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "gap"
needs_gap = pytest.mark.skipif(not GAP_DIR.exists(), reason="GAP instances not present")


@needs_gap
@pytest.mark.parametrize("backend", ["mip", "cpsat"])
@pytest.mark.parametrize("name", ["cattrysse1994/gap1-0", "cattrysse1994/gap4-2",
                                  "cattrysse1994/gap8-3", "cattrysse1994/gap12-4",
                                  "chu1997/a05100"])
def test_gap_instances_reach_known_optimum(name: str, backend: str) -> None:
    inst = read_gap(GAP_DIR / name)
    optimum = read_optima(GAP_DIR / "optima.csv")[name]
    sol = solve_gap(inst, CoreParams(time_limit=20, workers=2), backend=backend)
    assert sol.status == "OPTIMAL"
    assert check(inst, agents_of(sol)) == optimum == sol.objective


@needs_gap
def test_gap_lp_bound_is_a_lower_bound_and_rounding_is_consistent() -> None:
    inst = read_gap(GAP_DIR / "cattrysse1994/gap5-1")
    core = to_core(inst)
    bound = lp_bound(core)
    optimum = read_optima(GAP_DIR / "optima.csv")["cattrysse1994/gap5-1"]
    assert bound is not None and bound <= optimum
    lp = solve_lp(core)
    assert lp is not None
    assignment, opened = lp_round(core, lp)
    if not violations(core, assignment):
        assert evaluate(core, assignment, opened) >= optimum


@needs_gap
def test_cancel_is_honoured_within_a_second() -> None:
    inst = read_gap(GAP_DIR / "chu1997/d20200")
    t0 = time.monotonic()
    sol = solve(to_core(inst), CoreParams(time_limit=30, workers=2),
                should_stop=lambda: time.monotonic() - t0 > 0.5)
    assert time.monotonic() - t0 < 1.8
    assert sol.status in ("FEASIBLE", "UNKNOWN")


def test_same_seed_same_plan() -> None:
    a = solve_valid(medium_scenario().problem(), seed=7, workers=2)
    b = solve_valid(medium_scenario().problem(), seed=7, workers=2)
    assert [(c.batch_ref, c.people, c.key) for c in a.chunks] == [
        (c.batch_ref, c.people, c.key) for c in b.chunks]
    assert a.objective == b.objective


def test_plan_reports_progress_and_stops_when_asked() -> None:
    seen: list[float] = []
    res = plan(medium_scenario().problem(), settings(time_limit=30),
               on_progress=lambda p: seen.append(p.elapsed), should_stop=lambda: True)
    assert seen
    assert res.stats["wall_time"] is not None and float(res.stats["wall_time"]) < 2.0
    assert res.scheduled_people > 0  # the greedy plan is kept


@pytest.mark.parametrize("backend", ["mip", "cpsat"])
def test_both_backends_agree_on_a_small_optimum(backend: str) -> None:
    res = solve_valid(medium_scenario().problem(), backend=backend, time_limit=20)
    ref = solve_valid(medium_scenario().problem(), backend="mip", time_limit=20)
    assert res.status == "OPTIMAL" and res.objective == ref.objective
    assert res.best_bound == res.objective


def test_block_mode_improves_greedy_and_keeps_every_limit() -> None:
    from planner.engine.planner import greedy_plan

    p = medium_scenario().problem()
    res = solve_valid(p, block_options=40, time_limit=6)
    assert res.stats["mode"] == "blocks" and int(res.stats["blocks"] or 0) > 1
    base = greedy_plan(p, settings())
    assert res.objective is not None and base.objective is not None
    assert res.objective <= base.objective
