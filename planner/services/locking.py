"""What every edit service shares: optimistic locking on the `version` column, the errors a
user sees when an edit is refused, and the hook that records who did what.

Each service call is one transaction (`planner.db.engine.transaction`). A row is changed with
``UPDATE … SET …, version = :seen + 1 WHERE id = :id AND version = :seen``; no row updated means
someone else changed (or deleted) it since the user loaded it, and :class:`ConflictError` says so
with both versions. Nothing of the transaction is kept in that case.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.engine import Connection
from sqlmodel import Session

from planner.db.locking import ConflictError as DbConflictError
from planner.db.models import utcnow

log = logging.getLogger(__name__)


class EditError(ValueError):
    """An edit the rules refuse; the message is for the user. Nothing was written."""


class EditRejected(EditError):
    """Validation failed: `messages` maps a field name to the reasons, shown next to it."""

    def __init__(self, messages: Mapping[str, list[str]], record: str = "") -> None:
        self.messages = {k: list(v) for k, v in messages.items() if v}
        self.record = record
        lines = [f"{k}: {m}" for k, ms in self.messages.items() for m in ms]
        head = f"{record}: " if record else ""
        super().__init__(head + "; ".join(lines))


class ConflictError(EditError, DbConflictError):
    """The record changed since the user loaded it (optimistic locking). `yours` holds the
    values the user wanted to write, `theirs` the values now stored, for the same fields.
    Also a :class:`planner.db.locking.ConflictError` (with its `record`, `mine`, `theirs`), so
    one handler catches conflicts of every writer."""

    def __init__(self, kind: str, ref: str, seen_version: int, current_version: int | None,
                 yours: Mapping[str, Any] | None = None,
                 theirs: Mapping[str, Any] | None = None) -> None:
        self.kind, self.ref = kind, ref
        self.seen_version, self.current_version = seen_version, current_version
        self.yours = dict(yours or {})
        self.theirs = dict(theirs or {})
        now = ("it has since been deleted" if current_version is None
               else f"it is now version {current_version}")
        self.record, self.mine = f"{kind} {ref}", self.yours
        self.theirs_version = current_version
        Exception.__init__(self, f"{kind} {ref} was changed by someone else: you saw version "
                                 f"{seen_version}, {now}. Nothing was written.")


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row an edit changed: before and after hold the changed fields only."""

    entity: str
    entity_id: int
    ref: str | None = None
    before: Mapping[str, Any] | None = None
    after: Mapping[str, Any] | None = None


#: Called inside the transaction of every edit: (session, actor, action, changes).
AuditHook = Callable[[Session, str, str, Sequence[RowChange]], None]
_AUDIT_HOOKS: list[AuditHook] = []


def add_audit_hook(hook: AuditHook) -> None:
    """Register another recorder of edits (tests, notifications)."""
    if hook not in _AUDIT_HOOKS:
        _AUDIT_HOOKS.append(hook)


def remove_audit_hook(hook: AuditHook) -> None:
    if hook in _AUDIT_HOOKS:
        _AUDIT_HOOKS.remove(hook)


def _audit_trail(session: Session, actor: str, action: str,
                 changes: Sequence[RowChange]) -> None:
    """Append the changes to the tamper-evident audit trail, in the edit's transaction (these
    services write with Core statements, which the trail's ORM listeners do not see)."""
    try:
        from planner.audit.chain import Change, append
    except ImportError:  # a build without the audit trail
        return
    append(session.connection(), actor,
           [Change(action, c.entity, str(c.entity_id), c.ref,
                   dict(c.before) if c.before is not None else None,
                   dict(c.after) if c.after is not None else None) for c in changes])


def record(session: Session, actor: str, action: str, changes: Sequence[RowChange]) -> None:
    """Record an edit by `actor`: the audit trail and hooks get every change; the log only
    the action and how many rows (no personal data)."""
    if not actor.strip():
        raise EditError("an edit needs the operator's name (actor)")
    session.info["actor"] = actor
    _audit_trail(session, actor, action, changes)
    for hook in _AUDIT_HOOKS:
        hook(session, actor, action, changes)
    log.info("edit %s: %d rows", action, len(changes))


@dataclass
class Versions:
    """The `version` of rows as the user saw them, by table name and id."""

    rows: dict[str, dict[int, int]] = field(default_factory=dict)

    def of(self, table: str, row_id: int) -> int:
        return self.rows.get(table, {}).get(row_id, 1)


def conn_of(session: Session) -> Connection:
    return session.connection()


def bump(session: Session, table: Table, row_id: int, seen: int, values: Mapping[str, Any], *,
         kind: str, ref: str, touch: bool = False) -> int:
    """UPDATE one row if its version is still `seen`; return the new version, or raise
    :class:`ConflictError` showing the user's values and the stored ones."""
    new_values: dict[str, Any] = {**values, "version": seen + 1}
    if touch and "updated_at" in table.c:
        new_values["updated_at"] = utcnow()
    stmt = update(table).where(table.c.id == row_id, table.c.version == seen).values(new_values)
    result = conn_of(session).execute(stmt)
    if result.rowcount == 1:
        return seen + 1
    names = [k for k in values if k in table.c]
    row = conn_of(session).execute(
        select(table.c.version, *(table.c[k] for k in names)).where(table.c.id == row_id)
    ).first()
    theirs = {k: row._mapping[k] for k in names} if row is not None else {}
    raise ConflictError(kind, ref, seen, row.version if row is not None else None,
                        {k: values[k] for k in names}, theirs)
