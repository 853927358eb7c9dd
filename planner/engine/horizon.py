"""Itineraries outside the window, priced for column generation (block mode).

In block mode each class's model options stop `window_days` after its ready date (plus any
the greedy or previous plan uses); later itineraries exist but are left out. A bound of that
windowed model is not a bound of the whole problem (on the 1x demo, a plan using later
itineraries beat the windowed model's MIP bound). So the LP that bounds the plan also prices the
itineraries outside the window with its duals:

- an outside itinerary of negative reduced cost joins the LP as a column (on the resources the
  model has; others are left out of its column, which only relaxes the LP);
- until none is left, the Lagrangian bound of the round accounts for all of them: taking one copy
  of an outside option instead of the item's last copy saves at most its priced cost minus the
  last copy's ("penalty"), so each item can save at most its free copies times its least
  negative penalty.

The outside itineraries are flattened into arrays once (like colgen.OptionArrays), so a round's
pricing is a few vector operations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from planner.engine.colgen import Column
from planner.engine.core import check_stop
from planner.engine.lagrange import Floats, Ints, Lagrange
from planner.engine.model import CoreMap, Options, itinerary_cost


@dataclass(frozen=True, slots=True)
class Priced:
    columns: list[Column]
    """outside options of negative reduced cost (new ones only)"""
    drop: float
    """≤ 0: what the outside options can take off the round's Lagrangian bound"""


class Outside:
    """Prices the itineraries of `opts` that the model `cm` left out."""

    def __init__(self, opts: Options, cm: CoreMap,
                 should_stop: Callable[[], bool] | None = None) -> None:
        res_index = {k: r for r, k in enumerate(cm.resource_keys)}
        deadline = {b.id: b.deadline for b in opts.p.batches}
        conflicted = {c.a for c in cm.core.conflicts} | {c.b for c in cm.core.conflicts}
        item: list[int] = []
        plain: list[float] = []
        ptr = [0]
        res: list[int] = []
        size: list[float] = []
        pair_pos: list[int] = []
        pair_key: list[tuple[int, int]] = []
        for i, c in enumerate(cm.classes):
            check_stop(should_stop, i)
            if c in opts.departed:
                continue
            it0 = cm.core.items[i]
            pc = opts.units.pieces[opts.units.classes[c][0]]
            penalty = it0.unassigned_penalty if it0.unassigned_penalty is not None else 0
            horizon = opts.window_end(c)
            inside = {it.key for it in cm.options[i] if it.arrival_day > horizon}
            dl = deadline.get(pc.batch_id)
            for it in opts.full[c]:
                if it.arrival_day <= horizon or it.key in inside:
                    continue
                pos = len(item)
                item.append(i)
                plain.append(itinerary_cost(opts.p.start, opts.s, pc, dl, it.arrival_day)
                             - penalty)
                for k in it.resources:
                    r = res_index.get(k)
                    if r is not None:
                        res.append(r)
                        size.append(pc.size)
                        if i in conflicted:
                            pair_pos.append(pos)
                            pair_key.append((i, r))
                ptr.append(len(res))
        self.item: Ints = np.array(item, dtype=np.int64)
        self.plain: Floats = np.array(plain)
        self.ptr: Ints = np.array(ptr, dtype=np.int64)
        self.res: Ints = np.array(res, dtype=np.int64)
        self.size: Floats = np.array(size)
        self.pair_pos: Ints = np.array(pair_pos, dtype=np.int64)
        self.pair_key = pair_key
        self.added = np.zeros(len(item), dtype=bool)
        self.count: Floats = np.array([it.count - sum(k for _, k in it.pinned)
                                       for it in cm.core.items], dtype=np.float64)
        self.core_items = cm.core.items

    def __len__(self) -> int:
        return len(self.item)

    def price(self, w: Floats, lag: Lagrange, item_duals: Floats, per_item: int) -> Priced:
        if len(self.item) == 0:
            return Priced([], 0.0)
        cs = np.concatenate(([0.0], np.cumsum(self.size * w[self.res])))
        rc = self.plain - (cs[self.ptr[1:]] - cs[self.ptr[:-1]])
        if len(self.pair_pos) and lag.pair_prices:
            vals = np.array([lag.pair_prices.get(k, 0.0) for k in self.pair_key])
            np.subtract.at(rc, self.pair_pos, vals)
        n_items = len(self.count)
        least = np.zeros(n_items)
        np.minimum.at(least, self.item, rc - lag.last[self.item])
        drop = float(np.dot(self.count, least))
        reduced = rc - item_duals[self.item]
        cand = np.nonzero((reduced < -1e-6) & ~self.added)[0]
        columns: list[Column] = []
        if len(cand):
            order = cand[np.lexsort((reduced[cand], self.item[cand]))]
            grp = self.item[order]
            rank = np.arange(len(order)) - np.searchsorted(grp, grp)
            for pos in order[rank < per_item].tolist():
                i = int(self.item[pos])
                usage = tuple((int(self.res[k]), int(self.size[k]))
                              for k in range(int(self.ptr[pos]), int(self.ptr[pos + 1])))
                columns.append(Column(i, float(self.plain[pos]),
                                      float(self.core_items[i].count), usage))
                self.added[pos] = True
        return Priced(columns, drop)
