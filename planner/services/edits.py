"""Edits of people, Qt-free: each function is one transaction, checks the versions the user saw
(optimistic locking, `planner.services.locking`), validates with the import's own rules, goes
through the status state machine, and records the actor. Each returns what its inverse needs,
so an undo is just another call of these functions (and meets the same rules).

The editable fields and their checks are in `planner.services.person_fields`; batch edits
(create, split, merge, keep-together, separation) are in `planner.services.batches`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Engine, RowMapping
from sqlmodel import Session

from planner.db.engine import transaction
from planner.db.models import Batch, Person, StatusEvent, utcnow
from planner.domain.enums import PersonStatus, StrikeReason
from planner.domain.status import TRANSITIONS, TransitionError, check_transition
from planner.services.locking import (
    ConflictError,
    EditError,
    EditRejected,
    RowChange,
    bump,
    conn_of,
    record,
)
from planner.services.person_fields import (
    EDITABLE_FIELDS,
    STEP_FIELDS,
    normalise,
    validate_person,
)

__all__ = [
    "EDITABLE_FIELDS",
    "STEP_FIELDS",
    "ConflictError",
    "EditError",
    "EditRejected",
    "PeopleEdit",
    "PersonEdit",
    "TransitionError",
    "load_versions",
    "mark_step_done",
    "move_people",
    "restore_people",
    "set_people_status",
    "step_dates",
    "strike_people",
    "update_person",
    "validate_person",
]

P = Person.__table__  # type: ignore[attr-defined]
B = Batch.__table__  # type: ignore[attr-defined]
EV = StatusEvent.__table__  # type: ignore[attr-defined]

#: Lifecycle order, for moving a status forward or back one legal step at a time.
_ORDER = (PersonStatus.DETAINED, PersonStatus.VERIFIED, PersonStatus.CLEARED,
          PersonStatus.SCHEDULED, PersonStatus.IN_TRANSIT, PersonStatus.HANDED_OVER)
_FROZEN = frozenset({PersonStatus.STRUCK, PersonStatus.HANDED_OVER})


def _v(x: Any) -> Any:
    return getattr(x, "value", x)


def _rows(session: Session, ids: Iterable[int]) -> dict[int, RowMapping]:
    wanted = sorted(set(ids))
    out: dict[int, RowMapping] = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i:i + 500]
        for r in conn_of(session).execute(select(P).where(P.c.id.in_(part))):
            out[r.id] = r._mapping
    missing = set(wanted) - set(out)
    if missing:
        raise ConflictError("person", f"#{min(missing)}", 0, None)
    return out


@dataclass
class PersonEdit:
    """One person's fields changed: `before` and `after` hold only the changed fields."""

    person_id: int
    ref: str
    before: dict[str, Any]
    after: dict[str, Any]
    version: int


def update_person(engine: Engine, person_id: int, seen_version: int,
                  changes: Mapping[str, Any], *, actor: str,
                  today: dt.date | None = None) -> PersonEdit:
    """Change fields of one person after validating the whole record. Raise EditRejected
    (messages per field), ConflictError (someone else changed the person) or EditError."""
    unknown = set(changes) - set(EDITABLE_FIELDS) - set(STEP_FIELDS)
    if unknown:
        raise EditError(f"these fields cannot be edited here: {', '.join(sorted(unknown))}")
    new = normalise(changes)
    with transaction(engine) as session:
        row = _rows(session, [person_id])[person_id]
        if row["version"] != seen_version:
            raise ConflictError("person", row["ref"], seen_version, row["version"], new,
                                {k: row[k] for k in new})
        merged = {**dict(row), **new}
        messages = validate_person(merged, today=today or dt.date.today(), session=session,
                                   person_id=person_id)
        if messages:
            raise EditRejected(messages, f"person {row['ref']}")
        changed = {k: v for k, v in new.items() if row[k] != v}
        before = {k: row[k] for k in changed}
        version = seen_version
        if changed:
            version = bump(session, P, person_id, seen_version, changed, kind="person",
                           ref=row["ref"], touch=True)
            record(session, actor, "update person",
                   [RowChange("person", person_id, row["ref"], before, changed)])
        return PersonEdit(person_id, row["ref"], before, changed, version)


@dataclass
class PeopleEdit:
    """An edit of several people: their values before (for the inverse) and new versions."""

    before: dict[int, dict[str, Any]] = field(default_factory=dict)
    versions: dict[int, int] = field(default_factory=dict)
    refs: dict[int, str] = field(default_factory=dict)
    #: people the edit left as they were (e.g. a step already done: id → its date kept)
    kept: dict[int, Any] = field(default_factory=dict)


def _changes(edit: PeopleEdit, after: Mapping[int, Mapping[str, Any]]) -> list[RowChange]:
    return [RowChange("person", pid, edit.refs.get(pid), edit.before.get(pid), after[pid])
            for pid in after]


