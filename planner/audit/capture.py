"""Automatic audit entries for ORM changes to the domain tables.

A `before_flush` listener notes what each flush inserts, changes (before → after, changed
columns only) and deletes; an `after_flush` listener queues the entries (inserted rows with
their new ids), and they are appended to the chain at commit, in the same transaction. The
actor is ``session.info["actor"]`` (set by :func:`planner.db.engine.transaction`); a session
without one is recorded as ``os:<login name>`` so no change goes unattributed.
"""

from __future__ import annotations

import getpass
import itertools
import os
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import UOWTransaction

from planner.audit.chain import Change, append

#: Audited tables and the attribute that names a row for people (None: the id only).
#: status_event and import details are themselves append-only records; plan child rows
#: (steps, vehicles, loads …) belong to their plan's entry.
AUDITED: dict[str, str | None] = {
    "person": "ref", "batch": "ref", "location": "code", "border_crossing": "code",
    "crossing_closure": None, "flight": "number", "leg": None, "receiving_point": "code",
    "receiving_province": "province", "separation": None, "import_run": "kind", "plan": None,
    "plan_assignment": None,
}
_PENDING = "_audit_pending"
_QUEUE = "_audit_queue"


def default_actor() -> str:
    try:
        login = getpass.getuser()
    except (OSError, KeyError):
        login = "unknown"
    return os.environ.get("REPATPLAN_OPERATOR") or f"os:{login}"


def session_actor(session: OrmSession) -> str:
    actor = session.info.get("actor")
    return str(actor) if actor else default_actor()


def _table(obj: Any) -> str | None:
    table = getattr(type(obj), "__tablename__", None)
    return table if isinstance(table, str) and table in AUDITED else None


def row_values(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {a.key: state.dict[a.key] for a in state.mapper.column_attrs if a.key in state.dict}


def _identity(obj: Any) -> str | None:
    ident = inspect(obj).identity
    if not ident:
        return None
    return "/".join(str(x) for x in ident)


def _ref(obj: Any, table: str) -> str | None:
    attr = AUDITED[table]
    if attr is None:
        return None
    value = inspect(obj).dict.get(attr)
    return None if value is None else str(value)


def _diff(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for a in state.mapper.column_attrs:
        h = state.attrs[a.key].history
        if not h.added and not h.deleted:
            continue
        old = h.deleted[0] if h.deleted else None
        new = h.added[0] if h.added else None
        if old != new:
            before[a.key] = old
            after[a.key] = new
    return before, after


@event.listens_for(OrmSession, "before_flush")
def _before_flush(session: OrmSession, _ctx: UOWTransaction, _instances: Any) -> None:
    pending: list[tuple[str, Any, str, Any]] = []
    for obj in session.new:
        table = _table(obj)
        if table:
            pending.append(("insert", obj, table, None))
    for obj in session.dirty:
        table = _table(obj)
        if table and session.is_modified(obj, include_collections=False):
            before, after = _diff(obj)
            if after:
                pending.append(("update", obj, table,
                                Change("update", table, _identity(obj), _ref(obj, table),
                                       before, after)))
    for obj in session.deleted:
        table = _table(obj)
        if table:
            pending.append(("delete", obj, table,
                            Change("delete", table, _identity(obj), _ref(obj, table),
                                   row_values(obj), None)))
    session.info[_PENDING] = pending


@event.listens_for(OrmSession, "after_flush")
def _after_flush(session: OrmSession, _ctx: UOWTransaction) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    changes: list[Change] = []
    for action, obj, table, change in pending:
        if action == "insert":
            change = Change("insert", table, _identity(obj), _ref(obj, table), None,
                            row_values(obj))
        changes.append(change)
    defer(session, changes)


def defer(session: OrmSession, changes: Iterable[Change], actor: str | None = None) -> None:
    """Queue entries to be appended when the session's transaction commits (bulk writers
    that bypass the ORM call this). Appending at commit keeps the chain head locked only for
    the moment of the commit, after every row lock the transaction takes. Entries queued
    inside a savepoint that is rolled back are dropped with it."""
    queue: list[tuple[Any, str, Change]] = session.info.setdefault(_QUEUE, [])
    who = actor or session_actor(session)
    where = session.get_nested_transaction() or session.get_transaction()
    queue.extend((where, who, c) for c in changes)


def write_queued(session: OrmSession) -> int:
    """Append every queued entry now, in order (one append per run of the same actor)."""
    queue: list[tuple[Any, str, Change]] = session.info.pop(_QUEUE, [])
    last = 0
    for actor, run in itertools.groupby(queue, key=lambda item: item[1]):
        last = append(session.connection(), actor, [c for _t, _a, c in run])
    return last


def _within(tx: Any, ancestor: Any) -> bool:
    while tx is not None:
        if tx is ancestor:
            return True
        tx = tx.parent
    return False


@event.listens_for(OrmSession, "before_commit")
def _before_commit(session: OrmSession) -> None:
    session.flush()
    if session.info.get(_QUEUE):
        write_queued(session)


@event.listens_for(OrmSession, "after_soft_rollback")
def _after_soft_rollback(session: OrmSession, previous: Any) -> None:
    """Drop what the rolled-back transaction (or savepoint) queued, and nothing else."""
    session.info.pop(_PENDING, None)
    queue = session.info.get(_QUEUE)
    if queue:
        session.info[_QUEUE] = [item for item in queue if not _within(item[0], previous)]
