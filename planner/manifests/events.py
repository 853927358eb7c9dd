"""Read-only queries over a saved plan: its handover events (a crossing on a day, a flight).

A crossing handover is one event per crossing per local day; every operated flight is one event.
People are listed per event with whether the event is the last handover of their itinerary
(then the person is handed over to the receiving side; before that they are in transit).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.db.models import BorderCrossing, CrossingClosure, Flight
from planner.domain.enums import FlightStatus
from planner.engine.problem import StepKind
from planner.engine.store import PlanError, latest_plan_id, load_plan, published_plan_id

KINDS = ("crossing", "flight")


@dataclass(frozen=True)
class HandoverEvent:
    number: str  # stable manifest number M-<code>-<yyyymmdd>-<seq>
    kind: str  # crossing or flight
    ref_id: int  # border_crossing id or flight id
    code: str  # crossing code or flight number
    day: dt.date
    time: dt.time | None
    origin_id: int
    destination_id: int
    people: tuple[int, ...]  # person ids, plan order
    final: frozenset[int] = field(default_factory=frozenset)  # ids for whom this is the last one
    batch_ids: tuple[int, ...] = ()
    receiving_ids: tuple[int, ...] = ()  # receiving points of the people on it


class _Info(NamedTuple):
    code: str
    time: dt.time
    origin: int
    destination: int


def resolve_plan_id(engine: Engine, plan_id: int | None = None) -> int:
    """The given plan, else the published one, else the latest; PlanError when there is none."""
    pid = plan_id or published_plan_id(engine) or latest_plan_id(engine)
    if pid is None:
        raise PlanError("there is no plan yet: make and publish one with `repatplan plan`")
    return pid


def _code(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "", text).upper() or "X"


def plan_events(engine: Engine, plan_id: int) -> list[HandoverEvent]:
    """Every handover event of a plan, ordered by day, time and number."""
    res = load_plan(engine, plan_id).result
    with Session(engine) as s:
        crossings = {c.id: c for c in s.exec(select(BorderCrossing)).all()}
        flights = {f.id: f for f in s.exec(select(Flight)).all()}
    groups: dict[tuple[str, int, dt.date], _Info] = {}
    people: dict[tuple[str, int, dt.date], list[int]] = defaultdict(list)
    final: dict[tuple[str, int, dt.date], set[int]] = defaultdict(set)
    batches: dict[tuple[str, int, dt.date], set[int]] = defaultdict(set)
    receiving: dict[tuple[str, int, dt.date], set[int]] = defaultdict(set)
    for ch in res.chunks:
        hand = [st for st in ch.steps if st.kind in (StepKind.CROSSING, StepKind.FLIGHT)]
        for k, st in enumerate(hand):
            if st.kind is StepKind.FLIGHT:
                f = flights.get(st.ref)
                if f is None:
                    continue
                key = ("flight", st.ref, f.departure_local.date())
                info = _Info(f.number, f.departure_local.time(), f.origin_id,
                             f.destination_id)
            else:
                c = crossings.get(st.ref)
                if c is None:
                    continue
                key = ("crossing", st.ref, st.start.date())
                info = _Info(c.code, st.start.time(), c.side_a_id, c.side_b_id)
            prev = groups.get(key)
            if prev is None or info.time < prev.time:
                groups[key] = info
            people[key].extend(p for p in ch.people if p not in people[key])
            batches[key].add(ch.batch_id)
            receiving[key].add(ch.receiving)
            if k == len(hand) - 1:
                final[key].update(ch.people)
    ordered = sorted(groups, key=lambda k: (k[2], groups[k].time, k[0], k[1]))
    seqs: dict[tuple[str, dt.date], int] = defaultdict(int)
    out = []
    for key in ordered:
        kind, ref, day = key
        info = groups[key]
        code = _code(info.code)
        seqs[(code, day)] += 1
        number = f"M-{code}-{day:%Y%m%d}-{seqs[(code, day)]:02d}"
        out.append(HandoverEvent(number, kind, ref, info.code, day, info.time, info.origin,
                                 info.destination, tuple(people[key]), frozenset(final[key]),
                                 tuple(sorted(batches[key])), tuple(sorted(receiving[key]))))
    return out


def find_event(events: list[HandoverEvent], number: str) -> HandoverEvent:
    for e in events:
        if e.number == number:
            return e
    raise PlanError(f"the plan has no handover {number}; list them with "
                    "`repatplan manifest list`")


@dataclass(frozen=True)
class Disruption:
    """Why a handover cannot take place as its manifest says: the flight is cancelled, or the
    crossing is closed that day (a disruption recorded after the plan was made)."""

    kind: str  # "flight cancelled" or "crossing closed"
    text: str  # e.g. "flight CZ6061 on 2025-02-20 is cancelled"


class Disruptions:
    """The cancelled flights and crossing closures, read once, to check many events."""

    def __init__(self, s: Session) -> None:
        self.flights = {f.id: f for f in s.exec(
            select(Flight).where(Flight.status == FlightStatus.CANCELLED)).all()}
        self.crossings = {c.id: c for c in s.exec(select(BorderCrossing)).all()}
        self.closures: dict[int, list[CrossingClosure]] = defaultdict(list)
        for c in s.exec(select(CrossingClosure)).all():
            self.closures[c.crossing_id].append(c)

    def of(self, kind: str, ref_id: int, day: dt.date) -> Disruption | None:
        """The disruption of a flight (id) or of a crossing (id) on `day`, or None."""
        if kind == "flight":
            f = self.flights.get(ref_id)
            if f is None:
                return None
            return Disruption("flight cancelled", f"flight {f.number} on "
                              f"{f.departure_local.date().isoformat()} is cancelled")
        for c in self.closures.get(ref_id, ()):
            if c.first_day <= day <= c.last_day:
                x = self.crossings.get(ref_id)
                name = x.code if x is not None else f"#{ref_id}"
                why = f" ({c.reason})" if c.reason else ""
                return Disruption("crossing closed", f"crossing {name} is closed on "
                                  f"{day.isoformat()}{why}")
        return None


def disruption(s: Session, kind: str, ref_id: int, day: dt.date) -> Disruption | None:
    """The disruption of one handover (see `Disruptions.of`)."""
    if kind == "flight":
        f = s.get(Flight, ref_id)
        if f is None or f.status != FlightStatus.CANCELLED:
            return None
    elif not s.exec(select(CrossingClosure.id).where(
            CrossingClosure.crossing_id == ref_id, CrossingClosure.first_day <= day,
            CrossingClosure.last_day >= day)).first():
        return None
    return Disruptions(s).of(kind, ref_id, day)
