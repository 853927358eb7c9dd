"""Disruptions on the Plan screen: cancel a flight, close a crossing for some days, delay a
batch. Each is an edit on the undo stack (the delay needs none: it only shapes the run), then a
re-plan from the published plan, whose changes the screen lists. Without a published plan there
is nothing to re-plan: the flight or closure is saved and the next plan respects it (a delay,
which only shapes a re-plan, is then not offered)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from planner.domain.enums import FlightStatus
from ui.screens.network_commands import CloseCrossingCommand, FlightStatusCommand
from ui.screens.plan_dialogs import ChoiceDialog
from ui.workers import Operation

if TYPE_CHECKING:
    from ui.screens.plan import PlanScreen


class DisruptionActions(QObject):
    def __init__(self, screen: PlanScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.cancel_flight_action = QAction(self.tr("Cancel a &flight…"), screen)
        self.cancel_flight_action.triggered.connect(lambda: self.ask_cancel_flight())
        self.close_crossing_action = QAction(self.tr("&Close a crossing for some days…"),
                                             screen)
        self.close_crossing_action.triggered.connect(lambda: self.ask_close_crossing())
        self.delay_action = QAction(self.tr("&Delay a batch…"), screen)
        self.delay_action.triggered.connect(lambda: self.ask_delay_batch())
        self.dialog: ChoiceDialog | None = None

    def actions(self) -> list[QAction]:
        return [self.cancel_flight_action, self.close_crossing_action, self.delay_action]

    def set_enabled(self, on: bool, published: bool = True) -> None:
        for a in self.actions():
            a.setEnabled(on)
        self.delay_action.setEnabled(on and published)
        self.delay_action.setStatusTip(self.tr(
            "Re-plan the published plan with a batch held back") if published else self.tr(
            "Needs a published plan: a delay only shapes a re-plan"))

    def _published(self) -> bool:
        return self.screen.has_published()

    def _after_edit(self, what: str) -> None:
        """The edit is saved: re-plan from the published plan, or say that the next plan will
        respect it when there is none to re-plan."""
        if self._published():
            self.screen.start_run(replan=True, reason=what)
        else:
            self.screen.progress_label.setText(self.tr(
                "%1: saved. There is no published plan to re-plan; the next plan respects "
                "it.").replace("%1", what[:1].upper() + what[1:]))

    def _first_day(self) -> dt.date:
        s = self.screen.shown
        return max(self.screen.context.today, s.result.start) if s else self.screen.context.today

    def _open(self, dialog: ChoiceDialog, then: Any) -> ChoiceDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: then(dialog))
        dialog.open()
        return dialog

    # -- cancel a flight --------------------------------------------------------------------

    def ask_cancel_flight(self) -> ChoiceDialog:
        net, shown = self.screen.data.network, self.screen.shown
        used = set(shown.result.operated_flights) if shown else set()
        start = self._first_day()
        flights = [f for f in net.flights if f.status != "cancelled"
                   and f.departure.date() >= start]
        flights.sort(key=lambda f: (f.id not in used, f.departure))
        choices = [(f"{f.number} {f.departure:%Y-%m-%d %H:%M} {net.code(f.origin)} → "
                    f"{net.code(f.destination)}" + (self.tr(" (in the plan)") if f.id in used
                                                    else ""), f.id) for f in flights]
        if self._published():
            intro = self.tr("The flight is marked cancelled (undo restores it), then the "
                            "published plan is re-planned and the changes are listed.")
            ok = self.tr("Cancel flight and re-plan")
        else:
            intro = self.tr("The flight is marked cancelled (undo restores it). There is no "
                            "published plan to re-plan; the next plan will not use it.")
            ok = self.tr("Cancel flight")
        dialog = ChoiceDialog(self.tr("Cancel a flight"), intro, self.tr("&Flight:"), choices,
                              self.screen, ok_text=ok)
        return self._open(dialog, lambda d: self.cancel_flight(d.value()))

    def _busy(self) -> None:
        self.screen.progress_label.setText(self.tr(
            "Another change is still being saved; try again in a moment."))

    def cancel_flight(self, flight_id: int, replan: bool = True) -> Operation[Any] | None:
        f = self.screen.data.network.flight(flight_id)
        if f is None:
            return None
        reason = self.tr("flight %1 cancelled").replace("%1", f.number)
        op = self.screen.context.edits.push(
            FlightStatusCommand(f.id, f.number, f.version, FlightStatus.CANCELLED))
        if op is None:
            self._busy()
        elif replan:
            op.on_success(lambda _r: self._after_edit(reason))
        return op

    # -- close a crossing -------------------------------------------------------------------

    def ask_close_crossing(self) -> ChoiceDialog:
        net = self.screen.data.network
        first = self._first_day()
        if self._published():
            intro = self.tr("The crossing is closed on these days (undo reopens it), then the "
                            "published plan is re-planned and the changes are listed.")
            ok = self.tr("Close and re-plan")
        else:
            intro = self.tr("The crossing is closed on these days (undo reopens it). There is "
                            "no published plan to re-plan; the next plan respects the "
                            "closure.")
            ok = self.tr("Close crossing")
        dialog = ChoiceDialog(
            self.tr("Close a crossing"), intro,
            self.tr("&Crossing:"), [(f"{x.name} ({x.code})", x.id) for x in net.crossings],
            self.screen, dates=[(self.tr("&First day:"), first),
                                (self.tr("&Last day:"), first + dt.timedelta(days=2))],
            reason=True, ok_text=ok)
        return self._open(dialog, lambda d: self.close_crossing(
            d.value(), d.dates()[0], d.dates()[1], reason=d.reason()))

    def close_crossing(self, crossing_id: int, first: dt.date, last: dt.date,
                       reason: str = "", replan: bool = True) -> Operation[Any] | None:
        x = self.screen.data.network.crossing(crossing_id)
        if x is None:
            return None
        why = self.tr("%1 closed %2 to %3").replace("%1", x.name).replace(
            "%2", first.isoformat()).replace("%3", last.isoformat())
        op = self.screen.context.edits.push(
            CloseCrossingCommand(x.id, x.name, first, last, reason))
        if op is None:
            self._busy()
        elif replan:
            op.on_success(lambda _r: self._after_edit(why))
        return op

    # -- delay a batch ----------------------------------------------------------------------

    def ask_delay_batch(self) -> ChoiceDialog:
        shown = self.screen.shown
        planned = {c.batch_id for c in shown.result.chunks} if shown else set()
        batches = sorted(self.screen.data.batches, key=lambda b: (b[0] not in planned, b[1]))
        dialog = ChoiceDialog(
            self.tr("Delay a batch"),
            self.tr("The batch may not leave before the day chosen (for this re-plan only); "
                    "the published plan is re-planned and the changes are listed."),
            self.tr("&Batch:"), [(ref, bid) for bid, ref in batches], self.screen,
            dates=[(self.tr("&Not before:"), self._first_day() + dt.timedelta(days=3))],
            ok_text=self.tr("Delay and re-plan"))
        return self._open(dialog, lambda d: self.delay_batch(d.value(), d.dates()[0]))

    def delay_batch(self, batch_id: int, day: dt.date) -> Any:
        ref = dict(self.screen.data.batches).get(batch_id, str(batch_id))
        why = self.tr("batch %1 delayed to %2").replace("%1", ref).replace(
            "%2", day.isoformat())
        return self.screen.start_run(replan=True, delayed=((batch_id, day),), reason=why)
