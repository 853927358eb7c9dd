"""The result of a planning run: chunks with their legs, flights, loads, terms, reasons."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from planner.engine.itineraries import Itinerary
from planner.engine.model import Options, capacity_of
from planner.engine.problem import Problem, Step, StepKind
from planner.engine.settings import PlanSettings
from planner.engine.units import keep_groups


@dataclass(frozen=True, slots=True)
class Chunk:
    batch_id: int
    batch_ref: str
    people: tuple[int, ...]
    steps: tuple[Step, ...]
    receiving: int
    depart_day: dt.date
    arrival_day: dt.date
    key: str
    pinned: bool = False


@dataclass(frozen=True, slots=True)
class Vehicle:
    leg: int
    day: dt.date
    number: int
    people: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Load:
    kind: str
    ref: int
    day: dt.date | None
    load: int
    capacity: int


@dataclass(frozen=True, slots=True)
class FlightLoad:
    flight: int
    detainees: int
    escorts: int
    seats: int
    max_detainees: int


@dataclass(frozen=True, slots=True)
class Unscheduled:
    batch_id: int
    batch_ref: str
    people: tuple[int, ...]
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlanResult:
    status: str
    objective: float | None
    best_bound: float | None
    gap: float | None
    terms: dict[str, int]
    chunks: tuple[Chunk, ...]
    vehicles: tuple[Vehicle, ...]
    flights: tuple[FlightLoad, ...]
    loads: tuple[Load, ...]
    unscheduled: tuple[Unscheduled, ...]
    warnings: tuple[str, ...]
    start: dt.date
    end: dt.date
    settings: PlanSettings
    stats: dict[str, float | int | str | None] = field(default_factory=dict)

    @property
    def scheduled_people(self) -> int:
        return sum(len(c.people) for c in self.chunks)

    @property
    def operated_flights(self) -> tuple[int, ...]:
        return tuple(f.flight for f in self.flights if f.detainees > 0)


def assemble_chunks(opts: Options, placed: list[list[tuple[Itinerary, int]]]) -> list[Chunk]:
    """Pieces of each class go, in order, to the itineraries chosen for the class; pieces of a
    batch on one itinerary form one chunk."""
    units = opts.units
    batches = {b.id: b for b in opts.p.batches}
    bucket: dict[tuple[int, str], list[int]] = defaultdict(list)
    its: dict[str, Itinerary] = {}
    pinned: dict[tuple[int, str], bool] = {}
    for c, cls in enumerate(units.classes):
        pos = 0
        for it, k in placed[c]:
            for i in cls[pos:pos + k]:
                pc = units.pieces[i]
                bucket[(pc.batch_id, it.key)].extend(pc.people)
                # a pin holds on the itinerary pinned, not on a new one forced by a disruption
                pinned[(pc.batch_id, it.key)] = pinned.get((pc.batch_id, it.key), False) or (
                    pc.pinned and opts.previous_key(c) == it.key)
            its[it.key] = it
            pos += k
    chunks = []
    for (bid, key), ppl in sorted(bucket.items(), key=lambda kv: (
            kv[0][0], its[kv[0][1]].depart_day, kv[0][1])):
        it = its[key]
        chunks.append(Chunk(bid, batches[bid].ref, tuple(sorted(ppl)), it.steps, it.receiving,
                            it.depart_day, it.arrival_day, key, pinned[(bid, key)]))
    return chunks


def pack_vehicles(problem: Problem, chunks: list[Chunk]) -> tuple[list[Vehicle], list[str]]:
    """First-fit decreasing of keep-together groups into the vehicles of each leg and day."""
    people = {p.id: p for p in problem.people}
    legs = {leg.id: leg for leg in problem.legs}
    group_of: dict[int, tuple[int, ...]] = {}
    separated = frozenset(x for pair in problem.separations for x in pair)
    for b in problem.batches:
        for g in keep_groups(b, people, separated):
            for pid in g:
                group_of[pid] = tuple(g)
    by_leg: dict[tuple[int, dt.date], list[tuple[int, ...]]] = defaultdict(list)
    for ch in chunks:
        members = set(ch.people)
        seen: set[int] = set()
        groups: list[tuple[int, ...]] = []
        for pid in ch.people:
            if pid in seen:
                continue
            gq = tuple(q for q in group_of.get(pid, (pid,)) if q in members)
            seen.update(gq)
            groups.append(gq)
        for st in ch.steps:
            if st.kind == StepKind.ROAD:
                by_leg[(st.ref, st.start.date())].extend(groups)
    vehicles: list[Vehicle] = []
    warnings: list[str] = []
    for (leg_id, day), groups in sorted(by_leg.items()):
        cap = legs[leg_id].vehicle_capacity
        bins: list[list[int]] = []
        for grp in sorted(groups, key=lambda g: (-len(g), g)):
            if len(grp) > cap:  # a group larger than a vehicle: unavoidable split, warn
                warnings.append(f"a group of {len(grp)} is larger than a vehicle on leg {leg_id}")
                for k in range(0, len(grp), cap):
                    bins.append(list(grp[k:k + cap]))
                continue
            for bn in bins:
                if len(bn) + len(grp) <= cap:
                    bn.extend(grp)
                    break
            else:
                bins.append(list(grp))
        for n, bn in enumerate(bins, 1):
            vehicles.append(Vehicle(leg_id, day, n, tuple(sorted(bn))))
    return vehicles, warnings


def loads_of(opts: Options, chunks: list[Chunk]) -> tuple[list[Load], list[FlightLoad]]:
    counts: dict[tuple[str, int, dt.date | None], int] = defaultdict(int)
    by_key: dict[str, tuple[str, int, dt.date | None]] = {}
    its = {it.key: it for lst in opts.full for it in lst}
    for ch in chunks:
        it = its.get(ch.key)
        if it is None:
            continue
        for k in it.resources:
            counts[k] += len(ch.people)
            by_key[str(k)] = k
    loads: list[Load] = []
    flights: list[FlightLoad] = []
    for k, n in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1], str(kv[0][2]))):
        cap = capacity_of(opts.net, k)
        if k[0] == "flight":
            flights.append(FlightLoad(k[1], n, cap.escorts(n), cap.seats or 0, cap.capacity))
        else:
            loads.append(Load(k[0], k[1], k[2], n, cap.capacity))
    return loads, flights


def terms_of(problem: Problem, settings: PlanSettings, chunks: list[Chunk],
             flights: list[FlightLoad], unscheduled_weight: int, changes: int) -> dict[str, int]:
    w = settings.weights
    people = {p.id: p for p in problem.people}
    batches = {b.id: b for b in problem.batches}
    fl = {f.id: f for f in problem.flights}
    pdays = wpdays = late = 0
    for ch in chunks:
        dl = batches[ch.batch_id].deadline
        for pid in ch.people:
            p = people[pid]
            d = (ch.arrival_day - (p.ready or ch.arrival_day)).days
            pdays += d
            wpdays += p.weight * d
            if dl is not None and ch.arrival_day > dl:
                late += (ch.arrival_day - dl).days
    charters = [f.flight for f in flights if f.detainees > 0 and fl[f.flight].optional
                and not fl[f.flight].confirmed]
    charter_units = sum(max(1, fl[f].charter_cost // max(1, w.charter_divisor)) for f in charters)
    escorts = sum(f.escorts for f in flights)
    terms = {
        "scheduled_people": sum(len(c.people) for c in chunks),
        "unscheduled_weight": unscheduled_weight,
        "person_days": pdays,
        "weighted_person_days": wpdays,
        "late_person_days": late,
        "charters_operated": len(charters),
        "charter_cost": sum(fl[f].charter_cost for f in charters),
        "escort_seats": escorts,
        "people_moved": changes,
    }
    terms["objective_unscheduled"] = w.unscheduled * unscheduled_weight
    terms["objective_person_days"] = w.person_day * wpdays
    terms["objective_lateness"] = w.late_day * late if settings.soft_deadline else 0
    terms["objective_charters"] = charter_units
    terms["objective_escorts"] = w.escort_seat * escorts
    terms["objective_changes"] = w.change * changes
    return terms


def objective_of(terms: dict[str, int]) -> int:
    return sum(v for k, v in terms.items() if k.startswith("objective_"))
