"""Table models over column data from `planner.queries` (the Orange3 pattern).

The model keeps the columns it was given and a list `_rows` mapping each visible row to a
source row. Sorting and filtering only rebuild that list of ints; no row is ever copied into an
item. `data()` returns at once for roles it does not handle. The people and batch tables are in
`ui.caseload_models`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

R = Qt.ItemDataRole
DISPLAY = R.DisplayRole.value
TOOLTIP = R.ToolTipRole.value
ALIGN = R.TextAlignmentRole.value
FOREGROUND = R.ForegroundRole.value
SORT_ROLE = R.UserRole.value + 1  #: the value the column sorts by
BADGES_ROLE = R.UserRole.value + 2  #: tuple of (text, colour name) drawn by BadgeDelegate
_ROLES = frozenset({DISPLAY, TOOLTIP, ALIGN, FOREGROUND, SORT_ROLE, BADGES_ROLE})

AnyIndex = QModelIndex | QPersistentModelIndex
Badge = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Column:
    """How one column shows source row `i`. Only `display` and `sort_key` are required."""

    title: str
    display: Callable[[int], str]
    sort_key: Callable[[int], Any]
    tooltip: Callable[[int], str | None] | None = None
    foreground: Callable[[int], QColor | None] | None = None
    badges: Callable[[int], tuple[Badge, ...]] | None = None
    align: Qt.AlignmentFlag | None = None
    header_tip: str = ""


class ColumnarTableModel(QAbstractTableModel):
    """A read-only table over `n` source rows described by `Column`s, sorted and filtered by
    index. Subclasses provide the columns, the search keys and the columns filters test."""

    #: visible rows, all rows
    countChanged = Signal(int, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = []
        self._n = 0
        self._search: Sequence[str] = ()
        self._fields: Mapping[str, Sequence[Any]] = {}
        self._order: list[int] = []
        self._rows: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._sort_cache: dict[int, list[Any]] = {}
        self._text = ""
        self._allowed: dict[str, Collection[Any]] = {}

    # -- loading ----------------------------------------------------------------------------

    def _set_source(self, n: int, columns: list[Column], search: Sequence[str],
                    fields: Mapping[str, Sequence[Any]]) -> None:
        self.beginResetModel()
        self._n, self._columns, self._search, self._fields = n, columns, search, fields
        self._sort_cache.clear()
        self._order = list(range(n))
        if self._sort is not None and self._sort[0] < len(columns):
            self._order = self._sorted(*self._sort)
        self._rows = self._filtered()
        self.endResetModel()
        self.countChanged.emit(len(self._rows), n)

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if role not in _ROLES:
            return None
        col = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == DISPLAY:
            return col.display(row)
        if role == TOOLTIP:
            return col.tooltip(row) if col.tooltip else None
        if role == FOREGROUND:
            return col.foreground(row) if col.foreground else None
        if role == ALIGN:
            return col.align
        if role == BADGES_ROLE:
            return col.badges(row) if col.badges else None
        return col.sort_key(row)  # SORT_ROLE

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == DISPLAY:
            return QCoreApplication.translate("Columns", self._columns[section].title)
        if role == TOOLTIP:
            return self._columns[section].header_tip or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self._remember_persistent()
        self._order = self._sorted(column, order)
        self._rows = self._filtered()
        self._restore_persistent(before)
        self.layoutChanged.emit()

    # -- filtering and mapping --------------------------------------------------------------

    def set_filter(self, text: str = "", **allowed: Collection[Any] | None) -> None:
        """Show rows whose search key contains `text` (case-insensitive) and whose field
        `name` is in `allowed[name]` for each filter given (None = no condition)."""
        self.configure_filter(text, **allowed)
        self.beginResetModel()
        self._rows = self._filtered()
        self.endResetModel()
        self.countChanged.emit(len(self._rows), self._n)

    def configure_filter(self, text: str = "", **allowed: Collection[Any] | None) -> None:
        """Set the filter without applying it (the next load applies it)."""
        self._text = text.strip().casefold()
        self._allowed = {k: v for k, v in allowed.items() if v is not None}

    def source_row(self, row: int) -> int:
        return self._rows[row]

    def view_row(self, source_row: int) -> int | None:
        try:
            return self._rows.index(source_row)
        except ValueError:
            return None

    def column(self, column: int) -> Column:
        return self._columns[column]

    @property
    def total(self) -> int:
        return self._n

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = self._sort_cache.get(column)
        if keys is None:
            key = self._columns[column].sort_key
            keys = self._sort_cache[column] = [key(i) for i in range(self._n)]
        return sorted(range(self._n), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _filtered(self) -> list[int]:
        if not self._text and not self._allowed:
            return list(self._order)
        candidates: Sequence[int] = range(self._n)
        if self._text:
            needle, keys = self._text, self._search
            candidates = [i for i in candidates if needle in keys[i]]
        for name, allowed in self._allowed.items():
            values = self._fields[name]
            candidates = [i for i in candidates if values[i] in allowed]
        mask = bytearray(self._n)
        for i in candidates:
            mask[i] = 1
        return [i for i in self._order if mask[i]]

    def _remember_persistent(self) -> list[tuple[QModelIndex, int, int]]:
        return [(QModelIndex(p), self._rows[p.row()], p.column())
                for p in self.persistentIndexList() if p.isValid()]

    def _restore_persistent(self, before: list[tuple[QModelIndex, int, int]]) -> None:
        if not before:
            return
        where = {src: row for row, src in enumerate(self._rows)}
        old, new = [], []
        for idx, src, col in before:
            old.append(idx)
            row = where.get(src)
            new.append(self.index(row, col) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)

