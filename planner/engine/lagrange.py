"""Lagrangian bounds from LP duals over the generic core.

With the duals of any LP over some of the core's options, every row but the items' own rows is
priced into the options' costs; what is left splits item by item, and its minimum is a valid
lower bound on every plan of the whole core (Lagrangian relaxation: valid for any duals of the
right sign). The options are held as flat numpy arrays, so pricing all of them (542,671 on the
10x demo) is a few vector operations. Used by column generation (colgen.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from planner.engine.core import CoreProblem, Item, check_stop
from planner.engine.lpbound import LinearModel

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
