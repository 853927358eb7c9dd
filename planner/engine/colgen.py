"""Lagrangian bounds from LP duals, and the LP of a large core by column generation.

With the duals of any LP over some of the core's options (a restricted master), every row but
the items' own rows is priced into the options' costs; what is left splits item by item, and
its minimum is a valid lower bound on every plan of the whole core (Lagrangian relaxation:
valid for any duals of the right sign). Options whose reduced cost is negative join the master
and it is solved again; when none is left, the master's LP is the whole core's LP.

The LP of the 10x demo's 542,679 options took 17 s and 1 GB in GLOP; the restricted masters
need a fraction of that (benchmarks/solver.py reports both).
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

from planner.engine.core import CoreProblem, Item, check_stop
from planner.engine.lpbound import LinearModel, LpResult

#: column generation stops when its Lagrangian bound is this close to the master's LP value
#: (10x demo: rounds 4 and 5 moved the bound by 32 of 3.67 million, 6 s)
CLOSE_ENOUGH = 1e-4

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class OptionArrays:
    """Every option of a core as flat arrays (options of item i at first[i]:first[i+1])."""

    first: Ints
    cost: Floats
    """the option's objective coefficient in the linear model (cost − unassigned penalty −
    change penalty when it is the item's whole previous option)"""
    ub: Floats
    """the most copies the option can take (the count, or less where a capacity is smaller)"""
    ptr: Ints
    res: Ints
    amt: Floats

    @property
    def item(self) -> Ints:
        return np.repeat(np.arange(len(self.first) - 1), np.diff(self.first))


