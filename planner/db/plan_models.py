"""Tables of plans: versioned (draft / published / superseded), with their chunks, legs,
flights, vehicles and loads, so any plan can be shown, exported, compared and validated again."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, DateTime, Text
from sqlmodel import Field, SQLModel

from planner.db.models import utcnow


class Plan(SQLModel, table=True):
    __tablename__ = "plan"
    id: int | None = Field(default=None, primary_key=True)
    status: str = Field(default="draft", max_length=16, index=True,
                        description="draft, published or superseded")
    parent_id: int | None = Field(default=None, foreign_key="plan.id",
                                  description="the plan this one was re-planned from")
    name: str = Field(default="", max_length=200)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=DateTime())
    created_by: str = Field(default="", max_length=200)
    published_at: dt.datetime | None = Field(default=None, sa_type=DateTime())
    start_day: dt.date
    end_day: dt.date
    solver_status: str = Field(default="", max_length=32)
    objective: float | None = None
    best_bound: float | None = None
    gap: float | None = None
    settings_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    terms_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    warnings_json: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    stats_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    unscheduled_json: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    version: int = Field(default=1)


class PlanAssignment(SQLModel, table=True):
    """One chunk of a batch on one itinerary."""

    __tablename__ = "plan_assignment"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    batch_id: int = Field(foreign_key="batch.id", index=True)
    chunk_no: int = Field(default=1)
    itinerary_key: str = Field(max_length=500)
    receiving_point_id: int = Field(foreign_key="receiving_point.id")
    depart_day: dt.date
    arrival_day: dt.date
    size: int
    people_json: str = Field(sa_column=Column(Text, nullable=False),
                             description="JSON list of person ids")
    pinned: bool = Field(default=False, description="locked by a coordinator")
    confirmed: bool = Field(default=False, description="confirmed with partners: always pinned")


class PlanStep(SQLModel, table=True):
    __tablename__ = "plan_step"
    id: int | None = Field(default=None, primary_key=True)
    assignment_id: int = Field(foreign_key="plan_assignment.id", index=True)
    seq: int
    kind: str = Field(max_length=16, description="road, crossing or flight")
    ref_id: int = Field(description="leg, border_crossing or flight id")
    origin_id: int = Field(foreign_key="location.id")
    destination_id: int = Field(foreign_key="location.id")
    start_local: dt.datetime = Field(sa_type=DateTime(), description="local time at origin")
    end_local: dt.datetime = Field(sa_type=DateTime(), description="local time at destination")


class PlanFlight(SQLModel, table=True):
    __tablename__ = "plan_flight"
    plan_id: int = Field(foreign_key="plan.id", primary_key=True)
    flight_id: int = Field(foreign_key="flight.id", primary_key=True)
    detainees: int
    escorts: int


class PlanVehicle(SQLModel, table=True):
    __tablename__ = "plan_vehicle"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    leg_id: int = Field(foreign_key="leg.id")
    day: dt.date
    number: int
    people_json: str = Field(sa_column=Column(Text, nullable=False))


class PlanLoad(SQLModel, table=True):
    """Load against capacity per resource and day (crossing, leg, stage, intake)."""

    __tablename__ = "plan_load"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    kind: str = Field(max_length=16)
    ref_id: int
    day: dt.date | None = None
    load: int
    capacity: int
