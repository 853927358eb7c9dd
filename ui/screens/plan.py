"""The Plan screen: run the engine with a live chart of objective and bound (Cancel honoured
within a second), the result (status, objective by term, bound, gap), a timeline of crossings and
flights by day against capacity, chunks with pin/unpin, unscheduled batches with their reasons,
disruptions that re-plan from the published plan and show what changed, publish, compare.
Starting a run and following it are in `ui.screens.plan_running` (a mixin)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.engine.core import Progress
from planner.engine.result import Chunk, Unscheduled
from planner.engine.service import RunOutcome
from planner.engine.store import publish
from planner.queries_network import timeline
from ui.context import AppContext, Loaded
from ui.dialogs.errors import show_error
from ui.screens.plan_actions import DisruptionActions
from ui.screens.plan_models import selected_items
from ui.screens.plan_run import SolveRun
from ui.screens.plan_running import PlanRunMixin
from ui.screens.plan_tabs import PlanTabs
from ui.screens.plan_view import (
    PinCommand,
    PlanData,
    Shown,
    load_plan_data,
    read_plan,
    summary_html,
    version_label,
)
from ui.widgets.chart import ObjectiveChart
from ui.workers import Operation, TaskState

log = logging.getLogger(__name__)


class PlanScreen(PlanRunMixin):
    load_extra = staticmethod(load_plan_data)
    #: a run (plan or re-plan) finished: its outcome, or None when it failed
    runFinished = Signal(object)
    #: the plan shown changed (after a run, a choice of version, or a reload)
    shownChanged = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data = PlanData()
        self.shown: Shown | None = None
        self.selected_id: int | None = None
        self.run: SolveRun | None = None
        self.load_op: Operation[Shown] | None = None
        self.publish_op: Operation[int] | None = None
        self.last_outcome: RunOutcome | None = None
        self._stale = False

        self.version_combo = QComboBox(self)
        self.version_combo.setMinimumContentsLength(34)
        self.version_combo.setToolTip(self.tr("The plan version shown"))
        self.version_combo.activated.connect(self._version_chosen)
        self.time_limit = QDoubleSpinBox(self)
        self.time_limit.setRange(1, 3600)
        self.time_limit.setDecimals(0)
        self.time_limit.setValue(30)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setToolTip(self.tr("How long the optimiser may search"))
        self.run_button = QPushButton(self.tr("&Run plan"), self)
        self.run_button.setToolTip(self.tr("Make a new plan for everyone ready (a draft)"))
        self.run_button.clicked.connect(lambda: self.start_run())
        self.replan_button = QPushButton(self.tr("Re-&plan"), self)
        self.replan_button.setToolTip(self.tr(
            "Re-plan from the published plan, moving only what must move"))
        self.replan_button.clicked.connect(lambda: self.start_run(replan=True))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop the search; the best plan found so far is "
                                              "kept as a draft (Esc)"))
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_button.clicked.connect(self.cancel_run)
        self.actions_ = DisruptionActions(self)
        self.disrupt_button = QPushButton(self.tr("&Disruption"), self)
        menu = QMenu(self.disrupt_button)
        menu.addActions(self.actions_.actions())
        self.disrupt_button.setMenu(menu)
        self.publish_button = QPushButton(self.tr("P&ublish"), self)
        self.publish_button.setToolTip(self.tr(
            "Publish the plan shown: people in it become scheduled"))
        self.publish_button.clicked.connect(lambda: self.publish_shown())
        self.progress_label = QLabel(self)
        self.progress_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress_label.setWordWrap(True)

        bar = QHBoxLayout()
        plan_label = QLabel(self.tr("P&lan:"), self)
        plan_label.setBuddy(self.version_combo)
        limit_label = QLabel(self.tr("&Time limit:"), self)
        limit_label.setBuddy(self.time_limit)
        widgets: tuple[QWidget, ...] = (plan_label, self.version_combo, self.publish_button)
        for w in widgets:
            bar.addWidget(w)
        bar.addSpacing(16)
        widgets = (limit_label, self.time_limit, self.run_button, self.replan_button,
                   self.cancel_button, self.disrupt_button)
        for w in widgets:
            bar.addWidget(w)
        bar.addStretch(1)

        self.chart = ObjectiveChart(self)
        self.chart.clear(self.time_limit.value())
        self.time_limit.valueChanged.connect(self._time_limit_changed)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setMinimumWidth(300)
        chart_box = QGroupBox(self.tr("Search: objective and bound"), self)
        cl = QVBoxLayout(chart_box)
        cl.addWidget(self.chart, 1)
        cl.addWidget(self.progress_label)
        summary_box = QGroupBox(self.tr("Result"), self)
        scroll = QScrollArea(summary_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.summary)
        QVBoxLayout(summary_box).addWidget(scroll)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(chart_box)
        top.addWidget(summary_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)

        self.tabs = PlanTabs(context, lambda: self.data.network, self)
        t = self.tabs
        self.gantt, self.compare = t.gantt, t.compare
        self.chunk_model, self.chunk_view = t.chunk_model, t.chunk_view
        self.unscheduled_model, self.unscheduled_view = t.unscheduled_model, t.unscheduled_view
        self.change_model, self.change_view = t.change_model, t.change_view
        self.changes_label, self.pin_button, self.unpin_button = \
            t.changes_label, t.pin_button, t.unpin_button
        self.pin_button.clicked.connect(lambda: self.pin_selected(True))
        self.unpin_button.clicked.connect(lambda: self.pin_selected(False))

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.clock = QElapsedTimer()
        self.ticker = QTimer(self)
        self.ticker.setInterval(200)
        self.ticker.timeout.connect(self._tick)
        self._last_progress: Progress | None = None
        self._show(None)
        self._sync()

    # -- screen protocol --------------------------------------------------------------------

    def set_loaded(self, loaded: Loaded) -> None:
        data = loaded.extra.get("plan")
        if not isinstance(data, PlanData):
            return
        self.data = data
        self.compare.set_versions(data.versions)
        ids = [v.id for v in data.versions]
        if self.selected_id not in ids:
            self.selected_id = next((v.id for v in data.versions if v.status == "published"),
                                    ids[0] if ids else None)
            self._stale = True
        self._fill_versions()  # after the choice: the list names the plan shown
        if self.selected_id is None:
            self._show(None)
        elif self._stale or self.shown is None or self.shown.id != self.selected_id:
            self.load_version(self.selected_id)
        else:
            self._show(self.shown)
        self._sync()

    def focus_widget(self) -> QWidget:
        return self.run_button

    def save_layout(self) -> None:
        """Called when the window closes: stop a solve that is still running."""
        if self.run is not None and not self.run.done:
            self.run.cancel()

    def actions_for_menu(self) -> list[QAction]:
        return self.actions_.actions()

    # -- plan versions ----------------------------------------------------------------------

    def _fill_versions(self) -> None:
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for v in self.data.versions:
            self.version_combo.addItem(version_label(v), v.id)
        i = self.version_combo.findData(self.selected_id)
        self.version_combo.setCurrentIndex(max(i, 0) if self.data.versions else -1)
        self.version_combo.blockSignals(False)

    def _version_chosen(self, index: int) -> None:
        plan_id = self.version_combo.itemData(index)
        if not isinstance(plan_id, int):
            return
        on_screen = self.shown is not None and self.shown.id == plan_id and not self._stale
        if plan_id == self.selected_id and (on_screen or self._loading()):
            return  # shown already, or on its way
        self.selected_id = plan_id  # a plan still being read is dropped when it arrives
        if not on_screen:
            self.load_version(plan_id)

    def _loading(self) -> bool:
        return self.load_op is not None and not self.load_op.done

    def has_published(self) -> bool:
        """Whether a published plan exists (a re-plan needs one)."""
        return any(v.status == "published" for v in self.data.versions)

    def load_version(self, plan_id: int) -> Operation[Shown] | None:
        """Read one stored plan on the reader thread, then show it."""
        engine = self.context.engine
        if engine is None:
            return None

        def job(_s: TaskState) -> Shown:
            return read_plan(engine, plan_id)

        def done(shown: Shown) -> None:
            if shown.id == self.selected_id:
                self._stale = False
                self._show(shown)

        op: Operation[Shown] = Operation(job, self, self.tr("Reading plan %1…").replace(
            "%1", str(plan_id)))
        op.on_success(done).on_failure(lambda e: show_error(self, e))
        self.load_op = op
        return op.run(self.context.pools.reader)

    def _show(self, shown: Shown | None, note: str = "") -> None:
        self.shown = shown
        if shown is None:
            self.summary.setText(self.tr(
                "<p>No plan yet.</p><p>Press <b>Run plan</b> to let the optimiser plan "
                "everyone who is ready; the plan is kept as a draft until you publish it.</p>"))
            self.chunk_model.set_items([])
            self.unscheduled_model.set_items([])
            today = self.context.today
            self.gantt.set_rows([], today, today + dt.timedelta(days=13), self.tr(
                "No plan yet: crossings and flights by day appear here after a run."))
        else:
            r = shown.result
            violations = (len(self.last_outcome.violations) if self.last_outcome is not None
                          and self.last_outcome.plan_id == shown.id else None)
            self.summary.setText(summary_html(shown, violations, note))
            self.chunk_model.set_items(list(r.chunks))
            self.unscheduled_model.set_items(list(r.unscheduled))
            self.gantt.set_rows(timeline(r, self.data.network), r.start, r.end)
            self.chunk_view.resizeColumnsToContents()
            self.unscheduled_view.resizeColumnToContents(0)
            self.tabs.setTabText(2, self.tr("Unscheduled (%1)").replace(
                "%1", str(len(r.unscheduled))))
        self._sync()
        self.shownChanged.emit()

    def _sync(self) -> None:
        running = self.run is not None and not self.run.done
        has_db = self.context.engine is not None
        published = self.has_published()
        self.run_button.setEnabled(has_db and not running)
        self.replan_button.setEnabled(has_db and not running and published)
        self.cancel_button.setEnabled(running)
        self.disrupt_button.setEnabled(has_db and not running)
        self.actions_.set_enabled(has_db and not running, published)
        self.publish_button.setEnabled(has_db and not running and self.shown is not None
                                       and self.shown.status == "draft")
        can_pin = has_db and not running and self.shown is not None and \
            self.shown.status != "superseded"
        self.pin_button.setEnabled(can_pin)
        self.unpin_button.setEnabled(can_pin)
        self.version_combo.setEnabled(not running)

    def _reload_window(self) -> None:
        self._stale = True
        reload = getattr(self.window(), "reload", None)
        if callable(reload):
            reload()
        elif self.selected_id is not None:
            self.load_version(self.selected_id)

    # -- pin, publish -----------------------------------------------------------------------

    def pin_selected(self, pinned: bool) -> Operation[Any] | None:
        if self.shown is None:
            return None
        chunks: list[Chunk] = [c for c in selected_items(self.chunk_view) if c is not None]
        refs = sorted({c.batch_ref for c in chunks if c.pinned != pinned})
        if not refs:
            return None
        op = self.context.edits.push(PinCommand(self.shown.id, refs, pinned))
        if op is not None:
            self._stale = True
        return op

    def publish_shown(self, confirm: bool = True) -> Operation[int] | None:
        engine, shown = self.context.engine, self.shown
        if engine is None or shown is None or shown.status != "draft":
            return None
        if confirm and QMessageBox.question(
                self, self.tr("Publish plan"),
                self.tr("Publish plan %1? The plan published now is superseded, and people in "
                        "this plan are marked scheduled.").replace("%1", str(shown.id))
        ) != QMessageBox.StandardButton.Yes:
            return None
        actor, plan_id = self.context.actor or "", shown.id

        def job(_s: TaskState) -> int:
            return publish(engine, plan_id, actor)

        def done(n: int) -> None:
            self.progress_label.setText(self.tr("Plan %1 published; %2 status changes "
                                                "recorded.").replace("%1", str(plan_id))
                                        .replace("%2", str(n)))
            self._reload_window()

        op: Operation[int] = Operation(job, self, self.tr("Publishing…"))
        op.on_success(done).on_failure(lambda e: show_error(self, e))
        self.publish_op = op
        return op.run(self.context.pools.writer)

    def unscheduled(self) -> list[Unscheduled]:
        return list(self.unscheduled_model.items)


def create(context: AppContext, parent: QWidget) -> PlanScreen:
    return PlanScreen(context, parent)
