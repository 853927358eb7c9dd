"""The engine's entry point: `plan(problem, settings, on_progress, should_stop) -> PlanResult`."""

from __future__ import annotations

import math
import time
import tracemalloc
from collections.abc import Callable
from typing import TYPE_CHECKING

from planner.engine import core as core_mod
from planner.engine.blocks import improve_in_blocks, windowed_sizes
from planner.engine.core import CoreParams, Progress, Stopped, relative_gap
from planner.engine.explain import explain_unplaced
from planner.engine.greedy import fcfs_order, greedy, priority_order
from planner.engine.itineraries import Itinerary, Network, anchor_key
from planner.engine.model import CoreMap, Options, build_core
from planner.engine.pipeline import solve_structured
from planner.engine.problem import Problem
from planner.engine.result import (
    Chunk,
    PlanResult,
    Unscheduled,
    assemble_chunks,
    loads_of,
    objective_of,
    pack_vehicles,
    terms_of,
)
from planner.engine.settings import PlanSettings
from planner.engine.units import build_units

if TYPE_CHECKING:  # block mode's modules (numpy) load on first use
    from planner.engine.colgen import Column
    from planner.engine.lagrange import Floats, Lagrange

RESERVE_S = 0.3

__all__ = ["PlanResult", "Progress", "greedy_plan", "plan", "prepare"]


class Prepared:
    """Everything derived from the problem before solving (reused by greedy and solver)."""

    def __init__(self, problem: Problem, settings: PlanSettings) -> None:
        t0 = time.monotonic()
        self.problem = problem
        self.settings = settings
        self.units = build_units(problem)
        self.net = Network(problem, settings)
        self.opts = Options(problem, settings, self.net, self.units)
        self.previous = self._previous_keys()
        self.prepare_time = time.monotonic() - t0

    def _previous_keys(self) -> list[dict[str, int]]:
        out: list[dict[str, int]] = []
        for c, cls in enumerate(self.units.classes):
            pkey = self.opts.previous_key(c)
            out.append({pkey: len(cls)} if pkey is not None else {})
        return out

    def build(self, keep: list[dict[str, int]], whole: bool = False,
              should_stop: Callable[[], bool] | None = None) -> CoreMap:
        return build_core(self.opts, [set(k) for k in keep], whole=whole,
                          should_stop=should_stop)

    def to_core(self, cm: CoreMap, by_key: list[dict[str, int]]) -> core_mod.Assignment:
        out = []
        for c, chosen in enumerate(by_key):
            index = {it.key: o for o, it in enumerate(cm.options[c])}
            out.append({index[k]: n for k, n in chosen.items() if k in index and n})
        return tuple(out)

    def result(self, placed: list[list[tuple[Itinerary, int]]], status: str,
               bound: float | None, stats: dict[str, float | int | str | None],
               warnings: list[str]) -> PlanResult:
        warnings = [*warnings, *self.opts.warnings, *self._pins_lost(placed)]
        chunks = assemble_chunks(self.opts, placed)
        vehicles, vwarn = pack_vehicles(self.problem, chunks)
        loads, flights = loads_of(self.opts, chunks)
        unplaced_w = 0
        moved = 0
        placed_people = {pid for ch in chunks for pid in ch.people}
        prev_key_of: dict[int, str] = {}
        for prev in self.problem.previous:
            pk = anchor_key(prev.steps, prev.receiving_point)
            for pid in prev.people:
                prev_key_of[pid] = pk
        for ch in chunks:
            moved += sum(1 for pid in ch.people if pid in prev_key_of and prev_key_of[pid] !=
                         ch.key)
        for cls in self.units.classes:
            for i in cls:
                pc = self.units.pieces[i]
                if pc.people[0] not in placed_people:
                    unplaced_w += pc.weight
                    moved += sum(1 for pid in pc.people if pid in prev_key_of)
        deadlines = {b.id: b.deadline for b in self.problem.batches}
        for ch in chunks:
            dl = deadlines.get(ch.batch_id)
            if dl is not None and ch.arrival_day > dl:
                warnings = [*warnings, f"batch {ch.batch_ref}: {len(ch.people)} people arrive "
                            f"{ch.arrival_day.isoformat()}, after the legal deadline "
                            f"{dl.isoformat()}"]
        terms = terms_of(self.problem, self.settings, chunks, flights, unplaced_w, moved)
        objective = float(objective_of(terms))
        unscheduled = self._unscheduled(chunks, placed)
        if bound is not None and bound > objective:
            bound = objective
        return PlanResult(
            status=status, objective=objective, best_bound=bound,
            gap=relative_gap(objective, bound), terms=terms, chunks=tuple(chunks),
            vehicles=tuple(vehicles), flights=tuple(flights), loads=tuple(loads),
            unscheduled=unscheduled, warnings=tuple(warnings + vwarn),
            start=self.problem.start, end=self.problem.end, settings=self.settings,
            stats=stats)

    def _pins_lost(self, placed: list[list[tuple[Itinerary, int]]]) -> list[str]:
        """Pinned chunks that could not keep their itinerary (a disruption took it away)."""
        out = []
        batches = {b.id: b.ref for b in self.problem.batches}
        for c, cls in enumerate(self.units.classes):
            pc = self.units.pieces[cls[0]]
            key = self.opts.previous_key(c)
            if pc.pinned and key is not None and all(it.key != key for it, _ in placed[c]):
                out.append(f"batch {batches.get(pc.batch_id, pc.batch_id)}: a pinned chunk "
                           "cannot keep its itinerary any more and was re-planned")
        return list(dict.fromkeys(out))

    def _unscheduled(self, chunks: list[Chunk],
                     placed: list[list[tuple[Itinerary, int]]]) -> tuple[Unscheduled, ...]:
        batches = {b.id: b for b in self.problem.batches}
        reasons: dict[int, list[str]] = {}
        people: dict[int, list[int]] = {}
        for ex in self.units.exclusions:
            reasons.setdefault(ex.batch_id, []).append(ex.text)
            people.setdefault(ex.batch_id, []).extend(ex.people)
        for bid, pids, text in explain_unplaced(self.opts, chunks, placed):
            reasons.setdefault(bid, []).append(text)
            people.setdefault(bid, []).extend(pids)
        return tuple(Unscheduled(bid, batches[bid].ref, tuple(sorted(people[bid])),
                                 tuple(reasons[bid])) for bid in sorted(reasons))


