"""The published plan as rows for partner exports, cut to the fields of a partner profile.

One row per person per handover event (crossing on a day, flight) when the profile has person
fields, else one row per event with its head count. Dates stay `date` objects (typed cells).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.db.models import Batch, Flight, Location, Person
from planner.manifests.assemble import FLAG_KEYS, chinese_name, order_key, person_flags
from planner.manifests.events import HandoverEvent, plan_events

EVENT_COLUMNS = ("date", "time", "timezone", "event", "resource", "carrier", "from", "to",
                 "manifest")
FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "names": ("chinese_name", "latin_name"),
    "date_of_birth": ("date_of_birth",),
    "sex": ("sex",),
    "nationality": ("nationality",),
    "document": ("document_type", "document_number", "document_expiry", "document_country"),
    "case_ref": ("case_ref",),
    "batch": ("batch",),
    "province": ("province",),
    "flags": ("flags",),
    "medical": ("medical", "medical_note"),
}
NON_MEDICAL_FLAGS = tuple(k for k in FLAG_KEYS if k != "medical")


@dataclass(frozen=True)
class Selection:
    """Which events of the plan go out."""

    kinds: Sequence[str] = ("crossing", "flight")
    carrier: str = ""
    day: dt.date | None = None
    flight: str = ""


def columns(fields: Sequence[str]) -> list[str]:
    if not fields:
        return [*EVENT_COLUMNS, "people"]
    return [*EVENT_COLUMNS, "ref", *(c for f in fields for c in FIELD_COLUMNS[f])]


def select_events(engine: Engine, plan_id: int, sel: Selection) -> list[HandoverEvent]:
    with Session(engine) as s:
        carriers = {f.id: (f.carrier, f.number) for f in s.exec(select(Flight)).all()}
    out = []
    for e in plan_events(engine, plan_id):
        if e.kind not in sel.kinds or (sel.day is not None and e.day != sel.day):
            continue
        carrier, number = carriers.get(e.ref_id, ("", "")) if e.kind == "flight" else ("", "")
        if sel.carrier and (e.kind != "flight" or carrier.casefold() != sel.carrier.casefold()):
            continue
        if sel.flight and (e.kind != "flight" or number != sel.flight):
            continue
        out.append(e)
    return out


def person_values(p: Person, fields: Sequence[str], day: dt.date, batch: str
                  ) -> dict[str, Any]:
    v: dict[str, Any] = {"ref": p.ref}
    if "names" in fields:
        v.update(chinese_name=chinese_name(p), latin_name=p.latin_name)
    if "date_of_birth" in fields:
        v["date_of_birth"] = p.date_of_birth
    if "sex" in fields:
        v["sex"] = p.sex.value
    if "nationality" in fields:
        v["nationality"] = p.nationality
    if "document" in fields:
        v.update(document_type=p.document_type.value, document_number=p.document_number or "",
                 document_expiry=p.document_expiry, document_country=p.document_country or "")
    if "case_ref" in fields:
        v["case_ref"] = p.case_ref
    if "batch" in fields:
        v["batch"] = batch
    if "province" in fields:
        v["province"] = p.province
    if "flags" in fields:
        v["flags"] = ";".join(f for f in person_flags(p, day) if f in NON_MEDICAL_FLAGS)
    if "medical" in fields:
        v.update(medical="yes" if p.medical else "no", medical_note=p.medical_note)
    return v


def schedule_rows(engine: Engine, plan_id: int, fields: Sequence[str], sel: Selection
                  ) -> tuple[list[dict[str, Any]], int]:
    """Rows (dicts keyed by `columns(fields)`) and the number of distinct people in them."""
    events = select_events(engine, plan_id, sel)
    with Session(engine) as s:
        locs = {x.id: x for x in s.exec(select(Location)).all()}
        flights = {f.id: f for f in s.exec(select(Flight)).all()}
        ids = {pid for e in events for pid in e.people}
        people = {p.id: p for p in s.exec(select(Person).where(col(Person.id).in_(ids))).all()
                  } if ids else {}
        brefs = {b.id: b.ref for b in s.exec(select(Batch)).all()}
    rows: list[dict[str, Any]] = []
    for e in events:
        origin, dest = locs[e.origin_id], locs[e.destination_id]
        base: dict[str, Any] = {
            "date": e.day, "time": e.time.strftime("%H:%M") if e.time else "",
            "timezone": origin.timezone, "event": e.kind, "resource": e.code,
            "carrier": flights[e.ref_id].carrier if e.kind == "flight" else "",
            "from": origin.code, "to": dest.code, "manifest": e.number}
        if not fields:
            rows.append({**base, "people": len(e.people)})
            continue
        ps = [people[i] for i in e.people if i in people]
        ps.sort(key=lambda p: order_key(p, brefs.get(p.batch_id, "")))
        for p in ps:
            rows.append({**base, **person_values(p, fields, e.day, brefs.get(p.batch_id, ""))})
    return rows, len({pid for e in events for pid in e.people})


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
