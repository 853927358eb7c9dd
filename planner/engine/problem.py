"""Immutable, typed problem data for the scheduling engine (no database, no solver).

`build.py` fills a :class:`Problem` from the database; tests may build one by hand. Dates are
local calendar dates of the place concerned; datetimes are naive local times of the place
(flights: origin for departure, destination for arrival), as stored in the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from planner.domain.enums import PersonStatus, Priority


@dataclass(frozen=True, slots=True)
class Place:
    id: int
    code: str
    name: str
    timezone: str = "UTC"
    holding_capacity: int | None = None
    """people who may wait here overnight; None = no overnight wait allowed (except at origin)"""


@dataclass(frozen=True, slots=True)
class RoadLeg:
    id: int
    origin: int
    destination: int
    duration_minutes: int
    vehicle_capacity: int
    vehicles_per_day: int
    mode: str = "road"


@dataclass(frozen=True, slots=True)
class Crossing:
    id: int
    code: str
    name: str
    side_a: int
    side_b: int
    daily_capacity: int
    open_weekdays: frozenset[int] = frozenset(range(1, 8))
    open_from: dt.time = dt.time(8, 0)
    open_until: dt.time = dt.time(17, 0)
    handover_minutes: int = 60
    closed_days: frozenset[dt.date] = frozenset()

    def is_open(self, day: dt.date) -> bool:
        return day.isoweekday() in self.open_weekdays and day not in self.closed_days


@dataclass(frozen=True, slots=True)
class FlightInfo:
    id: int
    number: str
    origin: int
    destination: int
    departure_local: dt.datetime
    arrival_local: dt.datetime
    seats: int
    max_detainees: int
    escorts_per_detainee: float
    optional: bool
    charter_cost: int = 0
    cancelled: bool = False
    confirmed: bool = False


@dataclass(frozen=True, slots=True)
class Receiving:
    id: int
    code: str
    name: str
    place: int
    daily_intake: int
    provinces: frozenset[str]


@dataclass(frozen=True, slots=True)
class PersonInfo:
    id: int
    ref: str
    batch_id: int
    status: PersonStatus
    ready: dt.date | None
    missing_steps: tuple[str, ...]
    weight: int
    province: str = ""
    case_ref: str = ""
    family_ref: str = ""


@dataclass(frozen=True, slots=True)
class BatchInfo:
    id: int
    ref: str
    site: int
    people: tuple[int, ...]
    deadline: dt.date | None = None
    priority: Priority = Priority.NORMAL
    receiving_point: int | None = None
    keep_cases_together: bool = True
    min_chunk: int = 10


class StepKind(StrEnum):
    ROAD = "road"
    CROSSING = "crossing"
    FLIGHT = "flight"


@dataclass(frozen=True, slots=True)
class Step:
    """One leg of an itinerary. Times are naive local times: start at `origin`, end at
    `destination`. `ref` is the RoadLeg, Crossing or Flight id."""

    kind: StepKind
    ref: int
    origin: int
    destination: int
    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True, slots=True)
class PreviousChunk:
    """An assignment of a plan being re-planned from."""

    batch_id: int
    people: tuple[int, ...]
    steps: tuple[Step, ...]
    receiving_point: int
    pinned: bool = False

    def departed_before(self, day: dt.date) -> bool:
        """Its first step began before `day` (the start of a re-plan): the chunk is under way
        or done, so it is kept exactly as it is."""
        return bool(self.steps) and self.steps[0].start.date() < day


@dataclass(frozen=True, slots=True)
class Problem:
    start: dt.date
    end: dt.date
    places: tuple[Place, ...]
    legs: tuple[RoadLeg, ...]
    crossings: tuple[Crossing, ...]
    flights: tuple[FlightInfo, ...]
    receiving: tuple[Receiving, ...]
    batches: tuple[BatchInfo, ...]
    people: tuple[PersonInfo, ...]
    separations: tuple[tuple[int, int], ...] = ()
    previous: tuple[PreviousChunk, ...] = ()
    delayed: tuple[tuple[int, dt.date], ...] = field(default=())
    """batch id → not before this day (a disruption: the batch is delayed)"""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


SCHEDULABLE = frozenset({PersonStatus.CLEARED, PersonStatus.SCHEDULED, PersonStatus.IN_TRANSIT})
