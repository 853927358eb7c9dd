"""Bounds: the LP by column generation, Lagrangian bounds from any duals, and the bound of the
whole problem when the model leaves later itineraries out (window_days)."""

from __future__ import annotations

import math

from planner.engine.colgen import column_generation
from planner.engine.horizon import Outside
from planner.engine.lagrange import lagrange_of
from planner.engine.lpbound import LinearModel
from planner.engine.pipeline import _restrict
from planner.engine.planner import prepare
from planner.engine.problem import Crossing
from tests.engine_helpers import CPA, CPB, Scenario, medium_scenario, settings, solve_valid


def _separated() -> Scenario:
    """The medium scenario with two pairs of people who must travel apart."""
    s = medium_scenario()
    s.separations = [(1, 40), (60, 100)]
    return s


def _core(s: Scenario, **kw: object):  # type: ignore[no-untyped-def]
    pr = prepare(s.problem(), settings(**kw))
    return pr, pr.build([{} for _ in pr.units.classes])


def test_column_generation_reaches_the_whole_lp() -> None:
    _, cm = _core(_separated())
    core = cm.core
    assert core.conflicts  # the separations are in the model
    full = LinearModel(core).lp(30)
    assert full is not None
    cheapest = [{min(range(len(it.options)), key=lambda o: it.options[o].cost)}
                if it.options else set() for it in core.items]
    cg = column_generation(core, cheapest, 30, per_item=1)
    assert cg.converged and cg.iterations > 1
    assert cg.lp is not None and math.isclose(cg.lp.value, full.value, rel_tol=1e-9)
    assert cg.bound == full.bound


def test_lagrangian_of_any_restricted_lp_is_a_lower_bound() -> None:
    _, cm = _core(_separated())
    core = cm.core
    full = LinearModel(core).lp(30)
    assert full is not None
    # the LP over only each item's two latest options: its duals price everything else
    keep = [set(range(len(it.options))[-2:]) for it in core.items]
    whole = {c.a for c in core.conflicts} | {c.b for c in core.conflicts}
    for i in whole:
        keep[i] = set(range(len(core.items[i].options)))
    sub, maps = _restrict(core, keep)
    lm = LinearModel(sub)
    part = lm.lp(30)
    assert part is not None and part.value > full.value + 1  # a poor master
    lag, _, _ = lagrange_of(lm, core, whole=whole, maps=maps)
    assert lag.value <= full.value + 1e-6
    # and at the whole LP's own duals the Lagrangian is the LP value
    lm_full = LinearModel(core)
    lm_full.lp(30)
    assert math.isclose(lagrange_of(lm_full, core)[0].value, full.value, rel_tol=1e-9)


def _queue() -> Scenario:
    """A crossing that takes 10 a day and 60 people ready on day 0: most must wait far longer
    than a 1-day window."""
    s = Scenario(days=12, crossing=Crossing(1, "X1", "Bridge", CPA, CPB, 10))
    s.daily_flights(max_det=50)
    for _ in range(6):
        s.add_batch(10, ready=0)
    return s


def test_outside_itineraries_are_priced_into_the_bound() -> None:
    best = solve_valid(_queue().problem(), time_limit=20)  # every itinerary in the model
    assert best.status == "OPTIMAL" and best.best_bound == best.objective
    pr, cm = _core(_queue(), window_days=1)  # no greedy itineraries: only a 1-day window
    lp = LinearModel(cm.core).lp(30)
    assert lp is not None
    # the windowed model alone would claim more than the true optimum (the test can fail) …
    assert lp.bound > best.objective
    out = Outside(pr.opts, cm)

    def outside(w, lag, duals):  # type: ignore[no-untyped-def]
        priced = out.price(w, lag, duals, 4)
        return priced.columns, priced.drop

    everything = [set(range(len(it.options))) for it in cm.core.items]
    cg = column_generation(cm.core, everything, 30, outside=outside)
    # … pricing the itineraries it left out makes it a bound of the whole problem
    assert cg.converged and out.added.any()
    assert cg.bound is not None and cg.bound <= best.objective
    # and every round's Lagrangian (with what the outside options could save) holds already
    one = Outside(pr.opts, cm)
    rounds: list[float] = []

    def record(w, lag, duals):  # type: ignore[no-untyped-def]
        priced = one.price(w, lag, duals, 4)
        rounds.append(lag.value + priced.drop)
        return priced.columns, priced.drop

    done = column_generation(cm.core, everything, 30, outside=record)
    assert len(rounds) > 1 and max(rounds) <= best.objective
    # at convergence nothing outside can save anything: the round's bound is the LP's
    assert done.bound is not None and rounds[-1] >= done.bound - 1


def test_block_mode_reports_a_proven_bound() -> None:
    ref = solve_valid(_separated().problem(), time_limit=20)
    res = solve_valid(_separated().problem(), block_options=40, time_limit=8)
    assert res.stats["mode"] == "blocks"
    assert res.best_bound is not None and res.gap is not None
    assert res.best_bound <= ref.objective <= res.objective
    assert int(res.stats["lp_rounds"] or 0) >= 1


def test_block_mode_stops_while_building_the_bound() -> None:
    from planner.engine.planner import plan

    seen: list[float | None] = []
    res = plan(_separated().problem(), settings(block_options=40, time_limit=30),
               on_progress=lambda p: seen.append(p.bound), should_stop=lambda: True)
    assert res.stats["mode"] == "blocks" and res.stats.get("stopped") == 1
    assert res.best_bound is None and res.scheduled_people > 0  # the greedy plan is kept
    assert float(res.stats["wall_time"] or 0) < 2.0