def prepare(problem: Problem, settings: PlanSettings) -> Prepared:
    return Prepared(problem, settings)


def _placed(cm: CoreMap, assignment: core_mod.Assignment) -> list[list[tuple[Itinerary, int]]]:
    return [[(cm.options[c][o], k) for o, k in sorted(chosen.items(), key=lambda ok: (
        cm.options[c][ok[0]].arrival, ok[0]))] for c, chosen in enumerate(assignment)]


def _placed_keys(pr: Prepared, by_key: list[dict[str, int]]) -> list[list[tuple[Itinerary, int]]]:
    out = []
    for c, chosen in enumerate(by_key):
        index = {it.key: it for it in pr.opts.full[c]}
        out.append(sorted(((index[k], n) for k, n in chosen.items() if n),
                          key=lambda t: (t[0].arrival, t[0].key)))
    return out


def greedy_plan(problem: Problem, settings: PlanSettings,
                prepared: Prepared | None = None) -> PlanResult:
    """The first-come-first-served baseline, as a plan."""
    t0 = time.monotonic()
    pr = prepared or Prepared(problem, settings)
    by_key = greedy(pr.opts, fcfs_order(pr.opts))
    stats: dict[str, float | int | str | None] = {"wall_time": round(time.monotonic() - t0, 3),
                                                  "method": "greedy"}
    return pr.result(_placed_keys(pr, by_key), "GREEDY", None, stats, [])


