"""The lower half of the Plan screen: the timeline, the chunks (with pin/unpin buttons), the
unscheduled batches with their reasons, the changes of the last re-plan, and the comparison."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.engine.replan import Change
from planner.queries_network import NetworkData
from ui.context import AppContext
from ui.screens.plan_compare import PlanCompare
from ui.screens.plan_models import RowsModel, make_view
from ui.screens.plan_view import change_cells, chunk_cells
from ui.widgets.gantt import GanttView

PINNED = QColor("#1f6fb5")


class PlanTabs(QTabWidget):
    def __init__(self, context: AppContext, network: Callable[[], NetworkData],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gantt = GanttView(self)
        self.addTab(self._with_legend(self.gantt), self.tr("Timeline"))
        self.chunk_model = RowsModel(
            [self.tr("Batch"), self.tr("People"), self.tr("Leaves"), self.tr("Arrives"),
             self.tr("Route"), self.tr("Receiving point"), self.tr("Pinned")],
            lambda ch: chunk_cells(ch, network()), self,
            colour=lambda ch: PINNED if ch.pinned else None)
        self.chunk_view = make_view(self.chunk_model, self)
        self.pin_button = QPushButton(self.tr("Pi&n"), self)
        self.pin_button.setToolTip(self.tr("Keep the selected chunks as they are when "
                                           "re-planning"))
        self.unpin_button = QPushButton(self.tr("Un&pin"), self)
        chunks = QWidget(self)
        lay = QVBoxLayout(chunks)
        row = QHBoxLayout()
        row.addWidget(self.pin_button)
        row.addWidget(self.unpin_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.chunk_view)
        self.addTab(chunks, self.tr("Chunks"))
        self.unscheduled_model = RowsModel(
            [self.tr("Batch"), self.tr("People"), self.tr("Reasons")],
            lambda u: [u.batch_ref, len(u.people), "; ".join(u.reasons)], self,
            tooltip=lambda u: "\n".join(u.reasons))
        self.unscheduled_view = make_view(self.unscheduled_model, self)
        self.addTab(self.unscheduled_view, self.tr("Unscheduled"))
        self.change_model = RowsModel(
            [self.tr("Batch"), self.tr("Change"), self.tr("People"), self.tr("Before"),
             self.tr("After")], change_cells, self,
            tooltip=lambda c: f"{c.before or ''}\n{c.after or ''}")
        self.change_view = make_view(self.change_model, self)
        self.changes_label = QLabel(self.tr("Changes appear here after a re-plan."), self)
        self.changes_label.setWordWrap(True)
        changes = QWidget(self)
        cl2 = QVBoxLayout(changes)
        cl2.addWidget(self.changes_label)
        cl2.addWidget(self.change_view)
        self.addTab(changes, self.tr("Changes"))
        self.compare = PlanCompare(context, self)
        self.addTab(self.compare, self.tr("Compare"))

    def _with_legend(self, view: QWidget) -> QWidget:
        box = QWidget(self)
        lay = QVBoxLayout(box)
        legend = QLabel(self.tr(
            "Each day's bar: people handed over (crossings) or detainees flown (flights) "
            "against capacity — <span style='color:#3d8f58'>■</span> under 50 % "
            "<span style='color:#7cae3e'>■</span> under 80 % "
            "<span style='color:#e08e0b'>■</span> under 100 % "
            "<span style='color:#c0392b'>■</span> full · hatched: closed or cancelled. "
            "Hover a bar for the numbers."), box)
        legend.setWordWrap(True)
        lay.addWidget(legend)
        lay.addWidget(view, 1)
        return box

    def show_changes(self, changes: tuple[Change, ...], reason: str, base: int | None) -> None:
        people = sum(len(c.people) for c in changes)
        head = self.tr("Re-planned from plan %1").replace("%1", str(base))
        if reason:
            head += self.tr(" after: %1").replace("%1", reason)
        body = (self.tr("Nothing had to change.") if not changes else
                self.tr("%1 changes, %2 people affected.").replace("%1", str(len(changes)))
                .replace("%2", str(people)))
        self.changes_label.setText(f"<b>{head}</b> — {body}")
        self.change_model.set_items(list(changes))
        self.change_view.resizeColumnsToContents()
        self.setTabText(3, self.tr("Changes (%1)").replace("%1", str(len(changes))))
        self.setCurrentIndex(3)
