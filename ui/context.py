"""What every screen shares: the open database, the day "today" is, the operator, the worker
threads, the undo stack, and the data read at the last (re)load."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.engine import Engine

from planner.queries import Snapshot
from ui import settings as keys
from ui.undo import EditController
from ui.workers import Pools


@dataclass(frozen=True)
class Loaded:
    """One (re)load, read on the reader thread: the tables, the versions of their rows as the
    user sees them (for optimistic locking), and whatever extra data screens asked for."""

    snapshot: Snapshot
    person_versions: dict[int, int] = field(default_factory=dict)
    batch_versions: dict[int, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    #: the People table's search keys, built off the GUI thread
    people_search: list[str] | None = None


class AppContext(QObject):
    loaded = Signal(object)  # Loaded

    def __init__(self, on: dt.date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on = on
        self.pools = Pools()
        self.edits = EditController(self.pools, self)
        self.engine: Engine | None = None
        self.data: Loaded | None = None

    @property
    def today(self) -> dt.date:
        return self.on or dt.date.today()

    @property
    def actor(self) -> str:
        return keys.current_actor()

    def person_version(self, person_id: int) -> int:
        return self.data.person_versions.get(person_id, 1) if self.data else 1

    def batch_version(self, batch_id: int) -> int:
        return self.data.batch_versions.get(batch_id, 1) if self.data else 1

    def people_seen(self, ids: list[int]) -> dict[int, int]:
        return {i: self.person_version(i) for i in ids}
