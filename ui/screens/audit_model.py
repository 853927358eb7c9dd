"""The audit table's model: the numbers of the matching entries (one array of ints, read on
the reader thread) and pages of rows read on demand, by number, on the reader thread too.

A row whose page is not read yet shows "…" and asks for its page; when the page arrives its
rows are updated. At most `MAX_PAGES` pages are kept, so scrolling through 100,000+ entries
never holds them all as Python objects.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor
from sqlalchemy.engine import Engine

from planner.audit.present import split_actor, summary
from planner.audit.query import (
    AuditFilter,
    AuditRow,
    batch_refs,
    fetch_hashes,
    fetch_rows,
    matching_seqs,
)
from ui.table_models import DISPLAY, FOREGROUND, TOOLTIP
from ui.workers import Operation, TaskState

_ROLES = frozenset({DISPLAY, TOOLTIP, FOREGROUND})
AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_ROWS = 200
MAX_PAGES = 50
LOADING = "…"
MUTED = QColor("#6b6b6b")
MISSING = QColor("#b3261e")
ACTION_COLOURS = {"delete": QColor("#b3261e"), "export": QColor("#1f6fb5"),
                  "print": QColor("#1f6fb5")}

COLUMNS = ("When (UTC)", "Operator", "Agency", "Action", "Record", "Changes")
#: Kinds of record (table names) as people say them.
KINDS: dict[str, str] = {
    "person": "Person",
    "batch": "Batch",
    "plan": "Plan",
    "plan_assignment": "Plan assignment",
    "manifest": "Manifest",
    "export": "Export",
    "audit": "Audit trail",
    "location": "Location",
    "border_crossing": "Crossing",
    "crossing_closure": "Crossing closure",
    "flight": "Flight",
    "leg": "Leg",
    "receiving_point": "Receiving point",
    "receiving_province": "Receiving province",
    "separation": "Separation",
    "import_run": "Import",
    "status_event": "Status event",
}
#: Strings translated where they are shown (pyside6-lupdate reads these markers).
_TRANSLATABLE = (
    QT_TRANSLATE_NOOP("AuditColumns", "When (UTC)"),
    QT_TRANSLATE_NOOP("AuditColumns", "Operator"),
    QT_TRANSLATE_NOOP("AuditColumns", "Agency"),
    QT_TRANSLATE_NOOP("AuditColumns", "Action"),
    QT_TRANSLATE_NOOP("AuditColumns", "Record"),
    QT_TRANSLATE_NOOP("AuditColumns", "Changes"),
    QT_TRANSLATE_NOOP("AuditKinds", "Person"),
    QT_TRANSLATE_NOOP("AuditKinds", "Batch"),
    QT_TRANSLATE_NOOP("AuditKinds", "Plan"),
    QT_TRANSLATE_NOOP("AuditKinds", "Plan assignment"),
    QT_TRANSLATE_NOOP("AuditKinds", "Manifest"),
    QT_TRANSLATE_NOOP("AuditKinds", "Export"),
    QT_TRANSLATE_NOOP("AuditKinds", "Audit trail"),
    QT_TRANSLATE_NOOP("AuditKinds", "Location"),
    QT_TRANSLATE_NOOP("AuditKinds", "Crossing"),
    QT_TRANSLATE_NOOP("AuditKinds", "Crossing closure"),
    QT_TRANSLATE_NOOP("AuditKinds", "Flight"),
    QT_TRANSLATE_NOOP("AuditKinds", "Leg"),
    QT_TRANSLATE_NOOP("AuditKinds", "Receiving point"),
    QT_TRANSLATE_NOOP("AuditKinds", "Receiving province"),
    QT_TRANSLATE_NOOP("AuditKinds", "Separation"),
    QT_TRANSLATE_NOOP("AuditKinds", "Import"),
    QT_TRANSLATE_NOOP("AuditKinds", "Status event"),
)


def kind_text(entity: str) -> str:
    return QCoreApplication.translate("AuditKinds", KINDS[entity]) if entity in KINDS \
        else entity.replace("_", " ").capitalize()


def identify(r: AuditRow) -> str:
    """The record's reference, else its id (a new row has it in its values only)."""
    if r.ref or r.entity_id:
        return str(r.ref or r.entity_id)
    new = r.after.get("id") if isinstance(r.after, dict) else None
    return f"#{new}" if new is not None else ""


@dataclass(frozen=True, slots=True)
class Line:
    """One entry as the table shows it, made on the reader thread; `row` is None when the
    entry numbered `seq` is not in the trail (deleted: the chain is broken there)."""

    seq: int
    row: AuditRow | None
    cells: tuple[str, ...]
    prev_hash: str
    hash: str
    batches: dict[int, str]  #: reference of each batch_id in the entry

    @property
    def missing(self) -> bool:
        return self.row is None


def missing_text(seq: int) -> str:
    return QCoreApplication.translate("AuditTable", "entry %1 is missing").replace(
        "%1", str(seq))


def missing_line(seq: int) -> Line:
    return Line(seq, None, ("—", "", "", QCoreApplication.translate("AuditTable", "missing"),
                            "", missing_text(seq)), "", "", {})


