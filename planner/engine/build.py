"""Database → Problem: read the network, flights, batches and people once, into plain data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.db.models import (
    Batch,
    BorderCrossing,
    CrossingClosure,
    Flight,
    Leg,
    Location,
    Person,
    ReceivingPoint,
    ReceivingProvince,
    Separation,
)
from planner.domain.enums import FlightStatus, Priority, Screening
from planner.engine.problem import (
    BatchInfo,
    Crossing,
    FlightInfo,
    PersonInfo,
    Place,
    PreviousChunk,
    Problem,
    Receiving,
    RoadLeg,
)
from planner.engine.settings import PlanSettings
from planner.services.people import is_minor, missing_steps, ready_date


def person_weight(p: Person, priority: Priority, settings: PlanSettings, on: dt.date) -> int:
    w = dict(settings.priority_weight).get(priority.value, 10)
    if is_minor(p, on):
        w += settings.minor_bonus
    if p.screening == Screening.VICTIM:
        w += settings.victim_bonus
    if p.medical:
        w += settings.medical_bonus
    if p.pregnant:
        w += settings.pregnant_bonus
    return w


def load_problem(
    engine: Engine,
    settings: PlanSettings,
    previous: Iterable[PreviousChunk] = (),
    delayed: Iterable[tuple[int, dt.date]] = (),
) -> Problem:
    with Session(engine) as s:
        return problem_from_session(s, settings, tuple(previous), tuple(delayed))


def problem_from_session(
    s: Session, settings: PlanSettings,
    previous: tuple[PreviousChunk, ...] = (),
    delayed: tuple[tuple[int, dt.date], ...] = (),
) -> Problem:
    locs = s.exec(select(Location)).all()
    places = tuple(Place(x.id or 0, x.code, x.name_en, x.timezone or "UTC", x.holding_capacity)
                   for x in locs)
    legs = tuple(RoadLeg(x.id or 0, x.origin_id, x.destination_id, x.duration_minutes,
                         x.vehicle_capacity, x.vehicles_per_day, x.mode.value)
                 for x in s.exec(select(Leg)).all())
    closures: dict[int, set[dt.date]] = {}
    for cl in s.exec(select(CrossingClosure)).all():
        d = cl.first_day
        while d <= cl.last_day:
            closures.setdefault(cl.crossing_id, set()).add(d)
            d += dt.timedelta(days=1)
    crossings = tuple(
        Crossing(x.id or 0, x.code, x.name, x.side_a_id, x.side_b_id, x.daily_capacity,
                 frozenset(int(ch) for ch in x.open_weekdays if ch.isdigit()), x.open_from,
                 x.open_until, x.handover_minutes, frozenset(closures.get(x.id or 0, ())))
        for x in s.exec(select(BorderCrossing)).all())
    provinces: dict[int, set[str]] = {}
    for rp_prov in s.exec(select(ReceivingProvince)).all():
        provinces.setdefault(rp_prov.receiving_point_id, set()).add(rp_prov.province)
    receiving = tuple(Receiving(x.id or 0, x.code, x.name, x.location_id, x.daily_intake,
                                frozenset(provinces.get(x.id or 0, ())))
                      for x in s.exec(select(ReceivingPoint)).all())
    batches_db = s.exec(select(Batch)).all()
    people_db = [p for p in s.exec(select(Person)).all() if p.batch_id is not None]
    readies = {p.id: ready_date(p) for p in people_db}
    start = settings.start
    all_flights = s.exec(select(Flight)).all()
    end = None
    if start is None:
        from planner.engine.problem import SCHEDULABLE

        days = [r for p in people_db if p.status in SCHEDULABLE
                and (r := readies[p.id]) is not None]
        start = min(days) if days else dt.date.today()
        # the horizon covers every flight on offer after the start
        last = max((f.departure_local.date() for f in all_flights
                    if f.status != FlightStatus.CANCELLED and f.departure_local.date() >= start),
                   default=start)
        end = max(start + dt.timedelta(days=settings.horizon_days - 1),
                  last + dt.timedelta(days=1))
    if end is None:
        end = start + dt.timedelta(days=settings.horizon_days - 1)
    flights = tuple(
        FlightInfo(x.id or 0, x.number, x.origin_id, x.destination_id, x.departure_local,
                   x.arrival_local, x.seats, x.max_detainees, x.escorts_per_detainee,
                   x.optional, x.charter_cost, x.status == FlightStatus.CANCELLED,
                   x.status == FlightStatus.CONFIRMED)
        for x in all_flights
        if start <= x.departure_local.date() <= end)
    prio = {b.id: b.priority for b in batches_db}
    by_batch: dict[int, list[int]] = {}
    people = []
    for p in people_db:
        assert p.id is not None and p.batch_id is not None
        by_batch.setdefault(p.batch_id, []).append(p.id)
        people.append(PersonInfo(
            p.id, p.ref, p.batch_id, p.status, readies[p.id], tuple(missing_steps(p)),
            person_weight(p, prio.get(p.batch_id, Priority.NORMAL), settings, start),
            p.province, p.case_ref, p.family_ref))
    batches = tuple(
        BatchInfo(b.id or 0, b.ref, b.site_id, tuple(sorted(by_batch.get(b.id or 0, ()))),
                  b.legal_deadline, b.priority, b.receiving_point_id, b.keep_cases_together,
                  b.min_chunk)
        for b in batches_db)
    seps = tuple((x.person_id, x.other_person_id) for x in s.exec(select(Separation)).all())
    return Problem(start, end, places, legs, crossings, flights, receiving, batches,
                   tuple(people), seps, previous, delayed)
