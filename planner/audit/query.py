"""Reading the audit trail: entries filtered per person, batch, plan, manifest, operator,
action and date range; the matching entry numbers (newest first) and pages of rows by number,
so a screen over 100,000+ entries never holds them all. The CSV export (itself recorded) is in
`planner.audit.export`; how an entry reads (changes, summary) in `planner.audit.present`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from array import array
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, String, and_, cast, false, func, literal, or_, select
from sqlalchemy.engine import Connection, Engine

from planner.audit.chain import ENTRY, HEAD

log = logging.getLogger(__name__)


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


@dataclasses.dataclass(frozen=True, slots=True)
class AuditFilter:
    """What to show; empty text and None mean "any". Text matches ignore case."""

    person: str = ""  #: a person's reference, or part of their name
    batch: str = ""  #: a batch reference: the batch and the people moved in or out of it
    plan: str = ""  #: a plan number, or part of its name
    manifest: str = ""  #: part of a manifest number
    actor: str = ""  #: part of the operator ("Name (ID, Agency)")
    action: str = ""  #: exactly this action ("update person", "export" …)
    entity: str = ""  #: exactly this kind of record (table name)
    since: dt.date | None = None  #: from this UTC day
    until: dt.date | None = None  #: to this UTC day, inclusive

    def as_dict(self) -> dict[str, str]:
        """The conditions given, as text (what an export records)."""
        return {k: v.isoformat() if isinstance(v, dt.date) else str(v)
                for k, v in dataclasses.asdict(self).items() if v not in ("", None)}

    @property
    def empty(self) -> bool:
        return not self.as_dict()


@dataclasses.dataclass(frozen=True, slots=True)
class FilterOptions:
    """The choices a filter form offers: operators and actions that occur, plans, batches."""

    actors: list[str]
    actions: list[str]
    plans: list[tuple[int, str]]  #: (id, "name (status)")
    batches: dict[int, str]  #: id → reference (also to show a person's batch_id as its ref)
    upto: int = 0  #: the newest entry the operators and actions were read from

    def merged(self, older: FilterOptions | None) -> FilterOptions:
        """These options plus the operators and actions of `older` (read before)."""
        if older is None:
            return self
        return dataclasses.replace(self, actors=sorted({*older.actors, *self.actors}),
                                   actions=sorted({*older.actions, *self.actions}))


# -- conditions ---------------------------------------------------------------------------


def _tables() -> tuple[Any, Any, Any, Any]:
    from planner.db.models import Batch, Person
    from planner.db.plan_models import Plan
    from planner.manifests.models import Manifest

    return (Person.__table__, Batch.__table__, Plan.__table__,  # type: ignore[attr-defined]
            Manifest.__table__)  # type: ignore[attr-defined]


def _json_has(key: str, value: int) -> ColumnElement[bool]:
    """The entry's before or after JSON (compact, keys sorted) holds `"key":value`."""
    pats = (f'%"{key}":{value},%', f'%"{key}":{value}}}')
    return or_(*(c.like(p) for c in (ENTRY.c.before_json, ENTRY.c.after_json) for p in pats))


def _person(text: str, names: bool) -> ColumnElement[bool]:
    person = _tables()[0]
    refs: Any = [text]
    if names:
        refs = select(person.c.ref).where(or_(
            func.lower(person.c.ref) == text.lower(),
            person.c.latin_name.icontains(text, autoescape=True),
            (person.c.family_name + person.c.given_name).icontains(text, autoescape=True),
        )).union(select(cast(literal(text), String)))
    # `|| ''`: most entries are about people, so SQLite must search by the ref index, not by
    # the entity index (without ANALYZE statistics it would pick either)
    return and_(ENTRY.c.ref.in_(refs), (ENTRY.c.entity + "") == "person")


def _batch(conn: Connection, text: str) -> ColumnElement[bool]:
    batch = _tables()[1]
    found = conn.execute(select(batch.c.id, batch.c.ref).where(
        func.lower(batch.c.ref) == text.lower())).first()
    refs = {text} | ({found[1]} if found else set())
    conds = [(ENTRY.c.entity == "batch") & ENTRY.c.ref.in_(sorted(refs))]
    if found is not None:
        bid = int(found[0])
        conds.append((ENTRY.c.entity == "batch") & (ENTRY.c.entity_id == str(bid)))
        conds.append((ENTRY.c.entity == "person") & _json_has("batch_id", bid))
    return or_(*conds)


def _plan(conn: Connection, text: str) -> ColumnElement[bool]:
    plan, manifest = _tables()[2], _tables()[3]
    q = select(plan.c.id)
    q = q.where(plan.c.id == int(text.lstrip("#"))) if text.lstrip("#").isdigit() else \
        q.where(plan.c.name.icontains(text, autoescape=True))
    ids = [int(i) for i in conn.execute(q).scalars()]
    if not ids:
        return false()
    conds: list[ColumnElement[bool]] = [
        (ENTRY.c.entity == "plan") & ENTRY.c.entity_id.in_([str(i) for i in ids]),
        (ENTRY.c.entity == "manifest") & ENTRY.c.entity_id.in_(
            select(cast(manifest.c.id, String)).where(manifest.c.plan_id.in_(ids)))]
    for i in ids:  # inserts carry the new id in their values only; children carry plan_id
        conds += [(ENTRY.c.entity == "plan") & _json_has("id", i),
                  (ENTRY.c.entity == "plan_assignment") & _json_has("plan_id", i),
                  (ENTRY.c.entity == "export") & _json_has("plan", i)]
    return or_(*conds)


