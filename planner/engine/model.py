"""Domain → generic core: classes of pieces become items, itineraries become options."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from planner.engine.core import (
    Conflict,
    CoreProblem,
    FixedCharge,
    Item,
    Option,
    Resource,
    check_stop,
)
from planner.engine.itineraries import Itinerary, Network, ResKey, anchor_key
from planner.engine.problem import PreviousChunk, Problem, StepKind
from planner.engine.settings import PlanSettings
from planner.engine.units import Piece, Units


@dataclass(frozen=True, slots=True)
class Capacity:
    capacity: int
    seats: int | None = None
    escort_num: int = 0
    escort_den: int = 1

    def escorts(self, load: int) -> int:
        if self.escort_num == 0 or load <= 0:
            return 0
        return -(-load * self.escort_num // self.escort_den)

    def fits(self, load: int) -> bool:
        return load <= self.capacity and (
            self.seats is None or load + self.escorts(load) <= self.seats)


def ratio(x: float) -> tuple[int, int]:
    f = Fraction(x).limit_denominator(1000)
    return f.numerator, f.denominator


def capacity_of(net: Network, key: ResKey) -> Capacity:
    kind, ref, _ = key
    if kind == "crossing":
        return Capacity(net.crossings[ref].daily_capacity)
    if kind == "leg":
        leg = net.legs[ref]
        return Capacity(leg.vehicle_capacity * leg.vehicles_per_day)
    if kind == "stage":
        return Capacity(net.place[ref].holding_capacity or 0)
    if kind == "intake":
        return Capacity(net.receiving[ref].daily_intake)
    f = net.flights[ref]
    num, den = ratio(f.escorts_per_detainee)
    return Capacity(f.max_detainees, f.seats, num, den)


def needs_opening(net: Network, flight_id: int) -> bool:
    f = net.flights[flight_id]
    return f.optional and not f.confirmed


class Options:
    """Per class: the itineraries it may take (all of them, sorted by arrival). A class from a
    chunk of the previous plan that left before the start (`departed`) has exactly one: the
    chunk's own itinerary, rebuilt from its steps and pinned (see `_keep_departed`)."""

    def __init__(self, problem: Problem, settings: PlanSettings, net: Network, units: Units):
        self.p = problem
        self.s = settings
        self.net = net
        self.units = units
        delayed = dict(problem.delayed)
        batches = {b.id: b for b in problem.batches}
        self._cache: dict[tuple[object, ...], list[Itinerary]] = {}
        self.full: list[list[Itinerary]] = []
        self.earliest: list[dt.date] = []
        departed: list[int] = []
        kept: dict[int, Itinerary] = {}
        self.warnings: list[str] = []
        """about chunks under way that the plan keeps but cannot carry as booked"""
        # parallel flights (same route and day): beyond `max_parallel_flights` of them, each
        # class sees only every m-th (its own residue), so large caseloads stay tractable
        groups: dict[tuple[int, int, dt.date], list[int]] = {}
        for f in problem.flights:
            if not f.cancelled:
                groups.setdefault((f.origin, f.destination, f.departure_local.date()),
                                  []).append(f.id)
        limit = settings.max_parallel_flights
        self.flight_mod: dict[int, tuple[int, int]] = {}
        for ids in groups.values():
            if limit and len(ids) > limit:
                m = -(-len(ids) // limit)
                ids.sort(key=lambda i: (net.flights[i].departure_local, i))
                for rank, fid in enumerate(ids):
                    self.flight_mod[fid] = (rank % m, m)
        modulus = max((m for _, m in self.flight_mod.values()), default=1)
        for c, cls in enumerate(units.classes):
            pc = units.pieces[cls[0]]
            b = batches[pc.batch_id]
            first = max(pc.ready, problem.start, delayed.get(b.id, problem.start))
            last = problem.end
            if b.deadline is not None and not settings.soft_deadline:
                last = min(last, b.deadline)
            self.earliest.append(first)
            if pc.previous >= 0 and problem.previous[pc.previous].departed_before(problem.start):
                it = kept.get(pc.previous)
                if it is None:
                    ch = problem.previous[pc.previous]
                    it = kept[pc.previous] = net.kept(ch.steps, ch.receiving_point)
                    self.warnings.extend(_cancelled_ahead(problem, b.ref, ch))
                departed.append(c)
                self.full.append([it])
                continue
            residue = c % modulus
            key = (b.site, pc.receiving, first, last, residue)
            lst = self._cache.get(key)
            if lst is None:
                merged: list[Itinerary] = []
                for rp in pc.receiving:
                    merged.extend(it for it in net.itineraries(b.site, rp)
                                  if it.depart_day >= first and it.arrival_day <= last
                                  and self._allowed(it, residue))
                if len(pc.receiving) > 1:
                    merged.sort(key=lambda i: (i.arrival, i.depart_day, i.key))
                lst = merged
                self._cache[key] = lst
            if pc.previous >= 0:
                lst = self._with_previous(lst, pc.previous, b.site, first, last)
            self.full.append(lst)
        self.departed = frozenset(departed)
        """classes of chunks that left before the start: kept as they are"""
        if departed:
            self._keep_departed()

    def _keep_departed(self) -> None:
        """Chunks under way use capacity on the days inside the plan, and nothing can move
        them. Where they alone exceed a capacity (a capacity cut since they left), the resource
        is full: it is left out of their itineraries — so the pins always hold — and no other
        class may use it; the validator reports the excess."""
        load: dict[ResKey, int] = {}
        for c in self.departed:
            n = len(self.units.classes[c]) * self.units.pieces[self.units.classes[c][0]].size
            for k in self.full[c][0].resources:
                load[k] = load.get(k, 0) + n
        over = {k for k, n in load.items() if not capacity_of(self.net, k).fits(n)}
        if not over:
            return
        for c, lst in enumerate(self.full):
            if c in self.departed:
                it = lst[0]
                self.full[c] = [replace(it, resources=tuple(
                    k for k in it.resources if k not in over), flights=tuple(
                    f for f in it.flights if ("flight", f, None) not in over))]
            else:
                self.full[c] = [it for it in lst if over.isdisjoint(it.resources)]

    def _with_previous(self, lst: list[Itinerary], prev: int, site: int, first: dt.date,
                       last: dt.date) -> list[Itinerary]:
        """The previous plan's itinerary stays available whatever the flight sharing says."""
        ch = self.p.previous[prev]
        key = anchor_key(ch.steps, ch.receiving_point)
        if ch.receiving_point not in self.net.receiving or any(it.key == key for it in lst):
            return lst
        extra = [it for it in self.net.itineraries(site, ch.receiving_point) if it.key == key
                 and it.depart_day >= first and it.arrival_day <= last]
        if not extra:
            return lst
        return sorted([*lst, *extra], key=lambda i: (i.arrival, i.depart_day, i.key))

    def _allowed(self, it: Itinerary, residue: int) -> bool:
        for f in it.flights:
            rm = self.flight_mod.get(f)
            if rm is not None and rm[0] != residue % rm[1]:
                return False
        return True

    def window_end(self, c: int) -> dt.date:
        """The last arrival day of class `c`'s window (`window_days` after its first day)."""
        return self.earliest[c] + dt.timedelta(days=self.s.window_days)

    def previous_key(self, c: int) -> str | None:
        pc = self.units.pieces[self.units.classes[c][0]]
        if pc.previous < 0:
            return None
        ch = self.p.previous[pc.previous]
        return anchor_key(ch.steps, ch.receiving_point)


def _cancelled_ahead(problem: Problem, batch_ref: str, ch: PreviousChunk) -> list[str]:
    """A chunk under way booked on a flight, still ahead, that is cancelled now."""
    flights = {f.id: f for f in problem.flights}
    out = []
    for st in ch.steps:
        f = flights.get(st.ref) if st.kind == StepKind.FLIGHT else None
        if st.kind == StepKind.FLIGHT and st.start.date() >= problem.start and (
                f is None or f.cancelled):
            number = f.number if f is not None else f"#{st.ref}"
            out.append(f"batch {batch_ref}: {len(ch.people)} people under way are booked on "
                       f"flight {number} on {st.start.date().isoformat()}, which is cancelled "
                       "or gone: arrange their onward journey by hand")
    return out


def itinerary_cost(start: dt.date, s: PlanSettings, pc: Piece, deadline: dt.date | None,
                   arrival: dt.date) -> int:
    """The objective cost of one copy of a class arriving on `arrival`: its weighted
    person-days, and lateness when deadlines are soft (never less for a later arrival)."""
    w = s.weights
    cost = w.person_day * (pc.weight * (arrival - start).days - pc.wready)
    if s.soft_deadline and deadline is not None and arrival > deadline:
        cost += w.late_day * pc.size * (arrival - deadline).days
    return cost


@dataclass(frozen=True, slots=True)
class CoreMap:
    core: CoreProblem
    options: tuple[tuple[Itinerary, ...], ...]
    """per core item: the itineraries behind its options"""
    resource_keys: tuple[ResKey, ...]
    flight_charge: dict[int, int]
    """flight id → fixed-charge index"""
    classes: tuple[int, ...] = ()
    """per core item: its class (all classes, in order, unless built for a subset)"""


def build_core(opts: Options, keep: list[set[str]], subset: Sequence[int] | None = None,
               fixed_loads: dict[ResKey, int] | None = None,
               fixed_used: dict[int, set[ResKey]] | None = None,
               whole: bool = False, should_stop: Callable[[], bool] | None = None
               ) -> CoreMap:
    """Items for the classes (or a `subset` of them), with each class's options cut to its
    window plus any itinerary whose key is in `keep[c]` (the greedy or previous plan), or
    all of them (`whole`). With
    `fixed_loads` (the load other classes put on each resource) capacities are what is left,
    and flights already used need no opening; `fixed_used` (class → resources it uses) keeps
    separations with classes outside the subset."""
    p, s, net, units = opts.p, opts.s, opts.net, opts.units
    w = s.weights
    batches = {b.id: b for b in p.batches}
    fixed = fixed_loads or {}
    classes = list(range(len(units.classes))) if subset is None else list(subset)
    res_index: dict[ResKey, int] = {}
    resources: list[Resource] = []
    charges: list[FixedCharge] = []
    flight_charge: dict[int, int] = {}

    def res(key: ResKey) -> int:
        i = res_index.get(key)
        if i is not None:
            return i
        cap = capacity_of(net, key)
        base = fixed.get(key, 0)
        fc = None
        if key[0] == "flight" and needs_opening(net, key[1]) and base == 0:
            fc = flight_charge.get(key[1])
            if fc is None:
                fc = len(charges)
                flight_charge[key[1]] = fc
                charges.append(FixedCharge(max(1, net.flights[key[1]].charter_cost
                                               // max(1, w.charter_divisor))))
        seats = cap.seats
        if base and seats is not None:  # conservative: escorts rounded up on each part
            seats = max(0, seats - base - cap.escorts(base))
        r = Resource(max(0, cap.capacity - base), fc, cap.escort_num, cap.escort_den, seats,
                     w.escort_seat if cap.escort_num else 0)
        res_index[key] = len(resources)
        resources.append(r)
        return res_index[key]

    class_of = {i: c for c, cls in enumerate(units.classes) for i in cls}
    inside = set(classes)
    blocked: dict[int, set[ResKey]] = {}
    if fixed_used:
        for a, b2 in units.separated_pairs:
            ca, cb = class_of[a], class_of[b2]
            for x, y in ((ca, cb), (cb, ca)):
                if x in inside and y not in inside:
                    blocked.setdefault(x, set()).update(
                        k for k in fixed_used.get(y, ()) if k[0] in ("flight", "leg"))
    items: list[Item] = []
    chosen: list[tuple[Itinerary, ...]] = []
    for n, c in enumerate(classes):
        check_stop(should_stop, n)
        cls = units.classes[c]
        pc = units.pieces[cls[0]]
        b = batches[pc.batch_id]
        horizon = dt.date.max if whole else opts.window_end(c)
        prev_key = opts.previous_key(c)
        avoid = set() if c in opts.departed else blocked.get(c, set())
        its = tuple(it for it in opts.full[c]
                    if (it.arrival_day <= horizon or it.key in keep[c] or it.key == prev_key)
                    and not (avoid and avoid.intersection(it.resources)))
        options = []
        for it in its:
            cost = itinerary_cost(p.start, s, pc, b.deadline, it.arrival_day)
            usage = tuple((res(k), pc.size) for k in it.resources)
            opens = tuple(flight_charge[f] for f in it.flights if f in flight_charge)
            options.append(Option(cost, usage, opens))
        previous: tuple[tuple[int, int], ...] = ()
        pinned: tuple[tuple[int, int], ...] = ()
        if prev_key is not None:
            idx = next((o for o, it in enumerate(its) if it.key == prev_key), None)
            if idx is not None:
                previous = ((idx, len(cls)),)
                if pc.pinned:
                    pinned = previous
        items.append(Item(len(cls), tuple(options), w.unscheduled * pc.weight, pinned,
                          previous, w.change * pc.size))
        chosen.append(its)
    conflicts = []
    item_of = {c: n for n, c in enumerate(classes)}
    for a, b2 in units.separated_pairs:
        ca, cb = class_of[a], class_of[b2]
        if ca not in item_of or cb not in item_of or (
                ca in opts.departed and cb in opts.departed):
            continue  # two chunks under way cannot be pulled apart any more
        ia, ib = item_of[ca], item_of[cb]
        shared = {res_index[k] for it in chosen[ia] + chosen[ib] for k in it.resources
                  if k[0] in ("flight", "leg") and k in res_index}
        conflicts.append(Conflict(ia, ib, frozenset(shared)))
    items = _drop_slack_resources(items, resources, res_index, conflicts)
    core = CoreProblem(tuple(items), tuple(resources), tuple(charges), tuple(conflicts))
    keys = [k for k, _ in sorted(res_index.items(), key=lambda kv: kv[1])]
    return CoreMap(core, tuple(chosen), tuple(keys), flight_charge, tuple(classes))


def _drop_slack_resources(items: list[Item], resources: list[Resource],
                          res_index: dict[ResKey, int], conflicts: list[Conflict]) -> list[Item]:
    """An exact reduction: a crossing, leg, staging or intake resource whose load can never
    exceed its capacity — even if every chunk that could use it did — is left out of the rows.
    Flights (escorts, charters) and resources named in a separation are always kept."""
    potential = [0] * len(resources)
    for item in items:
        touched: dict[int, int] = {}
        for opt in item.options:
            for r, a in opt.usage:
                touched[r] = max(touched.get(r, 0), a)
        for r, a in touched.items():
            potential[r] += a * item.count
    keep = {r for k, r in res_index.items() if k[0] == "flight"}
    keep |= {r for c in conflicts for r in c.resources}
    slack = {r for r, res in enumerate(resources)
             if r not in keep and potential[r] <= res.capacity}
    if not slack:
        return items
    return [Item(it.count, tuple(Option(o.cost, tuple((r, a) for r, a in o.usage
                                                         if r not in slack), o.opens)
                                 for o in it.options),
                 it.unassigned_penalty, it.pinned, it.previous, it.change_penalty)
            for it in items]