def option_arrays(core: CoreProblem, should_stop: Callable[[], bool] | None = None
                  ) -> OptionArrays:
    caps = [r.capacity for r in core.resources]
    cost: list[float] = []
    ub: list[float] = []
    ptr = [0]
    res: list[int] = []
    amt: list[float] = []
    first = [0]
    for n, item in enumerate(core.items):
        check_stop(should_stop, n)
        penalty = item.unassigned_penalty or 0
        prev_full = {o for o, c in item.previous if c >= item.count}
        for o, opt in enumerate(item.options):
            u = item.count
            for r, a in opt.usage:
                res.append(r)
                amt.append(a)
                if a > 0:
                    u = min(u, caps[r] // a)
            ptr.append(len(res))
            cost.append(opt.cost - penalty - (item.change_penalty if o in prev_full else 0))
            ub.append(max(0, u))
        first.append(len(cost))
    return OptionArrays(np.array(first, dtype=np.int64), np.array(cost), np.array(ub),
                        np.array(ptr, dtype=np.int64), np.array(res, dtype=np.int64),
                        np.array(amt))


def resource_prices(lm: LinearModel) -> Floats:
    """Per resource: w with an option's reduced cost = cost − Σ amount × w (w ≤ 0)."""
    d = lm.duals
    w = np.zeros(len(lm.core.resources))
    for r, (cap, ratio, seat) in enumerate(lm.res_rows):
        v = d[cap] if cap >= 0 else 0.0
        if ratio >= 0:
            v -= lm.core.resources[r].escort_num * d[ratio]
        if seat >= 0:
            v += d[seat]
        w[r] = min(0.0, v)
    return w


def priced(arr: OptionArrays, w: Floats) -> Floats:
    """Every option's cost with the resources priced in (its reduced cost before the item's
    own dual)."""
    cs = np.concatenate(([0.0], np.cumsum(arr.amt * w[arr.res])))
    return arr.cost - (cs[arr.ptr[1:]] - cs[arr.ptr[:-1]])


@dataclass(frozen=True, slots=True)
class Lagrange:
    value: float
    """a lower bound on every plan of the core"""
    last: Floats
    """per item: the priced cost of the last copy its minimum takes (0 when copies stay
    unassigned); forcing a copy onto an option priced c costs at least c − last more"""
    pair_prices: dict[tuple[int, int], float]
    """(item, resource) → what its separation rows add per copy on that resource (≤ 0, to be
    taken off like a resource price)"""


def lagrangian(lm: LinearModel, core: CoreProblem, arr: OptionArrays, rc: Floats) -> Lagrange:
    """The Lagrangian bound for the duals of `lm` (an LP over some options of `core`), with
    `rc` the priced cost of every option of `core`."""
    proto = lm.proto
    d = lm.duals
    item_rows = set(lm.item_row)
    total = float(proto.objective_offset)
    for k, c in enumerate(proto.constraint):
        if k in item_rows or d[k] == 0.0:
            continue
        side = c.upper_bound if d[k] < 0 else c.lower_bound
        if math.isfinite(side):
            total += d[k] * side
    option_vars = {v for cols in lm.columns for _, v, _ in cols}
    for v in range(lm.n_base_vars):  # later ones are columns added by column generation
        var = proto.variable[v]
        if v not in option_vars:
            r = lm.reduced_costs[v]
            total += min(r * var.lower_bound, r * var.upper_bound)
    mins, last = _item_minima(core.items, arr, rc)
    pairs = {key: float(sum(d[k] for k in rows)) for key, rows in lm.conflict_rows.items()}
    return Lagrange(total + float(mins), last, pairs)


def _item_minima(items: Sequence[Item], arr: OptionArrays, rc: Floats) -> tuple[float, Floats]:
    """Σ over items of min Σ rc·n (Σ n ≤ count, or = count when required; pins kept), and
    per item the priced cost of the last copy taken."""
    n = len(items)
    counts = np.array([it.count for it in items], dtype=np.float64)
    item = arr.item
    special = [i for i, it in enumerate(items) if it.pinned or it.unassigned_penalty is None]
    take_mask = rc < 0
    if special:
        take_mask[np.isin(item, special)] = False
    idx = np.nonzero(take_mask)[0]
    order = idx[np.lexsort((rc[idx], item[idx]))]
    it_sorted = item[order]
    ub = arr.ub[order]
    cum = np.cumsum(ub)
    starts = np.searchsorted(it_sorted, np.arange(n))
    before = np.concatenate(([0.0], cum))[starts]  # Σ ub of earlier items' options
    within = cum - before[it_sorted]                # cumulative ub inside the item
    take = np.clip(counts[it_sorted] - (within - ub), 0.0, ub)
    total = float(np.dot(take, rc[order]))
    taken = np.bincount(it_sorted, weights=take, minlength=n)
    last = np.full(n, -np.inf)
    used = take > 0
    np.maximum.at(last, it_sorted[used], rc[order][used])  # sorted by rc: max = the last one
    last[taken < counts - 1e-9] = 0.0  # copies left unassigned (this covers items taking none)
    last = np.minimum(last, 0.0)
    for i in special:
        total_i, last_i = _one_minimum(items[i], rc[arr.first[i]:arr.first[i + 1]],
                                       arr.ub[arr.first[i]:arr.first[i + 1]])
        total += total_i
        last[i] = last_i
    return total, last


def _one_minimum(item: Item, rc: Floats, ub: Floats) -> tuple[float, float]:
    lo = dict(item.pinned)
    total = sum(float(rc[o]) * k for o, k in lo.items())
    left = item.count - sum(lo.values())
    last = 0.0
    for o in np.argsort(rc, kind="stable"):
        if left <= 0 or (rc[o] >= 0 and item.unassigned_penalty is not None):
            break
        k = min(left, float(ub[o]) - lo.get(int(o), 0))
        if k > 0:
            total += k * float(rc[o])
            left -= int(k)
            last = float(rc[o])
    if left > 0:  # copies the options cannot take: an outside option adds its whole cost
        last = max(last, 0.0)
    return total, last if item.unassigned_penalty is None else min(last, 0.0)


def lagrange_of(lm: LinearModel, core: CoreProblem, arr: OptionArrays | None = None,
                whole: set[int] | None = None, maps: Sequence[Sequence[int]] | None = None
                ) -> tuple[Lagrange, Floats, Floats]:
    """The Lagrangian of `lm`'s LP duals over every option of `core` (`lm` holds all or, with
    `maps` (its option → the core's), some of them); also the resource prices and every
    option's priced cost. Items in separations or with a partly kept previous option (`whole`,
    by default all such items) must have all their options in `lm`: their other rows are read
    from the LP's own reduced costs."""
    arr = arr if arr is not None else option_arrays(core)
    if whole is None:
        whole = special_items(core)
    w = resource_prices(lm)
    rc = priced(arr, w)
    for i in whole:
        u = lm.duals[lm.item_row[i]]
        for o, v, _ in lm.columns[i]:
            rc[arr.first[i] + (maps[i][o] if maps is not None else o)] = \
                lm.reduced_costs[v] + u
    return lagrangian(lm, core, arr, rc), w, rc


def special_items(core: CoreProblem) -> set[int]:
    """Items in a separation, or with a partly kept previous option."""
    out = {c.a for c in core.conflicts} | {c.b for c in core.conflicts}
    out |= {i for i, it in enumerate(core.items)
            if any(0 < c < it.count for _, c in it.previous)}
    return out


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
    prices: Floats
    """per resource, from the last master (for pricing options outside the core)"""
    lagrange: Lagrange | None


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
    lag: Lagrange | None = None
    w = np.zeros(len(core.resources))
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
    return ColumnGeneration(bound, lp, converged, rounds, int(in_master.sum()), w, lag)
