"""Edits of the transport network, Qt-free: one transaction each, an optimistic `version` check
on the row the user saw, validation with messages per field, the actor recorded. Each function
returns what its inverse needs, so an undo is another call of these functions.

* `update_row(kind, id, seen, changes)` — fields of a location, crossing, flight, leg or
  receiving point (the inverse is the same call with `before`);
* `add_flight` / `delete_flight` — a new flight and its undo;
* `set_flight_status` — confirm or cancel a flight (cancelling is a disruption: re-plan);
* `add_closure` / `remove_closure` — close a crossing for some days (a disruption) and undo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.engine import Engine

from planner.db.engine import transaction
from planner.db.models import (
    BorderCrossing,
    CrossingClosure,
    Flight,
    Leg,
    Location,
    ReceivingPoint,
)
from planner.db.plan_models import PlanFlight, PlanStep
from planner.domain.enums import FlightStatus, LegMode
from planner.services.locking import (
    ConflictError,
    EditError,
    EditRejected,
    RowChange,
    bump,
    conn_of,
    record,
)

__all__ = ["FIELDS", "ConflictError", "EditError", "EditRejected", "FlightSpec", "RowEdit",
           "add_closure", "add_flight", "delete_flight", "remove_closure", "set_flight_status",
           "update_row", "validate"]

TABLES: dict[str, Table] = {
    "location": Location.__table__,  # type: ignore[attr-defined]
    "crossing": BorderCrossing.__table__,  # type: ignore[attr-defined]
    "flight": Flight.__table__,  # type: ignore[attr-defined]
    "leg": Leg.__table__,  # type: ignore[attr-defined]
    "receiving_point": ReceivingPoint.__table__,  # type: ignore[attr-defined]
}
XC = CrossingClosure.__table__  # type: ignore[attr-defined]
F = TABLES["flight"]

#: The fields the Network screen may change, per kind of row.
FIELDS: dict[str, frozenset[str]] = {
    "location": frozenset({"name_en", "name_local", "latitude", "longitude",
                           "holding_capacity", "timezone"}),
    "crossing": frozenset({"name", "daily_capacity", "open_weekdays", "open_from",
                           "open_until", "handover_minutes"}),
    "flight": frozenset({"number", "carrier", "departure_local", "arrival_local", "seats",
                         "max_detainees", "escorts_per_detainee", "charter_cost", "optional"}),
    "leg": frozenset({"duration_minutes", "vehicle_capacity", "vehicles_per_day",
                      "cost_per_vehicle", "mode"}),
    "receiving_point": frozenset({"name", "daily_intake"}),
}
_REF_COLUMN = {"location": "code", "crossing": "code", "flight": "number",
               "receiving_point": "code"}
_NON_NEGATIVE = ("daily_capacity", "handover_minutes", "seats", "max_detainees",
                 "charter_cost", "duration_minutes", "vehicles_per_day", "cost_per_vehicle",
                 "daily_intake", "holding_capacity", "escorts_per_detainee")


@dataclass(frozen=True, slots=True)
class RowEdit:
    """One network row changed: `before`/`after` hold only the changed fields."""

    kind: str
    row_id: int
    ref: str
    before: dict[str, Any]
    after: dict[str, Any]
    version: int


def validate(kind: str, values: Mapping[str, Any]) -> dict[str, list[str]]:
    """Messages per field ({} = valid) for the values of one row (merged with its others)."""
    out: dict[str, list[str]] = {}

    def bad(name: str, message: str) -> None:
        out.setdefault(name, []).append(message)

    for name in _NON_NEGATIVE:
        v = values.get(name)
        if v is not None and v < 0:
            bad(name, "must not be negative")
    for name in ("name", "name_en", "number", "code"):
        if name in values and not str(values[name] or "").strip():
            bad(name, "required")
    if kind == "location":
        lat, lon = values.get("latitude"), values.get("longitude")
        if lat is not None and not -90 <= lat <= 90:
            bad("latitude", "between -90 and 90")
        if lon is not None and not -180 <= lon <= 180:
            bad("longitude", "between -180 and 180")
    if kind == "crossing":
        days = str(values.get("open_weekdays", ""))
        if not days or any(ch not in "1234567" for ch in days) or len(set(days)) != len(days):
            bad("open_weekdays", "ISO weekdays 1 (Monday) to 7 (Sunday), each once")
        a, b = values.get("open_from"), values.get("open_until")
        if isinstance(a, dt.time) and isinstance(b, dt.time) and not a < b:
            bad("open_until", "must be after the opening time")
    if kind == "flight":
        dep, arr = values.get("departure_local"), values.get("arrival_local")
        if isinstance(dep, dt.datetime) and isinstance(arr, dt.datetime) and arr <= dep - \
                dt.timedelta(hours=12):
            bad("arrival_local", "before the departure")
        seats, det = values.get("seats"), values.get("max_detainees")
        if seats is not None and det is not None and det > seats:
            bad("max_detainees", "more detainees than seats")
        if values.get("origin_id") is not None and values.get("origin_id") == values.get(
                "destination_id"):
            bad("destination_id", "the same airport as the origin")
    if kind == "leg":
        if values.get("vehicle_capacity") is not None and values["vehicle_capacity"] < 1:
            bad("vehicle_capacity", "at least 1")
        if "mode" in values:
            try:
                LegMode(getattr(values["mode"], "value", values["mode"]))
            except ValueError:
                bad("mode", "road or rail")
    return out


def _row(conn: Any, kind: str, row_id: int) -> Mapping[str, Any]:
    t = TABLES[kind]
    r = conn.execute(select(t).where(t.c.id == row_id)).first()
    if r is None:
        raise ConflictError(kind.replace("_", " "), f"#{row_id}", 0, None)
    return r._mapping


def _ref(kind: str, row: Mapping[str, Any]) -> str:
    col = _REF_COLUMN.get(kind)
    return str(row[col]) if col else f"#{row['id']}"


def update_row(engine: Engine, kind: str, row_id: int, seen_version: int,
               changes: Mapping[str, Any], *, actor: str) -> RowEdit:
    """Change fields of one network row the user saw at `seen_version`."""
    if kind not in FIELDS:
        raise EditError(f"unknown kind of network row {kind!r}")
    unknown = set(changes) - FIELDS[kind]
    if unknown:
        raise EditError(f"{kind}: these fields cannot be edited here: {sorted(unknown)}")
    with transaction(engine) as session:
        conn = conn_of(session)
        row = _row(conn, kind, row_id)
        ref = _ref(kind, row)
        messages = validate(kind, {**row, **changes})
        if messages:
            raise EditRejected(messages, f"{kind.replace('_', ' ')} {ref}")
        changed = {k: v for k, v in changes.items() if row[k] != v}
        before = {k: row[k] for k in changed}
        if not changed:
            if row["version"] != seen_version:
                raise ConflictError(kind, ref, seen_version, row["version"])
            return RowEdit(kind, row_id, ref, {}, {}, seen_version)
        version = bump(session, TABLES[kind], row_id, seen_version, changed,
                       kind=kind.replace("_", " "), ref=ref)
        record(session, actor, f"edit {kind.replace('_', ' ')}",
               [RowChange(kind, row_id, ref, _plain(before), _plain(changed))])
    return RowEdit(kind, row_id, ref, before, changed, version)


def _plain(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as the audit trail stores them (ISO strings for dates and times)."""
    out: dict[str, Any] = {}
    for k, v in values.items():
        v = getattr(v, "value", v)
        out[k] = v.isoformat() if isinstance(v, dt.date | dt.time) else v
    return out


