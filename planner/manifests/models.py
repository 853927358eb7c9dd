"""Tables of manifests, handover records, partner profiles and exports (migration 0004), escorts
and settings (0005).

A manifest is identified by its number (``M-<crossing code|flight number>-<yyyymmdd>-<seq>``)
and revision; every revision keeps the exact list printed (``manifest_person``). A revision is
frozen once its handover is recorded; a change after that makes a new revision, never an edit.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, DateTime, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from planner.db.models import utcnow


class Manifest(SQLModel, table=True):
    __tablename__ = "manifest"
    __table_args__ = (UniqueConstraint("number", "revision", name="uq_manifest_number_rev"),)
    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(index=True, max_length=64)
    revision: int = Field(default=1, ge=1)
    kind: str = Field(max_length=16, description="crossing or flight")
    plan_id: int = Field(foreign_key="plan.id", index=True)
    ref_id: int = Field(description="border_crossing or flight id")
    day: dt.date = Field(index=True, description="local date of the handover")
    local_time: dt.time | None = None
    place: str = Field(max_length=200)
    place_country: str = Field(max_length=3)
    dispatching_agency: str = Field(default="", max_length=200)
    receiving_agency: str = Field(default="", max_length=200)
    flight_number: str = Field(default="", max_length=16)
    digest: str = Field(max_length=64, description="SHA-256 of the canonical person list")
    head_count: int = Field(ge=0)
    frozen: bool = Field(default=False, description="handover recorded: never changed again")
    superseded: bool = Field(default=False, description="a newer revision exists")
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=DateTime())
    created_by: str = Field(default="", max_length=200)


class ManifestEntry(SQLModel, table=True):
    """One person on one manifest revision, as printed (table ``manifest_person``)."""

    __tablename__ = "manifest_person"
    manifest_id: int = Field(foreign_key="manifest.id", primary_key=True)
    seq: int = Field(primary_key=True, ge=1)
    person_id: int = Field(foreign_key="person.id", index=True)
    ref: str = Field(max_length=64)
    chinese_name: str = Field(default="", max_length=200)
    latin_name: str = Field(default="", max_length=200)
    sex: str = Field(max_length=1)
    date_of_birth: dt.date | None = None
    nationality: str = Field(max_length=3)
    document_type: str = Field(max_length=32)
    document_number: str | None = Field(default=None, max_length=32)
    case_ref: str = Field(default="", max_length=64)
    batch_ref: str = Field(default="", max_length=64)
    flags: str = Field(default="", max_length=100, description="';'-separated flag keys")
    final_leg: bool = Field(default=False, description="this handover is the last one")
    outcome: str = Field(default="", max_length=16, description="'', handed_over or struck")
    strike_code: str = Field(default="", max_length=32)
    strike_note: str = Field(default="", max_length=500)


class HandoverRecord(SQLModel, table=True):
    """What happened at the handover of one manifest revision."""

    __tablename__ = "handover_record"
    id: int | None = Field(default=None, primary_key=True)
    manifest_id: int = Field(foreign_key="manifest.id", unique=True)
    occurred_at: dt.datetime = Field(sa_type=DateTime(), description="local time of the place")
    dispatching_officer: str = Field(max_length=200)
    dispatching_officer_id: str = Field(max_length=64)
    receiving_officer: str = Field(max_length=200)
    receiving_officer_id: str = Field(max_length=64)
    witness: str = Field(default="", max_length=200)
    witness_id: str = Field(default="", max_length=64)
    note: str = Field(default="", max_length=1000)
    corrects_id: int | None = Field(default=None, foreign_key="handover_record.id")
    recorded_at: dt.datetime = Field(default_factory=utcnow, sa_type=DateTime())
    recorded_by: str = Field(default="", max_length=200)


class PartnerProfile(SQLModel, table=True):
    """Which fields a recipient of exports gets (see docs/exports.md)."""

    __tablename__ = "partner_profile"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=100)
    kind: str = Field(max_length=32, description="airline, foreign_police, receiving_bureau, …")
    fields: str = Field(default="", max_length=500, description="','-separated field names")
    event_kinds: str = Field(default="crossing,flight", max_length=64)
    carrier: str = Field(default="", max_length=100, description="only this carrier's flights")
    note: str = Field(default="", max_length=500)
    version: int = Field(default=1)


class ExportRecord(SQLModel, table=True):
    """One file written for a partner (table ``export``)."""

    __tablename__ = "export"
    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow, sa_type=DateTime())
    actor: str = Field(max_length=200)
    partner: str = Field(max_length=100)
    format: str = Field(max_length=16)
    plan_id: int = Field(foreign_key="plan.id")
    file_name: str = Field(max_length=500)
    sha256: str = Field(max_length=64)
    people: int = 0
    rows: int = 0
    fields_json: str = Field(default="[]", sa_column=Column(Text, nullable=False))


class ManifestEscort(SQLModel, table=True):
    """One escort of one manifest revision (migration 0005); copied into each new revision."""

    __tablename__ = "manifest_escort"
    manifest_id: int = Field(foreign_key="manifest.id", primary_key=True)
    seq: int = Field(primary_key=True, ge=1)
    name: str = Field(max_length=200)
    id_number: str = Field(max_length=64, description="ID or badge number")
    agency: str = Field(default="", max_length=200)
    role: str = Field(default="", max_length=100)


class AppSetting(SQLModel, table=True):
    """A database-wide setting (migration 0005), e.g. the manifest signing certificate's path.
    Never a secret: passwords and keys are not stored here."""

    __tablename__ = "app_setting"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="", sa_column=Column(Text, nullable=False))
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=DateTime())
    updated_by: str = Field(default="", max_length=200)
