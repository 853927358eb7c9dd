"""A small table model over rows of values (the Network and Plan screens' tables are hundreds of
rows at most): display text per cell, a sort value, a colour and a tooltip per row, and the
object each row stands for."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

R = Qt.ItemDataRole
SORT_ROLE = R.UserRole.value + 1
ITEM_ROLE = R.UserRole.value + 2
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RowsModel(QAbstractTableModel):
    """`cells(item)` gives the values of one row (str, int, float, or None)."""

    def __init__(self, headers: Sequence[str], cells: Callable[[Any], Sequence[Any]],
                 parent: Any = None, *, colour: Callable[[Any], QColor | None] | None = None,
                 tooltip: Callable[[Any], str] | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._cells = cells
        self._colour = colour
        self._tooltip = tooltip
        self.items: list[Any] = []
        self._values: list[Sequence[Any]] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._values = [self._cells(x) for x in self.items]
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = R.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == R.DisplayRole and \
                0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._values[index.row()][index.column()]
        if role == R.DisplayRole:
            if value is None:
                return ""
            if isinstance(value, bool):
                return "✓" if value else ""
            if isinstance(value, int):
                return f"{value:,}"
            if isinstance(value, float):
                return f"{value:,.1f}"
            return str(value)
        if role == SORT_ROLE:
            return value if value is not None else ""
        if role == ITEM_ROLE:
            return self.items[index.row()]
        if role == R.TextAlignmentRole and isinstance(value, int | float) and \
                not isinstance(value, bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == R.ForegroundRole and self._colour is not None:
            return self._colour(self.items[index.row()])
        if role == R.ToolTipRole:
            if self._tooltip is not None:
                return self._tooltip(self.items[index.row()])
            return str(value) if value is not None else None
        return None


def make_view(model: RowsModel, parent: QWidget) -> QTableView:
    """A sortable, read-only table view over `model` (through a sort proxy)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(60)  # sizing never scans every row
    return view


def selected_items(view: QTableView) -> list[Any]:
    """The objects of the selected rows (or of the current row), in view order."""
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    model = view.model()
    return [model.index(r, 0).data(ITEM_ROLE) for r in rows]
