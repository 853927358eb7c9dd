"""Writing the checked rows of a persons list, inside the import's transaction: people updated
in place (their status moved forward, step by step, as their readiness allows; never back), new
people inserted in bulk with their status events and audit entries, batches created as named,
pairs to keep apart stored once. Called by `planner.importing.persons.import_persons`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Table
from sqlmodel import Session, col, select

from planner.audit.capture import defer
from planner.audit.chain import Change
from planner.db.models import Batch, Person, Separation, StatusEvent, utcnow
from planner.domain.enums import Flag, PersonStatus
from planner.domain.status import check_transition
from planner.importing.person_checks import (
    CHECK_EVERY,
    ParsedFile,
    Progress,
    StopCheck,
    ValidationResult,
)
from planner.importing.person_rules import STEP_COLUMNS, PersonRecord
from planner.importing.report import ImportCancelled, PersonImportReport
from planner.services.people import change_status

#: Status order for moving forward; an import never moves a person back, nor past cleared.
_RANK = {PersonStatus.DETAINED: 0, PersonStatus.VERIFIED: 1, PersonStatus.CLEARED: 2}
_CHUNK = 500


@dataclass
class _Writer:
    session: Session
    parsed: ParsedFile
    result: ValidationResult
    actor: str
    today: dt.date

    def target_status_of(self, values: dict[str, Any]) -> PersonStatus:
        """cleared when every readiness step is done (dated today or earlier), verified when
        the identity is, else detained. Steps dated in the future are planned, not done."""
        def done(attr: str) -> bool:
            day = values.get(attr)
            return day is not None and day <= self.today

        if all(done(a) for a in STEP_COLUMNS.values()):
            return PersonStatus.CLEARED
        if done("identity_verified_on"):
            return PersonStatus.VERIFIED
        return PersonStatus.DETAINED

    def target_status(self, p: Person) -> PersonStatus:
        return self.target_status_of({a: getattr(p, a) for a in STEP_COLUMNS.values()})

    def values(self, rec: PersonRecord, batch_ids: dict[str, int],
               existing: Person | None) -> dict[str, Any]:
        present = self.parsed.present
        v: dict[str, Any] = {
            "ref": rec.ref, "latin_name": rec.latin_name, "sex": rec.sex,
            "date_of_birth": rec.date_of_birth, "nationality": rec.nationality,
            "site_id": self.result.site_ids[rec.site],
        }
        optional = {
            "family_name": rec.family_name, "given_name": rec.given_name,
            "document_number": rec.document_number, "document_expiry": rec.document_expiry,
            "document_country": rec.document_country, "mrz": rec.mrz,
            "case_ref": rec.case_ref, "province": rec.province, "notes": rec.notes,
            "family_ref": rec.family_ref, "medical_note": rec.medical_note,
        }
        v.update({k: x for k, x in optional.items() if k in present})
        if "document_type" in present or "document_number" in present:
            v["document_type"] = rec.document_type
        if "batch_ref" in present:
            v["batch_id"] = batch_ids.get(rec.batch_ref) if rec.batch_ref else None
        if "flags" in present:
            v["medical"] = Flag.MEDICAL in rec.flags
            v["pregnant"] = Flag.PREGNANT in rec.flags
            v["travel_separately"] = Flag.SEPARATE in rec.flags
        if "flags" in present or "screening" in present:
            v["screening"] = rec.screening
        for attr, day in rec.steps.items():
            # An empty step never erases a recorded one (status never moves back).
            if day is not None or existing is None:
                v[attr] = day
        return v

    def advance(self, p: Person) -> None:
        """Move the status forward step by step, each step recorded as an event."""
        if p.status not in _RANK:
            return  # scheduled or beyond, or struck: an import leaves it alone
        for nxt in _status_path(p.status, self.target_status(p)):
            change_status(self.session, p, nxt, actor=self.actor, note="import")

    def batches(self, records: Iterable[PersonRecord]) -> tuple[dict[str, int], int]:
        ids = {b.ref: b.id for b in self.session.exec(select(Batch)) if b.id is not None}
        created = 0
        for rec in records:
            if rec.batch_ref and rec.batch_ref not in ids:
                b = Batch(ref=rec.batch_ref, site_id=self.result.site_ids[rec.site])
                self.session.add(b)
                self.session.flush()
                assert b.id is not None
                ids[rec.batch_ref] = b.id
                created += 1
        return ids, created


def _load_people(session: Session, refs: list[str]) -> dict[str, Person]:
    out: dict[str, Person] = {}
    for i in range(0, len(refs), _CHUNK):
        part = refs[i: i + _CHUNK]
        for p in session.exec(select(Person).where(col(Person.ref).in_(part))):
            out[p.ref] = p
    return out


def table_of(model: Any) -> Table:
    """The Core table of a model: rows go in with executemany, without building objects."""
    table: Table = model.__table__
    return table


def _defaults() -> dict[str, Any]:
    """Column defaults of Person, for rows inserted in bulk (no model objects)."""
    out: dict[str, Any] = {}
    for name, f in Person.model_fields.items():
        if name != "id" and f.default_factory is None and f.default is not PydanticUndefined:
            out[name] = f.default
    return out


def _status_path(start: PersonStatus, target: PersonStatus) -> list[PersonStatus]:
    """The forward steps from `start` to `target`, each checked by the state machine."""
    if start not in _RANK or _RANK[target] <= _RANK[start]:
        return []
    order = (PersonStatus.DETAINED, PersonStatus.VERIFIED, PersonStatus.CLEARED)
    steps = list(order[_RANK[start] + 1: _RANK[target] + 1])
    current = start
    for nxt in steps:
        check_transition(current, nxt)
        current = nxt
    return steps


def _insert_new(session: Session, w: _Writer, records: list[PersonRecord],
                batch_ids: dict[str, int], now: dt.datetime) -> dict[str, int]:
    """Insert new people in bulk (executemany), with their status events: created as detained,
    then each readiness step passed (verified, cleared), as :func:`change_status` would record
    them. Returns ref → id."""
    if not records:
        return {}
    base = _defaults()
    rows: list[dict[str, Any]] = []
    paths: list[list[PersonStatus]] = []
    for rec in records:
        row = {**base, **w.values(rec, batch_ids, None), "created_at": now, "updated_at": now}
        path = _status_path(PersonStatus.DETAINED, w.target_status_of(row))
        row["status"] = path[-1] if path else PersonStatus.DETAINED
        rows.append(row)
        paths.append(path)
    session.connection().execute(table_of(Person).insert(), rows)
    ids = _ids_of(session, [r.ref for r in records])
    events: list[dict[str, Any]] = []
    for rec, path in zip(records, paths, strict=True):
        pid = ids[rec.ref]
        prev: PersonStatus | None = None
        for status in (PersonStatus.DETAINED, *path):
            events.append({"person_id": pid, "at": now, "actor": w.actor, "from_status": prev,
                           "to_status": status, "reason": None, "note": "import"})
            prev = status
    session.connection().execute(table_of(StatusEvent).insert(), events)
    # bulk rows bypass the ORM's audit listener: one audit entry per person created
    defer(session, [Change("insert", "person", str(ids[row["ref"]]), row["ref"], None,
                           {**row, "id": ids[row["ref"]]}) for row in rows], actor=w.actor)
    return ids


def _ids_of(session: Session, refs: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in range(0, len(refs), _CHUNK):
        part = refs[i: i + _CHUNK]
        rows = session.exec(select(Person.ref, Person.id).where(col(Person.ref).in_(part)))
        out.update({ref: pid for ref, pid in rows if pid is not None})
    return out


def write_persons(session: Session, parsed: ParsedFile, result: ValidationResult, *,
                  actor: str, today: dt.date, report: PersonImportReport,
                  on_progress: Progress | None, should_stop: StopCheck | None) -> None:
    """Write the valid rows of `result`, counting what was created, updated and unchanged in
    `report`; `should_stop` returning True raises :class:`ImportCancelled`."""
    w = _Writer(session, parsed, result, actor, today)
    records = sorted(result.records.values(), key=lambda r: r.row)
    batch_ids, report.batches_created = w.batches(records)
    people = _load_people(session, [r.ref for r in records if r.ref in result.existing_ids])
    total = report.rows_total
    now = utcnow()
    fresh: list[PersonRecord] = []
    for i, rec in enumerate(records):
        if i % CHECK_EVERY == 0:
            if should_stop is not None and should_stop():
                raise ImportCancelled()
            if on_progress is not None:
                on_progress(total + i, 2 * total)
        existing = people.get(rec.ref)
        if existing is None:
            fresh.append(rec)
            continue
        changed = False
        for k, x in w.values(rec, batch_ids, existing).items():
            if getattr(existing, k) != x:
                setattr(existing, k, x)
                changed = True
        if changed:
            existing.version += 1
            existing.updated_at = now
            session.add(existing)
        before = existing.status
        w.advance(existing)
        if changed or existing.status != before:
            report.updated += 1
        else:
            report.unchanged += 1
    session.flush()
    ids = {ref: p.id for ref, p in people.items() if p.id is not None}
    ids.update(_insert_new(session, w, fresh, batch_ids, now))
    report.created = len(fresh)
    if should_stop is not None and should_stop():
        raise ImportCancelled()
    _separations(session, records, ids)


def _separations(session: Session, records: list[PersonRecord], ids: dict[str, int]) -> None:
    """Store each pair to keep apart once, lower id first; pairs already stored are kept."""
    ids.update(_ids_of(session, [o for r in records for o in r.separate_from if o not in ids]))
    wanted = {(min(ids[r.ref], ids[o]), max(ids[r.ref], ids[o]))
              for r in records for o in r.separate_from}
    if not wanted:
        return
    have = set(session.exec(select(Separation.person_id, Separation.other_person_id)).all())
    rows = [{"person_id": a, "other_person_id": b} for a, b in sorted(wanted - have)]
    if rows:
        session.connection().execute(table_of(Separation).insert(), rows)
        defer(session, [Change("insert", "separation", f"{r['person_id']}/{r['other_person_id']}",
                               None, None, r) for r in rows])

