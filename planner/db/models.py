"""SQLModel tables of the whole domain.

Dates are calendar dates in the place's local time; times of flights are local to their airport
(the airport Location carries the IANA time zone). Every table that users edit has a `version`
column for optimistic locking on a shared database.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, DateTime, Enum, UniqueConstraint
from sqlmodel import Field, SQLModel

from planner.domain.enums import (
    DocumentType,
    FlightStatus,
    LegMode,
    LocationKind,
    PersonStatus,
    Priority,
    Screening,
    Sex,
    StrikeReason,
)


def _enum(e: type, name: str, nullable: bool = False) -> Column:
    # Store the enum *values* (stable strings), checked by a named CHECK constraint.
    return Column(
        Enum(e, values_callable=lambda x: [m.value for m in x], name=name, native_enum=False,
             create_constraint=True, length=32),
        nullable=nullable,
    )


def utcnow() -> dt.datetime:
    """Naive UTC: timestamps are stored as UTC without an offset on every back-end."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Location(SQLModel, table=True):
    __tablename__ = "location"
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(index=True, unique=True, max_length=32)
    name_en: str = Field(max_length=200)
    name_local: str = Field(default="", max_length=200)
    country: str = Field(max_length=3, description="ISO 3166-1 alpha-3")
    kind: LocationKind = Field(sa_column=_enum(LocationKind, "location_kind"))
    latitude: float | None = None
    longitude: float | None = None
    timezone: str = Field(default="UTC", max_length=64)
    holding_capacity: int | None = Field(
        default=None, description="people who may wait here overnight (holding or staging)"
    )
    version: int = Field(default=1)


class BorderCrossing(SQLModel, table=True):
    __tablename__ = "border_crossing"
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(index=True, unique=True, max_length=32)
    name: str = Field(max_length=200)
    side_a_id: int = Field(foreign_key="location.id", description="dispatching side checkpoint")
    side_b_id: int = Field(foreign_key="location.id", description="receiving side checkpoint")
    daily_capacity: int = Field(ge=0, description="people handed over per day at most")
    open_weekdays: str = Field(
        default="1234567", max_length=7, description="ISO weekdays open, 1=Monday … 7=Sunday"
    )
    open_from: dt.time = Field(default=dt.time(8, 0))
    open_until: dt.time = Field(default=dt.time(17, 0))
    handover_minutes: int = Field(default=60, ge=0, description="time the handover takes")
    agency_a: str = Field(default="", max_length=200)
    agency_b: str = Field(default="", max_length=200)
    version: int = Field(default=1)


class CrossingClosure(SQLModel, table=True):
    """A crossing closed for a span of days (a disruption)."""

    __tablename__ = "crossing_closure"
    id: int | None = Field(default=None, primary_key=True)
    crossing_id: int = Field(foreign_key="border_crossing.id", index=True)
    first_day: dt.date
    last_day: dt.date
    reason: str = Field(default="", max_length=500)


class Flight(SQLModel, table=True):
    __tablename__ = "flight"
    __table_args__ = (UniqueConstraint("number", "departure_local", name="uq_flight_number_dep"),)
    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(index=True, max_length=16)
    carrier: str = Field(default="", max_length=100)
    origin_id: int = Field(foreign_key="location.id")
    destination_id: int = Field(foreign_key="location.id")
    departure_local: dt.datetime = Field(sa_type=DateTime(), description="local time at origin")
    arrival_local: dt.datetime = Field(sa_type=DateTime(), description="local time at destination")
    seats: int = Field(ge=0)
    max_detainees: int = Field(ge=0)
    escorts_per_detainee: float = Field(default=1.0, ge=0)
    status: FlightStatus = Field(
        default=FlightStatus.PROPOSED, sa_column=_enum(FlightStatus, "flight_status")
    )
    charter_cost: int = Field(default=0, ge=0, description="cost if operated, in whole units")
    optional: bool = Field(default=True, description="the planner may choose to operate it")
    version: int = Field(default=1)


class Leg(SQLModel, table=True):
    """A road or rail link between two locations."""

    __tablename__ = "leg"
    __table_args__ = (UniqueConstraint("origin_id", "destination_id", "mode", name="uq_leg"),)
    id: int | None = Field(default=None, primary_key=True)
    origin_id: int = Field(foreign_key="location.id")
    destination_id: int = Field(foreign_key="location.id")
    mode: LegMode = Field(default=LegMode.ROAD, sa_column=_enum(LegMode, "leg_mode"))
    duration_minutes: int = Field(ge=0)
    vehicle_capacity: int = Field(ge=1, description="people per vehicle")
    vehicles_per_day: int = Field(default=10, ge=0)
    cost_per_vehicle: int = Field(default=0, ge=0)
    version: int = Field(default=1)