def _check_seen(rows: Mapping[int, RowMapping], seen: Mapping[int, int],
                wanted: Mapping[str, Any] | None = None) -> None:
    for pid, version in seen.items():
        r = rows[pid]
        if r["version"] != version:
            yours = dict(wanted or {})
            raise ConflictError("person", r["ref"], version, r["version"], yours,
                                {k: r[k] for k in yours if k in r})


def _event(session: Session, pid: int, frm: PersonStatus, to: PersonStatus, actor: str,
           reason: StrikeReason | None = None, note: str = "") -> None:
    conn_of(session).execute(insert(EV).values(
        person_id=pid, at=utcnow(), actor=actor[:200], from_status=frm, to_status=to,
        reason=reason, note=note[:1000]))


def _walk(current: PersonStatus, target: PersonStatus) -> list[PersonStatus]:
    """Legal single steps from `current` to `target` along the lifecycle, forward or back
    (e.g. cleared → verified → detained); TransitionError when the state machine forbids it."""
    if current == target:
        return []
    if target in TRANSITIONS[current] or current not in _ORDER or target not in _ORDER:
        return [target]  # checked step by step by the caller
    path, here, goal = [], current, _ORDER.index(target)
    while here != target:
        i = _ORDER.index(here)
        ahead = [s for s in TRANSITIONS[here] if s in _ORDER
                 and (i < _ORDER.index(s) <= goal or goal <= _ORDER.index(s) < i)]
        if not ahead:
            check_transition(here, target)  # raises with the state machine's reason
        here = min(ahead, key=lambda s: abs(_ORDER.index(s) - goal))
        path.append(here)
    return path


def _set_status(session: Session, row: RowMapping, target: PersonStatus, actor: str, *,
                reason: StrikeReason | None = None, note: str = "") -> list[PersonStatus]:
    """Move one person to `target` through legal steps, recording an event per step; returns
    the steps (the caller bumps the version once)."""
    current = PersonStatus(row["status"])
    try:
        steps = _walk(current, target)
        here = current
        for nxt in steps:
            check_transition(here, nxt, reason if nxt == PersonStatus.STRUCK else None, note)
            here = nxt
    except TransitionError as e:
        raise TransitionError(f"person {row['ref']}: {e}") from None
    here = current
    for nxt in steps:
        _event(session, row["id"], here, nxt, actor,
               reason if nxt == PersonStatus.STRUCK else None, note)
        here = nxt
    return steps


def load_versions(engine: Engine, table: str = "person") -> dict[int, int]:
    """id → version of every row of `table` ("person" or "batch"), as the user sees them."""
    t = {"person": P, "batch": B}[table]
    with engine.connect() as conn:
        return {r.id: r.version for r in conn.execute(select(t.c.id, t.c.version))}


def move_people(engine: Engine, seen: Mapping[int, int], batch_id: int | None, *,
                actor: str) -> PeopleEdit:
    """Assign people to a batch (None: take them out of their batch). The batch must be at the
    people's holding site; struck and handed-over people are not moved."""
    return restore_people(engine, seen, {pid: {"batch_id": batch_id} for pid in seen},
                          actor=actor, action="assign to batch")


def restore_people(engine: Engine, seen: Mapping[int, int],
                   values: Mapping[int, Mapping[str, Any]], *, actor: str,
                   action: str = "restore people") -> PeopleEdit:
    """Set per-person values (batch, family group, readiness dates, status), each checked: the
    inverse of every bulk edit here. A "status" value moves through legal steps only."""
    out = PeopleEdit()
    with transaction(engine) as session:
        rows = _rows(session, seen)
        first = next(iter(values.values()), {})
        _check_seen(rows, seen, {k: v for k, v in first.items() if k != "status"})
        batch_sites = {r.id: r.site_id for r in conn_of(session).execute(
            select(B.c.id, B.c.site_id).where(B.c.id.in_(
                {v["batch_id"] for v in values.values() if v.get("batch_id") is not None})))}
        for pid, wanted in values.items():
            row = rows[pid]
            _check_person_values(row, wanted, batch_sites)
            plain = {k: v for k, v in wanted.items() if k != "status"}
            out.before[pid] = {k: row[k] for k in wanted}
            out.refs[pid] = row["ref"]
            if "status" in wanted:
                _set_status(session, row, PersonStatus(wanted["status"]), actor,
                            reason=wanted.get("strike_reason"), note="undo")
                plain["status"] = PersonStatus(wanted["status"])
                if plain["status"] != PersonStatus.STRUCK:
                    plain["strike_reason"] = None
                out.before[pid]["strike_reason"] = row["strike_reason"]
            out.versions[pid] = bump(session, P, pid, seen[pid], plain, kind="person",
                                     ref=row["ref"], touch=True)
        record(session, actor, action, _changes(out, values))
    return out


