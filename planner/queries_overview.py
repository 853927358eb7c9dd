"""Read-only numbers behind the Overview screen and the person detail panel (Qt-free, safe on a
worker thread: each function opens its own connection and returns plain data)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, inspect, select
from sqlalchemy.engine import Engine

from planner.db.models import Batch, Flight, Location, Person, Separation, StatusEvent
from planner.domain.enums import FlightStatus, PersonStatus
from planner.queries import READINESS_STEPS

P = Person.__table__  # type: ignore[attr-defined]
B = Batch.__table__  # type: ignore[attr-defined]
L = Location.__table__  # type: ignore[attr-defined]
F = Flight.__table__  # type: ignore[attr-defined]
EV = StatusEvent.__table__  # type: ignore[attr-defined]
SEP = Separation.__table__  # type: ignore[attr-defined]
DONE = (PersonStatus.STRUCK, PersonStatus.HANDED_OVER)
HORIZON_DAYS = 7


def _v(x: Any) -> str:
    return str(getattr(x, "value", x))


@dataclass(frozen=True)
class SiteRow:
    site: str
    by_status: dict[str, int]
    waiting: tuple[int, ...]  # active people waiting for each readiness step
    active: int
    capacity: int | None


@dataclass(frozen=True)
class DayRow:
    day: dt.date
    flights: int = 0
    seats_for_detainees: int = 0
    confirmed: int = 0
    handovers: int | None = None  # people handed over that day in the published plan


@dataclass(frozen=True)
class DeadlineRow:
    ref: str
    site: str
    deadline: dt.date
    people: int
    not_ready: int


@dataclass(frozen=True)
class Overview:
    today: dt.date
    sites: list[SiteRow] = field(default_factory=list)
    days: list[DayRow] = field(default_factory=list)
    deadlines: list[DeadlineRow] = field(default_factory=list)
    warnings: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    has_plan: bool = False

    def total(self, status: str) -> int:
        return sum(s.by_status.get(status, 0) for s in self.sites)


def _sites(conn: Any) -> list[SiteRow]:
    active = P.c.status.not_in(DONE)
    waits = [func.coalesce(func.sum(case((and_(active, P.c[n].is_(None)), 1), else_=0)), 0)
             for n, _ in READINESS_STEPS]
    by_status: dict[int, dict[str, int]] = {}
    for site_id, status, n in conn.execute(
            select(P.c.site_id, P.c.status, func.count()).group_by(P.c.site_id, P.c.status)):
        by_status.setdefault(site_id, {})[_v(status)] = int(n)
    rows = conn.execute(
        select(L.c.id, L.c.name_en, L.c.code, L.c.holding_capacity, *waits)
        .select_from(L.join(P, P.c.site_id == L.c.id))
        .group_by(L.c.id, L.c.name_en, L.c.code, L.c.holding_capacity)
        .order_by(L.c.name_en)).all()
    out = []
    for sid, name, code, capacity, *wait in rows:
        counts = by_status.get(sid, {})
        act = sum(n for s, n in counts.items() if s not in {d.value for d in DONE})
        out.append(SiteRow(name or code, counts, tuple(int(w) for w in wait), act, capacity))
    return out


def _handovers(engine: Engine, conn: Any, first: dt.date, last: dt.date) -> dict[dt.date, int]:
    """People crossing each day in the newest published plan, when plan tables exist."""
    names = set(inspect(engine).get_table_names())
    if not {"plan", "plan_assignment", "plan_step"} <= names:
        return {}
    from sqlalchemy import MetaData, Table

    md = MetaData()
    plan = Table("plan", md, autoload_with=conn)
    assign = Table("plan_assignment", md, autoload_with=conn)
    step = Table("plan_step", md, autoload_with=conn)
    plan_id = conn.execute(select(plan.c.id).where(plan.c.status == "published")
                           .order_by(plan.c.id.desc()).limit(1)).scalar()
    if plan_id is None:
        return {}
    out: dict[dt.date, int] = {}
    for start, size in conn.execute(
            select(step.c.start_local, assign.c.size)
            .join(assign, assign.c.id == step.c.assignment_id)
            .where(assign.c.plan_id == plan_id, step.c.kind == "crossing")):
        day = start.date() if isinstance(start, dt.datetime) else start
        if first <= day <= last:
            out[day] = out.get(day, 0) + int(size)
    return out


def load_overview(engine: Engine, today: dt.date) -> Overview:
    """People by status and site, readiness bottlenecks per site, flights (and handovers of
    the published plan) for the next 7 days, capacity warnings, batches due within 7 days."""
    last = today + dt.timedelta(days=HORIZON_DAYS - 1)
    with engine.connect() as conn:
        sites = _sites(conn)
        flights: dict[dt.date, list[tuple[int, str]]] = {}
        for dep, max_det, status in conn.execute(
                select(F.c.departure_local, F.c.max_detainees, F.c.status)
                .where(F.c.departure_local >= dt.datetime.combine(today, dt.time()),
                       F.c.departure_local < dt.datetime.combine(last + dt.timedelta(days=1),
                                                                 dt.time()))):
            flights.setdefault(dep.date(), []).append((int(max_det), _v(status)))
        handovers = _handovers(engine, conn, today, last)
        members = select(P.c.batch_id, func.count().label("n"),
                         func.sum(case((and_(*(P.c[n].is_not(None)
                                                  for n, _ in READINESS_STEPS)), 0), else_=1))
                         .label("not_ready")).where(P.c.status.not_in(DONE)) \
            .group_by(P.c.batch_id).subquery()
        due = conn.execute(
            select(B.c.ref, L.c.name_en, B.c.legal_deadline, members.c.n, members.c.not_ready)
            .join(L, L.c.id == B.c.site_id).join(members, members.c.batch_id == B.c.id)
            .where(B.c.legal_deadline <= last).order_by(B.c.legal_deadline, B.c.ref)).all()
    days = []
    for k in range(HORIZON_DAYS):
        day = today + dt.timedelta(days=k)
        fl = [f for f in flights.get(day, []) if f[1] != FlightStatus.CANCELLED.value]
        days.append(DayRow(day, len(fl), sum(m for m, _ in fl),
                           sum(1 for _, s in fl if s == FlightStatus.CONFIRMED.value),
                           handovers.get(day) if handovers else None))
    deadlines = [DeadlineRow(r, s, d, int(n), int(nr or 0)) for r, s, d, n, nr in due]
    # (kind, values): the screen words them in the user's language
    warnings: list[tuple[str, tuple[str, ...]]] = [
        ("over_capacity", (s.site, str(s.active), str(s.capacity)))
        for s in sites if s.capacity is not None and s.active > s.capacity]
    warnings += [("deadline_passed", (d.ref, d.deadline.isoformat()))
                 for d in deadlines if d.deadline < today]
    warnings += [("not_ready", (d.ref, str(d.not_ready), str(d.people), d.deadline.isoformat()))
                 for d in deadlines if today <= d.deadline and d.not_ready]
    return Overview(today, sites, days, deadlines, warnings, has_plan=bool(handovers))


@dataclass(frozen=True)
class PersonDetail:
    """Everything the detail editor shows of one person."""

    values: dict[str, Any]
    site: str
    batch: str | None
    events: list[tuple[dt.datetime, str, str | None, str, str | None, str]]
    separations: list[tuple[int, str]]  # (other person id, other ref)


def person_detail(engine: Engine, person_id: int) -> PersonDetail | None:
    with engine.connect() as conn:
        row = conn.execute(select(P, L.c.name_en, B.c.ref.label("batch_ref"))
                           .join(L, L.c.id == P.c.site_id)
                           .outerjoin(B, B.c.id == P.c.batch_id)
                           .where(P.c.id == person_id)).first()
        if row is None:
            return None
        events = [(at, actor, _v(f) if f is not None else None, _v(t),
                   _v(r) if r is not None else None, note)
                  for at, actor, f, t, r, note in conn.execute(
                      select(EV.c.at, EV.c.actor, EV.c.from_status, EV.c.to_status,
                             EV.c.reason, EV.c.note)
                      .where(EV.c.person_id == person_id).order_by(EV.c.at, EV.c.id))]
        other = P.alias("other")
        seps = [(oid, ref) for oid, ref in conn.execute(
            select(other.c.id, other.c.ref).select_from(SEP.join(
                other, other.c.id == case((SEP.c.person_id == person_id, SEP.c.other_person_id),
                                          else_=SEP.c.person_id)))
            .where((SEP.c.person_id == person_id) | (SEP.c.other_person_id == person_id))
            .order_by(other.c.ref))]
    m = row._mapping
    values = {c.name: m[c.name] for c in P.c}
    return PersonDetail(values, m["name_en"], m["batch_ref"], events, seps)
