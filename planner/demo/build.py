"""`build_demo`: the 2025 caseload and network in one transaction, deterministic per seed and
scale, written with Core bulk inserts."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from planner.audit.capture import defer
from planner.audit.chain import Change
from planner.db.engine import transaction
from planner.db.models import (
    Batch,
    ImportRun,
    Location,
    Person,
    ReceivingPoint,
    Separation,
    StatusEvent,
)
from planner.demo.batches import DemoBatch, make_batches, plan_batch, status_history
from planner.demo.network import dumps, network_document
from planner.demo.people import DocumentNumbers, UnitFactory, add_documents, site_units
from planner.demo.scenario import AREAS, HORIZON_START, horizon_days
from planner.importing.network import apply_network

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
TOTAL_STEPS = 100
_CHUNK = 5000


class DemoError(RuntimeError):
    """The demo cannot be built (e.g. the database already holds people)."""


@dataclass(frozen=True)
class DemoSummary:
    scale: int
    seed: int
    people: int
    batches: int
    locations: int
    crossings: int
    legs: int
    receiving_points: int
    flights: int
    separations: int
    status_events: int
    horizon_start: dt.date
    horizon_days: int
    by_site: dict[str, int] = field(default_factory=dict)
    by_area: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass
class Caseload:
    """Everything generated before touching the database; ids are positions (0-based)."""

    batches: list[DemoBatch]
    people: list[dict[str, Any]]
    person_batch: list[int]
    separations: list[tuple[int, int]]
    events: list[dict[str, Any]]  # "person_id" is a position in `people`
    by_site: dict[str, int]
    by_area: dict[str, int]


def generate_caseload(scale: int, seed: int, actor: str,
                      on_site: Callable[[int, int], None] | None = None) -> Caseload:
    """People, batches, separations and status events for `scale` and `seed` (no database).
    `on_site(people_done, people_total)` is called after each holding site. `build_demo` turns
    the rows into database rows in place, so a caseload is written once."""
    rng = random.Random(f"repatplan-demo:{seed}:{scale}")
    numbers = DocumentNumbers(random.Random(f"repatplan-demo-documents:{seed}:{scale}"))
    stretch = horizon_days(scale) / 60
    cl = Caseload([], [], [], [], [], {}, {})
    total = sum(a.people for a in AREAS) * scale
    for area in AREAS:
        factory = UnitFactory(rng, area)
        first = 1
        for site, count in area.sites.items():
            units = site_units(rng, factory, site, count * scale)
            batches = make_batches(rng, area.code, units, first)
            first += len(batches)
            for b in batches:
                plan_batch(rng, b, HORIZON_START, stretch)
                b_index = len(cl.batches)
                cl.batches.append(b)
                for u in b.units:
                    base = len(cl.people)
                    for a, c in u.separations:
                        cl.separations.append((base + a, base + c))
                    for m in u.members:
                        m["_batch_ready"] = b.ready
                        add_documents(rng, numbers, m, scale)
                        cl.people.append(m)
                        cl.person_batch.append(b_index)
            cl.by_site[site] = count * scale
            if on_site is not None:
                on_site(len(cl.people), total)
        cl.by_area[area.name] = area.people * scale
    site_seq: dict[str, int] = {}
    for i, p in enumerate(cl.people):
        site = cl.batches[cl.person_batch[i]].site
        site_seq[site] = site_seq.get(site, 0) + 1
        p["ref"] = f"{site}-{site_seq[site]:05d}"
        for ev in status_history(rng, p, actor):
            ev["person_id"] = i
            cl.events.append(ev)
    return cl


def _chunks(rows: Sequence[dict[str, Any]], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _ensure_empty(session: Session) -> None:
    for model in (Person, Batch):
        n = session.execute(select(func.count()).select_from(model)).scalar_one()
        if n:
            raise DemoError(
                f"the database already holds {n} {model.__tablename__} rows; "
                "build the demo into a new database")


def _ids_by_code(session: Session, model: type[Location] | type[ReceivingPoint]) -> dict[str, int]:
    rows = session.execute(select(col(model.code), col(model.id)))
    return {code: ident for code, ident in rows if ident is not None}


def _next_id(session: Session, column: Any) -> int:
    return int(session.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1


def _audit_bulk(session: Session, actor: str, tables: dict[str, list[dict[str, Any]]],
                separations: int) -> None:
    """One audit entry per table written in bulk: how many rows, their id range and a
    SHA-256 of their content (the demo's people are invented; real imports record one entry
    per person)."""
    changes = []
    for name, rows in tables.items():
        digest = hashlib.sha256()
        for row in rows:
            digest.update(repr(sorted(row.items())).encode())
        ids = [r["id"] for r in rows]
        changes.append(Change("bulk insert", name, None, None, None, {
            "rows": len(rows), "first_id": min(ids, default=None),
            "last_id": max(ids, default=None), "sha256": digest.hexdigest()}))
    changes.append(Change("bulk insert", "separation", None, None, None, {"rows": separations}))
    defer(session, changes, actor=actor)


def build_demo(engine: Engine, *, scale: int = 1, seed: int = 2025, actor: str = "demo",
               on_progress: Progress | None = None) -> DemoSummary:
    """Fill an empty database with the 2025 demo: network (via the network importer), people,
    batches, separations and status history, in one transaction. Same seed and scale →
    identical data (the network depends on the scale only). `on_progress(done, 100)` is called
    as the work advances. Raises :class:`DemoError` if the database already holds people or
    batches, ValueError for a scale below 1."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    started = time.perf_counter()

    last = -1

    def progress(done: int) -> None:
        nonlocal last
        if on_progress is not None and done != last:
            last = done
            on_progress(done, TOTAL_STEPS)

    progress(0)
    doc = network_document(scale)
    cl = generate_caseload(scale, seed, actor, lambda d, t: progress(28 * d // t))
    progress(30)
    with transaction(engine, actor=actor) as session:
        _ensure_empty(session)
        apply_network(session, doc, actor=actor)
        progress(35)
        loc_ids = _ids_by_code(session, Location)
        rp_ids = _ids_by_code(session, ReceivingPoint)
        batch0 = _next_id(session, Batch.id)
        person0 = _next_id(session, Person.id)
        event0 = _next_id(session, StatusEvent.id)
        batch_rows = [
            {"id": batch0 + i, "ref": b.ref, "site_id": loc_ids[b.site],
             "legal_deadline": b.legal_deadline, "priority": b.priority,
             "receiving_point_id": rp_ids[b.receiving], "keep_cases_together": True,
             "min_chunk": 10, "notes": b.notes, "version": 1}
            for i, b in enumerate(cl.batches)
        ]
        session.execute(insert(Batch.__table__), batch_rows)  # type: ignore[attr-defined]
        progress(40)
        person_rows = cl.people  # turned into rows in place: the caseload is used up
        for i, p in enumerate(person_rows):
            b_index = cl.person_batch[i]
            for key in [key for key in p if key.startswith("_")]:
                del p[key]
            p.update(id=person0 + i, site_id=loc_ids[cl.batches[b_index].site],
                     batch_id=batch0 + b_index, strike_reason=None, notes="", version=1)
        table = Person.__table__  # type: ignore[attr-defined]
        for n, chunk in enumerate(_chunks(person_rows), start=1):
            session.execute(insert(table), chunk)
            progress(40 + 35 * min(n * _CHUNK, len(person_rows)) // len(person_rows))
        if cl.separations:
            session.execute(insert(Separation.__table__),  # type: ignore[attr-defined]
                            [{"person_id": person0 + a, "other_person_id": person0 + b}
                             for a, b in cl.separations])
        event_rows = cl.events
        for j, ev in enumerate(event_rows):
            ev["id"] = event0 + j
            ev["person_id"] += person0
        table = StatusEvent.__table__  # type: ignore[attr-defined]
        for n, chunk in enumerate(_chunks(event_rows), start=1):
            session.execute(insert(table), chunk)
            progress(75 + 23 * min(n * _CHUNK, len(event_rows)) // len(event_rows))
        _audit_bulk(session, actor, {"batch": batch_rows, "person": person_rows,
                                     "status_event": event_rows}, len(cl.separations))
        created = len(doc["locations"]) + len(doc["crossings"]) + len(doc["legs"]) + len(
            doc["receiving_points"]) + len(doc["flights"]) + len(cl.batches) + len(person_rows)
        session.add(ImportRun(
            actor=actor, kind="demo", file_name=f"demo 2025, scale {scale}, seed {seed}",
            sha256=hashlib.sha256(dumps(doc).encode()).hexdigest(), rows_total=created,
            rows_created=created))
    seconds = time.perf_counter() - started
    progress(TOTAL_STEPS)
    log.info("demo built: scale %d, %d people, %d batches in %.1f s", scale, len(cl.people),
             len(cl.batches), seconds)
    return DemoSummary(
        scale=scale, seed=seed, people=len(cl.people), batches=len(cl.batches),
        locations=len(doc["locations"]), crossings=len(doc["crossings"]), legs=len(doc["legs"]),
        receiving_points=len(doc["receiving_points"]), flights=len(doc["flights"]),
        separations=len(cl.separations), status_events=len(cl.events),
        horizon_start=HORIZON_START, horizon_days=horizon_days(scale), by_site=cl.by_site,
        by_area=cl.by_area, seconds=round(seconds, 3),
    )