def _check_person_values(row: RowMapping, wanted: Mapping[str, Any],
                         batch_sites: Mapping[int, int]) -> None:
    if "batch_id" in wanted and wanted["batch_id"] != row["batch_id"]:
        if row["status"] in {s.value for s in _FROZEN} | set(_FROZEN):
            raise EditError(f"person {row['ref']} is {_v(row['status']).replace('_', ' ')}: "
                            "their batch cannot change")
        target = wanted["batch_id"]
        if target is not None:
            site = batch_sites.get(target)
            if site is None:
                raise EditError("the batch no longer exists")
            if site != row["site_id"]:
                raise EditError(f"person {row['ref']} is held at another site than the batch")
    for attr in set(wanted) & set(STEP_FIELDS):
        day = wanted[attr]
        if day is not None and not isinstance(day, dt.date):
            raise EditError(f"{attr}: not a date")


def mark_step_done(engine: Engine, seen: Mapping[int, int], step: str, day: dt.date, *,
                   actor: str, today: dt.date | None = None) -> PeopleEdit:
    """Record readiness step `step` (a Person attribute, e.g. "exit_clearance_on") as done on
    `day` for each person, and move their status forward as the checklist allows (verified
    once identity is verified, cleared once every step is done), one recorded step at a time.

    People who have the step done already keep their date (the detail editor changes a
    date): they are in `kept` (id → their date), not in `before` / `versions`, so the
    inverse (`restore_people(versions, before)`) puts back exactly what changed."""
    if step not in STEP_FIELDS:
        raise EditError(f"unknown readiness step {step!r}")
    today = today or dt.date.today()
    if day > today:
        raise EditRejected({step: ["a step cannot be done in the future"]})
    out = PeopleEdit()
    with transaction(engine) as session:
        rows = _rows(session, seen)
        _check_seen(rows, seen, {step: day})
        for pid in seen:
            row = rows[pid]
            if row[step] is not None:
                out.kept[pid] = row[step]
                continue
            status = PersonStatus(row["status"])
            if status in _FROZEN:
                raise EditError(f"person {row['ref']} is {status.value.replace('_', ' ')}: "
                                "readiness can no longer change")
            steps = {a: row[a] for a in STEP_FIELDS} | {step: day}
            target = status
            if status in (PersonStatus.DETAINED, PersonStatus.VERIFIED):
                if all(d is not None and d <= today for d in steps.values()):
                    target = PersonStatus.CLEARED
                elif steps["identity_verified_on"] is not None:
                    target = PersonStatus.VERIFIED
            out.before[pid] = {step: row[step], "status": status}
            out.refs[pid] = row["ref"]
            values: dict[str, Any] = {step: day}
            if target != status:
                _set_status(session, row, target, actor, note="readiness")
                values["status"] = target
            out.versions[pid] = bump(session, P, pid, seen[pid], values, kind="person",
                                     ref=row["ref"], touch=True)
        if out.versions:
            record(session, actor, "mark step done",
                   _changes(out, {pid: {step: day} for pid in out.versions}))
    return out


def step_dates(engine: Engine, ids: Iterable[int]) -> dict[str, dict[int, dt.date]]:
    """For each readiness step, the people among `ids` who have it done, with its date."""
    out: dict[str, dict[int, dt.date]] = {step: {} for step in STEP_FIELDS}
    wanted = sorted(set(ids))
    with engine.connect() as conn:
        for i in range(0, len(wanted), 500):
            part = wanted[i:i + 500]
            for r in conn.execute(select(P.c.id, *(P.c[s] for s in STEP_FIELDS))
                                  .where(P.c.id.in_(part))):
                for step in STEP_FIELDS:
                    if r._mapping[step] is not None:
                        out[step][r.id] = r._mapping[step]
    return out


def strike_people(engine: Engine, seen: Mapping[int, int], reason: StrikeReason,
                  note: str = "", *, actor: str) -> PeopleEdit:
    """Strike people with a coded reason (final: the state machine allows no way back)."""
    return set_people_status(engine, seen, PersonStatus.STRUCK, actor=actor, reason=reason,
                             note=note)


def set_people_status(engine: Engine, seen: Mapping[int, int], target: PersonStatus, *,
                      actor: str, reason: StrikeReason | None = None,
                      note: str = "") -> PeopleEdit:
    """Move people to `target` through legal steps; TransitionError names the first person
    for whom the state machine forbids it (nothing is written then)."""
    out = PeopleEdit()
    with transaction(engine) as session:
        rows = _rows(session, seen)
        _check_seen(rows, seen, {"status": target})
        for pid in seen:
            row = rows[pid]
            out.before[pid] = {"status": PersonStatus(row["status"]),
                               "strike_reason": row["strike_reason"]}
            out.refs[pid] = row["ref"]
            _set_status(session, row, target, actor, reason=reason, note=note)
            out.versions[pid] = bump(
                session, P, pid, seen[pid],
                {"status": target,
                 "strike_reason": reason if target == PersonStatus.STRUCK else None},
                kind="person", ref=row["ref"], touch=True)
        record(session, actor, f"set status {target.value}",
               _changes(out, {pid: {"status": target, "strike_reason": reason}
                              for pid in seen}))
    return out
