"""Read-only queries for the Network and Plan screens (Qt-free): the transport network as plain
rows, the stored plan versions, what a plan does on one day, and its load per resource and day."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.engine import Engine

from planner.db.models import (
    BorderCrossing,
    CrossingClosure,
    Flight,
    Leg,
    Location,
    ReceivingPoint,
    ReceivingProvince,
)
from planner.db.plan_models import Plan
from planner.engine.problem import StepKind
from planner.engine.result import PlanResult

L = Location.__table__  # type: ignore[attr-defined]
X = BorderCrossing.__table__  # type: ignore[attr-defined]
XC = CrossingClosure.__table__  # type: ignore[attr-defined]
F = Flight.__table__  # type: ignore[attr-defined]
LG = Leg.__table__  # type: ignore[attr-defined]
RP = ReceivingPoint.__table__  # type: ignore[attr-defined]
RPV = ReceivingProvince.__table__  # type: ignore[attr-defined]
PL = Plan.__table__  # type: ignore[attr-defined]


def _v(x: object) -> str:
    return str(getattr(x, "value", x))


@dataclass(frozen=True, slots=True)
class LocationRow:
    id: int
    code: str
    name: str
    country: str
    kind: str
    latitude: float | None
    longitude: float | None
    timezone: str
    holding_capacity: int | None
    version: int


@dataclass(frozen=True, slots=True)
class ClosureRow:
    id: int
    crossing_id: int
    first_day: dt.date
    last_day: dt.date
    reason: str


@dataclass(frozen=True, slots=True)
class CrossingRow:
    id: int
    code: str
    name: str
    side_a: int
    side_b: int
    daily_capacity: int
    open_weekdays: str
    open_from: dt.time
    open_until: dt.time
    handover_minutes: int
    version: int


@dataclass(frozen=True, slots=True)
class FlightRow:
    id: int
    number: str
    carrier: str
    origin: int
    destination: int
    departure: dt.datetime
    arrival: dt.datetime
    seats: int
    max_detainees: int
    status: str
    charter_cost: int
    optional: bool
    version: int


@dataclass(frozen=True, slots=True)
class LegRow:
    id: int
    origin: int
    destination: int
    mode: str
    duration_minutes: int
    vehicle_capacity: int
    vehicles_per_day: int
    version: int


@dataclass(frozen=True, slots=True)
class ReceivingRow:
    id: int
    code: str
    name: str
    location: int
    daily_intake: int
    provinces: tuple[str, ...]
    version: int


@dataclass(frozen=True)
class NetworkData:
    locations: tuple[LocationRow, ...] = ()
    crossings: tuple[CrossingRow, ...] = ()
    closures: tuple[ClosureRow, ...] = ()
    flights: tuple[FlightRow, ...] = ()
    legs: tuple[LegRow, ...] = ()
    receiving: tuple[ReceivingRow, ...] = ()
    by_id: dict[int, LocationRow] = field(default_factory=dict)
    #: every column of every row, by (kind, id): what the edit dialogs start from
    values: dict[tuple[str, int], dict[str, object]] = field(default_factory=dict)

    def place(self, location_id: int) -> str:
        loc = self.by_id.get(location_id)
        return loc.name if loc is not None else f"#{location_id}"

    def code(self, location_id: int) -> str:
        loc = self.by_id.get(location_id)
        return loc.code if loc is not None else f"#{location_id}"

    @cached_property
    def _crossing_ids(self) -> dict[int, CrossingRow]:
        return {x.id: x for x in self.crossings}

    @cached_property
    def _flight_ids(self) -> dict[int, FlightRow]:
        return {f.id: f for f in self.flights}

    def crossing(self, crossing_id: int) -> CrossingRow | None:
        return self._crossing_ids.get(crossing_id)

    def flight(self, flight_id: int) -> FlightRow | None:
        return self._flight_ids.get(flight_id)

    def closed_on(self, crossing_id: int, day: dt.date) -> bool:
        return any(c.crossing_id == crossing_id and c.first_day <= day <= c.last_day
                   for c in self.closures)


def load_network(engine: Engine) -> NetworkData:
    """Every row of the network tables, ordered for display."""
    values: dict[tuple[str, int], dict[str, object]] = {}
    with engine.connect() as c:
        for kind, table in (("location", L), ("crossing", X), ("flight", F), ("leg", LG),
                            ("receiving_point", RP)):
            for r in c.execute(select(table)):
                values[(kind, r.id)] = dict(r._mapping)
        locs = tuple(LocationRow(r.id, r.code, r.name_en, r.country, _v(r.kind), r.latitude,
                                 r.longitude, r.timezone, r.holding_capacity, r.version)
                     for r in c.execute(select(L).order_by(L.c.country, L.c.code)))
        crossings = tuple(CrossingRow(r.id, r.code, r.name, r.side_a_id, r.side_b_id,
                                      r.daily_capacity, r.open_weekdays, r.open_from,
                                      r.open_until, r.handover_minutes, r.version)
                          for r in c.execute(select(X).order_by(X.c.code)))
        closures = tuple(ClosureRow(r.id, r.crossing_id, r.first_day, r.last_day, r.reason)
                         for r in c.execute(select(XC).order_by(XC.c.first_day, XC.c.id)))
        flights = tuple(FlightRow(r.id, r.number, r.carrier, r.origin_id, r.destination_id,
                                  r.departure_local, r.arrival_local, r.seats, r.max_detainees,
                                  _v(r.status), r.charter_cost, bool(r.optional), r.version)
                        for r in c.execute(select(F).order_by(F.c.departure_local, F.c.number)))
        legs = tuple(LegRow(r.id, r.origin_id, r.destination_id, _v(r.mode),
                            r.duration_minutes, r.vehicle_capacity, r.vehicles_per_day,
                            r.version)
                     for r in c.execute(select(LG).order_by(LG.c.id)))
        provinces: dict[int, list[str]] = defaultdict(list)
        for r in c.execute(select(RPV).order_by(RPV.c.province)):
            provinces[r.receiving_point_id].append(r.province)
        receiving = tuple(ReceivingRow(r.id, r.code, r.name, r.location_id, r.daily_intake,
                                       tuple(provinces[r.id]), r.version)
                          for r in c.execute(select(RP).order_by(RP.c.code)))
    return NetworkData(locs, crossings, closures, flights, legs, receiving,
                       {loc.id: loc for loc in locs}, values)


@dataclass(frozen=True, slots=True)
class PlanVersion:
    id: int
    status: str
    parent_id: int | None
    created_at: dt.datetime
    created_by: str
    solver_status: str
    objective: float | None
    gap: float | None


def list_plan_versions(engine: Engine) -> list[PlanVersion]:
    """Stored plans, newest first."""
    with engine.connect() as c:
        return [PlanVersion(r.id, r.status, r.parent_id, r.created_at, r.created_by,
                            r.solver_status, r.objective, r.gap)
                for r in c.execute(select(PL).order_by(PL.c.id.desc()))]


@dataclass(frozen=True, slots=True)
class Movement:
    """People of one chunk on one step of their itinerary, on a given day."""

    kind: str  # road, crossing or flight
    ref: int
    origin: int
    destination: int
    people: int
    batch_ref: str


def movements_on(result: PlanResult, day: dt.date) -> list[Movement]:
    """What travels on `day`: every step of every chunk that starts that day, grouped."""
    groups: dict[tuple[str, int, int, int, str], int] = defaultdict(int)
    for ch in result.chunks:
        for st in ch.steps:
            if st.start.date() == day:
                groups[(st.kind.value, st.ref, st.origin, st.destination, ch.batch_ref)] += len(
                    ch.people)
    return [Movement(k, ref, o, d, n, b) for (k, ref, o, d, b), n in sorted(groups.items())]


def busiest_day(result: PlanResult) -> dt.date | None:
    """The day with most people moving (a good default for the map)."""
    counts: dict[dt.date, int] = defaultdict(int)
    for ch in result.chunks:
        counts[ch.depart_day] += len(ch.people)
    return max(counts, key=lambda d: (counts[d], -d.toordinal())) if counts else None


@dataclass(frozen=True, slots=True)
class TimelineCell:
    day: dt.date
    load: int
    capacity: int
    label: str = ""
    closed: bool = False

    @property
    def utilisation(self) -> float:
        return self.load / self.capacity if self.capacity > 0 else (1.0 if self.load else 0.0)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    kind: str  # crossing or flight
    title: str
    cells: tuple[TimelineCell, ...]


def timeline(result: PlanResult, net: NetworkData) -> list[TimelineRow]:
    """Rows of the Gantt chart: each crossing (handovers per day against its capacity, closed
    days marked), then each flight route (detainees per flight against its limit)."""
    rows: list[TimelineRow] = []
    crossing_load: dict[tuple[int, dt.date], int] = defaultdict(int)
    stored = [ld for ld in result.loads if ld.kind == "crossing" and ld.day is not None]
    for ld in stored:
        crossing_load[(ld.ref, ld.day)] += ld.load  # type: ignore[index]
    if not stored:  # older plans: count the chunks' handovers
        for ch in result.chunks:
            for st in ch.steps:
                if st.kind == StepKind.CROSSING:
                    crossing_load[(st.ref, st.start.date())] += len(ch.people)
    days = [result.start + dt.timedelta(days=k)
            for k in range((result.end - result.start).days + 1)]
    for x in net.crossings:
        cells = []
        for d in days:
            closed = net.closed_on(x.id, d) or str(d.isoweekday()) not in x.open_weekdays
            load = crossing_load.get((x.id, d), 0)
            if load or closed:
                cells.append(TimelineCell(d, load, x.daily_capacity, closed=closed))
        rows.append(TimelineRow("crossing", f"{x.name} ({x.code})", tuple(cells)))
    flown = {f.flight: f for f in result.flights}
    routes: dict[tuple[int, int], list[TimelineCell]] = defaultdict(list)
    for f in net.flights:
        d = f.departure.date()
        if not result.start <= d <= result.end:
            continue
        fl = flown.get(f.id)
        load = fl.detainees if fl is not None else 0
        if load == 0 and f.status == "cancelled":
            continue
        routes[(f.origin, f.destination)].append(TimelineCell(
            d, load, f.max_detainees, f.number, closed=f.status == "cancelled"))
    for (o, dest), cells in sorted(routes.items(), key=lambda kv: (
            net.code(kv[0][0]), net.code(kv[0][1]))):
        if any(c.load for c in cells):
            rows.append(TimelineRow("flight", f"✈ {net.code(o)} → {net.code(dest)}",
                                    tuple(sorted(cells, key=lambda c: c.day))))
    return rows
