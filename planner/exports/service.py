"""`export schedule`: the plan to a file for one partner, recorded (Export row + audit entry),
optionally encrypted with a password (planner.exports.protect); the past exports; undoable edits
of a partner profile under optimistic locking."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import logging
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.audit import record
from planner.audit.models import AuditEntry
from planner.db.engine import transaction
from planner.db.models import Flight, Location, Person
from planner.exports import paxlst
from planner.exports.ics import write_ics
from planner.exports.profiles import (
    EVENT_KINDS,
    FIELDS,
    KINDS,
    ProfileError,
    fields_of,
    get_profile,
    kinds_of,
    parse_list,
)
from planner.exports.protect import (
    check_password,
    inner_name,
    protect,
    protected_path,
    requires_encryption,
)
from planner.exports.rows import Selection, columns, schedule_rows, select_events
from planner.exports.tabular import write_csv, write_xlsx
from planner.manifests.assemble import order_key
from planner.manifests.events import resolve_plan_id
from planner.manifests.models import ExportRecord, PartnerProfile
from planner.services.locking import ConflictError, bump
from planner.staging import move_into_place, staged

log = logging.getLogger(__name__)
FORMATS = ("xlsx", "csv", "ics", "json", "paxlst")
PAXLST_NEEDS = ("names",)
REPORTER = "REPATPLAN COORDINATION"
INTERNAL = "internal"
"""the partner name of the full, unfiltered plan JSON (for our own systems only)"""
Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """Stopped by the user before the file was in place: nothing was written or recorded."""


class EncryptionRequired(ProfileError):
    """The profile gets medical data, so its exports must be encrypted."""


def _json_doc(engine: Engine, plan_id: int, fields: tuple[str, ...]) -> tuple[dict[str, Any],
                                                                              int]:
    """The engine's versioned plan JSON, with person entries cut to the profile."""
    from planner.engine.export import export_schedule

    doc = export_schedule(engine, plan_id)
    keep = {"id", "ref"} | ({"latin_name"} if "names" in fields else set()) | (
        {"province"} if "province" in fields else set())
    n = 0
    for b in doc["batches"]:
        for ch in b["chunks"]:
            ch["people"] = [{k: v for k, v in p.items() if k in keep} for p in ch["people"]]
            n += len(ch["people"])
    return doc, n


def _paxlst(engine: Engine, plan_id: int, fields: tuple[str, ...], sel: Selection,
            recipient: str, now: dt.datetime) -> tuple[str, int, int]:
    missing = [f for f in PAXLST_NEEDS if f not in fields]
    if missing:
        raise ProfileError(f"PAXLST needs the field(s) {', '.join(missing)}, which this "
                           "partner profile does not get")
    events = [e for e in select_events(engine, plan_id, sel) if e.kind == "flight"]
    if not events:
        raise ProfileError("no flight in the plan matches; PAXLST lists flights only")
    with Session(engine) as s:
        locs = {x.id: x for x in s.exec(select(Location)).all()}
        flights = {x.id: x for x in s.exec(select(Flight)).all()}
        ids = {pid for e in events for pid in e.people}
        people = {p.id: p for p in s.exec(select(Person).where(col(Person.id).in_(ids))).all()}
    lists = []
    for e in events:
        f = flights[e.ref_id]
        ps = sorted((people[i] for i in e.people if i in people),
                    key=lambda p: order_key(p, ""))
        doc = "document" in fields
        pax = [paxlst.Passenger(
            p.ref, p.latin_name, p.sex.value if "sex" in fields else None,
            p.date_of_birth if "date_of_birth" in fields else None,
            p.nationality if "nationality" in fields else None,
            p.document_type.value if doc else None, p.document_number if doc else None,
            p.document_expiry if doc else None, p.document_country if doc else None)
            for p in ps]
        lists.append(paxlst.FlightList(f.number, f.carrier, locs[f.origin_id].code,
                                       locs[f.destination_id].code, f.departure_local,
                                       f.arrival_local, pax))
    text = paxlst.interchange(lists, sender="REPATPLAN", recipient=recipient,
                              reporter=REPORTER, control_ref=f"{now:%y%m%d%H%M%S}",
                              now=now)
    return text, sum(len(x.passengers) for x in lists), len(lists)