def plan(
    problem: Problem,
    settings: PlanSettings,
    on_progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    prepared: Prepared | None = None,
) -> PlanResult:
    """Solve: greedy plans as complete hints, the LP bound and its rounding, then CP-SAT on the
    options that matter (see pipeline.py)."""
    t0 = time.monotonic()
    pr = prepared or Prepared(problem, settings)
    fixed = pr.previous if problem.previous else None
    candidates = [greedy(pr.opts, priority_order(pr.opts), fixed),
                  greedy(pr.opts, fcfs_order(pr.opts), fixed)]
    keep = [dict(a) for a in candidates[0]]
    for c, k in enumerate(candidates[1]):
        keep[c].update(k)
    if sum(len(x) for x in pr.opts.full) > settings.block_options:
        return _plan_in_blocks(pr, candidates, keep, t0, on_progress, should_stop)
    # every itinerary is in the model: its bounds are bounds of the whole problem (a model
    # cut to `window_days` gave the 1x demo a "bound" of 468,277 above a plan found later
    # with every itinerary, 467,885)
    cm = pr.build(keep, whole=True)
    hints = [pr.to_core(cm, cand) for cand in candidates]
    build_time = time.monotonic() - t0
    # a little time is kept for turning the answer into a plan (chunks, vehicles, reasons)
    params = CoreParams(time_limit=max(0.1, settings.time_limit - build_time - RESERVE_S),
                        workers=settings.workers, seed=settings.seed,
                        relative_gap=settings.relative_gap)
    warnings: list[str] = []
    res = solve_structured(cm.core, hints if settings.use_hint else hints[:1], params,
                           on_progress, should_stop, t_offset=build_time,
                           use_lp=settings.use_lp, restrict_k=settings.restrict_k,
                           backend=settings.backend)
    stats: dict[str, float | int | str | None] = {
        "people": len(problem.people),
        "batches": len(problem.batches),
        "pieces": len(pr.units.pieces),
        "classes": len(pr.units.classes),
        "options": sum(len(it.options) for it in cm.core.items),
        "options_all": sum(len(x) for x in pr.opts.full),
        "resources": len(cm.core.resources),
        "prepare_time": round(pr.prepare_time, 3),
        "build_time": round(build_time, 3),
    }
    stats.update(res.stats)
    stats["wall_time"] = round(time.monotonic() - t0, 3)
    assignment, status, bound = res.assignment, res.status, res.bound
    forced = _forced_change_cost(pr, cm)
    if bound is not None:
        bound += forced
    stats["forced_change_cost"] = forced
    if tracemalloc.is_tracing():
        stats["traced_peak_bytes"] = tracemalloc.get_traced_memory()[1]
    return pr.result(_placed(cm, assignment), status, bound, stats, warnings)


def _plan_in_blocks(
    pr: Prepared, candidates: list[list[dict[str, int]]], keep: list[dict[str, int]], t0: float,
    on_progress: Callable[[Progress], None] | None,
    should_stop: Callable[[], bool] | None,
) -> PlanResult:
    """Large caseloads: a proven bound first (column generation, see `_block_bound`), then the
    greedy plan improved block by block (see blocks.py)."""
    settings = pr.settings
    first = time.monotonic() - t0
    current = [dict(a) for a in candidates[0]]
    bound: float | None = None
    lp_stats: dict[str, float | int | str | None] = {}
    if settings.use_lp and settings.block_bound_share > 0:
        def on_bound(b: float | None) -> None:
            if on_progress is not None:
                on_progress(Progress(time.monotonic() - t0, None, b, 0))

        last = [time.monotonic()]

        def stop_or_tick() -> bool:
            """Asked often while the bound's model is built: progress twice a second."""
            now = time.monotonic()
            if now - last[0] >= 0.5:
                last[0] = now
                on_bound(None)
            return should_stop is not None and should_stop()

        bound, lp_stats = _block_bound(pr, keep, settings.time_limit
                                       * settings.block_bound_share, should_stop, stop_or_tick,
                                       on_bound)

    def with_bound(pg: Progress) -> None:
        if on_progress is not None:
            on_progress(Progress(time.monotonic() - t0, pg.objective, bound, pg.solutions))

    current, bstats = improve_in_blocks(pr, current, t0 + settings.time_limit - RESERVE_S,
                                        with_bound, should_stop)
    stats: dict[str, float | int | str | None] = {
        "people": len(pr.problem.people), "batches": len(pr.problem.batches),
        "pieces": len(pr.units.pieces), "classes": len(pr.units.classes),
        "options": sum(windowed_sizes(pr)), "options_all": sum(len(x) for x in pr.opts.full),
        "prepare_time": round(pr.prepare_time, 3), "first_solution_time": round(first, 3),
        "mode": "blocks"}
    stats.update(bstats)
    stats.update(lp_stats)
    stats["wall_time"] = round(time.monotonic() - t0, 3)
    return pr.result(_placed_keys(pr, current), "FEASIBLE", bound, stats, [])