def where(conn: Connection, f: AuditFilter, *, names: bool = True) -> list[ColumnElement[bool]]:
    """The SQL conditions of a filter (`names`: a person also by part of their name)."""
    conds: list[ColumnElement[bool]] = []
    if f.person.strip():
        conds.append(_person(f.person.strip(), names))
    if f.batch.strip():
        conds.append(_batch(conn, f.batch.strip()))
    if f.plan.strip():
        conds.append(_plan(conn, f.plan.strip()))
    if f.manifest.strip():
        conds.append((ENTRY.c.entity == "manifest")
                     & ENTRY.c.ref.icontains(f.manifest.strip(), autoescape=True))
    if f.actor.strip():
        conds.append(ENTRY.c.actor.icontains(f.actor.strip(), autoescape=True))
    if f.action:
        conds.append(ENTRY.c.action == f.action)
    if f.entity:
        conds.append(ENTRY.c.entity == f.entity)
    if f.since is not None:
        conds.append(ENTRY.c.at >= dt.datetime.combine(f.since, dt.time()))
    if f.until is not None:
        conds.append(ENTRY.c.at < dt.datetime.combine(f.until + dt.timedelta(days=1),
                                                       dt.time()))
    return conds


# -- reading ------------------------------------------------------------------------------


def _row(r: Any) -> AuditRow:
    return AuditRow(r["seq"], r["at"], r["actor"], r["action"], r["entity"], r["entity_id"],
                    r["ref"], _load(r["before_json"]), _load(r["after_json"]))


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def list_entries(engine: Engine, *, person: str | None = None, batch: str | None = None,
                 entity: str | None = None, actor: str | None = None,
                 limit: int | None = 200, newest_first: bool = True) -> list[AuditRow]:
    """Entries about a person (by ref), a batch (the batch itself, and the people whose
    entries carry its id as their batch), an entity (table), an actor (exactly)."""
    f = AuditFilter(person=person or "", batch=batch or "", entity=entity or "")
    with engine.connect() as c:
        q = select(ENTRY).where(*where(c, f, names=False))
        if actor is not None:
            q = q.where(ENTRY.c.actor == actor)
        q = q.order_by(ENTRY.c.seq.desc() if newest_first else ENTRY.c.seq)
        if limit is not None:
            q = q.limit(limit)
        return [_row(r) for r in c.execute(q).mappings()]


def matching_seqs(engine: Engine, f: AuditFilter) -> Sequence[int]:
    """The numbers of the entries that match, newest first: an array of ints (8 bytes each,
    no row objects). Without a filter, every number from the newest (or the number the chain
    head says is the last, if greater) down to 1, as a range: a number whose entry was deleted
    stays in it, so the screen shows the gap where it is."""
    with engine.connect() as c:
        if f.empty:
            high = c.execute(select(func.max(ENTRY.c.seq))).scalar()
            head = c.execute(select(HEAD.c.seq).where(HEAD.c.id == 1)).scalar()
            return range(max(int(high or 0), int(head or 0)), 0, -1)
        q = select(ENTRY.c.seq).where(*where(c, f)).order_by(ENTRY.c.seq.desc())
        return array("q", c.execute(q).scalars())


def fetch_rows(engine: Engine, seqs: Sequence[int]) -> list[AuditRow]:
    """The entries numbered `seqs`, in that order (missing numbers are left out)."""
    if not seqs:
        return []
    with engine.connect() as c:
        got = {r["seq"]: _row(r) for r in c.execute(
            select(ENTRY).where(ENTRY.c.seq.in_(list(seqs)))).mappings()}
    return [got[s] for s in seqs if s in got]


def fetch_hashes(engine: Engine, seqs: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Entry number → (previous entry's hash, own hash)."""
    if not seqs:
        return {}
    with engine.connect() as c:
        return {int(s): (str(p), str(h)) for s, p, h in c.execute(
            select(ENTRY.c.seq, ENTRY.c.prev_hash, ENTRY.c.hash)
            .where(ENTRY.c.seq.in_(list(seqs))))}


def filter_options(engine: Engine, after: int = 0) -> FilterOptions:
    """Operators and actions of the entries numbered above `after` (a screen that already
    knows those of the older ones reads only the new ones), every plan and batch."""
    _person_t, batch, plan, _manifest = _tables()
    with engine.connect() as c:
        pairs = c.execute(select(ENTRY.c.actor, ENTRY.c.action).where(ENTRY.c.seq > after)
                          .group_by(ENTRY.c.actor, ENTRY.c.action)).all()
        upto = int(c.execute(select(func.max(ENTRY.c.seq))).scalar() or 0)
        plans = [(int(i), f"{name or '—'} ({status})") for i, name, status in c.execute(
            select(plan.c.id, plan.c.name, plan.c.status).order_by(plan.c.id.desc()))]
        batches = {int(i): str(r) for i, r in c.execute(select(batch.c.id, batch.c.ref))}
    return FilterOptions(sorted({a for a, _ in pairs}), sorted({x for _, x in pairs}), plans,
                         batches, upto)


def batch_refs(engine: Engine, rows: Iterable[AuditRow]) -> dict[int, str]:
    """Batch id → reference, for the batch_id values in `rows`."""
    ids = {v for r in rows for d in (r.before, r.after) if isinstance(d, dict)
           for k, v in d.items() if k == "batch_id" and isinstance(v, int)}
    if not ids:
        return {}
    batch = _tables()[1]
    with engine.connect() as c:
        return {int(i): str(ref) for i, ref in c.execute(
            select(batch.c.id, batch.c.ref).where(batch.c.id.in_(sorted(ids))))}
