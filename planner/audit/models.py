"""Tables of the audit trail: hash-chained entries and the one-row chain head.

Every entry holds the hash of the entry before it (``prev_hash``) and its own hash over its
content and that link; the chain head (one row, id 1) holds the last entry's number and hash and
is updated in the same transaction as each append, which serialises appends (a row lock on
PostgreSQL, the write lock on SQLite) and lets `verify` notice entries deleted from the end.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, DateTime, Integer, Text
from sqlmodel import Field, SQLModel

GENESIS_HASH = "0" * 64


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entry"
    seq: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False),
                     description="entry number: 1, 2, 3 … without gaps")
    at: dt.datetime = Field(sa_type=DateTime(), description="UTC, naive")
    actor: str = Field(max_length=200)
    action: str = Field(max_length=32, description="insert, update, delete, export, print …")
    entity: str = Field(index=True, max_length=64, description="table or kind of object")
    entity_id: str | None = Field(default=None, max_length=64)
    ref: str | None = Field(default=None, index=True, max_length=64,
                            description="the object's reference (person ref, batch ref, code)")
    before_json: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    after_json: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class AuditHead(SQLModel, table=True):
    __tablename__ = "audit_head"
    id: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    seq: int = Field(default=0)
    hash: str = Field(default=GENESIS_HASH, max_length=64)