def _write(engine: Engine, fmt: str, partner: str, pid: int, fields: tuple[str, ...],
           sel: Selection, out: Path, now: dt.datetime) -> tuple[int, int]:
    """Write the export's content to `out`; returns (people, rows)."""
    if fmt == "json" and partner == INTERNAL:
        from planner.engine.export import export_schedule as engine_json

        doc = engine_json(engine, pid)
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return sum(len(c["people"]) for b in doc["batches"] for c in b["chunks"]), \
            len(doc["batches"])
    if fmt in ("csv", "xlsx"):
        cols = columns(fields)
        data, people = schedule_rows(engine, pid, fields, sel)
        rows = (write_csv(out, cols, data) if fmt == "csv"
                else write_xlsx(out, cols, data, title=f"repatplan plan {pid} for {partner}"))
        return people, rows
    if fmt == "ics":
        events = select_events(engine, pid, sel)
        rows = write_ics(engine, out, events, now=now)
        return len({p for e in events for p in e.people}), rows
    if fmt == "json":
        doc, people = _json_doc(engine, pid, fields)
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
        return people, len(doc["batches"])
    text, people, rows = _paxlst(engine, pid, fields, sel, sel.carrier or partner, now)
    out.write_bytes(text.encode("ascii"))
    return people, rows


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _withdraw(engine: Engine, actor: str, rec: ExportRecord, error: OSError) -> None:
    """The export was recorded but its file could not be moved into place: delete the record
    and say so in the trail (its first entry stays: the chain is append-only)."""
    with transaction(engine, actor) as s:
        row = s.get(ExportRecord, rec.id)
        if row is not None:
            s.delete(row)
        record(s, actor=actor, action="export failed", entity="export", entity_id=rec.id,
               ref=rec.partner, after={"file": rec.file_name, "sha256": rec.sha256,
                                       "reason": error.strerror or type(error).__name__})


def export_schedule(engine: Engine, *, fmt: str, partner: str, out: Path, actor: str,
                    plan_id: int | None = None, day: dt.date | None = None,
                    flight: str = "", now: dt.datetime | None = None,
                    password: str | None = None, on_progress: Progress | None = None,
                    should_stop: Callable[[], bool] | None = None) -> ExportRecord:
    """Write the plan for `partner` in `fmt` to `out` (with a `password`: encrypted, an XLSX
    in place, anything else as `out` + `.7z`, see `protect.protected_path`); returns the
    recorded export. The file appears whole or not at all: `should_stop()` true before then
    raises `ExportCancelled` and leaves nothing behind."""
    if fmt not in FORMATS:
        raise ProfileError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    pid = resolve_plan_id(engine, plan_id)
    if partner == INTERNAL:
        if fmt != "json":
            raise ProfileError("name a partner profile (--partner): exports other than the "
                               "internal JSON carry only the fields a recipient needs")
        fields: tuple[str, ...] = ("names", "province")
        sel = Selection(day=day, flight=flight)
    else:
        profile = get_profile(engine, partner)
        fields = fields_of(profile)
        sel = Selection(kinds=kinds_of(profile), carrier=profile.carrier, day=day,
                        flight=flight)
    if password is not None:
        check_password(password)
    elif partner != INTERNAL and requires_encryption(fields) and fmt != "ics":
        raise EncryptionRequired(f"partner profile {partner!r} gets medical data: its exports "
                                 "must be encrypted with a password (--encrypt)")
    now = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None)
    steps = 4 if password is not None else 3

    def step(done: int) -> None:
        if should_stop is not None and should_stop():
            raise ExportCancelled("export cancelled; nothing was written")
        if on_progress is not None:
            on_progress(done, steps)

    step(0)
    dest = protected_path(out, fmt) if password is not None else out
    if not dest.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "there is no such folder", str(dest.parent))
    method = ""
    with staged(dest) as part:
        with tempfile.TemporaryDirectory(prefix="repatplan-export-") as tmp:
            plain = Path(tmp) / inner_name(dest) if password is not None else part
            people, rows = _write(engine, fmt, partner, pid, fields, sel, plain, now)
            content = _sha256(plain)
            step(1)
            if password is not None:
                method = protect(plain, part, fmt, password)
                step(2)
        digest = _sha256(part)
        step(steps - 1)
        shared = list(fields) if fmt != "ics" else []
        after: dict[str, Any] = {"format": fmt, "plan": pid, "file": dest.name,
                                 "sha256": digest, "people": people, "rows": rows,
                                 "fields": shared}
        if method:
            after.update(encrypted=method, content_sha256=content)
        # The order that never leaves a personal-data file nobody knows of: commit the record
        # first, then move the staged file into place. If the commit fails (a lock timeout,
        # a full disk, a conflict on the audit chain head), the staged file is deleted at the end
        # and nothing was exported. If the move fails after the commit (the old file open in
        # Excel on Windows, a folder of that name), `_withdraw` deletes the record and adds an
        # "export failed" entry, so no record claims a file that is not there. A crash between
        # the two leaves the record and the hidden staged file (its hash recorded): recorded,
        # never unrecorded.
        with transaction(engine, actor) as s:
            rec = ExportRecord(at=now, actor=actor, partner=partner, format=fmt, plan_id=pid,
                               file_name=dest.name, sha256=digest, people=people, rows=rows,
                               fields_json=json.dumps(shared))
            s.add(rec)
            s.flush()
            record(s, actor=actor, action="export", entity="export", entity_id=rec.id,
                   ref=partner, after=after)
        move_into_place(part, dest, lambda e: _withdraw(engine, actor, rec, e),
                        f"export {rec.id}")
    if on_progress is not None:
        on_progress(steps, steps)
    return rec


