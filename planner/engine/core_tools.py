"""Plain-Python tools on the generic core: objective of an assignment, what an assignment
breaks, and a first-fit greedy (hints, baselines)."""

from __future__ import annotations

from collections.abc import Sequence

from planner.engine.core import Assignment, CoreProblem


def evaluate(core: CoreProblem, assignment: Assignment, opened: frozenset[int]) -> int:
    """The objective of an assignment, recomputed from the data (used for greedy plans)."""
    total = 0
    loads = [0] * len(core.resources)
    for item, chosen in zip(core.items, assignment, strict=True):
        used = 0
        for o, k in chosen.items():
            opt = item.options[o]
            total += opt.cost * k
            used += k
            for r, a in opt.usage:
                loads[r] += a * k
        if item.unassigned_penalty is not None:
            total += item.unassigned_penalty * (item.count - used)
        moved = sum(max(0, c - chosen.get(o, 0)) for o, c in item.previous)
        total += item.change_penalty * moved
    for r, res in enumerate(core.resources):
        total += res.escort_cost * res.escorts(loads[r])
    total += sum(core.fixed_charges[f].cost for f in opened)
    total += sum(fc.cost for f, fc in enumerate(core.fixed_charges)
                 if fc.forced_open and f not in opened)
    return total


def violations(core: CoreProblem, assignment: Assignment) -> list[str]:
    """What an assignment breaks (counts, capacities with escorts, pins, conflicts)."""
    out: list[str] = []
    loads = [0] * len(core.resources)
    users: dict[int, set[int]] = {}
    for i, (item, chosen) in enumerate(zip(core.items, assignment, strict=True)):
        total = sum(chosen.values())
        if total > item.count or (item.unassigned_penalty is None and total != item.count):
            out.append(f"item {i}: {total} copies of {item.count}")
        for o, k in item.pinned:
            if chosen.get(o, 0) < k:
                out.append(f"item {i}: pin on option {o} not kept")
        for o, k in chosen.items():
            for r, a in item.options[o].usage:
                loads[r] += a * k
                users.setdefault(i, set()).add(r)
    for r, res in enumerate(core.resources):
        if not res.fits(loads[r]):
            out.append(f"resource {r}: load {loads[r]} does not fit")
    for cf in core.conflicts:
        if users.get(cf.a, set()) & users.get(cf.b, set()) & cf.resources:
            out.append(f"items {cf.a} and {cf.b} share a resource")
    return out


def greedy(
    core: CoreProblem,
    order: Sequence[int] | None = None,
    fixed: Assignment | None = None,
    prefs: Sequence[Sequence[int]] | None = None,
) -> tuple[Assignment, frozenset[int]]:
    """First fit: items in `order`, each copy to its first option (in the item's option order,
    or in `prefs[i]`) that still fits every resource and conflict. Pins are placed first;
    `fixed` (e.g. a previous plan, or an LP solution rounded down) is kept where it fits."""
    loads = [0] * len(core.resources)
    opened: set[int] = {f for f, fc in enumerate(core.fixed_charges) if fc.forced_open}
    result: list[dict[int, int]] = [{} for _ in core.items]
    used_res: dict[int, set[int]] = {}
    partners: dict[int, list[tuple[int, frozenset[int]]]] = {}
    for c in core.conflicts:
        partners.setdefault(c.a, []).append((c.b, c.resources))
        partners.setdefault(c.b, []).append((c.a, c.resources))

    def fits(i: int, o: int, k: int) -> bool:
        opt = core.items[i].options[o]
        for r, a in opt.usage:
            res = core.resources[r]
            if not res.fits(loads[r] + a * k):
                return False
        for j, rs in partners.get(i, ()):
            hit = used_res.get(j, set())
            if any(r in rs and r in hit for r, _ in opt.usage):
                return False
        return True

    def place(i: int, o: int, k: int) -> None:
        opt = core.items[i].options[o]
        for r, a in opt.usage:
            loads[r] += a * k
        used_res.setdefault(i, set()).update(r for r, _ in opt.usage)
        opened.update(opt.opens)
        result[i][o] = result[i].get(o, 0) + k

    for i, item in enumerate(core.items):
        for o, k in item.pinned:
            place(i, o, k)
    if fixed is not None:
        for i, chosen in enumerate(fixed):
            left = core.items[i].count - sum(result[i].values())
            for o, k in sorted(chosen.items()):
                take = min(k - result[i].get(o, 0), left)
                while take > 0 and not fits(i, o, take):
                    take -= 1
                if take > 0:
                    place(i, o, take)
                    left -= take
    for i in order if order is not None else range(len(core.items)):
        item = core.items[i]
        left = item.count - sum(result[i].values())
        for o in (prefs[i] if prefs is not None else range(len(item.options))):
            if left <= 0:
                break
            while left > 0 and fits(i, o, 1):
                k = left
                while k > 1 and not fits(i, o, k):
                    k -= 1
                place(i, o, k)
                left -= k
    return tuple(result), frozenset(opened)
