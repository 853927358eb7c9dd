"""Edits of the transport network, Qt-free: one transaction each, an optimistic `version` check
on the row the user saw, validation with messages per field, the actor recorded. Each function
returns what its inverse needs, so an undo is another call of these functions.

* `update_row(kind, id, seen, changes)` — fields of a location, crossing, flight, leg or
  receiving point, and the provinces of a receiving point (the inverse: the same call with
  `before`);
* `add_row` / `delete_row` / `restore_row` — a new row; deleting one nothing uses (refused,
  naming what uses it, otherwise); putting a deleted row back with the same id and code;
* `add_flight` / `delete_flight` — a new flight and its undo;
* `set_flight_status` — confirm or cancel a flight (cancelling is a disruption: re-plan);
* `add_closure` / `remove_closure` — close a crossing for some days (a disruption) and reopen.

The single-row edits (the first two items) are in `planner.services.network_rows`; import
everything from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine

from planner.db.engine import transaction
from planner.domain.enums import FlightStatus
from planner.services.locking import (
    ConflictError,
    EditError,
    EditRejected,
    RowChange,
    bump,
    conn_of,
    record,
)
from planner.services.network_rows import (
    XC,
    F,
    Removed,
    RowEdit,
    add_row,
    delete_row,
    load_row,
    plain,
    restore_row,
    update_row,
)
from planner.services.network_rules import (
    FIELDS,
    NEW_FIELDS,
    validate,
    validate_new,
)

__all__ = ["FIELDS", "NEW_FIELDS", "ConflictError", "EditError", "EditRejected", "FlightSpec",
           "Removed", "RowEdit", "add_closure", "add_flight", "add_row", "delete_flight",
           "delete_row", "remove_closure", "restore_row", "set_flight_status", "update_row",
           "validate", "validate_new"]


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
               [RowChange("flight", row_id, values["number"], None, plain(values))])
    return row_id


def delete_flight(engine: Engine, flight_id: int, seen_version: int, *, actor: str) -> None:
    """Remove a flight no plan uses (the undo of `add_flight`); otherwise cancel it instead."""
    delete_row(engine, "flight", flight_id, seen_version, actor=actor)


def set_flight_status(engine: Engine, flight_id: int, seen_version: int,
                      status: FlightStatus, *, actor: str) -> RowEdit:
    """Confirm, request, propose or cancel a flight; returns the previous status in
    `before["status"]` for the undo."""
    status = FlightStatus(status)
    with transaction(engine) as session:
        row = load_row(conn_of(session), "flight", flight_id)
        before = FlightStatus(getattr(row["status"], "value", row["status"]))
        version = bump(session, F, flight_id, seen_version, {"status": status}, kind="flight",
                       ref=row["number"])
        record(session, actor, f"flight {status.value}",
               [RowChange("flight", flight_id, row["number"], {"status": before.value},
                          {"status": status.value})])
    return RowEdit("flight", flight_id, row["number"], {"status": before},
                   {"status": status}, version)


def add_closure(engine: Engine, crossing_id: int, first_day: dt.date, last_day: dt.date,
                reason: str = "", *, actor: str, closure_id: int | None = None) -> int:
    """Close a crossing from `first_day` to `last_day` (inclusive); returns the closure id
    (`closure_id` puts a removed closure back under its own id)."""
    if last_day < first_day:
        raise EditRejected({"last_day": ["before the first day"]}, "closure")
    with transaction(engine) as session:
        conn = conn_of(session)
        row = load_row(conn, "crossing", crossing_id)
        given = {} if closure_id is None else {"id": closure_id}
        key = conn.execute(insert(XC).values(
            crossing_id=crossing_id, first_day=first_day, last_day=last_day,
            reason=reason.strip()[:500], **given)).inserted_primary_key
        assert key is not None
        closure_id = int(key[0])
        record(session, actor, "close crossing",
               [RowChange("crossing_closure", closure_id, row["code"], None,
                          {"crossing": row["code"], "first_day": first_day.isoformat(),
                           "last_day": last_day.isoformat(), "reason": reason})])
    return closure_id


def remove_closure(engine: Engine, closure_id: int, *, actor: str) -> dict[str, Any]:
    """Reopen: remove a closure (the undo of `add_closure`); returns the closure's columns."""
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
    return dict(r._mapping)
