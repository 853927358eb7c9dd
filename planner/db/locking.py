"""Optimistic locking with the `version` columns: a save names the version it started from;
if the row has moved on since, nothing is written and :class:`ConflictError` carries both
versions so the user can see them and choose.

The row is locked before it is compared (SELECT … FOR UPDATE on PostgreSQL; on SQLite a no-op
UPDATE takes the database's write lock first), so two savers can never both pass the check.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Table, update
from sqlmodel import Session, SQLModel

from planner.db.models import utcnow

T = TypeVar("T", bound=SQLModel)


class ConflictError(Exception):
    """Someone else saved `record` since it was read. `mine` holds the changes that were not
    saved, `theirs` the record's current values of the same fields (and its version), or None
    when the record was deleted."""

    def __init__(self, record: str, mine: dict[str, Any], theirs: dict[str, Any] | None,
                 seen_version: int | None = None) -> None:
        self.record, self.mine, self.theirs, self.seen_version = record, mine, theirs, seen_version
        if theirs is None:
            text = f"{record} was deleted by someone else; your changes were not saved"
        else:
            differ = sorted(k for k in mine if k in theirs and theirs[k] != mine[k])
            text = (f"{record} was changed by someone else (you started from version "
                    f"{seen_version}, it is now at {theirs.get('version')}); your changes were "
                    "not saved" + (f" — fields that differ: {', '.join(differ)}" if differ else ""))
        super().__init__(text)


def _label(table: Table, obj: Any, ident: Any) -> str:
    for attr in ("ref", "code", "number"):
        value = getattr(obj, attr, None) if obj is not None else None
        if value:
            return f"{table.name} {value}"
    return f"{table.name} #{ident}"


def lock_row(session: Session, table: Table, ident: Any) -> None:
    """Serialise writers on this row for the rest of the transaction."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(update(table).where(table.c.id == ident).values(version=table.c.version))


def update_versioned(session: Session, obj_cls: type[T], ident: Any, seen_version: int,
                     changes: dict[str, Any]) -> T:
    """Apply `changes` to the row `ident` if it is still at `seen_version`; bump its version
    (and `updated_at` where there is one). Raise :class:`ConflictError` otherwise. The change
    is flushed in the caller's transaction and recorded in the audit trail."""
    table: Table = obj_cls.__table__  # type: ignore[attr-defined]
    unknown = sorted(k for k in changes if k not in table.c or k in ("id", "version"))
    if unknown:
        raise ValueError(f"{table.name} has no editable field(s) {', '.join(unknown)}")
    lock_row(session, table, ident)
    obj = session.get(obj_cls, ident, with_for_update=True, populate_existing=True)
    if obj is None:
        raise ConflictError(f"{table.name} #{ident}", dict(changes), None, seen_version)
    current = int(getattr(obj, "version"))  # noqa: B009  (every edited table has one)
    if current != seen_version:
        theirs = {k: getattr(obj, k) for k in changes} | {"version": current}
        raise ConflictError(_label(table, obj, ident), dict(changes), theirs, seen_version)
    for key, value in changes.items():
        setattr(obj, key, value)
    obj.version = current + 1
    if "updated_at" in table.c:
        obj.updated_at = utcnow()
    session.add(obj)
    session.flush()
    return obj
