"""Reading the audit trail: filtered per person, batch, entity or actor."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.engine import Engine

from planner.audit.chain import ENTRY


@dataclasses.dataclass(frozen=True, slots=True)
class AuditRow:
    seq: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    ref: str | None
    before: Any
    after: Any

    def as_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["at"] = self.at.isoformat(sep=" ", timespec="seconds")
        return d


def list_entries(engine: Engine, *, person: str | None = None, batch: str | None = None,
                 entity: str | None = None, actor: str | None = None,
                 limit: int | None = 200, newest_first: bool = True) -> list[AuditRow]:
    """Entries about a person (by ref), a batch (the batch itself, and the people whose
    entries carry its id as their batch), an entity (table), an actor."""
    from planner.db.models import Batch

    q = select(ENTRY)
    if person is not None:
        q = q.where(ENTRY.c.entity == "person", ENTRY.c.ref == person)
    if batch is not None:
        with engine.connect() as c:
            bt = Batch.__table__  # type: ignore[attr-defined]
            bid = c.execute(select(bt.c.id).where(bt.c.ref == batch)).scalar_one_or_none()
        conds = [(ENTRY.c.entity == "batch") & (ENTRY.c.ref == batch)]
        if bid is not None:
            conds.append((ENTRY.c.entity == "batch") & (ENTRY.c.entity_id == str(bid)))
            conds.append((ENTRY.c.entity == "person")
                         & (ENTRY.c.after_json.like(f'%"batch_id":{bid},%')
                            | ENTRY.c.after_json.like(f'%"batch_id":{bid}}}')
                            | ENTRY.c.before_json.like(f'%"batch_id":{bid},%')
                            | ENTRY.c.before_json.like(f'%"batch_id":{bid}}}')))
        q = q.where(or_(*conds))
    if entity is not None:
        q = q.where(ENTRY.c.entity == entity)
    if actor is not None:
        q = q.where(ENTRY.c.actor == actor)
    q = q.order_by(ENTRY.c.seq.desc() if newest_first else ENTRY.c.seq)
    if limit is not None:
        q = q.limit(limit)
    with engine.connect() as c:
        rows = c.execute(q).mappings().all()
    return [AuditRow(r["seq"], r["at"], r["actor"], r["action"], r["entity"], r["entity_id"],
                     r["ref"], _load(r["before_json"]), _load(r["after_json"])) for r in rows]


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)
