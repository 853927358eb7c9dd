"""Manifests in the database: create revisions from the plan, load, print (render) and verify.

A manifest number names one handover event; each revision keeps the exact list printed. A new
revision is made when the people (or their reference, document number or date of birth) differ
from the latest revision, unless that revision is frozen (its handover is recorded: then the plan
no longer changes it; only a handover correction makes a new revision).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.audit import record
from planner.db.engine import transaction
from planner.db.models import Person
from planner.db.plan_models import Plan
from planner.engine.store import PlanError
from planner.manifests.assemble import build_entries, header, manifest_data, operation_name
from planner.manifests.events import HandoverEvent, plan_events
from planner.manifests.models import Manifest, ManifestEntry
from planner.reporting import ManifestRenderInfo, VerifyResult, render_manifest
from planner.reporting.digest import manifest_digest, read_pdf_payload, verify_manifest_pdf


class ManifestError(Exception):
    """A manifest operation that cannot be done; the message says why."""


def latest(s: Session, number: str) -> Manifest | None:
    return s.exec(select(Manifest).where(Manifest.number == number)
                  .order_by(col(Manifest.revision).desc())).first()


def get(s: Session, number: str, revision: int | None = None) -> Manifest:
    m = latest(s, number) if revision is None else s.exec(
        select(Manifest).where(Manifest.number == number, Manifest.revision == revision)).first()
    if m is None:
        what = number if revision is None else f"{number} r{revision}"
        raise ManifestError(f"there is no manifest {what}")
    return m


def entries(s: Session, manifest_id: int | None) -> list[ManifestEntry]:
    return list(s.exec(select(ManifestEntry).where(ManifestEntry.manifest_id == manifest_id)
                        .order_by(col(ManifestEntry.seq))).all())


def new_revision(s: Session, *, base: Manifest | None, rows: Sequence[ManifestEntry],
                 fields: dict[str, object], actor: str, reason: str) -> Manifest:
    """Add a revision (1 when there is no base) holding `rows`; the base is superseded."""
    rev = 1 if base is None else base.revision + 1
    m = Manifest(revision=rev, digest=manifest_digest(rows), head_count=len(rows),
                 created_by=actor, **fields)  # type: ignore[arg-type]
    s.add(m)
    if base is not None:
        base.superseded = True
        s.add(base)
    s.flush()
    for r in rows:
        r.manifest_id = m.id  # type: ignore[assignment]
        s.add(r)
    s.flush()
    record(s, actor=actor, action="manifest", entity="manifest", entity_id=m.id, ref=m.number,
           after={"revision": rev, "head_count": m.head_count, "digest": m.digest,
                  "reason": reason})
    return m


def sync_event(s: Session, plan_id: int, event: HandoverEvent, actor: str) -> Manifest:
    """The current revision of an event's manifest, made or revised from the plan."""
    rows = build_entries(s, event)
    base = latest(s, event.number)
    if base is not None and (base.frozen or base.digest == manifest_digest(rows)):
        return base
    fields: dict[str, object] = dict(
        number=event.number, kind=event.kind, plan_id=plan_id, ref_id=event.ref_id,
        day=event.day, local_time=event.time, **header(s, event))
    return new_revision(s, base=base, rows=rows, fields=fields, actor=actor,
                        reason="first issue" if base is None else f"plan {plan_id} changed")


def sync_plan(engine: Engine, plan_id: int, actor: str, *, day: dt.date | None = None,
              number: str | None = None) -> list[Manifest]:
    """Manifests of a plan's events (of one day, or one number), each made or revised."""
    events = [e for e in plan_events(engine, plan_id)
              if (day is None or e.day == day) and (number is None or e.number == number)]
    if number is not None and not events:
        raise PlanError(f"plan {plan_id} has no handover {number}; see `repatplan manifest "
                        "list`")
    with transaction(engine, actor) as s:
        return [sync_event(s, plan_id, e, actor) for e in events]


@dataclass(frozen=True)
class Printed:
    manifest: Manifest
    path: Path
    info: ManifestRenderInfo


def print_manifests(engine: Engine, manifests: Sequence[Manifest], out: Callable[[Manifest], Path],
                    actor: str, operation: str | None = None,
                    progress: Callable[[int, int], None] | None = None) -> list[Printed]:
    """Render stored revisions to PDF files; each print is an audit entry."""
    done: list[Printed] = []
    with transaction(engine, actor) as s:
        plan_names = {p.id: p.name for p in s.exec(select(Plan)).all()}
        for k, m in enumerate(manifests):
            data = manifest_data(m, entries(s, m.id),
                                 operation_name(operation, plan_names.get(m.plan_id, "")))
            path = out(m)
            info = render_manifest(data, path)
            record(s, actor=actor, action="print", entity="manifest", entity_id=m.id,
                   ref=m.number, after={"revision": m.revision, "pages": info.pages,
                                        "head_count": info.people, "digest": info.digest,
                                        "file": path.name})
            done.append(Printed(m, path, info))
            if progress:
                progress(k + 1, len(manifests))
    return done


@dataclass(frozen=True)
class Verification:
    result: VerifyResult
    manifest: Manifest | None
    latest_revision: int | None

    def summary(self) -> str:
        text = self.result.summary()
        m = self.manifest
        if m is not None and self.latest_revision and self.latest_revision != m.revision:
            text += (f" Note: {m.number} r{m.revision} is superseded by "
                     f"r{self.latest_revision}.")
        if m is not None and m.frozen:
            text += " Its handover is recorded (frozen)."
        return text


def verify_file(engine: Engine, path: Path | BinaryIO) -> Verification:
    """Recompute the paper's manifest from the database (people as they stand now, in the
    stored order) and compare number, revision, head count and digest."""
    try:
        payload = read_pdf_payload(path)
    except Exception as exc:
        return Verification(VerifyResult(False, None, "", 0, (f"cannot read the manifest: "
                                                              f"{exc}",)), None, None)
    with Session(engine) as s:
        m = s.exec(select(Manifest).where(Manifest.number == payload.number,
                                          Manifest.revision == payload.revision)).first()
        last = latest(s, payload.number)
        if m is None:
            return Verification(VerifyResult(False, payload, "", 0, (
                f"the database has no manifest {payload.number} r{payload.revision}",)), None,
                last.revision if last else None)
        rows = entries(s, m.id)
        people = {p.id: p for p in s.exec(select(Person).where(
            col(Person.id).in_([r.person_id for r in rows]))).all()}
        expected = [people[r.person_id] for r in rows if r.person_id in people]
    if not isinstance(path, Path):
        path.seek(0)
    result = verify_manifest_pdf(path, expected, expected_number=m.number,
                                 expected_revision=m.revision)
    return Verification(result, m, last.revision if last else None)
