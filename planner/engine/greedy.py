"""First come, first served: what a coordinator does by hand, and the solver's first hint.

Chunks in order of readiness take the earliest itinerary that still has room on every resource
(crossing day, vehicles, staging, flight seats with escorts, intake), keeping separations.
"""

from __future__ import annotations

from collections import defaultdict

from planner.engine.itineraries import Itinerary, ResKey
from planner.engine.model import Capacity, Options, capacity_of


def fcfs_order(opts: Options) -> list[int]:
    """Classes by ready day then batch (no priorities: the hand-made baseline)."""
    units = opts.units
    return sorted(range(len(units.classes)), key=lambda c: (
        opts.earliest[c], units.pieces[units.classes[c][0]].batch_id, c))


def priority_order(opts: Options) -> list[int]:
    """Classes by ready day, heavier (priority) people first within a day."""
    units = opts.units
    return sorted(range(len(units.classes)), key=lambda c: (
        opts.earliest[c],
        -units.pieces[units.classes[c][0]].weight / max(1, units.pieces[units.classes[c][0]].size),
        units.pieces[units.classes[c][0]].batch_id, c))


def greedy(opts: Options, order: list[int],
           fixed: list[dict[str, int]] | None = None) -> list[dict[str, int]]:
    """Per class: itinerary key → number of its pieces placed there. `fixed` (the previous plan
    or pins) is placed first where it still fits."""
    units = opts.units
    loads: dict[ResKey, int] = defaultdict(int)
    caps: dict[ResKey, Capacity] = {}
    class_of = {i: c for c, cls in enumerate(units.classes) for i in cls}
    partners: dict[int, list[int]] = defaultdict(list)
    for a, b in units.separated_pairs:
        partners[class_of[a]].append(class_of[b])
        partners[class_of[b]].append(class_of[a])
    used: dict[int, set[ResKey]] = defaultdict(set)
    result: list[dict[str, int]] = [{} for _ in units.classes]
    left = [len(cls) for cls in units.classes]

    def fits(c: int, it: Itinerary, k: int) -> bool:
        size = units.pieces[units.classes[c][0]].size * k
        for key in it.resources:
            cap = caps.get(key)
            if cap is None:
                cap = caps[key] = capacity_of(opts.net, key)
            if not cap.fits(loads[key] + size):
                return False
        for other in partners.get(c, ()):
            if any(key in used[other] for key in it.resources if key[0] in ("flight", "leg")):
                return False
        return True

    def place(c: int, it: Itinerary, k: int) -> None:
        size = units.pieces[units.classes[c][0]].size * k
        for key in it.resources:
            loads[key] += size
        used[c].update(it.resources)
        result[c][it.key] = result[c].get(it.key, 0) + k
        left[c] -= k

    if fixed is not None:
        for c, chosen in enumerate(fixed):
            by_key = {it.key: it for it in opts.full[c]}
            for key, k in sorted(chosen.items()):
                it = by_key.get(key)
                if it is None:
                    continue
                take = min(k, left[c])
                while take > 0 and not fits(c, it, take):
                    take -= 1
                if take > 0:
                    place(c, it, take)
    for c in order:
        if left[c] <= 0:
            continue
        for it in opts.full[c]:
            if left[c] <= 0:
                break
            if not fits(c, it, 1):
                continue
            k = left[c]
            while k > 1 and not fits(c, it, k):
                k -= 1
            place(c, it, k)
    return result
