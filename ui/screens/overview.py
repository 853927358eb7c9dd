"""The Overview screen: where everyone stands, what holds them up, the coming week."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from planner.domain.enums import PersonStatus
from planner.queries_overview import Overview, load_overview
from ui.context import AppContext, Loaded
from ui.widgets.people import status_label

WARN = QColor("#a35a00")
BAD = QColor("#b3261e")


def _load(engine: Engine, on: dt.date) -> Overview:
    return load_overview(engine, on)


class OverviewScreen(QWidget):
    load_extra = staticmethod(_load)
    todayChanged = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today_edit = QDateEdit(self)
        self.today_edit.setCalendarPopup(True)
        self.today_edit.setDisplayFormat("yyyy-MM-dd")
        self.today_edit.setToolTip(self.tr("The day the next 7 days start from; ages and "
                                           "deadlines are judged on it"))
        t = context.today
        self.today_edit.setDate(QDate(t.year, t.month, t.day))
        self.today_edit.dateChanged.connect(self._today_changed)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Today:"), self))
        top.itemAt(0).widget().setBuddy(self.today_edit)  # type: ignore[union-attr]
        top.addWidget(self.today_edit)
        top.addSpacing(16)
        top.addWidget(self.totals, 1)

        statuses = [s for s in PersonStatus]
        self.by_site = self._table([self.tr("Site"), *(status_label(s) for s in statuses),
                                    self.tr("Held / capacity")])
        self.bottlenecks = self._table([self.tr("Site"), self.tr("Identity verification"),
                                        self.tr("Travel document"), self.tr("Exit clearance"),
                                        self.tr("Fit to travel")])
        self.days = self._table([self.tr("Day"), self.tr("Flights"), self.tr("Confirmed"),
                                 self.tr("Seats for detainees"), self.tr("Handovers")])
        self.deadlines = self._table([self.tr("Batch"), self.tr("Site"),
                                      self.tr("Legal deadline"), self.tr("People"),
                                      self.tr("Not ready")])
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid = QGridLayout()
        grid.addWidget(self._box(self.tr("People by status and site"), self.by_site), 0, 0, 1, 2)
        grid.addWidget(self._box(self.tr("Waiting for each readiness step (active people)"),
                                 self.bottlenecks), 1, 0)
        grid.addWidget(self._box(self.tr("Next 7 days"), self.days), 1, 1)
        grid.addWidget(self._box(self.tr("Batches with a legal deadline within 7 days"),
                                 self.deadlines), 2, 0)
        grid.addWidget(self._box(self.tr("Capacity and deadline warnings"), self.warnings), 2, 1)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.overview: Overview | None = None

    def _table(self, headers: Sequence[str]) -> QTreeWidget:
        t = QTreeWidget(self)
        t.setRootIsDecorated(False)
        t.setHeaderLabels(list(headers))
        t.setAlternatingRowColors(True)
        t.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        t.setMinimumHeight(170)
        t.setTextElideMode(Qt.TextElideMode.ElideNone)
        return t

    @staticmethod
    def _fit(tree: QTreeWidget, all_rows: bool = False) -> None:
        """Columns as wide as their text plus room to breathe (CJK text included); with
        `all_rows`, tall enough to show every row without scrolling (up to 20)."""
        for c in range(tree.columnCount()):
            tree.resizeColumnToContents(c)
            tree.setColumnWidth(c, tree.columnWidth(c) + 14)
        if all_rows and tree.topLevelItemCount():
            rows = min(tree.topLevelItemCount(), 20)
            height = tree.sizeHintForRow(0) * rows + tree.header().sizeHint().height() + 8
            tree.setMinimumHeight(max(170, height))

    def _box(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _today_changed(self, d: QDate) -> None:
        self.context.on = dt.date(d.year(), d.month(), d.day())
        self.todayChanged.emit(self.context.on)

    # -- screen protocol --------------------------------------------------------------------

    def set_loaded(self, loaded: Loaded) -> None:
        ov = loaded.extra.get("overview")
        if not isinstance(ov, Overview):
            return
        self.overview = ov
        loc = QLocale()
        self.today_edit.blockSignals(True)
        self.today_edit.setDate(QDate(ov.today.year, ov.today.month, ov.today.day))
        self.today_edit.blockSignals(False)
        active = sum(s.active for s in ov.sites)
        self.totals.setText(
            self.tr("<b>%1</b> people held now · <b>%2</b> cleared to travel · <b>%3</b> "
                    "scheduled · <b>%4</b> handed over")
            .replace("%1", loc.toString(active))
            .replace("%2", loc.toString(ov.total(PersonStatus.CLEARED.value)))
            .replace("%3", loc.toString(ov.total(PersonStatus.SCHEDULED.value)))
            .replace("%4", loc.toString(ov.total(PersonStatus.HANDED_OVER.value))))
        self.by_site.clear()
        for s in ov.sites:
            cap = f"{s.active:,} / {s.capacity:,}" if s.capacity else f"{s.active:,}"
            item = QTreeWidgetItem(self.by_site, [s.site, *(
                f"{s.by_status.get(st.value, 0):,}" for st in PersonStatus), cap])
            if s.capacity and s.active > s.capacity:
                item.setForeground(len(PersonStatus) + 1, BAD)
        self.bottlenecks.clear()
        for s in ov.sites:
            item = QTreeWidgetItem(self.bottlenecks, [s.site, *(f"{w:,}" for w in s.waiting)])
            worst = max(range(len(s.waiting)), key=lambda i: s.waiting[i])
            if s.waiting[worst]:
                item.setForeground(worst + 1, WARN)
        self.days.clear()
        self.days.setColumnHidden(4, not ov.has_plan)
        short = QLocale.FormatType.ShortFormat
        for d in ov.days:
            QTreeWidgetItem(self.days, [
                f"{d.day.isoformat()} {loc.dayName(d.day.isoweekday(), short)}",
                f"{d.flights}", f"{d.confirmed}", f"{d.seats_for_detainees:,}",
                "" if d.handovers is None else f"{d.handovers:,}"])
        self.deadlines.clear()
        for r in ov.deadlines:
            item = QTreeWidgetItem(self.deadlines, [r.ref, r.site, r.deadline.isoformat(),
                                                    f"{r.people:,}", f"{r.not_ready:,}"])
            if r.deadline < ov.today or r.not_ready:
                item.setForeground(2, BAD if r.deadline < ov.today else WARN)
        if not ov.deadlines:
            item = QTreeWidgetItem(self.deadlines, [self.tr("No batch is due within 7 days.")])
            item.setFirstColumnSpanned(True)
            item.setDisabled(True)
        self._fit(self.by_site, all_rows=True)
        self._fit(self.bottlenecks, all_rows=True)
        self._fit(self.days)
        self._fit(self.deadlines)
        if ov.warnings:
            self.warnings.setText("<ul>" + "".join(f"<li>{self._warning(k, v)}</li>"
                                                   for k, v in ov.warnings[:40])
                                  + "</ul>" + (self.tr("… and %1 more").replace(
                                      "%1", str(len(ov.warnings) - 40))
                                      if len(ov.warnings) > 40 else ""))
        else:
            self.warnings.setText(self.tr("No warnings."))

    def _warning(self, kind: str, values: tuple[str, ...]) -> str:
        texts = {
            "over_capacity": self.tr("%1: %2 people held, capacity %3"),
            "deadline_passed": self.tr("batch %1: legal deadline %2 has passed"),
            "not_ready": self.tr("batch %1: %2 of %3 people not ready, deadline %4"),
        }
        text = texts.get(kind, kind)
        for i, v in enumerate(values, start=1):
            text = text.replace(f"%{i}", html.escape(v))
        return text

    def focus_widget(self) -> QWidget:
        return self.today_edit


def create(context: AppContext, parent: QWidget) -> OverviewScreen:
    return OverviewScreen(context, parent)
