"""The structured pipeline on a model above RESTRICT_ABOVE options: the LP's fractional
neighbourhood, then the whole model for the bound; plans stay feasible and bounds valid."""

from __future__ import annotations

import random

from planner.engine.core import CoreParams, CoreProblem, Item, Option, Resource
from planner.engine.core_tools import evaluate, greedy, violations
from planner.engine.lpbound import LinearModel
from planner.engine.pipeline import RESTRICT_ABOVE, _fractional, _opened, solve_structured


def _queue_core(seed: int = 3, items: int = 420, days: int = 32) -> CoreProblem:
    """Pieces of 10-19 people ready on some day, each choosing a later day (cost = weighted
    days waited) on one of two routes with daily capacities: a congested queue like the
    demo's, where the LP splits pieces across days."""
    rng = random.Random(seed)
    resources = [Resource(rng.choice((60, 76, 90))) for _ in range(2 * days)]
    out = []
    for _ in range(items):
        size = rng.randint(10, 19)
        weight = rng.choice((10, 20, 30))
        ready = rng.randrange(days // 2)
        opts = [Option(weight * size * (d - ready), ((2 * d + route, size),))
                for d in range(ready, days) for route in (0, 1)]
        out.append(Item(1, tuple(opts), 1000 * weight * size))
    return CoreProblem(tuple(out), tuple(resources))


def test_fractional_neighbourhood_frees_only_split_items() -> None:
    core = _queue_core()
    lp = LinearModel(core).lp(10)
    assert lp is not None
    base = [set(v) for v in lp.values]
    keep = _fractional(core, base, lp)
    free = 0
    for i, item in enumerate(core.items):
        vals = lp.values[i]
        whole = len(vals) == 1 and abs(next(iter(vals.values())) - 1) < 1e-6
        assert keep[i] == (base[i] if whole else set(range(len(item.options))))
        free += not whole
    assert 0 < free < len(core.items)


def test_pipeline_above_restrict_threshold_is_feasible_and_bounded() -> None:
    core = _queue_core()
    assert sum(len(it.options) for it in core.items) > RESTRICT_ABOVE
    hint, opened = greedy(core)
    hint_val = evaluate(core, hint, opened)
    res = solve_structured(core, [hint], CoreParams(time_limit=6.0, workers=2))
    assert not violations(core, res.assignment)
    value = evaluate(core, res.assignment, _opened(core, res.assignment))
    assert value == res.objective <= hint_val
    assert res.bound is not None and res.bound <= res.objective
    assert "mip_fractional_time" in res.stats