@dataclass(frozen=True)
class ExportRow:
    """One past export as the Exports screen lists it."""

    id: int
    at: dt.datetime
    actor: str
    partner: str
    format: str
    plan_id: int
    file_name: str
    people: int
    rows: int
    fields: tuple[str, ...]
    encrypted: str  # the method (protect.XLSX_METHOD / ARCHIVE_METHOD), '' for a plain file


def list_exports(engine: Engine, limit: int = 500) -> list[ExportRow]:
    """The latest exports, newest first; whether each was encrypted comes from its audit
    entry (the `export` table has no column for it)."""
    with Session(engine) as s:
        recs = s.exec(select(ExportRecord).order_by(col(ExportRecord.id).desc())
                      .limit(limit)).all()
        ids = [str(r.id) for r in recs]
        methods: dict[str, str] = {}
        if ids:
            for eid, after in s.exec(select(AuditEntry.entity_id, AuditEntry.after_json).where(
                    AuditEntry.entity == "export", AuditEntry.action == "export",
                    col(AuditEntry.entity_id).in_(ids))).all():
                doc = json.loads(after) if after else {}
                if eid is not None and isinstance(doc, dict):
                    methods[eid] = str(doc.get("encrypted") or "")
    return [ExportRow(r.id or 0, r.at, r.actor, r.partner, r.format, r.plan_id, r.file_name,
                      r.people, r.rows, tuple(json.loads(r.fields_json or "[]")),
                      methods.get(str(r.id), "")) for r in recs]


EDITABLE = ("kind", "fields", "event_kinds", "carrier", "note")
P = PartnerProfile.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ProfileEdit:
    before: dict[str, str]  # the changed columns as they were
    version: int  # the profile's version after the edit


def _canonical(key: str, value: str) -> str:
    if key == "fields":
        return ",".join(parse_list(value, FIELDS, "field"))
    if key == "event_kinds":
        kinds = ",".join(parse_list(value, EVENT_KINDS, "event kind"))
        if not kinds:
            raise ProfileError("a profile needs crossings, flights or both")
        return kinds
    if key == "kind" and value not in KINDS:
        raise ProfileError(f"unknown kind {value!r} (known: {', '.join(KINDS)})")
    if key not in EDITABLE:
        raise ProfileError(f"a profile has no editable column {key!r}")
    return value.strip() if key == "carrier" else value


def edit_profile(engine: Engine, profile_id: int, seen_version: int,
                 changes: Mapping[str, str], *, actor: str) -> ProfileEdit:
    """Change columns of one profile if it is still at `seen_version` (else ConflictError,
    showing both versions); one audit entry, before → after. The inverse is the same call
    with `ProfileEdit.before` and `.version`."""
    values = {k: _canonical(k, v) for k, v in changes.items()}
    with transaction(engine, actor) as s:
        p = s.get(PartnerProfile, profile_id)
        if p is None:
            raise ConflictError("partner profile", str(profile_id), seen_version, None, values)
        name, before = p.name, {k: str(getattr(p, k)) for k in values}
        version = bump(s, P, profile_id, seen_version, values, kind="partner profile",
                       ref=name)
        record(s, actor=actor, action="partner", entity="partner_profile",
               entity_id=profile_id, ref=name, before=before, after=values)
    return ProfileEdit(before, version)