class ReceivingPoint(SQLModel, table=True):
    __tablename__ = "receiving_point"
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(index=True, unique=True, max_length=32)
    name: str = Field(max_length=200, description="city public-security bureau")
    location_id: int = Field(foreign_key="location.id")
    daily_intake: int = Field(ge=0)
    version: int = Field(default=1)


class ReceivingProvince(SQLModel, table=True):
    """A household-registration province served by a receiving point."""

    __tablename__ = "receiving_province"
    receiving_point_id: int = Field(foreign_key="receiving_point.id", primary_key=True)
    province: str = Field(primary_key=True, max_length=64)


class Batch(SQLModel, table=True):
    __tablename__ = "batch"
    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(index=True, unique=True, max_length=64)
    site_id: int = Field(foreign_key="location.id")
    legal_deadline: dt.date | None = Field(default=None, description="custody limit")
    priority: Priority = Field(default=Priority.NORMAL, sa_column=_enum(Priority, "priority"))
    receiving_point_id: int | None = Field(default=None, foreign_key="receiving_point.id")
    keep_cases_together: bool = Field(
        default=True, description="people sharing a case reference travel together"
    )
    min_chunk: int = Field(default=10, ge=1, description="smallest part a split may leave")
    notes: str = Field(default="", max_length=2000)
    version: int = Field(default=1)


class Person(SQLModel, table=True):
    __tablename__ = "person"
    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(index=True, unique=True, max_length=64)
    family_name: str = Field(default="", max_length=100, description="native script")
    given_name: str = Field(default="", max_length=100, description="native script")
    latin_name: str = Field(max_length=200, description="SURNAME Given, as in the document")
    sex: Sex = Field(sa_column=_enum(Sex, "sex"))
    date_of_birth: dt.date | None = None
    nationality: str = Field(max_length=3, description="ISO 3166-1 alpha-3")
    document_type: DocumentType = Field(
        default=DocumentType.NONE, sa_column=_enum(DocumentType, "document_type")
    )
    document_number: str | None = Field(default=None, index=True, max_length=32)
    document_expiry: dt.date | None = None
    document_country: str | None = Field(default=None, max_length=3)
    mrz: str | None = Field(default=None, max_length=100)
    province: str = Field(default="", max_length=64, description="household registration")
    case_ref: str = Field(default="", index=True, max_length=64)
    family_ref: str = Field(default="", max_length=64, description="family kept together")
    site_id: int = Field(foreign_key="location.id", index=True)
    batch_id: int | None = Field(default=None, foreign_key="batch.id", index=True)
    # flags
    medical: bool = False
    medical_note: str = Field(default="", max_length=1000)
    screening: Screening = Field(
        default=Screening.NOT_SCREENED, sa_column=_enum(Screening, "screening")
    )
    pregnant: bool = False
    travel_separately: bool = False
    # readiness checklist: the date each step was done
    identity_verified_on: dt.date | None = None
    document_issued_on: dt.date | None = None
    exit_clearance_on: dt.date | None = None
    fit_to_travel_on: dt.date | None = None
    # lifecycle
    status: PersonStatus = Field(
        default=PersonStatus.DETAINED, sa_column=_enum(PersonStatus, "person_status")
    )
    strike_reason: StrikeReason | None = Field(
        default=None, sa_column=_enum(StrikeReason, "strike_reason", nullable=True)
    )
    notes: str = Field(default="", max_length=2000)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=DateTime())
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=DateTime())
    version: int = Field(default=1)


class Separation(SQLModel, table=True):
    """Two people who must never share a vehicle or a flight (stored once, lower id first)."""

    __tablename__ = "separation"
    person_id: int = Field(foreign_key="person.id", primary_key=True)
    other_person_id: int = Field(foreign_key="person.id", primary_key=True)


class StatusEvent(SQLModel, table=True):
    """One status transition of a person: who, when, from, to, why."""

    __tablename__ = "status_event"
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    at: dt.datetime = Field(default_factory=utcnow, sa_type=DateTime())
    actor: str = Field(max_length=200)
    from_status: PersonStatus | None = Field(
        default=None, sa_column=_enum(PersonStatus, "from_status", nullable=True)
    )
    to_status: PersonStatus = Field(sa_column=_enum(PersonStatus, "to_status"))
    reason: StrikeReason | None = Field(
        default=None, sa_column=_enum(StrikeReason, "event_reason", nullable=True)
    )
    note: str = Field(default="", max_length=1000)


class ImportRun(SQLModel, table=True):
    """A record of each import: what file, by whom, how many rows went in or were rejected."""

    __tablename__ = "import_run"
    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow, sa_type=DateTime())
    actor: str = Field(max_length=200)
    kind: str = Field(max_length=32)
    file_name: str = Field(max_length=500)
    sha256: str = Field(max_length=64)
    rows_total: int = 0
    rows_created: int = 0
    rows_updated: int = 0
    rows_rejected: int = 0
