"""Large caseloads: improve a complete plan block by block in time order (a large-neighbourhood
search over time windows). Each block's classes are re-optimised with everything else fixed
(their loads taken off the capacities), starting from the current plan, so the plan never gets
worse. Each block is a model of about `block_size` options."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from planner.engine.core import CoreParams, Progress
from planner.engine.core_tools import evaluate
from planner.engine.itineraries import Itinerary, ResKey
from planner.engine.model import build_core
from planner.engine.pipeline import _opened, solve_structured

ByKey = list[dict[str, int]]
MAX_PASSES = 4


def windowed_sizes(pr: object) -> list[int]:
    opts = pr.opts  # type: ignore[attr-defined]
    out = []
    for c in range(len(opts.full)):
        horizon = opts.window_end(c)
        out.append(sum(1 for it in opts.full[c] if it.arrival_day <= horizon))
    return out


def improve_in_blocks(
    pr: object, current: ByKey, deadline: float,
    on_progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> tuple[ByKey, dict[str, float | int | str | None]]:
    opts = pr.opts  # type: ignore[attr-defined]
    s = opts.s
    units = opts.units
    t0 = time.monotonic()
    sizes = windowed_sizes(pr)
    order = sorted(range(len(units.classes)), key=lambda c: (opts.earliest[c], c))

    def cut(offset: int) -> list[list[int]]:
        """Consecutive classes in time order, about `block_size` options a block; the
        first block of a later pass is half as large, so block borders move."""
        out: list[list[int]] = []
        cur: list[int] = []
        tot = 0
        size = min(s.block_size, s.block_options)
        limit = size // 2 if offset else size
        for c in order:
            if cur and tot + sizes[c] > limit:
                out.append(cur)
                cur, tot, limit = [], 0, size
            cur.append(c)
            tot += sizes[c]
        if cur:
            out.append(cur)
        return out

    index: list[dict[str, Itinerary]] = [{it.key: it for it in lst} for lst in opts.full]
    loads: dict[ResKey, int] = defaultdict(int)
    used: dict[int, set[ResKey]] = defaultdict(set)

    def add(c: int, sign: int) -> None:
        size = units.pieces[units.classes[c][0]].size
        for key, k in current[c].items():
            it = index[c][key]
            for r in it.resources:
                loads[r] += sign * size * k
            if sign > 0:
                used[c].update(it.resources)
        if sign < 0:
            used.pop(c, None)

    for c in range(len(units.classes)):
        add(c, 1)
    improved = 0
    done = 0
    passes = 0
    n_blocks = 0
    while passes < MAX_PASSES:
        blocks = cut(passes % 2)
        n_blocks = len(blocks)
        gained = 0
        for n, blk in enumerate(blocks):
            left = deadline - time.monotonic()
            if left < 0.3 or (should_stop is not None and should_stop()):
                break
            gained += _improve_block(opts, current, blk, loads, used, add, left / (
                len(blocks) - n), should_stop)
            done += 1
            if on_progress is not None:
                on_progress(Progress(time.monotonic() - t0, None, None, done))
        passes += 1
        improved += gained
        if gained == 0 or deadline - time.monotonic() < 1.0:
            break
    return current, {"blocks": n_blocks, "blocks_done": done, "block_passes": passes,
                     "block_improvement": improved}


def _improve_block(opts: Any, current: ByKey, blk: list[int], loads: dict[ResKey, int],
                   used: dict[int, set[ResKey]], add: Callable[[int, int], None],
                   share: float, should_stop: Callable[[], bool] | None) -> int:
    s = opts.s
    t = time.monotonic()
    for c in blk:
        add(c, -1)
    inside = set(blk)
    keep = [set(current[c]) if c in inside else set() for c in range(len(opts.units.classes))]
    cm = build_core(opts, keep, subset=blk, fixed_loads=dict(loads), fixed_used=used)
    hint = tuple({o: current[c].get(it.key, 0) for o, it in enumerate(cm.options[i])
                  if current[c].get(it.key, 0)} for i, c in enumerate(blk))
    before = evaluate(cm.core, hint, _opened(cm.core, hint))
    res = solve_structured(cm.core, [hint], CoreParams(
        time_limit=max(0.2, share - (time.monotonic() - t)), workers=s.workers, seed=s.seed),
        None, should_stop, backend=s.backend, use_lp=s.use_lp, restrict_k=s.restrict_k,
        prove_bound=False)
    gained = 0
    if res.objective < before:
        for i, c in enumerate(blk):
            current[c] = {cm.options[i][o].key: k for o, k in res.assignment[i].items()}
        gained = int(before - res.objective)
    for c in blk:
        add(c, 1)
    return gained
