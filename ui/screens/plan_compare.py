"""Two plan versions side by side: their figures next to each other and exactly which people
moved between them (the engine's `diff`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from planner.engine.replan import Change, diff
from planner.engine.result import PlanResult
from planner.engine.service import finished_people, route_names
from planner.engine.store import load_plan
from planner.queries_network import PlanVersion
from ui.context import AppContext
from ui.dialogs.errors import show_error
from ui.i18n import translate_in
from ui.screens.plan_models import RowsModel, make_view
from ui.screens.plan_view import change_cells, number, version_label
from ui.workers import Operation, TaskState


def tr(text: str) -> str:
    return translate_in("PlanCompare", text)


@dataclass(frozen=True)
class Comparison:
    a: int
    b: int
    result_a: PlanResult
    result_b: PlanResult
    changes: list[Change]


def compare_plans(engine: Engine, a: int, b: int) -> Comparison:
    ra, rb = load_plan(engine, a).result, load_plan(engine, b).result
    return Comparison(a, b, ra, rb, diff(ra.chunks, rb.chunks, route_names(engine),
                                         finished_people(engine)))


def figure_rows(c: Comparison) -> list[tuple[str, str, str, str]]:
    def pct(x: float | None) -> str:
        return f"{100 * x:.2f} %" if x is not None else "—"

    def row(name: str, va: float | None, vb: float | None) -> tuple[str, str, str, str]:
        delta = "" if va is None or vb is None else (
            ("+" if vb - va > 0 else "") + number(vb - va) if vb != va else "=")
        return (name, number(va), number(vb), delta)

    ra, rb = c.result_a, c.result_b
    rows = [
        (tr("Solver status"), ra.status, rb.status, ""),
        row(tr("People scheduled"), ra.scheduled_people, rb.scheduled_people),
        row(tr("Chunks"), len(ra.chunks), len(rb.chunks)),
        row(tr("Flights operated"), len(ra.operated_flights), len(rb.operated_flights)),
        row(tr("People not scheduled"), sum(len(u.people) for u in ra.unscheduled),
            sum(len(u.people) for u in rb.unscheduled)),
        row(tr("Batches not fully scheduled"), len(ra.unscheduled), len(rb.unscheduled)),
        row(tr("Objective"), ra.objective, rb.objective),
        row(tr("Bound"), ra.best_bound, rb.best_bound),
        (tr("Gap"), pct(ra.gap), pct(rb.gap), ""),
    ]
    for key, name in (("weighted_person_days", tr("Days in custody (weighted)")),
                      ("charters_operated", tr("Charters operated")),
                      ("escort_seats", tr("Escort seats")),
                      ("late_person_days", tr("Days late"))):
        rows.append(row(name, ra.terms.get(key), rb.terms.get(key)))
    return rows


class PlanCompare(QWidget):
    compared = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.combo_a = QComboBox(self)
        self.combo_b = QComboBox(self)
        for c in (self.combo_a, self.combo_b):
            c.setMinimumContentsLength(30)
            c.currentIndexChanged.connect(self._selection_changed)
        self.button = QPushButton(self.tr("Co&mpare"), self)
        self.button.clicked.connect(lambda: self.run())
        self.label = QLabel(self.tr("Choose two plan versions."), self)
        self.figures = RowsModel([self.tr("Figure"), "A", "B", self.tr("B − A")],
                                 lambda r: list(r), self)
        self.figures_view = make_view(self.figures, self)
        self.figures_view.setSortingEnabled(False)
        self.changes = RowsModel(
            [self.tr("Batch"), self.tr("Change"), self.tr("People"), self.tr("In A"),
             self.tr("In B")], change_cells, self,
            tooltip=lambda c: f"{c.before or ''}\n{c.after or ''}")
        self.changes_view = make_view(self.changes, self)
        top = QHBoxLayout()
        a_label = QLabel(self.tr("Plan &A:"), self)
        a_label.setBuddy(self.combo_a)
        b_label = QLabel(self.tr("Plan &B:"), self)
        b_label.setBuddy(self.combo_b)
        for w in (a_label, self.combo_a, b_label, self.combo_b, self.button):
            top.addWidget(w)
        top.addStretch(1)
        split = QSplitter(self)
        split.addWidget(self.figures_view)
        split.addWidget(self.changes_view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.label)
        layout.addWidget(split, 1)
        self.op: Operation[Comparison] | None = None
        self.result: Comparison | None = None

    def set_versions(self, versions: list[PlanVersion]) -> None:
        for combo, default in ((self.combo_a, 1), (self.combo_b, 0)):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for v in versions:
                combo.addItem(version_label(v), v.id)
            i = combo.findData(keep)
            combo.setCurrentIndex(i if i >= 0 else min(default, len(versions) - 1))
            combo.blockSignals(False)
        if len(versions) >= 2 and self.combo_a.currentData() == self.combo_b.currentData():
            self.combo_a.setCurrentIndex(1)  # the one before the newest
            self.combo_b.setCurrentIndex(0)
        self.button.setEnabled(len(versions) >= 2)
        self._selection_changed()

    def _selection_changed(self, *_args: Any) -> None:
        """A comparison on screen always matches the two versions chosen."""
        c = self.result
        if c is not None and (c.a, c.b) != (self.combo_a.currentData(),
                                            self.combo_b.currentData()):
            self.result = None
            self.figures.set_items([])
            self.changes.set_items([])
            self.label.setText(self.tr("Press Compare to compare the two versions chosen."))

    def choose(self, a: int, b: int) -> None:
        self.combo_a.setCurrentIndex(self.combo_a.findData(a))
        self.combo_b.setCurrentIndex(self.combo_b.findData(b))

    def run(self) -> Operation[Comparison] | None:
        engine = self.context.engine
        a, b = self.combo_a.currentData(), self.combo_b.currentData()
        if engine is None or not isinstance(a, int) or not isinstance(b, int):
            return None

        def job(_s: TaskState) -> Comparison:
            return compare_plans(engine, a, b)

        op: Operation[Comparison] = Operation(job, self, self.tr("Comparing plans…"))
        op.on_success(self._show).on_failure(lambda e: show_error(self, e))
        self.op = op
        self.button.setEnabled(False)
        op.finished.connect(lambda: self.button.setEnabled(True))
        return op.run(self.context.pools.reader)

    def _show(self, c: Comparison) -> None:
        self.result = c
        people = sum(len(x.people) for x in c.changes)
        self.label.setText(self.tr("Plan %1 (A) against plan %2 (B): %3 changes, %4 people "
                                   "on another itinerary or (un)scheduled.")
                           .replace("%1", str(c.a)).replace("%2", str(c.b))
                           .replace("%3", str(len(c.changes))).replace("%4", str(people)))
        self.figures.set_items(figure_rows(c))
        self.changes.set_items(c.changes)
        self.figures_view.resizeColumnsToContents()
        self.changes_view.resizeColumnsToContents()
        self.compared.emit()

    def current(self) -> Any:
        return self.result