@dataclass(frozen=True, slots=True)
class FlightSpec:
    number: str
    origin_id: int
    destination_id: int
    departure_local: dt.datetime
    arrival_local: dt.datetime
    seats: int
    max_detainees: int
    carrier: str = ""
    escorts_per_detainee: float = 1.0
    status: FlightStatus = FlightStatus.PROPOSED
    charter_cost: int = 0
    optional: bool = True

    def values(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def add_flight(engine: Engine, spec: FlightSpec, *, actor: str) -> int:
    """A new flight (proposed unless said otherwise); returns its id."""
    values = spec.values()
    values["number"] = "".join(spec.number.split()).upper()
    messages = validate("flight", values)
    if messages:
        raise EditRejected(messages, f"flight {values['number']}")
    with transaction(engine) as session:
        conn = conn_of(session)
        clash = conn.execute(select(F.c.id).where(
            F.c.number == values["number"], F.c.departure_local == spec.departure_local)).first()
        if clash is not None:
            raise EditRejected({"number": ["this flight already exists at that time"]},
                               f"flight {values['number']}")
        key = conn.execute(insert(F).values({**values, "version": 1})).inserted_primary_key
        assert key is not None
        row_id = int(key[0])
        record(session, actor, "add flight",
               [RowChange("flight", row_id, values["number"], None, _plain(values))])
    return row_id


def delete_flight(engine: Engine, flight_id: int, seen_version: int, *, actor: str) -> None:
    """Remove a flight no plan uses (the undo of `add_flight`); otherwise cancel it instead."""
    with transaction(engine) as session:
        conn = conn_of(session)
        row = _row(conn, "flight", flight_id)
        if row["version"] != seen_version:
            raise ConflictError("flight", row["number"], seen_version, row["version"])
        PF = PlanFlight.__table__  # type: ignore[attr-defined]
        PS = PlanStep.__table__  # type: ignore[attr-defined]
        used = conn.execute(select(PF.c.plan_id).where(PF.c.flight_id == flight_id)).first() \
            or conn.execute(select(PS.c.id).where(PS.c.kind == "flight",
                                                  PS.c.ref_id == flight_id)).first()
        if used is not None:
            raise EditError(f"flight {row['number']} is in a stored plan and cannot be removed;"
                            " cancel it instead")
        conn.execute(delete(F).where(F.c.id == flight_id))
        record(session, actor, "delete flight",
               [RowChange("flight", flight_id, row["number"], _plain(dict(row)), None)])


def set_flight_status(engine: Engine, flight_id: int, seen_version: int,
                      status: FlightStatus, *, actor: str) -> RowEdit:
    """Confirm, request, propose or cancel a flight; returns the previous status in
    `before["status"]` for the undo."""
    status = FlightStatus(status)
    with transaction(engine) as session:
        row = _row(conn_of(session), "flight", flight_id)
        before = FlightStatus(getattr(row["status"], "value", row["status"]))
        version = bump(session, F, flight_id, seen_version, {"status": status}, kind="flight",
                       ref=row["number"])
        record(session, actor, f"flight {status.value}",
               [RowChange("flight", flight_id, row["number"], {"status": before.value},
                          {"status": status.value})])
    return RowEdit("flight", flight_id, row["number"], {"status": before},
                   {"status": status}, version)


def add_closure(engine: Engine, crossing_id: int, first_day: dt.date, last_day: dt.date,
                reason: str = "", *, actor: str) -> int:
    """Close a crossing from `first_day` to `last_day` (inclusive); returns the closure id."""
    if last_day < first_day:
        raise EditRejected({"last_day": ["before the first day"]}, "closure")
    with transaction(engine) as session:
        conn = conn_of(session)
        row = _row(conn, "crossing", crossing_id)
        key = conn.execute(insert(XC).values(
            crossing_id=crossing_id, first_day=first_day, last_day=last_day,
            reason=reason.strip()[:500])).inserted_primary_key
        assert key is not None
        closure_id = int(key[0])
        record(session, actor, "close crossing",
               [RowChange("crossing_closure", closure_id, row["code"], None,
                          {"crossing": row["code"], "first_day": first_day.isoformat(),
                           "last_day": last_day.isoformat(), "reason": reason})])
    return closure_id


def remove_closure(engine: Engine, closure_id: int, *, actor: str) -> None:
    """Reopen: remove a closure (the undo of `add_closure`)."""
    with transaction(engine) as session:
        conn = conn_of(session)
        r = conn.execute(select(XC).where(XC.c.id == closure_id)).first()
        if r is None:
            raise ConflictError("closure", f"#{closure_id}", 0, None)
        conn.execute(delete(XC).where(XC.c.id == closure_id))
        record(session, actor, "reopen crossing",
               [RowChange("crossing_closure", closure_id, None,
                          {"first_day": r.first_day.isoformat(),
                           "last_day": r.last_day.isoformat()}, None)])
