"""One QUndoCommand per network edit; each calls `planner.services.network_edits` forward and
back and keeps the version the service returned, so an undo meets the same optimistic lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.engine import Engine

from planner.domain.enums import FlightStatus
from planner.services import network_edits as ne
from ui.i18n import translate_in
from ui.undo import EditCommand


def tr(text: str) -> str:
    return translate_in("NetworkCommands", text)


KIND_NAMES: dict[str, Any] = {
    "location": QT_TRANSLATE_NOOP("NetworkCommands", "location"),
    "crossing": QT_TRANSLATE_NOOP("NetworkCommands", "crossing"),
    "flight": QT_TRANSLATE_NOOP("NetworkCommands", "flight"),
    "leg": QT_TRANSLATE_NOOP("NetworkCommands", "leg"),
    "receiving_point": QT_TRANSLATE_NOOP("NetworkCommands", "receiving point")}


#: The version each row had after this app's last edit of it, by (database, kind, id): an undo
#: of an older command meets the version the later commands (and their undos) left, not the
#: one it remembers. Versions only grow, so the larger of this and the command's own is right;
#: a colleague's edit in between still makes the undo a conflict, as it should.
_VERSIONS: dict[tuple[str, str, int], int] = {}


def _version(engine: Engine, kind: str, row_id: int, mine: int) -> int:
    return max(mine, _VERSIONS.get((str(engine.url), kind, row_id), mine))


def _note(engine: Engine, kind: str, row_id: int, version: int) -> int:
    _VERSIONS[(str(engine.url), kind, row_id)] = version
    return version


class UpdateRowCommand(EditCommand):
    """Fields of one location, crossing, flight, leg or receiving point."""

    def __init__(self, kind: str, row_id: int, ref: str, seen_version: int,
                 changes: Mapping[str, Any]) -> None:
        super().__init__(tr("Edit %1 %2").replace("%1", tr(str(KIND_NAMES.get(kind, kind))))
                         .replace("%2", ref))
        self.kind, self.row_id, self.version = kind, row_id, seen_version
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}

    def apply(self, engine: Engine, actor: str) -> None:
        r = ne.update_row(engine, self.kind, self.row_id,
                          _version(engine, self.kind, self.row_id, self.version), self.changes,
                          actor=actor)
        self.before = r.before
        self.version = _note(engine, self.kind, self.row_id, r.version)

    def revert(self, engine: Engine, actor: str) -> None:
        r = ne.update_row(engine, self.kind, self.row_id,
                          _version(engine, self.kind, self.row_id, self.version), self.before,
                          actor=actor)
        self.version = _note(engine, self.kind, self.row_id, r.version)


class FlightStatusCommand(EditCommand):
    """Confirm or cancel a flight (cancelling is a disruption)."""

    def __init__(self, flight_id: int, number: str, seen_version: int,
                 status: FlightStatus) -> None:
        text = {FlightStatus.CANCELLED: tr("Cancel flight %1"),
                FlightStatus.CONFIRMED: tr("Confirm flight %1"),
                FlightStatus.REQUESTED: tr("Request flight %1")}.get(
            status, tr("Propose flight %1"))
        super().__init__(text.replace("%1", number))
        self.flight_id, self.version, self.status = flight_id, seen_version, status
        self.before = FlightStatus.PROPOSED

    def apply(self, engine: Engine, actor: str) -> None:
        r = ne.set_flight_status(engine, self.flight_id,
                                 _version(engine, "flight", self.flight_id, self.version),
                                 self.status, actor=actor)
        self.before = r.before["status"]
        self.version = _note(engine, "flight", self.flight_id, r.version)

    def revert(self, engine: Engine, actor: str) -> None:
        r = ne.set_flight_status(engine, self.flight_id,
                                 _version(engine, "flight", self.flight_id, self.version),
                                 self.before, actor=actor)
        self.version = _note(engine, "flight", self.flight_id, r.version)


class AddFlightCommand(EditCommand):
    def __init__(self, spec: ne.FlightSpec) -> None:
        super().__init__(tr("Add flight %1").replace("%1", spec.number))
        self.spec = spec
        self.flight_id: int | None = None

    def apply(self, engine: Engine, actor: str) -> None:
        self.flight_id = ne.add_flight(engine, self.spec, actor=actor)
        _note(engine, "flight", self.flight_id, 1)

    def revert(self, engine: Engine, actor: str) -> None:
        assert self.flight_id is not None
        ne.delete_flight(engine, self.flight_id, _version(engine, "flight", self.flight_id, 1),
                         actor=actor)


class CloseCrossingCommand(EditCommand):
    """Close a crossing for some days (a disruption); the undo reopens it."""

    def __init__(self, crossing_id: int, name: str, first: dt.date, last: dt.date,
                 reason: str = "") -> None:
        super().__init__(tr("Close %1 %2–%3").replace("%1", name)
                         .replace("%2", first.isoformat()).replace("%3", last.isoformat()))
        self.crossing_id, self.first, self.last, self.reason = crossing_id, first, last, reason
        self.closure_id: int | None = None

    def apply(self, engine: Engine, actor: str) -> None:
        self.closure_id = ne.add_closure(engine, self.crossing_id, self.first, self.last,
                                         self.reason, actor=actor)

    def revert(self, engine: Engine, actor: str) -> None:
        assert self.closure_id is not None
        ne.remove_closure(engine, self.closure_id, actor=actor)


class AddRowCommand(EditCommand):
    """A new location, crossing, leg or receiving point. The undo deletes it; the redo puts
    that same row back (same id), so later commands that name it still find it."""

    def __init__(self, kind: str, ref: str, values: Mapping[str, Any]) -> None:
        super().__init__(tr("Add %1 %2").replace("%1", tr(str(KIND_NAMES.get(kind, kind))))
                         .replace("%2", ref))
        self.kind, self.values = kind, dict(values)
        self.row_id: int | None = None
        self.version = 1
        self.removed: ne.Removed | None = None

    def apply(self, engine: Engine, actor: str) -> None:
        if self.removed is None:
            self.row_id = ne.add_row(engine, self.kind, self.values, actor=actor)
            self.version = _note(engine, self.kind, self.row_id, 1)
        else:
            assert self.row_id is not None
            self.version = _note(engine, self.kind, self.row_id,
                                 ne.restore_row(engine, self.removed, actor=actor))

    def revert(self, engine: Engine, actor: str) -> None:
        assert self.row_id is not None
        self.removed = ne.delete_row(engine, self.kind, self.row_id,
                                     _version(engine, self.kind, self.row_id, self.version),
                                     actor=actor)


class DeleteRowCommand(EditCommand):
    """Delete a row nothing uses (the service refuses otherwise, naming what uses it); the undo
    puts it back with its id, code, closures and provinces."""

    def __init__(self, kind: str, row_id: int, ref: str, seen_version: int) -> None:
        super().__init__(tr("Delete %1 %2").replace("%1", tr(str(KIND_NAMES.get(kind, kind))))
                         .replace("%2", ref))
        self.kind, self.row_id, self.version = kind, row_id, seen_version
        self.removed: ne.Removed | None = None

    def apply(self, engine: Engine, actor: str) -> None:
        self.removed = ne.delete_row(engine, self.kind, self.row_id,
                                     _version(engine, self.kind, self.row_id, self.version),
                                     actor=actor)

    def revert(self, engine: Engine, actor: str) -> None:
        assert self.removed is not None
        self.version = _note(engine, self.kind, self.row_id,
                             ne.restore_row(engine, self.removed, actor=actor))


class ReopenCrossingCommand(EditCommand):
    """Remove a closure of a crossing; the undo closes it again (same days, same id)."""

    def __init__(self, closure_id: int, name: str, first: dt.date, last: dt.date) -> None:
        super().__init__(tr("Reopen %1 %2–%3").replace("%1", name)
                         .replace("%2", first.isoformat()).replace("%3", last.isoformat()))
        self.closure_id = closure_id
        self.row: dict[str, Any] = {}

    def apply(self, engine: Engine, actor: str) -> None:
        self.row = ne.remove_closure(engine, self.closure_id, actor=actor)

    def revert(self, engine: Engine, actor: str) -> None:
        r = self.row
        ne.add_closure(engine, r["crossing_id"], r["first_day"], r["last_day"], r["reason"],
                       actor=actor, closure_id=self.closure_id)
