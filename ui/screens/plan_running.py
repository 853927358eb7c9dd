"""The Plan screen's runs (a mixin of PlanScreen): starting a plan or re-plan from today, the
search's objective and bound on the chart and in words while it runs, Cancel, and the note on
the outcome (how long it took, costs the disruption forced, people moved from days past)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.engine.core import Progress
from planner.engine.replan import Change
from planner.engine.service import RunOutcome
from planner.engine.settings import PlanSettings
from ui.dialogs.errors import show_error
from ui.screens.plan_run import RunRequest, SolveRun
from ui.screens.plan_view import PlanData, Shown, number

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QPushButton

    from ui.context import AppContext
    from ui.screens.plan_tabs import PlanTabs
    from ui.widgets.chart import ObjectiveChart


class PlanRunMixin(QWidget):
    """Runs of the engine from the Plan screen; the widgets are PlanScreen's."""

    context: AppContext
    data: PlanData
    run: SolveRun | None
    last_outcome: RunOutcome | None
    selected_id: int | None
    _stale: bool
    _last_progress: Progress | None
    clock: QElapsedTimer
    ticker: QTimer
    chart: ObjectiveChart
    progress_label: QLabel
    time_limit: QDoubleSpinBox
    version_combo: QComboBox
    cancel_button: QPushButton
    tabs: PlanTabs
    runFinished: ClassVar[Signal]

    # implemented by PlanScreen
    def _show(self, shown: Shown | None, note: str = "") -> None:
        raise NotImplementedError

    def _sync(self) -> None:
        raise NotImplementedError

    def _reload_window(self) -> None:
        raise NotImplementedError

    def settings(self) -> PlanSettings:
        """Every run (plan, re-plan, disruption) starts at today (the Overview's day): nothing
        is scheduled on a day already past."""
        return PlanSettings(time_limit=self.time_limit.value(), workers=2,
                            start=self.context.today)

    def start_run(self, replan: bool = False, delayed: tuple[tuple[int, dt.date], ...] = (),
                  reason: str = "") -> SolveRun | None:
        engine = self.context.engine
        if engine is None or (self.run is not None and not self.run.done):
            return None
        base = next((v.id for v in self.data.versions if v.status == "published"), None)
        if replan and base is None:
            QMessageBox.information(self, self.tr("Nothing to re-plan from"), self.tr(
                "There is no published plan yet. Run a plan and publish it first."))
            return None
        request = RunRequest(self.settings(), replan=replan, base_id=base if replan else None,
                             delayed=delayed, reason=reason)
        run = SolveRun(engine, request, self.context.actor or "", self)
        run.progressed.connect(self._progress)
        run.succeeded.connect(self._succeeded)
        run.failed.connect(self._failed)
        run.finished.connect(self._finished)
        self.run = run
        self._last_progress = None
        self.chart.clear(request.settings.time_limit)
        self.progress_label.setText(self.tr("Preparing the model…"))
        self.clock.start()
        self.ticker.start()
        run.start()
        self._sync()
        return run

    def _time_limit_changed(self, seconds: float) -> None:
        """An empty chart (no run yet) shows the time axis of the next run."""
        if not self.chart.points and (self.run is None or self.run.done):
            self.chart.clear(seconds)

    def cancel_run(self) -> None:
        if self.run is not None and not self.run.done:
            self.run.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _progress(self, p: Progress) -> None:
        self._last_progress = p
        self.chart.add(p.elapsed, p.objective, p.bound)

    def _tick(self) -> None:
        if self.run is None or self.run.done:
            return
        secs = self.clock.elapsed() / 1000
        p = self._last_progress
        text = self.tr("Searching… %1 s").replace("%1", f"{secs:.1f}")
        if self.run.cancelled:
            text = self.tr("Cancelling… %1 s").replace("%1", f"{secs:.1f}")
        if p is not None:
            gap = f"{100 * p.gap:.2f} %" if p.gap is not None else "—"
            text += " · " + self.tr("objective %1 · bound %2 · gap %3").replace(
                "%1", number(p.objective)).replace("%2", number(p.bound)).replace("%3", gap)
        self.progress_label.setText(text)

    def _succeeded(self, out: RunOutcome) -> None:
        run = self.run
        assert run is not None
        self.last_outcome = out
        secs = self.clock.elapsed() / 1000
        if run.cancelled:
            note = self.tr("Stopped by you after %1 s; the best plan found so far is kept as "
                           "a draft.").replace("%1", f"{secs:.1f}")
        else:
            note = self.tr("Finished in %1 s.").replace("%1", f"{secs:.1f}")
        forced = out.result.stats.get("forced_change_cost")
        if not self.chart.points and out.result.objective is not None:
            self.chart.add(secs, out.result.objective, out.result.best_bound)
        elif isinstance(forced, int | float) and forced > 0:
            note += " " + self.tr("The chart shows the search; the result adds %1 for moves the "
                                  "disruption forces on every plan.").replace("%1", number(forced))
        self.progress_label.setText(note)
        if self.version_combo.findData(out.plan_id) < 0:
            self.version_combo.insertItem(0, self.tr("Plan %1 — draft").replace(
                "%1", str(out.plan_id)), out.plan_id)
            self.version_combo.setCurrentIndex(0)
        self.selected_id = out.plan_id
        self._show(Shown(out.plan_id, "draft", out.base_id, out.result), note)
        if run.request.replan:
            self.show_changes(out.changes, run.request.reason, out.base_id)
        self._reload_window()
        self._stale = False

    def _failed(self, error: BaseException) -> None:
        self.progress_label.setText(self.tr("The planner stopped with an error."))
        show_error(self, error, self.tr("Planning failed"))

    def _finished(self) -> None:
        self.ticker.stop()
        outcome = self.last_outcome if self.run is not None and self.run.op.error is None \
            else None
        self._sync()
        self.runFinished.emit(outcome)

    def show_changes(self, changes: tuple[Change, ...], reason: str, base: int | None) -> None:
        self.tabs.show_changes(changes, reason, base)
