"""The LP of a large core by column generation.

A restricted master (some of the core's options as columns) is solved in GLOP; options whose
reduced cost is negative join it and it is solved again; when none is left, the master's LP is
the whole core's LP. Each round also gives a Lagrangian bound (lagrange.py) that holds whatever
the master holds. With an outside pricer (horizon.py) itineraries the core left out are priced
and added too.

The LP of the 10x demo's 542,679 options took 17 s and 2 GB in GLOP at once; by column
generation the bound is settled in 4 rounds and 25 s at 1.7 GB peak for the whole process.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from ortools.linear_solver import pywraplp

from planner.engine.core import CoreProblem
from planner.engine.lagrange import (
    Floats,
    Ints,
    Lagrange,
    OptionArrays,
    lagrange_of,
    option_arrays,
    special_items,
)
from planner.engine.lpbound import LinearModel, LpResult

#: column generation stops when its Lagrangian bound is this close to the master's LP value
#: (10x demo: rounds 4 and 5 moved the bound by 32 of 3.67 million, 6 s)
CLOSE_ENOUGH = 1e-4

@dataclass(frozen=True, slots=True)
class Column:
    """A column for the master that is not an option of the core (an itinerary outside it)."""

    item: int
    cost: float
    """its objective coefficient (cost − unassigned penalty)"""
    ub: float
    usage: tuple[tuple[int, int], ...]
    """(resource of the core, amount per copy); resources the core lacks are left out"""


#: prices the options outside the core: (resource prices, the round's Lagrangian, item duals) →
#: (new columns, what the outside options can take off the Lagrangian bound, ≤ 0)
OutsidePricer = Callable[[Floats, Lagrange, Floats], tuple[list[Column], float]]


@dataclass(frozen=True, slots=True)
class ColumnGeneration:
    bound: float | None
    """an integer lower bound on every plan of the core (None: no LP solved in time)"""
    lp: LpResult | None
    """the last master's LP solution, in the core's option indices"""
    converged: bool
    iterations: int
    columns: int


class Master:
    """The restricted master: the core's rows with some of its options as columns, loaded in
    GLOP once; new columns are added to the loaded model, so each round starts from the last
    basis."""

    def __init__(self, core: CoreProblem, arr: OptionArrays, keep: Sequence[set[int]]) -> None:
        from planner.engine.pipeline import _restrict

        sub, maps = _restrict(core, list(keep))
        self.core, self.arr = core, arr
        self.lm = LinearModel(sub, all_rows=True)
        self.maps = [list(m) for m in maps]
        self.glop: pywraplp.Solver | None = None
        # (item, the core's option, variable) of every column
        self.cols: list[tuple[int, int, int]] = [
            (i, maps[i][o], v) for i, c in enumerate(self.lm.columns) for o, v, _ in c]

    def add(self, options: Ints) -> None:
        """Columns for these options of the core (flat indices into `arr`)."""
        arr = self.arr
        items = np.searchsorted(arr.first, options, side="right") - 1
        for pos, i in zip(options.tolist(), items.tolist(), strict=True):
            usage = tuple((int(arr.res[k]), int(arr.amt[k]))
                          for k in range(int(arr.ptr[pos]), int(arr.ptr[pos + 1])))
            v = self.add_column(Column(i, float(arr.cost[pos]), float(arr.ub[pos]), usage))
            self.cols.append((i, pos - int(arr.first[i]), v))

    def add_column(self, col: Column) -> int:
        """A column appended to the model (its variable's index)."""
        lm, proto = self.lm, self.lm.proto
        v = len(proto.variable)
        var = proto.variable.add()
        var.lower_bound, var.upper_bound = 0.0, col.ub
        var.objective_coefficient = col.cost
        terms: dict[int, float] = {lm.item_row[col.item]: 1.0}
        for r, a in col.usage:
            cap, ratio, seat = lm.res_rows[r]
            if cap >= 0:
                terms[cap] = terms.get(cap, 0.0) + a
            if ratio >= 0:
                terms[ratio] = terms.get(ratio, 0.0) - self.core.resources[r].escort_num * a
            if seat >= 0:
                terms[seat] = terms.get(seat, 0.0) + a
            for k in lm.conflict_rows.get((col.item, r), ()):
                terms[k] = terms.get(k, 0.0) + 1.0
        cons = proto.constraint
        for row, coef in terms.items():
            cons[row].var_index.append(v)
            cons[row].coefficient.append(coef)
        return v

    def solve(self, time_limit: float) -> LpResult | None:
        """The master's LP, loaded afresh (GLOP re-solving after columns were added to a loaded
        model was measured 3-5 times slower than a cold solve on the 10x demo)."""
        glop = self.lm._load("GLOP")
        if glop is None:
            return None
        self.glop = glop
        res = self.lm.solve_glop(glop, time_limit)
        if res is None:
            return None
        values: list[dict[int, float]] = [{} for _ in self.core.items]
        x = self.lm.x
        for i, o, v in self.cols:
            if x[v] > 1e-7:
                values[i][o] = x[v]
        return LpResult(res.bound, tuple(values), True, res.value)

    def interrupt(self) -> None:
        if self.glop is not None:
            self.glop.InterruptSolve()


def column_generation(
    core: CoreProblem,
    start: Sequence[set[int]],
    time_limit: float,
    should_stop: Callable[[], bool] | None = None,
    per_item: int = 4,
    on_bound: Callable[[float | None], None] | None = None,
    outside: OutsidePricer | None = None,
) -> ColumnGeneration:
    """The LP of `core` from the options in `start` (per item), adding at most `per_item`
    options of negative reduced cost per item and round. Items in separations or with a
    partly kept previous option take all their options from the start (their rows are not
    priced here). Stops at the time limit with the best Lagrangian bound so far. Every
    quarter second `on_bound` hears the best bound so far and `should_stop` is asked (a
    running LP is interrupted). With `outside`, options outside the core are priced too (and
    join as columns): the bound is then one of the whole problem. Asked to stop while the
    option arrays are built, it raises core.Stopped."""
    deadline = time.monotonic() + time_limit
    seen: list[float | None] = [None]
    masters: list[Master] = []
    done = threading.Event()

    def tick() -> None:
        while not done.wait(0.25):
            if should_stop is not None and should_stop():
                for m in masters:
                    m.interrupt()
            if on_bound is not None:
                on_bound(seen[0])

    ticker = threading.Thread(target=tick, daemon=True, name="colgen-ticker")
    ticker.start()
    try:
        arr = option_arrays(core, should_stop)
        n_items = len(core.items)
        in_master = np.zeros(len(arr.cost), dtype=bool)
        whole = special_items(core)
        for i in range(n_items):
            base = int(arr.first[i])
            if i in whole:
                in_master[base:int(arr.first[i + 1])] = True
            else:
                for o in start[i]:
                    in_master[base + o] = True
                for o, _ in (*core.items[i].pinned, *core.items[i].previous):
                    in_master[base + o] = True
        in_master &= (arr.ub > 0) | np.isin(arr.item, list(whole))
        keep = [set(np.nonzero(in_master[arr.first[i]:arr.first[i + 1]])[0].tolist())
                for i in range(n_items)]
        master = Master(core, arr, keep)
        masters.append(master)
        return _rounds(master, in_master, whole, deadline, should_stop, per_item, seen,
                       outside)
    finally:
        done.set()
        ticker.join()


def _rounds(master: Master, in_master: npt.NDArray[np.bool_], whole: set[int],
            deadline: float, should_stop: Callable[[], bool] | None, per_item: int,
            seen: list[float | None], outside: OutsidePricer | None) -> ColumnGeneration:
    core, arr = master.core, master.arr
    item = arr.item
    best: float | None = None
    lp: LpResult | None = None
    rounds = 0
    converged = False
    while time.monotonic() < deadline and not (should_stop and should_stop()):
        res = master.solve(max(0.5, deadline - time.monotonic()))
        rounds += 1
        if res is None:
            break
        lp = res
        lag, w, rc = lagrange_of(master.lm, core, arr, whole, master.maps)
        lm = master.lm
        duals_items = np.array([lm.duals[k] for k in lm.item_row])
        extra, drop = outside(w, lag, duals_items) if outside is not None else ([], 0.0)
        value = lag.value + drop
        best = value if best is None else max(best, value)
        seen[0] = best
        reduced = rc - duals_items[item]
        cand = np.nonzero((reduced < -1e-6) & ~in_master & (arr.ub > 0))[0]
        if len(cand) == 0 and not extra:
            converged = True
            best = max(best, res.value)
            break
        if res.value - best <= CLOSE_ENOUGH * max(1.0, abs(res.value)):
            break  # the bound is within 0.01 % of the LP: more rounds would not move it
        for col in extra:
            master.add_column(col)
        order = cand[np.lexsort((reduced[cand], item[cand]))]
        grp = item[order]
        rank = np.arange(len(order)) - np.searchsorted(grp, grp)
        new = order[rank < per_item]
        in_master[new] = True
        master.add(new)
    bound = None if best is None else float(math.ceil(best - 1e-6 * max(1.0, abs(best))))
    return ColumnGeneration(bound, lp, converged, rounds, int(in_master.sum()))
