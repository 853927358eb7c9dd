"""Edits of batches, Qt-free, one transaction each with optimistic locking and the actor
recorded: create, delete (empty only), split, merge, keep-together (cases and family groups),
separation rules. Each returns what its inverse needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.engine import Engine

from planner.db.engine import transaction
from planner.db.models import Batch, Location, Person, Separation
from planner.domain.enums import LocationKind, PersonStatus, Priority
from planner.services.edits import restore_people
from planner.services.locking import (
    ConflictError,
    EditError,
    EditRejected,
    RowChange,
    bump,
    conn_of,
    record,
)

P = Person.__table__  # type: ignore[attr-defined]
B = Batch.__table__  # type: ignore[attr-defined]
L = Location.__table__  # type: ignore[attr-defined]
SEP = Separation.__table__  # type: ignore[attr-defined]
_COPIED = ("site_id", "legal_deadline", "priority", "receiving_point_id", "keep_cases_together",
           "min_chunk", "notes")


@dataclass
class BatchSpec:
    """The values of a new batch."""

    ref: str
    site_id: int
    legal_deadline: dt.date | None = None
    priority: Priority = Priority.NORMAL
    receiving_point_id: int | None = None
    keep_cases_together: bool = True
    min_chunk: int = 10
    notes: str = ""

    def values(self) -> dict[str, Any]:
        return {"ref": self.ref, **{k: getattr(self, k) for k in _COPIED}}


def _batch(conn: Any, batch_id: int) -> Any:
    row = conn.execute(select(B).where(B.c.id == batch_id)).first()
    if row is None:
        raise ConflictError("batch", f"#{batch_id}", 0, None)
    return row._mapping


def _check_seen(row: Mapping[str, Any], seen: int) -> None:
    if row["version"] != seen:
        raise ConflictError("batch", row["ref"], seen, row["version"])


def validate_batch(spec: BatchSpec, conn: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    ref = spec.ref.strip()
    if not ref:
        out["ref"] = ["a batch reference is required"]
    elif len(ref) > 64:
        out["ref"] = ["longer than 64 characters"]
    elif conn.execute(select(B.c.id).where(B.c.ref == ref)).first() is not None:
        out["ref"] = [f"batch {ref} already exists"]
    kind = conn.execute(select(L.c.kind).where(L.c.id == spec.site_id)).scalar()
    if getattr(kind, "value", kind) != LocationKind.HOLDING_SITE.value:
        out["site_id"] = ["not a holding site"]
    if spec.min_chunk < 1:
        out["min_chunk"] = ["must be at least 1"]
    return out


def create_batch(engine: Engine, spec: BatchSpec, *, actor: str) -> int:
    """A new, empty batch; returns its id."""
    with transaction(engine) as session:
        conn = conn_of(session)
        spec.ref = spec.ref.strip()
        messages = validate_batch(spec, conn)
        if messages:
            raise EditRejected(messages, f"batch {spec.ref}")
        key = conn.execute(insert(B).values(**spec.values(), version=1)).inserted_primary_key
        assert key is not None
        batch_id = int(key[0])
        record(session, actor, "create batch",
               [RowChange("batch", batch_id, spec.ref, None, spec.values())])
        return batch_id


def delete_batch(engine: Engine, batch_id: int, seen: int, *, actor: str) -> BatchSpec:
    """Delete an empty batch (the inverse of create); returns its values for re-creating."""
    with transaction(engine) as session:
        conn = conn_of(session)
        row = _batch(conn, batch_id)
        _check_seen(row, seen)
        members = conn.execute(select(func.count()).where(P.c.batch_id == batch_id)).scalar()
        if members:
            raise EditError(f"batch {row['ref']} still has {members} people: move them first")
        conn.execute(delete(B).where(B.c.id == batch_id, B.c.version == seen))
        spec = BatchSpec(**{k: row[k] for k in ("ref", *_COPIED)})
        record(session, actor, "delete batch",
               [RowChange("batch", batch_id, row["ref"], spec.values(), None)])
        return spec


@dataclass
class BatchMove:
    """People moved between batches: their previous batch and new versions; batch versions."""

    batch_id: int  # the batch created (split) or kept (merge)
    people_before: dict[int, dict[str, Any]] = field(default_factory=dict)
    people_versions: dict[int, int] = field(default_factory=dict)
    batch_versions: dict[int, int] = field(default_factory=dict)
    removed: BatchSpec | None = None  # the batch a merge deleted


def split_choice(engine: Engine, batch_id: int, size: int) -> list[int]:
    """People to take out of a batch to make a part of `size`: the last ones by reference,
    whole cases at a time when the batch keeps cases together."""
    with engine.connect() as conn:
        keep = conn.execute(select(B.c.keep_cases_together).where(B.c.id == batch_id)).scalar()
        rows = conn.execute(select(P.c.id, P.c.case_ref).where(
            P.c.batch_id == batch_id, P.c.status != PersonStatus.STRUCK).order_by(
            P.c.ref.desc())).all()
    if not 0 < size < len(rows):
        raise EditRejected({"size": [f"choose between 1 and {len(rows) - 1} people"]})
    groups: dict[str, list[int]] = {}
    for pid, case in rows:
        key = case if keep and case else f"#{pid}"
        groups.setdefault(key, []).append(pid)
    chosen: list[int] = []
    for members in groups.values():
        if len(chosen) + len(members) <= size:
            chosen += members
        if len(chosen) == size:
            break
    if not chosen:
        raise EditRejected({"size": ["cases are larger than that: choose a larger part"]})
    return chosen


def split_batch(engine: Engine, batch_id: int, seen: int, people: Mapping[int, int],
                new_ref: str, *, actor: str) -> BatchMove:
    """Move `people` (id → version seen) out of the batch into a new batch `new_ref` with the
    same site, deadline, priority and receiving point."""
    if not people:
        raise EditRejected({"people": ["choose the people of the new batch"]})
    with transaction(engine) as session:
        conn = conn_of(session)
        row = _batch(conn, batch_id)
        _check_seen(row, seen)
        total = conn.execute(select(func.count()).where(P.c.batch_id == batch_id)).scalar()
        ids = list(people)
        inside = conn.execute(select(func.count()).where(
            P.c.id.in_(ids), P.c.batch_id == batch_id)).scalar()
        if inside != len(ids):
            raise EditError(f"some chosen people are no longer in batch {row['ref']}")
        if len(ids) >= (total or 0):
            raise EditRejected({"people": ["a split must leave someone in the batch"]})
        spec = BatchSpec(ref=new_ref.strip(), **{k: row[k] for k in _COPIED})
        messages = validate_batch(spec, conn)
        if messages:
            raise EditRejected(messages, f"batch {spec.ref}")
        key = conn.execute(insert(B).values(**spec.values(), version=1)).inserted_primary_key
        assert key is not None
        new_id = int(key[0])
        out = BatchMove(new_id)
        out.batch_versions[batch_id] = bump(session, B, batch_id, seen, {}, kind="batch",
                                            ref=row["ref"])
        for pid, version in people.items():
            out.people_before[pid] = {"batch_id": batch_id}
            out.people_versions[pid] = bump(session, P, pid, version, {"batch_id": new_id},
                                            kind="person", ref=f"#{pid}", touch=True)
        record(session, actor, "split batch",
               [RowChange("batch", new_id, spec.ref, None, spec.values()),
                *_moves(out, new_id)])
        return out


def _moves(move: BatchMove, batch_id: int) -> list[RowChange]:
    return [RowChange("person", pid, None, before, {"batch_id": batch_id})
            for pid, before in move.people_before.items()]


def merge_batches(engine: Engine, target_id: int, target_seen: int, source_id: int,
                  source_seen: int, *, actor: str) -> BatchMove:
    """Move everyone of the source batch into the target batch and delete the source. Both
    must be at the same holding site."""
    if target_id == source_id:
        raise EditError("choose two different batches to merge")
    with transaction(engine) as session:
        conn = conn_of(session)
        target, source = _batch(conn, target_id), _batch(conn, source_id)
        _check_seen(target, target_seen)
        _check_seen(source, source_seen)
        if target["site_id"] != source["site_id"]:
            raise EditError(f"batches {target['ref']} and {source['ref']} are at different "
                            "holding sites")
        out = BatchMove(target_id)
        for pid, version in conn.execute(select(P.c.id, P.c.version).where(
                P.c.batch_id == source_id)).all():
            out.people_before[pid] = {"batch_id": source_id}
            out.people_versions[pid] = bump(session, P, pid, version, {"batch_id": target_id},
                                            kind="person", ref=f"#{pid}", touch=True)
        out.batch_versions[target_id] = bump(session, B, target_id, target_seen, {},
                                             kind="batch", ref=target["ref"])
        conn.execute(delete(B).where(B.c.id == source_id))
        out.removed = BatchSpec(**{k: source[k] for k in ("ref", *_COPIED)})
        record(session, actor, "merge batches",
               [*_moves(out, target_id),
                RowChange("batch", source_id, source["ref"], out.removed.values(), None)])
        return out


def unmerge(engine: Engine, move: BatchMove, *, actor: str) -> BatchMove:
    """The inverse of a merge, in one transaction: re-create the deleted batch and move its
    people back (each person still at the version the merge left)."""
    assert move.removed is not None
    with transaction(engine) as session:
        conn = conn_of(session)
        spec = BatchSpec(**vars(move.removed))
        messages = validate_batch(spec, conn)
        if messages:
            raise EditRejected(messages, f"batch {spec.ref}")
        key = conn.execute(insert(B).values(**spec.values(), version=1)).inserted_primary_key
        assert key is not None
        new_id = int(key[0])
        out = BatchMove(new_id)
        for pid, version in move.people_versions.items():
            out.people_before[pid] = {"batch_id": move.batch_id}
            out.people_versions[pid] = bump(session, P, pid, version, {"batch_id": new_id},
                                            kind="person", ref=f"#{pid}", touch=True)
        record(session, actor, "undo merge",
               [RowChange("batch", new_id, spec.ref, None, spec.values()),
                *_moves(out, new_id)])
        return out


def set_keep_cases_together(engine: Engine, batch_id: int, seen: int, keep: bool, *,
                            actor: str) -> tuple[bool, int]:
    """Whether people sharing a case reference must travel together; returns (before,
    new version)."""
    with transaction(engine) as session:
        row = _batch(conn_of(session), batch_id)
        version = bump(session, B, batch_id, seen, {"keep_cases_together": keep}, kind="batch",
                       ref=row["ref"])
        record(session, actor, "keep cases together" if keep else "allow splitting cases",
               [RowChange("batch", batch_id, row["ref"],
                          {"keep_cases_together": row["keep_cases_together"]},
                          {"keep_cases_together": keep})])
        return bool(row["keep_cases_together"]), version


def set_family_group(engine: Engine, seen: Mapping[int, int], group: str, *,
                     actor: str) -> Any:
    """Put people in one keep-together group (Person.family_ref; '' removes them from it)."""
    group = group.strip()
    if len(group) > 64:
        raise EditRejected({"family_ref": ["longer than 64 characters"]})
    return restore_people(engine, seen, {pid: {"family_ref": group} for pid in seen},
                          actor=actor, action="keep together")


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def add_separations(engine: Engine, pairs: Sequence[tuple[int, int]], *,
                    actor: str) -> list[tuple[int, int]]:
    """Rules that two people never share a vehicle or flight; returns the pairs added (pairs
    already stored are left as they are)."""
    wanted = {_pair(a, b) for a, b in pairs}
    if any(a == b for a, b in wanted):
        raise EditRejected({"separation": ["a person cannot be kept apart from themselves"]})
    with transaction(engine) as session:
        conn = conn_of(session)
        ids = {a for p in wanted for a in p}
        found = set(conn.execute(select(P.c.id).where(P.c.id.in_(ids))).scalars())
        if found != ids:
            raise EditError("a person of the rule no longer exists")
        have = set(map(tuple, conn.execute(select(SEP.c.person_id, SEP.c.other_person_id)
                                           .where(SEP.c.person_id.in_(ids))).all()))
        new = sorted(wanted - have)
        if new:
            conn.execute(insert(SEP), [{"person_id": a, "other_person_id": b} for a, b in new])
        record(session, actor, "add separation",
               [RowChange("separation", a, None, None, {"person_id": a, "other_person_id": b})
                for a, b in new])
        return new


def remove_separations(engine: Engine, pairs: Sequence[tuple[int, int]], *,
                       actor: str) -> list[tuple[int, int]]:
    """Remove separation rules; returns the pairs that were removed."""
    wanted = sorted({_pair(a, b) for a, b in pairs})
    with transaction(engine) as session:
        conn = conn_of(session)
        removed = []
        for a, b in wanted:
            n = conn.execute(delete(SEP).where(and_(SEP.c.person_id == a,
                                                    SEP.c.other_person_id == b))).rowcount
            if n:
                removed.append((a, b))
        record(session, actor, "remove separation",
               [RowChange("separation", a, None, {"person_id": a, "other_person_id": b}, None)
                for a, b in removed])
        return removed


def separations_of(engine: Engine, person_ids: Sequence[int]) -> list[tuple[int, str, int, str]]:
    """Separation rules touching these people: (id, ref, other id, other ref)."""
    other = P.alias("other")
    me = P.alias("me")
    ids = list(person_ids)
    stmt = (select(SEP.c.person_id, me.c.ref, SEP.c.other_person_id, other.c.ref)
            .join(me, me.c.id == SEP.c.person_id)
            .join(other, other.c.id == SEP.c.other_person_id)
            .where(or_(SEP.c.person_id.in_(ids), SEP.c.other_person_id.in_(ids)))
            .order_by(me.c.ref, other.c.ref))
    with engine.connect() as conn:
        return [(a, ar, b, br) for a, ar, b, br in conn.execute(stmt).all()]