def make_lines(engine: Engine, seqs: Sequence[int]) -> list[Line]:
    """One line per number in `seqs`, in that order, keyed by number: an entry that is not
    there (deleted) gets a line saying so, and never shifts the others."""
    rows = {r.seq: r for r in fetch_rows(engine, seqs)}
    hashes = fetch_hashes(engine, seqs)
    batches = batch_refs(engine, rows.values())
    out = []
    for seq in seqs:
        r = rows.get(seq)
        if r is None:
            out.append(missing_line(seq))
            continue
        operator, agency = split_actor(r.actor)
        record = f"{kind_text(r.entity)} {identify(r)}".strip()
        prev, own = hashes.get(r.seq, ("", ""))
        out.append(Line(r.seq, r, (r.at.isoformat(sep=" ", timespec="seconds"), operator,
                                   agency, r.action, record, summary(r, batches=batches)),
                        prev, own, batches))
    return out


@dataclass(frozen=True)
class Result:
    """What a filter shows: the numbers of the matching entries and the first page."""

    filter: AuditFilter
    seqs: Sequence[int]
    first: list[Line]


def read(engine: Engine, f: AuditFilter) -> Result:
    """Read what a filter shows (on the reader thread)."""
    seqs = matching_seqs(engine, f)
    return Result(f, seqs, make_lines(engine, seqs[:PAGE_ROWS]))


class AuditTableModel(QAbstractTableModel):
    """Newest entry first. `set_source` shows a new result; pages are read as rows are
    shown (or asked for with `line`)."""

    #: a page arrived: first row, last row
    pageLoaded = Signal(int, int)
    #: reading a page failed
    failed = Signal(object)

    def __init__(self, pool: QThreadPool, parent: Any = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self.engine: Engine | None = None
        self.seqs: Sequence[int] = ()
        self._pages: OrderedDict[int, dict[int, Line]] = OrderedDict()  # by number
        self._pending: set[int] = set()
        self._failed: set[int] = set()  # not asked for again until the next result
        self._generation = 0

    def set_source(self, engine: Engine, seqs: Sequence[int], first: list[Line]) -> None:
        """Show the entries numbered `seqs` (newest first); `first` is their first page."""
        self.beginResetModel()
        self.engine, self.seqs = engine, seqs
        self._generation += 1
        self._pages.clear()
        self._pending.clear()
        self._failed.clear()
        if seqs:
            self._pages[0] = {x.seq: x for x in first}
        self.endResetModel()

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.seqs)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("AuditColumns", COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if role not in _ROLES:
            return None
        line = self.line(index.row())
        if line is None:
            return LOADING if role == DISPLAY and index.column() == 0 else None
        col = index.column()
        if role == DISPLAY:
            return line.cells[col]
        if line.row is None:  # a deleted entry: the whole row in the alarm colour
            return missing_text(line.seq) if role == TOOLTIP else MISSING
        if role == TOOLTIP:
            if col in (1, 2):
                return line.row.actor
            return line.cells[col] if col == 5 else f"#{line.seq}"
        if col == 3:
            return next((c for k, c in ACTION_COLOURS.items() if k in line.row.action), None)
        return MUTED if col == 0 else None

    # -- rows -------------------------------------------------------------------------------

    def line(self, row: int, fetch: bool = True) -> Line | None:
        """The row's entry, or None while its page is being read (then it is asked for)."""
        if not 0 <= row < len(self.seqs):
            return None
        page = row // PAGE_ROWS
        lines = self._pages.get(page)
        if lines is None:
            if fetch:
                self._request(page)
            return None
        self._pages.move_to_end(page)
        return lines.get(self.seqs[row])

    def row_of(self, seq: int) -> int:
        """Where entry `seq` is, or would be (the nearest older one), among the rows."""
        row = bisect.bisect_left(self.seqs, -seq, key=lambda s: -s)
        return min(row, len(self.seqs) - 1)

    def has(self, seq: int) -> bool:
        row = self.row_of(seq)
        return 0 <= row < len(self.seqs) and self.seqs[row] == seq

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _request(self, page: int) -> None:
        engine = self.engine
        if page in self._pending or page in self._failed or engine is None:
            return
        self._pending.add(page)
        generation = self._generation
        wanted = list(self.seqs[page * PAGE_ROWS:(page + 1) * PAGE_ROWS])

        def job(_state: TaskState) -> list[Line]:
            return make_lines(engine, wanted)

        def done(lines: list[Line]) -> None:
            if generation != self._generation:
                return
            self._pending.discard(page)
            self._pages[page] = {x.seq: x for x in lines}
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
            first = page * PAGE_ROWS
            last = min(first + PAGE_ROWS, len(self.seqs)) - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
            self.pageLoaded.emit(first, last)

        def fail(error: BaseException) -> None:
            if generation == self._generation:
                self._pending.discard(page)
                self._failed.add(page)
                self.failed.emit(error)

        Operation(job, self).on_success(done).on_failure(fail).run(self.pool)