def _block_bound(pr: Prepared, keep: list[dict[str, int]], limit: float,
                 should_stop: Callable[[], bool] | None, tick_stop: Callable[[], bool],
                 on_bound: Callable[[float | None], None]
                 ) -> tuple[float | None, dict[str, float | int | str | None]]:
    """A proven bound for a large caseload: the LP of the whole problem by column generation,
    from the greedy plans' options (`keep`) and each class's cheapest few; the windowed
    model's options and the itineraries outside the window are priced each round (see
    horizon.py). While the model is built, `tick_stop` is asked (it reports progress); then
    `should_stop`."""
    from planner.engine.colgen import column_generation
    from planner.engine.horizon import Outside

    t = time.monotonic()
    try:
        cm = pr.build(keep, should_stop=tick_stop)
        start: list[set[int]] = []
        for i, item in enumerate(cm.core.items):
            index = {it.key: o for o, it in enumerate(cm.options[i])}
            first = {index[key] for key in keep[i] if key in index}
            first |= set(sorted(range(len(item.options)), key=lambda o: (
                item.options[o].cost, o))[:pr.settings.restrict_k])
            start.append(first)
        out = Outside(pr.opts, cm, tick_stop)
        forced = _forced_change_cost(pr, cm)

        def report(b: float | None) -> None:  # as the result will say it
            on_bound(None if b is None else math.ceil(b - 1e-6 * max(1.0, abs(b))) + forced)

        def outside(w: Floats, lag: Lagrange, duals: Floats) -> tuple[list[Column], float]:
            priced = out.price(w, lag, duals, 4)
            return priced.columns, priced.drop

        left = max(1.0, limit - (time.monotonic() - t))
        cg = column_generation(cm.core, start, left, should_stop, on_bound=report,
                               outside=outside)
    except Stopped:  # cancelled while preparing: the greedy plan, no bound
        return None, {"lp_time": round(time.monotonic() - t, 3), "stopped": 1}
    stats: dict[str, float | int | str | None] = {
        "lp_rounds": cg.iterations, "lp_columns": cg.columns, "lp_converged": int(cg.converged),
        "lp_outside_options": len(out), "lp_outside_columns": int(out.added.sum())}
    bound: float | None = None
    if cg.bound is not None:
        stats["lp_bound"] = cg.bound
        bound = cg.bound + forced
    stats["lp_time"] = round(time.monotonic() - t, 3)
    return bound, stats


def _forced_change_cost(pr: Prepared, cm: CoreMap) -> int:
    """Moves forced by a disruption (the previous itinerary is gone) cost the same in every
    plan: the core leaves them out, the reported terms count them, so bounds include them."""
    forced = 0
    for c, chosen in enumerate(pr.previous):
        if chosen and not cm.core.items[c].previous:
            pc = pr.units.pieces[pr.units.classes[c][0]]
            forced += pr.settings.weights.change * pc.size * len(pr.units.classes[c])
    return forced
