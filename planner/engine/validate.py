"""Independent validator: checks a plan against every hard limit, recomputing all loads from the
plan's own chunks, steps and vehicles and the problem data. Shares no code with the model."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from planner.domain.enums import PersonStatus
from planner.engine.problem import (
    Crossing,
    FlightInfo,
    Place,
    Problem,
    RoadLeg,
    Step,
    StepKind,
)
from planner.engine.result import PlanResult


@dataclass(frozen=True, slots=True)
class Violation:
    code: str
    message: str


def _utc(local: dt.datetime, tz: str) -> dt.datetime:
    return local.replace(tzinfo=ZoneInfo(tz)).astimezone(dt.UTC)


def _groups(problem: Problem) -> list[set[int]]:
    """Families, and cases of batches that keep cases together; someone who must travel apart
    from a co-accused is bound to the family only."""
    people = {p.id: p for p in problem.people}
    apart = {x for pair in problem.separations for x in pair}
    out: list[set[int]] = []
    for b in problem.batches:
        comp: dict[int, set[int]] = {pid: {pid} for pid in b.people if pid in people}
        keyed: dict[str, int] = {}
        for pid in sorted(comp):
            p = people[pid]
            for k in ([f"F{p.family_ref}"] if p.family_ref else []) + (
                    [f"C{p.case_ref}"] if b.keep_cases_together and p.case_ref
                    and pid not in apart else []):
                if k in keyed and comp[keyed[k]] is not comp[pid]:
                    merged = comp[keyed[k]] | comp[pid]
                    for q in merged:
                        comp[q] = merged
                keyed.setdefault(k, pid)
        seen: set[int] = set()
        for pid, g in comp.items():
            if pid not in seen and len(g) > 1:
                out.append(g)
                seen |= g
    return out


def validate(problem: Problem, plan: PlanResult, soft_deadline: bool | None = None,
             transfer_minutes: int | None = None,
             flight_connection_minutes: int | None = None,
             executed: Collection[int] = ()) -> list[Violation]:
    """Every violation of `plan` against `problem`. `executed`: people whose handover under
    this plan has been recorded (a stored plan checked later): their status has moved on
    (in transit, handed over, struck at the handover) and that is no violation. A chunk kept
    from the plan re-planned from (same steps, people among that chunk's) that left before the
    start is under way: it may start before the start and no delay applies to it; only its
    steps from the start on are checked against the network and counted against capacities."""
    soft = plan.settings.soft_deadline if soft_deadline is None else soft_deadline
    tr = plan.settings.transfer_minutes if transfer_minutes is None else transfer_minutes
    fc = (plan.settings.flight_connection_minutes if flight_connection_minutes is None
          else flight_connection_minutes)
    v: list[Violation] = []
    people = {p.id: p for p in problem.people}
    batches = {b.id: b for b in problem.batches}
    places = {x.id: x for x in problem.places}
    legs = {x.id: x for x in problem.legs}
    crossings = {x.id: x for x in problem.crossings}
    flights = {x.id: x for x in problem.flights}
    rps = {x.id: x for x in problem.receiving}
    delayed = dict(problem.delayed)
    in_previous = {pid for ch in problem.previous for pid in ch.people}
    # chunks of the plan re-planned from that left before the start: under way, kept as they
    # were; their days before the start are history (flights of those days are not loaded)
    left_before: dict[tuple[tuple[Step, ...], int], set[int]] = defaultdict(set)
    for prev_ch in problem.previous:
        if prev_ch.steps and prev_ch.steps[0].start.date() < problem.start:
            left_before[(prev_ch.steps, prev_ch.receiving_point)] |= set(prev_ch.people)
    chunk_of: dict[int, int] = {}
    cross_load: dict[tuple[int, dt.date], int] = defaultdict(int)
    intake: dict[tuple[int, dt.date], int] = defaultdict(int)
    stage: dict[tuple[int, dt.date], int] = defaultdict(int)
    flight_load: dict[int, int] = defaultdict(int)
    road_people: dict[tuple[int, dt.date], set[int]] = defaultdict(set)
    flight_people: dict[int, set[int]] = defaultdict(set)
    chunks_of_batch: dict[int, list[int]] = defaultdict(list)
    for ci, ch in enumerate(plan.chunks):
        b = batches.get(ch.batch_id)
        if b is None or not ch.steps:
            v.append(Violation("chunk", f"chunk {ci} has no batch or no steps"))
            continue
        chunks_of_batch[b.id].append(ci)
        n = len(ch.people)
        first_day = ch.steps[0].start.date()
        arrival = ch.steps[-1].end.date()
        under_way = first_day < problem.start and set(ch.people) <= left_before.get(
            (ch.steps, ch.receiving), set())
        for pid in ch.people:
            p = people.get(pid)
            if p is None or p.batch_id != b.id:
                v.append(Violation("person", f"person {pid} is not in batch {b.ref}"))
                continue
            if pid in chunk_of:
                v.append(Violation("twice", f"person {p.ref} is scheduled twice"))
            chunk_of[pid] = ci
            ok = p.status in (PersonStatus.CLEARED, PersonStatus.SCHEDULED) or (
                p.status == PersonStatus.IN_TRANSIT and pid in in_previous)
            done = pid in executed  # status and readiness moved on at the recorded handover
            if not ok and not done:
                v.append(Violation("status", f"person {p.ref} has status {p.status.value}"))
            if done:
                pass
            elif p.ready is None:
                v.append(Violation("ready", f"person {p.ref} is not ready (readiness missing)"))
            elif first_day < p.ready:
                v.append(Violation("ready", f"person {p.ref} travels on {first_day} before "
                                   f"ready date {p.ready}"))
            rp = rps.get(ch.receiving)
            if rp is not None and b.receiving_point is None and p.province and \
                    p.province not in rp.provinces:
                v.append(Violation("province", f"{rp.name} does not serve {p.province}"))
        if b.id in delayed and first_day < delayed[b.id] and not under_way:
            v.append(Violation("delayed", f"batch {b.ref} leaves before its delay date"))
        if (first_day < problem.start and not under_way) or arrival > problem.end:
            v.append(Violation("horizon", f"chunk of {b.ref} outside the planning horizon"))
        if b.deadline is not None and arrival > b.deadline and not soft:
            v.append(Violation("deadline", f"batch {b.ref} arrives {arrival} after its legal "
                               f"deadline {b.deadline}"))
        rp = rps.get(ch.receiving)
        if rp is None:
            v.append(Violation("receiving", f"unknown receiving point for {b.ref}"))
            continue
        if b.receiving_point is not None and rp.id != b.receiving_point:
            v.append(Violation("receiving", f"batch {b.ref} sent to the wrong receiving point"))
        if ch.steps[0].origin != b.site:
            v.append(Violation("route", f"chunk of {b.ref} does not start at its site"))
        if ch.steps[-1].destination != rp.place:
            v.append(Violation("route", f"chunk of {b.ref} does not end at {rp.name}"))
        if arrival >= problem.start or not under_way:
            intake[(rp.id, arrival)] += n
        prev: Step | None = None
        for st in ch.steps:
            past = under_way and st.start.date() < problem.start
            if not past:
                _check_step(st, v, b.ref, legs, crossings, flights, places)
            if prev is not None:
                if prev.destination != st.origin:
                    v.append(Violation("route", f"chunk of {b.ref}: steps do not connect"))
                gap_needed = fc if st.kind == StepKind.FLIGHT else tr
                t_prev = _utc(prev.end, places[prev.destination].timezone)
                t_next = _utc(st.start, places[st.origin].timezone)
                if t_next < t_prev + dt.timedelta(minutes=gap_needed):
                    v.append(Violation("connection", f"chunk of {b.ref}: connection shorter "
                                       f"than {gap_needed} min at {places[st.origin].code}"))
                d0, d1 = prev.end.date(), st.start.date()
                while d0 < d1:
                    if d0 >= problem.start or not under_way:
                        stage[(st.origin, d0)] += n
                    d0 += dt.timedelta(days=1)
            if st.kind == StepKind.ROAD:  # every day's vehicles are checked against the plan
                road_people[(st.ref, st.start.date())] |= set(ch.people)
            elif past:
                pass
            elif st.kind == StepKind.CROSSING:
                cross_load[(st.ref, st.start.date())] += n
            else:
                flight_load[st.ref] += n
                flight_people[st.ref] |= set(ch.people)
            prev = st
    for (cid, d), n in cross_load.items():
        c = crossings.get(cid)
        if c is not None and n > c.daily_capacity:
            v.append(Violation("crossing_cap", f"crossing {c.name} on {d}: {n} > "
                               f"{c.daily_capacity}"))
    for (rid, d), n in intake.items():
        if n > rps[rid].daily_intake:
            v.append(Violation("intake", f"intake at {rps[rid].name} on {d}: {n} > "
                               f"{rps[rid].daily_intake}"))
    for (pl, d), n in stage.items():
        cap = places[pl].holding_capacity or 0
        if n > cap:
            v.append(Violation("staging", f"overnight at {places[pl].name} on {d}: {n} > {cap}"))
    for fid, n in flight_load.items():
        f = flights.get(fid)
        if f is None:
            continue
        esc = math.ceil(round(n * f.escorts_per_detainee, 9))
        if n > f.max_detainees:
            v.append(Violation("max_detainees", f"flight {f.number}: {n} > {f.max_detainees}"))
        if n + esc > f.seats:
            v.append(Violation("seats", f"flight {f.number}: {n} detainees + {esc} escorts > "
                               f"{f.seats} seats"))
    _check_vehicles(plan, v, legs, road_people, problem)
    groups = _groups(problem)
    for g in groups:
        placed = {chunk_of[pid] for pid in g if pid in chunk_of}
        if len(placed) > 1:
            v.append(Violation("keep_together", "a family or case group is split over "
                               f"{len(placed)} chunks"))
        live = {pid for pid in g if people[pid].status not in (
            PersonStatus.STRUCK, PersonStatus.HANDED_OVER)}
        if placed and not live <= set(chunk_of):
            v.append(Violation("keep_together", "part of a family or case group travels "
                               "without the others"))
    for bid, cis in chunks_of_batch.items():
        if len(cis) > 1:
            for ci in cis:
                if len(plan.chunks[ci].people) < batches[bid].min_chunk:
                    v.append(Violation("min_chunk", f"batch {batches[bid].ref} split into a "
                                       f"chunk of {len(plan.chunks[ci].people)} < "
                                       f"{batches[bid].min_chunk}"))
    veh_of: dict[int, set[tuple[int, dt.date, int]]] = defaultdict(set)
    for ve in plan.vehicles:
        for pid in ve.people:
            veh_of[pid].add((ve.leg, ve.day, ve.number))
    for a, b2 in problem.separations:
        if a in chunk_of and b2 in chunk_of:
            for fid, ppl in flight_people.items():
                if a in ppl and b2 in ppl:
                    v.append(Violation("separation", f"separated people share flight "
                                       f"{flights[fid].number}"))
            if veh_of[a] & veh_of[b2]:
                v.append(Violation("separation", "separated people share a vehicle"))
    return v


def _check_step(st: Step, v: list[Violation], ref: str, legs: dict[int, RoadLeg],
                crossings: dict[int, Crossing], flights: dict[int, FlightInfo],
                places: dict[int, Place]) -> None:
    if st.kind == StepKind.ROAD:
        leg = legs.get(st.ref)
        if leg is None or (leg.origin, leg.destination) != (st.origin, st.destination):
            v.append(Violation("route", f"chunk of {ref}: unknown road leg"))
            return
        mins = (_utc(st.end, places[st.destination].timezone) -
                _utc(st.start, places[st.origin].timezone)).total_seconds() / 60
        if mins < leg.duration_minutes:
            v.append(Violation("route", f"chunk of {ref}: road leg faster than possible"))
    elif st.kind == StepKind.CROSSING:
        c = crossings.get(st.ref)
        if c is None or (c.side_a, c.side_b) != (st.origin, st.destination):
            v.append(Violation("route", f"chunk of {ref}: unknown crossing"))
            return
        d = st.start.date()
        if d.isoweekday() not in c.open_weekdays:
            v.append(Violation("crossing_closed", f"crossing {c.name} is closed on {d:%A} {d}"))
        if d in c.closed_days:
            v.append(Violation("crossing_closed", f"crossing {c.name} is closed on {d}"))
        t0 = st.start.time()
        t1 = (st.start + dt.timedelta(minutes=c.handover_minutes)).time()
        if t0 < c.open_from or t1 > c.open_until or t1 < t0:
            v.append(Violation("crossing_hours", f"handover at {c.name} at {t0:%H:%M} outside "
                               f"{c.open_from:%H:%M}–{c.open_until:%H:%M}"))
    else:
        f = flights.get(st.ref)
        if f is None or f.cancelled:
            v.append(Violation("flight", f"chunk of {ref} is on a cancelled or unknown flight"))
            return
        if (f.origin, f.destination, f.departure_local, f.arrival_local) != (
                st.origin, st.destination, st.start, st.end):
            v.append(Violation("flight", f"chunk of {ref}: flight {f.number} times differ"))


def _check_vehicles(plan: PlanResult, v: list[Violation], legs: dict[int, RoadLeg],
                    road_people: dict[tuple[int, dt.date], set[int]], problem: Problem) -> None:
    seen: dict[tuple[int, dt.date], set[int]] = defaultdict(set)
    count: dict[tuple[int, dt.date], int] = defaultdict(int)
    veh_of: dict[int, dict[tuple[int, dt.date], int]] = defaultdict(dict)
    for ve in plan.vehicles:
        leg = legs.get(ve.leg)
        if leg is None:
            v.append(Violation("vehicle", "vehicle on an unknown leg"))
            continue
        if len(ve.people) > leg.vehicle_capacity:
            v.append(Violation("vehicle_cap", f"vehicle {ve.number} on {ve.day}: "
                               f"{len(ve.people)} > {leg.vehicle_capacity}"))
        count[(ve.leg, ve.day)] += 1
        seen[(ve.leg, ve.day)] |= set(ve.people)
        for pid in ve.people:
            veh_of[pid][(ve.leg, ve.day)] = ve.number
    for key, n in count.items():
        if n > legs[key[0]].vehicles_per_day:
            v.append(Violation("vehicles_per_day", f"{n} vehicles on leg {key[0]} on {key[1]} "
                               f"> {legs[key[0]].vehicles_per_day}"))
    for key, ppl in road_people.items():
        if seen.get(key, set()) != ppl:
            v.append(Violation("vehicle", f"people on leg {key[0]} on {key[1]} are not all "
                               "in a vehicle"))
    for g in _groups(problem):
        for key in {k for pid in g for k in veh_of[pid]}:
            nums = {veh_of[pid].get(key) for pid in g if pid in veh_of}
            if len(nums) > 1:
                v.append(Violation("keep_together", "a family or case group is split over "
                                   "vehicles"))
