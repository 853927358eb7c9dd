"""Appending to the hash-chained audit log.

An entry's hash is SHA-256 over a canonical JSON array of its number, time, actor, action,
entity, entity id, reference, the before/after JSON texts and the previous entry's hash. The
chain head row is locked first (SELECT … FOR UPDATE on PostgreSQL; a no-op UPDATE takes SQLite's
write lock), so concurrent appends queue up and never fork the chain.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import enum
import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.engine import Connection
from sqlmodel import Session

from planner.audit.models import AuditEntry, AuditHead

ENTRY: Table = AuditEntry.__table__  # type: ignore[attr-defined]
HEAD: Table = AuditHead.__table__  # type: ignore[attr-defined]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def jsonable(value: Any) -> Any:
    """A value as plain JSON data (dates ISO, enums by value, bytes as hex)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    if isinstance(value, Sequence | set | frozenset):
        return [jsonable(v) for v in value]
    return str(value)


def dumps(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(jsonable(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _time_text(at: dt.datetime) -> str:
    return at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def entry_hash(seq: int, at: dt.datetime, actor: str, action: str, entity: str,
               entity_id: str | None, ref: str | None, before_json: str | None,
               after_json: str | None, prev_hash: str) -> str:
    canonical = json.dumps(
        [seq, _time_text(at), actor, action, entity, entity_id, ref, before_json, after_json,
         prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclasses.dataclass(frozen=True, slots=True)
class Change:
    """One entry to append (its number, time and hashes are given when it is appended)."""

    action: str
    entity: str
    entity_id: str | None = None
    ref: str | None = None
    before: Any = None
    after: Any = None


def lock_head(conn: Connection) -> tuple[int, str]:
    """Lock the chain head for this transaction and return (last number, last hash)."""
    if conn.dialect.name == "sqlite":
        conn.execute(update(HEAD).where(HEAD.c.id == 1).values(seq=HEAD.c.seq))
    row = conn.execute(
        select(HEAD.c.seq, HEAD.c.hash).where(HEAD.c.id == 1).with_for_update()).one_or_none()
    if row is None:
        raise RuntimeError("the audit chain head is missing: the database was tampered with")
    return int(row[0]), str(row[1])


def append(conn: Connection, actor: str, changes: Sequence[Change],
           at: dt.datetime | None = None) -> int:
    """Append `changes` in order, in the caller's transaction; returns the last entry number."""
    if not changes:
        return 0
    when = (at or utcnow()).replace(tzinfo=None)
    seq, prev = lock_head(conn)
    actor = actor[:200]
    rows: list[dict[str, Any]] = []
    for c in changes:
        seq += 1
        before, after = dumps(c.before), dumps(c.after)
        entity_id = None if c.entity_id is None else str(c.entity_id)[:64]
        ref = None if c.ref is None else str(c.ref)[:64]
        h = entry_hash(seq, when, actor, c.action, c.entity, entity_id, ref, before, after, prev)
        rows.append({"seq": seq, "at": when, "actor": actor, "action": c.action[:32],
                     "entity": c.entity[:64], "entity_id": entity_id, "ref": ref,
                     "before_json": before, "after_json": after, "prev_hash": prev, "hash": h})
        prev = h
    for i in range(0, len(rows), 5000):
        conn.execute(insert(ENTRY), rows[i:i + 5000])
    conn.execute(update(HEAD).where(HEAD.c.id == 1).values(seq=seq, hash=prev))
    return seq


def record(session: Session, *, actor: str, action: str, entity: str,
           entity_id: str | int | None = None, ref: str | None = None, before: Any = None,
           after: Any = None) -> int:
    """Append one entry (an export, a print, or any event without an ORM change) in the
    session's transaction, after the entries already queued in it. Returns its number."""
    from planner.audit.capture import defer, write_queued

    session.flush()
    defer(session, [Change(action, entity, None if entity_id is None else str(entity_id), ref,
                           before, after)], actor=actor)
    return write_queued(session)
