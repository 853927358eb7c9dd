"""The schedule as a documented, versioned JSON document (docs/plan-format.md,
docs/plan-schema.json): batches, chunks, people, legs with dates and times, resources."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.db.models import (
    Batch,
    BorderCrossing,
    Flight,
    Leg,
    Location,
    Person,
    ReceivingPoint,
)
from planner.engine.problem import StepKind
from planner.engine.store import load_plan

FORMAT = "repatplan-schedule"
VERSION = 1


def _t(x: dt.datetime) -> str:
    return x.isoformat(timespec="minutes")


def export_schedule(engine: Engine, plan_id: int) -> dict[str, Any]:
    sp = load_plan(engine, plan_id)
    res = sp.result
    with Session(engine) as s:
        locs = {x.id: x for x in s.exec(select(Location)).all()}
        legs = {x.id: x for x in s.exec(select(Leg)).all()}
        crossings = {x.id: x for x in s.exec(select(BorderCrossing)).all()}
        flights = {x.id: x for x in s.exec(select(Flight)).all()}
        rps = {x.id: x for x in s.exec(select(ReceivingPoint)).all()}
        batches = {x.id: x for x in s.exec(select(Batch)).all()}
        ids = {pid for ch in res.chunks for pid in ch.people} | {
            pid for u in res.unscheduled for pid in u.people}
        people = {p.id: p for p in s.exec(select(Person)).all() if p.id in ids}

    def place(i: int) -> dict[str, str]:
        loc = locs[i]
        return {"code": loc.code, "name": loc.name_en, "timezone": loc.timezone}

    def person(pid: int) -> dict[str, Any]:
        p = people.get(pid)
        if p is None:
            return {"id": pid, "ref": str(pid)}
        return {"id": pid, "ref": p.ref, "latin_name": p.latin_name, "province": p.province,
                "status": p.status.value}

    def leg(k: int, st: Any) -> dict[str, Any]:
        d: dict[str, Any] = {"seq": k + 1, "kind": st.kind.value, "from": place(st.origin),
                             "to": place(st.destination), "start_local": _t(st.start),
                             "end_local": _t(st.end)}
        if st.kind == StepKind.FLIGHT and st.ref in flights:
            d["flight"] = {"id": st.ref, "number": flights[st.ref].number,
                           "carrier": flights[st.ref].carrier}
        elif st.kind == StepKind.CROSSING and st.ref in crossings:
            d["crossing"] = {"id": st.ref, "code": crossings[st.ref].code,
                             "name": crossings[st.ref].name}
        elif st.kind == StepKind.ROAD and st.ref in legs:
            d["leg"] = {"id": st.ref, "mode": legs[st.ref].mode.value}
        return d

    out_batches: dict[int, dict[str, Any]] = {}
    for ch in res.chunks:
        b = batches.get(ch.batch_id)
        entry = out_batches.setdefault(ch.batch_id, {
            "id": ch.batch_id, "ref": ch.batch_ref,
            "legal_deadline": b.legal_deadline.isoformat() if b and b.legal_deadline else None,
            "priority": b.priority.value if b else None, "chunks": []})
        rp = rps[ch.receiving]
        entry["chunks"].append({
            "chunk_no": len(entry["chunks"]) + 1, "size": len(ch.people),
            "depart_day": ch.depart_day.isoformat(), "arrival_day": ch.arrival_day.isoformat(),
            "itinerary_key": ch.key, "pinned": ch.pinned,
            "receiving_point": {"code": rp.code, "name": rp.name},
            "people": [person(pid) for pid in ch.people],
            "legs": [leg(k, st) for k, st in enumerate(ch.steps)]})
    return {
        "format": FORMAT,
        "version": VERSION,
        "plan": {
            "id": sp.id, "status": sp.status, "parent_id": sp.parent_id,
            "created_at": _t(sp.created_at),
            "published_at": _t(sp.published_at) if sp.published_at else None,
            "start": res.start.isoformat(), "end": res.end.isoformat(),
            "solver_status": res.status, "objective": res.objective,
            "best_bound": res.best_bound, "gap": res.gap, "terms": res.terms,
            "warnings": list(res.warnings), "settings": res.settings.to_json()},
        "batches": [out_batches[k] for k in sorted(out_batches)],
        "unscheduled": [{"batch_ref": u.batch_ref, "people": [person(p)["ref"] for p in u.people],
                         "reasons": list(u.reasons)} for u in res.unscheduled],
        "flights": [{"id": f.flight, "number": flights[f.flight].number,
                     "origin": locs[flights[f.flight].origin_id].code,
                     "destination": locs[flights[f.flight].destination_id].code,
                     "departure_local": _t(flights[f.flight].departure_local),
                     "detainees": f.detainees, "escorts": f.escorts, "seats": f.seats,
                     "max_detainees": f.max_detainees} for f in res.flights
                    if f.flight in flights],
        "loads": [{"kind": ld.kind, "ref": ld.ref,
                   "day": ld.day.isoformat() if ld.day else None, "load": ld.load,
                   "capacity": ld.capacity} for ld in res.loads],
        "vehicles": [{"leg": v.leg, "day": v.day.isoformat(), "number": v.number,
                      "people": [person(p)["ref"] for p in v.people]} for v in res.vehicles],
    }
