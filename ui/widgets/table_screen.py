"""A screen made of a filter bar over a sortable table, with a "shown of total" count."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.queries import Snapshot
from ui import settings as keys
from ui.table_models import ColumnarTableModel
from ui.widgets.badges import BadgeDelegate

_NOUNS = (QT_TRANSLATE_NOOP("Nouns", "people"), QT_TRANSLATE_NOOP("Nouns", "person"),
          QT_TRANSLATE_NOOP("Nouns", "batches"), QT_TRANSLATE_NOOP("Nouns", "batch"),
          QT_TRANSLATE_NOOP("Nouns", "rows"), QT_TRANSLATE_NOOP("Nouns", "row"))

#: A choice of a combo filter: its label and the values it lets through (None = all).
Choice = tuple[str, Collection[Any] | None]

MAX_AUTO_WIDTH = 160  # a column narrowed to fit no further than this
MAX_BADGE_WIDTH = 420
AUTOSIZE_ROWS = 200
AUTOSIZE_SPREAD = 1000  # rows sampled evenly across the table when sizing columns


def count_text(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


class TableScreen(QWidget):
    """Base of the People and Batches screens. Subclasses set `noun`, `noun_one` and
    `empty_text`, add combo filters with `add_choice_filter`, and fill the model in
    `set_snapshot`."""

    #: QSettings group for this screen's column layout ("" = not remembered)
    settings_key = ""
    noun = "rows"
    noun_one = "row"
    empty_text = "Nothing here yet."
    #: put the combo filters on a row of their own, under the text filter
    filters_below = False

    def __init__(self, model: ColumnarTableModel, placeholder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._choices: dict[str, QComboBox] = {}
        self._sized = False
        self._autosize_pending = False

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(f"Filter {self.noun}")
        self.filter_edit.textChanged.connect(self.apply_filters)

        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vh = self.view.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.view.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setStretchLastSection(True)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setSectionsMovable(True)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._header_menu)

        self.empty_label = QLabel(self.empty_text, self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        self.bar = QHBoxLayout()
        self.bar.addWidget(self.filter_edit, 3)
        self.bar.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(self.bar)
        self.filters = QHBoxLayout()
        if self.filters_below:
            self.filters.addStretch(1)
            layout.addLayout(self.filters)
        layout.addWidget(self.stack, 1)

        model.countChanged.connect(self._show_count)
        self._show_count(0, 0)

    # -- building ---------------------------------------------------------------------------

    def add_choice_filter(self, name: str, label: str, choices: Sequence[Choice]) -> QComboBox:
        """A combo box that limits field `name` of the model to the chosen values."""
        combo = QComboBox(self)
        combo.setAccessibleName(label)
        combo.setToolTip(label)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumWidth(72)  # as wide as its text when there is room; narrower if not
        self._fill(combo, choices)
        combo.currentIndexChanged.connect(self.apply_filters)
        self._choices[name] = combo
        if self.filters_below:
            self.filters.insertWidget(self.filters.count() - 1, combo)
        else:
            self.bar.insertWidget(self.bar.count() - 1, combo)
        self._fix_tab_order()
        return combo

    def set_choices(self, name: str, choices: Sequence[Choice]) -> None:
        """Replace a combo's choices, keeping the current one when it still exists."""
        combo = self._choices[name]
        current = combo.currentText()
        combo.blockSignals(True)
        self._fill(combo, choices)
        i = combo.findText(current)
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(False)

    @staticmethod
    def _fill(combo: QComboBox, choices: Sequence[Choice]) -> None:
        combo.clear()
        for text, allowed in choices:
            combo.addItem(text, allowed)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.filter_edit, *self._choices.values(), self.view]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    # -- behaviour --------------------------------------------------------------------------

    def set_snapshot(self, snapshot: Snapshot) -> None:
        raise NotImplementedError

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def apply_filters(self) -> None:
        current = self.view.currentIndex()
        src = self.model.source_row(current.row()) if current.isValid() else None
        self.model.set_filter(self.filter_edit.text(), **self.allowed_values())
        if src is not None:
            row = self.model.view_row(src)
            if row is not None:
                idx = self.model.index(row, current.column())
                self.view.selectionModel().setCurrentIndex(
                    idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(idx)

    def load_keeping_selection(self, keys: Sequence[Any], load: Any) -> None:
        """Run `load()` (which resets the model) and select again the rows whose key (e.g. the
        database id; `keys[source_row]`) was selected before, keeping the current one."""
        old = getattr(self, "_row_keys", ())
        sel = self.view.selectionModel()
        chosen = {old[self.model.source_row(i.row())] for i in sel.selectedRows()} if old else set()
        cur = self.view.currentIndex()
        current = old[self.model.source_row(cur.row())] if old and cur.isValid() else None
        load()
        self._row_keys = keys
        if not chosen and current is None:
            return
        where = {k: i for i, k in enumerate(keys)}
        flags = QItemSelectionModel.SelectionFlag
        for key in chosen:
            row = self.model.view_row(where[key]) if key in where else None
            if row is not None:
                sel.select(self.model.index(row, 0), flags.Select | flags.Rows)
        row = self.model.view_row(where[current]) if current in where else None
        if row is not None:
            sel.setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)

    def allowed_values(self) -> dict[str, Collection[Any] | None]:
        return {name: combo.currentData() for name, combo in self._choices.items()}

    def _after_load(self) -> None:
        """Show the empty state or the table; size columns to their contents once."""
        empty = self.model.total == 0
        self.stack.setCurrentWidget(self.empty_label if empty else self.view)
        for widget in (self.filter_edit, *self._choices.values()):
            widget.setEnabled(not empty)
        if not empty and not self._sized:
            self._sized = True
            if not self.restore_layout():
                self._autosize_pending = True  # widths depend on the room the view gets
                self._autosize_if_visible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._autosize_if_visible()

    def _autosize_if_visible(self) -> None:
        if self._autosize_pending and self.isVisible():
            self._autosize_pending = False
            self.autosize_columns()

    # -- column layout ----------------------------------------------------------------------

    def _titles(self) -> str:
        return "|".join(str(self.model.headerData(c, Qt.Orientation.Horizontal))
                        for c in range(self.model.columnCount()))

    def save_layout(self) -> None:
        """Remember column widths, order, hidden columns and sorting (once sized)."""
        if not self.settings_key or not self._sized or self._autosize_pending:
            return
        s = QSettings()
        s.setValue(keys.screen_key(self.settings_key, "header"),
                   self.view.horizontalHeader().saveState())
        s.setValue(keys.screen_key(self.settings_key, "columns"), self._titles())

    def restore_layout(self) -> bool:
        """Restore the remembered layout if it was saved for the same columns."""
        if not self.settings_key:
            return False
        s = QSettings()
        state = s.value(keys.screen_key(self.settings_key, "header"))
        titles = s.value(keys.screen_key(self.settings_key, "columns"))
        hh = self.view.horizontalHeader()
        if not isinstance(state, QByteArray) or titles != self._titles() \
                or not hh.restoreState(state):
            return False
        self.view.sortByColumn(hh.sortIndicatorSection(), hh.sortIndicatorOrder())
        return True

    def _header_menu(self, pos: QPoint) -> None:
        """Right-click on the header: show or hide columns."""
        hh = self.view.horizontalHeader()
        menu = QMenu(self)
        shown = [c for c in range(self.model.columnCount()) if not hh.isSectionHidden(c)]
        for c in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(c, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(c in shown)
            action.setEnabled(not (c in shown and len(shown) == 1))  # keep one column
            action.toggled.connect(lambda on, c=c: hh.setSectionHidden(c, not on))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("TableScreen", "Fit columns to contents"),
                       self.autosize_columns)
        menu.exec(hh.mapToGlobal(pos))

    def autosize_columns(self) -> None:
        """Fit each column to its widest text in a sample spread over the whole table (the
        view's own sizing only reads the first rows, which often share one site's codes).
        When that is wider than the view, the widest text columns give up room (down to
        MAX_AUTO_WIDTH; their text is elided) before a horizontal scroll bar is needed."""
        model, hh = self.model, self.view.horizontalHeader()
        n = model.total
        sample = sorted(set(range(min(n, AUTOSIZE_ROWS)))
                        | set(range(0, n, max(1, n // AUTOSIZE_SPREAD))))
        fm = self.view.fontMetrics()
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        pad = 2 * margin + 6
        text_columns: dict[int, int] = {}
        badge_width = 0
        for c in range(model.columnCount()):
            width = self._fit_badges(c)
            if width is not None:
                badge_width += width
                continue
            display = model.column(c).display
            widest = max((fm.horizontalAdvance(display(i)) for i in sample), default=0)
            text_columns[c] = max(widest + pad, hh.sectionSizeHint(c))
        room = self.view.viewport().width() - 4
        vbar = self.view.verticalScrollBar()
        rows_height = model.rowCount() * self.view.verticalHeader().defaultSectionSize()
        if not vbar.isVisible() and rows_height > self.view.viewport().height():
            room -= self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        overflow = badge_width + sum(text_columns.values()) - room
        for c in sorted(text_columns, key=text_columns.__getitem__, reverse=True):
            if overflow <= 0:
                break
            cut = min(overflow, max(text_columns[c] - MAX_AUTO_WIDTH, 0))
            text_columns[c] -= cut
            overflow -= cut
        for c, width in text_columns.items():
            hh.resizeSection(c, width)

    def _fit_badges(self, c: int) -> int | None:
        """Badge columns are as wide as the widest set of badges in the whole table, not
        just in the rows the view sampled. Returns that width, or None for other columns."""
        delegate = self.view.itemDelegateForColumn(c)
        badges = self.model.column(c).badges
        if not isinstance(delegate, BadgeDelegate) or badges is None:
            return None
        option = QStyleOptionViewItem()
        option.initFrom(self.view)
        widest = max((delegate.width_for(option, b)
                      for b in {badges(i) for i in range(self.model.total)}), default=0)
        hh = self.view.horizontalHeader()
        width = max(hh.sectionSizeHint(c), min(widest, MAX_BADGE_WIDTH))
        hh.resizeSection(c, width)
        return width

    def _show_count(self, shown: int, total: int) -> None:
        noun = QCoreApplication.translate("Nouns", self.noun_one if total == 1 else self.noun)
        text = (QCoreApplication.translate("TableScreen", "%1 %2") if shown == total else
                QCoreApplication.translate("TableScreen", "%3 of %1 %2"))
        self.count_label.setText(text.replace("%1", f"{total:,}").replace("%2", noun)
                                 .replace("%3", f"{shown:,}"))
