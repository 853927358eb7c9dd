"""`export schedule`: the plan to a file for one partner, recorded (Export row + audit entry)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.audit import record
from planner.db.engine import transaction
from planner.db.models import Flight, Location, Person
from planner.exports import paxlst
from planner.exports.ics import write_ics
from planner.exports.profiles import ProfileError, fields_of, get_profile, kinds_of
from planner.exports.rows import Selection, columns, schedule_rows, select_events
from planner.exports.tabular import write_csv, write_xlsx
from planner.manifests.assemble import order_key
from planner.manifests.events import resolve_plan_id
from planner.manifests.models import ExportRecord

FORMATS = ("xlsx", "csv", "ics", "json", "paxlst")
PAXLST_NEEDS = ("names",)
REPORTER = "REPATPLAN COORDINATION"
INTERNAL = "internal"
"""the partner name of the full, unfiltered plan JSON (for our own systems only)"""


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


def export_schedule(engine: Engine, *, fmt: str, partner: str, out: Path, actor: str,
                    plan_id: int | None = None, day: dt.date | None = None,
                    flight: str = "", now: dt.datetime | None = None) -> ExportRecord:
    """Write the plan for `partner` in `fmt` to `out`; returns the recorded export."""
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
    now = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None)
    people = rows = 0
    if fmt == "json" and partner == INTERNAL:
        from planner.engine.export import export_schedule as engine_json

        doc = engine_json(engine, pid)
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        rows = len(doc["batches"])
        people = sum(len(c["people"]) for b in doc["batches"] for c in b["chunks"])
    elif fmt in ("csv", "xlsx"):
        cols = columns(fields)
        data, people = schedule_rows(engine, pid, fields, sel)
        rows = (write_csv(out, cols, data) if fmt == "csv"
                else write_xlsx(out, cols, data, title=f"repatplan plan {pid} for {partner}"))
    elif fmt == "ics":
        events = select_events(engine, pid, sel)
        rows = write_ics(engine, out, events, now=now)
        people = len({p for e in events for p in e.people})
    elif fmt == "json":
        doc, people = _json_doc(engine, pid, fields)
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
        rows = len(doc["batches"])
    else:
        recipient = sel.carrier or partner
        text, people, rows = _paxlst(engine, pid, fields, sel, recipient, now)
        out.write_bytes(text.encode("ascii"))
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    shared = list(fields) if fmt != "ics" else []
    with transaction(engine, actor) as s:
        rec = ExportRecord(at=now, actor=actor, partner=partner, format=fmt, plan_id=pid,
                           file_name=out.name, sha256=digest, people=people, rows=rows,
                           fields_json=json.dumps(shared))
        s.add(rec)
        s.flush()
        record(s, actor=actor, action="export", entity="export", entity_id=rec.id,
               ref=partner, after={"format": fmt, "plan": pid, "file": out.name,
                                   "sha256": digest, "people": people, "rows": rows,
                                   "fields": shared})
    return rec
